"""French wire copy nobody tuned on (AFP, RFI, France 24 style): victims named one by one, a minister
named by his office, clashes between armed sides, a country where an attack took place, and a
demonstrative that names the strike just reported. Each row read wrong once."""

import pytest

import eventmill


def events(text, published="2026-03-14"):
    return eventmill.extract(text, lang="fr", published=published).events


def actors(ev):
    return [m.span.text for m in ev.actors]


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("Un homme et une femme ont été tués dans un village voisin.", "dead", 2),
        ("Un policier et un gendarme ont été tués lors d'une embuscade près de Gao.", "dead", 2),
        # the parser splits the list into two subjects of the verb: "soldat" and "civil ... enfant"
        ("Un soldat, un civil et un enfant ont été blessés par l'explosion.", "injured", 3),
    ],
)
def test_victims_named_one_by_one_are_counted_together(text, slot, value):
    (ev,) = [e for e in events(text) if e.type == "ASSAULT"]
    count = getattr(ev, slot)
    assert count is not None and count.value == value


def test_one_victim_and_a_counted_group_keep_the_group_figure():
    # "un mort et deux blessés": the conjunct is another count, not a second victim
    (ev,) = events("L'attaque a fait un mort et deux blessés.")
    assert ev.dead is not None and ev.dead.value == 1
    assert ev.injured is not None and ev.injured.value == 2


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        (
            "Le chef de la diplomatie américaine a accusé la Russie de mentir.",
            "chef de la diplomatie américaine",
            "USA",
        ),
        ("Le chef de la diplomatie française a accusé l'Iran de mentir.", "chef de la diplomatie française", "FRA"),
    ],
)
def test_the_head_of_a_diplomacy_is_the_minister_not_the_ministry(text, actor, country):
    (ev,) = events(text)
    (a,) = ev.actors
    assert a.span.text == actor
    assert a.actor is not None and a.actor.country == country


def test_a_diplomacy_named_alone_is_still_the_ministry():
    (ev,) = events("La diplomatie américaine a accusé la Russie de mentir.")
    assert actors(ev) == ["diplomatie américaine"]


@pytest.mark.parametrize(
    "text",
    [
        "Des heurts ont éclaté entre l'armée et des jihadistes près de Gao.",
        "Des heurts entre l'armée et des jihadistes ont fait trois morts près de Gao.",
    ],
)
def test_clashes_between_armed_sides_are_fighting(text):
    (ev,) = events(text)
    assert ev.type == "ASSAULT"
    assert ev.rule == "rules:fighting"
    assert {"armée", "jihadistes"} <= set(actors(ev))


@pytest.mark.parametrize(
    "text",
    [
        "Des heurts ont éclaté jeudi à Bamako entre la police et des manifestants.",
        "Des heurts ont éclaté en marge de la manifestation à Rennes.",
    ],
)
def test_clashes_between_police_and_protesters_stay_a_riot(text):
    evs = events(text)
    assert [e.type for e in evs] == ["PROTEST"]


def test_the_sides_of_clashes_named_on_their_verb_are_read():
    (ev,) = events("Des heurts ont éclaté jeudi à Bamako entre la police et des manifestants.")
    assert {"police", "manifestants"} <= set(actors(ev))


@pytest.mark.parametrize(
    "text",
    [
        "Au moins vingt civils ont été tués jeudi dans l'est du Burkina Faso lors d'une attaque.",
        "Six soldats ont été tués mardi au nord du Mali lors d'une embuscade.",
    ],
)
def test_a_country_where_an_attack_took_place_is_not_its_doer(text):
    (ev,) = events(text)
    assert not any(a.actor is not None and a.actor.kind == "country" for a in ev.actors)


def test_a_demonstrative_names_the_strike_just_reported():
    text = (
        "GAZA, 20 juillet 2025 (AFP) - Au moins 30 Palestiniens ont été tués dimanche dans des frappes "
        "israéliennes sur Khan Younès, selon la Défense civile.\n\n"
        "Le ministre français des Affaires étrangères a appelé à un cessez-le-feu immédiat.\n\n"
        "Lundi, l'armée israélienne a de nouveau frappé le secteur, selon des témoins. Ces frappes ont tué "
        "quatre personnes."
    )
    strikes = [e for e in events(text, published="2025-07-21") if e.type == "ASSAULT"]
    assert len(strikes) == 2
    later = [e for e in strikes if e.dead is not None and e.dead.value == 4]
    assert later and "de nouveau frappé" in later[0].evidence.text


def test_a_country_that_labels_a_headline_is_no_party():
    text = (
        "Burkina Faso : une attaque jihadiste fait au moins 20 morts\n\n"
        "OUAGADOUGOU, 9 mai 2026 (AFP) - Au moins vingt civils ont été tués jeudi lors d'une attaque "
        "contre le village de Diapaga, ont indiqué des sources sécuritaires."
    )
    (ev,) = events(text, published="2026-05-09")
    assert not any(a.actor is not None and a.actor.kind == "country" for a in ev.actors)


def test_a_toll_since_the_war_began_on_the_verb_of_an_offensive_is_a_running_total():
    doc = eventmill.extract(
        "Depuis le début de la guerre, l'offensive israélienne a fait plus de 58.000 morts à Gaza.",
        lang="fr",
        published="2025-07-20",
    )
    assert not any(e.dead is not None for e in doc.events)
    assert [t.count.value for t in doc.tolls] == [58000]


def test_a_total_on_the_verb_of_one_event_still_counts_its_dead():
    (ev,) = events("Des grèves ont éclaté dans tout le pays, causant au total 35 morts.")
    assert ev.dead is not None and ev.dead.value == 35


def test_the_source_of_a_figure_is_not_whom_a_protest_is_aimed_at():
    (ev,) = events(
        "Plus d'un million de personnes ont manifesté jeudi contre la réforme des retraites, selon la CGT.",
        published="2023-03-23",
    )
    assert ev.type == "PROTEST"
    assert "CGT" not in [m.span.text for m in ev.recipients]


def test_a_conviction_dated_this_week_for_an_old_massacre_is_no_past_incident():
    text = (
        "CONAKRY, 31 juillet 2024 (AFP) - L'ancien chef de la junte Moussa Dadis Camara a été condamné "
        "mercredi à 20 ans de prison pour son rôle dans le massacre du 28 septembre 2009."
    )
    evs = [e for e in events(text, published="2024-07-31") if "condamné" in e.trigger.text]
    assert evs and evs[0].date is not None and evs[0].date.date is not None
    assert evs[0].date.date.value == "2024-07-31"
