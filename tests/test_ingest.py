from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from audio_edition.errors import InputError
from audio_edition.ingest import read_document

TEXT = "Tiếng Việt có dấu: hòa, hoà, Đà Nẵng.\n"


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(p).text == TEXT


def test_decomposed_unicode_becomes_nfc(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert read_document(p).text == unicodedata.normalize("NFC", TEXT)


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("utf-16"))
    assert read_document(p).text == TEXT


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return out


def test_windows_1258_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(cp1258("Hà Nội mùa thu, trời trong xanh và gió nhẹ."))
    assert read_document(p).text == "Hà Nội mùa thu, trời trong xanh và gió nhẹ."


def test_zero_width_and_no_break_spaces_are_cleaned(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Hà\u00a0Nội\u200b ngày mới", encoding="utf-8")
    assert read_document(p).text == "Hà Nội ngày mới"


def test_a_joiner_inside_an_emoji_sequence_is_kept_and_a_stray_one_goes(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Lập trình viên 👩\u200d💻 và gia đình 👨\u200d👩\u200d👧; Hà\u200dNội \u200d.", encoding="utf-8")
    assert read_document(p).text == "Lập trình viên 👩\u200d💻 và gia đình 👨\u200d👩\u200d👧; HàNội ."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xd8\xff\xe0 not text \x81\x8d\x8f\x90\x9d", "not UTF-8"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_document(p)
    assert str(p) in info.value.message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


@pytest.mark.parametrize(
    ("legacy", "unicode_text"),
    [
        ("B¶o Th¾ng, M\xadêng Kh\xad¬ng vµ B¸t X¸t", "Bảo Thắng, Mường Khương và Bát Xát"),  # TCVN3 (ABC)
        ("Xin chaøo caùc baïn ôû Vieät Nam", "Xin chào các bạn ở Việt Nam"),  # VNI-Windows
        ("ÑAØ NAÜNG vaø thaønh phoá Hoà Chí Minh", "ĐÀ NẴNG và thành phố Hồ Chí Minh"),
    ],
)
def test_legacy_font_encodings_are_converted(tmp_path: Path, legacy: str, unicode_text: str) -> None:
    as_bytes = tmp_path / "bytes.txt"
    as_bytes.write_bytes(legacy.encode("latin-1"))
    assert read_document(as_bytes).text == unicode_text
    copied = tmp_path / "copied.txt"  # the same text pasted into a UTF-8 file
    copied.write_text(legacy, encoding="utf-8")
    assert read_document(copied).text == unicode_text


def test_utf8_read_as_windows_1252_is_repaired(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Tiếng Việt là ngôn ngữ chính thức".encode().decode("cp1252", errors="replace"), encoding="utf-8")
    assert read_document(p).text == "Tiếng Việt là ngôn ngữ chính thức"


def test_latin1_letters_read_as_windows_1258_tone_marks_are_repaired(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"  # "ì", "Ì" and "ò" came out as tone marks after a consonant
    p.write_text("Giáo xứ Tử Đ\u0301nh vừa t\u1e5bn 100 tuổi, th\u0301 nay GIÁO XỨ TỬ Đ\u0300NH", encoding="utf-8")
    assert read_document(p).text == "Giáo xứ Tử Đình vừa tròn 100 tuổi, thì nay GIÁO XỨ TỬ ĐÌNH"


def test_text_with_guillemets_and_symbols_is_left_alone(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    text = "Toàn cảnh «hội nghị» ở Hà Nội, nhiệt độ 35°C, giá 1.000 ¥."
    p.write_text(text, encoding="utf-8")
    assert read_document(p).text == text


def test_a_pipe_or_a_device_is_refused_at_once(tmp_path: Path) -> None:
    import os

    from .conftest import run_cli

    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        proc = run_cli("plan", str(source))
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "not a regular file" in proc.stderr


def test_text_with_replacement_characters_warns(tmp_path: Path, caplog: Any) -> None:
    import logging

    article = tmp_path / "lossy.txt"
    article.write_text("Tin t\ufffdc m\ufffdi\n\nĐoạn mở đầu của bài.\n\nThân bài có nội dung.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        read_document(article)
    assert "2 character(s) were lost" in caplog.text
