import json
import sqlite3
import subprocess
import sys

from pipeline.cli import main

from .conftest import REPO, make_articles, write_jsonl


def test_extract_to_sqlite_prints_a_summary(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(5) + ["{bad"])
    db = tmp_path / "out.db"
    assert main(["extract", str(src), "-o", f"sqlite:///{db}", "--no-progress",
                 "--summary-json", str(tmp_path / "s.json")]) == 0
    err = capsys.readouterr().err
    assert "articles 6" in err and "ok 5" in err and "failed 1" in err and "incidents" in err
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["articles"] == 6 and summary["failed"] == 1
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 6


def test_missing_input_exits_2_with_a_clear_message(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "E002" in err and "nope.jsonl" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_bad_stage_list_exits_2(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(1))
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--stages", "incidents"]) == 2
    assert "E001" in capsys.readouterr().err


def test_stages_option_switches_stages_off(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(2))
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--no-progress",
                 "--stages", "normalize,tokenize,sentences,timexes"]) == 0
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(d["timexes"] and not d["entities"] and not d["incidents"] for d in docs)


def test_published_default(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "سقط صاروخ أمس على بغداد."}])
    out = tmp_path / "o.jsonl"
    main(["extract", str(src), "-o", str(out), "--no-progress", "--published-default", "2020-05-02"])
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["published"] == "2020-05-02" and d["published_source"] == "default"
    assert d["timexes"][0]["value"] == "2020-05-01"


def test_console_script_runs_the_shipped_sample(tmp_path):
    db = tmp_path / "sample.db"
    res = subprocess.run([sys.executable, "-m", "pipeline", "extract", "corpora/sample", "-o", f"sqlite:///{db}",
                          "--no-progress"], cwd=REPO, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "articles" in res.stderr
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM incidents").fetchone()[0] > 0


def test_events_command_groups_an_extract_run(tmp_path):
    import json

    from pipeline.cli import main

    out = tmp_path / "out.jsonl"
    article = {"id": "e1", "published": "2021-04-19", "text": "سقطت ثلاثة صواريخ أمس على قاعدة بلد الجوية دون وقوع إصابات."}
    again = dict(article, id="e2", text="استهدفت ثلاثة صواريخ كاتيوشا قاعدة بلد الجوية أمس من دون خسائر.")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in (article, again)) + "\n", encoding="utf-8")
    assert main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    assert main(["events", str(out), "-o", str(tmp_path / "events.csv")]) == 0
    text = (tmp_path / "events.csv").read_text(encoding="utf-8")
    assert "e1#0;e2#0" in text and ",3," in text  # one event from both articles, three rockets
