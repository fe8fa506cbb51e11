"""A canary in every field and in an attachment must not reach any file in readable form,
and a source's name or contact must not come out of the observer's vault at all."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from photos import photo
from support import PASSPHRASE, SOURCE_PASSPHRASE, full_record, run_cli

from fieldapp.store.vault import DB_FILE, KEY_FILE


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(roots: Iterable[Path], since: float | None = None) -> Iterator[Path]:
    for root in roots:
        for folder, _, names in os.walk(root, onerror=lambda _error: None):
            for name in names:
                path = Path(folder) / name
                try:
                    if not path.is_file() or (since is not None and path.stat().st_mtime < since):
                        continue
                except OSError:
                    continue
                yield path


def holders(paths: Iterable[Path], needles: list[bytes], skip: Path) -> list[str]:
    """Every file (outside `skip`) that holds one of the needles."""
    found = []
    for path in paths:
        if path.is_relative_to(skip):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            found.append(str(path))
    return found


def test_a_canary_in_every_field_and_attachment_leaves_no_readable_trace(
    tmp_path: Path, canary: Callable[[str], str]
) -> None:
    started = time.time() - 1
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    inputs = tmp_path / "input"  # what the user brings: holds the canary on purpose
    env = {
        "HOME": str(home),
        "TMPDIR": str(temp), "TMP": str(temp), "TEMP": str(temp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    for directory in (temp, inputs, home / "run"):
        directory.mkdir(parents=True, mode=0o700)

    printed: list[str] = []  # everything the observer's commands print after saving

    def cli(*args: str | Path, stdin: str | None = None, vault: Path | None = None) -> str:
        extra = {"FIELDAPP_SOURCE_PASSPHRASE": SOURCE_PASSPHRASE} if vault is not None else {}
        result = run_cli(*args, env=env | extra, stdin=stdin, vault=vault)
        assert result.returncode == 0, result.stderr
        if vault is None:
            printed.extend([result.stdout, result.stderr])
        return result.stdout

    record = full_record(
        title=f"Threat {canary('title')}",
        locality=canary("locality"),
        description=f"{canary('description')} " * 50,
        perpetrators=[{"kind": "company", "name": canary("perpetrator")}],
        victims=[{"alias": canary("victim"), "gender": "woman", "category": "lawyer"}],
        sources=[{"name": canary("sourcename"), "contact": canary("sourcecontact"),
                  "note": canary("sourcenote")}],
    )
    evidence = inputs / f"{canary('filename')}.txt"
    evidence.write_bytes(("\n".join([canary("attachment")] * 200)).encode("utf-8"))
    picture = inputs / f"{canary('photoname')}.jpg"
    picture.write_bytes(photo("JPEG", canary("exif")))

    # The office, on its own machine (outside the folders scanned), with its source key; the
    # observer enrols it from its identity card before saving any source.
    office = tmp_path / "office-machine"
    cli("init", "--role", "office", "--name", "Leak office", "--source-key",
        office / "usb" / "source.key", vault=office / "vault")
    card = inputs / "office.card"
    cli("identity", "export", card, vault=office / "vault")
    fingerprint = json.loads(cli("identity", "show", "--json",
                                 vault=office / "vault"))["fingerprint"]

    # The default vault location, under the XDG data directory pointed at above.
    cli("init", "--role", "observer", "--name", "Leak test")
    cli("peers", "add", card, "--fingerprint", fingerprint)
    printed.clear()
    [record_id] = cli("record", "add", "-", stdin=json.dumps(record)).split()
    cli("record", "edit", record_id, "-",
        stdin=json.dumps({"description": f"edited {canary('edited')}"}))
    cli("attach", record_id, evidence)
    cli("attach", record_id, picture)
    case_line = cli("case", "add", "-", stdin=json.dumps({
        "title": f"Case {canary('casetitle')}", "summary": canary("casesummary"),
        "persons": [{"alias": canary("caseperson"), "gender": "man"}]}))
    reference = case_line.split()[1]
    cli("record", "edit", record_id, "-",
        stdin=json.dumps({"case": reference, "legal_articles": ["cc_274"]}))
    shown_case = json.loads(cli("case", "show", reference, "--json"))
    assert [e["id"] for e in shown_case["events"]] == [record_id]
    assert canary("casetitle") in cli("case", "list")
    found = cli("record", "list", "--query", canary("victim"))
    assert found.startswith(record_id)
    shown = json.loads(cli("record", "show", record_id, "--json"))
    assert shown["sources"] == {"count": 1, "sealed_for": "office"}
    assert shown["description"] == f"edited {canary('edited')}"
    assert "sources: 1 sealed for the office" in cli("record", "show", record_id).splitlines()
    [listed] = json.loads(cli("record", "list", "--json"))
    assert listed["id"] == record_id and "sources" not in listed
    assert cli("record", "list").startswith(record_id)
    for word in ("sourcename", "sourcecontact", "sourcenote"):
        assert cli("record", "list", "--query", canary(word)) == ""
        assert json.loads(cli("record", "list", "--json", "--query", canary(word))) == []
    cli("identity", "show")
    cli("peers", "list")
    cli("audit", "verify")
    # No command of the observer prints the source's name, contact or note.
    assert len(printed) > 20
    for word in ("sourcename", "sourcecontact", "sourcenote"):
        assert not [text for text in printed if canary(word) in text], word
    # ... while the other fields do come out where asked for (the check can see).
    assert any(canary("victim") in text for text in printed)

    vault = home / ".local" / "share" / "fieldapp" / "vault"
    assert sorted(p.name for p in vault.iterdir()) == [DB_FILE, KEY_FILE]
    assert (vault / DB_FILE).stat().st_size > 8192  # the records really are in there
    needles = encodings(canary(""))
    # The scanner does see the canary where it is in plain text.
    assert len(holders(files_under([inputs]), needles, skip=tmp_path / "nothing")) == 2

    leaks = holders(files_under([home, temp]), needles, skip=inputs)
    # Temporary files anywhere else on the machine made during this test.
    shared_temp = [Path(p) for p in ("/tmp", "/var/tmp", "/dev/shm") if Path(p).is_dir()]
    leaks += holders(files_under(shared_temp, since=started), needles, skip=inputs)
    assert leaks == []
    assert PASSPHRASE.encode() not in (vault / KEY_FILE).read_bytes()
