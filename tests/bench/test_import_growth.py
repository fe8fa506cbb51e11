"""What one bundle of 5,000 records costs to import as the office grows from 80,000 to
320,000 records: sixteen observers each send four bundles, imported in the order they were
written. The anchor is the same run's cost at 80,000; the goal is the cost at 320,000 within
15% of it.

The office (empty, its peers enrolled) and the 64 bundles take minutes to make, so they are
kept under ~/.cache/fieldapp-bench/import_growth/<schema>-<generator>/ between runs of this
benchmark (never in CI); a change of the schema or of the way ids or bundles are made
builds them anew.

Run on demand: pytest tests/bench/test_import_growth.py -s
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import statistics
import time
from pathlib import Path

from fieldapp.services import export, importing, peers
from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store.keyfile import KDF_FLOOR
from sync.card import parse_card

OBSERVERS = 16
ROUNDS = 4
RECORDS_EACH = 5_000
PASSPHRASE = "benchmark passphrase"
ROOT = Path(__file__).resolve().parents[2]
GENERATOR = "v2"  # raise when build() changes, so the cached bundles are made anew
# Marks of an office's size at which the per-bundle cost is read: the four bundles that
# take it up to 80k, 160k, 240k and 320k records.
MARKS = (80_000, 160_000, 240_000, 320_000)


def cache_dir() -> Path:
    """Keyed by the schema's last migration and by what makes the ids and the bundles."""
    migrations = sorted((ROOT / "fieldapp" / "store" / "migrations").glob("*.sql"))
    made_by = hashlib.sha256(GENERATOR.encode())
    # The office is cached empty, with its schema: a changed migration makes it anew.
    for path in (ROOT / "fieldapp" / "domain" / "ids.py",
                 ROOT / "fieldapp" / "services" / "export.py", *migrations):
        made_by.update(path.read_bytes())
    name = f"schema{migrations[-1].name[:4]}-{made_by.hexdigest()[:12]}"
    return Path.home() / ".cache" / "fieldapp-bench" / "import_growth" / name


def card(session: Session):  # type: ignore[no-untyped-def]
    return parse_card(peers.own_card(session).to_text().encode())


def build(target: Path) -> None:
    """An empty office with sixteen enrolled observers and their 64 bundles, round by round."""
    work = target.with_name(target.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    (work / "usb").mkdir(parents=True)
    office = create_vault(work / "office", "office", "Office", PASSPHRASE, params=KDF_FLOOR)
    for n in range(OBSERVERS):
        observer = create_vault(work / f"observer{n}", "observer", f"Observer {n}",
                                PASSPHRASE, params=KDF_FLOOR)
        peers.add_peer(observer, card(office), card(office).fingerprint)
        peers.add_peer(office, card(observer), card(observer).fingerprint)
        observer.lock()  # one vault open at a time, as on a laptop
    office.lock()
    order = []
    for round_ in range(ROUNDS):
        for n in range(OBSERVERS):
            observer = unlock(work / f"observer{n}", PASSPHRASE)
            add_records(observer, generate_records(RECORDS_EACH, seed=round_ * OBSERVERS + n,
                                                   with_sources=False))
            result = export.export_bundle(observer, work / "usb")
            assert result is not None
            order.append(result.path.name)
            observer.lock()
    for n in range(OBSERVERS):
        shutil.rmtree(work / f"observer{n}")
    (work / "order.json").write_text(json.dumps(order), encoding="utf-8")
    work.rename(target)


def test_per_bundle_import_cost_stays_flat_as_the_office_grows(tmp_path: Path) -> None:
    cached = cache_dir()
    if not (cached / "order.json").exists():
        build(cached)
    shutil.copytree(cached / "office", tmp_path / "office")
    order = json.loads((cached / "order.json").read_text(encoding="utf-8"))
    office = unlock(tmp_path / "office", PASSPHRASE)
    seconds, cpu = [], []
    for name in order:
        os.sync()  # the previous bundle's writes are not this one's cost
        started, cpu_started = time.perf_counter(), time.process_time()
        (report,) = importing.import_bundles(office, [cached / "usb" / name])
        seconds.append(time.perf_counter() - started)
        # The processor time too: on a machine shared with other work, wall time is noisy.
        cpu.append(time.process_time() - cpu_started)
        assert report.status == "accepted", report.reason
    total = office.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    office.lock()
    assert total == OBSERVERS * ROUNDS * RECORDS_EACH
    per_mark, cpu_mark = {}, {}
    for mark in MARKS:
        last = mark // RECORDS_EACH
        per_mark[mark] = statistics.median(seconds[last - 4:last])
        cpu_mark[mark] = statistics.median(cpu[last - 4:last])
    growth = per_mark[MARKS[-1]] / per_mark[MARKS[0]]
    print(json.dumps({"bundle_records": RECORDS_EACH,
                      "per_bundle_s": {str(k): round(v, 3) for k, v in per_mark.items()},
                      "growth_80k_to_320k": round(growth, 2),
                      "per_bundle_cpu_s": {str(k): round(v, 3) for k, v in cpu_mark.items()},
                      "cpu_growth_80k_to_320k": round(cpu_mark[MARKS[-1]] / cpu_mark[MARKS[0]], 2),
                      "total_import_s": round(sum(seconds), 1),
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
    assert growth < 1.15
