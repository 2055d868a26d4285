"""Phrase matching over tokens, shared by the stages that look words up.

``PhraseMatcher`` indexes phrases by their normalized token sequences. A
match may start after proclitics (``بخمسة`` matches ``خمسة``) and a phrase
without the article also matches with it (``الصواريخ`` matches ``صواريخ``).
Matches are longest-first and do not overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from .document import Token
from .kb import name_forms
from .stages.normalize import normalize
from .stages.tokenize import tokenize


_PROCLITIC_PREFIXES = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def _bare_rests(norm: str) -> tuple[tuple[int, str], ...]:
    """(length of the prefix, rest) for each proclitic prefix of a word the segmenter left whole."""
    out = []
    for prefix in _PROCLITIC_PREFIXES:
        if norm.startswith(prefix):
            rest = norm[len(prefix):]
            if prefix.endswith("ل") and rest[:1] == "ل":
                rest = "ا" + rest  # للجيش -> الجيش
            if len(rest) >= 3:
                out.append((len(prefix), rest))
    return tuple(out)


@dataclass(slots=True)
class Match:
    first: int  # token index of the first token
    last: int  # token index of the last token
    start: int  # character offsets into the original text
    end: int
    payload: Any


class PhraseMatcher:
    def __init__(self, phrases: Iterable[tuple[str, Any]], *, article_variants: bool = True):
        self.index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in phrases:
            key = tuple(t.norm for t in tokenize(normalize(phrase)))
            if not key:
                continue
            self._add(key, payload)
            if article_variants and not key[0].startswith("ال"):
                self._add(("ال" + key[0],) + key[1:], payload)
                if len(key) > 1:  # "القصف الجوي": the adjective takes the article too
                    self._add(tuple(w if w.startswith("ال") else "ال" + w for w in key), payload)
        for bucket in self.index.values():
            bucket.sort(key=lambda x: -len(x[0]))

    def _add(self, key: tuple[str, ...], payload: Any) -> None:
        bucket = self.index.setdefault(key[0], [])
        if (key[1:], payload) not in bucket:
            bucket.append((key[1:], payload))

    def _forms(self, tok: Token, text: str) -> list[tuple[int, str]]:
        """Where a phrase may start in ``tok``: after its proclitics, and, when the segmenter left a
        rare word whole (بصاروخين), after up to two proclitic letters if what remains is indexed."""
        forms = name_forms(tok, text)
        if not tok.splits and tok.kind == "word" and len(tok.norm) > 3:
            for n, rest in _bare_rests(tok.norm):
                if rest in self.index:
                    forms.append((tok.start + n, rest))
        return forms

    def match_at(self, tokens: list[Token], i: int, text: str, hi: int | None = None) -> Match | None:
        tok, index = tokens[i], self.index
        # most tokens: no form starts a phrase (see _forms), known without building the forms
        if not tok.splits and tok.norm not in index and (
                tok.kind != "word" or len(tok.norm) <= 3 or not any(r in index for _, r in _bare_rests(tok.norm))):
            return None
        return self._match(tokens, i, self._forms(tok, text), len(tokens) if hi is None else hi)

    def _match(self, tokens: list[Token], i: int, forms: list[tuple[int, str]], hi: int) -> Match | None:
        """The longest phrase that starts at token ``i`` from one of its ``forms`` (see ``_forms``), ends before ``hi``."""
        for start, form in forms:
            for rest, payload in self.index.get(form, ()):
                if i + len(rest) >= hi:
                    continue
                if all(tokens[i + 1 + k].norm == r for k, r in enumerate(rest)):
                    last = i + len(rest)
                    return Match(i, last, start, tokens[last].end, payload)
        return None

    def find(self, tokens: list[Token], text: str, lo: int = 0, hi: int | None = None) -> list[Match]:
        hi = len(tokens) if hi is None else hi
        out: list[Match] = []
        i = lo
        while i < hi:
            m = self.match_at(tokens, i, text, hi)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.last + 1
        return out
