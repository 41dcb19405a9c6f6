"""One BLAS thread for the whole ``warta`` process when the encoder runs on one (its default).

numpy's OpenBLAS starts a worker per core when numpy is imported, and after every matrix product
outside the encoder's thread limit (the summary's and title's similarity products, for instance) that
worker spins waiting for more work: ~0.1 s of CPU in a brief of five articles, spent on nothing.
:func:`single_thread_before_numpy` sets ``OPENBLAS_NUM_THREADS=1`` (and OpenMP's and MKL's
variables) before numpy is imported, when the encoder is to run on one thread and the user set no
such variable. Only the CLI calls it (its process is warta's own). Matrix products split their
output between threads, never a sum, so every result is the one two threads give.

:func:`known_single` then tells the encoder that no thread limiter is needed (no threadpoolctl import
and scan of the loaded libraries).
"""

from __future__ import annotations

import os
import sys

VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_single = False  # set by single_thread_before_numpy: this process's BLAS runs one thread


def single_thread_before_numpy() -> bool:
    """Make numpy's BLAS run one thread in this process, if it is not loaded yet and nobody said otherwise.

    Returns whether it did (False: numpy already imported, a thread variable set by the user, or the
    encoder set to more than one thread, or to something that is no number).
    """
    global _single
    if "numpy" in sys.modules or any(os.environ.get(name) for name in VARIABLES):
        return False
    from warta.errors import ConfigError
    from warta.text.encoder_threads import encoder_threads

    try:
        if encoder_threads() != 1:
            return False
    except ConfigError:  # a bad WARTA_ENCODER_THREADS: the encoder says so when it is used
        return False
    for name in VARIABLES:
        os.environ[name] = "1"
    _single = True
    return True


def known_single() -> bool:
    """Whether :func:`single_thread_before_numpy` made this process's BLAS single-threaded."""
    return _single
