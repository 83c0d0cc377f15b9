"""Cut a vendor document down to some of its paths and the components they refer to.

    python tests/diff/realworld/trim.py IN OUT 'PATH_REGEX'

Keeps every top-level key but `webhooks` and `x-webhooks`, the paths whose name matches the
regex (`re.search`), every security scheme, and of the other components those the kept paths
refer to, directly or not. Nothing kept is edited; YAML is re-emitted (key order kept), JSON is
written as YAML.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

_LOCAL = re.compile(r"#/components/([^/]+)/([^/]+)$")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def trim(document: dict[str, Any], keep: re.Pattern[str]) -> dict[str, Any]:
    paths = {path: item for path, item in document.get("paths", {}).items() if keep.search(path)}
    components = document.get("components", {})
    kept: dict[str, dict[str, Any]] = {}
    todo = list(_refs(paths))
    while todo:
        match = _LOCAL.match(todo.pop())
        if match is None:
            continue
        section, name = match.group(1), match.group(2).replace("~1", "/").replace("~0", "~")
        if name in kept.get(section, {}) or name not in components.get(section, {}):
            continue
        kept.setdefault(section, {})[name] = components[section][name]
        todo.extend(_refs(components[section][name]))
    if "securitySchemes" in components:
        kept["securitySchemes"] = components["securitySchemes"]
    dropped = ("paths", "components", "webhooks", "x-webhooks")
    trimmed = {key: value for key, value in document.items() if key not in dropped}
    trimmed["paths"] = paths
    trimmed["components"] = {
        section: {name: value for name, value in components[section].items() if name in kept[section]}
        for section in components
        if section in kept
    }
    return trimmed


def main() -> None:
    source, target, pattern = Path(sys.argv[1]), Path(sys.argv[2]), re.compile(sys.argv[3])
    text = source.read_text(encoding="utf-8")
    document = json.loads(text) if source.suffix == ".json" else yaml.safe_load(text)
    trimmed = trim(document, pattern)
    target.write_text(yaml.safe_dump(trimmed, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
