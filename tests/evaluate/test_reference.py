"""``rasd evaluate`` against an independent implementation of spec section 5 (``spec5_reference``).

Both score the pipeline's real predictions on the dev gold and on the team's
incident corpus; every figure (precision, recall, F1 of each entity label,
of time-expression detection, of incident matching and of each slot, value
accuracy, share of exact records) must agree within 0.005.
"""

from __future__ import annotations

import pytest

from pipeline.evaluate.harness import article_of, evaluate, load_gold

from ..conftest import DEV, REPO
from . import spec5_reference

TOLERANCE = 0.005
SETS = {"dev": DEV, "incidents": REPO / "corpora" / "incidents"}


def flatten(scores: dict) -> dict[str, float]:
    """The figures of ``Evaluation.to_dict()`` under the reference's names."""
    out = {}
    short = {"precision": "p", "recall": "r", "f1": "f1"}
    for kind in ("exact", "relaxed"):
        for label, d in scores["entities"][kind].items():
            out.update({f"entities.{kind}.{label}.{short[k]}": d[k] for k in short})
    out.update({f"timexes.{short[k]}": scores["timexes"][k] for k in short})
    out["timexes.value_accuracy"] = scores["timexes"]["value_accuracy"]
    out["timexes.value_accuracy_strict"] = scores["timexes"]["value_accuracy_strict"]
    inc = scores["incidents"]
    out.update({f"incidents.match.{short[k]}": inc["match"][k] for k in short})
    out.update({f"incidents.slots_micro.{short[k]}": inc["slots_micro"][k] for k in short})
    for slot, d in inc["slots"].items():
        out.update({f"incidents.slots.{slot}.{short[k]}": d[k] for k in short})
    out["incidents.exact_share"] = inc["exact_share"]
    return out


@pytest.fixture(scope="module")
def predicted(nlp):
    out = {}
    for name, path in SETS.items():
        golds = load_gold(path)
        out[name] = (golds, [nlp.process(article_of(g), seq=n).to_output() for n, g in enumerate(golds)])
    return out


@pytest.mark.parametrize("name", list(SETS))
def test_every_figure_agrees_with_the_reference(predicted, name):
    golds, preds = predicted[name]
    ours = flatten(evaluate(golds, preds).to_dict())
    theirs = spec5_reference.score(golds, {p["id"]: p for p in preds})
    assert set(ours) == set(theirs)
    off = {k: (ours[k], round(theirs[k], 4)) for k in ours if abs(ours[k] - theirs[k]) > TOLERANCE}
    assert not off, f"{name}: figures that differ (rasd, reference): {off}"
    assert len(ours) > 60


def test_the_reference_is_not_blind(predicted):
    """A perfect prediction scores 1 everywhere, an empty one 0: the reference does measure something."""
    golds, _ = predicted["dev"]
    perfect = spec5_reference.score(golds, {g["id"]: g["gold"] for g in golds})
    assert perfect["incidents.match.f1"] == perfect["incidents.exact_share"] == perfect["entities.exact.micro.f1"] == 1
    empty = spec5_reference.score(golds, {})
    assert empty["incidents.match.f1"] == empty["entities.relaxed.micro.f1"] == empty["timexes.f1"] == 0
