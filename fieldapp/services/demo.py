"""Synthetic records for the demo vault, drawn to follow the seed monitoring's figures.

Aliases, places and stories are invented; no real person or case appears.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldapp.resources import resources_dir
from fieldapp.services.export import export_bundle
from fieldapp.services.importing import import_bundle
from fieldapp.services.peers import add_peer, own_card
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store.keyfile import KDF_FLOOR

DEMO_PASSPHRASE = "demo passphrase"  # noqa: S105 - the demo is public by design
DEMO_RECORDS = 600

_MEN = ("Nurlan", "Yerlan", "Bolat", "Timur", "Marat", "Serik", "Ruslan", "Daniyar", "Askar")
_WOMEN = ("Aigerim", "Dana", "Saule", "Gulnara", "Asel", "Zhanna", "Madina", "Aliya", "Togzhan")
_INITIALS = "ABDEGKMNORSTZ"
_ENTITIES = ("Steppe Workers' Union", "Free Press Foundation", "Green Valley Initiative",
             "Legal Aid Centre No. 7", "Independent Miners' Union")
_COMPANIES = ("Northern Oil Services LLP", "Karagash Construction JSC", "Altyn Metals LLP",
              "Dala Coal Holding", "Eastern Energy Grid JSC")
_WHO = {
    "journalist": "Journalist",
    "trade_unionist": "Trade-union leader",
    "human_rights_defender": "Human-rights defender",
    "lawyer": "Lawyer",
    "religious_activist": "Religious activist",
    "civil_activist": "Civic activist",
    "opposition": "Opposition activist",
}
# What happened, by threat type; {who} is the person's role.
_EVENTS = {
    "detention": "{who} detained after a strike meeting",
    "criminal_charge": "{who} charged with spreading false information",
    "interrogation": "{who} questioned for six hours",
    "police_summons": "{who} summoned to the police over a social-media post",
    "court_refusal": "Court rejects the motions of a {who_lower}",
    "guilty_verdict": "{who} found guilty and given a restricted-freedom sentence",
    "appeal_rejected": "Appeal of a {who_lower} rejected",
    "search": "Home of a {who_lower} searched at dawn",
    "extremist_list": "{who} added to the financial-monitoring list",
    "detention_conditions": "Health of a detained {who_lower} worsens in custody",
    "administrative_penalty": "{who} fined for an unauthorised picket",
    "forewarning": "{who} given an official warning before a rally",
    "lawsuit": "Company sues a {who_lower} over a published letter",
    "reputation_damages": "Court awards damages against a {who_lower} for business reputation",
    "dismissal": "{who} dismissed after speaking about unpaid wages",
    "defamation": "Smear campaign against a {who_lower} in local media",
    "forced_hospitalisation": "{who} forcibly placed in a psychiatric clinic",
    "pressure_on_relatives": "Relatives of a {who_lower} pressed to make them stop",
    "planted_evidence": "{who} says evidence was planted during arrest",
    "equipment_seizure": "Laptop and phone of a {who_lower} seized",
    "tax_inspection": "Unscheduled tax inspection of an organisation's office",
    "organisation_suspension": "Organisation's activity suspended for three months",
    "physical_attack": "{who} attacked by unknown men near home",
    "intimidation": "{who} receives threatening calls",
    "surveillance": "{who} followed by plain-clothes officers",
}
_LOCALITIES = ("district centre", "regional capital", "mining town", "village",
               "industrial zone", "railway settlement", "oil-field camp")
_SUMMARIES = {
    "criminal": "Criminal proceedings opened after the defender's public statements.",
    "criminal_executive": "Conditions in custody worsened after a complaint was filed.",
    "administrative": "An administrative case followed a peaceful assembly.",
    "civil": "A civil claim was filed over published criticism of a company.",
    "other": "Pressure outside the courts after the defender raised labour issues.",
}


def load_distribution() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / "distribution.json").read_text(encoding="utf-8")
    )
    return data


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    codes = list(weights)
    return rng.choices(codes, weights=[float(weights[c]) for c in codes])[0]


def _alias(rng: random.Random, gender: str) -> str:
    if gender == "legal_entity":
        return rng.choice(_ENTITIES)
    names = _WOMEN if gender == "woman" else _MEN if gender == "man" else _MEN + _WOMEN
    return f"{rng.choice(names)} {rng.choice(_INITIALS)}."


def generate_records(
    count: int, seed: int = 2016, with_sources: bool = True
) -> list[dict[str, Any]]:
    """`count` valid records in the record JSON format, reproducible for a given seed."""
    dist = load_distribution()
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    records = []
    for _ in range(count):
        threat_type = _pick(rng, dist["threat_type"])
        year = int(_pick(rng, dist["year"]))
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        record: dict[str, Any] = {
            "title": "",
            "occurred_on": f"{year}-{month:02d}-{day:02d}",
            "region": _pick(rng, dist["region"]),
            "locality": rng.choice(_LOCALITIES),
            "threat_type": threat_type,
            "sectors": [_pick(rng, dist["sector"])],
            "perpetrators": [_perpetrator(rng, dist)],
            "victims": [],
            "description": "",
            "sources": [{"note": "invented demo source"}] if with_sources else [],
        }
        extra = int(_pick(rng, dist["sectors_per_threat"])) - 1
        for _ in range(extra):
            rest = {s: w for s, w in dist["sector"].items() if s not in record["sectors"]}
            record["sectors"].append(_pick(rng, rest))
        if rng.random() < dist["continuing_share"]:
            end_month = min(12, month + rng.randint(1, 3))
            record["occurred_until"] = f"{year}-{end_month:02d}"
        for _ in range(1 if rng.random() < 0.85 else 2):
            gender = _pick(rng, dist["victim_gender"])
            record["victims"].append({
                "alias": _alias(rng, gender),
                "gender": gender,
                "category": _pick(rng, dist["victim_category"]),
            })
        first = record["victims"][0]
        who = ("Organisation" if first["gender"] == "legal_entity"
               else _WHO.get(first["category"] or "", "Activist"))
        event = _EVENTS.get(threat_type, "{who} threatened")
        record["title"] = event.format(who=who, who_lower=who.lower())
        if rng.random() < dist["outcome_share"]:
            record["outcome"] = _pick(rng, dist["outcome"])
        block = _block_of(threat_type)
        record["description"] = _SUMMARIES.get(block, _SUMMARIES["other"])
        records.append(record)
    return records


_BLOCKS: dict[str, str] = {}


def _block_of(threat_type: str) -> str:
    if not _BLOCKS:
        data = json.loads((resources_dir() / "taxonomy" / "threat_types.json").read_text("utf-8"))
        _BLOCKS.update({item["code"]: item["block"] for item in data["codes"]})
    return _BLOCKS[threat_type]


def _perpetrator(rng: random.Random, dist: dict[str, Any]) -> dict[str, Any]:
    kind = _pick(rng, dist["perpetrator_kind"])
    if kind == "state":
        return {"kind": kind, "body": _pick(rng, dist["state_body"])}
    if kind == "company":
        return {"kind": kind, "name": rng.choice(_COMPANIES)}
    return {"kind": kind}


def build_demo_vault(
    directory: Path, count: int = DEMO_RECORDS, progress: Callable[[int, int], None] | None = None
) -> Session:
    """A fresh observer vault full of synthetic records, enrolled with a demo office that has
    imported them (so both sides can be explored); any old demo is replaced.

    Beside `directory`: demo-office/ (passphrase DEMO_PASSPHRASE) and demo-source.key (the
    office's source key, same passphrase), so the sealed sources can be opened too.
    """
    office_dir = directory.parent / "demo-office"
    source_key = directory.parent / "demo-source.key"
    for old in (directory, office_dir):
        if old.exists():
            shutil.rmtree(old)
    source_key.unlink(missing_ok=True)
    office = create_vault(office_dir, "office", "Central office (demo)", DEMO_PASSPHRASE,
                          params=KDF_FLOOR)
    set_office_source_recipient(office, create_source_key(source_key, DEMO_PASSPHRASE,
                                                          KDF_FLOOR))
    session = create_vault(directory, "observer", "Demo observer (Almaty)", DEMO_PASSPHRASE,
                           params=KDF_FLOOR)
    office_card = own_card(office)
    add_peer(session, office_card, office_card.fingerprint)
    observer_card = own_card(session)
    add_peer(office, observer_card, observer_card.fingerprint)
    batch = 100
    items = generate_records(count)
    for start in range(0, count, batch):
        add_records(session, items[start : start + batch])
        if progress:
            progress(min(start + batch, count), count)
    # The office receives the first bundle; what the observer records later stays new.
    outbox = directory.parent / "demo-outbox"
    outbox.mkdir(mode=0o700, exist_ok=True)
    sent = export_bundle(session, outbox)
    if sent is not None:
        import_bundle(office, sent.path)
        sent.path.unlink()
    office.lock()
    return session
