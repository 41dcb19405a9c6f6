"""datasketch without scipy.integrate at start-up; LSH bands and rows found once, as datasketch finds them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from warta.stories.sketches import lsh_params

CHILD = """
import sys
from warta.stories.sketches import lsh_params
from datasketch import MinHash, MinHashLSH
params = lsh_params(0.3, 64)
lsh = MinHashLSH(threshold=0.3, num_perm=64, params=params)
m = MinHash(num_perm=64)
m.update(b"kata")
lsh.insert("a", m)
print(params, lsh.query(m), "scipy.integrate" in sys.modules)
import scipy.integrate
print(scipy.integrate.quad.__module__)
"""


def _run(cache: Path) -> list[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "WARTA_CACHE_DIR": str(cache),
    }
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, env=env)
    return out.stdout.splitlines()


def test_a_process_with_the_params_stored_never_loads_scipy_integrate(tmp_path: Path) -> None:
    first = _run(tmp_path)  # finds the params (scipy.integrate loads), stores them
    assert first[0].endswith("['a'] True")
    second = _run(tmp_path)
    assert second[0] == first[0].replace("True", "False")
    assert second[1].startswith("scipy.integrate"), "imported later, it is the real module"


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.3, 64), (0.5, 128), (0.8, 128)])
def test_the_params_are_datasketchs(threshold: float, num_perm: int) -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_params(threshold, num_perm) == (lsh.b, lsh.r)
