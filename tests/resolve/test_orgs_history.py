"""Armed groups, liberation movements, parties and unions of 1945-2020 in ``actors_orgs.tsv``.

Each name must resolve to the country where the group acts and its sector, including names that
an older, shorter entry used to capture ("Sudan People's Liberation Army" was the Chinese PLA,
"Egyptian Islamic Jihad" the Palestinian one); ordinary words must not become organisations.
"""

from __future__ import annotations

import pytest

from newsevents.resolve.kb import ActorKB, load_kb

HISTORIC_ORGS = [
    ("FMLN", "SLV", "REB"),
    ("Farabundo Marti National Liberation Front", "SLV", "REB"),
    ("ARENA", "SLV", "PTY"),
    ("Sandinistas", "NIC", "PTY"),
    ("Sandinista government", "NIC", "GOV"),
    ("the Contras", "NIC", "REB"),
    ("Nicaraguan Resistance", "NIC", "REB"),
    ("Zapatista National Liberation Army", "MEX", "REB"),
    ("MRTA", "PER", "REB"),
    ("M-19", "COL", "REB"),
    ("PRI", "MEX", "PTY"),
    ("MPLA", "AGO", "PTY"),
    ("UNITA", "AGO", "REB"),
    ("Unita", "AGO", "REB"),
    ("SWAPO", "NAM", "PTY"),
    ("Renamo", "MOZ", "REB"),
    ("FRELIMO", "MOZ", "PTY"),
    ("Zanu-PF", "ZWE", "PTY"),
    ("ZAPU", "ZWE", "PTY"),
    ("Inkatha Freedom Party", "ZAF", "PTY"),
    ("Umkhonto we Sizwe", "ZAF", "REB"),
    ("Sudan People's Liberation Army", "SDN", "REB"),
    ("SPLM-IO", "SSD", "REB"),
    ("Justice and Equality Movement", "SDN", "REB"),
    ("JEM", "SDN", "REB"),
    ("Janjaweed", "SDN", "REB"),
    ("Interahamwe", "RWA", "REB"),
    ("FDLR", "RWA", "REB"),
    ("CNDD-FDD", "BDI", "REB"),
    ("Mai-Mai", "COD", "REB"),
    ("anti-balaka", "CAF", "REB"),
    ("Lord's Resistance Army", "UGA", "REB"),
    ("TPLF", "ETH", "REB"),
    ("RUF", "SLE", "REB"),
    ("MNLA", "MLI", "REB"),
    ("MEND", "NGA", "REB"),
    ("GIA", "DZA", "REB"),
    ("Islamic Salvation Front", "DZA", "PTY"),
    ("al-Qaeda in the Islamic Maghreb", "DZA", "REB"),
    ("Egyptian Islamic Jihad", "EGY", "REB"),
    ("Amal", "LBN", "PTY"),
    ("Amal militiamen", "LBN", "REB"),
    ("South Lebanon Army", "LBN", "REB"),
    ("PFLP", "PSE", "REB"),
    ("Democratic Front for the Liberation of Palestine", "PSE", "REB"),
    ("Islamic Resistance Movement", "PSE", "REB"),
    ("Palestine Liberation Organisation", "PSE", "GOV"),
    ("Kach", "ISR", "REB"),
    ("Patriotic Union of Kurdistan", "IRQ", "PTY"),
    ("Mahdi Army", "IRQ", "REB"),
    ("Syrian Baath Party", "SYR", "PTY"),
    ("Iraqi Ba'ath Party", "IRQ", "PTY"),
    ("Khmer Rouge", "KHM", "REB"),
    ("Northern Alliance", "AFG", "REB"),
    ("ETA", "ESP", "REB"),
    ("Irish National Liberation Army", "GBR", "REB"),
    ("Ulster Volunteer Force", "GBR", "REB"),
    ("Democratic Unionist Party", "GBR", "PTY"),
    ("Red Brigades", "ITA", "REB"),
    ("Baader-Meinhof gang", "DEU", "REB"),
    ("November 17 group", "GRC", "REB"),
    ("Kosovo Liberation Army", "XKX", "REB"),
    ("Solidarity trade union", "POL", "LAB"),
    ("Civic Forum", "CZE", "OPP"),
    ("Fidesz", "HUN", "PTY"),
    ("Republican People's Party", "TUR", "PTY"),
    ("MILF", "PHL", "REB"),
    ("Free Aceh Movement", "IDN", "REB"),
    ("Fretilin", "TLS", "PTY"),
    ("Karen National Liberation Army", "MMR", "REB"),
    ("National League for Democracy", "MMR", "PTY"),
    ("Naxalites", "IND", "REB"),
    ("Hizbul Mujahideen", "IND", "REB"),
    ("UMNO", "MYS", "PTY"),
    ("Taiwan Solidarity Union", "TWN", "PTY"),
]

NOT_ORGS = [
    "expressed solidarity",
    "solidarity",
    "Solidarity",
    "in solidarity with the strikers",
    "the contra account",
    "contra",
    "Baath Party",
    "November 17",
    "17 November",
    "PAN card",
    "mujahideen",
    "popular front",
    "SLA",
    "RPF",
    "PAC",
]


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


@pytest.mark.parametrize(("name", "iso3", "sector"), HISTORIC_ORGS)
def test_historic_organisations_resolve(kb: ActorKB, name: str, iso3: str, sector: str) -> None:
    entry = kb.lookup(name)
    assert entry is not None and (entry.country, entry.sector, entry.kind) == (iso3, sector, "org")


@pytest.mark.parametrize(
    ("text", "iso3", "sector"),
    [
        ("Khmer Rouge guerrillas", "KHM", "REB"),
        ("the Sandinista troops", "NIC", "MIL"),
        ("FIS leader Abbassi Madani", "DZA", "PTY"),
        ("KLA rebels", "XKX", "REB"),
        ("Pakistan-based Hizbul Mujahideen", "IND", "REB"),
    ],
)
def test_historic_organisations_inside_phrases(
    kb: ActorKB, text: str, iso3: str, sector: str
) -> None:
    entry = kb.lookup(text)
    assert entry is not None and (entry.country, entry.sector) == (iso3, sector)


@pytest.mark.parametrize("text", NOT_ORGS)
def test_ordinary_words_are_no_organisation(kb: ActorKB, text: str) -> None:
    entry = kb.lookup(text)
    assert entry is None or entry.kind != "org", entry


def test_similar_acronyms_keep_their_case(kb: ActorKB) -> None:
    assert kb.org("JeM") is not None and kb.org("JeM").country == "PAK"  # type: ignore[union-attr]
    assert kb.org("JEM") is not None and kb.org("JEM").country == "SDN"  # type: ignore[union-attr]
    assert kb.org("International Ski Federation (FIS)") is None
    assert kb.lookup("International Ski Federation (FIS)") == kb.org("International Ski Federation")
