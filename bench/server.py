"""A tiny keep-alive HTTP/1.1 server on 127.0.0.1 that answers canned JSON, for the client benchmark.

    python -m bench.server ROUTES_JSON

ROUTES_JSON maps a path (query ignored) to the JSON text to answer with 200. The server prints
`port N` once it listens, and stops when its standard input closes, so it never outlives the
benchmark that started it. It runs in its own process so that it does not share the client's GIL.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def make_handler(routes: dict[str, bytes]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: one connection serves every call
        disable_nagle_algorithm = True  # answer in one segment, no delayed-ACK stalls

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = routes.get(self.path.split("?", 1)[0])
            status = b"200 OK" if body is not None else b"404 Not Found"
            body = body if body is not None else b'{"success": false, "data": null, "meta": {"message": "no route"}}'
            self.wfile.write(
                b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
            )

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
            pass

    return Handler


def main(argv: list[str]) -> int:
    routes = {path: text.encode() for path, text in json.loads(Path(argv[0]).read_text()).items()}
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(routes))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin or exits
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
