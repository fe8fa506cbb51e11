"""Generated spreadsheets for the import tests and benchmark: labels in English, Russian and
Kazakh, mixed date forms, and the records each row should become."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from fieldapp.domain.taxonomy import LANGUAGES, Taxonomy, load_default

# Headers in the three languages, as a coordinator's sheet has them.
HEADERS = ["Заголовок", "Date", "Өңір", "Вид угрозы", "Сферы", "Perpetrators",
           "Жәбірленушілер", "Описание", "Населённый пункт", "Примечание"]


def _label(taxonomy: Taxonomy, vocabulary: str, code: str, rng: random.Random) -> str:
    """The code itself, or its label in a random language, in a random case and padding."""
    choice = rng.randrange(5)
    text = code if choice == 0 else taxonomy[vocabulary].label(code, LANGUAGES[choice % 3])
    if choice == 4:
        text = text.upper()
    return f"  {text} " if rng.random() < 0.2 else text


def _active(taxonomy: Taxonomy, vocabulary: str) -> list[str]:
    return taxonomy[vocabulary].codes(include_retired=False)


def generate(count: int, seed: int = 7, xlsx: bool = False,
             ) -> tuple[list[list[Any]], list[dict[str, Any]]]:
    """(rows below the header, the record each should become)."""
    taxonomy = load_default()
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    rows: list[list[Any]] = []
    expected: list[dict[str, Any]] = []
    regions, threats = _active(taxonomy, "region"), _active(taxonomy, "threat_type")
    sectors, kinds = _active(taxonomy, "sector"), _active(taxonomy, "perpetrator_kind")
    bodies = _active(taxonomy, "state_body")
    genders, categories = _active(taxonomy, "victim_gender"), _active(taxonomy, "victim_category")
    start = date(2019, 1, 1)
    for n in range(count):
        day = start + timedelta(days=rng.randrange(2000))
        form = n % (4 if xlsx else 3)
        if form == 0:
            cell_date: Any = day.strftime("%d.%m.%Y")
            occurred = day.isoformat()
        elif form == 1:
            cell_date, occurred = day.isoformat(), day.isoformat()
        elif form == 2:
            cell_date, occurred = day.strftime("%m.%Y"), day.strftime("%Y-%m")
        else:
            cell_date, occurred = datetime(day.year, day.month, day.day), day.isoformat()
        region, threat = rng.choice(regions), rng.choice(threats)
        chosen = rng.sample(sectors, rng.randint(1, 2))
        kind = rng.choice(kinds)
        if kind == "state":
            body = rng.choice(bodies)
            perp_cell = (_label(taxonomy, "state_body", body, rng) if rng.random() < 0.5 else
                         f"{_label(taxonomy, 'perpetrator_kind', 'state', rng)}: "
                         f"{_label(taxonomy, 'state_body', body, rng)}")
            perps = [{"kind": "state", "body": body, "name": ""}]
        else:
            perp_cell = f"{_label(taxonomy, 'perpetrator_kind', kind, rng)}: Firm {n}"
            perps = [{"kind": kind, "body": None, "name": f"Firm {n}"}]
        gender, category = rng.choice(genders), rng.choice(categories)
        victims_cell = (f"Person {n}: {_label(taxonomy, 'victim_gender', gender, rng)}: "
                        f"{_label(taxonomy, 'victim_category', category, rng)}; Other {n}")
        victims = [{"alias": f"Person {n}", "gender": gender, "category": category},
                   {"alias": f"Other {n}", "gender": None, "category": None}]
        title = f"Строка {n}: угроза / қауіп / threat"
        rows.append([title, cell_date, _label(taxonomy, "region", region, rng),
                     _label(taxonomy, "threat_type", threat, rng),
                     "; ".join(_label(taxonomy, "sector", s, rng) for s in chosen),
                     perp_cell, victims_cell, f"Описание {n}\nвторая строка",
                     f"Город {n % 50}", "not read"])
        order = {c: i for i, c in enumerate(taxonomy["sector"].codes())}
        expected.append({"title": title, "occurred_on": occurred, "region": region,
                         "threat_type": threat, "sectors": sorted(chosen, key=order.__getitem__),
                         "perpetrators": perps, "victims": victims,
                         "description": f"Описание {n}\nвторая строка",
                         "locality": f"Город {n % 50}"})
    return rows, expected


def write_csv(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS,
              delimiter: str = ";", bom: bool = True) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode())
    return path


def write_xlsx(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
