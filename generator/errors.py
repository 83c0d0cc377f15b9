"""The one error type the generator reports to users: bad input, located in a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class InputError(Exception):
    """Bad input, rendered as `FILE:LINE:COLUMN: message [at /json/pointer]`.

    The CLI prints it and exits 2; nothing that raises it may have touched the output.
    """

    file: Path | str
    message: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {self.message}"
        if self.pointer:
            text += f" (at {self.pointer})"
        return text
