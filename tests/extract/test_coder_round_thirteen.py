"""Thirteenth-round coder rules, on invented sentences through the real model (slow).

A protest, show of force or talks in the "in" phrase of an active verb is its subject's
act ("kept their children home *in a boycott*"); a bare noun there is only a manner ("froze
ties *in protest*"). A subject the parser split in two ("The rebel | Tamil Tigers said they
...") still speaks for "they"; "X let it be known that he would" is X speaking. Alert levels
raised, forces on alert, beefed up or doubled are mobilisations. "Lift" concedes only a
restriction, not a survivor lifted from rubble. Attackers and others named by a plain noun
("snipers", "bandits", "parents") are actors of their sector.
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2004, 9, 21)


def _events(text: str) -> list[Event]:
    return coder().code(text, DAY)


def _sources(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    """Source country and sector of every event of ``kind``."""
    return [(e.source.country, e.source.sector) for e in _events(text) if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Parents in Lahore kept their children out of school in a boycott over fees.",
     "PROTEST", "PAK"),
    ("Turkish jets flew low over the island in a show of force aimed at Athens.", "MOBILIZE", "TUR"),
    (("In a telephone conversation on Friday, the Polish president and his Lithuanian "
      "counterpart went over the dispute about the pipeline."), "CONSULT", "POL"),
    ("The separatist Tamil Tigers said they would accept the truce offered by Colombo.",
     "AGREE", "LKA"),
    ("The Malian president let it be known that he would meet the rebel leaders in Algiers.",
     "AGREE", "MLI"),
    ("Pakistan raised the alert status of its air force after the raid.", "MOBILIZE", "PAK"),
    ("Indonesian troops in Aceh were on high alert after the ambush.", "MOBILIZE", "IDN"),
    ("Indonesia declared a state of alert in Papua.", "MOBILIZE", "IDN"),
    ("Israel beefed up its forces along the border with Lebanon.", "MOBILIZE", "ISR"),
    ("Kenya doubled the number of police officers in Mombasa.", "MOBILIZE", "KEN"),
    ("Kuwait lifted its ban on political gatherings.", "CONCEDE", "KWT"),
    ("Serb forces lifted their blockade of the road to the airport near Sarajevo.", "RETREAT", "SRB"),
])
def test_coded_with_source(text: str, kind: str, country: str) -> None:
    assert country in [c for c, _ in _sources(text, kind)], _events(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Three policemen died in the attack on the station in Grozny.", "MOBILIZE"),
    ("Spain froze its ties with Cuba in protest at the executions.", "PROTEST"),
    ("The French ministry acted in consultation with Berlin on the matter.", "CONSULT"),
    ("The Thai central bank raised the level of interest rates.", "MOBILIZE"),
    ("Vietnam was on alert for bird flu.", "MOBILIZE"),
    ("Rescuers lifted a survivor from the rubble in Bam.", "CONCEDE"),
])
def test_false_friends(text: str, kind: str) -> None:
    assert not _sources(text, kind), _events(text)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Snipers fired on a crowd of protesters in Sanaa.", "YEM", "UAF"),
    ("Bandits ambushed a relief convoy in Darfur.", "SDN", "CRM"),
    ("Masked raiders set fire to the offices of an opposition newspaper in Harare.", "ZWE", "UAF"),
])
def test_plain_noun_attackers(text: str, country: str, sector: str) -> None:
    assert (country, sector) in _sources(text, "ASSAULT"), _events(text)


def test_a_mother_tongue_is_no_actor() -> None:
    events = _events("Thousands of Hungarians in Cluj marched to demand schooling in their mother tongue.")
    assert events and all(e.target is None or "mother" not in e.target.text for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Tehran said Washington would regret any strike on its reactors.", "IRN", "USA"),
    ("Pyongyang said Tokyo would pay dearly for its part in the naval drills.", "PRK", "JPN"),
    ("Russia warned that Georgia would pay a heavy price for the raid.", "RUS", "GEO"),
])
def test_a_foretold_regret_is_a_threat(text: str, source: str, target: str) -> None:
    threats = [e for e in _events(text) if e.type == "THREATEN"]
    assert [(e.source.country, e.target.country if e.target else None) for e in threats] == [
        (source, target)], _events(text)


@pytest.mark.parametrize("text", [
    "The minister said the company would pay the workers in full.",
    "Chile said it would regret losing the contract.",
])
def test_a_plain_payment_or_own_regret_is_no_threat(text: str) -> None:
    assert not any(e.type == "THREATEN" for e in _events(text)), _events(text)


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Student demonstrations against the military government spread across Burma.", "PROTEST", "MMR"),
    ("Israeli air strikes on Gaza went on for a third day.", "ASSAULT", "ISR"),
    ("A wave of strikes by Romanian miners spread to the Jiu valley.", "PROTEST", "ROU"),
    ("The Kurdish community in Germany protested against the arrest of the rebel leader.",
     "PROTEST", "DEU"),
])
def test_acts_named_by_their_makers(text: str, kind: str, country: str) -> None:
    assert country in [c for c, _ in _sources(text, kind)], _events(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Job done, and troop withdrawals can begin.", "RETREAT"),
    ("Fears of Israeli air strikes grew in Beirut.", "ASSAULT"),
    ("Kosovo peace talks resumed in Vienna on Monday.", "CONSULT"),
    ("The overall population of penguins in Argentina has declined sharply.", "REJECT"),
])
def test_acts_whose_modifier_makes_nothing(text: str, kind: str) -> None:
    assert not _sources(text, kind), _events(text)


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Dock workers in Gdynia laid down tools over unpaid wages.", "PROTEST", "POL"),
    ("Truck drivers in Chile blocked motorways around Santiago with their rigs.", "PROTEST", "CHL"),
    ("Unions in Bolivia brought the country to a standstill on Monday with a general strike.",
     "PROTEST", "BOL"),
    ("Iraq turned poison gas on Kurdish villagers in Halabja.", "ASSAULT", "IRQ"),
    ("Armed men slit the throats of twelve farmers in a village near Blida.", "ASSAULT", "DZA"),
    ("The Syrian army crushed the uprising in Hama.", "ASSAULT", "SYR"),
    ("Settlers in Zimbabwe took over more white-owned farms.", "COERCE", "ZWE"),
    ("Malaysia began sending home thousands of Indonesian migrant workers.", "COERCE", "MYS"),
    ("Eritrea ordered foreign aid workers to leave the country.", "SANCTION", "ERI"),
    ("Turkish tanks rolled across the border into northern Cyprus.", "MOBILIZE", "TUR"),
    ("Spanish police went on their highest state of alert before the vote.", "MOBILIZE", "ESP"),
])
def test_thirteenth_round_wordings(text: str, kind: str, country: str) -> None:
    assert country in [c for c, _ in _sources(text, kind)], _events(text)


def test_weapons_handed_in_are_still_a_disarmament() -> None:
    assert _sources("The rebels turned in their weapons to UN peacekeepers in Liberia.", "RETREAT")


@pytest.mark.parametrize(("text", "kind"), [
    ("Rock-throwing protesters clashed with police outside the palace in Quito.", "PROTEST"),
    ("Rioters set fire to shops and cars in Caracas.", "PROTEST"),
    ("Tutsi youths beat a Hutu family to death in a suburb of Bujumbura.", "ASSAULT"),
    ("An angry mob clubbed to death a district official in northern Burundi.", "ASSAULT"),
    ("Police clashed with protesters in Quito.", "ASSAULT"),
])
def test_violence_by_protesters_is_a_riot_unless_it_kills_or_hits_private_people(text: str, kind: str) -> None:
    assert {e.type for e in _events(text)} == {kind}, _events(text)


def test_refugees_arriving_pay_no_visit() -> None:
    text = "Hundreds of Iraqi refugees arrived in Turkey on Monday."
    assert not any(e.type == "CONSULT" for e in _events(text)), _events(text)
