"""Match reports: minute marks, shirt numbers and "vs".

"Tiến Linh (58')" is "Tiến Linh, phút năm mươi tám"; "90'+3" and "45+2'" are "phút chín mươi
cộng ba" and "phút bốn mươi lăm cộng hai" (stoppage time); after the word "phút" the mark
is only its number. A player's shirt number in brackets after his name, "(9)", is "số chín"
in a sentence about play. "vs" between two teams is "gặp". A tennis match's sets, "6-7 (5), 7-5",
are scores, a tie-break's points named.
"""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .lexicon import builtin_words
from .numbers import read_int
from .options import Options

_TICK = "['’′]"
_MINUTE = re.compile(
    rf"(?<![\w.,])(?P<pre>[Pp]hút\s*)?(?P<open>\(\s*)?"
    rf"(?:(?P<a>\d{{1,3}}){_TICK}(?:\s?\+\s?(?P<b>\d{{1,2}})(?!\d))?|(?P<c>\d{{1,3}})\s?\+\s?(?P<d>\d{{1,2}}){_TICK})"
    r"(?P<close>\s*\))?(?![\w])"
)
_PLAY = re.compile(
    r"(?i:ghi bàn|lập công|đánh đầu|dứt điểm|sút|thủ môn|tiền đạo|hậu vệ|tiền vệ|trung vệ|cầu thủ|kiến tạo|"
    r"ra sân|vào sân|thay người|đội hình|áo số|thẻ vàng|thẻ đỏ|phạt đền|penalty)"
)
_MATCH = re.compile(r"(?i:\bphút\b|\bhiệp\b|\btrận\b|bàn thắng|bàn gỡ|tỉ số|tỷ số|\bgỡ hòa|nâng tỉ số|nâng tỷ số)")
_SHIRT = re.compile(r"(?P<name>(?<!\w)[A-ZĐÀ-Ỹ]\w*) \((?P<n>\d{1,2})\)(?=[\s,.;:]|$)")
_TEAM_SHEET_PLAYERS = 3
# "Than QN: Nguyên Sa 88', Văn Hiếu 90'": the scorers, each name with a minute after it
_SCORER = re.compile(rf"[^\W\d_]\s\d{{1,3}}{_TICK}(?=[,;.\s]|$)")
# "tổng số huy chương Vàng của Thái Lan (53), Philippines (38)": the brackets hold counts, not shirts
_COUNTED = re.compile(r"(?i:tổng số|tổng cộng|huy chương|\bHC[VBĐ]\b|\bđiểm\b|\bphiếu\b|\blượt\b|\bvụ\b|\bca\b)")
_VERSUS = re.compile(r"(?<=\w) vs\.? (?=\w)", re.IGNORECASE)
# words that weigh two products ("so sánh iPhone vs Samsung", "đầu sạc Dell vs HP"): "vs" is "so với"
_WEIGHED = re.compile(r"(?i:so sánh|nên mua|nên chọn|khác nhau|đầu sạc|điện thoại|laptop|máy tính|phiên bản|cấu hình)")
# "của VS Nguyễn Văn Chiếu", "VS Huỳnh Khắc Nguyên đảm trách": "VS" after a word in small letters
# (or opening the sentence) and before a family name is a martial-arts master, "võ sư"
_MASTER = re.compile(r"(?:(?<=[a-zà-ỹđ,:.!?] )|^)VS\.? (?=(?P<surname>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+) )")
# "tham gia dọn VS", "làm VS đường làng": "VS" in capitals after the verb that cleans is cleaning, "vệ sinh"
_CLEANING = re.compile(r"(?i:\bdọn|\blàm|\btổng|công tác|giữ gìn|bảo đảm|đảm bảo) VS(?=[\s,.;:]|$)")
# "6-4, 7-6(4)", "6-7 (5), 7-5, 7-6 (6)": a tennis match's sets, a tie-break's points in brackets
_SET = r"[0-7]-[0-7](?:\s?\(\d{1,2}\))?"
_SETS = re.compile(rf"(?<![\w.,-]){_SET}(?:,\s*{_SET})*(?![\w-])")
_ONE_SET = re.compile(r"(?P<a>\d)-(?P<b>\d)(?:\s?\((?P<tb>\d{1,2})\))?")
_TENNIS = re.compile(
    r"(?i:\bset\b|\bséc\b|tay vợt|quần vợt|tennis|\bATP\b|\bWTA\b|tie-break|\bgame\b|match point|giao bóng"
    r"|\bOpen\b|Wimbledon|Roland Garros|Grand Slam)"
)


def _is_team_sheet(text: str) -> bool:
    """ "Filip (1), Văn Thanh (17), Việt Anh (68), ...": three players or more with their numbers."""
    return len(_SHIRT.findall(text)) >= _TEAM_SHEET_PLAYERS


def minute_marks(text: str, opts: Options, lex: Lexicon) -> str:
    """ "(58')", "90'+3", "45+2'", "phút 67'" -> "phút năm mươi tám", "phút chín mươi cộng ba",
    in a sentence about a match, a team sheet or a list of scorers. A mark in brackets, one with added time, or one
    standing alone (a live report's "78'") is a minute anywhere; a number before a closing quote
    elsewhere is no minute."""
    about_play = bool(_PLAY.search(text) or _MATCH.search(text) or _is_team_sheet(text))
    about_play = about_play or len(_SCORER.findall(text)) >= 2

    def say(m: re.Match[str]) -> str:
        alone = m.group(0).strip() == text.strip()
        if not (about_play or alone or m["b"] or m["c"] or (m["open"] and m["close"])):
            return m.group(0)
        minute, extra = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        spoken = read_int(int(minute), opts) + (f" cộng {read_int(int(extra), opts)}" if extra else "")
        if m["pre"]:  # "phút (58')": the word is said once, the brackets go
            return m["pre"] + spoken
        if m["open"] and m["close"]:
            return f"(phút {spoken})"
        return (m["open"] or "") + "phút " + spoken + (m["close"] or "")

    return _MINUTE.sub(say, text)


def shirt_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Tiến Linh (9) đánh đầu" -> "Tiến Linh (số chín) đánh đầu", in a sentence about play or
    a team sheet, not one that counts (medals, points, votes) by the names it brackets."""
    if not (_PLAY.search(text) or _is_team_sheet(text)) or _COUNTED.search(text):
        return text
    return _SHIRT.sub(lambda m: f"{m['name']} (số {read_int(int(m['n']), opts)})", text)


def tennis_sets(text: str, opts: Options, lex: Lexicon) -> str:
    """In a report on tennis, a run of sets, "6-7 (5), 7-5, 7-6 (6)", is scores, each "sáu bảy",
    a tie-break's points after it ("tie-break năm"); a lone set with a tie-break too ("7-6(4)").
    A run is sets only where every one has six or seven games on a side (never "lớp 6-7, 8-9")."""
    if not _TENNIS.search(text):
        return text

    def one(m: re.Match[str]) -> str:
        score = f"{read_int(int(m['a']), opts)} {read_int(int(m['b']), opts)}"
        return score + (f", tie-break {read_int(int(m['tb']), opts)}" if m["tb"] else "")

    def run(m: re.Match[str]) -> str:
        sets = list(_ONE_SET.finditer(m.group(0)))
        if not all(max(int(s["a"]), int(s["b"])) in (6, 7) for s in sets) or (len(sets) == 1 and not sets[0]["tb"]):
            return m.group(0)
        return _ONE_SET.sub(one, m.group(0))

    return _SETS.sub(run, text)


def versus(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Việt Nam vs Thái Lan" -> "Việt Nam gặp Thái Lan"; where the sentence weighs products, "so
    với" ("đầu sạc Dell vs HP", "quá cứng vs. quá mềm"); "của VS Nguyễn Văn Chiếu" -> "của võ sư Nguyễn Văn Chiếu";
    "dọn VS" -> "dọn vệ sinh"."""
    surnames = builtin_words("surnames.txt")
    text = _MASTER.sub(lambda m: "võ sư " if m["surname"] in surnames else m.group(0), text)
    text = _CLEANING.sub(lambda m: m.group(0)[:-2] + "vệ sinh", text)
    weighed = _WEIGHED.search(text) is not None  # and "đệm quá cứng vs. quá mềm": no teams, words in small letters
    return _VERSUS.sub(lambda m: " so với " if weighed or m.string[m.end()].islower() else " gặp ", text)


# A xiangqi game's moves in its notation, "P2-5/ P8-5", "M2.3/ M8.7": the piece, its file, how it moves
# ("." tiến, "-" bình, "/" before the target lùi) and where to; the two sides' moves apart by "/ "
_PIECES = {"X": "xe", "P": "pháo", "M": "mã", "T": "tượng", "S": "sĩ", "Tg": "tướng", "B": "binh", "C": "chốt"}
_CHESS_MOVE = r"(?:Tg|[XPMTSBC])\d(?:[-.]|/(?=\d))\d"
_CHESS_LINE = re.compile(rf"\s*(?:[-–•+]\s*)?{_CHESS_MOVE}(?:\s*/\s+{_CHESS_MOVE}|\s*[,;]\s*{_CHESS_MOVE})*\s*[.;]?\s*")
_MOVE = re.compile(r"(?P<piece>Tg|[XPMTSBC])(?P<file>\d)(?P<how>[-./])(?P<to>\d)")
_HOW = {".": "tiến", "-": "bình", "/": "lùi"}


def chess_moves(text: str, opts: Options, lex: Lexicon) -> str:
    """ "P2-5/ P8-5" alone on its line -> "pháo hai bình năm, pháo tám bình năm"."""
    if not _CHESS_LINE.fullmatch(text):
        return text
    moves = [f"{_PIECES[m['piece']]} {m['file']} {_HOW[m['how']]} {m['to']}" for m in _MOVE.finditer(text)]
    return ", ".join(moves) + ("." if text.rstrip().endswith(".") else "")
