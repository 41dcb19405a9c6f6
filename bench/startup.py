"""Start-up: CPU of a cold ``warta`` process against named baselines, each run as a user runs it.

    nice -n 10 .venv/bin/python bench/startup.py [--shared ../shared] [--repeat 3] [--base OTHER/src]

Every command runs in a fresh process; its CPU (user + system, from ``getrusage`` of the children)
is the best of ``--repeat`` runs, all in this one run. Pairs (issue 18's targets):

- ``warta --version`` against ``python -c "import numpy"`` (target: at most 3x);
- ``warta brief`` of the five seeds (``shared/seeds``, plain text) against trafilatura extracting
  the same five in one process (``trafilatura.extract`` of each seed as an HTML page of one
  paragraph per line, since trafilatura takes no plain text; target: at most 3x).

``--base OTHER/src`` measures another tree too (``PYTHONPATH`` set to it, its own cache folder), in
the same run: each timed command runs once per tree in turn, ``--repeat`` rounds, so both trees see
the same machine load; the figures read ``branch (base X)``, and both trees' ratios divide by the
baseline's best run of either round (a baseline runs the same command whatever the tree).

warta's disk cache (tokenizer, gazetteer, encoder weights) is built by one run before the timed
ones, as after a user's first start; ``first start`` is one run with an empty cache folder.

Bytecode: an installed package (warta's wheel, numpy, trafilatura) has its modules compiled, but a
source tree run with ``PYTHONDONTWRITEBYTECODE`` set would compile warta's ~130 modules in every
process (~0.35 s) while the baselines read their site-packages' ``.pyc``. So every command here
writes and reads bytecode under one ``PYTHONPYCACHEPREFIX`` folder of this run (for all modules,
warta's and the libraries' alike), and each command runs once untimed before it is timed.
"""

from __future__ import annotations

import argparse
import html
import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from warta.evaluate.paths import default_shared

TRAFILATURA = """
import sys
from pathlib import Path
import trafilatura
for path in sorted(Path(sys.argv[1]).glob("*.html")):
    trafilatura.extract(path.read_text(encoding="utf-8"))
"""


def cpu_of(cmd: Sequence[str], *, env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one run of ``cmd`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def as_pages(seeds: Path, folder: Path) -> Path:
    """Each seed as a small HTML page (one paragraph per line), for trafilatura."""
    for path in sorted(seeds.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        title, body = html.escape(lines[0]), "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
        page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
        (folder / f"{path.stem}.html").write_text(page, encoding="utf-8")
    return folder


def best_of_trees(cmd: Sequence[str], *, envs: dict[str, dict[str, str]], repeat: int) -> dict[str, float]:
    """The best of ``repeat`` runs of ``cmd`` under each tree's environment, the trees alternating."""
    runs: dict[str, list[float]] = {tree: [] for tree in envs}
    for _ in range(repeat):
        for tree, env in envs.items():
            runs[tree].append(cpu_of(cmd, env=env))
    return {tree: min(seconds) for tree, seconds in runs.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument(
        "--base", type=Path, help="another tree's src/ folder, measured in the same run (alternating)"
    )
    args = p.parse_args()
    seeds = (args.shared or default_shared()) / "seeds"
    python = sys.executable
    warta = [python, "-m", "warta"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"PYTHONPYCACHEPREFIX": str(work / "pycache")}
        envs = {"branch": env | {"WARTA_CACHE_DIR": str(work / "cache")}}
        if args.base is not None:
            envs["base"] = env | {
                "WARTA_CACHE_DIR": str(work / "cache-base"),
                "PYTHONPATH": str(args.base.resolve()),
            }
        (work / "pages").mkdir()
        pages = as_pages(seeds, work / "pages")
        brief = [*warta, "brief", "-q", str(seeds)]
        trafilatura = [python, "-c", TRAFILATURA, str(pages)]
        load = os.getloadavg()
        first: dict[str, float] = {}
        for tree, tree_env in envs.items():
            for cmd in ([*warta, "--version"], [python, "-c", "import numpy"], trafilatura):
                cpu_of(cmd, env=tree_env)  # bytecode written, untimed
            cpu_of(brief, env={**tree_env, "WARTA_CACHE_DIR": str(work / f"bytecode-run-{tree}")})
            first[tree] = cpu_of(brief, env=tree_env)  # empty cache folder: what a first start builds
        rows = [
            ("warta --version", best_of_trees([*warta, "--version"], envs=envs, repeat=args.repeat)),
            (
                'python -c "import numpy" (baseline)',
                best_of_trees([python, "-c", "import numpy"], envs=envs, repeat=args.repeat),
            ),
            ("warta brief of the five seeds", best_of_trees(brief, envs=envs, repeat=args.repeat)),
            (
                "trafilatura extracting the five (baseline)",
                best_of_trees(trafilatura, envs=envs, repeat=args.repeat),
            ),
        ]
    print(f"start-up, CPU s, best of {args.repeat} cold processes; load average {load[0]:.2f}")

    def seconds(by_tree: dict[str, float]) -> str:
        base = f" (base {by_tree['base']:.2f})" if "base" in by_tree else ""
        return f"{by_tree['branch']:.2f}{base}"

    for name, by_tree in rows:
        print(f"  {name}: {seconds(by_tree)}")
    print(f"  warta brief of the five seeds, first start (empty cache): {seconds(first)}")
    version, numpy_s, ours, base = (by_tree for _, by_tree in rows)

    def ratio(top: dict[str, float], bottom: dict[str, float]) -> str:
        # A baseline does not depend on the tree: both trees' ratios take its best run of all.
        least = min(bottom.values())
        other = f", base {top['base'] / least:.1f}x" if "base" in top else ""
        return f"{top['branch'] / least:.1f}x{other}"

    print(f"  --version / import numpy: {ratio(version, numpy_s)} (target 3x)")
    print(f"  brief / trafilatura: {ratio(ours, base)} (target 3x)")


if __name__ == "__main__":
    main()
