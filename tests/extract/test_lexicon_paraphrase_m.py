"""Lexicon rows for paraphrased wording of CAMEO codes 14 to 20 (PROTEST, MOBILIZE, SANCTION,
COERCE, ASSAULT) in translated state-media style, found missing by coding paraphrases, through
the real model.

Each row family ("went on a work stoppage", "flexed its military might", "raised the combat
readiness", "held a military parade", "withdrew from the talks", "ordered the mission to leave",
"shut its embassy", "blocked social media", "jammed broadcasts", "blockaded the strip", "put on
trial", "disqualified from the election", "beat a shepherd", "lobbed shells", "was martyred",
"neutralised terrorists", "resorted to unprovoked firing", "subjected to shelling", "launched
rockets at", "used live ammunition", "an act of aggression", "held
incommunicado", "handed down a sentence", "designated a foreign agent", "an internet shutdown",
"took out a procession", "showed off a missile", "annulled the agreement", "encircled the town",
"set cars on fire", "ploughed a lorry into a crowd", "whisked away", "struck with missiles",
"staged a stayaway", "engaged in a gunbattle", "a purge", "a dragnet", "internment", "the
beheading of", "a pogrom", "a warship was hit", "declared persona non grata", "launched a military operation",
"targeted with artillery", "a ceasefire violation", "teargassed", "whipped", "flogged")
has one sentence written for this test (none comes from a gold or development file) that must
code with the row's type, and the rows' conditions must keep the false friends below silent (a
satellite launched into orbit, shares held in custody of a bank, a contest's winner beat,
companies liquidated, an infection neutralised, a shop's doors shut, money ploughed into
property, commuters jamming a station, a second term handed to a party, a bird-flu alert, talks engaged in, files purged, a goalpost hit, a
public persona, a surgical operation, party members whipped into line).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # CONSULT: two sides' delegations take part in talks ("engaged *in talks*"), a false
    # friend of the "engage" rows until the thirteenth round read events in an "in" phrase
    ("CONSULT", "The Bolivian and Chilean delegations engaged in talks in Lima."),
    # PROTEST: a work stoppage gone on; protesters resorting to violence
    ("PROTEST", "Nurses at the Lusaka hospitals went on a work stoppage over unpaid salaries."),
    ("PROTEST", "Work stoppages were staged by Chilean copper miners at Escondida."),
    ("PROTEST", "Opposition protesters in Dakar resorted to arson after the verdict."),
    # MOBILIZE: might flexed; readiness raised or troops put on it; a military parade
    ("MOBILIZE", "Moscow flexed its naval might in the Baltic Sea, TASS said."),
    ("MOBILIZE", "Taipei raised the readiness of its coastal units, the Defence Ministry said."),
    ("MOBILIZE", "Hanoi placed its border troops on combat readiness."),
    ("MOBILIZE", "Beijing staged a huge military parade in Tiananmen Square, Xinhua said."),
    # SANCTION: withdrawal from talks or mediation; a mission ordered out; an embassy shut
    ("SANCTION", "The Sudanese rebels withdrew from the peace talks in Juba, SUNA reported."),
    ("SANCTION", "Kinshasa ordered the UN stabilisation mission to leave the country."),
    ("SANCTION", "Managua shut its embassy in Taipei, the foreign ministry said."),
    # COERCE: social media blocked; broadcasts jammed; internet throttled; a strip blockaded;
    # put on trial; disqualified; held incommunicado or in custody; designated a foreign agent;
    # an internet shutdown imposed
    ("COERCE", "The Zambian government blocked social media during the vote counting."),
    ("COERCE", "Minsk jammed Polish radio broadcasts, opposition groups said."),
    ("COERCE", "The Kazakh authorities throttled internet access in Almaty."),
    ("COERCE", "Egypt blockaded the Gaza Strip from the south."),
    ("COERCE", "Beijing put the Hong Kong publisher on trial for collusion."),
    ("COERCE", "The Ugandan electoral commission disqualified the opposition candidate from the election."),
    ("COERCE", "Saudi police held the cleric incommunicado for months."),
    ("COERCE", "Tajik police held the opposition lawyer in custody for a month."),
    ("COERCE", "Moscow designated the Memorial group as a foreign agent."),
    ("COERCE", "The Sri Lankan government imposed an internet shutdown across the island."),
    # SANCTION convict: a sentence handed down
    ("SANCTION", "A Bahraini court handed down life sentences to twelve opposition activists."),
    # SANCTION: diplomatic representation downgraded
    ("SANCTION", "Wellington downgraded its diplomatic representation in Suva."),
    # ASSAULT: beatings, shells lobbed, martyred, neutralised or liquidated, unprovoked firing,
    # shelling, rockets launched at a town, live ammunition used, aggression,
    # acts of terrorism, targeted posts, forced displacement
    ("ASSAULT", "Croatian police beat Afghan migrants near the Bosnian border."),
    ("ASSAULT", "Thai rebels lobbed mortar rounds at an army camp in Narathiwat."),
    ("ASSAULT", "Two Palestinian teenagers were martyred by Israeli soldiers near Ramallah, WAFA said."),
    ("ASSAULT", "Nigerian troops neutralised twenty bandits in Zamfara, the army said."),
    ("ASSAULT", "Syrian forces liquidated a group of militants near Palmyra, SANA said."),
    ("ASSAULT", "Pakistani troops resorted to unprovoked shelling in the Uri sector, the Indian army said."),
    ("ASSAULT", "Kyrgyz border guards subjected Tajik villages to heavy shelling, Dushanbe said."),
    ("ASSAULT", "Hezbollah launched rockets at Kiryat Shmona, the Israeli army said."),
    ("ASSAULT", "Zimbabwean soldiers used live ammunition against opposition supporters in Harare."),
    ("ASSAULT", "Armenian officials said Azerbaijani troops committed a new act of aggression near Jermuk."),
    ("ASSAULT", "Colombian warplanes targeted a rebel outpost in Guaviare."),
    ("ASSAULT", "Serb militias forcibly displaced Bosniak families from Foca."),
    # MOBILIZE weapons: missiles launched into the sea
    ("MOBILIZE", "Pyongyang launched a cruise missile into the sea off its east coast, Yonhap said."),
    # Third round: processions taken out, placards waved, posts reinforced, missiles shown off
    # or unveiled, agreements annulled, towns encircled or surrounded, vehicles set on fire,
    # grenades hurled, trucks ploughed into crowds, abductions, a carnage, rocket strikes
    ("PROTEST", "Activists of the Awami League took out a procession in Sylhet against the killings."),
    ("PROTEST", "Sudanese demonstrators waved placards outside the army headquarters in Khartoum."),
    ("MOBILIZE", "Baku reinforced its frontline positions and outposts near Lachin, APA said."),
    ("MOBILIZE", "Tehran showed off its new Khorramshahr missile at a military exhibition."),
    ("MOBILIZE", "Islamabad unveiled a new cruise missile, the military said."),
    ("SANCTION", "La Paz annulled the gas agreement with the Brazilian company."),
    ("COERCE", "Ethiopian troops encircled the Tigrayan town of Shire."),
    ("COERCE", "Bolivian soldiers surrounded the governor's office in Santa Cruz."),
    ("ASSAULT", "Rioting settlers set Palestinian cars on fire in Huwara, WAFA said."),
    ("ASSAULT", "Suspected rebels hurled grenades at a market in Bujumbura."),
    ("ASSAULT", "A jihadist ploughed a lorry into a crowd of shoppers in Berlin."),
    ("ASSAULT", "Armed gunmen whisked away three Indian engineers in Kandahar."),
    ("ASSAULT", "Al-Shabaab militants carried out a carnage at a Mogadishu hotel, state radio said."),
    ("ASSAULT", "Russian forces struck Kharkiv with cruise missiles, Kiev said."),
    # Fourth round (events as nouns): a stayaway; gunfights and clashes engaged in; purges,
    # dragnets, internment; beheadings and pogroms
    ("PROTEST", "Township residents staged a three-day stayaway near Durban."),
    ("ASSAULT", "Kenyan police and Somali militants engaged in a gunbattle near Mandera."),
    ("ASSAULT", "Sudanese and Ethiopian troops engaged in heavy fighting in al-Fashaga."),
    ("COERCE", "The Chinese leadership launched a purge of the Tianjin police."),
    ("COERCE", "The Egyptian president purged dozens of army officers after the protests."),
    ("COERCE", "Turkish police launched a dragnet against the Gulen network in Izmir."),
    ("COERCE", "The British army began the internment of Catholic men in Belfast."),
    ("ASSAULT", "Islamic State fighters carried out the beheading of a Libyan soldier near Sirte."),
    ("ASSAULT", "The pogrom against Chinese shopkeepers was carried out by Indonesian mobs."),
    # Fifth round (passives): a warship hit; a diplomat declared persona non grata
    ("ASSAULT", "A Russian warship was hit by Ukrainian missiles off Sevastopol, Kiev said."),
    ("SANCTION", "A Belgian diplomat was declared persona non grata by Kinshasa, state radio said."),
    # Sixth round (state-media set phrases): military and clearance operations, targets hit
    # with mortars, ceasefire violations, teargassing, whipping and flogging
    ("ASSAULT", "Ankara launched a military operation against the PKK in Hakurk, Anadolu said."),
    ("ASSAULT", "Malian troops launched a clearance operation against jihadists near Mopti."),
    ("ASSAULT", "Armenian units targeted Azerbaijani villages in Tovuz with artillery."),
    ("ASSAULT", "Pakistani troops committed a ceasefire violation in the Rajouri sector, the Indian army said."),
    ("ASSAULT", "Ugandan police teargassed supporters of Bobi Wine in Kampala."),
    ("ASSAULT", "Sudanese police whipped women protesters in Omdurman."),
    ("ASSAULT", "Iranian prison guards flogged a Kurdish activist in Urmia."),
]

NO_EVENT = [
    "The Indian space agency launched a rocket into orbit from Sriharikota.",
    "The Kenyan runner beat the Olympic champion in the final lap.",
    "Creditors liquidated the bankrupt textile company in Dhaka.",
    "The doctors neutralised the infection with antibiotics.",
    "The shopkeeper shut the doors of his bakery at noon.",
    "The pension fund held the shares in custody at a Swiss bank.",
    "The engineers jammed the door of the warehouse.",
    "The farmers went on a trip to the coast.",
    "The Indonesian navy held a ceremony for the new frigate.",
    "The museum designated a new curator for its African collection.",
    "The Japanese rocket was launched on its maiden flight from Tanegashima.",
    "Investors ploughed billions into Vietnamese property.",
    "The Korean firm unveiled a new folding phone in Seoul.",
    "Commuters jammed the central station in Mumbai.",
    "Voters handed the Labour Party a second term in Wellington.",
    "The British driver beat the other drivers in Monaco.",
    "The Japanese government raised its alert over the bird flu outbreak.",
    "Beijing flexed its economic power in the trade talks.",
    "Supporters waved flags and banners at the rally in Accra.",
    "The Kenyan surgeons completed a complex operation on the patient.",
    "The Australian party whipped its members into line before the vote.",
    "The Brazilian striker hit the post twice in the first half.",
    "The senator's public persona was discussed in the Argentine press.",
    "The technicians purged the old files from the server.",
    "The rival candidates engaged in a bitter battle of words in Nairobi.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
