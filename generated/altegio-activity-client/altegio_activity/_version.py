# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The version of this client, as the regen that wrote it numbered it (see CHANGELOG.md)."""

VERSION = "3.1.0"
