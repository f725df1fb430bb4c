"""Verb families cover the same noun classes (``data/triggers.tsv``, ``@class`` rows).

Verbs of one family mean the same thing for the same kind of object, so a class one verb has a
row for is given to its peers with the peers' type and mode: money lent like money granted or
extended; arms and equipment given like those handed over or supplied; relief trucked and
arms ferried like relief flown in and arms shipped; weight lent to a side like weight thrown
behind it; troops and warships recalled like troops withdrawn, and monitors recalled like
monitors withdrawn; captives handed or given back like captives handed over or sent back; arms
given up like arms handed in. The sentences are written for this test (none comes from a gold,
development or shared file). The false friends keep their everyday sense and stay silent: a hand
given, a car lent, soldiers recalled from memory, a painting given to a museum.
"""

from __future__ import annotations

import pytest
from lexicon_cases import DAY, coder

pytestmark = pytest.mark.slow

CASES: list[tuple[str, str | None, str]] = [
    # AID: money lent; arms and equipment given; relief trucked; arms ferried
    ("AID", None, "Kuwait lent Jordan 500 million dinars in 2019."),
    ("AID", None, "The Saudi fund lent Tunisia a 200 million dollar loan last spring."),
    ("AID", None, "China gave Zambia armoured trucks and diesel generators."),
    ("AID", None, "Britain gave the Kenyan police six helicopters and two drones."),
    ("AID", None, "The UN refugee agency trucked tents and blankets into the flooded district."),
    ("AID", None, "Syria ferried missiles to the militia across the lake."),
    # SUPPORT: weight lent to a side or a plan
    ("SUPPORT", None, "Denmark lent its weight to the Icelandic bid on Thursday."),
    # RETREAT/withdraw: troops and warships recalled; SANCTION/withdraw: monitors recalled
    ("RETREAT", "withdraw", "Ankara recalled its frigates from the Aegean on Monday."),
    ("RETREAT", "withdraw", "Canada recalled its troops from Kandahar province."),
    ("SANCTION", "withdraw", "Finland recalled its election observers from Belarus."),
    # RETREAT/release: captives handed or given back; RETREAT/disarm: arms given up
    ("RETREAT", "release", "The kidnappers handed back four hostages on Friday."),
    ("RETREAT", "release", "The guerrillas gave back nine prisoners to the Red Cross."),
    ("RETREAT", "disarm", "The militants gave up their rifles and grenades at a ceremony."),
]

NO_EVENT = [
    "The coach gave him a hand with the heavy boxes.",
    "Her grandmother lent him a car for the weekend.",
    "The farmer recalled soldiers burning the granary in 1994.",
    "The collector gave the museum a painting by Goya.",
    "The teacher lent the pupils her books.",
]


def _coded(text: str) -> list[tuple[str, str | None]]:
    return [(event.type, event.mode) for event in coder().code(text, DAY)]


@pytest.mark.parametrize(("kind", "mode", "text"), CASES)
def test_family_peer_row_codes_type_and_mode(kind: str, mode: str | None, text: str) -> None:
    coded = _coded(text)
    assert coded and set(coded) == {(kind, mode)}, coded


@pytest.mark.parametrize("text", NO_EVENT)
def test_false_friend_of_a_family_row_stays_silent(text: str) -> None:
    assert _coded(text) == []
