"""Import a generated client and run what it defines, as a user would: `python exercise.py PROJECT PACKAGE`.

Run in a fresh interpreter whose working directory the caller then inspects for a marker file:
every module is imported, every model is built from a dict and turned back into one, every enum
is listed, and every operation is called against a mock transport. Failures of the calls
themselves are expected (the inputs are nonsense) and ignored; what matters is what runs. It
prints how many operations it called and how many requests reached the transport.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx


def modules(project: Path, package: str) -> list[str]:
    names = []
    for path in sorted((project / package).rglob("*.py")):
        parts = path.relative_to(project).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


SENT: list[httpx.Request] = []


def answer(request: httpx.Request) -> httpx.Response:
    SENT.append(request)
    return httpx.Response(200, json={"data": {}})


def quietly(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        call(*args, **kwargs)
    except Exception:  # noqa: BLE001 - nonsense inputs may be refused; only side effects matter
        pass


def dummy(parameter: inspect.Parameter) -> Any:
    return "x" if parameter.annotation in (str, "str") else "1"


def main(project: Path, package: str) -> None:
    sys.path.insert(0, str(project))
    warnings.simplefilter("ignore")
    loaded = [importlib.import_module(name) for name in modules(project, package)]
    client_module = importlib.import_module(f"{package}.client")
    # Named after the title: the sync client and its async twin, `Async<name>`.
    (name,) = [name for name in client_module.__all__ if f"Async{name}" in client_module.__all__]
    client_class = getattr(client_module, name)
    tokens = ("partner", "user") if client_class.partner_auth else ()
    client = client_class(
        *tokens,
        token="t",
        api_key="k",
        username="u",
        password="p",
        base_url="http://hostile.test",
        transport=httpx.MockTransport(answer),
        max_retries=0,
    )
    operations = 0
    for module in loaded:
        for _, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                if hasattr(value, "from_dict"):
                    quietly(lambda cls=value: cls.from_dict({}).to_dict())
                    quietly(lambda cls=value: cls.from_dict({"a": "b", "data": {}}).to_dict())
                if hasattr(value, "__members__"):
                    quietly(lambda cls=value: [str(member) for member in cls])
        if hasattr(module, "_get_kwargs") and hasattr(module, "sync_detailed"):
            signature = inspect.signature(module.sync_detailed)
            arguments = {
                name: dummy(parameter)
                for name, parameter in signature.parameters.items()
                if parameter.default is inspect.Parameter.empty and name != "client"
            }
            quietly(module.sync_detailed, client=client, **arguments)
            operations += 1
    client.close()
    # For the caller to check that the calls got as far as sending, not only that nothing ran.
    print(f"called {operations} operations, sent {len(SENT)} requests")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
