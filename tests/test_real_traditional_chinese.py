"""Traditional Chinese (Taiwan and Hong Kong papers) read as the simplified terms are written
(in our own words): a region spelt with 敍, and a habit told with 經常 or 屢.
"""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2021-06-28")


def test_a_region_spelt_with_the_variant_character() -> None:
    d = _match(
        "美軍駐敍利亞基地遭火箭彈攻擊",
        "美國官員表示，敍利亞東北部一個美軍基地週一遭到火箭彈攻擊，沒有人員受傷。",
        MORNING,
        language="zh",
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "ne-syria"


@pytest.mark.parametrize("habit", ["經常遭到", "屢遭", "頻繁遭到"])
def test_a_habit_in_traditional_characters_adds_no_base(habit: str) -> None:
    d = _match(
        "無人機襲擊坦夫基地",
        "美國國防部表示，兩架無人機今天上午襲擊了敍利亞南部的坦夫基地。\n\n官員說，沒有人員受傷。\n\n"
        "該基地位於遠離城鎮的沙漠中。\n\n聯軍多年來一直在那裡訓練當地部隊。\n\n"
        f"此外，伊拉克西部的阿薩德空軍基地{habit}火箭彈襲擊。",
        MORNING,
        language="zh",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
