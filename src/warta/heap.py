"""Freed memory kept by the ``warta`` process instead of being handed back to the system and faulted in again.

The sentence encoder's buffers (~2 MB per batch of sentences) are allocated and freed on every batch.
glibc maps an allocation that large afresh each time, or trims the heap after freeing it, until one
large enough was freed to raise its thresholds, so a process pays a page fault per 4 KiB touched:
~15,000 faults (0.02-0.04 s of system CPU) in a brief of five articles. :func:`keep_freed_memory`
sets the thresholds once (``mallopt``): allocations under 32 MiB come from the heap, and up to
64 MiB freed at its top is kept. Only the CLI calls it (its process is warta's own); elsewhere than
glibc it does nothing. Output does not depend on it.
"""

from __future__ import annotations

import os

MMAP_THRESHOLD = 32 << 20  # bytes: smaller allocations come from the heap
TRIM_THRESHOLD = 64 << 20  # bytes: free memory at the heap's top kept up to this
_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3


def glibc() -> bool:
    """Whether this process runs on glibc (whose ``mallopt`` takes these parameters)."""
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError, AttributeError):
        return False


def keep_freed_memory() -> bool:
    """Set glibc's mmap and trim thresholds for this process; False where that is not possible."""
    if not glibc():
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        ok = libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
        return bool(ok and libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1)
    except (OSError, AttributeError):
        return False
