"""Stopping on SIGINT and SIGTERM within 2 seconds, whatever is in flight.

The first signal sets `event`: the daemon cancels its crawls and jobs and closes the
archive. Nothing is half-written: each article, its incident and its alerts are one SQLite
transaction, and an alert whose sending was cut short is still in the outbox. A deadline
timer ends the process if that takes too long (a download, a DNS lookup or an alert send
stuck in a thread). A second signal ends it at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
from typing import Any, NoReturn

logger = logging.getLogger(__name__)
SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE = 1.0  # seconds cancelled jobs get to wind down
DEADLINE = 1.6  # seconds from the first signal to the end of the process, whatever happens


def say(level: int, message: str) -> None:
    """Write one log line at once, through the log's own format but without its locks: for
    signal handlers and the deadline, which must not wait for another thread."""
    record = logging.LogRecord(logger.name, level, __file__, 0, message, None, None)
    handlers = logging.getLogger().handlers
    text = handlers[0].format(record) if handlers else message
    with contextlib.suppress(OSError, ValueError):
        os.write(sys.stderr.fileno(), (text + "\n").encode("utf-8", "replace"))


def end_process(code: int) -> NoReturn:
    """End the process now, its output flushed, without waiting for worker threads."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    logging.shutdown()
    os._exit(code)


class Stop:
    """The stop signals of one run. `code` is the exit status a stop ends the run with.

    SIGINT and SIGTERM are taken by a thread of their own (`sigwait`), so a stop is seen
    even while the event loop is stuck in a call that does not return (a hung file system,
    a lock); the deadline and the second signal never wait for the loop either."""

    def __init__(self, loop: asyncio.AbstractEventLoop, code: int | None = 0) -> None:
        self.loop = loop
        self.code = code  # None: 128 + the signal's number (an interrupted `run --once`)
        self.event = asyncio.Event()
        self.signum: int | None = None
        self.closed = False
        self._lock = threading.Lock()
        # threads started from now on inherit the mask: only the watcher takes the signals
        signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        self._previous = {sig: signal.signal(sig, self._handler) for sig in SIGNALS}
        self._watcher = threading.Thread(target=self._watch, name="stop-signals", daemon=True)
        self._watcher.start()
        logger.debug("SIGINT and SIGTERM stop the run")

    def close(self) -> None:
        """The run is over: signals are handled as before it (Ctrl-C is KeyboardInterrupt)."""
        self.closed = True
        signal.pthread_kill(self._watcher.ident or 0, signal.SIGTERM)  # wakes it: it ends
        self._watcher.join(1)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)

    def end(self, code: int) -> None:
        """Stop the run from within (no signal): it ends with `code`."""
        self.code = code
        self.event.set()

    @property
    def exit_code(self) -> int:
        if self.code is not None:
            return self.code
        return 128 + (self.signum or signal.SIGTERM)

    def _watch(self) -> None:
        while not self.closed:
            signum = signal.sigwait(SIGNALS)
            if not self.closed:
                self._received(signum)

    def _handler(self, signum: int, frame: Any) -> None:
        self._received(signum)

    def _received(self, signum: int) -> None:
        with self._lock:
            first, self.signum = self.signum is None, self.signum or signum
        if not first:
            say(logging.WARNING, f"second {signal.Signals(signum).name}: exiting at once")
            os._exit(128 + signum)
        timer = threading.Timer(DEADLINE, self._deadline)
        timer.daemon = True
        timer.start()
        self.loop.call_soon_threadsafe(self.event.set)

    def _deadline(self) -> None:
        say(
            logging.WARNING,
            f"stop took longer than {DEADLINE:g} s (a job or the event loop is stuck): exiting "
            "without waiting",
        )
        os._exit(self.exit_code)

    async def first(self, task: asyncio.Future[Any]) -> bool:
        """Wait for `task` or a stop signal, whichever comes first. On a stop, `task` is
        cancelled and given GRACE seconds to end; returns True."""
        waiter = asyncio.ensure_future(self.event.wait())
        try:
            await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
        if task.done():
            return False
        task.cancel()
        await asyncio.wait({task}, timeout=GRACE)
        return True
