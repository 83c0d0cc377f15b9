"""The import gate: one fresh interpreter imports every generated module, and a failure is located."""

from __future__ import annotations

import ast
import gc
import shutil
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest

from generator.checks import child
from generator.checks.import_gate import ImportCheck, import_time_text, module_name
from generator.errors import InputError
from generator.naming.title import shadowing_problem
from generator.startup import prepare_process
from tests.conftest import GENERATED, ROOT
from tests.robustness.support import run_in_process


def package(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"pkg/__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def check_imports(project: Path) -> None:
    """Hand every module of the package under `project` to the check, as the pipeline does."""
    with ImportCheck(project, Path("out/project")) as imports:
        imports.stream({})
        for path in sorted(project.rglob("*.py")):
            imports.add(path, path.read_text(encoding="utf-8"))
        imports.end()
        imports.wait()


def test_modules_are_named_by_their_place_in_the_package(tmp_path: Path) -> None:
    names = [
        module_name(tmp_path / name, tmp_path) for name in ("pkg/__init__.py", "pkg/api/__init__.py", "pkg/api/op.py")
    ]
    assert names == ["pkg", "pkg.api", "pkg.api.op"]


def test_an_importable_package_passes_and_leaves_no_bytecode(tmp_path: Path) -> None:
    project = package(tmp_path, {"pkg/a.py": "from .b import B\n", "pkg/b.py": "class B: ...\n"})
    check_imports(project)
    assert not list(project.rglob("__pycache__"))


def test_a_module_that_does_not_import_fails_the_run_at_its_line(tmp_path: Path) -> None:
    project = package(tmp_path, {"pkg/ok.py": "", "pkg/op.py": "import json\n\nfrom .models import Missing\n"})
    (project / "pkg" / "models.py").write_text("class Present: ...\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        check_imports(project)
    assert str(caught.value) == (
        "out/project/pkg/op.py:3:1: generated module pkg.op does not import (ImportError: cannot import name "
        "'Missing' from 'pkg.models' (out/project/pkg/models.py)); a name in the spec "
        "probably clashes with one the generated code uses"
    )


def test_a_module_that_does_not_compile_is_reported(tmp_path: Path) -> None:
    project = package(tmp_path, {"pkg/a.py": "def (\n"})
    with pytest.raises(InputError, match="generated module pkg.a does not import"):
        check_imports(project)


def test_streamed_modules_run_from_the_text_handed_over_not_the_disk(tmp_path: Path) -> None:
    """The pipeline hands over each module as the gate read it, while ruff rewrites the files."""
    project = tmp_path / "project"
    marker = tmp_path / "ran"
    on_disk = f"open({str(marker)!r}, 'w').close()\n"  # never gated: must never run
    files = {"pkg/__init__.py": "", "pkg/a.py": "from .b import B\n", "pkg/b.py": "class B: ...\n"}
    package(project, {name: on_disk for name in files})
    with ImportCheck(project, Path("out/project")) as imports:
        imports.stream({})
        for name, text in files.items():
            imports.add(project / name, text)
        imports.end()
        imports.wait()
    assert not marker.exists()

    files["pkg/b.py"] = "class C: ...\n"
    with ImportCheck(project, Path("out/project")) as imports, pytest.raises(InputError) as caught:
        imports.stream({})
        for name, text in files.items():
            imports.add(project / name, text)
        imports.end()
        imports.wait()
    assert str(caught.value).startswith("out/project/pkg/a.py:1:1: generated module pkg.a does not import")


def test_the_runtime_handed_over_at_the_start_is_what_the_modules_import(tmp_path: Path) -> None:
    """The hand-written runtime goes to the child as it starts (compiled while render works); the
    generated modules that follow import it from there, not from the disk."""
    project = package(tmp_path, {"pkg/a.py": "from ._runtime.base import Base\n"})
    runtime = {
        project / "pkg" / "_runtime" / "__init__.py": b"",
        project / "pkg" / "_runtime" / "base.py": b"class Base: ...\n",
    }
    runtime[project / "pkg" / "_runtime" / "py.typed"] = b""  # not a module: not handed over
    for wrong in (False, True):
        with ImportCheck(project, Path("out/project")) as imports:
            imports.stream(
                {
                    path: b"class Other: ...\n" if wrong and path.name == "base.py" else data
                    for path, data in runtime.items()
                }
            )
            for path in sorted(project.rglob("*.py")):
                imports.add(path, path.read_text(encoding="utf-8"))
            imports.end()
            if wrong:
                with pytest.raises(InputError, match="generated module pkg.a does not import"):
                    imports.wait()
            else:
                imports.wait()


def test_the_dependencies_loaded_early_are_the_runtimes() -> None:
    """The child loads these while render works: each is one the runtime imports, so none loads for nothing."""
    imported: set[str] = set()
    for path in (ROOT / "templates" / "runtime").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert set(child.DEPENDENCIES) <= imported


def test_no_client_package_may_take_the_name_of_a_dependency_loaded_early() -> None:
    """The child has these loaded before the package runs: a package of the same name would pass
    the check while it cannot import, so the settings refuse such a name (`shadowing_problem`)."""
    for name in child.DEPENDENCIES:
        assert shadowing_problem(name.partition(".")[0]) is not None, name


def test_a_stream_that_stops_before_its_end_runs_nothing(tmp_path: Path) -> None:
    """A run that fails (or is killed) before the gate has allowed every module: the child has
    compiled what it was given but runs none of it."""
    marker = tmp_path / "ran"
    project = package(tmp_path / "project", {})
    imports = ImportCheck(project, Path("out/project"))
    imports.stream({})
    imports.add(project / "pkg" / "__init__.py", f"open({str(marker)!r}, 'w').close()\n")
    imports._close()  # the input ends without `end`
    with pytest.raises(InputError, match="the generated package does not import"):
        imports.wait()
    assert not marker.exists()


def test_a_regen_with_nothing_to_do_starts_no_other_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a process was started: {args[:1]}")

    output = tmp_path / "generated"  # a copy: were the committed tree stale, this regen would rewrite it
    shutil.copytree(GENERATED, output, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    try:
        prepare_process()  # what `python -m generator` does first
        run = run_in_process("regen", "--output", output)
    finally:
        gc.enable()
    assert run.code == 0, run.stderr
    assert "is up to date" in run.stdout


def test_a_regen_with_nothing_to_do_loads_only_what_it_needs(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    shutil.copytree(GENERATED, output, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    program = (
        "import sys\nfrom generator.cli import main\n"
        f"code = main(['regen', '--output', {str(output)!r}])\n"
        "print(sorted(sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=False)
    assert "is up to date" in run.stdout, run.stderr
    modules = set(ast.literal_eval(run.stdout.strip().splitlines()[-1]))
    packages = {name.split(".")[0] for name in modules}
    assert "generator" in packages
    assert not packages & {"openapi_python_client", "jinja2", "yaml", "httpx", "pydantic", "email"}
    assert "importlib.metadata" not in modules  # its email parser was a fifth of such a run
    assert "inspect" not in modules  # dataclasses' import of it was 5 ms, a tenth of such a run


def test_what_a_killed_run_left_makes_a_regen_with_nothing_else_to_do_run(tmp_path: Path) -> None:
    # Its staging tree, or the old tree set aside, is cleaned up by the full run only.
    output = tmp_path / "generated"
    shutil.copytree(GENERATED, output, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    (project,) = (path.parent for path in output.glob("*/.generator"))
    for leftover in (output / f".{project.name}.staging-x1", output / f".{project.name}.old"):
        (leftover / "inside").mkdir(parents=True)
        run = subprocess.run(
            [sys.executable, "-m", "generator", "regen", "--output", str(output)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        assert "regenerated" in run.stdout and "is up to date" not in run.stdout
        assert not leftover.exists()


def test_compiling_a_streamed_module_writes_no_warning() -> None:
    """The child compiles while the generator still writes to it and reads nothing back: a
    warning on its stderr (Python 3.12 warns of invalid escapes) could fill that pipe and stall
    both. Compiled under warnings-as-errors here, it must neither warn nor fail."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code = child.compiled("PATTERN = '\\d+'\n" * 100, "/out/pkg/m.py")
    assert not isinstance(code, BaseException)


def test_gating_a_batch_writes_no_warning(tmp_path: Path) -> None:
    """The same for the security gate's parse of a batch, which the child makes while render
    writes: a warning there could stall the child mid-batch, and the generator waiting for it."""
    import json
    import warnings

    from generator import checks

    (tmp_path / "0.in").write_text(json.dumps(["PATTERN = '\\d+'\n" * 100]), encoding="utf-8")
    gating = child.Gating(str(Path(checks.__file__).parents[1]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert gating.read(str(tmp_path), 0)
    assert isinstance(gating.held[0, 0], CodeType), "allowed, and compiled"


# --- what of a module the check runs --------------------------------------------------------------

MODULE = '''\
from typing import TypeVar

T = TypeVar("T")


def helper(value: int = 1) -> int:
    """Helps."""
    total = value + 1
    return total


class Model:
    """A model."""

    name: str = "x"

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name}

    async def fetch(self) -> None: ...

    class Inner:
        def deep(self) -> int:
            return 2
'''


def test_import_time_text_empties_function_bodies_and_keeps_every_line() -> None:
    text = import_time_text(MODULE, ast.parse(MODULE))
    assert text.count("\n") == MODULE.count("\n")
    assert "total" not in text and '{"name"' not in text and "return 2" not in text
    # what an import runs is all there: signatures, defaults, class bodies, one-line bodies
    for kept in ('T = TypeVar("T")', "def helper(value: int = 1) -> int:", 'name: str = "x"', "-> None: ..."):
        assert kept in text
    lines = text.split("\n")
    assert lines[MODULE.split("\n").index('    """Helps."""')] == "    pass"
    namespace: dict[str, object] = {}
    exec(compile(text, "module.py", "exec"), namespace)  # noqa: S102  (our own text)
    model = namespace["Model"]
    assert isinstance(model, type) and model.name == "x" and model.to_dict(model()) is None  # type: ignore[attr-defined]


def test_a_function_named_like_a_callee_the_gate_allows_keeps_its_body() -> None:
    """A module-level call the gate allows may name a function of the module itself: that one runs at import."""
    module = "def TypeVar(name: str) -> str:\n    return name.upper()\n\n\nT = TypeVar('t')\n"
    assert import_time_text(module, ast.parse(module)) == module


def test_a_text_with_a_carriage_return_is_handed_over_whole() -> None:
    module = "def f() -> int:\r\n    return 1\r\n"
    assert import_time_text(module, ast.parse(module)) == module


def test_an_import_failure_in_a_signature_is_still_found_at_its_line(tmp_path: Path) -> None:
    """Annotations without `from __future__ import annotations` and defaults run at import: kept."""
    module = "def f(\n    value: Missing = None,\n) -> int:\n    x = 1\n    return x\n"
    project = package(tmp_path, {"pkg/a.py": import_time_text(module, ast.parse(module))})
    with pytest.raises(InputError) as caught:
        check_imports(project)
    assert caught.value.line == 2 and "NameError: name 'Missing' is not defined" in str(caught.value)


def test_import_time_text_leaves_no_cycle_for_a_collector_that_is_off() -> None:
    """The generator runs with the cyclic collector off: a cycle here would keep every line alive."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        import_time_text(MODULE, ast.parse(MODULE))
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
