"""Turn the Altegio activity spec into the vendored `altegio_activity` client package."""
