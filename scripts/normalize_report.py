"""Pass counts per category of the normalizer's case table (tests/normalize/cases.tsv),
and the failing rows, if any.

    .venv/bin/python scripts/normalize_report.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from audio_edition.normalize import NORTHERN, SOUTHERN, normalize

TABLE = Path(__file__).resolve().parent.parent / "tests" / "normalize" / "cases.tsv"


def main() -> None:
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        category, written, spoken = line.split("\t")
        written = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), written)
        got = normalize(written, SOUTHERN if category == "southern" else NORTHERN)
        total[category] += 1
        if got == spoken:
            passed[category] += 1
        else:
            failures.append((category, written, spoken, got))
    for category in sorted(total):
        print(f"{category:<13} {passed[category]:>4}/{total[category]:<4}")
    print(f"{'all':<13} {sum(passed.values()):>4}/{sum(total.values()):<4}")
    for category, written, spoken, got in failures:
        print(f"FAIL {category}: {written!r}\n  expected: {spoken}\n  got:      {got}")


if __name__ == "__main__":
    main()
