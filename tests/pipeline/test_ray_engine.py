"""The Ray engine on a real local Ray cluster against the local engine (real model: slow).

The cluster is a head node and a worker node, each started with ``ray start --block`` as
its own process group (one CPU each, a small object store, no dashboard, a temp dir of
its own) and ended by killing exactly those groups. Both engines ingest the same 200
articles into their own DuckDB file; stored events (ids, links and all), corpus-memory
facts and counts must be identical.

The articles are the first ones of a shared corpus file when ``../shared`` is there, else
copies of the bundled demo articles with their own ids and dates; three invented
articles always among them make the corpus memory matter across the Ray engine's windows.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsevents.cli import main
from newsevents.config import Config
from newsevents.models import Event
from newsevents.pipeline import ingest
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "articles" / "wikinews_2019_2020.jsonl.gz"
DEMO = ROOT / "newsevents" / "demo"
ARTICLES = 200
# Two Ray windows (new actor pools) of 128 and 72 articles; 25 write batches each engine.
CONFIG = Config(batch_size=8, ray_window=128)
# Invented people. Tammsaar is defined in the first window and named bare in the second;
# Ozolkalns is defined at the end of one parse block (47) and named bare at the start of the
# next (48), which another actor may finish first: only input-order coding resolves him.
DEFINE = ("Estonian Defence Minister Kaarel Tammsaar accused Russia of violating the airspace "
          "agreement on Tuesday.\n\nThe ministry said talks would continue.")
BARE = ("Kaarel Tammsaar met Latvian officials in Riga on Wednesday.\n\n"
        "Tammsaar later criticised Belarus over the border closures.")
LATER = "Tammsaar urged Belarus to reopen the border crossing on Friday."
DEFINE_2 = ("Latvian Interior Minister Maris Ozolkalns accused Lithuania of ignoring the "
            "fisheries agreement on Monday.\n\nHis ministry said talks would continue.")
BARE_2 = ("Maris Ozolkalns met Polish officials in Warsaw on Thursday.\n\n"
          "Ozolkalns later criticised Russia over the new transit rules.")
MEMORY = {
    5: ("mem-define", "2020-01-05", DEFINE),
    47: ("mem-define-2", "2020-02-03", DEFINE_2),
    48: ("mem-bare-2", "2020-02-06", BARE_2),
    140: ("mem-bare", "2020-01-09", BARE),
    199: ("mem-later", "2020-01-12", LATER),
}


def _ray_or_skip() -> None:
    try:
        import ray.data  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("ray is not installed but CI=true: pip install -e '.[test]'")
        pytest.skip("ray is not installed: pip install 'newsevents[ray]' to run the Ray tests")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_node(temp: Path, name: str, extra: list[str]) -> subprocess.Popen[bytes]:
    ports = ("--node-manager-port", "--object-manager-port", "--dashboard-agent-listen-port",
             "--dashboard-agent-grpc-port", "--runtime-env-agent-port", "--metrics-export-port")
    command = [str(Path(sys.executable).parent / "ray"), "start", "--block", "--num-cpus", "1",
               "--object-store-memory", str(200 * 2**20), "--node-ip-address", "127.0.0.1",
               "--disable-usage-stats", *(f"{p}={_free_port()}" for p in ports), *extra]
    env = {**os.environ, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}
    with open(temp / f"{name}.log", "wb") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)


def _stop_nodes(nodes: list[subprocess.Popen[bytes]]) -> None:
    """End each node's process group: ``ray start`` and every Ray process it started."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for node in nodes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(node.pid, sig)
        deadline = time.monotonic() + 2
        while any(node.poll() is None for node in nodes) and time.monotonic() < deadline:
            time.sleep(0.1)


def _wait_for_head(head: subprocess.Popen[bytes], port: int, temp: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if head.poll() is not None:
            pytest.fail("ray head did not start:\n" + (temp / "head.log").read_text()[-3000:])
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail("ray head did not open its port within 60 s")


def _wait_for_nodes(address: str, count: int) -> None:
    import ray

    ray.init(address=address, log_to_driver=False)
    try:
        deadline = time.monotonic() + 60
        while sum(node["Alive"] for node in ray.nodes()) < count:
            assert time.monotonic() < deadline, f"{count} Ray nodes did not come up in 60 s"
            time.sleep(0.2)
        assert ray.cluster_resources().get("CPU") == count
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The address of a running two-node Ray cluster (head and worker, one CPU each)."""
    _ray_or_skip()
    temp = Path(tempfile.mkdtemp(prefix="ne-ray-"))  # short: Ray's socket paths must fit
    port = _free_port()
    nodes = [_start_node(temp, "head", ["--head", f"--port={port}", "--include-dashboard=false",
                                        f"--temp-dir={temp}"])]
    try:
        _wait_for_head(nodes[0], port, temp)
        nodes.append(_start_node(temp, "worker", [f"--address=127.0.0.1:{port}"]))
        _wait_for_nodes(f"127.0.0.1:{port}", 2)
        yield f"127.0.0.1:{port}"
    finally:
        _stop_nodes(nodes)
        shutil.rmtree(temp, ignore_errors=True)


def _base_records() -> list[dict[str, Any]]:
    """The first articles of a shared corpus file, else numbered copies of the demo texts."""
    wanted = ARTICLES - len(MEMORY)
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
            return [json.loads(line) for _, line in zip(range(wanted), handle)]
    texts = [path.read_text("utf-8").split(" ", 2)[2] for path in sorted(DEMO.glob("*.txt"))]
    start = date(2021, 1, 1)
    return [{"id": f"demo-{i}", "date": (start + timedelta(days=i)).isoformat(),
             "text": texts[i % len(texts)]} for i in range(wanted)]


def _corpus(folder: Path) -> Path:
    """200 articles (the memory ones at their positions), a duplicate and a bad line."""
    records = _base_records()
    for position, (article_id, day, text) in sorted(MEMORY.items()):
        records.insert(position, {"id": article_id, "date": day, "text": text})
    assert len(records) == ARTICLES
    lines = [json.dumps(r) for r in records] + [json.dumps(records[0]), "{not json"]
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _contents(db: Path) -> tuple[list[Event], list[Any], dict[str, int]]:
    with Store.open(db, read_only=True) as store:
        events = sorted(store.query_events(), key=lambda e: e.id)
        facts = sorted(store.actor_facts(), key=lambda f: (f.article_id, f.mention.start))
        return events, facts, store.counts()


@pytest.mark.slow
def test_ray_engine_stores_the_same_events_as_the_local_engine(cluster: str,
                                                              tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    on_ray = ingest([corpus], tmp_path / "ray.duckdb", config=CONFIG, engine="ray",
                    address=cluster)
    local = ingest([corpus], tmp_path / "local.duckdb", config=CONFIG)
    assert on_ray == local
    assert (local.read, local.stored, local.duplicate, local.rejected) == (202, 200, 1, 1)
    ray_events, ray_facts, ray_counts = _contents(tmp_path / "ray.duckdb")
    events, facts, counts = _contents(tmp_path / "local.duckdb")
    assert len(events) > 50 and counts["articles"] == ARTICLES
    assert [e.id for e in ray_events] == [e.id for e in events]
    assert ray_events == events
    assert ray_facts == facts and ray_counts == counts
    remembered = {(e.article_id, e.source.country) for e in events}  # via the corpus memory
    assert {("mem-bare", "EST"), ("mem-later", "EST"), ("mem-bare-2", "LVA")} <= remembered


def test_ray_engine_without_the_extra_is_a_coded_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # an interpreter without ray installed
    monkeypatch.setitem(sys.modules, "ray.data", None)
    db = tmp_path / "x.duckdb"
    status = main(["ingest", str(DEMO), "--db", str(db), "--engine", "ray"])
    assert status == 2
    assert "NE510: --engine ray needs the ray extra: pip install 'newsevents[ray]'" in (
        capsys.readouterr().err)
    assert not db.exists()  # failed before the database or the model were touched


def test_address_without_the_ray_engine_is_a_coded_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ingest", str(DEMO), "--db", str(tmp_path / "x.duckdb"),
                   "--address", "127.0.0.1:6379"])
    assert status == 2 and "NE501" in capsys.readouterr().err


def test_an_address_where_no_cluster_listens_fails_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _ray_or_skip()
    db = tmp_path / "x.duckdb"
    started = time.monotonic()
    status = main(["ingest", str(DEMO), "--db", str(db), "--engine", "ray",
                   "--address", f"127.0.0.1:{_free_port()}"])
    assert status == 2 and "NE511: no Ray cluster answers at 127.0.0.1:" in capsys.readouterr().err
    assert time.monotonic() - started < 10 and not db.exists()
