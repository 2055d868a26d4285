"""Stage ``tokenize``: offset-preserving tokens with proclitic segmentation.

Reads ``doc.text``; writes ``doc.tokens`` (``Token`` with offsets into the
original text, a ``kind``, the normalized form ``norm`` and the proclitic
split points ``splits``).

Tokens: Arabic words (diacritics and tatweel stay inside the word), numbers
with ``, . ٫ ٬`` separators between digits, Latin words, URLs, e-mails,
hashtags and mentions, emoji (with modifiers and ZWJ sequences), and every
other visible character as its own punctuation token. Whitespace and format
controls (ZWNJ, RLM ...) separate tokens and belong to none.

Proclitics (``و ف`` then ``ب ل ك`` or ``س`` then ``ال``) are split by
``CliticSegmenter``: a reading with proclitics wins when the corpus frequency
of what remains, times the proclitics' prior, beats the frequency of the whole
word. Frequencies come from ``models/clitics/`` (``rasd train clitics``, from
the ANT corpus); grammar, priors and closed-class exceptions from
``resources/ar/clitics.yaml``. So ``والعراق`` -> ``و|ال|عراق`` but ``وتيرة``,
``بلد`` and ``كتائب`` stay whole.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..core import registry
from ..document import Document, Token
from ..errors import ResourceError
from .normalize import light, normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"
MODELS = Path(__file__).resolve().parent.parent.parent / "models"

_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u08ca-\u08ff"
_LATIN = "A-Za-z\u00c0-\u024f"
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"

TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s«»"<>]*[^\s«»"<>.,;:!?)\]،؛؟])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<hashtag>\#[\w\u0640]+)
  | (?P<mention>@\w+)
  | (?P<number>\d+(?:[.,\u066b\u066c]\d+)*)
  | (?P<word>[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*)
  | (?P<latin>[{_LATIN}][{_LATIN}0-9]*(?:['’\-][{_LATIN}0-9]+)*)
  | (?P<emoji>[\U0001f1e6-\U0001f1ff]{{2}}|[{_EMOJI}](?:[\ufe0f\U0001f3fb-\U0001f3ff]|\u200d[{_EMOJI}])*)
  | (?P<punct>[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])
    """,
    re.VERBOSE,
)


class CliticSegmenter:
    """Decides proclitic splits for one Arabic word in light form (cached per form)."""

    def __init__(self, data: dict, counts: dict[str, int], names: Iterable[str] = ()):
        self.conj = tuple(data["conj"])
        self.prep = tuple(data["prep"])
        self.future = tuple(data["future"])
        self.future_before = tuple(data["future_before"])
        self.slots = (self.conj, self.prep + self.future)  # peeled in this order, one proclitic of each
        self.article = data["article"]
        self.alpha = data["alpha"]
        self.min_evidence = int(data["min_evidence"])
        self.min_stem = int(data["min_stem"])
        self.unseen_split = tuple(sorted(data["unseen_split"], key=len, reverse=True))
        self.never_split = frozenset(data["never_split"]) | frozenset(names)
        self.names = frozenset(names)
        self.unseen_min_rest = int(data["unseen_min_rest"])
        self.article_exceptions = frozenset(data["article_exceptions"])
        self.counts = counts
        self.split = lru_cache(maxsize=200_000)(self._split)
        self.word_cache: dict[str, tuple[str, tuple[int, ...]]] = {}  # per Arabic word: norm, split points
        self.chunk_cache: dict[str, tuple] = {}  # per whitespace-separated chunk: its tokens (``tokenize``)

    def count(self, form: str) -> int:
        return self.counts.get(normalize(form), 0)

    def _evidence(self, rest: str) -> int:
        """How evidently ``rest`` is a word: its count, plus its count without the article."""
        n = self.count(rest)
        if rest.startswith(self.article) and len(rest) - 2 >= self.min_stem:
            n += self.count(rest[2:])
        return n

    def _peel(self, word: str, clitic: str) -> bool:
        rest = word[len(clitic):]
        if word in self.never_split or len(rest) < self.min_stem:
            return False
        seen = self.count(word)
        evidence = self._evidence(rest)
        if clitic == "ل" and rest.startswith("ل") and not rest.startswith("ال"):
            # لل = ل + (ا)ل + X (للجيش), or ل + الل + X with one ل written (للجنة)
            evidence = max(evidence, self._evidence("ا" + rest), self._evidence("ال" + rest))
        if rest in self.names:
            # the rest is a known name (وأربيل, ببغداد), unless the whole word is a common word
            # the name is rarer than (كبيرا is not ك + Beira, وجوبا not و + Juba)
            return seen < self.min_evidence or evidence >= self.alpha[clitic] * seen
        if seen == 0:
            if clitic in self.conj:
                return len(rest) >= self.unseen_min_rest
            if clitic in self.future:
                return len(rest) >= 4
            return evidence >= 1
        return evidence >= max(self.min_evidence, self.alpha[clitic] * seen)

    def _split(self, word: str) -> tuple[int, ...]:
        """Split points (in characters of ``word``, a light form)."""
        if word in self.never_split:
            return ()
        if word.startswith(self.unseen_split) and self.count(word) == 0:
            for prefix in self.unseen_split:
                if word.startswith(prefix) and len(word) - len(prefix) >= self.min_stem:
                    return self._points_for_prefix(word, prefix)
        points: list[int] = []
        pos = 0
        rest = word
        for slot in self.slots:
            for c in slot:
                if rest.startswith(c) and (c not in self.future or rest[1:].startswith(self.future_before)) \
                        and self._peel(rest, c):
                    pos += 1
                    points.append(pos)
                    rest = rest[1:]
                    break
        if points and word[pos - 1] == "ل" and rest.startswith("ل") and not rest.startswith("ال") \
                and len(rest) - 1 >= self.min_stem and (len(points) == 1 or word[pos - 2] != "ل"):
            # لل: ل + ال + X (للجيش) or ل + الل + X with the article's ل assimilated (للجنة = ل+لجنة)
            if self.count("ال" + rest[1:]) >= self.count("ال" + rest):
                points.append(pos + 1)
        elif rest.startswith(self.article) and len(rest) - 2 >= self.min_stem \
                and rest not in self.article_exceptions:
            points.append(pos + 2)
        return tuple(points)

    def _points_for_prefix(self, word: str, prefix: str) -> tuple[int, ...]:
        # each letter of an unseen-split prefix is a proclitic, except the article's ال (or the ل of لل)
        body = prefix[:-2] if prefix.endswith("ال") else prefix[:-1]
        points = list(range(1, len(body) + 1)) + [len(prefix)]
        return tuple(p for p in points if 0 < p < len(word))


def load_counts(path: Path) -> dict[str, int]:
    """Word frequencies ``form<TAB>count`` (gzip) from ``rasd train clitics``."""
    if not path.exists():
        raise ResourceError(f"clitic model not found: {path}",
                            hint="run `rasd train clitics` or restore models/clitics/ from the repository")
    counts: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            form, _, n = line.rstrip("\n").partition("\t")
            counts[form] = int(n)
    return counts


@lru_cache(maxsize=1)
def default_segmenter() -> CliticSegmenter:
    from ..kb import load_yaml  # kb imports this module

    data = load_yaml(RESOURCES / "clitics.yaml")
    return CliticSegmenter(data, load_counts(MODELS / "clitics" / "counts.tsv.gz"), gazetteer_names())


def gazetteer_names() -> set[str]:
    """Single-word names of the gazetteer (light form, article removed): never split, and a
    known rest after a proclitic (ببغداد) is split off."""
    from ..kb import gazetteer_files  # parsed once, shared with the KB

    names: set[str] = set()
    for _, entries in gazetteer_files():
        for entry in entries:
            for alias in (entry.get("aliases") or []) + (entry.get("short") or []) + (entry.get("local") or []):
                words = light(str(alias)).split()
                if len(words) == 1 and not words[0].startswith("ال"):
                    names.add(words[0])
    return names


def _light_offsets(raw: str, lf: str) -> list[int] | None:
    """For a word with marks: original index of each character of ``lf``, its light form (None when identical)."""
    if len(lf) == len(raw):
        return None
    idx = []
    for i, ch in enumerate(raw):
        n = len(light(ch))
        idx.extend([i] * n)
    return idx


def _analyze_word(raw: str, split) -> tuple[str, tuple[int, ...]]:
    """Normalized form and split points (relative to the word) of an Arabic word."""
    norm = normalize(raw)
    if split is None or len(raw) <= 2:
        return norm, ()
    lf = light(raw)
    points = split(lf)
    if not points:
        return norm, ()
    idx = _light_offsets(raw, lf)
    if idx is None:
        return norm, points
    return norm, tuple(idx[p] for p in points if p < len(idx))


# a piece of a chunk: offsets in the chunk, text, kind, norm, split points in the chunk
Piece = tuple[int, int, str, str, str, tuple[int, ...]]


def _chunk_pieces(chunk: str, split, words: dict[str, tuple[str, tuple[int, ...]]]) -> tuple[Piece, ...]:
    """The tokens of a whitespace-free chunk, offsets relative to it (Arabic words analyzed once, in ``words``)."""
    pieces = []
    for m in TOKEN_RE.finditer(chunk):
        kind = m.lastgroup
        raw = m.group()
        s, e = m.span()
        if kind == "word":
            hit = words.get(raw)
            if hit is None:
                if len(words) > 500_000:
                    words.clear()
                hit = words[raw] = _analyze_word(raw, split)
            norm, rel = hit
            pieces.append((s, e, raw, kind, norm, tuple(s + p for p in rel) if s else rel))
        else:
            pieces.append((s, e, raw, kind, normalize(raw), ()))
    return tuple(pieces)


def tokenize(text: str, segmenter: CliticSegmenter | None = None) -> list[Token]:
    """Tokens of ``text`` with offsets; proclitic splits when a segmenter is given.

    No token holds whitespace (``TOKEN_RE``'s ``\\s`` is ``str.isspace``, as for ``str.split``)
    and ``TOKEN_RE`` looks at nothing outside its match, so the text is tokenized one
    whitespace-separated chunk at a time, and each distinct chunk only once (cached).
    """
    tokens: list[Token] = []
    append = tokens.append
    split = segmenter.split if segmenter is not None else None
    words = segmenter.word_cache if segmenter is not None else _PLAIN_WORDS
    chunks = segmenter.chunk_cache if segmenter is not None else _PLAIN_CHUNKS
    find = text.find
    end = 0
    for chunk in text.split():
        start = find(chunk, end)  # only whitespace between ``end`` and the chunk
        end = start + len(chunk)
        pieces = chunks.get(chunk)
        if pieces is None:
            if len(chunks) > 200_000:
                chunks.clear()
            pieces = chunks[chunk] = _chunk_pieces(chunk, split, words)
        for s, e, raw, kind, norm, rel in pieces:
            append(Token(start + s, start + e, raw, kind, norm, tuple(map(start.__add__, rel)) if rel else ()))
    return tokens


_PLAIN_WORDS: dict[str, tuple[str, tuple[int, ...]]] = {}
_PLAIN_CHUNKS: dict[str, tuple[Piece, ...]] = {}


@registry.stage("tokenize", requires=("normalized",), provides=("tokens",))
def make_tokenize(config: dict):
    """Factory for the ``tokenize`` stage. Options: ``clitics`` (bool, default true)."""
    segmenter = default_segmenter() if config.get("clitics", True) else None

    def tokenize_stage(doc: Document) -> Document:
        doc.tokens = tokenize(doc.text, segmenter)
        return doc

    return tokenize_stage
