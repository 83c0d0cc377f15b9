"""What the numbers were measured on: CPU, cores, memory, Python, tool versions, source tree."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from bench.measure import ROOT, VENV_BIN

PACKAGES = (
    "openapi-python-client",
    "ruff",
    "httpx",
    "httpcore",
    "attrs",
    "openapi-spec-validator",
    "jsonschema",
    "pydantic",
    "Jinja2",
    "PyYAML",
    "openapi-generator-cli",
)


def _cpuinfo() -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                info.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    return info


def _meminfo_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _command_line(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd=ROOT)
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    text = (result.stdout + result.stderr).strip().splitlines()
    return text[0] if text else "not found"


def _git() -> str:
    head = _command_line(["git", "rev-parse", "--short", "HEAD"])
    dirty = _command_line(["git", "status", "--porcelain", "--untracked-files=no"])
    return head + (" with uncommitted changes" if dirty not in ("", "not found") else "")


def describe() -> dict[str, Any]:
    cpu = _cpuinfo()
    packages = {}
    for name in PACKAGES:
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = "not installed"
    return {
        "cpu": cpu.get("model name", platform.processor() or "unknown"),
        "cpu_mhz": cpu.get("cpu MHz", ""),
        "cores": os.cpu_count(),
        "memory_gib": _meminfo_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "python_impl": platform.python_implementation(),
        "java": _command_line(["java", "-version"]),
        "packages": packages,
        "source": _git(),
        "venv": str(VENV_BIN.parent.relative_to(ROOT)),
    }
