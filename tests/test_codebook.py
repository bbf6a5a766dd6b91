from notatarget.domain import AttackType, Certainty, FacilityType, Mention, Span
from notatarget.domain.codebook import SSA_ATTACK_LABELS, SSA_LABEL_FOR


def test_every_code_has_a_label_and_definition():
    for enum in (AttackType, Certainty, FacilityType):
        for member in enum:
            assert member.label and member.definition


def test_parse_accepts_code_or_label():
    assert AttackType.parse("heavy weapons") is AttackType.HEAVY_WEAPONS
    assert AttackType.parse("Setting fire") is AttackType.ARSON
    assert Certainty.parse("Confirmed") is Certainty.CONFIRMED


def test_every_attack_type_has_an_ssa_label():
    assert set(SSA_LABEL_FOR) == set(AttackType)
    assert all(label in SSA_ATTACK_LABELS for label in SSA_LABEL_FOR.values())


def test_certainty_is_ordered():
    assert Certainty.RUMOUR.rank < Certainty.POSSIBLE.rank < Certainty.PROBABLE.rank < Certainty.CONFIRMED.rank


def test_mention_round_trips_through_dict():
    m = Mention(date="2016-11-16", attack_types=["heavy_weapons"], killed=0)
    m.add_span("date", Span(10, 20, "Wednesday", rule="date.weekday"))
    again = Mention.from_dict(m.to_dict())
    assert again == m
    assert next(iter(m.to_annotation())) == "date"
    assert m.rules == ["date.weekday"]
