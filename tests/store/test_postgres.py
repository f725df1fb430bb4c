"""The PostgreSQL backend against a real server (``conftest.py`` starts one).

Same schema and version as DuckDB; the same ingest gives the same events and the same
output of every command; duplicates are stored once; two ingests writing one database at
once store every article once and link every mention once; export/import between DuckDB
and PostgreSQL loses nothing, both ways. Articles and people are invented for these tests.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import demo_paths, main
from newsevents.errors import StoreError
from newsevents.models import ActorFact, Article, Reject, Span
from newsevents.store import Store, code_version

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "samples"

ACTORS_YAML = """\
- name: Marta Oksanen
  aliases: [Oksanen, "M. Oksanen"]
  country: FIN
  sector: GOV
"""
INVENTED = {
    "people.txt": "date 2022-03-01 Estonian Defence Minister Kalev Raudsepp accused Russia of "
                  "violating the airspace agreement on Monday.\n",
    "visit.txt": "date 2022-03-08 Raudsepp met Marta Oksanen in Helsinki on Tuesday.\n",
    "bad.jsonl": '{"id": "nodate", "text": "Chile sent aid to Peru."}\n{"id": broken\n',
}

COUNTRIES = ["Norway", "Sweden", "Chile", "Peru", "Kenya", "Ghana", "Canada", "Mexico"]
VERBS = ["met officials from", "accused", "signed a trade pact with", "sent aid to"]


def _columns(store: Store) -> dict[str, list[str]]:
    """Each table's column names, in order (a test-only look at the catalogue)."""
    rows = store._con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    ).fetchall()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found


def test_migrations_give_the_same_tables_columns_and_version(pg_url: str,
                                                             tmp_path: Path) -> None:
    with Store.open(pg_url) as pg, Store.open(tmp_path / "x.duckdb") as duck:
        assert pg.schema_version() == duck.schema_version() == code_version() >= 3
        assert pg.tables() == duck.tables() >= {"articles", "mentions", "events", "claims"}
        assert _columns(pg) == _columns(duck)
    with Store.open(pg_url) as again:  # a second open finds the schema and migrates nothing
        assert again.schema_version() == code_version()


def test_bad_url_and_unmigrated_database_give_coded_errors(pg_url: str) -> None:
    with pytest.raises(StoreError, match="NE301.*cannot connect to PostgreSQL.*nosuchdb"):
        Store.open(pg_url.replace("newsevents_test_", "nosuchdb_"))
    with pytest.raises(StoreError, match=f"NE301.*needs {code_version()}"):
        Store.open(pg_url, read_only=True)


# ---------------------------------------------------------------- one ingest, both engines


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    root = tmp_path_factory.mktemp("pg-inputs")
    for name, text in INVENTED.items():
        (root / name).write_text(text, "utf-8")
    (root / "people.yaml").write_text(ACTORS_YAML, "utf-8")
    paths = [str(p) for p in demo_paths([])] + [str(root / n) for n in INVENTED]
    if REFERENCE.exists():
        paths.append(str(REFERENCE))
    return paths, root / "people.yaml"


@pytest.fixture(scope="module")
def both(inputs: tuple[list[str], Path], new_pg_db: Callable[[], str],
         tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The same inputs ingested into a PostgreSQL database and a DuckDB file."""
    paths, actors = inputs
    pg = new_pg_db()
    duck = str(tmp_path_factory.mktemp("pg-duck") / "same.duckdb")
    for db in (pg, duck):
        assert main(["ingest", *paths, "--db", db, "--actors", str(actors)]) == 0
    return pg, duck


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _without_times(jsonl: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in jsonl.splitlines()]
    return [{k: v for k, v in row.items() if not k.endswith("_at")} for row in rows]


@pytest.mark.slow
def test_ingest_gives_the_same_events_as_duckdb(both: tuple[str, str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pg, duck = both
    got, want = (_without_times(_output(capsys, "events", "--db", db, "--format", "jsonl"))
                 for db in (pg, duck))
    assert len(want) >= 20
    assert got == want
    with Store.open(pg, read_only=True) as store:
        counts = store.counts()
        assert counts["rejects"] >= 2 and counts["articles"] >= 8
        assert store.check().healthy


COMMANDS = [
    ("events", "--source", "IND"), ("events", "--type", "ASSAULT", "--format", "csv"),
    ("events", "--since", "2021-01-01", "--until", "2022-12-31", "--limit", "5"),
    ("events", "--status", "single_source", "--format", "jsonl"),
    ("claims", "--format", "jsonl"), ("claims", "--status", "confirmed"),
    ("timeline", "IND", "CHN", "--format", "csv"), ("timeline", "IND", "CHN", "--by", "day"),
    ("actors", "--format", "jsonl"), ("actors", "--name", "oksanen"),
    ("rejects",), ("link",),
]


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_command_works_on_postgresql_as_on_duckdb(
    both: tuple[str, str], command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    pg, duck = both
    got = _output(capsys, *command, "--db", pg)
    want = _output(capsys, *command, "--db", duck)
    if "jsonl" in command:
        assert _without_times(got) == _without_times(want)
    else:
        assert got == want
    assert got.strip() or command[0] == "rejects"


@pytest.mark.slow
def test_check_reports_the_postgresql_store(both: tuple[str, str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    pg, duck = both
    got = _output(capsys, "check", "--db", pg).splitlines()
    want = _output(capsys, "check", "--db", duck).splitlines()
    assert got[0].startswith("database postgresql://") and got[-1] == "ok"
    assert got[1:] == want[1:]  # same counts, none unlinked


# ---------------------------------------------------------------- duplicates and parallel writers


def _articles(path: Path, numbers: range) -> set[str]:
    """Write short invented articles ``k<n>`` as JSON Lines; return their ids."""
    with path.open("w", encoding="utf-8") as out:
        for i in numbers:
            a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
            b = COUNTRIES[(i + 5) % 8] if a == b else b
            text = f"{a} {VERBS[i % 4]} {b} on Tuesday. Talks round {i} ends next month."
            out.write(json.dumps({"id": f"k{i:03d}", "date": f"2022-0{1 + i % 9}-1{i % 10}",
                                  "source": f"desk{i % 3}", "text": text}) + "\n")
    return {f"k{i:03d}" for i in numbers}


def _ids(store: Store, table: str) -> list[str]:
    rows = store._con.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()  # test-only peek
    return [row[0] for row in rows]


def _assert_linked_once(store: Store) -> None:
    """Every mention has exactly one claim, and each event counts exactly its claims."""
    events = store.links.events()
    claims = store.links.claims([e.id for e in events])
    assert sorted(c.mention_id for c in claims) == _ids(store, "mentions")
    for event in events:
        assert event.n_mentions == sum(1 for c in claims if c.event_id == event.id)
    assert store.check().healthy and store.check().unlinked == 0


@pytest.mark.slow
def test_ingesting_twice_stores_once(pg_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    ids = _articles(src, range(12))
    first = _output(capsys, "ingest", str(src), "--db", pg_url, "--batch-size", "5")
    again = _output(capsys, "ingest", str(src), "--db", pg_url)
    assert "stored 12 / duplicate 0" in first and "stored 0 / duplicate 12" in again
    with Store.open(pg_url, read_only=True) as store:
        assert set(_ids(store, "articles")) == ids
        _assert_linked_once(store)


@pytest.mark.slow
def test_two_parallel_ingests_store_every_article_once(pg_url: str, tmp_path: Path) -> None:
    # the same articles in the same order: both runs race to create the schema, then to
    # store each batch and to link it
    ids = _articles(tmp_path / "a.jsonl", range(240)) | _articles(tmp_path / "b.jsonl",
                                                                    range(240))
    runs = [subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest",
                              str(tmp_path / name), "--db", pg_url, "--batch-size", "3"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name in ("a.jsonl", "b.jsonl")]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with Store.open(pg_url, read_only=True) as store:
        assert _ids(store, "articles") == sorted(ids)
        runs = store._con.execute(
            "SELECT read, stored, duplicate, rejected FROM runs ORDER BY id").fetchall()
        assert [tuple(map(sum, zip(*runs, strict=True)))] == [(480, 240, 240, 0)]
        # each run read every record; which run stored a given batch depends on how the two
        # processes were scheduled (on a busy machine one may finish before the other starts),
        # so only the totals above are fixed
        assert [read for read, _, _, _ in runs] == [240, 240]
        _assert_linked_once(store)
    reference = tmp_path / "one.duckdb"
    assert main(["ingest", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"),
                 "--db", str(reference)]) == 0
    with Store.open(reference, read_only=True) as duck, \
            Store.open(pg_url, read_only=True) as pg:
        assert _ids(pg, "mentions") == _ids(duck, "mentions")


# ---------------------------------------------------------------- export / import round trips


def _rows_of(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    con = duckdb.connect()
    return {table: con.execute("SELECT * FROM read_parquet(?)",
                               [str(folder / entry["file"])]).fetchall()
            for table, entry in manifest["tables"].items()}


def _enrich(db: str) -> None:
    """Add rows of the kinds an ingest of the inputs may lack: odd bytes, a fact."""
    with Store.open(db) as store:
        store.add_rejects([Reject("odd.bin", 3, "NE107", "file is binary", b"\x00\xff\x10")])
        article = Article("extra", date(2020, 1, 2), "Minister Ann Example spoke.")
        fact = ActorFact("Ann Example", "NOR", None, "Minister", "extra", date(2020, 1, 2),
                         Span("Ann Example", 9, 20), Span(article.text, 0, 27))
        assert store.add_articles([(article, [])], [fact]) == (1, 0)


@pytest.mark.slow
def test_duckdb_to_postgresql_and_back_loses_nothing(
    both: tuple[str, str], new_pg_db: Callable[[], str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.duckdb"
    shutil.copy(both[1], source)
    _enrich(str(source))
    pg, back = new_pg_db(), str(tmp_path / "back.duckdb")
    _output(capsys, "export", "--db", str(source), "--out", str(tmp_path / "from-duck"))
    _output(capsys, "import", str(tmp_path / "from-duck"), "--db", pg)
    _output(capsys, "export", "--db", pg, "--out", str(tmp_path / "from-pg"))
    _output(capsys, "import", str(tmp_path / "from-pg"), "--db", back)
    _output(capsys, "export", "--db", back, "--out", str(tmp_path / "back-again"))
    original = _rows_of(tmp_path / "from-duck")
    assert all(original[t] for t in ("articles", "mentions", "events", "claims", "link_words",
                                     "rejects", "runs", "actor_facts", "user_actors"))
    assert _rows_of(tmp_path / "from-pg") == original
    assert _rows_of(tmp_path / "back-again") == original
    manifest = json.loads((tmp_path / "from-pg" / "manifest.json").read_text("utf-8"))
    assert manifest["schema_version"] == code_version()
    assert {t: e["rows"] for t, e in manifest["tables"].items()} == {
        t: len(rows) for t, rows in original.items()}
    for db in (pg, back):  # sequences moved past the imported ids; stores healthy
        with Store.open(db) as store:
            assert store.check().healthy
            highest = max(row[0] for row in original["runs"])
            assert store.record_run(read=0, stored=0, duplicate=0, rejected=0,
                                    command="test") == highest + 1


def test_import_refuses_a_filled_database_and_a_non_export(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(pg_url) as store:
        store.add_rejects([Reject("a.txt", 1, "NE103", "record has no text")])
    _output(capsys, "export", "--db", pg_url, "--out", str(tmp_path / "out"))
    assert main(["import", str(tmp_path / "out"), "--db", pg_url]) == 2
    assert "NE305" in (err := capsys.readouterr().err) and "is not empty" in err
    assert main(["import", str(tmp_path), "--db", str(tmp_path / "new.duckdb")]) == 2
    assert "NE305" in capsys.readouterr().err
    assert main(["export", "--db", pg_url, "--out", str(tmp_path / "out")]) == 2


def test_a_stray_nul_is_stored_as_the_replacement_character(pg_url: str) -> None:
    with Store.open(pg_url) as store:  # PostgreSQL text cannot hold NUL; DuckDB's can
        assert store.add_articles([(Article("nul", date(2021, 5, 4), "a\x00b"), [])]) == (1, 0)
        store.add_rejects([Reject("x.jsonl", 2, "NE105", "bad \x00 JSON", b"\x00")])
        text = store._con.execute("SELECT text FROM articles").fetchone()[0]
        assert text == "a\ufffdb"
        assert [(r.reason, r.raw) for r in store.rejects()] == [("bad \ufffd JSON", b"\x00")]
        assert store.check().healthy
