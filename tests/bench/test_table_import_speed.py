"""100,000 spreadsheet rows through `record import-table` against `record add` of the same
records as JSON lines, measured in the same run on fresh vaults.

Run on demand: pytest tests/bench/test_table_import_speed.py -s -p no:cacheprovider
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table_sheets import generate, write_xlsx

from fieldapp.cli.json_input import read_json_records
from fieldapp.services.records import add_records
from fieldapp.services.session import create_vault
from fieldapp.services.table_import import import_file
from fieldapp.store.keyfile import KDF_FLOOR
from tests.bench.measure import peak_rss_mib

ROWS = 100_000


def test_table_import_against_record_add(tmp_path: Path) -> None:
    rows, expected = generate(ROWS, xlsx=True)
    sheet = write_xlsx(tmp_path / "threats.xlsx", rows)
    lines = tmp_path / "threats.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in expected))

    anchor_vault = create_vault(tmp_path / "a", "observer", "A", "bench passphrase",
                                params=KDF_FLOOR)
    started = time.perf_counter()
    assert len(add_records(anchor_vault, read_json_records(str(lines)))) == ROWS
    anchor = time.perf_counter() - started
    anchor_vault.lock()
    peak_anchor = peak_rss_mib()

    vault = create_vault(tmp_path / "t", "observer", "T", "bench passphrase", params=KDF_FLOOR)
    started = time.perf_counter()
    _plan, ids = import_file(vault, sheet)
    measured = time.perf_counter() - started
    vault.lock()
    assert len(ids) == ROWS
    print(f"\nrecord add (JSON lines): {anchor:.1f} s; import-table (.xlsx): {measured:.1f} s;"
          f" ratio {measured / anchor:.2f}; peak RSS after anchor {peak_anchor} MiB,"
          f" after import {peak_rss_mib()} MiB")
