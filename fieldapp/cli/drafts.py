"""The `draft` command: the office's publication drafts (the texts `report --draft` prints)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions, print_json

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_draft(commands: Commands) -> None:
    draft = commands.add_parser(
        "draft", help="office: publication drafts (introduction, comments, highlights)")
    draft_commands = actions(draft, "draft_command")
    listing = draft_commands.add_parser("list", help="every draft, the last saved first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_draft_list)
    show = draft_commands.add_parser("show", help="one draft's period, texts and highlights")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_draft_show)
    save = draft_commands.add_parser(
        "save", help="keep a draft written as JSON (as 'draft show --json' prints it)")
    save.add_argument("name", metavar="NAME", help="the draft's name (wins over the file's)")
    save.add_argument("--file", required=True, metavar="FILE", help="the draft JSON ('-': stdin)")
    save.set_defaults(handler=cmd_draft_save)
    delete = draft_commands.add_parser("delete", help="delete a draft")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(handler=cmd_draft_delete)


def cmd_draft_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import publications
    rows = publications.list_drafts(session)
    if args.json:
        print_json([{"name": r.name, "period_from": r.period_from, "period_to": r.period_to,
                     "kind": r.kind, "updated_at": r.updated_at} for r in rows])
        return 0
    for r in rows:
        print(f"{r.name}\t{r.kind}\t{r.period_from}..{r.period_to}\tsaved {r.updated_at}")
    return 0


def cmd_draft_show(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.domain.publication import SECTIONS, draft_to_json
    from fieldapp.domain.taxonomy import LANGUAGES
    from fieldapp.services import publications
    draft = publications.load_draft(session, args.name)
    if args.json:
        print_json(draft_to_json(draft))
        return 0
    print(f"{draft.name}\t{draft.kind}\t{draft.period_from}..{draft.period_to}")
    for section in SECTIONS:
        for lang in LANGUAGES:
            if draft.text(section, lang):
                print(f"\n[{section} {lang}]\n{draft.text(section, lang)}")
    for n, highlight in enumerate(draft.highlights, start=1):
        for lang in LANGUAGES:
            title, text = highlight.title.get(lang, ""), highlight.text.get(lang, "")
            if title or text:
                print(f"\n[highlight {n} {lang}] {title}\n{text}")
    return 0


def cmd_draft_save(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.cli.json_input import read_json_object
    from fieldapp.domain.publication import draft_from_json
    from fieldapp.services import publications
    data = read_json_object(args.file)
    if isinstance(data, dict):
        data = {**data, "name": args.name}
    saved = publications.save_draft(session, draft_from_json(data))
    print(f"saved draft {saved.name} ({saved.kind} {saved.period_from}..{saved.period_to})")
    return 0


def cmd_draft_delete(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import publications
    publications.delete_draft(session, args.name)
    print(f"deleted draft {args.name}")
    return 0
