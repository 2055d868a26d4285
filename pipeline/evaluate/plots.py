"""PNG plots of an evaluation: F1 per entity label, F1 per incident slot, error kinds.

Each ``*_figure(scores, ...)`` returns a matplotlib ``Figure`` (drawn with the
Agg canvas, so no display and no global backend change: a notebook can show
the same figures); ``write_plots`` saves the three of them. matplotlib is
imported only here, when a plot is asked for.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .records import SLOTS

BLUE, ORANGE, GREY = "#1f77b4", "#ff7f0e", "#7f7f7f"


def _figure(height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(7.5, height), dpi=100, layout="constrained")


def _hbars(ax, names: list[str], series: list[tuple[str, list[float], str]]) -> None:
    n = len(series)
    width = 0.8 / n
    for k, (label, values, colour) in enumerate(series):
        ys = [i + (k - (n - 1) / 2) * width for i in range(len(names))]
        bars = ax.barh(ys, values, height=width, label=label, color=colour)
        ax.bar_label(bars, fmt="%.2f", fontsize=7, padding=2)
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.1)
    ax.grid(axis="x", alpha=0.3)
    if n > 1:
        ax.legend(loc="lower right", fontsize=8)


def entity_f1_figure(scores: dict):
    """Exact and relaxed F1 per entity label (micro first)."""
    ent = scores["entities"]
    labels = list(ent["relaxed"])
    fig = _figure(0.35 * len(labels) + 1.2)
    ax = fig.add_subplot()
    _hbars(ax, labels, [("exact", [ent["exact"].get(lab, {}).get("f1", 0.0) for lab in labels], BLUE),
                        ("relaxed", [ent["relaxed"][lab]["f1"] for lab in labels], ORANGE)])
    ax.set_xlabel("F1")
    ax.set_title(f"Entities: F1 per label ({scores['documents']} documents)")
    return fig


def slot_f1_figure(scores: dict):
    """F1 of incident matching, of the slots together, and of each slot."""
    inc = scores["incidents"]
    names = ["match", "slots (micro)", *SLOTS]
    values = [inc["match"]["f1"], inc["slots_micro"]["f1"], *(inc["slots"][s]["f1"] for s in SLOTS)]
    fig = _figure(0.3 * len(names) + 1.2)
    ax = fig.add_subplot()
    _hbars(ax, names, [("F1", values, BLUE)])
    ax.set_xlabel("F1")
    ax.set_title(f"Incidents: {inc['matched']} of {inc['gold']} gold matched, "
                 f"{inc['exact_records']} exact records")
    return fig


def error_kinds_figure(errors: list[dict]):
    """How many errors of each kind, per layer."""
    counts = Counter(f"{e['layer']}: {e['kind']}" for e in errors)
    names = sorted(counts) or ["(no errors)"]
    fig = _figure(0.3 * len(names) + 1.2)
    ax = fig.add_subplot()
    bars = ax.barh(range(len(names)), [counts.get(n, 0) for n in names], color=GREY)
    ax.bar_label(bars, fontsize=7, padding=2)
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel("errors")
    ax.set_title(f"Error kinds ({len(errors)} errors)")
    return fig


def write_plots(scores: dict, errors: list[dict], out_dir: str | Path) -> list[Path]:
    """Save ``entity_f1.png``, ``slot_f1.png`` and ``error_kinds.png`` into ``out_dir``."""
    out = Path(out_dir)
    paths = []
    for name, fig in (("entity_f1.png", entity_f1_figure(scores)), ("slot_f1.png", slot_f1_figure(scores)),
                      ("error_kinds.png", error_kinds_figure(errors))):
        fig.savefig(out / name)
        paths.append(out / name)
    return paths
