"""The generated-file header: rendered with each templated file, put on the rest by the pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

from generator.render.headers import HEADER_TEXT, add_headers
from generator.render.render import HeaderedTemplate

TEMPLATES = {
    "model.py.jinja": '{% from "macros.py.jinja" import field %}class {{ name }}:\n    {{ field("x") }}\n',
    "macros.py.jinja": "{% macro field(n) %}{{ n }}: int{% endmacro %}",
    "README.md.jinja": "# {{ name }}\n",
    "notes.jinja.txt": "plain\n",
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), keep_trailing_newline=True)
    env.template_class = HeaderedTemplate
    return env


def test_a_rendered_file_starts_with_the_header_of_its_kind_once() -> None:
    env = environment()
    assert env.get_template("model.py.jinja").render(name="Pet") == f"# {HEADER_TEXT}\nclass Pet:\n    x: int\n"
    assert env.get_template("README.md.jinja").render(name="Pet") == f"<!-- {HEADER_TEXT} -->\n# Pet\n"


def test_a_template_that_makes_no_file_of_a_known_kind_gets_no_header() -> None:
    env = environment()
    assert env.get_template("notes.jinja.txt").render() == "plain\n"
    assert env.from_string("{{ 1 + 1 }}").render() == "2"


def test_add_headers_puts_it_where_it_is_missing_and_leaves_rendered_files_alone(tmp_path: Path) -> None:
    rendered = tmp_path / "model.py"
    rendered.write_text(environment().get_template("model.py.jinja").render(name="Pet"), encoding="utf-8")
    plain = tmp_path / "types.py"
    plain.write_text("X = 1\n", encoding="utf-8")
    os.utime(rendered, ns=(1_000_000_000, 1_000_000_000))  # a write now would change it
    texts = add_headers(tmp_path)
    assert texts == {
        rendered: f"# {HEADER_TEXT}\nclass Pet:\n    x: int\n",
        plain: f"# {HEADER_TEXT}\nX = 1\n",
    }
    assert plain.read_text(encoding="utf-8") == texts[plain]
    assert rendered.read_text(encoding="utf-8") == texts[rendered]
    assert rendered.stat().st_mtime_ns == 1_000_000_000  # not written again
