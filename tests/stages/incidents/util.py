"""Helpers shared by the incident-stage tests."""

from pipeline import make_pipeline


def _cas_counts(text: str) -> list[tuple[int, str]]:
    from pipeline.stages.incidents import casualties, lexicon

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "c", "text": text, "published": "2020-01-01"})
    return [(c["count"], c["outcome"]) for c in casualties(doc.tokens, 0, len(doc.tokens), text, lexicon())]


def _det(nlp, text: str, published: str = "2021-04-25"):
    return nlp.process({"id": "z", "text": text, "published": published}).incidents
