"""The loopback server of the demo and the benches: a client that hangs up before its answer
is written costs one debug line, not a traceback on standard error."""

from __future__ import annotations

import logging
import socket
import struct
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from monitor.demo.server import LoopbackServer


class _Told(logging.Handler):
    """Sets `seen` when the server logs that a client hung up."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "hung up before its answer" in record.getMessage():
            self.seen.set()


@pytest.fixture
def told() -> Iterator[_Told]:
    logger = logging.getLogger("monitor.demo.server")
    handler, level = _Told(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def test_a_client_that_hangs_up_is_no_traceback(
    capfd: pytest.CaptureFixture[str], told: _Told
) -> None:
    gone = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/ok":
                self.send_response(204)
                self.end_headers()
                return
            gone.wait(10)  # the client has reset the connection
            for _ in range(64):  # the first writes may still fit the socket's buffer
                self.wfile.write(b"x" * 65536)

    server = LoopbackServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        client = socket.create_connection(server.server_address[:2])
        client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        # closed with a reset, not a FIN: the server's next write fails
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        gone.set()
        assert told.seen.wait(10)  # logged, once the handler's write failed
        with socket.create_connection(server.server_address[:2]) as second:  # still serving
            second.sendall(b"GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert second.recv(64).startswith(b"HTTP/1.0 204")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert "Traceback" not in capfd.readouterr().err
