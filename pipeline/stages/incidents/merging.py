"""One record per event: merge the mentions of an event within an article (same
day, place and weapon, or an anaphoric "الهجوم"), fill the kept record from the
others, and join retold events.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from functools import lru_cache

from ...document import Incident, Token
from ...evaluate.records import PLACE_KM, distance_km
from ...kb import load_kb
from ...matcher import Match
from ..normalize import normalize
from .casualties import _cs8_attackers_within, _cs16_attackers_apart, _cs16_one_more, _tol_head
from .detection import _generic
from .lexicon import Lexicon, _day, _doc_forms, _tok_range, _verb_words, _words, lexicon


def _evt_retold(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """The clause [lo, hi) tells an event only with a general word that has the article ("وقال الجيش إن الهجوم أسفر
    عن مقتل 25", "قتل 6 من عناصره في الهجوم"): the event named before, unless a word makes it another ("الهجوم
    الثاني", "هجوم مماثل")."""
    if not weapons or not all(_generic(m, tokens, text, lex) for m in weapons):
        return False
    forms = _doc_forms(tokens, text)
    return any(f.startswith("ال") for m in weapons for f in forms[m.first]) \
        and not lex.other_event_words.find(tokens, text, lo, hi)


def _evt_join(records: list[Incident], retold: set[int]) -> None:
    """One record per event: a mention told only as "الهجوم" (``retold``) joins the nearest record before it (else
    the one after it) of the same day at a compatible place, whatever its weapon ("هجوم بسيارة مفخخة" ... "وقال
    الجيش إن الهجوم أسفر عن مقتل 25"); two abductions of the same day and place are one ("اختطف مسلحون مقيما" ...
    "خطف من أمام ورشته")."""
    def start(r: Incident) -> int:
        return r.evidence[0]["start"] if r.evidence else 0

    def fits(k: Incident, r: Incident) -> bool:
        return k is not r and k.event_date == r.event_date \
            and (not k.location or not r.location or _compatible_place(k.location, r.location))

    for r in sorted(records, key=start):
        if r not in records:
            continue
        if id(r) in retold:
            named = [k for k in records if fits(k, r) and id(k) not in retold]
            before = [k for k in named if start(k) < start(r)]
            target = max(before, key=start) if before else (named[0] if len(named) == 1 else None)
            if target is None:
                target = _mg17_retold_later(records, r, retold)
        elif r.sub_event_type == "Abduction/forced disappearance":
            target = next((k for k in records if fits(k, r) and k.sub_event_type == r.sub_event_type
                           and start(k) < start(r)), None)
        else:
            continue
        if target is not None:
            _fill(target, r)
            records.remove(r)


def _mg17_retold_later(records: list[Incident], r: Incident, retold: set[int]) -> Incident | None:
    """A mention told only by a general word with the article ("الاعتداء", "الهجوم") and dated by a later act of
    its sentence (a visit, a statement: "وكان الوزير قد عاد اليوم الجندي الأكثر تضررا من الاعتداء") is the event
    told before it at the same site, up to a week earlier: the nearest record before it that is no retelling itself,
    whose tolls agree; None when there is none."""
    def start(k: Incident) -> int:
        return k.evidence[0]["start"] if k.evidence else 0

    day = _day(r.event_date)
    if day is None:
        return None
    before = [k for k in records if k is not r and id(k) not in retold and start(k) < start(r) and _day(k.event_date)
              and 0 < (_mg3_days_apart(_day(k.event_date), day) or 0) <= _MG3_DAYS and _day(k.event_date) < day]
    if not before:
        return None
    k = max(before, key=start)
    if not k.location or not r.location or not _fp_one_site(k.location, r.location) or _fp_tolls_clash(k, r) \
            or _mg13_other_kind(k, r):
        return None
    return k


def merge(records: list[tuple[Incident, bool]], broad: set[int] = frozenset(), *, vague: set[int] = frozenset(),
          anaphoric: set[int] = frozenset(), recalls: set[int] = frozenset(),
          clashes: set[int] = frozenset()) -> list[Incident]:
    """One record per event.

    Mentions with the same day, place and weapon merge; a mention whose date was
    only carried over from earlier sentences joins a record of the same weapon and
    place that has a date of its own. A mention placed only broadly (a province,
    a country, or no place: ``broad``) joins the one specific record it can
    describe; when it fits several, it is an overview of attacks reported one by
    one ("انفجارات في أحياء بغداد" before each neighbourhood) and adds nothing.
    An explosion with no named device (``vague``) is the explosive event of the same day and place whose
    device is named ("قتل ستة في انفجار استهدف عرضا عسكريا" ... "استهدفت العرض بطائرة مسيرة"); a mention
    told with the article and no day of its own (``anaphoric``: "وقالت المصادر إن المسلحين هاجموا القافلة
    بقذائف صاروخية") is the event before it at that place.
    """
    explicit = {id(r) for r, carried in records if not carried}
    broad = set(broad) | {id(r) for r, _ in records
                          if any(k is not r and k.weapon == r.weapon and k.event_date == r.event_date
                                 and _contains(r.location, k.location) for k, _ in records)}
    out: list[Incident] = []
    for r, carried in records:
        if id(r) in broad:
            continue
        same = next((k for k in out if k.weapon == r.weapon and k.event_date == r.event_date
                     and _compatible_place(k.location, r.location) and not _det_apart(k.location, r.location)), None)
        if same is None and carried and not _mg13_recalled(r, recalls):
            same = next((k for k in out if k.weapon == r.weapon and id(k) in explicit
                         and r.location and _compatible_place(k.location, r.location)), None)
        if same is None:
            out.append(r)
        else:
            _fill(same, r)
    specific = list(out)
    for r, carried in records:
        if id(r) not in broad:
            continue
        fits = [k for k in specific if k.weapon == r.weapon
                and (k.event_date == r.event_date or carried and not _mg13_recalled(r, recalls))]
        if len(fits) > 1 and carried:  # a date carried over from the record before: its own day first
            fits = [k for k in fits if k.event_date == r.event_date] or fits
        if len(fits) == 1:
            _fill(fits[0], r)
        elif not fits:
            same = next((k for k in out if id(k) in broad and k.weapon == r.weapon
                         and k.event_date == r.event_date), None)
            if same is None:
                out.append(r)
            else:
                _fill(same, r)
    # a carried-date record seen before the explicit one
    for r in list(out):
        if id(r) in explicit or not r.location or _mg13_recalled(r, recalls):
            continue
        other = next((k for k in out if k is not r and k.weapon == r.weapon and id(k) in explicit
                      and _compatible_place(k.location, r.location)), None)
        if other is not None:
            place = r.location if _mg16_populated(r.location) and not _mg16_populated(other.location) else None
            _fill(other, r)
            if place is not None:  # "في حي X" ... "قرب جسر Y": the lead's quarter, not the landmark it is near
                other.location = place
            out.remove(r)
    _det_join(out, vague, anaphoric, {id(r) for r, carried in records if carried}, clashes)
    _mg15_one_sentence(out)
    return sorted(out, key=lambda r: r.evidence[0]["start"] if r.evidence else 0)


def _mg16_populated(place: dict | None) -> bool:
    """A place where people live, as an event's location: a town, village or quarter the gazetteer knows, or a name
    opened by a designator of one ("حي الزهور", "قرية المنصورة", "منطقة السوق القديم"); not a site or a landmark
    ("جسر الجمهورية", "ثكنة المدينة", "مطار البلدة"). A carried lead at a quarter, retold with its own day near a
    landmark ("قتل ثلاثة في قصف على حي الزهور" ... "وقال المحافظ إن القذيفة سقطت قرب جسر الجمهورية أمس"), keeps
    the quarter."""
    if not place:
        return False
    if place.get("canonical"):
        return _pl13_types().get(place["canonical"]) is not None
    words = normalize(place.get("text") or "").split()
    label = lexicon().designators.get(words[0], ("", 9))[0] if len(words) > 1 else ""
    return label in ("GPE", "LOC")


def _mg15_one_sentence(out: list[Incident]) -> None:
    """Two records built from one sentence, of the same day, the same kind of event and the same site, told with two
    weapons ("اختطف مسلحون ثمانية عمال قرب بلدة X فجر الاثنين، وقالت الشرطة إن عصابة تقف وراء عملية الخطف": the
    abductors' guns and the bare "عملية الخطف"; "أطلقت الجماعة صواريخ باليستية على مدينة X، فيما قال الجيش إنه اعترض
    صاروخا"): one event, the record told first kept with its weapon, its count of munitions, its target and its actor,
    unless their tolls differ."""
    for r in list(out):
        if not r.evidence or r not in out:
            continue
        k = next((k for k in out if k is not r and k.evidence and out.index(k) < out.index(r)
                  and k.evidence[0]["start"] == r.evidence[0]["start"] and k.event_date == r.event_date
                  and k.weapon != r.weapon and (k.event_type, k.sub_event_type) == (r.event_type, r.sub_event_type)
                  and k.location and r.location and _det_site(k.location, r.location)
                  and not _fp_tolls_clash(k, r)), None)
        if k is not None:
            # the count, the target and the actor of the other weapon's clause ("زعم الجيش اعتراض صاروخ", "أطلقت الشرطة
            # النار على المنفذ"): the other side's act, not the event's
            r.munitions_count = r.target = r.perpetrator = r.claimed_by = None
            _fill(k, r)
            out.remove(r)


def _det_site(a: dict | None, b: dict | None) -> bool:
    """The same site: the same place, or one name inside the other ("المصفح", "منطقة المصفح"); unlike
    ``_compatible_place``, two places the gazetteer lacks are not the same for want of a province."""
    if _same_place(a, b):
        return True
    ta, tb = _plc_core(a.get("text")), _plc_core(b.get("text"))
    return bool(ta and tb) and (ta in tb or tb in ta)


def _plc_core(text: str | None) -> str:
    """A place's normalized text without the designator that opens it ("بلدة بوسو" -> "بوسو", so that "ثكنة بوسو"
    holds it)."""
    words = normalize(text or "").split()
    if len(words) > 1 and words[0] in lexicon().designators:
        words = words[1:]
    return " ".join(words)


def _det_apart(a: dict | None, b: dict | None) -> bool:
    """Two places the gazetteer lacks, with different names ("حي ثعبات", "منطقة الضباب"): two sites, not one."""
    if not a or not b or a.get("canonical") or b.get("canonical"):
        return False
    return not _det_site(a, b)


def _det_join(out: list[Incident], vague: set[int], anaphoric: set[int], carried: set[int],
              clashes: set[int] = frozenset()) -> None:
    """Mentions of an event told before or after it (see ``merge``), joined to it in ``out``."""
    for r in list(out):
        if id(r) not in vague:
            continue
        named = next((k for k in out if k is not r and id(k) not in vague and k.event_type == r.event_type
                      and k.event_date == r.event_date and _det_site(k.location, r.location)), None)
        if named is not None:  # the device named in the other mention
            _fill(named, r)
            out.remove(r)
    ordered = sorted(out, key=lambda r: r.evidence[0]["start"] if r.evidence else 0)
    for i, r in enumerate(ordered):
        if i == 0 or id(r) not in anaphoric or id(r) not in carried:
            continue
        before = ordered[i - 1]
        # "وقال مصدر إن العبوة انفجرت ... ونقلت الجريح إلى مستشفى المقدادية": the device with the article is the one
        # named just before, wherever the retelling sentence points
        if before in out and before.event_date == r.event_date \
                and (_det_site(before.location, r.location)
                     or before.weapon == r.weapon and not _evt_two_known_places(before.location, r.location)):
            _wp12_device_named(before, r, clashes)
            _fill(before, r)
            out.remove(r)
            ordered[i] = before  # a third mention joins the same event


def _wp12_device_named(before: Incident, r: Incident, clashes: set[int]) -> None:
    """A mention told with the article that names the device ("وكانت الهجمات التي استهدفت المطار قد أوقعت 20 قتيلا.
    وحددت الشرطة هوية الرجلين اللذين نفذا الهجومين الانتحاريين"; "قتل جنديان في هجوم على دورية. وقال المتحدث إن
    الدورية تعرضت لانفجار لغم") is the event before it: its device replaces the weapon the event before only guessed
    (small arms, unknown) with its types and count, as ``_mrg_follow`` does, unless that one was told as a clash
    (``clashes``: "اشتبكت الشرطة مع مطلوبين ... وفجر أحدهم نفسه": the besieged men's bombs are part of the fight) or
    read as a battle for its security victims ("قتل أربعة شرطيين في هجوم على مركز. وقال المسؤول إن المهاجمين ألقوا
    قنبلة يدوية ثم اقتحموه": the grenade opened an assault on the forces, which stays a battle)."""
    if before.weapon in _MRG_VAGUE_WEAPONS and r.weapon not in _MRG_VAGUE_WEAPONS and before.event_type != "Battles" \
            and not _wp11_shell_kind_named(before, r) and id(before) not in clashes:
        _take_device(before, r)


def _take_device(kept: Incident, r: Incident) -> None:
    """The record ``kept`` takes the weapon, types and munitions count of ``r``, a telling of the same event that
    names the device ``kept`` only guessed (the callers decide when)."""
    kept.weapon, kept.event_type, kept.sub_event_type = r.weapon, r.event_type, r.sub_event_type
    kept.munitions_count = r.munitions_count


def _evt_two_known_places(a: dict | None, b: dict | None) -> bool:
    """Two different places the gazetteer knows ("منشأة نطنز", "طهران"): two events even when told alike."""
    return bool(a and b and a.get("canonical") and b.get("canonical") and a.get("canonical") != b.get("canonical"))


def _fill(kept: Incident, r: Incident) -> None:
    """The slots ``kept`` lacks, from ``r`` (a mention of the same event); a count comes with its groups,
    and who claims the event carried it out."""
    if kept.claimed_by is None and r.claimed_by is not None:
        kept.claimed_by = kept.perpetrator = r.claimed_by
    if _wp9_typed_by_target(kept, r):
        kept.event_type, kept.sub_event_type = r.event_type, r.sub_event_type
    if _wp11_more_bombers(kept, r):
        kept.munitions_count = r.munitions_count  # "هجوم انتحاري" (1) ... "انتحاريين اثنين فجرا نفسيهما" (2)
    if _mg14_named_first(kept, r):
        kept.target = r.target  # "هجوم على قاعة للحفلات" ... "فتحوا النار على الحضور": what the first telling names
    for slot in ("munitions_count", "target", "perpetrator", "claimed_by", "location"):
        if slot == "munitions_count" and not _wp11_counted(kept):
            continue  # "اشتباكات ... ألقوا قنبلة يدوية": the grenade's count is not the clash's
        if getattr(kept, slot) is None and getattr(r, slot) is not None:
            setattr(kept, slot, getattr(r, slot))
    if _plc_within(r.location, kept.location) or id(r) not in PL13_NOT_IN_CLAUSE.get(frozenset()) \
            and _pl13_finer_in_town(r.location, kept.location):
        kept.location = r.location  # "غارات على مواقع في العراق" ... "طالت مواقع في قضاء القائم": the finer place
    for outcome in ("killed", "wounded"):  # "أصيب 120" in one mention, "أودى بحياة 141" in another
        if _cs8_attackers_within(kept.casualties, r.casualties, outcome):  # "141 شخصا" may count the 7 attackers
            setattr(kept, outcome, getattr(r, outcome))
            kept.casualties = [c for c in kept.casualties if c["outcome"] != outcome] \
                + [c for c in r.casualties if c["outcome"] == outcome]
        if _wn2_other_side(kept.casualties, r.casualties, outcome):  # the attackers killed, besides the victims
            setattr(kept, outcome, getattr(kept, outcome) + getattr(r, outcome))
            kept.casualties = kept.casualties + [c for c in r.casualties if c["outcome"] == outcome]
        elif apart := _cs16_attackers_apart(kept.casualties, r.casualties, outcome) \
                or _cs16_one_more(kept.casualties, r.casualties, outcome):  # "40 شخصا" ... "قبل أن تقتلهم"
            setattr(kept, outcome, getattr(kept, outcome) + sum(c["count"] for c in apart))
            kept.casualties = kept.casualties + apart
        if getattr(kept, outcome) is None and getattr(r, outcome) is not None:
            setattr(kept, outcome, getattr(r, outcome))
            kept.casualties = kept.casualties + [c for c in r.casualties if c["outcome"] == outcome]
    kept.evidence += [e for e in r.evidence if e not in kept.evidence]


def _mg14_bare_definite(target) -> bool:
    """A target told by one word with the article and nothing after it ("المبنى", "القاعدة", "الحضور"): a word that
    points back at what an earlier sentence named, not a name of its own."""
    words = normalize((target or {}).get("text") or "").split() if isinstance(target, dict) else []
    if len(words) != 1:
        return False
    w = words[0]
    if w[:1] in ("و", "ف", "ب", "ل") and w[1:3] == "ال":
        w = w[1:]
    return w.startswith("ال") and len(w) > 3


def _mg14_named_first(kept: Incident, r: Incident) -> bool:
    """Two mentions of one event, the mention told first in the article naming what was hit ("اقتحم مسلحون قاعة
    للحفلات الموسيقية في ضاحية المدينة"; "صدت القوات هجوما على إحدى قواعدها") and the kept one only pointing back at
    it with a bare definite word ("وأطلق المسلحون النار على الحضور"; "وقال القائد إن المهاجمين اقتحموا القاعدة"):
    the record keeps the target the first telling names, unless that opens with the same definite word."""
    if not kept.evidence or not r.evidence or r.target is None or not _mg14_bare_definite(kept.target) \
            or _mg14_bare_definite(r.target):
        return False
    word = normalize(kept.target.get("text") or "").split()[0]
    word = word[1:] if not word.startswith("ال") else word  # "والحضور" -> "الحضور"
    if (normalize(r.target.get("text") or "").split() or [""])[0] in (word, "و" + word):
        return False  # the first telling too opens with the same definite word ("المتظاهرين في الحي"): no new name
    return min(e["start"] for e in r.evidence) < min(e["start"] for e in kept.evidence)


_WP9_SIDES = {("Battles", "Armed clash"), ("Violence against civilians", "Attack")}


def _wp9_typed_by_target(kept: Incident, r: Incident) -> bool:
    """Two mentions of one small-arms event, one an Attack and the other an Armed clash, and the kept one names neither
    what was hit nor any dead or wounded ("وقال مسؤول إن الكمين وقع قرب قرية X" after "نصب مسلحون كمينا لحافلة كانت
    تقل مسافرين"; "العملية الإرهابية التي جدت بالمرتفعات ... حين تعرضت دورية للدرك لهجوم مسلح"): whether the event was
    on forces or on unarmed people is told only by the other mention, whose target decided its type
    (records: ``_wp5_security_side``, ``_wp8_ambushed_civilians``): the record takes that type."""
    return kept.target is None and r.target is not None and not kept.casualties \
        and kept.weapon in _MRG_VAGUE_WEAPONS and r.weapon in _MRG_VAGUE_WEAPONS \
        and (kept.event_type, kept.sub_event_type) in _WP9_SIDES and (r.event_type, r.sub_event_type) in _WP9_SIDES \
        and kept.sub_event_type != r.sub_event_type


def _wp11_counted(kept: Incident) -> bool:
    """Whether a record of this weapon counts its munitions (as ``records._record`` does): not a small-arms event, nor
    an attack of unknown weapon that is no shelling. A clash or an armed attack joined with a mention of a device used
    in it ("اشتبكت الشرطة مع مطلوبين تحصنوا في مزرعة" ... "ثم فجر أحدهم نفسه"; "رمى المهاجمون قنبلة على مدخل
    الثكنة قبل أن يشتبكوا مع الحراس") keeps its type and takes no count from that device."""
    return kept.weapon != "small_arms" and (kept.weapon != "unknown"
                                            or kept.sub_event_type == "Shelling/artillery/missile attack")


def _wp11_more_bombers(kept: Incident, r: Incident) -> bool:
    """Two mentions of one suicide bombing, the kept one counting 1 for its single event noun ("قتل ستة في هجوم
    انتحاري استهدف فندقا", "التفجير الانتحاري الذي هز السوق") and the other counting the bombers or their belts ("وقال
    مصدر إن ثلاثة انتحاريين اقتحموا المطعم", "فجرت امرأتان حزاميهما الناسفين"): one attack by several
    bombers, whose count is the bombers' (corpora/incidents/README.md: one suicide bomber or belt is 1)."""
    return kept.weapon == r.weapon == "suicide_bomb" and kept.munitions_count == 1 \
        and (r.munitions_count or 0) > 1


def _wp11_shell_kind_named(before: Incident, r: Incident) -> bool:
    """A shelling told first with the kind of its shells named ("استهدفت دبابة المنزل", "دكت المدفعية التلال": weapon
    unknown, artillery and tank fire) and retold with a bare shell word ("وسقطت القذيفتان قرب المدرسة"), which the weapon
    terms read as a mortar for want of a kind: the shells are the ones named first, not a device that replaces them."""
    return before.weapon == "unknown" and before.sub_event_type == "Shelling/artillery/missile attack" \
        and r.weapon == "mortar"


def _compatible_place(a: dict | None, b: dict | None) -> bool:
    """On the same day with the same weapon: one place inside the other, or one without a known name."""
    if _det_site(a, b):  # "مطار أربيل الدولي" in "الجناح العسكري في مطار أربيل الدولي"
        return True
    return a.get("canonical") in (b.get("admin1"), b.get("country")) or \
        b.get("canonical") in (a.get("admin1"), a.get("country"))


def _plc_within(a: dict | None, b: dict | None) -> bool:
    """Place ``a`` is a known place inside place ``b``, a country or a province the gazetteer knows ("قضاء القائم" in
    "العراق", "بلدة تل تمر" in "محافظة الحسكة"): the finer place of one event told twice."""
    if not a or not b or not b.get("canonical") or b.get("lat") is not None or a.get("canonical") == b.get("canonical"):
        return False  # b with coordinates is a town or a site, not a country or a province
    if a.get("admin1") and a.get("admin1") == b.get("canonical"):
        return True
    return not b.get("admin1") and b.get("country") == a.get("country") and bool(a.get("admin1")) \
        and load_kb().countries.get(b.get("country") or "") == b.get("canonical")


# ids of the records of one article whose place was not named in the clause of their trigger (taken from the rest of
# the sentence, the next sentence or the story): too loose to be the finer place of an event told twice ("أصيب
# شرطيون في التفجير، مشيرة إلى أن المنفذ نفذ منذ أشهر هجوما بحي X"); ``extract`` sets a fresh set for each article
# (a context variable, so that articles extracted in several threads do not share it)
PL13_NOT_IN_CLAUSE: ContextVar[set[int]] = ContextVar("pl13_not_in_clause")


@lru_cache(maxsize=1)
def _pl13_types() -> dict:
    """The gazetteer's place type of each canonical name of a populated place (a location names its place by its
    canonical, not its id)."""
    return {e["canonical"]: e.get("type") for e in load_kb().entries.values() if e.get("label") in ("GPE", "LOC")}


def _pl13_finer_in_town(a: dict | None, b: dict | None) -> bool:
    """Place ``a`` is finer than the city or town ``b`` and lies in it or in its province: a neighbourhood, an area or a
    village the gazetteer does not know, opened by its designator ("حي X", "قرية X", "منطقة X"), or a town or village
    the gazetteer puts in the city's province. The same event told twice, once at the city ("انفجرت عبوة في مدينة
    X") and once with the finer place ("وأوضح شهود أن العبوة انفجرت قرب سوق بحي Y"), is at the finer place, as the
    corpus codes it (the most specific place the event is said to be in). An example of ours: "سقطت قذيفة على مدينة
    الرمادي ... وقال مصدر إن القذيفة أصابت منزلا في حي الضباط"."""
    if not a or not b or not b.get("canonical") or b.get("lat") is None or a.get("canonical") == b.get("canonical"):
        return False
    types = _pl13_types()
    if types.get(b["canonical"]) not in ("city", "town") or a.get("country") not in (None, b.get("country")):
        return False
    if a.get("canonical"):
        from .places import _pl18_area_named

        rank = {"village": 1, "area": 2, "town": 2}.get(types.get(a["canonical"]), 9)
        if types.get(a["canonical"]) == "district" and _pl18_area_named(a.get("text")) and (distance_km(a, b) or 0) <= 15:
            rank = 2  # "منطقة التواهي" and "عدن": a district of the city's province named as an area, its quarter
        return rank < (3 if types[b["canonical"]] == "city" else 2) and bool(a.get("admin1")) \
            and a.get("admin1") == b.get("admin1")
    words = normalize(a.get("text") or "").split()
    label, rank = lexicon().designators.get(words[0], ("", 9)) if len(words) > 1 else ("", 9)
    if label not in ("GPE", "LOC") or rank >= (3 if types[b["canonical"]] == "city" else 2) \
            or words[0] == normalize("مدينة"):
        return False
    km = distance_km(a, b)
    return km is None or km <= PLACE_KM


def _contains(a: dict | None, b: dict | None) -> bool:
    """Place ``a`` strictly contains place ``b``: its province ("بغداد" and "مدينة الصدر"),
    or a shorter name inside the other's ("مطار أربيل" in "الجناح العسكري في مطار أربيل")."""
    if not a or not b or _same_place(a, b):
        return False
    if a.get("canonical") and a.get("canonical") == b.get("admin1"):
        return True
    ta, tb = normalize(a.get("text") or ""), normalize(b.get("text") or "")
    return bool(ta) and ta in tb and ta != tb


def _same_place(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return True
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    return normalize(a.get("text") or "") == normalize(b.get("text") or "")


_MRG_VAGUE_WEAPONS = ("small_arms", "unknown")


def _mrg_follow(records: list[Incident], follow: set[int], clashes: set[int] = frozenset()) -> None:
    """A mention with no day of its own that goes on with the story told just before it (``follow``: "قتل ستة
    من الشرطة في هجوم استهدف مركزا في مدينة بول. وأوضح المصدر أن انتحارية فجرت حزاما ناسفا عند مدخل المركز،
    وأن الانفجار أسفر عن مقتل ستة شرطيين") is that event, whatever its weapon, when it is at the same site (or a
    place the other holds) and its toll agrees (a figure for an outcome only one of them gives, or the same one);
    at a place the gazetteer lacks in the same country ("منطقة سوق الشعارين" after "مدينة الموصل"), only when it
    restates the toll. Only the record right before it: never over another event. A device named in it replaces a
    weapon the first mention only guessed (small arms, unknown), not the fire of a clash told as one (``clashes``:
    "اشتبكت الشرطة مع مطلوبين تحصنوا في مزرعة" ... "وقال شاهد إن أحدهم فجر نفسه قبل اقتحامها": the besieged men's
    bombs are part of the fighting)."""
    def start(r: Incident) -> int:
        return r.evidence[0]["start"] if r.evidence else 0

    ordered = sorted(records, key=start)
    for i, r in enumerate(ordered):
        if i == 0 or id(r) not in follow or r not in records:
            continue
        before = next((k for k in reversed(ordered[:i]) if k in records), None)
        if before is None or start(before) >= start(r) or before.event_date != r.event_date or not before.location \
                or not r.location:  # two clauses of one sentence tell two events ("قذيفة على الشاحنة، و3 قذائف")
            continue
        if r.evidence[0] in before.evidence and r.casualties:
            continue  # the record before read this sentence as its own toll: a toll they share proves nothing
        same_toll = False
        clash = False
        for outcome in ("killed", "wounded"):
            a, b = getattr(before, outcome), getattr(r, outcome)
            if a is not None and b is not None:
                same_toll = same_toll or a == b and a > 0
                clash = clash or a != b
        if clash:
            continue
        site = _det_site(before.location, r.location) or _mrg_holds(before.location, r.location) \
            or _mrg_holds(r.location, before.location)
        unknown = bool(before.location.get("country")) and before.location.get("country") == r.location.get("country") \
            and bool(before.location.get("canonical")) != bool(r.location.get("canonical"))
        if not (site or unknown and same_toll or _mg12_untolled_account(before, r)):
            continue
        if before.weapon in _MRG_VAGUE_WEAPONS and r.weapon not in _MRG_VAGUE_WEAPONS \
                and not _wp11_shell_kind_named(before, r) and id(before) not in clashes:
            _take_device(before, r)
        _fill(before, r)
        records.remove(r)


def _mg12_untolled_account(before: Incident, r: Incident) -> bool:
    """A mention that goes on with the story told just before it and only tells how it happened, with no toll of its
    own, with the same weapon or its kin, at a site the gazetteer lacks (no name it knows, no coordinates) in the
    same country: the lead's event told by a witness or an official ("قتل سبعة في تفجير انتحاري استهدف حاجزا عند
    دوار المدينة. وقال شهود إن انتحاريا يقود سيارة مفخخة فجرها قرب المقاهي في الحي التابع لمديرية س"), not a
    second one (that is told with "آخر", which keeps it out of ``follow``). A shelling told with its kind and retold
    by its shells ("قصف مدفعي استهدف بلدة X" ... "انتشلوا الجثث من تحت أنقاض منزل دمرته القذائف، مشيرين إلى أن القصف
    طال أطراف القرى المجاورة": a bare shell word, read as a mortar) is kin too (``_wp11_shell_kind_named``)."""
    a, b = before.location or {}, r.location or {}
    return r.killed is None and r.wounded is None \
        and (_mg10_kin(before.weapon, r.weapon) or _wp11_shell_kind_named(before, r)) \
        and not b.get("canonical") and b.get("lat") is None and bool(b.get("country")) \
        and b.get("country") == a.get("country") and bool(a.get("canonical") or a.get("lat") is not None)


def _mrg_holds(a: dict, b: dict) -> bool:
    """Known place ``a`` holds place ``b`` (its province or country is ``a``): "بغداد" and "مدينة الصدر"."""
    return bool(a.get("canonical")) and a.get("canonical") in (b.get("admin1"), b.get("country"))


_FP_EXPLOSIVE = "Explosions/Remote violence"


def _fp_start(r: Incident) -> int:
    return r.evidence[0]["start"] if r.evidence else 0


def _fp_tolls_clash(a: Incident, b: Incident) -> bool:
    """Two tolls for the same outcome that differ: two events (``_mrg_follow`` reads a restated toll the same way)."""
    return any(getattr(a, o) is not None and getattr(b, o) is not None and getattr(a, o) != getattr(b, o)
               for o in ("killed", "wounded"))


def _fp_one_site(a: dict | None, b: dict | None) -> bool:
    """The same site: one name inside the other, a known place that holds the other (its province, or its country:
    "تونس" and "العاصمة"), or two points within 10 km (spec section 5: the places agree), as a neighbourhood placed
    at its town ("منطقة النهضة" at "صبراتة")."""
    if not a or not b:
        return False
    if _det_site(a, b) or _mrg_holds(a, b) or _mrg_holds(b, a) or _fp_country_holds(a, b) or _fp_country_holds(b, a):
        return True
    km = distance_km(a, b)
    return km is not None and km <= PLACE_KM


def _fp_country_holds(a: dict, b: dict) -> bool:
    """Place ``a`` is the country of place ``b`` ("تونس" and "العاصمة"): locations name their country by its code."""
    return bool(a.get("canonical")) and not a.get("admin1") and bool(b.get("country")) \
        and load_kb().countries.get(b["country"]) == a["canonical"]


def _fp_month_day(records: list[Incident]) -> None:
    """An event recalled once with its month and once with its day ("الهجوم الذي استهدف المتحف في مارس 2015" ...
    "بعد خمسة أشهر من الهجوم الذي طال في 18 مارس 2015 المتحف") is one event: the record with only the month (or
    the year) joins the one record of a day in it with the same weapon at the same site."""
    for r in sorted(records, key=_fp_start):
        if r not in records or not r.event_date or len(r.event_date) not in (4, 7) or "X" in r.event_date:
            continue
        days = [k for k in records if k is not r and k.event_date and len(k.event_date) == 10
                and k.event_date.startswith(r.event_date + "-") and k.weapon == r.weapon
                and _fp_one_site(k.location, r.location) and not _fp_tolls_clash(k, r)]
        if len(days) == 1:
            _fill(days[0], r)
            records.remove(r)


def _fp_device_named(records: list[Incident], clashes: set[int] = frozenset()) -> None:
    """One event told twice on the same day at the same site, once with no device (an attack, an assassination
    attempt or an exchange of fire: small arms or unknown) and once with the device ("تعرض حفتر لمحاولة اغتيال" ...
    "انفجارا استهدف صباح اليوم حفتر"; "تبادل لإطلاق النار مع مسلحين متحصنين بمنزل" ... "فجرا نفسيهما"), is one
    record when the tolls agree and the device mention is the only one of its day there: the first mention is
    kept; unless it was told as a clash (``clashes``: an exchange of fire), it takes the device (an attack on the
    police read as a clash for its victims included)."""
    for r in sorted(records, key=_fp_start):
        if r not in records or r.weapon not in _MRG_VAGUE_WEAPONS or not r.event_date or len(r.event_date) != 10:
            continue
        devices = [k for k in records if k is not r and k.event_date == r.event_date
                   and k.weapon not in _MRG_VAGUE_WEAPONS and k.event_type == _FP_EXPLOSIVE
                   and _fp_one_site(k.location, r.location)]
        if len(devices) != 1 or _fp_tolls_clash(devices[0], r):
            continue
        other = devices[0]
        if any(k is not other and k.weapon == other.weapon and k.event_date == other.event_date for k in records):
            continue  # two bombings that day: which one the attack is, nobody can tell
        first, second = (r, other) if _wp8_told_first(records, r, other) else (other, r)
        if first is r and id(r) not in clashes:
            _take_device(r, other)
        _fill(first, second)
        records.remove(second)


def _wp8_told_first(records: list[Incident], a: Incident, b: Incident) -> bool:
    """Mention ``a`` is told before ``b``: by its sentence, and in one sentence by its clause (the records keep
    the order of their clauses): "فجر انتحاري حزامه الناسف عند مدخل الفندق، قبل أن يقتحم مسلحون المكان ويشتبكوا
    مع الحراس" tells the bombing first, and the bombing is the event the gunmen went on with."""
    if _fp_start(a) != _fp_start(b):
        return _fp_start(a) < _fp_start(b)
    return records.index(a) <= records.index(b)


def _fp_nearby(records: list[Incident]) -> None:
    """Two mentions of the same day and weapon at places within 10 km of each other ("القدس المحتلة", "جبل المكبر
    جنوب شرق القدس") are one event, as spec section 4 keys events by date, place and weapon, unless their tolls
    differ (car bombs in four neighbourhoods of one city, each with its dead)."""
    for r in sorted(records, key=_fp_start):
        if r not in records or not r.event_date or len(r.event_date) != 10:
            continue
        near = [k for k in records if k is not r and k.event_date == r.event_date and k.weapon == r.weapon
                and _fp_start(k) < _fp_start(r) and _fp_one_site(k.location, r.location) and not _fp_tolls_clash(k, r)]
        if len(near) == 1:
            _fill(near[0], r)
            records.remove(r)


def _mg17_known_elsewhere(doc, lo: int, hi: int, weapons: list[Match], location: dict | None, kb, lex: Lexicon,
                          starts: list[int]) -> bool:
    """The sentence [lo, hi) after a record's own names an event as a known one, in a relative clause with its own place
    ("ودانت البعثة الأممية في بيان الهجوم الذي استهدف قافلة قرب بلدة X وأسفر عن مقتل سائقين اثنين"), at another site
    than the record's (``location``; any, when the record has none): that event's place and toll, not the slots of the
    record before it ("وقال المتحدث إن المهاجمين انسحبوا بعد تبادل لإطلاق النار استمر ساعة")."""
    from .places import _location, _places

    if hi <= lo or _mg3_known(doc.tokens, lo, hi, doc.text, weapons) != "known":
        return False
    first = min(m.start for m in weapons)
    found = [p for p in _places(doc, lo, hi, kb, lex, starts) if p.start > first and not p.launch]
    if not found:
        return False
    if location is None:
        return True
    return not any(_fp_one_site(location, _location(p, found, kb)) for p in found)


def _mg17_same_dead(doc, records: list[Incident], starts: list[int], clashes: set[int] = frozenset()) -> None:
    """One event told twice on the same day, each telling with its own words, weapon guess and place, restating the
    same count of dead: "قتل خمسة جنود في هجوم انتحاري على حاجز بمدينة X" ... "وقالت مصادر أمنية إن سائقا اقتحم
    بشاحنة مفخخة الحاجز في حي Y بالمدينة، ما أسفر عن مقتل خمسة من أفراد الشرطة وإصابة 12 آخرين" (the wounded
    counted again, or not at all). The same number of dead (more than one) at a compatible place (the same site, one
    holding the other, 10 km apart at most, or a known place and one the gazetteer lacks in the same country: two
    unknown quarters with different names are two sites), with kindred weapons
    (the same, a car bomb and a suicide bomber, or one only guessed: small arms, unknown), is one record when only one
    record told before it fits and no word makes it another event ("هجوم آخر"); the first telling is kept, and takes a
    device the other names, unless it was told as a clash (``clashes``). Each telling counts its dead in the sentence it
    was built from (not a toll one record took from the other's sentence)."""
    from .casualties import casualties

    lex = lexicon()

    def another(r: Incident) -> bool:
        for e in r.evidence:
            lo, hi = _tok_range(starts, e["start"], e["end"])
            if lex.other_event_words.find(doc.tokens, doc.text, lo, hi) or _mg4_opens_another(doc.tokens, lo, hi):
                return True
        return False

    def place_fits(a: dict | None, b: dict | None) -> bool:
        if not a or not b:
            return False
        if _fp_one_site(a, b):
            return True
        unknown = lambda p: not p.get("canonical") and p.get("lat") is None  # noqa: E731
        return bool(a.get("country")) and a.get("country") == b.get("country") and unknown(a) != unknown(b)

    def weapons_fit(a: str, b: str) -> bool:
        return _mg10_kin(a, b) or a in _MRG_VAGUE_WEAPONS or b in _MRG_VAGUE_WEAPONS

    read: dict[tuple[int, int], list[int]] = {}  # the dead each sentence counts, read once per sentence

    def own_dead(r: Incident) -> bool:  # the sentence the record was built from counts its dead itself
        span = (r.evidence[0]["start"], r.evidence[0]["end"])
        if span not in read:
            lo, hi = _tok_range(starts, *span)
            read[span] = [c["count"] for c in casualties(doc.tokens, lo, hi, doc.text, lex) if c["outcome"] == "killed"]
        dead = read[span]
        return r.killed in dead or sum(dead) == r.killed

    for r in sorted(records, key=_fp_start):
        if r not in records or not r.killed or r.killed < 2 or not r.evidence or not _day(r.event_date) \
                or another(r) or not own_dead(r):
            continue
        fits = [k for k in records if k is not r and k.evidence and k.evidence[0]["start"] < r.evidence[0]["start"]
                and k.killed == r.killed and own_dead(k)
                and _day(k.event_date) == _day(r.event_date) and weapons_fit(k.weapon, r.weapon)
                and place_fits(k.location, r.location)]
        if len(fits) != 1:
            continue
        k = fits[0]
        if not _wp8_told_first(records, k, r):
            continue
        if k.weapon in _MRG_VAGUE_WEAPONS and r.weapon not in _MRG_VAGUE_WEAPONS and id(k) not in clashes:
            _take_device(k, r)
        _fill(k, r)
        records.remove(r)


_MG3_DAYS = 7  # a report on an event comes within a week of it (the funeral, the claim, the victims' return)


def _mg3_known(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match]) -> str | None:
    """How the clause [lo, hi) names its event as one the reader knows: ``"this"`` after a demonstrative ("قتلا في
    هذا الهجوم الإرهابي"), ``"known"`` with the article and a relative clause ("ضحية الهجوم الإرهابي الذي استهدف
    المركز", "قتلا في الهجوم الذي جد ليلة أمس"), else None."""
    words = _words("mg3_")
    forms = _doc_forms(tokens, text)
    for m in weapons:
        if not any(f.startswith("ال") for f in forms[m.last]):
            continue
        if m.first > lo and not words["demonstratives"].isdisjoint(forms[m.first - 1]):
            return "this"
        k = m.last + 1
        while k < hi and k <= m.last + 3 and words["relatives"].isdisjoint(forms[k]) \
                and any(f.startswith("ال") and f.endswith(("ه", "ي")) for f in forms[k]):
            k += 1  # "الإرهابي", "الدامية"
        if k < hi and not words["relatives"].isdisjoint(forms[k]):
            return "known"
    return None


def _mg3_days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) != 10 or len(b) != 10 or "X" in a + b:
        return 0 if not a or not b else None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def _mg3_named_in(place: dict | None, r: Incident, text: str) -> bool:
    """The mention ``r`` names ``place`` in its first sentence ("ضحية الهجوم الذي استهدف المركز في مدينة كيبيك"
    read at the airport the body arrived at)."""
    core = _plc_core(place.get("text")) if place else ""
    return bool(core) and bool(r.evidence) and core in normalize(text[r.evidence[0]["start"]:r.evidence[0]["end"]])


def _mg3_known_join(records: list[Incident], known: dict[int, str], text: str) -> None:
    """One event told as known before it is told in full: a mention after a demonstrative (``"this"``: "وكانت
    الوزارة أعلنت مقتل تونسيين اثنين في هذا الهجوم") is the event told just before it, wherever its sentence is
    (an embassy in the capital); a mention with the article and a relative clause and no toll of its own
    (``"known"``: "وصل جثمان أحد ضحايا الهجوم الإرهابي الذي استهدف مطعما في مدينة ...", dated by the news of the
    day) is the event the article tells in full after it ("وكان مسلحون قد أطلقوا النار مساء الأحد 4 مارس على رواد
    مطعم ...") at the place it names, with the same weapon (or an attack word's guess), within a week: that
    record keeps its day (only when one such record fits, never two events of one place); then the mentions after
    a demonstrative, which give a toll but not the place or the target of the sentence they are in."""
    def weapon_fits(a: Incident, b: Incident) -> bool:
        return a.weapon == b.weapon or a.weapon in _MRG_VAGUE_WEAPONS and a.event_type == b.event_type \
            or _mg17_bare_attack(a)

    def near(a: Incident, b: Incident) -> bool:
        days = _mg3_days_apart(a.event_date, b.event_date)
        return days is not None and days <= _MG3_DAYS and not _fp_tolls_clash(a, b)

    for r in sorted(records, key=_fp_start):
        if r not in records or known.get(id(r)) != "known" or r.killed is not None or r.wounded is not None:
            continue
        told = [k for k in records if k is not r and id(k) not in known and _fp_start(k) > _fp_start(r)
                and weapon_fits(r, k) and near(r, k) and k.location
                and (_fp_one_site(k.location, r.location) or _mg3_named_in(k.location, r, text))]
        if len(told) == 1:
            k = told[0]
            if r.target is not None:
                k.target = r.target  # the known mention names what was hit first
            _fill(k, r)
            k.evidence.sort(key=lambda e: e["start"])
            records.remove(r)
    for r in sorted(records, key=_fp_start):
        if r not in records or known.get(id(r)) != "this":
            continue
        before = [k for k in records if _fp_start(k) < _fp_start(r)]
        if before:
            k = max(before, key=_fp_start)
            if weapon_fits(r, k) and near(r, k):
                r.target = r.location = None  # its sentence is about another place (an embassy, a consulate)
                _fill(k, r)
                records.remove(r)


def _mg17_bare_attack(r: Incident) -> bool:
    """A mention told by an attack word that names no weapon at all (weapon unknown, typed an Attack only for want of
    one): "أدان الوزير الهجوم الذي تعرضت له بلدة X أمس" before "وكانت طائرات قد قصفت البلدة بصواريخ محملة بغاز سام"
    is the air strike told in full, whatever type its guess took."""
    return r.weapon == "unknown" and (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack")


def _wn_fits(a: dict, b: dict) -> bool:
    """Two known places that may be the place of one event: the same country, and the same province unless one
    of them has none the gazetteer knows (a country, a site)."""
    if a.get("country") != b.get("country"):
        return False
    return not a.get("admin1") or not b.get("admin1") or a.get("admin1") == b.get("admin1") \
        or a.get("canonical") in (b.get("admin1"), b.get("country")) or b.get("canonical") in (a.get("admin1"), a.get("country"))


def _wn_elsewhere(place: dict | None, others: list[dict]) -> bool:
    """A sentence naming only known places none of which fits ``place`` (another province or country: "وأعلنت
    الوزارة أن الجيش قتل 14 مسلحا في ولاية X" after an attack in city Y) tells of an event elsewhere; a sentence
    naming no known place, or one that fits, may go on with the same event."""
    if not place or not place.get("country"):
        return False
    known = [o for o in others if o.get("country")]
    return bool(known) and not any(_wn_fits(place, o) for o in known)


def _wn_locs(places: list, kb) -> list[dict]:
    """The gazetteer entries of the places a sentence names as where something happened ("في X", "قرب X", "بX": not
    "مجلس نواب طبرق"; not a launch site, not one of a list)."""
    return [e for p in places if p.locative and not p.launch and not p.plc_never and p.kb_id and (e := kb.get(p.kb_id))]


def _wn2_other_side(kept: list[dict], more: list[dict], outcome: str) -> bool:
    """Whether the casualties ``more`` of another mention of an event count other people than ``kept`` for
    ``outcome``: one side names the attackers ("قتل أربعة جنود" ... "مؤكدا مقتل ثلاثة من المسلحين", "وقتلت قوات
    الأمن ثلاثة من المهاجمين"), the other names only other groups, the figures differ and no group's first word is shared."""
    attackers = _words("wn2_")["attacker_heads"]
    heads_a = {_tol_head(c) for c in kept if c["outcome"] == outcome and not c.get("toll")}
    heads_b = {_tol_head(c) for c in more if c["outcome"] == outcome and not c.get("toll")}
    if not heads_a or not heads_b or None in heads_a or None in heads_b or heads_a & heads_b \
            or any(c.get("toll") and c["outcome"] == outcome for c in kept + more):
        return False
    total_a = sum(c["count"] for c in kept if c["outcome"] == outcome)
    total_b = sum(c["count"] for c in more if c["outcome"] == outcome)  # the same figure: the same dead retold
    return total_a != total_b and bool(heads_a & attackers) != bool(heads_b & attackers)


def _mg4_no_day_before(r: Incident, timexes: list) -> bool:
    """No time expression naming a day before the end of the sentence that first tells ``r``: its date is only
    the day the report came out."""
    end = r.evidence[0]["end"] if r.evidence else 0
    return not any(t.start < end and _day(t.value) for t in timexes)


def _mg4_told_day_join(records: list[Incident], anaphoric: set[int], timexes: list) -> None:
    """A lead that names no day (dated only by the report) and the next mention, whose device or attackers take
    the article, with the same weapon at a compatible place and a day of its own up to a week before ("لقي سبعة
    أشخاص حتفهم في انفجار عبوة ناسفة في ولاية X. وأضاف المتحدث أن العبوة انفجرت ... مساء أمس"): one event, on
    the day the retelling names."""
    ordered = sorted(records, key=_fp_start)
    for i, r in enumerate(ordered):
        if i == 0 or id(r) not in anaphoric:
            continue
        lead = ordered[i - 1]
        if lead not in records or lead.weapon != r.weapon or not _day(lead.event_date) or not _day(r.event_date) \
                or not _mg4_no_day_before(lead, timexes) or _mg4_no_day_before(r, timexes):
            continue
        apart = _mg3_days_apart(r.event_date[:10], lead.event_date[:10])
        if apart is None or not 0 < apart <= 7 or r.event_date[:10] > lead.event_date[:10]:
            continue
        if lead.location and r.location and not _compatible_place(lead.location, r.location):
            continue
        lead.event_date = r.event_date
        _fill(lead, r)
        records.remove(r)
        ordered[i] = lead


def _mg4_opens_another(tokens: list[Token], lo: int, hi: int) -> bool:
    """The sentence [lo, hi) opens with words that turn to another event ("وفي حادث منفصل،", "وفي اليوم نفسه،",
    ``mg4_openers``): it is not the toll or the claim of the event told before it."""
    words = [t.norm for t in tokens[lo:min(hi, lo + 6)] if any(c.isalpha() for c in t.norm)]
    if not words:
        return False
    if words[0][:1] in ("و", "ف") and len(words[0]) > 2:
        words[0] = words[0][1:]
    head = " ".join(words)
    return any(head == o or head.startswith(o + " ") for o in _words("mg4_")["openers"])


def _mg5_pluperfect_day(records: list[Incident], tokens: list[Token], text: str) -> None:
    """An event told first with no day at all (a revised toll, a known attack: "ارتفع عدد قتلى الهجوم الذي استهدف
    كنيسة في ولاية X إلى 40") and retold right after in the pluperfect with its day ("وكان مسلحون قد فتحوا النار
    وفجروا عبوات ناسفة داخل الكنيسة خلال قداس الأحد") is one event on that day: the retelling joins the record before
    it when it is at the same site, its tolls agree and no word makes it another event ("مماثل", "آخر"). The first
    mention keeps its weapon and what it names."""
    lex = lexicon()
    opener, perfect = _words("mg5_")["pluperfect_openers"], _words("mg5_")["pluperfect_particles"]
    starts = [t.start for t in tokens]
    ordered = sorted(records, key=_fp_start)
    for i in range(1, len(ordered)):
        lead, r = ordered[i - 1], ordered[i]
        if lead not in records or r not in records or lead.event_date is not None or not _day(r.event_date) \
                or not r.evidence or not _fp_one_site(lead.location, r.location) or _fp_tolls_clash(lead, r) \
                or _mg13_other_kind(lead, r):
            continue
        lo, hi = _tok_range(starts, r.evidence[0]["start"], r.evidence[0]["end"])
        words = [tokens[k].norm for k in range(lo, min(hi, lo + 8))]
        if not words or words[0] not in opener or perfect.isdisjoint(words[1:]) \
                or lex.other_event_words.find(tokens, text, lo, hi):
            continue
        lead.event_date = r.event_date
        _fill(lead, r)
        records.remove(r)


def _mg6_list_items(doc, lo: int, hi: int, k: int) -> list[tuple[int, int]]:
    """The names of a list after the place noun at token ``k`` ("بلدات كفرنبل وحاس والبارة", "بلدتي كفركلا
    والعديسة"): (first, end) token ranges, one per name, a name the gazetteer knows as a whole (an entity of several
    words), else one word; the next name after "و" or a comma. Up to a word that ends the list (``mg6_list_stops``)."""
    tokens = doc.tokens
    stops = _words("mg6_")["list_stops"]
    ents = {e.start: e.end for e in doc.entities if e.label in ("GPE", "LOC", "FACILITY", "BASE")}
    items: list[tuple[int, int]] = []
    j, joined = k + 1, True
    while j < hi and joined:
        tok = tokens[j]
        word = tok.norm
        if items:  # the next name: "وحاس", "و البارة", "، حاس"
            if tok.kind == "punct" and tok.text in ("،", ","):
                j += 1
                if j >= hi:
                    break
                tok, word = tokens[j], tokens[j].norm
            elif word == "و" and j + 1 < hi:
                j += 1
                tok, word = tokens[j], tokens[j].norm
            elif word.startswith("و") and len(word) > 3:
                word = word[1:]
            else:
                break
        if tok.kind == "punct" or not any(c.isalpha() for c in word) or word in stops \
                or word in lexicon().designators or any(c.isdigit() for c in word):
            break
        end = j + 1
        if tok.start in ents or tok.start + 1 in ents:  # "بيت حانون": the gazetteer's name as a whole
            stop = ents.get(tok.start, ents.get(tok.start + 1))
            while end < hi and tokens[end].start < stop:
                end += 1
        else:  # "دير سنبل": a name of two or three words, up to the next "و", comma or stop word
            while end < hi and end < j + 3 and tokens[end].kind != "punct" and not tokens[end].norm.startswith("و") \
                    and tokens[end].norm not in stops and tokens[end].norm not in lexicon().designators \
                    and any(c.isalpha() for c in tokens[end].norm) and tokens[end].start not in ents:
                end += 1
        items.append((j, end))
        j = end
        joined = j < hi and (tokens[j].norm.startswith("و") or tokens[j].text in ("،", ","))
    return items


def _mg15_name_tolls(doc, r: Incident, ev: dict, names: list[str], starts: list[int]) -> tuple[str, list[int], str] | None:
    """A toll split over the names of a list, told in another sentence of the record (``r``'s evidence other than the
    list sentence ``ev``): a figure right before "في <name>" for every name ("وقال مسؤول إن ثمانية قتلوا في الرملة
    وأربعة في السدرة", "قتل 70 شخصا في الرملة و30 في السدرة"). (outcome, one figure per name, the group the record
    counted) when the figures are the record's: they add up to its toll for that outcome (a total told over the list),
    or the first figure is its toll (the record read the first clause only); else None."""
    from .casualties import _cas_number

    tokens, text, lex = doc.tokens, doc.text, lexicon()
    keys = [n.split() for n in names]
    for e in r.evidence:
        if e is ev:
            continue
        lo, hi = _tok_range(starts, e["start"], e["end"])
        figures: list[int] = []
        floor = lo
        for key in keys:
            at = next((k for k in range(floor + 2, hi - len(key) + 1)
                       if [tokens[k + j].norm for j in range(len(key))] == key and tokens[k - 1].norm == "في"), None)
            if at is None:
                break
            found = None
            for k in range(at - 2, max(floor, at - 5) - 1, -1):  # "ثمانية قتلوا في X", "و30 في X", "70 شخصا في X"
                if tokens[k].kind == "punct":
                    break
                n = _cas_number(tokens, k, at - 1, text, lex)
                if n is not None:
                    found = n[0]
                    break
            if found is None:
                break
            figures.append(found)
            floor = at + len(key)
        if len(figures) != len(keys):
            continue
        for outcome in ("killed", "wounded"):
            told = getattr(r, outcome)
            if told and told in (sum(figures), figures[0]):
                group = next((c.get("group") for c in r.casualties if c["outcome"] == outcome), None)
                return outcome, figures, group
    return None


def _mg15_list_target(target, designator: str, names: list[str]) -> bool:
    """The target is the list of places itself ("قريتي الرملة", "قريتا الرملة والسدرة": the designator and a name of
    the list), not something hit there: once the list is split, each name is the place of its own record."""
    words = normalize((target or {}).get("text") or "").split() if isinstance(target, dict) else []
    if len(words) < 2:
        return False
    head = designator if designator in words[0] else None
    return head is not None and words[0] in (head, *(c + head for c in "وبل")) \
        and any(" ".join(words[1:]).startswith(n) for n in names)


def _mg15_set_toll(r: Incident, tolls: tuple[str, list[int], str], i: int) -> None:
    """Record ``r`` at the ``i``-th name of a list takes that name's figure of a split toll (``_mg15_name_tolls``)."""
    outcome, figures, group = tolls
    setattr(r, outcome, figures[i])
    r.casualties = [c for c in r.casualties if c["outcome"] != outcome] \
        + [{"count": figures[i], "group": group, "outcome": outcome}]


def _mg15_list_sentences(r: Incident) -> list[dict]:
    """The sentences a list of places may be told in for record ``r``: the one it was built from first, then the
    sentences of its other mentions in text order. An event is often named first in the pluperfect or by its toll, and
    its list of places in another sentence that the merge joined to it ("وكان مسلحون قد اقتحموا القريتين فجر الأحد"
    with "زار الوزير جرحى الهجوم الذي تعرضت له قريتا الرملة والسدرة"): ``_mg6_place_lists`` reads each in turn."""
    rest = sorted((e for e in r.evidence[1:] if e != r.evidence[0]), key=lambda e: e["start"])
    return r.evidence[:1] + [e for i, e in enumerate(rest) if e not in rest[:i]]


def _mg6_place_lists(doc, records: list[Incident], starts: list[int]) -> None:
    """Strikes on a list of places in one sentence ("شنت طائرات غارات على بلدات كفرنبل وحاس والبارة", "استهدف الجيش
    أطراف بلدتي كفركلا والعديسة", "غارات على مديريتي نهم وصرواح") are one event per place, as ACLED codes them: the
    record placed at one of the names gets a copy at each other name, with its day, weapon, actors and target, and
    its toll only when that is none (0); a toll a later sentence gives for one name ("الغارات على صرواح أسفرت عن مقتل
    ثلاثة") stays with the record at that name. Not a list after "بين" (a road between two towns), nor a launch site
    ("من"), nor a sentence that counts dead or wounded over the whole list (a total, not split)."""
    from copy import deepcopy

    from .casualties import casualties
    from .places import _location, _places

    tokens, text = doc.tokens, doc.text
    kb, lex = load_kb(), lexicon()
    designators = _words("mg6_")["list_designators"]
    for r in list(records):
        if not r.evidence or not r.location or not r.location.get("text"):
            continue
        for ev in _mg15_list_sentences(r):  # the lead first, then the sentences joined to it
            lo, hi = _tok_range(starts, ev["start"], ev["end"])
            split = False
            for k in range(lo, hi):
                word = tokens[k].norm
                if word not in designators and not (word[:1] in "وبل" and word[1:] in designators):
                    continue
                if k > lo and tokens[k - 1].norm in ("بين", "من", "وبين"):
                    continue
                items = _mg6_list_items(doc, lo, hi, k)
                if len(items) < 2:
                    continue
                names = [normalize(text[tokens[a].start:tokens[b - 1].end]) for a, b in items]
                names = [n[1:] if n.startswith("و") and len(n) > 3 and i else n for i, n in enumerate(names)]
                core = _plc_core(r.location.get("text"))
                at = next((i for i, n in enumerate(names) if n in core or core in n or core.endswith(n)), None)
                tail = normalize(text[tokens[items[-1][1] - 1].end:tokens[min(hi, items[-1][1] + 4) - 1].end])
                wider = at is None and bool(core) and core in tail  # "قرى X وY وZ في ريف حماة": placed at their area
                if at is None and not wider:
                    break  # the record is not placed at the list
                tolls = _mg15_name_tolls(doc, r, ev, names, starts)
                if any(c["count"] for c in casualties(tokens, lo, hi, text, lex)) and not tolls:
                    split = True  # "قتل 12 شخصا في هجومين على قريتي X وY": a total over the list
                    break
                later = normalize(" ".join(text[e["start"]:e["end"]] for e in r.evidence if e is not ev))
                told = [i for i, n in enumerate(names) if n in later]
                if len(told) == 1:
                    at = told[0]  # the toll told for one name: the record at that name
                at = 0 if at is None else at
                area = dict(r.location)
                found = _places(doc, lo, hi, kb, lex, starts)

                def location_of(i: int) -> dict:
                    a, b = items[i]
                    place = next((p for p in found if tokens[a].start <= p.start < tokens[b - 1].end), None)
                    if place is not None:
                        return _location(place, found, kb)
                    return {"text": text[tokens[a].start:tokens[b - 1].end].removeprefix("و"), "canonical": None,
                            "admin1": area.get("admin1") if wider else None, "country": area.get("country"),
                            "lat": None, "lon": None}

                own = location_of(at)
                if _mg15_list_target(r.target, word if word in designators else word[1:], names):
                    r.target = None  # "هجومين على قريتي X وY": the places of the list, each a record's place
                if tolls:  # "وقال مسؤول إن ثمانية قتلوا في X وأربعة في Y": each name its own toll
                    _mg15_set_toll(r, tolls, at)
                if _plc_core(own.get("text")) != core and not (own.get("canonical") and own.get("canonical")
                                                              == r.location.get("canonical")):
                    r.location = own
                at_index = records.index(r)
                for i in range(len(items)):
                    if i == at:
                        continue
                    c = deepcopy(r)
                    c.location = location_of(i)
                    c.munitions_count = None
                    c.evidence = [dict(ev)]
                    for outcome in ("killed", "wounded"):
                        if getattr(c, outcome) != 0:
                            setattr(c, outcome, None)
                    c.casualties = []
                    if tolls:
                        _mg15_set_toll(c, tolls, i)
                    at_index += 1
                    records.insert(at_index, c)
                split = True
                break
            if split:
                break


def _mg6_recalls_earlier(tokens: list[Token], lo: int, hi: int) -> bool:
    """The sentence [lo, hi) opens by placing the story after an earlier event ("ويأتي ذلك بعد أيام من مقتل أربعة
    مدنيين في هجوم ...", "وجاء الهجوم عقب أسبوعين من تفجير ..."): what follows is another event, not the toll or the
    claim of the event told before it."""
    return _mg6_lapse_link(tokens, lo, hi) is not None


def _mg6_lapse_link(tokens: list[Token], lo: int, hi: int) -> int | None:
    """The "من/على" of the lapse a recall sentence opens with ("ويأتي ذلك بعد أسابيع من هجوم ..."), else None; the
    recall verb may follow a reminder (``_mg17_reminder_recall``) and its subject (``_dt24_recall_verb_at``: "يذكر أن
    هذا الهجوم يأتي بعد أسبوع من هجوم ...")."""
    lo = _mg17_reminder_recall(tokens, lo, hi)  # "يذكر أن ..." / "ويشار إلى أن ..." before the subject
    lo = _dt24_recall_verb_at(tokens, lo, hi)
    if hi - lo < 4 or tokens[lo].norm not in _words("mg6_")["recall_verbs"]:
        return None
    heads, links = _words("dat_")["relative_heads"], _words("dat_")["relative_links"]
    units = _mg6_lapse_units()
    for k in range(lo + 1, min(hi - 2, lo + 5)):
        if tokens[k].norm in heads:
            # "بعد أيام من", "عقب يومين من", "بعد ثلاثة أسابيع من": a lapse, not "بعد سلسلة من الهجمات"
            link = next((j for j in range(k + 2, min(hi, k + 5)) if tokens[j].norm in links), None)
            # "بعد أسبوع واحد من", "بعد أربعة أيام فقط من": the unit with "واحد" or a restrictor
            # (dt17_lapse_restrictors) after it
            unit = link - 2 if link is not None and tokens[link - 1].norm in _MG8_ONE | _words("dt17_")["lapse_restrictors"] \
                else (link or 0) - 1
            if link is not None and unit <= k + 2 and tokens[unit].norm in units:
                return link
            # "بعد أقل من أسبوع من", "بعد نحو ثلاثة أشهر من", "بعد أكثر من ثلاثة أشهر على"
            return _dt16_approximate_link(tokens, k, hi)
    return None


def _mg17_reminder_recall(tokens: list[Token], lo: int, hi: int, most: int = 6) -> int:
    """The token a recall sentence's verb is at when a reminder opens it and the verb follows its subject ("يذكر أن
    هذا الهجوم يأتي بعد أسبوع من هجوم ...", "ويشار إلى أن التفجير جاء بعد أيام من اغتيال ..."), within ``most``
    words; else ``lo``."""
    if lo >= hi or tokens[lo].norm not in _words("mg17_")["reminder_openers"]:
        return lo
    verbs = _words("mg6_")["recall_verbs"]
    return next((k for k in range(lo + 1, min(hi, lo + 1 + most)) if tokens[k].norm in verbs), lo)


def _dt16_approximate_link(tokens: list[Token], k: int, hi: int, most: int = 4) -> int | None:
    """The "من/على" of an approximate lapse after the lapse head at token ``k``: an approximator
    (``da8_lapse_approximators``, with its own "من"), an optional number, a unit of time, then the link ("ويأتي
    الهجوم بعد أقل من شهرين على تفجير"، "وجاءت الغارة بعد أكثر من ثلاثة أسابيع من اقتحام"، "بعد نحو ثلاثة أشهر
    من اختطاف"); None otherwise (not "بعد أكثر من عشرين هجوما": no unit of time)."""
    approx, links = _words("da8_")["lapse_approximators"], _words("dat_")["relative_links"]
    units = _mg6_lapse_units()
    j = k + 1
    if j >= hi or tokens[j].norm not in approx:
        return None
    j += 1
    while j < hi and j <= k + 1 + most and tokens[j].norm in links:
        j += 1  # "أقل من"
    for u in range(j, min(hi - 1, j + 2)):
        if tokens[u].norm in units and tokens[u + 1].norm in links:
            return u + 1
    return None


@lru_cache(maxsize=1)
def _mg6_lapse_units() -> frozenset:
    """The words of a lapse of time ("ساعات", "يومين", "أسابيع", "أشهر"): ``dat_relative_units``,
    ``dat_relative_plural_units`` and ``dat_relative_long_units``."""
    from .lexicon import _data

    y = _data("incidents.yaml")
    words = [w for key in ("dat_relative_units", "dat_relative_plural_units") for ws in y[key].values() for w in ws]
    return frozenset(normalize(w) for w in words) | _words("dat_")["relative_long_units"]


def _mg6_recalled_after(tokens: list[Token], lo: int, hi: int, weapons: list[Match]) -> bool:
    """The clause [lo, hi) opens a recall sentence and names an event after its lapse ("ويأتي ذلك بعد أسابيع من هجوم
    شنته حركة الشباب في 26 أيار/مايو الماضي على قاعدة"): that earlier event happened, even told by a bare "هجوم"."""
    link = _mg6_lapse_link(tokens, lo, hi)
    return link is not None and any(m.first > link for m in weapons)


def _mg6_toll_clause_join(doc, records: list[Incident], starts: list[int]) -> None:
    """A later clause of an event's sentence that revises its toll ("تبنى التنظيم التفجير الذي استهدف أمس تجمعا ...،
    في هجوم ارتفعت حصيلة قتلاه اليوم إلى 54 قتيلا") tells no new event: the record built from it (no device named:
    small arms or unknown, at the same site or none, dated on or up to a week after the event) is the record of the
    sentence before it, which takes the revised figure."""
    from .casualties import _toll

    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    lex = lexicon()
    for r in sorted(records, key=_fp_start):
        if r not in records or r.weapon not in _MRG_VAGUE_WEAPONS or not r.evidence:
            continue
        lead = [k for k in records if k is not r and k.evidence and k.evidence[0]["start"] == r.evidence[0]["start"]
                and _fp_start(k) <= _fp_start(r) and (not r.location or _fp_one_site(k.location, r.location))]
        if len(lead) != 1:
            continue
        k = lead[0]
        apart = _mg3_days_apart((k.event_date or "")[:10] or None, (r.event_date or "")[:10] or None)
        if apart is None or apart > _MG3_DAYS or (r.event_date or "") < (k.event_date or ""):
            continue
        lo, hi = _tok_range(starts, r.evidence[0]["start"], r.evidence[0]["end"])
        tolls = [found[0] for j in range(lo, hi) if (found := _toll(tokens, j, hi, text, lex, forms))]
        revised = [t for t in tolls if getattr(r, t["outcome"]) == t["count"]]
        if not revised:
            continue
        for t in revised:
            c = {x: v for x, v in t.items() if x != "toll"}
            k.casualties = [x for x in k.casualties if x["outcome"] != c["outcome"]] + [c]
            setattr(k, c["outcome"], c["count"])
        r.casualties = [x for x in r.casualties if not any(x["outcome"] == t["outcome"] for t in revised)]
        for t in revised:
            setattr(r, t["outcome"], None)
        _fill(k, r)
        records.remove(r)


def _mg6_occurred_day(doc, records: list[Incident], report_ids: set[int], used: set[int], starts: list[int]) -> None:
    """An event dated only by the report (its sentences name no day) whose day one of the two sentences after it gives
    after a verb of occurrence ("قتل مواطنان برصاص قناصة في حي ... . واتهمت السلطات الجماعة بالوقوف وراء عملية القنص،
    التي وقعت عصر الثلاثاء"): the event's day, up to a week before the report; not a sentence another record was built
    from, nor one on another event ("هجوم آخر", "في حادث منفصل")."""
    from .dates import _dat_future, _names_day, _report_date

    tokens, text = doc.tokens, doc.text
    lex = lexicon()
    verbs = _words("mg6_")["occurred_verbs"]
    for r in records:
        if id(r) not in report_ids or not r.evidence or not _day(r.event_date):
            continue
        end = max(e["end"] for e in r.evidence)
        for nxt in [s for s in doc.sentences if s.start >= end][:2]:
            lo, hi = _tok_range(starts, nxt.start, nxt.end)
            if hi <= lo or nxt.start in used or lex.other_event_words.find(tokens, text, lo, hi) \
                    or _mg4_opens_another(tokens, lo, hi):
                break
            found = None
            for t in doc.timexes:
                if not (nxt.start <= t.start < nxt.end) or not _names_day(t, tokens, text, starts) \
                        or _dat_future(t, doc.published) or _report_date(t, tokens, text, starts, lex):
                    continue
                k = next((j for j in range(lo, hi) if tokens[j].start >= t.start), hi)
                if any(tokens[j].norm in verbs for j in range(max(lo, k - 2), k)):
                    found = _day(t.value)
                    break
            apart = _mg3_days_apart(found, r.event_date[:10]) if found else None
            if found and apart is not None and apart <= _MG3_DAYS and found <= r.event_date[:10]:
                r.event_date = found
                break


def _mg7_retelling(doc, lo: int, hi: int, lex: Lexicon) -> Match | None:
    """The definite general word by which the sentence [lo, hi) retells an event told in another sentence ("وأعلنت
    هيئة الأركان أن الهجوم استهدف حافلة ... في ولاية X", "القبض على العنصر الذي شارك في الهجوم على دورية بمدينة X"):
    every event word of the sentence is a general one with the article (or after a demonstrative), and nothing makes
    it another event ("هجوم آخر", "وفي حادث منفصل", "ويأتي ذلك بعد أيام من ...")."""
    tokens, text = doc.tokens, doc.text
    weapons = lex.weapons.find(tokens, text, lo, hi)
    if not weapons or not _evt_retold(tokens, lo, hi, text, lex, weapons) or _mg4_opens_another(tokens, lo, hi) \
            or _mg6_recalls_earlier(tokens, lo, hi):
        return None
    return weapons[0]


def _mg7_retold_place(doc, records: list[Incident], starts: list[int]) -> None:
    """A record with no place, or only its country, takes the place a sentence next to its own (one before it, two
    after it) gives when it retells the event by a definite general word: "لقي 13 جنديا مصرعهم في هجوم بسيارة
    مفخخة. وأعلنت هيئة الأركان أن الهجوم استهدف حافلة ... في ولاية X" (the province). Only a sentence no record was
    built from, whose nearest record is this one (the event it names), and a place after the retelling word, not a
    launch site or where something was said, in the record's country."""
    from .places import _choose_place, _location, _places

    if not records:
        return
    kb = load_kb()
    lex = lexicon()
    sents = doc.sentences
    used = {e["start"] for k in records for e in k.evidence}
    firsts = sorted(min(e["start"] for e in k.evidence) for k in records if k.evidence)
    for r in records:
        if not r.evidence:
            continue
        loc = r.location
        country_only = loc is not None and loc.get("canonical") and not loc.get("admin1") \
            and kb.countries.get(loc.get("country") or "") == loc.get("canonical")
        if loc is not None and not country_only:
            continue
        first = min(e["start"] for e in r.evidence)
        last = max(e["end"] for e in r.evidence)
        before = [s for s in sents if s.end <= first][-1:]
        after = [s for s in sents if s.start >= last][:2]
        for s in after + before:
            if s.start in used:
                continue
            # the nearest record: the last one told before the sentence (the first one after it, for a sentence
            # before any record)
            told = [f for f in firsts if f < s.start]
            nearest = told[-1] if told else (firsts[0] if firsts else None)
            if nearest != first:
                continue
            lo, hi = _tok_range(starts, s.start, s.end)
            if hi <= lo:
                continue
            word = _mg7_retelling(doc, lo, hi, lex)
            if word is None:
                continue
            found = [p for p in _places(doc, lo, hi, kb, lex, starts)
                     if not p.launch and not p.plc_never and p.start > word.start and p.kb_id]
            place = _choose_place(found, word.start)
            if place is None:
                continue
            new = _location(place, found, kb)
            if new.get("country") is None and loc is not None:
                new["country"] = loc.get("country")
            if country_only and new.get("country") != loc.get("country"):
                continue
            r.location = new
            r.evidence.append({"start": s.start, "end": s.end})
            break


def _mg8_lapse_year(doc, records: list[Incident], starts: list[int]) -> None:
    """A day told with no year in a sentence that places its event a lapse from another ("وجاء التفجير بعد أسبوع
    من اقتحام مسلحين ...، ليلة 12 آذار، فندقا"): the day is counted from the event told before it, not from the
    publication day: the year that puts it nearest that event's day (within two months), when the publication's
    year puts it farther."""
    tokens = doc.tokens
    dated = sorted((r for r in records if r.evidence and _day(r.event_date)), key=lambda r: r.evidence[0]["start"])
    for r in dated:
        first = r.evidence[0]["start"]
        before = [o for o in dated if o.evidence[0]["start"] < first and o.event_date[:4] != r.event_date[:4]]
        if not before:
            continue
        sent = next((s for s in doc.sentences if s.start <= first < s.end), None)
        if sent is None:
            continue
        lo, hi = _tok_range(starts, sent.start, sent.end)
        if _mg6_lapse_link(tokens, lo, hi) is None:
            continue
        told = [t for t in doc.timexes if sent.start <= t.start < sent.end and t.kind == "date"
                and (t.value or "")[:10] == r.event_date[:10] and not re.search(r"\d{4}", doc.text[t.start:t.end])
                and re.match(r"\d{4}-\d\d-\d\d", t.value or "")]
        if not told:
            continue
        anchor = date.fromisoformat(before[-1].event_date[:10])
        try:
            now = date.fromisoformat(r.event_date[:10])
            best = min((now.replace(year=y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)),
                       key=lambda d: abs((d - anchor).days))
        except ValueError:  # 29 February
            continue
        if abs((best - anchor).days) <= 62 and abs((best - anchor).days) < abs((now - anchor).days):
            r.event_date = best.isoformat() + r.event_date[10:]


_MG8_ONE = frozenset(normalize(w) for w in ("واحد", "واحدة"))


_MG8_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"))


def _mg8_clause_time(doc, trigger, day, times: list, hi: int) -> str | None:
    """The time of a relative clause that tells the event ("قدمت النيابة، أمس الاثنين، لائحة اتهام ... بتنفيذ عملية
    إطلاق النار التي وقعت في بلدة X مطلع آب الماضي"): the day named before the event word belongs to the main verb
    (a trial, a visit); the month or day after "الذي/التي" that follows the event word is the event's. None when
    the clause names no time."""
    if day.end > trigger.start:
        return None
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    from bisect import bisect_left
    k = bisect_left(starts, trigger.start)
    for j in range(k + 1, min(hi, k + 6)):
        if tokens[j].kind == "punct":
            return None
        if tokens[j].norm in _MG8_RELATIVES:
            after = [t for t in times if t.start > tokens[j].start and t is not day]
            for t in after:
                if _day(t.value) or re.match(r"^\d{4}(-\d{2})?$", t.value or ""):
                    return _day(t.value) or t.value
            return None
    return None


def _mg9_pluperfect(tokens: list[Token], lo: int, hi: int, text: str, timexes: list = ()) -> bool:
    """The sentence [lo, hi) is a background sentence in the pluperfect ("وكان انتحاري ... قد فجر نفسه", "وكانت طائرات
    قد قصفت المنزل", "كان المسلحون قد هاجموا"): "كان" (with its clitic and subject ending) opens it and "قد" follows
    within eight words; nothing makes it another event ("هجوم آخر", "مماثل", "وفي حادث منفصل"; not "الثاني" of a
    month's name in a time expression, ``timexes``: "كانون الثاني")."""
    opener, perfect = _words("mg5_")["pluperfect_openers"], _words("mg5_")["pluperfect_particles"]
    words = [tokens[k].norm for k in range(lo, min(hi, lo + 9)) if tokens[k].kind != "punct"]
    return bool(words) and words[0] in opener and not perfect.isdisjoint(words[1:]) \
        and not any(not any(t.start <= m.start < t.end for t in timexes)
                    for m in lexicon().other_event_words.find(tokens, text, lo, hi)) \
        and not _mg4_opens_another(tokens, lo, hi)


def _mg9_named_in(place: dict | None, text: str, start: int, end: int) -> bool:
    """The sentence text[start:end] names ``place`` itself (its name without the designator), not a site noun."""
    core = _plc_core((place or {}).get("text"))
    return bool(core) and core in normalize(text[start:end])


def _mg9_coarser(lead: Incident, day: str, report: bool) -> bool:
    """The lead's date is coarser than ``day`` and holds it: none, a year or a month of it, the ISO week of it, or
    only the day the report came out (``report``), up to a week after ``day``."""
    d = lead.event_date
    if d is None:
        return True
    if len(d) in (4, 7):
        return day.startswith(d)
    if "-W" in d:
        try:
            return date.fromisoformat(day).isocalendar()[:2] == (int(d[:4]), int(d.split("W")[1][:2]))
        except ValueError:
            return False
    if report and _day(d):
        apart = _mg3_days_apart(d[:10], day)
        return apart is not None and apart <= _MG3_DAYS and day <= d[:10]
    return False


def _mg9_background(doc, records: list[Incident], report_ids: set[int], starts: list[int]) -> None:
    """A background sentence in the pluperfect (``_mg9_pluperfect``) tells again an event the article named before it
    (the lead: "اثنين من المشتبه بتورطهم في التفجير الانتحاري الذي استهدف مسجدا في مدينة X الشهر الماضي" ... "وكان
    انتحاري قد فجر نفسه بين صفوف المصلين في 30 كانون الثاني"): its record joins the nearest record before it whose date
    is coarser and holds its day (none, the year, the month, the week, or only the report's day), whose weapon fits (the
    same, or one of them only guessed: small arms, unknown) and whose toll does not clash; at the lead's place when the
    background sentence names no place of its own (a site noun, "المنزل", "المعسكر", or a place carried from another
    sentence), else only at the same site. The lead keeps what it names, takes the day, the device and the toll."""
    text = doc.text
    tokens = doc.tokens

    def fits(a: str, b: str) -> bool:
        return a == b or a in _MRG_VAGUE_WEAPONS or b in _MRG_VAGUE_WEAPONS

    for r in sorted(records, key=_fp_start):
        if r not in records or not r.evidence or not _day(r.event_date):
            continue
        first = r.evidence[0]
        lo, hi = _tok_range(starts, first["start"], first["end"])
        if hi <= lo or not _mg9_pluperfect(tokens, lo, hi, text, doc.timexes):
            continue
        own = _mg9_named_in(r.location, text, first["start"], first["end"])
        day = r.event_date[:10]
        for k in sorted((k for k in records if k is not r and _fp_start(k) < _fp_start(r)), key=_fp_start,
                        reverse=True):
            if not _mg9_coarser(k, day, id(k) in report_ids) or not fits(k.weapon, r.weapon) \
                    or _fp_tolls_clash(k, r) or _mg13_other_kind(k, r):
                continue
            if own and k.location and not _fp_one_site(k.location, r.location):
                continue
            if not own and k.location:
                r.location = None  # the lead's named place wins over a place carried from another sentence
            elif own and k.location and (_mrg_holds(k.location, r.location) or _fp_country_holds(k.location, r.location)):
                k.location = r.location  # "في الأردن" ... "موقع البرج 22 في شمال شرقي الأردن": the finer place
            k.event_date = r.event_date
            if k.weapon in _MRG_VAGUE_WEAPONS and r.weapon not in _MRG_VAGUE_WEAPONS:
                _take_device(k, r)
            _fill(k, r)
            k.evidence.sort(key=lambda e: e["start"])
            records.remove(r)
            break


_MG10_DEVICE_KIN = (frozenset({"ied", "vbied"}), frozenset({"vbied", "suicide_bomb"}))


def _mg10_kin(a: str, b: str) -> bool:
    """Two weapons one event may be told with: the same, or a bomb and the car bomb it was ("عبوة" ... "سيارة
    مفخخة"), a car bomb and the suicide attacker who drove it ("سيارة مفخخة يقودها انتحاري")."""
    return a == b or frozenset({a, b}) in _MG10_DEVICE_KIN


def _mg10_own_place(doc, r: Incident, dateline_end: int) -> bool:
    """The record's place is named in its own sentences, not only in the dateline ("مقديشو (رويترز) -") nor taken from
    the story before it."""
    name = normalize((r.location or {}).get("text") or "")
    return bool(name) and any(name in normalize(doc.text[max(e["start"], dateline_end):e["end"]]) for e in r.evidence)


def _mg14_dates_apart(a: str | None, b: str | None) -> bool:
    """Two dates that cannot be one event's: neither falls within the other (a month or a year that does not hold the
    other's day, or two different days). A mention told at the same town with a month of its own ("وكانت
    المدينة ذاتها قد شهدت في آذار 2019 تفجيرا انتحاريا في سوقها") is an earlier event, not the one told before it."""
    if not a or not b or "W" in a + b or "X" in a + b:
        return False
    return not (a.startswith(b) or b.startswith(a))


def _mg10_borrowed_join(doc, records: list[Incident], starts: list[int]) -> None:
    """A mention of an event whose place is not named in its sentences (borrowed from the dateline or the story before
    it), told with no day, the report's day or the day of another record, joins the one record that names its own place
    with that day and a kindred weapon: the lead "صدت القوات هجوما شنه مسلحون على إحدى قواعدها" and the attack told
    later at its town; a witness's "سيارة محملة بالمتفجرات ركنت عند مدخل السوق انفجرت" after "انفجار عبوة في سوق
    المدينة"; "أوضح أن الانتحاري اقتحم ساحة المعسكر". A mention that calls itself another ("هجوم آخر") stays apart,
    and so does one that fits several records."""
    from .dates import _da11_opening_lapse
    from .places import _dateline_end

    lex = lexicon()
    end = _dateline_end(doc.text)
    published = (doc.published or "")[:10]
    own = {id(r): _mg10_own_place(doc, r, end) for r in records}
    states = set(load_kb().countries.values())

    def another(r: Incident) -> bool:
        for e in r.evidence:
            lo, hi = _tok_range(starts, e["start"], e["end"])
            if lex.other_event_words.find(doc.tokens, doc.text, lo, hi):
                return True
        # "وبعد أقل من شهر، فجر عنصر آخر نفسه في سوق العاصمة": a later event than the one told before
        return bool(r.evidence) and _da11_opening_lapse(doc, *_tok_range(starts, r.evidence[0]["start"],
                                                                         r.evidence[0]["end"])) is not None

    for r in sorted(records, key=_fp_start):
        if r not in records or own[id(r)] or another(r):
            continue
        day = _day(r.event_date)
        fits = [k for k in records if k is not r and own[id(k)] and _mg10_kin(k.weapon, r.weapon)
                and (day is not None or not _mg14_dates_apart(k.event_date, r.event_date))
                and (day is None or day == _day(k.event_date) or day == published and r.event_date != k.event_date
                     and _day(k.event_date) is not None and _day(k.event_date) <= published)]
        if len(fits) != 1:
            continue
        kept = fits[0]
        if kept.weapon == "ied" and r.weapon == "vbied":
            kept.weapon = "vbied"  # the car the bomb was in
        if r.claimed_by in states:  # "ردت قوات الجيش على الهجوم وقتلت مسلحين": the side that answered, not the actor
            r.claimed_by = r.perpetrator = None
        _fill(kept, r)
        records.remove(r)


def _mg13_definite_first(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """The clause [lo, hi) names its event first with the article ("وقال رئيس البلدية اليوم إن الانفجار وقع قرب
    السوق، متهما المسلحين بتعمد استهداف المدنيين"): the event told before it, unless a word makes it another ("هجوم
    آخر")."""
    forms = _doc_forms(tokens, text)
    index, verbs = lex.weapons.index, _verb_words("evt_", "shelling_verbs")  # "القصف" is no weapon match of its own
    told = [k for k in range(lo, hi) if any(f.startswith("ال") and (f[2:] in index or f[2:] in verbs) for f in forms[k])]
    firsts = [m.first for m in lex.weapons.find(tokens, text, lo, hi) or weapons] + told
    if not firsts:
        return False
    first = min(firsts)
    return any(f.startswith("ال") for f in forms[first]) and not lex.other_event_words.find(tokens, text, lo, hi)


def _mg13_said_join(records: list[Incident], said: set[int], most: int = 7) -> None:
    """A mention that names its event first with the article (``_mg13_definite_first``) and is dated only by the day
    it was said (``said``) retells the event before it: "قتل ستة مدنيين مساء أمس في قصف بقذائف الهاون على حي في المدينة. وقال رئيس
    البلدية خلال مؤتمر صحفي اليوم إن القصف طال سوقا شعبية" is one event, on the lead's day (at most ``most`` days
    before the saying), at a compatible place; the retelling adds what the lead lacks."""
    for r in sorted(records, key=_fp_start):
        if r not in records or id(r) not in said or not _day(r.event_date):
            continue
        before = [k for k in records if k is not r and _fp_start(k) < _fp_start(r) and _day(k.event_date)]
        if not before:
            continue
        lead = max(before, key=_fp_start)
        apart = _mg3_days_apart(r.event_date[:10], lead.event_date[:10])
        if apart is None or not 0 < apart <= most or lead.event_date[:10] > r.event_date[:10]:
            continue
        if lead.location and r.location and not _compatible_place(lead.location, r.location):
            continue
        _fill(lead, r)
        records.remove(r)


def _mg13_recalled(r: Incident, recalls: set[int]) -> bool:
    """The record ``r`` (with no day) is the earlier event a recall sentence names after its lapse (``recalls``: "ويأتي
    الهجوم بعد ثلاثة أسابيع من الهجوم الذي استهدف حافلة ركاب في بلدة أخرى وأودى بحياة تسعة أشخاص"): another event than
    the one of the day told before it, which it does not join for want of a day of its own."""
    return id(r) in recalls and r.event_date is None


def _mg13_other_kind(a: Incident, b: Incident) -> bool:
    """One record is an abduction and the other not ("ويأتي الهجوم بعد أسبوعين من الهجوم الذي استهدف سوقا ... وخلف
    12 قتيلا. وكان مسلحون قد خطفوا في العاشر من الشهر الماضي ثلاثة مزارعين"): the pluperfect tells another event,
    not the one recalled before it."""
    kind = "Abduction/forced disappearance"
    return (a.sub_event_type == kind) != (b.sub_event_type == kind)


def _dt24_recall_verb_at(tokens: list[Token], lo: int, hi: int) -> int:
    """The token of the recall verb (``mg6_recall_verbs``) of a clause from ``lo`` that names its subject first, only
    words of ``dt24_recall_subject_words`` before it ("يذكر أن هذا الهجوم يأتي بعد أسبوع من هجوم ..."، "وكان التفجير
    قد جاء بعد يومين من ..."): the lapse is told from there, as when the verb opens the clause; ``lo`` otherwise."""
    verbs, subject = _words("mg6_")["recall_verbs"], _words("dt24_")["recall_subject_words"]
    for k in range(lo, min(hi, lo + 5)):
        if tokens[k].norm in verbs:
            return k
        if tokens[k].norm not in subject:
            return lo
    return lo
