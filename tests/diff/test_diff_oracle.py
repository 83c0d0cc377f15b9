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
]


@pytest.mark.parametrize("pair", PAIRS, ids=str)
def test_the_report_gives_the_verdict_judged_right(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    assert pair.report_breaking == pair.oracle_breaking or pair.why, "a disagreement must be explained"
    old, new = pair.paths

    assert main([str(old), str(new)]) == (1 if pair.report_breaking else 0)
    assert capsys.readouterr().err == ""


def test_at_least_ten_pairs_from_vendors_new_to_the_report() -> None:
    assert len(PAIRS) >= 10
    for vendor in {pair.vendor for pair in PAIRS}:
        assert (REALWORLD / vendor / "LICENSE").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("pair", PAIRS, ids=str)
def test_the_oracle_gives_the_recorded_verdict(pair: Pair, tmp_path: Path) -> None:
    verdict = judge(*pair.paths, tmp_path)

    assert verdict.breaking == pair.oracle_breaking, "\n".join(verdict.errors)
