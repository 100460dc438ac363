"""Manifests are written and read back through one module, as typed values."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from audio_edition.model import Article, Chapter, Cue, SegmentKind
from audio_edition.publish import manifest
from audio_edition.publish.episodes import read_episode
from audio_edition.publish.jsonfile import dumps

CHAPTERS = (
    Chapter("chp0", SegmentKind.INTRO, "Mở đầu", 0, 2000),
    Chapter("chp1", SegmentKind.ARTICLE, "Giá lúa đi ngang", 2000, 9000),
)
HEAD = '{"schema_version": 1, "files": {"audio": "x.mp3"}'
CUES = (Cue(0, 1500, "Bản tin sáng."), Cue(2000, 8000, "Giá lúa hôm nay đi ngang."))


def _edition(folder: Path, **changes: object) -> Path:
    """An edition's manifest as a build writes it, with its MP3 beside it."""
    audio = folder / "ban-tin.edition.mp3"
    audio.write_bytes(b"ID3 mp3 bytes")
    article = Article(source="https://x.vn/lua.html", headline="Giá lúa đi ngang", lead=None, sections=())
    document = manifest.edition_document(
        title="Bản tin sáng",
        day="2026-12-05",
        published="2026-12-05T05:30:00+07:00",
        articles=[manifest.EditionArticle(article, CHAPTERS[1], audio=None, manifest="gia-lua.json", build_key="a")],
        chapters=CHAPTERS,
        cues=CUES,
        audio=manifest.AudioRecord(
            engine="espeak",
            voice="vi",
            duration_ms=9000,
            sha256=hashlib.sha256(audio.read_bytes()).hexdigest(),
            audio_bytes=audio.stat().st_size,
            files={"audio": audio.name},
            checksums={},
            encoding={},
            loudness={"integrated_lufs": -16.0, "true_peak_dbtp": -1.5},
            build_key="k",
        ),
    )
    path = folder / "ban-tin.edition.json"
    path.write_bytes(dumps({**document, **changes}))
    return path


def test_an_editions_manifest_reads_back_with_its_articles_chapters_and_sentence_timings(tmp_path: Path) -> None:
    m = manifest.load(_edition(tmp_path))
    assert m.is_edition and m.date == "2026-12-05" and m.title == "Bản tin sáng"
    assert m.chapters == CHAPTERS and m.cues == CUES
    assert [(a.source, a.headline, a.manifest) for a in m.articles] == [
        ("https://x.vn/lua.html", "Giá lúa đi ngang", "gia-lua.json")
    ]
    assert manifest.damage(m) is None


def test_the_listen_page_takes_cues_from_the_manifest_and_old_editions_from_their_vtt(tmp_path: Path) -> None:
    vtt = tmp_path / "ban-tin.edition.vtt"
    vtt.write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nCâu trong tệp VTT.\n", encoding="utf-8")
    path = _edition(tmp_path, files={"audio": "ban-tin.edition.mp3", "transcript_vtt": vtt.name})
    episode = read_episode(path)
    assert episode is not None and episode.cues == CUES
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["cues"]  # an edition built before its manifest recorded sentence timings
    path.write_bytes(dumps(data))
    old = read_episode(path)
    assert old is not None and old.cues == (Cue(0, 1000, "Câu trong tệp VTT."),)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("[1, 2]", manifest.NotAManifest),
        ('{"source": "a.txt"}', manifest.NotAManifest),
        ("{", manifest.NotAManifest),
        ('{"schema_version": 1, "files": {"audio": "../x.mp3"}}', manifest.ManifestError),
        (HEAD + ', "title": "T", "duration_ms": "x"}', manifest.ManifestError),
        (HEAD + ', "title": "T", "duration_ms": 1}', manifest.ManifestError),
    ],
)
def test_what_is_no_manifest_or_a_damaged_one_is_refused_with_a_reason(
    tmp_path: Path, content: str, kind: type[Exception]
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(kind) as refused:
        manifest.load(path)
    assert str(refused.value)
    assert manifest.read(path) is None


def test_files_changed_after_the_build_are_damage_and_not_ours_to_delete(tmp_path: Path) -> None:
    path = _edition(tmp_path)
    m = manifest.load(path)
    assert manifest.files_written(m) == set()  # no checksums: it owns nothing
    sidecar = tmp_path / "ban-tin.edition.chapters.json"
    sidecar.write_text("{}", encoding="utf-8")
    sums = {sidecar.name: hashlib.sha256(b"{}").hexdigest()}
    m = manifest.load(_edition(tmp_path, checksums=sums))
    assert manifest.files_written(m) == {sidecar, tmp_path / "ban-tin.edition.mp3", path}
    sidecar.write_text('{"changed": true}', encoding="utf-8")
    assert "not the ones it was written with" in (manifest.damage(m) or "")
    assert manifest.files_written(manifest.load(path)) == {tmp_path / "ban-tin.edition.mp3", path}
