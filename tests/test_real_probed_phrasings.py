"""Phrasings a systematic probe of the term files found missing in twenty European
languages (what a newsroom writes of an attack: crash verbs, present-tense headline verbs,
"the forces of the coalition" in genitive order, US marines and contingents, anti-missile
defence), in our own words: each is read as the term it is."""

from __future__ import annotations

from tests.reports import term_cases

test_these_phrasings_are_read = term_cases(
    [
        ("удрят базата", "удря", "cat:attack"),  # bg
        ("падат ракети", "падат ракети", "cat:attack"),  # bg
        ("síly koalice", "sil", "cat:coalition"),  # cs
        ("dron narazil do základny", "narazil", "cat:attack"),  # cs
        ("skyder ned", "skyder ned", "cat:intercepted"),  # da
        ("opfanget", "opfanget", "cat:intercepted"),  # da
        ("eine Rakete landete", "landete", "cat:attack"),  # de
        ("Drohnenbeschuss", "drohnenbeschuss", "cat:attack"),  # de
        ("καταρρίπτει", "καταρριπτ", "cat:intercepted"),  # el
        ("πέφτουν ρουκέτες", "πεφτουν", "cat:attack"),  # el
        ("la base fue objetivo de varios drones", "fue objetivo de", "cat:attack"),  # es
        ("interceptan", "intercepta", "cat:intercepted"),  # es
        ("Yhdysvaltain joukot", "yhdysvaltain jouk", "cat:coalition"),  # fi
        ("amerikkalainen tukikohta", "amerikkalai", "cat:coalition"),  # fi
        ("ciblant la base", "ciblant", "cat:attack"),  # fr
        ("la DCA", "dca", "cat:intercepted"),  # fr
        ("raketirali", "raketiral", "cat:attack"),  # hr
        ("presrela", "presrel", "cat:intercepted"),  # hr
        ("ágyúzták", "agyuz", "cat:attack"),  # hu
        ("amerikai tengerészgyalogosok", "amerikai tengereszgyalogos", "cat:coalition"),  # hu
        ("cadono razzi", "cadono", "cat:attack"),  # it
        ("un drone si è schiantato sulla base", "schiantat", "cat:attack"),  # it
        ("raketten vielen op de basis", "raketten vielen", "cat:attack"),  # nl
        ("raketbeschietingen", "raketbeschieting", "cat:attack"),  # nl
        ("raketter falt", "raketter falt", "cat:attack"),  # no
        ("USA-ledet koalisjon", "usa ledet koalisjon", "cat:coalition"),  # no
        ("siły amerykańskie", "sił", "cat:coalition"),  # pl
        ("amerykańscy żołnierze", "amerykansc", "cat:coalition"),  # pl
        ("um drone colidiu com a base", "colidiu com", "cat:attack"),  # pt
        ("a base foi golpeada", "golpead", "cat:attack"),  # pt
        ("interceptarea", "interceptar", "cat:intercepted"),  # ro
        ("apărării antiaeriene", "aparar", "cat:intercepted"),  # ro
        ("nálet", "nalet", "cat:attack"),  # sk
        ("zachytáva", "zachytav", "cat:intercepted"),  # sk
        ("ameriški marinci", "amerisk", "cat:coalition"),  # sl
        ("protizračna obramba", "protizracn", "cat:intercepted"),  # sl
        ("raketer träffar basen", "raketer traffar", "cat:attack"),  # sv
        ("raketer föll", "raketer foll", "cat:attack"),  # sv
        ("дрон врізався в базу", "врізав", "cat:attack"),  # uk
        ("протиракетна оборона", "протиракетн", "cat:intercepted"),  # uk
    ],
    read=True,
)
