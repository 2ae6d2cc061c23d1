"""The one exception tree of basewatch.

    BasewatchError
     +-- ConfigError      the configuration or a seed file is invalid (carries every problem)
     +-- FetchError       a source could not be fetched (carries source and URL)
     +-- ParseError       a fetched document could not be parsed (carries source and URL)
     +-- ArchiveError     the SQLite archive could not be opened or written
     |    +-- ArchiveRefusedError     not a basewatch archive: missing, empty, foreign, newer
     |    +-- ArchiveDamagedError     the file is corrupt: it needs an operator and a backup
     |    +-- ArchiveUnwritableError  disk full, I/O error, read-only or locked: may pass
     |         +-- ArchiveLockedError  another process kept the lock past the start-up wait
     +-- NotifyError      an alert channel failed
     +-- CorpusError      a labelled corpus for `basewatch eval` cannot be scored
     +-- InputError       a request that cannot be done as asked: a search query FTS5
                          cannot read, an output file that cannot be written, an alert
                          that does not exist or cannot be retried

Normal outcomes (a 304, an empty feed, no match) are return values, not exceptions.
Only the CLI turns these into messages; every message says how to fix the problem, and
ends the command with an `ExitCode`: ConfigError, CorpusError, InputError and
ArchiveRefusedError 2, any other ArchiveError 3, any other 1.
"""

from __future__ import annotations

from enum import IntEnum


class BasewatchError(Exception):
    """Base class of every error basewatch raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class ConfigError(BasewatchError):
    """Invalid configuration: `problems` lists every one as "FILE: at 'PATH': message"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{len(problems)} problem(s) in the configuration:\n{lines}",
            hint="fix the keys named above; `basewatch check-config` checks without running",
        )


class SourceError(BasewatchError):
    """An error about one source: carries its name and URL."""

    def __init__(self, message: str, *, source: str, url: str, hint: str = "") -> None:
        self.source = source
        self.url = url
        super().__init__(f"{message} (source={source} url={url})", hint=hint)


class FetchError(SourceError):
    """A source could not be fetched: timeout, DNS failure, refused, HTTP error."""


class ParseError(SourceError):
    """A fetched feed or page could not be parsed."""


class ArchiveError(BasewatchError):
    """The archive could not be opened, migrated or written."""


class ArchiveRefusedError(ArchiveError):
    """The file is not an archive this basewatch may use as it is: missing (for a command
    that never creates one), empty, not SQLite, another program's SQLite file, a schema
    newer than this basewatch or not yet migrated. Never replaced or changed."""


class ArchiveDamagedError(ArchiveError):
    """The archive's file is corrupt (its integrity check failed, or SQLite found a
    malformed page): the daemon stops rather than go on writing to it."""


class ArchiveUnwritableError(ArchiveError):
    """The archive cannot be written just now: disk full, I/O error, read-only file or a
    lock held by another process beyond the busy timeout. The daemon pauses and probes."""


class ArchiveLockedError(ArchiveUnwritableError):
    """Another process held the archive's write lock for longer than the start-up wait."""


class NotifyError(BasewatchError):
    """An alert channel could not be loaded or failed to deliver."""


class CorpusError(BasewatchError):
    """A labelled corpus cannot be read: not JSON, no label, no texts in its cache."""


class InputError(BasewatchError):
    """What was asked cannot be done as asked; nothing was done."""


class ExitCode(IntEnum):
    """How a command ends; `basewatch --help` and the README list them."""

    OK = 0  # everything asked for was done: every source polled
    PARTIAL = 1  # some of it failed: some sources, checks or channels
    USAGE = 2  # a bad option or configuration: nothing was done
    FAILED = 3  # nothing could be polled, or the archive could not be opened or written
