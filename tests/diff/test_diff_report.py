"""Rendering and exit codes of a `Report`, independent of how findings were made."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from generator.diff.finding import Finding
from generator.diff.report import FailOn, Report

REMOVED = Finding(
    "operation_removed",
    "breaking",
    "delete_event",
    "/paths/~1v1~1a/delete",
    "DELETE /v1/a",
    None,
    "operation removed",
)
DEPRECATED = Finding(
    "operation_deprecated",
    "deprecated",
    "create_event",
    "/paths/~1v1~1a/post/deprecated",
    None,
    "create_event_v2",
    "operation is deprecated; use `create_event_v2` instead",
)
ADDED = Finding(
    "operation_added",
    "new",
    "create_event_v2",
    "/paths/~1v2~1a/post",
    None,
    "POST /v2/a",
    "new operation `POST /v2/a`",
)
DOCS = Finding("docs_changed", "docs", "(document)", "/info/description", "A", "B", "`description` changed")
SURFACE = Finding(
    "api_removed",
    "breaking",
    "altegio_activity.api.events.get_event",
    "altegio_activity.api.events.get_event.sync",
    "function",
    None,
    "`sync` removed",
)
ALL = [DOCS, ADDED, SURFACE, DEPRECATED, REMOVED]


def test_text_is_one_line_per_listed_finding_most_serious_first_spec_before_surface() -> None:
    assert Report.of(ALL).render("text") == (
        "Operations removed or moved:\n"
        "BREAKING delete_event: operation removed  (#/paths/~1v1~1a/delete)\n"
        "BREAKING altegio_activity.api.events.get_event: `sync` removed  "
        "(altegio_activity.api.events.get_event.sync)\n\n"
        "DEPRECATED create_event: operation is deprecated; use `create_event_v2` instead  "
        "(#/paths/~1v1~1a/post/deprecated)\n"
        "NEW create_event_v2: new operation `POST /v2/a`  (#/paths/~1v2~1a/post)\n"
        "2 breaking, 1 deprecated, 1 new, 1 documentation edit\n"
    )


def test_markdown_has_a_section_per_severity_and_counts_docs() -> None:
    assert Report.of(ALL).render("markdown") == (
        "### Breaking changes\n\n"
        "#### Operations removed or moved\n\n"
        "- `delete_event`: operation removed\n"
        "- `altegio_activity.api.events.get_event`: `sync` removed\n\n"
        "### Deprecated\n\n"
        "- `create_event`: operation is deprecated; use `create_event_v2` instead\n\n"
        "### New\n\n"
        "- `create_event_v2`: new operation `POST /v2/a`\n\n"
        "1 documentation-only edit.\n"
    )
    assert Report.of([]).render("markdown") == "No changes to the API.\n"
    assert Report.of([DOCS, DOCS]).render("markdown") == "1 documentation-only edit.\n", "the same edit twice"
    assert Report.of([DOCS, replace(DOCS, pointer="/info/title")]).render("markdown") == "2 documentation-only edits.\n"


def test_json_is_deterministic_and_lists_every_finding() -> None:
    shuffled = ALL[:]
    random.Random(4).shuffle(shuffled)
    rendered = Report.of(ALL).render("json")
    assert Report.of(shuffled).render("json") == rendered
    document = json.loads(rendered)
    assert list(document) == ["findings", "summary"]
    assert document["summary"] == {"breaking": 2, "deprecated": 1, "docs": 1, "new": 1}
    assert [f["kind"] for f in document["findings"]] == [
        "operation_removed",
        "api_removed",
        "operation_deprecated",
        "operation_added",
        "docs_changed",
    ]
    assert list(document["findings"][0]) == [
        "group",
        "kind",
        "message",
        "new",
        "old",
        "operation",
        "operations",
        "pointer",
        "severity",
    ]


@pytest.mark.parametrize(
    ("findings", "fail_on", "code"),
    [
        ([REMOVED], "breaking", 1),
        ([DEPRECATED, ADDED, DOCS], "breaking", 0),
        ([DEPRECATED], "deprecated", 1),
        ([ADDED, DOCS], "deprecated", 0),
        ([ADDED], "new", 1),
        ([DEPRECATED], "new", 1),
        ([DOCS], "new", 0),
        ([DOCS], "docs", 1),
        ([], "docs", 0),
        ([REMOVED], "none", 0),
    ],
)
def test_exit_code_is_1_when_a_finding_is_at_least_as_serious_as_fail_on(
    findings: list[Finding], fail_on: FailOn, code: int
) -> None:
    assert Report.of(findings).exit_code(fail_on) == code


def test_unknown_format_or_level_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="format must be one of text, markdown, json"):
        Report.of([]).render("xml")  # type: ignore[arg-type]  # the wrong value is the test
    with pytest.raises(ValueError, match="fail_on must be one of"):
        Report.of([]).exit_code("major")  # type: ignore[arg-type]  # the wrong value is the test


def _breaking(kind: str, pointer: str = "/paths/~1v1~1a/get", operation: str = "get_event") -> Finding:
    return Finding(kind, "breaking", operation, pointer, None, None, kind.replace("_", " "))


def test_breaking_changes_are_grouped_by_what_the_caller_must_do_in_a_fixed_order() -> None:
    findings = [
        _breaking("server_url_changed", "/servers", "(document)"),
        _breaking("security_changed"),
        _breaking("success_status_changed"),
        _breaking("model_renamed", "/components/schemas/B", "(document)"),
        _breaking("api_removed", "altegio_activity.models.Activity", "altegio_activity.models"),
        _breaking("request_field_removed"),
        _breaking("parameter_removed"),
        _breaking("operation_id_changed"),
        _breaking("path_changed", operation="a_first"),
        _breaking("api_signature_changed", "altegio_activity.client.Client", "altegio_activity.client"),
    ]
    report = Report.of([*findings, ADDED])
    assert [(heading, [f.kind for f in group]) for heading, group in report.breaking_groups()] == [
        ("Operations removed or moved", ["path_changed", "operation_id_changed"]),
        ("Parameters renamed, added as required or removed", ["parameter_removed", "request_field_removed"]),
        ("Models renamed or removed", ["model_renamed", "api_removed"]),
        ("Responses changed", ["success_status_changed"]),
        ("Security changed", ["security_changed"]),
        ("Other", ["server_url_changed", "api_signature_changed"]),
    ]
    text = report.render("text")
    assert text.startswith("Operations removed or moved:\nBREAKING a_first: path changed  (#/paths/~1v1~1a/get)\n")
    assert "\n\nOther:\nBREAKING (document): server url changed  (#/servers)\n" in text
    assert text.endswith(
        "\n\nNEW create_event_v2: new operation `POST /v2/a`  (#/paths/~1v2~1a/post)\n"
        "10 breaking, 0 deprecated, 1 new, 0 documentation edits\n"
    )
    markdown = report.render("markdown")
    assert markdown.startswith(
        "### Breaking changes\n\n#### Operations removed or moved\n\n- `a_first`: path changed\n"
    )
    assert (
        "- `get_event`: success status changed\n\n#### Security changed\n\n- `get_event`: security changed\n"
        in markdown
    )
    assert markdown.endswith("\n\n### New\n\n- `create_event_v2`: new operation `POST /v2/a`\n")
    document = json.loads(report.render("json"))
    groups = {f["kind"]: f["group"] for f in document["findings"]}
    assert (groups["api_removed"], groups["operation_added"]) == ("Models renamed or removed", None)
    assert report.exit_code("breaking") == 1 and report.summary().startswith("10 breaking, 0 deprecated, 1 new")
