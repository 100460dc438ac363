"""A small reverse parser: spoken Vietnamese cardinal -> int, for round-trip property tests.

Independent of the code under test: it reads the words the way a listener would.
"""

from __future__ import annotations

DIGIT = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}


def _chunk(tokens: list[str]) -> int:
    value, i = 0, 0
    if len(tokens) >= 2 and tokens[1] == "trăm":
        value, i = DIGIT[tokens[0]] * 100, 2
    rest = tokens[i:]
    if not rest:
        return value
    if rest[0] in ("linh", "lẻ"):
        assert len(rest) == 2, tokens
        return value + DIGIT[rest[1]]
    if rest[0] == "mười":
        assert len(rest) <= 2, tokens
        return value + 10 + (DIGIT[rest[1]] if len(rest) == 2 else 0)
    if len(rest) >= 2 and rest[1] == "mươi":
        assert len(rest) <= 3, tokens
        return value + DIGIT[rest[0]] * 10 + (DIGIT[rest[2]] if len(rest) == 3 else 0)
    assert len(rest) == 1, tokens
    return value + DIGIT[rest[0]]


def parse(spoken: str) -> int:
    total, section, chunk = 0, 0, []
    for word in [*spoken.split(), "<end>"]:
        if word in ("nghìn", "ngàn"):
            section += _chunk(chunk) * 1000
        elif word == "triệu":
            section += _chunk(chunk) * 1_000_000
        elif word == "tỷ":
            total = (total + section + (_chunk(chunk) if chunk else 0)) * 1_000_000_000
            section = 0
        elif word == "<end>":
            return total + section + (_chunk(chunk) if chunk else 0)
        else:
            chunk.append(word)
            continue
        chunk = []
    raise AssertionError("unreachable")
