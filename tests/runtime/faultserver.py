"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose.

Each request the server reads takes the next scripted reply (the last one repeats), so a test
says "503, then 200" or "reset the connection" and then counts what arrived in `received`.
Every reply closes the connection, so each client attempt is a new connection and a count of
requests is a count of attempts.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType

__all__ = [
    "FaultServer",
    "Received",
    "close_delimited",
    "computed",
    "hang_up",
    "refused_url",
    "reset",
    "respond",
    "slow",
    "trickle",
    "truncated",
]


@dataclass(frozen=True)
class Received:
    method: str
    target: str
    headers: Mapping[str, str]  # names lower-cased
    body: bytes


@dataclass
class _Exchange:
    conn: socket.socket
    request: Received
    stop: threading.Event = field(repr=False)


Reply = Callable[[_Exchange], None]


def respond(status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Reply:
    def reply(exchange: _Exchange) -> None:
        exchange.conn.sendall(_head(status, {"Content-Length": str(len(body)), **(headers or {})}) + body)

    return reply


def computed(answer: Callable[[Received], tuple[int, bytes, Mapping[str, str]]]) -> Reply:
    """Answer what `answer` makes of the request: (status, body, headers)."""

    def reply(exchange: _Exchange) -> None:
        status, body, headers = answer(exchange.request)
        respond(status, body, headers)(exchange)

    return reply


def trickle(status: int, body: bytes, every: float) -> Reply:
    """Send the head, then the body one byte every `every` seconds: no read ever times out."""

    def reply(exchange: _Exchange) -> None:
        exchange.conn.sendall(_head(status, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
        for byte in body:
            if exchange.stop.wait(every):
                return
            exchange.conn.sendall(bytes([byte]))

    return reply


def reset() -> Reply:
    """Abort with a TCP RST: SO_LINGER with a zero timeout makes close() discard and reset."""

    def reply(exchange: _Exchange) -> None:
        exchange.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return reply


def hang_up() -> Reply:
    """Close cleanly without a response: the client reads EOF where a status line should be."""
    return lambda exchange: None


def slow(seconds: float, then: Reply) -> Reply:
    """Answer after `seconds` (cut short when the server stops), later than a tiny client timeout."""

    def reply(exchange: _Exchange) -> None:
        exchange.stop.wait(seconds)
        then(exchange)

    return reply


def truncated(status: int, body: bytes, declared_length: int) -> Reply:
    """Promise `declared_length` bytes in Content-Length, send `body`, close."""

    def reply(exchange: _Exchange) -> None:
        head = _head(status, {"Content-Type": "application/json", "Content-Length": str(declared_length)})
        exchange.conn.sendall(head + body)

    return reply


def close_delimited(status: int, body: bytes, content_type: str = "application/json") -> Reply:
    """No Content-Length: the body ends where the connection does, so a cut-off is undetectable."""

    def reply(exchange: _Exchange) -> None:
        exchange.conn.sendall(_head(status, {"Content-Type": content_type}) + body)

    return reply


def refused_url() -> str:
    """A URL on which nothing listens: bind a free port, then let it go."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class FaultServer:
    def __init__(self, *replies: Reply) -> None:
        if not replies:
            raise ValueError("script at least one reply")
        self._replies = list(replies)
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # the accept loop polls _stop this often
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="faultserver", daemon=True)

    def __enter__(self) -> FaultServer:
        self._acceptor.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._acceptor.join(5)
        for thread in list(self._threads):
            thread.join(5)
        self._listener.close()

    @property
    def methods(self) -> list[str]:
        return [request.method for request in self.received]

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            # One thread per connection, so a slow reply does not hold up the client's retry.
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                request = _read_request(conn)
                if request is None:  # the client gave up before sending a whole request
                    return
                with self._lock:
                    self.received.append(request)
                    reply = self._replies[min(len(self.received), len(self._replies)) - 1]
                reply(_Exchange(conn, request, self._stop))
            except OSError:
                pass  # the client timed out and left; nothing to answer


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return Received(method, target, headers, body)


def _head(status: int, headers: Mapping[str, str]) -> bytes:
    status_line = f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"
    lines = [status_line, "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
