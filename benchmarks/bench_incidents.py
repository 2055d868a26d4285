"""Incident records on every gold set the team has, in one table (issue "Incident records").

    python benchmarks/bench_incidents.py [--out benchmarks/results/incidents.json]

Sets: the dev gold (../shared/corpora/dev, validation only), the seed article
alone, the team corpus (corpora/incidents, used to develop the stage), the
held-out team corpus (corpora/incidents-heldout, never used for tuning), and
the no-event sentences (corpora/negatives/sentences.jsonl: the share that gives
no record). Scoring is spec section 5 (pipeline/evaluate/records.py), the same
as `rasd evaluate DIR`.
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


def score_set(path: Path) -> dict:
    golds = harness.load_gold(path)
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
    for name, path in SETS.items():
        if path.exists():
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
