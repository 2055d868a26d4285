"""``rasd report OUT.jsonl [--articles INPUT...] -o report.html``: one self-contained page of a run.

Reads section-6 documents (``rasd extract -o out.jsonl``, or the
``predictions.jsonl`` of ``rasd evaluate``) and, when given, the input
articles (any input ``rasd extract`` reads, joined by ``id``: the documents
do not carry the text). Writes one HTML file with everything inline (CSS,
SVG, a little JavaScript; no fonts, scripts or images from the network), so
it opens offline:

- a summary and a legend of the labels (click one to hide it);
- the incident table (click a row to light its evidence in the article);
- a timeline of the incidents (SVG), a map of the places with coordinates
  (SVG, longitude/latitude) and a table of places;
- each article right to left, entities and time expressions highlighted by
  label at their offsets into the original text, with label, canonical name,
  kb id, role or value on hover; its entity and time-expression tables.

Without the articles the page still has every table, and each article shows
its spans as a list instead of highlighted text. Rendering is done here, on
the server side: the page's content is in its HTML, the script only adds the
clicks.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from ..errors import OutputError
from .harness import load_documents

LABEL_COLOURS = {
    "FACTION": "#d62728", "BASE": "#8c564b", "FACILITY": "#ff7f0e", "OFFICIAL": "#9467bd",
    "PERSON": "#e377c2", "ORG": "#1f77b4", "GPE": "#2ca02c", "LOC": "#17becf", "TIMEX": "#b8860b",
}
TYPE_COLOURS = {"Explosions/Remote violence": "#d62728", "Battles": "#1f77b4",
                "Violence against civilians": "#9467bd"}
OTHER_COLOUR = "#7f7f7f"


# -- reading --------------------------------------------------------------------------------


def load_articles(inputs: Iterable[str | Path]) -> dict[str, dict]:
    """Input articles by id, read as ``rasd extract`` reads them (ids as the pipeline gives them)."""
    from ..io.readers import read_inputs

    articles: dict[str, dict] = {}
    for seq, record in enumerate(read_inputs(list(inputs))):
        data = record.data or {}
        rid = data.get("id")
        key = str(rid) if rid not in (None, "") else (record.origin or f"#{seq}")
        if isinstance(data.get("text"), str):
            articles.setdefault(key, data)
    return articles


# -- small pieces -----------------------------------------------------------------------------


def _e(value) -> str:
    return "" if value is None else escape(str(value), quote=True)


def _title(kind: str, span: dict) -> str:
    """The hover text of a span: label, then what the pipeline knows about it."""
    if kind == "TIMEX":
        parts = ["time", span.get("value") or f"({span.get('kind') or 'no value'})"]
        if span.get("hijri"):
            parts.append(f"hijri {span['hijri']}")
    else:
        parts = [span.get("label", "?"), span.get("canonical") or "(no canonical name)"]
        if span.get("kb_id"):
            parts.append(f"kb {span['kb_id']}")
        if span.get("role"):
            parts.append(f"role {span['role']}")
    return " · ".join(str(p) for p in parts)


def _place(loc: dict | None) -> str:
    if not loc:
        return ""
    text, canonical = loc.get("text"), loc.get("canonical")
    return f'<span dir="rtl" lang="ar">{_e(text)}</span>' + (f" ({_e(canonical)})" if canonical else "")


def _valid(span: dict, text: str) -> bool:
    try:
        s, e = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return 0 <= s < e <= len(text) and (span.get("text") is None or text[s:e] == span["text"])


def highlight(text: str, entities: list[dict], timexes: list[dict], evidence: dict[int, list[dict]]) -> str:
    """The text as HTML with every span marked, at its offsets (overlaps nest, segment by segment).

    ``evidence`` maps an incident number to its evidence spans; those become
    ``<span class="ev" data-inc="N ...">`` around the text they cover.
    """
    spans = []  # (start, end, order, open tag)
    for ent in entities:
        if _valid(ent, text):
            label = str(ent.get("label", "?"))
            spans.append((ent["start"], ent["end"], 2,
                          f'<mark class="l-{_e(label)}" title="{_e(_title(label, ent))}">'))
    for tx in timexes:
        if _valid(tx, text):
            spans.append((tx["start"], tx["end"], 1, f'<mark class="l-TIMEX" title="{_e(_title("TIMEX", tx))}">'))
    cover: dict[tuple[int, int], list[int]] = defaultdict(list)
    for n, evs in evidence.items():
        for ev in evs:
            if _valid({**ev, "text": None}, text):
                cover[(ev["start"], ev["end"])].append(n)
    for (s, e), incs in cover.items():
        spans.append((s, e, 0, f'<span class="ev" data-inc="{" ".join(map(str, sorted(incs)))}">'))
    bounds = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        # outer first: evidence, then longer spans, then entities over time expressions
        active = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: (sp[2] > 0, sp[0] - sp[1], sp[2]))
        closing = "".join("</span>" if sp[2] == 0 else "</mark>" for sp in reversed(active))
        out.append("".join(sp[3] for sp in active) + escape(text[a:b], quote=False) + closing)
    return "".join(out)


def _date(value: str | None) -> dt.date | None:
    """The day of an event date (a month counts as its first day); None for years, partial or vague values."""
    if not value:
        return None
    for size, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m")):
        try:
            return dt.datetime.strptime(value[:size], fmt).date()
        except ValueError:
            continue
    return None


# -- sections ---------------------------------------------------------------------------------


def _incident_rows(incidents: list[tuple[int, int, dict]], docs: list[dict]) -> str:
    rows = []
    for n, d, inc in incidents:
        colour = TYPE_COLOURS.get(inc.get("event_type"), OTHER_COLOUR)
        target = inc.get("target") or {}
        cells = [
            f'<a href="#art-{d}">{_e(docs[d].get("id"))}</a>',
            _e(inc.get("event_date")),
            f'<span class="dot" style="background:{colour}"></span>{_e(inc.get("event_type"))}',
            _e(inc.get("sub_event_type")), _e(inc.get("weapon")), _e(inc.get("munitions_count")),
            _place(inc.get("location")),
            (f'<span dir="rtl" lang="ar">{_e(target.get("text"))}</span>'
             + (f" ({_e(target['canonical'])})" if target.get("canonical") else "")) if target else "",
            _e(inc.get("perpetrator")), _e(inc.get("claimed_by")), _e(inc.get("killed")), _e(inc.get("wounded")),
        ]
        rows.append(f'<tr class="incident" id="inc-{n}" data-inc="{n}" data-art="{d}"><td>{n + 1}</td>'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = ("<tr><th>#</th><th>article</th><th>date</th><th>event type</th><th>sub-event type</th><th>weapon</th>"
            "<th>munitions</th><th>place</th><th>target</th><th>perpetrator</th><th>claimed by</th>"
            "<th>killed</th><th>wounded</th></tr>")
    if not rows:
        return '<p class="none">No incidents.</p>'
    return f'<table id="incident-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _timeline(incidents: list[tuple[int, int, dict]]) -> str:
    dated = [(n, _date(inc.get("event_date")), inc) for n, _, inc in incidents]
    undated = [n for n, day, _ in dated if day is None]
    dated = sorted(((n, day, inc) for n, day, inc in dated if day is not None), key=lambda x: (x[1], x[0]))
    if not dated:
        return '<p class="none">No incident has a date to place on a timeline.</p>'
    first, last = dated[0][1], dated[-1][1]
    if first == last:
        first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    span = (last - first).days
    width, left, right, top = 960, 40, 40, 20
    stack: Counter = Counter()
    marks = []
    for n, day, inc in dated:
        x = left + (day - first).days / span * (width - left - right)
        level = stack[int(x // 10)]  # stack marks that would overlap
        stack[int(x // 10)] += 1
        y = top + 12 + level * 14
        casualties = (inc.get("killed") or 0) + (inc.get("wounded") or 0)
        r = 4 + min(6, casualties ** 0.5)
        colour = TYPE_COLOURS.get(inc.get("event_type"), OTHER_COLOUR)
        place = (inc.get("location") or {}).get("canonical") or (inc.get("location") or {}).get("text") or "?"
        tip = f"#{n + 1} {inc.get('event_date')} · {inc.get('sub_event_type')} · {place}"
        marks.append(f'<a href="#inc-{n}"><circle class="tl" cx="{x:.1f}" cy="{y}" r="{r:.1f}" fill="{colour}" '
                     f'fill-opacity="0.75"><title>{_e(tip)}</title></circle></a>')
    height = top + 12 + max(stack.values()) * 14 + 40
    axis_y = height - 30
    ticks = []
    for k in range(6):
        day = first + dt.timedelta(days=round(span * k / 5))
        x = left + (day - first).days / span * (width - left - right)
        ticks.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#555"/>'
                     f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="middle">{day.isoformat()}</text>')
    svg = (f'<svg id="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="incidents over time">'
           f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#555"/>'
           + "".join(ticks) + "".join(marks) + "</svg>")
    legend = " ".join(f'<span class="dot" style="background:{c}"></span>{_e(t)}' for t, c in TYPE_COLOURS.items())
    note = f" {len(undated)} incident(s) without a day are not on it." if undated else ""
    return f'<p class="small">{legend}. Size: killed + wounded.{note}</p>{svg}'


def _places(incidents: list[tuple[int, int, dict]]) -> str:
    places: dict[tuple, dict] = {}
    for n, _, inc in incidents:
        loc = inc.get("location") or {}
        key = (loc.get("canonical") or loc.get("text") or "", loc.get("country"))
        p = places.setdefault(key, {"loc": loc, "incidents": [], "killed": 0, "wounded": 0})
        p["incidents"].append(n)
        p["killed"] += inc.get("killed") or 0
        p["wounded"] += inc.get("wounded") or 0
    if not places:
        return '<p class="none">No places.</p>'
    rows = []
    for p in sorted(places.values(), key=lambda p: (-len(p["incidents"]), str(p["loc"].get("canonical")))):
        loc = p["loc"]
        links = " ".join(f'<a href="#inc-{n}">{n + 1}</a>' for n in p["incidents"])
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in (
            f'<span dir="rtl" lang="ar">{_e(loc.get("text"))}</span>' if loc else '<i>no place</i>',
            _e(loc.get("canonical")),
            _e(loc.get("admin1")), _e(loc.get("country")), _e(loc.get("lat")), _e(loc.get("lon")),
            links, p["killed"], p["wounded"])) + "</tr>")
    table = ('<table id="place-table"><thead><tr><th>place</th><th>canonical</th><th>province</th><th>country</th>'
             "<th>lat</th><th>lon</th><th>incidents</th><th>killed</th><th>wounded</th></tr></thead><tbody>"
             + "".join(rows) + "</tbody></table>")
    return _map(places) + table


def _map(places: dict[tuple, dict]) -> str:
    points = []
    for p in places.values():
        try:
            points.append((float(p["loc"]["lon"]), float(p["loc"]["lat"]), p))
        except (KeyError, TypeError, ValueError):
            continue
    if not points:
        return '<p class="none">No place has coordinates: see the table.</p>'
    lons, lats = [x for x, _, _ in points], [y for _, y, _ in points]
    pad = 0.5
    x0, x1, y0, y1 = min(lons) - pad, max(lons) + pad, min(lats) - pad, max(lats) + pad
    scale = min(900 / (x1 - x0), 420 / (y1 - y0))
    width, height = (x1 - x0) * scale + 200, (y1 - y0) * scale + 40  # room for the names on the right
    dots = []
    for lon, lat, p in sorted(points, key=lambda t: -len(t[2]["incidents"])):
        x, y = 30 + (lon - x0) * scale, 20 + (y1 - lat) * scale
        r = 3 + 2.5 * len(p["incidents"]) ** 0.5
        name = p["loc"].get("canonical") or p["loc"].get("text") or "?"
        tip = f"{name}: {len(p['incidents'])} incident(s), killed {p['killed']}, wounded {p['wounded']}"
        dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#d62728" fill-opacity="0.6" stroke="#600">'
                    f'<title>{_e(tip)}</title></circle><text x="{x + r + 2:.1f}" y="{y + 4:.1f}">{_e(name)}</text>')
    step = next(s for s in (1, 2, 5, 10, 20, 45, 90) if max(x1 - x0, y1 - y0) / s <= 10)
    grid = []
    for lon in range(math.ceil(x0 / step) * step, math.floor(x1) + 1, step):
        x = 30 + (lon - x0) * scale
        grid.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.1f}"/>'
                    f'<text class="grid" x="{x + 2:.1f}" y="{height - 4:.1f}">{abs(lon)}°{"W" if lon < 0 else "E"}</text>')
    for lat in range(math.ceil(y0 / step) * step, math.floor(y1) + 1, step):
        y = 20 + (y1 - lat) * scale
        grid.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{width:.1f}" y2="{y:.1f}"/>'
                    f'<text class="grid" x="2" y="{y - 2:.1f}">{abs(lat)}°{"S" if lat < 0 else "N"}</text>')
    return (f'<svg id="map" viewBox="0 0 {width:.0f} {height:.0f}" width="100%" style="max-width:{width:.0f}px" '
            f'role="img" aria-label="places with coordinates">' + "".join(grid) + "".join(dots) + "</svg>")


def _span_table(kind: str, spans: list[dict]) -> str:
    if not spans:
        return ""
    if kind == "TIMEX":
        head, cells = "<th>text</th><th>value</th><th>offsets</th>", [
            (f'<span dir="rtl" lang="ar">{_e(s.get("text"))}</span>', _e(s.get("value") or s.get("kind")),
             f'{_e(s.get("start"))}–{_e(s.get("end"))}') for s in spans]
    else:
        head, cells = "<th>text</th><th>label</th><th>canonical</th><th>kb id</th><th>role</th><th>offsets</th>", [
            (f'<span dir="rtl" lang="ar">{_e(s.get("text"))}</span>',
             f'<mark class="l-{_e(s.get("label"))}">{_e(s.get("label"))}</mark>', _e(s.get("canonical")),
             _e(s.get("kb_id")), _e(s.get("role")), f'{_e(s.get("start"))}–{_e(s.get("end"))}') for s in spans]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    name = "time expressions" if kind == "TIMEX" else "entities"
    return f"<details><summary>{len(spans)} {name}</summary><table><tr>{head}</tr>{rows}</table></details>"


def _article(d: int, doc: dict, article: dict | None, incident_numbers: list[int]) -> str:
    title = (article or {}).get("title") or doc.get("title") or doc.get("id")
    meta = [f"id {_e(doc.get('id'))}"]
    if doc.get("published"):
        meta.append(f"published {_e(doc['published'])}" + (" (default)" if doc.get("published_source") == "default"
                                                             else ""))
    source = (article or {}).get("source") or doc.get("source")
    url = (article or {}).get("url") or doc.get("url")
    if source:
        meta.append(_e(source))
    if isinstance(url, str) and url:
        meta.append(f'<a href="{_e(url)}" rel="noreferrer">{_e(urlsplit(url).netloc or url[:60])}</a>')
    if incident_numbers:
        meta.append("incidents " + " ".join(f'<a href="#inc-{n}">{n + 1}</a>' for n in incident_numbers))
    parts = [f'<section class="article" id="art-{d}"><h3 dir="auto">{_e(title)}</h3>',
             f'<p class="meta">{" · ".join(meta)}</p>']
    if doc.get("error"):
        err = doc["error"]
        parts.append(f'<p class="error">error {_e(err.get("type"))}: {_e(err.get("message"))}</p>')
    entities, timexes = doc.get("entities") or [], doc.get("timexes") or []
    text = (article or {}).get("text")
    if isinstance(text, str):
        evidence = {n: inc.get("evidence") or [] for n, inc in zip(incident_numbers, doc.get("incidents") or [])}
        bad = sum(not _valid(s, text) for s in entities + timexes)
        parts.append(f'<div class="text" dir="rtl" lang="ar">{highlight(text, entities, timexes, evidence)}</div>')
        if bad:
            parts.append(f'<p class="error">{bad} span(s) do not fit this text (another version of the article?) '
                         "and are not highlighted</p>")
    elif not doc.get("error"):
        parts.append('<p class="none">Text not available (give the inputs with --articles to see it).</p>')
    parts += [_span_table("ENTITY", entities), _span_table("TIMEX", timexes), "</section>"]
    return "".join(parts)


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",sans-serif;
 margin:0 auto;max-width:1200px;padding:1em 1.5em;color:#222;line-height:1.5}
h1{margin:.2em 0}h2{border-bottom:1px solid #ccc;margin-top:1.6em}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0;width:100%}
th,td{border:1px solid #ddd;padding:.2em .4em;vertical-align:top;text-align:start}
th{background:#f4f4f4;position:sticky;top:0}
tr.incident{cursor:pointer}tr.incident:hover,tr.incident.on{background:#fff3c4}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin:0 .3em}
.small,.meta{font-size:.85em;color:#555}.none{color:#777;font-style:italic}.error{color:#b00}
.text{white-space:pre-wrap;font-size:1.15em;line-height:2;border:1px solid #eee;padding:.6em 1em;background:#fcfcfc;
 font-family:"Noto Naskh Arabic","Amiri","Arial",sans-serif}
mark{background:var(--bg);color:inherit;border-bottom:3px solid var(--c);padding:0 1px;border-radius:2px;cursor:help}
mark:hover{outline:1px solid var(--c)}
.ev.lit{background:#fff3c4}
#legend label{margin-inline-end:1em;cursor:pointer;white-space:nowrap}
svg text{font-size:11px;fill:#333}svg .grid{stroke:#eee;fill:#aaa}
svg circle.tl:hover{stroke:#000}
.article{border-top:1px dashed #ccc;margin-top:1em}
"""

SCRIPT = """
(function(){
  var body=document.body;
  document.querySelectorAll('#legend input').forEach(function(box){
    box.addEventListener('change',function(){body.classList.toggle('hide-'+box.value,!box.checked);});
  });
  document.querySelectorAll('tr.incident').forEach(function(row){
    row.addEventListener('click',function(ev){
      if(ev.target.tagName==='A')return;
      document.querySelectorAll('.ev.lit').forEach(function(e){e.classList.remove('lit');});
      document.querySelectorAll('tr.incident.on').forEach(function(e){e.classList.remove('on');});
      row.classList.add('on');
      var lit=document.querySelectorAll('.ev[data-inc~="'+row.dataset.inc+'"]');
      lit.forEach(function(e){e.classList.add('lit');});
      var target=lit.length?lit[0]:document.getElementById('art-'+row.dataset.art);
      if(target)target.scrollIntoView({behavior:'smooth',block:'center'});
    });
  });
  var n=document.querySelectorAll('tr.incident').length;
  document.getElementById('js-status').textContent=n+' incidents; click a row to see its evidence';
  body.dataset.ready='yes';
})();
"""


def render_report(docs: list[dict], articles: dict[str, dict] | None = None, *, title: str = "Rasd report") -> str:
    """The whole page as one string (pure: documents and articles in, HTML out)."""
    articles = articles or {}
    incidents: list[tuple[int, int, dict]] = []  # (number, document index, incident)
    numbers: dict[int, list[int]] = defaultdict(list)
    for d, doc in enumerate(docs):
        for inc in doc.get("incidents") or []:
            numbers[d].append(len(incidents))
            incidents.append((len(incidents), d, inc))
    labels = sorted({e.get("label", "?") for doc in docs for e in doc.get("entities") or []},
                    key=lambda lab: (lab not in LABEL_COLOURS, list(LABEL_COLOURS).index(lab)
                                     if lab in LABEL_COLOURS else 0, lab)) + ["TIMEX"]
    colours = "".join(f".l-{lab}{{--c:{LABEL_COLOURS.get(lab, OTHER_COLOUR)};"
                      f"--bg:{LABEL_COLOURS.get(lab, OTHER_COLOUR)}22}}"
                      f".hide-{lab} mark.l-{lab}{{border-bottom-color:transparent;background:none}}" for lab in labels)
    legend = "".join(f'<label><input type="checkbox" value="{_e(lab)}" checked> '
                     f'<mark class="l-{_e(lab)}">{"time expression" if lab == "TIMEX" else _e(lab)}</mark></label>'
                     for lab in labels)
    failed = sum(1 for doc in docs if doc.get("error"))
    with_text = sum(1 for doc in docs if str(doc.get("id")) in articles)
    kinds = Counter(inc.get("event_type") for _, _, inc in incidents)
    summary = (f"{len(docs)} articles ({failed} failed, {with_text} with text) · {len(incidents)} incidents"
               + "".join(f" · {_e(k)} {v}" for k, v in kinds.most_common())
               + f" · {sum(len(doc.get('entities') or []) for doc in docs)} entities"
               + f" · {sum(len(doc.get('timexes') or []) for doc in docs)} time expressions")
    body = [f"<h1>{_e(title)}</h1>", f'<p class="meta">{summary}</p>',
            '<p class="small" id="js-status">(the page works without JavaScript: links instead of clicks)</p>',
            f'<p id="legend">{legend}</p>',
            f'<h2 id="incidents">Incidents ({len(incidents)})</h2>', _incident_rows(incidents, docs),
            '<h2 id="timeline-h">Timeline</h2>', _timeline(incidents),
            '<h2 id="places">Places</h2>', _places(incidents),
            f'<h2 id="articles">Articles ({len(docs)})</h2>']
    body += [_article(d, doc, articles.get(str(doc.get("id"))), numbers[d]) for d, doc in enumerate(docs)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(title)}</title><style>{CSS}{colours}</style></head>\n<body>"
            + "\n".join(body) + f"\n<script>{SCRIPT}</script></body></html>\n")


def write_report(documents: str | Path, target: str | Path, *, articles: Iterable[str | Path] | None = None,
                 title: str = "Rasd report") -> dict:
    """Read the documents (and the articles), write the page; returns what it holds.

    Raises:
        InputError: the documents or an article input cannot be read.
        OutputError: the page cannot be written.
    """
    docs = load_documents(documents)
    texts = load_articles(articles) if articles else {}
    page = render_report(docs, texts, title=title)
    try:
        Path(target).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the report {target}: {exc}") from None
    return {"articles": len(docs), "incidents": sum(len(doc.get("incidents") or []) for doc in docs),
            "with_text": sum(1 for doc in docs if str(doc.get("id")) in texts)}
