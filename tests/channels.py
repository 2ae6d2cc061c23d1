"""Public Telegram channels on 127.0.0.1: preview pages (/s/NAME, /s/NAME?before=ID) in the
markup t.me serves, newest posts last, a page at a time; posts can be added, edited and
deleted while the tests run. The posts are written for the tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from monitor.demo.server import LocalServer, respond

PER_PAGE = 20  # posts on one preview page, as on t.me


@dataclass(frozen=True)
class FakePost:
    id: int
    text: str  # lines separated by "\n"
    when: datetime
    edited: bool = False
    forwarded_from: str | None = None


def _message(channel: str, post: FakePost) -> str:
    text = "<br/>".join(escape(line) for line in post.text.split("\n"))
    forwarded = (
        '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a '
        f'class="tgme_widget_message_forwarded_from_name" href="https://t.me/x"><span dir="auto">'
        f"{escape(post.forwarded_from)}</span></a></div>"
        if post.forwarded_from
        else ""
    )
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        '<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
        f'data-post="{channel}/{post.id}"><div class="tgme_widget_message_bubble">{forwarded}'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
        '<div class="tgme_widget_message_footer compact js-message_footer">'
        '<div class="tgme_widget_message_info short js-message_info">'
        '<span class="tgme_widget_message_views">1.4K</span><span class="copyonly"> views'
        '</span><span class="tgme_widget_message_meta">'
        f"{'edited, ' if post.edited else ''}"
        f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{post.id}">'
        f'<time datetime="{post.when.isoformat()}" class="time">{post.when:%H:%M}</time></a>'
        "</span></div></div></div></div></div>"
    )


def preview_page(channel: str, posts: list[FakePost], before: int | None = None) -> bytes:
    """The page of the PER_PAGE newest posts (before post `before`, if given)."""
    shown = sorted((p for p in posts if before is None or p.id < before), key=_sort_key)
    shown = shown[-PER_PAGE:]
    more = (
        f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}'
        f'?before={shown[0].id}" data-before="{shown[0].id}" class="tme_messages_more '
        'js-messages_more"></a></div>'
        if shown
        else ""
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{channel} - Telegram</title></head><body><header>"
        f'<div class="tgme_channel_info_header_title"><span dir="auto">{channel}</span></div>'
        '</header><main class="tgme_main"><section class="tgme_channel_history '
        f'js-message_history">{more}{"".join(_message(channel, p) for p in shown)}'
        "</section></main></body></html>"
    ).encode()


def _sort_key(post: FakePost) -> int:
    return post.id


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        site: ChannelSite = self.server.owner  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        with site.lock:
            site.requests.append(self.path)
            name = parts.path.removeprefix("/s/")
            posts = site.channels.get(name) if parts.path.startswith("/s/") else None
            if posts is None and parts.path in site.pages:  # a page that is no preview
                respond(self, site.pages[parts.path], ctype="text/html; charset=utf-8")
                return
            if posts is None:
                self.send_error(404, "not found")
                return
            before = parse_qs(parts.query).get("before", [None])[0]
            body = preview_page(name, list(posts.values()), int(before) if before else None)
        respond(self, body, ctype="text/html; charset=utf-8")


class ChannelSite(LocalServer):
    """Channels served as t.me serves their previews."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.channels: dict[str, dict[int, FakePost]] = {}
        self.pages: dict[str, bytes] = {}  # other pages, by path
        self.requests: list[str] = []
        self.lock = threading.Lock()
        super().__init__(_Handler, host)

    def url(self, channel: str) -> str:
        """The channel's preview address; the channel is opened, with no post yet."""
        with self.lock:
            self.channels.setdefault(channel, {})
        return f"{self.base}/s/{channel}"

    def post(self, channel: str, text: str, when: datetime | None = None) -> FakePost:
        """Publish a post; its id follows the channel's last."""
        with self.lock:
            posts = self.channels.setdefault(channel, {})
            post = FakePost(max(posts, default=0) + 1, text, when or datetime.now(UTC))
            posts[post.id] = post
            return post

    def edit(self, channel: str, post_id: int, text: str) -> None:
        with self.lock:
            posts = self.channels[channel]
            posts[post_id] = replace(posts[post_id], text=text, edited=True)

    def delete(self, channel: str, post_id: int) -> None:
        with self.lock:
            del self.channels[channel][post_id]

    def paged(self, channel: str) -> list[int]:
        """The `before` of each older page asked for."""
        with self.lock:
            return [
                int(path.rsplit("before=", 1)[1])
                for path in self.requests
                if path.startswith(f"/s/{channel}?") and "before=" in path
            ]
