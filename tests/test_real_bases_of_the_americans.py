"""Bases said to be the Americans' in words the term files lacked (in our own words, after
real reports): Arabic "a base that houses Americans" (قاعدة تضم أميركيين), and Camp Victory
written out in Arabic (كامب فيكتوري); Czech "an air base the Americans use" (kterou Američané
využívají)."""

from __future__ import annotations

from tests.reports import term_cases

test_words_for_a_base_of_the_americans = term_cases(
    [
        ("هجوم صاروخي على قاعدة تضم أميركيين قرب العاصمة", "تضم اميركيين", "cat:coalition"),
        ("سقطت صواريخ فجر اليوم قرب كامب فيكتوري", "كامب فيكتوري", "place:victory-base"),
        (
            "Drony zaútočily na základnu v Kuvajtu, kterou Američané využívají.",
            "kterou americane vyuzivaji",
            "cat:coalition",
        ),
    ],
    read=True,
)
