"""Benchmark: dedupe + incremental clustering vs a plain TF-IDF + agglomerative baseline, in one run.

    python bench/stories.py [--sizes 1000,5000,20000,50000] [--shared ../shared]

IndoSum records are built once (embeddings included); larger sizes repeat them with dates shifted
by 600 days per round and 5% of their words replaced (signatures recomputed; the lead embedding is
reused, as a light edit barely moves it). Each size runs in a fresh subprocess, so its peak RSS is
its own. The baseline clusters the same texts with scikit-learn TF-IDF and average-link
agglomerative clustering on the full similarity matrix, while that matrix fits in 2 GiB.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from warta.stories.records import Record, signature

MATRIX_LIMIT = 2 * 1024**3


def base_records(shared: Path, cache: Path) -> list[Record]:
    """IndoSum records with embeddings (cached between runs in ``cache``)."""
    if cache.is_file():
        return list(pickle.loads(cache.read_bytes()))
    from warta.evaluate.clustering import indosum_articles
    from warta.stories.records import build_records

    records = list(build_records(indosum_articles(shared / "data" / "indosum" / "articles.jsonl")))
    cache.write_bytes(pickle.dumps(records))
    return records


def scaled(records: list[Record], n: int) -> list[Record]:
    """``n`` records: IndoSum repeated with shifted dates and 5% of the words replaced."""
    rng = random.Random(n)
    out = []
    for k in range(n):
        rec = records[k % len(records)]
        rnd = k // len(records)
        if rnd == 0:
            out.append(rec)
            continue
        terms = list(rec.body_terms)
        for i in rng.sample(range(len(terms)), k=len(terms) // 20) if terms else []:
            terms[i] = f"w{rng.randrange(10**6)}"
        day = date.fromisoformat(rec.published or "2017-01-01") + timedelta(days=600 * rnd)
        out.append(
            replace(
                rec,
                id=f"{rec.id}#{rnd}",
                published=day.isoformat(),
                body_terms=tuple(terms),
                minhash=signature(terms),
            )
        )
    return out


def run_engine(path: Path) -> dict[str, float]:
    """Dedupe + clustering over the pickled records; seconds and peak RSS."""
    from warta.stories.group import index_records

    records = pickle.loads(path.read_bytes())
    start = time.perf_counter()
    index = index_records(records)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "stories": len(index.stories()), "live": index.live_count()}


def run_baseline(path: Path) -> dict[str, float]:
    """TF-IDF + average-link agglomerative clustering on the full cosine distance matrix."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    records = pickle.loads(path.read_bytes())
    start = time.perf_counter()
    docs = [" ".join(r.title_terms + r.body_terms) for r in records]
    tfidf = TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+").fit_transform(docs)
    distance = 1.0 - (tfidf @ tfidf.T).toarray()
    np.clip(distance, 0.0, 1.0, out=distance)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=0.75
    ).fit_predict(distance)
    return {"seconds": time.perf_counter() - start, "stories": int(labels.max()) + 1}


def child(kind: str, path: Path) -> None:
    result = run_engine(path) if kind == "engine" else run_baseline(path)
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(kind: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True
    )
    if out.returncode != 0:
        return {"error": 1.0}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000,50000")
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument(
        "--cache", default=str(Path(tempfile.gettempdir()) / "warta-bench-indosum-records.pkl")
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    base = base_records(Path(args.shared), Path(args.cache))
    print(
        "| articles | engine art/s | engine peak MiB | stories | baseline art/s | baseline peak MiB | speed ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"records-{n}.pkl"
            path.write_bytes(pickle.dumps(scaled(base, n)))
            eng = measure("engine", path)
            fits = n * n * 8 * 2 <= MATRIX_LIMIT  # the distance matrix and its working copy
            base_r = measure("baseline", path) if fits else {}
            e_rate = n / eng["seconds"] if "seconds" in eng else float("nan")
            b_rate = n / base_r["seconds"] if "seconds" in base_r else float("nan")
            ratio = f"{e_rate / b_rate:.2f}x" if base_r.get("seconds") else "baseline does not fit"
            print(
                f"| {n} | {e_rate:.0f} | {eng.get('peak_mib', float('nan')):.0f} | {eng.get('stories', 0):.0f} | "
                f"{b_rate:.0f} | {base_r.get('peak_mib', float('nan')):.0f} | {ratio} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
