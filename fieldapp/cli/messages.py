"""The command line's words for the core's error codes: one English sentence per code."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fieldapp.errors import FieldappError, InvalidInput, Problem

if TYPE_CHECKING:
    from fieldapp.services.importing import ImportReport

_LINE = "records.jsonl line {line}: "

# Code -> str.format() pattern over the error's params. A problem's pattern is the part after
# "field: "; a `detail` param is the technical text of a format library or the system.
MESSAGES: dict[str, str] = {
    # the vault and its key file
    "bad_passphrase": "wrong passphrase",
    "vault_locked": "the vault is locked",
    "vault_wiped": "{attempts} wrong passphrases in a row: the vault was deleted, as its"
                   " settings asked",
    "vault_exists": "a vault already exists in {path}; it was left untouched",
    "no_vault": "no vault in {path}; create one with 'fieldapp init'",
    "unknown_role": "unknown role {role!r}; use observer or office",
    "vault_needs_name": "a vault needs a name",
    "database_key_mismatch": "the vault database does not open with this key file; it is"
                             " damaged or belongs to another vault",
    "schema_too_new": "this vault was written by a newer fieldapp (schema {schema}); update"
                      " the app",
    "kdf_below_floor": "the requested KDF parameters are below the security floor",
    "key_file_not_fieldapp": "the vault key file is damaged or is not a fieldapp key file",
    "key_file_modified": "the vault key file was modified or damaged; restore it from backup",
    "key_file_version": "the vault key file has unsupported format version {version}",
    "key_file_weak_kdf": "the vault key file asks for key-derivation settings below the"
                         " security floor and is refused",
    "too_short": "is too short: use at least {minimum} characters (a few unrelated words is"
                 " best)",
    "passphrases_differ": "the two passphrases differ; nothing was changed",
    "no_passphrase": "none given: use --passphrase-file FILE or set FIELDAPP_PASSPHRASE",
    # reading files and folders
    "invalid_input": "the input is invalid",
    "cannot_read": "cannot read {path}: {detail}",
    "cannot_write": "cannot write {path}: {detail}",
    "file_in_use": "{path} is in use by another program (a viewer, an antivirus scan) or"
                   " read-only; close it or wait a moment and try again",
    "not_utf8": "{path} is not UTF-8 text",
    "not_a_folder": "{path} is not a folder",
    "malformed_json": "malformed JSON ({msg} at line {lineno}, column {colno})",
    "malformed_json_line": "line {line}: malformed JSON ({msg} at line {lineno}, column"
                           " {colno})",
    "not_one_object": "must hold exactly one JSON object",
    "stdin_twice": "stdin ('-') can carry the passphrase or the records, not both",
    # records
    "no_records": "holds no record",
    "not_a_json_object": "must be a JSON object",
    "not_an_object": "must be an object",
    "not_a_list": "must be a list",
    "not_a_code_list": "must be a list of sector codes",
    "not_text": "must be text",
    "required": "is required",
    "too_long": "is too long ({length} characters, at most {limit})",
    "unknown_code": "unknown code {value!r}; allowed: {allowed}",
    "unknown_field": "unknown field; allowed: {allowed}",
    "bad_date": "must be a date as YYYY-MM-DD or YYYY-MM, not {value!r}",
    "until_before_on": "is before occurred_on",
    "body_only_for_state": "is only for perpetrators of kind 'state'",
    "retired_code": "code {value!r} is retired: records keep it, new ones cannot use it;"
                    " allowed: {allowed}",
    # the vocabulary
    "unknown_vocabulary": "unknown vocabulary {value!r}; one of: {allowed}",
    "bad_vocabulary_code": "{value!r} is not a code: use lowercase letters, digits and _,"
                           " starting with a letter (at most 64)",
    "code_exists": "{kind} already has the code {value!r}; a code is never reused",
    "unknown_vocabulary_code": "{kind} has no code {value!r}",
    "block_only_for_threat_types": "only a threat type has a block",
    "block_in_use": "block {value!r} still has active threat types; retire them first",
    "nothing_to_change": "nothing to change: give a new label or description",
    "office_only_vocabulary": "only the office changes the vocabulary; observers receive it"
                              " with the office's roster and receipts",
    # publication drafts
    "office_only_drafts": "only the office keeps publication drafts",
    "unknown_draft": "no publication draft named {name!r} ('fieldapp draft list' shows them)",
    "bad_draft_name": "must be one line of text without leading or trailing spaces",
    "bad_month": "must be a month as YYYY-MM, not {value!r}",
    "draft_period_reversed": "is before period_from",
    "period_not_kind": "is not the first month of a {kind} that ends on period_to",
    "bad_draft_text": "holds a control character",
    "not_a_case_id": "must be a case id (text of at most 64 characters) or null",
    "empty_item": "is empty; give at least a name, a contact or a note",
    "sealed_malformed": "sealed sources are malformed",
    "id_too_short": "no record {text!r}: give the record id, or at least {minimum} of its"
                    " first or last characters",
    "no_record": "no record with id {record_id}",
    "ambiguous_id": "more than one record starts with {prefix}; give more of the id",
    # evidence
    "attachment_id_too_short": "no attachment {text!r}: give the attachment id, or at least"
                               " {minimum} of its first or last characters",
    "no_attachment": "no attachment with id {attachment_id}",
    "ambiguous_attachment_id": "more than one attachment matches {prefix}; give more of the"
                               " id",
    "file_exists": "{path} already exists; nothing was written (choose another name)",
    "record_deleted": "record {record_id} was deleted",
    "record_purged": "record {record_id} was purged on {purged_at} after the office confirmed"
                     " holding it",
    "self_duplicate": "a record cannot be a duplicate of itself",
    "not_in_conflict": "record {record_id} is not in conflict",
    "not_a_conflict_version": "{version} is not one of the versions in conflict",
    # cases
    "no_cases": "holds no case",
    "not_an_article_list": "must be a list of article codes (cc_NNN, ac_NNN)",
    "unknown_case": "no case {value!r} in this vault; give a case id or reference"
                    " ('fieldapp case list' shows them)",
    "ambiguous_case": "more than one case has the reference {value!r}; give the case id",
    "outcome_on_without_outcome": "is only for a record with an outcome",
    "outcome_before_occurred": "{outcome_on} is before occurred_on ({occurred_on})",
    "bad_reference": "{value!r} is not a case reference: use 2 to 4 parts joined by '-',"
                     " each 2-3 letters or up to 6 digits, at least one of digits"
                     " (for example PAV-2024-007); a reference never holds a name",
    "reference_taken": "another case already has the reference {value}",
    "closed_before_opened": "{closed_on} is before the case was opened ({opened_on})",
    "closed_on_while_open": "is only for a closed case",
    "too_many": "has too many entries ({count}, at most {limit})",
    "no_case": "no case {case}",
    "ambiguous_case_reference": "more than one case has the reference {reference}; give the"
                                " case id",
    "ambiguous_case_id": "more than one case starts with {prefix}; give more of the id",
    "case_purged": "case {reference} was purged on {purged_at} after the office confirmed"
                   " holding it; new stages can still be filed under it",
    "case_deleted": "case {case} was deleted",
    "case_has_stages": "case {case} still has stages; move or delete them first",
    "office_only_case_merge": "only the office merges cases",
    "cases_already_merged": "these cases are already one case ({case})",
    "take_or_edit": "resolve with exactly one of --take VERSION or --edit FILE",
    "all_sides_deleted": "every side deleted the record; resolve with --take",
    "conflict_side_deleted": "version {version} deleted the record: it has no fields to take",
    # spreadsheets (record import-table)
    "table_format": "{path}: only {allowed} spreadsheets can be imported",
    "table_empty": "{path} has no header row (row 1 must name the columns)",
    "too_many_columns": "{path} has {count} columns, more than {limit}",
    "too_many_rows": "{path} has more than {limit} rows; split it",
    "malformed_table": "{path} is not a readable spreadsheet (line {line}: {detail})",
    "cell_unreadable": "the cell is longer than {limit} characters or holds a NUL character",
    "bad_cell_date": "{value!r} is not a date: write DD.MM.YYYY, YYYY-MM-DD, MM.YYYY or use"
                     " a date cell",
    "unknown_label": "{value!r} is neither a code nor a label in English, Russian or Kazakh;"
                     " allowed codes: {allowed}",
    "cell_without_header": "holds {value!r} but the column has no header",
    "column_missing": "no column is mapped to this required field; the columns are: {allowed}",
    "no_such_column": "no column {value!r}; the columns are: {allowed}",
    "sources_not_importable": "sources of information are never imported from a spreadsheet;"
                              " enter them in the record, where they are sealed at once",
    "mapping_not_object": "the mapping must be a JSON object of record field -> column header",
    "mapping_not_text": "must name a column header, as text",
    "not_a_spreadsheet": "{path} is not a readable .xlsx spreadsheet (save it again from the"
                         " spreadsheet program as .xlsx, or as .csv in UTF-8)",
    # sources
    "no_source_key": "cannot be saved yet: sources are sealed for the office's source key as"
                     " they are saved, and no office with a source key is enrolled (ask the"
                     " office for its identity card)",
    "wrong_source_key": "this source key cannot open these sources (they were sealed for"
                        " another source key)",
    "sealed_sources_damaged": "the sealed sources are damaged",
    "source_key_exists": "{path} already exists; a source key is never overwritten",
    "cannot_read_source_key": "cannot read the source key {path}: {detail}",
    "source_key_damaged": "{path} is not a fieldapp source key, or it was damaged",
    "office_only_source_key": "only the office has a source key",
    "office_only_sources": "sources are sealed for the office; only the office can read them",
    "source_key_office_only": "only an office vault has a source key",
    # attachments and redaction
    "file_too_large": "is larger than {mib} MiB",
    "keep_original_needs_regions": "applies only when areas are redacted",
    "unreadable_file": "cannot be read: {detail}",
    "image_too_large": "the image is too large to process safely",
    "not_redactable": "is not an image that can be redacted",
    "region_syntax": "'{text}' is not X,Y,WIDTH,HEIGHT[:blur|black] (whole pixels)",
    "region_pixels": "{region} must be whole pixels",
    "region_empty": "{region} has no area",
    "region_mode": "{region}: the mode must be blur or black",
    "region_outside": "{region} lies outside the image ({width}×{height} pixels)",
    # peers and identity cards
    "bad_card": "{detail}",
    "fingerprint_mismatch": "the fingerprint you gave does not match this card (its"
                            " fingerprint is {fingerprint}); nothing was added",
    "wrong_peer_role": "a {role} vault enrols {allowed}s, and this card is an {card_role}'s;"
                       " nothing was added",
    "own_card": "this is this vault's own card; nothing was added",
    "already_enrolled": "{name} ({fingerprint}) is already enrolled",
    "office_already_enrolled": "this vault already has an office; revoke it first to change"
                               " it",
    "no_peer": "no enrolled peer named {name}",
    "ambiguous_peer": "several peers are named {name}; use the fingerprint",
    "already_revoked": "{name} was already revoked on {revoked_at}",
    "no_office_enrolled": "no office is enrolled: get the office's identity card and run"
                          " 'fieldapp peers add CARD --fingerprint FP'",
    # export, roster, receipts, audit keys, purge
    "observer_only_export": "only an observer's vault exports records; the office imports"
                            " them",
    "bundle_not_written": "the bundle could not be written to {path}: {detail}; nothing was"
                          " marked as sent",
    # a full disk
    "disk_full": "the disk holding {path} is full (or refused a larger file); nothing was"
                 " changed: free some space and try again",
    "scrub_unfinished": "{purged} record(s) were purged, but the disk holding {path} is too"
                        " full to erase their old pages; this finishes the next time the vault"
                        " is opened with free space",
    "office_only_roster": "only the office publishes a roster",
    "no_observers": "no observer is enrolled yet",
    "office_only_receipts": "only the office writes receipts",
    "office_only_audit_keys": "only the office's vault can write audit keys",
    "purge_what": "say --delivered, --auto on or --auto off",
    # files a user names, the vault's lock, the key file's bounds
    "key_file_kdf_too_costly": "the vault key file asks for key-derivation work far beyond"
                               " any fieldapp writes; it is damaged and was refused (this"
                               " does not count as a wrong passphrase)",
    "kdf_above_ceiling": "the requested KDF parameters are above the ceiling a key file may"
                         " ask for",
    "not_a_regular_file": "{path} is not a regular file (a folder, a device or a pipe); give"
                          " a file",
    "too_large_to_read": "{path} is larger than {limit_kib} KiB, more than such a file can"
                         " be; it was not read",
    "nul_or_surrogate": "holds a NUL character or a lone surrogate (such as \\u0000 or"
                        " \\ud800), which no text may hold",
    "vault_in_use": "the vault is in use by another program ({program}, process {pid});"
                    " close it there and try again",
    # reports
    "bad_period_date": "must be a date as YYYY-MM or YYYY-MM-DD, not {value!r}",
    "period_reversed": "is before --from",
    "unknown_observer": "no observer {observer!r}: give an enrolled peer's name or an"
                        " author's fingerprint",
    "min_cell_too_small": "must be a whole number of at least {minimum}",
    "pdf_only": "is only for --pdf and --docx",
    "json_only": "is only for --json",
    "bad_period": "must be a year, half-year, quarter or month (2024, 2024-H2, 2024-Q1,"
                  " 2024-03), not {value!r}",
    "period_with_dates": "stands for --from and --to: give one or the others",
    "compare_needs_period": "needs a period with a start and an end (--period, or --from"
                            " and --to)",
    "bulletin_language": "the bulletin needs a language: one of {allowed}",
    # a bundle's checks, in the order an import runs them
    "too_large": "the file is larger than {gib} GiB",
    "empty": "the file is empty",
    "not_age_file": "this is not an age-encrypted file: {detail}",
    "not_addressed": "the bundle is not addressed to this vault",
    "cannot_decrypt": "the bundle cannot be decrypted: {detail}",
    "damaged": "the bundle is damaged or truncated: {detail}",
    "archive_malformed": "the bundle's archive is malformed: {detail}",
    "payload_not_first": "the bundle does not start with {member}",
    "payload_size": "{member} declares a size its contents do not fill",
    "signature_not_second": "the bundle's second member is not {member}",
    "signature_too_large": "{member} is too large",
    "extra_members": "the bundle holds more than two members",
    "manifest_not_first": "{payload} must start with a small {member}",
    "records_not_second": "{member} must be followed by {next}",
    "records_too_large": "{member} is larger than the limit",
    "unexpected_member": "unexpected member {name!r}",
    "attachments_out_of_order": "attachments are duplicated or out of order",
    "attachment_limit": "an attachment or their number exceeds the limit",
    "data_after_archive": "there is data after the end of the archive",
    "padding_too_long": "the bundle's padding is longer than its bucket",
    "padding_too_short": "the bundle's padding is shorter than its bucket",
    "bad_signature": "the bundle's signature is invalid: {detail}",
    "unknown_signer": "the bundle is signed by an unknown key ({signer}); enrol its observer"
                      " first",
    "revoked_signer": "the bundle is signed by {name}, whose key was revoked on {revoked_at}",
    "not_signed_by_office": "a {kind} must be signed by this vault's office",
    "not_json": "{member} is not valid JSON ({detail})",
    "line_not_json": "{member} line {line} is not valid JSON ({detail})",
    "manifest_fields": "the manifest has missing or unknown fields",
    "format_unsupported": "the bundle's format version is not supported",
    "wrong_kind": "a {kind!r} bundle is not for a {role}'s vault",
    "wrong_recipient": "the bundle is addressed to another vault (it was re-encrypted or"
                       " forwarded)",
    "wrong_sender": "the manifest names another sender than the key that signed it",
    "bad_count": "the manifest's {key} is not a valid count",
    "bad_bundle_id": "the manifest's bundle id is malformed",
    "unknown_line": "records.jsonl line {line} is not a version, a case or an attachment",
    "version_line_fields": _LINE + "a version line has missing or unknown fields",
    "version_line_malformed": _LINE + "a version line has a malformed field",
    "wrong_author": _LINE + "a version claims another author than the bundle's signer",
    "bad_deletion": _LINE + "a deletion carries content or a wrong hash",
    "record_invalid": _LINE + "a record is invalid: {problems}",
    "code_never_issued": _LINE + "{field} holds the code {value!r}, which this vault's"
                                 " vocabulary never had",
    "case_line_fields": _LINE + "a case line has missing or unknown fields",
    "case_invalid": _LINE + "a case is invalid: {problems}",
    "plain_sources": _LINE + "a record carries sources in plain text; they must be sealed",
    "content_hash_mismatch": _LINE + "a record's content does not match its hash",
    "attachment_line_fields": _LINE + "an attachment line has missing or unknown fields",
    "attachment_line_malformed": _LINE + "an attachment line has a malformed field",
    # bounds on what a bundle carries
    "json_too_deep": "{member} nests JSON deeper than {limit} levels",
    "line_too_deep": "{member} line {line}: JSON nested deeper than {limit} levels",
    "age_header_too_large": "the bundle's encryption header is larger than any fieldapp"
                            " writes: {detail}",
    "bad_created_at": "the manifest's creation time is malformed",
    "sequence_too_far": "the bundle's sequence number {sequence} is more than {step} past the"
                        " highest held from this observer ({highest})",
    "id_malformed": _LINE + "the {field} is not a well-formed id",
    "clock_malformed": _LINE + "the version's clock value is malformed",
    "clock_ahead": _LINE + "the version's clock is more than {hours} hours ahead of this"
                   " computer's clock",
    "text_control_character": _LINE + "the {field} holds a control character",
    "control_character": "holds a control character (such as an escape code), which is not"
                         " allowed",
    "not_sealed": "are not sealed to an office's source key as fieldapp seals them",
    "json_nested_too_deep": "the JSON is nested deeper than {limit} levels",
    "count_mismatch": "the manifest's counts do not match records.jsonl",
    "version_twice": "a version appears twice",
    "version_differs": "version {version} differs from the copy already held",
    "attachment_hash": "an attachment's content does not match its hash",
    "attachments_differ": "the attachments listed and those carried differ",
    "attachment_size": "an attachment's size does not match its line",
    "attachment_changed": "an attachment changed between two readings",
    "bundle_changed": "the bundle changed while it was being imported",
    "receipt_replay": "this receipt was already applied (a replay)",
    "receipt_not_one_list": "a receipt must carry exactly one list of versions",
    "receipt_malformed": "the receipt is malformed",
    "receipt_count": "the receipt's count does not match its list",
    "roster_not_one": "a roster bundle must carry exactly one roster",
    "roster_malformed": "the roster is malformed",
    "roster_version_mismatch": "the roster's version does not match its bundle",
    "roster_not_newer": "roster version {version} is not newer than the version {held}"
                        " already accepted",
    "roster_no_recipient": "the roster names no recipient",
    "roster_bad_recipient": "the roster holds a malformed recipient",
    "vocabulary_malformed": "the vocabulary the bundle carries is malformed ({reason})",
    "already_imported": "this bundle was already imported; nothing changed",
    "foreign_record": "record {record_id} holds another author's versions or evidence; a"
                      " bundle may edit or delete only the records its signer created",
    "foreign_attachment": "an attachment is for record {record_id}, which holds another"
                          " author's versions or evidence; evidence may be attached only to"
                          " the signer's own records",
    "foreign_case": "case {case_id} was opened by another observer; a bundle may change only"
                    " its own signer's cases",
    "foreign_case_parent": "version {version} of case {case_id} descends from a version by"
                           " another observer",
    "foreign_parent": "version {version} of record {record_id} descends from a version by"
                      " another author",
    "bundle_unreadable": "cannot read {path}: {detail}; nothing of this bundle was imported",
    "bundle_failed": "the bundle could not be imported ({error}); nothing of it was kept",
    "purge_failed": "the receipt was applied, but purging the delivered records failed"
                    " ({error}); they are purged with the next receipt",
    # checking a downloaded release (verify-release)
    "release_signers_malformed": "{path} line {line} is not an allowed_signers line (principal,"
                                 " options, ssh-ed25519 key) or a public key line",
    "release_signature_malformed": "do not install this file: the signature file is not an"
                                   " SSH signature fieldapp can check (an Ed25519 signature"
                                   " made with ssh-keygen -Y sign)",
    "release_wrong_namespace": "do not install this file: the signature was made for"
                               " {namespace!r}, not for a fieldapp release",
    "release_signature_mismatch": "do not install this file: the signature does not match the"
                                  " list of checksums (the list was changed, or the signature"
                                  " belongs to another list)",
    "release_unknown_signer": "do not install this file: the list of checksums is signed by"
                              " the key {fingerprint}, which is not a release key this copy"
                              " of fieldapp knows; if the office gave you its allowed_signers"
                              " file, name it with --signers FILE",
    "release_sums_too_large": "do not install this file: the list of checksums is larger than"
                              " {limit_kib} KiB, far more than a release holds",
    "release_sums_too_many_lines": "do not install this file: the list of checksums has more"
                                   " than {limit} lines, far more than a release holds",
    "release_sums_bad_line": "do not install this file: line {line} of the list of checksums"
                             " is not a SHA-256 checksum and a file name",
    "release_sums_bad_name": "do not install this file: line {line} of the list of checksums"
                             " names a path or holds control characters, not a plain file"
                             " name",
    "release_sums_duplicate": "do not install this file: the list of checksums names"
                              " {name!r} twice (line {line})",
    "release_sums_empty": "do not install this file: the list of checksums lists no file",
    "release_not_listed": "{name!r} is not in the list of checksums: it is not a file of this"
                          " release (if the browser renamed it, give it its name back)",
    "release_file_changed": "do not install this file: {name!r} is not the file that was"
                            " released (its SHA-256 differs from the signed list); it was"
                            " damaged or changed",
    "portable_not_writable": "portable mode: cannot write to {path} ({detail}); copy the"
                             " folder to a writable place or remove the file 'portable'",
}

# The report command's flag for each field its filters are checked on.
REPORT_FLAGS = {"date_from": "--from", "date_to": "--to", "region": "--region",
                "sector": "--sector", "observer": "--observer", "period": "--period",
                "compare": "--compare"}


def message(code: str, params: Mapping[str, Any]) -> str:
    """The English words for a code and its params (a diagnostic for an unknown code)."""
    values = dict(params)
    if isinstance(values.get("problems"), list):
        values["problems"] = "; ".join(
            problem_sentence(Problem.from_dict(item)) for item in values["problems"])
    try:
        return MESSAGES[code].format(**values)
    except (KeyError, IndexError, ValueError):
        shown = ", ".join(f"{key}={value!r}" for key, value in params.items())
        return f"{code}({shown})"


def sentence(error: BaseException) -> str:
    """What the CLI prints for an error; an error from outside fieldapp keeps its own str()."""
    if isinstance(error, InvalidInput) and error.problems:
        return "; ".join(problem_sentence(problem, error.subject) for problem in error.problems)
    if isinstance(error, FieldappError):
        return message(error.code, error.params)
    # Imported here: the import machinery is heavy, and a bundle's refusal only ever
    # reaches a command that has loaded it already.
    from fieldapp.services.importing import BundleRejected
    if isinstance(error, BundleRejected):
        return message(error.code, error.params)
    return str(error)


def problem_text(problem: Problem) -> str:
    """What is wrong, without the field: 'is required'."""
    return message(problem.code, problem.params)


def problem_sentence(problem: Problem, subject: str = "record") -> str:
    """'record 0: title: is required' (the record's or case's index only in a batch)."""
    where = f"{subject} {problem.index}: " if problem.index is not None else ""
    return f"{where}{problem.field}: {problem_text(problem)}"


def with_report_flags(error: InvalidInput) -> InvalidInput:
    """The report command's problems named by its flags (--from), not by the filter fields."""
    problems = []
    for problem in error.problems:
        flagged = copy.copy(problem)
        flagged.field = REPORT_FLAGS.get(problem.field, problem.field)
        problems.append(flagged)
    return InvalidInput(problems)


def with_reasons(reports: list[ImportReport]) -> list[ImportReport]:
    """Each report's `reason` worded from its code, as `import` and `import --json` print it."""
    for report in reports:
        if report.code is not None:
            report.reason = message(report.code, report.params)
    return reports


def worded_inside(inside: dict[str, Any]) -> dict[str, Any]:
    """`bundle inspect`'s view from inside the vault, its codes worded as `reason` and
    `error`, in the keys and order it prints."""
    if not inside["opened"]:
        return {"opened": False, "check": inside["check"],
                "reason": message(inside["code"], inside["params"])}
    inside = dict(inside)
    error = inside.pop("manifest_error")
    if error is not None:
        inside["manifest"] = {"error": message(error["code"], error["params"])}
    return inside
