"""The media types of a request body or a response, and the schema under each one kept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.diff.context import Comparison, Direction
from generator.diff.finding import code
from generator.diff.schemas import Place, compare_schema
from generator.diff.spec_view import join

Located = tuple[Mapping[str, Any], str]
"""A resolved request body or response object, with its pointer."""

_VERBS = {
    "request": ("can no longer be sent", "may also be sent"),
    "response": ("no longer comes", "may also come"),
}


def compare_content(cmp: Comparison, direction: Direction, old: Located, new: Located, name: str) -> None:
    """`name` is what upstream names an inline body class after, below the operation: `body`,
    `response_200`."""
    where = f"{direction} body"
    gone, extra = _VERBS[direction]
    old_content = cmp.old.mapping(old[0].get("content"), join(old[1], "content"), "content")
    new_content = cmp.new.mapping(new[0].get("content"), join(new[1], "content"), "content")
    for media_type in old_content:
        if media_type not in new_content:
            cmp.add(
                f"{direction}_media_type_removed",
                "breaking",
                join(old[1], "content", media_type),
                f"{where} {gone} as {code(media_type)}",
                media_type,
                None,
            )
    for media_type, new_media in new_content.items():
        new_pointer = join(new[1], "content", media_type)
        if media_type not in old_content:
            cmp.add(
                f"{direction}_media_type_added",
                "new",
                new_pointer,
                f"{where} {extra} as {code(media_type)}",
                None,
                media_type,
            )
            continue
        old_pointer = join(old[1], "content", media_type)
        old_media = cmp.old.mapping(old_content[media_type], old_pointer, "a media type")
        new_media = cmp.new.mapping(new_media, new_pointer, "a media type")
        if "schema" in old_media and "schema" in new_media:
            compare_schema(
                cmp,
                direction,
                (old_media["schema"], join(old_pointer, "schema")),
                (new_media["schema"], join(new_pointer, "schema")),
                Place(where, "", cmp.operation, name),
            )
