"""Stage ``sentences``: sentence boundaries for Arabic news.

Reads ``doc.tokens``; writes ``doc.sentences`` (spans from the first to the
last token of each sentence, offsets into the original text).

A sentence ends at a terminal (``. ؟ ? ! ؛ …``) with any closing quotes or
brackets after it, and at every line break. It does not end at a full stop
after an abbreviation or a single letter (``د.``, ``أ.ف.ب``), after a list
number at the start of a line (``1.``), inside a quotation that stays open on
the same line (``«...»``), or at a decimal point (numbers are single tokens).
Language data: ``resources/ar/sentences.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from ..core import registry
from ..document import Document, Sentence, Token

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"


@lru_cache(maxsize=1)
def _data() -> dict:
    from ..kb import load_yaml  # kb imports the stages package

    data = load_yaml(RESOURCES / "sentences.yaml")
    data["terminals"] = frozenset(data["terminals"])
    data["closers"] = frozenset(data["closers"])
    data["abbreviations"] = frozenset(data["abbreviations"])
    return data


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences over ``tokens`` of ``text``."""
    data = _data()
    terminals, closers, abbreviations = data["terminals"], data["closers"], data["abbreviations"]
    openers = data["quote_pairs"]
    closing_of = set(openers.values())
    sentences: list[Sentence] = []
    first = 0  # index of the first token of the current sentence
    open_quotes = 0
    n = len(tokens)

    def close(last: int) -> None:
        nonlocal first, open_quotes
        if last >= first:
            s, e = tokens[first].start, tokens[last].end
            sentences.append(Sentence(s, e, text[s:e]))
        first = last + 1
        open_quotes = 0

    i = 0
    while i < n:
        tok = tokens[i]
        if i > first and "\n" in text[tokens[i - 1].end:tok.start]:
            close(i - 1)
        t = tok.text
        if t in openers:
            open_quotes += 1
        elif t in closing_of and open_quotes:
            open_quotes -= 1
        if t in terminals and i >= first:
            prev = tokens[i - 1] if i > first else None
            nxt = tokens[i + 1] if i + 1 < n else None
            same_line_next = nxt is not None and "\n" not in text[tok.end:nxt.start]
            if t == ".":
                attached = prev is not None and prev.end == tok.start
                if attached and (prev.kind in ("word", "latin") and (len(prev.norm) == 1 or prev.norm in abbreviations)):
                    i += 1
                    continue
                if attached and prev.kind == "number" and i - 1 == first:
                    i += 1  # "1." opening a list item
                    continue
                if nxt is not None and nxt.start == tok.end and nxt.kind in ("word", "latin", "number") \
                        and len(nxt.norm) <= 2:
                    i += 1  # "أ.ف.ب", "U.S."
                    continue
            if open_quotes and same_line_next:
                i += 1
                continue
            # take closing quotes/brackets and repeated terminals
            j = i
            while j + 1 < n and tokens[j + 1].start == tokens[j].end and \
                    (tokens[j + 1].text in closers or tokens[j + 1].text in terminals):
                j += 1
                if tokens[j].text in closing_of and open_quotes:
                    open_quotes -= 1
            close(j)
            i = j + 1
            continue
        i += 1
    close(n - 1)
    return sentences


@registry.stage("sentences", requires=("tokens",), provides=("sentences",))
def make_sentences(config: dict):
    """Factory for the ``sentences`` stage (no options)."""

    def sentences_stage(doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text, doc.tokens)
        return doc

    return sentences_stage
