"""The media types of a request body or a response, and the schema under each one kept."""

from __future__ import annotations

from generator.diff.context import Comparison, Direction
from generator.diff.finding import code
from generator.diff.schemas import Place, compare_schema
from generator.diff.spec_view import join
from generator.spec.model import Body, Response

_VERBS = {
    "request": ("can no longer be sent", "may also be sent"),
    "response": ("no longer comes", "may also come"),
}


def compare_content(
    cmp: Comparison,
    direction: Direction,
    old: Body | Response,
    new: Body | Response,
    name: str,
    old_name: str | None = None,
) -> None:
    """`name` is what upstream names an inline body class after, below the operation: `body`,
    `response_200`; `old_name` what it did in the old client, when not the same."""
    where = f"{direction} body"
    gone, extra = _VERBS[direction]
    old_content = {media.name: media for media in old.content}
    new_content = {media.name: media for media in new.content}
    for media_type, gone_media in old_content.items():
        if media_type not in new_content:
            cmp.add(
                f"{direction}_media_type_removed",
                "breaking",
                gone_media.pointer,
                f"{where} {gone} as {code(media_type)}",
                media_type,
                None,
            )
    for media_type, new_media in new_content.items():
        old_media = old_content.get(media_type)
        if old_media is None:
            cmp.add(
                f"{direction}_media_type_added",
                "new",
                new_media.pointer,
                f"{where} {extra} as {code(media_type)}",
                None,
                media_type,
            )
            continue
        if "schema" in old_media.raw and "schema" in new_media.raw:
            compare_schema(
                cmp,
                direction,
                (old_media.raw["schema"], join(old_media.pointer, "schema")),
                (new_media.raw["schema"], join(new_media.pointer, "schema")),
                Place(where, "", cmp.operation, name, None, cmp.operation, old_name or name),
            )
