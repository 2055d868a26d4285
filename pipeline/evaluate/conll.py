"""Token-level corpora in CoNLL form (ANERcorp ``token TAG``; Wojood ``token TAG [TAG ...]``, nested IOB2).

``read_conll(path)`` gives sentences as (tokens, tags per token); ``spans``
turns IOB2 tags of one type into (first, last) token spans; ``sentence_text``
joins tokens with single spaces and returns each token's character offsets.
"""

from __future__ import annotations

from pathlib import Path


def read_conll(path: str | Path) -> list[tuple[list[str], list[list[str]]]]:
    sentences = []
    tokens: list[str] = []
    tags: list[list[str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(parts[1:] or ["O"])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def spans(tags: list[list[str]], label: str) -> list[tuple[int, int]]:
    """(first, last) token indexes of the ``label`` spans (IOB2, several tags per token allowed)."""
    out, start = [], None
    for i, ts in enumerate(tags):
        if f"B-{label}" in ts:
            if start is not None:
                out.append((start, i - 1))
            start = i
        elif f"I-{label}" in ts and start is not None:
            continue
        else:
            if start is not None:
                out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(tags) - 1))
    return out


def sentence_text(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for t in tokens:
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    return " ".join(tokens), offsets
