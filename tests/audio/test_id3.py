"""Our ID3v2.3 writer, read back by mutagen and checked byte by byte for frame order."""

from __future__ import annotations

import io
import struct

from mutagen.id3 import ID3, CTOCFlags

from audio_edition.audio.id3 import Tags, build_tag, strip_tag
from audio_edition.model import Chapter, SegmentKind

LONG_TITLE = "Bộ Thông tin và Truyền thông đã hoàn thiện dự thảo Bộ quy tắc ứng xử cho các nhà cung cấp dịch vụ"
CHAPTERS = (
    Chapter("chp0", SegmentKind.HEADLINE, LONG_TITLE, 0, 9236),
    Chapter("chp1", SegmentKind.LEAD, "Tóm tắt", 9236, 20397),
    Chapter("chp2", SegmentKind.BODY, "Nội dung", 20397, 177293),
)
TAGS = Tags(
    title=LONG_TITLE,
    artist="Thái Tùng",
    album="Tổ Quốc",
    published="2018-11-07T07:56",
    comment="Chiều ngày 6/11/2018, tại Hà Nội.",
    chapters=CHAPTERS,
)


def frames_in_order(tag: bytes) -> list[tuple[str, int]]:
    """(frame id, size) as they sit in the tag, sizes read as plain v2.3 integers."""
    out, pos, end = [], 10, 10 + sum(b << (7 * (3 - i)) for i, b in enumerate(tag[6:10]))
    while pos + 10 <= end and tag[pos] != 0:
        frame_id = tag[pos : pos + 4].decode("ascii")
        size = struct.unpack(">I", tag[pos + 4 : pos + 8])[0]
        out.append((frame_id, size))
        pos += 10 + size
    return out


def test_header_is_v2_3() -> None:
    tag = build_tag(TAGS)
    assert tag[:5] == b"ID3\x03\x00"


def test_frames_are_in_time_order_with_plain_sizes() -> None:
    order = frames_in_order(build_tag(TAGS))
    ids = [f for f, _ in order]
    assert ids.index("CTOC") < ids.index("CHAP")
    assert ids[-3:] == ["CHAP", "CHAP", "CHAP"]
    # the headline chapter frame is over 127 bytes: a v2.4 synchsafe size would differ
    chap_sizes = [size for f, size in order if f == "CHAP"]
    assert chap_sizes[0] >= 128


def test_mutagen_reads_tags_and_chapters_back() -> None:
    tag = build_tag(TAGS)
    id3 = ID3(io.BytesIO(tag))
    assert id3.version == (2, 3, 0)
    assert id3["TIT2"].text == [LONG_TITLE]
    assert id3["TPE1"].text == ["Thái Tùng"]
    assert id3["TALB"].text == ["Tổ Quốc"]
    assert id3["TCON"].text == ["Podcast"]
    assert id3["TLAN"].text == ["vie"]
    assert str(id3["TDRC"].text[0]) == "2018-11-07 07:56:00"
    assert id3.getall("COMM")[0].text == ["Chiều ngày 6/11/2018, tại Hà Nội."]
    assert id3.getall("COMM")[0].lang == "vie"
    toc = id3.getall("CTOC")[0]
    assert toc.flags == CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
    assert toc.child_element_ids == ["chp0", "chp1", "chp2"]
    chaps = sorted(id3.getall("CHAP"), key=lambda c: c.start_time)
    assert [(c.element_id, c.start_time, c.end_time) for c in chaps] == [
        ("chp0", 0, 9236),
        ("chp1", 9236, 20397),
        ("chp2", 20397, 177293),
    ]
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == [LONG_TITLE, "Tóm tắt", "Nội dung"]
    assert all(c.start_offset == c.end_offset == 0xFFFFFFFF for c in chaps)


def test_strip_tag_returns_the_audio_after_it() -> None:
    audio = b"\xff\xfb\x90\x00" + b"\x00" * 100
    assert strip_tag(build_tag(TAGS) + audio) == audio
    assert strip_tag(audio) == audio
