"""Read the tags and chapters of an MP3 back, with mutagen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import InputError


def inspect_mp3(path: Path) -> dict[str, Any]:
    """An MP3's duration, tags and chapters, read back by mutagen."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        audio = MP3(str(path))
    except MutagenError as exc:
        raise InputError(f"{path}: not a readable MP3 file ({exc})") from exc
    tags = audio.tags
    info = audio.info
    if info is None:
        raise InputError(f"{path}: no MPEG audio frames found")

    def text(frame_id: str) -> str | None:
        frame = tags.get(frame_id) if tags else None
        return str(frame.text[0]) if frame is not None and frame.text else None

    chapters: list[dict[str, Any]] = []
    toc: dict[str, Any] | None = None
    if tags:
        by_id = {f.element_id: f for f in tags.getall("CHAP")}
        for ctoc in tags.getall("CTOC"):
            title = ctoc.sub_frames.get("TIT2")
            toc = {
                "element_id": ctoc.element_id,
                "flags": int(ctoc.flags),
                "children": list(ctoc.child_element_ids),
                "title": str(title.text[0]) if title else None,
            }
        order = toc["children"] if toc else sorted(by_id, key=lambda k: by_id[k].start_time)
        for element_id in order:
            chap = by_id.get(element_id)
            if chap is None:
                continue
            title = chap.sub_frames.get("TIT2")
            chapters.append(
                {
                    "element_id": element_id,
                    "start_ms": chap.start_time,
                    "end_ms": chap.end_time,
                    "title": str(title.text[0]) if title else None,
                }
            )
    comments: list[Any] = tags.getall("COMM") if tags else []
    return {
        "file": str(path),
        "duration_ms": round(info.length * 1000),
        "bitrate_kbps": info.bitrate // 1000,
        "bitrate_mode": str(info.bitrate_mode).rsplit(".", 1)[-1],
        "sample_rate": info.sample_rate,
        "channels": info.channels,
        "id3_version": ".".join(str(v) for v in tags.version) if tags else None,
        "title": text("TIT2"),
        "artist": text("TPE1"),
        "album": text("TALB"),
        "date": str(tags["TDRC"].text[0]) if tags and "TDRC" in tags else None,
        "genre": text("TCON"),
        "language": text("TLAN"),
        "comment": str(comments[0].text[0]) if comments else None,
        "toc": toc,
        "chapters": chapters,
    }
