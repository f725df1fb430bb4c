"""Event downloads: the CLI's CSV columns as a CSV or a Parquet file."""

from __future__ import annotations

import io
from collections.abc import Sequence

from fastapi.responses import Response

from newsevents.models import Event
from newsevents.query.formats import CSV_COLUMNS, csv_record, write_csv

PARQUET_TYPE = "application/vnd.apache.parquet"
_INTEGERS = ("quad", "n_mentions", "n_sources")
_FLOATS = ("score",)


def _attachment(content: bytes, media_type: str, name: str) -> Response:
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def csv_bytes(events: Sequence[Event]) -> bytes:
    """The events as UTF-8 CSV, exactly as ``newsevents events --format csv`` writes them."""
    out = io.StringIO(newline="")
    write_csv(events, out)
    return out.getvalue().encode("utf-8")


def parquet_bytes(events: Sequence[Event]) -> bytes:
    """The events as a Parquet file with the CSV columns (typed: numbers stay numbers)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(name: str) -> pa.DataType:
        return pa.int64() if name in _INTEGERS else pa.float64() if name in _FLOATS \
            else pa.string()

    schema = pa.schema([(name, kind(name)) for name in CSV_COLUMNS])
    table = pa.Table.from_pylist([csv_record(e) for e in events], schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def events_file(events: Sequence[Event], fmt: str) -> Response:
    """A download of ``events`` as ``csv`` or ``parquet``."""
    if fmt == "csv":
        return _attachment(csv_bytes(events), "text/csv; charset=utf-8", "events.csv")
    return _attachment(parquet_bytes(events), PARQUET_TYPE, "events.parquet")
