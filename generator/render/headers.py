"""The header every generated file starts with, in the comment syntax of its kind.

Render writes the files, those made from a template with the header already
(`render.HeaderedTemplate`); the pipeline puts it on the rest (`add_headers`) before anything
reads them, and the records carry it too. A file with the header is the generator's: the
pipeline tells a user's file from a generated one by it where no record lists the files
(`pipeline._generated_by_previous`).
"""

from __future__ import annotations

from pathlib import Path

HEADER_TEXT = "Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand."

_COMMENT = {".py": "# {}", ".toml": "# {}", ".md": "<!-- {} -->", ".yaml": "# {}", ".typed": "# {}", "": "# {}"}


def header_for(path: Path) -> str | None:
    style = _COMMENT.get(path.suffix) if path.name != ".gitignore" else "# {}"
    return style.format(HEADER_TEXT) if style else None


def add_headers(project_dir: Path, files: list[Path] | None = None) -> dict[Path, str]:
    """Put the header on every file that takes one and lacks it; return the text of each, by path.

    `files`: the project's files, sorted, when the caller has listed them already.
    """
    written: dict[Path, str] = {}
    for path in files if files is not None else sorted(p for p in project_dir.rglob("*") if p.is_file()):
        if (header := header_for(path)) is None:
            continue
        text = "" if path.name == "py.typed" else path.read_text(encoding="utf-8")  # PEP 561: header only
        if text.startswith(f"{header}\n"):  # rendered with it
            written[path] = text
            continue
        written[path] = text = f"{header}\n{text}"
        path.write_text(text, encoding="utf-8")
    return written
