"""A second scorer of spec section 5, written from the spec text alone.

It does not import ``pipeline.evaluate`` (nor the pipeline's normalizer) and
uses other algorithms where the spec leaves the algorithm open: maximum
bipartite matching (augmenting paths) for entity and time-expression
overlap, an explicit "take the best remaining pair" loop for incidents, its
own character folding and proclitic handling. ``test_reference.py`` runs it
next to ``rasd evaluate`` and asserts that every figure agrees within 0.005.

The spec's words and the readings taken here (section 5):

- entities, "exact span and label, and relaxed (overlapping span, same
  label); micro P/R/F1 and per label": exact = same (start, end, label);
  relaxed = a one-to-one pairing of overlapping spans of the same label.
- timexes, "span overlap, then exact value": detection P/R/F1 of a one-to-one
  pairing by overlap; value accuracy = equal ``value`` among the pairs.
- incidents, "matched one-to-one (best total agreement first) when
  event_date agrees (equal, or equal to the day where one side has a part of
  day) and the places agree (same canonical, or within 10 km, or overlapping
  normalized surface text); then each slot is scored (slot P/R/F1) and
  whole-record exact match is counted":
  - a part of day (or a clock time) is whatever follows ``T`` in a day value;
  - "normalized surface text" = Arabic letters folded (diacritics, tatweel,
    alef forms, alef maksura, teh marbuta), words without the proclitics of
    spec section 2 (``و ف ب ك ل`` and ``ال``); "overlapping" = sharing a
    word that names something: prepositions never count, and words that
    only name a kind of place (``منطقة``, ``قاعدة`` ...) count only where
    one side is named by its kind alone (``المعسكر``);
  - "total agreement" = the number of section-4 slots on which the pair
    agrees; the best remaining pair is taken first;
  - slots: every section-4 field but ``article_id`` and ``evidence``; a
    value counts when it is not null (an empty ``casualties`` list is null);
    a gold value agreed with is a true positive, a gold value not agreed
    with a false negative, a predicted value not agreed with a false
    positive, unmatched records included; ``target`` agrees like a place
    without the distance; actor names after folding and case-folding;
    ``casualties`` by (count, outcome), the ``group`` text being free;
  - an exact record: a matched gold record agreeing on every slot.
"""

from __future__ import annotations

import math
import re
import unicodedata

SLOT_NAMES = ["event_date", "event_type", "sub_event_type", "weapon", "munitions_count", "location", "target",
              "perpetrator", "claimed_by", "killed", "wounded", "casualties"]

_FOLD = {ord(a): b for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))}
_FOLD.update({0x0660 + d: str(d) for d in range(10)})
_FOLD.update({0x06F0 + d: str(d) for d in range(10)})

LINKS = {"جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي", "قرب", "بين", "في", "من", "علي", "الي",
         "عند", "داخل", "خارج"}
KINDS_OF_PLACE = LINKS | {"منطقه", "مدينه", "محافظه", "محافظتي", "قضاء", "ناحيه", "حي", "قريه", "بلده", "قاعده",
                          "مطار", "معسكر", "مخيم", "شارع", "طريق", "ريف", "ضواحي"}


def fold(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if unicodedata.category(ch) == "Mn" or ch == "\u0640":
            continue
        out.append(ch)
    return "".join(out).translate(_FOLD)


def _bare_forms(word: str) -> set[str]:
    """The word and every reading of it without proclitics that leaves three letters or more."""
    forms = {word}
    frontier = {word}
    for group in (("و", "ف"), ("ب", "ك", "ل"), ("ال", "لل")):
        nxt = set()
        for w in frontier:
            for p in group:
                if w.startswith(p) and len(w) - len(p) >= 3:
                    nxt.add(w[len(p):])
        forms |= nxt
        frontier |= nxt
    return forms


def _named_words(text, ignore: set[str]) -> list[set[str]]:
    if not text:
        return []
    words = []
    for w in re.findall(r"\w+", fold(text)):
        forms = _bare_forms(w)
        if w.isdigit() or forms & ignore or len(w) < 2:
            continue
        words.append(forms)
    return words


def texts_overlap(a, b) -> bool:
    """A shared word naming something; kinds of place only where one side is named by its kind alone."""
    named_a, named_b = _named_words(a, KINDS_OF_PLACE), _named_words(b, KINDS_OF_PLACE)
    if not named_a or not named_b:
        named_a, named_b = _named_words(a, LINKS), _named_words(b, LINKS)
    return any(fa & fb for fa in named_a for fb in named_b)


def km_apart(a: dict, b: dict):
    if any(not isinstance(x.get(k), (int, float)) for x in (a, b) for k in ("lat", "lon")):
        return None
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp, dl = p2 - p1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.atan2(math.sqrt(h), math.sqrt(1 - h))


def _both_null(a, b):
    return a in (None, {}) and b in (None, {})


def same_place(a, b) -> bool:
    if a in (None, {}) or b in (None, {}):
        return _both_null(a, b)
    if a.get("canonical") is not None and a.get("canonical") == b.get("canonical"):
        return True
    km = km_apart(a, b)
    if km is not None and km <= 10:
        return True
    return texts_overlap(a.get("text"), b.get("text"))


def same_target(a, b) -> bool:
    if a in (None, {}) or b in (None, {}):
        return _both_null(a, b)
    if a.get("canonical") is not None and a.get("canonical") == b.get("canonical"):
        return True
    return texts_overlap(a.get("text"), b.get("text"))


def without_part_of_day(value: str) -> str:
    return value.split("T", 1)[0]


def same_date(a, b) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return False
    if "T" not in a and "T" not in b:
        return False
    return without_part_of_day(a) == without_part_of_day(b)


def slot_equal(name: str, g, p) -> bool:
    if name == "event_date":
        return same_date(g, p)
    if name == "location":
        return same_place(g, p)
    if name == "target":
        return same_target(g, p)
    if name in ("perpetrator", "claimed_by"):
        if g is None or p is None:
            return g is p
        return fold(g).strip().casefold() == fold(p).strip().casefold()
    if name == "casualties":
        return sorted((c.get("outcome") or "", -1 if c.get("count") is None else c["count"]) for c in g or []) == \
            sorted((c.get("outcome") or "", -1 if c.get("count") is None else c["count"]) for c in p or [])
    return g == p


def is_null(v) -> bool:
    return v is None or (isinstance(v, (list, dict)) and len(v) == 0)


def _ratio(n, d) -> float:
    return n / d if d else 0.0


def _three(tp, fp, fn) -> dict:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"p": p, "r": r, "f1": _ratio(2 * p * r, p + r)}


def max_matching(n_left: int, n_right: int, edges: list[tuple[int, int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths); edges tried in the order given."""
    adj: dict[int, list[int]] = {i: [] for i in range(n_left)}
    for i, j in edges:
        adj[i].append(j)
    right_of: dict[int, int] = {}

    def augment(i, seen):
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in right_of or augment(right_of[j], seen):
                right_of[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {i: j for j, i in right_of.items()}


def _overlap(a, b) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def score(golds: list[dict], preds: dict[str, dict]) -> dict:
    """Every figure of spec section 5, as a flat mapping name -> value in [0, 1]."""
    ent = {"exact": {}, "relaxed": {}}  # label -> [tp, fp, fn]
    tx = {"gold": 0, "pred": 0, "pairs": 0, "same_value": 0}
    inc = {"gold": 0, "pred": 0, "matched": 0, "exact": 0}
    slot_counts = {s: [0, 0, 0] for s in SLOT_NAMES}

    for gdoc in golds:
        gold = gdoc["gold"]
        pdoc = preds.get(str(gdoc["id"])) or {}
        # entities
        ge, pe = gold.get("entities", []), pdoc.get("entities") or []
        for label in {e["label"] for e in ge} | {e["label"] for e in pe}:
            gl = [e for e in ge if e["label"] == label]
            pl = [e for e in pe if e["label"] == label]
            gkeys = sorted((e["start"], e["end"]) for e in gl)
            pkeys = sorted((e["start"], e["end"]) for e in pl)
            hit, rest = 0, list(pkeys)
            for k in gkeys:
                if k in rest:
                    rest.remove(k)
                    hit += 1
            c = ent["exact"].setdefault(label, [0, 0, 0])
            c[0] += hit
            c[1] += len(pkeys) - hit
            c[2] += len(gkeys) - hit
            edges = sorted(((i, j) for i in range(len(gl)) for j in range(len(pl)) if _overlap(gl[i], pl[j]) > 0),
                           key=lambda e: -_overlap(gl[e[0]], pl[e[1]]))
            m = len(max_matching(len(gl), len(pl), edges))
            c = ent["relaxed"].setdefault(label, [0, 0, 0])
            c[0] += m
            c[1] += len(pl) - m
            c[2] += len(gl) - m
        # time expressions
        gt, pt = gold.get("timexes", []), pdoc.get("timexes") or []
        edges = sorted(((i, j) for i in range(len(gt)) for j in range(len(pt)) if _overlap(gt[i], pt[j]) > 0),
                       key=lambda e: -_overlap(gt[e[0]], pt[e[1]]))
        pairs = max_matching(len(gt), len(pt), edges)
        tx["gold"] += len(gt)
        tx["pred"] += len(pt)
        tx["pairs"] += len(pairs)
        tx["same_value"] += sum(gt[i].get("value") == pt[j].get("value") for i, j in pairs.items())
        # incidents
        gi, pi = gold.get("incidents", []), pdoc.get("incidents") or []
        inc["gold"] += len(gi)
        inc["pred"] += len(pi)
        agreement = {}
        for i, g in enumerate(gi):
            for j, p in enumerate(pi):
                if same_date(g.get("event_date"), p.get("event_date")) and same_place(g.get("location"), p.get("location")):
                    agreement[(i, j)] = sum(slot_equal(s, g.get(s), p.get(s)) for s in SLOT_NAMES)
        chosen: dict[int, int] = {}
        while agreement:
            best = max(agreement.values())
            i, j = min(k for k, v in agreement.items() if v == best)
            chosen[i] = j
            agreement = {k: v for k, v in agreement.items() if k[0] != i and k[1] != j}
        inc["matched"] += len(chosen)
        for i, g in enumerate(gi):
            p = pi[chosen[i]] if i in chosen else None
            every = p is not None
            for s in SLOT_NAMES:
                gv = g.get(s)
                pv = None if p is None else p.get(s)
                ok = p is not None and slot_equal(s, gv, pv)
                every = every and ok
                if ok:
                    slot_counts[s][0] += 0 if is_null(gv) else 1
                else:
                    slot_counts[s][2] += 0 if is_null(gv) else 1
                    slot_counts[s][1] += 0 if is_null(pv) else 1
            inc["exact"] += every
        for j, p in enumerate(pi):
            if j not in chosen.values():
                for s in SLOT_NAMES:
                    slot_counts[s][1] += 0 if is_null(p.get(s)) else 1

    figures = {}
    for kind in ("exact", "relaxed"):
        total = [sum(c[k] for c in ent[kind].values()) for k in range(3)]
        for label, c in [("micro", total), *ent[kind].items()]:
            for k, v in _three(*c).items():
                figures[f"entities.{kind}.{label}.{k}"] = v
    for k, v in _three(tx["pairs"], tx["pred"] - tx["pairs"], tx["gold"] - tx["pairs"]).items():
        figures[f"timexes.{k}"] = v
    figures["timexes.value_accuracy"] = _ratio(tx["same_value"], tx["pairs"])
    figures["timexes.value_accuracy_strict"] = _ratio(tx["same_value"], tx["gold"])
    for k, v in _three(inc["matched"], inc["pred"] - inc["matched"], inc["gold"] - inc["matched"]).items():
        figures[f"incidents.match.{k}"] = v
    for k, v in _three(*(sum(c[n] for c in slot_counts.values()) for n in range(3))).items():
        figures[f"incidents.slots_micro.{k}"] = v
    for s, c in slot_counts.items():
        for k, v in _three(*c).items():
            figures[f"incidents.slots.{s}.{k}"] = v
    figures["incidents.exact_share"] = _ratio(inc["exact"], inc["gold"])
    return figures
