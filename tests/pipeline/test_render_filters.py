"""The filters render registers in place of Jinja's and upstream's give their exact text, faster.

`wordwrap` skips `textwrap` for lines it would leave alone, `safe_for_docstring` skips upstream's
per-character work for text it would leave alone; both must give the same bytes as the filter they
stand in for, on any text (generated output is compared byte for byte across regens).
"""

from __future__ import annotations

import random
import unicodedata

import jinja2
import pytest

from generator.render.render import identifiers, wordwrap
from generator.upstream import UntrustedString, strings
from generator.upstream.docstrings import CONTROL, safe_for_docstring

# Every kind of whitespace and line break Python and textwrap tell apart, backslashes, quotes, a
# control character.
PIECES = ["a", "word ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0"]
PIECES += ["\u2000", "\u2028", "\u3000", "-", "é", "\\", '"""', '"', "\x00"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES + ["x" * rng.randint(1, 130)]) for _ in range(rng.randint(0, 14)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("width", [4, 12, 79, 112])
def test_wordwrap_gives_jinjas_text(width: int) -> None:
    env = jinja2.Environment()
    for text in _texts(width, 4000):
        assert wordwrap(env, text, width) == jinja2.filters.do_wordwrap(env, text, width), repr(text)


def test_the_control_characters_are_unicodes_less_tab_line_feed_and_carriage_return() -> None:
    for code in range(0x110000):
        character = chr(code)
        expected = unicodedata.category(character) == "Cc" and character not in "\t\n\r"
        assert (CONTROL.match(character) is not None) == expected, hex(code)


def test_safe_for_docstring_gives_upstreams_text() -> None:
    for text in _texts(7, 20000):
        assert safe_for_docstring(text) == strings.safe_for_docstring(text), repr(text)
        untrusted = UntrustedString(text)
        assert safe_for_docstring(untrusted) == strings.safe_for_docstring(untrusted), repr(text)


def test_identifiers_finds_every_name_code_uses() -> None:
    code = 'def f(x: Model1, *, y=ÜberName) -> list[Thing_2]:\n    return g(x)["k"]  # Model3\n'
    assert {"f", "x", "Model1", "y", "ÜberName", "list", "Thing_2", "return", "g", "k", "Model3"} <= identifiers(code)
    assert "Model1," not in identifiers(code)
