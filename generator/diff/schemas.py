"""Compare two versions of a schema from the side of the code that calls the client.

The same edit means opposite things on the two sides of a call. A request schema describes what
the caller sends: it breaks the caller when it accepts less (a field newly required, a type or
format changed, an enum imposed or shrunk, a bound tightened, a field removed from the model it
builds). A response schema describes what the caller receives: it breaks the caller when it may
deliver something the caller did not expect (a field removed or made optional or nullable, a
type or format changed, an enum value added that the caller may not handle). Narrowing a
response or widening a request is harmless and is either reported as `new` or not at all.

The rules apply wherever a schema sits: properties, `items` and `prefixItems`, map values
(`additionalProperties`, `patternProperties`), `allOf` parts (merged), `oneOf`/`anyOf` branches;
under `not` they apply the other way round. Below a value whose type changed nothing more is
compared: its old fields are gone with the old type, and its new ones come with the new.

A change inside a named component schema is described relative to it (`Event.labels[].title`),
whichever operation reaches it, so that `report` lists it once for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from generator.diff.context import COMPLETE, Comparison, Direction
from generator.diff.finding import Finding, Severity, code
from generator.diff.schema_shape import Shape, Sub, shape_of
from generator.diff.spec_view import SpecView, join
from generator.diff.value_checks import compare_value
from generator.naming.class_names import argument_name, component_class, inline_class
from generator.spec.model import SpecModel
from generator.spec.pointer import unescape

_COMPONENT = re.compile(r"/components/schemas/([^/]+)")
_INSIDE_COMPONENT = re.compile(r"/components/schemas/([^/]+)/")
_OPPOSITE: dict[Direction, Direction] = {"request": "response", "response": "request"}


@dataclass(frozen=True)
class Place:
    """What a compared schema is, for messages and class names.

    `where` names the value ("request body", "query parameter `x`", or "response" inside a
    component) and `path` the field inside it. `parent_class` and `name` are what upstream names
    an inline class after in the new document: the class that holds the schema and the name it is
    held under; `old_parent_class` and `old_name` the same in the old one (a class renamed, an
    inserted union branch, another success status name the classes inside differently).
    """

    where: str
    path: str = ""
    parent_class: str | None = None
    name: str | None = None
    schema: str | None = None
    """The component schema the path starts at, if any."""
    old_parent_class: str | None = None
    old_name: str | None = None

    def subject(self) -> str:
        if self.schema is not None and self.path == self.schema:
            return f"{self.where} schema {code(self.path)}"
        return f"{self.where} field {code(self.path)}" if self.path else self.where

    def extend(self, suffix: str) -> str:
        return f"{self.path}.{suffix}" if self.path and not suffix.startswith("[") else self.path + suffix

    def member(self, suffix: str, name: str, holders: Holders) -> Place:
        """A schema the classes `holders` (old, new) hold: a property, map values."""
        return Place(self.where, self.extend(suffix), holders[1], name, self.schema, holders[0], name)

    def variant(self, suffix: str, name_suffix: str, old_name_suffix: str | None = None) -> Place:
        """A schema named after this one by upstream (array items, union branches)."""
        name = f"{self.name}{name_suffix}" if self.name is not None else None
        old_suffix = name_suffix if old_name_suffix is None else old_name_suffix
        old_name = f"{self.old_name}{old_suffix}" if self.old_name is not None else None
        path = self.extend(suffix) if suffix else self.path
        return Place(self.where, path, self.parent_class, name, self.schema, self.old_parent_class, old_name)

    def unwrapped(self, old_suffix: str, new_suffix: str) -> Place:
        """The place of the class upstream makes inside a union it unwraps (`Shape.naming_suffix`)."""
        if not old_suffix and not new_suffix:
            return self
        name = f"{self.name}{new_suffix}" if self.name is not None else None
        old_name = f"{self.old_name}{old_suffix}" if self.old_name is not None else None
        return replace(self, name=name, old_name=old_name)

    def inline_class(self, title: str | None) -> str | None:
        if self.name is None and title is None:
            return None
        return inline_class(self.parent_class, title or self.name or "")

    def old_inline_class(self, title: str | None) -> str | None:
        if self.old_name is None and title is None:
            return None
        return inline_class(self.old_parent_class, title or self.old_name or "")


Holders = tuple[str | None, str | None]
"""The classes the generator makes for a schema pair, in the old and the new client (None: none)."""


def compare_schema(
    cmp: Comparison,
    direction: Direction,
    old: Sub,
    new: Sub,
    where: str | Place,
    path: str = "",
) -> None:
    """Compare `old` and `new`; `where` names the value ("request body", "query parameter `x`")
    and `path` the field inside it (`data.staff.name`, `labels[]`)."""
    place = where if isinstance(where, Place) else Place(where, path)
    cmp.schemas.request(cmp, direction, old, new, place)


_MemoKey = tuple[Direction, str, str | None, str, str | None, str | None, Place, Holders]


_Pair = tuple[Direction, Sub, Sub, Place]


@dataclass
class _Frame:
    """A schema pair being compared: its own findings are in `body`; the pairs below it
    (`children`) are compared one after another, their findings gathered in `found`."""

    key: _MemoKey
    cycle: tuple[str, str, str]
    index: int
    local: list[Finding]
    body: Comparison
    children: list[_Pair]
    found: list[Finding] = field(default_factory=list)
    cut_at: int = COMPLETE
    next_child: int = 0


class SchemaComparer:
    """Compares each pair of schemas once per diff, however many operations reach it.

    A shared component schema is compared once for each direction it travels in (and, inline,
    for each place that names its classes); every operation that reaches it then gets the same
    findings, named after it, which `finding.grouped` merges into one line per change.

    The walk keeps its own stack (a chain of thousands of schemas is as deep as it is long), and
    schemas that refer to each other in cycles are compared the way Tarjan finds strongly
    connected components: a pair met again while it is being compared is assumed equal (its
    changes are reported where it was first met); each pair gets an index in the order it is
    first met, and a comparison that led back to a pair still in progress is incomplete until
    that pair finishes. The first pair of a cycle to finish has seen every change the cycle
    reaches, and every pair of its cycle reaches the same ones, so all are remembered with its
    findings. Each pair is compared once: the work grows with the number of pairs reached,
    however the cycles interlock.
    """

    def __init__(self, old: SpecView, new: SpecView) -> None:
        self.old = old
        self.new = new
        self.pairs_compared = 0
        """How many schema pairs were compared (not answered from memory): for tests of cost."""
        self._memo: dict[_MemoKey, tuple[Finding, ...]] = {}
        self._in_progress: dict[tuple[str, str, str], int] = {}
        self._waiting: dict[_MemoKey, int] = {}
        """Pairs compared whose cycle is still in progress, with their index."""
        self._waiting_order: list[_MemoKey] = []
        self._next_index = 0
        self._stack: list[_Frame] = []
        self._building: Comparison | None = None
        self._building_children: list[_Pair] = []
        self._unchanged = unchanged_components(old.model, new.model)

    def request(self, cmp: Comparison, direction: Direction, old: Sub, new: Sub, place: Place) -> None:
        """Compare a pair for `cmp`: at once, or (for the pair whose own checks are running) as
        one of the pairs below it, once those checks are done."""
        if cmp is self._building:
            self._building_children.append((direction, old, new, place))
            return
        found, cut_at = self.compare(direction, old, new, place)
        cmp.cut_at = min(cmp.cut_at, cut_at)
        if cmp.operation:
            cmp.findings.extend(replace(finding, operation=cmp.operation) for finding in found)
        else:
            cmp.findings.extend(found)

    def compare(self, direction: Direction, old: Sub, new: Sub, place: Place) -> tuple[list[Finding], int]:
        """The findings for the pair (named after no operation), and the index of the earliest
        pair in progress a cycle led back to (`COMPLETE` if none)."""
        entered = self._enter((direction, old, new, place))
        if not isinstance(entered, _Frame):
            return entered
        base = len(self._stack) - 1
        result: tuple[list[Finding], int] | None = None
        while True:
            frame = self._stack[-1]
            if result is not None:
                frame.found.extend(result[0])
                frame.cut_at = min(frame.cut_at, result[1])
                result = None
            if frame.next_child < len(frame.children):
                frame.next_child += 1
                child = self._enter(frame.children[frame.next_child - 1])
                if not isinstance(child, _Frame):
                    result = child
                continue
            self._stack.pop()
            result = self._leave(frame)
            if len(self._stack) == base:
                return result

    def _enter(self, pair: _Pair) -> _Frame | tuple[list[Finding], int]:
        """Start comparing `pair`: its own checks run now, and the frame that will compare the
        pairs below it is pushed; or its findings when they need no walk."""
        direction, old, new, place = pair
        old_shape = self._shape(self.old, old)
        new_shape = self._shape(self.new, new)
        cycle = (direction, old_shape.pointer, new_shape.pointer)
        index = self._in_progress.get(cycle)
        if index is not None:
            return [], index  # a recursive schema came back to a pair being compared
        local = Comparison(self.old, self.new, "", [], self)
        _compare_class(local, old_shape, new_shape, place)
        place = place.unwrapped(old_shape.naming_suffix, new_shape.naming_suffix)
        if (inside := _INSIDE_COMPONENT.match(new_shape.pointer)) and place.schema != unescape(inside.group(1)):
            # Reached from outside the component that holds it (a union's branches flattened into
            # another's): described inside its own component, so that the place of a pair is the
            # same however the walk got there (else every path through a web of unions is a new
            # pair). Upstream names its class when it builds that component, which is not followed.
            name = unescape(inside.group(1))
            place = Place(direction, name, None, None, name)
        holders = (_class_at(old_shape, place, old=True), _class_at(new_shape, place))
        component = _COMPONENT.fullmatch(new_shape.pointer)
        old_component = _COMPONENT.fullmatch(old_shape.pointer)
        if component is not None and old_component is not None:
            name = unescape(component.group(1))
            old_name = unescape(old_component.group(1)) + old_shape.naming_suffix
            place = Place(direction, name, None, name + new_shape.naming_suffix, name, None, old_name)

        if old_shape.ref != new_shape.ref:
            # The value now names another schema (or none): report it where the reference changed.
            new_shape.pointer = new_shape.site
            if new_shape.null_pointer is not None and not new_shape.null_pointer.startswith(new_shape.site):
                new_shape.null_pointer = new_shape.site
        if (
            old_shape.pointer == new_shape.pointer
            and old_shape.pointer in self._unchanged
            and (old[0] == new[0] or (_override_site(old) is None and _override_site(new) is None))
        ):
            return local.findings, COMPLETE  # the same text, down to every schema it refers to
        key: _MemoKey = (
            direction,
            old_shape.pointer,
            _override_site(old),
            new_shape.pointer,
            _override_site(new),
            new_shape.null_pointer,
            place,
            holders,
        )
        remembered = self._memo.get(key)
        if remembered is not None:
            return [*local.findings, *remembered], COMPLETE
        waiting = self._waiting.get(key)
        if waiting is not None:
            # Compared already, inside a cycle still in progress: its findings travel up with
            # the pair that first met it, and are complete when that cycle is.
            return local.findings, waiting
        index = self._next_index
        self._next_index += 1
        self.pairs_compared += 1
        self._in_progress[cycle] = index
        body = Comparison(self.old, self.new, "", [], self)
        outer = self._building, self._building_children
        self._building, self._building_children = body, []
        try:
            _compare_shapes(body, direction, old_shape, new_shape, place, holders)
            children = self._building_children
        except BaseException:
            del self._in_progress[cycle]
            raise
        finally:
            self._building, self._building_children = outer
        note = _generation_note(old_shape, new_shape)
        if note:
            body.findings[:] = [replace(finding, message=finding.message + note) for finding in body.findings]
        frame = _Frame(key, cycle, index, local.findings, body, children)
        self._stack.append(frame)
        return frame

    def _leave(self, frame: _Frame) -> tuple[list[Finding], int]:
        """Finish `frame`, whose pairs below are compared: its findings, remembered when
        complete (with those of every pair of its cycle)."""
        del self._in_progress[frame.cycle]
        found = _distinct([*frame.body.findings, *frame.found])
        cut_at = min(frame.cut_at, frame.body.cut_at)
        if cut_at < frame.index:
            self._waiting[frame.key] = frame.index
            self._waiting_order.append(frame.key)
            return [*frame.local, *found], cut_at
        self._memo[frame.key] = found
        # Every pair compared since this one whose cycle led back no further than this one is
        # in its cycle, and reaches the same changes.
        while self._waiting_order and self._waiting[self._waiting_order[-1]] > frame.index:
            member = self._waiting_order.pop()
            del self._waiting[member]
            self._memo[member] = found
        return [*frame.local, *found], COMPLETE

    def _shape(self, view: SpecView, sub: Sub) -> Shape:
        """`shape_of` the schema at `sub`. Not kept: each site is met about once, now that pairs
        in cycles are remembered, and shapes would hold several times the document's memory."""
        return shape_of(view, *sub)


def _generation_note(old: Shape, new: Shape) -> str:
    """What a finding on this pair must add when a side cannot be generated (the document is
    valid, but upstream's model of it cannot hold the schema)."""
    if new.unsupported is not None:
        return f" (the generator cannot generate this: upstream cannot model {new.unsupported})"
    if old.unsupported is not None:
        return f" (the old document could not be generated: upstream cannot model {old.unsupported})"
    return ""


def _distinct(findings: list[Finding]) -> tuple[Finding, ...]:
    """`findings` without repeats: a pair reached along two paths reports the same objects."""
    return tuple({id(finding): finding for finding in findings}.values())


def unchanged_components(old: SpecModel, new: SpecModel) -> frozenset[str]:
    """Pointers of the component schemas whose text is the same in both documents, and so is
    that of every schema they refer to: comparing them finds nothing."""
    refers_to: dict[str, set[str]] = {}
    changed: list[str] = []
    for name, schema in new.schemas.items():
        before = old.schemas.get(name)
        targets: set[str] = set()
        if before is None or before.raw != schema.raw or not _component_refs(schema.raw, targets):
            changed.append(name)
        for target in targets:
            refers_to.setdefault(target, set()).add(name)
    dirty = set(changed)
    dirty.update(name for name in refers_to if name not in new.schemas)  # refers to nothing
    stack = list(dirty)
    while stack:
        for referrer in refers_to.get(stack.pop(), ()):
            if referrer not in dirty:
                dirty.add(referrer)
                stack.append(referrer)
    return frozenset(schema.pointer for name, schema in new.schemas.items() if name not in dirty)


_COMPONENT_REF = "#/components/schemas/"


def _component_refs(node: Any, found: set[str]) -> bool:
    """Add the component schemas `node` refers to to `found`; False if it refers elsewhere."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if ref is not None:
            if not isinstance(ref, str) or not ref.startswith(_COMPONENT_REF) or "/" in ref[len(_COMPONENT_REF) :]:
                return False
            found.add(unescape(ref[len(_COMPONENT_REF) :]))
        return all(_component_refs(value, found) for key, value in node.items() if key != "$ref")
    if isinstance(node, list):
        return all(_component_refs(item, found) for item in node)
    return True


def _override_site(sub: Sub) -> str | None:
    """Where a `$ref` with keys beside it sits (they change the schema read there), else None."""
    raw = sub[0]
    return sub[1] if isinstance(raw, Mapping) and "$ref" in raw and len(raw) > 1 else None


def _compare_shapes(
    cmp: Comparison, direction: Direction, old_shape: Shape, new_shape: Shape, place: Place, holders: Holders
) -> None:
    subject = place.subject()
    if new_shape.deprecated and not old_shape.deprecated and place.path:
        cmp.add("field_deprecated", "deprecated", new_shape.pointer, f"{subject} is deprecated")
    if compare_value(cmp, direction, old_shape, new_shape, subject):
        return
    _compare_properties(cmp, direction, old_shape, new_shape, place, holders)
    if old_shape.items is not None and new_shape.items is not None:
        compare_schema(cmp, direction, old_shape.items, new_shape.items, place.variant("[]", "_item"))
    for index, (old_item, new_item) in enumerate(zip(old_shape.prefix_items, new_shape.prefix_items, strict=False)):
        compare_schema(cmp, direction, old_item, new_item, place.variant(f"[{index}]", "_item"))
    _compare_maps(cmp, direction, old_shape, new_shape, place, holders)
    if old_shape.negated is not None and new_shape.negated is not None:
        _compare_negated(cmp, direction, old_shape.negated, new_shape.negated, place)
    _compare_variants(cmp, direction, old_shape, new_shape, place, subject)


def _compare_class(cmp: Comparison, old: Shape, new: Shape, place: Place) -> None:
    """The class the generator makes for the schema has another name: an inline schema moved
    behind a `$ref` (or back), a new `title`, or the class holding it renamed. (A renamed
    component schema is reported once, with why, by `models.py`.)"""
    if not (old.makes_class and new.makes_class):
        return
    if _COMPONENT.fullmatch(old.pointer) and _COMPONENT.fullmatch(new.pointer):
        return
    old_class = _class_at(old, place, old=True)
    new_class = _class_at(new, place)
    if old_class is None or new_class is None or old_class == new_class:
        return
    cmp.add(
        "model_renamed",
        "breaking",
        new.site,
        f"model class {code(old_class)} renamed to {code(new_class)}",
        old_class,
        new_class,
    )


def _class_at(shape: Shape, place: Place, *, old: bool = False) -> str | None:
    """The class the generator names for the schema at `place`, in the new client (or the old
    one); None: it has no name here."""
    component = _COMPONENT.fullmatch(shape.pointer)
    if component is not None:
        return component_class(unescape(component.group(1)) + shape.naming_suffix, shape.title)
    return place.old_inline_class(shape.title) if old else place.inline_class(shape.title)


def _compare_properties(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, place: Place, holders: Holders
) -> None:
    # A property keeps its attribute when its new name spells the same Python name (`eventId`).
    new_names = {argument_name(name): name for name in new.properties}
    old_names = {argument_name(name) for name in old.properties}
    for old_name, old_sub in old.properties.items():
        name = old_name if old_name in new.properties else new_names.get(argument_name(old_name), old_name)
        child = place.member(name, name, holders)
        field = child.path
        subject = f"{place.where} field {code(field)}"
        new_sub = new.properties.get(name)
        if new_sub is None:
            field = place.extend(old_name)
            subject = f"{place.where} field {code(field)}"
            cmp.add(f"{direction}_field_removed", "breaking", old_sub[1], f"{subject} removed", field, None)
            continue
        was_required, is_required = old_name in old.required, name in new.required
        if direction == "request" and is_required and not was_required:
            cmp.add(
                "request_field_made_required",
                "breaking",
                new_sub[1],
                f"{subject} is now required",
                False,
                True,
            )
        elif direction == "request" and was_required and not is_required:
            cmp.add("request_field_made_optional", "new", new_sub[1], f"{subject} is now optional", True, False)
        elif direction == "response" and was_required and not is_required:
            cmp.add(
                "response_field_made_optional",
                "breaking",
                new_sub[1],
                f"{subject} may now be absent",
                True,
                False,
            )
        compare_schema(cmp, direction, old_sub, new_sub, child)

    for name, new_sub in new.properties.items():
        if name in old.properties or argument_name(name) in old_names:
            continue
        field = place.extend(name)
        subject = f"{place.where} field {code(field)}"
        if direction == "request" and name in new.required:
            cmp.add("request_field_added_required", "breaking", new_sub[1], f"new required {subject}", None, field)
        else:
            cmp.add(f"{direction}_field_added", "new", new_sub[1], f"new {subject}", None, field)


def _compare_maps(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, place: Place, holders: Holders
) -> None:
    """Map values: `additionalProperties` (absent or `true` is any value, `false` none) and, per
    pattern, `patternProperties`."""
    if old.closed or new.closed:
        # No other keys before: any map values now are extra keys the caller may send (and never
        # read). No other keys now: a request can no longer carry the ones it could.
        if new.closed and not old.closed and direction == "request":
            cmp.add(
                "request_constraint_tightened",
                "breaking",
                join(new.pointer, "additionalProperties"),
                f"{place.subject()} no longer accepts keys other than its properties",
                True,
                False,
            )
        elif new.closed and not old.closed and new.makes_class and old.makes_class:
            # The model class the caller reads no longer has `additional_properties`.
            cmp.add(
                "response_model_closed",
                "breaking",
                join(new.pointer, "additionalProperties"),
                f"{place.subject()} no longer keeps keys other than its properties: its class loses "
                "`additional_properties`",
                True,
                False,
            )
    elif old.additional is not None or new.additional is not None:
        old_values = old.additional or ({}, old.pointer)
        new_values = new.additional or ({}, new.pointer)
        compare_schema(cmp, direction, old_values, new_values, place.member("*", "AdditionalProperty", holders))
    for pattern, old_sub in old.pattern_properties.items():
        new_sub = new.pattern_properties.get(pattern)
        if new_sub is not None:
            values = place.member(f"/{pattern}/", "AdditionalProperty", holders)
            compare_schema(cmp, direction, old_sub, new_sub, values)


def _compare_negated(cmp: Comparison, direction: Direction, old: Sub, new: Sub, place: Place) -> None:
    """`not`: the value may be anything the subschema does not accept, so a subschema that
    accepts more accepts less of the value. Compare it with the other side's rules and report
    one finding for the value."""
    severity: Severity
    if "breaking" in _probe(cmp, _OPPOSITE[direction], old, new, place):
        severity = "breaking"
    elif _probe(cmp, direction, old, new, place):
        severity = "new"
    else:
        return
    what = "accepts fewer values" if direction == "request" else "may deliver other values"
    if severity == "new":
        what = "accepts more values" if direction == "request" else "delivers fewer kinds of values"
    cmp.add(f"{direction}_not_changed", severity, new[1], f"{place.subject()} {what} (`not` changed)")


_ADMITS_MORE = frozenset({"response_enum_value_added", "response_enum_opened"})
"""Response findings that are not breaking only because the client reads unknown enum values as
text: under `not`, the subschema admitting more values is what matters."""
_ADMITS_FEWER = frozenset({"response_enum_value_removed"})
"""Response findings breaking only because an enum member goes; under `not`, admitting fewer
values is harmless to a response."""


def _probe(cmp: Comparison, direction: Direction, old: Sub, new: Sub, place: Place) -> set[str]:
    """The severities comparing `old` with `new` under `direction`'s rules would report, reading
    a response enum that admits more values as breaking (the value it negates admits fewer)."""
    probe = Comparison(cmp.old, cmp.new, cmp.operation, [], cmp.schemas)
    compare_schema(probe, direction, old, new, place)
    cmp.cut_at = min(cmp.cut_at, probe.cut_at)
    return {
        "breaking" if finding.kind in _ADMITS_MORE else finding.severity
        for finding in probe.findings
        if finding.severity != "docs" and finding.kind not in _ADMITS_FEWER
    }


def _compare_variants(
    cmp: Comparison,
    direction: Direction,
    old: Shape,
    new: Shape,
    place: Place,
    subject: str,
) -> None:
    """`oneOf`/`anyOf` branches: same `$ref` or `title` first, then the same text, then by
    position (best effort)."""
    unpaired_new = list(new.variants)
    pairs: list[tuple[Sub, Sub]] = []
    unpaired_old: list[Sub] = []
    for branch in old.variants:
        twin = next((b for b in unpaired_new if _same_branch(branch, b)), None)
        if twin is None:
            unpaired_old.append(branch)
        else:
            unpaired_new.remove(twin)
            pairs.append((branch, twin))
    for branch in list(unpaired_old):
        twin = next((b for b in unpaired_new if _branch_name(b) is None and b[0] == branch[0]), None)
        if twin is not None:
            unpaired_old.remove(branch)
            unpaired_new.remove(twin)
            pairs.append((branch, twin))
    pairs.extend(zip(unpaired_old, unpaired_new, strict=False))
    for old_branch, new_branch in pairs:
        index = next((i for i, branch in enumerate(new.variants) if branch is new_branch), 0)
        old_index = next((i for i, branch in enumerate(old.variants) if branch is old_branch), 0)
        branch_place = place.variant("", f"_type_{index}", f"_type_{old_index}")
        compare_schema(cmp, direction, old_branch, new_branch, branch_place)

    count_change = f"{len(old.variants)} -> {len(new.variants)} alternatives"
    if not old.variants and new.variants:
        # An empty (or no) `oneOf` constrained nothing: branches now limit the values.
        if direction == "request" and _admits_anything(old):
            cmp.add(
                "request_variant_removed",
                "breaking",
                new.variants[0][1],
                f"{subject} is now limited to {len(new.variants)} alternatives",
                0,
                len(new.variants),
            )
        return
    if len(new.variants) > len(old.variants):
        severity: Severity = "breaking" if direction == "response" else "new"
        pointer = unpaired_new[len(unpaired_old)][1]
        cmp.add(
            f"{direction}_variant_added",
            severity,
            pointer,
            f"{subject} has more alternatives: {count_change}",
            len(old.variants),
            len(new.variants),
        )
    elif len(new.variants) < len(old.variants) and direction == "request":
        pointer = unpaired_old[len(unpaired_new)][1] if len(unpaired_old) > len(unpaired_new) else new.pointer
        cmp.add(
            "request_variant_removed",
            "breaking",
            pointer,
            f"{subject} has fewer alternatives: {count_change}",
            len(old.variants),
            len(new.variants),
        )


def _admits_anything(shape: Shape) -> bool:
    return shape.types is None and shape.enum is None and not shape.properties


def _same_branch(old: Sub, new: Sub) -> bool:
    """The same `$ref`, or inline branches with the same `title`."""
    return _branch_name(old) is not None and _branch_name(old) == _branch_name(new)


def _branch_name(branch: Sub) -> tuple[str, str] | None:
    raw = branch[0]
    if not isinstance(raw, Mapping):
        return None
    for key in ("$ref", "title"):
        if isinstance(raw.get(key), str):
            return key, raw[key]
    return None
