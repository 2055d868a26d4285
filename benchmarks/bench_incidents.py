"""Incident records on every gold set the team has, in one table (issue "Incident records").

    python benchmarks/bench_incidents.py [--out benchmarks/results/incidents.json]

Sets: the dev gold (../shared/corpora/dev, validation only), the seed article
alone, the team corpus (corpora/incidents, used to develop the stage), the
held-out team corpus (corpora/incidents-heldout, never used for tuning), the
real-text set (corpora/real/ant.jsonl: 80 real Jawhara FM articles of ANT with
hand-made incident gold, measurement only; the text is read at run time from
../shared/corpora/ant with the pipeline's reader, and the set is skipped with a
notice when ../shared is missing; entities and timexes are not annotated there,
so only its incident scores mean anything), the open real set (corpora/real/open.jsonl:
100 non-reserved ANT articles with the same kind of gold, for development: its errors may be read; read the
same way), and the no-event sentences
(corpora/negatives/sentences.jsonl: the share that gives no record), and the
real sentences (corpora/real/sentences.jsonl: single sentences of reserved ANT
articles labelled by hand event / no_event / context, measurement only; each
sentence's text is read from ../shared/corpora/ant at run time with the
pipeline's reader and processed ALONE, with its article's `published`: the
share of no_event sentences without a record, per kind, and of event sentences
with one; context sentences are excluded and counted; skipped with a notice
when ../shared is missing), and the ANERcorp sentences
(corpora/real/anercorp-test.jsonl: the 79 sentences of ANERcorp's test split
with attack words, labelled by hand the same way, each event sentence with its
events coded; measurement only; the sentences are read from
../shared/corpora/anercorp at run time and processed ALONE with no publication
date: the same shares, plus each event sentence's events matched one-to-one to
its records, event-level P/R/F1 and per-slot accuracy over the matched pairs;
skipped with a notice when ../shared is missing), and the probe sentences
(corpora/probes/*.jsonl: single sentences or short passages written by the
team, one file per area, each with the events an analyst codes from it;
development data: scored like the ANERcorp sentences, with the date and the
casualty list as well, per file and in all, plus the share of sentences whose
records are exactly the gold), and the held-out probe sentences
(corpora/probes-heldout/*.jsonl: the same kind, written after the rules by team
members who had not read the extractor's code; never used to write or tune a
rule; also scored without the lines that overlap a development probe, "distinct",
since two writers often retell the same real event in the same news formula). Scoring is spec section 5
(pipeline/evaluate/records.py), the same as `rasd evaluate DIR`.
Each set also says why its unmatched gold records are lost ("unmatched gold":
no record left in the article, or the left ones differ in date, place or both).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import make_pipeline  # noqa: E402
from pipeline.evaluate import harness, records  # noqa: E402
from pipeline.stages.normalize import normalize  # noqa: E402

SHARED = REPO.parent / "shared"
SETS = {
    "dev": SHARED / "corpora" / "dev",
    "seed": SHARED / "corpora" / "dev" / "seed-meo-2021-04.json",
    "team": REPO / "corpora" / "incidents",
    "heldout": REPO / "corpora" / "incidents-heldout",
    # follow-up articles (trials, funerals, reactions, anniversaries, tolls) written by team members who never read
    # the code; incidents only; never used for tuning
    "followup": REPO / "corpora" / "followup-heldout",
    # the same kind of articles by other writers, for development (their errors may be read)
    "followup_dev": REPO / "corpora" / "followup",
}
REAL = REPO / "corpora" / "real" / "ant.jsonl"
OPEN = REPO / "corpora" / "real" / "open.jsonl"
REAL_SENTENCES = REPO / "corpora" / "real" / "sentences.jsonl"
ANT = SHARED / "corpora" / "ant"
ANER_SENTENCES = REPO / "corpora" / "real" / "anercorp-test.jsonl"
ANERCORP = SHARED / "corpora" / "anercorp"
# the slots compared over matched (gold event, record) pairs of the ANERcorp sentences; no date (none is given)
ANER_SLOTS = ("event_type", "weapon", "sub_event_type", "location", "target", "perpetrator", "claimed_by", "killed",
              "wounded", "munitions_count")
PROBES = REPO / "corpora" / "probes"
PROBES_HELDOUT = REPO / "corpora" / "probes-heldout"
# the probe sentences carry a publication date and full casualty lists, so both are compared too
PROBE_SLOTS = ANER_SLOTS + ("casualties", "event_date")
# A held-out probe line whose words overlap a development probe line this much (Jaccard over normalized words of
# three letters or more) is "near" it: written by another person, but often on the same real event with the same
# news formula, so fixing the development line may fix it too. The held-out score is also given without them.
NEAR_OVERLAP = 0.3


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


def unmatched(golds: list[dict], preds: list[dict]) -> dict[str, int]:
    """Why the gold records that match no prediction are lost, against the article's predicted records left
    over after matching: none left (the event got no record), or left ones that agree on the place but not
    the date (split by whether the gold date is null), on the date but not the place, or on neither."""
    why = {"no_record": 0, "date_differs": 0, "date_differs_gold_null": 0, "place_differs": 0, "both_differ": 0}
    by_id = {str(p.get("id")): p.get("incidents") or [] for p in preds}
    for g in golds:
        gold, pred = g["gold"]["incidents"], by_id.get(str(g["id"]), [])
        pairs = records.match_incidents(gold, pred)
        used_g, used_p = {a for a, _ in pairs}, {b for _, b in pairs}
        spare = [r for j, r in enumerate(pred) if j not in used_p]
        for i, x in enumerate(gold):
            if i in used_g:
                continue
            date = any(records.dates_agree(x.get("event_date"), r.get("event_date")) for r in spare)
            place = any(records.places_agree(x.get("location"), r.get("location")) for r in spare)
            if not spare:
                why["no_record"] += 1
            elif place and not date:
                why["date_differs_gold_null" if x.get("event_date") is None else "date_differs"] += 1
            elif date and not place:
                why["place_differs"] += 1
            else:
                why["both_differ"] += 1
    return why


def score_set(path: Path | list[dict]) -> dict:
    golds = path if isinstance(path, list) else harness.load_gold(path)
    t0 = time.perf_counter()
    preds = harness.predict(golds)
    inc = harness.evaluate(golds, preds).to_dict()["incidents"]
    return {
        "articles": len(golds), "gold": inc["gold"], "predicted": inc["pred"], "matched": inc["matched"],
        "match": inc["match"], "slots_micro": inc["slots_micro"], "exact_records": inc["exact_records"],
        "slots": {k: round(v["f1"], 3) for k, v in inc["slots"].items()},
        "unmatched_gold": unmatched(golds, preds),
        "seconds": round(time.perf_counter() - t0, 2),
    }


def negatives(path: Path) -> dict:
    nlp = make_pipeline()
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    recorded = [x["id"] for x in lines if nlp.process(x).incidents]
    return {"sentences": len(lines), "with_a_record": len(recorded),
            "no_record_share": round(1 - len(recorded) / len(lines), 4), "ids_with_a_record": recorded}


def real_sentences(path: Path = REAL_SENTENCES, ant: Path = ANT) -> dict | None:
    """The real sentences, each processed alone: no_event without a record, event with one (None if no ANT)."""
    from pipeline.core import _check_date
    from pipeline.io.readers import read_file

    if not ant.exists():
        print(f"real sentences skipped: {ant} not found (the sentences are read from there)", flush=True)
        return None
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts: dict[str, dict] = {}
    nlp = make_pipeline()
    out: dict = {"sentences": len(lines), "context_excluded": 0}
    run: list[tuple[dict, bool]] = []
    for x in lines:
        if x["source"] not in texts:
            fpath = ant / x["source"].removeprefix("ant/")
            if not fpath.exists():
                print(f"real sentences skipped: {fpath} not found", flush=True)
                return None
            (texts[x["source"]],) = [r.data for r in read_file(fpath)]
        art = texts[x["source"]]
        if art["id"] != x["article_id"] or _check_date(art.get("published")) != x["published"]:
            raise SystemExit(f"{x['source']}: the reader gives {art['id']} {art.get('published')}, "
                             f"the file {x['article_id']} {x['published']}")
        if x["label"] == "context":
            out["context_excluded"] += 1
            continue
        doc = nlp.process({"id": x["id"], "text": art["text"][x["start"]:x["end"]], "published": x["published"]})
        run.append((x, bool(doc.incidents)))
    out.update(sentence_shares(run))
    return out


def sentence_shares(run: list[tuple[dict, bool]]) -> dict:
    """For labelled sentences (context excluded) and whether each gave a record: the share of no_event sentences
    without a record (per kind) and of event sentences with one."""
    no_event = [(x, rec) for x, rec in run if x["label"] == "no_event"]
    event = [(x, rec) for x, rec in run if x["label"] != "no_event"]
    kinds: dict[str, dict] = {}
    for x, rec in no_event:
        k = kinds.setdefault(x["kind"], {"sentences": 0, "with_a_record": 0})
        k["sentences"] += 1
        k["with_a_record"] += rec
    no_event_hit = [x["id"] for x, rec in no_event if rec]
    event_miss = [x["id"] for x, rec in event if not rec]
    n_no, n_ev = len(no_event), len(event)
    return {
        "no_event": {"sentences": n_no, "with_a_record": len(no_event_hit),
                     "no_record_share": round(1 - len(no_event_hit) / n_no, 4) if n_no else None,
                     "ids_with_a_record": no_event_hit, "kinds": dict(sorted(kinds.items()))},
        "event": {"sentences": n_ev, "with_a_record": n_ev - len(event_miss),
                  "record_share": round(1 - len(event_miss) / n_ev, 4) if n_ev else None,
                  "ids_without_a_record": event_miss},
    }


def event_agreement(g: dict, p: dict) -> int:
    """How well a coded event and a record agree: weapon or event type, sub-event type, place, casualties (0-4)."""
    return sum((
        g.get("weapon") == p.get("weapon") or g.get("event_type") == p.get("event_type"),
        g.get("sub_event_type") == p.get("sub_event_type"),
        records.places_agree(g.get("location"), p.get("location")),
        records.slot_agrees("casualties", g.get("casualties"), p.get("casualties")),
    ))


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold event, record) of one sentence, best agreement first (ties: earlier gold, then
    earlier record); a pair must agree on at least one of the four keys of ``event_agreement``."""
    from pipeline.evaluate.timexes import one_to_one

    return one_to_one([(-a, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                       if (a := event_agreement(g, p)) > 0])


def slot_equal(slot: str, g, p) -> bool:
    """A slot of a matched pair: places by canonical or overlapping normalized text (spec section 5), targets
    likewise, names normalized, dates by day, casualty lists by (count, outcome), the rest equal (counts: 0 and
    null differ)."""
    if slot in ("location", "target", "perpetrator", "claimed_by", "casualties", "event_date"):
        return records.slot_agrees(slot, g, p)
    return g == p


def sentence_exact(gold: list[dict], pred: list[dict], slots: tuple[str, ...] = ANER_SLOTS) -> bool:
    """Whether a sentence's records are exactly its gold events: as many, each matched, every slot equal."""
    pairs = match_events(gold, pred)
    return len(gold) == len(pred) == len(pairs) and all(
        slot_equal(s, gold[i].get(s), pred[j].get(s)) for i, j in pairs for s in slots)


def score_events(pairs_by_sentence: list[tuple[list[dict], list[dict]]],
                 slots: tuple[str, ...] = ANER_SLOTS) -> dict:
    """Event-level P/R/F1 and per-slot accuracy over the matched pairs, for (gold events, records) per sentence."""
    n_gold = n_pred = n_match = 0
    agree = {s: 0 for s in slots}
    for gold, pred in pairs_by_sentence:
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        for i, j in match_events(gold, pred):
            n_match += 1
            for s in slots:
                agree[s] += slot_equal(s, gold[i].get(s), pred[j].get(s))
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "predicted": n_pred, "matched": n_match,
            "match": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
            "slot_accuracy": {s: round(agree[s] / n_match, 4) if n_match else None for s in slots},
            "slot_agree": agree}


def probe_runs(root: Path = PROBES) -> dict[str, list[tuple[dict, list[dict]]]]:
    """Each probe file's sentences with the records the pipeline gives them, processed alone with their
    publication date: {file stem: [(line, records)]}."""
    nlp = make_pipeline()
    runs: dict[str, list[tuple[dict, list[dict]]]] = {}
    for f in sorted(root.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                x = json.loads(line)
                doc = nlp.process({"id": x["id"], "text": x["text"], "published": x.get("published")})
                runs.setdefault(f.stem, []).append((x, doc.to_output()["incidents"]))
    return runs


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\u0621-\u064A]+", normalize(text)) if len(w) > 2}


def overlap(text: str, others: list[set[str]]) -> float:
    """The largest word-set Jaccard overlap of ``text`` with any of ``others`` (0.0 when there are none)."""
    words = _words(text)
    return max((len(words & o) / len(words | o) for o in others if words | o), default=0.0)


def probes(root: Path = PROBES, development: Path | None = None) -> dict | None:
    """The probe sentences (None when there are none): ``score_events`` with ``PROBE_SLOTS`` in all and per
    file, the micro slot accuracy over matched pairs, and the share of sentences exactly right. With
    ``development`` (a folder of development probes), also ``distinct``: the same scores over the lines whose
    ``overlap`` with every development line is below ``NEAR_OVERLAP``, and ``near_development``: the others' ids."""
    runs = probe_runs(root)
    if not runs:
        return None

    def score(run: list[tuple[dict, list[dict]]]) -> dict:
        out = score_events([(x["events"], recs) for x, recs in run], PROBE_SLOTS)
        agreed, n = sum(out["slot_agree"].values()), out["matched"] * len(PROBE_SLOTS)
        out["slot_accuracy_micro"] = round(agreed / n, 4) if n else None
        exact = [x["id"] for x, recs in run if sentence_exact(x["events"], recs, PROBE_SLOTS)]
        out.update(sentences=len(run), exact_sentences=len(exact), exact_share=round(len(exact) / len(run), 4))
        return out

    total = score([pair for run in runs.values() for pair in run])
    total["files"] = {name: score(run) for name, run in runs.items()}
    if development is not None:
        dev = [_words(json.loads(x)["text"]) for f in sorted(development.glob("*.jsonl"))
               for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        pairs = [pair for run in runs.values() for pair in run]
        near = [x["id"] for x, _ in pairs if overlap(x["text"], dev) >= NEAR_OVERLAP]
        total["distinct"] = score([(x, recs) for x, recs in pairs if x["id"] not in set(near)])
        total["near_development"] = near
    return total


def anercorp_sentences(path: Path = ANER_SENTENCES, root: Path = ANERCORP) -> dict | None:
    """The ANERcorp sentences, each processed alone with no publication date (None if ../shared is missing):
    the shares of real_sentences, plus events matched to records on the event sentences (``score_events``)."""
    if not (root / "test.txt").exists():
        print(f"anercorp sentences skipped: {root / 'test.txt'} not found (the sentences are read from there)",
              flush=True)
        return None
    spec = importlib.util.spec_from_file_location("rasd_real_anercorp", REPO / "corpora" / "real" / "anercorp.py")
    aner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(aner)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = {s: aner.sentences(s, root) for s in sorted({x["split"] for x in lines})}
    nlp = make_pipeline()
    out: dict = {"sentences": len(lines), "context_excluded": 0}
    run: list[tuple[dict, bool]] = []
    scored = []
    for x in lines:
        text = texts[x["split"]][x["number"]]
        if not text.startswith(x["starts"]):
            raise SystemExit(f"{x['id']}: sentence {x['number']} of {x['split']} does not start with {x['starts']!r}")
        if x["label"] == "context":
            out["context_excluded"] += 1
            continue
        recs = nlp.process({"id": x["id"], "text": text, "published": None}).to_output()["incidents"]
        run.append((x, bool(recs)))
        if x["label"] == "event":
            scored.append((x["events"], recs))
    out.update(sentence_shares(run))
    out["events"] = score_events(scored)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "incidents.json"))
    args = ap.parse_args()
    results = {"command": "python benchmarks/bench_incidents.py", "python": platform.python_version(), "sets": {}}
    sets: dict[str, Path | list[dict]] = {k: v for k, v in SETS.items() if v.exists()}
    for name, gold_path in (("real", REAL), ("open", OPEN)):
        real = real_golds(gold_path) if gold_path.exists() else None
        if real is not None:
            sets[name] = real
    for name, path in sets.items():
        results["sets"][name] = score_set(path)
        r = results["sets"][name]
        print(f"{name:8} gold {r['gold']:4} pred {r['predicted']:4} match F1 {r['match']['f1']:.3f} "
              f"slot F1 {r['slots_micro']['f1']:.3f} exact {r['exact_records']}", flush=True)
        print(f"{'':8} unmatched gold: " + ", ".join(f"{k} {v}" for k, v in r["unmatched_gold"].items()), flush=True)
    results["negatives"] = negatives(REPO / "corpora" / "negatives" / "sentences.jsonl")
    n = results["negatives"]
    print(f"negatives {n['sentences']} sentences, {n['no_record_share']:.1%} without a record")
    rs = real_sentences()
    if rs is not None:
        results["real_sentences"] = rs
        ne, ev = rs["no_event"], rs["event"]
        print(f"real sentences {rs['sentences']}: no_event {ne['sentences']}, "
              f"{ne['no_record_share']:.1%} without a record (with one: {', '.join(ne['ids_with_a_record']) or '-'}); "
              f"event {ev['sentences']}, {ev['record_share']:.1%} with a record "
              f"(without: {', '.join(ev['ids_without_a_record']) or '-'}); context excluded {rs['context_excluded']}")
        print("  per kind (with a record / sentences): " + ", ".join(
            f"{k} {v['with_a_record']}/{v['sentences']}" for k, v in ne["kinds"].items()), flush=True)
    ar = anercorp_sentences()
    if ar is not None:
        results["anercorp_sentences"] = ar
        ne, ev, es = ar["no_event"], ar["event"], ar["events"]
        print(f"anercorp sentences {ar['sentences']}: no_event {ne['sentences']}, {ne['no_record_share']:.1%} without "
              f"a record; event {ev['sentences']}, {ev['record_share']:.1%} with a record; context excluded "
              f"{ar['context_excluded']}; events gold {es['gold']} pred {es['predicted']} matched {es['matched']} "
              f"P/R/F1 {es['match']['precision']:.3f}/{es['match']['recall']:.3f}/{es['match']['f1']:.3f}", flush=True)
        print("  slot accuracy over matched pairs: " + ", ".join(
            f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in es["slot_accuracy"].items()) + "; per kind: " +
            ", ".join(f"{k} {v['with_a_record']}/{v['sentences']}" for k, v in ne["kinds"].items()), flush=True)
    def line(name: str, r: dict) -> str:
        acc = r["slot_accuracy_micro"]
        return (f"{name:10} sentences {r['sentences']:3} gold {r['gold']:3} pred {r['predicted']:3} "
                f"match F1 {r['match']['f1']:.3f} slots {'-' if acc is None else f'{acc:.3f}'} "
                f"exact {r['exact_sentences']}/{r['sentences']}")

    for key, root, dev in (("probes", PROBES, None), ("probes_heldout", PROBES_HELDOUT, PROBES)):
        pr = probes(root, dev)
        if pr is None:
            continue
        results[key] = pr
        print(f"{key:15} " + line("all", pr))
        for name, r in pr["files"].items():
            print(" " * 16 + line(name, r))
        if "distinct" in pr:
            print(" " * 16 + line("distinct", pr["distinct"]) + f" (without the {len(pr['near_development'])} "
                  f"lines near a development probe, word overlap >= {NEAR_OVERLAP})")
        print("  slot accuracy over matched pairs: " + ", ".join(
            f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in pr["slot_accuracy"].items()), flush=True)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
