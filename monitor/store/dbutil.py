"""What the archive's parts share: one lock around one SQLite connection, ISO dates."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def locked(method: F) -> F:
    """Run an Archive method under the archive's lock: one connection, used from the event
    loop and worker threads, one statement at a time, and never closed under a reader."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
