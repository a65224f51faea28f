import json
S = []
def add(id, published, incidents, text, counts):
    S.append({"id": id, "published": published, "incidents": incidents, "text": text, "counts": counts})

add("a01_guard_shot_bank_raid", "2024-03-12", ["ASSAULT gunmen raid bank Ogbomosho Monday, guard shot dead (dead 5)"],
"Robbers kill five in raid on Nigerian bank\n\n"
"LAGOS, Nigeria (Reuters) - Armed robbers stormed a commercial bank in the southwestern Nigerian town of Ogbomosho on Monday, "
"killing five people including two police officers, police said. "
"The gunmen arrived in three cars shortly before closing time and opened fire on the building. "
"A security guard at the entrance was shot dead as the robbers forced their way inside. "
"The raid lasted nearly an hour, witnesses said, and the attackers used explosives to blow open the vault. "
"\"We were lying on the floor the whole time. They were shouting and shooting into the ceiling,\" said a customer who asked not to be named. "
"Oyo state police spokesman Adewale Osifeso said officers had recovered two vehicles used in the assault. "
"Bank robberies were common in Nigeria in the 2000s but had become rarer in recent years. "
"The state governor, Seyi Makinde, described the attack as barbaric and promised to bring the perpetrators to justice.",
{"ASSAULT": 1})

add("a02_village_raid_four_sentences", "2023-11-20", ["ASSAULT militia raid village Djugu Saturday (dead 23)"],
"Militia kill 23 in raid on Congo village\n\n"
"KINSHASA (AP) - Militiamen armed with machetes and guns attacked a village in eastern Congo's Ituri province before dawn on Saturday, "
"killing at least 23 civilians, local officials said. "
"The gunmen stormed the village of Lopa in Djugu territory while residents slept, setting fire to dozens of homes. "
"The assault lasted several hours, according to Jules Tsuba, a local civil society leader. "
"\"They went from house to house,\" he said. "
"Survivors fled into the bush and many were still missing on Sunday. "
"Officials blamed the raid on the CODECO militia, which claims to defend the interests of the Lendu community. "
"The violence in Ituri has killed thousands of people since 2017, and more than 1.5 million have been displaced, according to the United Nations. "
"The army said it had deployed troops to the area after the attack.",
{"ASSAULT": 1})

add("a03_quote_survival_war_crimes", "2024-02-05", ["ASSAULT shelling Kharkiv apartment Sunday (dead 7)"],
"Russian missile strike kills seven in Kharkiv\n\n"
"KYIV, Ukraine (AP) - A Russian missile struck an apartment building in Kharkiv on Sunday, killing seven people, including two children, "
"regional governor Oleh Syniehubov said. "
"Rescuers pulled bodies from the rubble of the five-storey building through the night. "
"\"We are fighting for our survival, and the world must understand that,\" Mayor Ihor Terekhov told reporters at the scene. "
"Ukraine's foreign minister said deliberate attacks on civilians were war crimes and called for more air defence systems. "
"Russia denies targeting civilians. "
"Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border and is shelled almost daily.",
{"ASSAULT": 1})

add("a04_harbor_club_toll", "2023-08-14", ["ASSAULT shooting Harbor Club nightclub Saturday night (dead 4)"],
"Four dead in nightclub shooting in Baltimore\n\n"
"BALTIMORE (WBAL) - A gunman opened fire inside a crowded nightclub in Baltimore's Fells Point neighborhood late Saturday, "
"killing three people and wounding nine others, police said. "
"A fourth victim died in hospital on Sunday, bringing the death toll to four. "
"Police Commissioner Richard Worley said the suspect, a 24-year-old man, was arrested a few blocks away. "
"The Harbor Club shooting was the city's deadliest this year. "
"\"Nobody should go out dancing and not come home,\" Worley said. "
"Mayor Brandon Scott said the city would hold a vigil for the victims on Tuesday evening. "
"Friends left flowers and candles outside the club on Sunday.",
{"ASSAULT": 1})

add("a05_charged_trial_tributes", "2024-05-02", ["ASSAULT stabbing Leeds city centre Tuesday (dead 1)", "ARREST man charged (Thursday)"],
"Man charged with murder after Leeds stabbing\n\n"
"(BBC) A man has been charged with murder after a teenager was stabbed to death in Leeds city centre. "
"Jordan Hartley, 17, was attacked on Briggate at about 21:30 BST on Tuesday and died at the scene. "
"West Yorkshire Police said Kyle Benson, 22, of no fixed address, had been charged with murder and possession of a bladed article. "
"He is due to appear before Leeds Magistrates' Court on Friday. "
"In a tribute, Jordan's family described him as \"a kind, funny boy who lit up every room\". "
"Hundreds of people attended a vigil in Millennium Square on Wednesday night. "
"Det Supt Claire Smith said: \"This was a senseless attack on a young man with his whole life ahead of him.\"",
{"ASSAULT": 1})

add("a06_last_year_they_came", "2024-01-16", ["ASSAULT bandits attack Kaduna village Sunday (dead 9, abduct 30)"],
"Gunmen kill nine, abduct 30 in northwest Nigeria\n\n"
"KADUNA, Nigeria (AFP) - Gunmen killed nine people and kidnapped about 30 others in an attack on a village in Nigeria's Kaduna state on Sunday, "
"residents said. "
"The attackers, known locally as bandits, arrived on motorcycles and shot at villagers who tried to flee. "
"\"Last year they came and took our women. Now they have come back and killed our men,\" said Yusuf Danjuma, a resident of Kurmin Kare. "
"Police spokesman Mansir Hassan confirmed the attack but said the toll was still being established. "
"Bandits have killed thousands of people in northwest Nigeria in recent years.",
{"ASSAULT": 1})

add("a07_police_killing_protests", "2023-07-03", ["ASSAULT police shoot teenager Nanterre Tuesday (dead 1)", "PROTEST/riots in several cities"],
"French police officer charged over teen's death as riots spread\n\n"
"PARIS (Reuters) - A French police officer who shot dead a 17-year-old driver during a traffic stop in the Paris suburb of Nanterre on Tuesday "
"was charged with voluntary homicide on Thursday, prosecutors said. "
"The teenager, identified as Nahel M., was killed when the officer fired at point-blank range as the car pulled away. "
"The shooting, captured on video, sparked three nights of rioting in cities across France. "
"Protesters set fire to cars and attacked police stations and town halls, and more than 870 people were arrested overnight. "
"A march in memory of Nahel drew several thousand people in Nanterre on Thursday. "
"His mother, Mounia, told the crowd her son had been \"executed\". "
"The officer's lawyer said his client was sorry and had not meant to kill.",
{"ASSAULT": 1})

add("a08_mosque_bombing_funeral", "2023-02-01", ["ASSAULT suicide bombing mosque Peshawar Monday (dead 100)"],
"Death toll from Peshawar mosque bombing rises to 100\n\n"
"PESHAWAR, Pakistan (AP) - The death toll from a suicide bombing at a mosque inside a police compound in the northwestern Pakistani city of Peshawar "
"rose to 100 on Wednesday, officials said, as rescuers finished clearing the rubble. "
"The bomber, who was wearing a police uniform, blew himself up during afternoon prayers on Monday. "
"The blast brought down the roof of the mosque. "
"Most of the dead were police officers. "
"Funerals for the victims were held across the province on Tuesday. "
"Provincial police chief Moazzam Jah Ansari said investigators believed the attacker had help from inside the compound. "
"A faction of the Pakistani Taliban initially claimed responsibility for the bombing, but the group's main spokesman later denied involvement. "
"In 2014, Taliban gunmen attacked an army school in Peshawar, killing more than 140 people, most of them children.",
{"ASSAULT": 1})

add("a09_school_shooting_trial", "2024-10-08", ["ASSAULT? trial (no new incident); the 2022 shooting recalled"],
"Jury selection begins in trial of accused school shooter\n\n"
"UVALDE, Texas (KSAT) - Jury selection began on Monday in the trial of a former school police officer accused of failing to act during the 2022 "
"Robb Elementary School shooting, in which a gunman killed 19 children and two teachers. "
"Adrian Gonzales, 51, faces 29 counts of child abandonment and endangerment. "
"Prosecutors say he did not confront the gunman for more than an hour. "
"Family members of the victims filled the courtroom. "
"\"We have waited two years for this day,\" said Felix Rubio, whose daughter Lexi was killed in the massacre. "
"The shooting was one of the deadliest school attacks in U.S. history.",
{"ASSAULT": 0})

add("a10_church_attack_toll_rises", "2022-06-07", ["ASSAULT gunmen attack church Owo Sunday (dead 40)"],
"Toll in Nigeria church attack rises to 40\n\n"
"ABUJA (Reuters) - The death toll from an attack on a Catholic church in southwestern Nigeria rose to 40 on Tuesday, officials said. "
"Gunmen opened fire on worshippers and detonated explosives at St Francis Catholic Church in Owo, Ondo state, during Pentecost mass on Sunday. "
"The attackers also shot at people as they tried to escape. "
"Sixty-one people were still being treated in hospital. "
"President Muhammadu Buhari condemned the \"heinous killing of worshippers\". "
"Attacks on churches have been rare in the southwest, unlike the northeast, where Islamist insurgents have bombed churches repeatedly. "
"No group has claimed responsibility.",
{"ASSAULT": 1})

add("a11_sectarian_clash_and_retaliation", "2023-09-18", ["ASSAULT/FIGHT clashes Jos Friday", "ASSAULT revenge attack Saturday on another village"],
"Dozens killed in central Nigeria clashes\n\n"
"JOS, Nigeria (AFP) - At least 25 people were killed when armed herders attacked the village of Mangu Halle in Nigeria's Plateau state on Friday, "
"local leaders said. "
"In a reprisal attack on Saturday, youths from the village burned a herders' settlement in nearby Kombun, killing six people. "
"The army imposed a 24-hour curfew in Mangu district on Sunday. "
"\"We are tired of burying our people,\" said community leader Daniel Bot. "
"Clashes between farmers and herders over land and water have killed thousands of people in central Nigeria over the past decade.",
{"ASSAULT": 2})

add("a12_prior_attack_recalled", "2024-03-23", ["ASSAULT gunmen concert hall Krasnogorsk Friday (dead 133)"],
"Gunmen kill 133 at Moscow concert hall\n\n"
"MOSCOW (AP) - Gunmen in camouflage burst into a concert hall on the outskirts of Moscow on Friday night and sprayed the crowd with automatic weapons, "
"killing at least 133 people, Russian officials said. "
"The attackers then set the building on fire. "
"The Islamic State group claimed responsibility for the attack. "
"It was the deadliest attack in Russia since the 2004 Beslan school siege, when Chechen militants took more than 1,000 hostages and more than 330 people died. "
"Russia's Investigative Committee said four suspects had been detained in the Bryansk region. "
"President Vladimir Putin declared Sunday a national day of mourning.",
{"ASSAULT": 1})

with open("stories.jsonl", "w") as f:
    for s in S:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
