"""Who did what to whom when the event is a noun: the "of" phrase of an act done to someone names
whom it was done to ("the kidnapping of three soldiers", "l'arrestation de trois étudiants"); the
"of" phrase of an act someone does names its doer ("the protest of the farmers", "les bombardements
des terroristes"). The `subject` column of a noun row in `triggers.tsv` says which (FORMATS.md).
"""

import pytest

import eventmill


def events(text, lang, kind):
    return [e for e in eventmill.extract(text, lang=lang, published="2024-03-04").events if e.type == kind]


def texts(mentions):
    return [m.span.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "doer", "done_to"),
    [
        ("Rebels claimed the kidnapping of three soldiers near Gao on Monday.", "en", "ASSAULT", "Rebels", "soldiers"),
        ("Police announced the arrest of three students in Lyon on Monday.", "en", "COERCE", "Police", "students"),
        (
            "Les rebelles ont revendiqué lundi l'enlèvement de trois soldats près de Gao.",
            "fr",
            "ASSAULT",
            "rebelles",
            "soldats",
        ),
        ("La police a annoncé lundi l'arrestation de trois étudiants à Lyon.", "fr", "COERCE", "police", "étudiants"),
    ],
)
def test_the_of_phrase_of_an_act_done_to_someone_names_whom(text, lang, kind, doer, done_to):
    (ev,) = events(text, lang, kind)
    assert any(done_to in t for t in texts(ev.recipients))
    assert not any(done_to in t for t in texts(ev.actors))
    assert any(doer in t for t in texts(ev.actors))


def test_an_expulsion_of_diplomats_expels_them():
    (ev,) = events("The expulsion of two diplomats angered Moscow on Monday.", "en", "COERCE")
    assert texts(ev.actors) == []
    assert any("diplomats" in t for t in texts(ev.recipients))


def test_a_denunciation_of_someone_accuses_them():
    (ev,) = events("Lidia Ruiz published a denunciation of Eva Mendez on Monday.", "en", "ACCUSE")
    assert any("Eva Mendez" in t for t in texts(ev.recipients))
    assert not any("Eva Mendez" in t for t in texts(ev.actors))


def test_with_an_of_phrase_the_owner_is_the_doer():
    # "the deputy's killing" names the dead man; "the army's killing of three protesters" the killers
    (ev,) = events("The army's killing of three protesters angered the opposition on Monday.", "en", "ASSAULT")
    assert any("army" in t for t in texts(ev.actors))
    assert any("protesters" in t for t in texts(ev.recipients))
    assert not any("army" in t for t in texts(ev.recipients))


def test_a_country_that_arrests_is_not_also_its_target():
    (ev,) = events("Iran's arrest of the sailors angered London on Monday.", "en", "COERCE")
    assert texts(ev.actors) == ["Iran"]
    assert "Iran" not in texts(ev.recipients)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "doer"),
    [
        ("The protest of the farmers blocked the main road on Monday.", "en", "PROTEST", "farmers"),
        # the doer of a bombing: "de" a party is who bombed, "de" a town where
        (
            "Six civils ont été tués lundi dans les bombardements des terroristes du Front al-Nosra.",
            "fr",
            "ASSAULT",
            "Front al-Nosra",
        ),
    ],
)
def test_the_of_phrase_of_an_act_someone_does_names_the_doer(text, lang, kind, doer):
    (ev,) = events(text, lang, kind)
    assert any(doer in t for t in texts(ev.actors))


@pytest.mark.parametrize(
    ("text", "lang", "kind", "doer"),
    [
        ("Thousands of farmers were converging on Thursday for a rally in Lagos.", "en", "PROTEST", "farmers"),
        (
            "Hundreds of dockers gathered for a protest outside the port of Antwerp on Monday.",
            "en",
            "PROTEST",
            "dockers",
        ),
        (
            "The rebels said on Tuesday their fighters had completed their withdrawal from Gao.",
            "en",
            "RETREAT",
            "fighters",
        ),
        ("Des milliers d'enseignants ont rejoint lundi la manifestation à Dakar.", "fr", "PROTEST", "enseignants"),
    ],
)
def test_who_gathers_for_joins_or_completes_an_event_noun_does_it(text, lang, kind, doer):
    # the verb carries the noun's event, and its subject is the doer (`support.tsv`, role `actor`)
    (ev,) = events(text, lang, kind)
    assert any(doer in t for t in texts(ev.actors))


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        # a state the event noun is the cause or topic of: whoever is in it did not do it
        ("Germany is worried about the attacks on its embassies.", "en", "Germany"),
        ("France is jittery over the attack on a synagogue in Rouen on Friday.", "en", "France"),
        # nor does whoever acts after it
        ("Kenya remains tense after a wave of attacks on police stations.", "en", "Kenya"),
        ("Le Mali reste inquiet après les attaques contre des postes de police.", "fr", "Mali"),
    ],
)
def test_who_feels_or_acts_after_an_event_noun_did_not_do_it(text, lang, party):
    (ev,) = events(text, lang, "ASSAULT")
    assert party not in texts(ev.actors)


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        # the noun's own phrase still names its doer
        ("Residents were angry about the Taliban attack.", "en", "Taliban"),
        ("After the Taliban attack, residents fled.", "en", "Taliban"),
        # and a verb the noun is the circumstance of, not the sequel, still gives its subject
        ("Taliban fighters killed three soldiers in an attack on a checkpoint.", "en", "Taliban fighters"),
    ],
)
def test_an_event_nouns_own_phrase_or_verb_still_names_its_doer(text, lang, doer):
    (ev,) = events(text, lang, "ASSAULT")
    assert doer in texts(ev.actors)


@pytest.mark.parametrize(
    ("text", "kind", "doer", "done_to"),
    [
        # the preposition of a prepositional verb is the trigger's own: its object is the verb's
        ("The UN called on the government to resign.", "REQUEST", "UN", "government"),
        ("The UN called on Syrian authorities to stop the shelling.", "REQUEST", "UN", "Syrian authorities"),
        ("Germany sided with France in the dispute.", "SUPPORT", "Germany", "France"),
    ],
)
def test_the_object_of_a_prepositional_trigger_receives_it(text, kind, doer, done_to):
    (ev,) = events(text, "en", kind)
    assert doer in texts(ev.actors)
    assert done_to in texts(ev.recipients)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "doer"),
    [
        # a capital, a country or a province that acts stands for its government
        ("Washington demanded that Moscow withdraw its troops.", "en", "REQUEST", "Washington"),
        ("Beijing warned Taipei against provocations.", "en", "THREATEN", "Beijing"),
        ("Paris a exigé que Moscou retire ses troupes.", "fr", "REQUEST", "Paris"),
        ("Moscou a averti Kiev contre toute provocation.", "fr", "THREATEN", "Moscou"),
    ],
)
def test_a_seat_of_government_that_acts_is_the_actor(text, lang, kind, doer):
    (ev,) = events(text, lang, kind)
    assert doer in texts(ev.actors)


def test_a_place_hit_is_no_actor():
    (ev,) = events("Aleppo was shelled on Monday.", "en", "ASSAULT")
    assert "Aleppo" not in texts(ev.actors)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        # the parser hangs the infinitive on the object: still a demand made of it
        ("L'ONU a appelé les autorités syriennes à cesser les bombardements.", "autorités syriennes"),
        ("Le maire a appelé les habitants à rester chez eux.", "habitants"),
    ],
)
def test_appeler_quelquun_a_faire_is_a_demand(text, addressee):
    (ev,) = events(text, "fr", "REQUEST")
    assert addressee in texts(ev.recipients)


def test_a_phone_call_is_no_demand():
    assert not events("Il a appelé son frère hier soir.", "fr", "REQUEST")


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        # who imposes, decrees or declares a measure takes it
        ("Le gouvernement a décrété un couvre-feu à Bamako.", "COERCE", "gouvernement"),
        ("Les autorités ont instauré l'état d'urgence dans la capitale.", "COERCE", "autorités"),
    ],
)
def test_who_decrees_a_measure_takes_it(text, kind, doer):
    (ev,) = events(text, "fr", kind)
    assert doer in texts(ev.actors)
