"""Tell users what a new version of the API does to the code that calls the generated client.

`specdiff` compares two OpenAPI documents, `surface` two generated packages; both produce
`finding.Finding`s, which `report` renders and turns into an exit code, and `release` into the
next version and a changelog entry. `changes.collect_changes` runs both diffs for a regen;
`cli` is `python -m generator diff`.
"""
