"""Words for the dead and wounded that the term files lacked (in our own words): a toll
beside US forces makes a sentence evidence of an attack even when it names no weapon."""

from __future__ import annotations

from tests.reports import term_cases

test_the_toll_word_is_read = term_cases(
    [
        ("基地内有三名美军士兵受了轻伤。", "轻伤", "cat:injured"),
        ("米兵2人が怪我をした。", "怪我", "cat:injured"),
        ("미군 2명이 경상을 입었다.", "경상을", "cat:injured"),
        ("Saldırıda üç ABD askeri öldü.", "oldu", "cat:killed"),
        ("Dört askerde beyin hasarı tespit edildi.", "beyin hasari", "cat:injured"),
        ("Quattro soldati hanno riportato traumi cranici.", "traumi cranici", "cat:injured"),
        ("Drie Amerikaanse militairen kwamen om bij de aanval.", "kwamen om", "cat:killed"),
        ("चार सैनिकों को दिमागी चोट आई।", "दिमागी चोट", "cat:injured"),
    ],
    read=True,
)
