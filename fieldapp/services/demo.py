"""Synthetic records for the demo vault, and the cases some of them are stages of, drawn to
follow the seed monitoring's figures.

Aliases, places and stories are invented; no real person or case appears.
"""

from __future__ import annotations

import calendar
import json
import random
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fieldapp.resources import resources_dir
from fieldapp.services.cases import add_cases, close_case
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
        region = _pick(rng, dist["region"])
        record: dict[str, Any] = {
            "title": "",
            "occurred_on": f"{year}-{month:02d}-{day:02d}",
            "region": region,
            "locality": _locality(rng, dist, region),
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


def _locality(rng: random.Random, dist: dict[str, Any], region: str) -> str:
    """A town of the region as an observer writes it (the report folds the spellings). One
    draw out of seven whatever the region, so the rest of the demo stays as it was."""
    spellings = dist["localities"].get(region) or ["regional capital"]
    return str(spellings[rng.randrange(7) % len(spellings)])


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


@dataclass
class DemoCase:
    """A case to open in the demo vault and the records that are its stages."""

    case: dict[str, Any]  # as given to add_cases
    stages: list[int] = field(default_factory=list)  # indices into the records, by date
    closed_on: str | None = None


def load_case_plan() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / "cases.json").read_text(encoding="utf-8"))
    return data


def generate_demo(
    count: int, seed: int = 2016, with_sources: bool = True
) -> tuple[list[dict[str, Any]], list[DemoCase]]:
    """The demo's records (those of generate_records, so the figures stay) with a share of
    them made the stages of cases; reproducible for a given seed."""
    records = generate_records(count, seed, with_sources)
    plan = load_case_plan()
    rng = random.Random(f"demo-cases-{seed}")  # noqa: S311 - synthetic data, not security
    cases = _form_cases(rng, plan, records)
    staged = {index for case in cases for index in case.stages}
    for index, record in enumerate(records):
        if index not in staged:
            _cite_loose(rng, plan, record)
    return records, cases


def _form_cases(rng: random.Random, plan: dict[str, Any],
                records: list[dict[str, Any]]) -> list[DemoCase]:
    """Cases whose stages are records of the right types, taken until the planned share of
    records is in a case."""
    pools: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        pools.setdefault(record["threat_type"], []).append(index)
    tracks = plan["tracks"]
    target = round(len(records) * plan["stage_share"])
    cases: list[DemoCase] = []
    dealt: dict[str, Counter[str]] = {name: Counter() for name in tracks}
    staged = 0
    for _ in range(len(records)):  # bounded: a small vault may not fill its share
        if staged >= target:
            break
        track = _pick(rng, {name: spec["weight"] for name, spec in tracks.items()})
        steps = _draw_steps(rng, plan, tracks[track]["steps"], pools)
        if len(steps) < plan["min_stages"]:
            continue
        indices = [pools[t].pop(rng.randrange(len(pools[t]))) for t in steps]
        article = _deal(rng, dealt[track], tracks[track]["articles"])
        cases.append(_make_case(rng, plan, track, article, [records[i] for i in indices]))
        cases[-1].stages = indices
        staged += len(indices)
    return cases


def _draw_steps(rng: random.Random, plan: dict[str, Any], steps: list[dict[str, Any]],
                pools: dict[str, list[int]]) -> list[str]:
    """Threat types in the track's order, each step taken by chance when what it needs came
    before and a record of its type is left; trimmed to the longest a case may be."""
    chosen: list[dict[str, Any]] = []
    for step in steps:
        types = [s["type"] for s in chosen]
        if (rng.random() < step["p"] and all(r in types for r in step.get("requires", ()))
                and types.count(step["type"]) < len(pools.get(step["type"], ()))):
            chosen.append(step)
    while len(chosen) > plan["max_stages"]:
        needed = {r for s in chosen for r in s.get("requires", ())}
        spare = [n for n, s in enumerate(chosen) if s["type"] not in needed]
        chosen.pop(rng.choice(spare))
    return [s["type"] for s in chosen]


def _deal(rng: random.Random, dealt: Counter[str], weights: dict[str, float]) -> str:
    """The article furthest behind its weight's share, so even a few dozen cases show the
    weights (independent draws would scatter them); ties go by chance."""
    if not weights:
        return ""
    total = sum(weights.values())
    due = sum(dealt.values()) + 1
    code = max(weights, key=lambda c: (weights[c] * due / total - dealt[c], rng.random()))
    dealt[code] += 1
    return code


def _days(rng: random.Random, bounds: list[int]) -> timedelta:
    return timedelta(days=rng.randint(bounds[0], bounds[1]))


def _make_case(rng: random.Random, plan: dict[str, Any], track: str, article: str,
               stages: list[dict[str, Any]]) -> DemoCase:
    """Turn the records into the stages of one case: shared region, sectors and persons,
    dates that grow stage by stage, the case's articles, releases and perhaps a recourse."""
    spec = plan["tracks"][track]
    first = stages[0]
    persons = _case_persons(rng, track, first["victims"])
    articles = [article] if article else []
    if articles and rng.random() < spec["second_article_share"]:
        second = _pick(rng, spec["second_articles"])
        articles += [second] if second != article else []
    key = articles[0] if articles else ""
    investigator = _pick(rng, plan["investigator"][key])
    words = _words(plan, persons[0], first["sectors"][0], rng.choice(_COMPANIES), articles)
    day = date.fromisoformat(first["occurred_on"])
    ends = []
    for n, record in enumerate(stages):
        threat_type = record["threat_type"]
        if n:
            day += _days(rng, plan["gap_days"][threat_type])
            if rng.random() < plan["long_gap_share"]:
                day += _days(rng, plan["long_gap_days"])
        record["occurred_on"] = day.isoformat()
        if record.get("occurred_until"):
            record["occurred_until"] = (day + _days(rng, plan["continuing_days"])).isoformat()[:7]
            ends.append(_month_end(record["occurred_until"]))
        record.update(region=first["region"], sectors=list(first["sectors"]),
                      locality=first["locality"])
        own = rng.random() < plan["own_victims_share"]
        record["victims"] = [dict(p) for p in persons] if own else []
        body = _stage_body(rng, plan, threat_type, investigator)
        record["perpetrators"] = [{"kind": "company", "name": words["company"]}
                                  if body == "company" else {"kind": "state", "body": body}]
        template = (plan["stage_titles"].get(f"{track}.{threat_type}")
                    or plan["stage_titles"][threat_type])
        record["title"] = template.format_map(
            {**words, "body": plan["body_words"].get(body, "authorities")})
        record.pop("outcome", None)
        if articles and threat_type in spec["cite"]:
            record["legal_articles"] = list(articles)
        if (threat_type == "detention" and n < len(stages) - 1
                and rng.random() < plan["release_share"]):
            released = day + _days(rng, plan["release_days"])
            record["outcome"] = "release_from_custody"
            record["outcome_on"] = released.isoformat()
            ends.append(released)
    ends.append(day)
    recourse = _recourse(rng, plan, stages, day) if rng.random() < plan["recourse_share"] else None
    if recourse:
        ends.append(recourse)
    template = rng.choice(plan["case_titles"][key or track])
    case = DemoCase({
        "title": template.format_map(words),
        "summary": plan["case_summaries"][key or track].format_map(words),
        "persons": [dict(p) for p in persons],
        "region": first["region"],
        "opened_on": first["occurred_on"],
    })
    share = plan["closed_share_after_recourse"] if recourse else plan["closed_share"]
    if rng.random() < share:
        case.closed_on = (max(ends) + _days(rng, plan["close_days"])).isoformat()
    return case


def _recourse(rng: random.Random, plan: dict[str, Any], stages: list[dict[str, Any]],
              last: date) -> date | None:
    """The positive turn a case ends with, dated after its last stage (sometimes much
    later): on its latest stage that can have one, or now and then the one before (a charge
    ends in acquittal after refused motions; a verdict is quashed after the appeal)."""
    able = [r for r in stages
            if plan["recourse"].get(r["threat_type"]) and not r.get("outcome")]
    if not able:
        return None
    record = able[-2] if len(able) > 1 and rng.random() < plan["earlier_recourse_share"] \
        else able[-1]
    late = rng.random() < plan["late_outcome_share"]
    on = last + _days(rng, plan["late_outcome_days" if late else "outcome_days"])
    record["outcome"] = _pick(rng, plan["recourse"][record["threat_type"]])
    record["outcome_on"] = on.isoformat()
    return on


def _month_end(month: str) -> date:
    year, number = int(month[:4]), int(month[5:7])
    return date(year, number, calendar.monthrange(year, number)[1])


def _case_persons(rng: random.Random, track: str,
                  victims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first stage's victims; criminal and administrative cases are against people, so
    an organisation there gives way to one of its members."""
    if track == "civil":
        return victims
    people = [v for v in victims if v["gender"] != "legal_entity"]
    if people:
        return people
    dist = load_distribution()
    gender = rng.choice(("man", "man", "man", "woman"))
    return [{"alias": _alias(rng, gender), "gender": gender,
             "category": _pick(rng, dist["victim_category"])}]


def _words(plan: dict[str, Any], person: dict[str, Any], sector: str, company: str,
           articles: list[str]) -> dict[str, str]:
    """What titles and summaries are made of: the person's role, never their alias."""
    who = ("organisation" if person["gender"] == "legal_entity"
           else _WHO.get(person["category"] or "", "Activist").lower())
    a_who = f"{'an' if who[0] in 'aeiou' else 'a'} {who}"
    article = "the Criminal Code"
    if articles:
        code, number = articles[0].split("_")
        article = plan["article_names"][code].format(n=number)
    return {"who": who, "Who": who[0].upper() + who[1:], "a_who": a_who,
            "A_who": a_who[0].upper() + a_who[1:], "company": company, "article": article,
            "sector": plan["sector_words"].get(sector, sector)}


def _stage_body(rng: random.Random, plan: dict[str, Any], threat_type: str,
                investigator: str) -> str:
    """Who acts at this stage: a state body's code, or "company"."""
    spec = plan["perpetrator"][threat_type]
    body = rng.choice(spec) if isinstance(spec, list) else spec
    return investigator if body == "investigator" else str(body)


def _cite_loose(rng: random.Random, plan: dict[str, Any], record: dict[str, Any]) -> None:
    """A threat outside any case: its article, and the date of its outcome."""
    spec = plan["loose"].get(record["threat_type"])
    if spec and rng.random() < spec["share"]:
        record["legal_articles"] = [_pick(rng, spec["articles"])]
    if record.get("outcome") and rng.random() < plan["loose_outcome_on_share"]:
        late = rng.random() < plan["late_outcome_share"]
        on = date.fromisoformat(record["occurred_on"]) + _days(
            rng, plan["late_outcome_days" if late else "outcome_days"])
        record["outcome_on"] = on.isoformat()


def build_demo_vault(
    directory: Path, count: int = DEMO_RECORDS, progress: Callable[[int, int], None] | None = None
) -> Session:
    """A fresh observer vault full of synthetic records, nearly a third of them the stages
    of cases, enrolled with a demo office that has imported them (so both sides can be
    explored); any old demo is replaced.

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
    items, cases = generate_demo(count)
    # Cases are opened in the observer's vault, where their stages are recorded, so they
    # travel to the office with them; the vault makes their references.
    made = add_cases(session, [c.case for c in cases]) if cases else []
    for case, (case_id, _) in zip(cases, made, strict=True):
        for index in case.stages:
            items[index]["case"] = case_id
    for start in range(0, count, batch):
        add_records(session, items[start : start + batch])
        if progress:
            progress(min(start + batch, count), count)
    for case, (case_id, _) in zip(cases, made, strict=True):
        if case.closed_on:
            close_case(session, case_id, case.closed_on)
    # The office receives the first bundle; what the observer records later stays new.
    outbox = directory.parent / "demo-outbox"
    outbox.mkdir(mode=0o700, exist_ok=True)
    sent = export_bundle(session, outbox)
    if sent is not None:
        import_bundle(office, sent.path)
        sent.path.unlink()
    office.lock()
    return session
