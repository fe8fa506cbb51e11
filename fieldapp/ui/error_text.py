"""The window's words for the core's error codes, in the interface language.

The command line words the same codes in English (`fieldapp/cli/messages.py`); both tables
cover every code the core raises (`tests/test_error_codes.py`). Sentences here name no
command or flag, and leave out the `detail` param, a format library's or the system's own
English, so a Russian or Kazakh screen shows no English.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.importing import BundleRejected
from fieldapp.ui.bundle_error_text import BUNDLE_MARKED

CONTEXT = "Errors"

# Code -> English pattern, translated at run time; {name} is filled from the error's params.
# (QT_TRANSLATE_NOOP only marks a string for extraction; its stubs say it returns object.)
_MARKED = {
    # vault and key file
    "bad_passphrase": QT_TRANSLATE_NOOP("Errors", "Wrong passphrase."),
    "vault_locked": QT_TRANSLATE_NOOP("Errors", "The vault is locked; unlock it first."),
    "vault_wiped": QT_TRANSLATE_NOOP(
        "Errors",
        "{attempts} wrong passphrases in a row: the vault was deleted, as its settings asked."),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "A vault already exists in {path}; it was left untouched."),
    "no_vault": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no vault in {path}. Create one from the start screen."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown role «{role}»: choose observer or office."),
    "vault_needs_name": QT_TRANSLATE_NOOP("Errors", "Give the vault a name."),
    "database_key_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database does not open with its key file: it is damaged or belongs to "
        "another vault."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was written by a newer version of fieldapp; install the newer version to "
        "open it."),
    "kdf_below_floor": QT_TRANSLATE_NOOP(
        "Errors",
        "The requested key-derivation settings are below the security minimum."),
    "key_file_not_fieldapp": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault key file is damaged or is not a fieldapp key file."),
    "key_file_modified": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault key file was modified or damaged; restore it from your backup."),
    "key_file_version": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault key file has a format this version of fieldapp does not know."),
    "key_file_weak_kdf": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault key file asks for weakened key-derivation settings and was refused."),
    "too_short": QT_TRANSLATE_NOOP("Errors", "The passphrase is too short."),
    "passphrases_differ": QT_TRANSLATE_NOOP(
        "Errors",
        "The two passphrases differ; nothing was changed."),
    "no_passphrase": QT_TRANSLATE_NOOP("Errors", "Enter the passphrase."),
    # files and input
    "invalid_input": QT_TRANSLATE_NOOP("Errors", "Some of what was entered is not valid."),
    "cannot_read": QT_TRANSLATE_NOOP("Errors", "{path} could not be read."),
    "cannot_write": QT_TRANSLATE_NOOP("Errors", "{path} could not be written."),
    "portable_not_writable": QT_TRANSLATE_NOOP(
        "Errors",
        "This copy of fieldapp runs in portable mode but cannot save anything in its folder"
        " ({path}). Copy the folder to a place you can write to, such as your USB stick,"
        " or remove the file named portable beside the program."),
    "file_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in use by another program or is read-only. Close it, or wait a moment,"
        " and try again."),
    "not_utf8": QT_TRANSLATE_NOOP("Errors", "{path} is not UTF-8 text."),
    "not_a_folder": QT_TRANSLATE_NOOP("Errors", "{path} is not a folder."),
    "malformed_json": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not valid JSON (line {lineno}, column {colno})."),
    "malformed_json_line": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the file is not valid JSON."),
    "not_one_object": QT_TRANSLATE_NOOP("Errors", "The file must hold exactly one JSON object."),
    "stdin_twice": QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase and the records cannot both come from standard input."),
    # records
    "no_records": QT_TRANSLATE_NOOP("Errors", "There is no record in the input."),
    "not_a_json_object": QT_TRANSLATE_NOOP("Errors", "A record must be a JSON object."),
    "not_an_object": QT_TRANSLATE_NOOP("Errors", "This entry has the wrong form."),
    "not_a_list": QT_TRANSLATE_NOOP("Errors", "This field must be a list."),
    "not_a_code_list": QT_TRANSLATE_NOOP("Errors", "Choose the sectors from the list."),
    "not_text": QT_TRANSLATE_NOOP("Errors", "This field must be text."),
    "required": QT_TRANSLATE_NOOP("Errors", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "This text is too long ({length} characters; at most {limit})."),
    "unknown_code": QT_TRANSLATE_NOOP("Errors", "Choose a value from the list."),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "The record has a field fieldapp does not know."),
    "bad_date": QT_TRANSLATE_NOOP(
        "Errors",
        "Write the date as YYYY-MM-DD, or YYYY-MM if the day is unknown."),
    "until_before_on": QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
    "body_only_for_state": QT_TRANSLATE_NOOP(
        "Errors",
        "A state body applies only to perpetrators of the state kind."),
    "retired_code": QT_TRANSLATE_NOOP(
        "Errors",
        "«{value}» is no longer in use: records that have it keep it, but choose another"
        " value for a new one."),
    "unknown_vocabulary": QT_TRANSLATE_NOOP("Errors", "There is no list «{value}»."),
    "bad_vocabulary_code": QT_TRANSLATE_NOOP(
        "Errors",
        "A code is lowercase Latin letters, digits and _, starting with a letter (at most"
        " 64)."),
    "code_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "This list already has the code «{value}»; a code is never reused."),
    "unknown_vocabulary_code": QT_TRANSLATE_NOOP("Errors", "This list has no code «{value}»."),
    "block_only_for_threat_types": QT_TRANSLATE_NOOP("Errors", "Only a threat type has a block."),
    "block_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "Threat types of block «{value}» are still in use; retire them first."),
    "nothing_to_change": QT_TRANSLATE_NOOP("Errors", "Nothing was changed."),
    "empty_item": QT_TRANSLATE_NOOP("Errors", "An entry is empty; fill it in or remove it."),
    "sealed_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "The sealed sources of this record are malformed."),
    "id_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "No record «{text}»: give the record's id or at least its first {minimum} characters."),
    "no_record": QT_TRANSLATE_NOOP("Errors", "There is no record with id {record_id}."),
    "ambiguous_id": QT_TRANSLATE_NOOP("Errors", "More than one record starts with {prefix}."),
    "attachment_id_too_short": QT_TRANSLATE_NOOP(
        "Errors", "No file «{text}»: give its id or at least its first {minimum} characters."),
    "no_attachment": QT_TRANSLATE_NOOP(
        "Errors", "This file is no longer in the vault; it may have been deleted."),
    "ambiguous_attachment_id": QT_TRANSLATE_NOOP(
        "Errors", "More than one file matches {prefix}."),
    "file_exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists; nothing was written. Choose another name."),
    "record_deleted": QT_TRANSLATE_NOOP("Errors", "This record was deleted."),
    "record_purged": QT_TRANSLATE_NOOP(
        "Errors",
        "This record was cleared from this computer on {purged_at}, after the office "
        "confirmed it holds it."),
    "self_duplicate": QT_TRANSLATE_NOOP("Errors", "A record cannot be a duplicate of itself."),
    "not_in_conflict": QT_TRANSLATE_NOOP("Errors", "This record is no longer in conflict."),
    "not_a_conflict_version": QT_TRANSLATE_NOOP(
        "Errors",
        "That version is not one of the versions in conflict."),
    # cases
    "no_cases": QT_TRANSLATE_NOOP("Errors", "There is no case in the input."),
    "not_an_article_list": QT_TRANSLATE_NOOP("Errors", "Choose the articles from the list."),
    "unknown_case": QT_TRANSLATE_NOOP("Errors", "There is no case «{value}» in this vault."),
    "ambiguous_case": QT_TRANSLATE_NOOP(
        "Errors", "More than one case has the reference {value}; choose the case from the list."),
    "outcome_on_without_outcome": QT_TRANSLATE_NOOP(
        "Errors", "A date of the positive outcome needs the outcome itself."),
    "outcome_before_occurred": QT_TRANSLATE_NOOP(
        "Errors", "The outcome ({outcome_on}) is dated before the threat ({occurred_on})."),
    "bad_reference": QT_TRANSLATE_NOOP(
        "Errors",
        "«{value}» is not a case reference. Use two to four parts joined by hyphens, each "
        "of 2-3 letters or up to 6 digits, such as PAV-2024-007. Never put a name in it."),
    "reference_taken": QT_TRANSLATE_NOOP(
        "Errors", "Another case already has the reference {value}."),
    "closed_before_opened": QT_TRANSLATE_NOOP(
        "Errors", "The closing date {closed_on} is before the case was opened ({opened_on})."),
    "closed_on_while_open": QT_TRANSLATE_NOOP(
        "Errors", "Only a closed case has a closing date."),
    "too_many": QT_TRANSLATE_NOOP("Errors", "Too many entries ({count}; at most {limit})."),
    "no_case": QT_TRANSLATE_NOOP("Errors", "There is no case «{case}»."),
    "ambiguous_case_reference": QT_TRANSLATE_NOOP(
        "Errors", "More than one case has the reference {reference}."),
    "ambiguous_case_id": QT_TRANSLATE_NOOP("Errors", "More than one case starts with {prefix}."),
    "case_purged": QT_TRANSLATE_NOOP(
        "Errors",
        "Case {reference} was cleared from this computer on {purged_at}, after the office "
        "confirmed it holds it. You can still add stages to it."),
    "case_deleted": QT_TRANSLATE_NOOP("Errors", "This case was deleted."),
    "case_has_stages": QT_TRANSLATE_NOOP(
        "Errors", "This case still has stages; delete them or file them elsewhere first."),
    "office_only_case_merge": QT_TRANSLATE_NOOP("Errors", "Only the office merges cases."),
    "cases_already_merged": QT_TRANSLATE_NOOP("Errors", "These cases are already one case."),
    "take_or_edit": QT_TRANSLATE_NOOP("Errors", "Choose one version to keep, or edit the record."),
    "all_sides_deleted": QT_TRANSLATE_NOOP(
        "Errors",
        "Every side deleted this record; keep one of the versions."),
    "conflict_side_deleted": QT_TRANSLATE_NOOP(
        "Errors",
        "That version deleted the record, so it has no fields to take; keep it whole instead."),
    # sources
    "no_source_key": QT_TRANSLATE_NOOP(
        "Errors",
        "Sources can be saved only once your office is enrolled: they are sealed for the "
        "office as you save."),
    "wrong_source_key": QT_TRANSLATE_NOOP(
        "Errors",
        "This source key cannot open these sources: they were sealed for another source key."),
    "sealed_sources_damaged": QT_TRANSLATE_NOOP("Errors", "The sealed sources are damaged."),
    "source_key_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} already exists; a source key is never overwritten."),
    "cannot_read_source_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The source key {path} could not be read."),
    "source_key_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a fieldapp source key, or it was damaged."),
    "office_only_source_key": QT_TRANSLATE_NOOP("Errors", "Only the office has a source key."),
    "office_only_sources": QT_TRANSLATE_NOOP(
        "Errors",
        "Sources are sealed for the office; only the office can read them."),
    "source_key_office_only": QT_TRANSLATE_NOOP("Errors", "Only an office vault has a source key."),
    # attachments and redaction
    "file_too_large": QT_TRANSLATE_NOOP("Errors", "The file is larger than {mib} MiB."),
    "keep_original_needs_regions": QT_TRANSLATE_NOOP(
        "Errors",
        "An original is kept only when areas are hidden."),
    "unreadable_file": QT_TRANSLATE_NOOP("Errors", "The file could not be read."),
    "image_too_large": QT_TRANSLATE_NOOP("Errors", "The image is too large to process safely."),
    "not_redactable": QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not an image in which areas can be hidden."),
    "region_syntax": QT_TRANSLATE_NOOP(
        "Errors",
        "«{text}» is not an area: give X,Y,WIDTH,HEIGHT in whole pixels."),
    "region_pixels": QT_TRANSLATE_NOOP("Errors", "An area must be given in whole pixels."),
    "region_empty": QT_TRANSLATE_NOOP("Errors", "An area has no width or height."),
    "region_mode": QT_TRANSLATE_NOOP("Errors", "An area must be blurred or blacked out."),
    "region_outside": QT_TRANSLATE_NOOP(
        "Errors",
        "An area lies outside the image ({width}×{height} pixels)."),
    # peers and identity cards
    "bad_card": QT_TRANSLATE_NOOP("Errors", "This file is not a valid identity card."),
    "fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The fingerprint you typed does not match this card (its fingerprint is "
        "{fingerprint}); nothing was added."),
    "wrong_peer_role": QT_TRANSLATE_NOOP(
        "Errors",
        "This card belongs to a vault of the wrong role for enrolment here; nothing was "
        "added."),
    "own_card": QT_TRANSLATE_NOOP("Errors", "This is this vault's own card; nothing was added."),
    "already_enrolled": QT_TRANSLATE_NOOP("Errors", "{name} ({fingerprint}) is already enrolled."),
    "office_already_enrolled": QT_TRANSLATE_NOOP(
        "Errors",
        "This vault already has an office; revoke it first to change it."),
    "no_peer": QT_TRANSLATE_NOOP("Errors", "No enrolled peer is named {name}."),
    "ambiguous_peer": QT_TRANSLATE_NOOP(
        "Errors",
        "Several peers are named {name}; choose by fingerprint."),
    "already_revoked": QT_TRANSLATE_NOOP("Errors", "{name} was already revoked on {revoked_at}."),
    "no_office_enrolled": QT_TRANSLATE_NOOP(
        "Errors",
        "No office is enrolled yet: enrol your office from its identity card under Peers."),
    # export, roster, receipts, audit keys, purge
    "observer_only_export": QT_TRANSLATE_NOOP(
        "Errors",
        "Only an observer's vault exports records; the office imports them."),
    "bundle_not_written": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle could not be written to {path}; nothing was marked as sent."),
    # a full disk
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full; nothing was changed. Free some space and try"
        " again."),
    "scrub_unfinished": QT_TRANSLATE_NOOP(
        "Errors",
        "{purged} records were purged, but the disk holding {path} is too full to erase"
        " their old pages; this finishes the next time the vault is opened with free"
        " space."),
    "office_only_roster": QT_TRANSLATE_NOOP("Errors", "Only the office publishes a roster."),
    "office_only_vocabulary": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the office changes the vocabulary; it reaches observers with its roster and"
        " receipts."),
    "office_only_drafts": QT_TRANSLATE_NOOP(
        "Errors", "Only the office keeps publication drafts."),
    "unknown_draft": QT_TRANSLATE_NOOP(
        "Errors", "There is no publication draft named «{name}»."),
    "bad_draft_name": QT_TRANSLATE_NOOP(
        "Errors", "Give the draft a name on one line, without spaces at its ends."),
    "bad_month": QT_TRANSLATE_NOOP("Errors", "«{value}» is not a month (YYYY-MM)."),
    "draft_period_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The period ends before it begins."),
    "period_not_kind": QT_TRANSLATE_NOOP(
        "Errors", "The months chosen are not a whole quarter, half-year or year."),
    "bad_draft_text": QT_TRANSLATE_NOOP(
        "Errors", "The text holds a control character that cannot be printed."),
    "not_a_case_id": QT_TRANSLATE_NOOP("Errors", "A highlight names a case that is not valid."),
    "no_observers": QT_TRANSLATE_NOOP("Errors", "No observer is enrolled yet."),
    "office_only_receipts": QT_TRANSLATE_NOOP("Errors", "Only the office writes receipts."),
    "office_only_audit_keys": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the office's vault can write keys for a reviewer."),
    "purge_what": QT_TRANSLATE_NOOP(
        "Errors",
        "Choose whether to purge delivered records now or to turn automatic purge on or off."),
    # files a user names, the vault's lock, the key file's bounds
    "key_file_kdf_too_costly": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault key file asks for far more key-derivation work than fieldapp ever sets: "
        "it is damaged and was refused. This does not count as a wrong passphrase."),
    "kdf_above_ceiling": QT_TRANSLATE_NOOP(
        "Errors",
        "The requested key-derivation settings are above the maximum a key file may ask for."),
    "not_a_regular_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (it is a folder, a device or a pipe). Choose a file."),
    "too_large_to_read": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is larger than {limit_kib} KiB, more than such a file can be; it was not "
        "read."),
    "nul_or_surrogate": QT_TRANSLATE_NOOP(
        "Errors",
        "The text holds a NUL character or a broken character that no text may hold."),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is open in another program ({program}, process {pid}). Close it there "
        "and try again."),
    # spreadsheets
    "table_format": QT_TRANSLATE_NOOP(
        "Errors", "{path}: only .csv and .xlsx spreadsheets can be imported."),
    "table_empty": QT_TRANSLATE_NOOP(
        "Errors", "{path} has no header row: row 1 must name the columns."),
    "too_many_columns": QT_TRANSLATE_NOOP(
        "Errors", "{path} has {count} columns, more than {limit}."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "{path} has more than {limit} rows; split it into smaller files."),
    "malformed_table": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a readable spreadsheet."),
    "cell_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The cell is longer than {limit} characters or holds a NUL character."),
    "bad_cell_date": QT_TRANSLATE_NOOP(
        "Errors",
        "«{value}» is not a date: write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY, or use a date cell."),
    "unknown_label": QT_TRANSLATE_NOOP(
        "Errors",
        "«{value}» is neither a code nor a label in English, Russian or Kazakh."),
    "cell_without_header": QT_TRANSLATE_NOOP(
        "Errors", "The cell holds «{value}» but its column has no header."),
    "column_missing": QT_TRANSLATE_NOOP(
        "Errors", "Choose the column for this required field."),
    "no_such_column": QT_TRANSLATE_NOOP(
        "Errors", "The spreadsheet has no column «{value}»."),
    "sources_not_importable": QT_TRANSLATE_NOOP(
        "Errors",
        "Sources of information are never imported from a spreadsheet; enter them in the "
        "record, where they are sealed at once."),
    "mapping_not_object": QT_TRANSLATE_NOOP(
        "Errors", "The column mapping must pair record fields with column headers."),
    "mapping_not_text": QT_TRANSLATE_NOOP("Errors", "Name a column header here."),
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be read as an .xlsx spreadsheet. Save it again from the spreadsheet"
        " program as .xlsx, or as .csv in UTF-8."),
    # reports
    "bad_period_date": QT_TRANSLATE_NOOP(
        "Errors",
        "Write the period's dates as YYYY-MM or YYYY-MM-DD."),
    "period_reversed": QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."),
    "unknown_observer": QT_TRANSLATE_NOOP(
        "Errors",
        "No observer «{observer}» is known to this vault."),
    "min_cell_too_small": QT_TRANSLATE_NOOP(
        "Errors",
        "The smallest count shown must be a whole number of at least {minimum}."),
    "pdf_only": QT_TRANSLATE_NOOP("Errors", "This setting applies only to the bulletin."),
    "json_only": QT_TRANSLATE_NOOP("Errors", "This setting applies only to the figures."),
    "bad_period": QT_TRANSLATE_NOOP(
        "Errors", "«{value}» is not a period: choose a year, a half-year, a quarter or a month."),
    "period_with_dates": QT_TRANSLATE_NOOP(
        "Errors", "Choose either a named period or a start and an end, not both."),
    "compare_needs_period": QT_TRANSLATE_NOOP(
        "Errors", "To compare with the period before, the period needs a start and an end."),
    "bulletin_language": QT_TRANSLATE_NOOP("Errors", "Choose the bulletin's language."),
    # checking a download (the window says "Do not install this file." before these)
    "release_signers_malformed": QT_TRANSLATE_NOOP(
        "Errors", "Line {line} of the release keys file {path} cannot be read."),
    "release_signature_malformed": QT_TRANSLATE_NOOP(
        "Errors", "The signature file is not a signature fieldapp can check."),
    "release_wrong_namespace": QT_TRANSLATE_NOOP(
        "Errors", "The signature was not made for a fieldapp release."),
    "release_signature_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The signature does not match the list of checksums: the list was changed, or the "
        "signature belongs to another list."),
    "release_unknown_signer": QT_TRANSLATE_NOOP(
        "Errors",
        "The list of checksums is signed by the key {fingerprint}, which is not a release "
        "key this copy of fieldapp knows."),
    "release_sums_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The list of checksums is far larger than a release's list can be."),
    "release_sums_too_many_lines": QT_TRANSLATE_NOOP(
        "Errors", "The list of checksums is far longer than a release's list can be."),
    "release_sums_bad_line": QT_TRANSLATE_NOOP(
        "Errors", "Line {line} of the list of checksums is not a checksum and a file name."),
    "release_sums_bad_name": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the list of checksums names a folder path or holds control "
        "characters instead of a plain file name."),
    "release_sums_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "The list of checksums names «{name}» twice."),
    "release_sums_empty": QT_TRANSLATE_NOOP("Errors", "The list of checksums lists no file."),
    "release_not_listed": QT_TRANSLATE_NOOP(
        "Errors",
        "«{name}» is not in the list of checksums, so it is not a file of this release. If "
        "the browser renamed it, give it its name back."),
    "release_file_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "«{name}» is not the file that was released: it was damaged or changed."),
}
PATTERNS: dict[str, str] = {
    code: str(pattern) for code, pattern in {**_MARKED, **BUNDLE_MARKED}.items()}


def code_message(code: str, params: Mapping[str, Any]) -> str:
    """The sentence for one code, in the interface language."""
    pattern = PATTERNS.get(code)
    if pattern is None:
        return QCoreApplication.translate(CONTEXT, "The operation failed ({code}).").format(
            code=code)
    text = QCoreApplication.translate(CONTEXT, pattern)
    try:
        return text.format_map(dict(params))
    except (KeyError, IndexError, ValueError):
        # A param the pattern names is missing: the sentence without its values still helps.
        return text


def problem_message(problem: Problem) -> str:
    return code_message(problem.code, problem.params)


def user_message(error: BaseException) -> str:
    """What the window says for an error; never a traceback, never a command to type."""
    if isinstance(error, InvalidInput) and error.problems:
        return " ".join(dict.fromkeys(problem_message(p) for p in error.problems))
    if isinstance(error, (FieldappError, BundleRejected)):
        return code_message(error.code, error.params)
    if isinstance(error, OSError):
        # The system's own reason (strerror) is English: say it in our words, by its number.
        pattern = _SYSTEM_REASONS.get(error.errno or 0)
        if pattern is not None:
            return QCoreApplication.translate(CONTEXT, str(pattern))
        return QCoreApplication.translate(
            "Errors", "The system refused the operation (error {number}).").format(
            number=error.errno or 0)
    # A Python class name would be English: only the plain sentence.
    return QCoreApplication.translate(
        "Errors", "The operation could not be finished because of an error inside the app.")


_SYSTEM_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full; nothing was changed. Free some space and try again."),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Errors", "This computer does not allow the app to use that file or folder."),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "Errors", "This computer does not allow the app to use that file or folder."),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "That file or folder is no longer there."),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Errors", "The disk can only be read, not written. Choose another place."),
}
