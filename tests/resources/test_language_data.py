"""Language data is data: every file loads, keys are unique after normalization, nothing collides."""

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from pipeline.kb import LABELS, alias_key, load_kb
from pipeline.stages.normalize import normalize

RES = Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "ar"


def load(name):
    return yaml.safe_load((RES / name).read_text(encoding="utf-8"))


def test_every_yaml_file_loads():
    for path in sorted(RES.rglob("*.yaml")):
        assert yaml.safe_load(path.read_text(encoding="utf-8")) is not None, path


@pytest.mark.parametrize("section", ["months", "hijri_months", "weekdays", "relative_days", "ordinals", "decades"])
def test_time_names_map_to_one_value_after_normalization(section):
    data = load("time.yaml")[section]
    seen = defaultdict(set)
    for value, names in data.items():
        if isinstance(names, dict):
            names = [n for fam in names.values() for n in fam]
        for n in names:
            seen[normalize(n)].add(value)
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes


def test_every_month_has_names_in_all_three_families():
    months = load("time.yaml")["months"]
    assert sorted(months) == list(range(1, 13))
    levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                 "تشرين الثاني", "كانون الأول"]
    maghrebi = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    western = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    for m in range(1, 13):
        names = {normalize(n) for n in months[m]["western"]}
        for family in (levantine, maghrebi, western):
            assert normalize(family[m - 1]) in names


def test_weapon_terms_are_not_listed_twice():
    seen = defaultdict(set)
    for group in load("incidents.yaml")["weapons"]:
        for t in group["terms"]:
            seen[normalize(t)].add((group["weapon"], group["sub_event_type"]))
    assert not {k: v for k, v in seen.items() if len(v) > 1}


def test_weapon_groups_use_the_spec_vocabulary():
    weapons = {"rocket", "missile", "mortar", "drone", "airstrike", "ied", "vbied", "suicide_bomb", "small_arms",
               "grenade", "unknown"}
    types = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
    subs = {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb",
            "Grenade", "Armed clash", "Attack", "Abduction/forced disappearance"}
    for g in load("incidents.yaml")["weapons"]:
        assert g["weapon"] in weapons and g["event_type"] in types and g["sub_event_type"] in subs


def test_gazetteer_entries_are_complete_and_unique():
    ids = set()
    for path in sorted((RES / "gazetteer").glob("*.yaml")):
        for e in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert e["kb_id"] not in ids, e["kb_id"]
            ids.add(e["kb_id"])
            assert e["label"] in LABELS and e["canonical"] and e["aliases"], e["kb_id"]
            if "lat" in e:
                assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
    assert len(ids) >= 400


def test_no_alias_names_two_entries():
    owners = defaultdict(set)
    kb = load_kb()
    for kb_id, e in kb.entries.items():
        for a in e.get("aliases") or []:
            owners[alias_key(str(a))].add(kb_id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, list(clashes.items())[:5]


def test_umbrella_links_point_to_factions():
    kb = load_kb()
    for e in kb.entries.values():
        if e.get("parent"):
            assert kb.entries[e["parent"]]["label"] == "FACTION"
