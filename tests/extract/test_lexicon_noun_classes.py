"""Shared noun classes in trigger conditions (``data/noun_classes.tsv``, ``@class`` in triggers.tsv).

A row whose object list is a sample of a class ("send dobj=missile|rocket|...") names the class
instead, so every member of the class keeps the verb's meaning: helicopters sent, tents shipped,
drones delivered, a consul recalled, investigators kicked out. The sentences below are written
for this test (none comes from a gold, development or shared file); each uses a class word that
no row listed for its verb before. The false friends must stay silent: messages sent, speeches
delivered, details supplied, airliners delivered, a dose given to a patient, a fire brigade
arriving, funding approved or cash provided at home, a power supply.
"""

from __future__ import annotations

import re

import pytest
from lexicon_cases import type_tests

from newsevents.datafiles import read_tsv
from newsevents.extract.lexicon import expand_needs, noun_classes, triggers

CASES: list[tuple[str, str]] = [
    # AID promised: weapons and relief sent, shipped, delivered, supplied, ferried
    ("AGREE", "The United States will send Nicaragua six more transport helicopters next month."),
    ("AID", "Turkey shipped tents and blankets to Syrian refugees in Idlib on Sunday."),
    ("AID", "Iran delivered armed drones to Venezuela, US officials said."),
    ("AID", "Poland supplied mortars to the Ukrainian army, the defence ministry said."),
    ("AID", "Japan ferried food rations to the quake zone in Sulawesi."),
    ("AID", "French instructors trained Nigerien paratroopers in Niamey last year."),
    # CONCEDE: restrictions suspended or revoked
    ("CONCEDE", "The junta suspended the ban on political parties on Saturday."),
    ("CONCEDE", "Washington revoked the arms embargo on Hanoi in 2016."),
    # SANCTION: diplomats recalled, monitors thrown out
    ("SANCTION", "Sweden recalled its consul from Istanbul on Monday."),
    ("SANCTION", "Eritrea kicked out UN human rights investigators on Tuesday."),
    # CONSULT: a mediator presiding over a dialogue
    ("CONSULT", "Norway presided over a dialogue between the two Colombian factions."),
    # MOBILIZE: troops airlifted, warships dispatched
    ("MOBILIZE", "The Chadian army airlifted two battalions to the north on Friday."),
    ("MOBILIZE", "Cuba dispatched two frigates to Venezuelan waters on Wednesday."),
    # ASSAULT: weapons unleashed
    ("ASSAULT", "The Ethiopian army unleashed helicopter gunships on the rebel town of Dessie."),
    # SUPPORT: ties established
    ("SUPPORT", "Angola and Namibia established a strategic partnership on Friday."),
]

NO_EVENT = [
    "The President sent a message to the Kenyan people.",
    "The Pope delivered a speech in Manila on Sunday.",
    "The embassy supplied details of the new visa rules.",
    "Airbus delivered 40 aircraft to Asian airlines last month.",
    "Toyota shipped 5,000 cars to Nigeria last year.",
    "The doctor gave the patient a dose of morphine.",
    "The fire brigade arrived at the warehouse within minutes.",
    "Parliament approved funding for the new stadium in Lusaka.",
    "The city council provided cash for road repairs in Kisumu.",
    "The utility will provide power supply to three districts.",
]

_codes, _silent = type_tests(CASES, NO_EVENT)
test_sentence_codes_its_type = pytest.mark.slow(_codes)
test_condition_keeps_false_friend_silent = pytest.mark.slow(_silent)


def test_every_class_named_in_triggers_exists() -> None:
    named = {name for row in read_tsv("newsevents.extract", "triggers.tsv")
             for name in re.findall(r"@([\w-]+)", row["needs"])}
    assert named, "no row names a noun class"
    assert named <= set(noun_classes()), named - set(noun_classes())


def test_classes_are_expanded_once_at_load_time() -> None:
    entries = [e for rows in triggers().values() for e in rows]
    assert not any("@" in e.needs for e in entries)
    send = [e.needs for e in triggers()[("send", "VERB")] if e.type == "AID"]
    assert any("helicopter" in n.split("=")[-1].split("|") for n in send)


def test_expansion_keeps_plain_words_and_other_parts() -> None:
    classes = {"captives": ("prisoner", "hostage"), "talks": ("talk", "negotiation")}
    assert expand_needs("back&dobj=@captives|crew|hostage", classes, "send VERB") == (
        "back&dobj=prisoner|hostage|crew")
    assert expand_needs("dobj!=@talks", classes, "x") == "dobj!=talk|negotiation"
    assert expand_needs("", classes, "x") == ""


def test_misspelled_class_is_an_error_naming_the_row() -> None:
    with pytest.raises(ValueError, match=r"send VERB AID dobj=@weapns.*unknown noun class '@weapns'"):
        expand_needs("dobj=@weapns|vehicle", noun_classes(), "send VERB AID dobj=@weapns|vehicle")


def test_classes_hold_no_word_twice() -> None:
    for name, words in noun_classes().items():
        assert words and len(words) == len(set(words)), name
