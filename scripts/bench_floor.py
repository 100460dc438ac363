"""The tool against the floor: the least a machine must do to turn the same words into the
same MP3. The floor is libespeak-ng (from the espeakng-loader wheel, through ctypes) piping
raw PCM straight into the same ffmpeg (libmp3lame, 64 kbps CBR, mono, 44.1 kHz): no
cleaning, no loudness, no tags, no sidecars.

With --edition: an edition of --times articles, each the sample with its sentences made
distinct, built with `edition` (the edition's MP3 and one per article: the speech encoded
twice) against a floor that encodes the spoken stream twice, and with `edition
--no-articles` (the edition alone) against the floor encoding it once.

Otherwise two inputs: the bundled sample (173 s of speech), and a long article made from it, its
lead and body repeated 20 times with every copy's sentences made distinct (", lần thứ N"),
so that neither the tool's clip cache nor its de-duplication of repeated sentences can skip
any speech. The floor speaks exactly the sentences the tool speaks (taken from `plan`).

Times are medians of --repeats runs in child processes, tool and floor alternating: wall
time and CPU time of the whole process tree. Peak memory comes from one more run of each,
sampled from /proc: the largest sum of resident memory over the process tree at one moment,
and the largest single process. The tool's
runs are cold (empty cache, empty output directory); "unchanged" rebuilds into a directory
that already holds the same episode.

    .venv/bin/python scripts/bench_floor.py [--repeats 3] [--times 20]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from audio_edition.proctree import MIB, Run, run_measured

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def long_article(times: int, dest: Path) -> Path:
    """The sample's headline, then its lead and body `times` over, each copy's sentences distinct."""
    plan = json.loads(_cli("plan", str(SAMPLE)).stdout)
    segments = plan["segments"]
    paragraphs = [plan["headline"], ""]
    for n in range(1, times + 1):
        for segment in segments[1:]:
            for paragraph in segment["text"].split("\n\n"):
                paragraphs.append(paragraph.replace(".", f", lần thứ {n}.") + "\n")
    dest.write_text("\n".join(paragraphs), encoding="utf-8")
    return dest


def edition_articles(count: int, folder: Path) -> Path:
    """`count` articles, each the sample with its own headline and its sentences made distinct."""
    plan = json.loads(_cli("plan", str(SAMPLE)).stdout)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        paragraphs = [f"Bài {n}: {plan['headline']}", ""]
        for segment in plan["segments"][1:]:
            for paragraph in segment["text"].split("\n\n"):
                paragraphs.append(paragraph.replace(".", f", bài thứ {n}.") + "\n")
        (folder / f"{n:02d}.txt").write_text("\n".join(paragraphs), encoding="utf-8")
    return folder


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audio_edition", *args], capture_output=True, text=True, check=True)


def floor_child(sentences_file: Path, out: Path, outputs: int = 1) -> None:
    """Speak each line with libespeak-ng and pipe the PCM into ffmpeg: the floor itself.
    With two `outputs`, ffmpeg encodes the stream twice (as an edition with its articles' own
    MP3s must: the same speech at two gains), in its own threads."""
    import espeakng_loader
    import imageio_ffmpeg

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    rate = lib.espeak_Initialize(0x02, 0, espeakng_loader.get_data_path().encode(), 0)
    lib.espeak_SetVoiceByName(b"vi")
    lib.espeak_SetParameter(1, 165, 0)
    encodes = []
    for n in range(outputs):
        encodes += ["-map", "0:a", "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "64k", "-y", f"{out}.{n}.mp3"]
    encoder = subprocess.Popen(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]
        + encodes,
        stdin=subprocess.PIPE,
    )
    assert encoder.stdin is not None
    stdin = encoder.stdin
    callback_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

    def write(wav: object, count: int, events: object) -> int:
        if count > 0:
            stdin.write(ctypes.string_at(wav, 2 * count))
        return 0

    callback = callback_type(write)
    lib.espeak_SetSynthCallback(callback)
    lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint]
    lib.espeak_Synth.argtypes += [ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
    for line in sentences_file.read_text(encoding="utf-8").splitlines():
        data = line.encode("utf-8")
        lib.espeak_Synth(data, len(data) + 1, 0, 1, 0, 1, None, None)
    lib.espeak_Synchronize()
    stdin.close()
    sys.exit(encoder.wait())


def median_run(runs: list[Run]) -> dict[str, float]:
    """Medians of the timed runs; memory from the sampled run (the last)."""
    for run in runs:
        if run.returncode != 0:
            raise SystemExit(f"a run failed: {run.stderr.decode()[-500:]}")
    timed, sampled = runs[:-1], runs[-1]
    return {
        "wall": statistics.median(r.wall_s for r in timed),
        "cpu": statistics.median(r.cpu_s for r in timed),
        "tree": sampled.peak_tree_bytes / MIB,
        "one": sampled.peak_process_bytes / MIB,
    }


Medians = dict[str, float]


def measure(
    article: Path, work: Path, repeats: int, extra: tuple[str, ...] = (), outputs: int = 1
) -> tuple[Medians, Medians, Medians, float]:
    """`article` is a file (built as one episode) or a folder (built as an edition of its files)."""
    files = sorted(article.glob("*.txt")) if article.is_dir() else [article]
    plans = [json.loads(_cli("plan", str(f)).stdout) for f in files]
    sentences = work / f"{article.stem}.sentences.txt"
    spoken = [s["spoken"] for plan in plans for seg in plan["segments"] for s in seg["sentences"]]
    sentences.write_text("\n".join(spoken), "utf-8")
    tool, floor, unchanged = [], [], []
    floor_cmd = [sys.executable, __file__, "--floor-child", str(sentences), str(work / "floor"), str(outputs)]
    # timed runs alternate tool and floor; memory is sampled in a run of its own (the sampler
    # reads /proc every few ms, which would slow what it measures on a small machine)
    for i in range(repeats + 1):
        sample = i == repeats
        out, cache = work / f"{article.stem}-out{i}", work / f"{article.stem}-cache{i}"
        cmd = [sys.executable, "-m", "audio_edition", "-q"]
        if article.is_dir():
            cmd += ["edition", str(article), "--title", "Bản tin", "--date", "2018-11-07"]
        else:
            cmd += ["build", str(article)]
        cmd += ["-o", str(out), "--engine", "espeak", "--cache-dir", str(cache), *extra]
        tool.append(run_measured(cmd, sample=sample))
        unchanged.append(run_measured(cmd, sample=sample))
        floor.append(run_measured(floor_cmd, sample=sample))
    manifests = [p for p in out.glob("*.json") if not p.name.endswith(".chapters.json")]
    manifest = next((p for p in manifests if p.name.endswith(".edition.json")), manifests[0])
    audio_s = json.loads(manifest.read_text(encoding="utf-8"))["duration_ms"] / 1000
    return median_run(tool), median_run(floor), median_run(unchanged), audio_s


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--floor-child":
        floor_child(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--times", type=int, default=20, help="copies of the sample's body in the long input")
    parser.add_argument(
        "--edition",
        action="store_true",
        help="instead: an edition of --times articles (with their own MP3s) against the floor speaking them",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs: dict[str, tuple[Path, tuple[str, ...], int]]
        if args.edition:
            folder = edition_articles(args.times, work / "edition")
            # with its articles' MP3s, against a floor that encodes the speech twice; alone, once
            inputs = {f"ed{args.times}": (folder, (), 2), f"ed{args.times}-1": (folder, ("--no-articles",), 1)}
        else:
            long = long_article(args.times, work / f"long-{args.times}x.txt")
            inputs = {"1x": (SAMPLE, (), 1), f"{args.times}x": (long, (), 1)}
        print(f"medians of {args.repeats} runs; memory: peak sum over the process tree (largest single process)")
        header = f"{'input':<8}{'audio':>9}{'tool':>9}{'floor':>9}{'ratio':>7}{'tool CPU':>10}{'floor CPU':>10}"
        header += f"{'tool MiB':>16}{'floor MiB':>16}{'unchanged':>11}"
        print(header)
        walls = {}
        for name, (article, extra, outputs) in inputs.items():
            tool, floor, unchanged, audio_s = measure(article, work, args.repeats, extra, outputs)
            walls[name] = tool["wall"]
            ratio = tool["wall"] / floor["wall"]
            print(
                f"{name:<8}{audio_s:>8.0f}s{tool['wall']:>8.2f}s{floor['wall']:>8.2f}s{ratio:>6.2f}x"
                f"{tool['cpu']:>9.2f}s{floor['cpu']:>9.2f}s"
                f"{tool['tree']:>8.0f} ({tool['one']:>4.0f}){floor['tree']:>8.0f} ({floor['one']:>4.0f})"
                f"{unchanged['wall']:>10.2f}s",
                flush=True,
            )
        if not args.edition:
            first, last = walls.values()
            print(f"tool time {args.times}x / 1x: {last / first:.1f} (linear would be about {args.times})")


if __name__ == "__main__":
    main()
