import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pipeline.runner import run

from .conftest import REPO, make_articles, write_jsonl


def lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_bad_input_lines_in_equal_lines_out(tmp_path):
    big = "هجوم صاروخي على قاعدة في بغداد. " * 350_000  # ~10 MB of Arabic text
    records = [
        {"id": "ok1", "text": "سقط صاروخ أمس على قاعدة عين الأسد.", "published": "2021-04-25"},
        "{this is not json",
        {"id": "notext"},
        {"id": "numtext", "text": 12},
        {"id": "empty", "text": ""},
        {"id": "english", "text": "Rockets hit a base near Baghdad yesterday."},
        {"id": "baddate", "text": "سقط صاروخ أمس على قاعدة عين الأسد.", "published": "2021-13-45"},
        {"id": "huge", "text": big},
        [1, 2, 3],
        {"id": "ok2", "text": "اشتباكات في مدينة درعا.", "published": "2021-04-25"},
    ]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    with src.open("ab") as f:
        f.write(b'{"id": "bytes", "text": "\xff\xfe\xfd"}\n')
    out = tmp_path / "out.jsonl"
    summary = run([str(src)], str(out), progress=False)
    got = lines(out)
    assert len(got) == len(records) + 1 == summary.articles
    kinds = {d["id"]: (d["error"] or {}).get("type") for d in got}
    assert kinds["ok1"] is None and kinds["ok2"] is None
    assert kinds["notext"] == kinds["numtext"] == "MissingText"
    assert kinds["empty"] == "EmptyText" and kinds["english"] == "NotArabic"
    assert kinds["baddate"] is None and got[6]["warnings"]
    assert kinds["huge"] == "TooLong"
    assert sum(1 for d in got if d["error"] and d["error"]["type"] == "MalformedRecord") == 2
    assert got[-1]["error"]["type"] == "DecodeError"
    assert summary.failed == 8 and summary.ok == 3
    assert summary.errors["MalformedRecord"] == 2


def test_workers_keep_input_order_and_output(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(120) + ["{bad"])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run([str(src)], str(one), progress=False, workers=1)
    run([str(src)], str(two), progress=False, workers=2, chunk_size=7)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert [d["id"] for d in lines(two)][:3] == ["a0", "a1", "a2"]


def _kill_midway(cmd, out_path, wait_for):
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        if wait_for(out_path):
            break
        if proc.poll() is not None:
            pytest.fail("the run finished before it could be killed: " + proc.stderr.read().decode())
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _jsonl_progress(path):
    return path.exists() and path.stat().st_size > 20_000


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_kill_and_resume_jsonl_every_article_exactly_once(tmp_path, workers):
    n = 4000
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(n))
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--no-progress",
           "--workers", str(workers)]
    _kill_midway(cmd, out, _jsonl_progress)
    done_before = len(out.read_bytes().splitlines())
    assert 0 < done_before < n
    subprocess.run(cmd + ["--resume"], cwd=REPO, check=True, capture_output=True)
    ids = [d["id"] for d in lines(out)]
    assert ids == [f"a{i}" for i in range(n)]


@pytest.mark.slow
def test_kill_and_resume_sqlite_every_article_exactly_once(tmp_path):
    n = 4000
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(n))
    db = tmp_path / "out.db"

    def progressed(_):
        try:
            con = sqlite3.connect(db, timeout=0.1)
            row = con.execute("SELECT value FROM rasd_meta WHERE key='position'").fetchone()
            con.close()
            return row is not None and int(row[0]) >= 400
        except sqlite3.Error:
            return False

    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "-o", f"sqlite:///{db}", "--no-progress"]
    _kill_midway(cmd, db, progressed)
    subprocess.run(cmd + ["--resume"], cwd=REPO, check=True, capture_output=True)
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY seq")]
    assert ids == [f"a{i}" for i in range(n)]
    assert con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == n
