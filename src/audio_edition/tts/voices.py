"""Piper voices on this machine, and the Vietnamese ones a user can download.

Voices live in the user data directory (`voices/` under platformdirs' user_data_dir), as
`NAME.onnx` with `NAME.onnx.json` beside it, or in `AUDIO_EDITION_VOICES_DIR`. The public
collection (rhasspy/piper-voices) publishes an index, `voices.json`, that gives every file's
path, size and MD5 digest; a download reads the index first, fetches each file into a
`.part` file (resuming one left by a broken download with an HTTP range request), checks its
size and digest against the index, and only then renames it into place. Nothing is written
over an installed voice until the new files are whole and verified.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import EngineUnavailable, InputError
from ..settings import variable

VOICES_ENV = "AUDIO_EDITION_VOICES_DIR"
COLLECTION_ENV = "AUDIO_EDITION_PIPER_VOICES_URL"
# The collection at a fixed release, so the index and the files always agree.
COLLECTION_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/"
TIMEOUT_S = 30.0
CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class CatalogVoice:
    """A Vietnamese voice of the public Piper collection: its name, quality, size and path."""

    name: str
    quality: str
    size_bytes: int  # of the model, as the collection publishes it
    path: str  # of the model inside the collection

    @property
    def size_mb(self) -> float:
        return self.size_bytes / 1e6


# The Vietnamese voices of the collection (v1.0.0): their paths, quality and model sizes.
CATALOG: tuple[CatalogVoice, ...] = (
    CatalogVoice("vi_VN-vais1000-medium", "medium", 63_201_294, "vi/vi_VN/vais1000/medium/vi_VN-vais1000-medium.onnx"),
    CatalogVoice(
        "vi_VN-25hours_single-low", "low", 63_104_526, "vi/vi_VN/25hours_single/low/vi_VN-25hours_single-low.onnx"
    ),
    CatalogVoice("vi_VN-vivos-x_low", "x_low", 27_789_413, "vi/vi_VN/vivos/x_low/vi_VN-vivos-x_low.onnx"),
)


# The voice `voices download` installs when no name is given, and the one the piper engine
# speaks with when it is installed: the medium-quality voice, the most natural of the three.
RECOMMENDED_VOICE = "vi_VN-vais1000-medium"


def voices_dir() -> Path:
    """Where Piper voices are installed: AUDIO_EDITION_VOICES_DIR, else the user data directory."""
    if variable(VOICES_ENV):
        return Path(variable(VOICES_ENV) or "")
    from platformdirs import user_data_dir

    return Path(user_data_dir("audio-edition", appauthor=False)) / "voices"


def installed_voices(folder: Path | None = None) -> dict[str, Path]:
    """Installed voice name -> its .onnx, for every model with its config beside it."""
    folder = folder or voices_dir()
    if not folder.is_dir():
        return {}
    return {
        p.name.removesuffix(".onnx"): p
        for p in sorted(folder.glob("*.onnx"))
        if p.with_name(p.name + ".json").is_file()
    }


def _collection_url() -> str:
    url = variable(COLLECTION_ENV) or COLLECTION_URL
    return url if url.endswith("/") else url + "/"


def _fetch_index(base: str) -> dict[str, dict[str, dict[str, int | str]]]:
    """The collection's voices.json: voice name -> its files (path -> size_bytes, md5_digest)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(base + "voices.json", timeout=TIMEOUT_S) as response:
            index = json.loads(response.read().decode("utf-8"))
        return {name: entry["files"] for name, entry in index.items()}
    except (urllib.error.URLError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EngineUnavailable(f"cannot read the voice index at {base}voices.json ({exc})") from exc


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _download_file(url: str, part: Path, size: int, progress: Callable[[int, int], None]) -> None:
    """`url` into `part`, resuming what `part` already holds."""
    import urllib.error
    import urllib.request

    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    if have == size:
        return
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            resumed = have and response.status == 206
            with part.open("ab" if resumed else "wb") as out:
                done = have if resumed else 0
                while chunk := response.read(CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    progress(done, size)
    except (urllib.error.URLError, OSError) as exc:
        raise EngineUnavailable(
            f"download of {url} broke off ({exc})", hint="run the same command again to resume it"
        ) from exc


def download(
    name: str, folder: Path | None = None, progress: Callable[[str, int, int], None] = lambda f, d, t: None
) -> Path:
    """Download voice `name` (model and config), verified, into `folder`; its .onnx path."""
    folder = folder or voices_dir()
    base = _collection_url()
    files = _fetch_index(base).get(name)
    if not files:
        known = ", ".join(v.name for v in CATALOG)
        raise InputError(f"the voice collection has no voice {name!r}", hint=f"Vietnamese voices: {known}")
    wanted = {p: info for p, info in files.items() if p.endswith((".onnx", ".onnx.json"))}
    if len(wanted) != 2:
        raise EngineUnavailable(f"the voice index lists no model and config for {name}")
    folder.mkdir(parents=True, exist_ok=True)
    parts: dict[Path, Path] = {}
    for path, info in sorted(wanted.items()):
        size, md5 = int(info["size_bytes"]), str(info["md5_digest"])
        final = folder / Path(path).name
        part = final.with_name(final.name + ".part")
        name_of_file = final.name

        def report(done: int, total: int, file: str = name_of_file) -> None:
            progress(file, done, total)

        _download_file(base + path, part, size, report)
        if part.stat().st_size != size:
            raise EngineUnavailable(
                f"{final.name}: got {part.stat().st_size} bytes, the index says {size}",
                hint="run the same command again to resume it",
            )
        if _md5(part) != md5:
            part.unlink()
            raise EngineUnavailable(f"{final.name}: its MD5 digest does not match the published one; not installed")
        parts[part] = final
    for part, final in parts.items():  # the config last: a model without one is not a voice yet
        if final.suffix == ".onnx":
            os.replace(part, final)
    for part, final in parts.items():
        if final.suffix != ".onnx":
            os.replace(part, final)
    return folder / f"{name}.onnx"
