"""The errors the CLI reports without a traceback: bad input located in a file (`InputError`,
exit 2) and a helper process killed from outside (`HelperKilled`, exit 3). The machine's own
failures while publishing are `publish.OutputError`."""

from __future__ import annotations

import re
from pathlib import Path

# Upstream formats some messages with objects that have no text form (`UntrustedString`); their
# default repr carries a memory address, which would make the same error differ between runs.
OBJECT_REPR = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9A-Fa-f]+>")

# Trojan Source (CVE-2021-42574): bidirectional overrides and isolates make text, and the code
# around it, display in a different order than it is read. Marks (U+200E/U+200F) stay allowed.
# Refused in the spec (`validate`) and, as the backstop, in generated code (`gate`).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

# The way out that every refusal of an operation names: leave it out (and list it) instead.
SKIP_UNSUPPORTED = "skip_unsupported = true in [tool.altegio-generator] or --skip-unsupported"


class _Reported(Exception):
    """An error the CLI reports as a line of text: two with the same attributes are the same
    error (the early gate's verdicts are compared so). Plain classes, not dataclasses: a regen
    with nothing to do imports this module, and `dataclasses` would bring `inspect` with it."""

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]


class InputError(_Reported):
    """Bad input, rendered as `FILE:LINE:COLUMN: message [at /json/pointer]`.

    The CLI prints it and exits 2; nothing that raises it may have touched the output.
    """

    def __init__(
        self,
        file: Path | str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        pointer: str | None = None,
    ) -> None:
        super().__init__(file, message, line, column, pointer)
        self.file = file
        self.message = message
        self.line = line
        self.column = column
        self.pointer = pointer

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {OBJECT_REPR.sub(_bare_type, self.message)}"
        if self.pointer:
            text += f" (at {self.pointer})"
        return _printable(text)


def _printable(text: str) -> str:
    """One line whatever a document holds: line breaks and other invisible characters escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _bare_type(match: re.Match[str]) -> str:
    return f"<{match.group(1)}>"


class HelperKilled(_Reported):
    """A helper process (ruff, the import check) killed by a signal from outside the generator.

    The machine's doing (the OOM killer, a `kill`, a CI timeout), not the input's: the CLI exits 3.
    Helpers run while the new tree is built beside the output, so the output is unchanged.
    """

    def __init__(self, helper: Path | str, signal_number: int, doing: str) -> None:
        super().__init__(helper, signal_number, doing)
        self.helper = helper  # the executable, or the script it ran
        self.signal_number = signal_number
        self.doing = doing

    def __str__(self) -> str:
        import signal

        try:
            name = signal.Signals(self.signal_number).name
        except ValueError:
            name = "an unknown signal"
        return (
            f"{self.helper}: killed by {name} (signal {self.signal_number}) from outside the generator "
            f"while {self.doing}; not a problem of the spec; the output directory is unchanged; run again"
        )
