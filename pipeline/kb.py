"""The knowledge base: Rasd's gazetteer of factions, sites, officials, organisations and places.

Entries live as YAML under ``resources/ar/gazetteer/`` (one file per kind,
schema in each file's header). ``load_kb()`` reads them once per process and
indexes every alias by its token sequence in normalized form, so matching is
robust to diacritics, alef/yaa/teh marbuta variants and quotes inside names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ResourceError
from .stages.normalize import normalize
from .stages.tokenize import tokenize

GAZETTEER_DIR = Path(__file__).resolve().parent / "resources" / "ar" / "gazetteer"
LABELS = ("FACTION", "BASE", "FACILITY", "OFFICIAL", "PERSON", "ORG", "GPE", "LOC")
QUOTES = frozenset('"\'«»“”„‘’')


def alias_key(alias: str) -> tuple[str, ...]:
    """The normalized token sequence of an alias, quotes dropped."""
    return tuple(t.norm for t in tokenize(alias) if t.text not in QUOTES)


@dataclass
class KB:
    entries: dict[str, dict]  # kb_id -> entry
    # first token form -> [(rest of the key, kb_id)], longest first
    index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # short forms (surname only), linked only after the full name appears in the article
    short_index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # generic forms of one site ("السفارة الأمريكية"), linked only in an article that names a place of its country
    local_index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    def add(self, entry: dict, source: str) -> None:
        kb_id = entry.get("kb_id")
        if not kb_id or entry.get("label") not in LABELS or not entry.get("canonical"):
            raise ResourceError(f"{source}: gazetteer entry {entry!r} needs kb_id, a known label and canonical")
        self.entries[kb_id] = entry
        for alias in entry.get("aliases") or []:
            self._index(self.index, alias_key(str(alias)), kb_id)
        for alias in entry.get("short") or []:
            self._index(self.short_index, alias_key(str(alias)), kb_id)
        for alias in entry.get("local") or []:
            self._index(self.local_index, alias_key(str(alias)), kb_id)

    @staticmethod
    def _index(index: dict, key: tuple[str, ...], kb_id: str) -> None:
        if not key:
            return
        bucket = index.setdefault(key[0], [])
        if (key[1:], kb_id) not in bucket:
            bucket.append((key[1:], kb_id))
            bucket.sort(key=lambda x: -len(x[0]))

    def get(self, kb_id: str | None) -> dict | None:
        return self.entries.get(kb_id) if kb_id else None

    @property
    def countries(self) -> dict[str, str]:
        """ISO code -> canonical country name ("SO" -> "Somalia"), built on first use."""
        names = self.__dict__.get("_countries")
        if names is None:
            names = self.__dict__["_countries"] = {e["country"]: e["canonical"] for e in self.entries.values()
                                                   if e.get("type") == "country" and e.get("country")}
        return names

    @property
    def plc_adjectives(self) -> dict[str, str]:
        """Normalized nationality adjectives with the article -> ISO code ("الكنديه" -> "CA"), derived from the
        one-word country names as Arabic forms the nisba: a final -يا or -ا drops ("إيطاليا" -> "الإيطالي",
        "كندا" -> "الكندي"), any other ending takes -ي ("مصر" -> "المصري", "الفلبين" -> "الفلبيني");
        feminine with ة. Names ending in ي ("مالي") give none: the adjective would be a common word."""
        adjectives = self.__dict__.get("_plc_adjectives")
        if adjectives is None:
            adjectives = self.__dict__["_plc_adjectives"] = {}
            for e in self.entries.values():
                if e.get("type") != "country" or not e.get("country") or len(e["country"]) != 2 or e["country"] == "XX":
                    continue
                for alias in e.get("aliases") or []:
                    key = alias_key(str(alias))
                    if len(key) != 1:
                        continue
                    w = key[0][2:] if str(alias).startswith("ال") else key[0]  # not the ال of "ألمانيا"
                    if w.endswith(("ي", "ى")) or len(w) < 3:
                        continue
                    stem = w[:-1] if w.endswith(("يا", "يه")) else w[:-1] + "ي" if w.endswith(("ا", "ه")) else w + "ي"
                    for form in ("ال" + stem, "ال" + stem + "ه"):
                        adjectives.setdefault(form, e["country"])
        return adjectives

    def country_name(self, code: str | None) -> str | None:
        """The canonical name of a country from its ISO code ("SO" -> "Somalia")."""
        return self.countries.get(code) if code else None

    def location(self, kb_id: str | None) -> dict:
        """``canonical``, ``admin1``, ``country``, ``lat``, ``lon`` of a place-like entry."""
        e = self.get(kb_id) or {}
        return {k: e.get(k) for k in ("canonical", "admin1", "country", "lat", "lon")}


# libyaml's parser when PyYAML was built with it: the same objects, about 5 times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    """A YAML resource file (safe subset), parsed with libyaml when available.

    Raises:
        OSError: the file cannot be read.
        yaml.YAMLError: it is not valid YAML.
    """
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_LOADER)


def read_gazetteer(paths: list[Path]) -> list[tuple[Path, list[dict]]]:
    """The entries of each gazetteer file, in order.

    Raises:
        ResourceError: a file is not valid YAML.
    """
    out = []
    for path in paths:
        try:
            out.append((path, load_yaml(path) or []))
        except yaml.YAMLError as exc:
            raise ResourceError(f"gazetteer file {path} is not valid YAML: {exc}")
    return out


@lru_cache(maxsize=1)
def gazetteer_files() -> list[tuple[Path, list[dict]]]:
    """The shipped gazetteer's files and entries, parsed once per process (the KB and the
    tokenizer's name list both read them). Callers must not modify them."""
    return read_gazetteer(sorted(GAZETTEER_DIR.glob("*.yaml")))


def load_kb_from(paths: list[Path]) -> KB:
    return _kb_of(read_gazetteer(paths))


def _kb_of(files: list[tuple[Path, list[dict]]]) -> KB:
    kb = KB({})
    for path, entries in files:
        for entry in entries:
            kb.add(entry, str(path))
    return kb


@lru_cache(maxsize=1)
def load_kb() -> KB:
    """The gazetteer shipped in ``resources/ar/gazetteer`` (cached per process)."""
    return _kb_of(gazetteer_files())


def name_forms(token, text: str) -> list[tuple[int, str]]:
    """Where a name may start inside ``token`` and its normalized form from there.

    ``والعراق`` gives the whole token and ``العراق`` (after ``و``); ``للعراق``
    gives ``لعراق`` spelled as ``العراق`` for matching.
    """
    if not token.splits:
        return [(token.start, token.norm)]
    # the second form depends only on the token's text and its splits: computed once per distinct word
    start = token.start
    splits = token.splits
    key = (token.text, splits[0] - start) if len(splits) == 1 else (token.text, *[p - start for p in splits])
    hit = _SECOND_FORM.get(key)
    if hit is None:
        if len(_SECOND_FORM) > 200_000:
            _SECOND_FORM.clear()
        hit = _SECOND_FORM[key] = _second_form(token.text, key[1:])
    return [(start, token.norm), (start + hit[0], hit[1])]


_SECOND_FORM: dict[tuple, tuple[int, str]] = {}


def _second_form(word: str, splits: tuple[int, ...]) -> tuple[int, str]:
    """Offset in ``word`` and form of the name after its conjunction/preposition proclitics."""
    bounds = [0, *splits, len(word)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    # the article piece: "ال", or the second ل of "لل"
    for k, (s, e) in enumerate(pieces[:-1]):
        p = word[s:e]
        if normalize(p) == "ال" or (p == "ل" and k > 0 and word[pieces[k - 1][0]:pieces[k - 1][1]] == "ل"):
            return s, "ال" + normalize(word[e:])
    s = pieces[-1][0]
    return s, normalize(word[s:])
