"""SECURITY.md's audit recipe, run exactly as written, with the stock age, tar and ssh-keygen."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.services import export, peers, records
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from sync.card import parse_card

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "audit recipe passphrase"


def recipe() -> str:
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- audit-recipe.*?-->\s*```sh\n(.*?)```", text, re.S)
    assert match, "SECURITY.md lost its audit recipe"
    return match.group(1)


def require(binary: str) -> None:
    if shutil.which(binary) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{binary} is not installed")
        pytest.skip(f"{binary} is not installed here")


def test_the_audit_recipe_verifies_a_real_bundle(tmp_path: Path) -> None:
    for binary in ("age", "tar", "ssh-keygen"):
        require(binary)
    office = create_vault(tmp_path / "office", "office", "Office", PASSPHRASE, params=KDF_FLOOR)
    observer = create_vault(tmp_path / "observer", "observer", "Observer", PASSPHRASE,
                            params=KDF_FLOOR)
    office_card = parse_card(peers.own_card(office).to_text().encode())
    observer_card = parse_card(peers.own_card(observer).to_text().encode())
    peers.add_peer(observer, office_card, office_card.fingerprint)
    peers.add_peer(office, observer_card, observer_card.fingerprint)
    records.add_records(observer, [{"title": "Audit me", "occurred_on": "2024-01",
                                    "region": "astana", "threat_type": "surveillance",
                                    "sectors": ["information"]}])
    result = export.export_bundle(observer, tmp_path)
    assert result is not None
    office.lock()
    observer.lock()

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "fieldapp"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m fieldapp "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    work = tmp_path / "review-work"
    work.mkdir()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "BUNDLE": str(result.path), "FIELDAPP_VAULT": str(tmp_path / "office"),
           "FIELDAPP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", recipe()], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f'Good "fieldapp-bundle@v1" signature for {observer_card.fingerprint}' in (
        done.stdout + done.stderr)
    listing = [line for line in done.stdout.splitlines() if line.startswith("-rw-------")]
    assert [line.split()[-1] for line in listing] == ["manifest.json", "records.jsonl"]
    assert all(" 0/0 " in line and "1970-01-01" in line for line in listing)
    assert '"kind":"records"' in done.stdout
    assert stat.S_IMODE((work / "review" / "office-age-identity.txt").stat().st_mode) == 0o600
