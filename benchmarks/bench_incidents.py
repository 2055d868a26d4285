"""Incident records on every gold set the team has, in one table (issue "Incident records").

    python benchmarks/bench_incidents.py [--out benchmarks/results/incidents.json]

Sets: the dev gold (../shared/corpora/dev, validation only), the seed article
alone, the team corpus (corpora/incidents, used to develop the stage), the
held-out team corpus (corpora/incidents-heldout, never used for tuning), the
real-text set (corpora/real/ant.jsonl: 80 real Jawhara FM articles of ANT with
hand-made incident gold, measurement only; the text is read at run time from
../shared/corpora/ant with the pipeline's reader, and the set is skipped with a
notice when ../shared is missing; entities and timexes are not annotated there,
so only its incident scores mean anything), and the no-event sentences
(corpora/negatives/sentences.jsonl: the share that gives no record). Scoring is
spec section 5 (pipeline/evaluate/records.py), the same as `rasd evaluate DIR`.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import make_pipeline  # noqa: E402
from pipeline.evaluate import harness  # noqa: E402

SHARED = REPO.parent / "shared"
SETS = {
    "dev": SHARED / "corpora" / "dev",
    "seed": SHARED / "corpora" / "dev" / "seed-meo-2021-04.json",
    "team": REPO / "corpora" / "incidents",
    "heldout": REPO / "corpora" / "incidents-heldout",
}
REAL = REPO / "corpora" / "real" / "ant.jsonl"
ANT = SHARED / "corpora" / "ant"


def real_golds(gold_path: Path = REAL, ant: Path = ANT) -> list[dict] | None:
    """Gold documents of the real-text set: each article read from ANT with the pipeline's reader, plus its gold.

    None (after a printed notice) when ANT or one of the articles is missing: the set is then skipped.
    """
    from pipeline.core import _check_date
    from pipeline.io.readers import read_file

    if not ant.exists():
        print(f"real     skipped: {ant} not found (the real-text set reads its articles from there)", flush=True)
        return None
    golds = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        path = ant / g["source"].removeprefix("ant/")
        if not path.exists():
            print(f"real     skipped: {path} not found", flush=True)
            return None
        (article,) = [r.data for r in read_file(path)]
        if article["id"] != g["id"] or _check_date(article.get("published")) != g["published"]:
            raise SystemExit(f"{path}: the reader gives {article['id']} {article.get('published')}, "
                             f"the gold {g['id']} {g['published']}")
        golds.append({**article, "gold": {"entities": [], "timexes": [], "incidents": g["gold"]["incidents"]}})
    return golds


def score_set(path: Path | list[dict]) -> dict:
    golds = path if isinstance(path, list) else harness.load_gold(path)
    t0 = time.perf_counter()
    preds = harness.predict(golds)
    inc = harness.evaluate(golds, preds).to_dict()["incidents"]
    return {
        "articles": len(golds), "gold": inc["gold"], "predicted": inc["pred"], "matched": inc["matched"],
        "match": inc["match"], "slots_micro": inc["slots_micro"], "exact_records": inc["exact_records"],
        "slots": {k: round(v["f1"], 3) for k, v in inc["slots"].items()},
        "seconds": round(time.perf_counter() - t0, 2),
    }


def negatives(path: Path) -> dict:
    nlp = make_pipeline()
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    recorded = [x["id"] for x in lines if nlp.process(x).incidents]
    return {"sentences": len(lines), "with_a_record": len(recorded),
            "no_record_share": round(1 - len(recorded) / len(lines), 4), "ids_with_a_record": recorded}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "incidents.json"))
    args = ap.parse_args()
    results = {"command": "python benchmarks/bench_incidents.py", "python": platform.python_version(), "sets": {}}
    sets: dict[str, Path | list[dict]] = {k: v for k, v in SETS.items() if v.exists()}
    real = real_golds()
    if real is not None:
        sets["real"] = real
    for name, path in sets.items():
        results["sets"][name] = score_set(path)
        r = results["sets"][name]
        print(f"{name:8} gold {r['gold']:4} pred {r['predicted']:4} match F1 {r['match']['f1']:.3f} "
              f"slot F1 {r['slots_micro']['f1']:.3f} exact {r['exact_records']}", flush=True)
    results["negatives"] = negatives(REPO / "corpora" / "negatives" / "sentences.jsonl")
    n = results["negatives"]
    print(f"negatives {n['sentences']} sentences, {n['no_record_share']:.1%} without a record")
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
