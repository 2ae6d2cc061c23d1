"""systemd's notification protocol (sd_notify): READY, WATCHDOG, STOPPING, STATUS.

A datagram to the socket systemd names in $NOTIFY_SOCKET; nothing at all when the daemon
does not run under systemd.
"""

from __future__ import annotations

import logging
import os
import socket

logger = logging.getLogger(__name__)


class Notifier:
    def __init__(self, address: str | None = None) -> None:
        self.address = address if address is not None else os.environ.get("NOTIFY_SOCKET", "")
        usec = os.environ.get("WATCHDOG_USEC", "")
        pid = os.environ.get("WATCHDOG_PID", "")
        mine = not pid or pid == str(os.getpid())
        # systemd wants a ping at least this often (seconds); None: no watchdog
        self.watchdog_interval = int(usec) / 1e6 if usec.isdigit() and mine else None

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    def notify(self, *states: str) -> None:
        """Send "READY=1", "STATUS=...", ...; a failure is logged, never raised."""
        if not self.address:
            return
        address = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.connect(address)
                sock.sendall("\n".join(states).encode())
        except OSError as exc:
            logger.warning("systemd notification failed: %s", exc)
