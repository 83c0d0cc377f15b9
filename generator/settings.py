"""What a regen is asked to do: the settings every stage reads (`config` reads and checks them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple


class Settings(NamedTuple):
    root: Path
    spec: Path
    output: Path
    templates: Path
    project_name: str
    package_name: str
    # The file the settings were read from (pyproject.toml unless --config): errors point there.
    pyproject: Path
    # The generated client class and the prefix of its environment variables.
    client_name: str = "ApiClient"
    env_prefix: str = "API"
    login_operation: str | None = None
    allow_external_refs: bool = False
    # Leave out, and list, the endpoints upstream cannot generate instead of failing the run.
    skip_unsupported: bool = False
    auth: dict[str, str] = {}
    upstream: dict[str, Any] = {}
    # The hand-written migration guide copied beside the CHANGELOG (MIGRATING.md), if any.
    migration_guide: Path | None = None
    # operationId -> where its resource method goes ("events.list", "v1.events.search").
    resources: dict[str, str] = {}
    resources_exact: bool = True  # an entry naming no operation of the spec is an error

    @property
    def project_dir(self) -> Path:
        return self.output / self.project_name

    @property
    def package_dir(self) -> Path:
        return self.project_dir / self.package_name
