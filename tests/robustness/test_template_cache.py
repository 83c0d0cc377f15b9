"""The template cache may make a run faster, never different and never unsafe.

Entries are code, so the attacks are entries someone else wrote: a poisoned pickle or code
object, a forged entry that would change the output, a truncated one, a FIFO, a symbolic link
or a directory in an entry's place, and a cache directory that is not the user's own.
"""

from __future__ import annotations

import marshal
import os
import pickle
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from generator.render import template_cache
from generator.render.template_cache import SignedTemplateCache, template_bytecode_cache
from tests.conftest import CACHE_HOME, GENERATED, PROJECT, ROOT, run_generator
from tests.robustness.support import tree_hash

pytestmark = pytest.mark.slow  # each test regenerates over a tampered cache

TEMPLATE = "{% for name in names %}hello {{ name }}\n{% endfor %}"
EXPECTED = "hello a\nhello b\n"


class _RunsWhenUnpickled:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (os.system, (f"touch {self.marker}",))


class Poison:
    """Payloads that create `marker` if anything ever executes or unpickles them."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def code(self) -> bytes:
        source = (
            f"open({str(self.marker)!r}, 'w').close()\n"
            "def root(context, missing=None, environment=None):\n    yield 'forged'\n"
        )
        return marshal.dumps(compile(source, "<forged>", "exec"))

    def pickled(self) -> bytes:
        return pickle.dumps(_RunsWhenUnpickled(self.marker))

    def entries(self) -> list[bytes]:
        """As Jinja's own cache writes them, and as this one does with a made-up tag."""
        jinja_magic = b"j2" + pickle.dumps(5, 2) + pickle.dumps((sys.version_info[0] << 24) | sys.version_info[1], 2)
        return [
            self.pickled(),
            jinja_magic + self.pickled() + self.code(),
            template_cache._MAGIC + b"\0" * 32 + self.code(),
            template_cache._MAGIC + os.urandom(32) + self.code(),
        ]


@pytest.fixture
def homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path


def entries_dir(home: Path) -> Path:
    return home / "cache" / "altegio-generator" / "jinja"


def render(templates: Path) -> tuple[str, int]:
    """Render the template with a fresh cache; return the text and whether the cache had it."""
    cache = template_bytecode_cache()
    assert cache is not None
    try:
        environment = Environment(loader=FileSystemLoader(templates), bytecode_cache=cache, auto_reload=False)
        template = environment.get_template("t.jinja")
        hits = _hits(cache, environment, templates)
        return template.render(names=["a", "b"]), hits
    finally:
        cache.close()


def _hits(cache: SignedTemplateCache, environment: Environment, templates: Path) -> int:
    path = templates / "t.jinja"
    bucket = cache.get_bucket(environment, "t.jinja", str(path), path.read_text())
    return int(bucket.code is not None)


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    where = tmp_path / "templates"
    where.mkdir()
    (where / "t.jinja").write_text(TEMPLATE)
    return where


def test_tests_never_touch_the_users_own_cache() -> None:
    assert Path(os.environ["XDG_CACHE_HOME"]).is_relative_to(CACHE_HOME)
    assert Path(os.environ["XDG_STATE_HOME"]).is_relative_to(CACHE_HOME)
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ['XDG_CACHE_HOME'])"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(child.stdout.strip()).is_relative_to(CACHE_HOME)
    assert not str(CACHE_HOME).startswith(str(Path.home() / ".cache"))


def test_a_warm_cache_is_used_and_gives_the_same_output(homes: Path, templates: Path) -> None:
    assert render(templates) == (EXPECTED, 1)  # the first render wrote the entry it then finds
    written = list(entries_dir(homes).iterdir())
    assert len(written) == 1 and stat.S_IMODE(written[0].stat().st_mode) == 0o600
    key = homes / "state" / "altegio-generator" / "template-cache.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == 32
    assert render(templates) == (EXPECTED, 1)
    (templates / "t.jinja").write_text(TEMPLATE.replace("hello", "bye"))
    assert render(templates)[0] == EXPECTED.replace("hello", "bye")  # a changed template: compiled again


@pytest.mark.parametrize("payload", range(4))
def test_a_poisoned_entry_is_never_run_and_changes_nothing(
    homes: Path, templates: Path, payload: int, tmp_path: Path
) -> None:
    render(templates)
    marker = tmp_path / "ran"
    (entry,) = entries_dir(homes).iterdir()
    entry.write_bytes(Poison(marker).entries()[payload])
    assert render(templates) == (EXPECTED, 1)  # a miss, compiled again and written anew
    assert not marker.exists()


def test_an_entry_signed_with_another_key_is_a_miss(homes: Path, templates: Path, tmp_path: Path) -> None:
    """A cache directory restored from elsewhere brings entries, not this user's key."""
    render(templates)
    (entry,) = entries_dir(homes).iterdir()
    (homes / "state" / "altegio-generator" / "template-cache.key").write_bytes(os.urandom(32))
    cache = template_bytecode_cache()
    assert cache is not None
    environment = Environment(loader=FileSystemLoader(templates), bytecode_cache=cache)
    assert _hits(cache, environment, templates) == 0
    cache.close()


@pytest.mark.parametrize("kind", ["truncated", "empty", "garbage", "fifo", "directory", "symlink", "dev-zero"])
def test_a_broken_entry_is_a_miss(homes: Path, templates: Path, kind: str) -> None:
    render(templates)
    (entry,) = entries_dir(homes).iterdir()
    whole = entry.read_bytes()
    entry.unlink()
    if kind == "truncated":
        entry.write_bytes(whole[: len(whole) // 2])
    elif kind == "empty":
        entry.write_bytes(b"")
    elif kind == "garbage":
        entry.write_bytes(os.urandom(len(whole)))
    elif kind == "fifo":
        os.mkfifo(entry)  # opened for reading without a writer, it would block forever
    elif kind == "directory":
        entry.mkdir()
    elif kind == "symlink":  # even to a valid entry: only regular files in the directory count
        (homes / "elsewhere").write_bytes(whole)
        entry.symlink_to(homes / "elsewhere")
    else:
        entry.symlink_to("/dev/zero")
    text, _ = render(templates)
    assert text == EXPECTED
    if kind in ("truncated", "empty", "garbage", "symlink", "dev-zero"):  # replaced by a good entry
        assert entry.is_file() and not entry.is_symlink() and render(templates) == (EXPECTED, 1)


@pytest.mark.parametrize("which", ["cache", "state"])
@pytest.mark.parametrize("problem", ["group-writable", "world-writable", "another-owner", "symlink"])
def test_a_directory_that_is_not_the_users_own_is_not_used(
    homes: Path, templates: Path, which: str, problem: str
) -> None:
    directory = entries_dir(homes) if which == "cache" else homes / "state" / "altegio-generator"
    if problem == "symlink":
        real = homes / "real"
        real.mkdir(mode=0o700)
        directory.parent.mkdir(parents=True)
        directory.symlink_to(real)
    else:
        directory.mkdir(parents=True, mode=0o700)
        if problem == "another-owner":
            os.chown(directory, 65534, 65534)  # the tests run as root, which may give it away
        else:
            directory.chmod(0o770 if problem == "group-writable" else 0o777)
    assert template_bytecode_cache() is None
    assert list(directory.iterdir()) == []  # nothing written there either


def test_a_key_that_others_can_read_is_replaced(homes: Path, templates: Path) -> None:
    render(templates)
    key = homes / "state" / "altegio-generator" / "template-cache.key"
    old = key.read_bytes()
    key.chmod(0o644)
    assert render(templates) == (EXPECTED, 1)  # a new key, so a miss (compiled and written again)
    assert key.read_bytes() != old and stat.S_IMODE(key.stat().st_mode) == 0o600


# --- a whole regen over a poisoned cache ------------------------------------------------------------------


@pytest.fixture(scope="module")
def poisoned_homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], Path]]:
    """A cache a regen filled, then every entry replaced by poison or broken in another way."""
    home = tmp_path_factory.mktemp("homes")
    env = {"XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state")}
    result = run_generator("check", env=env)
    assert result.returncode == 0, result.stderr
    marker = home / "ran"
    poison = Poison(marker).entries()
    entries = sorted(entries_dir(home).iterdir())
    assert len(entries) > 10
    for index, entry in enumerate(entries):
        entry.unlink()
        if index % 6 == 4:
            os.mkfifo(entry)
        elif index % 6 == 5:
            entry.write_bytes(b"altegio-template-cache 1\n")  # truncated after its magic
        else:
            entry.write_bytes(poison[index % 4])
    yield env, marker


def test_regen_and_check_over_a_poisoned_cache_run_nothing_and_change_nothing(
    poisoned_homes: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, marker = poisoned_homes
    checked = run_generator("check", env=env)
    assert checked.returncode == 0 and "in sync" in checked.stdout, checked.stdout + checked.stderr
    output = tmp_path / "generated"
    shutil.copytree(GENERATED, output, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    regen = run_generator("regen", "--force", "--output", output, env=env)
    assert regen.returncode == 0, regen.stderr
    assert tree_hash(output / PROJECT.name) == tree_hash(PROJECT)
    assert not marker.exists()
    assert not (ROOT / "hostile-marker").exists()
