"""An ID3v2.3 tag writer for podcast chapters.

Written by hand rather than through mutagen because mutagen saves frames sorted by size,
and players expect CHAP frames in time order; mutagen and ffmpeg are then independent
readers in the tests. ID3v2.3 rather than v2.4: v2.4 frame sizes of 128 bytes and more
are synchsafe and are misread by ffmpeg 5, Pocket Casts on iOS and reportedly Apple
Podcasts, and Vietnamese titles in UTF-16 reach that size.

References: id3v2.3.0 (frames, section 3.3; text encodings, 4.2), ID3v2 Chapter Frame
Addendum 1.0 (CHAP 3.1, CTOC 3.2).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ..errors import AudioError
from ..model import Chapter

_UTF16 = b"\x01"
_NO_OFFSET = 0xFFFFFFFF
_CTOC_TOP_LEVEL = 0x02
_CTOC_ORDERED = 0x01
PADDING_BYTES = 512


@dataclass(frozen=True, slots=True)
class Tags:
    """What an episode's ID3v2.3 tag says: titles, artist, album, date, cover and chapters."""

    title: str
    artist: str | None = None
    album: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    genre: str = "Podcast"
    language: str = "vie"
    comment: str | None = None
    toc_title: str | None = None
    chapters: tuple[Chapter, ...] = ()
    cover: bytes | None = None
    cover_mime: str = "image/jpeg"


def _utf16(text: str) -> bytes:
    return text.encode("utf-16") + b"\x00\x00"


def _latin1(text: str) -> bytes:
    return text.encode("latin-1") + b"\x00"


def frame(frame_id: str, body: bytes) -> bytes:
    """v2.3 frame: 4-byte id, plain 32-bit big-endian size, two zero flag bytes."""
    return frame_id.encode("ascii") + struct.pack(">I", len(body)) + b"\x00\x00" + body


def text_frame(frame_id: str, text: str) -> bytes:
    """An ID3v2.3 text frame (TIT2, TPE1...) holding `text` in UTF-16."""
    return frame(frame_id, _UTF16 + _utf16(text))


def comment_frame(text: str, language: str) -> bytes:
    """An ID3v2.3 COMM frame holding `text`, tagged with its ISO 639-2 `language`."""
    return frame("COMM", _UTF16 + language.encode("ascii")[:3] + _utf16("") + _utf16(text))


def apic_frame(data: bytes, mime: str, description: str = "Cover") -> bytes:
    """Attached picture (id3v2.3 section 4.15); picture type 3 is the front cover."""
    return frame("APIC", _UTF16 + _latin1(mime) + bytes([3]) + _utf16(description) + data)


def chap_frame(chapter: Chapter) -> bytes:
    """An ID3v2.3 CHAP frame for `chapter`: its times in ms, no byte offsets, a TIT2 title."""
    body = _latin1(chapter.element_id)
    body += struct.pack(">IIII", chapter.start_ms, chapter.end_ms, _NO_OFFSET, _NO_OFFSET)
    return frame("CHAP", body + text_frame("TIT2", chapter.title))


def ctoc_frame(element_id: str, title: str, children: tuple[str, ...]) -> bytes:
    """The top-level, ordered CTOC frame listing every chapter id, with its own TIT2."""
    if len(children) > 255:
        raise AudioError(f"{len(children)} chapters is more than the 255 an ID3 table of contents can list")
    body = _latin1(element_id) + bytes([_CTOC_TOP_LEVEL | _CTOC_ORDERED, len(children)])
    body += b"".join(_latin1(c) for c in children)
    return frame("CTOC", body + text_frame("TIT2", title))


def _date_frames(published: str | None) -> list[bytes]:
    if not published or len(published) < 4:
        return []
    frames = [text_frame("TYER", published[:4])]
    if len(published) >= 10:
        frames.append(text_frame("TDAT", published[8:10] + published[5:7]))
    if len(published) >= 16:
        frames.append(text_frame("TIME", published[11:13] + published[14:16]))
    return frames


def build_tag(tags: Tags) -> bytes:
    """The complete tag: header, text frames, CTOC, then CHAP frames in time order."""
    frames = [text_frame("TIT2", tags.title)]
    if tags.artist:
        frames.append(text_frame("TPE1", tags.artist))
    if tags.album:
        frames.append(text_frame("TALB", tags.album))
    frames += _date_frames(tags.published)
    frames.append(text_frame("TCON", tags.genre))
    frames.append(text_frame("TLAN", tags.language))
    if tags.comment:
        frames.append(comment_frame(tags.comment, tags.language))
    if tags.cover:
        frames.append(apic_frame(tags.cover, tags.cover_mime))
    if tags.chapters:
        ids = tuple(c.element_id for c in tags.chapters)
        frames.append(ctoc_frame("toc", tags.toc_title or tags.title, ids))
        frames += [chap_frame(c) for c in sorted(tags.chapters, key=lambda c: c.start_ms)]
    payload = b"".join(frames) + b"\x00" * PADDING_BYTES
    return b"ID3" + bytes([3, 0, 0]) + _synchsafe(len(payload)) + payload


def _synchsafe(n: int) -> bytes:
    if n >= 1 << 28:
        raise ValueError("ID3 tag too large")
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def strip_tag(mp3: bytes) -> bytes:
    """The MP3 without a leading ID3v2 tag, if it has one."""
    if mp3[:3] == b"ID3" and len(mp3) >= 10:
        size = (mp3[6] << 21) | (mp3[7] << 14) | (mp3[8] << 7) | mp3[9]
        footer = 10 if mp3[5] & 0x10 else 0
        return mp3[10 + size + footer :]
    return mp3
