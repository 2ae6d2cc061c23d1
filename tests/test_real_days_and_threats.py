"""Days and threats as real reports give them (fixtures in our own words): a Japanese wire
dateline "7月4日(AFP):" or "【7月5日 AFP】" is the dispatch's day, and "Thursday night" or
"4日夜" after it the attack's; an
Arabic lead's "dawn on Sunday" at "the airport of the city of Erbil" dates the attack, not
Saturday's earlier attack told further down; Iran "will hit US bases if attacked" and US
bases are "legitimate targets if military conflict breaks out" are threats; "a year has
passed since the attack" is an anniversary; Hebrew militias "preparing to attack" US bases
are a threat; Hebrew "last night the US army struck", its verb
first, tells a US strike; a toll of brain injuries whose lead dates the rocket attack to
"March 24" or "先月24日" (the 24th of last month) is news of an old attack, not a new one; a
boast that names a base and "we will strike any place we like" is a threat."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.written import numeric
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher, term_cases


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "アルビル(イラク)、7月4日(AFP):米主導の有志連合が駐留するイラク北部のアルビル空港の"
            "近くで、木曜の夜遅くに無人機が撃墜されたと、クルド当局が明らかにした。死傷者はいない。",
            date(2025, 7, 5),
            date(2025, 7, 3),
        ),
        (
            "【7月5日 AFP】4日夜、米主導の有志連合が駐留するイラク北部のアルビル空港を無人機が"
            "攻撃したと、クルド当局が明らかにした。けが人は出ていない。",
            date(2025, 7, 5),
            date(2025, 7, 4),
        ),
        (
            "سقطت طائرة مسيرة، فجر الأحد، قرب مطار مدينة أربيل في إقليم كردستان، حيث تتمركز "
            "قوات أمريكية، وفق مصادر محلية.\n\nوكانت سلطات الإقليم قد أعلنت، السبت، أنها أسقطت "
            "عدة طائرات مسيرة وصواريخ استهدفت مطار أربيل.",
            date(2026, 3, 1),
            date(2026, 3, 1),
        ),
    ],
)
def test_the_attacks_day_beside_a_dispatchs_or_an_earlier_attacks(
    text: str, published: date, day: date
) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Iran says it will hit US bases in the region if attacked, raising tension across "
            "the Gulf",
            "Iran has said publicly that it will strike United States military bases and allied "
            "facilities across the Middle East if Washington launches any attack on Tehran.",
            date(2026, 1, 20),
        ),
        (
            "Iran tells UN that US bases in the Middle East are 'legitimate targets' if military "
            "conflict breaks out",
            "In a letter to the UN Secretary-General, Iran's envoy said American military bases, "
            "facilities and assets across the region would be treated as legitimate targets.",
            date(2026, 2, 10),
        ),
        (
            "",
            "Ha transcurrido un año desde el ataque con misiles de Irán contra la base Ain "
            "al-Asad en Irak, y los soldados estadounidenses aún sufren pesadillas, según un "
            "reportaje.",
            date(2021, 1, 11),
        ),
    ],
)
def test_a_threat_or_an_anniversary_is_no_new_attack(
    title: str, text: str, published: date
) -> None:
    assert not _match(title, text, published).attack


def test_militias_preparing_to_attack_in_hebrew_are_a_threat() -> None:
    text = (
        "גורמים בצבא ובמודיעין האמריקניים הבחינו בסימנים לכך שהמיליציות הפרו-איראניות בעיראק "
        "מתכוננות לתקוף בסיסים אמריקניים בעיראק ובסוריה באמצעות רחפנים ורקטות."
    )
    d = _match("", text, date(2025, 6, 24))
    assert not d.attack
    assert "a threat or warning leads the story" in d.reasons


def test_a_us_strike_told_verb_first_in_hebrew_is_no_attack_on_a_base() -> None:
    text = (
        'אמש תקף צבא ארה"ב מטרות של גדודי חיזבאללה בעיראק, לאחר שמתקפת כטב"ם על הבסיס '
        "בארביל פצעה שלושה חיילים אמריקנים.\n\nלפי הודעת הצבא, התקיפות בוצעו בלילה והושמדו "
        "כמה מתקנים של הארגון."
    )
    assert not _match("", text, date(2023, 12, 26)).attack


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "23 US troops suffered brain injuries in rocket attack on Syria base",
            "US Central Command said that 23 service members were diagnosed with traumatic brain "
            "injuries after last month's rocket attack on a US base in eastern Syria.\n\nOn "
            "March 24, two bases at oil and gas fields in Deir ez-Zor came under rocket fire, with "
            "more than 20 rockets fired.",
        ),
        (
            "在シリア米軍基地へのロケット弾攻撃で米兵23人が脳損傷",
            "米中央軍は、シリア東部の米軍基地が先月ロケット弾で攻撃された件で、兵士23人が外傷性"
            "脳損傷と診断されたと発表した。\n\n先月24日、デリゾールの油田とガス田にある米軍の"
            "2つの基地がロケット弾攻撃を受けた。",
        ),
    ],
)
def test_a_toll_whose_lead_dates_its_attack_weeks_back_is_no_new_attack(
    title: str, text: str
) -> None:
    d = _match(title, text, date(2023, 4, 16))
    assert not d.attack
    assert "of 2023-03-24, not new" in d.reasons[-1]


def test_a_tolls_tally_since_a_date_leaves_its_attack_new() -> None:
    """A guard: "since October 17" starts a stretch of time; it dates no attack."""
    d = _match(
        "Two US soldiers hurt in drone attack on base in Syria",
        "Since October 17, militias have fired more than 60 drones and rockets at US forces in "
        "Iraq and Syria, the latest hurting two American soldiers at a base in the north-east.",
        date(2023, 11, 21),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2023, 11, 21)


def test_the_means_to_strike_bases_is_a_threat() -> None:
    """A piece on US troops massing at a Jordanian base and Iran's warnings: that Tehran can
    strike sensitive sites, US bases among them, tells no attack."""
    d = _match(
        "رسائل إيرانية إلى واشنطن",
        "يتصاعد التوتر بعد انتشار كثيف للقوات الأمريكية في قاعدة موفق السلطي الجوية في "
        "الأردن.\n\n"
        "وتقول مصادر دبلوماسية إن الرسالة الإيرانية واضحة: أي تحرك عسكري أمريكي قد يقابل برد "
        "دقيق، ولدى طهران القدرة على ضرب مواقع حساسة بينها قواعد أمريكية في المنطقة.",
        date(2026, 2, 10),
        language="ar",
    )
    assert not d.attack, d.reasons


def test_a_boast_that_names_a_base_and_whose_only_attack_is_threatened_is_a_threat() -> None:
    """The quote names a base first and its threat last; its only verb of attack is the
    threatened one ("strike" in "will strike"), so it tells no attack on that base, and the
    story's attack, on an unnamed base somewhere in Syria, keeps no base."""
    quote = (
        '"From Ain al-Asad on, our rockets and drones have reached Jordan and Haifa, and we will '
        'strike any place we like, at any hour," a spokesman for the group said.'
    )
    assert "threat" in matcher().reader.read(3, quote).flags
    d = _match(
        "Drones hit American base in Syria",
        "A swarm of exploding drones hit a US base in Syria on Wednesday, local "
        "sources said.\n\n"
        "Blasts were heard near the base, a television channel reported.\n\n"
        "The group has answered the US strike in Baghdad, its members said.\n\n" + quote,
        date(2024, 2, 7),
    )
    assert d.attack, d.reasons
    assert _bases(d) == []


def test_a_threat_after_the_attack_it_follows_is_a_remark() -> None:
    """A guard: the rockets hit the base; the threat after it does not take the attack."""
    sentence = (
        "Rockets slammed into Ain al-Asad air base on Wednesday; the group said it will "
        "strike again."
    )
    assert "threat" not in matcher().reader.read(1, sentence).flags


def test_attacks_counted_in_separate_times_are_a_tally() -> None:
    sentence = (
        '"Between October 17 and 24, US and coalition forces were attacked at least ten '
        "separate times in Iraq and three separate times in Syria with a mix of one-way drones "
        'and rockets," he told reporters.'
    )
    assert "recall" in matcher().reader.read(1, sentence).flags


def test_a_bare_day_of_the_month_dates_the_attack() -> None:
    """An English rewrite of a Korean report: "on the 23rd", published on the 24th."""
    d = _match(
        "Trump meets his security team after Iran's strike on US bases",
        "On the 23rd (local time), as Iran fired missiles at the US military bases of Al Udeid "
        "in Qatar and Ain al-Asad in Iraq, President Trump gathered his advisers in the "
        "Situation Room, the White House said.",
        date(2025, 6, 24),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2025, 6, 23)


@pytest.mark.parametrize(
    ("norm", "day"),
    [
        ("on the 23rd local time iran fired missiles", date(2025, 6, 23)),
        ("on the 28th, iran fired missiles", date(2025, 5, 28)),  # the month before
        ("on the 3rd infantry division base at camp taji", None),
        ("on the 12th consecutive day of strikes", None),
        ("on the 10th anniversary of the attack", None),
        ("on the 23rd of june", None),  # a month's day: read with the month's name
    ],
)
def test_which_bare_day_of_the_month(norm: str, day: date | None) -> None:
    assert numeric(norm, date(2025, 6, 24)) == day


def test_today_and_its_weekday_after_who_spoke_are_the_statements() -> None:
    """ "The ministry said, today Saturday, that three rockets fell around Baghdad airport",
    then "they were fired late on Friday night": the attack is Friday's."""
    d = _match(
        "",
        "قالت وزارة الدفاع العراقية، اليوم السبت، إن ثلاثة صواريخ سقطت قرب مطار بغداد الدولي "
        "الذي يضم قاعدة فيكتوريا حيث يتمركز جنود أمريكيون.\n\n"
        "وذكرت خلية الإعلام الأمني أن الصواريخ أطلقت في وقت متأخر من ليل الجمعة، ولم تقع "
        "إصابات.",
        date(2021, 1, 23),
        language="ar",
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 1, 22)


# attacks being prepared or planned: a warning, not an attack, in the languages that had no
# word for it
test_attacks_being_prepared_are_a_threat = term_cases(
    [
        ("Разведка видит признаки подготовки к нападениям на базы США в Ираке.",
         "подготовки к нападениям", "cat:threat"),
        ("Las milicias preparan ataques contra las bases estadounidenses en Irak.",
         "preparan ataques", "cat:threat"),
        ("Les milices préparent des attaques contre les bases américaines.",
         "preparent des attaques", "cat:threat"),
        ("قال مسؤولون إن الفصائل تستعد لشن هجمات على القواعد الأمريكية.", "تستعد لشن هجمات",
         "cat:threat"),
        ("Die Milizen bereiten Angriffe vor, heißt es in Washington.", "bereiten angriffe vor",
         "cat:threat"),
    ],
    read=True,
)  # fmt: skip
