"""Upstream's `safe_for_docstring` filter, and its properties' `to_docstring`, the same text in a
fraction of the time.

Upstream's filter looks up the Unicode category of every character (to drop control characters)
and calls a function for every word (to split long words with escapes in them): on a large
client, thousands of descriptions. Text with no control character, no backslash and no `\"\"\"`
comes out of it unchanged, and nearly all does; only that is decided here, the rest goes to
upstream's own filter. A property's docstring line is upstream's `to_docstring` with this
filter. Made for `PINNED_VERSION`'s filter and `to_docstring`: with another release installed,
upstream's are used for everything.
"""

from __future__ import annotations

import re
from typing import Any

from generator.upstream import PythonCode, UntrustedString, internals_usable, strings

# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F), less the three
# upstream keeps (tab, line feed, carriage return).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_for_docstring(value: Any) -> str:
    """What `strings.safe_for_docstring(value)` returns."""
    if not internals_usable():
        return str(strings.safe_for_docstring(value))
    text = value
    if isinstance(text, UntrustedString):
        text = text.get_untrusted_value()
    if isinstance(text, PythonCode):
        text = text.as_unembedded_code()
    if not isinstance(text, str):
        text = str(text)
    if "\\" in text or '"""' in text or CONTROL.search(text) is not None:
        return str(strings.safe_for_docstring(value))
    return text


def property_docstring(prop: Any) -> str:
    """What `prop.to_docstring()` returns: its line in a docstring's `Attributes:` or `Args:`."""
    if not internals_usable():
        return str(prop.to_docstring())
    described = safe_for_docstring(prop.description or "")
    doc = f"{prop.python_name} ({safe_for_docstring(prop.get_type_string())}): {described}"
    if prop.default:
        doc += f" Default: {safe_for_docstring(prop.default.python_code)}."
    if prop.example:
        doc += f" Example: {safe_for_docstring(prop.example)}."
    return doc
