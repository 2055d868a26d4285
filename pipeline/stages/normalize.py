"""Stage ``normalize``: a matching view of the text with an alignment map.

Reads ``doc.text``; writes ``doc.normalized`` (a ``NormalizedText``). The
original text is never changed: every later stage keeps offsets into it.

The character maps come from camel-tools (``normalize_unicode``,
``dediac_ar``, ``normalize_alef_ar``, ``normalize_alef_maksura_ar``,
``normalize_teh_marbuta_ar``) applied once per code point, plus tatweel
removal and Arabic-Indic / Persian digits to ASCII. They are kept as data in
``resources/ar/normalize_maps.json`` (importing camel-tools costs more than
half a second in every process); ``build_tables()`` makes them from camel-tools
again, ``python -m pipeline.stages.normalize`` rewrites the file, and a test
checks that the file matches camel-tools.
camel-tools' functions change the length of the text with no way back; here
each original character maps to zero, one or more normalized characters and
the places where lengths change are kept as breakpoints, so any normalized
span maps back to the original one (``to_original``).

Two pure ``str -> str`` functions are exported for matching single words:
``normalize`` (full folding) and ``light`` (diacritics, tatweel, presentation
forms and digits only; hamza kept, used where ``أ`` vs ``ا`` matters).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..core import registry
from ..document import Document

MAPS = Path(__file__).resolve().parent.parent / "resources" / "ar" / "normalize_maps.json"

TATWEEL = "\u0640"
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
           "\u066b": ".", "\u066c": ","}
_RANGES = [(0x0600, 0x0700), (0x0750, 0x0780), (0xFB50, 0xFE00), (0xFE70, 0xFF00)]


def build_tables() -> tuple[dict[int, str], dict[int, str]]:
    """The light and full maps (code point -> replacement) made with camel-tools' normalizers."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    light: dict[int, str] = {}
    full: dict[int, str] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if ch in _DIGITS:
                light[cp] = full[cp] = _DIGITS[ch]
                continue
            if ch == TATWEEL:
                light[cp] = full[cp] = ""
                continue
            m = dediac_ar(normalize_unicode(ch)).replace(TATWEEL, "")
            f = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(m)))
            if m != ch:
                light[cp] = m
            if f != ch:
                full[cp] = f
    return light, full


def write_maps(path: Path = MAPS) -> None:
    """Write ``build_tables()`` as JSON: ``{"light": {"0623": "ا", ...}, "full": {...}}`` (hex code points)."""
    light, full = build_tables()
    data = {name: {f"{cp:04X}": v for cp, v in sorted(table.items())}
            for name, table in (("light", light), ("full", full))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def load_tables(path: Path = MAPS) -> tuple[dict[int, str], dict[int, str]]:
    """The light and full maps from ``resources/ar/normalize_maps.json``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple({int(cp, 16): v for cp, v in data[name].items()} for name in ("light", "full"))  # type: ignore[return-value]


LIGHT_TABLE, FULL_TABLE = load_tables()
# characters whose normalized form is not exactly one character: they shift offsets
_SHIFTING = re.compile("[" + "".join(re.escape(chr(cp)) for cp, v in FULL_TABLE.items() if len(v) != 1) + "]")


def normalize(text: str) -> str:
    """Full matching form: no diacritics or tatweel, alef/yaa/teh marbuta folded, ASCII digits."""
    return text.translate(FULL_TABLE)


def light(text: str) -> str:
    """Light form: no diacritics or tatweel, presentation forms decomposed, ASCII digits; hamza kept."""
    return text.translate(LIGHT_TABLE)


@dataclass
class NormalizedText:
    """``norm`` is the normalized view of ``text``; breakpoints map it back.

    ``_norm_pos[i]``/``_orig_pos[i]``: from normalized offset ``_norm_pos[i]`` on,
    offsets shift by ``_orig_pos[i] - _norm_pos[i]`` (until the next breakpoint).
    """

    text: str
    norm: str
    _norm_pos: list[int] = field(default_factory=list)
    _orig_pos: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> "NormalizedText":
        if not _SHIFTING.search(text):
            return cls(text, text.translate(FULL_TABLE))
        parts: list[str] = []
        norm_pos: list[int] = []
        orig_pos: list[int] = []
        n = last = 0
        for m in _SHIFTING.finditer(text):
            i = m.start()
            chunk = text[last:i].translate(FULL_TABLE)
            parts.append(chunk)
            n += len(chunk)
            repl = FULL_TABLE[ord(text[i])]
            # each character of the replacement maps to the original character
            for k in range(len(repl)):
                norm_pos.append(n + k)
                orig_pos.append(i)
            parts.append(repl)
            n += len(repl)
            last = i + 1
            norm_pos.append(n)
            orig_pos.append(last)
        parts.append(text[last:].translate(FULL_TABLE))
        return cls(text, "".join(parts), norm_pos, orig_pos)

    def to_original(self, pos: int) -> int:
        """Original offset of the normalized character at ``pos`` (or of the end, for ``len(norm)``)."""
        k = bisect_right(self._norm_pos, pos) - 1
        if k < 0:
            return pos
        return self._orig_pos[k] + (pos - self._norm_pos[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span; ends take the deleted marks after them."""
        if start >= end:
            s = self.to_original(start)
            return s, s
        s = self.to_original(start)
        e = self.to_original(end - 1) + 1
        # take diacritics/tatweel that follow the last character (they vanished in ``norm``)
        text = self.text
        while e < len(text) and FULL_TABLE.get(ord(text[e])) == "":
            e += 1
        return s, e


@registry.stage("normalize", provides=("normalized",))
def make_normalize(config: dict):
    """Factory for the ``normalize`` stage (no options)."""

    def normalize_stage(doc: Document) -> Document:
        doc.normalized = NormalizedText.of(doc.text)
        return doc

    return normalize_stage


if __name__ == "__main__":  # python -m pipeline.stages.normalize: regenerate the maps from camel-tools
    write_maps()
    print(f"wrote {MAPS}")
