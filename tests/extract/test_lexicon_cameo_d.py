"""Lexicon rows for older agency wording of CAMEO codes (the dev_cameo_d gaps), through the real model.

Each row added for these wording families ("extended 20 million dollars in credit", "shuttled
between the capitals", "came to the defence of", "let inspectors into the country", "dropped
bombs on") has one sentence written for this test (none comes from a gold or development file)
that must code with the row's type, and the rows' conditions must keep the false friends below
silent (a contract extended, a candlelight vigil, political manoeuvres, snow forcing schools shut).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # AID: credit extended in a currency; warplanes shipped abroad
    ("AID", "The government extended 20 million dollars in credit to the new administration in Kabul."),
    ("AID", "Pakistan shipped a dozen fighter jets to Malaysia last month."),
    # CONSULT: shuttle mediation
    ("CONSULT", "The Norwegian foreign minister shuttled between Colombo and Jaffna on Tuesday."),
    ("CONSULT", "Egypt's shuttle diplomacy between Hamas and Israel resumed on Sunday."),
    # SUPPORT: standing behind, coming to the defence, rallying or drumming up support
    ("SUPPORT", "The African Union stands firmly behind Sudan in its dispute with Chad."),
    ("SUPPORT", "Venezuela came to the defence of the Cuban government on Sunday."),
    ("SUPPORT", "Morocco rallied support among Gulf states for its autonomy plan."),
    ("SUPPORT", "Ghana drummed up backing among West African states for its candidate."),
    # RETREAT: outsiders let into the country
    ("RETREAT", "Indonesia let a team of Australian investigators into the country on Monday."),
    # CONCEDE: passports handed back; martial law suspended
    ("CONCEDE", "The Belarusian authorities returned passports to twelve dissidents on Friday."),
    ("CONCEDE", "The Thai junta suspended martial law in three provinces."),
    # REJECT: an extradition blocked; REQUEST: a petition signed
    ("REJECT", "Brazil's Supreme Court blocked the extradition of an Italian activist to Rome."),
    ("REQUEST", "Thousands of Chilean students signed a petition to the president over tuition fees."),
    # THREATEN: a deadline given
    ("THREATEN", "The Nigerian army gave the squatters 72 hours to leave the camp."),
    # PROTEST: vigils, rioters burning and setting fire, barricades kept up
    ("PROTEST", "Peace activists held a vigil outside the American embassy in Manila."),
    ("PROTEST", "Kenyan protesters set fire to police cars in central Nairobi."),
    ("PROTEST", "Angry rioters burned the governor's office in Jos."),
    ("PROTEST", "Rioters torched a police station in the Nigerian city of Kano."),
    ("PROTEST", "Bolivian demonstrators kept up their barricade on the main highway into La Paz."),
    # MOBILIZE: manoeuvres staged
    ("MOBILIZE", "Russian warships staged manoeuvres in the Baltic Sea near Lithuania."),
    ("MOBILIZE", "Chinese troops staged maneuvers near the Taiwan Strait."),
    # SANCTION: mediation abandoned
    ("SANCTION", "Norway abandoned its mediation between the Sri Lankan government and the rebels."),
    # COERCE: people forced from homes or into a faith; homes sealed; a waterway blocked
    ("COERCE", "Burmese soldiers forced hundreds of villagers out of their homes in Rakhine state."),
    ("COERCE", "The Sudanese regime forced Christians in the north to convert to Islam."),
    ("COERCE", "Israeli troops sealed the house of a Palestinian gunman in Jenin."),
    ("COERCE", "Iran blocked the Strait of Hormuz to tankers."),
    # ASSAULT: homes bulldozed, bombs dropped, chemical weapons unleashed, nerve gas released
    ("ASSAULT", "The Israeli army bulldozed dozens of Palestinian homes in Rafah."),
    ("ASSAULT", "Syrian jets dropped bombs on rebel-held neighbourhoods of Aleppo."),
    ("ASSAULT", "The Iraqi regime unleashed chemical weapons on the Kurdish town."),
    ("ASSAULT", "Syrian forces released sarin on a rebel suburb of Damascus."),
]

NO_EVENT = [
    "The Danish carmaker extended its contract with the airline.",
    "The software firm shipped its new phone to customers in Texas.",
    "Mourners held a candlelight vigil for the victims in Manchester.",
    "The opposition's political manoeuvres delayed the budget vote in Rome.",
    "Heavy snow forced schools in Scotland to close on Monday.",
    "The Belgian government gave farmers new subsidies.",
    "The Dutch editor came to the conclusion that the story was false.",
    "French workers set up a new union at the factory.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
