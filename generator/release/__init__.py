"""Records of a release: provenance, the up-to-date check, the surface record and release notes."""
