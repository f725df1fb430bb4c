"""Lexicon rows for agency wording the coder missed in the dev_cameo_e and dev_cameo_f sets, through the real model.

Each wording family added in block o of ``triggers.tsv`` ("got together", "flew into <capital>",
"passed on details", "opened a joint industrial estate", "put at the disposal of",
"set up an inquiry", "took X before an arbitrator", "turned to X for help", "went cap in hand",
"cold-shouldered", "maintained its sanctions", "put on hold", "sent home the ambassador",
"blinked first", "gave X until <day> to", "rethink its ban") has one sentence written for this
test (none comes from a gold or development file) that must code with the row's type, and the
rows' conditions must keep the false friends below silent (relatives getting together, a
president flying into a rage, a company putting plans on hold, schools sending pupils home, a
court setting a deadline, a joint car park).
"""

from __future__ import annotations

import pytest
from lexicon_cases import type_tests

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str]] = [
    # CONSULT: leaders getting together; a minister flying into a capital
    ("CONSULT", "The defence ministers of Peru and Colombia got together in Lima on Tuesday."),
    ("CONSULT", "The Turkish foreign minister flew into Tbilisi on Saturday."),
    # COOPERATE: records passed on to investigators
    ("COOPERATE", "Swiss prosecutors passed on bank records of the suspects to Brazilian investigators."),
    # COOPERATE: joint industrial estates and economic zones opened or launched
    ("COOPERATE", "Brunei and Malaysia opened a joint industrial estate in Temburong."),
    ("COOPERATE", "Kenya and Ethiopia launched a joint economic zone at Moyale on Thursday."),
    # AID: assets put at another's disposal; AGREE when only promised
    ("AID", "Jordan put its field hospitals at the disposal of the Iraqi government."),
    ("AGREE", "Tunisia said it would put its ports at the disposal of the Libyan authorities."),
    # ACCUSE: a probe set up; a neighbour taken before an arbitrator
    ("ACCUSE", "The Nepalese government set up a probe into the deaths of Indian pilgrims."),
    ("ACCUSE", "Chile took Bolivia before an arbitrator in The Hague over the water dispute."),
    # REQUEST: turning to another for help or with an appeal; going cap in hand
    ("REQUEST", "Ukraine turned to Germany for financial assistance."),
    ("REQUEST", "Yemen turned to Saudi Arabia with an appeal for fuel."),
    ("REQUEST", "Tunisia went cap in hand to the European Union for budget support."),
    # REJECT: an offer cold-shouldered; an embargo maintained
    ("REJECT", "Moscow cold-shouldered the American offer of talks on Monday."),
    ("REJECT", "Australia maintained its arms embargo on Fiji despite the election."),
    # SANCTION: aid put on hold; an ambassador sent home
    ("SANCTION", "Seoul put its aid to Pyongyang on hold after the missile test."),
    ("SANCTION", "Kinshasa sent home the Belgian ambassador on Thursday."),
    # CONCEDE: blinking first in a standoff
    ("CONCEDE", "Ankara blinked first in its row with Berlin over the jailed reporter."),
    # THREATEN: an ultimatum ("gave X until Monday to ...")
    ("THREATEN", "The Sudanese army gave the rebels until Monday to lay down their arms."),
    # AGREE: a ban or embargo to be reconsidered
    ("AGREE", "Beijing said it would reconsider its embargo on Norwegian salmon."),
]

NO_EVENT = [
    "Relatives of the victims got together at a church in Manchester.",
    "The Greek president flew into a rage over the Turkish remarks.",
    "The Thai prime minister flew into a storm of criticism over the border deal.",
    "The Kenyan senator passed on the chance to run for governor.",
    "Brazilian engineers set up a laboratory in Sao Paulo.",
    "The Japanese prime minister took office before the court ruling.",
    "Egypt's economy turned to tourism for growth.",
    "Chilean miners shouldered the cost of the cleanup.",
    "The Vietnamese navy maintained its ships in Cam Ranh Bay.",
    "The Mexican company put its plans on hold.",
    "Italian schools sent home their pupils because of the snow.",
    "The Tanzanian court gave the newspaper until Friday to respond.",
    "The Indian cricket board will rethink its selection policy.",
    "The mayor opened a joint car park for the two hospitals in Leeds.",
]


test_sentence_codes_its_type, test_condition_keeps_false_friend_silent = type_tests(CASES, NO_EVENT)
