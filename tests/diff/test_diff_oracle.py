"""The change report's verdict on real version pairs, held against the oracle (`oracle.py`).

Each pair records the verdict of `python -m generator diff` (exit 1: something breaks calling
code) and the oracle's (code using the old client's whole surface no longer type-checks against
the new client). Where they differ, `why` says which is right and why; a pair without `why` must
agree. The fast test checks the report's verdict; the slow one regenerates both clients and runs
mypy to check the oracle's verdict is still the one recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.diff.cli import main
from tests.diff.oracle import judge

pytestmark = pytest.mark.slow  # each case generates two real clients and compares them

REALWORLD = Path(__file__).with_name("realworld")


@dataclass(frozen=True)
class Pair:
    vendor: str
    document: str
    old: str
    new: str
    report_breaking: bool
    oracle_breaking: bool
    why: str = ""
    """Why the report and the oracle disagree, and which is right."""
    suffix: str = "yaml"

    @property
    def paths(self) -> tuple[Path, Path]:
        folder = REALWORLD / self.vendor
        old, new = (f"{self.document}@{commit}.{self.suffix}" for commit in (self.old, self.new))
        return folder / old, folder / new

    def __str__(self) -> str:
        return f"{self.vendor}/{self.document}@{self.old}..{self.new}"


PAIRS = [
    # Xero: five request/response fields added to BookDepreciationDetail.
    Pair("xero", "assets", "e535f0c", "9fb0ef8", False, False),
    # Xero: the AssetTypes POST body became required.
    Pair("xero", "assets", "fba3411", "1deca39", True, True),
    # Xero: the empty-string member of the CurrencyCode enum removed (request and response).
    Pair("xero", "projects", "b6f6e93", "38d8c4d", True, True),
    # Xero: a value added to a response enum (the client keeps unknown values as text).
    Pair("xero", "app_store", "a233375", "a8920dd", False, False),
    # Apideck: the nullable `Translations` item schema became the `Translation` component.
    Pair("apideck", "ecosystem", "81a7c9c", "de4a3d1", True, True),
    # Apideck: response fields removed, two operationIds recased (functions renamed).
    Pair("apideck", "ecosystem", "a0e41e1", "216cff6", True, True),
    # Apideck: an enum value added, sent and returned.
    Pair("apideck", "webhook", "a143119", "cf66f10", False, False),
    # Apideck: response fields added.
    Pair("apideck", "sms", "0f6d8c4", "c641306", False, False),
    # Adyen: values removed from a request enum (RecurringContract).
    Pair("adyen", "binlookup_v54", "b250c07", "42d4f2a", True, True, suffix="json"),
    # Adyen: a response field removed.
    Pair("adyen", "binlookup_v54", "3c5a9d3", "15cd5c3", True, True, suffix="json"),
    # Adyen: additionalProperties: false added to every schema (models lose additional_properties).
    Pair("adyen", "binlookup_v54", "35f2c0a", "99fbb0a", True, True, suffix="json"),
    # Adyen: a request enum value removed.
    Pair("adyen", "session_auth_v1", "f031b43", "d24c598", True, True, suffix="json"),
    # Adyen: SessionRequest/SessionResponse renamed, default server changed.
    Pair("adyen", "session_auth_v1", "eb07e10", "0f5c774", True, True, suffix="json"),
    # Adyen: an operation removed.
    Pair("adyen", "dispute_v30", "24ed9ac", "2a5612f", True, True, suffix="json"),
    # The pairs judged by hand before the oracle (see realworld/README.md).
    Pair("twilio", "lookups_v2", "90561c2", "a3f1069", True, True),
    Pair("twilio", "lookups_v2", "bcf1d20", "3267dfd", True, True),
    Pair("twilio", "lookups_v2", "e514460", "40e2959", True, True),
    Pair("twilio", "lookups_v2", "b55425e", "2af6c5b", False, False),
    Pair("twilio", "content_v1", "f647a89", "733ecb2", True, True),
    Pair(
        "twilio",
        "content_v1",
        "e88d059",
        "3267dfd",
        False,
        True,
        why="Request fields made optional. The oracle reads every attribute of every model, and these "
        "request models' attributes become `str | Unset`; no response carries them, so calling code "
        "builds and sends them and has no reason to read them back. Judged not breaking (the report).",
    ),
    Pair("openai", "projects", "13c6a94", "f85dbe2", True, True),
    Pair("openai", "audit_logs", "9b457ac", "2186421", False, False),
    Pair("openai", "costs", "010421d", "13c6a94", False, False),
    Pair(
        "openai",
        "responses",
        "2329a66",
        "9b457ac",
        True,
        False,
        why="The only operation (`createResponse`) is one upstream cannot generate, so both clients leave "
        "it out and nothing calling code has changes. `diff --skip-unsupported` (how the oracle builds the "
        "clients) agrees: not breaking. Without it the report judges the document, whose streamed union "
        "gains five branches: breaking for a client that returned it (judged right for that setting).",
    ),
    Pair("lob", "letters_campaigns", "0d993b0", "c2f1d6b", True, True),
    Pair("box", "ai", "7273044c", "dff6472f", False, False),
    Pair("box", "ai", "dff6472f", "177e92d4", True, True),
    Pair("resend", "resend", "b45e2f7", "b3697d4", True, True),
]


@pytest.mark.parametrize("pair", PAIRS, ids=str)
def test_the_report_gives_the_verdict_judged_right(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    assert pair.report_breaking == pair.oracle_breaking or pair.why, "a disagreement must be explained"
    old, new = pair.paths

    assert main([str(old), str(new)]) == (1 if pair.report_breaking else 0)
    assert capsys.readouterr().err == ""


def test_at_least_ten_pairs_from_vendors_new_to_the_report() -> None:
    new_vendors = {"xero", "apideck", "adyen"}
    assert len([pair for pair in PAIRS if pair.vendor in new_vendors]) >= 10
    for vendor in {pair.vendor for pair in PAIRS}:
        assert (REALWORLD / vendor / "LICENSE").is_file()


def test_an_operation_both_clients_leave_out_is_not_compared_with_skip_unsupported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """OpenAI's `createResponse` is left out of both clients: as the clients see it, nothing breaks."""
    old, new = REALWORLD / "openai" / "responses@2329a66.yaml", REALWORLD / "openai" / "responses@9b457ac.yaml"
    assert main([str(old), str(new), "--skip-unsupported"]) == 0
    assert main([str(old), str(new)]) == 1


@pytest.mark.parametrize("pair", PAIRS, ids=str)
def test_the_oracle_gives_the_recorded_verdict(pair: Pair, tmp_path: Path) -> None:
    verdict = judge(*pair.paths, tmp_path)

    assert verdict.breaking == pair.oracle_breaking, "\n".join(verdict.errors)
