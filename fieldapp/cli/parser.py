"""The argument tree of `fieldapp`: the global options, then each group's commands in order."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from fieldapp.app_paths import default_vault_dir as app_vault_dir
from fieldapp.cli import (
    bundles,
    cases,
    drafts,
    evidence,
    identity,
    office,
    records,
    release,
    reports,
    safety,
    vault,
    vocab,
)
from fieldapp.cli.about import LicencesAction, VersionAction
from fieldapp.cli.common import Commands

ENV_VAULT = "FIELDAPP_VAULT"

# The order `fieldapp --help` lists the commands in; it predates the grouping into
# modules and users know it, so it stays as it is rather than following the groups.
COMMANDS: tuple[Callable[[Commands], None], ...] = (
    vault.add_init,
    records.add_record,
    cases.add_case,
    evidence.add_attach,
    evidence.add_attachment,
    vault.add_passwd,
    vault.add_audit,
    identity.add_identity,
    identity.add_peers,
    bundles.add_export,
    bundles.add_import,
    office.add_conflicts,
    bundles.add_bundle,
    office.add_roster,
    identity.add_sources,
    office.add_receipts,
    safety.add_purge,
    safety.add_panic,
    reports.add_report,
    drafts.add_draft,
    office.add_duplicates,
    vocab.add_vocab,
    release.add_verify_release,
)


def default_vault_dir() -> Path:
    if os.environ.get(ENV_VAULT):
        return Path(os.environ[ENV_VAULT])
    return app_vault_dir()  # on the stick in portable mode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp", description="Document threats to human-rights defenders."
    )
    parser.add_argument("--vault", type=Path, help=f"vault directory (env {ENV_VAULT})")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE's first line ('-' for stdin)")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throwaway demo vault"
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and commit")
    parser.add_argument("--licences", action=LicencesAction,
                        help="list the parts inside fieldapp and their licences")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE",
        help="open the window, save a PNG of it to FILE once it is shown, and quit (for"
             " checks of an installed copy)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    return parser
