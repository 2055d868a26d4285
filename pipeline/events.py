"""Cross-article events: the reports of one event in several articles become one event.

Spec section 4: "across articles, records with the same date, place and weapon
are the same event". ``Incident.event_key`` spells that key exactly; this
module groups the way an analyst would, with the places compared as the
scorer compares them (same canonical name, within 10 km, or a shared name
word), so that ``قاعدة بلد الجوية`` in one article and ``قاعدة "بلد"`` in
another are one place, and a weapon an article could not name (``unknown``)
joins a report that names it.

Each event keeps every source (article id and record index) and reports its
figures as ACLED does: the most conservative toll (``killed``/``wounded`` are
the lowest figure given) with the highest next to it, and the actor most
sources name.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from .evaluate.records import dates_agree, places_agree

def _day(value: str | None) -> str:
    return (value or "")[:10]


def _weapons_agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _same_event(event: dict, rec: dict) -> bool:
    first = event["_records"][0]
    return (_weapons_agree(event["weapon"], rec["weapon"])
            and dates_agree(first.get("event_date"), rec.get("event_date"))
            and any(places_agree(r.get("location"), rec.get("location")) for r in event["_records"]))


def _most_common(values: Iterable) -> object | None:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _richest(places: list[dict | None]) -> dict | None:
    """The place with a canonical name and coordinates if any source has one, else the most named."""
    places = [p for p in places if p]
    if not places:
        return None
    return max(places, key=lambda p: (p.get("lat") is not None, p.get("canonical") is not None,
                                      sum(q.get("text") == p.get("text") for q in places)))


def _summary(records: list[dict]) -> dict:
    weapon = _most_common(r["weapon"] for r in records if r["weapon"] != "unknown") or "unknown"
    typed = [r for r in records if r["weapon"] == weapon] or records
    first = min(records, key=lambda r: (r["article_id"], r["_idx"]))
    event_id = hashlib.sha1(f"{first['article_id']}#{first['_idx']}".encode()).hexdigest()[:16]
    out = {
        "event_id": event_id,
        "event_date": _most_common(r.get("event_date") for r in records),
        "event_type": _most_common(r["event_type"] for r in typed),
        "sub_event_type": _most_common(r["sub_event_type"] for r in typed),
        "weapon": weapon,
        "location": _richest([r.get("location") for r in records]),
        "target": _richest([r.get("target") for r in records]),
        "perpetrator": _most_common(r.get("perpetrator") for r in records),
        "claimed_by": _most_common(r.get("claimed_by") for r in records),
    }
    for slot in ("munitions_count", "killed", "wounded"):
        values = [r[slot] for r in records if r.get(slot) is not None]
        out[slot] = min(values) if values else None
        if slot != "munitions_count":
            out[f"{slot}_max"] = max(values) if values else None
    out["sources"] = [{"article_id": r["article_id"], "incident_idx": r["_idx"], "event_key": r.get("event_key")}
                      for r in records]
    out["n_sources"] = len({r["article_id"] for r in records})
    return out


def group(documents: Iterable[dict]) -> list[dict]:
    """Events from documents in the shape of spec section 6 (``rasd extract -o out.jsonl``).

    Records without a date are events of their own (nothing checkable to join
    them on). The order is by date, then by first source.
    """
    by_day: dict[str, list[dict]] = defaultdict(list)
    alone: list[dict] = []
    for doc in documents:
        for idx, inc in enumerate(doc.get("incidents") or []):
            rec = dict(inc, article_id=inc.get("article_id") or doc.get("id"), _idx=idx)
            if not rec.get("event_date"):
                alone.append({"weapon": rec["weapon"], "_records": [rec]})
                continue
            day = by_day[_day(rec["event_date"])]
            event = next((e for e in day if _same_event(e, rec)), None)
            if event is None:
                day.append({"weapon": rec["weapon"], "_records": [rec]})
            else:
                event["_records"].append(rec)
                if event["weapon"] == "unknown":
                    event["weapon"] = rec["weapon"]
    events = [_summary(e["_records"]) for day in by_day.values() for e in day]
    events += [_summary(e["_records"]) for e in alone]
    return sorted(events, key=lambda e: (e["event_date"] or "9999", e["sources"][0]["article_id"]))


def iter_documents(lines: Iterable[str]) -> Iterator[dict]:
    """Documents from the lines of a section-6 JSONL file; lines with an error have no incidents."""
    import json

    for line in lines:
        line = line.strip()
        if line:
            yield json.loads(line)


def write_events(inputs: list[str], output: str) -> int:
    """``rasd events``: group the incidents of section-6 JSONL files (``rasd extract -o out.jsonl``)
    into events; write JSON lines, or a CSV table (one row per event, sources joined by ``;``)."""
    import gzip
    from pathlib import Path

    docs = []
    for path in inputs:
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            docs.extend(iter_documents(f))
    events = group(docs)
    out = Path(output)
    if out.suffix == ".csv":
        import pandas as pd

        rows = [{**{k: v for k, v in e.items() if k not in ("location", "target", "sources")},
                 "location_text": (e["location"] or {}).get("text"), "location_canonical": (e["location"] or {}).get("canonical"),
                 "country": (e["location"] or {}).get("country"), "lat": (e["location"] or {}).get("lat"),
                 "lon": (e["location"] or {}).get("lon"), "target_text": (e["target"] or {}).get("text"),
                 "sources": ";".join(f"{s['article_id']}#{s['incident_idx']}" for s in e["sources"])} for e in events]
        counts = ["munitions_count", "killed", "killed_max", "wounded", "wounded_max", "n_sources"]
        pd.DataFrame(rows).astype({c: "Int64" for c in counts}).to_csv(out, index=False)  # 3, not 3.0
    else:
        import json

        with out.open("w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return len(events)
