"""The ``rasd`` command.

    rasd extract INPUT... -o OUT [--published-default DATE] [--workers N] [--resume] [--stages a,b,c]
    rasd train clitics [CORPUS...] [-o models/clitics]
    rasd train ner [--no-vectors] [--embed-rows O,N,P,S,H] [--pretrain EPOCHS] [-o models/ner]
    rasd train ner-table [--model models/ner/model] [--ant DIR]
    rasd evaluate ner --conll FILE [--scheme anercorp|wojood] [--system stage|model] | --dev DIR
    rasd evaluate segmentation [GOLD_FOLDER] [--json FILE] [--errors N]
    rasd evaluate [records] GOLD [--pred PRED.jsonl] [--out DIR] [--no-plots] [--errors N] [--stages a,b,c]
    rasd report OUT.jsonl [--articles INPUT...] -o report.html
    rasd events OUT.jsonl... -o events.jsonl|events.csv
    rasd stages

Errors are shown as ``error E002: message (hint)``; ``--debug`` shows the
traceback. Exit codes: 0 done (failed articles are counted, not fatal),
2 an input cannot be opened or the command line / configuration is wrong,
3 the output cannot be written, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from . import __version__
from .errors import ConfigError, InputError, OutputError, RasdError

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _stages_arg(value: str) -> list[str]:
    return [s.strip() for s in value.split(",") if s.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd", description="Arabic news archives to incident records.")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="process articles into documents, tables or a database")
    ex.add_argument("inputs", nargs="+", help="JSONL, .json, .txt or SGML files or directories (.gz too)")
    ex.add_argument("-o", "--output", required=True,
                    help="out.jsonl | incidents.csv | incidents.parquet | sqlite:///out.db")
    ex.add_argument("--published-default", metavar="DATE", help="publication date for articles without one")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (input order is kept)")
    ex.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local processes, or a Dask cluster (a LocalCluster of --workers processes by default)")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler to use (tcp://host:8786)")
    ex.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    ex.add_argument("--stages", type=_stages_arg, help="comma-separated stage names to run, in order")
    ex.add_argument("--config", help="a TOML file merged over the defaults (pipeline/config.toml)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar")
    ex.add_argument("--summary-json", metavar="FILE", help="also write the summary as JSON")

    tr = sub.add_parser("train", help="train a model into models/")
    tr_sub = tr.add_subparsers(dest="what", required=True)
    tc = tr_sub.add_parser("clitics", help="word frequencies for proclitic segmentation")
    tc.add_argument("corpus", nargs="*", default=[str(SHARED / "corpora" / "ant")])
    tc.add_argument("-o", "--output", default=str(REPO / "models" / "clitics"))
    tc.add_argument("--min-count", type=int, default=2)
    tn = tr_sub.add_parser("ner", help="the NER model of the entities.spacy backend (models/ner)")
    tn.add_argument("--anercorp", default=str(SHARED / "corpora" / "anercorp" / "train.txt"))
    tn.add_argument("--wojood", default=str(SHARED / "corpora" / "wojood-sample"), help="folder with train.txt, val.txt")
    tn.add_argument("--team", default=str(REPO / "corpora" / "incidents"), help="the team's gold articles")
    tn.add_argument("--ant", default=str(SHARED / "corpora" / "ant"), help="raw corpus for the static vectors")
    tn.add_argument("--no-vectors", action="store_true", help="no static vectors (hash embeddings only)")
    tn.add_argument("-o", "--output", default=str(REPO / "models" / "ner"))
    tn.add_argument("--seed", type=int, default=0)
    tn.add_argument("--max-epochs", type=int, default=30)
    tn.add_argument("--max-minutes", type=float, default=45.0)
    tn.add_argument("--width", type=int, default=64)
    tn.add_argument("--depth", type=int, default=2)
    tn.add_argument("--dropout", type=float, default=0.2)
    tn.add_argument("--embed", choices=["hash", "char"], default="hash",
                    help="hash embeddings of forms and affixes, or character embeddings")
    tn.add_argument("--embed-rows", default="10000,10000,1000,5000,500", metavar="O,N,P,S,H",
                    help="hash embedding rows of ORTH, NORM, PREFIX, SUFFIX, SHAPE (--embed hash)")
    tn.add_argument("--pretrain", type=int, default=0, metavar="EPOCHS",
                    help="pretrain the tok2vec on the raw --ant corpus first (spacy pretrain's characters "
                         "objective on the training docs' features), for EPOCHS epochs")
    tn.add_argument("--pretrain-minutes", type=float, default=30.0, help="time cap of the pretraining")
    tn.add_argument("--learn-rate", type=float, default=0.001)
    tt = tr_sub.add_parser("ner-table", help="the NER model's first-layer table of frequent words (a speed cache; "
                                            "`rasd train ner` writes it too)")
    tt.add_argument("--model", default=str(REPO / "models" / "ner" / "model"), help="the spaCy model folder")
    tt.add_argument("--anercorp", default=str(SHARED / "corpora" / "anercorp" / "train.txt"))
    tt.add_argument("--wojood", default=str(SHARED / "corpora" / "wojood-sample"))
    tt.add_argument("--team", default=str(REPO / "corpora" / "incidents"))
    tt.add_argument("--ant", default=str(SHARED / "corpora" / "ant"), help="the raw corpus of the static vectors")
    tt.add_argument("--max-words", type=int, default=40_000)

    ev = sub.add_parser("evaluate", help="score Rasd against gold data")
    ev_sub = ev.add_subparsers(dest="what", required=True)
    es = ev_sub.add_parser("segmentation", help="proclitic segmentation accuracy and sentence boundary F1")
    es.add_argument("gold", nargs="?", default=str(REPO / "corpora" / "segmentation"),
                    help="folder of marked gold files (corpora/segmentation)")
    es.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    es.add_argument("--errors", type=int, default=0, metavar="N", help="show the first N errors")
    en = ev_sub.add_parser("ner", help="entities: a CoNLL corpus (conlleval F1) or gold articles (exact/relaxed F1)")
    en_in = en.add_mutually_exclusive_group(required=True)
    en_in.add_argument("--conll", metavar="FILE", help="a CoNLL file (ANERcorp test, a Wojood part)")
    en_in.add_argument("--dev", metavar="DIR", help="a folder of gold articles (spec section 5)")
    en.add_argument("--scheme", choices=["anercorp", "wojood"], default="anercorp", help="the CoNLL file's types")
    en.add_argument("--system", choices=["stage", "model"], default="stage",
                    help="the whole entity stage (default) or the NER model alone")
    en.add_argument("--config", help="a TOML file merged over the defaults (e.g. another entities backend)")
    en.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    en.add_argument("--errors", type=int, default=0, metavar="N", help="show the first N errors (--dev)")

    er = ev_sub.add_parser("records", help="entities, time expressions and incidents against gold articles "
                                           "(spec section 5); also `rasd evaluate GOLD`")
    er.add_argument("gold", nargs="?", default=str(SHARED / "corpora" / "dev"),
                    help="a folder of gold .json files, one gold file, or a .jsonl of them (default: the dev gold)")
    er.add_argument("--pred", metavar="PRED.jsonl",
                    help="score this section-6 file (rasd extract -o out.jsonl) instead of running the pipeline")
    er.add_argument("--out", metavar="DIR", default="evaluation",
                    help="folder for scores.json, errors.jsonl, errors.md, predictions.jsonl and the PNG plots "
                         "(default: ./evaluation)")
    er.add_argument("--no-plots", action="store_true", help="no PNG plots")
    er.add_argument("--errors", type=int, default=0, metavar="N", help="also print the first N errors")
    er.add_argument("--stages", type=_stages_arg, help="comma-separated stage names to run, in order")
    er.add_argument("--config", help="a TOML file merged over the defaults (pipeline/config.toml)")
    er.add_argument("--published-default", metavar="DATE", help="publication date for gold articles without one")

    rp = sub.add_parser("report", help="a self-contained HTML page of a run: articles, spans, incidents, "
                                       "timeline, places")
    rp.add_argument("output_jsonl", metavar="OUT.jsonl", help="documents written by `rasd extract -o out.jsonl`")
    rp.add_argument("--articles", nargs="+", metavar="INPUT",
                    help="the inputs of that run, to show the article texts with their spans (joined by id)")
    rp.add_argument("-o", "--output", required=True, metavar="report.html", help="the page to write")
    rp.add_argument("--title", default="Rasd report", help="the page title")

    evs = sub.add_parser("events", help="group the records of extract runs into cross-article events")
    evs.add_argument("inputs", nargs="+", metavar="OUT.jsonl", help="documents written by `rasd extract -o out.jsonl`")
    evs.add_argument("-o", "--output", required=True, metavar="events.jsonl|events.csv")

    sub.add_parser("stages", help="list the registered stages and what they require and provide")
    return parser


def _extract(args) -> int:
    from .runner import run

    if args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    summary = run(args.inputs, args.output, config_path=args.config, stages=args.stages,
                  published_default=args.published_default, workers=args.workers, resume=args.resume,
                  progress=not args.no_progress, debug=args.debug, engine=args.engine, scheduler=args.scheduler)
    print(summary.render(), file=sys.stderr)
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    return 0


def _train(args) -> int:
    if args.what == "clitics":
        from .training.clitics import train_clitics

        command = "rasd train clitics " + " ".join(args.corpus) + f" -o {args.output}"
        meta = train_clitics(args.corpus, Path(args.output), min_count=args.min_count, command=command)
        print(json.dumps(meta, ensure_ascii=False, indent=2))
    elif args.what == "ner":
        from .training.ner import train_ner

        command = "rasd " + " ".join(sys.argv[1:]) if sys.argv[1:2] == ["train"] else "rasd train ner"
        meta = train_ner(Path(args.output), anercorp=args.anercorp, wojood=args.wojood or None,
                         team=args.team or None, ant=args.ant, vectors=not args.no_vectors, seed=args.seed,
                         max_epochs=args.max_epochs, max_minutes=args.max_minutes, width=args.width,
                         depth=args.depth, dropout=args.dropout, embed=args.embed,
                         embed_rows=tuple(int(x) for x in args.embed_rows.split(",")),
                         pretrain_epochs=args.pretrain, pretrain_minutes=args.pretrain_minutes,
                         learn_rate=args.learn_rate, command=command,
                         log=lambda m: print(m, file=sys.stderr, flush=True))
        print(json.dumps(meta["best_heldout"], ensure_ascii=False, indent=2))
    elif args.what == "ner-table":
        from .training.ner import build_table, split_data

        train, _, _ = split_data(args.anercorp, args.wojood or None, args.team or None)
        table = build_table(Path(args.model), args.ant, train, max_words=args.max_words)
        meta_path = Path(args.model).parent / "meta.json"
        if table["file"] and meta_path.exists():  # the model card's data: say which table goes with the model
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            meta["first_layer_table"] = table
            meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(table, ensure_ascii=False, indent=2))
    return 0


def _evaluate_records(args) -> int:
    import time

    from .evaluate import harness

    t0 = time.perf_counter()
    golds = harness.load_gold(args.gold)
    if args.pred:
        preds, predictions = harness.load_predictions(args.pred), None
        missing = [g["id"] for g in golds if str(g["id"]) not in preds]
        if missing:
            print(f"warning: {len(missing)} gold documents have no prediction (scored as empty): "
                  + ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else ""), file=sys.stderr)
    else:
        predictions = preds = harness.predict(golds, config_path=args.config, stages=args.stages,
                                              published_default=args.published_default)
    ev = harness.evaluate(golds, preds)
    seconds = round(time.perf_counter() - t0, 2)
    errors = ev.errors()
    print(harness.markdown(ev.to_dict(), errors, title=f"Rasd evaluation: {args.gold}"))
    for e in errors[: args.errors]:
        print(json.dumps(e, ensure_ascii=False))
    extra = {"gold": str(args.gold), "predictions": args.pred or "pipeline", "seconds": seconds}
    written = harness.write_outputs(ev, args.out, predictions=predictions, plots=not args.no_plots, extra=extra)
    print(f"{len(errors)} errors; wrote {', '.join(str(p) for p in written)} ({seconds}s)", file=sys.stderr)
    return 0


def _report(args) -> int:
    from .evaluate.report import write_report

    n = write_report(args.output_jsonl, args.output, articles=args.articles, title=args.title)
    print(f"wrote {args.output}: {n['articles']} articles, {n['incidents']} incidents"
          + ("" if args.articles else " (no --articles: spans without the article texts)"), file=sys.stderr)
    return 0


def _evaluate(args) -> int:
    if args.what == "records":
        return _evaluate_records(args)
    if args.what == "segmentation":
        from .evaluate.segmentation import evaluate_segmentation

        if not Path(args.gold).is_dir():
            raise InputError(f"gold folder not found: {args.gold}")
        score = evaluate_segmentation(Path(args.gold))
        d = score.to_dict()
        print("| metric | value |\n|---|---:|")
        for k, v in d.items():
            print(f"| {k} | {v} |")
        for e in score.errors[: args.errors]:
            print(json.dumps(e, ensure_ascii=False))
        if args.json:
            Path(args.json).write_text(json.dumps(d, indent=2) + "\n", encoding="utf-8")
    elif args.what == "ner":
        _evaluate_ner(args)
    return 0


def _evaluate_ner(args) -> None:
    from .evaluate.ner import evaluate_conll, evaluate_dev

    if args.conll:
        if not Path(args.conll).is_file():
            raise InputError(f"CoNLL file not found: {args.conll}")
        d = evaluate_conll(args.conll, scheme=args.scheme, system=args.system, config_path=args.config)
        rows = [("micro", d["micro"])] + [(f"micro with {k[11:]}", v) for k, v in d.items()
                                          if k.startswith("micro_with_")] + list(d["per_type"].items())
        print(f"{d['system']} on {d['corpus']} ({d['tokens']:,} tokens, {d['words_per_s']:,} words/s)")
        print("| type | precision | recall | F1 | gold | pred |\n|---|---:|---:|---:|---:|---:|")
        for name, s in rows:
            print(f"| {name} | {s['precision']} | {s['recall']} | {s['f1']} | {s['gold']} | {s['pred']} |")
        errors = []
    else:
        if not Path(args.dev).is_dir():
            raise InputError(f"gold folder not found: {args.dev}")
        d, errors = evaluate_dev(args.dev, config_path=args.config)
        print(f"{d['articles']} articles, {d['words']:,} words; entity stage {d['entity_stage_words_per_s']} words/s")
        for f in d["failed"]:
            print(f"FAILED {f}", file=sys.stderr)
        print("| label | exact F1 | relaxed P | relaxed R | relaxed F1 | gold | pred |\n|---|---:|---:|---:|---:|---:|---:|")
        rows = [("all (micro)", {"exact_f1": d["exact"]["f1"], "relaxed": d["relaxed"]})] + list(d["per_label"].items())
        for name, s in rows:
            r = s["relaxed"]
            print(f"| {name} | {s['exact_f1']} | {r['precision']} | {r['recall']} | {r['f1']} | {r['gold']} | {r['pred']} |")
        print(f"canonical correct: {d['canonical_accuracy']} of {d['canonical_matched']} matched gold entities with one; "
              f"{d['canonical_accuracy_linked']} of the {d['canonical_linked']} matched by a gazetteer entry")
    for e in errors[: args.errors]:
        print(json.dumps(e, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _events(args) -> int:
    from .events import write_events

    n = write_events(args.inputs, args.output)
    print(f"events {n:,}  written to {args.output}", file=sys.stderr)
    return 0


def _stages(args) -> int:
    from .core import registry

    for name in registry.names():
        info = registry.get(name)
        print(f"{name:22} requires: {', '.join(info.requires) or '-':28} provides: {', '.join(info.provides)}")
    return 0


def _default_evaluate(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``rasd evaluate GOLD ...`` means ``rasd evaluate records GOLD ...``."""
    at = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if at is None or argv[at] != "evaluate" or at + 1 >= len(argv):
        return argv
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    evaluate = commands.choices["evaluate"]
    known = next(a for a in evaluate._actions if isinstance(a, argparse._SubParsersAction)).choices
    word = argv[at + 1]
    if word in known or word.startswith("-"):
        return argv
    return [*argv[:at + 1], "records", *argv[at + 1:]]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = _default_evaluate(parser, list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    try:
        return {"extract": _extract, "train": _train, "evaluate": _evaluate, "report": _report,
                "events": _events, "stages": _stages}[args.command](args)
    except KeyboardInterrupt:
        print("interrupted: run again with --resume to continue", file=sys.stderr)
        return 130
    except RasdError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"error {exc.code}: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""), file=sys.stderr)
        return 3 if isinstance(exc, OutputError) else 2


if __name__ == "__main__":
    sys.exit(main())
