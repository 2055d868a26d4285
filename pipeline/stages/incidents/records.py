"""The incidents stage itself: ``extract`` walks the sentences, detects events,
fills one record per trigger (``_record``), runs the article passes and merges.
"""

from __future__ import annotations

from datetime import date as _date, timedelta

from ...core import registry
from ...document import Document, Incident, Timex
from ...kb import load_kb
from ...matcher import Match
from ..normalize import normalize
from .actors import _ac16_parent_of_branch, _accused, _acknowledged, _actor, _claimed, _target
from .article import (
    _ac6_claim_clauses, _art_actors, _cs9_revised_tolls, _clm_move_claims, _late_accusations, _late_claims, _late_lists, _late_tolls,
    _title_claim, _ac9_state_claims, _ac13_raid_claims, _ac18_evidence_killers,
)
from .casualties import _cas_clause_tolls, _cs13_reported_later, _munitions, _no_casualties, _tol_restated, casualties
from .dates import (
    DAT_SOME, _dat_coarse, _dat_evidence_day, _dat_future, _dat_condemned, _dat_recalled, _dat_relative,
    _da12_named_recalled, _da12_toll_update, _da12_undated_story, _da15_known_event, _da15_nearest_coarse,
    _dat_report_day, _dat_told_coarse, _names_day,
    _report_date, _since, _da5_recalled_undated, _da6_next_day, _da10_dated_before, _da10_later_action,
    _da10_new_year_night, _da10_pluperfect_time, _mg13_lapse_timex, _da11_days_ago, _da11_next_day, _da11_opening_lapse,
)
from .detection import (
    _between_sides, _clauses, _det_aimed, _det_anaphoric, _det_blasts, _evt_appeal, _evt_armed_victims,
    _evt_attack_verbs, _evt_car_blasts, _evt_claimed, _evt_happened, _evt_headlines, _evt_killings, _evt_lexicon,
    _evt_many_attacks, _evt_march, _evt_occurrences, _evt_operations, _evt_out_of_scope, _evt_recalled, _evt_seized,
    _evt_shelling, _evt_split_fire, _evt_struck, _evt_suicides, _evt_whether, _filters, _generic, _is_total, _own_event,
    _wpn_unarmed,
    _pr2_riot, _prc_used, _rec_aim_verbs, _rec_exposed, _rec_occurred, _wpn_trigger, _wpn_vague,
    _dt8_eliminated, _dt8_hostages, _dt8_told, _dt9_anniversary, _dt10_undertaken, _wp5_security_side,
    _dt11_occurred_relative, _dt12_analysis, _dt12_found_and_destroyed, _dt13_rammings, _dt14_recalled_phrase,
    _dt14_tried_event, _dt15_neutralized, _dt15_told, _dt17_led_away, _dt17_led_told, _dt17_raid_deaths,
    _dt18_told_in_full,
    _mg10_ceasefire, _mg10_habitual, _mg10_period_total, _mg11_aggregate, _mg12_rate, _wp7_suicide_vehicles,
    _wp6_lapse_side, _dt16_told_relative, _wp8_ambushed_civilians, _wp8_clash_verb, _wp9_civilian_place,
    _wp9_civilian_convoy, _dt24_described_killing, _wp12_armed_abductors, _wp12_repelled,
)
from .lexicon import TYPE_RANK, Lexicon, _day, _doc_forms, _in, _month, _tok_range, lexicon
from .merging import (
    PL13_NOT_IN_CLAUSE, _evt_join, _evt_retold, _fp_device_named, _fp_one_site, _fp_month_day, _fp_nearby, _mg3_known,
    _mg3_known_join, _mrg_follow, _wn_elsewhere, _wn_locs, merge, _mg4_opens_another, _mg4_told_day_join,
    _mg5_pluperfect_day, _mg6_occurred_day, _mg6_place_lists, _mg6_recalled_after, _mg6_recalls_earlier,
    _mg6_toll_clause_join, _mg7_retold_place, _mg8_clause_time, _mg8_lapse_year, _mg9_background, _mg10_borrowed_join,
    _mg13_definite_first, _mg13_said_join, _mg17_known_elsewhere, _mg17_same_dead,
)
from .places import (
    _choose_place, _dateline_place, _pl3_detail_place, _loc_finer, _location, _main_town, _places, _plc_article_country, _plc_other_events,
)
from .places import _pl18_quarter_of


def _by_start(found: list[Match], more: list[Match]) -> list[Match]:
    """Two lists of matches as one, in text order."""
    return sorted(found + more, key=lambda m: m.start)


def extract(doc: Document, window: int = 1) -> list[Incident]:
    lex = lexicon()
    kb = load_kb()
    countries = kb.countries
    tokens, text = doc.tokens, doc.text
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    PL13_NOT_IN_CLAUSE.set(set())
    records: list[tuple[Incident, bool, bool]] = []  # (record, is a summary, date carried over)
    last_day: str | None = None
    last_place: dict | None = None
    scanned = 0  # the sentences before it were looked at for the first place of the article
    fallbacks: list = []  # the dateline's town and the article's first town, when first needed
    used_sentences: set[int] = set()
    broad_ids: set[int] = set()  # records whose place is a district, province or country (or none)
    vague_ids: set[int] = set()  # records of an explosion with no named device
    anaphoric_ids: set[int] = set()  # records told with the article ("المسلحين هاجموا", "الصاروخ سقط")
    retold_ids: set[int] = set()  # records told only as "الهجوم" ("أسفر الهجوم عن مقتل 25")
    said_ids: set[int] = set()  # records dated only by the day the event was told
    recall_ids: set[int] = set()  # undated records of the event a recall sentence names after its lapse
    known_ids: dict[int, str] = {}  # records told as a known event ("هذا الهجوم", "الهجوم الذي استهدف")
    follow_ids: set[int] = set()  # records of a clause with no day of its own, going on with the story before it
    report_ids: set[int] = set()  # records dated only by the publication day (no day named)
    passing_ids: set[int] = set()  # records of an event told in passing in a relative clause ("الهجوم الذي جد في X")
    clash_ids: set[int] = set()  # records told as a clash ("تبادل لإطلاق النار"), not as an attack on security forces
    unarmed_ids: set[int] = set()  # records of an attack whose clause names no weapon ("الهجوم الإرهابي", "الهجمات")
    sents = doc.sentences
    found: dict[tuple[int, int], list[Match]] = {}

    def weapons_in(lo: int, hi: int) -> list[Match]:
        """The weapon mentions in tokens [lo, hi) (a sentence), looked up once."""
        if (lo, hi) not in found:
            found[lo, hi] = lex.weapons.find(tokens, text, lo, hi)
        return found[lo, hi]

    def names_place(lo: int, hi: int) -> bool:
        """Tokens [lo, hi) name a place where something happened (not where a weapon was launched from)."""
        return any(not p.launch for p in _places(doc, lo, hi, kb, lex, starts))

    def place_before(si: int) -> dict | None:
        """The place of the last record, else the first place named in the sentences before ``si``."""
        nonlocal last_place, scanned
        while last_place is None and scanned < si:
            sent = sents[scanned]
            scanned += 1
            s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
            if s_hi > s_lo:
                named = _places(doc, s_lo, s_hi, kb, lex, starts)
                first = _choose_place([p for p in named if not p.launch], sent.start)
                if first is not None:  # "في ساحة سان كارلو وسط تورينو": the town with it gives its province
                    last_place = _location(first, named, kb)
                    if last_place["country"] is None:
                        last_place["country"] = _plc_article_country(doc, kb)
        return last_place

    for si, sent in enumerate(sents):
        s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
        if s_hi <= s_lo:
            continue
        if _evt_headlines(text[sent.start:sent.end]):
            continue  # a digest's list of other articles' headlines
        sent_times = [t for t in doc.timexes if _in(t, sent.start, sent.end) and not _dat_future(t, doc.published)]
        # "وبعد أقل من شهر، فجر انتحاري نفسه ...": a lapse from the event told before, not from the publication day
        lapse = _da11_opening_lapse(doc, s_lo, s_hi)
        if lapse is not None:
            sent_times = [t for t in sent_times if t.start >= lapse[1]]
        all_weapons = [m for m in weapons_in(s_lo, s_hi) if not _evt_march(tokens, m, s_lo, s_hi, text)
                       and not _evt_seized(tokens, m, s_lo, text, lex) and not _evt_appeal(tokens, m, s_lo, s_hi, text)
                       and not _dt12_found_and_destroyed(tokens, m, s_lo, text, lex)
                       and not _mg10_ceasefire(tokens, m, text)]  # "وقفا شاملا لإطلاق النار"
        all_weapons = _evt_armed_victims(tokens, s_lo, text, lex, all_weapons)  # "قتلت الشرطة خمسة مسلحين"
        all_weapons = _prc_used(tokens, s_lo, s_hi, text, lex, all_weapons)  # before the finders: they may find more
        taken = sent.start in used_sentences  # by the record of an earlier sentence, for its toll
        # events the weapon terms miss, each finder seeing what the ones before it found
        all_weapons = _by_start(all_weapons, _evt_suicides(tokens, s_lo, s_hi, text, all_weapons, lex))
        all_weapons = _by_start(all_weapons, _evt_car_blasts(tokens, s_lo, s_hi, text, all_weapons, lex))
        all_weapons = _by_start(all_weapons, _evt_split_fire(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_attack_verbs(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt13_rammings(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_killings(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt17_raid_deaths(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _rec_aim_verbs(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_operations(tokens, s_lo, s_hi, text, lex, all_weapons, taken))
        all_weapons = _by_start(all_weapons, _evt_shelling(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt8_eliminated(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt15_neutralized(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt8_hostages(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt17_led_away(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _dt10_undertaken(tokens, s_lo, s_hi, text, lex, all_weapons))
        blasts = [m for m in _det_blasts(tokens, s_lo, s_hi, text, all_weapons, lex) if _det_aimed(tokens, m, s_hi, text, lex, s_lo)]
        if blasts:  # "انفجار هز سوقا": an explosion with no named device
            all_weapons = _by_start(all_weapons, blasts)
        all_weapons = _prc_used(tokens, s_lo, s_hi, text, lex, all_weapons)  # a missile test, "النار على الخطة"
        told_anniversaries: list[tuple[int, int]] = []  # an anniversary that tells its attack in full, to where

        def told_in_full(a: int, end: int) -> bool:
            told = _dt18_told_in_full(tokens, a, end, sent_times, doc.published, names_place, lex)
            if told is not None:
                told_anniversaries.append((a, told))
            return told is not None
        all_weapons = _dt9_anniversary(tokens, s_lo, s_hi, text, all_weapons, told_in_full)  # "الذكرى العاشرة لهجوم"
        denials = [m for m in lex.sentence_filters.find(tokens, text, s_lo, s_hi)
                   if not _evt_whether(tokens, m, s_lo, text)] if all_weapons else []
        for lo, hi in _clauses(tokens, s_lo, s_hi, all_weapons, text, lex):
            # "أحيا أهالي X الذكرى الأولى للهجوم الذي ... في 3 آذار 2015، بوقفة أمام النصب": the attack is told from
            # the anniversary up to the ceremony; the words around it are the ceremony's
            full_hi, told_at = hi, [(a, cut) for a, cut in told_anniversaries if lo <= a < hi]
            if told_at:
                lo, hi = told_at[0]
            c_start, c_end = tokens[lo].start, tokens[hi - 1].end
            weapons = [m for m in all_weapons if lo <= m.first < hi]
            if any(m not in blasts and not _generic(m, tokens, text, lex) for m in weapons):
                weapons = [m for m in weapons if m not in blasts]  # "انفجار عبوة ناسفة": the device is the trigger
            only_blasts = _wpn_vague(tokens, lo, hi, text, lex, weapons, blasts)  # no device named
            times = [t for t in sent_times if _in(t, c_start, c_end)]
            day_times = [t for t in times if _names_day(t, tokens, text, starts)]
            own_days = [t for t in day_times if not _report_date(t, tokens, text, starts, lex)]
            recalled = any(_evt_recalled(tokens, m, hi, text, lex, own_days) for m in weapons) \
                or bool(own_days) and any(m in blasts and _evt_struck(tokens, m, s_lo, hi, text, lex) for m in weapons) \
                or any(_evt_claimed(tokens, m, lo, text, lex) for m in weapons) \
                and names_place(lo, hi)
            recalled = recalled or any(_rec_exposed(tokens, m, lo, text, lex) for m in weapons)  # "تعرضت دورية لهجوم"
            recalled = recalled or _mg6_recalled_after(tokens, lo, hi, weapons)  # "ويأتي ذلك بعد أسابيع من هجوم .."
            # an event told in passing in a relative clause with where it happened ("العملية الإرهابية التي جدت بنزل X
            # بسوسة", in a sentence on what a doctor said): a record; its words start at the event noun
            # the clause's own word of occurrence or toll: computed once, read by the passing test and by `signalled`
            told_here = bool(_evt_occurrences(tokens, lo, hi, text, lex) or lex.killed.find(tokens, text, lo, hi)
                             or lex.wounded.find(tokens, text, lo, hi))
            phrase = False  # the event noun and its relative clause are the only words that tell an event
            passing = None if recalled or told_here else next((m for m in weapons if (
                (span := _dt11_occurred_relative(tokens, m, hi, text, lex)) is not None
                and names_place(span[0], span[1]))), None)
            if passing is None and not recalled and told_here and weapons and all(
                    _generic(m, tokens, text, lex) for m in weapons) \
                    and not any(c["count"] for c in casualties(tokens, lo, hi, text, lex)):
                # "زار الوزير أمس جرحى الهجوم الذي استهدف موقع X في منطقة Y": the event the visit is about
                passing = _dt14_recalled_phrase(tokens, lo, hi, text, lex, weapons, names_place)
                phrase = passing is not None
                told_here = not phrase
            recalled = recalled or passing is not None
            # "أوقفت الشرطة رجلين يشتبه في تورطهما في الهجوم الذي استهدف حافلة قرب بلدة X في أيار الماضي وأسفر عن
            # مقتل سبعة": the event the arrest or the verdict is about, told in full in its relative clause
            told_relative = _dt16_told_relative(tokens, lo, hi, text, lex, weapons, times, names_place) \
                if weapons and not recalled else None
            recalled = recalled or told_relative is not None
            # "تبنت الحركة هجوما على قافلة قرب مدينة X": a claimed attack with its place; a claim with none opens the
            # story of the event told next ("أعلنت الجماعة مسؤوليتها عن هجوم على الجيش. وقال مصدر إن مسلحين هاجموا")
            if weapons and all(_generic(m, tokens, text, lex) for m in weapons) and not recalled \
                    and (taken or not any(c["count"] for c in casualties(tokens, lo, hi, text, lex))):
                weapons = []  # "هجوم" alone reports an event only with casualties, unless they are the toll of the
                # event before it, whose record took this sentence ("وقال مصدر إن الهجوم أسفر عن مقتل جنديين")
            if _evt_out_of_scope(tokens, lo, hi, s_lo, s_hi, text, lex, weapons):
                weapons = []  # a protest, a crime or an arrest, not political violence
            if _pr2_riot(tokens, s_lo, s_hi, text, weapons):
                weapons = []  # "مواجهات بين الشرطة وعشرات من الشبان" in an article on a riot
            if weapons and _dt12_analysis(tokens, s_lo, s_hi, text):
                weapons = []  # "ويرى محللون أن نقل المعارك إلى ...": an analysis, not a report
            # "نفت ...، وقالت إن ...": the denial and after; not a denial after the weapon ("شنت 25 غارة ...،
            # في حين نفت الوزارة مشاركة طائراتها")
            blocked = any(m.start < (weapons[0].start if weapons else c_end) for m in denials)
            clause_filters = _filters(tokens, lo, hi, text, lex, weapons, day_times) if weapons else []
            if any(m.payload == "trial" for m in clause_filters) \
                    and (told_relative is not None
                         or _dt14_tried_event(tokens, hi, text, lex, weapons, own_days, names_place)):
                clause_filters = [m for m in clause_filters if m.payload != "trial"]  # the trial of an event told in full
            if any(lo <= a < hi for a, _ in told_anniversaries):
                clause_filters = [m for m in clause_filters if m.payload != "anniversary"]  # its attack told in full
            filtered = bool(clause_filters) and not (
                day_times and any(c["count"] for c in casualties(tokens, lo, hi, text, lex))
                and not any(m.payload in _evt_lexicon().unlifted for m in clause_filters))
            # a threat, a trend or an anniversary does not count its dead on a given day: a clause that
            # does ("قتل 3 أطفال يوم الأربعاء ... متهما الحوثيين") reports an event despite the word
            # "قال الوزير اليوم الأحد إن الحركة نفذت أكثر من 200 هجوم": the day it was said does not make a total an event
            reported = bool(weapons) and not filtered and not blocked \
                and not (not own_days and (_is_total(tokens, lo, hi, text, lex, times)
                                           or _mg10_period_total(tokens, lo, hi, text, times)
                                           or _mg10_habitual(tokens, lo, hi, text, weapons)
                                           or _mg12_rate(tokens, lo, hi, text, weapons))) \
                and not _evt_many_attacks(tokens, lo, hi, text, lex) \
                and not _mg11_aggregate(tokens, lo, hi, text)  # "أودت مجتمعة بحياة", "تقدر منظمات أن المعارك أودت"
            signalled = reported and bool(told_here
                                          or _evt_happened(tokens, lo, hi, text, lex, weapons, own_days, doc.published)
                                          or _rec_occurred(tokens, lo, hi, text, lex, weapons)
                                          or _dt8_told(tokens, lo, hi, s_lo, text, lex, weapons, own_days)
                                          or _dt15_told(tokens, text, weapons)
                                          or _dt17_led_told(tokens, lo, hi, text, weapons))
            passing = None if signalled else passing  # the clause tells its event itself: its days are the event's
            reported = reported and (signalled or recalled)
            if not reported:
                if day_times:
                    last_day = _day(day_times[-1].value)
                continue
            # the story's place so far, for a first record whose sentence names none ("بعد هذا الهجوم")
            anchor = place_before(si) if not records else None
            # an event told in passing is the noun phrase and its relative clause: the words before are another story
            r_lo = passing.first if passing is not None else lo
            r_weapons = [m for m in weapons if m.first >= r_lo]
            record, summary, broad, told, recalled_at = _record(doc, si, r_lo, hi, r_weapons, times, sent_times, window,
                                                                lex, kb, countries, starts, weapons_in, last_day,
                                                                anchor, hi if hi < full_hi else None)
            # told in passing with no day or month of its own: not the day of the main verb ("أكد الطبيب اليوم ... على
            # إثر العملية الإرهابية التي جدت بنزل X"); a day or month right after the event noun is its own
            undated_passing = passing is not None and not any(
                passing.start <= t.start <= tokens[min(hi, passing.last + (20 if phrase else 10)) - 1].end
                for t in times if t in own_days or t not in day_times)
            # "الراعي الذي قتل على أيدي مجموعة إرهابية": a killing recalled in passing, its day or month not told
            undated_passing = undated_passing or bool(r_weapons) and all(
                _dt24_described_killing(tokens, m, lo, hi, text, lex) for m in r_weapons) and not any(
                r_weapons[0].start <= t.start <= tokens[min(hi, r_weapons[0].last + 10) - 1].end for t in times)
            if undated_passing:
                record.event_date = None
            if passing is not None:
                passing_ids.add(id(record))
            if only_blasts and record.weapon == "ied" and record.munitions_count == 1:
                record.munitions_count = None  # no device is named: no count
            if only_blasts:
                vague_ids.add(id(record))
            # "ويأتي هذا الهجوم بعد أقل من أسبوع من مقتل 58 شخصا حين ...": the event named before the lapse is the
            # story's; the record is the earlier event's, which is neither "this" one nor one told before
            weapons = _wp6_lapse_side(tokens, lo, hi, weapons)
            if _det_anaphoric(tokens, lo, hi, text, weapons, lex):
                anaphoric_ids.add(id(record))
            if known := _mg3_known(tokens, lo, hi, text, weapons):
                known_ids[id(record)] = known
            if _evt_retold(tokens, lo, hi, text, lex, weapons):
                retold_ids.add(id(record))
            if broad:
                broad_ids.add(id(record))
            if any(m.payload[2] == "Armed clash" for m in weapons):
                clash_ids.add(id(record))
            if r_weapons and all(_wpn_unarmed(tokens, m, text, lex) for m in r_weapons):
                unarmed_ids.add(id(record))
            carried = told  # a date that is only when it was announced joins the event's own date
            if record.event_date is None:  # "قتل مسلحون سبعة قرويين في هجوم على قرية منذ يومين": two days ago
                record.event_date = _da11_days_ago(doc, times, starts)
            lapse_undated = False
            if lapse is not None and record.event_date is None:  # "وبعد يومين، ...": the day told before, and on
                if lapse[0] == DAT_SOME:  # "وبعد أيام، ...", "وبعد أقل من شهر، ...": later, no day; another event
                    lapse_undated = True  # than the one told before, even at its place
                    recall_ids.add(id(record))
                elif last_day is not None and "X" not in last_day:  # its own day, counted from the one before
                    record.event_date = (_date.fromisoformat(last_day) + timedelta(days=lapse[0])).isoformat()
            if told and _mg13_definite_first(tokens, lo, hi, text, lex, weapons):
                said_ids.add(id(record))
            if record.event_date is None and _mg6_recalled_after(tokens, lo, hi, weapons):
                recall_ids.add(id(record))  # "ويأتي الهجوم بعد أسبوعين من الهجوم الذي استهدف سوقا": an earlier event
            # the first record recalls an event an earlier sentence that made no record dated ("أحيا الأهالي ذكرى
            # التفجير الذي ضرب السوق في مثل هذا اليوم من العام الماضي" then "وكان انتحاريان قد فجرا ...")
            before = _da10_dated_before(doc, tokens[lo].start, lex, starts) \
                if record.event_date is None and recalled_at is not None and not records and not undated_passing else None
            if before is not None:
                record.event_date = before
            undated = record.event_date is None and (undated_passing or lapse_undated or recalled_at is not None
                                                     and (not records or _da5_recalled_undated(doc, record, tokens[lo].start))
                                                     or bool(lex.reference_words.match_at(tokens, lo, text, hi))
                                                     or any(_dat_relative(doc, m.first, lo, lex) == DAT_SOME
                                                            for m in weapons)
                                                     or any(_dat_told_coarse(t, tokens, text, starts, lex) for t in times)
                                                     or not records and _da12_toll_update(doc, lo, weapons))
            # ("ويأتي هذا الهجوم بعد أشهر من التفجير الذي استهدف سوقا": months before, no day)
            # an event the article recalls and names no day for, before any other: nobody can tell its day (null),
            # neither the report's nor the day of a statement or an arrest; a later mention with its day keeps it
            # (merge)
            if record.event_date is None and (undated or last_day is None):
                # no day before it: the day a sentence that tells more of the event names (not the day of the
                # event told before it, whose narrative goes on)
                record.event_date = _dat_evidence_day(doc, record.evidence[1:], lex, starts)
                undated = undated and record.event_date is None
            if undated:
                carried = True
            # the clause goes on with the story told before it: no recalled event, no "another"/"that" event word
            goes_on = recalled_at is None and not lex.other_event_words.find(tokens, text, s_lo, s_hi) \
                and not lex.reference_words.find(tokens, text, lo, hi)
            if record.event_date is None and not undated and goes_on \
                    and (id(record) in anaphoric_ids or _da15_known_event(doc, lo, hi)) and _da12_undated_story(records):
                undated = True  # "وقتل في الغارة لاجئون": the event of the undated record before it, told again
                follow_ids.add(id(record))
            if record.event_date is None and last_day is not None and not undated:
                record.event_date, carried = last_day, True
                if goes_on:
                    follow_ids.add(id(record))  # "وأوضح المصدر أن انتحارية فجرت حزاما ناسفا": the lead's event
            clock = next((t for t in times + sent_times if t.kind == "time" and _day(t.value)), None)
            if record.event_date is None and clock is not None and not undated:
                record.event_date = _day(clock.value)  # a clock time and no day before it: the publication day
            if _day(record.event_date):
                last_day = record.event_date[:10]  # later events take the event's day, not when it was told
            elif day_times:
                last_day = _day(day_times[-1].value)
            if record.location is None and place_before(si) is not None:
                record.location = dict(last_place)  # "قرب المدخل الشمالي للمدينة": the place named before
            if record.location is None and not fallbacks:
                fallbacks = [_dateline_place(doc, kb), _main_town(doc, kb)]
            if record.location is None and fallbacks[0] is not None:
                record.location = dict(fallbacks[0])  # no place in the text before: where the report was filed
            if record.location is None and fallbacks[1] is not None:
                record.location = dict(fallbacks[1])  # nor a dateline: the town the article names first
            if record.event_date is None and record.location is None:
                continue
            if record.event_date is None and not undated:
                record.event_date = _dat_report_day(doc)  # a report that names no day: the day it came out
                report_ids.add(id(record))
                if records and goes_on:
                    follow_ids.add(id(record))  # no day named yet: it goes on with the story told before it
            if record.location is not None:
                last_place = record.location
            used_sentences.update(e["start"] for e in record.evidence)
            records.append((record, summary, carried))
    # a summary over several attacks goes when the single attacks are reported too
    singles = {r.weapon for r, summary, _ in records if not summary}
    kept = [(r, c) for r, summary, c in records if not (summary and r.weapon in singles and len(records) > 1)]
    _late_tolls(doc, [r for r, _ in kept], used_sentences, lex, starts)
    _late_lists(doc, [r for r, _ in kept], used_sentences, lex, starts)
    for r, _ in kept:  # "وكانت اشتباكات قد اندلعت ..." then the toll "تمكنت قوات الجيش اليوم من القضاء على عنصرين"
        if r.event_date is None:
            r.event_date = _dat_evidence_day(doc, r.evidence[1:], lex, starts) \
                or _da6_next_day(doc, r, used_sentences, lex, starts)  # the next sentence tells its day
        elif id(r) in report_ids:  # "أعلن الرئيس أن 92 جنديا قتلوا في هجوم ..." then "وقال إن المعارك استمرت سبع
            r.event_date = _da11_next_day(doc, r, used_sentences, lex, starts) or r.event_date  # ساعات يوم الاثنين"
    events = merge(kept, broad_ids, vague=vague_ids, anaphoric=anaphoric_ids, recalls=recall_ids, clashes=clash_ids)
    # an event told in passing at the place of another record is that one, retold ("ردا على الهجوم الذي استهدف X")
    events = [e for e in events if id(e) not in passing_ids or not any(
        o is not e and o.location and e.location and _fp_one_site(o.location, e.location) for o in events)]
    _evt_join(events, retold_ids)
    _mg13_said_join(events, said_ids)  # "وقال المحافظ اليوم إن القصف استهدف ...": the lead, retold
    _mg3_known_join(events, known_ids, doc.text)  # an event told as known, then in full
    _mrg_follow(events, follow_ids, clash_ids)  # an exchange of fire keeps its type
    _fp_month_day(events)  # one event told with its month and with its day
    _fp_device_named(events, clash_ids)  # one event told with no device and with it
    _fp_nearby(events)  # one event told at two places 10 km apart at most
    _mg17_same_dead(doc, events, starts, clash_ids)  # one event told twice with the same count of dead
    _mg4_told_day_join(events, anaphoric_ids, doc.timexes)  # a lead with no day, retold with its day
    _mg5_pluperfect_day(events, tokens, text)  # a lead with no day at all, retold in the pluperfect with its day
    _mg9_background(doc, events, report_ids, starts)  # "وكان انتحاري قد فجر نفسه ... في 30 كانون الثاني": the lead's event
    _mg10_borrowed_join(doc, events, starts)  # a mention whose place is only the dateline's or the story's: that event
    _mg6_toll_clause_join(doc, events, starts)  # "...، في هجوم ارتفعت حصيلة قتلاه إلى 54": the toll, not an event
    _cs9_revised_tolls(doc, events, lex, starts)  # "ارتفعت حصيلة التفجير إلى تسعة": the latest figure
    # claims and accusations name who did an event, not one mention of it: they go to the merged records
    _late_claims(doc, events, used_sentences, lex, starts, kb, countries)
    _clm_move_claims(doc, events, lex, starts)
    _ac6_claim_clauses(doc, events, lex, starts)  # a claim clause naming one record told before
    _title_claim(doc, events, lex, kb, countries)
    _late_accusations(doc, events, used_sentences, lex, starts, kb, countries)
    _art_actors(doc, events, used_sentences, lex, starts, kb, countries)  # the actor the title or the story names
    _ac18_evidence_killers(doc, events, lex, starts, countries)  # "تمكنت قوات الجيش من القضاء على" in another sentence
    _ac9_state_claims(doc, events, lex, starts, kb, countries)  # a state's own body tells of its strike
    _ac13_raid_claims(doc, events, lex, starts, countries)  # a state's own body tells of its forces' raid
    _mg6_occurred_day(doc, events, report_ids, used_sentences, starts)  # "..., التي وقعت عصر الثلاثاء"
    _da10_new_year_night(doc, events, report_ids, used_sentences, starts)  # "استهدف ملهى ليليا ليلة رأس السنة": the first of January
    _mg6_place_lists(doc, events, starts)  # strikes on a list of places: one record per place
    _mg8_lapse_year(doc, events, starts)  # "بعد أسبوع من اقتحام ...، ليلة 20 كانون الثاني": that event's year
    _mg7_retold_place(doc, events, starts)  # "وأعلنت الهيئة أن الهجوم استهدف حافلة في ولاية X": its place
    _wp7_suicide_vehicles(doc, events, starts)  # "... اقتحم الانتحاري البوابة بشاحنة صهريج مفخخة": vbied
    _wp12_told_device(doc, events, unarmed_ids, lex, kb, starts, vague_ids)  # "أحبط هجوما انتحاريا ..." then "هذا الهجوم"
    return events


_WP12_DEVICES = ("ied", "vbied", "suicide_bomb", "grenade")  # what an attacker carries or plants


def _wp12_told_device(doc: Document, events: list[Incident], unarmed: set[int], lex: Lexicon, kb,
                      starts: list[int], vague: set[int] = frozenset()) -> None:
    """An attack told with no weapon named (``unarmed``: "وفتح المدعي العام تحقيقا بعد هذا الهجوم الإرهابي", "وأدت
    هجمات في مواقع مختلفة من المدينة إلى مقتل 30 شخصا") whose device the article names in a sentence that made no
    record (a bombing foiled, then told as "this attack": "أحبط شرطي هجوما انتحاريا أمام مركز للشرطة بإطلاقه النار على
    حزام ناسف"; the event recalled in passing: "ألقت الشرطة القبض على مشتبه بهم في تفجيرات المدينة التي وقعت الجمعة"),
    at the record's place or at none: that device is its weapon, with its types (an explosion word alone: an ied, no
    count), when the article names one kind of device only and no other record of it is an explosion. Firearms
    named there (the police's fire) do not make the guess (small arms, unknown) a device. An explosion told with no
    device (``vague``: "ارتفعت حصيلة التفجيرين اللذين وقعا أمس قرب المرقد") takes the device the claim names ("فجرا
    حزامين ناسفين") the same way. One such record in the article only; only a device carried or
    planted (``_WP12_DEVICES``) is one, not a missile, a drone or an air strike, which such articles name in other
    contexts ("جدار مضاد للصواريخ", "مسيرات منددة بالهجوم": marches)."""
    tokens, text = doc.tokens, doc.text
    guessed = [r for r in events if id(r) in unarmed and r.weapon in ("small_arms", "unknown")
               and r.sub_event_type == "Attack" or id(r) in vague and r.weapon == "ied"]
    if len(guessed) != 1 or any(r.event_type == "Explosions/Remote violence" for r in events if r not in guessed):
        return
    used = {e["start"] for r in events for e in r.evidence}
    for r in guessed:
        kinds: dict[str, tuple] = {}
        blast = False
        for sent in doc.sentences:
            lo, hi = _tok_range(starts, sent.start, sent.end)
            if hi <= lo or sent.start in used:
                continue
            found = [m for m in lex.weapons.find(tokens, text, lo, hi)
                     if m.payload[0] in _WP12_DEVICES and not _generic(m, tokens, text, lex)
                     and not _evt_seized(tokens, m, lo, text, lex)]
            blasts = _det_blasts(tokens, lo, hi, text, found, lex)
            if not found and not blasts:
                continue
            named = [p for p in _places(doc, lo, hi, kb, lex, starts) if not p.launch]
            if named and not any(_wp12_same_site(_location(p, named, kb), r.location) for p in named):
                continue  # another place: another event
            kinds.update((m.payload[0], m.payload) for m in found)
            blast = blast or bool(blasts)
        if len(kinds) == 1:
            r.weapon, r.event_type, r.sub_event_type = next(iter(kinds.values()))
            r.munitions_count = None
        elif not kinds and blast and id(r) not in vague:
            r.weapon, r.event_type, r.sub_event_type = "ied", "Explosions/Remote violence", "Remote explosive/landmine/IED"
            r.munitions_count = None


def _wp12_same_site(place: dict, location: dict | None) -> bool:
    """A place named in a sentence is the record's: the same known place, one inside the other's province or
    country, or one name inside the other ("قسنطينة", "مدينة قسنطينة")."""
    if not location:
        return False
    if place.get("canonical") and place["canonical"] in (location.get("canonical"), location.get("admin1")):
        return True
    a, b = normalize(place.get("text") or ""), normalize(location.get("text") or "")
    return bool(a and b) and (a in b or b in a)


def _record(doc: Document, si: int, lo: int, hi: int, weapons: list[Match], times: list[Timex],
            sent_times: list[Timex], window: int, lex: Lexicon, kb, countries: dict, starts: list[int],
            weapons_in, last_day: str | None = None, anchor: dict | None = None, told_to: int | None = None):
    """One record from the clause [lo, hi) of sentence ``si`` (and the sentences after it);
    ``weapons_in(lo, hi)``: the weapon mentions of a sentence; ``told_to``: where an anniversary's telling of its
    attack ends, the words after it (the ceremony) have no place of the attack."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    sents = doc.sentences
    trigger = _wpn_trigger(tokens, lo, hi, text, lex, weapons)  # detection: which mention decides the weapon
    weapon, event_type, sub_event_type = trigger.payload
    names = {f for m in weapons for fs in forms[m.first:m.last + 1] for f in fs}
    if weapon == "vbied" and any(m.payload[0] == "suicide_bomb" for m in weapons):
        sub_event_type = "Suicide bomb"
    abduction = next((m.payload for m in weapons if m.payload[2] == "Abduction/forced disappearance"), None)
    if abduction and weapon in ("small_arms", "unknown"):
        # "خطف مسلحون خمسة مدنيين": an abduction (by gunmen: small arms), not an attack
        event_type, sub_event_type = abduction[1], abduction[2]
        if weapon == "unknown" and _wp12_armed_abductors(tokens, lo, hi, text):
            weapon = "small_arms"  # "أقدمت مجموعة مسلحة على اختطاف", "مسلحي الجماعة ... خطفوهم"
    recalled = _dat_recalled(doc, lo, hi, weapons, lex)
    # "صد الهجوم ...، قبل أن يتم القبض على أحد منفذيه مساء اليوم": the time of the arrest, not of the event
    times = [t for t in times if not _da10_later_action(doc, t, trigger.last, starts)]
    sent_times = [t for t in sent_times if not _da10_later_action(doc, t, trigger.last, starts)]
    if recalled is not None:  # "أوقفت الشرطة أمس شابا احتفل بالهجوم على المتحف": not the day of the main verb
        times = [t for t in times if t.start >= tokens[recalled].start]
        sent_times = [t for t in sent_times if t.start >= tokens[recalled].start]
    day_times = [t for t in times if _names_day(t, tokens, text, starts)]
    if not day_times and not lex.reference_words.match_at(tokens, lo, text, hi):
        # the sentence's date, unless the clause recalls an earlier event ("ردا على الهجوم الذي ...")
        day_times = [t for t in sent_times if _names_day(t, tokens, text, starts)]
    told = [t for t in day_times if _report_date(t, tokens, text, starts, lex)]
    only_told = bool(told) and len(told) == len(day_times)
    if told and len(told) < len(day_times):
        day_times = [t for t in day_times if t not in told]
    elif told and any(_month(t.value) for t in times):
        day_times = []  # "قال الوزير اليوم ... الهجوم الذي استهدف متحف باردو في مارس 2015": the month
    if day_times:
        best = min(range(len(day_times)), key=lambda k: abs(day_times[k].start - trigger.start))
        while best > 0 and day_times[best].start - day_times[best - 1].end <= 4:
            best -= 1  # "29 و30 أفريل": the first day of a range
        date = _day(day_times[best].value)
        date = _mg8_clause_time(doc, trigger, day_times[best], times, hi) \
            or _da10_pluperfect_time(doc, trigger, day_times[best], times, hi) or date  # "...، التي وقعت مطلع آب"
    else:
        date = next((_month(t.value) for t in times + sent_times
                     if _month(t.value) and not _since(t, tokens, text, starts)
                     and not _dat_told_coarse(t, tokens, text, starts, lex)), None)
        coarse = (_dat_coarse(t, tokens, starts, doc.published) for t in times if not _since(t, tokens, text, starts)
                  and not _dat_told_coarse(t, tokens, text, starts, lex))
        date = date or next((c for c in coarse if c), None)  # "اندلعت الأسبوع الماضي", "استهدف نزلا بسوسة في 2015"
        date = _da15_nearest_coarse(doc, trigger, times, starts, lex) or date  # "... في فيفري 2015 قبل أن يفرض
        # سيطرته عليها في جوان الماضي إثر معارك": the battles' month, not the first one of the clause
    sent = sents[si]
    s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
    places = _places(doc, lo, hi, kb, lex, starts)
    if all(p.launch for p in places):  # nothing but a launch site or an actor in the clause: the sentence's
        places = [p for p in _places(doc, s_lo, s_hi, kb, lex, starts) if not p.launch] or places
    for nxt in sents[si + 1: si + 1 + window]:
        if places:
            break
        n_lo, n_hi = _tok_range(starts, nxt.start, nxt.end)
        if _mg17_known_elsewhere(doc, n_lo, n_hi, weapons_in(n_lo, n_hi), None, kb, lex, starts):
            break  # "ودانت البعثة الهجوم الذي استهدف قافلة قرب بلدة X": another event's place
        if n_hi > n_lo and not weapons_in(n_lo, n_hi):
            found_next = _places(doc, n_lo, n_hi, kb, lex, starts)
            if _wn_elsewhere(anchor, _wn_locs(found_next, kb)):
                break  # another province or country than the story's: another event ("وأعلنت الوزارة أن ...")
            places = found_next  # "... في العاصمة مقديشو" in the next sentence
    _plc_other_events(doc, places, trigger, starts)
    place = _choose_place(places, trigger.start)
    if place is not None and place.rank > 3:  # only a province in the clause: a town of it in the sentence
        finer = _loc_finer(place, _places(doc, s_lo, told_to or s_hi, kb, lex, starts), kb)
        if finer:
            places = finer + places
            place = _choose_place(finer, trigger.start)
    location = _location(place, places, kb) if place is not None else None
    count = _munitions(doc, trigger, weapons, lo, hi, lex) if weapon != "small_arms" and (
        weapon != "unknown" or sub_event_type == "Shelling/artillery/missile attack") else None  # shells counted
    # slots may continue in the next sentences (casualties, claims)
    evidence = [{"start": sent.start, "end": sent.end}]
    c_hi = hi
    for nxt in sents[si + 1: si + 1 + window]:
        n_lo, n_hi = _tok_range(starts, nxt.start, nxt.end)
        if _own_event(tokens, n_lo, n_hi, text, lex, weapons_in(n_lo, n_hi)):
            break  # the next sentence reports an event of its own
        if _mg4_opens_another(tokens, n_lo, n_hi) or _mg6_recalls_earlier(tokens, n_lo, n_hi):
            break  # "وفي حادث منفصل، ...", "ويأتي ذلك بعد أيام من مقتل ...": another event's sentence
        if _mg17_known_elsewhere(doc, n_lo, n_hi, weapons_in(n_lo, n_hi), location, kb, lex, starts):
            break  # "ودانت البعثة الهجوم الذي استهدف قافلة قرب بلدة X وأسفر عن مقتل اثنين": that event's toll
        if _is_total(tokens, n_lo, n_hi, text, lex, doc.timexes) or any(t.norm == "منذ" for t in tokens[n_lo:n_hi]):
            break  # "قتل أكثر من 1500 شخص منذ مطلع العام": a toll over a period
        if not weapons_in(n_lo, n_hi) and (location or anchor or {}).get("admin1") \
                and _wn_elsewhere(location or anchor, _wn_locs(_places(doc, n_lo, n_hi, kb, lex, starts), kb)):
            break  # "وأعلنت الوزارة أن الجيش قتل 14 مسلحا في ولاية X": no word for the event, a toll elsewhere (a
            # record placed only in a country is not sure of it: "مبلغ مالي" is no country)
        if any(m.payload == "accident" for m in lex.filters.find(tokens, text, n_lo, n_hi)):
            break  # "حيث قتل 56 شخصا في تدافع خلال الجنازة": the toll of an accident
        if lex.killed.find(tokens, text, n_lo, n_hi) or lex.wounded.find(tokens, text, n_lo, n_hi) \
                or lex.no_casualties.find(tokens, text, n_lo, n_hi) or _claimed(doc, n_lo, n_hi, lex)[1]:
            c_hi = n_hi
            evidence.append({"start": nxt.start, "end": nxt.end})
    if len(evidence) > 1 and (place is None or place.launch or place.rank > 3):
        # only a launch site, a destination or a province in the sentence: the place a sentence that goes on
        # with the same event names ("... قافلة متجهة إلى مدينة جيبو. وقال المتحدث إن القافلة تعرضت لهجوم قرب
        # بلدة غاسكيندي")
        more = [p for ev in evidence[1:] for p in _places(doc, *_tok_range(starts, ev["start"], ev["end"]), kb, lex,
                                                           starts) if not p.launch and p.rank <= TYPE_RANK["district"]
                and not _pl18_quarter_of(place, p, kb)]  # "في منطقة خور مكسر" ... "في عدن": the quarter stays
        if more:
            place = _choose_place(more, more[0].start)
            location = _location(place, more, kb)
    elif len(evidence) > 1 and place is not None:  # a city in the lead, its neighbourhood in the next sentence
        more = [p for ev in evidence[1:] for p in _places(doc, *_tok_range(starts, ev["start"], ev["end"]), kb, lex, starts)]
        detail = _pl3_detail_place(place, more, kb, lex)
        if detail is not None:
            place, location = detail, _location(detail, [place], kb)
    # the lapse before the trigger, else before another event word of the clause ("ويأتي الهجوم بعد أسبوعين من تفجير
    # انتحاري استهدف كمينا": the trigger is "كمينا")
    back, told_at = next(((b, m.start) for m in [trigger] + weapons
                          if (b := _dat_relative(doc, m.first, lo, lex)) is not None), (None, trigger.start))
    own_after = any(t.start >= told_at and _names_day(t, tokens, text, starts) for t in times)
    if back == DAT_SOME and not any(t.start >= told_at and t.value and not _since(t, tokens, text, starts)
                                    for t in times):  # "بعد ثلاثة أشهر من هجوم ... في آب الماضي": that month
        date, only_told = None, False  # "بعد أشهر من التفجير الذي ...": some time before the clause's day, no day
    elif back is not None and back != DAT_SOME and not own_after:
        # "شن الجيش اليوم غارات ... بعد يومين من الهجوم الذي استهدف": two days before the day of the clause
        head = tokens[trigger.first - 2].start
        before = [t for t in doc.timexes if _in(t, sent.start, head) and _names_day(t, tokens, text, starts)
                  and not _mg13_lapse_timex(t, tokens, starts)]  # ("بعد أربعة أيام فقط من": the lapse itself)
        anchor = _day(before[-1].value) if before else last_day or _day(doc.published)
        if anchor and "X" not in anchor:
            date, only_told = (_date.fromisoformat(anchor) - timedelta(days=back)).isoformat(), False
    if only_told and len(date) == 10:  # "أعلن الجيش، اليوم الثلاثاء، مقتل ...": the event's day in a sentence that
        own = _dat_evidence_day(doc, evidence[1:], lex, starts)  # tells more of it
        if own is not None:
            date, only_told = own, False
        elif _dat_condemned(doc, lo, recalled) or _da12_named_recalled(doc, lo, recalled):
            date, only_told = None, False  # "دانت المنظمة الهجوم الذي ... في بيان أصدرته اليوم": no day of its own
    # each sentence on its own: a later sentence may restate the toll of the first (``_tol_restated``)
    cas = _cas_clause_tolls(tokens, lo, s_hi if c_hi > s_hi else hi, text, lex)
    if c_hi <= s_hi:  # "...، وأعلن مركز الطوارئ أن حصيلة الاشتباكات بلغت 27 قتيلا": a later clause reports the toll
        # of an outcome the clause did not count, up to a weapon of an event of its own (not a definite one, the
        # event named again: "الاشتباكات", "الضربتين")
        own = [m.first for m in weapons_in(s_lo, s_hi) if m.first >= hi and not tokens[m.first].norm.startswith("ال")]
        counted = {c["outcome"] for c in cas}
        cas = cas + [c for c in _cs13_reported_later(tokens, hi, min(own, default=s_hi), text, lex)
                     if c["outcome"] not in counted]
    for ev in evidence[1:]:
        cas = _tol_restated(cas, casualties(tokens, *_tok_range(starts, ev["start"], ev["end"]), text, lex))
    for outcome in ("killed", "wounded"):  # a revised toll replaces the figures given before it
        tolls = [c for c in cas if c.get("toll") and c["outcome"] == outcome]
        parts = [c for c in cas if not c.get("toll") and c["outcome"] == outcome]
        if tolls and sum(c["count"] for c in parts) == tolls[-1]["count"]:
            cas = [c for c in cas if not c.get("toll") or c["outcome"] != outcome]  # the parts make up the toll
        elif tolls:
            cas = [c for c in cas if c["outcome"] != outcome or c is tolls[-1]]
    cas = [{k: v for k, v in c.items() if k != "toll"} for c in cas]
    killed = sum(c["count"] for c in cas if c["outcome"] == "killed") if any(c["outcome"] == "killed" for c in cas) else None
    wounded = sum(c["count"] for c in cas if c["outcome"] == "wounded") if any(c["outcome"] == "wounded" for c in cas) else None
    # a claim or "no casualties" may follow in a later clause of the sentence ("...، في هجوم تبنته حركة
    # الشباب", "...، من دون أن يسفر الهجوم عن إصابات"), up to the next weapon that reports an event of its own
    later = [m.first for m in weapons_in(s_lo, s_hi) if m.first >= hi and not _generic(m, tokens, text, lex)]
    claim_hi = c_hi if c_hi > s_hi else min(later, default=s_hi)
    none = _no_casualties(tokens, lo, max(c_hi, claim_hi), text, lex, bool(cas))
    killed = 0 if killed is None and "killed" in none else killed
    wounded = 0 if wounded is None and "wounded" in none else wounded
    claimed_by, claimed = _claimed(doc, s_lo, max(c_hi, claim_hi), lex)
    if location is not None and location["country"] is None:  # "حي البساتين": the article's country
        location["country"] = _plc_article_country(doc, kb)
    home = countries.get((location or {}).get("country"))  # the state where it happened
    if home is None:  # a place the gazetteer lacks: the country of the dateline or first town
        home = next((countries.get(p["country"]) for p in (_dateline_place(doc, kb), _main_town(doc, kb))
                     if p is not None and p.get("country")), None)
    if not claimed:
        claimed_by = _acknowledged(doc, s_lo, s_hi, lex, kb, countries, home)
        if claimed_by is None and c_hi > s_hi:  # the next sentence goes on with the event: a group's own words there
            said = _acknowledged(doc, s_hi, c_hi, lex, kb, countries, home)
            claimed_by = said if said not in countries.values() else None  # (not a state's forces' answer)
    if claimed and claimed_by is None:
        prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= tokens[lo].start
                 and not _ac16_parent_of_branch(doc, e, kb)]  # the branch, not the parent named in its modifier
        claimed_by = (prior[-1].canonical or prior[-1].text) if prior else None
    perpetrator = claimed_by or _actor(doc, lo, hi, trigger, lex, kb, countries, weapons, home)
    if perpetrator is None and claim_hi > hi:  # "...، ويعتقد أن حركة الشباب تقف وراء الهجوم": a later clause
        acc = lex.accusation.find(tokens, text, hi, claim_hi)
        perpetrator = _accused(doc, acc[0], claim_hi, lex, kb, countries, home) if acc else None
    target = None if _between_sides(tokens, trigger, hi, text, lex) else _target(doc, lo, hi, lex, kb, trigger, cas)
    # "قافلة إغاثة": a convoy of unarmed people is no security target (its dead may still be forces)
    side = None if _wp9_civilian_convoy(tokens, text, lo, hi, target, lex) else target
    if weapon in ("small_arms", "unknown") and sub_event_type == "Attack" and _wp5_security_side(cas, side, lex) \
            and not _wp9_civilian_place(target, lex):
        event_type, sub_event_type = "Battles", "Armed clash"  # on security forces ("قتل شرطيان", "مركز للشرطة")
    elif sub_event_type == "Armed clash" and _wp8_ambushed_civilians(tokens, text, lex, weapons, target,
                                                                     unarmed=side is None and target is not None):
        event_type, sub_event_type = "Violence against civilians", "Attack"  # "نصب مسلحون كمينا لحافلة ركاب"
    elif weapon == "small_arms" and sub_event_type == "Attack" and _wp8_clash_verb(tokens, lo, hi, text):
        event_type, sub_event_type = "Battles", "Armed clash"  # "جنود اشتبكوا مع مسلحين"
    elif weapon in ("small_arms", "unknown") and sub_event_type == "Attack" and _wp12_repelled(tokens, lo, hi, text):
        event_type, sub_event_type = "Battles", "Armed clash"  # "تمكن الجنود من صد الهجوم"
    summary = bool(names & lex.summary_words)
    broad = place is None or place.rank > 3
    record = Incident(
        article_id=doc.id, event_date=date, event_type=event_type, sub_event_type=sub_event_type,
        weapon=weapon, munitions_count=count, location=location, target=target,
        perpetrator=perpetrator, claimed_by=claimed_by, killed=killed, wounded=wounded,
        casualties=cas, evidence=evidence,
    )
    if place is None or place.launch or not tokens[lo].start <= place.start < tokens[hi - 1].end:
        PL13_NOT_IN_CLAUSE.get(set()).add(id(record))  # its place is not named in the clause of its trigger
    return record, summary, broad, only_told and date is not None and len(date) == 10, recalled


@registry.stage("incidents", requires=("sentences", "entities", "timexes"), provides=("incidents",))
def make_incidents(config: dict):
    """Factory for the ``incidents`` stage. Option ``window``: sentences after a trigger that may fill slots."""
    window = int(config.get("window", 1))
    lexicon()
    load_kb().countries

    def incidents_stage(doc: Document) -> Document:
        doc.incidents = extract(doc, window)
        return doc

    return incidents_stage
