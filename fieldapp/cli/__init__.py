"""The command line: the same services as the window, for scripts and terminals.

Exit codes: 0 success; 1 operational failure; 2 invalid input or usage.

One module per group of commands a user thinks in, so a command is found where its
subject is, whichever role runs it:

- ``vault``: ``init``, ``passwd``, ``audit verify`` and ``audit keys`` (the vault itself: its
  creation, its passphrase, its audit log and the keys a reviewer needs to check it);
- ``records``: ``record add|list|show|edit|delete``;
- ``evidence``: ``attach`` (with the areas of an image to hide) and
  ``attachment list|save|delete``;
- ``identity``: ``identity show|export``, ``peers add|list|revoke``,
  ``sources new-key|show`` (who is who, and the keys that say so);
- ``bundles``: ``export``, ``import``, ``bundle inspect`` (what travels between vaults);
- ``office``: ``conflicts list|resolve``, ``duplicates``, ``roster publish``, ``receipts``
  (the office's review of what arrived, and its answers to observers);
- ``reports``: ``report`` (the figures: JSON, CSV tables, PDF bulletin);
- ``safety``: ``panic``, ``purge`` (a laptop in danger carries less, or nothing);
- ``vocab``: ``vocab list|add|label|retire`` (the vocabulary the office keeps);
- ``drafts``: ``draft list|show|save|delete`` (the office's publication drafts).

Beside them: ``parser`` builds the argument tree in the order ``fieldapp --help`` lists it,
``entry`` runs one command (session, errors, exit code), ``common`` holds what the groups
share, and ``json_input`` and ``passphrase_input`` read what a command is given. Like the
window, the CLI imports ``fieldapp.services`` and the domain's vocabulary, never the store,
the reports or ``sync``.

Start-up: building the argument tree imports no service. Each handler imports the
services it calls when it runs, so ``fieldapp --help`` and a command that needs no PDF,
images or bundles never load reportlab, Pillow or the bundle format.
"""

from fieldapp.cli.entry import main

__all__ = ["main"]
