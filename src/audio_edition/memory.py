"""How the C allocator is asked to behave in a process that streams audio through numpy.

glibc's malloc raises its mmap threshold to the size of any large block freed (up to 32 MiB),
after which clip-sized arrays come from the heap and freed memory stays resident; each thread
also gets its own arena. Measured on a one-hour build (scripts/bench_floor.py): the main
process held 113 MiB at its peak with the defaults and 88 MiB with a fixed 1 MiB threshold
and two arenas, at the same speed (a 128 KiB threshold saved more but cost 25 % in page faults).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
_M_ARENA_MAX = -8


def tune_allocator() -> bool:
    """Apply the settings above; False where the C library is not glibc (nothing changes)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(_M_MMAP_THRESHOLD, 1 << 20)) and bool(mallopt(_M_ARENA_MAX, 2))
