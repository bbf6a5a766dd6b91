"""Cross-publisher linking on extracted reports: one attack told by several publishers, in other words or another
script, is one incident; two hospitals of one town hit the same day stay two. All reports here are fictional."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from notatarget.domain import Mention
from notatarget.domain.records import ANNOTATION_FIELDS
from notatarget.extract import extract
from notatarget.ingest import ingest_bytes
from notatarget.link import LinkRecord, cluster
from notatarget.link.score import Features, compare, same_name
from notatarget.store import Store, models

SAME_ATTACK = {
    "northbridge": (
        "[Fictional test report] NORTHBRIDGE RELIEF - On Sunday 5 March 2023 warplanes struck the Al-Nour Surgical "
        "Hospital in Maarat al-Numan, Idlib, Syria, killing two nurses. The hospital stopped operating.",
        "2023-03-06",
        "en",
    ),
    "cedar": (
        "[Fictional test report] Staff of the fictional Cedar Medical Foundation said an airstrike hit the al Nur "
        "surgical hospital in Ma'arrat an-Nu'man, Idlib province, Syria, on 5 March 2023. Two nurses died and the "
        "hospital was put out of service.",
        "2023-03-07",
        "en",
    ),
    "arabic": (
        "[تقرير تجريبي خيالي] قصفت طائرات حربية مشفى النور الجراحي في مدينة معرة النعمان بريف إدلب يوم الأحد "
        "5 آذار 2023، ما أدى إلى مقتل ممرضين اثنين وخروج المشفى عن الخدمة.",
        "2023-03-06",
        "ar",
    ),
}
OTHER_HOSPITALS = {
    "brightwater": (
        "[Fictional test report] BRIGHTWATER AID - Shelling hit the Al-Amal Hospital in Maarat al-Numan, Idlib, "
        "Syria, on 5 March 2023, injuring three patients.",
        "2023-03-05",
        "en",
    ),
    "lakeside": (
        "[Fictional test report] On 5 March 2023 an airstrike struck the Al-Shifa Hospital in Maarat al-Numan, "
        "Idlib, Syria, and injured four staff, the fictional Lakeside Health Network said.",
        "2023-03-06",
        "en",
    ),
}


def _ingest(store: Store, reports: dict[str, tuple[str, str, str]]) -> dict[str, list[str]]:
    """Ingest fictional reports; each report's incident ids by its name."""
    out = {}
    for name, (text, published, language) in reports.items():
        (outcome,) = ingest_bytes(store, text.encode(), f"{name}.txt", published=published, language=language)
        assert outcome.status == "new", outcome.reason
        out[name] = outcome.incidents
    return out


def _incident_reports(store: Store) -> dict[str, set[str]]:
    with store.session(readonly=True) as session:
        rows = session.execute(
            sa.select(models.Mention.incident_id, models.Mention.report_id).where(
                models.Mention.incident_id.is_not(None)
            )
        )
        found: dict[str, set[str]] = {}
        for incident_id, report_id in rows:
            found.setdefault(incident_id, set()).add(report_id)
        return found


def test_one_attack_told_by_three_publishers_in_two_scripts_is_one_incident(sqlite_store: Store) -> None:
    incidents = _ingest(sqlite_store, SAME_ATTACK)
    assert all(len(ids) == 1 for ids in incidents.values()), incidents
    assert len({ids[0] for ids in incidents.values()}) == 1, incidents
    (reports,) = _incident_reports(sqlite_store).values()
    assert len(reports) == 3


def test_two_hospitals_hit_the_same_day_in_one_town_stay_two_incidents(sqlite_store: Store) -> None:
    incidents = _ingest(sqlite_store, {**OTHER_HOSPITALS, "arabic": SAME_ATTACK["arabic"]})
    ids = [i for found in incidents.values() for i in found]
    assert len(ids) == 3 and len(set(ids)) == 3, incidents
    assert all(len(reports) == 1 for reports in _incident_reports(sqlite_store).values())


def _mention(report: str, **values: object) -> Mention:
    base = {
        "date": "2023-03-05",
        "date_precision": "day",
        "country": "SYR",
        "admin1": "Idlib",
        "latitude": 35.648,
        "longitude": 36.677,
        "geo_precision": "settlement",
        "location": "Maarat al-Numan",
        "facility_type": "hospital",
        "attack_types": ["heavy_weapons"],
    }
    return Mention.from_dict({**base, **values, "report_id": report})


def test_a_vague_mention_joins_neither_of_two_named_hospitals_of_one_report() -> None:
    named = [
        LinkRecord("r1#0", _mention("r1", facility_name="Al-Amal Hospital")),
        LinkRecord("r1#1", _mention("r1", facility_name="Al-Shifa Hospital")),
    ]
    vague = LinkRecord(
        "r2#0", _mention("r2", location="Idlib", geo_precision="admin1", latitude=35.93, longitude=36.63)
    )
    result = cluster([*named, vague])
    assert len(result.clusters) == 3
    # With only one hospital named that day, the vague mention joins it.
    result = cluster([named[0], vague])
    assert result.assignment["r1#0"] == result.assignment["r2#0"]


def test_a_vague_third_mention_never_chains_two_different_hospitals() -> None:
    records = [
        LinkRecord("a#0", _mention("a", facility_name="Al-Amal Hospital")),
        LinkRecord("b#0", _mention("b", facility_name="Al-Shifa Hospital")),
        LinkRecord("c#0", _mention("c", facility_name="المستشفى الجراحي")),  # all generic: cannot be told
    ]
    result = cluster(records)
    assert result.assignment["a#0"] != result.assignment["b#0"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("كفرنبل", "Kafranbel", True),
        ("Kafr Nabl", "Kafranbel", True),
        ("Al-Quds", "Al Quds", True),
        ("خان شيخون", "Khan Sheikhoun", True),
        ("Idlib", "إدلب", True),
        ("Kharkiv", "Харків", True),
        ("مشفى النور الجراحي", "Al-Nour Surgical Hospital", True),
        ("Al-Ihsan Hospital", "SAMS-supported Al-Ihsan Hospital", True),
        ("Al-Amal Hospital", "Al-Shifa Hospital", False),
        ("al Rahma hospital", "al Rahman Children and Maternity Hospital", False),
        ("المستشفى التخصصي الجراحي", "Kafranbel Surgical Hospital", None),  # translated, not spelled
        ("حلب", "Aleppo", None),  # an exonym: coordinates decide
        ("", "Aleppo", None),
    ],
)
def test_names_compare_across_scripts_and_spellings(a: str, b: str, expected: bool | None) -> None:
    assert same_name(a, b) is expected
    assert same_name(b, a) is expected


def test_facility_names_in_two_scripts_that_transliterate_apart_disagree() -> None:
    score = compare(
        Features.of(_mention("a", facility_name="مشفى النور")), Features.of(_mention("b", facility_name="Al-Amal"))
    )
    assert "facility_differs" in score.features


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "\x00\ud800", "ال" * 5000, "🏥 Hospital", "  "])
def test_hostile_names_compare_safely(text: str) -> None:
    assert same_name(text, "Al-Amal Hospital") in (True, False, None)
    first = cluster([LinkRecord("a#0", _mention("a", facility_name=text)), LinkRecord("b#0", _mention("b"))])
    assert len(first.assignment) == 2


@pytest.mark.parametrize(("published", "linked"), [(date(2023, 3, 10), True), (date(2023, 3, 7), False)])
def test_a_late_reports_day_may_be_two_days_off(published: date, linked: bool) -> None:
    """A report three days late may give a day or two off (a weekday resolved against its own date); a prompt
    report is taken at its word."""
    prompt = LinkRecord("a#0", _mention("a", facility_name="Al-Nour Hospital"), published=date(2023, 3, 5))
    later = LinkRecord("b#0", _mention("b", facility_name="Al Nour Hospital", date="2023-03-07"), published=published)
    result = cluster([prompt, later])
    assert (result.assignment["a#0"] == result.assignment["b#0"]) is linked


#: Dev-corpus incidents told by two publishers (gold: same country, day and town), and one that only shares the day.
DEV_SAME = [
    (("syr-who-idlib-hama-2017-09-19", 0), ("syr-phr-idlib-hospitals-2017-09", 0)),  # Kafr Nabl, WHO and PHR
    (("syr-who-idlib-hama-2017-09-19", 1), ("syr-phr-idlib-hospitals-2017-09", 2)),  # Khan Sheikhoun
    (("syr-aajsy-maarrat-kafranbel-2018-02-ar", 1), ("syr-snhr-kafranbel-2018-02-05", 1)),  # كفرنبل / Kafranbel
]
DEV_APART = [(("syr-aajsy-maarrat-kafranbel-2018-02-ar", 0), ("syr-snhr-kafranbel-2018-02-05", 1))]


def test_dev_corpus_gold_incidents_link_across_publishers_and_scripts(dev_corpus: Path) -> None:
    """The linker alone on the dev corpus's gold incidents, placed by the gazetteer as the geo stage would."""
    from notatarget.geo import lookup

    records = []
    for doc in {doc for pair in DEV_SAME + DEV_APART for doc, _ in pair}:
        path = dev_corpus / f"{doc}.json"
        if not path.is_file():
            pytest.skip(f"{doc} is not in the dev corpus")
        for n, incident in enumerate(json.loads(path.read_text(encoding="utf-8"))["incidents"]):
            mention = Mention.from_dict({**incident, "report_id": doc})
            place = next((p for p in lookup(mention.location or "", "SYR") if p.country == "SYR"), None)
            if place is not None:
                mention.latitude, mention.longitude, mention.geo_precision = (
                    place.latitude,
                    place.longitude,
                    "settlement",
                )
            records.append(LinkRecord(f"{doc}#{n}", mention))
    result = cluster(records)
    for (a, i), (b, j) in DEV_SAME:
        assert result.assignment[f"{a}#{i}"] == result.assignment[f"{b}#{j}"]
    for (a, i), (b, j) in DEV_APART:
        assert result.assignment[f"{a}#{i}"] != result.assignment[f"{b}#{j}"]


def test_a_month_only_mention_joins_neither_of_two_dated_strikes_on_one_hospital() -> None:
    strikes = [
        LinkRecord("r1#0", _mention("r1", facility_name="Al-Nour Hospital")),
        LinkRecord("r1#1", _mention("r1", facility_name="Al-Nour Hospital", date="2023-03-12")),
    ]
    monthly = LinkRecord(
        "r2#0", _mention("r2", facility_name="Al Nour hospital", date="2023-03", date_precision="month")
    )
    result = cluster([*strikes, monthly])
    assert len(result.clusters) == 3
    result = cluster([strikes[1], monthly])  # one strike that month: the monthly report tells it
    assert result.assignment["r1#1"] == result.assignment["r2#0"]


def test_villages_placed_at_their_province_compare_by_name() -> None:
    """Two villages the gazetteer lacks, each placed at its province's centroid, are two places; a location that
    only names the province says nothing either way."""
    province = {
        "country": "SDN",
        "admin1": "North Darfur",
        "geo_precision": "admin1",
        "latitude": 14.4,
        "longitude": 24.9,
    }
    one = _mention("a", location="Um Hashaba", killed=1, **province)
    other = _mention("b", location="Kornoi Wadi", killed=1, **province)
    assert "location_differs" in compare(Features.of(one), Features.of(other)).features
    darfur = _mention("c", location="North Darfur State", killed=1, **province)
    assert not {"location_same", "location_differs"} & set(compare(Features.of(darfur), Features.of(other)).features)


def test_dev_corpus_extracted_mentions_link_one_attack_and_keep_villages_apart(dev_corpus: Path) -> None:
    """With the real extractor: the Kafranbel strike told in Arabic and by SNHR is one incident, and no incident
    joins reports that place it in two different towns (WHO's Kafr Nabl and Khan Sheikhoun hospitals stay apart).
    WHO's maternity hospital "in Heish" and PHR's "al Rahman Children and Maternity Hospital in al Tah", both
    struck on 19 September with one staff member killed, are one attack told by the sub-district and by its
    village: the gazetteer places both at the same point, and they may join."""
    docs = [
        "syr-aajsy-maarrat-kafranbel-2018-02-ar",
        "syr-snhr-kafranbel-2018-02-05",
        "syr-who-idlib-hama-2017-09-19",
        "syr-phr-idlib-hospitals-2017-09",
    ]
    records = []
    for doc in docs:
        path = dev_corpus / f"{doc}.json"
        if not path.is_file():
            pytest.skip(f"{doc} is not in the dev corpus")
        data = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(data["published"]) if data.get("published") else None
        for n, mention in enumerate(extract(data["text"], published, data.get("language"))):
            records.append(LinkRecord(f"{doc}#{n}", mention, published=published))
    mentions = {r.key: r.mention for r in records}
    joined = [c.members for c in cluster(records).clusters if len({k.split("#")[0] for k in c.members}) > 1]
    for members in joined:
        for a, b in itertools.combinations(members, 2):
            one_point = (mentions[a].latitude, mentions[a].longitude) == (mentions[b].latitude, mentions[b].longitude)
            assert same_name(mentions[a].location, mentions[b].location) is not False or one_point, (a, b)
    assert any(
        {mentions[k].location for k in members} >= {"كفرنبل", "Kafranbel"}
        and {mentions[k].date for k in members} == {"2018-02-04"}
        for members in joined
    )


def test_dev_corpus_reports_of_one_attack_by_different_publishers_end_as_one_incident(
    dev_corpus: Path, sqlite_store: Store
) -> None:
    """End to end: the dev reports are ingested (extraction, geo, linking in the store); each gold incident's
    extracted mention (matched as `notatarget eval` matches) lies in the incident of its partner's mention."""
    from notatarget.extract.evaluate import match

    stored: dict[tuple[str, int], int] = {}
    for doc_id in sorted({doc for pair in DEV_SAME + DEV_APART for doc, _ in pair}):
        path = dev_corpus / f"{doc_id}.json"
        if not path.is_file():
            pytest.skip(f"{doc_id} is not in the dev corpus")
        doc = json.loads(path.read_text(encoding="utf-8"))
        (outcome,) = ingest_bytes(
            sqlite_store, doc["text"].encode(), f"{doc_id}.txt", published=doc["published"], language=doc["language"]
        )
        assert outcome.status == "new", outcome.reason
        with sqlite_store.session(readonly=True) as session:
            mentions = session.scalars(
                sa.select(models.Mention)
                .where(models.Mention.report_id == outcome.report_id)
                .order_by(models.Mention.ordinal)
            ).all()
            predicted = [{name: getattr(m, name, None) for name in ANNOTATION_FIELDS} for m in mentions]
            for gold_index, pred_index in match(doc["incidents"], predicted):
                stored[(doc_id, gold_index)] = mentions[pred_index].id
    with sqlite_store.session(readonly=True) as session:
        incident_of = dict(session.execute(sa.select(models.Mention.id, models.Mention.incident_id)).all())
    for a, b in DEV_SAME:
        assert a in stored and b in stored, f"{a} or {b} was not extracted"
        assert incident_of[stored[a]] == incident_of[stored[b]], (a, b)
    for a, b in DEV_APART:
        if a in stored and b in stored:
            assert incident_of[stored[a]] != incident_of[stored[b]], (a, b)
