"""Configuration: one TOML file, validated by pydantic, every problem reported with its path.

Each option is declared once here, with its default and a one-line help (the `description`);
`config/basewatch.toml` documents the same options and a test keeps the two in step.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from monitor.errors import ConfigError
from monitor.tomlfiles import problems_of, read_toml, sources_files

WEAPONS = ("rocket", "drone", "missile", "mortar")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DAY = 86400.0
_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9_.-]+)$")
# a User-Agent that servers refusing non-browser clients accept, and that still names us
BROWSER_USER_AGENT = (
    "Mozilla/5.0 (compatible; basewatch/0.1; +https://github.com/basewatch/basewatch)"
)
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP header name (RFC 9110)
# headers a source may not set: the connection's and the conditional request's are
# basewatch's own, the user agent has its own key
_OWN = ("host", "connection", "content-length", "transfer-encoding", "if-none-match")
_OWN_HEADERS = dict.fromkeys((*_OWN, "if-modified-since"), "basewatch sets it itself") | {
    "user-agent": "use the source's user_agent key instead"
}
CHANNEL_NAME = r"^[A-Za-z][A-Za-z0-9_]{3,31}$"  # Telegram's rule for public channel names
TELEGRAM_PREVIEW = "https://t.me/s/{channel}"  # a public channel's web preview


def parse_duration(value: Any) -> float:
    """Turn "90s", "15m", "1h", "1d" or a number of seconds into seconds."""
    if isinstance(value, bool):
        raise ValueError("a duration is a number of seconds or a string such as '15m'")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and (m := _DURATION.match(value)):
        return float(m.group(1)) * _UNIT_SECONDS[m.group(2) or "s"]
    raise ValueError(f"{value!r} is not a duration: write e.g. '30s', '15m', '1h' or '1d'")


Duration = Annotated[float, BeforeValidator(parse_duration)]


# a channel alerts at this incident confidence by default: end to end on the real dev set,
# the incidents below it (most told by one outlet) named the wrong base or day, or no attack,
# four times in five (README, "Confidence")
CHANNEL_MIN_CONFIDENCE = 0.9


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArchiveConfig(_Strict):
    path: Path = Field(
        Path("var/basewatch.db"),
        description="SQLite archive file; a relative path is taken from the working directory",
    )
    keep_unmatched_days: int = Field(
        30, ge=0, le=36500, description="articles that matched nothing lose their text after this"
    )
    check_every: Duration = Field(
        DAY, ge=10, le=30 * DAY, description="how often the archive is checked and pruned"
    )
    lock_wait: Duration = Field(
        60.0, ge=0, le=3600, description="at start, how long to wait for another's write lock"
    )


class CrawlerConfig(_Strict):
    user_agent: str = Field(
        "basewatch/0.1 (+https://github.com/basewatch/basewatch)",
        description="User-Agent sent with every request; include a contact URL",
    )
    download_timeout: Duration = Field(30.0, gt=0, le=600, description="seconds per request")
    max_size_mb: float = Field(10.0, gt=0, le=200, description="largest response accepted, MB")
    obey_robots: bool = Field(True, description="obey robots.txt")
    delay: Duration = Field(1.0, ge=0, le=60, description="seconds between requests to one host")
    retries: int = Field(1, ge=0, le=5, description="retries of a failed request in one poll")
    crawl_timeout: Duration = Field(
        300.0, gt=0, le=3600, description="a poll of one source stops after this many seconds"
    )
    max_articles: int = Field(
        50, ge=1, le=1000, description="most new article pages followed per source and poll"
    )
    allow_private_links: bool = Field(
        False,
        description="follow links to loopback, private and link-local addresses of any host",
    )
    channel_pages: int = Field(
        5,
        ge=1,
        le=50,
        description="telegram: most preview pages (about 20 posts each) read per poll",
    )


class MatcherConfig(_Strict):
    gazetteer: Path | None = Field(
        None, description="bases gazetteer TOML; default: seeds/bases.toml of this project"
    )
    min_confidence: float = Field(
        0.5, ge=0, le=1, description="detections below this confidence are kept but not incidents"
    )


class AlertsConfig(_Strict):
    max_age_days: int = Field(
        3,
        ge=0,
        le=3650,
        description="attacks older than this are archived, not alerted; 0 = no limit",
    )
    max_tries: int = Field(8, ge=1, le=100, description="tries before an alert is dead-lettered")
    retry_base: Duration = Field(
        30.0, gt=0, le=DAY, description="first retry delay; doubles with every failure"
    )
    update_interval: Duration = Field(
        3600.0,
        ge=0,
        le=30 * DAY,
        description="at most one update alert per incident and channel this often",
    )
    ops_tag: str = Field("ops", description="channels with this tag get operator alerts")
    ops_failures: int = Field(
        5, ge=1, le=1000, description="operator alert when a source fails this many times in a row"
    )
    ops_silent_hours: float = Field(
        48,
        ge=0,
        le=24 * 365,
        description="operator alert when a source brings nothing new this long; 0 = off",
    )
    ops_refusals: int = Field(
        3,
        ge=1,
        le=1000,
        description="operator alert when a source's server refuses it (HTTP 401/403) this many "
        "polls in a row",
    )


class SourceConfig(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="unique slug")
    kind: Literal["rss", "sitemap", "listing", "telegram"] = Field(
        description="rss | sitemap | listing | telegram"
    )
    url: str = Field(
        description="feed, sitemap or listing page URL; telegram: a preview page, or give channel"
    )
    channel: str | None = Field(
        None,
        pattern=CHANNEL_NAME,
        description="telegram: the public channel's name, read from https://t.me/s/NAME",
    )
    every: Duration = Field(
        900.0, ge=30, le=30 * DAY, description="poll interval, at least 30s, at most 30d"
    )
    language: str | None = Field(None, description="ISO 639-1 code of the content")
    region: str | None = Field(None, description="where the outlet is based")
    homepage: str | None = Field(None, description="the outlet's home page")
    link_pattern: str | None = Field(None, description="listing: regex article URLs match")
    link_selector: str | None = Field(
        None, description="listing: CSS selector of the article links, e.g. 'h3 a'"
    )
    enabled: bool = Field(True, description="false keeps the source listed but unpolled")
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="hosts its links may reach even at an internal address, e.g. ['10.0.0.5']",
    )

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not _HOST.match(host):
                raise ValueError(
                    f"{host!r} is not a host: write a name or an address alone, e.g. "
                    "'intranet.example', '10.0.0.5' or '[fd00::5]'"
                )
        return value

    disabled_reason: str | None = Field(None, description="why it is off, for `basewatch sources`")
    user_agent: str | None = Field(None, description="User-Agent instead of [crawler] user_agent")
    headers: dict[str, str] = Field(
        default_factory=dict, description="extra request headers, e.g. {Accept-Language = 'ar'}"
    )
    topic: list[str] = Field(
        default_factory=list, description="what the feed's own title should name: ['Middle East']"
    )

    @field_validator("user_agent")
    @classmethod
    def _agent(cls, value: str | None) -> str | None:
        if value is not None and (not value.strip() or not value.isprintable()):
            raise ValueError("a user agent is one line of printable text")
        return value

    @field_validator("headers")
    @classmethod
    def _headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name, text in value.items():
            if not _TOKEN.match(name):
                raise ValueError(f"{name!r} is not a header name (letters, digits and -)")
            if name.lower() in _OWN_HEADERS:
                raise ValueError(f"header {name!r} cannot be set: {_OWN_HEADERS[name.lower()]}")
            if not text.isprintable():
                raise ValueError(f"header {name!r}: its value must be one line of printable text")
        return value

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in value):
            raise ValueError("a topic is a list of words or phrases, none of them empty")
        return value

    def request_headers(self) -> dict[str, str]:
        """The headers this source's requests carry besides basewatch's own: its `headers`
        and its `user_agent`."""
        headers = dict(self.headers)
        if self.user_agent:
            headers["User-Agent"] = self.user_agent
        return headers

    @model_validator(mode="before")
    @classmethod
    def _channel_url(cls, data: Any) -> Any:
        """A telegram source names its channel or gives its preview URL."""
        if not isinstance(data, dict) or data.get("kind") != "telegram" or data.get("url"):
            return data
        if isinstance(data.get("channel"), str) and re.match(CHANNEL_NAME, data["channel"]):
            return {**data, "url": TELEGRAM_PREVIEW.format(channel=data["channel"])}
        if data.get("channel") is None:
            raise ValueError('a telegram source needs channel = "NAME" (or url = a preview page)')
        return data

    @model_validator(mode="after")
    def _channel_only_for_telegram(self) -> SourceConfig:
        if self.channel is not None and self.kind != "telegram":
            raise ValueError("'channel' is for kind = \"telegram\" sources only")
        return self

    @field_validator("url", "homepage")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value

    @field_validator("link_selector")
    @classmethod
    def _selector(cls, value: str | None) -> str | None:
        if value is not None:
            from cssselect import GenericTranslator, SelectorError

            try:
                GenericTranslator().css_to_xpath(value)
            except SelectorError as exc:
                raise ValueError(f"not a CSS selector: {exc}") from None
        return value

    @field_validator("link_pattern")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from None
        return value


class ChannelConfig(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", description="unique slug")
    url: str | None = Field(None, description="apprise URL (prefer url_env: URLs hold secrets)")
    url_env: str | None = Field(None, description="environment variable holding the apprise URL")
    tags: list[str] = Field(default_factory=list, description="routing tags, e.g. chat, ops")
    min_confidence: float = Field(
        CHANNEL_MIN_CONFIDENCE, ge=0, le=1, description="alert at this confidence or more"
    )
    countries: list[str] = Field(default_factory=list, description="only these countries")
    bases: list[str] = Field(default_factory=list, description="only these base ids")
    weapons: list[Literal["rocket", "drone", "missile", "mortar"]] = Field(
        default_factory=list, description="only these weapons"
    )
    digest: Literal["hourly", "daily"] | None = Field(
        None, description="send an hourly or daily summary instead of each alert"
    )
    claims: bool = Field(
        True,
        description="alert on an attack known only from a group's claim; false waits until "
        "an outlet or officials report it",
    )

    @model_validator(mode="after")
    def _one_url(self) -> ChannelConfig:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of 'url' or 'url_env'")
        return self

    def resolve_url(self) -> str | None:
        """The apprise URL: `url`, or the variable `url_env` names, from the environment or
        from a systemd credential of that name ($CREDENTIALS_DIRECTORY/NAME)."""
        if self.url is not None:
            return self.url
        assert self.url_env is not None
        value = os.environ.get(self.url_env)
        credentials = os.environ.get("CREDENTIALS_DIRECTORY")
        if not value and credentials:
            path = Path(credentials) / self.url_env
            if path.is_file():
                value = path.read_text(encoding="utf-8").strip()
        return value or None


class Config(_Strict):
    archive: ArchiveConfig = Field(default_factory=ArchiveConfig)
    crawler: CrawlerConfig = Field(default_factory=CrawlerConfig)
    matcher: MatcherConfig = Field(default_factory=MatcherConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    sources_files: list[Path] = Field(
        default_factory=list, description="TOML files of [[sources]], relative to this file"
    )
    sources: list[SourceConfig] = Field(default_factory=list)
    channels: list[ChannelConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> Config:
        for what, names in (
            ("sources", [s.name for s in self.sources]),
            ("channels", [c.name for c in self.channels]),
        ):
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                raise ValueError(f"{what}: duplicate name(s) {', '.join(dupes)}; names are unique")
        return self

    def active_sources(self) -> list[SourceConfig]:
        return [s for s in self.sources if s.enabled]


class _SourcesFile(_Strict):
    sources: list[SourceConfig] = Field(default_factory=list)


def load_config(file: Path, archive: Path | None = None) -> Config:
    """Read and validate `file` and the sources files it names (`archive` in place of its
    [archive] path, when given: --archive); raise ConfigError with all problems found."""
    data = read_toml(file)
    paths, problems = sources_files(file, data.get("sources_files", []))
    data = {k: v for k, v in data.items() if k != "sources_files"} | {"sources_files": paths}
    sources: list[Any] = list(data.get("sources", []))
    for i, path in enumerate(paths):
        try:
            extra = _SourcesFile.model_validate(
                read_toml(path, "file not found; check the path in sources_files")
            )
        except ConfigError as exc:
            problems.append(f"{file}: at 'sources_files[{i}]': {exc.problems[0]}")
            continue
        except ValidationError as exc:
            problems.extend(problems_of(path, exc))
            continue
        sources.extend(s.model_dump() for s in extra.sources)
    if isinstance(data.get("sources", []), list):
        data = {**data, "sources": sources}
    if archive is not None and isinstance(data.get("archive", {}), dict):
        data["archive"] = {**data.get("archive", {}), "path": archive}
    matcher = data.get("matcher")
    if isinstance(matcher, dict) and isinstance(matcher.get("gazetteer"), str):
        gaz = Path(matcher["gazetteer"])
        data["matcher"] = {**matcher, "gazetteer": gaz if gaz.is_absolute() else file.parent / gaz}
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems.extend(problems_of(file, exc))
        raise ConfigError(problems) from None
    if problems:
        raise ConfigError(problems)
    return config
