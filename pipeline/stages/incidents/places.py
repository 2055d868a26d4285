"""Places of an event: gazetteer entities and designator phrases ("في منطقة X"),
the most specific one near the trigger, dateline and article country, and the
location record (canonical name, admin1, country, coordinates).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Entity, Token
from ...kb import alias_key, load_kb, name_forms
from ...matcher import Match
from ..normalize import normalize
from .lexicon import Lexicon, PLACE_LABELS, TYPE_RANK, _data, _doc_forms, _in, _with_article, _words, inflections, lexicon


def _kb_alias(kb, key: tuple, fits=lambda entry: True) -> str | None:
    """The id of the first gazetteer entry whose alias is exactly ``key`` (an ``alias_key``) and that ``fits`` (a test
    on the entry), or None."""
    return next((i for rest, i in kb.index.get(key[0], []) if rest == key[1:] and fits(kb.get(i) or {})), None) \
        if key else None


def _loc_front_place(e: Entity, kb) -> Entity | None:
    """An organisation or faction entity that is a front named after a place ("جبهة صرواح", "محور عين
    زارة"): the place, as a place entity over the same span (the front word kept, as the corpus keeps
    "محور عين زارة")."""
    words = e.text.split()
    if e.label not in ("ORG", "FACTION") or len(words) < 2 or normalize(words[0]) not in _words("loc_")["front_words"]:
        return None
    kb_id = _kb_alias(kb, alias_key(" ".join(words[1:])))
    entry = kb.get(kb_id) or {}
    if entry.get("label") not in ("GPE", "LOC"):
        return None
    return Entity(text=e.text, start=e.start, end=e.end, label=entry["label"], kb_id=kb_id,
                  canonical=entry["canonical"])


def _loc_road_end(tokens: list[Token], k: int, forms: list[tuple[str, ...]], first: bool) -> bool:
    """Token ``k`` opens an end of a road named by its two ends: the first end ("الطريق الرابط بين X وY",
    "طريق X - Y") when ``first``, else the second ("... وY", "X - Y")."""
    roads = _words("loc_")["road_words"]

    def road_before(j: int) -> bool:
        return any(not roads.isdisjoint(forms[i]) for i in range(max(0, j - 3), j))
    if first:
        if k > 1 and tokens[k - 1].norm in _words("pl5_")["dual_designators"] and tokens[k - 2].norm == "بين":
            return road_before(k - 2)  # "الطريق الرابط بين مدينتي الزاوية وصبراتة"
        return k > 0 and (tokens[k - 1].norm == "بين" and road_before(k - 1) or not roads.isdisjoint(forms[k - 1]))
    if tokens[k].text.startswith("و") and any(t.norm == "بين" for t in tokens[max(0, k - 5):k]):
        j = next(i for i in range(k - 1, max(-1, k - 6), -1) if tokens[i].norm == "بين")
        return road_before(j)
    # "طريق X - Y": the hyphen after a name that follows a road word
    return k > 2 and tokens[k - 1].text in "-–—" \
        and any(not roads.isdisjoint(forms[i]) for i in range(max(0, k - 5), k - 2))


def _loc_speaker_place(tokens: list[Token], k: int, end: int, forms: list[tuple[str, ...]], lex: Lexicon) -> bool:
    """The place in tokens [k, end) sits between a reporting verb and what was said ("أعلنت وزارة الدفاع في
    صنعاء أن ...", "قال مصدر أمني في بغداد إن ...") or in the source a report is attributed to ("بحسب
    مسؤول محلي في مدينة كادونا"): where the speaker is, not where it happened."""
    marks = lex.clause_marks | {".", "(", ")", "«", "»", '"'}
    sources = _words("loc_")["attribution_words"]
    for j in range(k - 1, max(-1, k - 6), -1):  # "، بحسب مسؤول محلي في مدينة كادونا."
        if tokens[j].text in marks:
            break
        if not sources.isdisjoint(forms[j]):
            return True
    after = [j for j in range(end, min(len(tokens), end + 3))]
    said = next((j for j in after if not lex.complementizers.isdisjoint(forms[j])), None)
    if said is None or any(tokens[j].text in marks for j in range(end, said)):
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if tokens[j].text in marks:
            return False
        if not lex.reporting_verbs.isdisjoint(forms[j]) or not lex.acknowledge_verbs.isdisjoint(forms[j]):
            return True
    return False


def _loc_finer(broad: "Place", others: list["Place"], kb) -> list["Place"]:
    """The places of ``others`` that are more specific than ``broad`` (a district, province or country) and
    may lie in it: the gazetteer puts them there, or does not know them ("اقتحموا مستشفى الفاشر الجنوبي
    ...، ما أجبر ... وزارة الصحة في ولاية شمال دارفور")."""
    outer = kb.get(broad.kb_id) or {}
    names = {broad.canonical, outer.get("canonical")} - {None}
    out = []
    for p in others:
        if p.launch or p.rank > 3 or p.start == broad.start:
            continue
        entry = kb.get(p.kb_id) or {}
        if not p.kb_id or entry.get("admin1") in names or entry.get("country") == outer.get("country") and \
                outer.get("type") == "country":
            out.append(p)
    return out


@dataclass
class Place:
    start: int
    end: int
    text: str
    rank: int
    kb_id: str | None
    canonical: str | None
    launch: bool = False
    locative: bool = True  # after "في", "قرب", a direction, or with "ب" on it
    plc_country: str | None = None  # of the nationality adjective after the name ("مدينة كيبيك الكندية": CA)
    plc_reference: bool = False  # a town after a direction ("غرب مدينة العريش"): the reference point
    plc_never: bool = False  # never the place, not even for want of another: one of a list ("في كل من X وY"), a bare
    # capital named beside the place ("حي القادسية غرب العاصمة العراقية": Baghdad only gives coordinates)
    pl4_toward: bool = False  # where travellers were going ("كانوا في طريقهم إلى محافظة المنيا"), not where it was
    pl8_homonym: bool = False  # a name the gazetteer lacks that opens like a known town ("بلدة عدن يبال بإقليم ...")


def _places(doc: Document, lo: int, hi: int, kb, lex: Lexicon, starts: list[int]) -> list[Place]:
    """Place candidates in tokens [lo, hi): gazetteer entities and designator phrases."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    out: list[Place] = []
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    ents = [e for e in doc.entities if e.label in PLACE_LABELS and _in(e, s_char, e_char)
            and normalize(e.text) not in lex.designators]  # "على قرية في ولاية زامفارا": no name, not a place
    fronts = [f for f in (_loc_front_place(e, kb) for e in doc.entities if _in(e, s_char, e_char)) if f is not None]
    fronts += [f for f in (_pl18_site_named_org(tokens, e, starts, forms, kb, text) for e in doc.entities
                           if e.label == "ORG" and not e.kb_id and _in(e, s_char, e_char)) if f is not None]
    ents = sorted(ents + fronts, key=lambda e: e.start)
    ents = [e for e in ents if not _pl4_participle(tokens, e, starts, kb) and not _pl6_adjective_only(e, lex, kb)
            and not _pl9_description(e, tokens, starts, hi, forms, lex, kb) and not _pl10_prayer_time(e, tokens, starts, forms)]
    covered = set()
    for e in ents:
        entry = kb.get(e.kb_id) or {}
        capital = _plc_capital(tokens, bisect_right(starts, e.start) - 1, forms, e, kb) \
            if entry.get("type") == "country" else None
        if capital is not None:  # "في العاصمة، عمان", "بالعاصمة تونس": the city, not the country
            entry = kb.get(capital)
            e = Entity(text=e.text, start=e.start, end=e.end, label=e.label, kb_id=capital, canonical=entry["canonical"])
        first = normalize(e.text.split()[0]) if e.text.split() else ""
        if first in _words("plc_")["small_designators"] and TYPE_RANK.get(entry.get("type"), 0) >= TYPE_RANK["province"]:
            # "قرية نينوى", "حي بابل": a village or a neighbourhood named like a province, not the province
            e, entry = Entity(text=e.text, start=e.start, end=e.end, label=e.label), {}
        if e.label in ("BASE", "FACILITY") or not e.kb_id and _plc_named_site(e.text):
            rank = 0  # "هجوم على معسكر بامبا في منطقة غاو": a camp the NER called a place is still the site
        elif first in lex.designators:  # how specific its designator is ("مدينة طفس", "ريف درعا")
            rank = lex.designators[first][1]
        else:
            rank = TYPE_RANK.get(entry.get("type"), 2)
        if not e.kb_id:  # "حي أولاد" before "شلبي": a name does not end on the first term of a construct
            e = _pl7_head_extend(e, tokens, starts, hi, text, lex)
        out.append(Place(e.start, e.end, e.text, rank, e.kb_id, e.canonical))
        covered.update(range(e.start, e.end))
    for k in range(lo, hi - 1):
        label, rank = next((lex.designators[f] for f in forms[k] if f in lex.designators
                            and not _plc_conjunction_hamza(tokens[k], f)), (None, None))
        if label is None or tokens[k].start in covered:
            continue
        # the name: the following word(s) up to punctuation or a stop word; an entity there wins
        j = k + 1
        quoted = _pl7_quoted_name(tokens, j, hi)
        if quoted is not None:  # "بمنطقة "الروابي"", "في حي «النصر»": the quotes mark a name, whatever its ending
            if any(e.start <= tokens[j + 1].start < e.end for e in ents) or not _DIRECTIONS.isdisjoint(forms[j + 1]):
                continue  # an entity there wins ("بمنطقة "بينديك"" is the gazetteer's)
            start = next((s for s, f in name_forms(tokens[k], text) if f in lex.designators), tokens[k].start)
            out.append(Place(start, tokens[quoted].end, text[start:tokens[quoted].end], rank, None, None))
            continue
        if tokens[j].kind != "word" or tokens[j].norm in lex.group_stops or tokens[j].norm in lex.not_names \
                or tokens[j].norm in _words("plc_")["not_names"] \
                or tokens[j].norm.endswith(("ي", "يه")) and tokens[j].norm not in _words("loc_")["name_heads"] \
                and not _pl2_construct_name(tokens, j, hi, lex) and not _pl6_name_in_i(tokens[k], forms[k], tokens[j], lex) \
                or not _DIRECTIONS.isdisjoint(forms[j]):
            continue  # "حي سكني", "منطقة حدودية", "منطقة جنوب X": a description, not a name ("منطقة سيدي علي" is)
        if j + 1 < hi and tokens[j + 1].norm in _words("plc_")["clause_pronouns"]:
            continue  # "في منطقة يسيطر عليها الحوثيون": a relative clause, not a name
        if label == "LOC" and rank >= TYPE_RANK["province"] and not tokens[j].norm.startswith("ال") \
                and not any(e.start <= tokens[j].start < e.end for e in ents):
            continue  # "أطراف مبتورة", "محيط واسع": outskirts and surroundings take a definite or known name
        ent = next((e for e in ents if e.start == tokens[j].start or e.start == tokens[k].start), None)
        if ent is not None or any(e.label == "FACTION" and e.start <= tokens[j].start < e.end
                                  for e in doc.entities):
            continue  # "تنظيم ولاية خراسان": a group named after a province is no place
        end = j
        while tokens[end].norm in _words("loc_")["name_heads"] and end + 1 < hi and end - j < 2 \
                and tokens[end + 1].kind == "word" and tokens[end + 1].norm not in lex.group_stops:
            end += 1  # "قرية البو عجيل", "بلدة عين عيسى", "منطقة أولاد بن سالم": the first words of a compound name
        while end + 1 < hi and end - j < 1 and tokens[end + 1].kind == "word" \
                and tokens[end + 1].norm.startswith("ال") and tokens[end + 1].norm not in lex.group_stops \
                and tokens[end + 1].norm not in _words("plc_")["name_stops"] \
                and not tokens[end + 1].norm.endswith(("يه", "ي")):
            end += 1  # "حي الجامعة", but no participle ("بلدة الحصن التابعة لمحافظة إربد")
        start = next((s for s, f in name_forms(tokens[k], text) if f in lex.designators), tokens[k].start)
        out.append(Place(start, tokens[end].end, text[start:tokens[end].end], rank, None, None))
    out += _pl10_dual_places(tokens, lo, hi, covered, lex, text)  # "على قريتي X وY في ولاية Z": X
    if not out:  # "العاصمة" alone names the place only when nothing else does
        out = _plc_bare_capitals(doc, lo, hi, forms, covered, kb)
    else:  # else it is where the place lies ("حي القادسية غرب العاصمة العراقية"): its coordinates and country
        for c in _plc_bare_capitals(doc, lo, hi, forms, covered, kb):
            c.launch = c.plc_reference = c.plc_never = True
            out.append(c)
    named = {id(p) for p in out[:len(ents)]}  # the gazetteer entities, not the designator phrases
    times = [t for t in doc.timexes if t.start < e_char and s_char < t.end]
    out = [p for p in out if not any(t.start < p.end and p.start < t.end and not _pl16_day_in_name(p, t, starts)
                                     for t in times)]  # "أغسطس/أب"
    dateline = _dateline_end(text)
    ends = {bisect_left(starts, q.end) - 1 for q in out}  # the last token of each place
    taken: set[int] = set()  # hospitals the wounded were taken to, home towns, time zones
    held: list[tuple[Place, int]] = []  # provinces after "من" that hold the place before them (_pl17_container_of)
    for p in out:
        k = bisect_right(starts, p.start) - 1  # the token the place starts in (after a proclitic too)
        opened = _pl7_opening_quote(tokens, k, lo) if id(p) in named else 0  # "بمنطقة "بينديك"": the quote between
        if id(p) in named and k - opened > lo and tokens[k - 1 - opened].start not in covered:
            label, rank = next((lex.designators[f] for f in forms[k - 1 - opened] if f in lex.designators), (None, None))
            if label is not None:  # "قرب بلدة باغا": the designator opens the phrase and tells how specific it is
                k -= 1 + opened
                _pl5_province_named(p, rank, kb)
                if rank <= TYPE_RANK["village"] or not _words("plc_")["small_designators"].isdisjoint(forms[k]):
                    p.rank = min(p.rank, rank)  # "قرية X", "حي X": a village or a neighbourhood, whatever the
                    # gazetteer calls X ("حي دشت برجي" is a district of Kabul there, and finer than "كابول")
                if rank < TYPE_RANK["province"]:  # the place keeps its head noun ("حي المعتصم بسامراء", "منطقة
                    # الشعب"), as the corpus spans it; not an outskirts word ("محيط السفارة", "أطراف منبج")
                    p.start = next((s for s, f in name_forms(tokens[k], text) if f in lex.designators), tokens[k].start)
                    p.text = text[p.start:p.end]
                    if opened:  # "منطقة "بينديك"": the closing quote ends the phrase that holds the opening one
                        _pl7_close_quote(tokens, p, starts, text)
                if TYPE_RANK.get((kb.get(p.kb_id) or {}).get("type"), 0) >= TYPE_RANK["province"] \
                        and not _words("plc_")["small_designators"].isdisjoint(forms[k]):
                    # "حي بابل وسط العاصمة", "حي القادسية غرب بغداد": a neighbourhood named like a province
                    p.kb_id, p.canonical, p.rank = None, None, rank
        if _plc_enumerated(tokens, k, lo):
            p.launch = p.plc_never = True  # "في كل من سكيكدة وتيزي وزو وجيجل": several places, none of one event
            continue
        if _plc_not_a_place(tokens, k, p, forms, kb):
            taken.add(id(p))  # a home town, a time zone, a nationality adjective: never where it happened
            continue
        p.plc_country = _plc_adjective_country(tokens, bisect_left(starts, p.end), hi, forms, kb)
        # "بالقرب من X", "على مقربة من X": near X, not launched from X
        near = k > 1 and tokens[k - 1].norm in lex.launch_words and not lex.near_words.isdisjoint(forms[k - 2])
        p.locative = near or _locative(tokens, k, forms) or _loc_road_end(tokens, k, forms, True)  # "على الطريق بين X
        # وY": the first end is where it happened, as much as a place after "في"
        if p.end <= dateline:
            p.launch = True  # "بغداد - (رويترز)": where the report was filed, not where it happened
        elif _pl12_across_border(tokens, k, forms):
            p.launch = p.plc_never = True  # "انسحبوا باتجاه الحدود مع النيجر": the neighbour across the border
        elif _pl12_group_area(tokens, k, forms):
            p.launch = True  # "جماعات مسلحة تنشط في مالي": the area a group works in
            p.plc_never = p.rank >= TYPE_RANK["province"]
        elif k > 0 and not _DIRECTIONS.isdisjoint(forms[k - 1]) or _pl15_middle_of(tokens, k, forms, ends):
            p.launch = True  # "في ناحية الرياض جنوب غربي كركوك": Kirkuk is the reference point
            p.plc_reference = True  # whose coordinates a place the gazetteer lacks may take ("حي المساعيد غرب العريش")
        elif _loc_speaker_place(tokens, k, bisect_left(starts, p.end), forms, lex) or _pl16_source_place(tokens, k, forms):
            p.launch = True  # "أعلنت وزارة الدفاع في صنعاء أن غارة ...": where it was said
        elif _plc_statement_place(tokens, k, forms, lex):
            p.launch = p.plc_never = True  # "على هامش لقاء صحفي في عدن": where a statement was made, not even for want
            # of another place (a speaker's occasion says nothing of where it happened)
        elif _loc_road_end(tokens, k, forms, False):
            p.launch = True  # "الطريق الرابط بين X وY", "طريق X - Y": the second end of the road is not the place
        elif any(t.norm == "بين" for t in tokens[max(0, k - 4):k]) and (
                tokens[k - 1].norm == "بين" or tokens[k].text.startswith("و")) \
                and not (p.kb_id and _loc_road_end(tokens, k, forms, True)):
            # "المنطقة الواقعة بين X وY": the ends of an area, not where it happened; nor the ends of a road
            # that the gazetteer does not know ("بين قرية العين ومنطقة الوادي بمعتمدية تالة": Thala)
            p.launch = True
        elif k > 0 and tokens[k - 1].norm in _words("plc_")["name_stops"]:
            p.launch = True  # "بمعتمدية بئر الحفي التابعة لسيدي بوزيد": what the place before lies in
        elif k > 0 and not _words("loc_")["street_words"].isdisjoint(forms[k - 1]):
            p.launch = True  # "شارع مكة المكرمة في مقديشو": a street named after a place, not the place
        elif p.rank == TYPE_RANK["country"] and not p.locative:
            p.launch = True  # "شنت الولايات المتحدة غارات", "فصائل موالية لإيران": an actor, not a place
        elif k > 0 and tokens[k - 1].norm in lex.launch_words and not near and not _pl6_partitive(tokens, k, forms):
            if _pl17_container_of(tokens, k, p, ends, lex):
                held.append((p, k - 2))  # "بجبل X من ولاية Y": Y holds X, as after "ب"
            else:
                p.launch = True
        elif k > 0 and tokens[k - 1].norm in lex.destination_words and not _where(tokens, p, hi, forms, lex, starts):
            p.launch = True  # "نقلوا إلى مستشفى المدينة", "امتدت إلى محيط المطار": where it went, not where it was
            p.pl4_toward = any(not _words("pl4_")["travel_words"].isdisjoint(forms[j]) for j in range(max(0, k - 4), k - 1))
            if not _words("loc_")["destination_only"].isdisjoint(forms[k]):
                taken.add(id(p))  # "نقل الجرحى إلى مستشفى الثورة": never where it happened
            p.plc_never = p.plc_never or _pl16_fled_to(k, forms)
        elif not p.locative and normalize(p.text) in lex.capital_actors \
                and (k == 0 or _words("plc_")["event_nouns"].isdisjoint(forms[k - 1])):  # "اعتداءات بروكسل": a place
            p.launch = True  # "وردت واشنطن بغارة", "اتهمت طهران": the government, not a place of the event
        elif any(f in lex.seat_words for fs in forms[max(0, k - 3):k] for f in fs):
            p.launch = True  # "صدر من مقرها في مدينة شتوتغارت": the speaker's seat
        elif k > 0 and tokens[k - 1].norm in lex.designators and k > 1 and tokens[k - 2].norm in lex.launch_words:
            p.launch = True
    for p, j in held:  # the container shares the lot of the place it holds ("أصيل معتمدية X من ولاية Y": a home)
        q = next((q for q in out if q is not p and bisect_left(starts, q.end) - 1 == j), None)
        if q is not None and id(q) in taken:
            taken.add(id(p))
        elif q is not None and q.launch:
            p.launch, p.plc_reference, p.plc_never = True, q.plc_reference, q.plc_never
    out = [p for p in out if id(p) not in taken and not _pl9_treated_at(tokens, p, starts, forms, lex)]
    _pl6_generic_sites(tokens, out, starts, forms, lex, kb)
    _pl6_city_districts(out, kb, lex)
    _pl2_containers(tokens, out, starts, lex, kb)
    _pl8_homonym_in_container(tokens, out, starts, lex, kb, text)
    _pl3_near_sites(tokens, out, starts, forms, lex)
    _pl9_sites_in_towns(tokens, out, starts, lex, kb)
    _pl4_inside_country(out, kb)
    _pl5_reference_inside(out, kb)
    out += _pl16_site_before_direction(tokens, out, starts, forms, lex, text, lo, covered)
    if not any(not q.launch and q.rank <= TYPE_RANK["city"] for q in out):
        out += _pl14_site_towns(tokens, lo, hi, forms, {q.start for q in out}, lex, kb, text)
    return out


def _pl4_participle(tokens: list[Token], e: Entity, starts: list[int], kb) -> bool:
    """An entity the gazetteer does not know, one word with a pronoun after it, is a participle and its
    preposition ("حدود بحرية متنازع عليها", "مناطق مسيطر عليها", "منطقة مشكوك فيها"), not a name."""
    if e.kb_id and kb.get(e.kb_id) or len(e.text.split()) != 1:
        return False
    k = bisect_left(starts, e.end)
    return k < len(tokens) and tokens[k].norm in _words("plc_")["clause_pronouns"]


def _pl4_inside_country(places: list[Place], kb) -> None:
    """When the sentence names no place but a country, where travellers were going or the reference point of a direction
    that lies in that country is where it happened, as near as the text tells ("أطلقوا النار على حافلة تقل
    أقباطا كانوا في طريقهم إلى محافظة المنيا في مصر", "دهس مصلين أمام مسجد شمال لندن في بريطانيا"): an
    analyst codes that province or city, not the country."""
    targets = [p for p in places if not p.launch]
    if not targets or any(p.rank < TYPE_RANK["country"] for p in targets):
        return
    countries = {(kb.get(p.kb_id) or {}).get("country") for p in targets} - {None}
    inner = [p for p in places if p.launch and (p.pl4_toward or p.plc_reference) and not p.plc_never
             and p.rank < TYPE_RANK["country"] and (kb.get(p.kb_id) or {}).get("country") in countries]
    if inner:
        best = min(inner, key=lambda p: (p.rank, p.start))
        best.launch = best.plc_reference = False


def _pl3_designated(p: "Place", lex: Lexicon) -> bool:
    """Place ``p`` opens with a place designator ("حي الظهرة", "منطقة الماجوري", "قرية X"), not a site."""
    words = p.text.split()
    return bool(words) and lex.designators.get(normalize(words[0]), ("",))[0] in ("GPE", "LOC")


def _pl3_detail_place(place: "Place", more: list["Place"], kb, lex: Lexicon) -> "Place | None":
    """A city named in the lead and a neighbourhood or area ("حي", "منطقة", "جبل") in a later sentence of the same event ("انفجار
    ... وسط مدينة بنغازي. وقال مسؤول إن السيارة انفجرت في محيط مسجد ... بمنطقة الماجوري"): the finer place, when the
    gazetteer does not know it or puts it in the city's province; else None."""
    entry = kb.get(place.kb_id) or {}
    if place.launch or entry.get("type") != "city":
        return None

    def elsewhere(p: "Place") -> bool:  # "بجبل السلوم من ولاية القصرين": the place that follows puts it in another province
        return any(0 <= q.start - p.end <= 12 and (kb.get(q.kb_id) or {}).get("admin1") not in (None, entry.get("admin1"))
                   for q in more)
    return next((p for p in more if not p.launch and p.rank < place.rank and p.text.split()
                 and lex.designators.get(normalize(p.text.split()[0]), ("",))[0] == "LOC"  # not a town ("ببلدة X")
                 and (not p.kb_id or (kb.get(p.kb_id) or {}).get("admin1") == entry.get("admin1"))
                 and not elsewhere(p)), None)


def _pl3_near_sites(tokens: list[Token], places: list[Place], starts: list[int], forms: list[tuple[str, ...]],
                    lex: Lexicon) -> None:
    """A place something happened near ("قرب فندق X في حي Y", "بالقرب من مسجد X بمنطقة Y") followed by the designated
    place it lies in, as specific or more: the first is a reference point (its coordinates), the second is where it
    happened ("انفجار سيارة قرب فندق ... في حي الظهرة وسط العاصمة": Dahra, not the hotel)."""
    for p in places:
        if p.launch:
            continue
        k = bisect_right(starts, p.start) - 1
        near = k > 0 and not lex.near_words.isdisjoint(forms[k - 1]) or k > 1 and tokens[k - 1].norm == "من" \
            and not lex.near_words.isdisjoint(forms[k - 2])
        if not near:
            continue
        k_end = bisect_left(starts, p.end)  # the token after the place
        for q in places:
            if q is p or q.launch or (q.rank > p.rank or not _pl3_designated(q, lex)) and not _pl18_site_area(p, q, lex):
                continue
            kq = bisect_right(starts, q.start) - 1
            if kq == k_end + 1 and k_end < len(tokens) and tokens[k_end].norm == "في" \
                    or kq == k_end and k_end < len(tokens) and tokens[k_end].text[:1] == "ب" \
                    and bool(tokens[k_end].splits):
                p.launch = p.plc_reference = True
                break


def _pl2_construct_name(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> bool:
    """The word at ``j`` after a designator looks like an indefinite adjective ("منطقة سكنية") but a definite word
    follows it, so it opens a construct name ("بلدية ثنية العابد", "قرية سرمانية الغاب"): an indefinite adjective
    never takes a definite word after it."""
    n = j + 1
    return n < hi and tokens[n].kind == "word" and tokens[n].norm.startswith("ال") and len(tokens[n].norm) > 3 \
        and not tokens[n].norm.endswith(("ي", "يه")) and tokens[n].norm not in lex.group_stops \
        and tokens[n].norm not in _words("plc_")["name_stops"] and tokens[n].norm not in lex.not_names


def _pl2_containers(tokens: list[Token], places: list[Place], starts: list[int], lex: Lexicon, kb) -> None:
    """A place right after another one with "في" or the proclitic "ب" ("منطقة عين الجوز في جرود بعلبك", "بلدية X
    بولاية باتنة", "حي X بمدينة Y") is what the first lies in: a reference point (its coordinates, province and
    country), not the place, when it is no more specific than the first; the first is a place the gazetteer knows or
    one opened by a place designator, not a site ("السفارة الإيرانية في الجناح": the area stays a candidate)."""
    for p in sorted(places, key=lambda p: p.start):
        words = p.text.split()
        designated = bool(words) and lex.designators.get(normalize(words[0]), ("",))[0] in ("GPE", "LOC")
        if p.launch or p.rank == 0 or not (designated or (kb.get(p.kb_id) or {}).get("label") in ("GPE", "LOC")):
            continue
        k = bisect_left(starts, p.end)  # the token after the place
        for q in places:
            if q is p or q.launch or q.rank < p.rank:
                continue
            kq = bisect_right(starts, q.start) - 1
            if kq == k + 1 and k < len(tokens) and tokens[k].norm == "في" \
                    or kq == k and k < len(tokens) and tokens[k].text[:1] == "ب" and bool(tokens[k].splits):
                q.launch = q.plc_reference = True


def _plc_statement_place(tokens: list[Token], k: int, forms: list[tuple[str, ...]], lex: Lexicon) -> bool:
    """The place from token ``k`` is where a statement was made: it follows, in the same clause and before any "أن"/"إن",
    a statement noun after a preposition ("على هامش لقاء صحفي في عدن", "في تصريح خص به إذاعة ... من داخل العاصمة
    الليبية طرابلس", "خلال مؤتمر صحفي عقده في بيشاور"); not a statement noun that is a target ("هاجموا مؤتمرا في X")."""
    words = _words("plc_")["statement_words"]
    marks = lex.clause_marks | {".", "(", ")", "«", "»", '"', "!", "?", "؟", "؛"}
    preps = _words("plc_")["statement_preps"]
    stops = _words("plc_")["statement_stops"] | _words("plc_")["event_nouns"]
    for j in range(k - 1, max(0, k - 12), -1):
        if tokens[j].text in marks or not lex.complementizers.isdisjoint(forms[j]) or not stops.isdisjoint(forms[j]):
            return False  # "في تصريح ... عن العملية التي جدت بولاية سيدي بوزيد": the event's own place
        if not words.isdisjoint(forms[j]) and (tokens[j - 1].norm in preps or tokens[j].text[0] in "بل"
                                               and bool(tokens[j].splits)):
            return True
    return False


def _plc_enumerated(tokens: list[Token], k: int, lo: int) -> bool:
    """Token ``k`` opens a place in a list after "كل من" ("في كل من سكيكدة وتيزي وزو وجيجل", "بكل من X وY"): one of
    several places, told over a total or an overview."""
    for j in range(k - 1, max(lo, k - 9) - 1, -1):
        if tokens[j].norm in (".", "؛", ":", "!", "?", "؟"):
            return False
        if tokens[j].norm == "من" and j > lo and tokens[j - 1].norm in ("كل", "بكل", "وكل"):
            return True
    return False


def _plc_conjunction_hamza(tok: Token, form: str) -> bool:
    """Form ``form`` of ``tok`` reads "وا..." ("وادي") only because the conjunction "و" stands before a hamza
    ("وأدى قصف ...", "وأدّى الهجوم": "and it led to"): no designator."""
    return form.startswith("وا") and len(tok.text) > 1 and tok.text[0] == "و" and tok.text[1] in "أإآ"


def _plc_capital(tokens: list[Token], k: int, forms: list[tuple[str, ...]], e: Entity, kb) -> str | None:
    """The capital city named like the country entity ``e`` (from token ``k``) when "العاصمة" stands before it, with
    its adjectives and a comma ("في العاصمة، عمان", "بالعاصمة الأردنية عمان", "العاصمة تونس"): the gazetteer's
    city whose alias is the name with "العاصمة" ("عمان العاصمة": Amman, not Oman; "تونس العاصمة": Tunis)."""
    heads = _words("plc_")["capital_words"]
    j = k - 1
    while j >= 0 and k - j <= 3 and heads.isdisjoint(forms[j]) and (tokens[j].text in "،," or (
            tokens[j].norm.startswith("ال") and tokens[j].norm.endswith(("يه", "ي")))):
        j -= 1  # a comma, the nisba adjectives ("الأردنية")
    if j < 0 or k - j > 3 or heads.isdisjoint(forms[j]):
        return None
    return _kb_alias(kb, alias_key(e.text) + (normalize("العاصمة"),),
                     lambda entry: entry.get("type") in ("city", "town"))


def _plc_other_events(doc: Document, places: list[Place], trigger: Match, starts: list[int]) -> None:
    """Mark as a reference the places of ``places`` that name another event, right after its noun ("غارات على
    معسكرات في ليبيا ... للتخطيط لهجوم المنيا", "منذ تفجير مانشستر"): where that one was, not this one; the
    trigger's own noun keeps its place ("مسيرات منددة بهجوم سوسة")."""
    nouns = _words("plc_")["event_nouns"]
    forms = _doc_forms(doc.tokens, doc.text)
    for p in places:
        k = bisect_right(starts, p.start) - 1
        if k > 0 and not nouns.isdisjoint(forms[k - 1]):
            if _pl11_named_event(doc.tokens, k - 1, p, trigger, starts, forms) \
                    or _pl14_toll_clause(doc, k - 1, bisect_left(starts, p.end), trigger, starts, forms):
                if p.rank < TYPE_RANK["country"]:  # "هجوم روسيا": a country after the noun is an actor
                    p.locative = True
            elif not doc.tokens[k - 1].start <= trigger.start < doc.tokens[k - 1].end:
                p.launch = True
    _pl16_frame_places(doc, places, trigger, starts, forms)


def _pl11_named_event(tokens: list[Token], noun: int, p: Place, trigger: Match, starts: list[int],
                      forms: list[tuple[str, ...]]) -> bool:
    """Place ``p`` names the event of the event noun at ``noun`` ("تفجير الكرادة", "هجوم جسر لندن") and that event is
    the trigger's: the trigger is the noun, or it lies in a clause that tells how that event happened, opened by "حين"
    or "عندما" after the place and its time ("أبرزها هجوم جسر لندن في حزيران، حين دهس مهاجمون المارة ..."): the event's
    name is where it happened, as much as a place after "في", and no other event's place. An example of ours: "منذ
    هجوم سوق الخضار في آذار، عندما فجر انتحاري حزامه وسط المتسوقين" (the market, not a later spot of the clause)."""
    if tokens[noun].start <= trigger.start < tokens[noun].end:
        return True
    when = _words("pl11_")["when_words"]
    for j in range(bisect_left(starts, p.end), min(len(tokens), bisect_left(starts, p.end) + 6)):
        if tokens[j].norm in (".", "!", "?", "؟", "؛", ":") or not _words("plc_")["event_nouns"].isdisjoint(forms[j]):
            return False
        if not when.isdisjoint(forms[j]):
            if trigger.start < tokens[j].end:
                return False
            return not any(t.norm in (".", "!", "?", "؟", "؛") for t in tokens[j:bisect_left(starts, trigger.start)])
    return False


def _plc_bare_capitals(doc: Document, lo: int, hi: int, forms: list[tuple[str, ...]], covered: set[int],
                       kb) -> list[Place]:
    """"العاصمة" with no name after it, in tokens [lo, hi): the capital of the country of its nationality adjective
    ("في العاصمة الليبية"), else of the article's country ("شارع محمد الخامس بالعاصمة" in Tunisian news): Tunis."""
    tokens, text = doc.tokens, doc.text
    place_starts = {e.start for e in doc.entities if e.label in PLACE_LABELS}
    out = []
    for k in range(lo, hi):
        if tokens[k].start in covered or normalize("العاصمة") not in forms[k]:
            continue
        j, country = k + 1, None
        if j < hi and tokens[j].kind == "word" and tokens[j].norm.startswith("ال") \
                and tokens[j].norm.endswith(("يه", "ي")):
            country = _plc_adjective_country(tokens, j, hi, forms, kb)
            if country is None:
                continue  # "العاصمة الإدارية": not a country's capital
            j += 1
        if j < hi and tokens[j].text in "،," and j + 1 < hi:
            j += 1
        if j < hi and (tokens[j].start in place_starts or any(s in place_starts for s, _ in name_forms(tokens[j], text))):
            continue  # "في العاصمة الصومالية مقديشو", "العاصمة، عمان": the name says which
        country = country or _plc_article_country(doc, kb)
        capital = next((i for i in _words("plc_")["capitals"] if (kb.get(i) or {}).get("country") == country), None)
        if capital is None:
            continue
        start = next((s for s, f in name_forms(tokens[k], text) if f == normalize("العاصمة")), tokens[k].start)
        end = tokens[k + 1].end if country and k + 1 < hi and tokens[k + 1].norm.startswith("ال") \
            and tokens[k + 1].norm.endswith(("يه", "ي")) else tokens[k].end
        out.append(Place(start, end, text[start:end], TYPE_RANK["city"], capital, kb.get(capital)["canonical"]))
    return out


@lru_cache(maxsize=1)
def _plc_site_words() -> frozenset:
    """The designators of bases and facilities (designators.yaml: "معسكر", "قاعدة", "مطار" ...)."""
    return frozenset(normalize(d["word"]) for d in _data("designators.yaml")["designators"]
                     if d["label"] in ("BASE", "FACILITY"))


def _plc_named_site(name: str) -> bool:
    """A base or facility named by its designator and a name ("معسكر بامبا"), not a generic mention
    ("محطة للقطار", "قاعدة عسكرية"): the second word is no generic word and has no "ل"."""
    words = [normalize(w) for w in name.split()]
    generic = _plc_generic_words()
    return len(words) > 1 and words[0] in _plc_site_words() and words[1] not in generic \
        and not words[1].startswith("ل")


@lru_cache(maxsize=1)
def _plc_generic_words() -> frozenset:
    """Words after a designator that make a generic mention (designators.yaml ``generic``)."""
    return frozenset(normalize(w) for w in _data("designators.yaml")["generic"])


def _plc_not_a_place(tokens: list[Token], k: int, p: Place, forms: list[tuple[str, ...]], kb) -> bool:
    """Place ``p`` (from token ``k``, its designator included) names no place of the event: a person's home
    town ("أصيل معتمدية جلمة", "أصيل من ولاية مدنين"), a time zone ("بتوقيت تونس"), or a country spelled like
    the nationality adjective after an indefinite noun ("لقي 13 جنديا تركيا مصرعهم", "بين القتلى سائحا
    ماليزيا": the accusative adjective of a country in -يا is written as its name)."""
    lx = _words("plc_")
    before = [j for j in (k - 1, k - 2) if j >= 0]
    if before and not lx["time_zone_words"].isdisjoint(forms[before[0]]):
        return True
    if before and (not lx["origin_words"].isdisjoint(forms[before[0]]) or len(before) > 1
                   and tokens[before[0]].norm == "من" and not lx["origin_words"].isdisjoint(forms[before[1]])):
        return True
    entry = kb.get(p.kb_id) or {}
    if entry.get("type") != "country" or not normalize(p.text).endswith("يا") or not before:
        return False
    noun = tokens[before[0]]
    word = noun.text.rstrip("\u064b")  # the tanween of "جندياً"
    return noun.kind == "word" and not noun.splits and not noun.norm.startswith("ال") and len(word) >= 4 \
        and word.endswith("ا") and not word.endswith("وا")  # not a verb ("زاروا تركيا")


def _plc_adjective_country(tokens: list[Token], j: int, hi: int, forms: list[tuple[str, ...]], kb) -> str | None:
    """The country of a nationality adjective right after a place name ending before token ``j``
    ("مدينة كيبيك الكندية", "سان فرانسيسكو الأمريكية", "ميلانو الإيطالية"), else None."""
    if j >= hi or tokens[j].kind != "word":
        return None
    adjectives, listed = kb.plc_adjectives, lexicon().nationality  # "الأمريكية": the listed ones too
    return next((adjectives.get(f) or listed.get(f[2:]) for f in forms[j] if f.startswith("ال")
                 and (f in adjectives or f[2:] in listed)), None)


def _plc_place_after(tok: Token, forms: tuple[str, ...], place_starts: set[int], lex: Lexicon) -> bool:
    """Token ``tok`` opens a place with the proclitic "ب" after a target ("منزله بصفاقس", "دورية أمنية
    بقبلي", "مسجد بمدينة كيبيك", "سياحا بمتحف باردو" keeps the museum): where the target was, not part of it;
    also a bare "بـ" before a quote ("وصف الهجوم على المسجد بـ")."""
    if tok.text.rstrip("ـ") == "ب":
        return True
    if not tok.splits or tok.text[0] != "ب":
        return False
    rest = tok.splits[0]  # where the word after the proclitic starts
    heads = _words("loc_")["apposition_heads"]
    return rest in place_starts or tok.start in place_starts or any(
        f in lex.designators and lex.designators[f][0] in ("GPE", "LOC") or f in heads for f in forms)


def _where(tokens: list[Token], p: Place, hi: int, forms: list[tuple[str, ...]], lex: Lexicon,
           starts: list[int]) -> bool:
    """"حيث" follows place ``p`` in its clause ("امتدت إلى بلدة ذيبان، معقل القبيلة، حيث قتل ..."): what
    follows happened at ``p``."""
    k = bisect_left(starts, p.end)
    for j in range(k, min(hi, k + 8)):
        if "حيث" in forms[j]:
            return True
        if tokens[j].norm in (".", "!", "?", "؟") or tokens[j].norm in lex.destination_words:
            return False
    return False


_DATELINE = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?:[،,]?\s*\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s*)?"
                       r"(?:[(«][^)»\n]{1,40}[)»]\s*)?(?:[-–—]|ـ{2,})")


def _dateline_end(text: str) -> int:
    """Where the dateline at the start of an article ends ("بغداد - ", "تونس – «الصباح» "), else 0."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


_DIRECTIONS = frozenset(normalize(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split())


_LOCATIVE = frozenset(normalize(w) for w in "في داخل أنحاء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي قرب".split())


def _locative(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """Token ``k`` names where something happened: after "في", "داخل", a direction, or with "ب" on it."""
    tok = tokens[k]
    if tok.splits and tok.text[0] == "ب":
        return True
    if k > 0 and not _LOCATIVE.isdisjoint(forms[k - 1]):
        return True
    # "في العاصمة الصومالية مقديشو", "بالعاصمة كابل": a head in apposition, with its adjectives, before the name
    heads = _words("loc_")["apposition_heads"]
    j = k - 1
    while j > 0 and k - j <= 3 and heads.isdisjoint(forms[j]) and tokens[j].norm.startswith("ال") \
            and tokens[j].norm.endswith(("يه", "ي")):
        j -= 1  # the nisba adjectives after the head ("الصومالية", "الساحلية")
    return j >= 0 and k - j <= 3 and not heads.isdisjoint(forms[j]) and _locative(tokens, j, forms) \
        or _pl7_part_of(tokens, k, forms)


def _main_town(doc: Document, kb) -> dict | None:
    """The first town or city of the article that the gazetteer knows (not a home town: "أصيل معتمدية X")."""
    starts = [t.start for t in doc.tokens]
    forms = _doc_forms(doc.tokens, doc.text)
    dateline = _dateline_end(doc.text)
    for e in doc.entities:
        entry = kb.get(e.kb_id) if e.label == "GPE" else None
        if entry and e.end <= dateline and _pl8_foreign_dateline(doc, dateline, entry, kb):
            continue  # "الرباط – «اليوم 24»" over news from Britain: the desk, not a town of the story
        k = bisect_right(starts, e.start) - 1
        if entry and TYPE_RANK.get(entry.get("type"), 9) <= 3 and not _plc_not_a_place(
                doc.tokens, k, Place(e.start, e.end, e.text, 3, e.kb_id, e.canonical), forms, kb) \
                and not _plc_statement_place(doc.tokens, k, forms, lexicon()):  # nor where a statement was made
            inner = _pl10_contained(doc, e, kb)  # "قرب جبل المغيلة بسيدي بوزيد": the place the town holds
            if inner is not None:
                return _location(*inner, kb)
            return _location(Place(e.start, e.end, e.text, 3, e.kb_id, e.canonical), [], kb)
    return None


def _dateline_place(doc: Document, kb) -> dict | None:
    """The town of the dateline ("مقديشو - ..."), when the gazetteer knows it."""
    end = _dateline_end(doc.text)
    ent = next((e for e in doc.entities if e.end <= end and e.label == "GPE" and e.kb_id), None)
    entry = kb.get(ent.kb_id) if ent is not None else None
    if not entry or TYPE_RANK.get(entry.get("type"), 2) > 3 or _pl8_foreign_dateline(doc, end, entry, kb):
        return None
    return _location(Place(ent.start, ent.end, ent.text, 3, ent.kb_id, ent.canonical), [], kb)


def _plc_article_country(doc: Document, kb) -> str | None:
    """The country an article reports from, for a place the gazetteer lacks: the country of the dateline's town,
    else of the first town the article names, else of the first country it names."""
    for loc in (_dateline_place(doc, kb), _main_town(doc, kb)):
        if loc is not None and loc.get("country") not in (None, "XX"):
            return loc["country"]
    entry = next((kb.get(e.kb_id) for e in doc.entities if e.label == "GPE" and (kb.get(e.kb_id) or {}).get("type")
                  == "country"), None)
    return entry["country"] if entry and entry.get("country") != "XX" else None


def _choose_place(places: list[Place], anchor: int) -> Place | None:
    """The most specific place; among equals one in a locative phrase ("في درنة", not "وصفته القاهرة"),
    then the nearest after the trigger ("سقطت صواريخ قرب معسكر ...")."""
    if not places:
        return None
    targets = [p for p in places if not p.launch] or [p for p in places if not p.plc_never]
    if not targets:
        return None
    return min(targets, key=lambda p: (p.rank, not p.locative, p.start < anchor, abs(p.start - anchor)))


def _plc_inner_place(name: str, kb) -> dict | None:
    """For a place the gazetteer lacks, the known place named inside it after its first word ("مطار بروكسل",
    "جسر لندن", "جبال القصرين", "ميناء سرت": Brussels, London ...; not a country: "سفارة فرنسا" is France's, not in
    France), else a nationality adjective that ends it ("ولاية نيوجيرسي الأمريكية": a country only); else None."""
    key = alias_key(name)
    small = bool(key) and key[0] in _words("plc_")["small_designators"]  # "حي بابل": a neighbourhood, not in Babil
    for i in range(1, len(key)):
        for rest, kb_id in kb.index.get(key[i], []):
            entry = kb.get(kb_id) or {}
            if key[i + 1:i + 1 + len(rest)] == rest and entry.get("label") in ("GPE", "LOC") \
                    and entry.get("type") != "country" and entry.get("country") not in (None, "XX") \
                    and not (small and entry.get("type") in ("province", "region")):
                return {"admin1": entry.get("admin1"), "country": entry["country"],
                        "lat": entry.get("lat"), "lon": entry.get("lon")}
    country = kb.plc_adjectives.get(key[-1]) or lexicon().nationality.get(key[-1][2:]) if len(key) > 1 else None
    return {"country": country} if country else None


def _plc_may_hold(town: dict, entry: dict) -> bool:
    """A place the gazetteer knows as ``entry`` may take the coordinates of ``town`` named with it: the same
    province ("باردو" is in Tunis, not in Sousse named in the same sentence), else, when the gazetteer gives it
    none, the same country; a place it does not know, any town."""
    if not entry:
        return True
    if entry.get("admin1"):
        return town.get("admin1") == entry["admin1"]
    return town.get("country") == entry.get("country")


def _location(place: Place, places: list[Place], kb) -> dict:
    """The location object of spec section 4 for ``place``.

    A place the gazetteer does not know (a hotel, a checkpoint, a village
    named only by its designator) takes province, country and coordinates
    from the town or city named with it in the sentence ("فندق الجزيرة في
    مقديشو"), as ACLED does: ``geo_precision`` 1 when the coordinates are the
    place's own, 2 when they are those of the town it lies in.
    """
    entry = kb.get(place.kb_id) or {}
    loc = {"text": place.text, "canonical": place.canonical or entry.get("canonical"),
           "admin1": entry.get("admin1"), "country": entry.get("country"),
           "lat": entry.get("lat"), "lon": entry.get("lon"),
           "geo_precision": 1 if entry.get("lat") is not None else None}
    inner = _plc_inner_place(place.text, kb) if not entry and not place.pl8_homonym else None
    # a country told only by an adjective may name an owner ("السفارة الإيطالية بطرابلس", "المستشارية الثقافية
    # الإيرانية في بيروت"): a town named with the place says where it is
    adjective_only = inner is not None and set(inner) == {"country"}
    if inner is not None:  # "مطار بروكسل", "جبال القصرين", "ولاية نيوجيرسي الأمريكية": the name inside says where
        loc.update(admin1=inner.get("admin1"), country=inner.get("country"))
        if inner.get("lat") is not None:
            loc.update(lat=inner["lat"], lon=inner["lon"], geo_precision=2)
    # the towns named with it, and the reference point of a direction ("حي المساعيد غرب مدينة العريش"); a district
    # the gazetteer places ("حي الشهداء بقضاء الزبير") is its seat town
    towns = sorted((p for p in places if p is not place and (not p.launch or p.plc_reference) and p.rank <= 4
                    and (kb.get(p.kb_id) or {}).get("lat") is not None
                    and _plc_may_hold(kb.get(p.kb_id), entry)),
                   key=lambda p: (p.start < place.start, abs(p.start - place.end)))
    if loc["lat"] is None and towns and place.rank <= towns[0].rank:
        town = kb.get(towns[0].kb_id)
        loc.update(lat=town["lat"], lon=town["lon"], geo_precision=2)
        loc["admin1"] = loc["admin1"] or town.get("admin1")
        loc["country"] = town.get("country") if adjective_only else loc["country"] or town.get("country")
    if adjective_only and loc["lat"] is None and _pl17_owned_site(place.text):
        loc["admin1"] = loc["country"] = None  # "المستشارية الثقافية الإيرانية" alone: its owner, not where it stands
    if loc["country"] is None and place.plc_country and place.rank > 0:
        loc["country"] = place.plc_country  # "مدينة كيبيك الكندية": the adjective says which country
    if (loc["admin1"] is None or loc["country"] is None) and entry.get("type") != "country":
        # a designator place: take province and country from the other places of the sentence, a launch site
        # or a source last ("على تذاكر سفر من فرنسا"), a province only with the same country
        for other in sorted(places, key=lambda p: (p.launch, p.rank)):
            e = kb.get(other.kb_id) or {}
            if e.get("label") != "GPE" or other is place:
                continue
            if loc["country"] not in (None, e.get("country")):
                continue
            if loc["admin1"] is None and e.get("admin1") and place.rank < TYPE_RANK["province"]:
                loc["admin1"] = e["admin1"]  # not for a province the gazetteer lacks ("محافظة X" beside "أسيوط")
            if loc["country"] is None and e.get("country"):
                loc["country"] = e["country"]
    return loc


def _pl5_reference_inside(places: list[Place], kb) -> None:
    """When the sentence names, besides the reference town of a direction or a distance, only a province or a region
    that town lies in ("جنوب مدينة العريش بشمال سيناء", "على بعد 40 كيلومترا جنوب مدينة تدمر في البادية السورية"),
    the town is where it happened, as near as the text tells: an analyst codes the nearest named town, not the
    province."""
    targets = [p for p in places if not p.launch]
    if not targets or any(p.rank < TYPE_RANK["province"] or not p.kb_id for p in targets):
        return
    refs = [p for p in places if p.launch and p.plc_reference and not p.plc_never and p.kb_id
            and p.rank <= TYPE_RANK["city"]]

    def inside(ref: Place, broad: Place) -> bool:
        town, outer = kb.get(ref.kb_id) or {}, kb.get(broad.kb_id) or {}
        if not town or town.get("country") != outer.get("country"):
            return False
        if outer.get("type") == "province":
            return town.get("admin1") == outer.get("canonical")
        return outer.get("type") == "region" and outer.get("admin1") in (None, town.get("admin1"))
    refs = [r for r in refs if all(inside(r, t) for t in targets)]
    if refs:
        best = min(refs, key=lambda p: (p.rank, p.start))
        best.launch = best.plc_reference = False


def _pl5_province_named(p: Place, rank: int, kb) -> None:
    """A town or city the gazetteer knows after a province designator ("بمقاطعة لامو", "في ولاية X", "بمحافظة X")
    that names its own province (the town's admin1 is its name): the province is meant, as broad as a province, so
    that a finer place of the same sentence wins ("في غابة بوني بمقاطعة لامو": the forest)."""
    entry = kb.get(p.kb_id) or {}
    if rank >= TYPE_RANK["province"] and p.rank < TYPE_RANK["province"] and entry.get("admin1") \
            and entry.get("admin1") == entry.get("canonical"):
        p.rank = rank


@lru_cache(maxsize=1)
def _pl6_site_heads() -> frozenset:
    """Nouns of what is hit that may open a place candidate ("معسكر", "مخيم", "كنيسة", "محطة", "فندق", "بوابة"): the
    one-word target nouns of incidents.yaml in their number and case forms, and the base and facility designators."""
    words = [w for w in _data("incidents.yaml")["target_nouns"] if len(str(w).split()) == 1]
    forms = {normalize(f) for w in words for f in inflections(str(w))}
    return frozenset(forms | {"ال" + f for f in forms} | _plc_site_words())


def _pl6_generic_site(text: str, lex: Lexicon) -> bool:
    """A site named by its kind only, not by a name ("كنيسة", "معسكر للجيش المالي", "مخيم للنازحين", "محطة لتوليد
    الكهرباء", "مركز أمني", "بوابة معسكر للجيش", "فندق في العاصمة"): the head nouns of sites, then nothing, a
    possessive "ل" phrase, a generic or security word, a preposition or a describing adjective; never a name ("معسكر
    الصباحة", "مطار أبها الدولي", "مخيم عين الحلوة", "فندق تبستي")."""
    words = [normalize(w) for w in text.split()]
    heads = _pl6_site_heads()
    i = 0
    while i < len(words) and words[i] in heads:
        i += 1  # "بوابة معسكر ...": a site of a site
    if i == 0:
        return False
    if i == len(words):
        return True
    w = words[i]
    return w.startswith("ل") or w in _plc_generic_words() or w in lex.security_words \
        or w in _words("pl6_")["site_adjectives"] or w in _with_article(lex.security_words)


def _pl6_generic_sites(tokens: list[Token], places: list["Place"], starts: list[int], forms: list[tuple[str, ...]],
                       lex: Lexicon, kb) -> None:
    """A site named by its kind only and followed by the named place it lies in ("هاجم مسلحون كنيسة في ولاية أوندو",
    "على معسكر للجيش في محافظة الأنبار", "على مخيم للنازحين في مدينة بيدوا", "داخل فندق في العاصمة الصومالية
    مقديشو"): the site is what was hit (the target), the named place is where it happened; the site stays a
    reference point, the place for want of another."""
    for p in places:
        if p.launch or p.kb_id or not _pl6_generic_site(p.text, lex):
            continue
        j = bisect_left(starts, p.end)  # the token after the site
        while j < len(tokens) and tokens[j].norm.startswith("ال") and tokens[j].norm.endswith(("ي", "يه")) \
                and j - bisect_left(starts, p.end) < 2:
            j += 1  # its adjectives ("معسكر للجيش المالي", "العاصمة الصومالية")
        if j >= len(tokens):
            continue
        if tokens[j].norm in ("في", "داخل") or not _words("plc_")["capital_words"].isdisjoint(forms[j]):
            opens = {j, j + 1, j + 2}  # "في مدينة X", "في العاصمة X"
        elif tokens[j].text[:1] == "ب" and tokens[j].splits:
            opens = {j}  # "بمحافظة X", "ببلدة X"
        elif " في " in f" {normalize(p.text)} ":
            opens = {j}  # the entity ran over "في" ("فندق في العاصمة"): the name follows
        else:
            continue
        for q in places:
            kq = bisect_right(starts, q.start) - 1
            if q is p or q.launch or q.plc_never or q.rank == 0 or kq not in opens:
                continue
            if q.kb_id and (kb.get(q.kb_id) or {}).get("label") in ("GPE", "LOC") or _pl3_designated(q, lex):
                p.launch = p.plc_reference = True
                break


def _pl6_adjective_only(e: Entity, lex: Lexicon, kb) -> bool:
    """A place entity the gazetteer does not know that is a nationality adjective alone ("الأفغانية" of "غربي العاصمة
    الأفغانية") or two definite words ending in a nisba adjective ("الجناح العسكري" of "سرايا القدس، الجناح العسكري
    لحركة ..."): a description, no name; not a name in -ي ("منطقة الماجوري") nor one a place designator opens ("الجبل
    الغربي", "المنطقة الشرقية")."""
    words = [normalize(w) for w in e.text.split()]
    if e.kb_id or not words or len(words) > 2 or not all(w.startswith("ال") and len(w) > 3 for w in words):
        return False
    if len(words) == 1:  # a nationality adjective alone ("الأفغانية"), not a name in -ي ("الماجوري")
        return words[0] in kb.plc_adjectives or words[0][2:] in lex.nationality
    last = re.sub(r"[\u064b-\u0652]", "", e.text.split()[-1])  # "الأقصى" ends in ى, no adjective
    return last.endswith(("ي", "ية", "يه")) and words[0][2:] not in lex.designators \
        and words[0][2:] not in _plc_site_words()


def _pl6_name_in_i(designator: Token, designator_forms: tuple[str, ...], word: Token, lex: Lexicon) -> bool:
    """The word after a place designator that ends like a nisba adjective is a name when the adjective would not agree
    with the designator: a definite word after an indefinite designator ("في منطقة الماجوري", "بلدة الحميدي": an
    adjective agrees in definiteness), or a bare "ي" after a feminine one ("بقرية كوشوبي القريبة من", "في منطقة
    مندوري": the adjective would end in "ية", "قرية نائية"); a masculine designator takes one in "ي" ("حي سكني")."""
    found = [f for f in designator_forms if f in lex.designators and lex.designators[f][0] in ("GPE", "LOC")]
    if not found or not designator.norm.endswith(found[0]):
        return False
    lead = designator.norm[:-len(found[0])]
    if lead.endswith(("ال", "لل")):
        return False  # "المنطقة الشرقية": a definite designator and its adjective
    if word.norm.startswith("ال"):
        return len(word.norm) > 4
    return word.norm.endswith("ي") and len(word.norm) >= 4 and any(f.endswith("ه") for f in found)


def _pl6_city_districts(places: list["Place"], kb, lex: Lexicon) -> None:
    """A district the gazetteer puts in a city's province, named as an area or a quarter ("منطقة بيوغلو في
    إسطنبول", "منطقة دشت برجي غربي العاصمة", "حي الكرادة ببغداد") with that city named after it: a part of the city, finer
    than the city, so it is where it happened and the city is what it lies in."""
    for p in places:
        entry = kb.get(p.kb_id) or {}
        words = p.text.split()
        if p.launch or entry.get("type") != "district" or not words \
                or lex.designators.get(normalize(words[0]), ("", 9))[1] > TYPE_RANK["area"] \
                or lex.designators.get(normalize(words[0]), ("",))[0] != "LOC":
            continue
        for q in places:
            town = kb.get(q.kb_id) or {}
            if q.start > p.start and town.get("type") == "city" and town.get("admin1") == entry.get("admin1") \
                    and town.get("country") == entry.get("country"):
                p.rank = TYPE_RANK["area"]
                if not q.plc_never:
                    q.launch = q.plc_reference = True
                break


def _pl6_partitive(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """The "من" before token ``k`` is partitive, after a word of parts or several places ("في مواقع متفرقة من بلدة
    غوزا", "في أنحاء من ريف إدلب"): the place is where it happened, not a launch site."""
    return k > 1 and tokens[k - 1].norm == "من" and not _words("pl6_")["partitive_words"].isdisjoint(forms[k - 2])


_PL7_OPEN, _PL7_CLOSE = "\"«“'", "\"»”'"


def _pl7_quoted_name(tokens: list[Token], j: int, hi: int) -> int | None:
    """Token ``j`` (after a place designator) opens a quoted name of one to four words closed before ``hi``
    ("بمنطقة "الروابي"", "في حي «النصر»", "بمنطقة "عين الحمراء""): the index of the closing quote, else None. News
    quotes a district or a locality it expects the reader not to know, so the words are a name whatever their form
    (an ending in "ي" included)."""
    if j + 2 >= hi or tokens[j].text not in _PL7_OPEN:
        return None
    for c in range(j + 1, min(hi, j + 6)):
        if tokens[c].text in _PL7_CLOSE:
            return c if c > j + 1 else None
        if tokens[c].kind != "word":
            return None
    return None


def _pl7_opening_quote(tokens: list[Token], k: int, lo: int) -> int:
    """1 when token ``k`` (a place entity's first token) follows an opening quote that itself follows a word
    ("بمنطقة "بينديك"", "في حي «X»"), so the designator stands before the quote; else 0."""
    return 1 if k - 1 > lo and tokens[k - 1].text in _PL7_OPEN and tokens[k - 2].kind == "word" else 0


def _pl7_close_quote(tokens: list[Token], p: "Place", starts: list[int], text: str) -> None:
    """Extend place ``p`` over the closing quote right after it ("منطقة "بينديك""), so its text is balanced."""
    j = bisect_left(starts, p.end)
    if j < len(tokens) and tokens[j].text in _PL7_CLOSE and tokens[j].start - p.end <= 1:  # "ضاحية "سان دوني ""
        p.end = tokens[j].end
        p.text = text[p.start:p.end]


def _pl7_part_of(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """Token ``k`` opens a place in construct after a noun of a part of it that is itself locative ("في قمة جبل X",
    "بمدخل مدينة X", "في سفح جبل X", "بمرتفعات جبال X"): the إضافة carries "في" or "ب" over to the place."""
    if k < 1 or _words("pl7_")["part_nouns"].isdisjoint(forms[k - 1]):
        return False
    part = tokens[k - 1]
    if part.norm.startswith("ال") or part.norm.startswith(("وال", "بال")):
        return False  # a definite noun is no first term of a construct ("القمة جبل")
    return bool(part.splits) and part.text[0] == "ب" or k > 1 and not _LOCATIVE.isdisjoint(forms[k - 2])


def _pl7_head_extend(e: Entity, tokens: list[Token], starts: list[int], hi: int, text: str, lex: Lexicon) -> Entity:
    """A place entity the gazetteer does not know that ends on a word that opens a compound name ("حي أولاد" of "حي
    أولاد شلبي", "منطقة عين" of "منطقة عين الصفصاف", "قرية بني" of "قرية بني خداش"): such a word is the first term of a
    construct (إضافة) and never ends a name, so the entity runs on over the next word (the NER split the name)."""
    words = e.text.split()
    heads = _words("loc_")["name_heads"]
    end = e.end
    for _ in range(2):
        if not words or normalize(words[-1]) not in heads:
            break
        j = bisect_left(starts, end)
        if j >= hi or tokens[j].kind != "word" or tokens[j].start - end > 1 or tokens[j].norm in lex.group_stops \
                or tokens[j].norm in _words("plc_")["name_stops"] or tokens[j].norm in lex.designators:
            break
        end, words = tokens[j].end, words + [tokens[j].text]
    if end == e.end:
        return e
    return Entity(text=text[e.start:end], start=e.start, end=end, label=e.label, kb_id=e.kb_id, canonical=e.canonical)


def _pl8_homonym_in_container(tokens: list[Token], places: list[Place], starts: list[int], lex: Lexicon, kb,
                              text: str) -> None:
    """A known town read from the first word(s) of a village or town name, placed right after in a province or
    district of another country ("في بلدة عدن يبال بإقليم شبيلي الوسطى", "قرية بغداد في ولاية X"): the container says
    where it is, so the name is a homonym the gazetteer lacks, not that town; it runs on over up to two more name
    words before the container ("عدن يبال") and takes its province and country from the container. A reference
    town after a direction (pl17) is read the same way, but only swapped for its namesake in the container's country
    ("كمين للجيش شرق مدينة رفح بمحافظة شمال سيناء": the Egyptian Rafah, which then beats the province for want of
    a place of its own); without a namesake it keeps its entry."""
    for p in places:
        entry = kb.get(p.kb_id) or {}
        if p.launch and not p.plc_reference or not entry or TYPE_RANK.get(entry.get("type"), 9) > TYPE_RANK["city"] \
                or not entry.get("country"):
            continue
        k = bisect_left(starts, p.end)  # the token after the place
        j = k
        while j < len(tokens) and j - k < 2 and tokens[j].kind == "word" and not tokens[j].norm.startswith("ال") \
                and tokens[j].norm not in lex.group_stops and tokens[j].norm not in lex.designators \
                and not (tokens[j].text[:1] == "ب" and tokens[j].splits) and tokens[j].norm != "في" \
                and _DIRECTIONS.isdisjoint([tokens[j].norm]):
            j += 1  # more words of the name ("عدن يبال")
        if j >= len(tokens):
            continue
        if tokens[j].norm == "في":
            opens = {j + 1}
        elif tokens[j].text[:1] == "ب" and tokens[j].splits:
            opens = {j}
        else:
            continue
        for q in places:
            outer = kb.get(q.kb_id) or {}
            if q is p or bisect_right(starts, q.start) - 1 not in opens or not outer.get("country") \
                    or TYPE_RANK.get(outer.get("type"), 0) < TYPE_RANK["district"] \
                    or outer.get("country") in (entry.get("country"), "XX"):
                continue
            name = alias_key(p.text)
            while name and name[0] in lex.designators:
                name = name[1:]  # "مدينة رفح": the name after its designator
            twin = _pl8_namesake(name, outer["country"], kb) if j == k else None
            if twin is not None:  # "مدينة رفح بشمال سيناء": the gazetteer's Rafah of Egypt, not of Gaza
                p.kb_id, p.canonical = twin, kb.get(twin)["canonical"]
                q.launch = q.plc_reference = True
                break
            if p.launch:  # a reference town keeps its entry when no namesake is known
                break
            p.kb_id = p.canonical = None
            p.pl8_homonym = True
            if j > k:
                p.end = tokens[j - 1].end
                p.text = text[p.start:p.end]
            q.launch = q.plc_reference = True
            break


def _pl8_foreign_dateline(doc: Document, end: int, entry: dict, kb) -> bool:
    """The dateline's town (``entry``, the dateline ending at ``end``) is in another country than every place the
    article's body names ("الرباط – «اليوم 24» ... تفجير قاعة «مانشستر أرينا» ... في بريطانيا"): a foreign outlet's
    desk, where the report was filed, not where the events it tells happened; the body's own places say where."""
    countries = set()
    for e in doc.entities:
        body = kb.get(e.kb_id) if e.label in PLACE_LABELS and e.start >= end else None
        if body and body.get("country") not in (None, "XX") and TYPE_RANK.get(body.get("type"), 9) <= TYPE_RANK["country"]:
            countries.add(body["country"])
    return bool(countries) and entry.get("country") not in countries


def _pl8_namesake(key: tuple, country: str, kb) -> str | None:
    """The gazetteer's town, city or village of ``country`` named like ``key`` (an alias key), alone or with a nisba
    adjective after it ("رفح المصرية" for "رفح" in Egypt), else None."""
    if not key:
        return None
    for rest, kb_id in kb.index.get(key[0], []):
        entry = kb.get(kb_id) or {}
        extra = rest[len(key) - 1:]  # nothing, or a nisba adjective ("المصرية")
        if rest[:len(key) - 1] == key[1:] and (not extra or len(extra) == 1 and extra[0].startswith("ال")) \
                and entry.get("country") == country \
                and TYPE_RANK.get(entry.get("type"), 9) <= TYPE_RANK["city"]:
            return kb_id
    return None


@lru_cache(maxsize=1)
def _pl9_site_heads() -> frozenset:
    """Head nouns of sites (with and without the article): the site heads of round 3 and ``pl9_site_heads``."""
    words = _words("pl9_")["site_heads"]
    return _pl6_site_heads() | words | frozenset("ال" + w for w in words)


def _pl9_site(p: "Place", lex: Lexicon, kb) -> bool:
    """Place ``p`` is a site the gazetteer does not know, named by a head noun of sites and its name ("فندق كورنثيا",
    "معسكر الجحفل لتدريب الشرطة", "مستشفى زليتن التعليمي", "المستشارية الثقافية"), not a place designator phrase."""
    words = p.text.split()
    if not words or p.kb_id and kb.get(p.kb_id):
        return False
    head = normalize(words[0])
    heads = _pl9_site_heads()
    return (head in heads or head[:1] in "بلو" and head[1:] in heads) and not _pl3_designated(p, lex)


def _pl9_populated(q: "Place", lex: Lexicon, kb) -> bool:
    """Place ``q`` is a populated place or a named area finer than a province: a village, town, city, district or
    neighbourhood the gazetteer knows, or one opened by such a designator ("بلدة X", "حي X", "مدينة X")."""
    if q.launch or q.plc_never or q.rank == 0 or q.rank > TYPE_RANK["district"]:
        return False
    entry = kb.get(q.kb_id) or {}
    if entry:
        return entry.get("label") in ("GPE", "LOC") and entry.get("type") not in ("province", "region", "country")
    return _pl3_designated(q, lex)


def _pl9_sites_in_towns(tokens: list[Token], places: list["Place"], starts: list[int], lex: Lexicon, kb) -> None:
    """A named site the gazetteer does not know, followed by "في" or the proclitic "ب" and the populated place it lies in
    ("هاجموا فندق X في طرابلس", "استهدف معسكر X لتدريب الشرطة في مدينة زليتن", "مستشفى X بحي Y"), or whose own name is
    in construct with a town the sentence names as a place ("في مستشفى زليتن" beside "في مدينة زليتن"): the site is what
    was hit (the target), the town is where it happened; the site stays a reference point. A site the gazetteer knows
    (an airport, a base with its coordinates) and a province after the site ("معسكر X في منطقة غاو") do not count."""
    for p in places:
        if p.launch or not _pl9_site(p, lex, kb):
            continue
        j = bisect_left(starts, p.end)  # the token after the site's name
        steps = 0
        while j < len(tokens) and steps < 4 and tokens[j].kind == "word" and tokens[j].norm != "في" \
                and not (tokens[j].text[:1] == "ب" and tokens[j].splits) and (
                    tokens[j].norm.startswith(("ال", "ل")) or steps and tokens[j - 1].norm.startswith("ل")):
            j, steps = j + 1, steps + 1  # its adjectives and a "ل" phrase ("لتدريب الشرطة", "الثقافية الإيرانية")
        opens: set[int] = set()
        if j < len(tokens) and tokens[j].norm == "في":
            opens = {j + 1}
        elif j < len(tokens) and tokens[j].text[:1] == "ب" and tokens[j].splits:
            opens = {j}
        name = alias_key(p.text)[1:]
        for q in places:
            if q is p or not _pl9_populated(q, lex, kb):
                continue
            kq = bisect_right(starts, q.start) - 1
            inner = alias_key(q.text)
            while inner and inner[0] in lex.designators:
                inner = inner[1:]  # "مدينة زليتن": the name after its designator
            if kq in opens or inner and q.kb_id and any(name[i:i + len(inner)] == inner for i in range(len(name))):
                p.launch = p.plc_reference = True
                break


def _pl9_treated_at(tokens: list[Token], p: "Place", starts: list[int], forms: list[tuple[str, ...]],
                    lex: Lexicon) -> bool:
    """Place ``p`` follows the treatment of the wounded and its preposition in the same clause ("نقلوا للعلاج في
    X", "يتلقون العلاج في المستشفى الوطني بنيامي", "للعلاج بمستشفى X"): where they are treated, never where it
    happened (a hospital between the treatment and the town is part of the same phrase)."""
    k = bisect_right(starts, p.start) - 1
    treatment = _words("pl9_")["treatment_words"]
    marks = lex.clause_marks | {".", "،", ",", "؛", "(", ")", "«", "»", '"'}
    for j in range(k - 1, max(-1, k - 5), -1):
        if tokens[j].text in marks:
            return False
        if not treatment.isdisjoint(forms[j]):
            after = tokens[j + 1]
            return after.norm == "في" or after.text[:1] == "ب" and bool(after.splits)
    return False


def _pl9_description(e: Entity, tokens: list[Token], starts: list[int], hi: int, forms: list[tuple[str, ...]],
                     lex: Lexicon, kb) -> bool:
    """A place entity the gazetteer does not know that is a designator and an indefinite adjective of the kind of an
    area ("قرية حدودية", "منطقة جبلية", "بلدة نائية", "حي سكني"): a description, no name ("على قرية حدودية في منطقة X":
    the named place after it is where it happened); a name the gazetteer lacks, even one that ends like an adjective
    ("منطقة بيشتية", "حي فالادي", "قرية سرمانية الغاب"), is kept."""
    if e.kb_id and kb.get(e.kb_id) or len(e.text.split()) != 2:
        return False
    k = bisect_right(starts, e.start) - 1
    j = k + 1
    if j >= hi or tokens[j].end != e.end:
        return False
    if not any(f in lex.designators for f in forms[k]):
        return False
    adjectives = _words("pl9_")["area_adjectives"] | _words("pl6_")["site_adjectives"]
    return tokens[j].kind == "word" and tokens[j].norm in adjectives and not _pl2_construct_name(tokens, j, hi, lex)


def _pl10_dual_singular(word: Token, lex: Lexicon) -> tuple[str, int] | None:
    """The place designator of a dual in construct ("قريتا", "قريتي", "بلدتي", "مدينتا", "منطقتي", "مخيمي"): its label and
    rank, from the singular (the dual ending "ا"/"ي" off, "ت" back to "ة"), else None. Not a possessive "قريتي" of a
    designator the text spells otherwise: the caller needs two names after it."""
    norm = word.norm
    if len(norm) < 4 or norm[-1] not in "اي" or norm.startswith("ال"):
        return None
    stem = norm[:-1]
    singular = normalize(stem[:-1] + "ة") if stem.endswith("ت") else stem
    found = lex.designators.get(singular)
    return found if found is not None and found[0] in ("GPE", "LOC") else None


def _pl10_dual_places(tokens: list[Token], lo: int, hi: int, covered: set[int], lex: Lexicon,
                      text: str) -> list["Place"]:
    """The first of two places named after a dual designator in construct, "قريتا X وY", "على قريتي X وY في ولاية Z",
    "بين بلدتي X وY" (the dual is the first term, the two names joined by "و" the second): X, a place of the singular's
    rank (a village, a town), when the gazetteer did not already name it. The record of one event in the two places
    takes the first (the spec's one record per event; a toll split by village is not split here)."""
    out = []
    for k in range(lo, hi - 2):
        found = _pl10_dual_singular(tokens[k], lex) if tokens[k].kind == "word" else None
        if found is None:
            continue
        j = k + 1
        quoted = tokens[j].text in _PL7_OPEN
        if quoted:
            j += 1
        first, end = j, None
        while j < hi and j - first < 3 and tokens[j].kind == "word" and tokens[j].start not in covered \
                and (j == first or not tokens[j].text.startswith("و")) and tokens[j].norm not in lex.group_stops \
                and tokens[j].norm not in lex.designators and _DIRECTIONS.isdisjoint([tokens[j].norm]) \
                and not (tokens[j].text[:1] == "ب" and tokens[j].splits):
            end, j = j, j + 1
        if end is None:
            continue
        if quoted:
            if j >= hi or tokens[j].text not in _PL7_CLOSE:
                continue
            j += 1
        if j >= hi or not tokens[j].text.startswith("و") or tokens[j].kind != "word" and tokens[j].text != "و":
            continue  # no second name: "قريتي" alone may be "my village"
        out.append(Place(tokens[first].start, tokens[end].end, text[tokens[first].start:tokens[end].end], found[1],
                         None, None))
    return out


def _pl10_prayer_time(e: Entity, tokens: list[Token], starts: list[int], forms: list[tuple[str, ...]]) -> bool:
    """A place entity right after the noun of a prayer or its call ("بعد صلاة المغرب", "مع أذان المغرب"): the sunset
    prayer, a time of day, not Morocco."""
    k = bisect_right(starts, e.start) - 1
    return k > 0 and tokens[k].start == e.start and not _words("pl10_")["prayer_words"].isdisjoint(forms[k - 1])


def _pl10_contained(doc: Document, e: Entity, kb) -> "tuple[Place, list[Place]] | None":
    """The place the town entity ``e`` holds when it is named right after it with "ب" or "في" ("بالقرب من جبل المغيلة
    بسيدي بوزيد", "في قرية X بولاية Y"): the finer place the town stands for as the article's first town, else None."""
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    k = bisect_right(starts, e.start) - 1
    lo = max(0, k - 8)
    for j in range(k - 1, lo - 1, -1):
        if tokens[j].text in ".،,؛:!?؟":
            lo = j + 1
            break
    hi = min(len(tokens), bisect_left(starts, e.end) + 1)
    if k - lo < 2:
        return None
    found = _places(doc, lo, hi, kb, lexicon(), starts)
    town = next((p for p in found if p.start <= e.start < p.end), None)
    if town is None or not town.plc_reference:
        return None
    inner = [p for p in found if p.end <= town.start and not p.launch and p.rank <= town.rank]
    return (max(inner, key=lambda p: p.end), found) if inner else None


def _pl12_across_border(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """The place from token ``k`` is the neighbour after a border word and "مع" ("فروا باتجاه الحدود مع X", "قرب
    الحدود مع X"), or a second one joined to it by "و" ("في المثلث الحدودي مع X وY"): the other side of the border,
    never where it happened. An example of ours: "تسلل مسلحون عبر الشريط الحدودي مع تشاد وهاجموا مخفرا"."""
    borders = _words("pl12_")["border_words"]
    for j in range(k - 1, max(0, k - 6), -1):
        if tokens[j].kind != "word":
            return False
        if tokens[j].norm == "مع":
            return not borders.isdisjoint(forms[j - 1]) and (j == k - 1 or tokens[k].text.startswith("و"))
    return False


def _pl12_group_area(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """The place from token ``k`` follows "في", and maybe a direction, right after a word of a group being active or
    based ("جماعات مسلحة تنشط في X", "الجماعة الناشطة في X", "التحالف المتمركز في شرق X"): the area a group works in,
    not where this event happened. An example of ours: "وتتهم السلطات خلايا تنشط في شمال البلاد بتنفيذ الهجوم"."""
    j = k - 1
    if j > 0 and not _DIRECTIONS.isdisjoint(forms[j]):
        j -= 1  # "في شرق X"
    return j > 0 and tokens[j].norm == "في" and not _words("pl12_")["area_words"].isdisjoint(forms[j - 1])


def _pl14_site_towns(tokens: list[Token], lo: int, hi: int, forms: list[tuple[str, ...]], taken: set[int], lex: Lexicon,
                     kb, text: str) -> list[Place]:
    """A site head noun in construct with a name, bare or quoted, whose first word(s) the gazetteer knows as a town or
    a city ("تفجير قاعة «X أرينا»", "اقتحام مدرسة X", "ملعب X الدولي"), in a clause that names no town of its own: a site
    is named after the town it stands in, so the town is where it happened (the site is the target). Not after a word of
    destination ("نقلوا إلى مستشفى X") nor a treatment. An example of ours: "قتل حارسان في هجوم على فندق «بنزرت بالاس»
    ليلة أمس" (Bizerte)."""
    heads = _pl9_site_heads()
    treatment = _words("pl9_")["treatment_words"]
    out: list[Place] = []
    for k in range(lo, hi - 1):
        if heads.isdisjoint(forms[k]) or tokens[k].norm.startswith("ال"):
            continue  # the head of a construct is indefinite ("قاعة X", not "القاعة")
        if k > lo and (tokens[k - 1].norm in lex.destination_words or not treatment.isdisjoint(forms[k - 1])):
            continue
        j = k + 1
        if tokens[j].text in _PL7_OPEN:
            j += 1
        if j >= hi or tokens[j].kind != "word" or tokens[j].start in taken:
            continue
        for n in (2, 1):  # the longest name the gazetteer knows
            if j + n > hi or any(t.kind != "word" for t in tokens[j:j + n]):
                continue
            kb_id = _kb_alias(kb, alias_key(text[tokens[j].start:tokens[j + n - 1].end]), lambda entry: entry.get(
                "label") == "GPE" and TYPE_RANK.get(entry.get("type"), 9) <= TYPE_RANK["city"])
            if kb_id is not None:
                entry = kb.get(kb_id)
                end = tokens[j + n - 1].end
                out.append(Place(tokens[j].start, end, text[tokens[j].start:end], TYPE_RANK.get(entry["type"], 3),
                                 kb_id, entry["canonical"]))
                break
    return out


def _pl14_toll_clause(doc: Document, noun: int, j: int, trigger: Match, starts: list[int],
                      forms: list[tuple[str, ...]]) -> bool:
    """Right after an event noun and its place (from token ``j``), maybe a day or a time between commas, a relative
    pronoun opens a clause with a verb of the toll ("اعتداءات X الثلاثاء الماضي، والتي خلفت ... قتيلا", "هجوم X الذي
    أودى بحياة ..."), and the trigger comes before that clause: the toll is the named event's, so the record is that
    event and the name's place is where it happened. An example of ours: "اعتقلت الشرطة شقيق الانتحاري الذي نفذ تفجير
    مومباسا أمس الأول، والذي أسفر عن مقتل سبعة أشخاص" (Mombasa). Not when a toll comes between the trigger and the noun
    ("قتل ثلاثة أمس ... بعد أشهر من تفجير X الذي أودى بحياة": the trigger's own event, X another one's), nor when the
    trigger is an event noun of its own ("شنت غارات على معسكرات ... خططت لهجوم X الذي أسفر عن ...")."""
    lx = _words("pl14_")
    tokens, lex = doc.tokens, lexicon()
    first = bisect_right(starts, trigger.start) - 1
    if not (_words("plc_")["event_nouns"] | _words("dat_")["event_nouns"]).isdisjoint(forms[first]):
        return False  # "شن غارات على معسكرات ... بعد التخطيط لهجوم X الذي أسفر": the trigger is an event of its own
    if first >= noun or lex.killed.find(tokens, doc.text, first, noun) or lex.wounded.find(tokens, doc.text, first, noun):
        return False
    for k in range(j, min(len(tokens), j + 6)):
        if tokens[k].norm in (".", "!", "?", "؟", "؛", ":") or not _words("plc_")["event_nouns"].isdisjoint(forms[k]):
            return False
        if not lx["relatives"].isdisjoint(forms[k]):
            return trigger.start < tokens[k].start and k + 1 < len(tokens) \
                and not lx["toll_verbs"].isdisjoint(forms[k + 1])
    return False


def _pl15_middle_of(tokens: list[Token], k: int, forms: list[tuple[str, ...]], ends: set[int]) -> bool:
    """The place from token ``k`` follows "وسط" right after another place ("على حي الروضة وسط مدينة مأرب", "في منطقة
    الجفرة وسط ليبيا"): like a direction, "وسط" tells where the place before it lies, so the one after is its reference
    point (its coordinates, province and country), not a rival place; "انفجار وسط بغداد" (no place before) keeps
    Baghdad. An example of ours: "سقطت قذيفة على حي التحرير وسط مدينة بعقوبة" (the neighbourhood, in Baqubah)."""
    return k > 1 and k - 2 in ends and not _words("pl15_")["middle_words"].isdisjoint(forms[k - 1])


def _pl16_frame_places(doc: Document, places: list[Place], trigger: Match, starts: list[int],
                       forms: list[tuple[str, ...]]) -> None:
    """A place named after the trigger in its own clause ("احتجاجا على قصف استهدف قرية في ريف X", "جنازة الصحفي الذي
    اغتيل أمس في مديرية X") is where the event was; a finer place named before the trigger is the frame of what is
    told about it (where people mourned, protested, landed or spoke), not a rival, nor a reference point (it may lie
    far away); not a town the broader place after the trigger holds ("في مدينة الموصل، قتل شخصان بهجوم على حاجز في
    محافظة نينوى": Mosul). An example of ours: "أقيمت في مدينة إب جنازة الناشط الذي اغتيل أمس برصاص مسلحين في
    مديرية العدين" (the district, not the city of the funeral)."""
    tokens = doc.tokens
    t = bisect_right(starts, trigger.start) - 1
    marks = {".", "!", "?", "؟", "؛", "،", ",", ";", ":"}
    designators = lexicon().designators
    after = []
    for p in places:
        k = bisect_right(starts, p.start) - 1
        if p.launch or not p.locative or k <= t or k - t > 12 or p.rank >= TYPE_RANK["country"]:
            continue
        first = normalize(p.text.split()[0]) if p.text.split() else ""
        if not p.kb_id and first.startswith("ال") and first[2:] in designators:
            continue  # "في البلدة الواقعة بريف X": the town named before, not a place of its own
        if any(tok.text in marks for tok in tokens[t:k]):
            continue
        after.append(p)
    if not after:
        return
    best = min(after, key=lambda p: p.rank)
    outer = load_kb().get(best.kb_id) or {}
    for q in places:
        if q.launch or q.start >= trigger.start or q.rank >= best.rank:
            continue
        if outer.get("type") in ("district", "province", "region") and outer.get("admin1") \
                and (load_kb().get(q.kb_id) or {}).get("admin1") == outer["admin1"]:
            continue  # "في مدينة X، قتل ... بهجوم على حاجز في محافظة Y": the town lies in the province named after
        q.launch = True  # not a reference point either: the frame may be far away


def _pl16_site_before_direction(tokens: list[Token], places: list[Place], starts: list[int],
                                forms: list[tuple[str, ...]], lex: Lexicon, text: str, lo: int,
                                covered: set[int]) -> list[Place]:
    """A site or street named by its head noun and a name of one or two words, right before the direction whose
    reference point is a town ("عند بوابة X غرب مدينة Y", "في جادة X جنوب شرقي Y"), after a word that puts the event
    there ("عند", "في", "قرب", "أمام" or "ب"): the site is where it happened (with the town's coordinates), though the
    gazetteer does not know its name; the direction says where it lies. An example of ours: "انفجرت عبوة عند حاجز
    السلام شمال مدينة الرمادي" (the checkpoint, in Ramadi)."""
    lx = _words("pl16_")
    heads = _words("pl9_")["site_heads"] | _plc_site_words() | lx["street_words"]
    taken = {bisect_right(starts, p.start) - 1 for p in places} | {bisect_left(starts, p.end) - 1 for p in places}
    out: list[Place] = []
    for q in places:
        if not q.plc_reference or q.plc_never or not q.kb_id:
            continue
        d = bisect_right(starts, q.start) - 1  # the token the town starts in
        if d < 1 or _DIRECTIONS.isdisjoint(forms[d - 1]):
            continue
        d -= 1
        if d > 0 and not _DIRECTIONS.isdisjoint(forms[d - 1]):
            d -= 1  # "جنوب شرقي موسكو"
        for h in (d - 2, d - 3):  # the head, then one or two words of name
            if h < lo or heads.isdisjoint(forms[h]) or tokens[h].norm.startswith("ال"):
                continue
            name = tokens[h + 1:d]
            if any(t.kind != "word" or t.norm in lex.group_stops or t.start in covered for t in name) \
                    or any(j in taken for j in range(h, d)) or _pl6_generic_site(text[tokens[h].start:tokens[d - 1].end], lex):
                break  # "في مجمع للمدارس شمالي X": a site named by its kind only
            if not name[0].norm.startswith("ال") and name[0].norm.endswith("ه"):
                break  # "بدورية مراقبة غرب ميناء X": an indefinite noun, no name
            at = tokens[h].text[:1] == "ب" and bool(tokens[h].splits) or h > lo and tokens[h - 1].norm in lx["at_words"]
            if at:
                start = next((s for s, f in name_forms(tokens[h], text) if f in heads), tokens[h].start)
                out.append(Place(start, tokens[d - 1].end, text[start:tokens[d - 1].end], TYPE_RANK["area"], None, None))
            break
    return out


def _pl16_source_place(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """The place from token ``k`` follows a source of the report and "في", with at most two words (an institution
    of the place) after "في" and two (the source's adjectives) before it ("وفق ما نقلته وسائل إعلام عن مصدر طبي في
    مستشفى X", "وقال مصدر في شرطة X لوكالة ... إن", "وفق مصدر أمني في قيادة عمليات X"): where the source is, not
    where it happened. An example of ours: "أكد مصدر طبي في مستشفى الجمهورية بمدينة عدن وصول جثث ثلاثة جنود قتلوا
    في هجوم على نقطة تفتيش في مديرية أحور" (the district; the hospital and Aden are the source's)."""
    sources = _words("pl16_")["source_nouns"]
    marks = {".", "!", "?", "؟", "؛", "،", ",", ";", ":", "(", ")", "«", "»", '"'}
    for f in range(k - 1, max(-1, k - 4), -1):
        if tokens[f].text in marks:
            return False
        if tokens[f].norm == "في":
            for s_ in range(f - 1, max(-1, f - 4), -1):
                if tokens[s_].text in marks:
                    return False
                if not sources.isdisjoint(forms[s_]):
                    return True
            return False
    return False


def _pl16_day_in_name(p: Place, t, starts: list[int]) -> bool:
    """A time expression that lies inside place ``p`` after its first word, a weekday in a market's or a district's
    name ("حي سوق الجمعة", "منطقة سوق الخميس", "سوق الأحد"): part of the name, so the place stays; a place that the
    time expression opens or holds ("أغسطس/أب") is none. An example of ours: "سقطت قذيفة على سوق الثلاثاء في بلدة
    X" (the market keeps its name)."""
    return p.start < t.start and t.end <= p.end and bisect_right(starts, t.start) - 1 > bisect_right(starts, p.start) - 1


def _pl16_fled_to(k: int, forms: list[tuple[str, ...]]) -> bool:
    """The place from token ``k`` follows a destination word ("إلى", "نحو", "باتجاه") after a word of flight or
    withdrawal within three words ("فر الباقون باتجاه X", "انسحاب المهاجمين باتجاه X", "لاذوا بالفرار نحو X"): where
    the attackers went afterwards, never where it happened, not even for want of another place. An example of ours:
    "قتل جندي في هجوم على حاجز، ثم فر المهاجمون باتجاه بلدة الكرمة" (the checkpoint's place, not Karma)."""
    flight = _words("pl16_")["flight_words"]
    return any(not flight.isdisjoint(forms[j]) for j in range(max(0, k - 4), k - 1))


def _pl17_container_of(tokens: list[Token], k: int, p: "Place", ends: set[int], lex: Lexicon) -> bool:
    """The place at token ``k`` is a province or district opened by "من" right after a place or a name with "ب" on it
    ("بجبل X من ولاية Y", "بمعتمدية X من ولاية Y", "مركز الحرس بتلابت من ولاية Y"), as the Maghreb press writes
    what holds a place: where the place before lies, as after "ب" ("بتلابت بولاية Y"), not a launch site. Not
    after any other word ("قادمين من ولاية X", "مواطن من محافظة X": where someone came from). An example of ours:
    "تصدى أعوان مركز الأمن بتلابت من ولاية القصرين لهجوم مسلح" (the province, for want of the village the gazetteer
    lacks). The province then shares the lot of the place before it (a home town's, a reference point's)."""
    if k < 2 or tokens[k - 1].norm != "من" or p.rank < TYPE_RANK["district"]:
        return False
    before = tokens[k - 2]
    return k - 2 in ends or before.kind == "word" and before.text[:1] == "ب" and bool(before.splits) \
        and not before.text[1:].startswith("ال") and before.norm not in lex.group_stops


def _pl17_owned_site(name: str) -> bool:
    """A site named by its head noun (an embassy, a consulate, a base, a company's plant: ``_plc_site_words``,
    ``_pl9_site_heads``), whose nationality adjective names its owner, not the country it stands in ("قرب المستشارية
    الثقافية الإيرانية", "أمام القنصلية الفرنسية", "قاعدة حرير الأمريكية"): with no town named with it, the country
    is left to the article (its dateline or first town), not taken from the adjective. An example of ours: "انفجرت
    عبوة قرب السفارة التركية صباح اليوم" in an article from Kabul (Afghanistan, not Turkey)."""
    words = [normalize(w) for w in name.split()]
    heads = _plc_site_words() | _pl9_site_heads() | _words("pl17_")["owned_sites"]
    return bool(words) and (words[0] in heads or words[0].startswith("ال") and words[0][2:] in heads)


def _pl18_quarter_of(quarter: "Place | None", city: "Place", kb) -> bool:
    """Place ``quarter`` is a district of the gazetteer that the text names as an area ("منطقة X", "حي X") in the
    province of the city ``city``, no farther than 15 km from it when both have coordinates: a quarter of that city
    (Aden's and Sanaa's districts are its quarters), finer than the city, which a later sentence naming the city does
    not replace. An example of ours: "فجر انتحاري نفسه قرب مركز للشرطة في منطقة التواهي. وكان هجوم سابق في عدن قد
    أودى بحياة 20 جنديا": Tawahi, not Aden."""
    if quarter is None or quarter.launch:
        return False
    a, b = kb.get(quarter.kb_id) or {}, kb.get(city.kb_id) or {}
    if a.get("type") != "district" or b.get("type") != "city" or not a.get("admin1") \
            or a.get("admin1") != b.get("admin1") or not _pl18_area_named(quarter.text):
        return False
    if a.get("lat") is None or b.get("lat") is None:
        return True
    return abs(a["lat"] - b["lat"]) <= 0.14 and abs(a["lon"] - b["lon"]) <= 0.14


_PL18_AREA_WORDS = frozenset(normalize(w) for w in ("منطقة", "حي"))


def _pl18_area_named(text: str | None) -> bool:
    """A place named as an area or a neighbourhood: "منطقة X", "حي X" (a designator and a name after it)."""
    words = normalize(text or "").split()
    return len(words) > 1 and words[0] in _PL18_AREA_WORDS


def _pl18_site_area(site: "Place", q: "Place", lex: Lexicon) -> bool:
    """Place ``q`` is an area or a neighbourhood that may hold the known site ``site`` something happened near ("قرب
    السفارة الأمريكية في المنطقة الخضراء", "قرب مطار X في حي Y"): the site (a base or facility of the gazetteer, rank 0)
    is the reference point of the area, as a hotel is of the neighbourhood after it (``_pl3_near_sites``); not of a town
    or a city ("قرب معسكر X في مدينة Y": the camp stays). An example of ours: "سقطت قذيفة قرب مطار المدينة في حي
    الأندلس": the neighbourhood."""
    if site.rank != 0 or not 0 < q.rank <= TYPE_RANK["area"]:
        return False
    first = normalize(q.text.split()[0]) if q.text.split() else ""
    first = first[2:] if first.startswith("ال") else first  # "المنطقة الخضراء"
    return lex.designators.get(first, ("",))[0] == "LOC"


def _pl18_site_named_org(tokens: list[Token], e: Entity, starts: list[int], forms: list[tuple[str, ...]], kb,
                         text: str) -> Entity | None:
    """An organisation the gazetteer lacks, opening with a building word (pl9_site_heads) or right after one (quotes
    between allowed), whose name holds a town or city the gazetteer knows ("نزل امبريال سوسة" tagged whole, or "بنزل
    امبريال سوسة" where the model tags "امبريال سوسة" alone): a building named with the town it stands in, not an
    organisation, so the town is where it happened, as ``_pl14_site_towns`` reads a town right after the building word
    ("قاعة «ليفربول أرينا»"); the town as a place entity. An example of ours: "انفجرت قنبلة أمام مطعم النخيل بنزرت"."""
    heads = _words("pl9_")["site_heads"]
    j = bisect_right(starts, e.start) - 1
    if heads.isdisjoint(forms[j]):  # not "نزل امبريال سوسة" tagged whole: the word before it
        j -= 1
        while j >= 0 and tokens[j].text in _PL7_OPEN:
            j -= 1
        if j < 0 or heads.isdisjoint(forms[j]):
            return None
    first, last = bisect_right(starts, e.start), bisect_left(starts, e.end) - 1
    for k in range(max(first, j + 1), last + 1):
        for n in (2, 1):  # the longest name the gazetteer knows
            if k + n - 1 > last:
                continue
            kb_id = _kb_alias(kb, alias_key(text[tokens[k].start:tokens[k + n - 1].end]), lambda entry: entry.get(
                "label") == "GPE" and TYPE_RANK.get(entry.get("type"), 9) <= TYPE_RANK["city"])
            if kb_id is not None:
                end = min(tokens[k + n - 1].end, e.end)
                return Entity(text=text[tokens[k].start:end], start=tokens[k].start, end=end, label="GPE",
                              kb_id=kb_id, canonical=kb.get(kb_id)["canonical"])
    return None
