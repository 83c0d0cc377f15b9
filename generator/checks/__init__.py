"""Checks on the generated tree: the security gate, formatting, names and the import check."""
