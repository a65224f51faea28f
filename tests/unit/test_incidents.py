"""Incident matching on its own: the pair score, blocking and clustering (in process and on Dask),
near-duplicate articles, and the incidents row's figures."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventmill.incidents import clustering, duplicates
from eventmill.incidents.reports import Report, proper_words
from eventmill.incidents.scoring import NO, Settings, score, weigh
from eventmill.incidents.summary import _figures, outlet_of

MAIDUGURI = (11.85, 13.16, "town", "NG", "geonames:2331447")
KANO = (12.0, 8.52, "town", "NG", "geonames:2335204")
DAY = dt.date(2026, 3, 3).toordinal()


def report(aid, day=DAY, place=MAIDUGURI, names=None, role="incident", family="violence", dead=None):
    r = Report(aid, 0, family, role, date_low=day, date_high=day, place=place, dead=dead)
    r.countries = {place[3]} if place else set()
    r.names = {w: 1.0 for w in (names or ["boko", "haram", "market"])}
    length = len(r.names) ** 0.5
    r.names = {w: v / length for w, v in r.names.items()}
    return r


S = Settings()


def test_two_reports_of_one_bombing_score_above_the_threshold():
    assert score(report("a"), report("b", dead=(8, 8)), S) >= S.threshold


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report("b", day=DAY + 17), "same town, another day"),
        (report("b", family="protest"), "another family"),
    ],
)
def test_look_alikes_are_ruled_out(other, why):
    assert score(report("a"), other, S) == NO, why


def test_another_town_the_same_day_scores_below_the_threshold():
    """What the articles share (the group, the police) is common in a corpus; the towns tell them apart."""
    from collections import Counter

    def named(aid, words, place=MAIDUGURI):
        r = report(aid, place=place)
        r.names = dict.fromkeys(words, 1)
        return r

    maiduguri = named("a", ["boko", "haram", "police", "maiduguri", "geonames:2331447", "nahum"])
    kano = named("b", ["boko", "haram", "police", "kano", "geonames:2335204", "musa"], place=KANO)
    again = named("c", ["police", "maiduguri", "geonames:2331447", "nahum", "borno"])
    background = [named(f"x{i}", ["boko", "haram", "police", f"town{i}"]) for i in range(20)]
    everything = [maiduguri, kano, again, *background]
    weigh(everything, Counter(w for r in everything for w in r.names), len(everything))
    assert score(maiduguri, kano, S) < S.threshold <= score(maiduguri, again, S)


def test_an_arrest_may_come_long_after_the_attack_but_not_before_it():
    attack = report("a")
    assert score(report("b", day=DAY + 200, role="aftermath"), attack, S) > S.threshold
    assert score(report("b", day=DAY - 200, role="aftermath"), attack, S) == NO
    assert score(report("b", day=DAY + 200), attack, S) == NO  # a second attack, not an arrest


def published_only(aid, published):
    """A report none of whose events has a date of its own, in an article published on that day."""
    r = report(aid)
    r.date_low = r.date_high = None
    r.published = published
    return r


def test_a_report_dated_by_its_publication_alone_may_follow_its_incident_by_weeks_but_never_precede_it():
    attack = report("a")
    follow_up = published_only("b", DAY + 40)  # "the bombing at the market": a story weeks later
    assert follow_up.when() is not None and follow_up.when()[1] == DAY + 40
    assert score(follow_up, attack, S) >= S.threshold
    assert score(published_only("c", DAY - 10), attack, S) == NO  # published before the attack happened
    got = {a.key: a.incident_id for a in clustering.cluster([attack, follow_up], S)}
    assert got[attack.key] == got[follow_up.key]


def test_tf_idf_gives_shared_rare_names_more_weight_than_common_ones():
    from collections import Counter

    reports = [Report(str(i), 0, "violence", "incident", names={"police": 1, f"name{i % 2}": 1}) for i in range(6)]
    df = Counter(w for r in reports for w in r.names)
    weigh(reports, df, len(reports))
    assert reports[0].names["name0"] > reports[0].names.get("police", 0.0)  # in every report: weight 0


def test_proper_words_skip_sentence_openers():
    assert proper_words("Deux hommes ont été tués à Marseille. Les tireurs ont fui vers Aubagne.") == {
        "marseille": 1,
        "aubagne": 1,
    }


def _synthetic(n: int, seed: int = 3) -> list[Report]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        inc = rng.randrange(n // 3 + 1)
        country = ("NG", "FR", "SY")[inc % 3]
        place = (10.0 + inc % 7, 5.0 + inc % 5, "town", country, f"g{inc % 7}")
        r = report(f"art{i:05d}", day=DAY + inc % 40, place=place, names=[f"n{inc}", f"m{inc}", "common"])
        r.names = dict.fromkeys(r.names, 1)
        out.append(r)
    from collections import Counter

    weigh(out, Counter(w for r in out for w in r.names), len(out))
    return out


def test_clustering_gives_reports_of_one_synthetic_incident_one_id():
    reports = _synthetic(60)
    got = {a.key: a.incident_id for a in clustering.cluster(reports, S)}
    by_names = {}
    for r in reports:
        by_names.setdefault(sorted(r.names)[1], set()).add(got[r.key])  # m<incident>
    assert all(len(ids) == 1 for ids in by_names.values())
    assert len(set(got.values())) == len(by_names)


def test_clustering_on_dask_equals_the_single_process_result():
    distributed = pytest.importorskip("distributed")
    reports = _synthetic(300)
    local = sorted(clustering.cluster(reports, S))
    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0") as client:
        remote = sorted(clustering.cluster(reports, S, mapper=clustering.dask_mapper(client)))
    assert remote == local
    assert len(clustering.blocks(reports)) == 3  # one per country: the unit of work


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffling_the_input_order_gives_the_same_incidents(seed):
    """The order reports come in (files in a folder, rows of a store) decides nothing: placed, unplaced
    (second pass) and publication-dated reports, in a full and in an incremental run."""
    reports = _synthetic(90)
    for i, r in enumerate(reports[::9]):
        if i % 2:
            r.place, r.countries = None, set()  # placed nowhere: meets its family's incidents afterwards
        else:
            r.date_low = r.date_high = None
            r.published = DAY + 45  # dated by its publication alone
    want = {a.key: a.incident_id for a in clustering.cluster(reports, S)}
    first = {a.key: a.incident_id for a in clustering.cluster(reports[:60], S)}
    later = {a.key: a.incident_id for a in clustering.cluster(reports, S, assigned=first)}
    shuffled = list(reports)
    random.Random(seed).shuffle(shuffled)
    assert {a.key: a.incident_id for a in clustering.cluster(shuffled, S)} == want
    assert {a.key: a.incident_id for a in clustering.cluster(shuffled, S, assigned=first)} == later
    assert len(set(want.values())) < len(want)  # incidents of several reports, not singletons only


def test_new_reports_join_existing_incidents_and_old_ones_keep_theirs():
    reports = _synthetic(90)
    first = {a.key: a.incident_id for a in clustering.cluster(reports[:60], S)}
    later = clustering.cluster(reports, S, assigned=first)
    assert {a.key for a in later} == {r.key for r in reports[60:]}
    assert any(a.incident_id in set(first.values()) for a in later)


TEXT = (
    "A suicide bomber killed nine people at the Monday Market in Maiduguri on Tuesday, police said. "
    "Twenty people were wounded in the blast, according to Borno State police spokesman Daso Nahum. "
    "No group claimed the attack, but Boko Haram has carried out similar bombings in the city before. "
    "Traders closed their stalls and the army sealed the roads around the market for the night."
)


def test_a_wire_story_republished_with_small_edits_is_a_near_duplicate():
    copy = TEXT.replace("for the night", "until Wednesday") + " Schools stayed open."
    other = "Two men were shot dead in the Noailles district of Marseille on Saturday, the prosecutor said. " * 2
    groups = duplicates.groups(
        [("a", duplicates.signature(TEXT)), ("b", duplicates.signature(copy)), ("c", duplicates.signature(other))]
    )
    assert groups["a"] == groups["b"] == "a"
    assert groups["c"] == "c"


def test_a_new_copy_takes_the_stored_group():
    stored = [("z", "z", duplicates.signature(TEXT))]
    assert duplicates.groups([("a", duplicates.signature(TEXT + " More."))], stored)["a"] == "z"


def test_best_figure_is_the_lowest_exact_one_and_the_range_spans_all_reports():
    # article x: 8 dead; article y: 9 dead, and "at least 7" in another event of the same article
    assert _figures({"x": [(8, None, None)], "y": [(9, None, None), (None, 7, None)]}) == (8, 8, 9)
    assert _figures({"x": [(None, 20, 99)]}) == (20, 20, 99)
    assert _figures({"x": [(None, None, None)]}) == (None, None, None)


def test_outlet_falls_back_to_the_url_host_then_the_article():
    assert outlet_of(None, "https://www.lagoscourier.example/a", "id1") == "lagoscourier.example"
    assert outlet_of("Le Monde", "https://x.example/", "id1") == "Le Monde"
    assert outlet_of(None, None, "id1") == "article:id1"
