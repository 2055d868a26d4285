"""The data model: plain dataclasses, no globals.

Every annotation is a span with ``start``/``end`` character offsets into the
*original* article text (end exclusive), so ``doc.text[s.start:s.end] == s.text``
holds for every span of every stage. Normalization keeps its own view of the
text with an alignment map back to these offsets (``pipeline.stages.normalize``).

``Document.to_output()`` gives the spec's section-6 object (the shape of a gold
file's ``gold`` part plus ``id``, ``published`` and ``error``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterator


@dataclass(slots=True)
class Token:
    """A token of the original text.

    ``splits`` holds the offsets inside the token where a proclitic ends
    (``والعراق`` -> splits at the ``و`` and the ``ال``), so the sub-tokens are
    ``pieces()``; ``norm`` is the matching form (see ``stages.normalize``).
    """

    start: int
    end: int
    text: str
    kind: str  # word | number | punct | latin | url | emoji | symbol | email | hashtag | mention
    norm: str = ""
    splits: tuple[int, ...] = ()

    def pieces(self) -> list[tuple[int, int]]:
        """The sub-token spans (proclitics first, then the stem)."""
        bounds = (self.start, *self.splits, self.end)
        return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

    @property
    def stem_start(self) -> int:
        """Offset after conjunction/preposition proclitics (the article ``ال`` stays)."""
        return self.splits[-1] if self.splits else self.start


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    kb_id: str | None = None
    role: str | None = None
    source: str | None = None  # which component found it: gazetteer | pattern | model | link

    def to_dict(self) -> dict:
        d = {"text": self.text, "start": self.start, "end": self.end, "label": self.label}
        for key in ("canonical", "kb_id", "role"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    kind: str | None = None  # date | time | duration | vague | set
    hijri: str | None = None
    error: str | None = None  # a per-expression problem (e.g. Hijri year out of range)

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "value": self.value}
        if self.kind in ("duration", "vague"):
            d["kind"] = self.kind
        if self.hijri:
            d["hijri"] = self.hijri
        if self.error:
            d["error"] = self.error
        return d


@dataclass(slots=True)
class Incident:
    """One ACLED-aligned record (spec section 4)."""

    article_id: str
    event_date: str | None
    event_type: str
    sub_event_type: str
    weapon: str
    munitions_count: int | None = None
    location: dict | None = None
    target: dict | None = None
    perpetrator: str | None = None
    claimed_by: str | None = None
    killed: int | None = None
    wounded: int | None = None
    casualties: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)

    @property
    def event_key(self) -> str:
        """Cross-article deduplication key: day, place and weapon (spec section 4).

        The place is its canonical name; a place the gazetteer lacks is keyed by
        the words that name it (normalized, without proclitics and without the
        words that only say what kind of place it is, unless it is named by its
        kind alone), so ``بلدة الخضر`` and ``الخضر`` get one key. A part of day
        or a time does not change the day.
        """
        from .evaluate.records import place_words

        place = ""
        if self.location:
            text = self.location.get("text") or ""
            place = self.location.get("canonical") or " ".join(sorted(place_words(text))) or text
        return "|".join(((self.event_date or "")[:10], place, self.weapon))

    def to_dict(self) -> dict:
        d = asdict(self)
        d["event_key"] = self.event_key
        return d


@dataclass
class Document:
    """An article and everything the stages found in it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None  # article | sgml-time | default | None
    source: str | None = None
    url: str | None = None
    seq: int = 0  # position in the input stream (0-based)
    origin: str | None = None  # where it was read from: path[:line]
    normalized: Any = None  # stages.normalize.NormalizedText
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    error: dict | None = None
    warnings: list[str] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # names of the stages that ran
    timings: dict[str, float] = field(default_factory=dict)

    def spans(self) -> Iterator[tuple[str, Any]]:
        """Every span of every layer, for invariant checks."""
        for layer in ("tokens", "sentences", "entities", "timexes"):
            for span in getattr(self, layer):
                yield layer, span

    def to_output(self) -> dict:
        """Spec section 6: one JSON object per article."""
        out = {
            "id": self.id,
            "published": self.published,
            "entities": [e.to_dict() for e in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "incidents": [i.to_dict() for i in self.incidents],
            "error": self.error,
        }
        if self.title is not None:
            out["title"] = self.title
        if self.published_source:
            out["published_source"] = self.published_source
        if self.source is not None:
            out["source"] = self.source
        if self.url is not None:
            out["url"] = self.url
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
