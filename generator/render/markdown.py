"""Spec text inside Markdown (the generated README and CHANGELOG): one line of plain text.

A title or version from the spec may hold line breaks, `#`, backticks, brackets or a URL; put
into Markdown as they are, they would add headings, code blocks or links to the documents we
publish. Here every line break becomes a space and every character Markdown gives a meaning is
escaped with a backslash, which CommonMark renders as the character itself.
"""

from __future__ import annotations

import re

from generator.upstream import raw

# What makes structure inside a line: code spans, emphasis, links and images (`[`, `]`, `!`),
# HTML and autolinks (`<`, `>`, `:` of a scheme, `www.`), tables, strikethrough, entities,
# headings' closing `#`s. Line-start markers (`-`, `+`, `1.`) cannot occur: the text never starts
# a line, so versions and paths keep their dots and dashes.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~&:])")
_WWW = re.compile(r"(?i)\b(www)\.")


def markdown_inline(text: object) -> str:
    """`text` as one line that renders as exactly that text in Markdown, and nothing more."""
    one_line = " ".join(raw(text).split())
    printable = "".join(c if c.isprintable() else " " for c in one_line)
    return _WWW.sub(r"\1\\.", _SPECIAL.sub(r"\\\1", printable))
