"""Mentions into incidents: blocking, pair scoring, guarded clustering, stable incident ids.

The pipeline is pure (no database): :func:`cluster` takes :class:`LinkRecord` s and reviewer
:class:`Constraints` and returns a :class:`Clustering` whose every merge carries its evidence.

- **Blocking.** Only mentions of the same country whose date periods lie within a day of each other (two for
  a late report's day, see :data:`~notatarget.link.score.MAX_DATE_GAP`) are compared (a sweep over periods
  sorted by start), so the cost grows with the number of near neighbours, not with the square of the data.
- **Identity rules.** Two rows of datasets sharing one id space (:attr:`LinkRecord.id_space`) with the same
  record id are one event; with different ids they are different events (the coder already split them).
  Two mentions from one report are different incidents (the extractor already split them).
- **Clustering.** Confident pairs are merged best first; a merge of two clusters needs the *average*
  probability over all their cross pairs to stay above :data:`AVERAGE_LINK` and no cannot-link between
  them, so one ambiguous record never chains two big clusters together.
- **Stable ids.** A cluster keeps the existing incident id most of its members carry; new clusters get an
  id derived from their smallest member key, so re-running on unchanged data changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from notatarget.domain import Mention
from notatarget.link.score import MAX_DATE_GAP, Features, PairScore, compare
from notatarget.store.store import public_id

#: A pair at or above this probability is a merge candidate.
MATCH_PROBABILITY = 0.9
#: Two clusters merge only if the mean probability over all their cross pairs reaches this.
AVERAGE_LINK = 0.6
#: A vague mention (no facility name and no place finer than a province, or no day) whose two best candidates
#: in one source (two incidents of one report, two rows of one dataset) are within this many log2-odds of each
#: other, and differ in what it does not say, is ambiguous there and links to neither.
AMBIGUITY_MARGIN = 2.0
#: Datasets whose record ids share one id space (Insecurity Insight's SiND Event ID across its files).
ID_SPACES: dict[str, str] = {
    "insecurity_insight": "sind",
    "insecurity_insight_ew": "sind",
}


@dataclass(slots=True)
class LinkRecord:
    """One mention to link: a stable ``key``, the mention, and its current incident id if it has one."""

    key: str
    mention: Mention
    incident_id: str | None = None
    published: date | None = None
    reliability: float | None = None

    @property
    def id_space(self) -> tuple[str, str] | None:
        """(id space, record id) for dataset rows; None for mentions read from reports."""
        source = self.mention.source_record
        if source is None or not source.record_id:
            return None
        return ID_SPACES.get(source.dataset, source.dataset), str(source.record_id)


@dataclass(slots=True)
class Constraints:
    """Reviewer decisions every run respects: keys that must or must not share an incident."""

    must_link: list[tuple[str, str]] = field(default_factory=list)
    cannot_link: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class PairEvidence:
    """Why two members were joined: the pair, the rule or score, and the features that counted."""

    a: str
    b: str
    rule: str
    probability: float
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "rule": self.rule,
            "probability": round(self.probability, 4),
            "features": {name: round(weight, 3) for name, weight in self.features.items()},
        }


@dataclass(slots=True)
class Cluster:
    """One incident-to-be: its id, member keys (sorted) and the evidence of each merge."""

    id: str
    members: list[str]
    evidence: list[PairEvidence] = field(default_factory=list)


@dataclass(slots=True)
class Clustering:
    """The result of :func:`cluster`: clusters sorted by id, and each record's cluster id."""

    clusters: list[Cluster]
    assignment: dict[str, str]

    def cluster_of(self, key: str) -> Cluster:
        incident_id = self.assignment[key]
        return next(c for c in self.clusters if c.id == incident_id)


def incident_id_for(key: str, salt: int = 0) -> str:
    """The id a new cluster takes: derived from its smallest member key, as the store derives it
    (``NT-`` and 10 base32 characters; ``salt`` picks another when that one is taken)."""
    return public_id("NT", key if not salt else f"{key}~{salt}")


class _Sets:
    """Union-find over record indexes, tracking each root's members."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return ri
        if len(self.members[ri]) < len(self.members[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))
        return ri


def cluster(
    records: Iterable[LinkRecord] | Mapping[str, Mention], constraints: Constraints | None = None
) -> Clustering:
    """Group mentions that tell the same attack; deterministic for the same input, whatever its order."""
    if isinstance(records, Mapping):
        records = [LinkRecord(key, mention) for key, mention in records.items()]
    items = sorted(records, key=lambda r: r.key)
    keys = [r.key for r in items]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k, n in Counter(keys).items() if n > 1)
        raise ValueError(f"record key {duplicate!r} appears twice; keys must be unique")
    index = {k: i for i, k in enumerate(keys)}
    features = [Features.of(r.mention, r.published) for r in items]
    guard = _Guard(items, constraints or Constraints(), index)
    sets = _Sets(len(items))
    evidence: dict[int, list[PairEvidence]] = defaultdict(list)

    def join(i: int, j: int, pair: PairEvidence, *, automatic: bool) -> None:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj or guard.forbids(sets.members[ri], sets.members[rj], automatic=automatic):
            return
        moved = evidence.pop(ri, []) + evidence.pop(rj, [])
        evidence[sets.union(ri, rj)] = [*moved, pair]

    for i, j, rule in guard.forced_pairs():
        join(i, j, PairEvidence(keys[i], keys[j], rule, 1.0), automatic=False)
    cache: dict[tuple[int, int], PairScore] = {}

    def score(i: int, j: int) -> PairScore:
        pair = (i, j) if i < j else (j, i)
        if pair not in cache:
            cache[pair] = compare(features[pair[0]], features[pair[1]])
        return cache[pair]

    candidates = []
    for i, j in _candidate_pairs(features):
        result = compare(features[i], features[j])  # not cached: most pairs are never looked at again
        if result.probability >= MATCH_PROBABILITY:
            candidates.append((-result.weight, i, j))
            cache[(i, j)] = result
    candidates = guard.unambiguous(candidates, features)
    candidates.sort()
    for _, i, j in candidates:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj or not _average_link(sets.members[ri], sets.members[rj], score):
            continue
        result = score(i, j)
        join(i, j, PairEvidence(keys[i], keys[j], "score", result.probability, result.features), automatic=True)
    groups = {root: sorted(keys[m] for m in members) for root, members in sets.members.items()}
    return _name_clusters(items, groups, {root: evidence.get(root, []) for root in groups})


class _Guard:
    """What may never share an incident: reviewer splits always; automatically, rows of one id space with
    different record ids, and mentions of one report (the extractor already told them apart)."""

    def __init__(self, items: list[LinkRecord], constraints: Constraints, index: dict[str, int]) -> None:
        self.index = index
        self.constraints = constraints
        self.spaces = [r.id_space for r in items]
        self.reports = [r.mention.report_id if r.id_space is None else None for r in items]
        self.cannot: dict[int, set[int]] = defaultdict(set)
        for a, b in constraints.cannot_link:
            if a in index and b in index and a != b:
                self.cannot[index[a]].add(index[b])
                self.cannot[index[b]].add(index[a])

    def forced_pairs(self) -> list[tuple[int, int, str]]:
        """Pairs that must share an incident: reviewer merges, then rows with one id in one id space."""
        index = self.index
        pairs = [
            (index[a], index[b], "reviewer_merge")
            for a, b in self.constraints.must_link
            if a in index and b in index and a != b
        ]
        first: dict[tuple[str, str], int] = {}
        for i, ident in enumerate(self.spaces):
            if ident is None:
                continue
            if ident in first:
                pairs.append((first[ident], i, "same_record_id"))
            else:
                first[ident] = i
        return pairs

    def source(self, i: int) -> tuple[str, str] | None:
        """(source, event) of a record whose source tells events apart: its report and itself, or its id space
        and record id; None for a dataset row without an id space."""
        if self.spaces[i] is not None:
            return self.spaces[i]
        return (f"report:{self.reports[i]}", str(i)) if self.reports[i] else None

    def unambiguous(
        self, candidates: list[tuple[float, int, int]], features: list[Features]
    ) -> list[tuple[float, int, int]]:
        """Drop a vague record's candidates in a source where two events it cannot tell apart score alike for
        it: a mention that only says "a hospital in Idlib" must not pick one of two hospitals another report
        names there, nor "in March" one of two strikes on one hospital another report dates. Alike candidates
        (identical dataset rows) stay: either pick tells the same."""
        top: dict[tuple[int, str], dict[str, tuple[float, int]]] = defaultdict(dict)
        for negative, i, j in candidates:
            for me, other in ((i, j), (j, i)):
                if features[me].vague and (src := self.source(other)) is not None:
                    events = top[(me, src[0])]
                    events[src[1]] = max(events.get(src[1], (-negative, other)), (-negative, other))
        ambiguous: set[tuple[int, str]] = set()
        for place, events in top.items():
            if len(events) > 1:
                (first, a), (second, b) = sorted(events.values(), reverse=True)[:2]
                if first - second < AMBIGUITY_MARGIN and features[place[0]].cannot_tell(features[a], features[b]):
                    ambiguous.add(place)
        return [
            c
            for c in candidates
            if not any(
                (me, src[0]) in ambiguous for me, other in ((c[1], c[2]), (c[2], c[1])) if (src := self.source(other))
            )
        ]

    def forbids(self, left: list[int], right: list[int], *, automatic: bool) -> bool:
        small, large = (left, right) if len(left) <= len(right) else (right, left)
        large_set = set(large)
        if any(self.cannot[i] & large_set for i in small if i in self.cannot):
            return True
        if not automatic:
            return False
        ids_left = {s for i in left if (s := self.spaces[i])}
        ids_right = {s for i in right if (s := self.spaces[i])}
        spaces_left = {space: rid for space, rid in ids_left}
        if any(space in spaces_left and spaces_left[space] != rid for space, rid in ids_right):
            return True
        reports_left = {r for i in left if (r := self.reports[i])}
        return any(self.reports[i] in reports_left for i in right if self.reports[i])


def _candidate_pairs(features: list[Features]) -> Iterable[tuple[int, int]]:
    """Blocking: pairs of one country whose date periods are at most a day apart, or :data:`MAX_DATE_GAP` days
    when either allows it (a sweep by period start)."""
    by_country: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        if f.period is not None and f.country:
            by_country[f.country].append(i)
    for members in by_country.values():
        members.sort(key=lambda i: (features[i].period.start, i))  # type: ignore[union-attr]
        active: list[int] = []
        for j in members:
            start, allowed = features[j].period.start, features[j].date_gap  # type: ignore[union-attr]
            active = [i for i in active if features[i].period.end + MAX_DATE_GAP >= start]  # type: ignore[union-attr]
            for i in active:
                if features[i].period.end + max(allowed, features[i].date_gap) >= start:  # type: ignore[union-attr]
                    yield (i, j) if i < j else (j, i)
            active.append(j)


def _average_link(left: list[int], right: list[int], score: Callable[[int, int], PairScore]) -> bool:
    """True when the mean probability over all cross pairs reaches :data:`AVERAGE_LINK` and no cross pair is
    impossible or names two different facilities (two hospitals of one town hit the same day stay apart, however
    well a vaguer third mention fits both)."""
    total = 0.0
    for i in left:
        for j in right:
            result = score(i, j)
            if result.probability == 0.0 or "facility_differs" in result.features:
                return False
            total += result.probability
    return total / (len(left) * len(right)) >= AVERAGE_LINK


def _name_clusters(
    items: list[LinkRecord], groups: dict[int, list[str]], evidence: dict[int, list[PairEvidence]]
) -> Clustering:
    """Give each group an incident id: the existing id most members carry (the larger group wins a contested
    id, then the smaller first key), else one derived from the smallest member key."""
    current = {r.key: r.incident_id for r in items}
    claims: list[tuple[int, str, str, int]] = []
    for root, members in groups.items():
        votes = Counter(current[k] for k in members if current[k])
        for incident_id, n in votes.items():
            claims.append((-n, members[0], incident_id, root))
    claims.sort()
    named: dict[int, str] = {}
    taken: set[str] = set()
    for _, _, incident_id, root in claims:
        if root not in named and incident_id not in taken:
            named[root] = incident_id
            taken.add(incident_id)
    for root in sorted(groups, key=lambda r: groups[r][0]):
        if root in named:
            continue
        salt = 0
        while (candidate := incident_id_for(groups[root][0], salt)) in taken:
            salt += 1
        named[root] = candidate
        taken.add(candidate)
    clusters = sorted(
        (Cluster(named[root], members, evidence[root]) for root, members in groups.items()), key=lambda c: c.id
    )
    assignment = {key: c.id for c in clusters for key in c.members}
    return Clustering(clusters, assignment)
