"""E-mail addresses and web addresses, read so a listener can write them down."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

TLD = (  # "XETAIMYDINH.EDU.VN" in capitals too; a country's own ending, "otit.go.jp", "immi.gov.au"
    r"(?:(?i:(?:vn|com|net|org|edu|gov|info|io|asia|int|biz|go|co|ac|or)(?:\.(?:jp|au|uk|kr|cn|sg|th|tw|nz|hk|my))?"
    r"|jp|au|uk|us|kr|cn|fr|de|sg|th|tw|nz|eu|ru|la|hk|my|ph)"
    r"|top|xyz|online|site|store|shop|club|vip|website|space)"  # "webbinhduong.top": newer endings, in small letters
)
_EMAIL = re.compile(r"(?<![\w.])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
# after a slash only when the slash joins it to an agency's name ("TTXVN/VietnamPlus.vn"), not in a path
_URL = re.compile(
    rf"(?<![\w.@])(?:(?<=[A-ZĐ]/)|(?<!/))(?:https?://)?(?:www\.)?((?:[\w-]+\.)+{TLD})(?![\w-])((?:/[\w\-.~%?=&#/]*[\w\-~%=&#/])?/?)"
)
# "https://goo.gl/6AfE5H": after "http://" any ending is an address's (never only the ones above)
_SCHEMED_URL = re.compile(
    r"(?<![\w.@])https?://(?:www\.)?((?:[\w-]+\.)+[A-Za-z]{2,6})(?![\w-])((?:/[\w\-.~%?=&#/]*[\w\-~%=&#/])?/?)"
)
# a link shortener's code says nothing to a listener: its host alone is read
_SHORTENERS = frozenset({"goo.gl", "bit.ly", "tinyurl.com", "t.co", "is.gd", "cutt.ly", "rebrand.ly", "shorturl.at"})
# "http://www.vnn.vn/dataimages/.../images109366_a5.jpg“Thư pháp ...": a picture's address pasted
# into the text (broken by a space or two inside, "...%2520back%2520cop y.jpg"), never read
_PICTURE_URL = re.compile(
    r"(?:https?://|www\.)[^\s“”\"]+?(?:\s(?:%[^\s“”\"]*|[^\s“”\"]{1,3}))*?\.(?i:jpe?g|png|gif|webp)(?![\w.])"
)
_LABELS = {  # a country's ending is read letter by letter, as "vn" is
    "vn": "vê en",
    "net": "nét",
    "org": "o rờ gờ",
    "edu": "e đu",
    "jp": "gi pê",
    "au": "a u",
    "uk": "u ca",
    "us": "u ét",
    "kr": "ca e rờ",
    "sg": "ét gờ",
}


def _dotted(text: str) -> str:
    return " chấm ".join(_LABELS.get(part.lower(), part) for part in text.split(".") if part)


def _path(path: str) -> str:
    """ "/thoi-su" is said; a post's slug of four words or more ("/cach-kiem-tra-ma-loi-...") is not, nor a page's
    file or code ("/ARWU2018.html", "/p/12345"), nor its query or anchor ("?malv=QL_XUAT_NHAP_CANH")."""
    parts = [
        re.sub(r"[-_.]+", " ", p).strip()
        for p in re.split(r"[?#]", path, maxsplit=1)[0].strip("/").split("/")
        if p.count("-") < _SLUG_HYPHENS and not _PAGE_FILE.search(p)
    ]
    return "".join(f" gạch chéo {p}" for p in parts if p)


_SLUG_HYPHENS = 3
_PAGE_FILE = re.compile(r"\d|\.(?:html?|php|aspx?|jsp|pdf)$", re.IGNORECASE)
# "https://appongtho.com/.../Mã lỗi A-4 ...": an address run into the sentence after it, its last slash
_GLUED_AFTER_URL = re.compile(r"(https?://\S*?/)(?=[A-ZĐÀ-Ỹ][^\s/]*[à-ỹđ])")


def emails(text: str, opts: Options, lex: Lexicon) -> str:
    """An email address read as its parts, with "a còng" and "chấm"."""
    return _EMAIL.sub(lambda m: f"{_dotted(m.group(1))} a còng {_dotted(m.group(2))}", text)


# "(http://wikicuoihoi.com/...)" after a link's words; "(Nguồn: https://danso.org/viet-nam/)" after a figure
_LINK_TARGET = re.compile(r"(?<=\w)\s*\((?:(?i:nguồn|source)\s*:\s*)?(?:https?://|www\.)[^\s()]+\)")


def urls(text: str, opts: Options, lex: Lexicon) -> str:
    """A web address read as its host, with "chấm"; a picture's address not at all, nor a link's target in brackets
    after the words that carry it ("Phong tục cưới (http://wikicuoihoi.com/...) của người Việt"), nor a figure's
    source given as an address ("96.946.778 người (Nguồn: https://danso.org/viet-nam/)")."""
    text = _LINK_TARGET.sub("", _PICTURE_URL.sub(" ", _GLUED_AFTER_URL.sub(r"\1. ", text)))

    def said(m: re.Match[str]) -> str:
        host = m.group(1).lower() if m.group(1).isupper() else m.group(1)
        return _dotted(host) + ("" if host.lower() in _SHORTENERS else _path(m.group(2)))

    return _URL.sub(said, _SCHEMED_URL.sub(said, text))
