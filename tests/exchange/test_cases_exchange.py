"""Cases travel, merge and purge as records do: opened apart by two observers, merged at the
office, purged to stubs, continued by reference; the same result in any order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from support import dump_database, run_cli

from fieldapp.errors import FieldappError
from fieldapp.services import case_views, cases, export, importing, purge, receipts, records
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from tests.exchange.conftest import Forger, World, export_path, open_bundle


def stage(case: str, on: str, threat: str, token: str = "", **more: Any) -> dict[str, Any]:
    return {"title": f"Stage {threat} {token}".strip(), "occurred_on": on,
            "region": "pavlodar", "threat_type": threat, "sectors": ["trade_unions"],
            "case": case, **more}


def open_case(observer: Session, token: str = "", **more: Any) -> tuple[str, str]:
    ((case_id, reference),) = cases.add_cases(observer, [{
        "title": f"Union leader {token}".strip(), "summary": f"Story {token}".strip(),
        "persons": [{"alias": f"Leader {token}".strip(), "gender": "man",
                     "category": "trade_unionist"}], **more}])
    return case_id, reference


def deliver(world: World, observer: Session) -> None:
    """Export, import at the office, receipt back to the observer."""
    sent = export.export_bundle(observer, world.usb)
    assert sent is not None
    assert importing.import_bundle(world.office, sent.path).status == "accepted"
    out = world.usb / "receipts"
    out.mkdir(exist_ok=True)
    (mine,) = [w for w in receipts.write_receipts(world.office, out)
               if w.observer == observer.identity.name]
    assert importing.import_bundle(observer, mine.path).status == "accepted"


def test_a_case_and_its_stages_arrive_at_the_office_whole(world: World) -> None:
    case_id, reference = open_case(world.alice, reference="PAV-2024-007")
    records.add_records(world.alice, [
        stage(reference, "2024-01-10", "police_summons", legal_articles=["cc_274"]),
        stage(reference, "2024-02-01", "detention"),
        stage(reference, "2024-03-05", "guilty_verdict", outcome="release_from_custody",
              outcome_on="2025-06"),
    ])
    sent = export.export_bundle(world.alice, world.usb)
    assert sent is not None and sent.cases == 1
    report = importing.import_bundle(world.office, sent.path)
    assert (report.status, report.new, report.cases) == ("accepted", 3, 1)
    shown = case_views.show_case(world.office, cases.resolve_case(world.office, reference))
    assert shown["id"] == case_id and shown["title"] == "Union leader"
    assert [e["threat_type"] for e in shown["events"]] == [
        "police_summons", "detention", "guilty_verdict"]
    assert shown["events"][0]["legal_articles"] == ["cc_274"]
    assert shown["events"][2]["outcome_on"] == "2025-06"
    assert (shown["first_on"], shown["last_on"]) == ("2024-01-10", "2025-06")
    # Nothing new: the case is not sent again.
    assert export.export_bundle(world.alice, world.usb) is None


def test_a_case_edit_and_closing_travel_as_new_versions(world: World) -> None:
    case_id, _ = open_case(world.alice)
    deliver(world, world.alice)
    cases.edit_case(world.alice, case_id, {"summary": "Now charged"})
    cases.close_case(world.alice, case_id, "2025-02-01")
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    shown = case_views.show_case(world.office, case_id)
    assert (shown["summary"], shown["status"], shown["closed_on"]) == (
        "Now charged", "closed", "2025-02-01")


def test_an_observer_cannot_touch_another_observers_case(world: World) -> None:
    case_id, _ = open_case(world.alice)
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    # Bob signs a bundle whose case line claims Alice's case as its own.
    open_case(world.bob, "B")
    forger = Forger(open_bundle(export_path(world.bob, world.usb).read_bytes(), world.office),
                    identity_store.signing_key(world.bob.conn),
                    identity_store.age_identity(world.office.conn).recipient())
    lines = forger.lines_copy()
    (line,) = [x for x in lines if x["type"] == "case"]
    line["case_id"] = case_id
    (forged := world.usb / "forged.age").write_bytes(forger.bundle(records=lines))
    report = importing.import_bundle(world.office, forged)
    assert (report.status, report.code, report.params["case_id"]) == (
        "rejected", "foreign_case", case_id)
    assert case_views.show_case(world.office, case_id)["title"] == "Union leader"


def _two_observers_one_case(world: World) -> tuple[list[Path], str, str]:
    _, a_ref = open_case(world.alice, "A", reference="PAV-2024-001")
    records.add_records(world.alice, [stage(a_ref, "2024-01-10", "police_summons")])
    _, b_ref = open_case(world.bob, "B", reference="AST-2024-001")
    records.add_records(world.bob, [stage(b_ref, "2024-02-10", "detention")])
    paths = [export_path(world.alice, world.usb), export_path(world.bob, world.usb)]
    records.add_records(world.bob, [stage(b_ref, "2024-05-10", "guilty_verdict")])
    paths.append(export_path(world.bob, world.usb))
    return paths, a_ref, b_ref


def _outcome(office: Session) -> tuple[Any, ...]:
    listed = case_views.list_cases(office)
    return tuple((c["id"], tuple(c["references"]), c["stages"], c["first_on"], c["last_on"])
                 for c in listed)


def test_merged_cases_are_one_whatever_the_order_of_bundles_and_merge(world: World) -> None:
    paths, a_ref, b_ref = _two_observers_one_case(world)
    results = set()
    for n, order in enumerate(itertools.permutations(range(3))):
        for flip in (False, True):
            office = world.lab.copy_of(world.office, f"office{n}{flip}")
            merged = False
            for index in order:
                importing.import_bundle(office, paths[index])
                held = {c["reference"] for c in case_views.list_cases(office)}
                if not merged and {a_ref, b_ref} <= held:
                    pair = [cases.resolve_case(office, a_ref), cases.resolve_case(office, b_ref)]
                    cases.merge_cases(office, *(reversed(pair) if flip else pair))
                    merged = True
            results.add(_outcome(office))
            office.lock()
    # Every order of bundles, and of the merge's two cases, gives the same single case.
    assert len(results) == 1
    ((_, references, stages, first, last),) = results.pop()
    assert references == ("AST-2024-001", "PAV-2024-001") and stages == 3
    assert (first, last) == ("2024-01-10", "2024-05-10")


def test_merges_of_three_cases_in_any_order_give_the_same_group(world: World) -> None:
    refs = [open_case(world.alice, "A", reference="PAV-2024-001")[1],
            open_case(world.alice, "B", reference="PAV-2024-002")[1],
            open_case(world.bob, "C", reference="AST-2024-001")[1]]
    for observer in (world.alice, world.bob):
        importing.import_bundle(world.office, export_path(observer, world.usb))
    results = set()
    pairs = [(0, 1), (1, 2), (2, 0)]
    for n, chosen in enumerate(itertools.permutations(pairs, 2)):
        office = world.lab.copy_of(world.office, f"three{n}")
        for a, b in chosen:
            first, second = (cases.resolve_case(office, refs[i]) for i in (b, a))
            cases.merge_cases(office, first, second)
        with pytest.raises(FieldappError) as caught:
            a, b = next(p for p in pairs if p not in chosen)
            cases.merge_cases(office, cases.resolve_case(office, refs[a]),
                              cases.resolve_case(office, refs[b]))
        assert caught.value.code == "cases_already_merged"
        results.add(_outcome(office))
        office.lock()
    assert len(results) == 1
    ((_, references, *_),) = results.pop()
    assert references == ("AST-2024-001", "PAV-2024-001", "PAV-2024-002")


def test_both_references_lead_to_the_merged_case_and_a_later_stage_joins_it(
        world: World) -> None:
    paths, a_ref, b_ref = _two_observers_one_case(world)
    for path in paths[:2]:
        importing.import_bundle(world.office, path)
    group = cases.merge_cases(world.office, cases.resolve_case(world.office, b_ref),
                              cases.resolve_case(world.office, a_ref))
    assert cases.resolve_case(world.office, a_ref) == group
    assert cases.resolve_case(world.office, b_ref) == group
    importing.import_bundle(world.office, paths[2])  # Bob's later stage, under his reference
    shown = case_views.show_case(world.office, b_ref and group)
    assert [e["threat_type"] for e in shown["events"]] == [
        "police_summons", "detention", "guilty_verdict"]
    assert {p["alias"] for p in shown["persons"]} == {"Leader A", "Leader B"}
    # Merging in the other order names the same case.
    assert group == min(shown["merged_from"] + [group],
                        key=lambda c: world.office.conn.execute(
                            "SELECT min(hlc) FROM case_versions WHERE case_id = ?",
                            (c,)).fetchone()[0])


def test_merge_is_for_the_office_only(world: World) -> None:
    first, _ = open_case(world.alice, "A")
    second, _ = open_case(world.alice, "B")
    with pytest.raises(FieldappError) as caught:
        cases.merge_cases(world.alice, first, second)
    assert caught.value.code == "office_only_case_merge"


def test_purge_leaves_a_stub_and_the_case_goes_on(world: World) -> None:
    token = "qzcasecanary5"
    case_id, reference = open_case(world.alice, token)
    records.add_records(world.alice, [
        stage(reference, "2024-01-10", "police_summons", token),
        stage(reference, "2024-04-02", "criminal_charge", token,
              outcome="acquittal", outcome_on="2024-09-01"),
    ])
    deliver(world, world.alice)
    assert purge.purge_delivered(world.alice) == 2
    stub = case_views.show_case(world.alice, cases.resolve_case(world.alice, reference))
    assert stub["stub"] is True and stub["events"] == []
    assert "title" not in stub and "persons" not in stub and "summary" not in stub
    assert (stub["reference"], stub["status"]) == (reference, "open")
    assert (stub["first_on"], stub["last_on"]) == ("2024-01-10", "2024-09-01")
    assert token.encode() not in dump_database(world.alice.conn)
    for path in world.alice.vault.directory.iterdir():
        assert token.encode() not in path.read_bytes()
    with pytest.raises(FieldappError) as caught:
        cases.close_case(world.alice, case_id, "2025-01-01")
    assert caught.value.code == "case_purged"
    # The next stage, filed by reference on the stub, reaches the office's whole case.
    (appeal,) = records.add_records(world.alice, [
        stage(reference, "2025-01-20", "appeal_rejected")])
    shown = case_views.show_case(world.alice, case_id)
    assert [e["id"] for e in shown["events"]] == [appeal] and shown["stub"]
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    office = case_views.show_case(world.office, case_id)
    assert office["title"] == f"Union leader {token}"
    assert [e["threat_type"] for e in office["events"]] == [
        "police_summons", "criminal_charge", "appeal_rejected"]


def test_old_format_bundles_still_import(world: World) -> None:
    """A version 1 bundle (no case count, no case lines), as fieldapp wrote before cases."""
    records.add_records(world.alice, [stage("", "2023-05-01", "dismissal")])
    data = export_path(world.alice, world.usb).read_bytes()
    forger = Forger(open_bundle(data, world.office), identity_store.signing_key(
        world.alice.conn), identity_store.age_identity(world.office.conn).recipient())
    manifest = {k: v for k, v in forger.fresh_manifest(version=1).items()
                if k not in ("cases", "vocabulary")}
    old = world.usb / "old.age"
    old.write_bytes(forger.bundle(manifest=manifest))
    report = importing.import_bundle(world.office, old)
    assert (report.status, report.new) == ("accepted", 1)
    # A version 2 bundle (cases counted, no vocabulary version) too.
    second = {k: v for k, v in forger.fresh_manifest(version=2).items() if k != "vocabulary"}
    (before_vocabulary := world.usb / "v2.age").write_bytes(forger.bundle(manifest=second))
    assert importing.import_bundle(world.office, before_vocabulary).status == "accepted"
    # A version 2 manifest must count its case lines; a version 1 may carry none.
    (bad := world.usb / "bad.age").write_bytes(forger.bundle(
        manifest=forger.fresh_manifest(version=1)))
    assert importing.import_bundle(world.office, bad).code == "format_unsupported"


def test_a_case_edited_on_both_sides_is_in_conflict_until_an_edit_resolves_it(
        world: World) -> None:
    case_id, _ = open_case(world.alice)
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    cases.edit_case(world.office, case_id, {"summary": "The office's account"})
    cases.edit_case(world.alice, case_id, {"summary": "The observer's account"})
    report = importing.import_bundle(world.office, export_path(world.alice, world.usb))
    assert (report.status, report.cases) == ("accepted", 1)
    shown = case_views.show_case(world.office, case_id)
    assert shown["in_conflict"] is True
    assert [c["in_conflict"] for c in case_views.list_cases(world.office)] == [True]
    cases.edit_case(world.office, case_id, {"summary": "Both accounts, reconciled"})
    shown = case_views.show_case(world.office, case_id)
    assert (shown["in_conflict"], shown["summary"]) == (False, "Both accounts, reconciled")


def test_a_deleted_case_travels_and_its_reference_leads_nowhere(world: World) -> None:
    case_id, reference = open_case(world.alice)
    (stage_id,) = records.add_records(world.alice, [stage(reference, "2024-01-10",
                                                          "dismissal")])
    with pytest.raises(FieldappError) as caught:
        cases.delete_case(world.alice, case_id)
    assert caught.value.code == "case_has_stages"
    records.edit_record(world.alice, stage_id, {"case": None})
    cases.delete_case(world.alice, case_id)
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    for vault in (world.alice, world.office):
        assert case_views.list_cases(vault) == []
        with pytest.raises(FieldappError) as caught:
            cases.resolve_case(vault, reference)
        assert caught.value.code == "no_case"
        with pytest.raises(FieldappError) as caught:
            cases.resolve_case(vault, case_id)
        assert caught.value.code == "case_deleted"


def test_the_cli_purge_says_which_cases_stay_as_stubs(world: World) -> None:
    _, reference = open_case(world.alice)
    records.add_records(world.alice, [stage(reference, "2024-01-10", "police_summons")])
    deliver(world, world.alice)
    directory = world.alice.vault.directory
    world.alice.lock()
    result = run_cli("purge", "--delivered", vault=directory)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "purged 1 delivered record(s)",
        "1 delivered case(s) kept as stubs: reference, status and dates only"]
    shown = run_cli("case", "show", reference, "--json", vault=directory)
    assert json.loads(shown.stdout)["stub"] is True
