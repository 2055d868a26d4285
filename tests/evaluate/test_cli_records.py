"""``rasd evaluate [records] GOLD``: the command line, its outputs, and the time it takes on the dev gold."""

from __future__ import annotations

import json

from pipeline.cli import _default_evaluate, build_parser, main

from ..conftest import DEV, SEED


def test_evaluate_gold_means_evaluate_records():
    parser = build_parser()
    assert _default_evaluate(parser, ["evaluate", "gold/"]) == ["evaluate", "records", "gold/"]
    assert _default_evaluate(parser, ["--debug", "evaluate", "g.json", "--pred", "p.jsonl"]) == \
        ["--debug", "evaluate", "records", "g.json", "--pred", "p.jsonl"]
    for kept in (["evaluate", "--help"], ["evaluate"], ["extract", "evaluate"], ["stages"]):
        assert _default_evaluate(parser, kept) == kept
    evaluate = parser._subparsers._group_actions[0].choices["evaluate"]
    for name in evaluate._subparsers._group_actions[0].choices:  # every sub-command stays itself
        assert _default_evaluate(parser, ["evaluate", name]) == ["evaluate", name]


def test_perfect_predictions_score_one_and_write_every_output(tmp_path, capsys):
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": gold["id"], **gold["gold"], "error": None}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    out = tmp_path / "ev"
    assert main(["evaluate", str(SEED), "--pred", str(pred), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert "### Incidents" in printed.out and "| **micro** |" in printed.out and "wrote" in printed.err
    scores = json.loads((out / "scores.json").read_text())
    assert scores["incidents"]["match"]["f1"] == scores["incidents"]["exact_share"] == 1.0
    assert scores["entities"]["exact"]["micro"]["f1"] == scores["timexes"]["value_accuracy"] == 1.0
    assert (out / "errors.jsonl").read_text() == ""
    for name in ("entity_f1.png", "slot_f1.png", "error_kinds.png"):
        assert (out / name).read_bytes()[:4] == b"\x89PNG"
    assert not (out / "predictions.jsonl").exists()  # nothing was predicted here


def test_missing_predictions_are_scored_as_empty_with_a_warning(tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    assert main(["evaluate", "records", str(SEED), "--pred", str(pred), "--out", str(tmp_path), "--no-plots"]) == 0
    assert "have no prediction" in capsys.readouterr().err
    scores = json.loads((tmp_path / "scores.json").read_text())
    assert scores["incidents"]["matched"] == 0 and scores["failed"] == [SEED.stem]


def test_bad_gold_exits_2(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope")]) == 2
    assert "gold not found" in capsys.readouterr().err
    (tmp_path / "a.json").write_text('{"id": "a", "text": "نص"}', encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "not a gold document" in capsys.readouterr().err


def test_the_whole_dev_gold_is_evaluated_in_under_a_minute(tmp_path, capsys):
    out = tmp_path / "ev"
    assert main(["evaluate", str(DEV), "--out", str(out), "--errors", "2"]) == 0
    scores = json.loads((out / "scores.json").read_text())
    assert scores["documents"] == len(list(DEV.glob("*.json"))) and scores["seconds"] < 60
    predictions = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert len(predictions) == scores["documents"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["layer"] for e in errors} <= {"entities", "timexes", "incidents"}
    assert all(e.get("context") for e in errors if e["kind"] in ("missed", "false_alarm"))
    assert "# Errors" in (out / "errors.md").read_text()
