"""The truth read from Insecurity Insight's coded columns (never from the description the extractor reads)."""

from __future__ import annotations

from notatarget.extract.evaluate import _ii_truth


def row(weapon: str, **columns: str) -> dict[str, str]:
    return {"Event Description": "", "Weapon Carried/Used": weapon, **columns}


def test_labels_holding_a_comma_are_read_whole() -> None:
    truth = _ii_truth(row("Tasers, Live and Rubber Bullets", **{"Health Workers Injured": "1"}))
    assert truth["attack_types"] == {"individual_weapons"}
    assert truth["weapon_classes"] == {"firearms"}
    assert _ii_truth(row("Stones, Sticks and Gravel"))["weapon_classes"] == {"blade_or_blunt"}
    both = _ii_truth(row("Aerial Bomb: Plane, Firearms", **{"Health Workers Killed": "2"}))
    assert both["weapon_classes"] == {"air_launched", "firearms"}
    assert both["attack_types"] == {"heavy_weapons", "individual_weapons"}


def test_firearms_carried_in_an_arrest_are_a_weapon_class_not_an_attack_type() -> None:
    truth = _ii_truth(row("Firearms", **{"Health Workers Arrested": "2"}))
    assert truth["attack_types"] == {"abduction_arrest"}
    assert truth["weapon_classes"] == {"firearms"}
    assert truth["carried"]


def test_firearms_with_harm_or_no_other_act_were_used() -> None:
    harmed = _ii_truth(row("Firearms", **{"Health Workers Kidnapped": "1", "Health Workers Killed": "1"}))
    assert harmed["attack_types"] == {"abduction_arrest", "individual_weapons"}
    alone = _ii_truth(row("Firearms"))
    assert alone["attack_types"] == {"individual_weapons"} and not alone["carried"]
