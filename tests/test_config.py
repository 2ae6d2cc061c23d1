from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.config import Config, load_config, parse_duration
from monitor.errors import ConfigError
from tests.conftest import ROOT, basewatch, write_config


def test_default_config_is_valid_and_loads_the_seed_sources() -> None:
    config = load_config(ROOT / "config/basewatch.toml")
    assert len(config.sources) >= 25
    assert {s.kind for s in config.sources} <= {"rss", "sitemap", "listing"}
    assert config.matcher.gazetteer == ROOT / "config/../seeds/bases.toml"


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("15m", 900), ("1h", 3600), ("1d", 86400), (42, 42)]
)
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_every_problem_is_reported_with_its_path(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "bad.toml",
        """
[archive]
path = "x.db"
colour = "blue"

[[sources]]
name = "ok-source"
kind = "rss"
url = "https://example.org/feed"

[[sources]]
name = "Bad Name"
kind = "atom"
url = "ftp://example.org/feed"
every = "10s"

[[channels]]
name = "chat"
""",
    )
    with pytest.raises(ConfigError) as info:
        load_config(config)
    text = "\n".join(info.value.problems)
    for path in (
        "archive.colour",
        "sources[1].name",
        "sources[1].kind",
        "sources[1].url",
        "sources[1].every",
        "channels[0]",
    ):
        assert f"at '{path}'" in text, path
    assert "unknown key" in text
    assert "exactly one of 'url' or 'url_env'" in text


def test_duplicate_source_names_are_an_error(tmp_path: Path) -> None:
    source = '[[sources]]\nname = "a"\nkind = "rss"\nurl = "https://example.org/f"\n'
    with pytest.raises(ConfigError, match="duplicate name"):
        load_config(write_config(tmp_path / "c.toml", source + source))


def test_a_bad_sources_file_is_named(tmp_path: Path) -> None:
    write_config(tmp_path / "more.toml", '[[sources]]\nname = "x"\nkind = "rss"\n')
    config = write_config(tmp_path / "c.toml", 'sources_files = ["more.toml", "missing.toml"]\n')
    with pytest.raises(ConfigError) as info:
        load_config(config)
    text = "\n".join(info.value.problems)
    assert "more.toml: at 'sources[0].url': required key is missing" in text
    assert "missing.toml: file not found" in text


def test_check_config_exits_2_with_the_bad_key(tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", '[crawler]\ndownload_timeout = "soon"\n')
    result = basewatch("check-config", "--config", str(config))
    assert result.returncode == 2
    assert "at 'crawler.download_timeout'" in result.stderr
    assert "Hint:" in result.stderr


def test_check_config_accepts_the_default_config() -> None:
    result = basewatch("check-config", "--config", "config/basewatch.toml")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_run_with_invalid_config_exits_2(tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", "[alerts]\nmax_age_dayz = 3\n")
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 2
    assert "at 'alerts.max_age_dayz': unknown key" in result.stderr


def test_example_config_documents_every_option() -> None:
    """config/basewatch.toml and the models stay in step: each option of each section is
    written there (set or in a comment)."""
    text = (ROOT / "config/basewatch.toml").read_text(encoding="utf-8")
    for section in ("archive", "crawler", "matcher", "alerts"):
        model = Config.model_fields[section].annotation
        assert f"[{section}]" in text
        for option in model.model_fields:  # type: ignore[union-attr]
            assert re.search(rf"^#?\s*{option} = ", text, re.M), f"[{section}] {option}"
    from monitor.config import ChannelConfig

    for option in ChannelConfig.model_fields:
        assert option in text, f"[[channels]] {option}"


def test_channel_urls_come_from_the_environment_or_a_credential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.config import ChannelConfig

    channel = ChannelConfig(name="chat", url_env="BASEWATCH_TEST_URL")
    monkeypatch.delenv("BASEWATCH_TEST_URL", raising=False)
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    assert channel.resolve_url() is None
    (tmp_path / "BASEWATCH_TEST_URL").write_text("json://from.credential/x\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert channel.resolve_url() == "json://from.credential/x"
    monkeypatch.setenv("BASEWATCH_TEST_URL", "json://from.environment/x")
    assert channel.resolve_url() == "json://from.environment/x"
