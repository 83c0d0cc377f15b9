"""Documents written elsewhere: vendors' own (see tests/realworld/README.md) and upstream's
end-to-end files.

With `--skip-unsupported` each one generates, and the run's import gate has imported every module
of the result in a fresh interpreter. By default each one either generates or stops with one
located line that names the way out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REALWORLD_SPECS, ROOT, run_generator
from tests.pipeline.operation_records import check_records

DOCUMENTS = sorted(p for p in REALWORLD_SPECS.iterdir() if p.suffix in (".json", ".yaml"))
CONFIG = ROOT / "tests" / "configs" / "realworld.toml"
WAY_OUT = "skip_unsupported = true in [tool.altegio-generator] or --skip-unsupported"


def test_the_realworld_corpus_is_present() -> None:
    assert len(DOCUMENTS) >= 30
    vendors = {re.split(r"[_.-]", p.name)[0] for p in DOCUMENTS}
    assert {"twilio", "resend", "spotify", "box", "xero", "opc", "ory", "readme", "adyen", "sendgrid"} <= vendors
    assert {"hashicorp", "radarr", "qdrant", "discourse", "overseerr"} <= vendors
    assert {"vonage", "meilisearch"} <= vendors


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.slow
def test_document_generates_and_imports_with_skip_unsupported(document: Path, tmp_path: Path) -> None:
    result = run_generator("--config", CONFIG, "regen", "--spec", document, "--output", tmp_path, "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (project,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    (package,) = [p.parent for p in project.glob("*/__init__.py")]
    assert list((package / "api").rglob("*.py")), "no operation was generated"
    readme = (project / "README.md").read_text(encoding="utf-8")
    listed = "NOT GENERATED (" in result.stderr
    assert listed == ("\n## Not generated\n" in readme)
    # The guide's examples are this client's own: none of the Altegio spec's names or calls.
    altegio = (
        "EventWriteRequest",
        "EventAppointmentReschedule",
        "`events.list`",
        '"staff"',
        "`location_id`",
        "`login()`",
    )
    assert not [name for name in altegio if name in readme]
    check_records(document, project, result.stderr)  # each module is its own operation's; none lost


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.slow
def test_default_run_generates_or_names_the_way_out(document: Path, tmp_path: Path) -> None:
    result = run_generator("--config", CONFIG, "regen", "--spec", document, "--output", tmp_path / "out")
    if result.returncode == 0:
        assert list((tmp_path / "out").glob("*/*/api/**/*.py")), "exit 0, but no operation was generated"
        return
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert re.match(rf"{re.escape(str(document))}:\d+:\d+: \S", lines[0])
    assert WAY_OUT in lines[0]
    assert "UntrustedString" not in lines[0] and " object at 0x" not in lines[0]
    assert not (tmp_path / "out").exists()
