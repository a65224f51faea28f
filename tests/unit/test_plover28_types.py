"""A third PLOVER type suite, in the style of wire copy (Reuters, AP, AFP, Xinhua, Al Jazeera), across the
16 types, English and French, with sentences that must give no event (sports, business, entertainment,
figures of speech), and articles on those subjects that must give none at all.

Each row: language, expected type ("NONE": no event), a mode the event must hold (or ""), and words the
actor's and the recipient's text must hold (or "": not checked). The first table holds what this round
fixed (each row fails before it):

- an event noun in a phrase of cause, "over", "because of" (`cause` in modifiers.tsv), or through a noun of
  number in one of circumstance ("despite the recent wave of bombings"), in a sentence that reports an event
  of another type, is why that event was done, not a report of its own; so is a deal or a measure "under"
  which another act was done, short of harm (`framework`; "put under investigation" stays the investigation);
- "in protest at ...", "en signe de protestation": a bare protest noun on the verb of another act is the
  manner of that act; so is a protest infinitive in the purpose clause of a statement or a measure
  ("summoned the U.S. ambassador to protest against the arms sale": one ACCUSE, `secondary.errand`);
- a phrase of sequence on a verb that carries an event noun ("reaffirmed its support ... after talks") is
  what that event followed;
- "cut off" aid, contacts or talks is a SANCTION (cutting off electricity stays COERCE); "blasted" a party
  accuses it; "provide 50 million pounds in aid" is one promise of aid; an agent entry's last word is no
  infinitive's "to" ("the French ambassador to protest").

The second table holds neighbours that already came out right, coded as the project codes them (the
CAMEO to PLOVER table in `resources/xx/cameo_plover.tsv` and the retypings of `xx/plover.tsv`): signing a
formal agreement is SUPPORT (CAMEO 057), lifting a state of emergency or easing restrictions is CONCEDE, a
legal charge is ACCUSE (as the earlier suites code it), police dispersing protesters is the protest
(ACLED's "protest with intervention"), a promise to cooperate is AGREE. The third holds confusions left
open (strict xfail).

Every sentence and article here was written for this test; no dev set was read to write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.api import extract
from eventmill.config import Config

COLUMNS = "lang, etype, mode, actor, recipient, text"
ARTICLES = Path(__file__).resolve().parent.parent / "data" / "plover28" / "relevance"


def check(lang: str, etype: str, mode: str, actor: str, recipient: str, text: str) -> None:
    """The sentence gives exactly its type (or no event), with the mode and the parties' words asked for."""
    events = extract(text, lang=lang).events
    assert [e.type for e in events] == ([] if etype == "NONE" else [etype])
    if not events:
        return
    event = events[0]
    if mode:
        assert mode in event.modes
    actors = [m.span.text.lower() for m in event.actors]
    assert not actor or any(actor.lower() in a for a in actors), actors
    recipients = [m.span.text.lower() for m in event.recipients]
    assert not recipient or any(recipient.lower() in r for r in recipients), recipients


@pytest.mark.parametrize(
    COLUMNS,
    [
        (
            "en",
            "SUPPORT",
            "",
            "Hussein",
            "",
            "Jordan's King Hussein said on Saturday he fully backed the peace process despite the recent wave of bombings.",
        ),
        (
            "en",
            "SUPPORT",
            "",
            "Britain",
            "",
            "Britain reaffirmed its support for the Dayton peace accord after talks with Bosnian leaders.",
        ),
        (
            "en",
            "SUPPORT",
            "",
            "Arab League",
            "Libya",
            "The Arab League voiced solidarity with Libya in its dispute with the United States over the Lockerbie bombing.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "Community",
            "Yugoslavia",
            "The European Community suspended trade preferences for Yugoslavia because of the fighting.",
        ),
        (
            "en",
            "SANCTION",
            "withdraw",
            "United States",
            "Guatemala",
            "The United States cut off military aid to Guatemala over human rights abuses.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "Libya",
            "",
            "Libya withdrew its ambassador from Cairo in protest at the Egyptian decision.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "Russia",
            "NATO",
            "Russia recalled its ambassador to NATO in protest at the air strikes.",
        ),
        (
            "en",
            "ACCUSE",
            "",
            "Sudan",
            "United States",
            "Sudan's foreign minister blasted the United States for bombing a pharmaceutical plant in Khartoum.",
        ),
        (
            "en",
            "ACCUSE",
            "",
            "Israeli foreign ministry",
            "French ambassador",
            "The Israeli foreign ministry summoned the French ambassador to protest against remarks by the French president.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "Egypt",
            "Israel",
            "Egypt has suspended all contacts with Israel in protest at its military operations in Gaza.",
        ),
        (
            "en",
            "RETREAT",
            "",
            "Iraq",
            "Kuwaiti prisoners of war",
            "Iraq freed 21 Kuwaiti prisoners of war under a deal brokered by the Red Cross.",
        ),
        (
            "fr",
            "SANCTION",
            "",
            "Algérie",
            "Paris",
            "L'Algérie a rappelé son ambassadeur à Paris en signe de protestation.",
        ),
        (
            "fr",
            "SANCTION",
            "",
            "Mali",
            "France",
            "Le Mali a expulsé l'ambassadeur de France en protestation contre ses propos.",
        ),
        ("en", "COERCE", "", "Police", "", "Police arrested 12 people over the killing of a journalist."),
        (
            "en",
            "ACCUSE",
            "",
            "foreign ministry",
            "French ambassador",
            "The foreign ministry summoned the French ambassador to protest against the remarks.",
        ),
        (
            "en",
            "ACCUSE",
            "disapprove",
            "Beijing",
            "ambassador",
            "Beijing summoned the U.S. ambassador to protest against the arms sale to Taiwan.",
        ),
        ("en", "SANCTION", "", "Washington", "", "Washington cut off all aid to the junta after the coup."),
        ("en", "SANCTION", "", "Iran", "Britain", "Iran cut off diplomatic contacts with Britain."),
        ("en", "AGREE", "", "Britain", "", "Britain will provide 50 million pounds in aid to help rebuild Kosovo."),
    ],
)
def test_fixed_this_round(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        ("en", "ACCUSE", "", "Iran", "", "Iran accused Israel of carrying out the attack on its consulate."),
        (
            "en",
            "ACCUSE",
            "",
            "Human Rights Watch",
            "",
            "Human Rights Watch criticised the government's crackdown on dissent.",
        ),
        ("en", "ACCUSE", "", "Beijing", "", "Beijing lodged a formal protest with Tokyo over the visit."),
        ("en", "ACCUSE", "", "Moscow", "", "Moscow denounced the new sanctions as illegal."),
        ("en", "ACCUSE", "", "Prosecutors", "", "Prosecutors charged the former minister with corruption."),
        (
            "en",
            "ACCUSE",
            "",
            "foreign ministry",
            "",
            "The foreign ministry blamed rebels for the attack on the convoy.",
        ),
        (
            "en",
            "ACCUSE",
            "",
            "United Nations",
            "",
            "The United Nations launched an investigation into the alleged massacre.",
        ),
        ("en", "AGREE", "", "The two sides", "", "The two sides agreed to a 72-hour truce."),
        ("en", "AGREE", "", "Israel", "", "Israel and Hamas agreed to a prisoner exchange deal, mediators said."),
        ("en", "AGREE", "", "government", "", "The government promised to hold elections next year."),
        ("en", "AGREE", "", "France", "", "France and Germany agreed to deepen military cooperation."),
        (
            "en",
            "AGREE",
            "",
            "European Union",
            "",
            "The European Union pledged 50 million euros in humanitarian aid to Sudan.",
        ),
        ("en", "AGREE", "", "military junta", "", "The military junta agreed to hand power to a civilian government."),
        (
            "en",
            "AGREE",
            "",
            "Ethiopia",
            "",
            "Ethiopia and Eritrea agreed on Sunday to an exchange of prisoners of war, the International Committee of the Red Cross said.",
        ),
        (
            "en",
            "AID",
            "",
            "World Food Programme",
            "",
            "The World Food Programme delivered food to 200,000 people in Gaza.",
        ),
        ("en", "AID", "", "Germany", "", "Germany granted asylum to the former minister."),
        ("en", "AID", "", "World Bank", "", "The World Bank approved a 300-million-dollar loan to Indonesia."),
        ("en", "AID", "", "Saudi Arabia", "", "Saudi Arabia donated 10 million dollars to Palestinian refugees."),
        ("en", "AID", "", "France", "", "France sent medical supplies to the earthquake victims in Algeria."),
        (
            "en",
            "AID",
            "",
            "United States",
            "",
            "The United States airlifted food and medicine to refugees in eastern Zaire.",
        ),
        ("en", "AID", "", "Japan", "", "Japan gave 10 million dollars in emergency aid to the flood victims."),
        (
            "en",
            "ASSAULT",
            "",
            "Gunmen",
            "",
            "Gunmen opened fire on a bus carrying pilgrims in northern Nigeria, killing 12 people, police said.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Israeli warplanes",
            "",
            "Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "suicide bomber",
            "",
            "A suicide bomber blew himself up outside a police station in Quetta, killing four officers.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Russian forces",
            "",
            "Russian forces shelled the city of Kharkiv overnight, wounding seven civilians, the regional governor said.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Militants",
            "",
            "Militants ambushed an army convoy near the Malian border, the defence ministry said.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Houthi rebels",
            "",
            "Houthi rebels fired a missile at a commercial ship in the Red Sea.",
        ),
        (
            "en",
            "ASSAULT",
            "",
            "Al-Shabaab fighters",
            "",
            "Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday.",
        ),
        ("en", "COERCE", "", "Police", "", "Police arrested dozens of opposition supporters in the capital on Sunday."),
        (
            "en",
            "COERCE",
            "",
            "Authorities",
            "",
            "Authorities detained a prominent human rights lawyer in Beijing, his wife said.",
        ),
        ("en", "COERCE", "", "government", "", "The government imposed a nighttime curfew in the restive province."),
        ("en", "COERCE", "", "Authorities", "", "Authorities blocked access to social media ahead of the vote."),
        ("en", "COERCE", "", "interior ministry", "", "The interior ministry deported three foreign aid workers."),
        ("en", "COERCE", "", "Soldiers", "", "Soldiers confiscated weapons from militiamen at a checkpoint."),
        (
            "en",
            "COERCE",
            "",
            "court",
            "",
            "A court in Moscow sentenced the opposition activist to nine years in prison.",
        ),
        ("en", "CONCEDE", "", "government", "", "The government lifted the state of emergency."),
        ("en", "CONCEDE", "", "government", "", "The government pardoned 500 prisoners ahead of the holiday."),
        (
            "en",
            "CONCEDE",
            "",
            "government",
            "",
            "The government eased restrictions on foreign journalists working in the country.",
        ),
        ("en", "CONCEDE", "", "president", "", "The president conceded defeat in the election."),
        (
            "en",
            "CONCEDE",
            "",
            "army chief",
            "",
            "The army chief apologized to the families of the victims of the massacre.",
        ),
        ("en", "CONCEDE", "", "army", "", "The army lifted the curfew in the northern city after a week of calm."),
        ("en", "CONSULT", "", "India", "", "The foreign ministers of India and China met in Moscow on Friday."),
        (
            "en",
            "CONSULT",
            "",
            "Secretary of State",
            "",
            "Secretary of State Antony Blinken spoke by phone with his Turkish counterpart.",
        ),
        ("en", "CONSULT", "", "Iranian foreign minister", "", "The Iranian foreign minister visited Riyadh for talks."),
        (
            "en",
            "CONSULT",
            "",
            "Delegations from the two countries",
            "",
            "Delegations from the two countries held talks in Doha.",
        ),
        ("en", "CONSULT", "", "president", "", "The president hosted the Kenyan leader at the White House."),
        (
            "en",
            "CONSULT",
            "",
            "",
            "",
            "The Syrian foreign minister arrived in Cairo for talks with Egyptian officials.",
        ),
        (
            "en",
            "CONSULT",
            "",
            "Chinese",
            "",
            "Chinese President Jiang Zemin received the visiting Japanese prime minister.",
        ),
        ("en", "COOPERATE", "", "Russia", "", "Russia and China held joint naval exercises in the Sea of Japan."),
        ("en", "COOPERATE", "", "Egypt", "", "Egypt and Israel exchanged intelligence on militant groups in Sinai."),
        ("en", "MOBILIZE", "", "Russia", "", "Russia massed troops along the border with Ukraine."),
        ("en", "MOBILIZE", "", "army", "", "The army deployed tanks in the streets of the capital."),
        ("en", "MOBILIZE", "", "Taiwan", "", "Taiwan put its forces on high alert after Chinese drills."),
        ("en", "MOBILIZE", "", "Israel", "", "Israel called up 300,000 reservists."),
        ("en", "MOBILIZE", "", "", "", "The army put its units on alert ahead of the vote."),
        (
            "en",
            "MOBILIZE",
            "",
            "Greece",
            "",
            "Greece put its armed forces on alert after Turkish warships entered disputed waters.",
        ),
        ("en", "MOBILIZE", "", "Iraq", "", "Iraq massed troops near the Kuwaiti border, U.S. officials said."),
        ("en", "NONE", "", "", "", "The airlines are locked in a price war on transatlantic routes."),
        ("en", "NONE", "", "", "", "The company's shares plunged after it missed earnings forecasts."),
        ("en", "NONE", "", "", "", "The film was a box-office bomb in its opening weekend."),
        ("en", "NONE", "", "", "", "The boxer knocked out his opponent in the third round."),
        ("en", "NONE", "", "", "", "Manchester United were beaten 3-0 by Liverpool at Anfield."),
        ("en", "NONE", "", "", "", "The startup raised 40 million dollars in a funding round led by Sequoia."),
        ("en", "NONE", "", "", "", "Apple launched its new iPhone at an event in California."),
        ("en", "NONE", "", "", "", "The team's defence collapsed in the second half."),
        ("en", "NONE", "", "", "", "Investors fled risky assets as oil prices crashed."),
        ("en", "NONE", "", "", "", "The quarterback was sacked three times in the first half."),
        ("en", "NONE", "", "", "", "The speakers blasted music all night."),
        ("en", "PROTEST", "", "protesters", "", "Police used tear gas and rubber bullets to disperse the protesters."),
        (
            "en",
            "PROTEST",
            "",
            "people",
            "",
            "Thousands of people rallied in central Tbilisi against the foreign agents bill.",
        ),
        ("en", "PROTEST", "", "Workers", "", "Workers at the port went on strike to demand higher wages."),
        (
            "en",
            "PROTEST",
            "",
            "farmers",
            "",
            "Hundreds of farmers blocked roads with tractors in protest at fuel prices.",
        ),
        ("en", "PROTEST", "", "Students", "", "Students staged a sit-in outside the parliament in Dhaka."),
        ("en", "PROTEST", "", "Demonstrators", "", "Demonstrators marched to the presidential palace in Khartoum."),
        ("en", "PROTEST", "", "prisoners", "", "Dozens of prisoners went on hunger strike to protest their detention."),
        ("en", "REJECT", "", "Israel", "", "Israel rejected the ceasefire proposal."),
        ("en", "REJECT", "", "Hamas", "", "Hamas refused to take part in the talks."),
        ("en", "REJECT", "", "opposition", "", "The opposition rejected the results of the election."),
        ("en", "REJECT", "", "Iran", "", "Iran dismissed the accusations as baseless."),
        (
            "en",
            "REJECT",
            "",
            "Syria",
            "",
            "Syria on Monday rejected a U.S. proposal to send international monitors to the border, state radio said.",
        ),
        (
            "en",
            "REJECT",
            "",
            "The rebel movement",
            "",
            "The rebel movement turned down an offer of amnesty from the government, saying its demands had not been met.",
        ),
        (
            "en",
            "REJECT",
            "",
            "Greece",
            "",
            "Greece vetoed the opening of new membership talks with the former Yugoslav republic.",
        ),
        (
            "en",
            "REQUEST",
            "",
            "Security Council",
            "",
            "The Security Council called for an immediate ceasefire in Sudan.",
        ),
        (
            "en",
            "REQUEST",
            "",
            "embassies",
            "",
            "Western embassies urged the government to release the detained journalists.",
        ),
        ("en", "REQUEST", "", "opposition", "", "The opposition demanded the resignation of the prime minister."),
        (
            "en",
            "REQUEST",
            "",
            "Palestinian Authority",
            "",
            "The Palestinian Authority asked the International Criminal Court to investigate.",
        ),
        ("en", "REQUEST", "", "Kyiv", "", "Kyiv appealed to its allies for more air defence systems."),
        ("en", "REQUEST", "", "The Pope", "", "The Pope appealed on Sunday for an end to the fighting in Chechnya."),
        ("en", "REQUEST", "", "Albania", "", "Albania asked NATO to deploy troops along its border with Serbia."),
        ("en", "RETREAT", "", "Russian troops", "", "Russian troops withdrew from the west bank of the Dnipro river."),
        ("en", "RETREAT", "", "rebels", "", "The rebels released 20 hostages on Wednesday."),
        ("en", "RETREAT", "", "prime minister", "", "The prime minister resigned on Monday."),
        ("en", "RETREAT", "", "Iraq", "", "Iraq released two British engineers who had been held since 1990."),
        ("en", "RETREAT", "", "rebels", "", "The rebels handed over their weapons to United Nations peacekeepers."),
        ("en", "RETREAT", "", "Israel", "", "Israel returned the bodies of two Hezbollah guerrillas to Lebanon."),
        ("en", "RETREAT", "", "rebels", "", "Hundreds of rebels surrendered to the army in the northern province."),
        ("en", "SANCTION", "", "United States", "", "The United States imposed sanctions on three Iranian officials."),
        ("en", "SANCTION", "", "Niger", "", "Niger expelled the French ambassador."),
        ("en", "SANCTION", "", "Algeria", "", "Algeria recalled its ambassador from Paris for consultations."),
        ("en", "SANCTION", "", "European Union", "", "The European Union suspended aid to the junta."),
        ("en", "SANCTION", "", "Bolivia", "", "Bolivia cut diplomatic ties with Israel."),
        ("en", "SANCTION", "", "African Union", "", "The African Union suspended Gabon after the coup."),
        ("en", "SANCTION", "", "United States", "", "The United States froze the assets of the Libyan government."),
        ("en", "SUPPORT", "", "Armenia", "", "Armenia and Azerbaijan signed a peace agreement in Washington."),
        ("en", "SUPPORT", "", "United States", "", "The United States welcomed the agreement between the two sides."),
        ("en", "SUPPORT", "", "China", "", "China voiced support for Pakistan's sovereignty."),
        ("en", "SUPPORT", "", "president", "", "The president praised the security forces for their courage."),
        ("en", "SUPPORT", "", "Egypt", "", "Egypt recognised the new government in Tripoli."),
        (
            "en",
            "SUPPORT",
            "",
            "The two countries",
            "",
            "The two countries restored diplomatic relations after a seven-year rift.",
        ),
        ("en", "SUPPORT", "", "United States", "", "The United States backed Turkey's bid to join the European Union."),
        (
            "en",
            "THREATEN",
            "",
            "North Korea",
            "",
            "North Korea threatened to take military action against South Korea.",
        ),
        ("en", "THREATEN", "", "president", "", "The president warned that the army would respond to any attack."),
        ("en", "THREATEN", "", "Washington", "", "Washington threatened new sanctions against Caracas."),
        ("en", "THREATEN", "", "rebels", "", "The rebels vowed to continue attacks on government forces."),
        ("en", "THREATEN", "", "Turkey", "", "Turkey threatened to launch a new ground operation in northern Syria."),
        (
            "en",
            "THREATEN",
            "",
            "Iraq",
            "",
            "Iraq threatened on Tuesday to shoot down any aircraft violating its airspace.",
        ),
        (
            "en",
            "THREATEN",
            "",
            "The union",
            "",
            "The union threatened to call a general strike if the government did not raise wages.",
        ),
        ("fr", "ACCUSE", "", "Mali", "", "Le Mali a accusé l'Algérie d'ingérence dans ses affaires intérieures."),
        (
            "fr",
            "ACCUSE",
            "",
            "Amnesty International",
            "",
            "Amnesty International a dénoncé la répression des manifestations.",
        ),
        (
            "fr",
            "ACCUSE",
            "",
            "ministère des Affaires étrangères",
            "",
            "Le ministère des Affaires étrangères a convoqué l'ambassadeur de France pour protester contre ces propos.",
        ),
        (
            "fr",
            "AGREE",
            "",
            "Les deux parties",
            "",
            "Les deux parties se sont mises d'accord sur une trêve de 72 heures.",
        ),
        ("fr", "AGREE", "", "Israël", "", "Israël et le Hamas ont conclu un accord d'échange de prisonniers."),
        (
            "fr",
            "AID",
            "",
            "Union européenne",
            "",
            "L'Union européenne a débloqué 50 millions d'euros d'aide humanitaire pour le Soudan.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "hommes armés",
            "",
            "Des hommes armés ont ouvert le feu sur un marché du nord du Burkina Faso, tuant au moins quinze civils.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "aviation israélienne",
            "",
            "L'aviation israélienne a frappé plusieurs cibles dans le sud du Liban mardi.",
        ),
        ("fr", "ASSAULT", "", "kamikaze", "", "Un kamikaze s'est fait exploser devant un commissariat de Kaboul."),
        (
            "fr",
            "ASSAULT",
            "",
            "jihadistes",
            "",
            "Des jihadistes ont attaqué un poste de l'armée près de la frontière nigérienne.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "Les forces russes",
            "",
            "Les forces russes ont bombardé la ville de Kharkiv dans la nuit.",
        ),
        (
            "fr",
            "ASSAULT",
            "",
            "Des inconnus",
            "",
            "Des inconnus ont enlevé un prêtre catholique dans le centre du Nigeria.",
        ),
        ("fr", "COERCE", "", "police", "", "La police a interpellé une vingtaine de manifestants à Paris."),
        ("fr", "COERCE", "", "autorités", "", "Les autorités ont arrêté un journaliste d'opposition à Alger."),
        ("fr", "COERCE", "", "gouvernement", "", "Le gouvernement a instauré un couvre-feu dans la capitale."),
        ("fr", "COERCE", "", "autorités", "", "Les autorités ont expulsé trois journalistes étrangers."),
        ("fr", "CONCEDE", "", "gouvernement", "", "Le gouvernement a levé l'état d'urgence."),
        ("fr", "CONCEDE", "", "gouvernement", "", "Le gouvernement a gracié 500 prisonniers."),
        (
            "fr",
            "CONSULT",
            "",
            "ministres des Affaires étrangères indien",
            "",
            "Les ministres des Affaires étrangères indien et chinois se sont rencontrés à Moscou.",
        ),
        (
            "fr",
            "CONSULT",
            "",
            "homologue américain",
            "",
            "Le président français s'est entretenu par téléphone avec son homologue américain.",
        ),
        (
            "fr",
            "CONSULT",
            "",
            "président sénégalais",
            "",
            "Le président sénégalais a reçu le chef de la diplomatie française.",
        ),
        ("fr", "COOPERATE", "", "Russie", "", "La Russie et la Chine ont mené des exercices navals conjoints."),
        ("fr", "MOBILIZE", "", "Russie", "", "La Russie a massé des troupes à la frontière ukrainienne."),
        ("fr", "MOBILIZE", "", "armée", "", "L'armée a déployé des blindés dans les rues de la capitale."),
        ("fr", "MOBILIZE", "", "Israël", "", "Israël a mobilisé 300 000 réservistes."),
        ("fr", "NONE", "", "", "", "Mbappé a inscrit un doublé face à Lyon samedi soir."),
        ("fr", "NONE", "", "", "", "Le PSG a battu Marseille 3-0 au Parc des Princes."),
        ("fr", "NONE", "", "", "", "Les compagnies aériennes se livrent une guerre des prix."),
        ("fr", "NONE", "", "", "", "La banque centrale poursuit sa lutte contre l'inflation."),
        ("fr", "NONE", "", "", "", "Le boxeur a mis KO son adversaire au troisième round."),
        ("fr", "NONE", "", "", "", "Le film a fait un carton au box-office."),
        ("fr", "NONE", "", "", "", "L'action du groupe a chuté de 10% à la Bourse de Paris."),
        (
            "fr",
            "PROTEST",
            "",
            "Des milliers de personnes",
            "",
            "Des milliers de personnes ont manifesté samedi à Dakar contre le report de l'élection.",
        ),
        (
            "fr",
            "PROTEST",
            "",
            "enseignants",
            "",
            "Les enseignants se sont mis en grève pour réclamer des hausses de salaire.",
        ),
        ("fr", "PROTEST", "", "agriculteurs", "", "Des agriculteurs ont bloqué plusieurs routes avec leurs tracteurs."),
        ("fr", "PROTEST", "", "étudiants", "", "Des centaines d'étudiants ont défilé dans les rues de Tunis."),
        ("fr", "REJECT", "", "Israël", "", "Israël a rejeté la proposition de cessez-le-feu."),
        ("fr", "REJECT", "", "Hamas", "", "Le Hamas a refusé de participer aux négociations."),
        ("fr", "REJECT", "", "opposition", "", "L'opposition a rejeté les résultats de l'élection."),
        (
            "fr",
            "REQUEST",
            "",
            "Conseil de sécurité",
            "",
            "Le Conseil de sécurité a appelé à un cessez-le-feu immédiat.",
        ),
        ("fr", "REQUEST", "", "opposition", "", "L'opposition a exigé la démission du Premier ministre."),
        (
            "fr",
            "REQUEST",
            "",
            "Les ambassades occidentales",
            "",
            "Les ambassades occidentales ont exhorté le gouvernement à libérer les journalistes.",
        ),
        ("fr", "REQUEST", "", "Kiev", "", "Kiev a demandé à ses alliés davantage de systèmes de défense antiaérienne."),
        ("fr", "RETREAT", "", "", "", "Les troupes russes se sont retirées de la rive ouest du Dniepr."),
        ("fr", "RETREAT", "", "rebelles", "", "Les rebelles ont libéré vingt otages mercredi."),
        ("fr", "RETREAT", "", "Premier ministre", "", "Le Premier ministre a démissionné lundi."),
        (
            "fr",
            "SANCTION",
            "",
            "Etats-Unis",
            "",
            "Les Etats-Unis ont imposé des sanctions à trois responsables iraniens.",
        ),
        ("fr", "SANCTION", "", "Niger", "", "Le Niger a expulsé l'ambassadeur de France."),
        ("fr", "SANCTION", "", "Bolivie", "", "La Bolivie a rompu ses relations diplomatiques avec Israël."),
        ("fr", "SANCTION", "", "Union africaine", "", "L'Union africaine a suspendu le Gabon après le coup d'Etat."),
        ("fr", "SUPPORT", "", "Arménie", "", "L'Arménie et l'Azerbaïdjan ont signé un accord de paix."),
        ("fr", "SUPPORT", "", "les deux parties", "", "La France a salué l'accord entre les deux parties."),
        ("fr", "SUPPORT", "", "Chine", "", "La Chine a apporté son soutien au Pakistan."),
        ("fr", "SUPPORT", "", "président", "", "Le président a félicité le nouveau chef de l'Etat pour son élection."),
        ("fr", "THREATEN", "", "Corée du Nord", "", "La Corée du Nord a menacé de riposter militairement."),
        ("fr", "THREATEN", "", "Washington", "", "Washington a menacé Caracas de nouvelles sanctions."),
        ("fr", "THREATEN", "", "rebelles", "", "Les rebelles ont menacé de reprendre les combats."),
    ],
)
def test_neighbours_that_hold(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "Security forces ended the siege of the hotel after a 12-hour standoff.",
            marks=pytest.mark.xfail(
                reason="security forces breaking a siege are read as the besiegers lifting it (RETREAT)", strict=True
            ),
        ),
        pytest.param(
            "en",
            "COERCE",
            "censor",
            "",
            "",
            "The junta suspended the broadcasts of two French radio stations.",
            marks=pytest.mark.xfail(
                reason="'suspend' is no event when its object is broadcasts (sports and programme sense)", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "COERCE",
            "censor",
            "",
            "",
            "La junte a suspendu la diffusion de France 24.",
            marks=pytest.mark.xfail(
                reason="suspending a channel's broadcasts is read as cutting ties (SANCTION)", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "COERCE",
            "",
            "",
            "",
            "Un tribunal a condamné l'opposant à cinq ans de prison.",
            marks=pytest.mark.xfail(
                reason="French 'condamner à ... de prison' (a sentence) is read as a condemnation", strict=True
            ),
        ),
        pytest.param(
            "en",
            "PROTEST",
            "",
            "",
            "",
            "Opposition supporters clashed with police in Nairobi.",
            marks=pytest.mark.xfail(
                reason="'supporters' is no crowd kind, so their clash with the police is no riot", strict=True
            ),
        ),
        pytest.param(
            "en",
            "AID",
            "",
            "",
            "",
            "Japan sent a team of rescue workers to Turkey after the earthquake.",
            marks=pytest.mark.xfail(
                reason="rescuers sent abroad after a disaster are set aside with the disaster", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "AID",
            "",
            "",
            "",
            "Le Programme alimentaire mondial a distribué de la nourriture à 200 000 personnes.",
            marks=pytest.mark.xfail(reason="French 'distribuer de la nourriture' is not read as aid", strict=True),
        ),
        pytest.param(
            "en",
            "RETREAT",
            "withdraw",
            "",
            "",
            "The army pulled its forces out of the town.",
            marks=pytest.mark.xfail(
                reason="'pull ... out' with its object between verb and particle is not read", strict=True
            ),
        ),
        pytest.param(
            "en",
            "RETREAT",
            "",
            "",
            "",
            "Hundreds of guerrillas handed in their weapons under a government amnesty programme.",
            marks=pytest.mark.xfail(reason="'hand in weapons' (disarming) is not read", strict=True),
        ),
        pytest.param(
            "en",
            "RETREAT",
            "withdraw",
            "",
            "",
            "The last Russian troops left Estonia on Wednesday, ending half a century of military presence.",
            marks=pytest.mark.xfail(reason="troops leaving a country are not read as a withdrawal", strict=True),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "",
            "",
            "Russia halted gas deliveries to Ukraine on Sunday.",
            marks=pytest.mark.xfail(reason="halting deliveries to a state is not read as a sanction", strict=True),
        ),
        pytest.param(
            "en",
            "ASSAULT",
            "",
            "",
            "",
            "Israeli helicopter gunships rocketed guerrilla positions in southern Lebanon.",
            marks=pytest.mark.xfail(reason="'rocket' as a verb of attack is not read", strict=True),
        ),
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "Soldiers forced thousands of villagers from their homes in the border region.",
            marks=pytest.mark.xfail(reason="forcing people from their homes (expulsion) is not read", strict=True),
        ),
        pytest.param(
            "en",
            "REJECT",
            "",
            "",
            "",
            "The government denied that its troops had crossed into Cambodia.",
            marks=pytest.mark.xfail(reason="a denial of responsibility is not read as REJECT", strict=True),
        ),
        pytest.param(
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "India moved troops to the border with Pakistan after the attack on parliament.",
            marks=pytest.mark.xfail(
                reason="an attack named only as what a move followed is reported as an event of its own", strict=True
            ),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "",
            "",
            "Japan called off talks with North Korea after the missile launch.",
            marks=pytest.mark.xfail(
                reason="a sequence phrase the parser hangs on the object noun is no circumstance (the launch is reported)",
                strict=True,
            ),
        ),
        pytest.param(
            "en",
            "RETREAT",
            "release",
            "",
            "",
            "The Khmer Rouge freed three Western hostages seized last month during an attack on a train.",
            marks=pytest.mark.xfail(
                reason="a seizure told in a participle on the hostages is reported as an event of its own", strict=True
            ),
        ),
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "Israel demolished the homes of two Palestinians suspected of attacks.",
            marks=pytest.mark.xfail(reason="the attacks someone is suspected of are reported as an event", strict=True),
        ),
        pytest.param(
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The government gave in to the strikers' demands and raised the minimum wage.",
            marks=pytest.mark.xfail(
                reason="the demands given in to are reported as a REQUEST of their own", strict=True
            ),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "",
            "",
            "The European Union postponed a summit with Asian leaders because of the crisis in Burma.",
            marks=pytest.mark.xfail(reason="postponing a summit is read as the summit (CONSULT)", strict=True),
        ),
        pytest.param(
            "fr",
            "ACCUSE",
            "",
            "Pékin",
            "Tokyo",
            "Pékin a protesté auprès de Tokyo contre la visite du ministre.",
            marks=pytest.mark.xfail(
                reason="the visit protested against is reported as a CONSULT of its own", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "SANCTION",
            "",
            "",
            "",
            "L'Algérie a rappelé son ambassadeur à Paris pour consultations.",
            marks=pytest.mark.xfail(
                reason="'pour consultations', why an ambassador is recalled, is reported as a CONSULT", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "CONCEDE",
            "",
            "",
            "",
            "Le président a présenté ses excuses pour la mort des manifestants.",
            marks=pytest.mark.xfail(reason="French 'présenter ses excuses' (an apology) is not read", strict=True),
        ),
        pytest.param(
            "en",
            "NONE",
            "",
            "",
            "",
            "The striker fired a shot past the goalkeeper in the 89th minute.",
            marks=pytest.mark.xfail(
                reason="one sentence gives no article to judge; a shot past a goalkeeper is read as gunfire",
                strict=True,
            ),
        ),
        pytest.param(
            "en",
            "NONE",
            "",
            "",
            "",
            "The central bank stepped up its attack on inflation with another rate rise.",
            marks=pytest.mark.xfail(reason="an attack on an economic figure is read as an assault", strict=True),
        ),
        pytest.param(
            "en",
            "NONE",
            "",
            "",
            "",
            "The tech giant killed off its struggling messaging app.",
            marks=pytest.mark.xfail(reason="'kill off' a product is read as a killing", strict=True),
        ),
        pytest.param(
            "en",
            "NONE",
            "",
            "",
            "",
            "Teachers vowed to fight for more funding for public schools.",
            marks=pytest.mark.xfail(
                reason="figurative 'fight' is set aside only as an ASSAULT, not once a vow makes it a THREATEN",
                strict=True,
            ),
        ),
        pytest.param(
            "fr",
            "THREATEN",
            "",
            "",
            "",
            # (fixed on the fr28 branch, `reactions.announced_force`, merged in the same round)
            "L'armée a promis de poursuivre les frappes contre les rebelles.",
        ),
    ],
)
def test_confusions_left_open(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_an_article_on_sports_business_or_entertainment_gives_no_event(name):
    """A game report whose scorer "fired a shot past the goalkeeper" under "wave after wave of attacks", a
    results story of a "price war", a singer who "slammed critics": no asserted event. The football report
    fails before this round: "Premier" of "the Premier League" and its news-kind actors outweighed its words
    of sport, and "header", "stoppage" were no words of sport."""
    lang = "fr" if name.endswith("_fr1") else "en"
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert extract(text, lang=lang).events == ()


def test_a_word_of_a_name_of_sport_is_no_sign_of_news():
    """The football report's attack words are read, and set aside as off topic."""
    text = (ARTICLES / "sport_en2.txt").read_text(encoding="utf-8")
    doc = extract(text, lang="en", config=Config(keep="all"))
    assert doc.events and all(e.unasserted == "off topic (sports)" for e in doc.events)
