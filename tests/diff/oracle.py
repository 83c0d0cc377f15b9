"""A mechanical oracle for the change report: does code written against the old client still
type-check against the new one?

`judge(old_spec, new_spec, workdir)` generates both clients with the generator itself (regen with
`--skip-unsupported`, into `workdir`), writes a consumer that uses the old client's whole public
surface, checks that it type-checks against the old client (else the oracle itself is wrong), and
type-checks it against the new client with mypy. Any error there is code that used to work and
now does not: the change is breaking for calling code.

The consumer, one module per client module:

- every public function of an endpoint module (`sync`, `sync_detailed`, `asyncio`, ...) is called
  twice, with every argument and with only the required ones, each argument typed as the old
  client types it, and the result assigned to a variable of the old return type;
- every model class is built with every field and with only the required ones, each field read
  into a variable of its old type, and `to_dict`/`from_dict` called; every enum member is named.

What types cannot see is outside the oracle: a server that now refuses a value (a bound
tightened, a format added) breaks at run time with the same types. `test_diff_oracle.py` records,
for each real pair, where the report and the oracle disagree and why.

Run by hand: `python -m tests.diff.oracle OLD_SPEC NEW_SPEC` prints the verdict and mypy's errors.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "oracle_client"
PROJECT = "oracle-client"


class OracleError(Exception):
    """The oracle could not judge: a client did not generate, or the consumer is wrong."""


@dataclass(frozen=True)
class Verdict:
    breaking: bool
    errors: tuple[str, ...]
    """mypy's errors for the consumer of the old client, checked against the new one."""
    left_out: int = 0
    """Consumer modules left out: the old client's own module does not type-check."""


def judge(old_spec: Path, new_spec: Path, workdir: Path) -> Verdict:
    old_project = generate(old_spec, workdir / "old")
    new_project = generate(new_spec, workdir / "new")
    consumer = workdir / "consumer"
    write_consumer(old_project / PACKAGE, consumer)
    # A module upstream wrote with a name it never imported (OpenAI's responses: `InputFile` in an
    # annotation) cannot be used even against the old client: its consumer is left out.
    unusable = {line.split(":", 1)[0] for line in typecheck(consumer, old_project, workdir / "mypy-old")}
    for name in unusable:
        (consumer / name).unlink()
    if unusable and (control := typecheck(consumer, old_project, workdir / "mypy-old")):
        raise OracleError("the consumer does not type-check against the old client:\n" + "\n".join(control))
    errors = typecheck(consumer, new_project, workdir / "mypy-new")
    return Verdict(bool(errors), tuple(errors), len(unusable))


def generate(spec: Path, output: Path) -> Path:
    """Generate the client for `spec` as regen does (leaving out what upstream cannot generate)."""
    command = [
        sys.executable,
        "-m",
        "generator",
        "regen",
        "--spec",
        str(spec),
        "--output",
        str(output),
        "--skip-unsupported",
        "--package-name",
        PACKAGE,
        "--project-name",
        PROJECT,
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OracleError(f"no client for {spec.name}: {result.stderr.strip()}")
    return output / PROJECT


def typecheck(consumer: Path, project: Path, cache: Path) -> list[str]:
    """mypy's errors in the consumer, with `project`'s client on the path."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--follow-imports=silent",
        "--no-error-summary",
        "--hide-error-context",
        "--no-color-output",
        "--cache-dir",
        str(cache),
        str(consumer),
    ]
    environment = {**os.environ, "MYPYPATH": str(project)}
    result = subprocess.run(command, cwd=consumer, capture_output=True, text=True, env=environment, check=False)
    if result.returncode not in (0, 1):
        raise OracleError(f"mypy failed: {result.stderr.strip() or result.stdout.strip()}")
    return [line for line in result.stdout.splitlines() if ": error:" in line]


def write_consumer(package: Path, consumer: Path) -> None:
    consumer.mkdir(parents=True, exist_ok=True)
    modules = sorted(path for path in package.rglob("*.py") if path.parts[len(package.parts)] in ("api", "models"))
    for index, path in enumerate(modules):
        source = _consumer_of(package, path)
        if source is not None:
            (consumer / f"use_{index:04d}.py").write_text(source, encoding="utf-8")


def _consumer_of(package: Path, path: Path) -> str | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(package.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        return None
    module = ".".join(parts)
    body: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
            body.extend(_use_function(node, f"_module.{node.name}"))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            body.extend(_use_class(node, f"_module.{node.name}"))
    if not body:
        return None
    imports = sorted(set(_imports(tree, parts[:-1])))
    header = ["from __future__ import annotations", "", "from typing import Any", "", *imports]
    return "\n".join([*header, f"import {module} as _module", "", "", *body]) + "\n"


def _imports(tree: ast.Module, package: list[str]) -> list[str]:
    """The module's own imports (wherever they are: `TYPE_CHECKING` blocks, function bodies),
    made absolute, so that its annotations mean the same in the consumer."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(f"import {ast.unparse(alias)}" for alias in node.names)
        if not isinstance(node, ast.ImportFrom) or node.module == "__future__":
            continue
        base = package[: len(package) - node.level + 1] if node.level else []
        source = ".".join([*base, *(node.module.split(".") if node.module else [])])
        for alias in node.names:
            name = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
            found.append(f"from {source} import {name}")
    return found


def _use_function(node: ast.FunctionDef | ast.AsyncFunctionDef, target: str) -> list[str]:
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    defaults = [None] * (len(arguments.posonlyargs) + len(arguments.args) - len(arguments.defaults))
    has_default = [default is not None for default in [*defaults, *arguments.defaults, *arguments.kw_defaults]]
    parameters = [f"{arg.arg}: {_annotation(arg.annotation)}" for arg in every]
    returns = _annotation(node.returns)
    awaiting = "await " if isinstance(node, ast.AsyncFunctionDef) else ""
    define = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    all_args = ", ".join(f"{arg.arg}={arg.arg}" for arg in every)
    required = ", ".join(f"{arg.arg}={arg.arg}" for arg, default in zip(every, has_default, strict=True) if not default)
    # A result is kept in a variable of the old return type (mypy refuses to keep a None).
    every_call, required_call = f"{awaiting}{target}({all_args})", f"{awaiting}{target}({required})"
    lines = [f"{define} use_{node.name}({', '.join(parameters)}) -> None:"]
    if returns == "None":
        lines += [f"    {every_call}", f"    {required_call}"]
    else:
        lines += [f"    every: {returns} = {every_call}", f"    only_required: {returns} = {required_call}"]
    return [*lines, "", ""]


def _use_class(node: ast.ClassDef, target: str) -> list[str]:
    bases = {ast.unparse(base) for base in node.bases}
    if bases & {"Enum", "StrEnum", "IntEnum", "str", "int"}:
        members = [
            item.targets[0].id
            for item in node.body
            if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name)
        ]
        lines = [f"def use_{node.name}() -> None:"]
        lines += [f"    member_{index}: {target} = {target}.{name}" for index, name in enumerate(members)]
        return [*lines, "    pass", "", ""]
    fields = [
        (item.target.id, _annotation(item.annotation), item.value)
        for item in node.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and not item.target.id.startswith("_")
    ]
    if not any(isinstance(item, ast.FunctionDef) and item.name == "from_dict" for item in node.body):
        return []  # not a model
    built = [(name, annotation, value) for name, annotation, value in fields if not _init_false(value)]
    parameters = [f"{name}: {annotation}" for name, annotation, _ in built]
    every = ", ".join(f"{name}={name}" for name, _, _ in built)
    required = ", ".join(f"{name}={name}" for name, _, value in built if value is None)
    lines = [f"def use_{node.name}({', '.join(parameters)}) -> None:"]
    lines.append(f"    built: {target} = {target}({every})")
    lines.append(f"    minimal: {target} = {target}({required})")
    for index, (name, annotation, _) in enumerate(fields):
        lines.append(f"    field_{index}: {annotation} = built.{name}")
    lines.append("    as_dict: dict[str, Any] = built.to_dict()")
    lines.append(f"    again: {target} = {target}.from_dict(as_dict)")
    return [*lines, "", ""]


def _init_false(value: ast.expr | None) -> bool:
    return isinstance(value, ast.Call) and any(
        keyword.arg == "init" and isinstance(keyword.value, ast.Constant) and keyword.value.value is False
        for keyword in value.keywords
    )


def _annotation(node: ast.expr | None) -> str:
    return "Any" if node is None else ast.unparse(node)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.diff.oracle OLD_SPEC NEW_SPEC", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as workdir:
        verdict = judge(Path(argv[0]).resolve(), Path(argv[1]).resolve(), Path(workdir))
    print("breaking" if verdict.breaking else "not breaking")
    for error in verdict.errors:
        print(error)
    return 1 if verdict.breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
