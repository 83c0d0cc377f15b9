"""Real vendor version pairs (see realworld/README.md): the findings judged correct from each
pair's git diff, and the exit code a CI gate would see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diff.cli import main
from generator.diff.inputs import read_spec
from generator.diff.specdiff import compare_documents

TWILIO = Path(__file__).with_name("realworld") / "twilio"
PHONE = "/components/schemas/lookups.v2.phone_number/properties"
Row = tuple[str, str, Any, Any, tuple[str, ...]]
"""kind, pointer, old, new, operations"""

UNTYPED = [
    "call_forwarding",
    "caller_name",
    "identity_match",
    "line_status",
    "line_type_intelligence",
    "phone_number_quality_score",
    "pre_fill",
    "reassigned_number",
    "sim_swap",
    "sms_pumping_risk",
]
RENAMED = [
    ("CallForwarding", "CallForwardingInfo"),
    ("CallerName", "CallerNameInfo"),
    ("IdentityMatch", "IdentityMatchInfo"),
    ("Result", "JobResult"),
    ("Thresholds", "JobThresholds"),
    ("LastSimSwap", "LastSimSwapInfo"),
    ("LineStatus", "LineStatusInfo"),
    ("LineTypeIntelligence", "LineTypeIntelligenceInfo"),
    ("ReassignedNumber", "ReassignedNumberInfo"),
    ("SimSwap", "SimSwapInfo"),
    ("SmsPumpingRisk", "SmsPumpingRiskInfo"),
]
CONTENT_OPS = ("CreateContent", "UpdateContent")


def _required(schema: str, field: str) -> Row:
    return ("request_field_made_required", f"/components/schemas/{schema}/properties/{field}", False, True, CONTENT_OPS)


def _optional(schema: str, field: str, operations: tuple[str, ...]) -> Row:
    return ("request_field_made_optional", f"/components/schemas/{schema}/properties/{field}", True, False, operations)


PAIRS: list[tuple[str, str, str, int, list[Row]]] = [
    (
        "lookups_v2",
        "90561c2",
        "a3f1069",
        1,
        [
            ("response_type_changed", f"{PHONE}/{name}", ["null", "object"], None, ("FetchPhoneNumber",))
            for name in UNTYPED
        ],
    ),
    (
        "lookups_v2",
        "bcf1d20",
        "3267dfd",
        1,
        [("model_renamed", f"/components/schemas/{new}", old, new, ("(document)",)) for old, new in RENAMED],
    ),
    (
        "lookups_v2",
        "e514460",
        "40e2959",
        1,
        [
            (
                "response_field_removed",
                f"{PHONE}/live_activity",
                "lookups.v2.phone_number.live_activity",
                None,
                ("FetchPhoneNumber",),
            ),
            (
                "response_field_added",
                f"{PHONE}/line_status",
                None,
                "lookups.v2.phone_number.line_status",
                ("FetchPhoneNumber",),
            ),
        ],
    ),
    ("lookups_v2", "b55425e", "2af6c5b", 0, []),
    (
        "content_v1",
        "f647a89",
        "733ecb2",
        1,
        [
            _required("carouselCard", "actions"),
            _required("carouselCard", "body"),
            _required("carouselCard", "media"),
            _required("flowsPage", "title"),
            _required("twilioCallToAction", "actions"),
            _required("twilioCallToAction", "body"),
            _optional("flowsPageComponent", "label", CONTENT_OPS),
        ],
    ),
    (
        "content_v1",
        "e88d059",
        "3267dfd",
        0,
        [
            _optional("quickReplyAction", "type", ("CreateContent",)),
            _optional("twilioCard", "title", ("CreateContent",)),
            _optional("twilioFlows", "media_url", ("CreateContent",)),
            _optional("twilioFlows", "subtitle", ("CreateContent",)),
        ],
    ),
]


@pytest.mark.parametrize(
    ("document", "old", "new", "exit_code", "expected"),
    PAIRS,
    ids=[f"{document}@{old}..{new}" for document, old, new, _, _ in PAIRS],
)
def test_vendor_pair(
    document: str, old: str, new: str, exit_code: int, expected: list[Row], capsys: pytest.CaptureFixture[str]
) -> None:
    old_path, new_path = TWILIO / f"{document}@{old}.yaml", TWILIO / f"{document}@{new}.yaml"
    findings = compare_documents(read_spec(old_path), read_spec(new_path))
    rows = [(f.kind, f.pointer, f.old, f.new, f.reached_by) for f in findings if f.severity != "docs"]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)
    assert main([str(old_path), str(new_path)]) == exit_code
    assert capsys.readouterr().err == ""


def test_documentation_only_pair_counts_its_edits(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = TWILIO / "lookups_v2@b55425e.yaml", TWILIO / "lookups_v2@2af6c5b.yaml"
    assert main([str(old), str(new)]) == 0
    assert capsys.readouterr().out == "0 breaking, 0 deprecated, 0 new, 11 documentation edits\n"


def test_a_shared_change_is_one_line_naming_its_operations(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = TWILIO / "content_v1@f647a89.yaml", TWILIO / "content_v1@733ecb2.yaml"
    assert main([str(old), str(new)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10, "a heading, 6 breaking lines, a blank line, 1 new line, the summary"
    assert lines[0] == "Parameters renamed, added as required or removed:"
    assert lines[1] == (
        "BREAKING request field `carouselCard.actions` is now required  "
        "(#/components/schemas/carouselCard/properties/actions; "
        "reached by 2 operations: CreateContent, UpdateContent)"
    )
    assert lines[-1] == "6 breaking, 0 deprecated, 1 new, 0 documentation edits"


REALWORLD = Path(__file__).with_name("realworld")
ShortRow = tuple[str, str, tuple[str, ...]]
"""kind, pointer, operations"""
PROJECT_OPS = ("archive-project", "create-project", "list-projects", "modify-project", "retrieve-project")
CAMPAIGN_READERS = ("campaign_create", "campaign_retrieve", "campaign_send", "campaign_update", "campaigns_list")
AI_OPS = ("post_ai_ask", "post_ai_extract", "post_ai_extract_structured", "post_ai_text_gen")
SCHEMAS = "/components/schemas"

# vendor, document, old, new, exit code, every finding above docs level, count of docs edits
VENDOR_PAIRS: list[tuple[str, str, str, str, int, list[ShortRow], int]] = [
    (
        "openai",
        "projects",
        "13c6a94",
        "f85dbe2",
        1,
        [
            ("request_field_removed", f"{SCHEMAS}/ProjectCreateRequest/properties/geography", ("create-project",)),
            ("request_field_removed", f"{SCHEMAS}/ProjectUpdateRequest/properties/geography", ("modify-project",)),
            ("request_field_added", f"{SCHEMAS}/ProjectCreateRequest/properties/residency", ("create-project",)),
            ("response_field_added", f"{SCHEMAS}/Project/properties/residency", PROJECT_OPS),
        ],
        0,
    ),
    (
        "openai",
        "audit_logs",
        "9b457ac",
        "2186421",
        0,
        [
            ("response_enum_value_added", f"{SCHEMAS}/AuditLogEventType/enum", ("list-audit-logs",)),
            ("request_enum_value_added", f"{SCHEMAS}/AuditLogEventType/enum", ("list-audit-logs",)),
        ],
        0,
    ),
    (
        "openai",
        "costs",
        "010421d",
        "13c6a94",
        0,
        [("response_field_added", f"{SCHEMAS}/CostsResult/properties/quantity_unit", ("usage-costs",))],
        2,
    ),
    (
        "openai",
        "responses",
        "2329a66",
        "9b457ac",
        1,
        [("response_variant_added", f"{SCHEMAS}/ResponseStreamEvent/anyOf/19", ("createResponse",))],
        0,
    ),
    (
        "lob",
        "letters_campaigns",
        "0d993b0",
        "c2f1d6b",
        1,
        [
            ("request_enum_value_removed", f"{SCHEMAS}/print_speed/enum", ("campaign_create", "letter_create")),
            ("response_enum_value_removed", f"{SCHEMAS}/print_speed/enum", CAMPAIGN_READERS),
        ],
        1,
    ),
    ("box", "ai", "7273044c", "dff6472f", 0, [], 1),
    (
        "box",
        "ai",
        "dff6472f",
        "177e92d4",
        1,
        [("request_field_made_required", f"{SCHEMAS}/AiAgentReference/properties/id", AI_OPS)],
        1,
    ),
]


@pytest.mark.parametrize(
    ("vendor", "document", "old", "new", "exit_code", "expected", "docs"),
    VENDOR_PAIRS,
    ids=[f"{vendor}/{document}@{old}..{new}" for vendor, document, old, new, *_ in VENDOR_PAIRS],
)
@pytest.mark.slow
def test_more_vendor_pairs(
    vendor: str,
    document: str,
    old: str,
    new: str,
    exit_code: int,
    expected: list[ShortRow],
    docs: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old_path = REALWORLD / vendor / f"{document}@{old}.yaml"
    new_path = REALWORLD / vendor / f"{document}@{new}.yaml"
    findings = compare_documents(read_spec(old_path), read_spec(new_path))
    rows = [(f.kind, f.pointer, f.reached_by) for f in findings if f.severity != "docs"]
    assert sorted(rows) == sorted(expected)
    assert sum(f.severity == "docs" for f in findings) == docs
    assert main([str(old_path), str(new_path)]) == exit_code
    assert capsys.readouterr().err == ""


def test_union_gaining_branches_mid_list_is_no_docs_edit_of_the_branches_after_them() -> None:
    """OpenAI inserted five stream events at position 19 of a 53-branch `anyOf`: the branches
    after them are the same schemas, not edited ones (this pair once gave 541 docs edits)."""
    old, new = REALWORLD / "openai" / "responses@2329a66.yaml", REALWORLD / "openai" / "responses@9b457ac.yaml"
    [finding] = compare_documents(read_spec(old), read_spec(new))
    assert (finding.old, finding.new) == (53, 58)
    assert finding.message == "response schema `ResponseStreamEvent` has more alternatives: 53 -> 58 alternatives"


@pytest.mark.slow
def test_dropped_date_time_format_is_one_breaking_line_per_field(capsys: pytest.CaptureFixture[str]) -> None:
    """Resend stopped declaring `format: date-time` on 42 timestamp fields (their Python type
    goes from datetime to str); changed examples are docs edits."""
    old, new = REALWORLD / "resend" / "resend@b45e2f7.yaml", REALWORLD / "resend" / "resend@b3697d4.yaml"
    findings = compare_documents(read_spec(old), read_spec(new))
    breaking = [f for f in findings if f.severity == "breaking"]
    assert {f.kind for f in breaking} == {"response_format_changed"}
    assert len(breaking) == len({f.pointer for f in breaking}) == 42
    assert {(f.old, f.new) for f in breaking} == {("date-time", None)}
    [claim] = [f for f in breaking if f.pointer == f"{SCHEMAS}/DomainClaim/properties/created_at"]
    assert claim.reached_by == (
        "GET /domains/{domain_id}/claim",
        "POST /domains/claim",
        "POST /domains/{domain_id}/claim/verify",
    )
    assert {f.severity for f in findings} == {"breaking", "docs"}
    assert main([str(old), str(new)]) == 1
    assert capsys.readouterr().out.endswith("42 breaking, 0 deprecated, 0 new, 85 documentation edits\n")
