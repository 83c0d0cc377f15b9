"""Names: what the generated code calls things, and the checks that they are usable."""
