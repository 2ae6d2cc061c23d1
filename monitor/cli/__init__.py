"""The `basewatch` command: the only place that turns errors into messages and exit codes.

Owns: the command group and the daemon, detector and delivery commands (`main`), the
matcher as a filter (`match`), the query commands (`query`), a deployment at a glance
(`glance`: status, channels), the log (`logs`) and what every command shares: options,
error handling, opening the configuration and the archive (`common`).

May import: everything in `monitor` below it; nothing imports it.
"""

from monitor.cli.main import main

__all__ = ["main"]
