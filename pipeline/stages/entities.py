"""Stage ``entities``: named entities linked to the gazetteer.

Reads ``doc.tokens``; writes ``doc.entities`` (spec section 2: spans over the
original text without attached proclitics, labels FACTION, BASE, FACILITY,
OFFICIAL, PERSON, ORG, GPE, LOC, with ``canonical``, ``kb_id``, ``role``).

Backend ``gazetteer`` (the default): longest match of the aliases in
``resources/ar/gazetteer/`` over the token sequence. A mention may start after
proclitics (``والعراق`` -> ``العراق``), quotes inside a name are skipped
(``قاعدة "بلد" الجوية``), and short forms of officials (``الكاظمي``) are
linked once their full name has appeared in the article.
"""

from __future__ import annotations

from ..core import registry
from ..document import Document, Entity, Token
from ..kb import KB, QUOTES, load_kb, name_forms


def _match_at(tokens: list[Token], i: int, text: str, index: dict) -> tuple[int, int, int, str] | None:
    """Longest alias starting at token ``i``: (start, end offset, next token index, kb_id)."""
    best = None
    for start, form in name_forms(tokens[i], text):
        for rest, kb_id in index.get(form, ()):
            j, k = i + 1, 0
            opened = 0
            while k < len(rest) and j < len(tokens):
                t = tokens[j]
                if t.text in QUOTES:
                    opened ^= 1
                    j += 1
                    continue
                if t.norm != rest[k]:
                    break
                j += 1
                k += 1
            if k < len(rest):
                continue
            end_tok = j - 1
            # step back over quotes we skipped at the end, unless they close a quote opened inside
            while end_tok > i and tokens[end_tok].text in QUOTES and not opened:
                end_tok -= 1
            if opened and j < len(tokens) and tokens[j].text in QUOTES and tokens[j].start == tokens[j - 1].end:
                end_tok = j
                j += 1
            end = tokens[end_tok].end
            if best is None or (end - start) > (best[1] - best[0]):
                best = (start, end, j, kb_id)
        if best is not None:
            break
    return best


def gazetteer_entities(doc: Document, kb: KB) -> list[Entity]:
    tokens, text = doc.tokens, doc.text
    out: list[Entity] = []
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in ("word", "latin", "hashtag"):
            i += 1
            continue
        m = _match_at(tokens, i, text, kb.index)
        if m is None and kb.short_index:
            m = _match_at(tokens, i, text, kb.short_index)
            if m is not None and m[3] not in seen:
                m = None
        if m is None:
            i += 1
            continue
        start, end, nxt, kb_id = m
        entry = kb.entries[kb_id]
        seen.add(kb_id)
        out.append(Entity(start, end, text[start:end], entry["label"], entry["canonical"], kb_id,
                          source="gazetteer"))
        i = nxt
    return out


@registry.stage("entities", requires=("tokens", "sentences"), provides=("entities",))
@registry.stage("entities.gazetteer", requires=("tokens", "sentences"), provides=("entities",))
def make_entities(config: dict):
    """Factory for the ``entities`` stage, gazetteer backend."""
    kb = load_kb()

    def entities_stage(doc: Document) -> Document:
        doc.entities = gazetteer_entities(doc, kb)
        return doc

    return entities_stage
