"""Behaviour of the whole French pipeline on short sentences, one behaviour per test (tagged fr)."""

import pytest

import eventmill

LANG = "fr"


@pytest.fixture(scope="module")
def ex():
    def run(text, published=None):
        return eventmill.extract(text, lang=LANG, published=published)

    return run


def names(ms):
    return [m.actor.name if m.actor else m.span.text for m in ms]


@pytest.mark.parametrize(
    "text,value,low,high",
    [
        ("Six civils ont été tués par des tirs de l'armée à Alep.", 6, 6, 6),
        ("12 civils ont été tués par des tirs de l'armée à Alep.", 12, 12, 12),
        ("Plusieurs dizaines de civils ont été tués par l'armée à Alep.", 20, 20, 99),
        ("Une dizaine de civils ont été tués par l'armée à Alep.", 10, 8, 12),
        ("Plus de 1 200 civils ont été tués par l'armée à Alep.", 1200, 1200, 1200),
    ],
)
def test_death_tolls_in_words_digits_and_vague_amounts(ex, text, value, low, high):
    ev = [e for e in ex(text).events if e.type == "ASSAULT"][0]
    assert (ev.dead.value, ev.dead.low, ev.dead.high) == (value, low, high)
    assert ex(text).article.text[ev.dead.span.start : ev.dead.span.end] == ev.dead.span.text


def test_passive_agent_is_the_actor_and_subject_the_victim(ex):
    ev = ex("Trois soldats ont été tués par des combattants de l'État islamique près de Mossoul.").events[0]
    assert ev.type == "ASSAULT"
    assert "Islamic State" in names(ev.actors)
    assert any("soldat" in m.span.text for m in ev.recipients)
    assert ev.dead.value == 3


def test_idiom_trouver_la_mort_counts_the_dead(ex):
    ev = ex("Quatre civils ont trouvé la mort dans un bombardement de l'armée syrienne à Idleb.").events[0]
    assert ev.type == "ASSAULT" and ev.dead.value == 4
    assert "heavy-weapons" in ev.modes or "aerial" in ev.modes


def test_support_verb_gives_the_attacker_and_the_defender(ex):
    doc = ex("L'armée malienne a repoussé une attaque lancée par des jihadistes contre la ville de Boni.")
    ev = [e for e in doc.events if e.type == "ASSAULT"][0]
    assert any(m.actor and m.actor.country == "MLI" for m in ev.recipients), names(ev.recipients)
    assert ev.actors, "the attackers"


def test_selon_gives_the_attribution(ex):
    doc = ex(
        "Cinq manifestants ont été tués jeudi à Bagdad par la police, selon l'Observatoire syrien des droits de l'homme."
    )
    ev = doc.events[0]
    assert ev.attribution is not None and "Observatoire" in ev.attribution.span.text


def test_weekday_stays_unresolved_without_a_publication_date(ex):
    ev = ex("Des rebelles ont attaqué jeudi un convoi de l'armée près de Goma.").events[0]
    assert ev.date.span.text == "jeudi" and ev.date.date.value is None


def test_weekday_resolves_against_the_publication_date(ex):
    # 2016-04-09 is a Saturday: the Thursday before is 2016-04-07
    ev = ex("Des rebelles ont attaqué jeudi un convoi de l'armée près de Goma.", published="2016-04-09").events[0]
    assert ev.date.date.value == "2016-04-07"


def test_explicit_date(ex):
    ev = ex("Le 20 avril 2022, la police a arrêté douze manifestants à Berlin.").events[0]
    assert ev.type == "COERCE" and ev.date.date.value == "2022-04-20"


def test_negated_event_is_left_out_but_kept_flagged_on_request(ex):
    text = "La police n'a pas arrêté les manifestants réunis devant le parlement à Paris."
    assert not ex(text).events
    ev = eventmill.extract(text, lang=LANG, config=eventmill.Config(keep="all")).events[0]
    assert ev.type == "COERCE" and ev.negated


def test_reports_of_one_incident_are_merged(ex):
    doc = ex(
        "Des jihadistes ont attaqué lundi la ville de Boni, dans le centre du Mali. "
        "Cette attaque a fait dix morts parmi les soldats, selon l'armée."
    )
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].dead.value == 10


def test_armed_group_is_an_actor_not_a_place(ex):
    doc = ex("Les combattants d'Ahrar al-Cham ont attaqué les positions de l'armée à Alep.")
    assert not any(m.kind == "place" and "Ahrar" in m.span.text for m in doc.mentions)
    assert "Ahrar al-Sham" in names(doc.events[0].actors)


def test_envoy_is_his_country_only_while_in_office(ex):
    text = "Vitali Tchourkine a réclamé la fermeture de la frontière turque."
    in_office = [
        m for m in ex(text, published="2016-04-09").mentions if m.kind == "actor" and "Tchourkine" in m.span.text
    ][0]
    after = [m for m in ex(text, published="2019-01-10").mentions if m.kind == "actor" and "Tchourkine" in m.span.text][
        0
    ]
    assert in_office.actor.country == "RUS"
    assert after.actor.name == in_office.actor.name and after.actor.country == ""


def test_quote_speaker_resolves_through_a_pronoun(ex):
    doc = ex('Le ministre Sergueï Lavrov s\'est exprimé lundi. "Nous ne céderons pas aux pressions", a-t-il déclaré.')
    q = [q for q in doc.quotes if q.direct][0]
    assert q.speaker_name == "Sergey Lavrov" or "Lavrov" in q.speaker_name


def test_places_are_geocoded_with_precision(ex):
    doc = ex("Des combats ont eu lieu dans la province d'Alep et à Lattaquié.")
    places = {m.span.text: m.place for m in doc.mentions if m.kind == "place"}
    assert places["Lattaquié"] is not None and places["Lattaquié"].country == "SY"


def test_counts_say_whom_they_count(ex):
    ev = ex("Six civils ont été tués par des tirs de l'armée à Alep.").events[0]
    assert ev.dead.of == "Civilians"


def test_document_pickles_for_worker_processes(ex):
    import pickle

    doc = ex("Six civils ont été tués jeudi à Alep, selon l'OSDH.")
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_links_to_other_stories_are_not_coded(ex):
    doc = ex("La police a arrêté dix manifestants à Lyon.\n[Lire aussi : six soldats tués à Gao]\n")
    assert all("Gao" not in e.evidence.text for e in doc.events)
    assert [e.type for e in doc.events] == ["COERCE"]


def test_parsed_tokens_carry_each_field_in_its_own_slot(ex):
    """Tokens are copied out of spaCy positionally, their heads and morphology read as arrays: each field
    must land where `Token` declares it, and a head is the index of another token of the article."""
    doc = ex("Les manifestants ont bloqué la route.\n\nLa police est intervenue lundi à Lyon.")
    toks = doc.tokens
    assert [t.i for t in toks] == list(range(len(toks)))
    assert all(doc.article.text[t.start : t.end] == t.text for t in toks)
    assert all(0 <= t.head < len(toks) and toks[t.head].sent == t.sent for t in toks)
    bloque = next(t for t in toks if t.text == "bloqué")
    assert (bloque.lemma, bloque.pos) == ("bloquer", "VERB") and "VerbForm=Part" in bloque.morph
    assert toks[next(t.i for t in toks if t.text == "manifestants")].head == bloque.i
    police = next(t for t in toks if t.text == "police")
    assert police.sent == 1 and "Number=Sing" in police.morph and police.dep.startswith("nsubj")
    assert next(t for t in toks if t.text == "Lyon").ent == "LOC"
