"""Article-level passes after the sentence-level records: claims, accusations,
casualty tolls and lists told in later sentences or the title, attached to the
record they belong to.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...document import Document, Incident, Sentence
from ...kb import load_kb
from ...matcher import Match
from ..normalize import normalize
from .actors import _ac12_behind, _ac13_raid_state, _ac16_contested, _ac16_member_accused, _ac16_parent_of_branch, _ac2_forces_killed, _accused, _acknowledged, _act_negated, _actor, _armed_name, _claimed
from .casualties import _cas_lexicon, _joined_count, _replace_whole, _toll, _victims_list, casualties
from .dates import _names_day, _report_date
from .detection import _is_total
from .lexicon import Lexicon, _doc_forms, _in, _tok_range, _verb, _words
from .merging import _wn_elsewhere, _wn_locs
from .places import _places


def _unused_sentences(doc: Document, used: set[int], starts: list[int]):
    """(sentence, first token, end token) of the sentences no record was built from."""
    for sent in doc.sentences:
        if sent.start not in used:
            lo, hi = _tok_range(starts, sent.start, sent.end)
            if hi > lo:
                yield sent, lo, hi


def _late_claims(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int],
                 kb=None, countries: dict | None = None) -> None:
    """A claim in a later sentence ("وتبنت حركة الشباب الهجوم", "وقالت الحركة إن مقاتليها استهدفوا الحاجز")
    goes to the record before it."""
    if not records:
        return
    _act_claim_records(doc, records, lex, starts)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        group, found = _claimed(doc, lo, hi, lex)
        if not found and kb is not None and not _own_toll_or_day(doc, sent, lo, hi, lex, starts):
            group = _acknowledged(doc, lo, hi, lex, kb, countries or {})
            found = group is not None
        if not found:
            continue
        if group is None:
            prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= sent.start
                     and not (kb is not None and _ac16_parent_of_branch(doc, e, kb))]
            if not prior:
                continue
            group = prior[-1].canonical or prior[-1].text  # "وكانت الحركة قد تبنت": the faction named before
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start and r.claimed_by is None]
        if not before and not any(r.evidence and r.evidence[0]["start"] < sent.start for r in records):
            # the claim opens the story ("أعلنت الجماعة مسؤوليتها عن هجوم استهدف رتلا ..."), the event told after it
            # right after it: not an event told further on, after others the text missed
            nxt = next((x.start for x in doc.sentences if x.start > sent.start), None)
            before = [r for r in records if r.claimed_by is None and r.evidence
                      and min(e["start"] for e in r.evidence) == nxt][:1]
        if before:
            r = _clm_named_record(doc, before, lo, hi) or before[-1]
            r.claimed_by = group
            r.perpetrator = group  # who claims the attack carried it out, whatever the sentence suggested
    _ac12_plural_claims(doc, records, lex, starts)  # "وتبنى التنظيم الاعتداءين": both


def _clm_words(surface: str) -> set[str]:
    """The content words of a place or target, normalized, without the article or a leading preposition."""
    out = set()
    for w in re.findall(r"\w+", normalize(surface)):
        for prefix in ("وال", "بال", "لل", "فال", "ال", "ب", "و"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix):]
                break
        if len(w) >= 3:
            out.add(w)
    return out


def _clm_named_record(doc: Document, records: list[Incident], lo: int, hi: int) -> Incident | None:
    """The last of ``records`` whose place or target the claim sentence names ("تبني الجماعة للهجوم على
    المطار" claims the attack on the airport, not the one told after it), if one does."""
    said = _clm_words(doc.text[doc.tokens[lo].start:doc.tokens[hi - 1].end])
    for r in reversed(records):
        named = set()
        for part in (r.location, r.target):
            if part and part.get("text"):
                named |= _clm_words(part["text"])
        if named & said:
            return r
    return None


def _clm_move_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A claim a record took from a later sentence of its evidence goes to an earlier record when the claim
    names that record's place or target and not this one's ("... طائرتين أطلقتا باتجاه قاعدة الملك خالد.
    وأعلن المتحدث ... تبني الجماعة للهجوم على المطار": the claim of the attack on the airport)."""
    for i, r in enumerate(records):
        if r.claimed_by is None or len(r.evidence) < 2:
            continue
        earlier = [x for x in records[:i] if x.claimed_by is None]
        if not earlier:
            continue
        for ev in r.evidence[1:]:
            lo, hi = _tok_range(starts, ev["start"], ev["end"])
            if hi <= lo or not _claimed(doc, lo, hi, lex)[1]:
                continue
            x = _clm_named_record(doc, earlier + [r], lo, hi)  # r itself first: a claim naming its own place stays
            if x is not None and x is not r:
                x.claimed_by = x.perpetrator = r.claimed_by
                r.claimed_by = None
                break


def _act_claim_records(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A record built from a claim of an event told before ("وتبنى الحرس الثوري الهجوم في بيان قال فيه إنه
    استهدف ... بصواريخ", with no toll of its own) is that event: its claimant claims the record of the same
    day before it, and it goes."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for r in list(records):
        if not r.evidence or r.casualties or r.killed is not None or r.wounded is not None or not r.claimed_by:
            continue
        first = min(e["start"] for e in r.evidence)
        sent = next((x for x in doc.sentences if x.start == first), None)
        if sent is None:
            continue
        lo, hi = _tok_range(starts, sent.start, sent.end)
        claims = lex.claim.find(tokens, text, lo, hi)
        # the claim's object is an event named before: "تبنى التنظيم الهجوم", "أعلن مسؤوليته عن التفجير"
        if not any(set(forms[k]) & lex.act_claimed_events for m in claims for k in range(m.last + 1, min(hi, m.last + 5))):
            continue
        earlier = [x for x in records if x is not r and x.evidence and min(e["start"] for e in x.evidence) < first
                   and x.event_date and r.event_date and x.event_date[:10] == r.event_date[:10]]
        if not earlier:
            continue
        kept = _clm_named_record(doc, [x for x in earlier if x.claimed_by is None], lo, hi) or earlier[-1]
        if kept.claimed_by is None:
            kept.claimed_by = kept.perpetrator = r.claimed_by
        records.remove(r)


def _own_toll_or_day(doc: Document, sent: Sentence, lo: int, hi: int, lex: Lexicon, starts: list[int]) -> bool:
    """Whether a sentence tells an event of its own, with its toll or its day ("أعلن الجيش الإسرائيلي أن
    طائرة قصفت المدرعة، ما أدى إلى مقتل خمسة", "... نفذت الأحد الماضي غارات"): an actor announcing it
    does not claim the record before."""
    tokens, text = doc.tokens, doc.text
    if lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi):
        return True
    return any(_names_day(t, tokens, text, starts) and not _report_date(t, tokens, text, starts, lex)
               for t in doc.timexes if _in(t, sent.start, sent.end))  # not "أعلن أمس أن": when it was said


_PLURAL_ATTACKS = frozenset(normalize(w) for w in "الهجمات الهجومين التفجيرات التفجيرين العمليات الاعتداءات "
                            "هجمات تفجيرات".split())


def _title_claim(doc: Document, records: list[Incident], lex: Lexicon, kb, countries: dict) -> None:
    """A claim in the title ("«داعش» يتبنى تفجيري ..."، "... والحرس الثوري يتبنى"): the armed actor of the
    text named in the title claims the first record, when nothing in the text claimed it."""
    if not records or not doc.title or records[0].claimed_by is not None:
        return
    words = [normalize(w) for w in re.findall(r"\w+", doc.title)]
    if not lex.claim_words.intersection(words):
        return
    title = " " + " ".join(words) + " "
    for e in doc.entities:
        name = _armed_name(e, kb, countries)
        surface = " ".join(normalize(w) for w in re.findall(r"\w+", e.text))
        if name and surface and f" {surface} " in title:
            records[0].claimed_by = records[0].perpetrator = name
            return


def _late_accusations(doc: Document, records: list[Incident], used: set[int], lex: Lexicon,
                      starts: list[int], kb, countries: dict) -> None:
    """An accusation in a later sentence ("واتهمت السلطات حركة الشباب بالوقوف وراء الهجمات") names
    the perpetrator of the records before it that have none (back to the previous accusation)."""
    if not records:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    done = 0
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        acc = lex.accusation.find(tokens, text, lo, hi)
        group = _accused(doc, acc[0], hi, lex, kb, countries) if acc else None
        if group is None:  # "وقال الوزير إن حركة X تقف وراء الهجوم"
            group = _ac12_behind(doc, lo, hi, lex, kb, countries)
        if group is None:  # "وقالت الشرطة إن الموقوفين ينتمون إلى خلية تابعة لتنظيم X"
            group = _ac14_cell_of(doc, lo, hi, lex, kb, countries, starts)
        if group is None:
            continue
        before = [r for r in records[done:] if r.evidence and r.evidence[0]["start"] < sent.start]
        plural = any(f in _PLURAL_ATTACKS for fs in forms[lo:hi] for f in fs)
        # "الهجمات": all of them; "الهجوم": the one told last before it (a lead retold in the pluperfect after another)
        last = max(before, key=lambda r: (max(e["start"] for e in r.evidence if e["start"] < sent.start),
                                          before.index(r)), default=None)
        for r in (before if plural else [last] if last else []):
            if r.perpetrator is None:
                r.perpetrator = group
        done += len(before)
    for r in records:  # "وكشف المحققون أن الخلية تقف وراء تفجير سيارة ...": in a sentence of the record itself
        for ev in r.evidence if r.perpetrator is None else []:
            r.perpetrator = _ac12_behind(doc, *_tok_range(starts, ev["start"], ev["end"]), lex, kb, countries)
            if r.perpetrator is not None:
                break
    _ac11_said_agents(doc, records, starts, kb, countries)
    _ac17_attackers_belong(doc, records, starts, kb, countries)
    for r in records:  # "تبنى تنظيم X التفجير، فيما قالت الشرطة إن العبوة صنعتها خلية مرتبطة بجماعة Y": Y did it
        if r.claimed_by is None or r.perpetrator != r.claimed_by:
            continue
        for ev in r.evidence:
            cell = _ac14_cell_of(doc, *_tok_range(starts, ev["start"], ev["end"]), lex, kb, countries, starts)
            if cell is not None and cell != r.claimed_by:
                r.perpetrator = cell
                break
    _ac16_contested_claims(doc, records, lex, starts, kb, countries)
    _ac16_accused_members(doc, records, lex, starts, kb, countries)


def _ac16_named_record(doc: Document, records: list[Incident], lo: int, hi: int) -> Incident | None:
    """The last of ``records`` whose place or target the sentence names by a word of its own, not a generic word of
    place ("مدينة", "بلدة": ``ac6_generic_words``): "بالضلوع في تفجيري كاتدرائية X" names the record at X, and
    "مدينة Y" in the sentence does not name every record in a "مدينة"."""
    said = _clm_words(doc.text[doc.tokens[lo].start:doc.tokens[hi - 1].end])
    generic = _clm_words(" ".join(_words("ac6_")["generic_words"]))
    for r in reversed(records):
        named = set()
        for part in (r.location, r.target):
            if part and part.get("text"):
                named |= _clm_words(part["text"])
        if (named - generic) & said:
            return r
    return None


def _ac16_accused_members(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int], kb,
                          countries: dict) -> None:
    """A person charged with the attacks, described as a member of a group (``actors._ac16_member_accused``): the group
    is the perpetrator, as an authority's accusation (it beats a claim by another group, as the convention has it).
    The records: those the sentence is part of that have no perpetrator or only the claimant; else, when the sentence
    names an attack (a weapon or attack word: not a charge of membership alone), among the others, from a sentence
    told before every record (the trial or arrest a follow-up opens with), every record with no perpetrator when it
    names attacks in the plural ("سلسلة تفجيرات"), the first one otherwise."""
    dated = sorted((r for r in records if r.evidence), key=lambda r: min(e["start"] for e in r.evidence))
    if not dated:
        return
    forms = _doc_forms(doc.tokens, doc.text)
    for sent in doc.sentences:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        group = _ac16_member_accused(doc, lo, hi, kb, countries, starts) if hi > lo else None
        if group is None:
            continue
        own = [r for r in dated if any(e["start"] <= sent.start < e["end"] or sent.start <= e["start"] < sent.end
                                       for e in r.evidence)]
        own = [r for r in own if r.perpetrator is None or r.perpetrator == r.claimed_by]
        others = [r for r in dated if r not in own and not any(
            e["start"] <= sent.start < e["end"] or sent.start <= e["start"] < sent.end for e in r.evidence)]
        if not others and not own:
            continue
        named = _ac16_named_record(doc, others, lo, hi)
        lead = bool(others) and sent.end <= min(e["start"] for e in others[0].evidence)
        if own:
            chosen = own
        elif not lex.weapons.find(doc.tokens, doc.text, lo, hi) and not any(
                set(fs) & _words("ac16_")["attack_words"] for fs in forms[lo:hi]):
            continue  # "بتهمة الانتماء إلى تنظيم X" names no attack: the charge is membership alone
        elif lead and any(f in _PLURAL_ATTACKS for fs in forms[lo:hi] for f in fs):
            chosen = [r for r in others if r.perpetrator is None]
        elif named is not None:
            chosen = [named]
        elif lead:
            chosen = [r for r in others if r.perpetrator is None][:1]
        else:
            continue
        for r in chosen:
            if r.perpetrator is None or r.perpetrator == r.claimed_by:
                r.perpetrator = group


def _ac16_contested_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int], kb,
                           countries: dict) -> None:
    """A claim the authorities contest in the claim's own sentence ("وتبنى تنظيم X الهجوم، لكن الشرطة نسبته إلى جماعة
    Y", "وهي عملية ادعت X المسؤولية عنها، بينما قالت السلطات إن عصابات محلية نفذتها"): the record keeps the claim, its
    perpetrator is the doer the authorities name, none when they name no group (``actors._ac16_contested``). The
    sentence is one of the record's own or a claim of the same group told after it, before the next record."""
    dated = sorted((r for r in records if r.evidence), key=lambda r: min(e["start"] for e in r.evidence))
    for n, r in enumerate(dated):
        if r.claimed_by is None or r.perpetrator != r.claimed_by:
            continue
        first = min(e["start"] for e in r.evidence)
        nxt = min(e["start"] for e in dated[n + 1].evidence) if n + 1 < len(dated) else len(doc.text)
        for sent in doc.sentences:
            own = any(e["start"] <= sent.start < e["end"] or sent.start <= e["start"] < sent.end for e in r.evidence)
            if not own and not first <= sent.start < nxt:
                continue
            lo, hi = _tok_range(starts, sent.start, sent.end)
            group, found = _claimed(doc, lo, hi, lex)
            if not found or group not in (None, r.claimed_by):
                continue
            contested, name = _ac16_contested(doc, lo, hi, r.claimed_by, lex, kb, countries)
            if contested:
                r.perpetrator = name
                break


def _late_tolls(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """A revised toll in a sentence no record was built from ("وخفضت الوزارة حصيلة القتلى إلى 84") updates the
    record before it, or the first record when the toll opens the article ("ارتفعت حصيلة الغارات على الميناء
    إلى تسعة قتلى و80 جريحا" before the story), with the count of the other outcome joined to it ("و80 جريحا")."""
    if not records:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        tolls = [found for k in range(lo, hi) if (found := _toll(tokens, k, hi, text, lex, forms))]
        dated = [r for r in records if r.evidence]
        if not tolls or not dated or any(t.norm == "منذ" for t in tokens[lo:hi]):
            continue  # "ارتفع عدد القتلى إلى 97 منذ اندلاع القتال": a toll over a period
        before = [r for r in dated if r.evidence[0]["start"] < sent.start]
        r = before[-1] if before else min(dated, key=lambda x: x.evidence[0]["start"])
        for toll, end in tolls:
            toll = {k: v for k, v in toll.items() if k != "toll"}
            r.casualties = [c for c in r.casualties if c["outcome"] != toll["outcome"]] + [toll]
            setattr(r, toll["outcome"], toll["count"])
            joined = _joined_count(tokens, end if end < hi and tokens[end].text.startswith("و") else end + 1,
                                   hi, text, lex, toll["outcome"])
            if joined is not None and getattr(r, joined["outcome"]) is None:
                r.casualties.append(joined)
                setattr(r, joined["outcome"], joined["count"])
        r.evidence.append({"start": sent.start, "end": sent.end})
    _cas_late_counts(doc, records, used, lex, starts)
    _tol_lead_counts(doc, records, used, lex, starts)


def _tol_lead_counts(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """The casualties of the article's first sentence (the lead: "أعلنت السلطات احتجاز مشتبه به بعد حادث إطلاق
    نار أسفر عن مقتل 8 أشخاص") when no record was built from it and none counts any casualty (the record comes
    from a later sentence that tells the event again, "وقال المتحدث إن إطلاق النار وقع في 3 منازل"): they go to
    the first record. Not a lead with a total or a period ("منذ"), another event or a filter word."""
    if not records or any(r.killed is not None or r.wounded is not None for r in records) or not doc.sentences:
        return
    lead = doc.sentences[0]
    if lead.start in used:
        return
    lo, hi = _tok_range(starts, lead.start, lead.end)
    tokens, text = doc.tokens, doc.text
    if hi <= lo or any(t.norm == "منذ" for t in tokens[lo:hi]) or _is_total(tokens, lo, hi, text, lex, doc.timexes) \
            or lex.other_event_words.find(tokens, text, lo, hi) or lex.filters.find(tokens, text, lo, hi):
        return  # nor a lead about a trial, a denial, a threat ... ("أدانت محكمة الرقيب بقتل جريح")
    found = [c for c in casualties(tokens, lo, hi, text, lex) if not c.get("toll")]
    if not found:
        return
    r = min((r for r in records if r.evidence), key=lambda x: x.evidence[0]["start"], default=None)
    if r is None or _wn_lead_elsewhere(doc, r, lo, hi, lex, starts):
        return
    for outcome in ("killed", "wounded"):
        same = [c for c in found if c["outcome"] == outcome]
        if same:
            setattr(r, outcome, sum(c["count"] for c in same))
    r.casualties = r.casualties + found
    r.evidence.append({"start": lead.start, "end": lead.end})


def _wn_lead_elsewhere(doc: Document, r: Incident, lo: int, hi: int, lex: Lexicon, starts: list[int]) -> bool:
    """The lead's toll is told at a place (after it: "المتهم بقتل 12 شخصا في مدينة X") in another province or
    country than the record's: the toll of another event, not of the record."""
    tokens, text = doc.tokens, doc.text
    first = min((m.start for m in lex.killed.find(tokens, text, lo, hi) + lex.wounded.find(tokens, text, lo, hi)),
                default=None)
    if first is None:
        return False
    kb = load_kb()
    return _wn_elsewhere(r.location, _wn_locs([p for p in _places(doc, lo, hi, kb, lex, starts) if p.start >= first], kb))


def _cas_late_counts(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int],
                     gap: int = 3) -> None:
    """Casualties in a later sentence no record was built from, that names the event told before it ("وقال
    المصدر إن قوة أمنية طوقت المكان. وأشار إلى أن الانفجار أسفر عن مقتل خمسة أشخاص"), go to the record
    before it, for the outcomes that record has no figure for; up to ``gap`` sentences after the record, and
    not for a sentence with a date, a period, a total, a filter (threats, denials ...) or another event."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    cas = _cas_lexicon()
    order = {s.start: n for n, s in enumerate(doc.sentences)}
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start]
        if not before or not any(cas.anaphors & set(forms[k]) for k in range(lo, hi)):
            continue
        r = before[-1]
        last = max(order.get(e["start"], -1) for e in r.evidence)
        if not 0 <= order[sent.start] - last <= gap or any(sent.start <= t.start < sent.end for t in doc.timexes) \
                or any(t.norm == "منذ" for t in tokens[lo:hi]) or _is_total(tokens, lo, hi, text, lex, doc.timexes) \
                or lex.sentence_filters.find(tokens, text, lo, hi) or lex.other_event_words.find(tokens, text, lo, hi) \
                or any(_toll(tokens, k, hi, text, lex, forms) for k in range(lo, hi)):
            continue
        found = casualties(tokens, lo, hi, text, lex)
        new = [c for c in found if getattr(r, c["outcome"]) is None]
        for outcome in {c["outcome"] for c in new}:
            setattr(r, outcome, sum(c["count"] for c in new if c["outcome"] == outcome))
        if new:
            r.casualties = r.casualties + new
            r.evidence.append({"start": sent.start, "end": sent.end})


def _late_lists(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """A later list of who the victims were ("وأوضح أن القتلى هم ثلاثة من عناصر الأمن وثلاثة مدنيين") gives the
    groups of the record before it when it adds up to that record's count."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start]
        for k in range(lo, hi):
            listed = _victims_list(tokens, k, hi, text, lex, forms) if before else None
            if listed is None:
                continue
            r = before[-1]
            outcome, parts = listed[0], listed[1]
            if getattr(r, outcome) == sum(p["count"] for p in parts):
                _replace_whole(r.casualties, outcome, parts)
                r.evidence.append({"start": sent.start, "end": sent.end})


def _art_title_actor(doc: Document, lex: Lexicon, kb, countries: dict) -> str | None:
    """The actor a title names for the article's lead event: a state by its nationality after a strike word or its
    forces ("قصف روسي على مواقع داعش", "الجيش المصري يشن ضربات") or a group's adjective ("قناص حوثي"); else an armed
    actor of the text named in the title with a verb of attack right after it ("مسلحو حركة الشباب يهاجمون حافلة")
    and not as an object or a victim's side before it ("ضربات ضد طالبان", "مقتل قيادي في حماس"). ``art_title_verbs``,
    ``art_title_strikes``, ``art_object_words``."""
    if not doc.title:
        return None
    art = _words("art_")
    words = [normalize(w) for w in re.findall(r"\w+", doc.title)]
    for i, w in enumerate(words[:-1]):
        forces = w in art["title_forces"]
        if not (forces or w in art["title_strikes"]) or (i and words[i - 1] in art["object_words"]):
            continue  # "هجوم على الجيش المصري": the forces hit
        if i and words[i - 1] in _words("ac18_")["doer_words"]:
            continue  # "منفذ هجوم المطار فرنسي": the attacker's nationality (ac18)
        for k, adj in enumerate(words[i + 1:i + 3], i + 1):
            bare = adj.removeprefix("ال")
            if forces and not art["title_verbs"].intersection(words[k + 1:k + 3]):
                continue  # "الشرطة الفرنسية تحقق": the forces after the attack, not its actor
            if adj in lex.actor_adjectives or bare in lex.actor_adjectives:
                return lex.actor_adjectives.get(bare) or lex.actor_adjectives[adj]
            code = lex.nationality.get(adj) or lex.nationality.get(bare)
            if code:
                return countries.get(code, code)
    padded = " " + " ".join(words) + " "
    for e in doc.entities:
        name = _armed_name(e, kb, countries)
        # the text's name or one of its knowledge-base names: "حركة الشباب الصومالية" in the text, "حركة الشباب" in the title
        names = [e.text] + list((kb.get(e.kb_id) or {}).get("aliases") or []) if name else []
        surface = next((x for x in (" ".join(normalize(w) for w in re.findall(r"\w+", n)) for n in names)
                        if x and f" {x} " in padded), None)
        if surface is None:
            continue
        at = padded.index(f" {surface} ")
        before = padded[:at].split()
        after = padded[at + len(surface) + 2:].split()
        if before and (before[-1] in art["object_words"] or before[-1].removeprefix("ال") in art["object_words"]):
            continue
        if any(w in art["title_verbs"] for w in after[:2]):
            return name
    return None


def _art_other_time(value: str | None, date: str | None) -> bool:
    """Whether a time expression's value (a day, a month, a year) is another time than the record's ``date``
    ("جراء اندلاع عملية فجر ليبيا في جويلية 2014" against a record of 2017-05-26); unknown parts ("X") agree."""
    if not value or not date:
        return False
    v = value.split("T")[0][:10]
    if not v[:4].isdigit() or "W" in v:
        return False
    n = min(len(v), len(date[:10]))
    return any(a != b and "X" not in (a, b) for a, b in zip(v[:n], date[:n]))


def _art_actors(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int], kb,
                countries: dict, lead_sentences: int = 3) -> None:
    """The actor the article names for its lead event when the event's own sentences name none ("المسلحين",
    "وكان الهجوم أسفر عن مقتل ..."): the title (``_art_title_actor``), else a sentence before the record that no
    record was built from and that shows an actor acting ("... تعرض لهجوم شنه مسلح من تنظيم X"), when the record
    starts within the first ``lead_sentences`` sentences. A claim or an accusation set before is kept. (The sentences
    after a record are not read: background there names groups hit or operations launched, "أطلق عليها اسم".)"""
    dated = sorted((r for r in records if r.evidence), key=lambda r: min(e["start"] for e in r.evidence))
    if not dated:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    firsts = [min(e["start"] for e in r.evidence) for r in dated]

    def sentence_actor(sent: Sentence, r: Incident) -> str | None:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        if hi <= lo or lex.other_event_words.find(tokens, text, lo, hi) or lex.reference_words.find(tokens, text, lo, hi) \
                or any(t.norm == "منذ" for t in tokens[lo:hi]) or _is_total(tokens, lo, hi, text, lex, doc.timexes) \
                or any(_art_other_time(t.value, r.event_date) for t in doc.timexes if _in(t, sent.start, sent.end)):
            return None  # a trend ("تشن الحركة هجمات منذ سنوات"), a total, or an event of another time
        weapons = lex.weapons.find(tokens, text, lo, hi)
        # an actor acting: a verb of attack ("هاجموا", "شنه", "أطلقت") not negated, in no denial, threat or
        # report of who is suspected ("نفت الحركة أي تورط", "تم التعرف على منفذي الهجوم")
        acting = next((k for k in range(lo, hi) if {_verb(f) for f in forms[k]} & lex.actor_verbs
                       and not _act_negated(doc, k, lo, lex)), None)
        if acting is None or lex.sentence_filters.find(tokens, text, lo, hi):
            return None
        # the weapon, else the verb ("إن مقاتلين من الجماعة استهدفوا الثكنة"), is where the act is told
        trigger = weapons[0] if weapons else Match(first=acting, last=acting, start=tokens[acting].start,
                                                   end=tokens[acting].end, payload=None)
        home = countries.get((r.location or {}).get("country"))
        return _actor(doc, lo, hi, trigger, lex, kb, countries, weapons, home)

    lead = dated[0]
    if lead.perpetrator is not None or lead.claimed_by is not None:
        return
    name = _art_title_actor(doc, lex, kb, countries)
    before = [s for s in doc.sentences if s.end <= firsts[0]]
    if name is None and len(before) < lead_sentences:  # the lead: the sentences before it, nearest first
        for sent in reversed([s for s in before if s.start not in used]):
            name = sentence_actor(sent, lead)
            if name:
                break
    if name:
        lead.perpetrator = name


def _ac18_evidence_killers(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int],
                           countries: dict) -> None:
    """A record whose own clause names no actor (a clash "بين" two sides, "وكانت اشتباكات قد اندلعت بين وحدات الجيش
    الوطني وعناصر إرهابية") takes the state whose forces killed militants in another of its sentences ("تمكنت قوات الجيش
    الوطني اليوم من القضاء على عنصرين إرهابيين": ``_ac2_forces_killed`` there): the team's and the real sets' convention
    codes the army that kills militants as the perpetrator of the clash. Perpetrator only: a correspondent's "وفق ما
    أكده مراسل" is no claim of the state."""
    for r in records:
        if r.perpetrator is not None or r.claimed_by is not None or r.target is not None or len(r.evidence or []) < 2:
            continue  # (a target: "أطلق الإرهابيون النار على قوات الأمن" told first, the other side attacked)
        home = countries.get((r.location or {}).get("country"))
        for ev in r.evidence[1:]:
            lo, hi = _tok_range(starts, ev["start"], ev["end"])
            killers = _ac2_forces_killed(doc, lo, hi, lex, countries, home) if hi > lo else None
            if killers:
                r.perpetrator = killers[0]
                break


def _ac6_clauses(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of a sentence's tokens [lo, hi), split at its commas and semicolons ("أعلنت الحركة مسؤوليتها عن
    تفجير أفجوي، ولم تعلق على اغتيال ..."، "...، فيما لم تتبن أي جهة تفجير العبوة")."""
    out, a = [], lo
    for k in range(lo, hi):
        if doc.tokens[k].kind == "punct" and doc.tokens[k].text in ("،", ",", "؛", ";"):
            if k > a:
                out.append((a, k))
            a = k + 1
    if hi > a:
        out.append((a, hi))
    return out


def _ac6_named(doc: Document, records: list[Incident], lo: int, hi: int) -> list[Incident]:
    """The records whose place or target a clause names by its own words, not its kind ("مدينة", "الجيش" ...)."""
    generic = {w for g in _words("ac6_")["generic_words"] for w in _clm_words(g)}
    said = _clm_words(doc.text[doc.tokens[lo].start:doc.tokens[hi - 1].end]) - generic
    out = []
    for r in records:
        named = set()
        for part in (r.location, r.target):
            if part and part.get("text"):
                named |= _clm_words(part["text"])
        if (named - generic) & said:
            out.append(r)
    return out


def _ac6_claim_clauses(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A claim clause that names by its place or target one record told before its sentence claims that record
    ("وأعلنت الحركة مسؤوليتها عن تفجير أفجوي، ولم تعلق على اغتيال المسؤول في هودن": the bombing in Afgooye, not
    the killing told first; "وأعلن التنظيم مسؤوليته عن الهجوم على جزيرة X ...، فيما لم تتبن أي جهة تفجير العبوة":
    the claim clause claims, the clause of no claim leaves the other record). The claim leaves a record of the
    same sentence it had been given to by mistake (its perpetrator too when that came from the claim)."""
    for sent in doc.sentences:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        before = [r for r in records if r.evidence and min(e["start"] for e in r.evidence) < sent.start]
        if hi <= lo or len(before) < 1:
            continue
        for a, b in _ac6_clauses(doc, lo, hi):
            group, found = _claimed(doc, a, b, lex)
            if not found or group is None:
                continue
            named = _ac6_named(doc, before, a, b)
            if len(named) != 1 or named[0].claimed_by not in (None, group):
                continue  # no record, or several, named: the passes before decide
            x = named[0]
            for r in records:
                if r is not x and r.claimed_by == group and any(e["start"] == sent.start for e in r.evidence):
                    r.claimed_by = None
                    if r.perpetrator == group:
                        r.perpetrator = None
            x.claimed_by = x.perpetrator = group
            break


def _ac9_state_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int], kb,
                      countries: dict) -> None:
    """A state acknowledges a strike its forces carried out when one of its own bodies tells of it (as the team
    conventions code a state acknowledging its own strike): a verb of saying or a word of source ("أعلنت",
    "وأكدت", "حسبما أعلنت", "بحسب بيان ل") followed within six words by a body of that state: an entity of that
    country (an army, a ministry, a command: "القيادة المركزية الأمريكية", "خلية الإعلام الأمني") or forces or a
    military body with its nationality ("وزارة الدفاع التركية", "الجيش النيجيري"), in the record's sentences
    or the one after them when no other record is told there. Only for a record whose perpetrator is that
    state and that has no claim; a denial ("نفت") is no acknowledgement."""
    ac9 = _words("ac9_")
    said, sources, denial = ac9["said_verbs"], ac9["source_words"], ac9["denial_words"]
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    told = {e["start"] for r in records for e in r.evidence}
    sents = doc.sentences
    for r in records:
        if r.claimed_by is not None or r.perpetrator not in countries.values() or not r.evidence:
            continue
        codes = {c for c, n in countries.items() if n == r.perpetrator}
        own = {e["start"] for e in r.evidence}
        idx = [i for i, s in enumerate(sents) if s.start in own]
        idx += _ac14_untold_after(sents, idx, told)
        for i in idx:
            lo, hi = _tok_range(starts, sents[i].start, sents[i].end)
            home = codes & {(r.location or {}).get("country")}  # an unqualified body there is its state's (ac15)
            if _ac9_body_tells(doc, lo, hi, forms, codes, said | sources, denial, lex, kb, home):
                r.claimed_by = r.perpetrator
                break


def _ac14_untold_after(sents: list[Sentence], idx: list[int], told: set[int], most: int = 2) -> list[int]:
    """The sentences right after a record's last one that no record was built from, up to ``most`` of them and
    stopping at the first one a record tells: a state's body often speaks of its strike a paragraph after the
    lead, past a sentence of reactions ("شنت مقاتلات مصرية غارات على ... . وقال الرئيس إن ... . وأعلنت القوات
    المسلحة المصرية في بيان أن الغارات حققت أهدافها")."""
    out = []
    for i in range(idx[-1] + 1, min(len(sents), idx[-1] + 1 + most)) if idx else ():
        if sents[i].start in told:
            break
        out.append(i)
    return out


def _ac9_body_tells(doc: Document, lo: int, hi: int, forms, codes: set, cues: frozenset, denial: frozenset,
                    lex: Lexicon, kb, home: set = frozenset()) -> bool:
    """Whether a body of the state ``codes`` is the speaker of a verb of saying or the source of a word of
    source in tokens [lo, hi) (see ``_ac9_state_claims``). When the record happened in that state (``home``), a body
    named with no state ("وفق ما أعلنته وزارة الداخلية", "بحسب بيان للمتحدث باسم سلاح الجو") is that state's
    (``_ac15_unqualified_body``)."""
    tokens, text = doc.tokens, doc.text
    ac9 = _words("ac9_")
    ents = [e for e in doc.entities if e.label in ("ORG", "FACTION") and _in(e, tokens[lo].start, tokens[hi - 1].end)]
    for k in range(lo, hi):
        if not set(forms[k]) & cues or any(set(forms[x]) & denial for x in range(max(lo, k - 2), min(hi, k + 8))):
            continue
        if set(forms[k]) & ac9["said_verbs"] and not any(
                set(forms[x]) & ac9["act_words"] or {_verb(f) for f in forms[x]} & lex.actor_verbs
                or set(forms[x]) & lex.strike_words for x in range(k + 1, hi)) \
                and not (lex.weapons.find(tokens, text, k + 1, hi) or lex.killed.find(tokens, text, k + 1, hi)
                         or lex.wounded.find(tokens, text, k + 1, hi)):
            continue  # "قال متحدث باسم الجيش إن الحادث قيد المراجعة": no act told
        end = min(hi, k + 7)
        for e in ents:
            entry = kb.get(e.kb_id) or {}
            if tokens[k].end <= e.start < tokens[end - 1].end and (entry.get("country") in codes or home and (
                    entry and entry.get("country") is None and _ac15_unqualified_body(tokens, e, entry, hi, lex)
                    and _ac15_speaker_slot(forms, k, bisect_left(tokens, e.start, key=lambda t: t.start), lex))) \
                    and (entry.get("state_force") or any(kind in e.kb_id for kind in ac9["state_body_kinds"])):
                return True
        for i in range(k + 1, end):
            body = lex.speaker_forces.match_at(tokens, i, text, hi)
            if body is not None and body.last + 1 < hi:
                adj = tokens[body.last + 1].norm
                nation = lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))
                if nation in codes or home and nation is None and _ac15_speaker_slot(forms, k, i, lex) \
                        and not any(_ac15_nisba(t) for t in tokens[body.last + 1:min(hi, body.last + 4)]):
                    # "مكتب هيئة الأركان المشتركة الكورية الجنوبية": a state named past a modifier
                    return True
    return False


def _ac11_said_agents(doc: Document, records: list[Incident], starts: list[int], kb, countries: dict) -> None:
    """A statement naming who did "the attack" ("وقال حاكم الإقليم إن عناصر من «X» نفذوا الهجوم", "وقال الوزير إن X يقف
    وراء التفجير"): after "إن"/"أن" (``ac11_that_words``) an armed actor, alone or after words of members ("عناصر من"),
    then a verb of carrying out or "يقف وراء" and a definite noun of attack. Like an accusation by an authority, it names
    the perpetrator of the record the sentence belongs to, else of the last record told before it, when it has none."""
    if not records:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    w = _words("ac11_")
    nouns = [tuple(n.split()) for n in w["attack_nouns"]]

    def word(i: int) -> set[str]:  # past quotation marks
        return set(forms[i]) if i < len(tokens) else set()

    for sent in doc.sentences:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        for k in range(lo, hi):
            if not word(k) & w["that_words"]:
                continue
            i = k + 1
            while i < hi and (word(i) & w["members"] or not any(c.isalnum() for c in tokens[i].text)):
                i += 1
            if i >= hi:
                continue
            e = next((e for e in doc.entities if e.start == tokens[i].start), None)
            name = _armed_name(e, kb, countries) if e is not None else None
            if name is None:
                continue
            j = i
            while j < hi and tokens[j].end <= e.end:
                j += 1
            while j < hi and not any(c.isalnum() for c in tokens[j].text):
                j += 1
            if j >= hi or not ({_verb(f) for f in word(j)} | word(j)) & w["agent_verbs"]:
                continue
            j += 1
            if j < hi and word(j) & w["behind_words"]:
                j += 1
            if not any(j + len(n) <= hi and all(n[x] in forms[j + x] for x in range(len(n))) for n in nouns):
                continue
            _name_perpetrator(records, sent, name)
            break


def _name_perpetrator(records: list[Incident], sent, name: str) -> None:
    """Give ``name`` as perpetrator to the record the sentence ``sent`` belongs to (one of its evidence spans overlaps
    the sentence), else to the last record told before it, when that record has none."""
    own = [r for r in records if any(ev["start"] <= sent.start < ev["end"] or sent.start <= ev["start"] < sent.end
                                    for ev in r.evidence or [])]
    before = own or [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start][-1:]
    for r in before[:1]:
        if r.perpetrator is None:
            r.perpetrator = name


def _ac17_attackers_belong(doc: Document, records: list[Incident], starts: list[int], kb, countries: dict) -> None:
    """A statement that the attackers belong to a group ("وأوضح الوزير أن المهاجمين ينتمون إلى تنظيم X", "وقالت الشرطة
    إن منفذي الهجوم ينتمون لجماعة X"): after "إن"/"أن" (``ac11_that_words``) a noun of the attackers (``wn2_attacker_heads``
    with or without the article, or ``cs14_perpetrator_heads``: "منفذي الهجوم"), a verb of belonging
    (``ac17_belong_verbs``), "إلى" or "ل", at most one word naming the kind of group ("تنظيم", "جماعة"), then an armed
    group. As the authorities' attribution, the group is the perpetrator of the record the sentence belongs to, else of
    the last record told before it, when it has none. Not a person killed who belonged to a group ("قتل شاب ينتمي إلى
    تنظيم X"): the noun must be one of attackers and follow "أن". Example: "وأكد المحافظ أن المسلحين ينتمون إلى حركة X"."""
    if not records:
        return
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    w11, ac17 = _words("ac11_"), _words("ac17_")
    attackers = {normalize(p + x) for x in _words("wn2_")["attacker_heads"] for p in ("", "ال")}
    heads = {normalize(x) for x in _words("cs14_")["perpetrator_heads"]}
    belong = {normalize(x) for x in ac17["belong_verbs"]}
    to = {normalize(x) for x in ("إلى", "الى")}
    for sent in doc.sentences:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        name = None
        for k in range(lo, hi - 3):
            if not set(forms[k]) & w11["that_words"]:
                continue
            i = k + 1
            if set(forms[i]) & heads:
                i += 2  # "منفذي الهجوم"
            elif set(forms[i]) & attackers:
                i += 1
            else:
                continue
            if i >= hi or not set(forms[i]) & belong:
                continue
            j = i + 1
            first = tokens[j].norm if j < hi else ""
            if first in to:
                j += 1
            elif not first.startswith("ل"):
                continue
            for e in doc.entities:
                at = bisect_left(starts, e.start)
                if e.label in ("FACTION", "ORG") and j <= at <= j + 1 and at < hi:
                    name = _armed_name(e, kb, countries) if e.label == "FACTION" or at == j else None
                    if name:
                        break
            if name:
                break
        if not name:
            continue
        _name_perpetrator(records, sent, name)


def _ac12_plural_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A claim whose object is a dual or a plural of attack ("وتبنى التنظيم الاعتداءين عبر وكالته", "أعلنت الحركة
    مسؤوليتها عن التفجيرين", "عن هذه الهجمات") refers back to every event it names: the two records told last before
    it (a dual), or all told since the previous claim (a plural), claim them, when they have no claim of their own; a
    record built from the claim sentence itself is one of them. Within six words after the claim verb or the
    responsibility noun, the sentence read whole or not."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    ac12 = _words("ac12_")
    events = ac12["dual_events"] | ac12["plural_events"]
    if not any(events.intersection(f) for f in forms):
        return  # no dual or plural of attack in the article: no claim to read (most articles)
    claim_at = []  # (sentence start, claiming group, dual or plural) of the claim sentences
    for sent in doc.sentences:
        lo, hi = _tok_range(starts, sent.start, sent.end)
        if hi <= lo:
            continue
        group, found = _claimed(doc, lo, hi, lex)
        if not found:
            continue
        heads = [m.last for m in lex.claim.find(tokens, text, lo, hi)] + \
            [k for k in range(lo, hi) if set(forms[k]) & lex.claim_nouns]
        near = {f for k in heads for i in range(k + 1, min(hi, k + 7)) for f in forms[i]}
        kind = "dual" if near & ac12["dual_events"] else "plural" if near & ac12["plural_events"] else None
        claim_at.append((sent, group, kind))
    previous = -1
    for sent, group, kind in claim_at:
        if kind is not None and group is not None:
            told = [(max(e["start"] for e in r.evidence if e["start"] <= sent.start), n, r)
                    for n, r in enumerate(records) if r.evidence and any(e["start"] <= sent.start for e in r.evidence)]
            told = [x for x in sorted(told, key=lambda x: (x[0], x[1])) if kind == "dual" or x[0] > previous]
            for _, _, r in (told[-2:] if kind == "dual" else told):
                if r.claimed_by is None:
                    r.claimed_by = group
                    r.perpetrator = r.perpetrator or group
        previous = sent.start


def _cs9_revised_tolls(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A revised toll ("ارتفعت حصيلة التفجير، الذي ...، إلى ثمانية قتلى", "إن حصيلة القتلى ارتفعت إلى تسعة") in a
    sentence of a merged record's evidence is that event's latest figure for its outcome: it replaces a figure an
    earlier mention gave ("مقتل سبعة أشخاص" in the lead), as the team counts a revised toll (the latest figure), and
    fills a toll the record's clause missed (a head before a relative clause, its number after it). The last such
    toll in the text wins; the groups stay when they add up to it. Only the article's first record (the event the
    story is about: a follow-up revises the toll of its own event, "حصيلة الهجوم" with the article), not one recalled
    after it ("منذ تفجير الكرادة ...") that a toll sentence may have been merged into; not a sentence of two records,
    nor a toll over a period ("منذ") or a total, nor a toll told before the sentence the record was built from (a
    toll revises a figure told before it: one before the record's own sentence is another event's, merged in). The
    other outcome's figures told in a toll's sentence fill the record when it has none for that outcome (cs11: "إلى
    ستة قتلى بينهم الانتحاري، إضافة إلى 11 جريحا": the wounded too), the last such sentence winning."""
    tokens, text = doc.tokens, doc.text
    owners: dict[int, int] = {}
    for r in records:
        for e in r.evidence:
            owners[e["start"]] = owners.get(e["start"], 0) + 1
    lead = min((r for r in records if r.evidence), key=lambda r: r.evidence[0]["start"], default=None)
    for r in [lead] if lead is not None else []:
        latest: dict[str, dict] = {}
        beside: dict[str, list[dict]] = {}  # the other outcome's figures told in a toll's sentence (_cs11_)
        for e in sorted(r.evidence, key=lambda e: e["start"]):
            if owners.get(e["start"], 0) != 1 or e["start"] < r.evidence[0]["start"]:
                continue
            sent = next((s for s in doc.sentences if s.start <= e["start"] < s.end), None)
            if sent is None:
                continue
            lo, hi = _tok_range(starts, sent.start, sent.end)
            if hi <= lo or any(t.norm == "منذ" for t in tokens[lo:hi]) \
                    or _is_total(tokens, lo, hi, text, lex, doc.timexes):
                continue
            found = casualties(tokens, lo, hi, text, lex)
            for toll in found:  # past an earlier figure ("بعدما كانت الحصيلة الأولية")
                if toll.get("toll"):
                    latest[toll["outcome"]] = {x: v for x, v in toll.items() if x != "toll"}
            told = {c["outcome"] for c in found if c.get("toll")}
            for outcome in {"killed", "wounded"} - told if told else ():
                beside[outcome] = [c for c in found if c["outcome"] == outcome] or beside.get(outcome, [])
        for outcome, figures in beside.items():
            if outcome not in latest and figures and getattr(r, outcome) is None:
                # "ارتفعت حصيلة التفجير إلى ثمانية قتلى، إضافة إلى 14 جريحا": the wounded of the toll's sentence
                r.casualties = r.casualties + figures
                setattr(r, outcome, sum(c["count"] for c in figures))
        for outcome, toll in latest.items():
            same = [c for c in r.casualties if c["outcome"] == outcome]
            if sum(c["count"] for c in same) == toll["count"] and same:
                continue  # the groups that make up the toll
            r.casualties = [c for c in r.casualties if c["outcome"] != outcome] + [toll]
            setattr(r, outcome, toll["count"])


def _ac13_raid_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int], countries: dict) -> None:
    """A raid that a state's own body tells of ("وأوضح بيان للإدارة أن عناصرها داهموا مخبأ"، "... بحسب بيان للشرطة")
    is acknowledged by that state: a record whose perpetrator is the state of the raid (``_ac13_raid_state``) and has no
    claim, with a verb of saying or a word of source followed within four words by a state body or its forces in the
    sentence of the raid, is claimed by the state, as the team conventions code a state acknowledging its own act."""
    ac9, ac13 = _words("ac9_"), _words("ac13_")
    cues, bodies = ac9["said_verbs"] | ac9["source_words"], ac13["body_words"] | ac13["raid_forces"]
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for r in records:
        if r.claimed_by is not None or r.perpetrator not in countries.values():
            continue
        home = countries.get((r.location or {}).get("country")) or r.perpetrator
        for ev in r.evidence:
            lo, hi = _tok_range(starts, ev["start"], ev["end"])
            if hi <= lo or _ac13_raid_state(doc, lo, hi, lex, countries, home) != r.perpetrator:
                continue
            if any(set(forms[k]) & cues and _ac13_speaker_body(tokens, forms, k, hi, bodies, lex)
                   and not any(set(forms[i]) & ac9["denial_words"] for i in range(k, min(hi, k + 6)))
                   for k in range(lo, hi)):
                r.claimed_by = r.perpetrator
                break


def _ac13_speaker_body(tokens, forms, k: int, hi: int, bodies: frozenset, lex: Lexicon) -> bool:
    """Whether a state body or its forces speak after the verb of saying or word of source at ``k``, within four words
    and before "إن"/"أن" opens what was said ("وقال شهود إن قوة من الشرطة داهمت": the witnesses speak)."""
    for i in range(k + 1, min(hi, k + 5)):
        if tokens[i].norm in lex.act_complementizers or tokens[i].kind == "punct":
            return False
        if set(forms[i]) & bodies:
            return True
    return False


def _ac14_cell_of(doc: Document, lo: int, hi: int, lex: Lexicon, kb, countries: dict,
                  starts: list[int]) -> str | None:
    """The armed group a speaker ties the attackers' cell to: after a verb of saying, a word of cell
    (``ac14_cell_words``: "خلية", "خلايا") then, within two words, one of belonging (``ac14_cell_links``: "تابعة",
    "مرتبطة", "تنتمي") and an armed group within two words after it ("قالت الشرطة إن العبوة صنعتها خلية مرتبطة
    بجماعة X"، "إن الموقوفين ينتمون إلى خلية تابعة لتنظيم X"). As an authority's accusation, it names the
    perpetrator, whoever claimed the attack."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    w = _words("ac14_")
    said = next((k for k in range(lo, hi) if set(forms[k]) & lex.acknowledge_verbs), None)
    if said is None:
        return None
    for k in range(said + 1, hi):
        if not set(forms[k]) & w["cell_words"]:
            continue
        link = next((i for i in range(k + 1, min(hi, k + 3)) if set(forms[i]) & w["cell_links"]), None)
        if link is None:
            continue
        for e in doc.entities:
            i = bisect_left(starts, e.start)
            if 0 < i <= len(tokens) and tokens[i - 1].start <= e.start < tokens[i - 1].end:
                i -= 1  # the name after a clitic: "لتنظيم"
            if link < i <= link + 3 and i < hi:
                name = _armed_name(e, kb, countries)
                if name:
                    return name
    return None


def _ac15_unqualified_body(tokens: list, e, entry: dict, hi: int, lex: Lexicon) -> bool:
    """Whether the state body ``e`` (a ministry or command the gazetteer ``entry`` knows with no country) is named
    bare, as one of its aliases, with no nationality after it: "وفق ما أعلنته وزارة الداخلية" in a report from the country where it happened
    speaks for that country, not "وزارة الدفاع الأرمنية" (a state named)."""
    if normalize(e.text) not in {normalize(a) for a in entry.get("aliases") or ()}:
        return False  # "وزارة الدفاع الأرمنية": more than the bare name, a state told
    after = bisect_left(tokens, e.end, key=lambda t: t.start)  # the words after the name
    return not any(_ac15_nisba(t) for t in tokens[after:min(hi, after + 3)])


def _ac15_nisba(token) -> bool:
    """A definite adjective of relation after a body's name, which names a state ("الأرمنية", "الأمريكي"), unless it
    is one of ``ac15_home_adjectives`` ("الوطني": the country's own)."""
    norm = token.norm
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4 \
        and norm not in {normalize(w) for w in _words("ac15_")["home_adjectives"]}


def _ac15_speaker_slot(forms, k: int, i: int, lex: Lexicon) -> bool:
    """Whether a body named at token ``i`` is the speaker or source of the cue at ``k``, not a word of what was said:
    within four words of it and with no "أن/إن" between ("أعلن الجيش", "بحسب بيان للمتحدث باسم سلاح الجو", not
    "قال ناشطون إن الجيش قصف")."""
    return i - k <= 4 and not any(set(forms[x]) & lex.complementizers for x in range(k + 1, i))

