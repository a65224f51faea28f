"""Words of French political and court news that name no incident (stories written for these tests, the
longer ones under tests/data/fr27/ with what a coder would code in gold.tsv):
- "une motion de censure" is a vote of no confidence, not censorship (`triggers.tsv`);
- "exclure" a step ("exclut toute suspension de la réforme") rules it out: a refusal, not an expulsion;
- a hyphenated name the parser cut at its hyphen ("Nouvelle-|Calédonie : ...") is one sentence again;
- after an incident, "a déploré la perte de soldats" or "ces débordements" reacts to it: the loss names
  the dead, not the doers (`loss` and `incident` in `support.tsv`);
- after an incident, an appeal to keep up the movement ("a appelé à une nouvelle journée de mobilisation") is a
  routine reaction (`rally` in `modifiers.tsv`, REQUEST's `reaction` cell), and so is a condemnation of "une
  atteinte" to a right;
- after a protest, what a union demands is what the protest demands (`movement` in `support.tsv`);
- dispersing armed men after an attack is part of a fight, no crowd control: the attack stays an attack;
- a crowd's event is held in the town after "à", "en", "in", which is no target of it ("ont manifesté jeudi à
  Paris" has no recipient Paris), nor is a place in its grievance ("contre la réforme votée à Paris");
- nor is a place in a participle on a phrase's noun where a protest or a statement was made ("contre la réforme
  votée à Paris"), though an attack's target is hit where it stands ("un convoi stationné à Ansongo");
- an event noun a verb stages in the passive takes the verb's tense ("une marche sera organisée samedi")."""

import pytest

import eventmill

ATTACK = "Des hommes armés ont tué dimanche trente soldats dans une attaque contre un camp militaire à Djibo. "
RIOT = "Des heurts ont éclaté jeudi soir à Paris entre des jeunes et les forces de l'ordre. "
KILLING = "Un adolescent a été tué par balle lundi soir à Marseille, a indiqué le parquet. "


def events(text, lang="fr"):
    return eventmill.extract(text, lang=lang).events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le gouvernement a survécu mercredi à une motion de censure déposée par la gauche.", id="fr-survit"
        ),
        pytest.param("Il s'agit de la quatrième motion de censure rejetée depuis l'automne.", id="fr-quatrieme"),
    ],
)
def test_a_motion_of_no_confidence_is_no_censorship(text):
    assert "COERCE" not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le gouvernement exclut toute suspension de la réforme.", id="fr-suspension"),
        pytest.param("Le ministre a exclu une hausse des impôts.", id="fr-hausse"),
    ],
)
def test_ruling_out_a_step_is_no_expulsion(text):
    assert "SANCTION" not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text, first",
    [
        pytest.param(
            "Nouvelle-Calédonie : le Congrès vote une résolution\n\nNOUMÉA (AFP) - Le Congrès a voté mercredi.",
            "Nouvelle-Calédonie : le Congrès vote une résolution",
            id="fr-caledonie",
        ),
        pytest.param(
            "Guinée-Bissau : des soldats arrêtent un ministre\n\nBISSAU (AFP) - Des soldats ont arrêté un ministre.",
            "Guinée-Bissau : des soldats arrêtent un ministre",
            id="fr-bissau",
        ),
    ],
)
def test_a_name_cut_at_its_hyphen_is_one_sentence(text, first):
    doc = eventmill.extract(text, lang="fr")
    assert doc.sentences[0].text == first


@pytest.mark.parametrize(
    "text, lang",
    [
        pytest.param(ATTACK + "Le président a déploré la perte de vaillants combattants.", "fr", id="fr-perte"),
        pytest.param(RIOT + "Les syndicats ont déploré ces débordements.", "fr", id="fr-debordements"),
    ],
)
def test_deploring_the_loss_after_an_incident_is_a_reaction(text, lang):
    assert "ACCUSE" not in [e.type for e in events(text, lang)]


def test_a_loss_caused_by_someone_named_stays_an_accusation():
    text = ATTACK + "Le président a dénoncé la perte de trente soldats causée par les jihadistes."
    assert "ACCUSE" in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(KILLING + "Une marche blanche sera organisée samedi en hommage à la victime.", id="fr-marche"),
        pytest.param(KILLING + "Un rassemblement sera organisé dimanche devant la mairie.", id="fr-rassemblement"),
    ],
)
def test_an_event_staged_in_the_future_has_not_happened(text):
    protests = [e for e in events(text) if e.type == "PROTEST"]
    assert protests == []


MARCH = "Des milliers de personnes ont manifesté jeudi à Paris contre la réforme des retraites. "
STRIKE = "Les cheminots ont fait grève lundi à Paris pour réclamer des hausses de salaires. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            MARCH + "L'intersyndicale a appelé à une nouvelle journée de mobilisation mardi.", id="fr-journee"
        ),
        pytest.param(STRIKE + "La CGT a appelé les cheminots à poursuivre la grève.", id="fr-poursuivre"),
        pytest.param(MARCH + "Les organisateurs ont appelé à manifester de nouveau samedi.", id="fr-manifester"),
    ],
)
def test_an_appeal_to_keep_up_the_movement_is_a_reaction(text):
    assert "REQUEST" not in [e.type for e in events(text)]


def test_an_appeal_to_protest_with_no_incident_before_stays_a_request():
    text = "L'opposition a appelé à manifester samedi à Dakar contre le report de l'élection."
    assert "REQUEST" in [e.type for e in events(text)]


def test_a_condemnation_of_an_attack_on_a_right_is_a_reaction():
    text = STRIKE + "Le gouvernement a interdit la grève. La CGT a dénoncé une atteinte au droit de grève."
    assert "ACCUSE" not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARCH + "Les syndicalistes ont réclamé une augmentation des salaires.", id="fr-syndicalistes"),
        pytest.param(STRIKE + "Le syndicat a demandé au gouvernement de retirer la réforme.", id="fr-syndicat"),
    ],
)
def test_a_unions_demand_after_a_protest_is_the_protests(text):
    assert "REQUEST" not in [e.type for e in events(text)]


def test_a_unions_demand_with_no_protest_before_stays_a_request():
    text = "Le syndicat a demandé au gouvernement de retirer la réforme des retraites."
    assert "REQUEST" in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Les soldats ont attaqué le camp des rebelles et ont détruit leurs véhicules, avant de disperser les "
            "combattants.",
            id="fr-avant-de",
        ),
        pytest.param(
            "L'armée a attaqué les positions jihadistes près de Tessit pour disperser les combattants.", id="fr-pour"
        ),
    ],
)
def test_dispersing_fighters_in_an_attack_is_no_crowd_control(text):
    found = events(text)
    assert [e.type for e in found if e.trigger.text == "attaqué"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Des milliers de personnes ont manifesté jeudi à Paris.", id="fr-manifeste"),
        pytest.param("Les cheminots ont fait grève lundi à Marseille.", id="fr-greve"),
        pytest.param("Des agriculteurs ont bloqué des routes en Bretagne.", id="fr-bloque"),
        pytest.param(
            "Des milliers de Kanaks ont manifesté samedi contre la réforme du corps électoral votée à Paris.",
            id="fr-grief",
        ),
    ],
)
def test_where_a_crowd_protests_is_no_recipient(text):
    (protest,) = [e for e in events(text) if e.type == "PROTEST"]
    assert protest.recipients == ()


def test_whom_a_crowd_protests_against_stays_the_recipient():
    text = "Des manifestants ont protesté devant l'ambassade contre la France."
    (protest,) = [e for e in events(text) if e.type == "PROTEST"]
    assert [m.span.text for m in protest.recipients] == ["France"]


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param(
            "La tension est montée vendredi à Nouméa. Des milliers de Kanaks ont manifesté samedi contre la réforme "
            "du corps électoral votée à Paris.",
            "Nouméa",
            id="fr-reforme",
        ),
        pytest.param(
            "Les partisans de l'opposant se sont réunis lundi à Thiès. Ils ont manifesté mardi contre la condamnation "
            "prononcée à Dakar.",
            "Thiès",
            id="fr-condamnation",
        ),
    ],
)
def test_a_participle_on_a_grievance_gives_no_place(text, place):
    (protest,) = [e for e in events(text) if e.type == "PROTEST"]
    assert protest.location is not None and protest.location.span.text == place


def test_the_place_of_an_attacks_target_stays_its_place():
    text = "GAO, 3 juin 2023 (AFP) - Des hommes armés ont attaqué un convoi stationné à Ansongo."
    (attack,) = [e for e in events(text) if e.type == "ASSAULT"]
    assert attack.location is not None and attack.location.span.text == "Ansongo"
