"""Peak memory of a process and everything it starts, read from /proc (Linux only).

For the benchmarks in scripts/ and the memory test: `getrusage` reports the largest single
child, and counts a child's memory from before it exec'd; what a build costs a machine is the
sum over every process alive at once. A sampler thread adds up the resident set of the whole
tree every few milliseconds and keeps the largest sum, and each process's own high-water mark.
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1 << 20


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it, as /proc lists them now."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rindex(")") + 2 :].split()[1])  # the name may hold spaces
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def _memory(pid: int) -> tuple[int, int, int]:
    """Resident, high-water and anonymous (allocated, not file-backed) bytes of one process;
    zeros once it is gone."""
    fields = {"VmRSS:": 0, "VmHWM:": 0, "RssAnon:": 0, "RssShmem:": 0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line.split(maxsplit=1)[0] if line else ""
            if key in fields:
                fields[key] = int(line.split()[1]) * 1024
    except OSError:
        pass
    return fields["VmRSS:"], fields["VmHWM:"], fields["RssAnon:"] + fields["RssShmem:"]


class TreeSampler(threading.Thread):
    """Samples the tree under `pid` until stopped: the largest sum of resident memory seen, the
    largest sum of anonymous memory (what the processes allocated: resident memory less the
    pages of files mapped from the page cache, such as a 170 MB static ffmpeg's code, whose
    resident share varies by 20 MiB with how the kernel caches the file), and the largest
    high-water mark of any one process in it."""

    def __init__(self, pid: int, interval_s: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval_s = pid, interval_s
        self.peak_sum = self.peak_one = self.peak_anonymous = 0
        self._done = threading.Event()

    def sample(self) -> None:
        total = anonymous = 0
        for pid in descendants(self.pid):
            rss, peak, own = _memory(pid)
            total, anonymous = total + rss, anonymous + own
            self.peak_one = max(self.peak_one, peak)
        self.peak_sum = max(self.peak_sum, total)
        self.peak_anonymous = max(self.peak_anonymous, anonymous)

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            time.sleep(self.interval_s)

    def stop(self) -> None:
        self._done.set()
        self.join()


@dataclass(frozen=True, slots=True)
class Run:
    """A command run with its whole process tree's peak memory and CPU time measured."""

    returncode: int
    wall_s: float
    cpu_s: float  # user + system of the whole tree
    peak_tree_bytes: int  # largest sum of resident memory over the tree at one moment
    peak_process_bytes: int  # largest high-water mark of any one process in it
    peak_anonymous_bytes: int  # largest sum of anonymous memory over the tree at one moment
    stdout: bytes
    stderr: bytes


def run_measured(cmd: list[str], sample: bool = True, **kwargs: object) -> Run:
    """Run `cmd` to the end, measuring its time and (if `sample`) its process tree's memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
    sampler = TreeSampler(proc.pid)
    if sample:
        sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if sample:
        sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(proc.returncode, wall, cpu, sampler.peak_sum, sampler.peak_one, sampler.peak_anonymous, out, err)
