"""One incident told over several sentences of wire copy stays one event with the right parties: the
attackers named again wrecking property, a participle set off by a comma telling what the subject did,
the sides a clash sets against each other, a condemnation of the attack in other words, an act done
during the operation just told, and a response after a bare toll. Each row read wrong once."""

import pytest

import eventmill


def events(text, lang="fr", published="2024-03-15"):
    return eventmill.extract(text, lang=lang, published=published).events


def texts(mentions):
    return [m.span.text for m in mentions]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des hommes armés ont attaqué un village près de Gao dimanche. Ils ont ensuite incendié des maisons."),
        (
            "fr",
            "Des hommes armés ont attaqué un village près de Gao dimanche. "
            "Les assaillants ont ensuite incendié des greniers et emporté du bétail.",
        ),
        ("en", "Gunmen attacked a village near Gao on Sunday. They then torched several houses."),
    ],
    ids=["fr-pronoun", "fr-attackers", "en-pronoun"],
)
def test_attackers_named_again_wrecking_property_is_the_attack(lang, text):
    (ev,) = events(text, lang=lang)
    assert ev.type == "ASSAULT"


def test_a_riot_after_an_attack_stays_its_own_event():
    # the crowd is no pronoun nor a word for attackers: a protest of its own
    evs = events(
        "Des hommes armés ont attaqué un village près de Gao dimanche. "
        "Trois jours plus tard, des manifestants ont incendié la mairie."
    )
    assert sorted(e.type for e in evs) == ["ASSAULT", "PROTEST"]


def test_a_present_participle_after_a_comma_is_done_by_the_subject():
    (ev,) = events(
        "La police a démantelé mardi un important réseau de trafic de drogue à Marseille, "
        "interpellant quatorze personnes."
    )
    assert ev.type == "COERCE"
    assert texts(ev.actors) == ["police"]


@pytest.mark.parametrize(
    ("text", "sides", "etype"),
    [
        # (youths against the police: a riot, PROTEST, since the type29 round; armed sides fight, ASSAULT)
        (
            "Des affrontements ont opposé les jeunes aux forces de l'ordre à Dakar.",
            {"jeunes", "forces de l'ordre"},
            "PROTEST",
        ),
        (
            "De violents combats opposent depuis mardi l'armée aux rebelles près de Goma.",
            {"armée", "rebelles"},
            "ASSAULT",
        ),
        ("Des combats ont éclaté mardi entre l'armée et les rebelles près de Goma.", {"armée", "rebelles"}, "ASSAULT"),
    ],
)
def test_the_sides_of_a_clash_are_its_actors(text, sides, etype):
    (ev,) = events(text)
    assert ev.type == etype
    assert sides <= set(texts(ev.actors))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Une bombe a explosé samedi dans un marché de Kano, tuant six personnes. "
            "Le président a dénoncé un acte lâche et barbare.",
        ),
        (
            "fr",
            "Une bombe a explosé samedi dans un marché de Kano, tuant six personnes. Le gouverneur a déploré ce drame.",
        ),
        (
            "en",
            "A bomb exploded in a market in Kano on Saturday, killing six people. "
            "The president condemned this heinous crime.",
        ),
    ],
    ids=["fr-acte", "fr-drame", "en-crime"],
)
def test_condemning_an_attack_in_other_words_is_a_reaction(lang, text):
    assert [e.type for e in events(text, lang=lang)] == ["ASSAULT"]


def test_condemning_the_acts_of_a_named_party_stays_an_accusation():
    evs = events(
        "Une bombe a explosé samedi dans un marché de Kano, tuant six personnes. "
        "Le ministre a dénoncé les agissements de l'opposition."
    )
    assert sorted(e.type for e in evs) == ["ACCUSE", "ASSAULT"]


def test_a_toll_during_the_operation_just_told_is_that_operation():
    (ev,) = events(
        "L'armée malienne a lancé mardi une vaste offensive contre les jihadistes dans la région de Mopti. "
        "Au moins trente terroristes ont été neutralisés lors de l'opération."
    )
    assert ev.type == "ASSAULT" and texts(ev.actors) == ["armée malienne"]


def test_a_toll_during_another_operation_stays_apart():
    evs = events(
        "L'armée malienne a lancé mardi une vaste offensive contre les jihadistes dans la région de Mopti. "
        "Au moins trente terroristes ont été neutralisés lors d'une opération distincte près de Gao."
    )
    assert len(evs) == 2


def test_a_response_answers_the_attack_not_the_injuries_told_before_it():
    (ev,) = events(
        "Au moins 17 soldats nigériens ont été tués mardi dans une embuscade tendue par des jihadistes près de la "
        "frontière malienne, a annoncé le ministère de la Défense. Vingt autres soldats ont été blessés. "
        "« Plus d'une centaine d'assaillants ont été neutralisés » lors de la riposte, affirme le ministère."
    )
    assert ev.type == "ASSAULT" and ev.dead is not None and ev.dead.value == 17


def test_a_subject_the_parser_hangs_on_the_auxiliary_is_the_doer():
    # "Le kamikaze a d'abord tiré": the French model makes the auxiliary the subject's head
    (ev,) = events(
        "Un kamikaze s'est fait exploser vendredi dans une mosquée de Peshawar, tuant au moins 56 fidèles "
        "pendant la prière. Le kamikaze a d'abord tiré sur les policiers qui gardaient l'entrée."
    )
    assert ev.type == "ASSAULT" and ev.dead is not None and ev.dead.value == 56


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les médiateurs tentent d'obtenir une trêve entre les deux camps."),
        ("fr", "Les familles cherchent à obtenir la libération des otages."),
        ("en", "Mediators are trying to secure a ceasefire between the two sides."),
    ],
)
def test_an_event_sought_with_a_verb_of_obtaining_is_not_had(lang, text):
    assert events(text, lang=lang) == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les médiateurs ont obtenu une trêve entre les deux camps."),
        ("en", "Mediators secured a ceasefire between the two sides."),
    ],
)
def test_an_event_obtained_is_had(lang, text):
    assert [e.type for e in events(text, lang=lang)] == ["RETREAT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "En représailles, le Hezbollah a tiré une trentaine de roquettes vers le nord d'Israël, selon l'armée."),
    ],
)
def test_a_response_noun_as_the_acts_circumstance_is_no_event_of_its_own(lang, text):
    assert [e.type for e in events(text, lang=lang)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("La police a arrêté mercredi trois hommes à Abidjan.", "trois hommes"),
        ("La police a arrêté mercredi à Abidjan trois hommes soupçonnés d'avoir préparé un attentat.", "trois hommes"),
    ],
)
def test_an_object_after_the_weekday_is_the_verbs_object(text, recipient):
    (ev,) = events(text)
    assert ev.type == "COERCE"
    assert [m.span.text for m in ev.recipients][0].startswith(recipient)
