"""Lexicon coverage: everyday wire-service wording of every PLOVER type, through the real model.

The sentences are written for this test (none comes from a gold file): three or more per type,
each naming one event, plus sentences that name none (sport, markets, "met the deadline").
"""

from __future__ import annotations

from collections import Counter

import pytest
from lexicon_cases import type_tests

from docs import build
from newsevents.extract import plover
from newsevents.extract.lexicon import match, triggers

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    ("AGREE", "Iran and France agreed to resume nuclear talks next month."),
    ("AGREE", "Japan pledged 200 million dollars in reconstruction aid to Ukraine."),
    ("AGREE", "The United States vowed support for Taiwan on Tuesday."),
    ("AGREE", "Germany will send medical supplies to Sudan next week."),
    ("CONSULT", "The Indian prime minister met his Nepalese counterpart in Kathmandu on Monday."),
    ("CONSULT", "Chinese President Xi Jinping received the visiting Kenyan president in Beijing."),
    ("CONSULT", "Egypt brokered talks between Israel and Hamas."),
    ("CONSULT", "The Turkish foreign minister telephoned his Russian counterpart on Sunday."),
    ("SUPPORT", "Saudi Arabia and Iran restored diplomatic relations on Friday."),
    ("SUPPORT", "The Jordanian king sent condolences to the Turkish president after the earthquake."),
    ("SUPPORT", "Brazil praised Argentina for its handling of the crisis."),
    ("SUPPORT", "Vietnam and Australia boosted their ties during the visit."),
    ("CONCEDE", "Thailand lifted the curfew in Bangkok on Saturday."),
    ("CONCEDE", "The Kenyan government bowed to pressure from the unions."),
    ("CONCEDE", "Prosecutors in Peru dropped the charges against the opposition leader."),
    ("CONCEDE", "Myanmar's junta granted an amnesty to thousands of prisoners."),
    ("COOPERATE", "India and France held joint naval exercises in the Arabian Sea."),
    ("COOPERATE", "Spain extradited the suspect to Mexico on Thursday."),
    ("COOPERATE", "Colombia and Ecuador exchanged intelligence on drug cartels."),
    ("AID", "Britain provided 50 million pounds in aid to Pakistan."),
    ("AID", "Norway donated 10 million dollars to the refugee agency in Jordan."),
    ("AID", "Canada granted asylum to the Saudi teenager."),
    ("AID", "Japan forgave Iraq's debt."),
    ("RETREAT", "Israel released 200 Palestinian prisoners on Monday."),
    ("RETREAT", "Russian troops withdrew from the town of Kherson."),
    ("RETREAT", "The Peruvian interior minister resigned on Friday."),
    ("RETREAT", "The rebels laid down their arms in Mindanao."),
    ("REQUEST", "The UN Security Council urged Myanmar to free political prisoners."),
    ("REQUEST", "Chile appealed to Bolivia for calm."),
    ("REQUEST", "Nigeria called for an investigation into the killings in Lagos."),
    ("REQUEST", "The European Union pressured Serbia to recognise Kosovo."),
    ("ACCUSE", "China condemned the Japanese prime minister's visit to the shrine."),
    ("ACCUSE", "Britain blasted Iran over the seizure of the oil tanker."),
    ("ACCUSE", "The opposition accused the Kenyan government of rigging the election."),
    ("ACCUSE", "Pakistan summoned the Indian envoy in Islamabad on Tuesday."),
    ("ACCUSE", "The Pakistani foreign minister lashed out at India over the dam project."),
    ("ACCUSE", "The United States filed a lawsuit against the Venezuelan oil company."),
    ("REJECT", "Russia vetoed the Security Council resolution on Syria."),
    ("REJECT", "North Korea rejected the South Korean offer of talks."),
    ("REJECT", "China and Russia blocked a UN resolution on Myanmar."),
    ("REJECT", "Hungary voted against the European sanctions package."),
    ("THREATEN", "North Korea threatened to attack South Korea."),
    ("THREATEN", "Hamas vowed revenge for the killing of its commander."),
    ("THREATEN", "Judges in The Hague issued an arrest warrant against the Sudanese leader on Monday."),
    ("THREATEN", "Iran warned Israel against any attack on its nuclear sites."),
    ("PROTEST", "Nurses in Nairobi struck on Tuesday over unpaid wages."),
    ("PROTEST", "Bus drivers in Accra staged a protest against a fuel tax."),
    ("PROTEST", "Thousands of students took to the streets of Santiago on Thursday."),
    ("PROTEST", "Doctors in Nairobi went on strike over unpaid wages."),
    ("PROTEST", "Farmers demonstrated outside the parliament in New Delhi."),
    ("PROTEST", "Workers staged a protest against the new labour law in Seoul."),
    ("SANCTION", "The European Union imposed sanctions on Belarus."),
    ("SANCTION", "Lithuania expelled two Russian diplomats."),
    ("SANCTION", "The United States froze the assets of the Venezuelan central bank."),
    ("SANCTION", "Morocco recalled its ambassador from Germany."),
    ("MOBILIZE", "The rebels moved hundreds of fighters towards the capital."),  # through "of"
    ("AID", "Norway wrote off nearly all of Malawi's debt on Monday."),
    ("MOBILIZE", "Russia deployed troops along the Ukrainian border."),
    ("MOBILIZE", "South Korea scrambled fighter jets after the incursion."),
    ("MOBILIZE", "Police stepped up security in Jerusalem ahead of the holiday."),
    ("MOBILIZE", "North Korea tested a ballistic missile on Sunday."),
    ("COERCE", "Police arrested 30 opposition supporters in Harare."),
    ("COERCE", "Iranian authorities cracked down on the protesters in Tehran."),
    ("COERCE", "Rebels took control of the town of Goma."),
    ("COERCE", "The Egyptian government imposed a curfew in Cairo."),
    ("ASSAULT", "Gunmen killed five soldiers in northern Mali."),
    ("ASSAULT", "Israeli jets struck targets in Gaza on Friday."),
    ("ASSAULT", "Syrian forces pounded the city of Homs."),
    ("ASSAULT", "Rebels battled government troops near the airport in Khartoum."),
    # Aid verbs: money, relief goods and arms handed over; debt cancelled.
    ("AID", "Australia granted Fiji 20 million dollars in cyclone relief."),
    ("AID", "The Chinese government gave five million dollars to Laos for flood victims."),
    ("AID", "Turkey gave shelter to thousands of Syrian refugees."),
    ("AID", "Indonesian navy ships delivered food and medicine to the island of Sumba."),
    ("AID", "Britain is shipping anti-aircraft missiles to Ukraine."),
    ("AID", "The Danish air force airlifted blankets and tents to earthquake survivors in Nepal."),
    ("AID", "Italian military planes flew medical supplies to Libya."),
    ("AID", "The Asian Development Bank approved a 300 million dollar loan to Sri Lanka."),
    ("AID", "The World Bank disbursed 80 million dollars to Malawi on Tuesday."),
    ("AID", "The European Union released the promised aid to Lebanon."),
    ("AID", "Norway cancelled the debt owed by Ecuador."),
    ("AID", "Brazil wrote off the debt of Mozambique."),
    ("AID", "France provided Chad with three military helicopters."),
    # Phrasal verbs: handing over arms or captives, stepping down, troops leaving.
    ("RETREAT", "Maoist fighters handed over their weapons to the election commission in Nepal."),
    ("RETREAT", "Colombian guerrillas handed over two hostages to the Red Cross."),
    ("RETREAT", "Militiamen in Liberia turned in 500 guns to the peacekeepers."),
    ("RETREAT", "The Italian interior minister stepped down on Tuesday."),
    ("RETREAT", "The Bolivian president stepped down after weeks of unrest."),
    ("RETREAT", "The last French soldiers left Mali on Monday."),
    ("RETREAT", "Ethiopian troops left Somalia after two years."),
    # Strikes in other words; lawsuits; call-ups, alerts and troop moves.
    ("PROTEST", "Nurses in Nairobi walked off the job over unpaid salaries."),
    ("PROTEST", "Teachers in Ghana downed tools over pay on Monday."),
    ("ACCUSE", "Ukraine took Russia to court in The Hague."),
    ("ACCUSE", "The Gambia took Myanmar to the International Court of Justice."),
    ("MOBILIZE", "Israel called up 10,000 reservists on Sunday."),
    ("MOBILIZE", "Ukrainian reservists were called up by the army on Friday."),
    ("MOBILIZE", "Pakistan put its air force on high alert."),
    ("MOBILIZE", "Police in Lagos were placed on alert ahead of the election."),
    ("MOBILIZE", "Turkey moved tanks to the Syrian border."),
    ("MOBILIZE", "China sent two brigades to the Indian border."),
    ("MOBILIZE", "Rebels in Congo concentrated their forces near the city of Goma."),
    # Telephone calls, resumed trade, apologies and remorse, suspended protests, cut lending.
    ("CONSULT", "The Japanese prime minister spoke by telephone with the Australian prime minister."),
    ("CONSULT", "The French president spoke by telephone with the Nigerian president on Monday."),
    ("COOPERATE", "Russia resumed oil deliveries to Hungary on Friday."),
    ("COOPERATE", "China and Australia resumed trade in coal."),
    ("CONCEDE", "The German chancellor apologised to Namibia for the colonial massacres."),
    ("CONCEDE", "The Belgian king expressed remorse for the abuses in Congo."),
    ("CONCEDE", "Opposition parties in Togo suspended their street protests ahead of the talks."),
    ("SANCTION", "The IMF cut off lending to Zambia."),
    ("SANCTION", "The World Bank cut off loans to Nicaragua."),
    ("CONCEDE", "Striking farmers in France suspended their blockade of the motorways."),
    # "beat" and "rally" keep their political senses once the false friends are conditioned away
    ("ASSAULT", "Riot police beat protesters in Minsk on Sunday."),
    ("ASSAULT", "Two journalists were beaten to death in Lahore."),
    ("PROTEST", "Thousands of opposition supporters rallied in Caracas on Saturday."),
    # Wording families added later: weight behind, adhere to, play host, sit down with, talks
    # ended, energy exports, extradited traffickers, aid flown or deposited, letting monitors in,
    # handing over control, courts directing, voting down, slogans, frozen budget support, cut
    # exports, carriers and live-fire drills, blocked access, hostages seized, vehicles rammed.
    ("SUPPORT", "Kenya threw its weight behind the Somali president's peace plan."),
    ("SUPPORT", "The African Union has thrown its weight behind the Sudanese transition."),
    ("SUPPORT", "Thailand strictly adheres to the one-China policy."),
    ("SUPPORT", "Cambodia firmly adhered to the principle of non-interference."),
    ("CONSULT", "Ghana played host to the Ivorian president on Tuesday."),
    ("AGREE", "Senegal will play host to the Malian prime minister next week."),  # announced
    ("CONSULT", "The Chilean president sat down with the Peruvian president in Lima."),
    ("CONSULT", "The Italian foreign minister sat down with his Libyan counterpart on Sunday."),
    ("CONSULT", "Sudanese and South Sudanese negotiators gathered in Addis Ababa for talks on oil."),
    ("CONSULT", "Serbian and Kosovar officials gathered in Brussels for talks on trade."),
    ("CONSULT", "Talks between Armenia and Azerbaijan ended in Moscow without a deal."),
    ("CONSULT", "The negotiations between Chad and the rebels ended in Doha on Friday."),
    ("COOPERATE", "Laos began exporting electricity to Thailand on Monday."),
    ("COOPERATE", "Turkmenistan began exporting gas to China in December."),
    ("COOPERATE", "Algeria started pumping gas to Italy through the new pipeline."),
    ("COOPERATE", "Russia pumped crude to Belarus despite the price dispute."),
    ("COOPERATE", "Qatar delivered a consignment of liquefied gas to Pakistan."),
    ("COOPERATE", "Azerbaijan delivered gas to Georgia through the new pipeline."),
    ("COOPERATE", "Peru handed over a suspected drug trafficker to the United States."),
    ("COOPERATE", "Mexico handed two smugglers over to American authorities."),
    ("AID", "Chinese planes flew 40 tonnes of medicine to Myanmar."),
    ("AID", "The air force flew five planeloads of tents to Pakistan."),
    ("AID", "Germany is sending anti-tank rockets to Ukraine."),
    ("AID", "Japan sent vaccines to Vietnam on Friday."),
    ("AID", "Britain delivered armoured vehicles to the Nigerian army."),
    ("AID", "Russia delivered attack helicopters to Mali on Thursday."),
    ("AID", "The United Arab Emirates deposited 2 billion dollars in Egypt's central bank."),
    ("AID", "China deposited one billion dollars in the Sri Lankan central bank."),
    ("AID", "Chinese doctors arrived in Guinea on Sunday."),
    ("AID", "Italian rescuers arrived in Turkey after the earthquake."),
    ("RETREAT", "Eritrea let a team of UN inspectors into the port of Assab."),
    ("RETREAT", "North Korea let international monitors into the nuclear site."),
    ("RETREAT", "Syria allowed relief workers into the besieged town."),
    ("RETREAT", "British troops handed over control of Basra to Iraqi forces."),
    ("RETREAT", "NATO handed over security responsibility to the Afghan army."),
    ("REQUEST", "The High Court directed the state government to compensate the victims."),
    ("REQUEST", "The president directed the interior ministry to investigate the killings."),
    ("REJECT", "The Swiss parliament voted down the trade agreement with India."),
    ("REJECT", "The Colombian senate voted down the peace deal with the rebels."),
    ("PROTEST", "Students chanted slogans outside the Israeli embassy in Amman."),
    ("PROTEST", "Activists daubed slogans on the walls of the American consulate in Lahore."),
    ("PROTEST", "Protesters painted slogans on the walls of the Chinese embassy in Manila."),
    ("PROTEST", "A mob ransacked the offices of the ruling party in Dhaka."),
    ("SANCTION", "The Netherlands froze its budget support to Uganda over the new law."),
    ("SANCTION", "The World Bank froze its lending to Mali after the coup."),
    ("SANCTION", "Ukraine cut electricity exports to Belarus on Monday."),
    ("SANCTION", "India cut its imports of Malaysian palm oil after the row."),
    ("MOBILIZE", "India sent commandos to the border town of Moreh."),
    ("MOBILIZE", "Russia sent two submarines to the Mediterranean."),
    ("MOBILIZE", "The rebels moved their fighters towards the capital."),
    ("MOBILIZE", "China moved bombers to an island in the South China Sea."),
    ("MOBILIZE", "The Iranian navy staged live-fire drills in the Gulf."),
    ("MOBILIZE", "Taiwan held war exercises on its east coast."),
    ("MOBILIZE", "The Russian navy began drills in the Baltic Sea."),
    ("COERCE", "Pakistan blocked access to YouTube on Monday."),
    ("COERCE", "Israeli troops blocked access to the village of Beit Ummar."),
    ("ASSAULT", "Militants seized 20 hostages at a gas plant in Algeria."),
    ("ASSAULT", "Pirates seized hostages from a cargo ship off Somalia."),
    ("ASSAULT", "Militants rammed a truck into an army base in Mogadishu."),
    ("ASSAULT", "An attacker rammed a car into a police checkpoint in Kabul."),
    ("CONCEDE", "The Japanese prime minister offered an apology to South Korea for the wartime abuses."),
    ("CONCEDE", "An amnesty was offered to the rebels by the Algerian government."),
    ("COERCE", "Malaysia sent hundreds of Rohingya migrants back to Myanmar."),
    ("COERCE", "Thailand forcibly sent the Uighur refugees back to China."),
    # "kick off" as a light verb
    ("CONSULT", "Sudan and South Sudan kicked off talks in Addis Ababa on Monday."),
    # a call in quoted speech is a request from the speaker; what is asked is not done
    ("REQUEST", '"Syria must free the detained journalists," the French foreign minister said.'),
    ("REQUEST", "The Kenyan foreign minister told Uganda that it must withdraw its troops."),
    ("REQUEST", "Peru is seeking the extradition of the former president from Japan."),
    ("ASSAULT", "Government forces recaptured the town of Ajdabiya on Sunday."),
    ("REQUEST", "The Greek prime minister persuaded Germany to ease the terms of the loan."),
    # a crowd gathering while it demands is a protest; "had no plans to" is a refusal
    ("PROTEST", "Thousands of Chilean miners gathered in Santiago on Monday, demanding higher wages."),
    ("PROTEST", "Opposition deputies in Tbilisi began refusing food on Monday."),
    ("REJECT", "The Dutch government said it had no plans to lift the ban on Iranian imports."),
    ("REJECT", "Kenya said it would not share its files on the bombing with Tanzanian police."),
    ("CONCEDE", "The junta gave up power to an elected parliament in Bamako."),
    ("REQUEST", "The Kenyan president pressed Uganda on Monday to open its border."),
    ("CONCEDE", "Bowing to demands from the unions, the Malian government agreed to raise wages."),
    ("CONCEDE", "Under pressure from farmers, the Polish government agreed to cut fuel taxes."),
    # a crowd's demand in a participle is its protest
    ("PROTEST", "Kenyan students demanding lower fees threw stones at police in Nairobi."),
    ("CONSULT", "The Norwegian envoy shuttled between Colombo and Jaffna on Monday."),
    ("THREATEN", "Kenya's biggest teachers' union said it would call a national strike unless the government raised pay."),
    ("THREATEN", "The Turkish government did not rule out military action against the militants in Syria."),
    ("PROTEST", "Nigerian unions called a general strike on Monday."),  # "on Monday" is no "call on"
    ("COOPERATE", "Egyptian and Saudi forces kicked off joint exercises near the Red Sea."),
]

NO_EVENT = [
    "Three Ghanaian soldiers were killed in a road accident near Tamale.",
    "Twelve villagers were killed in a landslide after days of heavy rain.",
    "The Sri Lankan cricket team arrived in Cape Town for a five-match tour.",
    "The senator asked why troops had been sent to the border.",  # a question, no request
    "Journalists asked whether the governor would step down.",
    "Liverpool beat Arsenal 3-0 on Saturday.",
    "Shares fell sharply after the company warned of lower profits.",
    "The government met the deadline for submitting the budget.",
    "The firm met its sales target last year.",
    "The new data support the claim that prices are rising.",
    "The striker scored twice as Real Madrid thrashed Barcelona in the championship match.",
    "The company reported record earnings in the third quarter.",
    # false friends: sport results, market rallies, space probes
    "Argentina beat Brazil 2-0 in the final on Sunday.",
    "Bank shares rallied on Wall Street on Friday.",
    "Japan launched a lunar probe on Monday.",
    "The European Space Agency launched a space probe to Jupiter.",
    "The yen rallied against the dollar in Tokyo trading.",
    "Foreign investors were beating a path to the new economic zone.",
    "Oil prices rallied after the storm.",
    # false friends: a comeback in sport, a runner's attack, film shooting, market money, company talks
    "Chelsea stormed back to win the league cup final on Sunday.",
    "The Kenyan runner attacked on the final lap and won the marathon in Berlin.",
    "The director began shooting his new film in Morocco on Monday.",
    "Investors pulled money out of technology stocks on Friday.",
    "Two European carmakers are holding talks on a possible merger.",
    # a source's anonymity or silence, a question, and obligations laid on nobody else
    "The Chilean ministry declined to comment on the report.",
    "A Peruvian official who refused to give his name said prices were rising.",
    "A Ghanaian diplomat who had asked not to be named told us the harvest in Ghana was poor.",
    "Asked about the election, the Kenyan president said turnout was high.",
    '"We need to improve our schools," the Mexican president said.',
    '"We may have to wait for the harvest," the Zambian finance minister said.',
    "The Bolivian minister said his country did not need to import wheat this year.",
    '"No one should doubt our resolve," the Polish prime minister said.',
    "The Malian government is seeking to raise cotton exports.",  # an aim, not a request
    "The emergency services rescued 20 people from the flooded village.",
    "The governor declared a state of emergency as the storm approached the coast.",
    "The marathon runners pressed on to reach the finish line in Nairobi.",
    "Six people were killed when their bus crashed into a truck near Nakuru.",  # an accident
    "The Kenyan minister said he agreed.",  # agreeing with an opinion
]


def test_the_table_covers_every_type_three_times() -> None:
    counts = Counter(kind for kind, _ in CASES)
    assert set(counts) == set(plover.event_types())
    assert min(counts.values()) >= 3


# Every case codes exactly its type; every no-event sentence codes nothing.
test_sentence_codes_its_type, test_sentence_codes_no_event = type_tests(CASES, NO_EVENT)


def test_rows_are_unique_and_conditions_known() -> None:
    kinds = {"", "compound", "amod", "dobj", "nsubj", "pobj", "xcomp", "advcl", "ccomp", "oprd", "voice"}
    for (lemma, pos), entries in triggers().items():
        needs = [e.needs for e in entries]
        assert len(needs) == len(set(needs)), (lemma, pos)
        assert needs.count("") <= 1, (lemma, pos)  # one unconditional row at most, tried last
        for need in needs:
            for part in need.split("&"):  # "off&dobj=strike": both must hold
                assert part.rpartition("=")[0].removesuffix("!") in kinds, (lemma, need)


Row = tuple[str, str, str, str, int, str]


def _clause(verb: str, noun: str, *, prep: str | None = None) -> list[Row]:
    """"Iran <verb> <noun>." or "Iran <verb> <prep> <noun>." as a hand-built parse; each word
    is given as "text/lemma"."""
    (vtext, vlemma), (ntext, nlemma) = verb.split("/"), noun.split("/")
    rows: list[Row] = [("Iran", "Iran", "PROPN", "nsubj", 1, "B-GPE"), (vtext, vlemma, "VERB", "ROOT", 1, "O")]
    if prep is None:
        rows.append((ntext, nlemma, "NOUN", "dobj", 1, "O"))
    else:
        rows += [(prep, prep, "ADP", "prep", 1, "O"), (ntext, nlemma, "NOUN", "pobj", 2, "O")]
    return [*rows, (".", ".", "PUNCT", "punct", 1, "O")]


def test_negated_object_condition_keeps_meetings_and_drops_deadlines() -> None:
    assert match(build(_clause("met/meet", "deadline/deadline"))[1]) is None
    entry = match(build(_clause("met/meet", "envoy/envoy"))[1])
    assert entry is not None and entry.type == "CONSULT"


def test_preposition_object_condition() -> None:
    entry = match(build(_clause("took/take", "streets/street", prep="to"))[1])
    assert entry is not None and (entry.type, entry.mode) == ("PROTEST", "demo")
    assert match(build(_clause("took/take", "office/office", prep="to"))[1]) is None
