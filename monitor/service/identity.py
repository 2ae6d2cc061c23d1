"""Is a feed what its source was added for? Pure: the source's configuration and what the
feed says of itself (its own title and language) in, the reasons it does not match out.

What a source is "added for" is read from its configuration:
- its `language`: a feed that declares another language does not match (`en-US` is `en`);
- its `topic`, when it has one: the feed's title must name one of its words or phrases
  (`topic = ["Middle East"]` and a feed titled "Arab News - Sports" do not match);
- without a `topic`: the feed's title must not name a section that carries no news of
  attacks (sports, business, lifestyle, technology ...), in the languages of the seed list.
A feed that says nothing of itself (no title, no language) matches: there is nothing to
hold against it.
"""

from __future__ import annotations

import re

from monitor.config import SourceConfig

# section names of outlets' feeds that carry no news of attacks, as whole words
OFF_TOPIC = frozenset(
    # English
    ("sport", "sports", "football", "soccer", "business", "economy", "markets", "finance")
    + ("lifestyle", "entertainment", "celebrity", "culture", "travel", "tourism", "food")
    + ("fashion", "technology", "tech", "science", "health", "motoring")
    # Arabic, with and without the article
    + ("رياضة", "الرياضة", "اقتصاد", "الاقتصاد", "منوعات", "فن", "الفن", "ثقافة", "الثقافة")
    + ("تكنولوجيا", "صحة", "الصحة", "سياحة")
    # French, Turkish, Persian
    + ("économie", "santé", "spor", "ekonomi", "magazin", "kültür", "sağlık", "teknoloji")
    + ("ورزش", "اقتصادی", "فرهنگ")
)
_NAMES = {
    "english": "en",
    "arabic": "ar",
    "french": "fr",
    "turkish": "tr",
    "persian": "fa",
    "farsi": "fa",
}
_WORD = re.compile(r"\w+")


def language_code(value: str | None) -> str | None:
    """The primary language of a tag or name ("en-US", "ar_AE", "Arabic"), or None when it
    is not one."""
    if not value:
        return None
    head = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    head = _NAMES.get(head, head)
    return head if re.fullmatch(r"[a-z]{2,3}", head) else None


def _names(title: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase.casefold())}(?!\w)", title.casefold()) is not None


def feed_mismatch(source: SourceConfig, title: str | None, language: str | None) -> str | None:
    """Why a feed titled `title` in `language` is not what `source` was added for; None
    when nothing says so."""
    problems = []
    said, wanted = language_code(language), language_code(source.language)
    if said and wanted and said != wanted:
        problems.append(f"the feed says its language is '{language}', the source says '{wanted}'")
    if title and source.topic:
        if not any(_names(title, phrase) for phrase in source.topic):
            topics = ", ".join(repr(t) for t in source.topic)
            problems.append(f"its title {title!r} names none of its topic ({topics})")
    elif title:
        sections = sorted({w for w in _WORD.findall(title.casefold()) if w in OFF_TOPIC})
        if sections:
            problems.append(f"its title {title!r} names a section without news ({sections[0]})")
    return "; ".join(problems) or None
