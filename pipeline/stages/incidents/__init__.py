"""Stage ``incidents``: ACLED-aligned incident records (spec section 4).

Reads ``doc.sentences``, ``doc.tokens``, ``doc.entities``, ``doc.timexes``;
writes ``doc.incidents``. All language data is in ``resources/ar/incidents.yaml``
and ``resources/ar/numbers.yaml``.

1. Triggers: a sentence reports an event when it names a weapon or a form of
   violence (weapons with their ACLED types, most specific first) and a word
   saying it happened, and has none of the filters (threats, intentions,
   hypotheticals, denials, trends) and is not a total over a period
   ("أكثر من 50 هجوما").
2. Slots come from the trigger sentence and up to ``window`` following ones
   that add to it (casualties, claims) without reporting a new event:
   - ``event_date``: the day-level time expression nearest the trigger, else
     the last date of the preceding sentences (news narrates in order), as a day;
   - place: the most specific place (base or facility, then village or area,
     town, city, province, country) from gazetteer entities and designator
     phrases ("في منطقة X"), not a launch site ("من منطقة X") when another exists;
   - target: a base or facility entity, else the phrase after "استهدف/ضد";
   - ``munitions_count``: digits, number words, duals, "N من أصل M", and 1 for a
     single named device; casualties by outcome and group, 0 when the article
     says there were none and null when it says nothing;
   - ``claimed_by`` from claims ("أعلنت X مسؤوليتها", "تبنى"), ``perpetrator``
     from claims, accusations, the actor of the attack verb, or the nationality
     of a strike ("غارة إسرائيلية").
3. One record per event: mentions with the same day, place and weapon merge; a
   summary over several attacks is dropped when the single attacks are
   reported; a record with neither date nor place is dropped (not checkable).

Modules, in the order they depend on each other:

- ``lexicon``: language data (``incidents.yaml``, ``numbers.yaml``), word forms, numbers;
- ``places``: places, the location record, dateline and article country;
- ``casualties``: casualties by outcome and group, munitions counts;
- ``actors``: target, perpetrator, claim;
- ``detection``: triggers and the filters for what is not an event;
- ``dates``: which time expressions date the event, recalled events;
- ``merging``: one record per event;
- ``article``: article-level passes (late claims, tolls, lists, the title);
- ``records``: ``extract`` and the registered stage.
"""

from .casualties import casualties
from .lexicon import Lexicon, inflections, lexicon, possessives, verb_forms
from .merging import merge
from .records import extract, make_incidents

__all__ = ["Lexicon", "casualties", "extract", "inflections", "lexicon", "make_incidents", "merge", "possessives",
           "verb_forms"]
