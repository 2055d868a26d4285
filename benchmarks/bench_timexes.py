"""Time expressions: Rasd against dateparser, in one run.

    python benchmarks/bench_timexes.py [--out benchmarks/results/timexes.json]

Data: the team's test set (``corpora/timexes/timexes.jsonl``) and the dev gold
(``../shared/corpora/dev/*.json``); detection recall of DATE spans in the
Wojood sample's test part (``../shared/corpora/wojood-sample/test.txt``).

1. Rasd in running text (what the pipeline does): detection P/R/F1 by span
   overlap and value accuracy of the paired expressions (spec section 5).
2. Both systems given the exact gold span and the publication date: value
   accuracy and expressions per second on the same inputs. dateparser gets
   ``languages=["ar"]``, ``RELATIVE_BASE`` = the publication date and
   ``PREFER_DATES_FROM="past"``; its datetime is written in the shape of the
   gold value (day, month, year, ISO week, clock time), which favours it: it
   cannot express parts of day, seasons or Hijri originals, and a null gold
   value (vague, duration) counts as right when it returns nothing. Rasd's
   value is that of the first expression it finds in the span.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpora"


def load_team() -> list[dict]:
    docs = []
    for line in (REPO / "corpora" / "timexes" / "timexes.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        docs.append({"id": d["id"], "text": d["text"], "published": d["published"], "timexes": d["timexes"]})
    return docs


def load_dev() -> list[dict]:
    docs = []
    for p in sorted((SHARED / "dev").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        docs.append({"id": d["id"], "text": d["text"], "published": d["published"], "timexes": d["gold"]["timexes"]})
    return docs


def dateparser_value(parsed: dt.datetime | None, gold: str | None) -> str | None:
    """dateparser's answer in the shape of the gold value."""
    if parsed is None:
        return None
    if gold is None:
        return parsed.date().isoformat()
    if re.fullmatch(r"\d{4}", gold):
        return f"{parsed.year:04d}"
    if re.fullmatch(r"\d{4}-\d{2}", gold):
        return parsed.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}-W\d{2}", gold):
        y, w, _ = parsed.isocalendar()
        return f"{y}-W{w:02d}"
    if re.search(r"T\d{2}:\d{2}$", gold):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    if gold.startswith("XXXX-"):
        return "XXXX-" + parsed.strftime("%m-%d")
    return parsed.date().isoformat()


def spans(docs):
    for d in docs:
        for g in d["timexes"]:
            yield g["text"], d["published"], g.get("value")


def run_rasd_spans(items):
    from pipeline.stages.normalize import NormalizedText
    from pipeline.stages.timexes import find_timexes

    find_timexes(NormalizedText.of("في 18 أبريل"), "2021-04-25")  # warm-up: build the patterns
    out = []
    t0 = time.perf_counter()
    for text, pub, _ in items:
        found = find_timexes(NormalizedText.of(text), pub)
        out.append(found[0].value if found else None)
    return out, time.perf_counter() - t0


def run_dateparser_spans(items):
    import dateparser

    dateparser.parse("18 أبريل 2021", languages=["ar"])  # warm-up: load its language data
    out = []
    t0 = time.perf_counter()
    for text, pub, gold in items:
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if pub:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(pub)
        try:
            parsed = dateparser.parse(text, languages=["ar"], settings=settings)
        except Exception:  # dateparser raises on some inputs; that is a miss
            parsed = None
        out.append(dateparser_value(parsed, gold))
    return out, time.perf_counter() - t0


def accuracy(pred, items):
    return sum(p == g for p, (_, _, g) in zip(pred, items)) / len(items)


def running_text(docs):
    from pipeline.evaluate.timexes import TimexScore
    from pipeline.stages.normalize import NormalizedText
    from pipeline.stages.timexes import find_timexes

    score = TimexScore()
    t0 = time.perf_counter()
    for d in docs:
        pred = [t.to_dict() for t in find_timexes(NormalizedText.of(d["text"]), d["published"])]
        score.add(d["timexes"], pred, d["id"], d["text"])
    return score.to_dict(), time.perf_counter() - t0


def wojood_recall() -> dict:
    from pipeline.evaluate.conll import read_conll, sentence_text, spans as iob_spans
    from pipeline.stages.normalize import NormalizedText
    from pipeline.stages.timexes import find_timexes

    total = hit = 0
    for tokens, tags in read_conll(SHARED / "wojood-sample" / "test.txt"):
        text, offs = sentence_text(tokens)
        found = find_timexes(NormalizedText.of(text), None)
        for a, b in iob_spans(tags, "DATE"):
            s, e = offs[a][0], offs[b][1]
            total += 1
            hit += any(t.start < e and s < t.end for t in found)
    return {"date_spans": total, "found": hit, "recall": round(hit / total, 4) if total else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "timexes.json"))
    ap.add_argument("--errors", action="store_true", help="list Rasd's given-span errors")
    args = ap.parse_args()
    result = {}
    for name, docs in (("team", load_team()), ("dev", load_dev())):
        items = list(spans(docs))
        rasd_pred, rasd_s = run_rasd_spans(items)
        dp_pred, dp_s = run_dateparser_spans(items)
        if args.errors:
            for p, (text, pub, gold) in zip(rasd_pred, items):
                if p != gold:
                    print(f"{name}: {text!r} published {pub}: gold {gold}, rasd {p}")
        running, run_s = running_text(docs)
        result[name] = {
            "expressions": len(items),
            "running_text": running,
            "given_span": {
                "rasd": {"value_accuracy": round(accuracy(rasd_pred, items), 4),
                         "expressions_per_s": round(len(items) / rasd_s, 1)},
                "dateparser": {"value_accuracy": round(accuracy(dp_pred, items), 4),
                               "expressions_per_s": round(len(items) / dp_s, 1)},
            },
        }
    result["wojood_test_date_recall"] = wojood_recall()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("| set | expressions | Rasd detection F1 (P/R), running text | Rasd value acc., running text "
          "| Rasd value acc., given span | dateparser value acc., given span | Rasd expr/s | dateparser expr/s |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for name in ("team", "dev"):
        r = result[name]
        rt, gs = r["running_text"], r["given_span"]
        print(f"| {name} | {r['expressions']} | {rt['f1']:.3f} ({rt['precision']:.3f}/{rt['recall']:.3f}) "
              f"| {rt['value_accuracy']:.1%} | {gs['rasd']['value_accuracy']:.1%} | {gs['dateparser']['value_accuracy']:.1%} "
              f"| {gs['rasd']['expressions_per_s']:,.0f} | {gs['dateparser']['expressions_per_s']:,.0f} |")
    w = result["wojood_test_date_recall"]
    print(f"\nWojood sample test DATE spans found: {w['found']} of {w['date_spans']} (recall {w['recall']:.3f})")


if __name__ == "__main__":
    main()
