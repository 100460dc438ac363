"""Do the ids the piper engine sends equal piper-tts's own, on real articles?

Each article goes through the tool as a build takes it (read, clean, segment, normalize, cut
into requests); every request is spoken by the piper engine with a voice that records the ids
it is given (a tiny ONNX graph beside the real vi_VN-vais1000-medium config), and compared
with what piper-tts's own phonemizer and id mapping make of the same text. Needs the test
extra (onnx). The articles stay outside the repository.

    .venv/bin/python scripts/piper_ids_check.py ~/realtext
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.tts.piper_model import make_voice, recorded_ids, reference_ids  # noqa: E402

from audio_edition.errors import InputError  # noqa: E402
from audio_edition.jobs.episode import Settings, plan_article, read_article, requests_for  # noqa: E402
from audio_edition.tts.espeak import _Library  # noqa: E402
from audio_edition.tts.piper import PiperEngine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="article files or directories of them")
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    with tempfile.TemporaryDirectory() as tmp:
        engine = PiperEngine(model_path=make_voice(Path(tmp), "vi_VN-recording", recording=True))
        total = same = foreign = 0
        for path in files:
            try:
                plan = plan_article(read_article(path), Settings())
            except InputError as exc:
                print(f"{path.name}: not read ({exc})")
                continue
            for request in requests_for(plan.segments):
                sent = recorded_ids(engine.synthesize(request.text, "vi_VN-recording").pcm)
                equal = sent == reference_ids(request.text)
                total += 1
                same += equal
                marked = re.search(r"\([a-z-]+\)", " ".join(_Library.get().phonemes(request.text, "vi")))
                foreign += bool(marked)
                if not equal:
                    print(f"  DIFFERS {path.name}: {request.text}")
    print(
        f"{len(files)} articles, {total} sentences, {foreign} with a foreign word (a language switch in "
        f"espeak-ng): ids equal piper-tts's in {same} ({100 * same / max(total, 1):.1f}%)"
    )


if __name__ == "__main__":
    main()
