"""Scrapy settings for a long-lived daemon (several differ from Scrapy's defaults)."""

from __future__ import annotations

from typing import Any


def crawl_settings(
    *,
    user_agent: str,
    download_timeout: float = 30,
    max_size_mb: float = 10,
    obey_robots: bool = True,
    delay: float = 1.0,
    retries: int = 1,
    crawl_timeout: float = 300,
    allow_private_links: bool = False,
    trusted_hosts: tuple[str, ...] = (),
) -> dict[str, Any]:
    max_size = int(max_size_mb * 1024 * 1024)
    return {
        "BOT_NAME": "basewatch",
        "USER_AGENT": user_agent,
        "ROBOTSTXT_OBEY": obey_robots,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        # politeness: one request at a time per host, spaced, adapting to the server
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_MAX_DELAY": 60,
        "DOWNLOAD_TIMEOUT": download_timeout,
        "DOWNLOAD_MAXSIZE": max_size,
        "DOWNLOAD_WARNSIZE": max_size // 2,
        "REDIRECT_MAX_TIMES": 5,
        "RETRY_TIMES": retries,
        # 429 and 503 are not retried at once: the source backs off as Retry-After says
        "RETRY_HTTP_CODES": [500, 502, 504, 522, 524, 408],
        # the poll's own line names the source and the error: Scrapy's would be a second
        "RETRY_GIVE_UP_LOG_LEVEL": "DEBUG",
        "CLOSESPIDER_TIMEOUT": crawl_timeout,
        "COOKIES_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        # a daemon must not keep DNS answers forever, nor open a console on localhost
        "DNSCACHE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        # no MEMUSAGE_LIMIT_MB: it reads peak RSS and would stop every later crawl
        "MEMUSAGE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": 0,
        "STATS_DUMP": False,  # a many-line dict after every crawl
        "ITEM_PIPELINES": {},
        # the link policy runs first, before robots.txt is asked for (crawler.linkguard)
        "DOWNLOADER_MIDDLEWARES": {"crawler.linkguard.LinkPolicyMiddleware": 50},
        "LINK_POLICY_ALLOW_PRIVATE": allow_private_links,
        "LINK_POLICY_TRUSTED_HOSTS": list(trusted_hosts),
        # only http and https are ever fetched: no local files, data: or FTP
        "DOWNLOAD_HANDLERS": {"file": None, "data": None, "ftp": None, "s3": None},
        # a callback yields a poll result and a few requests: 100 item workers a response
        # (the default) cost more than the poll itself when a feed answers 304
        "CONCURRENT_ITEMS": 4,
        # this check parses each callback's source once per crawler, and a daemon crawls often
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }
