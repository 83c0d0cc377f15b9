"""The security gate: what generated modules may do at import time, and what they may never contain.

Unit tests feed it small synthetic modules; the end-to-end tests break a copy of the templates
and check that a regen through them is refused with the output left as it was. That the gate
passes everything our templates really emit is checked by every regen in the other tests
(committed spec, realworld corpus, hostile corpus), and directly on `generated/` here.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.checks import gate, tree_names
from generator.errors import InputError
from tests.conftest import GENERATED, ROOT
from tests.robustness.support import previous_output, run_in_process, tree_hash

SHOWN = Path("out/client")

ALLOWED = {
    "docstring and imports": '''
        """A module."""
        from __future__ import annotations
        import datetime
        from collections.abc import Mapping
        from http import HTTPStatus
        from typing import TYPE_CHECKING, Any, TypeVar
        import httpx
        from attrs import define as _attrs_define
        from typing_extensions import deprecated
        from . import errors
        from ..types import UNSET, Unset
        from ._runtime.errors import *  # noqa: F403
    ''',
    "type checking block": """
        if TYPE_CHECKING:
            from ..models.pet import Pet
    """,
    "module constants": """
        DEFAULT_BASE_URL = "https://api.example.com"
        T = TypeVar("T", bound="Pet")
        UNSET: Unset = Unset()
        FileContent = IO[bytes] | bytes | str
        RequestFiles = list[tuple[str, FileTypes]]
        __all__ = ["AltegioClient", "errors", *_error_names]
        __all__ = ("A", "B")
        _OPERATION = _Operation(operation_id="get_pet", method="GET", path="/pets/{id}", auth=_Auth.USER,
                                accept=None, replaced_by=None, expects_json=True)
        _OPERATION = _Operation(
            operation_id="get_pet", method="GET", path="/pets", auth=_Auth.NONE,
            security=(
                _SecurityRequirement((_SecurityScheme(name="key", kind="apiKey", location="query", parameter="k"),)),
                _SecurityRequirement(()),
            ),
            server=_Server(url="https://{region}.example.com", variables={"region": "eu"}),
        )
    """,
    "attrs model": '''
        @_attrs_define
        class Pet:
            """A pet.

            Attributes:
                name (str):
            """

            name: str
            tag: str | Unset = UNSET
            count: int | Unset = 5
            ratio: float = -1.5
            born: datetime.date | Unset = datetime.date.fromisoformat("2020-01-01")
            additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

            def to_dict(self) -> dict[str, Any]:
                return {"name": self.name, **self.additional_properties}

            @classmethod
            def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
                d = dict(src_dict)
                return cls(name=d.pop("name"))

            @property
            def additional_keys(self) -> list[str]:
                return list(self.additional_properties.keys())
    ''',
    "enum": """
        class Level(StrEnum):
            LOW = "low"
            VALUE_NEGATIVE_1 = -1

            def __str__(self) -> str:
                return str(self.value)
    """,
    "operation functions": '''
        @deprecated("get_pet is deprecated; use get_pet_v2 instead.", category=DeprecationWarning)
        def sync(
            pet_id: int,
            *,
            client: AltegioClient,
            since: datetime.date = datetime.date.fromisoformat("2020-01-01"),
            request_options: RequestOptions | None = None,
        ) -> Pet:
            """Get a pet."""
            kwargs = {"url": "/pets/{pet_id}".format(pet_id=quote(str(pet_id), safe=""))}
            return Pet.from_dict(client.send(_OPERATION, kwargs, request_options).json())

        async def asyncio(*, client: AltegioClient) -> None:
            from ...models.pet import Pet

            await client.asend(_OPERATION, {}, None)
    ''',
}

REFUSED = {
    "a call statement": ("print('x')", "an expression runs at import time"),
    "a payload statement": ("__import__('os').system('x')", "an expression runs at import time"),
    "a computed constant": ("X = os.getcwd()", "calls os.getcwd"),
    "an f-string constant": ('X = f"{os.getcwd()}"', "runs code at import time"),
    "a lambda call": ("X = (lambda: 1)()", "calls an expression"),
    "a comprehension": ("X = [f(i) for i in y]", "runs code at import time"),
    "a call inside a list": ("X = [os.getcwd()]", "calls os.getcwd"),
    "a call inside a subscript": ("X = a[os.getcwd()]", "runs code at import time"),
    "a walrus": ("X = (y := 1)", "runs code at import time"),
    "an import of os": ("import os", "import of os"),
    "an import from subprocess": ("from subprocess import run", "import from subprocess"),
    "a loop": ("for i in range(3):\n    pass", "For statement"),
    "a try block": ("try:\n    pass\nexcept Exception:\n    pass", "Try statement"),
    "an augmented assignment": ("x += 1", "AugAssign statement"),
    "an attribute assignment": ("a.b = 1", "only plain names"),
    "an unknown decorator": ("@register\ndef f():\n    pass", "decorator outside the allow-list"),
    "a computed deprecation": ("@deprecated(f'{x}')\ndef f():\n    pass", "decorator outside the allow-list"),
    "a computed default": ("def f(x=os.getcwd()):\n    pass", "calls os.getcwd"),
    "a computed annotation": ("def f(x: os.getcwd()):\n    pass", "annotation runs code"),
    "a metaclass": ("class A(metaclass=M):\n    pass", "class keyword"),
    "a computed base": ("class A(base()):\n    pass", "base class"),
    "a class-level call": ("class A:\n    x = os.getcwd()", "calls os.getcwd"),
    "a class-level statement": ("class A:\n    print('x')", "Expr statement in a class body"),
    "a plain if": ("if True:\n    X = 1", "only `if TYPE_CHECKING:`"),
    "code under TYPE_CHECKING": ("if TYPE_CHECKING:\n    X = 1", "may only import"),
    "keyword unpacking": ("X = _Operation(**kwargs)", "passes **arguments"),
    "a call inside the security model": (
        "X = _Operation(security=(_SecurityRequirement(os.getcwd()),))",
        "calls os.getcwd",
    ),
    "a computed scheme field": ("X = _Operation(security=(_SecurityScheme(name=NAME),))", "computed argument"),
    "a call nested in another constructor": ("X = TypeVar('T', bound=_Server(url='u'))", "runs code at import time"),
    "a computed TypeVar": ("T = TypeVar(os.getcwd())", "runs code at import time"),
    "eval in a function": ("def f():\n    return eval('1')", "use of eval"),
    "exec in a method": ("class A:\n    def f(self):\n        exec('1')", "use of exec"),
    "getattr in a function": ("def f(x):\n    return getattr(x, 'y')", "use of getattr"),
    "a dunder attribute": ("def f(x):\n    return x.__globals__", "access to __globals__"),
    "builtins": ("def f():\n    return __builtins__", "use of __builtins__"),
    "an import in a function": ("def f():\n    import subprocess", "import of subprocess"),
    "a global declaration": ("def f():\n    global X", "global or nonlocal"),
    "an import in a nested block": ("def f():\n    if x:\n        import os", "import of os"),
    "a nonlocal in a loop": ("def f():\n    while x:\n        nonlocal y", "global or nonlocal"),
    # The gate looks for refused names in the text first: NFKC spellings, dunders beside dunder methods.
    "exec in full-width letters": ("def f():\n    return \uff45\uff58\uff45\uff43('1')", "use of exec"),
    "a dunder in a dunder method": ("class A:\n    def __getitem__(self):\n        return self.__dict__", "__dict__"),
}


def write_module(tmp_path: Path, source: str, name: str = "module.py") -> Path:
    project = tmp_path / "client"
    target = project / "pkg" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    return project


@pytest.mark.parametrize("source", ALLOWED.values(), ids=ALLOWED.keys())
def test_what_templates_emit_passes(source: str, tmp_path: Path) -> None:
    gate.check_tree(write_module(tmp_path, source), SHOWN)


@pytest.mark.parametrize(("source", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_anything_else_is_refused_naming_file_line_and_construct(source: str, reason: str, tmp_path: Path) -> None:
    project = write_module(tmp_path, '"""Docstring."""\n\n' + source + "\n")
    with pytest.raises(InputError) as caught:
        gate.check_tree(project, SHOWN)
    message = str(caught.value)
    assert re.match(r"out/client/pkg/module.py:[3-5]:\d+: ", message), message
    assert "security gate:" in message and reason in message, message


def test_leaked_object_reprs_are_refused_in_any_file(tmp_path: Path) -> None:
    project = write_module(tmp_path, '"""Fine."""\n')
    (project / "README.md").write_text("# Client\n\nUse <tmpl.Endpoint object at 0x7f3a2c1d9e50> here.\n")
    with pytest.raises(InputError, match=r"README.md:3:\d+: security gate: leaked object repr"):
        gate.check_tree(project, SHOWN)


@pytest.mark.parametrize("offset", range(len("object at 0x") + 1))
def test_a_leaked_repr_across_two_chunks_of_a_large_file_is_found(
    offset: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files that are not code are scanned a chunk at a time (the records of a large client run
    to tens of MB): a repr that straddles two chunks, at any split, is still refused."""
    monkeypatch.setattr(gate, "_CHUNK_BYTES", 64)
    project = write_module(tmp_path, '"""Fine."""\n')
    padding = "x" * (64 - len("<Endpoint ") - offset)
    (project / "notes.txt").write_text(f"{padding}<Endpoint object at 0x7f3a2c1d9e50>\n")
    with pytest.raises(InputError, match=r"notes.txt:1:\d+: security gate: leaked object repr"):
        gate.check_tree(project, SHOWN)


def test_a_large_file_that_is_not_utf8_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate, "_CHUNK_BYTES", 64)
    project = write_module(tmp_path, '"""Fine."""\n')
    (project / "notes.txt").write_bytes(b"x" * 200 + "\u00e9".encode()[:1])  # cut inside a character
    with pytest.raises(InputError, match=r"notes.txt: security gate: generated file is not UTF-8 text"):
        gate.check_tree(project, SHOWN)


def test_the_spec_snapshot_may_quote_anything(tmp_path: Path) -> None:
    project = write_module(tmp_path, '"""Fine."""\n')
    (project / ".generator").mkdir()
    (project / ".generator" / "openapi.yaml").write_text("description: an object at 0x1234 in the spec\n")
    gate.check_tree(project, SHOWN, verbatim=("openapi.yaml",))
    with pytest.raises(InputError, match="leaked object repr"):  # anywhere else, a template's slip
        gate.check_tree(project, SHOWN)


def test_bidirectional_controls_are_refused_in_code(tmp_path: Path) -> None:
    project = write_module(tmp_path, 'X = "admin\u202e "\n')
    with pytest.raises(InputError, match="bidirectional control U[+]202E"):
        gate.check_tree(project, SHOWN)


@pytest.mark.parametrize(
    ("toml", "reason"),
    [
        ('[project]\nname = "x"\n[project.scripts]\nx = "os:system"\n', r"declares \[project.scripts\]"),
        ('[build-system]\nbuild-backend = "evil"\nbackend-path = ["."]\n', "backend-path"),
        ('[tool.hatch.build.hooks.custom]\npath = "hook.py"\n', "hatch build hooks"),
        ('[project]\nname = "x\n', "does not parse"),
    ],
)
def test_generated_toml_may_not_run_code_when_installed(toml: str, reason: str, tmp_path: Path) -> None:
    project = write_module(tmp_path, '"""Fine."""\n')
    (project / "pyproject.toml").write_text(toml)
    with pytest.raises(InputError, match=reason):
        gate.check_tree(project, SHOWN)


def test_the_hand_written_runtime_is_not_gated(tmp_path: Path) -> None:
    project = write_module(tmp_path, "import logging\nlogger = logging.getLogger(__name__)\n", "_runtime/log.py")
    gate.check_tree(project, SHOWN)


def test_code_that_does_not_compile_is_refused_before_formatting(tmp_path: Path) -> None:
    project = write_module(tmp_path, "def f(a, a):\n    pass\n")
    with pytest.raises(InputError, match=r"module.py:1:\d+: generated code does not compile: duplicate argument"):
        gate.check_syntax(project, SHOWN)


def test_the_committed_client_passes(tmp_path: Path) -> None:
    project = tmp_path / "client"  # without the caches tools leave in generated/ (.mypy_cache, ...)
    shutil.copytree(
        GENERATED / "altegio-activity-client", project, ignore=shutil.ignore_patterns(".*_cache", "__pycache__")
    )
    gate.check_syntax(project, project)
    gate.check_tree(project, project)


# --- file names in the written tree ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: (p / "link.py").symlink_to("/etc/passwd"), "may not contain links"),
        (lambda p: (p / "aux.py").write_text(""), "Windows reserves"),
        (lambda p: ((p / "Pet.py").write_text(""), (p / "pet.py").write_text("")), "clashes with"),
        (lambda p: (p / ("a" * 200 + ".py")).write_text(""), "longer than"),
    ],
    ids=["symlink", "reserved", "case-clash", "too-long"],
)
def test_written_file_names_are_checked(make: Callable[[Path], object], reason: str, tmp_path: Path) -> None:
    project = write_module(tmp_path, '"""Fine."""\n')
    make(project / "pkg")
    with pytest.raises(InputError, match=reason):
        tree_names.check_file_names(project, SHOWN)


# --- end to end: a template that emits bad code ----------------------------------------------------


def broken_templates(tmp_path: Path, template: str, addition: str) -> Path:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("__pycache__"))
    with open(templates / template, "a", encoding="utf-8") as handle:
        handle.write(addition)
    settings = tmp_path / "settings.toml"
    settings.write_text(
        (ROOT / "pyproject.toml")
        .read_text(encoding="utf-8")
        .replace('spec = "spec/', f'spec = "{ROOT}/spec/')
        .replace('migration_guide = "spec/', f'migration_guide = "{ROOT}/spec/')
        .replace('templates = "templates"', f'templates = "{templates}"'),
        encoding="utf-8",
    )
    return settings


@pytest.mark.parametrize(
    ("template", "addition", "expected"),
    [
        ("client.py.jinja", "\n__import__('os').getcwd()\n", "client.py:{line}:1: security gate: an expression runs"),
        (
            "endpoint_module.py.jinja",
            "\n# {{ endpoint.path }}\n",
            ".py:{line}:3: security gate: leaked object repr '<Unt",
        ),
    ],
    ids=["code-at-import", "object-repr"],
)
def test_a_regen_the_gate_refuses_leaves_the_output_untouched(
    template: str, addition: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    settings = broken_templates(tmp_path, template, addition)
    output = previous_output(tmp_path / "out")
    before = tree_hash(output)
    run = run_in_process("--config", settings, "regen", "--output", output)
    assert run.code == 2, run.stderr
    assert str(output / "altegio-activity-client" / "altegio_activity") in run.stderr
    head, tail = expected.split("{line}")
    assert head in run.stderr and tail in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert tree_hash(output) == before
    assert not list(output.parent.glob(".out.staging-*"))


def test_a_template_that_does_not_parse_is_reported_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    settings = broken_templates(tmp_path, "client.py.jinja", "\n{% if %}\n")
    output = previous_output(tmp_path / "out")
    before = tree_hash(output)
    run = run_in_process("--config", settings, "regen", "--output", output)
    assert run.code == 2, run.stderr
    assert re.match(rf"{re.escape(str(tmp_path))}/templates/client.py.jinja:\d+:1: template error: ", run.stderr)
    assert tree_hash(output) == before
