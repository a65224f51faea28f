"""The type the situation gives an event, not its word (issue 11, "the wrong type for the situation"),
English and French, in the style of wire copy and local news.

Each row: language, expected type ("NONE": no event), a mode the event must hold (or ""), and words the
actor's and the recipient's text must hold (or "": not checked). The first table holds what this round
fixed (each row fails before it):

- plain people in the plural (`civilians` in actor_kinds.tsv: "des jeunes", "youths") who fight the police
  riot, counted or not (PROTEST riot, as ACLED's riots); so does a clash whose sides are the police and
  plain people ("des affrontements ont opposé des jeunes aux forces de l'ordre"); one man stabbing a
  policeman stays an assault. Plain people wrecking property with no protest named stay COERCE destroy, as
  the PLOVER records code destruction (plover.tsv COERCE `destroy`; tried as a riot, it lost a PLOVER
  check record);
- "X armé" agents ("hommes armés", "groupe armé") are read when the French parser makes "armés" a verb,
  so "des heurts ont opposé l'armée à des hommes armés" is fighting (ASSAULT), not a riot;
- a disapproval verb closing a sentence as an aside after an attack that names no armed doer ("Huit soldats
  ont été tués dans une embuscade, a déploré l'état-major") is a lament, no accusation;
- an attack told with the end of a siege ("stormed the hotel and ended the siege", "ont donné l'assaut,
  mettant fin au siège") ends it: the attackers of the siege did not give up (no RETREAT);
- armed men not of the state detaining people abduct them (plover.tsv COERCE arrest `insurgent`: ASSAULT
  abduct); "retenir / détenir / garder en otage" is a hostage-taking;
- seizing a town, and the liberation of a town (its "of" phrase), are military gains (ASSAULT), not a
  seizure of property or a release of prisoners;
- destruction told by a participle after an attack verb, or in a relative clause on its attackers, is that
  attack's damage; dispersing attackers is part of the fighting, not crowd control.

Legal charges, decided from the PLOVER definitions the project keeps (`resources/xx/plover.tsv`,
`xx/cameo_plover.tsv`): PLOVER's ACCUSE `allege` is "accuse, blame or charge, formally or informally"
and COERCE `arrest` follows CAMEO 173 "arrest, detain, or charge with legal action", so both read a
charge. The project codes a legal charge in English as ACCUSE allege ("Prosecutors charged a man with
murder"), as the earlier suites do, also after an arrest ("arrested a man and charged him": COERCE and
ACCUSE; folding the charge into the arrest lost a WikiEvents check record, so it was dropped). The French
"inculper" and "mettre en examen" stay COERCE arrest (a step taken on a person held, coded
CRIMINAL_ARREST in the French news the project is measured on).

The second table holds neighbours that already came out right and must stay so; the third, confusions
left open (strict xfail).

Every sentence here was written for this test; no dev set was read to write them."""

from __future__ import annotations

import pytest

from sentence_events import PLOVER_COLUMNS, check_plover

COLUMNS = PLOVER_COLUMNS
check = check_plover


@pytest.mark.parametrize(
    COLUMNS,
    [
        # riots by plain people
        (
            "en",
            "PROTEST",
            "riot",
            "youths",
            "police",
            "Youths clashed with police in the Paris suburb of Nanterre overnight.",
        ),
        (
            "fr",
            "PROTEST",
            "riot",
            "jeunes",
            "",
            "Des affrontements ont opposé des jeunes aux forces de l'ordre dans la banlieue de Conakry après la mort d'un adolescent.",
        ),
        # fighting between armed sides
        (
            "fr",
            "ASSAULT",
            "",
            "hommes armés",
            "",
            "De violents heurts ont opposé l'armée à des hommes armés dans la nuit de samedi à dimanche près de Gao.",
        ),
        # a lament in an aside
        (
            "fr",
            "ASSAULT",
            "",
            "",
            "soldats",
            "Huit soldats ont été tués dans une embuscade, a déploré l'état-major dans un communiqué.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "",
            "civils",
            "Trois civils ont péri dans l'explosion d'une mine artisanale, a déploré le gouverneur de la région.",
        ),
        # the end of a siege by an assault
        (
            "en",
            "ASSAULT",
            "",
            "Special forces",
            "",
            "Special forces stormed the hotel and ended the siege, killing all four gunmen.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Commandos",
            "",
            "Commandos stormed the school and ended the siege, freeing all the children.",
        ),
        ("en", "ASSAULT", "", "Police", "", "Police ended the siege by storming the supermarket."),
        # detention by armed men, hostages
        ("en", "ASSAULT", "abduct", "rebels", "staff", "Houthi rebels detained two UN staff members in Sanaa."),
        (
            "fr",
            "ASSAULT",
            "abduct",
            "jihadistes",
            "chefs",
            "Des jihadistes ont arrêté trois chefs de village à Ménaka.",
        ),
        (
            "fr",
            "ASSAULT",
            "abduct",
            "commando",
            "clients",
            "Le commando a retenu en otage une trentaine de clients dans le supermarché.",
        ),
        (
            "fr",
            "ASSAULT",
            "abduct",
            "pirates",
            "équipage",
            "Les pirates ont détenu en otage l'équipage pendant deux mois.",
        ),
        # military gains
        ("en", "ASSAULT", "", "rebels", "", "M23 rebels seized the town of Bunagana on the border with Uganda."),
        ("fr", "ASSAULT", "", "armée", "", "L'armée malienne a annoncé mardi la libération de la ville de Léré."),
        (
            "en",
            "ASSAULT",
            "",
            "troops",
            "",
            "Government troops completed the liberation of the town of Sirte on Tuesday.",
        ),
        # damage done in the attack, attackers dispersed
        (
            "fr",
            "ASSAULT",
            "",
            "terroristes",
            "",
            "Les terroristes ont fait exploser un véhicule piégé, détruisant plusieurs bâtiments.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "hommes armés",
            "gendarmes",
            "Les gendarmes ont été attaqués par des hommes armés qui ont ensuite incendié leur véhicule.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "soldats",
            "",
            "Les soldats ont dispersé les assaillants après une heure d'échanges de tirs.",
        ),
        # a charge joined to an arrest
    ],
)
def test_type29_situation_fixed(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        (
            "fr",
            "COERCE",
            "destroy",
            "jeunes",
            "",
            "Des jeunes en colère ont saccagé plusieurs commerces du centre-ville dans la nuit de mardi.",
        ),
        (
            "fr",
            "COERCE",
            "destroy",
            "habitants",
            "",
            "Des habitants furieux ont incendié la mairie et plusieurs voitures de la police municipale.",
        ),
        (
            "en",
            "COERCE",
            "destroy",
            "residents",
            "",
            "Angry residents torched a police station and several cars after the killing.",
        ),
        (
            "fr",
            "ASSAULT",
            "primitive",
            "jeunes",
            "homme",
            "Des jeunes ont poignardé un homme de 40 ans devant une boîte de nuit.",
        ),
        ("en", "ASSAULT", "beat", "Villagers", "thief", "Villagers lynched a suspected thief in the market town."),
        (
            "fr",
            "PROTEST",
            "riot",
            "émeutiers",
            "",
            "Des émeutiers ont incendié une dizaine de voitures et détruit des abribus à Nanterre.",
        ),
        (
            "fr",
            "PROTEST",
            "riot",
            "",
            "",
            "Des heurts ont éclaté entre policiers et manifestants devant le Parlement à Dakar.",
        ),
        ("en", "RETREAT", "", "rebels", "", "The rebels lifted the siege of the city on Friday."),
        ("en", "RETREAT", "", "army", "", "The army ended its six-month siege of the rebel town."),
        (
            "fr",
            "RETREAT",
            "release",
            "ravisseurs",
            "otages",
            "Les ravisseurs ont libéré les deux otages français après trois semaines de captivité.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "forces armées",
            "",
            "Les forces armées ont libéré la ville de Hombori occupée par les jihadistes depuis trois mois.",
        ),
        (
            "en",
            "COERCE",
            "arrest",
            "Police",
            "protesters",
            "Police arrested 40 protesters in central Moscow on Saturday.",
        ),
        ("en", "COERCE", "seize", "Customs", "cocaine", "Customs officers seized 20 kilograms of cocaine at the port."),
        (
            "en",
            "ACCUSE",
            "allege",
            "Prosecutors",
            "man",
            "Prosecutors charged a 32-year-old man with murder on Friday.",
        ),
        (
            "fr",
            "ACCUSE",
            "disapprove",
            "ministre",
            "",
            "Le ministre a déploré le manque de moyens accordés à la police.",
        ),
        ("en", "SANCTION", "", "Poland", "diplomats", "Poland expelled two Russian diplomats accused of spying."),
        ("fr", "COERCE", "", "Algérie", "migrants", "L'Algérie a expulsé des centaines de migrants vers le Niger."),
        (
            "fr",
            "PROTEST",
            "",
            "personnes",
            "",
            "Des milliers de personnes ont participé samedi à une marche blanche en mémoire de la jeune fille tuée.",
        ),
        (
            "en",
            "PROTEST",
            "",
            "mourners",
            "",
            "Hundreds of mourners gathered at the church for a vigil on Sunday evening.",
        ),
        (
            "fr",
            "PROTEST",
            "",
            "",
            "",
            "La police a dispersé les manifestants à coups de gaz lacrymogène devant l'Assemblée nationale.",
        ),
    ],
)
def test_type29_neighbours_kept(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        pytest.param(
            "en",
            "ASSAULT",
            "abduct",
            "Militants",
            "",
            "Militants held dozens of hotel guests hostage for several hours.",
            marks=pytest.mark.xfail(
                reason="'hold ... hostage' with its object between verb and noun is not read", strict=True
            ),
        ),
        pytest.param(
            "en",
            "COERCE",
            "arrest",
            "Police",
            "man",
            "Police arrested a 32-year-old man and charged him with murder.",
            marks=pytest.mark.xfail(
                reason="a charge after an arrest stays an ACCUSE of its own (decided: see the module docstring)",
                strict=True,
            ),
        ),
        pytest.param(
            "en",
            "PROTEST",
            "",
            "Protesters",
            "",
            "Protesters gathered outside parliament on Monday.",
            marks=pytest.mark.xfail(
                reason="English 'gather' is no trigger (leaders and families gather too)", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "ASSAULT",
            "",
            "militaires",
            "",
            "Les militaires ont repoussé les assaillants et dispersé le groupe armé, selon l'armée.",
            marks=pytest.mark.xfail(
                reason="an armed group dispersed is matched by its head noun 'groupe', which a crowd shares",
                strict=True,
            ),
        ),
        pytest.param(
            "en",
            "PROTEST",
            "strike",
            "nurses",
            "",
            "Thousands of nurses walked off the job on Tuesday demanding better pay.",
            # (fixed in round 30, plo30: 'walk off the job' is a strike row of en/triggers.tsv)
        ),
        pytest.param(
            "fr",
            "PROTEST",
            "",
            "habitants",
            "",
            "Les habitants se sont réunis devant la mairie pour dénoncer l'insécurité.",
            marks=pytest.mark.xfail(
                reason="a gathering ('se réunir') to denounce something is not read as a protest", strict=True
            ),
        ),
    ],
)
def test_type29_open(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)
