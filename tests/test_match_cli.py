"""The `basewatch match` contract: one JSON line out per JSON line in, in order."""

from __future__ import annotations

import json

from tests.conftest import basewatch

ROCKETS = {
    "id": "a1",
    "url": "https://example.org/a1",
    "title": "Katyushas fall on Ain al-Asad as coalition reviews its mission",
    "published": "2024-07-26T07:30:00+03:00",
    "text": (
        "ANBAR - Four Katyusha rockets were fired at the Ain al-Asad air base, which hosts "
        "troops of the US-led coalition, late on Thursday, according to two officials in the "
        "province. Two of them landed inside the base and two near its outer wall.\n\n"
        "Nobody was reported hurt. Bases housing US troops were attacked many times last year."
    ),
}
LAUNCH = {
    "id": "a2",
    "url": "https://example.org/a2",
    "title": "Rocket lifts new weather satellite to orbit",
    "published": "2024-07-26",
    "text": "The rocket left the launch pad at dawn and put the satellite in orbit an hour later.",
}
STRIKE = {
    "id": "a3",
    "url": "https://example.org/a3",
    "title": "US strikes militia depots in eastern Syria",
    "published": "2024-02-03T06:00:00Z",
    "text": (
        "US warplanes struck weapons depots of Iran-backed groups near Albu Kamal on Friday "
        "night, the Pentagon said, in retaliation for the drone attack that killed three US "
        "soldiers at Tower 22 in Jordan."
    ),
}


def _run(*lines: str, args: tuple[str, ...] = (), code: int = 0, **env: str) -> list[dict]:
    return _run_bytes(("\n".join(lines) + "\n").encode(), args=args, code=code, **env)


def _run_bytes(data: bytes, args: tuple[str, ...] = (), code: int = 0, **env: str) -> list[dict]:
    result = basewatch("match", *args, stdin=data, **env)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_contract_fields_and_order() -> None:
    out = _run(json.dumps(ROCKETS), json.dumps(LAUNCH), json.dumps(STRIKE))
    assert [o["id"] for o in out] == ["a1", "a2", "a3"]
    for o in out:
        for key in ("attack", "confidence", "bases", "attack_date", "weapons", "evidence"):
            assert key in o
        assert 0 <= o["confidence"] <= 1
    rockets, launch, strike = out
    assert rockets["attack"] is True
    assert rockets["bases"] == [
        {"id": "ain-al-asad", "name": rockets["bases"][0]["name"], "country": "Iraq"}
    ]
    assert rockets["attack_date"] == "2024-07-25"  # "late on Thursday", published Friday
    assert rockets["weapons"] == ["rocket"]
    assert any("Katyusha" in s for s in rockets["evidence"])
    assert launch["attack"] is False
    assert strike["attack"] is False


def test_null_and_date_only_publication() -> None:
    article = dict(ROCKETS, published=None)
    (out,) = _run(json.dumps(article))
    assert out["attack"] is True
    assert out["attack_date"] is None  # "Thursday" cannot be placed without a publication date


def test_a_bad_line_gets_an_error_line_and_the_rest_go_on() -> None:
    out = _run("not json", json.dumps(LAUNCH), code=1)  # 1: a line was rejected
    assert len(out) == 2
    assert out[0]["attack"] is False
    assert "line 1" in out[0]["error"]
    assert out[1]["id"] == "a2"


def test_a_blank_line_gets_its_error_line_in_order() -> None:
    out = _run(json.dumps(LAUNCH), "", "   ", json.dumps(STRIKE), code=1)
    assert [o["id"] for o in out] == ["a2", None, None, "a3"]
    assert "line 2: a blank line" in out[1]["error"]
    assert "line 3: a blank line" in out[2]["error"]


def test_deeply_nested_json_is_an_error_line() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    inside = '{"id": "n", "text": ' + deep + "}"
    out = _run(deep, inside, json.dumps(LAUNCH), code=1)
    assert "line 1: JSON nested too deeply" in out[0]["error"]
    assert "line 2: JSON nested too deeply" in out[1]["error"]
    assert out[2]["id"] == "a2"


def test_invalid_utf8_under_a_strict_locale() -> None:
    data = json.dumps(ROCKETS).encode() + b"\n" + b'{"id": "x", "text": "caf\xe9 \xff"}\n'
    data += json.dumps(LAUNCH, ensure_ascii=False).encode() + b"\n"
    out = _run_bytes(data, code=1, LC_ALL="C", LANG="C", PYTHONUTF8="0")
    assert [o["id"] for o in out] == ["a1", None, "a2"]
    assert out[0]["attack"] is True
    assert "line 2: not UTF-8 text (byte 0xe9" in out[1]["error"]


def test_every_line_read_exits_0_and_help_documents_the_exit_status() -> None:
    assert len(_run(json.dumps(ROCKETS), json.dumps(LAUNCH), code=0)) == 2
    text = basewatch("match", "--help").stdout
    assert "1 when any line was rejected" in " ".join(text.split())


def test_explain_gives_reasons() -> None:
    (out,) = _run(json.dumps(STRIKE), args=("--explain",))
    assert any("attacker" in r for r in out["reasons"])
