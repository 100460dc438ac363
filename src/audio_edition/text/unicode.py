"""Text cleaned of what no reader should meet: NFC, Unix newlines, no zero-width, direction or
control characters, ordinary spaces. Every article and every name a user gives goes through it."""

from __future__ import annotations

import re
import unicodedata

from .letters import LOWER, UPPER

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"), None)
# A zero-width joiner between two emoji makes one (👩 + 💻 is 👩‍💻) and stays; elsewhere it goes.
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]"
_LONE_JOINER = re.compile(f"(?<!{_EMOJI})\u200d|\u200d(?!{_EMOJI})")
# Direction marks, embeddings, overrides and isolates: Vietnamese needs none, and an override
# in a headline would turn the feed's, the page's and the chapter list's text around.
_BIDI = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
# C0 controls other than tab and newline, DEL and the C1 controls: never text, and not
# allowed in XML 1.0 (C0) or a podcast app's display (C1)
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)], None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
# "2024\u20112025", "e\u2011commerce": the hyphen and the non-breaking hyphen, the keyboard's "-"
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
# Letters a page writes in place of Latin ones so that search engines miss the words ("ᴄho", "ѕẽ",
# "haу", "lònɡ"): small capitals and the script g, never Vietnamese, anywhere; Cyrillic look-alikes only inside a
# word that also holds Latin letters (a Russian word stays Russian). "Ð" (Icelandic) is the Đ it looks like.
_SMALL_CAPITALS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢÐðɡ", "abcdefghijklmnoprstuvwyzĐđg")
_CYRILLIC_LOOKALIKES = str.maketrans("аеорсухѕіјԁԛԝүАВЕКМНОРСТХЅІЈ", "aeopcyxsijdqwyABEKMHOPCTXSIJ")
_LATIN = f"[{UPPER}{LOWER}]"
_MIXED_WORD = re.compile(rf"\w*(?:{_LATIN}[\u0400-\u04ff]|[\u0400-\u04ff]{_LATIN})\w*")
# A line a page wrote almost wholly in look-alikes ("Nó ᴄó пҺiều Ԁáŋg vẻ 𝘷à мàu ѕắƈ kháᴄ ռɦαυ"): letters
# with hooks, Greek, Cyrillic, Armenian and Cherokee ones and mathematical letters, each for the
# Latin one it looks like. Only a line with two words or more that run them together with Latin
# letters is so written; a Greek or Russian line keeps its letters.
_LINE_LOOKALIKES = {
    **_SMALL_CAPITALS,
    **_CYRILLIC_LOOKALIKES,
    **str.maketrans(
        dict(
            pair
            for pair in (
                "ɦh ɱm ʂs ƙk ƈc ɓb Ƅb ŋn ɡg ɾr ʋv ɑa ᶇn ᵭđ ᵴs ɗđ ɩi αa βb εe ιi ηn κk νv οo ρp σo τt υu χx γy "
                "гr мm нh пn тt ьb Ԁd һh Һh Ӏl ӏl ռn օo ցg սu հh ոn Ꭵi ᎪA ᎬE ᎻH ᏚS ᏔW ᎢT ᏟC ᎷM ᏢP ƑF ƒf ƬT ƝN ɲn ⱪk ⱩK"
            ).split()
        )
    ),
}
_LOOKALIKE_CHARS = frozenset(chr(c) for c in _LINE_LOOKALIKES)
# "10,000/μL": a Greek mu typed for the micro sign before a unit's letters, the sign a unit reads
_GREEK_MICRO = re.compile(r"(?<=[\d\s/(])\u03bc(?=(?:g|l|L|m|mol|s|M)(?![^\W\d_]))")
_MATHEMATICAL = re.compile("[\U0001d400-\U0001d7ff]")  # "𝘷", "𝕔": styled letters, in such a line the letters
_WORD = re.compile(r"\w+")
# "20 ⨯ 4": the cross product's sign typed for times in a pupil's sums
_TIMES_SIGNS = str.maketrans({"\u2a2f": "\u00d7"})
# "0℃", "98.6℉": the one-character degree signs, the degree and its letter as a page usually types them
_DEGREE_SIGNS = str.maketrans({"\u2103": "\u00b0C", "\u2109": "\u00b0F"})
_LATIN_LETTERS = frozenset(LOWER + UPPER)


# "ᵭiḕu hoà", "nhȃn", "cṓ ᵭịnh": a macron or an inverted breve typed over a vowel for its hat, tone marks and all
_FALSE_HAT = re.compile("(?<=[aeoAEO])[\u0304\u0311]")
_FALSE_HAT_WORD = re.compile("\\w*[aeoAEO][\u0304\u0311]\\w*")


def _hatted(text: str) -> str:
    """A text with the hats a page drew as macrons or inverted breves put back, when two words or more have them."""
    split = unicodedata.normalize("NFD", text)
    if len(_FALSE_HAT_WORD.findall(split)) < 2:
        return text
    return unicodedata.normalize("NFC", _FALSE_HAT.sub("\u0302", split))


def _unmasked(line: str) -> str:
    """A line with its look-alike letters made Latin again, when two words or more mix them in."""

    def masked(c: str) -> bool:
        return c in _LOOKALIKE_CHARS or _MATHEMATICAL.match(c) is not None

    words = _WORD.findall(line)
    mixed = sum(any(map(masked, w)) and any(c in _LATIN_LETTERS and not masked(c) for c in w) for w in words)
    styled = sum(all(_MATHEMATICAL.match(c) or c.isdigit() for c in w) and not w.isdigit() for w in words)
    if styled >= 2:  # "𝐓𝐀̂́𝐓 𝐓𝐀̂̀𝐍 𝐕𝐄̂̀ 𝐈𝐄𝐋𝐓𝐒": a line in bold or italic letters, its marks on them
        return _MATHEMATICAL.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), line)
    if mixed < 2:
        return line
    return _MATHEMATICAL.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), line).translate(_LINE_LOOKALIKES)


# "1️⃣ Cảm biến ...", "1️⃣0️⃣", "🔟": digits on keys, a plain number; opening a line, an item's ("1. ")
_KEYCAPS = re.compile("(?P<lead>^[ \t]*)?(?P<keys>(?:[0-9]\ufe0f?\u20e3)+|\U0001f51f)(?P<space>[ \t]*)", re.MULTILINE)


def _keycap(m: re.Match[str]) -> str:
    number = "10" if m["keys"] == "\U0001f51f" else re.sub("[\ufe0f\u20e3]", "", m["keys"])
    return f"{m['lead']}{number}. " if m["lead"] is not None else number + m["space"]


def clean_unicode(text: str) -> str:
    """NFC, Unix newlines, no zero-width or control characters, ordinary spaces, Latin letters for
    the look-alikes a page hides its words with, a keycap's digit a plain one, "℃" the "°C" it stands for."""
    text = _KEYCAPS.sub(_keycap, text.replace("\r\n", "\n").replace("\r", "\n"))
    text = (
        _LONE_JOINER.sub("", text)
        .translate(_INVISIBLE)
        .translate(_BIDI)
        .translate(_CONTROLS)
        .translate(_SPACES)
        .translate(_HYPHENS)
        .translate(_TIMES_SIGNS)
        .translate(_DEGREE_SIGNS)
    )
    text = "\n".join(map(_unmasked, _hatted(text).split("\n")))
    text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_CYRILLIC_LOOKALIKES), text.translate(_SMALL_CAPITALS))
    return _GREEK_MICRO.sub("\u00b5", unicodedata.normalize("NFC", text))


def clean_label(text: str) -> str:
    """A one-line name a user gave (an edition's or a podcast's title): clean, on one line."""
    return " ".join(clean_unicode(text).split())
