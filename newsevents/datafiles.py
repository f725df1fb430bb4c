"""The one reader for the TSV data files we ship inside stage packages.

Lines starting with ``#`` are comments, the first other line is the header,
short rows are padded with empty fields and a row longer than the header is an
error naming the file and line.
"""

from __future__ import annotations

from importlib import resources


def read_tsv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of ``<package>/data/<name>`` as dicts keyed by the header."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return parse_tsv(text, name)


def parse_tsv(text: str, origin: str) -> list[dict[str, str]]:
    """Parse TSV text with a header row; cells are stripped, short rows padded."""
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0][1].split("\t")
    rows = []
    for number, line in lines[1:]:
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) > len(header):
            raise ValueError(f"{origin}:{number}: {len(fields)} fields, header has {len(header)}")
        rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)), strict=True)))
    return rows
