"""The `vocab` command: the vocabulary the office keeps and sends to its observers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.domain.taxonomy import LANGUAGES

if TYPE_CHECKING:
    from fieldapp.domain.taxonomy import Term
    from fieldapp.services.session import Session


def add_vocab(commands: Commands) -> None:
    vocab = commands.add_parser(
        "vocab", help="the vocabulary: list it; office: add codes, relabel or retire them")
    vocab_commands = actions(vocab, "vocab_command")
    listing = vocab_commands.add_parser("list", help="list every vocabulary, or one")
    listing.add_argument("kind", nargs="?", metavar="KIND",
                         help="region, sector, threat_block, threat_type, perpetrator_kind,"
                              " state_body, victim_gender, victim_category, outcome,"
                              " legal_article")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_vocab_list)
    add = vocab_commands.add_parser("add", help="office: a new code with its three labels")
    add.add_argument("kind", metavar="KIND")
    add.add_argument("code", metavar="CODE", help="lowercase letters, digits and _")
    for lang in LANGUAGES:
        add.add_argument(f"--{lang}", required=True, metavar="TEXT", help=f"the {lang} label")
    add.add_argument("--block", metavar="CODE", help="a threat type's block")
    add.add_argument("--description", metavar="TEXT")
    add.set_defaults(handler=cmd_vocab_add)
    label = vocab_commands.add_parser("label", help="office: new labels for a code")
    label.add_argument("kind", metavar="KIND")
    label.add_argument("code", metavar="CODE")
    for lang in LANGUAGES:
        label.add_argument(f"--{lang}", metavar="TEXT", help=f"the new {lang} label")
    label.add_argument("--description", metavar="TEXT")
    label.set_defaults(handler=cmd_vocab_label)
    retire = vocab_commands.add_parser(
        "retire", help="office: new records may no longer use a code; those that do keep it")
    retire.add_argument("kind", metavar="KIND")
    retire.add_argument("code", metavar="CODE")
    retire.set_defaults(handler=cmd_vocab_retire)


def term_json(term: Term) -> dict[str, Any]:
    return {"code": term.code, "labels": dict(term.labels), "description": term.description,
            "state": "retired" if term.retired else "active", "block": term.block,
            "reported_as": term.reported_as}


def cmd_vocab_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import vocabulary
    listed = vocabulary.terms(session, args.kind)
    if args.json:
        print_json({"version": session.taxonomy.version,
                    "vocabularies": {kind: [term_json(t) for t in terms]
                                     for kind, terms in listed.items()}})
        return 0
    print(f"vocabulary version {session.taxonomy.version}")
    for kind, terms in listed.items():
        for term in terms:
            state = "retired" if term.retired else "active"
            block = f"\tblock {term.block}" if term.block else ""
            print(f"{kind}\t{term.code}\t{state}\t{term.labels.get('en', '')}"
                  f"\t{term.labels.get('ru', '')}\t{term.labels.get('kk', '')}{block}")
    return 0


def _labels(args: argparse.Namespace) -> dict[str, str | None]:
    return {lang: getattr(args, lang) for lang in LANGUAGES}


def cmd_vocab_add(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import vocabulary
    vocabulary.add_term(session, args.kind, args.code, _labels(args), args.block,
                        args.description)
    print(f"added {args.kind} {args.code}; vocabulary version {session.taxonomy.version}")
    return 0


def cmd_vocab_label(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import vocabulary
    before = session.taxonomy.version
    vocabulary.relabel(session, args.kind, args.code, _labels(args), args.description)
    changed = "relabelled" if session.taxonomy.version != before else "unchanged"
    print(f"{changed} {args.kind} {args.code}; vocabulary version {session.taxonomy.version}")
    return 0


def cmd_vocab_retire(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import vocabulary
    before = session.taxonomy.version
    vocabulary.retire(session, args.kind, args.code)
    done = "retired" if session.taxonomy.version != before else "already retired:"
    print(f"{done} {args.kind} {args.code}; vocabulary version {session.taxonomy.version}")
    return 0
