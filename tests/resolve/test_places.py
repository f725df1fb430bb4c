"""Place names geocoded to ISO alpha-3 countries and approximate coordinates."""

from __future__ import annotations

import pycountry
import pytest

from newsevents.models import Location
from newsevents.resolve.places import Gazetteer, is_place, load_gazetteer

TOLERANCE = 3.0  # degrees

PLACES = [
    # name, country, lat, lon
    ("Moscow", "RUS", 55.76, 37.62),
    ("New Delhi", "IND", 28.61, 77.21),
    ("Beijing", "CHN", 39.90, 116.40),
    ("Christchurch", "NZL", -43.53, 172.64),
    ("Tripoli", "LBY", 32.89, 13.19),
    ("Hyderabad", "IND", 17.38, 78.49),
    ("Paris", "FRA", 48.86, 2.35),
    ("London", "GBR", 51.51, -0.13),
    ("Washington", "USA", 38.90, -77.04),
    ("Washington, D.C.", "USA", 38.90, -77.04),
    ("New York", "USA", 40.71, -74.01),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Kiev", "UKR", 50.45, 30.52),
    ("Odessa", "UKR", 46.48, 30.72),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Kabul", "AFG", 34.53, 69.17),
    ("Baghdad", "IRQ", 33.31, 44.36),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Cairo", "EGY", 30.04, 31.24),
    ("Lagos", "NGA", 6.52, 3.38),
    ("Nairobi", "KEN", -1.29, 36.82),
    ("São Paulo", "BRA", -23.55, -46.63),
    ("Sao Paulo", "BRA", -23.55, -46.63),
    ("Mexico City", "MEX", 19.43, -99.13),
    ("Sydney", "AUS", -33.87, 151.21),
    ("Tokyo", "JPN", 35.68, 139.69),
    ("Jakarta", "IDN", -6.21, 106.85),
    ("Bombay", "IND", 19.08, 72.88),
    ("Srinagar", "IND", 34.08, 74.80),
    ("Islamabad", "PAK", 33.68, 73.05),
    ("The Hague", "NLD", 52.08, 4.30),
    ("Jerusalem", "ISR", 31.77, 35.21),
    ("Benghazi", "LBY", 32.12, 20.07),
    ("Misrata", "LBY", 32.38, 15.09),
    ("Aleppo", "SYR", 36.20, 37.16),
    ("Idlib", "SYR", 35.93, 36.63),
    ("Deraa", "SYR", 32.62, 36.10),
    ("Mosul", "IRQ", 36.34, 43.13),
    ("Fallujah", "IRQ", 33.35, 43.78),
    ("Kandahar", "AFG", 31.61, 65.71),
    ("Sanaa", "YEM", 15.35, 44.21),
    ("Tahrir Square", "EGY", 30.04, 31.24),
    # regions and disputed territories
    ("Galwan valley", "IND", 34.75, 78.20),
    ("the Galwan Valley", "IND", 34.75, 78.20),
    ("Ladakh", "IND", 34.20, 77.60),
    ("Kashmir", "IND", 34.08, 74.80),
    ("Aksai Chin", "CHN", 35.20, 79.50),
    ("Crimea", "UKR", 45.30, 34.40),
    ("Donbas", "UKR", 48.00, 38.50),
    ("Gaza", "PSE", 31.42, 34.36),
    ("the Gaza Strip", "PSE", 31.42, 34.36),
    ("West Bank", "PSE", 31.95, 35.25),
    ("Golan Heights", "SYR", 33.00, 35.75),
    ("Tibet", "CHN", 31.50, 88.00),
    ("Xinjiang", "CHN", 41.10, 85.20),
    ("Darfur", "SDN", 13.50, 24.00),
    ("Chechnya", "RUS", 43.40, 45.70),
    ("Nagorno-Karabakh", "AZE", 39.90, 46.70),
    ("Kosovo", "XKX", 42.60, 20.90),
    ("Western Sahara", "ESH", 24.20, -12.90),
    ("Helmand", "AFG", 31.00, 64.20),
    ("Sindh", "PAK", 25.40, 68.40),
    ("Texas", "USA", 31.00, -97.00),
    ("Bavaria", "DEU", 48.80, 11.50),
    ("Northern Ireland", "GBR", 54.60, -6.50),
    ("Tigray", "ETH", 14.00, 39.00),
    # countries
    ("Russia", "RUS", 61.50, 105.30),
    ("China", "CHN", 35.90, 104.20),
    ("India", "IND", 22.00, 79.00),
    ("the United States", "USA", 39.80, -98.60),
    ("US", "USA", 39.80, -98.60),
    ("U.S.", "USA", 39.80, -98.60),
    ("Britain", "GBR", 54.00, -2.00),
    ("Georgia", "GEO", 42.30, 43.40),
    ("Lebanon", "LBN", 33.90, 35.90),
    ("Jordan", "JOR", 30.60, 36.20),
    ("Iran", "IRN", 32.40, 53.70),
    ("Syria", "SYR", 34.80, 39.00),
    ("North Korea", "PRK", 40.30, 127.50),
    ("Ivory Coast", "CIV", 7.50, -5.50),
    ("DR Congo", "COD", -4.00, 21.80),
    ("Palestine", "PSE", 31.90, 35.20),
    ("Taiwan", "TWN", 23.70, 121.00),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(("name", "country", "lat", "lon"), PLACES)
def test_lookup(gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float) -> None:
    location = gazetteer.lookup(name)
    assert location is not None, name
    assert location.country == country
    assert location.lat is not None and location.lon is not None
    assert abs(location.lat - lat) <= TOLERANCE, (name, location)
    assert abs(location.lon - lon) <= TOLERANCE, (name, location)


@pytest.mark.parametrize(
    "name", ["Xyzzyville", "Hamas", "Taliban", "Reuters", "the ministry", "us", ""]
)
def test_unknown_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_lookup_ignores_case_and_accents(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("MOSCOW") == gazetteer.lookup("moscow") == gazetteer.lookup("Moscow")
    assert gazetteer.lookup("Cote d'Ivoire") == gazetteer.lookup("Côte d'Ivoire")


def test_canonical_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Kiev") == Location("Kyiv", "UKR", 50.45, 30.52)
    kosovo = gazetteer.lookup("Kosovo")
    assert kosovo is not None and kosovo.name == "Kosovo"
    russia = gazetteer.lookup("Russian Federation")
    assert russia is not None and russia.name == "Russia"


def test_international_waters_have_no_country(gazetteer: Gazetteer) -> None:
    sea = gazetteer.lookup("South China Sea")
    assert sea is not None and sea.country is None and sea.lat is not None


def test_every_country_has_coordinates(gazetteer: Gazetteer) -> None:
    for record in pycountry.countries:
        location = gazetteer.lookup(record.name)
        assert location is not None, record.name
        assert location.country == record.alpha_3, record.name
        assert location.lat is not None and -90 <= location.lat <= 90
        assert location.lon is not None and -180 <= location.lon <= 180


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Moscow", True),
        ("Galwan Valley", True),
        ("Punjab", True),
        ("France", True),
        ("Police", False),  # a small town in Poland
        ("Union", False),
        ("Obama", False),  # a small town in Japan
        ("Hamas", False),
        ("the ministry", False),
    ],
)
def test_is_place(name: str, expected: bool) -> None:
    assert is_place(name) is expected


def test_is_place_without_countries() -> None:
    assert is_place("Moscow", countries=False)
    assert not is_place("France", countries=False)
    assert not is_place("Kosovo", countries=False)
    assert is_place("Crimea", countries=False)


def test_small_places_still_geocode(gazetteer: Gazetteer) -> None:
    police = gazetteer.lookup("Police")
    assert police is not None and police.country == "POL"


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()
