"""Text helpers shared by the matcher and the gazetteer: normalisation and sentences."""

from __future__ import annotations

import re
import unicodedata

from monitor.detect.hanzi import HANZI as _HANZI

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-_/"), " ")
_QUOTES = {
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u02bc"): "'",
    ord("`"): "'",
    ord("\u00b4"): "'",
}
# double quotes, which the press puts round a base's name ('قاعدة "حرير"', «Виктория», 「タワー
# 22」), are spaces: the name and its base word meet as in the gazetteer
_QUOTES.update(
    dict.fromkeys(
        map(ord, '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02'), " "
    )
)
# single quotes round a name; a lone right one is an apostrophe ("l’armée") and stays
_PAIRED = re.compile("\u2018([^\u2018\u2019]{1,60})\u2019")
_ARABIC = {
    ord("\u0649"): "\u064a",  # alef maksura -> yeh
    ord("\u0629"): "\u0647",  # teh marbuta -> heh
    ord("\u06cc"): "\u064a",  # Persian yeh
    ord("\u06a9"): "\u0643",  # Persian kaf
    ord("\u0640"): None,  # tatweel
    # Kurdish ae: Sorani sites write it for the heh of older spellings (بنکە, بنكه), and
    # Persian pages from Kurdistan for the final heh (فرودگاە for فرودگاه)
    ord("\u06d5"): "\u0647",
    # Persian's zero-width non-joiner, as the space that pages write in its place:
    # "حمله‌ی پهپادی", "حمله ی پهپادی" and terms written either way meet
    ord("\u200c"): " ",
}
# Arabic-Indic, Persian, Indic, Thai, Lao, Myanmar and Khmer digits read as ASCII ones:
# "٢٢ تموز", "برج ۲۲", "२३ जून"; and the full-width digits of Chinese and Japanese
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10,
)  # fmt: skip
_DIGITS = {zero + i: str(i) for zero in _DIGIT_ZEROS for i in range(10)}
# the danda of Devanagari and Bengali ends a sentence: a full stop, not a letter of the
# Indic block that words are made of
_STOPS = {ord("\u0964"): ".", ord("\u0965"): "."}
# Hebrew writes five letters in another form at a word's end: "כטב"ם" (a drone) is the
# "כטב"מ" of "כטב"מים"
_HEBREW = {ord(final): plain for final, plain in zip("ךםןףץ", "כמנפצ", strict=True)}
# and its abbreviation marks, gershayim and geresh ("כטב״ם", "צה׳ל"), as the ASCII quotes that
# pages as often write for them ('כטב"ם')
_HEBREW.update({0x05F4: " ", 0x05F3: "'"})
# Turkish and Azerbaijani dotless ı, which case-folding keeps (but "I" folds to "i"): terms
# are written with either ("saldırı", "ayrica"), the text's headlines in capitals
_DOTLESS = {ord("ı"): "i"}
# what a page hides inside words: soft hyphens ("Drohnen&shy;angriff"), zero-width spaces
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), "")
_TABLE = {
    **_DASHES, **_QUOTES, **_ARABIC, **_DIGITS, **_STOPS, **_HANZI, **_HEBREW, **_DOTLESS,
    **_INVISIBLE,
}  # fmt: skip
# full-width Latin letters (Chinese and Japanese pages: "ＩＳ"), half-width katakana and
# Arabic presentation forms: their compatibility forms are the letters the terms use
_COMPATIBLE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc\uff01-\uff5e\uff66-\uff9f]+")
# combining marks (accents, Arabic short vowels), removed after canonical decomposition; the
# vowel signs of the Indic scripts (U+0900-U+0DFF) are letters of their words and stay
_MARKS = dict.fromkeys(
    cp
    for cp in range(0x0300, 0x3000)
    if unicodedata.category(chr(cp)) == "Mn" and not 0x0900 <= cp <= 0x0DFF
)
# the same tables as patterns: a regex finds the few characters to change far faster than
# str.translate looks up every character of a long text
_MARKS_RX = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _MARKS) + "]+")
_TABLE_RX = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _TABLE) + "]")


def _mapped(m: re.Match[str]) -> str:
    return _TABLE[ord(m.group())] or ""


# Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces between
# words (the lexicon matches their terms anywhere; word counts take two characters a word)
SPACELESS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
)
# a Latin name glued to Chinese or Japanese ("Al-Tanf基地"): a space lets it be a word
# (the letter before is matched, not looked behind for, and kept: far faster on long text)
_GLUED = re.compile(
    "[a-z](?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
    "|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff](?=[a-z])"
)
# a reading or an English gloss in brackets inside Chinese or Japanese words
_GLOSS = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])\s?[(\uff08][a-z][a-z .'-]{0,29}[)\uff09]\s?"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
)
_READING = 6  # letters: the longest reading of one syllable ("zhuang")


def _unglossed(text: str) -> str:
    """Chinese or Japanese words whole again: a reading in brackets inside one is dropped
    ("沙達(dá)迪"), an English name is moved to the end ("巴格达(Baghdad)国际机场" reads
    "巴格达国际机场 ... baghdad"), so both the native and the English names can match."""
    names: list[str] = []

    def out(m: re.Match[str]) -> str:
        gloss = m.group().strip()[1:-1]
        if " " in gloss or len(gloss) > _READING:
            names.append(gloss)
        return ""

    text = _GLOSS.sub(out, text)
    return f"{text} {' '.join(names)}" if names else text


# on case-folded text
_US = re.compile(r"\bu\.\s?s\.(?:\s?a\.)?|\bunited states(?: of america)?\b")
_POSSESSIVE = re.compile(r"'s\b")
# a word spelt out letter by letter to slip past filters: "ه.ج.و.م", "k.i.l.l.e.d"
_SPELT_HINT = re.compile(r"[.\-][^\W\d_][.\-]")  # cheap: a letter between two dots
_SPELT = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[.\-][^\W\d_]){3,}(?![^\W\d_])")


# a name's initials in brackets after it ("Amerika Serikat (AS) melakukan serangan", "US
# Central Command (CENTCOM) said"): a term reads the name and its verb together
_INITIALS = re.compile(r"(?<=[a-z\u00c0-\u024f]) \((?:[A-Z][A-Za-z]?){1,3}[A-Z]\)")

# the alif that carries Arabic's tanwin fath at a word's end, with its mark, either order
_TANWIN_ALIF = re.compile("(?:\u0627\u064b|\u064b\u0627)(?!\\w)")


def normalise(text: str) -> str:
    """Lower-case, strip accents and Arabic diacritics, unify dashes, quotes, digits and "U.S."
    (and "United States", both as "us"), drop the English possessive "'s" and a name's
    initials in brackets.

    The same function is applied to gazetteer aliases and term lists, so they meet the text
    in the same form: "Aïn al-Asad", "AIN AL ASAD" and "عين الأسد" all normalise alike.
    """
    if not text.isascii():
        if _COMPATIBLE.search(text):
            text = _COMPATIBLE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        if "\u064b" in text:  # Arabic's accusative ending: "هجوماً" is the "هجوم" of the terms
            text = _TANWIN_ALIF.sub("", text)
        # decompose to drop accents and short vowels, then compose again: Korean syllables
        # and Japanese voiced kana are letters, not a letter and a mark
        text = _MARKS_RX.sub("", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", text)
    if "\u2018" in text:
        text = _PAIRED.sub(r" \1 ", text)  # "‘আল-ওমর’ তেলক্ষেত্র": a name in single quotes
    if _SPELT_HINT.search(text) and _SPELT.search(text):
        text = _SPELT.sub(lambda m: m.group(0).replace(".", "").replace("-", ""), text)
    if "(" in text:
        text = _INITIALS.sub("", text)
    text = _TABLE_RX.sub(_mapped, text).casefold()
    if not text.isascii() and ("(" in text or "\uff08" in text):
        text = _unglossed(text)
    if not text.isascii() and SPACELESS.search(text) and _GLUED.search(text):
        text = _GLUED.sub(r"\g<0> ", text)
    if "u." in text or "united states" in text:
        text = _US.sub("us", text)
    if "'s" in text:
        text = _POSSESSIVE.sub("", text)  # "Kabul's airport": "kabul airport"
    return " ".join(text.split())


_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]|U\.S|U\.K|EE|UU|Mr|Mrs|Ms|Dr|Gen|Brig|Lt|Col|Capt|Sgt|Spc|Pfc|Maj|Adm|Cmdr|Cpl|Pvt|Sen|Rep|Gov|St|"
    r"No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|approx|est|Inc|Co|Corp|vs)\.)$"
)
# a year of the period the press covers: "the 2020 attack", not "1,200" or "0300 GMT"
# (the first digit is matched before the look behind it: the engine skips to the 1s and 2s)
YEAR = re.compile(r"(?:1(?<!\d1)9[89]|2(?<!\d2)0[0-4])\d(?!\d)")
# the year's abbreviation after a date, inside a sentence when a small letter follows: "28
# stycznia 2024 r. atak dronów", "28 января 2024 г. беспилотник"
_YEAR_ABBREVIATION = re.compile(r"(?<!\d)(?:19|20)\d\d\s?[rгр]\.$")
# a German date goes on past its day's full stop: "Die USA flogen am 29. Dezember fünf Angriffe"
_DAY_DOT = re.compile(r"(?<!\d)[0-3]?\d\.$")
_AFTER_DAY_DOT = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|"
    # ... and so does an ordinal: "die 5. Flotte", "ABD Donanması'na bağlı 5. Filo'nun"
    r"Flotte|Filo|Flota|Flotila)\b"
)
# a sentence ends at a full stop, a question or exclamation mark, a semicolon (and those of
# Arabic, Chinese and Japanese, Hindi, Urdu, Khmer, Burmese, Armenian) before a space
# (the stop is matched, not looked behind for: a pattern that starts with the stop lets the
# regex engine skip to the stops, and a sentence ends where its spaces start)
_BOUNDARY = re.compile(
    r"(?:[;\u061b\u0964\u06d4\u17d4\u104b\u0589]|[.!?\u061f\u3002][\"'\u201d\u2019)]?)(\s+)"
)
# full stops written with no space after them: Chinese and Japanese, Hindi (the danda), Urdu,
# Khmer, Burmese and Armenian
_UNSPACED_STOPS = "\u3002\uff01\uff1f\u0964\u06d4\u17d4\u104b\u0589"
# where a sentence ends with no space after: those stops; an Arabic full stop glued to the
# next word (not one between the letters of a word spelt out: "ه.ج.و.م"); a Latin one glued
# by a careless page ("rockets.No Iraque"); a Korean one glued to the next sentence
# ("반격했다.AP 통신", "확인했다.이라크")
_GLUED_END = re.compile(
    rf"[{_UNSPACED_STOPS}.!?](?:(?<=[{_UNSPACED_STOPS}])(?![\s\u300d\u300f])"
    r"|(?<=[\u0621-\u064a]{2}\.)(?=[\u0621-\u064a])"
    r"|(?<=[\uac00-\ud7a3][.!?])(?=[\uac00-\ud7a3A-Z])"
    r"|(?<=[a-z\u00df-\u00ff]{2}[.!?])(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]))"
)
_GLUED_HINT = re.compile(rf"[{_UNSPACED_STOPS}]|[.!?][^\s\d]")
# a day written with a dot before its month goes on when a small letter follows: "23. oktobrī"
_LOWER = re.compile(r"[a-z\u00df-\u00ff\u0430-\u044f\u0100-\u017f]")


def word_count(text: str) -> int:
    """Words, where scripts without spaces (Chinese, Japanese, Thai) count two characters
    as one word."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    unspaced = len(SPACELESS.findall(text))
    return spaced + unspaced // 2


# what goes on after "at 1:35 p.m.": a day, a time zone, a place's time
_CLOCK_GOES_ON = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|[A-Z]{2,5}\b|Local|"
    r"(?:Baghdad|Iraq|Syria|Saudi|Kuwait|Jordan|Qatar|Bahrain|Gulf|Arabia|Moscow|Tehran|Doha|"
    r"Eastern|Central|Pacific|Washington)\w*)"
)


def _clock_ends(buf: str, pieces: list[str], i: int) -> bool:
    """Whether "a.m." or "p.m." ends the sentence: a capital after it that goes on with no
    day, zone or place ("a rocket hit near the base at 1:35 p.m. Attacks on ...")."""
    if not buf.endswith(("a.m.", "p.m.")) or i + 1 >= len(pieces):
        return False
    after = pieces[i + 1]
    return after[:1].isupper() and _CLOCK_GOES_ON.match(after) is None


def _lower_next(pieces: list[str], i: int) -> bool:
    return i + 1 < len(pieces) and _LOWER.match(pieces[i + 1]) is not None


def _goes_on_after_dot(pieces: list[str], i: int) -> bool:
    return i + 1 < len(pieces) and _AFTER_DAY_DOT.match(pieces[i + 1]) is not None


# a line break before a letter: where a hard-wrapped paragraph may go on
_BREAK_BEFORE_LETTER = re.compile(r"\n[ \t]*[^\W\d_]")
_LINE_STOPS = frozenset(".!?:;\"'”»)]…。！？؟")
_WRAPPED_WORDS = 3  # a shorter line (a menu item, a name) is not a wrapped sentence


def _title_case(line: str) -> bool:
    """Whether a line is capitalised as an English headline is ("US Base in Iraq Hit in
    Drone Attack")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= _WRAPPED_WORDS and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _unwrapped(text: str) -> str:
    """Text with its hard-wrapped paragraphs joined again ("... visant les troupes\n
    américaines déployées ...", "Golfstaa-\nten"): a line of a few words that ends without a
    stop goes on into a line that starts in lowercase, and, once its paragraph is seen
    wrapped, into any line that starts with a letter (scripts without case are left as
    they are)."""
    if not _BREAK_BEFORE_LETTER.search(text):
        return text
    lines = text.split("\n")
    out = [lines[0]]
    wrapped = False  # the paragraph is known to be wrapped: a line in it went on below
    for line in lines[1:]:
        before = out[-1].rstrip()
        start = line.lstrip()[:1]
        if (
            start
            and (start.islower() or (wrapped and start.isalpha()))
            and len(before.split()) >= _WRAPPED_WORDS
            and before[-1] not in _LINE_STOPS
            and not _title_case(before)  # a headline, then page furniture: "schedule 2 hours ago"
        ):
            hyphen = before.endswith("-") and before[-2].isalpha()
            out[-1] = before[:-1] + line.lstrip() if hyphen else f"{before} {line.lstrip()}"
            wrapped = True
        else:
            out.append(line)
            wrapped = wrapped and bool(start)  # a blank line ends the paragraph
    return "\n".join(out)


def _cut(text: str, stop: re.Pattern[str], *, spaced: bool) -> list[str]:
    """`text` cut after each match of `stop`, and without the spaces it matched as its
    group (`spaced`)."""
    pieces = []
    at = 0
    for m in stop.finditer(text):
        end = m.start(1) if spaced else m.end()
        pieces.append(text[at:end])
        at = m.end()
    pieces.append(text[at:])
    return pieces


def sentences(text: str) -> list[str]:
    """Split text into sentences: paragraphs first (hard-wrapped lines joined), then
    sentence ends and semicolons, minding abbreviations such as "U.S." and "Capt."."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", _unwrapped(text)):
        para = para.strip()
        if not para:
            continue
        pieces = _cut(para, _BOUNDARY, spaced=True)
        if _GLUED_HINT.search(para):
            pieces = [p for piece in pieces for p in _cut(piece, _GLUED_END, spaced=False)]
        buf = ""
        for i, piece in enumerate(pieces):
            if not piece:  # a full stop that ends the paragraph splits off nothing
                continue
            buf = f"{buf} {piece}" if buf else piece
            if (
                buf.endswith(".")
                and _ABBREVIATIONS.search(buf, max(0, len(buf) - 16))
                and not _clock_ends(buf, pieces, i)
            ):
                continue
            if piece.endswith(".") and (
                (
                    _lower_next(pieces, i)
                    and (
                        piece[-2:-1].isdigit()
                        or _YEAR_ABBREVIATION.search(piece, max(0, len(piece) - 8))
                    )
                )
                or (
                    _DAY_DOT.search(piece, max(0, len(piece) - 4)) and _goes_on_after_dot(pieces, i)
                )
            ):
                continue
            out.append(buf.strip())
            buf = ""
        if buf:
            out.append(buf.strip())
    return out


_ELLIPSIS = re.compile(r"(?:\.\.\.|…|\s)+$")
_CUT_TITLE = 20  # characters: a shorter title that starts the lead may be a headline of its own


def _start(text: str) -> int:
    """Where the text starts, past blank space (looked for in its first lines only)."""
    opening = text[:200]
    return len(opening) - len(opening.lstrip())


def _first_line(text: str, start: int, most: int) -> tuple[str, int, bool]:
    """The text's first line, from `start` (at most `most` characters of it, folded), where
    it ends, and whether it was read whole."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start : min(end, start + most)]
    return " ".join(line.split()).casefold(), end, end - start <= most


def said_once(title: str, text: str) -> tuple[str, str]:
    """The title and text of an article, each saying its headline once. A page's extracted
    text often opens with the headline again, and a feed or a post may give as its title the
    lead cut short: read twice, a headline weighs twice and pushes a sentence out of the
    lead, and a cut one is read as a headline that stops mid-word."""
    start = _start(text)
    initial = title.lstrip()[:1].casefold()[:1]
    if not initial or text[start : start + 1].casefold()[:1] != initial:
        return title, text  # most articles: the text does not open as the title does
    head = " ".join(title.split()).casefold()
    most = 2 * len(title) + 80  # enough to tell; a long first line is not read whole
    lead, end, whole = _first_line(text, start, most)
    if whole and lead and (lead == head or (head.startswith(lead) and len(lead) >= _CUT_TITLE)):
        text = text[end:]  # the headline, again
        text = text[_start(text) :]
        lead = _first_line(text, 0, most)[0]
    cut = _ELLIPSIS.sub("", head)
    if len(cut) >= _CUT_TITLE and cut != lead and lead.startswith(cut):
        return "", text  # the lead, cut short
    return title, text
