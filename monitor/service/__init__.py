"""The running daemon: scheduling, fetching through the crawler, storing and delivering.

Owns: the event loop, the scheduler and signals (`daemon`), what one poll does with what the
crawler returns (`pipeline`), whether the archive may be used: pausing while it cannot be
written, stopping when it is damaged, its daily care (`storage`), systemd's notification
protocol (`notify`), the status file that tells `basewatch status` the daemon is up
(`heartbeat`) and the checks of `basewatch doctor` (`health`).

May import: `crawler`, `monitor.alerts`, `monitor.store`, `monitor.detect`,
`monitor.config`, `monitor.models`, `monitor.errors`.

Used by: `monitor.cli` (`run`, `sources`, `doctor`, `status`) and `monitor.demo`.
"""
