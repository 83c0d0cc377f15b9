"""An endpoint's URL is written as the f-string ruff's UP032 makes of upstream's `.format` call
(`render.path_fstring`): the same URL for every path, and no spec text ever an expression."""

from __future__ import annotations

import pytest

from generator.render.render import path_fstring

PATHS = [
    ("/orgs/{org_id}/items/{item_id}", ["org_id", "item_id"]),
    ("/a/{x}.json", ["x"]),
    ('/quote"d/{x}/back\\slash', ["x"]),
    ("/ünïcode/{x}/100%/tab\there", ["x"]),
    ("/{x}{y}", ["x", "y"]),
]


def _segment(value: object) -> str:
    return f"<{value}>"


@pytest.mark.parametrize(("path", "names"), PATHS)
def test_the_fstring_makes_the_url_format_made(path: str, names: list[str]) -> None:
    body = path_fstring(path, names)
    assert body is not None
    values = {name: f"v-{index}" for index, name in enumerate(names)}
    scope = {"_path_segment": _segment, **values}
    made = eval(f'f"{body}"', scope)  # noqa: S307  (the generated expression, on test values)
    formatted = path.format(**{name: _segment(value) for name, value in values.items()})
    assert made == formatted


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/a/{x}/{y}", ["x"]),  # a placeholder that is no parameter
        ("/a/{__import__('os').system('id')}", ["x"]),
        ("/a/{x}/}{", ["x"]),  # a stray brace: `.format` says what is wrong at call time
        ("/a/{x-y}", ["x-y"]),  # not a Python name
    ],
)
def test_a_path_it_cannot_write_safely_keeps_the_format_call(path: str, names: list[str]) -> None:
    assert path_fstring(path, names) is None


def test_literal_text_stays_literal() -> None:
    body = path_fstring('/a"+__import__("os").name+"/{x}', ["x"])
    assert body is not None
    made = eval(f'f"{body}"', {"_path_segment": str, "x": 1})  # noqa: S307
    assert made == '/a"+__import__("os").name+"/1'
