"""Flight numbers: "VN1690", "QH1152": the airline's code spelled, the number digit by digit, as
an airport reads it; a flight out and its flight back apart by a slash ("VN1690/VN1691") are
both flown, "và". Only the codes of airlines that fly to Vietnam, in a sentence about flying, so
"QH" before a flight's number is never "Quốc hội"."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_digits
from .options import Options

_AIRLINES = r"VN|QH|VJ|BL|VU|9G|0V|K6|OD|CX|SQ|TG|KE|OZ|JL|NH|CZ|MU|AK|FD|QR|EK"
_FLIGHT = rf"(?:{_AIRLINES})\d{{2,4}}"
_FLIGHT_PAIR = re.compile(rf"(?<![\w/])({_FLIGHT})/({_FLIGHT})(?![\w/])")
_FLIGHT_NUMBER = re.compile(rf"(?<![\w/.-])(?P<code>{_AIRLINES})(?P<num>\d{{2,4}})(?![\w/-])")


_FLYING = re.compile(r"(?i:chuyến|bay|hãng|hàng không|sân bay|cất cánh|hạ cánh)")


def flight_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """ "VN1690/VN1691" -> "vê en một sáu chín không và vê en một sáu chín một", in a sentence
    about flying (a scooter "VN250" or a car "CX30" keeps its number)."""
    if not _FLYING.search(text):
        return text
    text = _FLIGHT_PAIR.sub(r"\1 và \2", text)
    return _FLIGHT_NUMBER.sub(lambda m: f"{lex.spell(m['code'])} {read_digits(m['num'])}", text)
