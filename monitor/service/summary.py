"""What a run says about itself: a line at start (which configuration, how many sources and
channels), and what each cycle of polls came to, in one line, with the exit status it means.

The daemon polls each source on its own schedule; a cycle ends when every enabled source has
been polled since the last summary, or when the shortest poll interval has passed (failing
sources back off and are polled less often). `run --once` is one cycle.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from monitor.config import Config
from monitor.errors import ExitCode
from monitor.service.pipeline import CycleReport

logger = logging.getLogger(__name__)

ALL_FAILED_HINT = (
    "check the network, DNS and any proxy (HTTPS_PROXY); "
    "`basewatch doctor` tries each source and says what it got"
)


def log_start(what: str, config: Config, config_path: Path | None) -> None:
    """Which configuration, how many sources and channels; a warning when no channel would
    carry the alerts."""
    logger.info(
        "%s config=%s sources=%d channels=%d archive=%s",
        what,
        config_path or "built-in",
        len(config.active_sources()),
        len(config.channels),
        config.archive.path,
    )
    if not config.channels:
        logger.warning(
            "no channel configured: alerts wait in the outbox; add [[channels]] to %s",
            config_path or "the configuration",
        )


@dataclass
class Tally:
    """Polls counted since the last summary."""

    started: float = 0.0  # time.monotonic() when the first poll of the cycle was counted
    sources: set[str] = field(default_factory=set)
    polled: int = 0
    failed: int = 0
    new: int = 0
    matched: int = 0
    alerts_queued: int = 0

    def add(self, report: CycleReport, now: float) -> None:
        if not self.polled:
            self.started = now
        self.sources.update(report.states)
        self.polled += report.polled
        self.failed += report.failed
        self.new += report.articles
        self.matched += report.matched
        self.alerts_queued += report.alerts_queued

    def counts(self) -> dict[str, int]:
        return {
            "polled": self.polled,
            "failed": self.failed,
            "new": self.new,
            "matched": self.matched,
            "alerts_queued": self.alerts_queued,
        }

    def complete(self, active: set[str], window: float, now: float) -> bool:
        """True when the cycle is over: every enabled source polled, or `window` seconds
        since its first poll."""
        return bool(self.polled) and (active <= self.sources or now - self.started >= window)

    def exit_code(self) -> ExitCode:
        """0 every source polled, 1 some failed, 3 none could be polled."""
        if self.failed >= self.polled:
            return ExitCode.FAILED
        return ExitCode.PARTIAL if self.failed else ExitCode.OK


def log_cycle(tally: Tally, **extra: int) -> None:
    """The cycle's line; when every source failed, a second line that says what to check."""
    more = "".join(f" {key}={value}" for key, value in extra.items())
    logger.info(
        "cycle polled=%d failed=%d new=%d matched=%d alerts_queued=%d%s",
        tally.polled,
        tally.failed,
        tally.new,
        tally.matched,
        tally.alerts_queued,
        more,
    )
    if tally.polled and tally.failed >= tally.polled:
        logger.error("every source failed polled=%d: %s", tally.polled, ALL_FAILED_HINT)
