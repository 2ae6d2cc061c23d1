"""The link policy: what a feed or a redirect hands us never reaches an internal address or
a local file, in any spelling, unless the operator allows it. The feed lives on 127.0.0.1
(its own host, trusted); the "internal" hosts are other loopback addresses, each a real
server that records every request it gets, robots.txt included."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from crawler.addresses import address_kind, host_key, judge, literal_ip
from monitor.demo.server import SiteServer, respond
from tests.conftest import ROOT, basewatch, run_config

PAGE = (
    b"<html><head><title>Depot inventory</title></head><body><article><h1>Depot inventory"
    b"</h1><p>The quartermaster counted the spare tyres, the rations and the fuel drums in "
    b"the depot on Tuesday and found the numbers matched the ledger for the first time this "
    b"year.</p><p>A second count is planned for the end of the month.</p></article></body>"
    b"</html>"
)
# the internal hosts, and how the feed spells each of them
INSIDE = {
    "127.0.0.2": "127.0.0.2",
    "127.0.0.4": "2130706436",  # decimal
    "127.0.0.5": "0x7f000005",  # hexadecimal
    "127.0.0.6": "127.6",  # short form
    "127.0.0.7": "0177.0.0.7",  # octal
    "::1": "[::1]",  # IPv6
}
REDIRECTED = "127.0.0.3"  # reached only through a redirect from the feed's own host
METADATA = "http://169.254.169.254/latest/meta-data/"  # never connected to, even in tests
OTHER_SCHEMES = ["file:///etc/hostname", "data:text/html,<p>inside</p>", "ftp://127.0.0.2/x"]


def _item(link: str) -> str:
    return f"<item><title>Depot news</title><link>{link}</link></item>"


def _feed(feed: SiteServer, servers: dict[str, SiteServer], metadata: bool) -> bytes:
    port = feed.base.rsplit(":", 1)[1]
    links = [f"{feed.base}/good.html", f"{feed.base}/go", f"http://localhost:{port}/inside.html"]
    for address, spelling in INSIDE.items():
        links.append(f"http://{spelling}:{servers[address].base.rsplit(':', 1)[1]}/inside.html")
    links += OTHER_SCHEMES + ([METADATA] if metadata else [])
    items = "".join(_item(link.replace("&", "&amp;").replace("<", "&lt;")) for link in links)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Depot'
        f"</title>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def web() -> Iterator[tuple[SiteServer, dict[str, SiteServer]]]:
    """The feed's server on 127.0.0.1 and one server per internal address."""
    with ExitStack() as stack:
        servers = {
            address: stack.enter_context(SiteServer(host=address))
            for address in [*INSIDE, REDIRECTED]
        }
        feed = stack.enter_context(SiteServer())
        for server in (feed, *servers.values()):
            server.routes["/inside.html"] = lambda h: respond(h, PAGE, ctype="text/html")
        feed.routes["/good.html"] = lambda h: respond(h, PAGE, ctype="text/html")
        target = f"{servers[REDIRECTED].base}/inside.html"
        feed.routes["/go"] = lambda h: respond(h, b"", status=302, headers={"Location": target})
        yield feed, servers


def _run(
    tmp_path: Path, feed: SiteServer, servers: dict[str, SiteServer], metadata: bool, **opts: str
) -> tuple[str, dict[str, object], set[str]]:
    feed.routes["/feed.xml"] = lambda h: respond(h, _feed(feed, servers, metadata))
    source = f'[[sources]]\nname = "depot"\nkind = "rss"\nurl = "{feed.base}/feed.xml"\n'
    source += opts.get("source", "")
    config = run_config(tmp_path, source, None, crawler=opts.get("crawler", ""))
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.row_factory = sqlite3.Row
    state = dict(conn.execute("select * from sources where name = 'depot'").fetchone())
    urls = {r[0] for r in conn.execute("select url from articles")}
    conn.close()
    shown = basewatch("sources", "--config", str(config)).stdout
    row = next(line for line in shown.splitlines() if line.startswith("depot"))
    assert row.split()[-1] == str(state["links_refused"])  # `basewatch sources` shows it
    return result.stderr, state, urls


def _inside_paths(server: SiteServer) -> list[str]:
    return [path for _, path, _ in server.requests]


def test_internal_links_in_any_spelling_are_refused_without_a_request(
    tmp_path: Path, web: tuple[SiteServer, dict[str, SiteServer]]
) -> None:
    feed, servers = web
    log, state, urls = _run(tmp_path, feed, servers, metadata=True)
    # six spellings, localhost, the redirect, the metadata address, three other schemes
    assert state["links_refused"] == 12, log[-3000:]
    assert log.count("link refused source=depot") == 12
    for address, server in servers.items():
        assert server.requests == [], address  # not even robots.txt
    assert "/inside.html" not in _inside_paths(feed)  # `localhost` resolves to loopback
    assert urls == {f"{feed.base}/good.html"}  # the good link, and nothing refused, stored
    assert "169.254.169.254" in log
    assert "localhost resolves to" in log


def test_allow_private_links_fetches_every_loopback_spelling(
    tmp_path: Path, web: tuple[SiteServer, dict[str, SiteServer]]
) -> None:
    feed, servers = web
    log, state, urls = _run(
        tmp_path, feed, servers, metadata=False, crawler="allow_private_links = true\n"
    )
    for address, server in servers.items():
        assert "/inside.html" in _inside_paths(server), address
    assert "/inside.html" in _inside_paths(feed)  # through `localhost`
    assert state["links_refused"] == len(OTHER_SCHEMES)  # files, data: and FTP never
    assert len(urls) == 1 + len(servers) + 1, urls


def test_allowed_hosts_open_only_those_hosts(
    tmp_path: Path, web: tuple[SiteServer, dict[str, SiteServer]]
) -> None:
    feed, servers = web
    # the operator writes each address its plain way; the feed's spellings still match it
    allowed = [f"[{a}]" if ":" in a else a for a in INSIDE if a != "127.0.0.7"]
    hosts = ", ".join(f'"{h}"' for h in [*allowed, REDIRECTED, "localhost"])
    log, state, _ = _run(
        tmp_path, feed, servers, metadata=False, source=f"allowed_hosts = [{hosts}]\n"
    )
    for address, server in servers.items():
        fetched = "/inside.html" in _inside_paths(server)
        assert fetched == (address != "127.0.0.7"), address
    assert state["links_refused"] == len(OTHER_SCHEMES) + 1
    assert "0177.0.0.7" in str(state["last_refused"]) or "0177.0.0.7" in log


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("[::1]", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),
        ("2130706433", "loopback"),
        ("0x7f000001", "loopback"),
        ("0177.0.0.1", "loopback"),
        ("127.1", "loopback"),
        ("0x7f.1", "loopback"),
        ("10.1", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("[fe80::1]", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("[::]", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("[2002:7f00:1::]", "loopback"),  # 6to4 around 127.0.0.1
        ("[64:ff9b::a00:1]", "private"),  # NAT64 around 10.0.0.1
    ],
)
def test_every_spelling_of_an_internal_address_is_named(host: str, kind: str) -> None:
    ip = literal_ip(host)
    assert ip is not None
    assert address_kind(ip) == kind
    verdict = judge(f"http://{host}/x", frozenset(), allow_private=False)
    assert verdict.refused is not None
    assert kind in verdict.refused


def test_public_addresses_and_names_pass_or_are_resolved_first() -> None:
    assert judge("https://8.8.8.8/x", frozenset(), False).refused is None
    assert judge("http://[::ffff:8.8.8.8]/x", frozenset(), False).refused is None
    assert judge("https://news.example/x", frozenset(), False).resolve == "news.example"
    # the source's own host is trusted, however it is spelt
    assert (
        judge("http://2130706433:81/x", frozenset({host_key("127.0.0.1")}), False).refused is None
    )
    assert host_key("LOCALHOST.") == "localhost"


RESOLVE = """
import sys
from twisted.internet import asyncioreactor
asyncioreactor.install()
from twisted.internet import defer, reactor, task
from twisted.internet.endpoints import HostnameEndpoint
from twisted.internet.error import DNSLookupError
from twisted.internet.protocol import Factory, Protocol
from crawler.linkguard import GuardedResolver

async def connect(trusted):
    GuardedResolver.install(reactor, frozenset(trusted), False)
    try:
        await HostnameEndpoint(reactor, "localhost", int(sys.argv[1])).connect(
            Factory.forProtocol(Protocol))
    except DNSLookupError:
        return "refused"
    return "connected"

async def main(_):
    print(await connect([]), await connect(["localhost"]))

task.react(lambda r: defer.ensureDeferred(main(r)))
"""


def test_the_resolver_gives_no_internal_address_to_an_untrusted_name(
    web: tuple[SiteServer, dict[str, SiteServer]],
) -> None:
    """The guard at connection time, behind the middleware's own check: a name that
    resolves to loopback (as a rebinding name would the second time) is not connected to,
    unless trusted."""
    feed, _ = web
    port = feed.base.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-c", RESOLVE, port],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert result.stdout.split() == ["refused", "connected"], result.stderr[-2000:]


def test_a_feed_url_that_redirects_inside_fails_its_poll(
    tmp_path: Path, web: tuple[SiteServer, dict[str, SiteServer]]
) -> None:
    """The configured URL is trusted, not where it redirects to."""
    feed, servers = web
    inside = f"{servers[REDIRECTED].base}/feed.xml"
    feed.routes["/moved.xml"] = lambda h: respond(h, b"", status=301, headers={"Location": inside})
    config = run_config(
        tmp_path,
        f'[[sources]]\nname = "moved"\nkind = "rss"\nurl = "{feed.base}/moved.xml"\n',
        None,
    )
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 3, result.stderr[-3000:]  # its one source failed
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(tmp_path / "a.db")
    failures, refused, error = conn.execute(
        "select failures, links_refused, last_error from sources where name = 'moved'"
    ).fetchone()
    conn.close()
    assert (failures, refused) == (1, 1)
    assert "link refused" in error
    assert servers[REDIRECTED].requests == []
