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
from ..text.legacy import repair, score
from ..text.unicode import clean_unicode

_VIETNAMESE_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


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
