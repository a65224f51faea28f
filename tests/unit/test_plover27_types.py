"""A second PLOVER type-confusion suite, aimed at neighbouring types and at the parties of each act: ACCUSE,
REQUEST or THREATEN; SANCTION or COERCE; ASSAULT, COERCE or PROTEST; AID, COOPERATE or AGREE; CONSULT or
AGREE; RETREAT or a concession; MOBILIZE or ASSAULT; and the actor and recipient when the doer is a capital
standing for its state ("Washington", "Moscou"), an official named by title, or the agent of a passive.

Each row: language, expected type ("NONE": no event), a mode the event must hold (or ""), and words the
actor's and the recipient's text must hold (or "": not checked). The first table holds what this round
fixed: a capital that protests to another state complains (ACCUSE, `argsenses._party_kind`); a capital
is the actor of a passive ("expelled by Moscow", `reading`); a warning whose clause says only what will
happen is no threat (`events/forecasts.py`); trigger rows chosen by their object (police raiding an
office or a home search it, COERCE; a loan in money is AID; a king receiving an envoy meets him; moving
tanks is MOBILIZE; closing a channel or cutting internet access, COERCE; recalling reservists, MOBILIZE);
"le parquet" is the judiciary and "ouvrir une enquête" gives the inquiry its actor. The second table
holds neighbours that already came out right; the third, confusions left open (strict xfail).

A declared or announced ceasefire stays RETREAT, as PLOVER's gold-standard records code it, not CONCEDE.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract

COLUMNS = "lang, etype, mode, actor, recipient, text"


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
        ("en", "ACCUSE", "", "Moscow", "London", "Moscow protested to London over the expulsion of its diplomats."),
        ("en", "ACCUSE", "", "Ankara", "Athens", "Ankara protested to Athens about the naval exercise."),
        ("en", "NONE", "", "", "", "The central bank warned that the economy would slow next year."),
        ("en", "NONE", "", "", "", "Economists warned that inflation would rise further."),
        ("en", "NONE", "", "", "", "Doctors warned that the virus could spread quickly."),
        ("fr", "NONE", "", "", "", "La banque centrale a averti que la croissance ralentirait."),
        ("fr", "NONE", "", "", "", "Les météorologues ont averti que de fortes pluies toucheraient la côte."),
        (
            "fr",
            "ACCUSE",
            "",
            "Pékin",
            "Washington",
            "Pékin a protesté auprès de Washington contre la vente d'armes à Taïwan.",
        ),
        ("fr", "ACCUSE", "investigate", "", "", "Le parquet a ouvert une enquête sur les violences."),
        ("en", "COERCE", "", "", "", "Police raided the offices of the opposition newspaper."),
        ("en", "COERCE", "", "", "", "Police raided the home of the opposition leader."),
        ("en", "COERCE", "", "", "", "Security agents raided the headquarters of the human rights group."),
        ("fr", "COERCE", "", "", "", "Les autorités ont fermé la chaîne de télévision de l'opposition."),
        ("fr", "COERCE", "", "", "", "Les autorités ont coupé l'accès à Internet dans la région."),
        ("en", "AID", "", "", "", "The World Bank lent Kenya 300 million dollars."),
        ("fr", "AID", "", "", "", "La Banque mondiale a prêté 300 millions de dollars au Kenya."),
        ("en", "CONSULT", "", "", "", "The president received the Chinese ambassador."),
        ("fr", "CONSULT", "", "", "", "Le président a reçu l'ambassadeur chinois."),
        ("en", "MOBILIZE", "", "", "", "The army moved artillery to the front line."),
        ("fr", "MOBILIZE", "", "", "", "Le gouvernement a rappelé dix mille réservistes."),
        ("en", "SANCTION", "", "Moscow", "ambassador", "The ambassador was expelled by Moscow."),
        ("fr", "SANCTION", "", "Moscou", "ambassadeur", "L'ambassadeur a été expulsé par Moscou."),
        ("fr", "ACCUSE", "", "Ankara", "Athènes", "Ankara a protesté auprès d'Athènes contre l'exercice naval."),
        ("en", "ACCUSE", "", "Tehran", "Baghdad", "Tehran protested to Baghdad over the border shooting."),
        ("en", "SANCTION", "", "Paris", "diplomats", "Two Russian diplomats were expelled by Paris."),
        ("en", "NONE", "", "", "", "Analysts warned that oil prices could climb further."),
        ("fr", "NONE", "", "", "", "Les économistes ont averti que l'inflation resterait élevée."),
        ("en", "COERCE", "", "", "", "Police raided the apartment of the dissident writer."),
        ("en", "AID", "", "", "", "Japan lent Indonesia one billion dollars after the tsunami."),
        ("en", "CONSULT", "", "", "", "The king received the American envoy at the palace."),
        ("en", "MOBILIZE", "", "", "", "Russia moved tanks and artillery to the border."),
        ("fr", "ACCUSE", "investigate", "", "", "Le parquet de Paris a ouvert une enquête pour corruption."),
    ],
)
def test_the_confusions_this_round_settles(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        ("en", "ACCUSE", "allege", "Ukraine", "Russia", "Ukraine accused Russia of shelling the nuclear plant."),
        ("en", "ACCUSE", "disapprove", "Germany", "Turkey", "Germany condemned Turkey's arrest of the journalist."),
        ("en", "ACCUSE", "", "Washington", "Beijing", "Washington accused Beijing of stealing trade secrets."),
        ("en", "ACCUSE", "", "Tokyo", "Seoul", "Tokyo lodged a formal protest with Seoul over the islands."),
        ("en", "ACCUSE", "disapprove", "Paris", "", "Paris condemned the coup in Niger."),
        (
            "en",
            "ACCUSE",
            "disapprove",
            "Tehran",
            "Washington",
            "Tehran denounced Washington's decision to send more troops.",
        ),
        ("en", "ACCUSE", "", "", "", "The rights group criticised the army's conduct in the north."),
        ("en", "ACCUSE", "allege", "police", "", "The police blamed the separatists for the explosion."),
        ("en", "ACCUSE", "", "", "", "Amnesty International accused the security forces of torturing detainees."),
        ("en", "ACCUSE", "", "", "", "The opposition leader condemned the arrest of the students."),
        ("en", "ACCUSE", "", "", "", "The prime minister denounced the strike as illegal."),
        ("en", "ACCUSE", "", "", "", "The president accused foreign powers of stirring unrest."),
        ("en", "ACCUSE", "", "", "", "The Vatican criticised the new abortion law."),
        ("en", "ACCUSE", "investigate", "", "", "Prosecutors opened an investigation into the minister's finances."),
        ("en", "ACCUSE", "investigate", "", "", "The United Nations launched an inquiry into the killings."),
        ("en", "ACCUSE", "", "", "", "The rebels complained that the army had broken the truce."),
        ("en", "ACCUSE", "", "", "", "The opposition filed a lawsuit against the electoral commission."),
        (
            "en",
            "REQUEST",
            "",
            "Washington",
            "Moscow",
            "Washington urged Moscow to withdraw its troops from the border.",
        ),
        ("en", "REQUEST", "", "Beijing", "", "Beijing called for restraint on both sides."),
        ("en", "REQUEST", "", "", "", "The UN Secretary-General called on the junta to release all detainees."),
        ("en", "REQUEST", "", "", "", "The opposition demanded fresh elections."),
        ("en", "REQUEST", "", "", "", "Farmers demanded compensation for the lost harvest."),
        ("en", "REQUEST", "", "", "", "The government asked the World Bank for an emergency loan."),
        ("en", "REQUEST", "", "", "", "The foreign minister appealed to the international community for help."),
        ("en", "REQUEST", "", "", "", "The bishops called on the government to open talks with the rebels."),
        ("en", "REQUEST", "", "", "", "The union demanded the reinstatement of the sacked workers."),
        ("en", "REQUEST", "", "", "", "Moscow demanded an explanation from the British ambassador."),
        ("en", "REQUEST", "", "", "", "The families urged the authorities to find the missing fishermen."),
        ("en", "REQUEST", "", "", "", "Nigeria asked Benin to extradite the former governor."),
        ("en", "THREATEN", "", "Washington", "", "Washington threatened new sanctions against the regime."),
        ("en", "THREATEN", "", "Moscow", "Kiev", "Moscow threatened Kiev with retaliation."),
        ("en", "THREATEN", "", "", "", "The rebels threatened to kill the hostages if the army attacked."),
        ("en", "THREATEN", "", "", "", "The union warned of a national strike if talks failed."),
        ("en", "THREATEN", "", "", "", "The president threatened to dissolve parliament."),
        ("en", "THREATEN", "", "", "", "The army chief warned that soldiers would open fire on looters."),
        ("en", "THREATEN", "", "", "", "The militants threatened to blow up the pipeline."),
        ("en", "THREATEN", "", "", "", "Israel warned Hezbollah that it would respond with force."),
        ("fr", "ACCUSE", "", "Alger", "Paris", "Alger a accusé Paris d'ingérence."),
        ("fr", "ACCUSE", "", "Washington", "", "Washington a condamné le coup d'État au Niger."),
        ("fr", "ACCUSE", "", "", "", "L'ONG a dénoncé les conditions de détention des migrants."),
        ("fr", "ACCUSE", "", "", "", "L'opposition a accusé le pouvoir de fraude électorale."),
        ("fr", "ACCUSE", "", "", "", "Le syndicat a porté plainte contre la direction."),
        ("fr", "REQUEST", "", "Paris", "", "Paris a appelé à la retenue."),
        ("fr", "REQUEST", "", "", "", "Le secrétaire général de l'ONU a appelé la junte à libérer les détenus."),
        ("fr", "REQUEST", "", "", "", "L'opposition réclame des élections anticipées."),
        ("fr", "REQUEST", "", "", "", "Les familles ont demandé aux autorités de retrouver les pêcheurs disparus."),
        ("fr", "REQUEST", "", "", "", "Le gouvernement a sollicité un prêt d'urgence auprès du FMI."),
        ("fr", "THREATEN", "", "", "", "Les rebelles ont menacé de tuer les otages."),
        ("fr", "THREATEN", "", "Washington", "", "Washington a menacé le régime de nouvelles sanctions."),
        ("fr", "THREATEN", "", "", "", "Le syndicat a menacé de bloquer les ports."),
        ("fr", "THREATEN", "", "", "", "Moscou a menacé Kiev de représailles."),
        ("en", "SANCTION", "", "Washington", "Moscow", "Washington imposed new sanctions on Moscow."),
        ("en", "SANCTION", "", "Brussels", "", "Brussels froze the assets of three Russian banks."),
        ("en", "SANCTION", "", "", "", "Australia suspended defence cooperation with Fiji after the coup."),
        ("en", "SANCTION", "", "", "", "Morocco recalled its ambassador to Algeria."),
        ("en", "SANCTION", "", "", "", "The EU suspended trade talks with the country."),
        ("en", "SANCTION", "", "", "", "The Commonwealth suspended Zimbabwe."),
        ("en", "SANCTION", "", "", "", "Ghana closed its embassy in Libya."),
        ("en", "SANCTION", "", "", "", "The president called off his visit to Tokyo."),
        ("en", "SANCTION", "", "", "", "Japan banned imports of North Korean goods."),
        ("en", "SANCTION", "", "", "", "The court fined the oil company 5 million dollars."),
        ("en", "COERCE", "arrest", "", "", "Police detained dozens of protesters in the capital."),
        ("en", "COERCE", "arrest", "", "", "Police arrested the opposition leader at his home."),
        ("en", "COERCE", "", "", "", "The authorities shut down the opposition television station."),
        ("en", "COERCE", "", "", "", "The government banned all public gatherings."),
        ("en", "COERCE", "", "", "", "The authorities cut off internet access in the region."),
        ("en", "COERCE", "", "", "", "Police confiscated the newspaper's computers."),
        ("en", "COERCE", "", "", "", "The army imposed a curfew on the town."),
        ("en", "COERCE", "", "", "", "The government placed the former president under house arrest."),
        ("en", "COERCE", "", "", "", "The authorities deported the French journalist."),
        ("en", "COERCE", "", "", "", "The court jailed the blogger for three years."),
        ("fr", "SANCTION", "", "Bruxelles", "", "Bruxelles a gelé les avoirs de trois banques russes."),
        ("fr", "SANCTION", "", "", "", "L'Union européenne a suspendu son aide au Niger."),
        ("fr", "SANCTION", "", "", "", "Le Maroc a rappelé son ambassadeur en Algérie."),
        ("fr", "SANCTION", "", "", "", "Le président a annulé sa visite à Tokyo."),
        ("fr", "SANCTION", "", "", "", "La Cédéao a suspendu le Mali de ses instances."),
        ("fr", "COERCE", "", "", "", "La police a arrêté le chef de l'opposition à son domicile."),
        ("fr", "COERCE", "", "", "", "Le gouvernement a interdit toute manifestation."),
        ("fr", "COERCE", "", "", "", "La police a perquisitionné le siège du parti."),
        ("en", "ASSAULT", "", "", "", "Soldiers opened fire on the protesters, killing three."),
        ("en", "ASSAULT", "", "", "", "Troops raided the rebel camp, killing ten fighters."),
        ("en", "ASSAULT", "", "", "", "Police beat the demonstrators with batons."),
        ("en", "ASSAULT", "", "", "", "Gunmen attacked a police station in the north."),
        ("en", "ASSAULT", "", "", "", "Security forces shot dead two protesters."),
        ("en", "ASSAULT", "", "", "", "Militants ambushed an army convoy."),
        ("en", "PROTEST", "", "", "", "Thousands of protesters marched on the presidential palace."),
        ("en", "PROTEST", "", "", "", "Students occupied the university building."),
        ("en", "PROTEST", "", "", "", "Taxi drivers blocked the streets of the capital."),
        ("en", "PROTEST", "", "", "", "Nurses went on strike over unpaid wages."),
        ("en", "PROTEST", "", "", "", "Hundreds of people rallied against the new law."),
        ("en", "PROTEST", "", "", "", "Rioters looted shops in the city centre."),
        ("fr", "ASSAULT", "", "", "", "Des soldats ont ouvert le feu sur les manifestants."),
        ("fr", "ASSAULT", "", "", "", "Des hommes armés ont attaqué un commissariat."),
        ("fr", "ASSAULT", "", "", "", "Les policiers ont frappé les manifestants à coups de matraque."),
        ("fr", "PROTEST", "", "", "", "Les chauffeurs de taxi ont bloqué les rues de la capitale."),
        ("fr", "PROTEST", "", "", "", "Les infirmières sont en grève depuis lundi."),
        ("fr", "COERCE", "", "", "", "La police a interpellé une vingtaine de manifestants."),
        ("en", "AID", "", "", "", "Japan sent food aid to North Korea."),
        ("en", "AID", "", "", "", "Germany granted asylum to the Syrian activist."),
        ("en", "AID", "", "", "", "Britain provided training to the Somali army."),
        ("en", "AID", "", "", "", "The United States supplied Israel with fighter jets."),
        ("en", "COOPERATE", "", "", "", "France and Germany held joint naval exercises."),
        ("en", "COOPERATE", "", "", "", "The two police forces exchanged information on the gang."),
        ("en", "COOPERATE", "", "", "", "Thailand extradited the arms dealer to the United States."),
        ("en", "COOPERATE", "", "", "", "The two armies carried out joint patrols."),
        ("en", "AGREE", "", "", "", "The two countries agreed to resume trade."),
        ("en", "AGREE", "", "", "", "The rebels agreed to release the hostages."),
        ("en", "AGREE", "", "", "", "Iran agreed to allow inspectors into the site."),
        ("en", "AGREE", "", "", "", "The government promised to send aid to the region."),
        ("en", "AGREE", "", "", "", "The two sides agreed to exchange prisoners."),
        ("en", "AGREE", "", "", "", "Japan offered to mediate between the two countries."),
        ("en", "AGREE", "", "", "", "The parties agreed to meet again next week."),
        ("fr", "AID", "", "", "", "Le Japon a envoyé une aide alimentaire au Niger."),
        ("fr", "AID", "", "", "", "L'Allemagne a accordé l'asile au militant syrien."),
        ("fr", "COOPERATE", "", "", "", "La France et l'Allemagne ont mené des exercices navals conjoints."),
        ("fr", "COOPERATE", "", "", "", "La Thaïlande a extradé le trafiquant vers les États-Unis."),
        ("fr", "AGREE", "", "", "", "Les deux pays ont accepté de reprendre les échanges commerciaux."),
        ("fr", "AGREE", "", "", "", "Les rebelles ont accepté de libérer les otages."),
        ("fr", "AGREE", "", "", "", "Le gouvernement a promis d'envoyer de l'aide dans la région."),
        ("fr", "AGREE", "", "", "", "Le Japon a proposé de servir de médiateur."),
        ("en", "CONSULT", "", "", "", "The foreign ministers of the two countries met in Geneva."),
        ("en", "CONSULT", "", "", "", "The envoy held talks with rebel leaders."),
        ("en", "CONSULT", "", "", "", "Putin spoke by phone with Erdogan."),
        ("en", "CONSULT", "", "", "", "The Iranian foreign minister visited Beijing."),
        ("en", "CONSULT", "", "", "", "Negotiators from both sides met in Doha."),
        ("en", "AGREE", "", "", "", "The negotiators reached an agreement on a prisoner swap."),
        ("en", "AGREE", "", "", "", "The two sides agreed on a ceasefire."),
        ("en", "SUPPORT", "", "", "", "The government and the rebels signed a peace deal."),
        ("fr", "CONSULT", "", "", "", "Les ministres des Affaires étrangères se sont rencontrés à Genève."),
        ("fr", "CONSULT", "", "", "", "L'émissaire a discuté avec les chefs rebelles."),
        ("fr", "AGREE", "", "", "", "Les deux camps se sont mis d'accord sur un échange de prisonniers."),
        ("fr", "SUPPORT", "", "", "", "Le gouvernement et les rebelles ont signé un accord de paix."),
        ("en", "RETREAT", "", "", "", "The rebels declared a ceasefire on Sunday."),
        ("en", "RETREAT", "", "", "", "The army declared a unilateral truce for the holidays."),
        ("en", "RETREAT", "", "", "", "The government announced a ceasefire in the east."),
        ("en", "RETREAT", "", "", "", "The rebels released the hostages on Sunday."),
        ("en", "RETREAT", "", "", "", "Troops pulled out of the disputed town."),
        ("en", "RETREAT", "", "", "", "The guerrillas handed over their weapons."),
        ("en", "RETREAT", "", "", "", "The ceasefire held overnight."),
        ("en", "RETREAT", "", "", "", "The minister stepped down after the scandal."),
        ("en", "RETREAT", "", "", "", "The army withdrew its tanks from the city."),
        ("fr", "RETREAT", "", "", "", "Les rebelles ont décrété un cessez-le-feu."),
        ("fr", "RETREAT", "", "", "", "L'armée a proclamé une trêve unilatérale."),
        ("fr", "RETREAT", "", "", "", "Les rebelles ont libéré les otages dimanche."),
        ("fr", "RETREAT", "", "", "", "Les troupes se sont retirées de la ville contestée."),
        ("fr", "RETREAT", "", "", "", "Le ministre a démissionné après le scandale."),
        ("en", "MOBILIZE", "", "", "", "The army deployed tanks near the border."),
        ("en", "MOBILIZE", "", "", "", "Police were deployed around the parliament."),
        ("en", "MOBILIZE", "", "", "", "The government called up 10,000 reservists."),
        ("en", "MOBILIZE", "", "", "", "The navy sent two warships to the gulf."),
        ("en", "MOBILIZE", "", "", "", "Troops were put on high alert after the incident."),
        ("en", "ASSAULT", "", "", "", "The army launched an offensive against the rebels."),
        ("en", "ASSAULT", "", "", "", "Troops shelled rebel positions."),
        ("en", "ASSAULT", "", "", "", "The air force bombed a rebel base."),
        ("fr", "MOBILIZE", "", "", "", "L'armée a déployé des chars près de la frontière."),
        ("fr", "MOBILIZE", "", "", "", "La marine a envoyé deux navires de guerre dans le golfe."),
        ("fr", "ASSAULT", "", "", "", "L'armée a lancé une offensive contre les rebelles."),
        ("fr", "ASSAULT", "", "", "", "L'aviation a bombardé une base rebelle."),
        ("en", "COERCE", "", "police", "journalist", "The journalist was arrested by police in the capital."),
        ("en", "ASSAULT", "", "gunmen", "villagers", "The villagers were killed by gunmen."),
        ("en", "ACCUSE", "", "Kremlin", "", "The Kremlin accused the West of meddling."),
        ("en", "ACCUSE", "", "White House", "", "The White House criticised the decision."),
        ("en", "REQUEST", "", "State Department", "", "The State Department urged Americans to leave the country."),
        ("en", "ACCUSE", "", "foreign minister", "Israel", "The Turkish foreign minister condemned Israel."),
        ("en", "CONSULT", "", "prime minister", "", "The British prime minister met the French president in London."),
        ("en", "ACCUSE", "", "spokesman", "", "A foreign ministry spokesman criticised the report."),
        ("fr", "COERCE", "", "police", "journaliste", "Le journaliste a été arrêté par la police."),
        ("fr", "ASSAULT", "", "hommes armés", "villageois", "Les villageois ont été tués par des hommes armés."),
        ("fr", "ACCUSE", "", "Kremlin", "", "Le Kremlin a accusé l'Occident d'ingérence."),
        ("fr", "ACCUSE", "", "Élysée", "", "L'Élysée a condamné la décision de Moscou."),
        ("fr", "ACCUSE", "", "ministre", "", "Le ministre turc des Affaires étrangères a condamné Israël."),
        ("en", "ACCUSE", "", "opposition", "minister", "The minister was criticised by the opposition."),
        ("en", "ASSAULT", "abduct", "rebels", "soldiers", "Two soldiers were abducted by rebels."),
        ("fr", "CONSULT", "", "président", "homologue", "Le président russe a rencontré son homologue turc."),
        (
            "en",
            "CONSULT",
            "",
            "secretary of state",
            "crown prince",
            "The US secretary of state met the Saudi crown prince.",
        ),
        (
            "en",
            "THREATEN",
            "",
            "prime minister",
            "Iran",
            "The Israeli prime minister threatened Iran with military action.",
        ),
        (
            "fr",
            "ACCUSE",
            "",
            "chef de la diplomatie",
            "",
            "Le chef de la diplomatie française a condamné l'arrestation du journaliste.",
        ),
        ("en", "SANCTION", "expel", "Moscow", "diplomats", "Moscow expelled two British diplomats."),
        ("en", "ACCUSE", "", "Kiev", "Moscow", "Kiev accused Moscow of shelling the city."),
        ("en", "SANCTION", "", "London", "", "London recalled its ambassador from Tehran."),
        ("en", "MOBILIZE", "", "Washington", "", "Washington deployed two warships to the gulf."),
        ("en", "MOBILIZE", "", "Ankara", "", "Ankara sent troops to the Syrian border."),
        ("fr", "MOBILIZE", "", "Ankara", "", "Ankara a envoyé des troupes à la frontière syrienne."),
        ("en", "REJECT", "", "Tehran", "", "Tehran rejected the proposal for talks."),
        ("fr", "REJECT", "", "Moscou", "", "Moscou a rejeté la proposition de cessez-le-feu."),
        ("en", "AGREE", "", "Seoul", "", "Seoul agreed to resume talks with the North."),
        ("en", "ACCUSE", "allege", "prosecutors", "", "Prosecutors accused the mayor of taking bribes."),
        ("fr", "COERCE", "arrest", "", "", "La police a placé le suspect en garde à vue."),
        ("en", "THREATEN", "", "", "", "The army warned that its troops would respond to any attack."),
        ("en", "PROTEST", "", "", "", "Thousands of people protested in Moscow against the war."),
        ("fr", "PROTEST", "", "", "", "Des milliers de personnes ont manifesté à Moscou contre la guerre."),
        ("en", "ASSAULT", "", "", "", "Troops raided a militant hideout, killing four fighters."),
    ],
)
def test_neighbouring_types_and_their_parties(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    COLUMNS,
    [
        pytest.param(
            "en",
            "ACCUSE",
            "",
            "Beijing",
            "Washington",
            "Beijing protested to Washington over the arms sale to Taiwan.",
            marks=pytest.mark.xfail(
                reason="a country named inside the grievance wins over the addressee of 'protested to'", strict=True
            ),
        ),
        pytest.param(
            "en",
            "NONE",
            "",
            "",
            "",
            "The weather service warned that heavy rain would hit the coast.",
            marks=pytest.mark.xfail(
                reason="'hit' is an attack word: the forecast keeps the reading of a threat", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "ACCUSE",
            "",
            "Moscou",
            "Londres",
            "Moscou a protesté auprès de Londres contre l'expulsion de ses diplomates.",
            marks=pytest.mark.xfail(
                reason="the object of the grievance wins over the addressee of 'auprès de'", strict=True
            ),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "",
            "",
            "The delegation walked out of the peace talks.",
            marks=pytest.mark.xfail(
                reason="walking out of talks is read as a strike, and 'delegation' is no known party", strict=True
            ),
        ),
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "The junta suspended the constitution.",
            marks=pytest.mark.xfail(
                reason="a row for it split a state of siege's participle clause into a second coercion (PLOVER study)",
                strict=True,
            ),
        ),
        pytest.param(
            "fr",
            "COERCE",
            "",
            "",
            "",
            "La junte a suspendu la Constitution.",
            marks=pytest.mark.xfail(
                reason="as in English: suspending a constitution stays a suspension of relations", strict=True
            ),
        ),
        pytest.param(
            "fr",
            "CONSULT",
            "",
            "",
            "",
            "Le ministre iranien s'est rendu à Pékin.",
            marks=pytest.mark.xfail(reason="French 'se rendre à' (a visit, or a surrender) is not read", strict=True),
        ),
        pytest.param(
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "North Korea launched a ballistic missile into the sea.",
            marks=pytest.mark.xfail(reason="a missile launched at nobody is not read as a test", strict=True),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "European Union",
            "Russia",
            "Sanctions were imposed on Russia by the European Union.",
            marks=pytest.mark.xfail(
                reason="the 'on' phrase of a passive event noun's verb names no recipient", strict=True
            ),
        ),
        pytest.param(
            "en",
            "CONSULT",
            "",
            "Qatar",
            "",
            "The talks were hosted by Qatar.",
            marks=pytest.mark.xfail(reason="talks as the passive subject of 'host' give no event", strict=True),
        ),
    ],
)
def test_confusions_left_open(lang, etype, mode, actor, recipient, text):
    check(lang, etype, mode, actor, recipient, text)
