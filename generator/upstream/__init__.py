"""openapi-python-client, the renderer underneath: every use of it goes through this package."""
