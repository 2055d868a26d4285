"""``rasd report``: the page's content, its safety (escaping, nothing from the network), and a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from pipeline.cli import main
from pipeline.evaluate.report import highlight, render_report

from .conftest import ARTICLE, write_jsonl

TEXT = "قصف <b>بغداد</b> & البصرة مساء الخميس"
B, S, T = TEXT.index("بغداد"), TEXT.index("البصرة"), TEXT.index("مساء")
DOC = {
    "id": "r1", "published": "2021-04-25", "error": None,
    "entities": [{"text": "بغداد", "start": B, "end": B + 5, "label": "GPE", "canonical": "Baghdad", "kb_id": "gpe-baghdad"},
                 {"text": "البصرة", "start": S, "end": S + 6, "label": "GPE", "canonical": "Basra"}],
    "timexes": [{"text": "مساء الخميس", "start": T, "end": T + 11, "value": "2021-04-22TEV"}],
    "incidents": [{"event_date": "2021-04-22", "event_type": "Explosions/Remote violence",
                   "sub_event_type": "Shelling/artillery/missile attack", "weapon": "rocket", "munitions_count": 3,
                   "location": {"text": "بغداد", "canonical": "Baghdad", "admin1": "Baghdad", "country": "IQ",
                                "lat": 33.31, "lon": 44.36},
                   "target": None, "perpetrator": None, "claimed_by": None, "killed": 0, "wounded": 2,
                   "casualties": [], "evidence": [{"start": 0, "end": len(TEXT)}]}],
}


class Balance(HTMLParser):
    """Checks that every opened element is closed in order (the highlighting nests properly)."""

    VOID = {"meta", "input", "br", "line", "circle", "img", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append((tag, list(self.stack[-3:])))
        else:
            self.stack.pop()


def test_text_is_escaped_and_spans_are_marked_at_their_offsets():
    assert TEXT[T:T + 11] == "مساء الخميس"
    html = highlight(TEXT, DOC["entities"], DOC["timexes"], {0: DOC["incidents"][0]["evidence"]})
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert '<mark class="l-GPE" title="GPE · Baghdad · kb gpe-baghdad">بغداد</mark>' in html
    assert 'title="time · 2021-04-22TEV">مساء الخميس</mark>' in html
    assert html.startswith('<span class="ev" data-inc="0">')
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == TEXT


def test_overlapping_spans_nest_properly():
    ents = [{"text": TEXT[4:S + 2], "start": 4, "end": S + 2, "label": "LOC"},
            {"text": "بغداد", "start": B, "end": B + 5, "label": "GPE"}]
    tx = [{"text": TEXT[B + 2:T + 3], "start": B + 2, "end": T + 3, "value": None}]
    checker = Balance()
    checker.feed(f"<div>{highlight(TEXT, ents, tx, {0: [{'start': 2, 'end': 25}]})}</div>")
    assert checker.problems == [] and checker.stack == []


def test_spans_that_do_not_fit_the_text_are_left_out():
    html = highlight("نص قصير", [{"text": "بغداد", "start": 3, "end": 8, "label": "GPE"}], [], {})
    assert "<mark" not in html


def test_page_is_self_contained_right_to_left_and_well_formed():
    page = render_report([DOC, {"id": "r2", "entities": [], "timexes": [], "incidents": [],
                                "error": {"type": "EmptyText", "message": "`text` is empty"}}],
                         {"r1": {"id": "r1", "title": "عنوان", "text": TEXT}}, title="T <1>")
    assert "<title>T &lt;1&gt;</title>" in page
    assert not re.search(r"\bsrc\s*=|<link\b|@import|url\(", page)   # nothing to fetch
    assert page.count('<tr class="incident"') == 1
    assert '<div class="text" dir="rtl" lang="ar">' in page
    assert 'id="timeline"' in page and 'id="map"' in page and 'id="place-table"' in page
    assert "error EmptyText" in page
    checker = Balance()
    checker.feed(page)
    assert checker.problems == [] and checker.stack == []


def test_without_articles_the_page_lists_spans_without_text():
    page = render_report([DOC], {})
    assert "Text not available" in page and '<div class="text"' not in page
    assert "2 entities" in page and "1 time expressions" in page


def test_report_command_joins_articles_by_id(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", [ARTICLE])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    page = tmp_path / "report.html"
    assert main(["report", str(out), "--articles", str(src), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    n = sum(len(json.loads(line)["incidents"]) for line in out.read_text(encoding="utf-8").splitlines())
    assert n >= 1 and html.count('<tr class="incident"') == n
    assert '<mark class="l-BASE"' in html and "1 with text" in html
    assert "1 incidents" in capsys.readouterr().err or n != 1
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(page)]) == 2


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.fail("no chromium: install Debian's `chromium` (apt-get install chromium; .ci/run does it)")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--host-resolver-rules=MAP * ~NOTFOUND"]  # no name resolves: the page must not need the network


@pytest.mark.slow
def test_report_renders_its_incidents_in_headless_chromium(tmp_path, seed):
    src = tmp_path / "seed.json"
    src.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    page = tmp_path / "report.html"
    assert main(["report", str(out), "--articles", str(src), "-o", str(page)]) == 0
    n = len(json.loads(out.read_text(encoding="utf-8"))["incidents"])
    assert n >= 3
    browser = _chromium()
    common = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-ready="yes"' in dom, "the inline script did not run to its end"
    assert f"{n} incidents; click a row" in dom
    assert len(re.findall(r'<tr class="incident"', dom)) == n
    assert '<div class="text" dir="rtl" lang="ar">' in dom
    shot = tmp_path / "report.png"
    subprocess.run([*common, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
