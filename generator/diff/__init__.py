"""The spec diff: what a new version of an OpenAPI document changes for the code that calls the client.

`specdiff` compares two documents (read by `inputs`) and produces `finding.Finding`s, which
`report` renders and turns into an exit code; `cli` is `python -m generator diff`. A regen runs
it beside the comparison of the two packages' public surfaces: that, the next version and the
changelog entry are `generator.release`'s (`surface`, `changes`, `versioning`, `release_notes`).
"""
