"""The English language data files (event triggers, modes, quantities, dates, reporting words, support verbs,
modifiers, place cues) are well formed, use only PLOVER types and modes, and agree with the spaCy model that
reads English text.

Every trigger, mode word and reporting verb has a natural example sentence below; the English model
(`en/language.json`, see docs/english-model.md) must give the listed lemma (sequence) in it, so a lemma the
model never produces is caught here rather than as a silently missed event.
"""
from __future__ import annotations

import json

import pytest

from eventmill.resources import ROOT
from eventmill.text import norm
from lexicon_tables import _dicts, _int_or_none, _plover, _raw, _show, _units

# ---------------------------------------------------------------------------------------------------
# Example sentences (tagged by language through the test ids)
# ---------------------------------------------------------------------------------------------------

TRIGGER_EXAMPLES = [
    # rows that need a given object (column object)
    ('share', 'VERB', 'Israeli officials shared intelligence with the United States.'),
    ('exchange', 'VERB', 'The two armies exchanged intelligence on the rebels.'),
    ('strengthen', 'VERB', 'Israel has strengthened its forces in Lebanon.'),
    ('open', 'VERB', 'Uzbekistan opened the bridge to aid convoys.'),
    ('restriction', 'NOUN', 'The restrictions on travel were harsh.'),
    ('expel', 'VERB', 'Switzerland expelled two Russian diplomats for spying.'),
    ('recall', 'VERB', 'France recalled its ambassador from Rome.'),
    ('withdraw', 'VERB', 'The UN withdrew its observers from the region.'),
    ('close', 'VERB', 'Russia closed its southern borders with Iran.'),
    ('reduce', 'VERB', 'The agency reduced food supplies to the camp.'),
    ('cut', 'VERB', 'The government cut aid to the province.'),
    ("instruction", "NOUN", "The minister sent instructions to strengthen security."),
    # (lemma, pos, sentence): the model must give the lemma (sequence) in the sentence
    # ASSAULT
    ('kill', 'VERB', 'Six civilians were killed in the attack.'),
    ('murder', 'VERB', 'The journalist was murdered outside his home.'),
    ('assassinate', 'VERB', 'The governor was assassinated on Monday.'),
    ('execute', 'VERB', 'The hostages were executed by the militants.'),
    ('massacre', 'VERB', 'Villagers were massacred by the militia.'),
    ('slaughter', 'VERB', 'Gunmen slaughtered dozens of villagers.'),
    ('slay', 'VERB', 'Two priests were slain in the raid.'),
    ('behead', 'VERB', 'The militants beheaded a captured soldier.'),
    ('decapitate', 'VERB', 'The victims had been decapitated.'),
    ('lynch', 'VERB', 'The suspect was lynched by a mob.'),
    ('shoot', 'VERB', 'Police shot a man near the station.'),
    ('shoot dead', 'VERB', 'Soldiers shot dead two protesters.'),
    ('gun down', 'VERB', 'Gunmen gunned down a police officer.'),
    ('stab', 'VERB', 'A man stabbed two passers-by.'),
    ('stab to death', 'VERB', 'The woman was stabbed to death in her home.'),
    ('beat to death', 'VERB', 'The man was beaten to death by guards.'),
    ('hack to death', 'VERB', 'The villagers were hacked to death.'),
    ('die', 'VERB', 'Three people died in the attack.'),
    ('perish', 'VERB', 'Ten soldiers perished in the ambush.'),
    ('succumb', 'VERB', 'He succumbed to his wounds.'),
    ('lose their life', 'VERB', 'Twelve people lost their lives in the bombing.'),
    ('lose his life', 'VERB', 'A soldier lost his life in the attack.'),
    ('wound', 'VERB', 'The blast wounded twelve people.'),
    ('injure', 'VERB', 'The explosion injured four passers-by.'),
    ('hurt', 'VERB', 'Five people were hurt in the blast.'),
    ('wounded', 'VERB', 'Two wounded men died later in hospital.'),
    ('attack', 'VERB', 'Gunmen attacked a police post.'),
    ('assault', 'VERB', 'Troops assaulted the rebel stronghold.'),
    ('raid', 'VERB', 'Soldiers raided the village at dawn.'),
    ('storm', 'VERB', 'Special forces stormed the building.'),
    ('strike', 'VERB', 'A missile struck a hospital.'),
    ('hit', 'VERB', 'A rocket hit a school in the town.'),
    ('ambush', 'VERB', 'Insurgents ambushed a military convoy.'),
    ('bomb', 'VERB', 'Warplanes bombed the rebel positions.'),
    ('bombard', 'VERB', 'The navy bombarded the coast.'),
    ('shell', 'VERB', 'Rebels shelled the city for hours.'),
    ('pound', 'VERB', 'Artillery pounded the rebel positions.'),
    ('fire on', 'VERB', 'Soldiers fired on the protesters.'),
    ('fire at', 'VERB', 'Troops fired at the crowd.'),
    ('fire upon', 'VERB', 'The guards fired upon the prisoners.'),
    ('fire into', 'VERB', 'Police fired into the crowd.'),
    ('open fire', 'VERB', 'Police opened fire on the crowd.'),
    ('fire rocket', 'VERB', 'Militants fired rockets at the town.'),
    ('fire missile', 'VERB', 'The army fired missiles at the base.'),
    ('exchange fire', 'VERB', 'Troops exchanged fire with the gunmen.'),
    ('explode', 'VERB', 'A bomb exploded in the market.'),
    ('detonate', 'VERB', 'The attacker detonated a bomb at the checkpoint.'),
    ('blow up', 'VERB', 'Insurgents blew up a bridge.'),
    ('go off', 'VERB', 'A bomb went off near the station.'),
    ('blow himself up', 'VERB', 'A suicide bomber blew himself up at the checkpoint.'),
    ('blow themselves up', 'VERB', 'The attackers blew themselves up outside the embassy.'),
    ('kidnap', 'VERB', 'Gunmen kidnapped three engineers.'),
    ('abduct', 'VERB', 'Militants abducted a journalist.'),
    ('take hostage', 'VERB', 'Ten tourists were taken hostage.'),
    ('hold hostage', 'VERB', 'The crew was held hostage for a month.'),
    ('hijack', 'VERB', 'Pirates hijacked a cargo ship.'),
    ('torture', 'VERB', 'Detainees were tortured in custody.'),
    ('rape', 'VERB', 'Soldiers rape women with impunity, the report said.'),
    ('sexually assault', 'VERB', 'Guards sexually assaulted detainees.'),
    ('sexually abuse', 'VERB', 'Officers sexually abused migrants.'),
    ('beat up', 'VERB', 'Police beat up a journalist.'),
    ('mistreat', 'VERB', 'Prisoners were mistreated by guards.'),
    ('maltreat', 'VERB', 'Guards maltreated the detainees.'),
    ('flog', 'VERB', 'Guards flogged the prisoner in public.'),
    ('stone', 'VERB', 'Protesters stoned a police car.'),
    ('mutilate', 'VERB', 'The militiamen mutilated their victims.'),
    ('maim', 'VERB', 'The explosion maimed dozens of people.'),
    ('poison', 'VERB', 'The dissident was poisoned.'),
    ('gas', 'VERB', 'The regime gassed its own people.'),
    ('torch', 'VERB', 'Rioters torched several cars.'),
    ('set fire', 'VERB', 'The mob set fire to a police station.'),
    ('burn down', 'VERB', 'Militants burned down a school.'),
    ('loot', 'VERB', 'Shops were looted overnight.'),
    ('ransack', 'VERB', 'Militiamen ransacked the offices.'),
    ('vandalize', 'VERB', 'Vandals vandalized the polling station.'),
    ('vandalise', 'VERB', 'Protesters vandalised the party offices.'),
    ('destroy', 'VERB', 'Several houses were destroyed in the shelling.'),
    ('demolish', 'VERB', 'Bulldozers demolished homes in the village.'),
    ('raze', 'VERB', 'The village was razed by the army.'),
    ('sabotage', 'VERB', 'Rebels sabotaged the pipeline.'),
    ('besiege', 'VERB', 'Government troops besieged the city.'),
    ('lay siege', 'VERB', 'The army laid siege to the town.'),
    ('invade', 'VERB', 'Troops invaded the neighbouring country.'),
    ('overrun', 'VERB', 'Rebels overran an army base.'),
    ('capture', 'VERB', 'Rebels captured three soldiers.'),
    ('recapture', 'VERB', 'The army recaptured the town.'),
    ('retake', 'VERB', 'Government forces have retaken the airport.'),
    ('seize control', 'VERB', 'Rebels seized control of the town.'),
    ('fight', 'VERB', 'The two sides fought through the night.'),
    ('battle', 'VERB', 'Troops battled insurgents near the border.'),
    ('clash', 'VERB', 'Protesters clashed with police.'),
    ('skirmish', 'VERB', 'Rival militias skirmished near the port.'),
    ('retaliate', 'VERB', 'The army retaliated with artillery fire.'),
    ('neutralize', 'VERB', 'The attacker was neutralized by police.'),
    ('neutralise', 'VERB', 'Police neutralised the gunman.'),
    ('shoot down', 'VERB', 'Rebels shot down a helicopter.'),
    ('wage war', 'VERB', 'Armed groups wage war on the state.'),
    ('come under attack', 'VERB', 'The convoy came under attack near the border.'),
    ('come under fire', 'VERB', 'The patrol came under fire in the village.'),
    ('claim the life', 'VERB', 'The bombing claimed the lives of twenty people.'),
    ('attack', 'NOUN', 'The attack killed ten people.'),
    ('assault', 'NOUN', 'The assault began at dawn.'),
    ('offensive', 'NOUN', 'The offensive was launched in March.'),
    ('counteroffensive', 'NOUN', 'The army launched a counteroffensive.'),
    ('counter-offensive', 'NOUN', 'The army launched a counter-offensive.'),
    ('raid', 'NOUN', 'A raid targeted a training camp.'),
    ('air raid', 'NOUN', 'An air raid hit the hospital.'),
    ('air strike', 'NOUN', 'An air strike killed ten people.'),
    ('airstrike', 'NOUN', 'The airstrike killed ten people.'),
    ('drone strike', 'NOUN', 'A drone strike killed four militants.'),
    ('missile strike', 'NOUN', 'A missile strike destroyed the depot.'),
    ('air attack', 'NOUN', 'An air attack hit the convoy.'),
    ('drone attack', 'NOUN', 'A drone attack targeted the airport.'),
    ('rocket attack', 'NOUN', 'A rocket attack hit the base.'),
    ('mortar attack', 'NOUN', 'A mortar attack hit the camp.'),
    ('missile attack', 'NOUN', 'A missile attack damaged the port.'),
    ('bombing', 'NOUN', 'The bombing killed ten people.'),
    ('suicide bombing', 'NOUN', 'A suicide bombing killed twelve people.'),
    ('suicide attack', 'NOUN', 'A suicide attack targeted the base.'),
    ('car bombing', 'NOUN', 'A car bombing killed six people.'),
    ('explosion', 'NOUN', 'An explosion rocked the capital.'),
    ('blast', 'NOUN', 'The blast shattered windows.'),
    ('detonation', 'NOUN', 'The detonation was heard across the city.'),
    ('shelling', 'NOUN', 'The shelling continued overnight.'),
    ('bombardment', 'NOUN', 'The bombardment lasted three days.'),
    ('artillery fire', 'NOUN', 'Artillery fire hit the village.'),
    ('rocket fire', 'NOUN', 'Rocket fire hit the town.'),
    ('mortar fire', 'NOUN', 'Mortar fire killed two soldiers.'),
    ('shooting', 'NOUN', 'The shooting left three dead.'),
    ('gunfire', 'NOUN', 'Gunfire was heard in the capital.'),
    ('shot', 'NOUN', 'Shots were heard near the palace.'),
    ('gunfight', 'NOUN', 'He was killed in a gunfight with police.'),
    ('gun battle', 'NOUN', 'A gun battle broke out near the border.'),
    ('gunbattle', 'NOUN', 'A gunbattle broke out near the border.'),
    ('firefight', 'NOUN', 'A firefight lasted two hours.'),
    ('shootout', 'NOUN', 'Two suspects died in a shootout.'),
    ('exchange of fire', 'NOUN', 'An exchange of fire lasted an hour.'),
    ('clash', 'NOUN', 'Clashes broke out between rebels and troops.'),
    ('fighting', 'NOUN', 'Heavy fighting continued in the north.'),
    ('battle', 'NOUN', 'The battle for the city continues.'),
    ('combat', 'NOUN', 'Combat resumed on Tuesday.'),
    ('hostility', 'NOUN', 'Hostilities resumed after the truce.'),
    ('skirmish', 'NOUN', 'A skirmish broke out at the border.'),
    ('ambush', 'NOUN', 'Four soldiers died in an ambush.'),
    ('incursion', 'NOUN', 'An incursion was reported in the north.'),
    ('invasion', 'NOUN', 'The invasion began in February.'),
    ('siege', 'NOUN', 'The siege of the city lasted months.'),
    ('violence', 'NOUN', 'Violence broke out after the vote.'),
    ('bloodshed', 'NOUN', 'The bloodshed continued for weeks.'),
    ('insurgency', 'NOUN', 'The insurgency has killed thousands.'),
    ('military operation', 'NOUN', 'A military operation was launched in the north.'),
    ('military intervention', 'NOUN', 'The military intervention began in March.'),
    ('assassination', 'NOUN', 'The assassination of the governor shocked the country.'),
    ('assassination attempt', 'NOUN', 'The assassination attempt failed.'),
    ('murder', 'NOUN', 'Police are investigating the murder.'),
    ('homicide', 'NOUN', 'The homicide remains unsolved.'),
    ('massacre', 'NOUN', 'The massacre left dozens dead.'),
    ('killing', 'NOUN', 'The killing of the journalist sparked outrage.'),
    ('slaughter', 'NOUN', 'The slaughter of civilians was condemned.'),
    ('carnage', 'NOUN', 'The carnage left forty dead.'),
    ('execution', 'NOUN', 'Summary executions have increased.'),
    ('beheading', 'NOUN', 'A video of the beheading was released.'),
    ('lynching', 'NOUN', 'The lynching of the suspect was filmed.'),
    ('beating', 'NOUN', 'The beating of the detainee was filmed.'),
    ('kidnapping', 'NOUN', 'The kidnapping was claimed by the group.'),
    ('abduction', 'NOUN', 'The abduction took place in broad daylight.'),
    ('hostage-taking', 'NOUN', 'The hostage-taking ended after ten hours.'),
    ('hijacking', 'NOUN', 'The hijacking ended peacefully.'),
    ('torture', 'NOUN', 'The detainees suffered torture.'),
    ('rape', 'NOUN', 'Rape has been used as a weapon of war.'),
    ('sexual assault', 'NOUN', 'Reports of sexual assault have increased.'),
    ('sexual violence', 'NOUN', 'Sexual violence was widespread.'),
    ('mutilation', 'NOUN', 'Mutilations were reported in the camps.'),
    ('stoning', 'NOUN', 'The stoning of the woman was condemned.'),
    ('stabbing', 'NOUN', 'The stabbing took place near the mosque.'),
    ('knife attack', 'NOUN', 'A knife attack wounded three people.'),
    ('looting', 'NOUN', 'Looting was reported across the city.'),
    ('vandalism', 'NOUN', 'Acts of vandalism were reported.'),
    ('destruction', 'NOUN', 'The destruction of the bridge cut the road.'),
    ('sabotage', 'NOUN', 'The sabotage halted oil exports.'),
    ('arson', 'NOUN', 'Police suspect arson.'),
    ('arson attack', 'NOUN', 'An arson attack destroyed the mosque.'),
    ('dead', 'NOUN', 'The dead included two children.'),
    ('death', 'NOUN', 'The deaths were confirmed by the hospital.'),
    ('fatality', 'NOUN', 'The fatalities included two children.'),
    ('casualty', 'NOUN', 'The casualties included women and children.'),
    ('injury', 'NOUN', 'Three people suffered injuries.'),
    ('ethnic cleansing', 'NOUN', 'The report accused the militia of ethnic cleansing.'),
    # PROTEST
    ('protest', 'VERB', 'Thousands protested against the new law.'),
    ('demonstrate', 'VERB', 'Students demonstrated in the capital.'),
    ('rally', 'VERB', 'Supporters rallied outside parliament.'),
    ('march', 'VERB', 'Thousands marched through the city centre.'),
    ('take to the streets', 'VERB', 'Thousands took to the streets of the capital.'),
    ('chant', 'VERB', 'Protesters chanted slogans against the president.'),
    ('go on strike', 'VERB', 'Dock workers went on strike on Monday.'),
    ('walk out', 'VERB', 'Nurses walked out over pay.'),
    ('go on hunger strike', 'VERB', 'The prisoners went on hunger strike.'),
    ('boycott', 'VERB', 'The opposition boycotted the election.'),
    ('block', 'VERB', 'Farmers blocked the main road.'),
    ('riot', 'VERB', 'Prisoners rioted at the jail.'),
    ('revolt', 'VERB', 'The peasants revolted against the landlords.'),
    ('rise up', 'VERB', 'The people rose up against the regime.'),
    ('picket', 'VERB', 'Workers picketed the factory gates.'),
    ('protest', 'NOUN', 'The protest drew thousands of people.'),
    ('demonstration', 'NOUN', 'The demonstration was peaceful.'),
    ('rally', 'NOUN', 'The rally drew ten thousand people.'),
    ('march', 'NOUN', 'The march ended outside parliament.'),
    ('vigil', 'NOUN', 'Hundreds attended a vigil for the victims.'),
    ('sit-in', 'NOUN', 'Students staged a sit-in at the ministry.'),
    ('protester', 'NOUN', 'A protester was arrested.'),
    ('protestor', 'NOUN', 'A protestor was injured.'),
    ('demonstrator', 'NOUN', 'Demonstrators gathered in the square.'),
    ('human chain', 'NOUN', 'Activists formed a human chain around the parliament.'),
    ('civil disobedience', 'NOUN', 'The campaign of civil disobedience continued.'),
    ('strike', 'NOUN', 'The strike paralysed the port.'),
    ('general strike', 'NOUN', 'Unions called a general strike.'),
    ('walkout', 'NOUN', 'The walkout closed the schools.'),
    ('striker', 'NOUN', 'Strikers gathered outside the factory.'),
    ('work stoppage', 'NOUN', 'A work stoppage halted production.'),
    ('picket line', 'NOUN', 'Police broke up the picket line.'),
    ('hunger strike', 'NOUN', 'The prisoner began a hunger strike.'),
    ('riot', 'NOUN', 'Riots broke out in the capital.'),
    ('rioter', 'NOUN', 'Rioters set fire to cars.'),
    ('unrest', 'NOUN', 'Unrest spread to other cities.'),
    ('uprising', 'NOUN', 'The uprising was crushed.'),
    ('revolt', 'NOUN', 'The revolt spread to the provinces.'),
    ('mutiny', 'NOUN', 'A mutiny broke out in the barracks.'),
    ('barricade', 'NOUN', 'Protesters erected barricades.'),
    ('boycott', 'NOUN', 'The boycott of the election was widespread.'),
    # COERCE
    ('arrest', 'VERB', 'Police arrested three suspects.'),
    ('detain', 'VERB', 'Security forces detained dozens of activists.'),
    ('apprehend', 'VERB', 'Police apprehended the suspect.'),
    ('jail', 'VERB', 'The court jailed the activist for five years.'),
    ('imprison', 'VERB', 'The regime imprisoned its critics.'),
    ('incarcerate', 'VERB', 'The dissidents were incarcerated without trial.'),
    ('take into custody', 'VERB', 'The suspect was taken into custody.'),
    ('round up', 'VERB', 'Police rounded up dozens of migrants.'),
    ('place under house arrest', 'VERB', 'The opposition leader was placed under house arrest.'),
    ('put under house arrest', 'VERB', 'The general was put under house arrest.'),
    ('sentence', 'VERB', 'The court sentenced him to ten years in prison.'),
    ('handcuff', 'VERB', 'Officers handcuffed the protester.'),
    ('deport', 'VERB', 'The government deported two hundred migrants.'),
    ('expel', 'VERB', 'The country expelled the foreign journalists.'),
    ('evict', 'VERB', 'Settlers evicted the families from their homes.'),
    ('banish', 'VERB', 'The king banished his rivals.'),
    ('exile', 'VERB', 'The regime exiled the opposition leader.'),
    ('force out', 'VERB', 'The army forced out hundreds of residents.'),
    ('censor', 'VERB', 'The government censored the newspaper.'),
    ('ban', 'VERB', 'The government banned the opposition party.'),
    ('outlaw', 'VERB', 'Parliament outlawed the group.'),
    ('prohibit', 'VERB', 'Authorities prohibited public gatherings.'),
    ('proscribe', 'VERB', 'The government proscribed the organisation.'),
    ('bar', 'VERB', 'Candidates were barred from the election.'),
    ('dissolve', 'VERB', 'The court dissolved the party.'),
    ('confiscate', 'VERB', 'Police confiscated weapons from the group.'),
    ('seize', 'VERB', 'Customs officers seized a shipment of arms.'),
    ('impound', 'VERB', 'Police impounded the vehicles.'),
    ('crack down', 'VERB', 'Police cracked down on the protesters.'),
    ('repress', 'VERB', 'The regime repressed the uprising.'),
    ('suppress', 'VERB', 'Troops suppressed the rebellion.'),
    ('quell', 'VERB', 'Police quelled the unrest.'),
    ('disperse', 'VERB', 'Police dispersed the crowd with tear gas.'),
    ('blockade', 'VERB', 'The navy blockaded the port.'),
    ('cordon off', 'VERB', 'Police will cordon off the area.'),
    ('seal off', 'VERB', 'Troops sealed off the city.'),
    ('lock down', 'VERB', 'Authorities locked down the district.'),
    ('cut off', 'VERB', 'The authorities cut off electricity to the region.'),
    ('arrest', 'NOUN', 'The arrest sparked protests.'),
    ('detention', 'NOUN', 'His detention was extended.'),
    ('custody', 'NOUN', 'He died in police custody.'),
    ('imprisonment', 'NOUN', 'He faces life imprisonment.'),
    ('incarceration', 'NOUN', 'His incarceration drew criticism.'),
    ('house arrest', 'NOUN', 'She remains under house arrest.'),
    ('arrest warrant', 'NOUN', 'The court issued an arrest warrant for the general.'),
    ('prison sentence', 'NOUN', 'He received a prison sentence.'),
    ('jail sentence', 'NOUN', 'She received a jail sentence.'),
    ('jail term', 'NOUN', 'He was handed a six-year jail term.'),
    ('death sentence', 'NOUN', 'The death sentence was upheld.'),
    ('roundup', 'NOUN', 'The roundup of activists continued.'),
    ('crackdown', 'NOUN', 'The crackdown on dissent intensified.'),
    ('repression', 'NOUN', 'The repression of the protests was condemned.'),
    ('expulsion', 'NOUN', 'The expulsion of the journalists was condemned.'),
    ('deportation', 'NOUN', 'The deportation of the refugees began.'),
    ('eviction', 'NOUN', 'The eviction of the families was condemned.'),
    ('censorship', 'NOUN', 'Censorship of the press increased.'),
    ('ban', 'NOUN', 'The ban on the party was lifted.'),
    ('curfew', 'NOUN', 'A curfew was imposed on the city.'),
    ('state of emergency', 'NOUN', 'A state of emergency was declared.'),
    ('martial law', 'NOUN', 'Martial law was declared in the province.'),
    ('state of siege', 'NOUN', 'A state of siege was declared in the capital.'),
    ('confiscation', 'NOUN', 'The confiscation of land angered farmers.'),
    ('seizure', 'NOUN', 'The seizure of the tanker was condemned.'),
    ('lockdown', 'NOUN', 'A lockdown was imposed on the district.'),
    ('internet shutdown', 'NOUN', 'The internet shutdown lasted a week.'),
    ('blockade', 'NOUN', 'The blockade of the port continued.'),
    ('hack into', 'VERB', "Hackers hacked into the ministry's computers."),
    ('cyberattack', 'NOUN', "A cyberattack shut down the ministry's website."),
    ('cyber attack', 'NOUN', "A cyber attack shut down the ministry's website."),
    # SANCTION
    ('sanction', 'VERB', 'Washington sanctioned three officials.'),
    ('freeze', 'VERB', 'The bank froze the assets of the minister.'),
    ('sever', 'VERB', 'The country severed diplomatic ties with its neighbour.'),
    ('break off', 'VERB', 'Both countries broke off diplomatic relations.'),
    ('cut ties', 'VERB', 'The government cut ties with the group.'),
    ('suspend', 'VERB', 'The government suspended aid to the region.'),
    ('cancel', 'VERB', 'The minister cancelled his visit.'),
    ('walk out of', 'VERB', 'The delegation walked out of the talks.'),
    ('recall its ambassador', 'VERB', 'France recalled its ambassador.'),
    ('withdraw its ambassador', 'VERB', 'The country withdrew its ambassador.'),
    ('blacklist', 'VERB', 'The ministry blacklisted three companies.'),
    ('convict', 'VERB', 'A court convicted the former minister of corruption.'),
    ('find guilty', 'VERB', 'He was found guilty of fraud.'),
    ('sanction', 'NOUN', 'New sanctions were imposed on the country.'),
    ('embargo', 'NOUN', 'The arms embargo was extended.'),
    ('asset freeze', 'NOUN', 'The asset freeze was extended.'),
    ('tariff', 'NOUN', 'Washington imposed new tariffs on steel.'),
    ('suspension', 'NOUN', 'The suspension of aid was announced.'),
    ('severance', 'NOUN', 'The severance of ties was announced.'),
    ('cancellation', 'NOUN', 'The cancellation of the summit was announced.'),
    ('exclusion', 'NOUN', 'The exclusion of the country from the bloc was announced.'),
    ('border closure', 'NOUN', 'The border closure hit trade.'),
    ('fine', 'NOUN', 'The company paid a fine.'),
    ('conviction', 'NOUN', 'The conviction was upheld on appeal.'),
    ('guilty verdict', 'NOUN', 'The guilty verdict was welcomed.'),
    ('blacklist', 'NOUN', 'The company was put on a blacklist.'),
    ('close the border', 'VERB', 'Russia threatened to close the border with Georgia.'),
    ('close its border', 'VERB', 'The country closed its border with Iran.'),
    # MOBILIZE
    ('deploy', 'VERB', 'The army deployed troops to the border.'),
    ('mobilize', 'VERB', 'The government mobilized reservists.'),
    ('mobilise', 'VERB', 'Britain mobilised army reservists.'),
    ('dispatch', 'VERB', 'The government dispatched troops to the region.'),
    ('send troops', 'VERB', 'The country sent troops to the border.'),
    ('amass', 'VERB', 'Russia amassed troops on the border.'),
    ('mass troops', 'VERB', 'The army massed troops near the frontier.'),
    ('station', 'VERB', 'The country stationed troops in the region.'),
    ('patrol', 'VERB', 'Soldiers patrolled the streets.'),
    ('reinforce', 'VERB', 'The army reinforced its positions in the north.'),
    ('call up', 'VERB', 'The army called up reservists.'),
    ('put on alert', 'VERB', 'The army was put on alert.'),
    ('place on alert', 'VERB', 'The troops were placed on alert.'),
    ('test-fire', 'VERB', 'North Korea test-fired a missile.'),
    ('deployment', 'NOUN', 'The deployment of troops was announced.'),
    ('reinforcement', 'NOUN', 'Reinforcements arrived on Tuesday.'),
    ('patrol', 'NOUN', 'A patrol was sent to the village.'),
    ('military exercise', 'NOUN', 'The military exercises began on Monday.'),
    ('military drill', 'NOUN', 'The military drills lasted a week.'),
    ('war game', 'NOUN', 'The navy held war games near the island.'),
    ('manoeuvre', 'NOUN', 'The army held manoeuvres near the border.'),
    ('maneuver', 'NOUN', 'The army held maneuvers near the border.'),
    ('missile test', 'NOUN', 'The missile test was condemned.'),
    ('nuclear test', 'NOUN', 'The nuclear test was condemned.'),
    ('missile launch', 'NOUN', 'The missile launch was condemned.'),
    ('high alert', 'NOUN', 'The army was on high alert.'),
    ('state of alert', 'NOUN', 'Troops were placed in a state of alert.'),
    ('military buildup', 'NOUN', 'The military buildup alarmed neighbours.'),
    ('troop buildup', 'NOUN', 'The troop buildup continued.'),
    ('military build-up', 'NOUN', 'The military build-up alarmed neighbours.'),
    ('show of force', 'NOUN', 'The parade was a show of force.'),
    ('general mobilization', 'NOUN', 'The government ordered a general mobilization.'),
    ('general mobilisation', 'NOUN', 'The government ordered a general mobilisation.'),
    ('militarization', 'NOUN', 'The militarization of the island alarmed neighbours.'),
    ('alert', 'NOUN', 'Troops remained on alert along the border.'),
    # THREATEN
    ('threaten', 'VERB', 'The rebels threatened to attack the city.'),
    ('warn', 'VERB', 'The president warned of retaliation.'),
    ('caution', 'VERB', 'The minister cautioned against any attack.'),
    ('intimidate', 'VERB', 'Militiamen intimidated voters.'),
    ('menace', 'VERB', 'Armed men menaced the villagers.'),
    ('blackmail', 'VERB', 'The group blackmailed the minister.'),
    ('coerce', 'VERB', 'Employees were coerced into voting.'),
    ('pressure', 'VERB', 'The government is pressuring employees to vote.'),
    ('threaten to kill', 'VERB', 'The gunmen threatened to kill the hostages.'),
    ('threat', 'NOUN', 'The threat was taken seriously.'),
    ('death threat', 'NOUN', 'The journalist received death threats.'),
    ('ultimatum', 'NOUN', 'The rebels issued an ultimatum.'),
    ('warning', 'NOUN', 'The warning came after the attack.'),
    ('intimidation', 'NOUN', 'Voters complained of intimidation.'),
    ('blackmail', 'NOUN', 'The minister denounced the blackmail.'),
    ('reprisal', 'NOUN', 'The group vowed reprisals.'),
    ('vow revenge', 'VERB', 'The group vowed revenge for the killing.'),
    ('vow to retaliate', 'VERB', 'The army vowed to retaliate against the rebels.'),
    ('bomb threat', 'NOUN', 'A bomb threat forced the evacuation of the airport.'),
    ('sabre-rattling', 'NOUN', 'The sabre-rattling alarmed the neighbours.'),
    ('saber-rattling', 'NOUN', 'The saber-rattling alarmed the neighbors.'),
    # REQUEST
    ('demand', 'VERB', 'The opposition demanded the resignation of the minister.'),
    ('request', 'VERB', 'The government requested international help.'),
    ('ask', 'VERB', 'The minister asked the UN to send observers.'),
    ('call for', 'VERB', 'The opposition called for new elections.'),
    ('call on', 'VERB', 'The president called on the rebels to lay down their arms.'),
    ('call upon', 'VERB', 'The council called upon both sides to show restraint.'),
    ('urge', 'VERB', 'The UN urged both sides to exercise restraint.'),
    ('appeal', 'VERB', 'The Red Cross appealed for calm.'),
    ('plead', 'VERB', 'The families pleaded for the release of the hostages.'),
    ('beg', 'VERB', 'Opponents begged voters to stay home.'),
    ('implore', 'VERB', 'The mayor implored residents to stay indoors.'),
    ('exhort', 'VERB', 'The cleric exhorted his followers to remain calm.'),
    ('press', 'VERB', 'Washington pressed Cairo to release the activists.'),
    ('push for', 'VERB', 'The union pushed for higher wages.'),
    ('lobby for', 'VERB', 'The group lobbied for tougher sanctions.'),
    ('insist on', 'VERB', 'The rebels insisted on a prisoner exchange.'),
    ('order', 'VERB', 'The judge ordered the release of the prisoners.'),
    ('instruct', 'VERB', 'The minister instructed police to reinforce security.'),
    ('solicit', 'VERB', 'The government solicited foreign aid.'),
    ('seek asylum', 'VERB', 'The defector sought asylum in Germany.'),
    ('seek refuge', 'VERB', 'Thousands sought refuge in the neighbouring country.'),
    ('apply for asylum', 'VERB', 'The family applied for asylum in Canada.'),
    ('must', 'VERB', 'The rebels must lay down their arms, the minister said.'),
    ('demand', 'NOUN', 'The demand was rejected.'),
    ('request', 'NOUN', 'The request was granted.'),
    ('appeal', 'NOUN', 'The appeal for calm went unheeded.'),
    ('plea', 'NOUN', 'The plea for help was ignored.'),
    ('call for', 'NOUN', 'Calls for calm went unheeded.'),
    ('asylum request', 'NOUN', 'His asylum request was rejected.'),
    ('asylum application', 'NOUN', 'Her asylum application was rejected.'),
    ('asylum claim', 'NOUN', 'The asylum claim was rejected.'),
    # ACCUSE
    ('accuse', 'VERB', 'The government accused the rebels of violating the ceasefire.'),
    ('blame', 'VERB', 'Officials blamed the militants for the attack.'),
    ('allege', 'VERB', 'The group alleged that the election was rigged.'),
    ('charge', 'VERB', 'Prosecutors charged him with murder.'),
    ('indict', 'VERB', 'The former minister was indicted for corruption.'),
    ('prosecute', 'VERB', 'The state prosecuted the officers.'),
    ('sue', 'VERB', 'The businessman sued the government.'),
    ('put on trial', 'VERB', 'The generals were put on trial.'),
    ('file a complaint', 'VERB', 'The party filed a complaint with the commission.'),
    ('condemn', 'VERB', 'The UN condemned the attack.'),
    ('denounce', 'VERB', 'The opposition denounced the arrests.'),
    ('criticize', 'VERB', 'The minister criticized the decision.'),
    ('criticise', 'VERB', 'The minister criticised the decision.'),
    ('deplore', 'VERB', 'The UN deplored the violence.'),
    ('decry', 'VERB', 'Rights groups decried the verdict.'),
    ('slam', 'VERB', 'The opposition slammed the budget.'),
    ('castigate', 'VERB', 'The report castigated the police.'),
    ('censure', 'VERB', 'Parliament censured the minister.'),
    ('rebuke', 'VERB', 'The president rebuked his rivals.'),
    ('reprimand', 'VERB', 'The ministry reprimanded the ambassador.'),
    ('lambast', 'VERB', 'The opposition lambasted the government.'),
    ('complain', 'VERB', 'Lebanon complained to the United Nations.'),
    ('lash out', 'VERB', 'The president lashed out at his critics.'),
    ('express concern', 'VERB', 'The UN expressed concern over the arrests.'),
    ('voice concern', 'VERB', 'Diplomats voiced concern about the violence.'),
    ('summon', 'VERB', 'The ministry summoned the ambassador.'),
    ('investigate', 'VERB', 'Police are investigating the attack.'),
    ('probe', 'VERB', 'Prosecutors probed the deal.'),
    ('accusation', 'NOUN', 'The accusation was denied.'),
    ('allegation', 'NOUN', 'The allegations were denied.'),
    ('lawsuit', 'NOUN', 'The lawsuit was filed on Monday.'),
    ('complaint', 'NOUN', 'The complaint was filed with the court.'),
    ('indictment', 'NOUN', 'The indictment was unsealed on Friday.'),
    ('trial', 'NOUN', 'The trial opened on Monday.'),
    ('prosecution', 'NOUN', 'The prosecution of the officers began.'),
    ('condemnation', 'NOUN', 'The attack drew international condemnation.'),
    ('criticism', 'NOUN', 'The decision drew sharp criticism.'),
    ('denunciation', 'NOUN', 'The denunciation came from the opposition.'),
    ('outrage', 'NOUN', 'The killing sparked outrage.'),
    ('rebuke', 'NOUN', 'The decision drew a sharp rebuke.'),
    ('petition', 'NOUN', 'Activists launched a petition against the law.'),
    ('investigation', 'NOUN', 'An investigation was opened.'),
    ('inquiry', 'NOUN', 'The inquiry found no wrongdoing.'),
    ('enquiry', 'NOUN', 'The enquiry found no wrongdoing.'),
    ('probe', 'NOUN', 'Prosecutors opened a probe into the deal.'),
    # REJECT
    ('reject', 'VERB', 'The rebels rejected the peace plan.'),
    ('refuse', 'VERB', 'The government refused to negotiate.'),
    ('decline to', 'VERB', 'The minister declined to resign.'),
    ('rebuff', 'VERB', 'The government rebuffed the offer.'),
    ('spurn', 'VERB', 'The rebels spurned the offer of talks.'),
    ('veto', 'VERB', 'The United States vetoed the resolution.'),
    ('defy', 'VERB', 'Protesters defied the curfew.'),
    ('flout', 'VERB', 'The regime flouted the arms embargo.'),
    ('oppose', 'VERB', 'The party opposed the deployment of troops.'),
    ('dismiss', 'VERB', 'The rebels dismissed the appeal.'),
    ('turn down', 'VERB', 'The union turned down the offer.'),
    ('rule out', 'VERB', 'The government ruled out talks with the rebels.'),
    ('renege', 'VERB', 'The government reneged on its promise.'),
    ('rejection', 'NOUN', 'The rejection of the plan was expected.'),
    ('refusal', 'NOUN', 'The refusal angered the opposition.'),
    ('veto', 'NOUN', 'The veto blocked the resolution.'),
    ('defiance', 'NOUN', 'The defiance of the ban continued.'),
    ('objection', 'NOUN', 'The objection was overruled.'),
    ('disagreement', 'NOUN', 'The disagreement stalled the talks.'),
    ('snub', 'VERB', 'The president snubbed the summit.'),
    ('balk', 'VERB', 'The rebels balked at the terms of the deal.'),
    ('vote against', 'VERB', 'Parliament voted against the treaty.'),
    ('vote down', 'VERB', 'The senate voted down the bill.'),
    ('disobey', 'VERB', 'Soldiers disobeyed orders to fire on the crowd.'),
    ('snub', 'NOUN', 'The snub angered the host country.'),
    ('rebuff', 'NOUN', 'The rebuff ended hopes of talks.'),
    ('disobedience', 'NOUN', 'The disobedience of the troops alarmed the generals.'),
    # CONSULT
    ('meet', 'VERB', 'The president met the rebel leaders on Monday.'),
    ('visit', 'VERB', 'The foreign minister visited Moscow.'),
    ('host', 'VERB', 'The king hosted the delegation in his palace.'),
    ('negotiate', 'VERB', 'The two sides negotiated for three days.'),
    ('discuss', 'VERB', 'The ministers discussed the crisis.'),
    ('consult', 'VERB', 'The president consulted his allies.'),
    ('confer', 'VERB', 'The leaders conferred by telephone.'),
    ('convene', 'VERB', 'The council convened an emergency session.'),
    ('telephone', 'VERB', 'The president telephoned his counterpart.'),
    ('phone', 'VERB', 'The minister phoned his counterpart.'),
    ('speak by phone', 'VERB', 'The two leaders spoke by phone on Tuesday.'),
    ('speak by telephone', 'VERB', 'The two leaders spoke by telephone on Tuesday.'),
    ('hold talks', 'VERB', 'The two leaders held talks in Geneva.'),
    ('mediate', 'VERB', 'Qatar mediated between the two sides.'),
    ('broker', 'VERB', 'Egypt brokered the talks.'),
    ('meeting', 'NOUN', 'The meeting lasted two hours.'),
    ('talk', 'NOUN', 'The talks ended without agreement.'),
    ('negotiation', 'NOUN', 'The negotiations resumed in Geneva.'),
    ('discussion', 'NOUN', 'The discussions focused on security.'),
    ('dialogue', 'NOUN', 'The dialogue between the parties resumed.'),
    ('consultation', 'NOUN', 'The consultations continued on Friday.'),
    ('summit', 'NOUN', 'The summit opened in Brussels.'),
    ('peace conference', 'NOUN', 'The peace conference opened in Geneva.'),
    ('visit', 'NOUN', 'The visit was the first in a decade.'),
    ('state visit', 'NOUN', 'The state visit began on Monday.'),
    ('tour', 'NOUN', 'The minister began a tour of the region.'),
    ('phone call', 'NOUN', 'The phone call lasted an hour.'),
    ('telephone call', 'NOUN', 'The telephone call lasted an hour.'),
    ('video call', 'NOUN', 'The leaders held a video call.'),
    ('videoconference', 'NOUN', 'The ministers held a videoconference.'),
    ('video conference', 'NOUN', 'The ministers held a video conference.'),
    ('mediation', 'NOUN', 'The mediation failed.'),
    ('round table', 'NOUN', 'The round table brought together the parties.'),
    # AGREE
    ('agree', 'VERB', 'The two sides agreed to a ceasefire.'),
    ('accept', 'VERB', 'The rebels accepted the peace plan.'),
    ('promise', 'VERB', 'The government promised to hold elections.'),
    ('pledge', 'VERB', 'Donors pledged to rebuild the city.'),
    ('offer', 'VERB', 'The government offered talks to the rebels.'),
    ('propose', 'VERB', 'The mediators proposed a new timetable.'),
    ('consent', 'VERB', 'The government consented to the inspection.'),
    ('commit to', 'VERB', 'The government committed to holding elections.'),
    ('strike a deal', 'VERB', 'The two parties struck a deal on Friday.'),
    ('willing to', 'VERB', 'The rebels are willing to negotiate.'),
    ('ready to', 'VERB', 'The government is ready to resume talks.'),
    ('agreement', 'NOUN', 'The agreement was signed in Paris.'),
    ('deal', 'NOUN', 'The deal was reached after long talks.'),
    ('accord', 'NOUN', 'The accord ended the war.'),
    ('treaty', 'NOUN', 'The treaty was ratified last year.'),
    ('pact', 'NOUN', 'The pact was renewed.'),
    ('compromise', 'NOUN', 'A compromise was reached on Friday.'),
    ('consensus', 'NOUN', 'The parties reached a consensus on the budget.'),
    ('peace deal', 'NOUN', 'The peace deal was signed in Doha.'),
    ('peace agreement', 'NOUN', 'The peace agreement was signed in Doha.'),
    ('peace accord', 'NOUN', 'The peace accord was signed in Doha.'),
    ('armistice', 'NOUN', 'The armistice ended the fighting.'),
    ('memorandum of understanding', 'NOUN', 'A memorandum of understanding was signed.'),
    ('roadmap', 'NOUN', 'The roadmap sets a date for elections.'),
    ('road map', 'NOUN', 'The road map sets a date for elections.'),
    ('joint statement', 'NOUN', 'The ministers issued a joint statement.'),
    ('joint declaration', 'NOUN', 'The leaders signed a joint declaration.'),
    ('offer', 'NOUN', 'The offer was welcomed.'),
    ('proposal', 'NOUN', 'The proposal was put forward on Monday.'),
    ('promise', 'NOUN', 'The promise was made during the campaign.'),
    ('pledge', 'NOUN', 'The pledge was made at the summit.'),
    # SUPPORT
    ('support', 'VERB', 'France supports the peace plan.'),
    ('back', 'VERB', 'The party backed the candidate.'),
    ('endorse', 'VERB', 'The council endorsed the agreement.'),
    ('praise', 'VERB', 'The president praised the security forces.'),
    ('welcome', 'VERB', 'The government welcomed the decision.'),
    ('hail', 'VERB', 'The minister hailed the agreement.'),
    ('commend', 'VERB', 'The UN commended the peaceful elections.'),
    ('applaud', 'VERB', 'The opposition applauded the decision.'),
    ('congratulate', 'VERB', 'The president congratulated the winner.'),
    ('thank', 'VERB', 'The minister thanked the donors.'),
    ('approve', 'VERB', 'Parliament approved the agreement.'),
    ('sign', 'VERB', 'The two countries signed a treaty.'),
    ('ratify', 'VERB', 'The senate ratified the treaty.'),
    ('recognize', 'VERB', 'The country recognized the new government.'),
    ('recognise', 'VERB', 'Britain recognised the new state.'),
    ('defend', 'VERB', 'The minister defended the decision.'),
    ('encourage', 'VERB', 'The UN encouraged the talks.'),
    ('forgive', 'VERB', 'The leaders said they would forgive the president.'),
    ('side with', 'VERB', 'The party sided with the government.'),
    ('establish diplomatic relations', 'VERB', 'The two countries established diplomatic relations.'),
    ('establish diplomatic ties', 'VERB', 'The two countries established diplomatic ties.'),
    ('restore diplomatic relations', 'VERB', 'The two countries restored diplomatic relations.'),
    ('restore diplomatic ties', 'VERB', 'The two countries restored diplomatic ties.'),
    ('normalize relations', 'VERB', 'The two countries normalized relations.'),
    ('normalise relations', 'VERB', 'The two countries normalised relations.'),
    ('support', 'NOUN', 'The plan received broad support.'),
    ('backing', 'NOUN', 'The plan has the backing of the UN.'),
    ('endorsement', 'NOUN', 'The endorsement came on Monday.'),
    ('approval', 'NOUN', 'Parliament gave its approval.'),
    ('praise', 'NOUN', 'The decision drew praise from the UN.'),
    ('ratification', 'NOUN', 'The ratification of the treaty took years.'),
    ('signing', 'NOUN', 'The signing of the treaty took place in Paris.'),
    ('solidarity', 'NOUN', 'Leaders expressed solidarity with the victims.'),
    ('recognition', 'NOUN', 'The recognition of the new state angered Moscow.'),
    ('congratulation', 'NOUN', 'The president sent his congratulations.'),
    ('green light', 'NOUN', 'The council gave the green light to the mission.'),
    ('normalization', 'NOUN', 'The normalization of relations was announced.'),
    ('normalisation', 'NOUN', 'The normalisation of relations was announced.'),
    # CONCEDE
    ('concede', 'VERB', 'The government conceded to the demands of the strikers.'),
    ('back down', 'VERB', 'The government backed down after the protests.'),
    ('give in', 'VERB', 'The government gave in to the demands.'),
    ('cave in', 'VERB', 'The minister caved in to pressure.'),
    ('capitulate', 'VERB', 'The regime capitulated to the demands.'),
    ('relent', 'VERB', 'The authorities relented and reopened the border.'),
    ('accede', 'VERB', 'The government acceded to the demands.'),
    ('bow to', 'VERB', 'The government bowed to pressure.'),
    ('ease', 'VERB', 'Serbia eased emergency measures on Wednesday.'),
    ('relax', 'VERB', 'The authorities relaxed the restrictions.'),
    ('lift', 'VERB', 'The government lifted the curfew.'),
    ('repeal', 'VERB', 'Parliament repealed the law.'),
    ('rescind', 'VERB', 'The council rescinded the decree.'),
    ('pardon', 'VERB', 'The president pardoned the prisoners.'),
    ('apologize', 'VERB', 'The minister apologized to the victims.'),
    ('apologise', 'VERB', 'The government apologised for the killings.'),
    ('renounce', 'VERB', 'The group renounced violence.'),
    ('concession', 'NOUN', 'The concession was welcomed by the opposition.'),
    ('apology', 'NOUN', 'The apology was accepted.'),
    ('amnesty', 'NOUN', 'The amnesty covers political prisoners.'),
    ('pardon', 'NOUN', 'The pardon was announced on Monday.'),
    ('easing', 'NOUN', 'The easing of restrictions was announced.'),
    ('lifting', 'NOUN', 'The lifting of the curfew was announced.'),
    ('repeal', 'NOUN', 'The repeal of the law was announced.'),
    ('capitulation', 'NOUN', 'The capitulation ended the siege.'),
    # COOPERATE
    ('cooperate', 'VERB', 'The two countries cooperate on security.'),
    ('co-operate', 'VERB', 'The police co-operated with the investigators.'),
    ('collaborate', 'VERB', 'The agencies collaborated on the inquiry.'),
    ('extradite', 'VERB', 'Zambia extradited the suspect to Britain.'),
    ('share intelligence', 'VERB', 'The two agencies shared intelligence on the group.'),
    ('share information', 'VERB', 'The two sides shared information on missing people.'),
    ('exchange information', 'VERB', 'The two countries exchanged information on water resources.'),
    ('join forces', 'VERB', 'The two groups joined forces against the government.'),
    ('team up', 'VERB', 'The two navies teamed up to fight piracy.'),
    ('ally', 'VERB', 'The party allied with the nationalists.'),
    ('cooperation', 'NOUN', 'The cooperation between the agencies improved.'),
    ('co-operation', 'NOUN', 'The co-operation between the agencies improved.'),
    ('collaboration', 'NOUN', 'The collaboration between the services was praised.'),
    ('partnership', 'NOUN', 'The partnership was renewed.'),
    ('alliance', 'NOUN', 'The alliance was formed in 2015.'),
    ('extradition', 'NOUN', 'The extradition of the suspect was approved.'),
    ('joint exercise', 'NOUN', 'The joint exercises began on Monday.'),
    ('joint military exercise', 'NOUN', 'The joint military exercises began on Monday.'),
    ('joint operation', 'NOUN', 'The joint operation targeted smugglers.'),
    ('joint patrol', 'NOUN', 'The joint patrols began last week.'),
    ('intelligence sharing', 'NOUN', 'Intelligence sharing between the countries increased.'),
    # AID
    ('aid', 'VERB', 'The navy aided the evacuation.'),
    ('assist', 'VERB', 'The army assisted the flood victims.'),
    ('provide', 'VERB', 'The United States provided intelligence to the army.'),
    ('supply', 'VERB', 'Iran supplied weapons to the militia.'),
    ('donate', 'VERB', 'The bank donated ten million dollars.'),
    ('fund', 'VERB', 'The government funded the reconstruction.'),
    ('finance', 'VERB', 'The bank financed the project.'),
    ('bankroll', 'VERB', 'Tehran bankrolled the militia.'),
    ('airlift', 'VERB', 'Planes airlifted supplies to the city.'),
    ('evacuate', 'VERB', 'Helicopters evacuated the wounded.'),
    ('rescue', 'VERB', 'Rescuers rescued twenty people.'),
    ('grant asylum', 'VERB', 'Peru granted asylum to the officers.'),
    ('aid', 'NOUN', 'The aid was delivered on Monday.'),
    ('assistance', 'NOUN', 'The assistance arrived last week.'),
    ('humanitarian aid', 'NOUN', 'Humanitarian aid reached the city.'),
    ('humanitarian assistance', 'NOUN', 'Humanitarian assistance reached the city.'),
    ('food aid', 'NOUN', 'Food aid reached the refugees.'),
    ('emergency aid', 'NOUN', 'Emergency aid was flown in.'),
    ('military aid', 'NOUN', 'Military aid was approved by Congress.'),
    ('military assistance', 'NOUN', 'Military assistance was increased.'),
    ('financial aid', 'NOUN', 'Financial aid was approved.'),
    ('economic aid', 'NOUN', 'Economic aid was suspended.'),
    ('relief supplies', 'NOUN', 'Relief supplies arrived by air.'),
    ('relief convoy', 'NOUN', 'A relief convoy reached the town.'),
    ('aid convoy', 'NOUN', 'An aid convoy reached the town.'),
    ('humanitarian convoy', 'NOUN', 'A humanitarian convoy reached the town.'),
    ('arms delivery', 'NOUN', 'The arms deliveries continued.'),
    ('arms shipment', 'NOUN', 'The arms shipment arrived on Friday.'),
    ('weapons delivery', 'NOUN', 'The weapons deliveries continued.'),
    ('donation', 'NOUN', 'The donation was announced on Monday.'),
    ('loan', 'NOUN', 'The loan was approved by the IMF.'),
    ('grant', 'NOUN', 'The grant will finance several projects.'),
    ('debt relief', 'NOUN', 'Debt relief was granted to the country.'),
    ('bailout', 'NOUN', 'The bailout was approved.'),
    ('asylum', 'NOUN', 'He was granted asylum.'),
    ('political asylum', 'NOUN', 'He was granted political asylum.'),
    ('send arms', 'VERB', 'The United States continued to send arms to the government.'),
    ('send weapons', 'VERB', 'Iran sends weapons to the militia.'),
    # RETREAT
    ('withdraw', 'VERB', 'The army withdrew from the town.'),
    ('pull out', 'VERB', 'The troops pulled out of the city.'),
    ('pull back', 'VERB', 'The rebels pulled back from the front line.'),
    ('retreat', 'VERB', 'The rebels retreated to the hills.'),
    ('lift the siege', 'VERB', 'The army lifted the siege of the city.'),
    ('release', 'VERB', 'The rebels released twenty hostages.'),
    ('set free', 'VERB', 'The militants set free two hostages.'),
    ('repatriate', 'VERB', 'The government repatriated the refugees.'),
    ('disarm', 'VERB', 'The militia disarmed under the agreement.'),
    ('demobilize', 'VERB', 'The guerrillas demobilized after the accord.'),
    ('demobilise', 'VERB', 'The fighters demobilised after the accord.'),
    ('lay down arms', 'VERB', 'The rebels agreed to lay down arms.'),
    ('lay down their arms', 'VERB', 'The rebels laid down their arms.'),
    ('surrender', 'VERB', 'Five hundred rebels surrendered last week.'),
    ('resign', 'VERB', 'The prime minister resigned on Sunday.'),
    ('step down', 'VERB', 'The president stepped down after the protests.'),
    ('withdrawal', 'NOUN', 'The withdrawal of troops began on Monday.'),
    ('pullout', 'NOUN', 'The pullout was completed in May.'),
    ('pull-out', 'NOUN', 'The pull-out was completed in May.'),
    ('retreat', 'NOUN', 'The retreat of the rebels was confirmed.'),
    ('release', 'NOUN', 'The release of the hostages was welcomed.'),
    ('prisoner exchange', 'NOUN', 'The prisoner exchange took place at the border.'),
    ('prisoner swap', 'NOUN', 'The prisoner swap took place at the border.'),
    ('repatriation', 'NOUN', 'The repatriation of refugees began.'),
    ('disarmament', 'NOUN', 'The disarmament of the militia began.'),
    ('demobilization', 'NOUN', 'The demobilization of the fighters began.'),
    ('demobilisation', 'NOUN', 'The demobilisation of the fighters began.'),
    ('surrender', 'NOUN', 'The surrender of the rebels ended the war.'),
    ('resignation', 'NOUN', 'The resignation of the minister was accepted.'),
    ('ceasefire', 'NOUN', 'The ceasefire took effect at midnight.'),
    ('cease-fire', 'NOUN', 'The cease-fire took effect at midnight.'),
    ('truce', 'NOUN', 'The truce was broken on Monday.'),
    ('humanitarian corridor', 'NOUN', 'A humanitarian corridor was opened.'),
    ('humanitarian access', 'NOUN', 'Humanitarian access has improved.'),
    ('safe passage', 'NOUN', 'The convoy was granted safe passage.'),
    # NONE
    ('with the help of', 'NOUN', 'They forced the door with the help of iron bars.'),
    ('with the support of', 'NOUN', 'The law passed with the support of the opposition.'),
    ('in support of', 'NOUN', 'He spoke in support of the bill.'),
    ('at the request of', 'NOUN', 'The meeting was held at the request of France.'),
    ('in aid of', 'NOUN', 'The concert was held in aid of the hospital.'),
    ('first aid', 'NOUN', 'Volunteers gave first aid to the passengers.'),
    ('press conference', 'NOUN', 'The minister spoke at a press conference.'),
    ('news conference', 'NOUN', 'The minister spoke at a news conference.'),
    ('press release', 'NOUN', 'The ministry issued a press release.'),
    ('release a statement', 'VERB', 'The ministry released a statement on Friday.'),
    ('decline to comment', 'VERB', 'The ministry declined to comment.'),
    ('refuse to comment', 'VERB', 'The police refused to comment.'),
    ('great deal', 'NOUN', 'The crisis caused a great deal of concern.'),
    ('good deal', 'NOUN', 'The plan drew a good deal of criticism.'),
    ('attack helicopter', 'NOUN', 'The army bought new attack helicopters.'),
    ('asylum seeker', 'NOUN', 'The asylum seekers were housed in a camp.'),
    ('with the aid of', 'NOUN', 'The prisoners escaped with the aid of a guard.'),
    ('decline to be named', 'VERB', 'A source, who declined to be named, confirmed the report.'),
    ('refuse to be named', 'VERB', 'A witness, who refused to be named, described the scene.'),
    ('weapon of mass destruction', 'NOUN', 'He was charged with using a weapon of mass destruction.'),
    ('approval rating', 'NOUN', "The president's approval rating fell."),
    ('ask not to be named', 'VERB', 'An official, who asked not to be named, confirmed the arrests.'),
    ('sign up', 'VERB', 'Readers can sign up to receive the newsletter.'),
    ('clinical trial', 'NOUN', 'The clinical trial ended in May.'),
    ('death penalty', 'NOUN', 'The country abolished the death penalty.'),
    ('release a video', 'VERB', 'The group released a video on Monday.'),
    ('release a report', 'VERB', 'The agency released a report on Tuesday.'),
    ('travel warning', 'NOUN', 'The State Department issued a travel warning for the country.'),
    ('travel advisory', 'NOUN', 'Britain updated its travel advisory for Kenya.'),
]

SURFACE_EXAMPLES = [
    # (form, pos, sentence): forms the model mislemmatises, listed in triggers.tsv as written
    ('raped', 'VERB', 'Women were raped by militiamen.'),
    ('retook', 'VERB', 'Government forces retook the airport.'),
    ('waged war', 'VERB', 'The group waged war on the government.'),
    ('cordoned off', 'VERB', 'Police cordoned off the area.'),
    ('fined', 'VERB', 'The court fined the company.'),
]

MODE_EXAMPLES = [
    # (lemma, type, sentence)
    # ASSAULT
    ('violently', 'ASSAULT', 'Police violently dispersed the crowd.'),
    ('brutally', 'ASSAULT', 'The guards brutally beat the prisoner.'),
    ('tank', 'ASSAULT', 'Tanks shelled the village.'),
    ('armoured vehicle', 'ASSAULT', 'Armoured vehicles attacked the town.'),
    ('armored vehicle', 'ASSAULT', 'Armored vehicles attacked the town.'),
    ('artillery', 'ASSAULT', 'Artillery pounded the town.'),
    ('rocket', 'ASSAULT', 'Rockets hit the town.'),
    ('mortar', 'ASSAULT', 'Mortars hit the camp.'),
    ('shell', 'ASSAULT', 'Shells landed near the hospital.'),
    ('howitzer', 'ASSAULT', 'Howitzers shelled the border town.'),
    ('missile', 'ASSAULT', 'A missile hit the depot.'),
    ('shelling', 'ASSAULT', 'Ten people were killed in the shelling.'),
    ('cannon', 'ASSAULT', 'Cannons fired on the fort.'),
    ('grad', 'ASSAULT', 'Grad rockets hit the city.'),
    ('aircraft', 'ASSAULT', 'Aircraft attacked the convoy.'),
    ('warplane', 'ASSAULT', 'Warplanes bombed the town.'),
    ('jet', 'ASSAULT', 'Jets struck the rebel base.'),
    ('helicopter', 'ASSAULT', 'Helicopters attacked the village.'),
    ('gunship', 'ASSAULT', 'Two helicopter gunships attacked the convoy.'),
    ('drone', 'ASSAULT', 'A drone attacked the base.'),
    ('bomber', 'ASSAULT', 'Heavy bombers struck the city.'),
    ('air force', 'ASSAULT', 'The air force bombed the town.'),
    ('airstrike', 'ASSAULT', 'Six people were killed in an airstrike.'),
    ('barrel bomb', 'ASSAULT', 'Barrel bombs were dropped on the town.'),
    ('aerial', 'ASSAULT', 'The town came under aerial attack.'),
    ('bullet', 'ASSAULT', 'He was killed by a stray bullet.'),
    ('gun', 'ASSAULT', 'The attackers opened fire with guns.'),
    ('gunman', 'ASSAULT', 'Gunmen attacked the bus.'),
    ('gunfire', 'ASSAULT', 'Two people were killed by gunfire.'),
    ('rifle', 'ASSAULT', 'The attackers were armed with rifles.'),
    ('assault rifle', 'ASSAULT', 'The attackers carried assault rifles.'),
    ('kalashnikov', 'ASSAULT', 'Each attacker carried a Kalashnikov.'),
    ('ak-47', 'ASSAULT', 'Each attacker carried an AK-47.'),
    ('pistol', 'ASSAULT', 'He was shot with a pistol.'),
    ('handgun', 'ASSAULT', 'He was shot with a handgun.'),
    ('machine gun', 'ASSAULT', 'They attacked with machine guns.'),
    ('firearm', 'ASSAULT', 'The attackers used firearms.'),
    ('sniper', 'ASSAULT', 'A sniper shot two soldiers.'),
    ('shooting', 'ASSAULT', 'Three people were killed in a shooting.'),
    ('shot', 'ASSAULT', 'The guard was killed by a shot.'),
    ('bomb', 'ASSAULT', 'A bomb killed ten people.'),
    ('explosive', 'ASSAULT', 'The attackers used explosives.'),
    ('improvised explosive device', 'ASSAULT', 'An improvised explosive device killed three soldiers.'),
    ('ied', 'ASSAULT', 'An IED killed three soldiers.'),
    ('roadside bomb', 'ASSAULT', 'A roadside bomb killed three soldiers.'),
    ('car bomb', 'ASSAULT', 'A car bomb killed ten people.'),
    ('grenade', 'ASSAULT', 'A grenade attack wounded five.'),
    ('landmine', 'ASSAULT', 'A landmine killed two children.'),
    ('mine', 'ASSAULT', 'A mine killed two children.'),
    ('dynamite', 'ASSAULT', 'They attacked the bank with dynamite.'),
    ('explosion', 'ASSAULT', 'Two people were killed in an explosion.'),
    ('blast', 'ASSAULT', 'Two people were killed in a blast.'),
    ('detonator', 'ASSAULT', 'Police found a detonator.'),
    ('suicide bomber', 'ASSAULT', 'A suicide bomber attacked the mosque.'),
    ('suicide bombing', 'ASSAULT', 'Twelve people died in a suicide bombing.'),
    ('suicide vest', 'ASSAULT', 'The attacker wore a suicide vest.'),
    ('suicide', 'ASSAULT', 'A suicide attack killed ten people.'),
    ('blow himself up', 'ASSAULT', 'The attacker blew himself up.'),
    ('chemical', 'ASSAULT', 'A chemical attack killed dozens.'),
    ('chlorine', 'ASSAULT', 'Chlorine was used in the attack.'),
    ('sarin', 'ASSAULT', 'Sarin was used in the attack.'),
    ('mustard gas', 'ASSAULT', 'Mustard gas was used in the attack.'),
    ('nerve agent', 'ASSAULT', 'He was attacked with a nerve agent.'),
    ('toxic gas', 'ASSAULT', 'Toxic gas was used in the attack.'),
    ('biological', 'ASSAULT', 'The group planned a biological attack.'),
    ('radiological', 'ASSAULT', 'The group planned a radiological attack.'),
    ('novichok', 'ASSAULT', 'He was poisoned with Novichok.'),
    ('knife', 'ASSAULT', 'He was attacked with a knife.'),
    ('machete', 'ASSAULT', 'The attackers were armed with machetes.'),
    ('axe', 'ASSAULT', 'He was attacked with an axe.'),
    ('sword', 'ASSAULT', 'He was attacked with a sword.'),
    ('acid', 'ASSAULT', 'She was attacked with acid.'),
    ('molotov cocktail', 'ASSAULT', 'Rioters attacked the police with Molotov cocktails.'),
    ('petrol bomb', 'ASSAULT', 'Rioters threw petrol bombs at the police.'),
    ('firebomb', 'ASSAULT', 'A firebomb was thrown at the house.'),
    ('stone', 'ASSAULT', 'Youths attacked the patrol with stones.'),
    ('rock', 'ASSAULT', 'Youths attacked the patrol with rocks.'),
    ('club', 'ASSAULT', 'The attackers were armed with clubs.'),
    ('arrow', 'ASSAULT', 'He was killed by an arrow.'),
    ('baton', 'ASSAULT', 'Police attacked the students with batons.'),
    ('truncheon', 'ASSAULT', 'Police attacked the students with truncheons.'),
    ('fist', 'ASSAULT', 'He was attacked with fists.'),
    ('sexual', 'ASSAULT', 'The report documented sexual violence.'),
    ('rape', 'ASSAULT', 'The report documented rape.'),
    ('hostage', 'ASSAULT', 'The gunmen took ten hostages.'),
    ('ransom', 'ASSAULT', 'The kidnappers demanded a ransom.'),
    ('kidnapper', 'ASSAULT', 'The kidnappers attacked the convoy.'),
    ('captor', 'ASSAULT', 'The captors killed one hostage.'),
    ('firing squad', 'ASSAULT', 'He was killed by a firing squad.'),
    ('hang', 'ASSAULT', 'The prisoners were hanged at dawn.'),
    ('summary', 'ASSAULT', 'The summary killings were condemned.'),
    # PROTEST
    ('strike', 'PROTEST', 'Workers joined the protest as part of a strike.'),
    ('striker', 'PROTEST', 'Strikers joined the protest.'),
    ('hunger strike', 'PROTEST', 'Prisoners protested with a hunger strike.'),
    ('hunger', 'PROTEST', 'The prisoners protested with a hunger strike.'),
    ('riot', 'PROTEST', 'The protest turned into a riot.'),
    ('rioter', 'PROTEST', 'Rioters joined the protest.'),
    ('looting', 'PROTEST', 'The protest ended in looting.'),
    ('barricade', 'PROTEST', 'Protesters built barricades.'),
    ('violent', 'PROTEST', 'The protest turned violent.'),
    ('tear gas', 'PROTEST', 'Police used tear gas on the protesters.'),
    ('boycott', 'PROTEST', 'The protest included a boycott.'),
    ('block', 'PROTEST', 'Protesters blocked the road.'),
    ('blockade', 'PROTEST', 'The protest included a blockade of the port.'),
    ('roadblock', 'PROTEST', 'Protesters set up roadblocks.'),
    ('sit-in', 'PROTEST', 'The protest turned into a sit-in.'),
    ('occupation', 'PROTEST', 'The protest ended in the occupation of the ministry.'),
    ('occupy', 'PROTEST', 'Protesters occupied the square.'),
    ('placard', 'PROTEST', 'Protesters carried placards.'),
    ('banner', 'PROTEST', 'Protesters carried banners.'),
    ('slogan', 'PROTEST', 'Protesters chanted slogans.'),
    ('march', 'PROTEST', 'The protest began with a march.'),
    ('rally', 'PROTEST', 'The protest began with a rally.'),
    # COERCE
    ('custody', 'COERCE', 'Police detained him in custody.'),
    ('prison', 'COERCE', 'He was sentenced to prison.'),
    ('jail', 'COERCE', 'He was sentenced to jail.'),
    ('detention', 'COERCE', 'He was arrested and held in detention.'),
    ('handcuff', 'COERCE', 'Police arrested him and put on handcuffs.'),
    ('curfew', 'COERCE', 'The crackdown included a curfew.'),
    ('martial law', 'COERCE', 'The crackdown came under martial law.'),
    ('state of emergency', 'COERCE', 'The crackdown came under a state of emergency.'),
    ('emergency', 'COERCE', 'The crackdown came under emergency rule.'),
    ('censorship', 'COERCE', 'The crackdown included censorship.'),
    ('internet', 'COERCE', 'The authorities cut off the internet.'),
    ('electricity', 'COERCE', 'The authorities cut off electricity.'),
    ('water', 'COERCE', 'The authorities cut off water supplies.'),
    ('expulsion', 'COERCE', 'The crackdown included expulsions.'),
    ('deportation', 'COERCE', 'The crackdown included deportations.'),
    ('confiscation', 'COERCE', 'The crackdown included the confiscation of land.'),
    ('seizure', 'COERCE', 'The crackdown included the seizure of property.'),
    ('property', 'COERCE', 'Police seized property.'),
    # SANCTION
    ('ambassador', 'SANCTION', 'The country suspended ties and recalled its ambassador.'),
    ('diplomat', 'SANCTION', 'The sanctions included the expulsion of diplomats.'),
    ('aid', 'SANCTION', 'The government suspended aid.'),
    ('fine', 'SANCTION', 'The court convicted him and imposed a fine.'),
    ('guilty', 'SANCTION', 'The court found him guilty.'),
    ('summit', 'SANCTION', 'The president cancelled the summit.'),
    ('visit', 'SANCTION', 'The minister cancelled his visit.'),
    ('talk', 'SANCTION', 'The delegation cancelled the talks.'),
    ('relation', 'SANCTION', 'The country suspended relations.'),
    ('tie', 'SANCTION', 'The country suspended ties.'),
    ('trade', 'SANCTION', 'The country suspended trade.'),
    ('asset', 'SANCTION', 'The sanctions froze assets.'),
    # MOBILIZE
    ('soldier', 'MOBILIZE', 'The army deployed soldiers.'),
    ('troop', 'MOBILIZE', 'The army deployed troops.'),
    ('reservist', 'MOBILIZE', 'The army mobilized reservists.'),
    ('tank', 'MOBILIZE', 'The army deployed tanks.'),
    ('battalion', 'MOBILIZE', 'The army deployed a battalion.'),
    ('brigade', 'MOBILIZE', 'The army deployed a brigade.'),
    ('army', 'MOBILIZE', 'The army was deployed to the border.'),
    ('police', 'MOBILIZE', 'Police were deployed to the city.'),
    ('policeman', 'MOBILIZE', 'Hundreds of policemen were deployed to the city.'),
    ('riot police', 'MOBILIZE', 'Riot police were deployed to the square.'),
    ('officer', 'MOBILIZE', 'Officers were deployed to the city.'),
    ('gendarme', 'MOBILIZE', 'Gendarmes were deployed to the city.'),
    ('missile', 'MOBILIZE', 'The army deployed missiles.'),
    ('warship', 'MOBILIZE', 'The navy deployed warships.'),
    ('aircraft carrier', 'MOBILIZE', 'The navy deployed an aircraft carrier.'),
    ('submarine', 'MOBILIZE', 'The navy deployed submarines.'),
    ('nuclear', 'MOBILIZE', 'The army deployed nuclear weapons.'),
    # THREATEN
    ('sanction', 'THREATEN', 'The government threatened sanctions.'),
    ('embargo', 'THREATEN', 'The government threatened an embargo.'),
    ('blockade', 'THREATEN', 'The farmers threatened a blockade.'),
    ('boycott', 'THREATEN', 'The party threatened a boycott.'),
    ('strike', 'THREATEN', 'The union threatened a strike.'),
    ('curfew', 'THREATEN', 'The government threatened a curfew.'),
    ('tariff', 'THREATEN', 'The president threatened new tariffs.'),
    ('ban', 'THREATEN', 'The government threatened to ban the party.'),
    ('outlaw', 'THREATEN', 'The government threatened to outlaw the group.'),
    ('dissolve', 'THREATEN', 'The president threatened to dissolve parliament.'),
    ('arrest', 'THREATEN', 'Police threatened to arrest the protesters.'),
    ('detain', 'THREATEN', 'Police threatened to detain the protesters.'),
    ('jail', 'THREATEN', 'The judge threatened to jail the journalist.'),
    ('imprison', 'THREATEN', 'The regime threatened to imprison its critics.'),
    ('prison', 'THREATEN', 'The regime threatened them with prison.'),
    ('expel', 'THREATEN', 'The government threatened to expel the diplomats.'),
    ('deport', 'THREATEN', 'The government threatened to deport the migrants.'),
    ('expulsion', 'THREATEN', 'The government threatened expulsion.'),
    ('relation', 'THREATEN', 'The country threatened to break relations.'),
    ('tie', 'THREATEN', 'The country threatened to cut ties.'),
    ('suspend', 'THREATEN', 'The country threatened to suspend talks.'),
    ('negotiation', 'THREATEN', 'Russia threatened to stop negotiations.'),
    ('annex', 'THREATEN', 'The government threatened to annex the region.'),
    ('annexation', 'THREATEN', 'The government threatened annexation.'),
    ('invade', 'THREATEN', 'The country threatened to invade.'),
    ('invasion', 'THREATEN', 'The country threatened an invasion.'),
    ('occupy', 'THREATEN', 'The army threatened to occupy the town.'),
    ('attack', 'THREATEN', 'The rebels threatened to attack the city.'),
    ('kill', 'THREATEN', 'The kidnappers threatened to kill the hostages.'),
    ('retaliate', 'THREATEN', 'The country threatened to retaliate.'),
    ('retaliation', 'THREATEN', 'The country threatened retaliation.'),
    ('reprisal', 'THREATEN', 'The group threatened reprisals.'),
    ('force', 'THREATEN', 'The president threatened to use force.'),
    ('war', 'THREATEN', 'The leader threatened war.'),
    ('shell', 'THREATEN', 'Iran threatened to shell Iraqi towns.'),
    ('offensive', 'THREATEN', 'The country threatened a new offensive.'),
    ('nuclear', 'THREATEN', 'The country threatened nuclear retaliation.'),
    # REQUEST
    ('aid', 'REQUEST', 'The government asked for aid.'),
    ('assistance', 'REQUEST', 'The government requested assistance.'),
    ('help', 'REQUEST', 'The government asked for help.'),
    ('support', 'REQUEST', 'The minister asked for support.'),
    ('protection', 'REQUEST', 'The villagers asked for protection.'),
    ('asylum', 'REQUEST', 'He asked for asylum.'),
    ('resignation', 'REQUEST', 'The protesters demanded the resignation of the president.'),
    ('resign', 'REQUEST', 'The protesters demanded that he resign.'),
    ('election', 'REQUEST', 'The opposition demanded new elections.'),
    ('reform', 'REQUEST', 'The students demanded reforms.'),
    ('referendum', 'REQUEST', 'The protesters demanded a referendum.'),
    ('independence', 'REQUEST', 'The rebels demanded independence.'),
    ('autonomy', 'REQUEST', 'The rebels demanded autonomy.'),
    ('release', 'REQUEST', 'The families demanded the release of the hostages.'),
    ('withdrawal', 'REQUEST', 'The council demanded the withdrawal of troops.'),
    ('withdraw', 'REQUEST', 'The council demanded that the troops withdraw.'),
    ('ceasefire', 'REQUEST', 'The UN called for a ceasefire.'),
    ('truce', 'REQUEST', 'The UN called for a truce.'),
    ('restraint', 'REQUEST', 'The UN called for restraint.'),
    ('lift', 'REQUEST', 'The opposition demanded that the government lift the curfew.'),
    ('negotiation', 'REQUEST', 'The UN called for negotiations.'),
    ('talk', 'REQUEST', 'The UN called for talks.'),
    ('dialogue', 'REQUEST', 'The church called for dialogue.'),
    ('meeting', 'REQUEST', 'Serbia demanded a meeting of the council.'),
    ('mediation', 'REQUEST', 'The rebels requested mediation.'),
    # ACCUSE
    ('investigation', 'ACCUSE', 'Critics denounced the investigation.'),
    ('investigator', 'ACCUSE', 'Investigators accused the company of fraud.'),
    ('inquiry', 'ACCUSE', 'The inquiry criticized the police.'),
    ('complicity', 'ACCUSE', 'The opposition denounced the complicity of the police.'),
    ('responsibility', 'ACCUSE', 'The report blamed the army and denounced its responsibility.'),
    ('fraud', 'ACCUSE', 'Prosecutors charged him with fraud.'),
    ('corruption', 'ACCUSE', 'Prosecutors charged him with corruption.'),
    ('crime', 'ACCUSE', 'The group accused the army of war crimes.'),
    ('concern', 'ACCUSE', 'The UN condemned the arrests with concern.'),
    # REJECT
    ('aid', 'REJECT', 'The government rejected foreign aid.'),
    ('assistance', 'REJECT', 'The government refused assistance.'),
    ('resignation', 'REJECT', 'The president rejected calls for his resignation.'),
    ('resign', 'REJECT', 'The minister refused to resign.'),
    ('reform', 'REJECT', 'The government rejected the reforms.'),
    ('release', 'REJECT', 'The rebels refused the release of the prisoners.'),
    ('ceasefire', 'REJECT', 'The rebels rejected the ceasefire.'),
    ('truce', 'REJECT', 'The rebels rejected the truce.'),
    ('withdrawal', 'REJECT', 'The government rejected the withdrawal of troops.'),
    ('negotiation', 'REJECT', 'The rebels rejected negotiations.'),
    ('talk', 'REJECT', 'The rebels rejected talks.'),
    ('dialogue', 'REJECT', 'The government rejected dialogue.'),
    ('meet', 'REJECT', 'The president refused to meet the king.'),
    ('mediation', 'REJECT', 'Israel rejected French mediation.'),
    # CONSULT
    ('visit', 'CONSULT', 'The ministers met during a visit.'),
    ('telephone', 'CONSULT', 'The leaders held talks by telephone.'),
    ('phone', 'CONSULT', 'The leaders held talks by phone.'),
    ('videoconference', 'CONSULT', 'The leaders met by videoconference.'),
    ('summit', 'CONSULT', 'The leaders met at a summit.'),
    ('mediation', 'CONSULT', 'The talks took place under mediation.'),
    ('mediator', 'CONSULT', 'The two sides met with a mediator.'),
    ('under the auspices', 'CONSULT', 'The talks took place under the auspices of the UN.'),
    # AID
    ('humanitarian', 'AID', 'The UN provided humanitarian supplies.'),
    ('food', 'AID', 'The agency provided food.'),
    ('medicine', 'AID', 'The doctors donated medicine.'),
    ('medical', 'AID', 'The army provided medical supplies.'),
    ('shelter', 'AID', 'The agency provided shelter.'),
    ('military', 'AID', 'The country provided military equipment.'),
    ('weapon', 'AID', 'Iran supplied weapons to the militia.'),
    ('arm', 'AID', 'Russia supplied arms to the government.'),
    ('ammunition', 'AID', 'The country supplied ammunition.'),
    ('training', 'AID', 'The country provided training to the army.'),
    ('financial', 'AID', 'The bank provided financial support.'),
    ('economic', 'AID', 'The country provided economic support.'),
    ('loan', 'AID', 'The bank provided a loan.'),
    ('dollar', 'AID', 'The bank donated ten million dollars.'),
    ('euro', 'AID', 'The EU provided ten million euros.'),
    ('asylum', 'AID', 'The country granted asylum.'),
    ('refugee', 'AID', 'The country sheltered refugees.'),
    # RETREAT
    ('hostage', 'RETREAT', 'The rebels released the hostages.'),
    ('prisoner', 'RETREAT', 'The government released prisoners.'),
    ('detainee', 'RETREAT', 'The army released the detainees.'),
    ('weapon', 'RETREAT', 'The rebels handed over their weapons.'),
    ('arm', 'RETREAT', 'The rebels handed over their arms.'),
    ('ceasefire', 'RETREAT', 'The rebels withdrew under the ceasefire.'),
    ('truce', 'RETREAT', 'The rebels withdrew under the truce.'),
    ('troop', 'RETREAT', 'The country withdrew its troops.'),
    ('force', 'RETREAT', 'The country withdrew its forces.'),
    ('humanitarian', 'RETREAT', 'The army allowed humanitarian access.'),
    ('observer', 'RETREAT', 'The government admitted observers.'),
    ('inspector', 'RETREAT', 'The government admitted inspectors.'),
]

REPORTING_EXAMPLES = [
    # (verb lemma, sentence)
    ('say', '"We will not give up," the minister said.'),
    ('tell', 'The minister told reporters that the talks had failed.'),
    ('state', 'The ministry stated that six soldiers had died.'),
    ('declare', 'The president declared that the war was over.'),
    ('announce', 'The army announced that the town had been retaken.'),
    ('add', '"The situation is calm," he added.'),
    ('explain', 'The spokesman explained that the road was closed.'),
    ('note', 'The report noted that the attacks had increased.'),
    ('stress', 'The minister stressed that the border remained open.'),
    ('emphasize', 'The envoy emphasized that talks would continue.'),
    ('emphasise', 'The envoy emphasised that talks would continue.'),
    ('insist', 'The rebels insisted that they had not attacked civilians.'),
    ('claim', 'The group claimed that it had shot down a drone.'),
    ('assert', 'The government asserted that the vote was fair.'),
    ('affirm', 'The council affirmed that the ceasefire was holding.'),
    ('maintain', 'The suspect maintained that he was innocent.'),
    ('argue', 'The lawyers argued that the arrest was illegal.'),
    ('report', 'State media reported that ten people had died.'),
    ('confirm', 'Officials confirmed that three soldiers were killed.'),
    ('deny', 'The army denied that it had shelled the village.'),
    ('acknowledge', 'The ministry acknowledged that mistakes were made.'),
    ('admit', 'The police admitted that they had fired on the crowd.'),
    ('concede', 'The minister conceded that the plan had failed.'),
    ('warn', 'The UN warned that the famine would spread.'),
    ('reveal', 'The inquiry revealed that the files had been destroyed.'),
    ('disclose', 'The ministry disclosed that two agents had been arrested.'),
    ('write', 'The ambassador wrote that the situation was deteriorating.'),
    ('tweet', 'The president tweeted that the talks were over.'),
    ('post', 'The group posted that its leader had been killed.'),
    ('quote', 'The agency quoted a general as saying that the offensive had begun.'),
    ('estimate', 'Aid groups estimated that thousands had fled.'),
    ('suggest', 'The report suggested that the army had used excessive force.'),
    ('recall', 'Witnesses recalled that the shooting lasted an hour.'),
    ('observe', 'The monitors observed that the vote was orderly.'),
    ('remark', 'The envoy remarked that progress had been slow.'),
    ('comment', '"It is a sad day," the mayor commented.'),
    ('reply', 'The minister replied that no decision had been taken.'),
    ('respond', 'The ministry responded that the report was biased.'),
    ('retort', 'The opposition retorted that the figures were false.'),
    ('answer', 'The general answered that the troops would stay.'),
    ('ask', '"Where are our sons?" the mothers asked.'),
    ('allege', 'The opposition alleged that the vote was rigged.'),
    ('accuse', '"They are killing civilians," the activists accused.'),
    ('inform', 'The embassy informed its citizens that the airport was closed.'),
    ('notify', 'The army notified residents that the area would be shelled.'),
    ('proclaim', 'The rebels proclaimed that the city was free.'),
    ('vow', 'The president vowed that the attackers would be punished.'),
    ('testify', 'The officer testified that he had seen the suspect.'),
    ('recount', 'Survivors recounted that the gunmen fired at random.'),
    ('describe', 'Witnesses described how the gunmen opened fire.'),
    ('predict', 'Analysts predicted that the fighting would continue.'),
    ('complain', 'The farmers complained that the aid never arrived.'),
    ('mention', 'The statement mentioned that two soldiers were missing.'),
    ('underline', 'The minister underlined that the border was closed.'),
    ('indicate', 'The ministry indicated that talks would resume.'),
]

# ---------------------------------------------------------------------------------------------------
# Reading the files as they are written (not through the loader), so a short row is not padded away
# ---------------------------------------------------------------------------------------------------

COLUMNS = {
    "en/triggers.tsv": ("lemma", "pos", "type", "mode", "subject", "count", "outcome", "object"),
    "en/modes.tsv": ("lemma", "type", "mode"),
    "en/quantities.tsv": ("phrase", "value", "low", "high"),
    "en/dates.tsv": ("phrase", "kind", "value", "unit"),
    "en/reporting.tsv": ("phrase", "kind"),
    "en/support.tsv": ("lemma", "role"),
    "en/modifiers.tsv": ("word", "kind"),
    "en/placecues.tsv": ("phrase", "hint"),
    "xx/cameo_plover.tsv": ("cameo", "type", "mode", "label"),
}
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


# ---------------------------------------------------------------------------------------------------
# How a lexicon phrase is found in a parsed sentence (the rules eventmill.triggers follows)
# ---------------------------------------------------------------------------------------------------

# one word: participles are often ADJ; a noun that fills a count may be an ADJ ("the dead")
HEAD_POS = {"VERB": {"VERB", "AUX", "ADJ"}, "NOUN": {"NOUN", "PROPN"}}
# several words: the first may be an adjective or adverb ("air strike", "sexually assault"), not these
NOT_FIRST = {"DET", "ADP", "PUNCT"}


def _found(phrase: str, doc, pos: str | None = None, on_text: bool = False, count: str = "") -> bool:
    """True when the phrase occurs in the parsed sentence.

    One word: the token's lemma must be it (its text, for forms listed as written), with a part of
    speech that fits `pos`. Several words: consecutive words, each the token's lemma or its text
    ("take to the streets" in "took to the streets"), the first not a determiner or preposition.
    `pos` None checks no part of speech (stop-phrases, mode words).
    """
    want, units = norm(phrase).split(), _units(doc)
    for i in range(len(units) - len(want) + 1):
        if len(want) == 1:
            allowed = HEAD_POS[pos] | ({"ADJ"} if pos == "NOUN" and count else set()) if pos else None
            if want[0] == units[i][1 if on_text else 0] and (allowed is None or units[i][2] in allowed):
                return True
        elif all(w in units[i + j][:2] for j, w in enumerate(want)) and (pos is None or units[i][2] not in NOT_FIRST):
            return True
    return False


def _model_name() -> str:
    return json.loads((ROOT / "en" / "language.json").read_text(encoding="utf-8"))["model"]


@pytest.fixture(scope="module")
def parsed():
    """Every example sentence parsed once with the English model (skips if it is not installed)."""
    spacy = pytest.importorskip("spacy")
    name = _model_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        pytest.skip(f"the English spaCy model {name} is not installed: see docs/english-model.md "
                    "for the pinned package and its hash")
    tables = TRIGGER_EXAMPLES + SURFACE_EXAMPLES + MODE_EXAMPLES + REPORTING_EXAMPLES
    sentences = sorted({s for *_, s in tables})
    return dict(zip(sentences, nlp.pipe(sentences)))


def _ids(rows) -> list[str]:
    return ["en-" + "-".join(r[:-1]) for r in rows]


def _trigger_rows() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["lemma"], r["pos"]): r for r in _dicts("en/triggers.tsv")}


# ---------------------------------------------------------------------------------------------------
# Table shape
# ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_table_has_documented_columns_and_full_rows(name):
    header, rows = _raw(name)
    assert header[:len(COLUMNS[name])] == COLUMNS[name], f"{name}: header {header}"
    short = [(n, f) for n, f in rows if len(f) != len(header)]
    assert not short, f"{name}: rows without {len(header)} tab-separated fields (line, fields): {short[:5]}"


@pytest.mark.parametrize("name, key", [
    ("en/triggers.tsv", ("lemma", "pos", "object")),
    ("en/modes.tsv", ("lemma", "type")),
    ("en/quantities.tsv", ("phrase",)),
    ("en/dates.tsv", ("phrase",)),
    ("en/reporting.tsv", ("phrase", "kind")),  # "report", "tweet": a verb and a noun
    ("en/support.tsv", ("lemma",)),
    ("en/modifiers.tsv", ("word",)),
    ("en/placecues.tsv", ("phrase", "hint")),
    ("xx/cameo_plover.tsv", ("cameo",)),
])
def test_table_has_no_duplicate_rows(name, key):
    seen, dups = set(), []
    for r in _dicts(name):
        # lemmas and phrases are looked up normalised; "*hundred" (a multiplier) differs from "hundred"
        k = tuple(norm(r[c]) if c in ("lemma", "phrase", "word") and not r[c].startswith("*") else r[c] for c in key)
        if k in seen:
            dups.append(k)
        seen.add(k)
    assert not dups, f"{name}: duplicate {key}: {dups}"


def test_language_file_names_the_model_and_its_dependency_scheme():
    info = json.loads((ROOT / "en" / "language.json").read_text(encoding="utf-8"))
    assert info["name"] == "English"
    assert info["model"].isidentifier()  # an importable package name
    assert info["deps"] == "clear"  # spaCy's English models use ClearNLP labels, converted to UD when parsing


# ---------------------------------------------------------------------------------------------------
# PLOVER types and modes
# ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["en/triggers.tsv", "en/modes.tsv", "xx/cameo_plover.tsv"])
def test_lexicon_uses_only_plover_types_and_modes(name):
    known = _plover()
    # NONE rows are stop-phrases ("with the help of" is not AID); an empty type in cameo_plover.tsv drops the code
    bad = [(r[next(iter(r))], r["type"], r["mode"]) for r in _dicts(name)
           if (r["type"], r["mode"]) not in known and r["type"] not in ("NONE", "")]
    assert not bad, f"{name}: type/mode not in xx/plover.tsv: {bad}"


def test_trigger_columns_hold_documented_values():
    for r in _dicts("en/triggers.tsv"):
        assert r["pos"] in ("VERB", "NOUN"), r
        assert r["subject"] in ("", "actor", "recipient"), r
        assert r["count"] in ("", "dead", "injured", "size"), r
        assert r["outcome"] in ("", "yes"), r
        # an outcome word is a death, an injury or a casualty (either) that may become an ASSAULT
        assert not r["outcome"] or (r["type"] == "ASSAULT" and r["count"] != "size"), r
        assert r["subject"] != "recipient" or r["pos"] == "VERB", r
        assert r["lemma"] == r["lemma"].strip() and "  " not in r["lemma"], r


def test_every_plover_type_has_triggers():
    rows = _dicts("en/triggers.tsv")
    thin = {t: n for t in TYPES if (n := sum(r["type"] == t for r in rows)) < 15}
    assert not thin, f"types with fewer than 15 English triggers: {thin}"


def test_every_type_has_verb_and_noun_triggers():
    rows = _dicts("en/triggers.tsv")
    missing = [(t, p) for t in TYPES for p in ("VERB", "NOUN") if not any(r["type"] == t and r["pos"] == p for r in rows)]
    assert not missing, missing


def test_support_modifier_and_place_cue_values_are_documented():
    assert {r["role"] for r in _dicts("en/support.tsv")} == {"actor", "recipient", "through", "end"}
    assert {r["pos"] for r in _dicts("en/modifiers.tsv")} <= {"", "VERB", "NOUN", "ADJ", "ADV"}
    assert {r["kind"] for r in _dicts("en/modifiers.tsv")} == {
        "negation", "hypothetical", "ultimatum", "future", "demonstrative", "definite"}
    assert {r["hint"] for r in _dicts("en/placecues.tsv")} <= {
        "admin1", "admin2", "town", "neighbourhood", "country", "link", "locative", "approx"}
    support = {r["lemma"] for r in _dicts("en/support.tsv")}
    assert {"launch", "carry", "conduct", "stage", "claim", "repel", "foil", "suffer"} <= support
    # looked up by the governing verb's one lemma: a phrase would never match
    assert all(" " not in s for s in support)


def test_cameo_mapping_covers_every_cameo_root():
    codes = {r["cameo"] for r in _dicts("xx/cameo_plover.tsv")}
    assert {f"{n:02d}" for n in range(1, 21)} <= codes
    assert all(c.isdigit() for c in codes)


# ---------------------------------------------------------------------------------------------------
# Lemmas agree with the model
# ---------------------------------------------------------------------------------------------------

def test_every_trigger_row_has_exactly_one_kind_of_example():
    rows = set(_trigger_rows())
    lemma_ex = {(lemma, pos) for lemma, pos, _ in TRIGGER_EXAMPLES}
    surface_ex = {(form, pos) for form, pos, _ in SURFACE_EXAMPLES}
    assert not lemma_ex & surface_ex
    assert rows - lemma_ex - surface_ex == set(), "triggers without an example sentence"
    assert (lemma_ex | surface_ex) - rows == set(), "examples for triggers that are not in triggers.tsv"


def test_every_mode_word_and_reporting_verb_has_an_example():
    modes = {(r["lemma"], r["type"]) for r in _dicts("en/modes.tsv")}
    assert modes == {(lemma, typ) for lemma, typ, _ in MODE_EXAMPLES}
    verbs = {r["phrase"] for r in _dicts("en/reporting.tsv") if r["kind"] == "verb"}
    assert verbs == {lemma for lemma, _ in REPORTING_EXAMPLES}


@pytest.mark.parametrize("lemma, pos, sentence", TRIGGER_EXAMPLES, ids=_ids(TRIGGER_EXAMPLES))
def test_model_gives_trigger_lemma_in_example(parsed, lemma, pos, sentence):
    doc = parsed[sentence]
    row = _trigger_rows()[(lemma, pos)]
    # a stop-phrase (type NONE) may start on a function word, so only its words must come out
    stop = row["type"] == "NONE"
    assert _found(lemma, doc, None if stop else pos, count=row["count"]), \
        f"{lemma!r} ({pos}) not produced: {_show(doc)}"


@pytest.mark.parametrize("form, pos, sentence", SURFACE_EXAMPLES, ids=_ids(SURFACE_EXAMPLES))
def test_mislemmatised_form_is_still_needed(parsed, form, pos, sentence):
    doc = parsed[sentence]
    assert _found(form, doc, pos, on_text=True), f"{form!r} ({pos}) not in: {_show(doc)}"
    proper = {norm(lemma) for lemma, p, _ in TRIGGER_EXAMPLES if p == pos}
    lemmas = {u[0] for u in _units(doc) if u[1] == norm(form)}
    assert not lemmas & proper, (f"the model now lemmatises {form!r} to a listed lemma {lemmas & proper}: "
                                 "drop the row from triggers.tsv and this table")


@pytest.mark.parametrize("lemma, typ, sentence", MODE_EXAMPLES, ids=_ids(MODE_EXAMPLES))
def test_model_gives_mode_lemma_in_example(parsed, lemma, typ, sentence):
    doc = parsed[sentence]
    assert _found(lemma, doc), f"{lemma!r} not produced: {_show(doc)}"


@pytest.mark.parametrize("lemma, sentence", REPORTING_EXAMPLES, ids=_ids(REPORTING_EXAMPLES))
def test_model_gives_reporting_verb_in_example(parsed, lemma, sentence):
    doc = parsed[sentence]
    assert _found(lemma, doc, "VERB"), f"{lemma!r} not produced: {_show(doc)}"


# ---------------------------------------------------------------------------------------------------
# Quantities, dates, reporting kinds
# ---------------------------------------------------------------------------------------------------


def test_quantities_are_integers_with_ordered_ranges():
    for r in _dicts("en/quantities.tsv"):
        value, low, high = (_int_or_none(r[c]) for c in ("value", "low", "high"))
        if r["phrase"].startswith("*"):
            assert value and value > 1 and low is None and high is None, r
            continue
        assert r["phrase"] == norm(r["phrase"]), f"phrase not normalised: {r}"
        assert (low is None) == (high is None), r
        if low is None:
            assert value is not None, f"neither a value nor a range: {r}"
        else:
            assert low <= high, r
            assert value is None or low <= value <= high, r


def test_quantities_spell_every_number_to_a_hundred():
    values = {int(r["value"]) for r in _dicts("en/quantities.tsv")
              if r["value"] and not r["low"] and not r["phrase"].startswith("*")}
    assert set(range(101)) <= values


def test_quantities_have_vague_phrases_and_multipliers():
    rows = {r["phrase"]: r for r in _dicts("en/quantities.tsv")}
    mult = {p: int(r["value"]) for p, r in rows.items() if p.startswith("*")}
    assert {"*dozen": 12, "*hundred": 100, "*hundreds": 100, "*thousand": 1000, "*thousands": 1000,
            "*million": 1_000_000, "*millions": 1_000_000}.items() <= mult.items()
    ranges = {p: (int(r["low"]), int(r["high"])) for p, r in rows.items() if r["low"]}
    assert ranges["a dozen"] == (10, 14)
    assert ranges["dozens"] == (24, 99)
    assert ranges["scores of"] == (40, 99)  # as the PLOVER gold codes "scores"
    assert ranges["hundreds"] == (200, 999)
    assert ranges["thousands"] == (2000, 9999)
    assert ranges["tens of thousands"] == (20000, 99999)


def test_dates_cover_weekdays_months_and_relative_days():
    rows = _dicts("en/dates.tsv")
    assert all(r["phrase"] == norm(r["phrase"]) for r in rows), "phrases must be normalised"
    by_kind: dict[str, set[int]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], set()).add(int(r["value"]) if r["kind"] != "none" else 0)
    assert set(by_kind) == {"weekday", "month", "relative", "none"}
    assert {r["unit"] for r in rows if r["kind"] == "relative"} == {"day", "week", "month", "year"}
    assert not {r["unit"] for r in rows if r["kind"] != "relative"} - {""}
    assert by_kind["weekday"] == set(range(7))
    assert by_kind["month"] == set(range(1, 13))
    rel = {r["phrase"]: int(r["value"]) for r in rows if r["kind"] == "relative" and r["unit"] == "day"}
    assert (rel["yesterday"], rel["the day before yesterday"], rel["today"], rel["tomorrow"]) == (-1, -2, 0, 1)
    # a weekday alone is read as a date: abbreviations that are everyday words stay out
    assert not {"sat", "sun", "wed", "mon", "fri"} & {r["phrase"] for r in rows}


def test_reporting_rows_have_known_kinds_and_the_common_markers():
    rows = _dicts("en/reporting.tsv")
    assert {r["kind"] for r in rows} == {"verb", "prep", "noun"}
    by_kind = {k: {norm(r["phrase"]) for r in rows if r["kind"] == k} for k in ("verb", "prep", "noun")}
    assert {"say", "tell", "state", "add", "announce", "confirm"} <= by_kind["verb"]
    assert {"according to", "citing"} <= by_kind["prep"]
    assert {"source", "statement", "spokesman"} <= by_kind["noun"]
