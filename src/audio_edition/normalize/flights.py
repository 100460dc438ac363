"""Flight numbers: "VN1690", "QH1152": the airline's code spelled, the number digit by digit, as
an airport reads it; a flight out and its flight back apart by a slash ("VN1690/VN1691") are
both flown, "và". Only the codes of airlines that fly to Vietnam, in a sentence about flying, so
"QH" before a flight's number is never "Quốc hội". And a tour's days and nights ("4N3Đ")."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_digits
from .options import Options

_AIRLINES = r"VN|QH|VJ|BL|VU|9G|0V|K6|OD|CX|SQ|TG|KE|OZ|JL|NH|CZ|MU|AK|FD|QR|EK|TK|DR|BR|CI|MH|PG"
_FLIGHT = rf"(?:{_AIRLINES})\d{{2,4}}"
_FLIGHT_PAIR = re.compile(rf"(?<![\w/])({_FLIGHT})/({_FLIGHT})(?![\w/])")
_FLIGHT_NUMBER = re.compile(rf"(?<![\w/.-])(?P<code>{_AIRLINES}) ?(?P<num>\d{{2,4}})(?![\w/-]|[.,]\d)")


# a sentence about flying, or a timetable's line: the flight, then its hours ("VJ822 23:20 – 07:40")
_FLYING = re.compile(r"(?i:chuyến|bay|hãng|hàng không|sân bay|cất cánh|hạ cánh)|\d\s\d{1,2}:\d\d\b")


def flight_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """ "VN1690/VN1691" -> "vê en một sáu chín không và vê en một sáu chín một", in a sentence
    about flying (a scooter "VN250" or a car "CX30" keeps its number)."""
    if not _FLYING.search(text):
        return text
    text = _FLIGHT_PAIR.sub(r"\1 và \2", text)
    return _FLIGHT_NUMBER.sub(lambda m: f"{lex.spell(m['code'])} {read_digits(m['num'])}", text)


# "TOUR ĐÀ NẴNG 4N3Đ": a tour's days and nights (read after a line in capitals is, so its own small
# letters do not make the line look like a sentence)
_DAYS_NIGHTS = re.compile(r"(?<![\w-])(\d{1,2})N(\d{1,2})Đ(?!\w)")


def tour_lengths(text: str, opts: Options, lex: Lexicon) -> str:
    """ "4N3Đ" -> "4 ngày 3 đêm"."""
    return _DAYS_NIGHTS.sub(lambda m: f"{m[1]} ngày {m[2]} đêm", text)
