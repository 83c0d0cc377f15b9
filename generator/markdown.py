"""Spec text inside Markdown (the generated README and CHANGELOG): one line of plain text.

A title or version from the spec may hold line breaks, `#`, backticks, brackets or a URL; put
into Markdown as they are, they would add headings, code blocks or links to the documents we
publish. Here every line break becomes a space and every character Markdown gives a meaning is
escaped with a backslash, which CommonMark renders as the character itself.
"""

from __future__ import annotations

import re

# ASCII punctuation CommonMark lets a backslash escape, minus the harmless `,` `;` `?` `'` `"` `/` `=` and `%`.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:&$^@])")


def markdown_inline(text: object) -> str:
    """`text` as one line that renders as exactly that text in Markdown, and nothing more."""
    value = text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else str(text)
    one_line = " ".join(str(value).split())
    printable = "".join(c if c.isprintable() else " " for c in one_line)
    return _SPECIAL.sub(r"\\\1", printable)
