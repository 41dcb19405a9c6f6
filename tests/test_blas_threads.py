"""One BLAS thread in a CLI process when the encoder runs on one, unless the user chose otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.blas_threads import VARIABLES

SRC = Path(__file__).resolve().parent.parent / "src"
CHILD = """
import json, os, sys
{before}
from warta import blas_threads
did = blas_threads.single_thread_before_numpy()
import numpy
from warta.text.encoder_weights import _threadpool
print(json.dumps([did, blas_threads.known_single(), {{v: os.environ.get(v) for v in blas_threads.VARIABLES}},
                  _threadpool(1) is None, "threadpoolctl" in sys.modules]))
"""


def _child(*, before: str = "", **env: str) -> list[object]:
    clean = {k: v for k, v in os.environ.items() if k not in (*VARIABLES, "WARTA_ENCODER_THREADS")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(before=before)],
        capture_output=True,
        text=True,
        check=True,
        env={**clean, "PYTHONPATH": str(SRC), **env},
    )
    result: list[object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_a_fresh_process_gets_one_thread_and_no_limiter() -> None:
    did, single, variables, no_limiter, threadpoolctl = _child()
    assert did and single and no_limiter and not threadpoolctl
    assert variables == dict.fromkeys(VARIABLES, "1")


@pytest.mark.parametrize(
    ("before", "env"),
    [
        ("", {"OMP_NUM_THREADS": "2"}),  # the user's choice stands
        ("", {"WARTA_ENCODER_THREADS": "2"}),  # more encoder threads: BLAS keeps its own
        ("", {"WARTA_ENCODER_THREADS": "many"}),  # not a number: the encoder reports it when used
        ("import numpy", {}),  # too late: numpy has started its threads
    ],
)
def test_left_alone_when_chosen_otherwise_or_too_late(before: str, env: dict[str, str]) -> None:
    did, single, variables, no_limiter, _ = _child(before=before, **env)
    assert not did and not single and not no_limiter
    assert variables == {v: env.get(v) for v in VARIABLES}
