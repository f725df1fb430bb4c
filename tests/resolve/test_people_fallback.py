"""Built-in people: nationality outside their terms and spelling variants of their names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from newsevents.models import UserActor
from newsevents.resolve.actorfile import load_actor_file, load_builtin_people
from newsevents.resolve.kb import USER, ActorKB, KBEntry, load_kb


@pytest.fixture(scope="module")
def rows() -> tuple[UserActor, ...]:
    return load_builtin_people(load_kb()).actors


@pytest.fixture(scope="module")
def kb(rows: tuple[UserActor, ...]) -> ActorKB:
    return load_kb().with_user_actors(rows)


def _country(kb: ActorKB, text: str, on: date | None) -> str | None:
    entry = kb.lookup(text, on)
    return entry.country if entry is not None else None


# --------------------------------------------------------------------------- nationality


def test_a_person_outside_his_terms_keeps_his_nationality(kb: ActorKB) -> None:
    assert kb.lookup("Mitterrand", date(1990, 6, 1)) == KBEntry("FRA", "GOV", USER,
                                                                 "Francois Mitterrand")
    assert kb.lookup("Mitterrand", date(2000, 6, 1)) == KBEntry("FRA", "GOV", USER,
                                                                 "Francois Mitterrand")
    assert _country(kb, "former president Jimmy Carter", date(2010, 3, 1)) == "USA"
    assert _country(kb, "Jimmy Carter", date(1970, 3, 1)) == "USA"  # before his term
    assert _country(kb, "Margaret Thatcher", date(2013, 4, 9)) == "GBR"
    assert _country(kb, "Mandela", date(1985, 1, 1)) == "ZAF"  # a prisoner, before 1990


def test_the_nearest_national_row_wins(kb: ActorKB) -> None:
    # Shevardnadze: Soviet foreign minister until December 1990, Georgian leader from 1992.
    assert _country(kb, "Eduard Shevardnadze", date(1991, 6, 1)) == "RUS"
    assert _country(kb, "Eduard Shevardnadze", date(1991, 12, 20)) == "GEO"
    # Saakashvili governed Georgia, then Odesa (UKR, 2015-2016).
    assert _country(kb, "Saakashvili", date(2020, 1, 1)) == "UKR"
    # The nearest row gives the sector too: Museveni's rebel war began in 1981.
    assert kb.lookup("Museveni", date(1980, 6, 1)) == KBEntry("UGA", "REB", USER,
                                                               "Yoweri Museveni")
    assert kb.lookup("Museveni", date(2000, 6, 1)) == KBEntry("UGA", "GOV", USER,
                                                               "Yoweri Museveni")


def test_an_igo_head_falls_back_to_his_national_row(kb: ActorKB) -> None:
    assert _country(kb, "Solana", date(1997, 1, 1)) == "NAT"  # in office
    assert kb.lookup("Javier Solana", date(2012, 1, 1)) == KBEntry("ESP", "GOV", USER,
                                                                   "Javier Solana")
    assert _country(kb, "Kurt Waldheim", date(1976, 1, 1)) == "UNO"
    assert _country(kb, "Waldheim", date(1983, 1, 1)) == "AUT"  # nearer 1986 than 1970
    assert _country(kb, "Joseph Luns", date(1990, 1, 1)) == "NLD"
    assert _country(kb, "Lord Carrington", date(1990, 1, 1)) == "GBR"
    # Only IGO rows: no nationality to fall back to.
    assert kb.lookup("Dag Hammarskjold", date(1970, 1, 1)) is None


def test_a_bare_surname_names_the_person_only_for_his_period(kb: ActorKB) -> None:
    # Boris Pistorius is German defence minister from 2023; the athlete of 2013 is not him.
    assert kb.lookup("Pistorius", date(2013, 3, 1)) is None
    assert _country(kb, "Pistorius", date(2021, 3, 1)) == "DEU"
    assert _country(kb, "Boris Pistorius", date(2013, 3, 1)) == "DEU"  # full names do not expire
    assert _country(kb, "Mitterrand", date(2010, 1, 1)) == "FRA"
    assert kb.lookup("Mitterrand", date(2019, 1, 1)) is None  # 24 years after his term
    assert _country(kb, "Francois Mitterrand", date(2019, 1, 1)) == "FRA"


def test_undated_articles_take_the_latest_national_row(kb: ActorKB) -> None:
    assert kb.lookup("Obama") == KBEntry("USA", "GOV", USER, "Barack Obama")
    assert kb.lookup("Jens Stoltenberg") == KBEntry("NOR", "GOV", USER, "Jens Stoltenberg")


def test_one_name_for_people_of_two_countries_gives_nothing(rows: tuple[UserActor, ...]
                                                            ) -> None:
    bashir = next(row for row in rows if row.name == "Omar al-Bashir")
    other = replace(bashir, name="Idris Bashir", aliases=("Bashir",), country="TCD",
                    valid_from=date(1950, 1, 1), valid_to=date(1960, 1, 1))
    kb = load_kb().with_user_actors([*rows, other])
    assert _country(kb, "Bashir", date(2005, 1, 1)) == "SDN"  # in office: still his
    assert kb.lookup("Bashir", date(2022, 1, 1)) is None
    assert _country(kb, "Omar al-Bashir", date(2022, 1, 1)) == "SDN"


def test_user_rows_keep_their_dates(tmp_path: Path, rows: tuple[UserActor, ...]) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,country,sector,valid_from,valid_to\n"
                    "Ilinca Varescu,MDA,GOV,2021-01-01,2023-12-31\n"
                    "Mitterrand,BEL,GOV,2001-01-01,2001-12-31\n", "utf-8")
    mine = load_actor_file(str(path), load_kb()).actors
    kb = load_kb().with_user_actors([*rows, *mine])
    assert kb.lookup("Ilinca Varescu", date(2020, 12, 31)) is None  # no fallback for users
    assert kb.lookup("Ilinca Varescu") is None
    assert _country(kb, "Ilinca Varescu", date(2022, 1, 1)) == "MDA"
    assert _country(kb, "Mitterrand", date(2001, 6, 1)) == "BEL"  # the user row wins
    assert _country(kb, "Mitterrand", date(2000, 6, 1)) == "FRA"  # outside it: built-in
    assert kb.lookup("Ilinca Varescuu", date(2022, 1, 1)) is None  # no variants for users


# --------------------------------------------------------------------------- spelling


@pytest.mark.parametrize(
    "text",
    ["Bashir", "al-Bashir", "el-Bashir", "El Bashir", "Al Bashir", "Omar el-Bashir",
     "Omar Bashir", "Omar Hassan el-Bashir", "President Omar Al Bashir"],
)
def test_arabic_articles_are_optional(kb: ActorKB, text: str) -> None:
    entry = kb.lookup(text, date(2005, 1, 1))
    assert entry is not None and (entry.country, entry.name) == ("SDN", "Omar al-Bashir")


def test_a_bare_surname_needs_its_row_to_list_it(kb: ActorKB) -> None:
    day = date(2023, 6, 1)
    # "al-Sudani" is listed, the bare "Sudani" is not.
    assert _country(kb, "el-Sudani", day) == "IRQ"
    assert _country(kb, "Al Sudani", day) == "IRQ"
    assert _country(kb, "Mohammed Shia Sudani", day) == "IRQ"
    assert kb.lookup("Sudani", day) is None
    # The KB's own names come first: a country, an org, a lone article.
    assert _country(kb, "El Salvador", day) == "SLV"
    assert kb.lookup("Al Jazeera", day) == KBEntry("QAT", "MED", "org", "Al Jazeera")
    assert kb.lookup("al", day) is None


@pytest.mark.parametrize(
    ("text", "on", "name"),
    [
        ("Mitterand", date(1990, 1, 1), "Francois Mitterrand"),  # single letter
        ("Musharaf", date(2005, 1, 1), "Pervez Musharraf"),
        ("Gorbachyov", date(1988, 1, 1), "Mikhail Gorbachev"),  # a "y" more
        ("Yuschenko", date(2006, 1, 1), "Viktor Yushchenko"),  # an "h" less
        ("Milosevich", date(1995, 1, 1), "Slobodan Milosevic"),
        ("Khomeyni", date(1985, 1, 1), "Ruhollah Khomeini"),  # i/y
        ("Schroder", date(2000, 1, 1), "Gerhard Schroeder"),  # umlaut
        ("Ahamdinejad", date(2008, 1, 1), "Mahmoud Ahmadinejad"),  # two letters swapped
        ("Benjamin Netanyhu", date(2015, 1, 1), "Benjamin Netanyahu"),  # full name: vowels too
        ("Hilary Clinton", date(2010, 1, 1), "Hillary Clinton"),
        ("Muammar Gadafi", date(1986, 1, 1), "Muammar Gaddafi"),
        ("Najib Miqati", date(2012, 1, 1), "Najib Mikati"),  # k/q
    ],
)
def test_one_spelling_edit_in_a_long_name(kb: ActorKB, text: str, on: date, name: str) -> None:
    entry = kb.lookup(text, on)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    ("text", "on"),
    [
        # Each date falls in the term of the person one letter away.
        ("Thatched", date(1985, 1, 1)),  # Thatcher: no spelling variant
        ("Alright", date(1999, 1, 1)),  # Albright less a "b"
        ("Compare", date(2000, 1, 1)),  # Compaore less a vowel: bare surnames keep theirs
        ("Cristiano", date(1992, 1, 1)),  # Cristiani
        ("Bachelot", date(2008, 1, 1)),  # Bachelet: another French minister
        ("Sikorsky", date(2010, 1, 1)),  # Sikorski: the helicopter maker
        ("Marzouk", date(2012, 1, 1)),  # Marzouki less his last letter
        ("Kaczynski", date(2017, 1, 1)),  # Kuczynski (PER); Kaczynski is a Polish full name
        ("John Curtis", date(1943, 1, 1)),  # John Curtin: a consonant for another
        ("Mark Carey", date(2025, 6, 1)),  # Mark Carney less a consonant
        ("Mohammed Omar", date(1998, 1, 1)),  # "Mohammad Omar": too common a name to correct
        ("gorbachyov", date(1988, 1, 1)),  # lower case
        ("Korbachev", date(1988, 1, 1)),  # first letter changed
        ("Putn", date(2005, 1, 1)),  # short names are matched exactly only
        ("Kim Jong-pil", date(2000, 1, 1)),  # a South Korean, one letter from Kim Jong-il
        ("Strasse", date(1993, 1, 1)),  # Strasser less an "r"
    ],
)
def test_words_and_other_names_are_not_variants(kb: ActorKB, text: str, on: date) -> None:
    assert kb.lookup(text, on) is None


def test_the_kb_and_other_people_beat_a_variant(kb: ActorKB) -> None:
    assert kb.lookup("Holland", date(2013, 1, 1)) == KBEntry("NLD", None, "country",
                                                             "Netherlands")
    assert _country(kb, "Hollande", date(2013, 1, 1)) == "FRA"
    # Weizman and Weizmann are two presidents: each name is his own, never the other's.
    assert kb.lookup("Weizman", date(1995, 1, 1)).name == "Ezer Weizman"  # type: ignore[union-attr]
    assert kb.lookup("Weizmann", date(1950, 1, 1)).name == "Chaim Weizmann"  # type: ignore[union-attr]
    assert kb.lookup("Weizmannn", date(1950, 1, 1)) is None
