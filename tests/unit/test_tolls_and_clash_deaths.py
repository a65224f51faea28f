"""Figures that belong elsewhere than to an attack of their own, in sentences written for these tests:
- what a war has killed is a running total, a toll record (`events/tolls.cumulative`, kind `war` of
  `resources/<lang>/cumulative.tsv`), and so is a total counted "since" a day written with its month
  when the article has no publication date to measure the period from;
- people killed in clashes between a crowd and the police, with nobody said to kill them, are the
  riot's dead (`events/intervention._killed_in_riot`);
- "the strike" in an article about missile or shell strikes is that attack, not a labour strike;
- weapons that strike are no crowd ("two guided bombs struck": no size 2);
- a victim named with the article for one counts one dead even when the French tagger reads the noun
  as an adjective ("Un étudiant a été tué") or an age follows it ("de 22 ans")."""

import pytest

import eventmill


def doc(text, lang, **kw):
    return eventmill.extract(text, lang=lang, **kw)


def dead(ev):
    return ev.dead.value if ev.dead else None


@pytest.mark.parametrize(
    ("lang", "text", "total"),
    [
        pytest.param(
            "en",
            "The war between the army and the militia erupted in May 2022 and has killed tens of thousands of "
            "people, aid agencies say.",
            20000,
            id="en-war-joined",
        ),
        pytest.param(
            "en", "The conflict has killed more than 300,000 people, a monitoring group said.", 300000, id="en-conflict"
        ),
        pytest.param(
            "en", "The insurgency has killed at least 35,000 people, officials say.", 35000, id="en-insurgency"
        ),
        pytest.param("fr", "Le conflit a tué plus de 10 000 civils, selon une ONG.", 10000, id="fr-conflit"),
        pytest.param(
            "fr",
            "Depuis le 12 mars, au moins 230 villageois ont été tués dans la région par des hommes armés, selon l'ONU.",
            230,
            id="fr-depuis-jour-mois",
        ),
        pytest.param(
            "en",
            "Since March 12, at least 230 villagers have been killed in the region by gunmen, the U.N. said.",
            230,
            id="en-since-day-month",
        ),
    ],
)
def test_a_running_total_is_a_toll_not_an_event(lang, text, total):
    d = doc(text, lang)
    assert not [e for e in d.events if e.type == "ASSAULT" and dead(e)], d.events
    assert [t.count.value for t in d.tolls if t.kind == "dead"] == [total]


@pytest.mark.parametrize(
    ("lang", "text", "n"),
    [
        pytest.param("en", "Gunmen killed 12 villagers in Zamfara on Monday.", 12, id="en-incident"),
        pytest.param("en", "The coup killed five people in the capital on Monday.", 5, id="en-coup-one-incident"),
        pytest.param("en", "A war plane killed five people in Idlib on Monday.", 5, id="en-war-plane"),
        pytest.param("fr", "Depuis lundi, trois manifestants ont été tués à Dakar.", 3, id="fr-depuis-lundi"),
    ],
)
def test_one_incident_keeps_its_dead(lang, text, n):
    d = doc(text, lang)
    assert [dead(e) for e in d.events if e.type == "ASSAULT"] == [n]
    assert not d.tolls


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en", "Three people were killed on Friday in clashes between protesters and police in Lusaka.", id="en"
        ),
        pytest.param(
            "fr",
            "Trois personnes ont été tuées vendredi lors de heurts entre des manifestants et la police à Lomé.",
            id="fr",
        ),
    ],
)
def test_people_killed_in_a_riot_are_its_dead(lang, text):
    events = doc(text, lang).events
    assert [(e.type, dead(e)) for e in events] == [("PROTEST", 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Gunmen killed three people on Friday near a protest camp in Lusaka.", id="en-gunmen"),
        pytest.param(
            "en",
            "Three soldiers were killed on Friday in clashes between the army and rebels near Goma.",
            id="en-armed-sides",
        ),
    ],
)
def test_other_killings_stay_attacks(lang, text):
    events = doc(text, lang).events
    assert [dead(e) for e in events if e.type == "ASSAULT"] == [3]


def test_the_strike_of_a_missile_story_is_the_attack():
    text = (
        "A missile strike hit a crowded market in the city of Sumy on Saturday, killing at least seven people. "
        'The president called the strike "an act of terror".'
    )
    events = doc(text, "en").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_labour_strike_stays_a_protest_beside_shelling():
    text = "Artillery shelling hit the town on Monday. Teachers went on strike on Tuesday over unpaid wages."
    assert sorted(e.type for e in doc(text, "en").events) == ["ASSAULT", "PROTEST"]


@pytest.mark.parametrize(
    ("lang", "text", "size"),
    [
        pytest.param("en", "Two guided bombs struck a hardware store in the city on Saturday.", None, id="en-bombs"),
        pytest.param("en", "Three gunmen attacked a checkpoint on Saturday.", 3, id="en-gunmen"),
        pytest.param("fr", "Trois hommes armés ont attaqué un poste samedi.", 3, id="fr-hommes-armes"),
    ],
)
def test_weapons_are_no_crowd(lang, text, size):
    (ev,) = doc(text, lang).events
    assert (ev.size.value if ev.size else None) == size


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Un étudiant a été tué par balle à Kaolack.", id="adj-tagged"),
        pytest.param("Un étudiant de 22 ans a été tué par balle à Kaolack.", id="age"),
        pytest.param("Un Palestinien a été tué samedi par des tirs de colons.", id="demonym"),
    ],
)
def test_one_victim_named_with_un_is_one_dead(text):
    (ev,) = doc(text, "fr").events
    assert dead(ev) == 1


def test_a_member_of_a_group_is_not_counted_as_one():
    (ev,) = doc("Un membre des forces de sécurité a été tué.", "fr").events
    assert dead(ev) is None


def test_a_toll_in_a_relative_clause_of_a_period_is_no_attacks_dead():
    text = (
        "Dimanche, des hommes armés ont incendié un marché à Kidal et enlevé quatre commerçants. Le pays est "
        "confronté depuis 2012 à la propagation jihadiste, qui a fait des milliers de morts."
    )
    d = doc(text, "fr")
    assert [dead(e) for e in d.events] == [None]
    assert [t.count.value for t in d.tolls] == [2000]


def test_no_one_is_no_count():
    text = "A roadside bomb struck a minibus in Kandahar on Wednesday, killing three civilians. No one claimed the bombing."
    (ev,) = doc(text, "en").events
    assert ev.size is None and dead(ev) == 3


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen abducted 40 pupils in Zaria on Thursday. Kidnappings have plagued the region since 2014, when "
            "Boko Haram abducted 276 schoolgirls in Chibok.",
            id="since-when",
        ),
        pytest.param(
            "Gunmen abducted 40 pupils in Zaria on Thursday. It was the largest abduction since 2014, when Boko Haram "
            "abducted 276 schoolgirls in Chibok.",
            id="superlative-when",
        ),
    ],
)
def test_an_incident_of_a_year_named_after_since_is_recalled(text):
    events = doc(text, "en", published="2024-03-08").events
    assert [e.recipients[0].span.text for e in events if e.recipients] == ["pupils"]


def test_a_recalled_death_joins_no_news_of_the_day():
    text = (
        "Le policier auteur du tir a été mis en examen pour homicide volontaire et placé en détention provisoire. "
        "Le président a demandé le calme. En 2005, la mort de deux adolescents à Clichy-sous-Bois avait "
        "déclenché trois semaines d'émeutes dans les banlieues."
    )
    events = doc(text, "fr", published="2023-07-01").events
    assert not [e for e in events if e.type == "ASSAULT" and dead(e)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Plus de 1 300 personnes ont été interpellées dans la nuit de vendredi à samedi en France, lors d'une "
            "quatrième nuit de violences urbaines. Selon le ministère, 79 policiers et gendarmes ont été blessés et "
            "1 350 véhicules incendiés.",
            id="riot-only",
        ),
        pytest.param(
            "Plus de 1 300 personnes ont été interpellées dans la nuit de vendredi à samedi en France, lors d'une "
            "quatrième nuit de violences urbaines après la mort de Karim, 17 ans, tué mardi par un policier lors "
            "d'un contrôle routier à Roubaix, a annoncé le ministère de l'Intérieur. Selon le ministère, 79 policiers "
            "et gendarmes ont été blessés et 1 350 véhicules incendiés.",
            id="after-a-police-killing",
        ),
    ],
)
def test_injuries_told_just_after_a_riot_are_its_own(text):
    events = doc(text, "fr", published="2023-07-01").events
    assert not [e for e in events if e.type == "ASSAULT" and e.injured]
    (riot,) = [e for e in events if e.type == "PROTEST"]
    assert riot.injured.value == 79
