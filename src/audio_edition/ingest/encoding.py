"""Turn the bytes of an article file into text.

UTF-8 (with or without a BOM) and UTF-16 with a BOM are taken as they are. Anything else is
tried as the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) and accepted only when
the result reads as Vietnamese; otherwise the input is refused with a clear error rather
than guessed. Text that was already mis-converted once (TCVN3 or VNI shown as Latin-1,
UTF-8 read as Windows-1252) is repaired too.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import InputError
from .legacy import repair, score

_VIETNAMESE_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
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


def decode(data: bytes, source: str) -> str:
    """Decode article bytes; raise InputError naming `source` when they are not text."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: this is a binary file, not an article text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_legacy(data, source)
    return clean_unicode(repair(text))


def _decode_legacy(data: bytes, source: str) -> str:
    candidates = [data.decode("latin-1")]
    try:
        candidates.append(unicodedata.normalize("NFC", data.decode("cp1258")))
    except UnicodeDecodeError:
        pass
    text = max((repair(c) for c in candidates), key=score)
    letters = sum(ch.isalpha() for ch in text)
    if letters and score(text) > 0 and len(_VIETNAMESE_LETTERS.findall(text.lower())) >= 0.05 * letters:
        return text
    raise InputError(
        f"{source}: the text is not UTF-8 and does not read as Vietnamese in Windows-1258",
        hint="save the article as UTF-8",
    )


def clean_unicode(text: str) -> str:
    """NFC, Unix newlines, no zero-width or control characters, ordinary spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LONE_JOINER.sub("", text).translate(_INVISIBLE).translate(_BIDI).translate(_CONTROLS).translate(_SPACES)
    return unicodedata.normalize("NFC", text)


def clean_label(text: str) -> str:
    """A one-line name a user gave (an edition's or a podcast's title): clean, on one line."""
    return " ".join(clean_unicode(text).split())
