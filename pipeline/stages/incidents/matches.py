"""One pass of all the incident stage's phrase matchers over a document, shared by the finders.

The finders of the stage look their phrases up sentence by sentence, clause by
clause and in small windows, many times over the same tokens, each with its own
matcher (``lex.killed.find(tokens, text, lo, hi)``). ``PhraseMatcher`` here is
``pipeline.matcher.PhraseMatcher`` with the same answers, but the first call on
a document matches every token against all the stage's matchers at once: one
index of the first words of all their phrases says which tokens may start a
phrase of which matcher (most tokens start none), and only those are matched.
Every later ``find`` and ``match_at`` on the document reads those matches.

Why the answers are the same: ``match_at`` tries a token's phrases longest
first and takes the first that matches and ends before ``hi``. A match found
with no bound (``hi`` = the document's end) that ends before ``hi`` is what
the bounded call finds too (every phrase tried before it failed or ran past
the document's end); a token with no match has none with a bound either. When
the match runs past ``hi`` the bounded call is made as before. ``find`` takes
the matches from ``lo`` on, each after the end of the one before, as it did
token by token. Each call returns new ``Match`` objects, as before.

A matcher of the stage built later (a new finder's) joins the index: the
documents after it are matched with it too. The last document's matches are
kept with its token list (as ``lexicon._doc_forms`` keeps its forms).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from typing import Any, Iterable

from ...document import Token
from ...kb import name_forms
from ...matcher import Match, _bare_rests
from ...matcher import PhraseMatcher as _PhraseMatcher

# the stage's matchers by id, weakly (a matcher built in a test goes when the test drops it), and a version that
# changes with them
_LIVE: dict[int, weakref.ref] = {}
_VERSION = [0]
# (version, {first word: ids of the matchers with a phrase starting with it}), built when first needed
_KEYS: list = [None]
# (tokens, text, version, {matcher id: (sorted starts, {start: match})}) of the last document
_DOC: tuple = (None, None, -1, {})


def _forget(key: int) -> None:
    _LIVE.pop(key, None)
    _VERSION[0] += 1


def _register(matcher: "PhraseMatcher") -> None:
    key = id(matcher)
    _LIVE[key] = weakref.ref(matcher, lambda _, key=key: _forget(key))
    _VERSION[0] += 1


def _first_words(version: int) -> dict[str, tuple[tuple[int, frozenset | None], ...]]:
    """{first word: (matcher id, the second words of its phrases, or None when one of them is that word alone)}."""
    keys = _KEYS[0]
    if keys is not None and keys[0] == version:
        return keys[1]
    first: dict[str, list[tuple[int, frozenset | None]]] = {}
    for key, ref in list(_LIVE.items()):
        matcher = ref()
        if matcher is not None:
            for word, bucket in matcher.index.items():
                seconds = None if any(not rest for rest, _ in bucket) else frozenset(rest[0] for rest, _ in bucket)
                first.setdefault(word, []).append((key, seconds))
    words = {w: tuple(entries) for w, entries in first.items()}
    _KEYS[0] = (version, words)
    return words


def _shared(tokens: list[Token], text: str) -> dict[int, tuple[list[int], dict[int, Match]]]:
    """Every match of every matcher of the stage in the document, unbounded, by matcher id (see the module)."""
    global _DOC
    doc = _DOC
    version = _VERSION[0]
    if doc[0] is tokens and doc[1] is text and doc[2] == version:
        return doc[3]
    words = _first_words(version)
    matchers = {key: ref() for key, ref in list(_LIVE.items())}
    found: dict[int, tuple[list[int], dict[int, Match]]] = {key: ([], {}) for key in matchers}
    get = words.get
    from .lexicon import _doc_forms  # the stage's forms of every token (lexicon builds its matchers from here)

    n = len(tokens)
    for i, forms in enumerate(_doc_forms(tokens, text)):
        tok = tokens[i]
        if tok.splits:
            entries = get(forms[0], ()) + get(forms[1], ()) if len(forms) == 2 else \
                tuple(e for form in forms for e in get(form, ()))
            rests = ()
        else:
            entries = get(forms[0], ())
            rests = _bare_rests(tok.norm) if tok.kind == "word" and len(tok.norm) > 3 else ()
            for _, rest in rests:
                entries += get(rest, ())
        if not entries:
            continue
        # a phrase of two words or more needs its second word next ("في صفوف": most "في" start nothing)
        after = tokens[i + 1].norm if i + 1 < n else None
        ids = [key for key, seconds in entries if seconds is None or after in seconds]
        if not ids:
            continue
        at_i = name_forms(tok, text)  # with the offsets where each form starts
        for key in set(ids) if len(ids) > 1 else ids:
            matcher = matchers[key]
            if matcher is None:
                continue
            index = matcher.index
            forms_i = at_i + [(tok.start + cut, rest) for cut, rest in rests if rest in index] if rests else at_i
            m = matcher._match(tokens, i, forms_i, n)
            if m is not None:
                starts, at = found[key]
                starts.append(i)
                at[i] = m
    _DOC = (tokens, text, version, found)
    return found


def _copy(m: Match) -> Match:
    return Match(m.first, m.last, m.start, m.end, m.payload)


class PhraseMatcher(_PhraseMatcher):
    """``pipeline.matcher.PhraseMatcher`` whose calls on a document share one pass of all the stage's matchers."""

    def __init__(self, phrases: Iterable[tuple[str, Any]], *, article_variants: bool = True):
        super().__init__(phrases, article_variants=article_variants)
        _register(self)

    def match_at(self, tokens: list[Token], i: int, text: str, hi: int | None = None) -> Match | None:
        n = len(tokens)
        if not 0 <= i < n or (hi is not None and hi > n):
            return super().match_at(tokens, i, text, hi)
        found = _shared(tokens, text).get(id(self))
        if found is None:
            return super().match_at(tokens, i, text, hi)
        m = found[1].get(i)
        if m is None:
            return None
        if hi is None or m.last < hi:
            return _copy(m)
        return super().match_at(tokens, i, text, hi)

    def find(self, tokens: list[Token], text: str, lo: int = 0, hi: int | None = None) -> list[Match]:
        n = len(tokens)
        end = n if hi is None else hi
        if lo < 0 or end > n:
            return super().find(tokens, text, lo, hi)
        found = _shared(tokens, text).get(id(self))
        if found is None:
            return super().find(tokens, text, lo, hi)
        starts, at = found
        out: list[Match] = []
        k = bisect_left(starts, lo)
        while k < len(starts):
            i = starts[k]
            if i >= end:
                break
            m = at[i]
            if m.last < end:
                m = _copy(m)
            else:
                m = _PhraseMatcher.match_at(self, tokens, i, text, end)
                if m is None:
                    k += 1
                    continue
            out.append(m)
            k = bisect_left(starts, m.last + 1, k + 1)
        return out
