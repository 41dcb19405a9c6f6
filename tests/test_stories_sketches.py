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


@pytest.mark.parametrize(("num_perm", "seed", "scheme"), [(64, 1, "affine32"), (128, 7, "affine64")])
def test_stored_permutations_are_the_ones_minhash_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, num_perm: int, seed: int, scheme: str
) -> None:
    import numpy as np
    from datasketch import MinHash

    from warta.stories.sketches import permutations

    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    drawn = MinHash(num_perm=num_perm, seed=seed, scheme=scheme).permutations  # type: ignore[arg-type]
    first, stored = (
        permutations(num_perm, seed=seed, scheme=scheme),
        permutations(num_perm, seed=seed, scheme=scheme),
    )
    assert list(tmp_path.glob("minhash-permutations-*"))
    for got in (first, stored):
        assert got.dtype == drawn.dtype and np.array_equal(got, drawn)


def test_a_brief_with_the_permutations_stored_never_imports_numpy_random(tmp_path: Path) -> None:
    child = (
        "import sys\n"
        "from warta.stories.records import signature\n"
        "from warta.reconcile.quotes import _near_copies\n"
        "print(len(signature(['a', 'b', 'c', 'd'])), sorted(_near_copies(['satu dua tiga empat', 'satu dua tiga empat'])),"
        " 'numpy.random' in sys.modules)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "WARTA_CACHE_DIR": str(tmp_path),
    }

    def run() -> str:
        return subprocess.run(
            [sys.executable, "-c", child], capture_output=True, text=True, check=True, env=env
        ).stdout

    assert run().strip() == "64 [(0, 1)] True"  # drawn and stored
    assert run().strip() == "64 [(0, 1)] False"
