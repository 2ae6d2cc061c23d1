"""Public Telegram channels read from their web preview (https://t.me/s/NAME). Pure: bytes
in, posts out.

The preview lists a channel's newest posts, about twenty, oldest first; `?before=ID` gives
the ones before post ID. Each post is a `.tgme_widget_message` whose `data-post` is
"NAME/ID"; its text is the `.tgme_widget_message_text` of its bubble (a reply quotes the
replied-to post in another one, inside `.tgme_widget_message_reply`), with `<br>` for line
breaks; a photo's or a document's caption is that same text; a link preview adds the linked
page's title and description; `.tgme_widget_message_date time[datetime]` is when it was
posted and "edited" in `.tgme_widget_message_meta` says it was changed since.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree, html

from monitor.errors import ParseError

_POST = re.compile(r"^([A-Za-z0-9_]+)/(\d+)$")
_EDITED = re.compile(r"\bedited\b")
_MESSAGE = "//div[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message ')]"


def _has(cls: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


@dataclass(frozen=True)
class Post:
    """One post of a channel, as its preview shows it."""

    channel: str
    id: int
    published: datetime | None
    text: str  # the message or caption, line breaks kept, then any link preview
    links: tuple[str, ...] = ()
    forwarded_from: str | None = None
    edited: bool = False

    @property
    def url(self) -> str:
        """The post's own address, the same whichever preview page listed it."""
        return f"https://t.me/{self.channel}/{self.id}"


def page_before(url: str, before: int) -> str:
    """The preview page of the posts before post `before`."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "before"]
    query.append(("before", str(before)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _text(node: html.HtmlElement) -> str:
    """An element's text with its <br> as line breaks and no blank runs."""
    for br in node.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = [" ".join(line.split()) for line in node.text_content().split("\n")]
    return "\n".join(line for line in lines if line)


def _when(message: html.HtmlElement) -> datetime | None:
    found = message.xpath(f".//a[{_has('tgme_widget_message_date')}]//time/@datetime")
    if not found:
        return None
    try:
        value = datetime.fromisoformat(str(found[0]).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _body(message: html.HtmlElement) -> tuple[str, tuple[str, ...]]:
    """The post's own text (not the quoted post it replies to), its link preview, links."""
    parts: list[str] = []
    links: list[str] = []
    for node in message.xpath(f".//div[{_has('tgme_widget_message_text')}]"):
        if node.xpath(f"ancestor::*[{_has('tgme_widget_message_reply')}]"):
            continue
        links += [
            str(h) for h in node.xpath(".//a/@href") if str(h).startswith(("http://", "https://"))
        ]
        if text := _text(node):
            parts.append(text)
    for preview in message.xpath(f".//a[{_has('tgme_widget_message_link_preview')}]"):
        if href := preview.get("href"):
            links.append(href)
        told = [
            _text(n)
            for n in preview.xpath(
                f".//*[{_has('link_preview_title')} or {_has('link_preview_description')}]"
            )
        ]
        if told := [t for t in told if t]:
            parts.append("\n".join(told))
    return "\n\n".join(parts), tuple(dict.fromkeys(links))


def _post(message: html.HtmlElement) -> Post | None:
    match = _POST.match(message.get("data-post", ""))
    if match is None or "service_message" in (message.get("class") or "").split():
        return None  # "channel created", "pinned a message": nothing was said
    text, links = _body(message)
    forwarded = message.xpath(f".//*[{_has('tgme_widget_message_forwarded_from_name')}]")
    meta = message.xpath(f".//*[{_has('tgme_widget_message_meta')}]")
    return Post(
        channel=match.group(1),
        id=int(match.group(2)),
        published=_when(message),
        text=text,
        links=links,
        forwarded_from=_text(forwarded[0]) or None if forwarded else None,
        edited=any(_EDITED.search(m.text_content()) for m in meta),
    )


def parse_preview(body: bytes, *, source: str, url: str) -> list[Post]:
    """The posts on a channel's preview page, oldest first; ParseError when the page is
    no channel preview (a private channel, or one that shows none, lands on another page)."""
    try:
        doc = html.fromstring(body)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unreadable channel preview: {exc}", source=source, url=url) from None
    messages = doc.xpath(_MESSAGE)
    if not messages and not doc.xpath(
        f"//*[{_has('tgme_channel_history')} or {_has('tme_no_messages_found')}]"
    ):
        raise ParseError(
            "not a Telegram channel preview",
            source=source,
            url=url,
            hint="check the channel name: https://t.me/s/NAME must show its posts in a browser "
            "(private channels and some others have no preview)",
        )
    posts = [p for p in (_post(m) for m in messages) if p is not None]
    return sorted({p.id: p for p in posts}.values(), key=lambda p: p.id)
