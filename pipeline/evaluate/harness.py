"""``rasd evaluate GOLD``: read gold files, get predictions, score them, write the results.

The glue around the pure scorer (``evaluate.records``):

- ``load_gold(path)``: a directory of gold files (spec section 5: an article
  object plus ``gold``), one gold ``.json`` file (an object or a list of
  them), or a ``.jsonl`` of gold objects;
- ``predict(golds)``: runs the pipeline on the gold articles (the ``gold``
  part is never shown to it) and gives section-6 objects;
- ``load_predictions(path)``: a section-6 JSON Lines file (``rasd extract -o
  out.jsonl``), joined to the gold by ``id``;
- ``evaluate(golds, preds)``: an ``Evaluation``;
- ``markdown(...)`` and ``write_outputs(...)``: the terminal tables, and
  ``scores.json``, ``errors.jsonl``, ``errors.md``, ``predictions.jsonl`` and
  the PNG plots in an output folder.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..errors import InputError, OutputError
from .records import SLOTS, Evaluation, prf


def _gold_objects(path: Path) -> Iterable[tuple[str, object]]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl") and not p.name.startswith("."))
    else:
        files = [path]
    for f in files:
        try:
            raw = f.read_text(encoding="utf-8")
            if f.suffix == ".jsonl":
                for n, line in enumerate(raw.splitlines(), 1):
                    if line.strip():
                        yield f"{f}:{n}", json.loads(line)
                continue
            obj = json.loads(raw)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read gold file {f}: {exc}") from None
        for i, item in enumerate(obj if isinstance(obj, list) else [obj]):
            if isinstance(item, dict) and not item.get("id") and not isinstance(obj, list):
                item = {**item, "id": f.stem}
            yield (f"{f}[{i}]" if isinstance(obj, list) else str(f)), item


def load_gold(path: str | Path) -> list[dict]:
    """Gold documents (``id``, ``text``, ``published``, ..., ``gold``) from a folder, a file or JSON Lines.

    Raises:
        InputError: the path is missing, holds no gold document, or a gold document is malformed.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"gold not found: {path}", hint="give a folder of gold .json files or one gold file")
    golds, seen = [], set()
    for where, obj in _gold_objects(path):
        if not isinstance(obj, dict) or not isinstance(obj.get("gold"), dict) or not isinstance(obj.get("text"), str):
            raise InputError(f"{where} is not a gold document", hint="a gold document has `id`, `text` and `gold`")
        if obj["id"] in seen:
            raise InputError(f"{where}: gold id {obj['id']!r} appears twice")
        seen.add(obj["id"])
        golds.append(obj)
    if not golds:
        raise InputError(f"no gold documents in {path}", hint="gold files are .json (or .jsonl) with a `gold` part")
    return golds


def article_of(gold_doc: dict) -> dict:
    """The input article (spec section 1) of a gold document: everything but ``gold``."""
    return {k: v for k, v in gold_doc.items() if k != "gold"}


def predict(golds: list[dict], *, config_path: str | None = None, stages: list[str] | None = None,
            published_default: str | None = None) -> list[dict]:
    """Run the pipeline on the gold articles; one section-6 object per gold document, in order."""
    from ..core import make_pipeline

    nlp = make_pipeline(config_path, stages=stages, published_default=published_default)
    return [nlp.process(article_of(g), seq=n, origin=g["id"]).to_output() for n, g in enumerate(golds)]


def load_documents(path: str | Path) -> list[dict]:
    """Section-6 documents, in order, from a JSON Lines file (``rasd extract -o out.jsonl``).

    Raises:
        InputError: the file cannot be read, or a line is not a JSON object.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", hint="give the .jsonl written by rasd extract -o") from None
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{n}: expected a document object")
        docs.append(obj)
    return docs


def load_predictions(path: str | Path) -> dict[str, dict]:
    """Section-6 documents by ``id``, to be joined to the gold.

    Raises:
        InputError: as ``load_documents``, or a document has no ``id``.
    """
    preds: dict[str, dict] = {}
    for n, doc in enumerate(load_documents(path), 1):
        if "id" not in doc:
            raise InputError(f"{path}: document {n} has no `id`")
        preds[str(doc["id"])] = doc
    return preds


def evaluate(golds: list[dict], preds: list[dict] | dict[str, dict]) -> Evaluation:
    """Score predictions (a list in gold order, or a mapping by id) against the gold documents."""
    by_id = preds if isinstance(preds, dict) else {str(p.get("id")): p for p in preds}
    ev = Evaluation()
    for g in golds:
        ev.add(g, by_id.get(str(g["id"])))
    return ev


# -- output -------------------------------------------------------------------------------


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _prf_cells(d: dict) -> str:
    return f"{_f(d['precision'])} | {_f(d['recall'])} | {_f(d['f1'])}"


def markdown(scores: dict, errors: list[dict] | None = None, *, title: str = "Rasd evaluation") -> str:
    """The scores as Markdown tables (what ``rasd evaluate`` prints)."""
    ent, tx, inc = scores["entities"], scores["timexes"], scores["incidents"]
    out = [f"## {title}", "",
           f"{scores['documents']} documents" + (f", {len(scores['failed'])} failed: {', '.join(scores['failed'])}"
                                                  if scores["failed"] else ""), ""]
    out += ["### Incidents (spec section 5: one-to-one matching, then slots)", "",
            "| gold | predicted | matched | match P | match R | match F1 | slot P | slot R | slot F1 | exact records |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {inc['gold']} | {inc['pred']} | {inc['matched']} | {_prf_cells(inc['match'])} | "
            f"{_prf_cells(inc['slots_micro'])} | {inc['exact_records']} ({inc['exact_share']:.1%}) |", "",
            "| slot | tp | fp | fn | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for s in SLOTS:
        d = inc["slots"][s]
        out.append(f"| {s} | {d['tp']} | {d['fp']} | {d['fn']} | {_prf_cells(d)} |")
    out += ["", "### Entities (exact: same span and label; relaxed: overlapping span, same label)", "",
            "| label | gold | predicted | exact P | exact R | exact F1 | relaxed P | relaxed R | relaxed F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label in ent["relaxed"]:
        r, e = ent["relaxed"][label], ent["exact"].get(label) or prf(0, 0, 0)
        name = "**micro**" if label == "micro" else label
        out.append(f"| {name} | {r['tp'] + r['fn']} | {r['tp'] + r['fp']} | {_prf_cells(e)} | {_prf_cells(r)} |")
    if ent["canonical_checked"]:
        out += ["", f"canonical names right on {ent['canonical_accuracy']:.1%} of the "
                    f"{ent['canonical_checked']} relaxed matches whose gold has one"]
    out += ["", "### Time expressions (span overlap, then exact value)", "",
            "| gold | predicted | matched | P | R | F1 | value accuracy (matched) | value accuracy (all gold) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {tx['gold']} | {tx['pred']} | {tx['matched']} | {_f(tx['precision'])} | {_f(tx['recall'])} | "
            f"{_f(tx['f1'])} | {_f(tx['value_accuracy'])} | {_f(tx['value_accuracy_strict'])} |"]
    if errors is not None:
        kinds = Counter((e["layer"], e["kind"]) for e in errors)
        out += ["", "### Errors", "", "| layer | kind | count |", "|---|---|---:|"]
        out += [f"| {layer} | {kind} | {n} |" for (layer, kind), n in sorted(kinds.items())]
    return "\n".join(out) + "\n"


def _cell(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    return value.replace("|", "\\|").replace("\n", " ")


def errors_markdown(errors: list[dict]) -> str:
    """The error list as one Markdown table per layer."""
    out = ["# Errors", ""]
    for layer in ("entities", "timexes", "incidents"):
        rows = [e for e in errors if e["layer"] == layer]
        if not rows:
            continue
        keys = [k for k in dict.fromkeys(k for e in rows for k in e) if k != "layer"]
        out += [f"## {layer} ({len(rows)})", "", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
        out += ["| " + " | ".join(_cell(e.get(k)) for k in keys) + " |" for e in rows]
        out.append("")
    return "\n".join(out)


def write_outputs(ev: Evaluation, out_dir: str | Path, *, predictions: list[dict] | None = None,
                  plots: bool = True, extra: dict | None = None) -> list[Path]:
    """Write ``scores.json``, ``errors.jsonl``, ``errors.md``, ``predictions.jsonl`` and the plots.

    Raises:
        OutputError: the folder cannot be written.
    """
    out = Path(out_dir)
    scores = {**ev.to_dict(), **(extra or {})}
    errors = ev.errors()
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / "scores.json").write_text(json.dumps(scores, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        with (out / "errors.jsonl").open("w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        (out / "errors.md").write_text(errors_markdown(errors), encoding="utf-8")
        written += [out / "scores.json", out / "errors.jsonl", out / "errors.md"]
        if predictions is not None:
            with (out / "predictions.jsonl").open("w", encoding="utf-8") as f:
                for p in predictions:
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
            written.append(out / "predictions.jsonl")
        if plots:
            from .plots import write_plots

            written += write_plots(scores, errors, out)
    except OSError as exc:
        raise OutputError(f"cannot write the evaluation to {out}: {exc}") from None
    return written
