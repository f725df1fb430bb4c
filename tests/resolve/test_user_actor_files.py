"""User actor files (``--actors``): CSV and YAML loading, overriding the KB, dates, bad rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.config import Config
from newsevents.errors import ConfigError
from newsevents.resolve.actorfile import load_actor_file, load_actor_files
from newsevents.resolve.events import Resolver
from newsevents.resolve.kb import USER, ActorKB, KBEntry, load_kb

CSV_TEXT = """\
# leaders we track by hand
name,aliases,country,sector,valid_from,valid_to
Ilinca Varescu,Varescu;Minister Varescu,MDA,GOV,2021-01-01,2023-12-31
the president,,usa,gov,2017-01-20,2021-01-20

Xinhua,New China News Agency,CHN,GOV,,
"""

YAML_TEXT = """\
actors:
  - name: Ilinca Varescu
    aliases: [Varescu]
    country: MDA
    sector: GOV
    valid_from: 2021-01-01
  - name: Norwegian Refugee Council
    aliases: NRC; the council; on
    country: NOR
    sector: NGO
"""


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return str(path)


def _error(path: str, kb: ActorKB) -> ConfigError:
    with pytest.raises(ConfigError) as err:
        load_actor_file(path, kb)
    return err.value


def test_csv_rows_are_read_with_aliases_codes_and_dates(tmp_path: Path, kb: ActorKB) -> None:
    path = _write(tmp_path, "leaders.csv", CSV_TEXT)
    loaded = load_actor_file(path, kb)
    assert loaded.path == str(Path(path).resolve()) and len(loaded.sha256) == 64
    first, president, xinhua = loaded.actors
    assert (first.name, first.aliases) == ("Ilinca Varescu", ("Varescu", "Minister Varescu"))
    assert (first.country, first.sector, first.valid_from, first.valid_to) == (
        "MDA", "GOV", date(2021, 1, 1), date(2023, 12, 31))
    assert (first.origin, first.line) == (loaded.path, 3)
    assert (president.country, president.sector, president.line) == ("USA", "GOV", 4)
    assert (xinhua.line, xinhua.valid_from, xinhua.valid_to) == (6, None, None)


def test_yaml_list_under_actors_reads_every_value_as_text(tmp_path: Path,
                                                                kb: ActorKB) -> None:
    loaded = load_actor_file(_write(tmp_path, "people.yaml", YAML_TEXT), kb)
    varescu, council = loaded.actors
    assert (varescu.line, varescu.aliases, varescu.valid_from) == (2, ("Varescu",),
                                                                   date(2021, 1, 1))
    assert council.country == "NOR" and council.aliases == ("NRC", "the council", "on")
    plain = _write(tmp_path, "plain.yml", "- name: Varescu\n  country: MDA\n")
    assert [a.name for a in load_actor_file(plain, kb).actors] == ["Varescu"]
    assert load_actor_file(_write(tmp_path, "empty.yaml", "# nothing yet\n"), kb).actors == ()


def test_user_entry_beats_the_builtin_kb_for_the_same_name(tmp_path: Path, kb: ActorKB) -> None:
    assert kb.lookup("Xinhua") == KBEntry("CHN", "MED", "org", "Xinhua")
    user = kb.with_user_actors(load_actor_file(_write(tmp_path, "a.csv", CSV_TEXT), kb).actors)
    day = date(2022, 5, 1)
    assert user.lookup("Xinhua", on=day) == KBEntry("CHN", "GOV", USER, "Xinhua")
    assert user.lookup("the New China News Agency", on=day) == KBEntry("CHN", "GOV", USER,
                                                                       "Xinhua")
    assert user.lookup("Varescu", on=day) == KBEntry("MDA", "GOV", USER, "Ilinca Varescu")
    # Inside a longer phrase the longest name still wins; the built-in KB is unchanged.
    assert user.lookup("Indian critics of Varescu", on=day).country == "IND"  # type: ignore[union-attr]
    assert kb.lookup("Varescu", on=day) is None and load_kb().lookup("Xinhua").sector == "MED"  # type: ignore[union-attr]


def test_validity_dates_follow_the_publication_date(tmp_path: Path, kb: ActorKB) -> None:
    user = kb.with_user_actors(load_actor_file(_write(tmp_path, "a.csv", CSV_TEXT), kb).actors)
    assert user.lookup("the President", on=date(2018, 6, 1)) == KBEntry("USA", "GOV", USER,
                                                                         "the president")
    assert user.lookup("the president", on=date(2021, 1, 20)) is not None  # inclusive
    assert user.lookup("the president", on=date(2021, 1, 21)) is None
    assert user.lookup("the French president", on=date(2018, 6, 1)).country == "FRA"  # type: ignore[union-attr]
    assert user.lookup("Ilinca Varescu", on=date(2020, 12, 31)) is None
    assert user.lookup("Ilinca Varescu", on=date(2023, 12, 31)) is not None
    assert user.lookup("Ilinca Varescu") is None  # no date: dated entries never apply
    assert user.lookup("Xinhua").kind == USER  # type: ignore[union-attr]


def test_later_files_beat_earlier_ones_and_resolver_loads_them(tmp_path: Path) -> None:
    first = _write(tmp_path, "first.csv", "name,country,sector\nVarescu,MDA,GOV\n")
    second = _write(tmp_path, "second.yaml", "- {name: Varescu, country: ROU, sector: OPP}\n")
    resolver = Resolver.load(Config(actor_files=(first, second)))
    assert [f.path for f in resolver.actor_files] == [str(Path(first).resolve()),
                                                       str(Path(second).resolve())]
    assert resolver.kb.lookup("Varescu", on=date(2022, 1, 1)) == KBEntry("ROU", "OPP", USER,
                                                                          "Varescu")
    assert Resolver.load(Config()).actor_files == ()


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("bad.csv", "name,country,sector\nVarescu,MDX,GOV\n", 2, "country 'MDX'"),
        ("bad.csv", "name,country,sector\nVarescu,MDA,MINISTRY\n", 2, "sector 'MINISTRY'"),
        ("bad.csv", "name,country,sector\n\n,MDA,GOV\n", 3, "no name"),
        ("bad.csv", "name,country,sector\nVarescu,,\n", 2, "needs a country or a sector"),
        ("bad.csv", "name,country,valid_from\nVarescu,MDA,2021-02-30\n", 2, "valid_from"),
        ("bad.csv", "name,country,valid_from,valid_to\nV,MDA,2021-05-01,2021-04-01\n", 2,
         "before valid_from"),
        ("bad.csv", "name,country\nVarescu,MDA,GOV\n", 2, "header has 2"),
        ("bad.csv", "name,contry\nVarescu,MDA\n", 1, "unknown field 'contry'"),
        ("bad.csv", "country,sector\nMDA,GOV\n", 1, "no 'name' column"),
        ("bad.csv", "name,country\nVarescu,MDA\nvarescu,ROU\n", 3, "already listed on line 2"),
        ("bad.yaml", "- name: Varescu\n  country: MDA\n- name: Dorin\n  sector: [GOV]\n", 4,
         "single value"),
        ("bad.yaml", "- name: Varescu\n  country: MDA\n- just a name\n", 3, "must be a mapping"),
        ("bad.yaml", "- name: Varescu\n  valid_to: soon\n  country: MDA\n", 2, "valid_to"),
        ("bad.yaml", "name: Varescu\n", 1, "expected a list"),
    ],
)
def test_bad_rows_are_coded_errors_naming_file_and_line(
    tmp_path: Path, kb: ActorKB, name: str, text: str, line: int, words: str
) -> None:
    path = _write(tmp_path, name, text)
    err = _error(path, kb)
    assert err.code == "NE503"
    assert err.message.startswith(f"{path}:{line}: ") and words in err.message


def test_overlapping_dates_only_for_the_same_name(tmp_path: Path, kb: ActorKB) -> None:
    text = ("name,country,sector,valid_from,valid_to\n"
            "the president,USA,GOV,2017-01-20,2021-01-19\n"
            "the president,USA,GOV,2021-01-20,\n")
    assert len(load_actor_file(_write(tmp_path, "terms.csv", text), kb).actors) == 2


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("actors.txt", b"name\nX\n", "unsupported actor file type '.txt'"),
        ("broken.yaml", b"- name: [Varescu\n", "invalid YAML"),
        ("latin.csv", b"name,country\nB\xe9la,HUN\n", "not UTF-8"),
    ],
)
def test_unreadable_files_are_ne502(tmp_path: Path, kb: ActorKB, name: str, content: bytes,
                                    words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    err = _error(str(path), kb)
    assert err.code == "NE502" and err.message.startswith(str(path)) and words in err.message
    missing = _error(str(tmp_path / "absent.csv"), kb)
    assert missing.code == "NE502" and "absent.csv" in missing.message


def test_one_bad_file_stops_the_load_before_anything_runs(tmp_path: Path, kb: ActorKB) -> None:
    good = _write(tmp_path, "good.csv", "name,country\nVarescu,MDA\n")
    bad = _write(tmp_path, "bad.csv", "name,country\nDorin,ZZZ\n")
    with pytest.raises(ConfigError) as err:
        load_actor_files([good, bad], kb)
    assert f"{bad}:2:" in str(err.value) and str(err.value).startswith("NE503")
