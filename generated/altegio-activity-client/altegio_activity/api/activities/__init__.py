# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Contains endpoint functions for accessing the API"""
