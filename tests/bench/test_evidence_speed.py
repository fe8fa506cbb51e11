"""Evidence in constant memory: a record with a 256 MiB video exported into a bundle and the
bundle imported by the office, each against stock `age` on the same bytes in the same run
(`age -e` of the file, `age -d` of its output), each the median of three runs. Every run of
fieldapp is a process of its own, its peak resident size reset (Linux: /proc/self/clear_refs)
once the vault is open, so the memory growth (the step's peak minus the resident size just
before it) belongs to that step alone.

Run on demand: pytest tests/bench/test_evidence_speed.py -s
EVIDENCE_FILES=4 makes the bundle 1 GiB (four 256 MiB files: the most one file may be);
EVIDENCE_RUNS=1 measures once.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from fieldapp.services import attachments, peers
from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store.keyfile import KDF_FLOOR
from sync.card import parse_card

FILE_MIB = 256
FILES = int(os.environ.get("EVIDENCE_FILES", "1"))
RUNS = int(os.environ.get("EVIDENCE_RUNS", "3"))
PASSPHRASE = "benchmark passphrase"

# One step in a fresh interpreter: open the vault, note the peak memory, run, note it again.
_CHILD = """
import json, sys, time
from pathlib import Path
from fieldapp.services import export, importing
from fieldapp.services.session import unlock

def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise LookupError(field)

step, vault, where = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
session = unlock(vault, sys.argv[4])
# The key derivation at unlock peaks high; the peak is reset so that it measures the step.
Path("/proc/self/clear_refs").write_text("5")
before = status("VmRSS")
started = time.perf_counter()
if step == "export":
    result = export.export_bundle(session, where, everything=True)
    out = str(result.path)
else:
    [report] = importing.import_bundles(session, [where])
    assert report.status == "accepted", report.as_dict()
    out = report.status
seconds = time.perf_counter() - started
after = status("VmHWM")
session.lock()
print(json.dumps({"seconds": seconds, "rss_before": before, "rss_peak": after, "out": out}))
"""


def card(session: Session):  # type: ignore[no-untyped-def]
    return parse_card(peers.own_card(session).to_text().encode())


def write_video(path: Path) -> None:
    with path.open("wb") as sink:
        for _ in range(FILE_MIB):
            sink.write(os.urandom(1024 * 1024))


def step(name: str, vault: Path, where: Path) -> dict[str, float | int | str]:
    done = subprocess.run([sys.executable, "-c", _CHILD, name, str(vault), str(where),
                           PASSPHRASE], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def timed(command: list[str]) -> float:
    os.sync()
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def test_video_export_and_import_against_stock_age(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    observer = create_vault(tmp_path / "observer", "observer", "Observer", PASSPHRASE,
                            params=KDF_FLOOR)
    office = create_vault(tmp_path / "office", "office", "Office", PASSPHRASE, params=KDF_FLOOR)
    set_office_source_recipient(office, create_source_key(tmp_path / "source.key", PASSPHRASE,
                                                          KDF_FLOOR))
    peers.add_peer(observer, card(office), card(office).fingerprint)
    peers.add_peer(office, card(observer), card(observer).fingerprint)
    [record_id] = add_records(observer, generate_records(1))
    videos = []
    for n in range(FILES):
        video = tmp_path / f"detention{n}.mp4"
        write_video(video)
        attachments.attach_file(observer, record_id, video)
        videos.append(video)
    observer.lock()
    office.lock()

    key = tmp_path / "age.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    # The anchor encrypts the same bytes (all the files, one after another) as one file.
    together = tmp_path / "together.bin"
    with together.open("wb") as sink:
        for video in videos:
            with video.open("rb") as source:
                shutil.copyfileobj(source, sink, 1024 * 1024)
    sealed, opened = tmp_path / "anchor.age", tmp_path / "anchor.out"
    age_e = [timed(["age", "-e", "-r", recipient, "-o", str(sealed), str(together)])
             for _ in range(RUNS)]
    age_d = [timed(["age", "-d", "-i", str(key), "-o", str(opened), str(sealed)])
             for _ in range(RUNS)]

    exports, imports = [], []
    for n in range(RUNS):
        os.sync()
        exports.append(step("export", tmp_path / "observer", usb))
        bundle_path = Path(str(exports[-1]["out"]))
        fresh = tmp_path / f"office{n}"
        shutil.copytree(tmp_path / "office", fresh)
        os.sync()
        imports.append(step("import", fresh, bundle_path))
        shutil.rmtree(fresh)
        bundle_path.unlink()

    def median(runs: list[dict[str, float | int | str]], key: str) -> float:
        return statistics.median(float(r[key]) for r in runs)

    def growth(runs: list[dict[str, float | int | str]]) -> float:
        return statistics.median(float(r["rss_peak"]) - float(r["rss_before"]) for r in runs)

    export_s, import_s = median(exports, "seconds"), median(imports, "seconds")
    figures = {
        "bundle_mib": FILE_MIB * FILES,
        "export_s": round(export_s, 2), "age_e_s": round(statistics.median(age_e), 2),
        "export_ratio": round(export_s / statistics.median(age_e), 1),
        "export_rss_growth_mib": growth(exports),
        "export_peak_rss_mib": median(exports, "rss_peak"),
        "import_s": round(import_s, 2), "age_d_s": round(statistics.median(age_d), 2),
        "import_ratio": round(import_s / statistics.median(age_d), 1),
        "import_rss_growth_mib": growth(imports),
        "import_peak_rss_mib": median(imports, "rss_peak"),
    }
    print(json.dumps(figures))
    # The memory goal: growth under 100 MiB whatever the file's size.
    assert figures["export_rss_growth_mib"] < 100
    assert figures["import_rss_growth_mib"] < 100
