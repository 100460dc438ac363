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

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import EngineUnavailable, InputError
from ..net.http import HttpError, Response, request
from ..settings import variable

VOICES_ENV = "AUDIO_EDITION_VOICES_DIR"
COLLECTION_ENV = "AUDIO_EDITION_PIPER_VOICES_URL"
# The collection at a fixed release, so the index and the files always agree.
COLLECTION_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/"
TIMEOUT_S = 30.0  # to connect, and between two reads
TOTAL_TIMEOUT_S = 1800.0  # the whole download: a 63 MB voice at 35 kB/s
INDEX_LIMIT = 10_000_000  # voices.json is about 300 kB
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


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise EngineUnavailable(f"the voice download took longer than {TOTAL_TIMEOUT_S:g} s in all")
    return left


def _get(url: str, deadline: float, max_bytes: int, **options: Any) -> Response:
    """GET `url` from the collection (the tool's endpoint: the system's proxy, redirects to http(s)
    only) within what is left of the download's `deadline`, idle at most TIMEOUT_S."""
    return request(
        url,
        timeout_s=_left(deadline),
        max_bytes=max_bytes,
        trusted=True,
        connect_timeout_s=TIMEOUT_S,
        idle_timeout_s=TIMEOUT_S,
        **options,
    )


def _fetch_index(base: str, deadline: float) -> dict[str, Any]:
    """The collection's voices.json: voice name -> its entry."""
    try:
        answer = _get(base + "voices.json", deadline, INDEX_LIMIT)
        if answer.status >= 400:
            raise ValueError(f"the server answered {answer.status} {answer.reason}".rstrip())
        index = json.loads(answer.body.decode("utf-8"))
        if not isinstance(index, dict):
            raise ValueError("not a JSON object")
        return index
    except HttpError as exc:
        if exc.kind == "redirect":
            raise EngineUnavailable(f"the voice collection {exc.message}") from exc
        raise EngineUnavailable(f"cannot read the voice index at {base}voices.json ({exc.message})") from exc
    except (ValueError, RecursionError) as exc:
        raise EngineUnavailable(f"cannot read the voice index at {base}voices.json ({exc})") from exc


def _voice_files(name: str, entry: Any) -> dict[str, tuple[str, int, str]]:
    """The model and config of voice `name` in its index entry: installed name -> (path in the
    collection, size, MD5). Installed names are always NAME.onnx and NAME.onnx.json, whatever the
    index calls its files, so a download never writes over another voice or anything else."""
    files = entry.get("files") if isinstance(entry, dict) else None
    if not isinstance(files, dict):
        raise EngineUnavailable(f"the voice index's entry for {name} lists no files")
    found: dict[str, tuple[str, int, str]] = {}
    for path, info in files.items():
        suffix = ".onnx.json" if str(path).endswith(".onnx.json") else ".onnx" if str(path).endswith(".onnx") else None
        if suffix is None:
            continue
        if suffix in found:
            raise EngineUnavailable(f"the voice index lists more than one {suffix} file for {name}")
        size = info.get("size_bytes") if isinstance(info, dict) else None
        md5 = info.get("md5_digest") if isinstance(info, dict) else None
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0 or not isinstance(md5, str):
            raise EngineUnavailable(f"the voice index gives no size and MD5 digest for {path}")
        if ".." in str(path).split("/") or str(path).startswith("/"):
            raise EngineUnavailable(f"the voice index names a file outside the collection: {path}")
        found[suffix] = (str(path), size, md5.lower())
    if set(found) != {".onnx", ".onnx.json"}:
        raise EngineUnavailable(f"the voice index lists no model and config for {name}")
    return {f"{name}{suffix}": value for suffix, value in found.items()}


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _download_file(url: str, part: Path, size: int, progress: Callable[[int, int], None], deadline: float) -> None:
    """`url` into `part`, resuming what `part` already holds; never more than `size` bytes."""
    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    if have == size:
        return

    def into_part(head: Response) -> Callable[[bytes], None]:
        resumed = have and head.status == 206  # a server that ignores the range sends it all again
        out = stack.enter_context(part.open("ab" if resumed else "wb"))
        done = [have if resumed else 0]

        def write(chunk: bytes) -> None:
            done[0] += len(chunk)
            if done[0] > size:  # the index's size is enforced as the bytes arrive
                raise EngineUnavailable(f"{url}: more than the {size} bytes the index states; not installed")
            out.write(chunk)
            progress(done[0], size)

        return write

    try:
        with contextlib.ExitStack() as stack:
            answer = _get(url, deadline, size, headers={"Range": f"bytes={have}-"} if have else {}, sink=into_part)
    except HttpError as exc:
        if exc.kind == "timeout" and time.monotonic() >= deadline:
            raise EngineUnavailable(f"the voice download took longer than {TOTAL_TIMEOUT_S:g} s in all") from exc
        if exc.kind == "redirect":
            raise EngineUnavailable(f"the voice collection {exc.message}") from exc
        if exc.kind == "too-big":
            raise EngineUnavailable(f"{url}: more than the {size} bytes the index states; not installed") from exc
        raise EngineUnavailable(
            f"download of {url} broke off ({exc.message})", hint="run the same command again to resume it"
        ) from exc
    if answer.status >= 400:
        raise EngineUnavailable(
            f"download of {url} broke off (the server answered {answer.status} {answer.reason})".rstrip(),
            hint="run the same command again to resume it",
        )


def download(
    name: str, folder: Path | None = None, progress: Callable[[str, int, int], None] = lambda f, d, t: None
) -> Path:
    """Download voice `name` (model and config), verified, into `folder`; its .onnx path."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or name.startswith("."):
        raise InputError(f"{name!r} is not a voice name", hint="see audio-edition voices list")
    folder = folder or voices_dir()
    base = _collection_url()
    deadline = time.monotonic() + TOTAL_TIMEOUT_S
    entry = _fetch_index(base, deadline).get(name)
    if not entry:
        known = ", ".join(v.name for v in CATALOG)
        raise InputError(f"the voice collection has no voice {name!r}", hint=f"Vietnamese voices: {known}")
    files = _voice_files(name, entry)
    folder.mkdir(parents=True, exist_ok=True)
    parts: dict[Path, Path] = {}
    for installed, (path, size, md5) in sorted(files.items()):
        final = folder / installed
        part = final.with_name(final.name + ".part")

        def report(done: int, total: int, file: str = installed) -> None:
            progress(file, done, total)

        _download_file(base + quote(path), part, size, report, deadline)
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
