"""The public field policy: an allow-list, versioned, refusing fields that may never be public."""

from __future__ import annotations

from pathlib import Path

import pytest

from notatarget.domain import Incident, Mention
from notatarget.errors import ConfigError, PermissionDenied
from notatarget.publish import PUBLISHABLE, load_policy, public_record

POLICY_TOML = """
name = "test-policy"
version = 3
statuses = ["published", "reviewed"]
fields = ["id", "country", "{extra}"]
[coordinates]
method = "{method}"
grid_degrees = 2.0
"""


def incident(status: str = "published", admin1: str = "Fictional State") -> Incident:
    mention = Mention(
        date="2031-04-05",
        country="SDN",
        admin1=admin1,
        latitude=15.61,
        longitude=32.53,
        facility_name="Fictional Hope Hospital",
        attack_types=["heavy_weapons"],
        killed=3,
        description="A fictional narrative.",
        perpetrator="Fictional Brigade",
    )
    return Incident(id="NT-TESTTEST01", values=mention, certainty="probable", status=status)


def write_policy(tmp_path: Path, extra: str = "killed", method: str = "grid") -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY_TOML.format(extra=extra, method=method))
    return path


def test_default_policy_is_the_ssa_fields_plus_admin1() -> None:
    policy = load_policy()
    assert (policy.name, policy.version, policy.statuses) == ("public-v1", 1, ("published",))
    assert {"country", "date", "attack_types", "facility_type", "killed", "injured", "certainty", "admin1"} <= set(
        policy.fields
    )
    assert set(policy.fields) <= PUBLISHABLE


def test_public_record_is_an_allow_list() -> None:
    record = public_record(incident())
    assert set(record) == set(load_policy().columns)
    assert record["killed"] == 3 and record["attack_types"] == ["heavy_weapons"]
    assert not {"facility_name", "description", "perpetrator", "location", "evidence"} & set(record)


def test_coordinates_are_generalised_to_a_grid_cell(tmp_path: Path) -> None:
    record = public_record(incident())
    assert (record["latitude"], record["longitude"], record["geo_precision"]) == (15.5, 32.5, "grid_1deg")
    coarse = public_record(incident(), load_policy(write_policy(tmp_path)))
    assert (coarse["latitude"], coarse["longitude"]) == (15.0, 33.0)


def test_unpublished_incidents_are_refused() -> None:
    for status in ("draft", "reviewed", "withheld", "rejected"):
        with pytest.raises(PermissionDenied, match=status):
            public_record(incident(status))


def test_a_custom_policy_file(tmp_path: Path) -> None:
    policy = load_policy(write_policy(tmp_path, "killed", "none"))
    assert public_record(incident("reviewed"), policy) == {"id": "NT-TESTTEST01", "country": "SDN", "killed": 3}


@pytest.mark.parametrize("field", ["facility_name", "description", "perpetrator", "location", "latitude", "evidence"])
def test_a_policy_may_not_publish_withheld_fields(tmp_path: Path, field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        load_policy(write_policy(tmp_path, field))


@pytest.mark.parametrize("text", ["not toml [", 'name = "x"', POLICY_TOML.format(extra="killed", method="exact")])
def test_malformed_policies_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_policy(path)
    with pytest.raises(ConfigError, match="no shipped policy"):
        load_policy("public-v0")


def test_a_known_province_is_placed_at_its_centroid() -> None:
    geo = pytest.importorskip("notatarget.geo")
    centre = geo.admin1_centroid("SDN", "Khartoum")
    if centre is None:
        pytest.skip("the gazetteer does not know Khartoum state here")
    record = public_record(incident(admin1="Khartoum"))
    assert (record["latitude"], record["longitude"], record["geo_precision"]) == (*centre, "admin1")
