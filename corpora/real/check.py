"""Check the real-text incident gold (corpora/real/ant.jsonl) line by line.

    PYTHONPATH=. python corpora/real/check.py [corpora/real/ant.jsonl]
    PYTHONPATH=. python corpora/real/check.py corpora/real/open.jsonl          # the open development set
    PYTHONPATH=. python corpora/real/check.py corpora/real/sentences.jsonl     # the sentence set
    PYTHONPATH=. python corpora/real/check.py corpora/real/anercorp-test.jsonl  # the ANERcorp sentence set

For every line: the keys; the article exists in ANT (../shared/corpora/ant/<source>) and is reserved
(its number ends in 0); `id` and `published` are those the pipeline's reader gives; and for every
incident: fields and enums per spec section 4, counts are ints or null, `event_date` is an ISO value
of spec section 3 without a part of day, every evidence span lies inside the text, the location
`text` (and the target and casualty group texts) occur verbatim in the article, and a gazetteer
canonical carries the gazetteer's province, country and coordinates. Without ../shared the text
checks are skipped (with a notice) and the rest still runs. Exit status 1 if any line fails.

The sentence set (sentences.jsonl, `check_sentences`): the keys; ids rs-NNNN and unique; the label and
kind; an English note; the article reserved and not in ant.jsonl; and with ANT: the reader's id and date,
the span inside the text, one of the sentences the pipeline's splitter gives, and a candidate of
select_sentences.py (attack words, length bounds).

The ANERcorp sentence set (anercorp-test.jsonl, `check_anercorp`): the keys; split, number and id agree
(aner-<split>-NNNNN); the label and kind (the sentence kinds plus `history`); an English note; events only on
event lines (at least one there), each with the slots of spec section 4 an analyst codes from one sentence (no
event_date, no evidence; location {text, canonical, country}); and with ../shared/corpora/anercorp: the number
points at a sentence of the split that starts with `starts` and matches the attack words, and the place,
target and casualty group texts occur in it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "corpora" / "real" / "ant.jsonl"
ANT = REPO.parent / "shared" / "corpora" / "ant"
GAZETTEER = REPO / "pipeline" / "resources" / "ar" / "gazetteer"

SUB_EVENTS = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
                                   "Suicide bomb", "Grenade"},
    "Battles": {"Armed clash"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance"},
}
WEAPONS = {"rocket", "missile", "mortar", "drone", "airstrike", "ied", "vbied", "suicide_bomb", "small_arms", "grenade",
           "unknown"}
FIELDS = ["event_date", "event_type", "sub_event_type", "weapon", "munitions_count", "location", "target",
          "perpetrator", "claimed_by", "killed", "wounded", "casualties", "evidence"]
LOCATION_FIELDS = ["text", "canonical", "admin1", "country", "lat", "lon"]
# spec section 3 values an event date may take: a day, a month, a year, an ISO week, a season; never a part of day
DATE = re.compile(r"^(\d{4}|X{4})(-(\d{2}|XX)(-(\d{2}|XX))?|-W\d{2}|-(SP|SU|FA|WI))?$")


def _select_module():
    spec = importlib.util.spec_from_file_location("rasd_real_select", Path(__file__).with_name("select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@functools.lru_cache(maxsize=1)
def gazetteer_places() -> dict[str, list[dict]]:
    """canonical -> gazetteer place entries (GPE/LOC) with that canonical."""
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out: dict[str, list[dict]] = {}
    for f in sorted(GAZETTEER.glob("places*.yaml")):
        for e in yaml.load(f.read_text(encoding="utf-8"), Loader=loader) or []:
            if isinstance(e, dict) and e.get("canonical"):
                out.setdefault(e["canonical"], []).append(e)
    return out


def _is_count(v) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def _valid_date(v: str) -> bool:
    m = DATE.match(v)
    if not m:
        return False
    if "X" in v or "-W" in v or len(v) != 10:
        return True
    import datetime as dt
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def _label_errors(label, kind, kinds) -> list[str]:
    """Errors of a sentence's label and kind: no_event sentences have a kind of `kinds`, the others none."""
    if label not in LABELS:
        return [f"label {label!r} is not one of {LABELS}"]
    if label == "no_event" and kind not in kinds:
        return [f"kind {kind!r} of a no_event sentence is not one of {kinds}"]
    if label != "no_event" and kind is not None:
        return [f"a {label} sentence has kind {kind!r} (only no_event sentences have one)"]
    return []


def _slot_errors(inc: dict) -> list[str]:
    """Errors of the type, weapon, count and actor slots of a coded event (article or sentence gold)."""
    errs = []
    et, st = inc.get("event_type"), inc.get("sub_event_type")
    if et not in SUB_EVENTS:
        errs.append(f"event_type {et!r} invalid")
    elif st not in SUB_EVENTS[et]:
        errs.append(f"sub_event_type {st!r} invalid for {et!r}")
    if inc.get("weapon") not in WEAPONS:
        errs.append(f"weapon {inc.get('weapon')!r} invalid")
    for k in ("munitions_count", "killed", "wounded"):
        if not _is_count(inc.get(k)):
            errs.append(f"{k} {inc.get(k)!r} is not a non-negative int or null")
    for k in ("perpetrator", "claimed_by"):
        if inc.get(k) is not None and not (isinstance(inc[k], str) and inc[k].strip()):
            errs.append(f"{k} {inc.get(k)!r} is not a name or null")
    return errs


def _casualty_errors(cas, text: str | None, where: str) -> list[str]:
    """Errors of a `casualties` list; each group must occur in `text` (the article or sentence) when given."""
    if not isinstance(cas, list):
        return ["casualties is not a list"]
    errs = []
    for c in cas:
        if not isinstance(c, dict) or sorted(c) != ["count", "group", "outcome"]:
            errs.append(f"casualty {c!r} is not {{count, group, outcome}}")
        elif c["outcome"] not in ("killed", "wounded") or not _is_count(c["count"]) or c["count"] is None:
            errs.append(f"casualty {c!r}: outcome killed/wounded and an int count")
        elif c["group"] is not None and (not isinstance(c["group"], str) or
                                         (text is not None and c["group"] not in text)):
            errs.append(f"casualty group {c['group']!r} does not occur in the {where}")
    return errs


def check_incident(inc: dict, text: str | None, places: dict[str, list[dict]]) -> list[str]:
    errs = []
    if not isinstance(inc, dict):
        return ["incident is not an object"]
    if sorted(inc) != sorted(FIELDS):
        errs.append(f"fields {sorted(set(inc) ^ set(FIELDS))} missing or extra")
    d = inc.get("event_date")
    if d is not None and not (isinstance(d, str) and _valid_date(d)):
        errs.append(f"event_date {d!r} is not an ISO date of spec section 3 (day, month, year, week; no part of day)")
    errs += _slot_errors(inc)
    loc = inc.get("location")
    if not isinstance(loc, dict) or sorted(loc) != sorted(LOCATION_FIELDS):
        errs.append(f"location {loc!r} lacks fields {LOCATION_FIELDS}")
    else:
        if loc["country"] is not None and not (isinstance(loc["country"], str) and re.fullmatch(r"[A-Z]{2}", loc["country"])):
            errs.append(f"location country {loc['country']!r} is not ISO 3166 alpha-2")
        for k in ("lat", "lon"):
            if loc[k] is not None and (isinstance(loc[k], bool) or not isinstance(loc[k], (int, float))):
                errs.append(f"location {k} {loc[k]!r} is not a number or null")
        if text is not None and loc["text"] is not None and loc["text"] not in text:
            errs.append(f"location text {loc['text']!r} does not occur in the article")
        if loc["text"] is None and loc["canonical"] is not None:
            errs.append("location has a canonical but no surface text")
        entries = places.get(loc["canonical"] or "")
        if entries and not any((e.get("admin1"), e.get("country"), e.get("lat"), e.get("lon"))
                               == (loc["admin1"], loc["country"], loc["lat"], loc["lon"]) for e in entries):
            errs.append(f"location {loc['canonical']!r} is in the gazetteer with another admin1/country/lat/lon")
    tgt = inc.get("target")
    if tgt is not None:
        if not isinstance(tgt, dict) or sorted(tgt) != ["canonical", "text"]:
            errs.append(f"target {tgt!r} is not {{text, canonical}} or null")
        elif text is not None and tgt["text"] is not None and tgt["text"] not in text:
            errs.append(f"target text {tgt['text']!r} does not occur in the article")
    errs += _casualty_errors(inc.get("casualties"), text, "article")
    ev = inc.get("evidence")
    if not isinstance(ev, list) or not ev:
        errs.append("evidence is not a non-empty list")
    else:
        for e in ev:
            if not (isinstance(e, dict) and sorted(e) == ["end", "start"] and all(_is_count(e[k]) and e[k] is not None
                                                                                  for k in e)):
                errs.append(f"evidence {e!r} is not {{start, end}} ints")
            elif not e["start"] < e["end"] or (text is not None and e["end"] > len(text)):
                errs.append(f"evidence {e!r} is not inside the text")
            elif text is not None and text[e["start"]:e["end"]] != text[e["start"]:e["end"]].strip():
                errs.append(f"evidence {e!r} starts or ends with blank space")
    return errs


def check_line(obj, places: dict[str, list[dict]], ant: Path | None = ANT, sel=None, reserved: bool = True) -> list[str]:
    """Errors of one gold line; with `ant` None (no ../shared), the text checks are skipped. The article must be
    reserved (ant.jsonl) or, with `reserved` False, must not be (open.jsonl, the open development set)."""
    sel = sel or _select_module()
    if not isinstance(obj, dict) or sorted(obj) != ["gold", "id", "published", "source"]:
        return [f"line is not {{id, source, published, gold}}: {sorted(obj) if isinstance(obj, dict) else obj!r}"]
    errs = []
    src = obj["source"]
    m = re.fullmatch(r"ant/([A-Za-z]+)/(JA-[A-Za-z]+-\d+-\d+\.txt)", src or "")
    if not m or m.group(2) != obj["id"] + ".txt" or not obj["id"].startswith(f"JA-{m.group(1)}-"):
        errs.append(f"source {src!r} does not name the article {obj['id']!r}")
    if sel.is_reserved(obj["id"]) != reserved:
        errs.append(f"{obj['id']} is {'not ' if reserved else ''}reserved (its number must {'' if reserved else 'not '}"
                    "end in 0)")
    if not isinstance(obj["gold"], dict) or sorted(obj["gold"]) != ["incidents"] or \
            not isinstance(obj["gold"]["incidents"], list):
        return errs + ["gold is not {incidents: [...]}"]
    text = None
    if ant is not None and m:
        path = ant / m.group(1) / m.group(2)
        if not path.exists():
            errs.append(f"article not found in ANT: {path}")
        else:
            art = sel.read_article(path)
            if art is None:
                errs.append(f"{path} is empty or unreadable")
            else:
                from pipeline.core import _check_date
                text = art["text"]
                if art["id"] != obj["id"]:
                    errs.append(f"the reader gives id {art['id']!r}, not {obj['id']!r}")
                if _check_date(art.get("published")) != obj["published"]:
                    errs.append(f"published {obj['published']!r}, the article's is {art.get('published')!r}")
    for n, inc in enumerate(obj["gold"]["incidents"]):
        errs += [f"incident {n}: {e}" for e in check_incident(inc, text, places)]
    return errs


def check_file(path: Path = GOLD, ant: Path | None = ANT) -> dict[str, list[str]]:
    """{line label: errors} for the failing lines (empty when all pass). A file named ``open*.jsonl`` is the open
    development set: its articles must not be reserved."""
    if ant is not None and not ant.exists():
        print(f"notice: {ant} not found: text checks skipped", file=sys.stderr)
        ant = None
    sel, places = _select_module(), gazetteer_places()
    reserved = not path.name.startswith("open")
    return _check_lines(path, lambda obj: check_line(obj, places, ant, sel, reserved))


def _check_lines(path: Path, check) -> dict[str, list[str]]:
    """{line label: errors} of a JSON-lines file: ``check(obj)`` on each line, plus invalid JSON and repeated ids."""
    bad, seen = {}, set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            bad[f"line {n}"] = [f"not JSON: {exc.msg}"]
            continue
        errs = check(obj)
        oid = obj.get("id") if isinstance(obj, dict) else None
        if oid in seen:
            errs.append(f"id {oid!r} appears twice")
        seen.add(oid)
        if errs:
            bad[f"line {n} ({oid})"] = errs
    return bad


SENTENCES = REPO / "corpora" / "real" / "sentences.jsonl"
SENTENCE_KEYS = ["article_id", "end", "id", "kind", "label", "note", "published", "source", "start"]
LABELS = ("event", "no_event", "context")
# the kinds of corpora/negatives/README.md, plus crime, arrest and accident (corpora/real/README.md, "Sentences")
KINDS = ("threat", "intention", "denial", "hypothetical", "total", "politics", "condolence", "trial", "anniversary",
         "statistics", "exercise", "warning", "report-general", "other", "crime", "arrest", "accident")


def _select_sentences_module():
    spec = importlib.util.spec_from_file_location("rasd_real_select_sentences",
                                                  Path(__file__).with_name("select_sentences.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_sentence(obj, gold_ids: set[str], ant: Path | None = ANT, sel=None, ssel=None) -> list[str]:
    """Errors of one line of sentences.jsonl; with `ant` None (no ../shared), the text checks are skipped."""
    sel = sel or _select_module()
    if not isinstance(obj, dict) or sorted(obj) != SENTENCE_KEYS:
        return [f"line is not {{{', '.join(SENTENCE_KEYS)}}}: {sorted(obj) if isinstance(obj, dict) else obj!r}"]
    errs = []
    if not re.fullmatch(r"rs-\d{4}", str(obj["id"])):
        errs.append(f"id {obj['id']!r} is not rs-NNNN")
    src, aid = obj["source"], obj["article_id"]
    m = re.fullmatch(r"ant/([A-Za-z]+)/(JA-[A-Za-z]+-\d+-\d+\.txt)", src or "")
    if not m or m.group(2) != f"{aid}.txt" or not str(aid).startswith(f"JA-{m.group(1)}-"):
        errs.append(f"source {src!r} does not name the article {aid!r}")
    if not sel.is_reserved(str(aid)):
        errs.append(f"{aid} is not reserved (its number must end in 0)")
    if aid in gold_ids:
        errs.append(f"{aid} is one of the articles of ant.jsonl")
    errs += _label_errors(obj["label"], obj["kind"], KINDS)
    if not isinstance(obj["note"], str) or re.search("[\u0600-\u06FF]", obj["note"]):
        errs.append("note is not a string in English (no Arabic text of the articles in the repository)")
    if not isinstance(obj["published"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", obj["published"]):
        errs.append(f"published {obj['published']!r} is not YYYY-MM-DD")
    s, e = obj["start"], obj["end"]
    if not (_is_count(s) and _is_count(e) and s is not None and e is not None and s < e):
        return errs + [f"span {s!r}:{e!r} is not two ints start < end"]
    if ant is not None and m:
        path = ant / m.group(1) / m.group(2)
        art = sel.read_article(path) if path.exists() else None
        if art is None:
            errs.append(f"article not found, empty or unreadable in ANT: {path}")
        else:
            from pipeline.core import _check_date
            text = art["text"]
            if art["id"] != aid:
                errs.append(f"the reader gives id {art['id']!r}, not {aid!r}")
            if _check_date(art.get("published")) != obj["published"]:
                errs.append(f"published {obj['published']!r}, the article's is {art.get('published')!r}")
            ssel = ssel or _select_sentences_module()
            if e > len(text):
                errs.append(f"span {s}:{e} is not inside the text ({len(text)} characters)")
            elif (s, e) not in ssel.split(text):
                errs.append(f"span {s}:{e} is not a sentence of the pipeline's splitter")
            elif (s, e) not in ssel.candidates(text):
                errs.append(f"sentence {s}:{e} does not match the attack words or is out of the length bounds")
    return errs


def check_sentences(path: Path = SENTENCES, ant: Path | None = ANT, gold: Path = GOLD) -> dict[str, list[str]]:
    """{line label: errors} for the failing lines of sentences.jsonl (empty when all pass)."""
    if ant is not None and not ant.exists():
        print(f"notice: {ant} not found: text checks skipped", file=sys.stderr)
        ant = None
    sel = _select_module()
    ssel = _select_sentences_module() if ant is not None else None
    gold_ids = {json.loads(x)["id"] for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()}
    return _check_lines(path, lambda obj: check_sentence(obj, gold_ids, ant, sel, ssel))


ANER_GOLD = REPO / "corpora" / "real" / "anercorp-test.jsonl"
ANERCORP = REPO.parent / "shared" / "corpora" / "anercorp"
ANER_KEYS = ["events", "id", "kind", "label", "note", "number", "split", "starts"]
# the sentence kinds, plus history: a war or an attack of long ago named as background (1973, 1853)
ANER_KINDS = KINDS + ("history",)
ANER_EVENT_FIELDS = ["event_type", "sub_event_type", "weapon", "munitions_count", "location", "target", "perpetrator",
                     "claimed_by", "killed", "wounded", "casualties"]
ANER_LOCATION_FIELDS = ["canonical", "country", "text"]


def _anercorp_module():
    spec = importlib.util.spec_from_file_location("rasd_real_anercorp", Path(__file__).with_name("anercorp.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_aner_event(ev, text: str | None, places: dict[str, list[dict]]) -> list[str]:
    """Errors of one coded event of an ANERcorp sentence (`text` None: the text checks are skipped)."""
    if not isinstance(ev, dict):
        return ["event is not an object"]
    errs = []
    if sorted(ev) != sorted(ANER_EVENT_FIELDS):
        errs.append(f"event fields {sorted(set(ev) ^ set(ANER_EVENT_FIELDS))} missing or extra")
    errs += _slot_errors(ev)
    loc = ev.get("location")
    if not isinstance(loc, dict) or sorted(loc) != ANER_LOCATION_FIELDS:
        errs.append(f"location {loc!r} is not {{text, canonical, country}}")
    else:
        if not (isinstance(loc["text"], str) and loc["text"].strip()):
            errs.append(f"location text {loc['text']!r} is not a surface string")
        elif text is not None and loc["text"] not in text:
            errs.append(f"location text {loc['text']!r} does not occur in the sentence")
        if loc["canonical"] is not None and not (isinstance(loc["canonical"], str) and loc["canonical"].strip()):
            errs.append(f"location canonical {loc['canonical']!r} is not a name or null")
        if loc["country"] is not None and not (isinstance(loc["country"], str) and re.fullmatch(r"[A-Z]{2}", loc["country"])):
            errs.append(f"location country {loc['country']!r} is not ISO 3166 alpha-2")
        entries = places.get(loc["canonical"] or "") if isinstance(loc["canonical"], str) else None
        if entries and not any(e.get("country") == loc["country"] for e in entries):
            errs.append(f"location {loc['canonical']!r} is in the gazetteer with another country")
    tgt = ev.get("target")
    if tgt is not None:
        if not isinstance(tgt, dict) or sorted(tgt) != ["canonical", "text"]:
            errs.append(f"target {tgt!r} is not {{text, canonical}} or null")
        elif not isinstance(tgt["text"], str) or (text is not None and tgt["text"] not in text):
            errs.append(f"target text {tgt['text']!r} does not occur in the sentence")
    errs += _casualty_errors(ev.get("casualties"), text, "sentence")
    return errs


def check_aner_line(obj, places: dict[str, list[dict]], sents: dict[str, list[str]] | None = None, aner=None) -> list[str]:
    """Errors of one line of anercorp-test.jsonl; `sents` ({split: sentences}, None without ../shared) for the
    text checks."""
    aner = aner or _anercorp_module()
    if not isinstance(obj, dict) or sorted(obj) != ANER_KEYS:
        return [f"line is not {{{', '.join(ANER_KEYS)}}}: {sorted(obj) if isinstance(obj, dict) else obj!r}"]
    errs = []
    split, number = obj["split"], obj["number"]
    if split not in aner.SPLITS:
        errs.append(f"split {split!r} is not one of {aner.SPLITS}")
    if not _is_count(number) or number is None:
        errs.append(f"number {number!r} is not a non-negative int")
    elif split in aner.SPLITS and obj["id"] != aner.sentence_id(split, number):
        errs.append(f"id {obj['id']!r} is not {aner.sentence_id(split, number)!r} (split and number)")
    label = obj["label"]
    errs += _label_errors(label, obj["kind"], ANER_KINDS)
    if not isinstance(obj["note"], str) or not obj["note"].strip() or re.search("[\u0600-\u06FF]", obj["note"]):
        errs.append("note is not a string in English (no Arabic text of ANERcorp in the repository)")
    starts = obj["starts"]
    if not isinstance(starts, str) or not starts or len(starts) > 20:
        errs.append(f"starts {starts!r} is not the sentence's first characters (1 to 20)")
    events = obj["events"]
    if not isinstance(events, list):
        return errs + ["events is not a list"]
    if label == "event" and not events:
        errs.append("an event sentence has no events")
    elif label != "event" and events:
        errs.append(f"a {label} sentence has events (only event sentences have them)")
    text = None
    if sents is not None and split in sents and isinstance(number, int) and not isinstance(number, bool) and number >= 0:
        if number >= len(sents[split]):
            errs.append(f"number {number} is past the last sentence of {split} ({len(sents[split])} sentences)")
        else:
            text = sents[split][number]
            if isinstance(starts, str) and not text.startswith(starts):
                errs.append(f"sentence {number} of {split} does not start with {starts!r}: the numbering drifted")
                text = None
            elif isinstance(starts, str) and starts != text[:20]:
                errs.append(f"starts {starts!r} is not the sentence's first 20 characters")
            if text is not None and not aner.ATTACK_WORDS.search(text):
                errs.append(f"sentence {number} of {split} does not match the attack words")
    for n, ev in enumerate(events):
        errs += [f"event {n}: {e}" for e in check_aner_event(ev, text, places)]
    return errs


def check_anercorp(path: Path = ANER_GOLD, root: Path | None = ANERCORP) -> dict[str, list[str]]:
    """{line label: errors} for the failing lines of anercorp-test.jsonl (empty when all pass); without `root`
    (../shared/corpora/anercorp) the text checks are skipped with a notice."""
    if root is not None and not root.exists():
        print(f"notice: {root} not found: text checks skipped", file=sys.stderr)
        root = None
    aner, places = _anercorp_module(), gazetteer_places()
    sents = None
    if root is not None:
        sents = {s: aner.sentences(s, root) for s in aner.SPLITS if (root / f"{s}.txt").exists()}
    return _check_lines(path, lambda obj: check_aner_line(obj, places, sents, aner))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    # each gold file: its check and the summary of its lines
    if path.name.startswith("anercorp"):
        check = check_anercorp
        summary = lambda lines: f"{len(lines)} sentences, {sum(len(x.get('events') or []) for x in lines)} events"
    elif path.name == "sentences.jsonl":
        check, summary = check_sentences, lambda lines: f"{len(lines)} sentences"
    else:
        check = check_file
        summary = lambda lines: f"{len(lines)} articles, {sum(len(x['gold']['incidents']) for x in lines)} incidents"
    bad = check(path)
    for where, errs in bad.items():
        for e in errs:
            print(f"{where}: {e}")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(f"{summary(lines)}: {'OK' if not bad else f'{len(bad)} lines fail'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
