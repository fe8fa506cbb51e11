"""The window's words for a bundle's failed checks (the rest is in error_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Code -> English pattern, in the order an import runs its checks; the context is the same
# "Errors" as error_text.py's, which merges this table into its own.
BUNDLE_MARKED = {
    # bundle size, decryption, archive
    "too_large": QT_TRANSLATE_NOOP("Errors", "The file is larger than {gib} GiB."),
    "empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "not_age_file": QT_TRANSLATE_NOOP("Errors", "This file is not an encrypted bundle."),
    "not_addressed": QT_TRANSLATE_NOOP("Errors", "The bundle is not addressed to this vault."),
    "cannot_decrypt": QT_TRANSLATE_NOOP("Errors", "The bundle cannot be decrypted."),
    "damaged": QT_TRANSLATE_NOOP("Errors", "The bundle is damaged or cut short."),
    "archive_malformed": QT_TRANSLATE_NOOP("Errors", "The archive inside the bundle is malformed."),
    "payload_not_first": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's contents are not in the expected order."),
    "payload_size": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's contents are shorter than they claim."),
    "signature_not_second": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's signature is missing or misplaced."),
    "signature_too_large": QT_TRANSLATE_NOOP("Errors", "The bundle's signature is too large."),
    "extra_members": QT_TRANSLATE_NOOP("Errors", "The bundle holds more than it should."),
    "manifest_not_first": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's table of contents is missing or too large."),
    "records_not_second": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's records are missing or misplaced."),
    "records_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's records are larger than the limit."),
    "unexpected_member": QT_TRANSLATE_NOOP("Errors", "The bundle holds an unexpected file."),
    "attachments_out_of_order": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's attachments are repeated or out of order."),
    "attachment_limit": QT_TRANSLATE_NOOP(
        "Errors",
        "An attachment, or their number, exceeds the limit."),
    "data_after_archive": QT_TRANSLATE_NOOP(
        "Errors",
        "There is data after the end of the bundle's archive."),
    "padding_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's padding is longer than it should be."),
    "padding_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's padding is shorter than it should be."),
    # signature
    "bad_signature": QT_TRANSLATE_NOOP("Errors", "The bundle's signature is not valid."),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is signed by a key this vault does not know ({signer}); enrol its "
        "observer first."),
    "revoked_signer": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is signed by {name}, whose key was revoked on {revoked_at}."),
    "not_signed_by_office": QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle must be signed by this vault's office, and it is not."),
    # manifest and records
    "not_json": QT_TRANSLATE_NOOP("Errors", "Part of the bundle is not valid JSON."),
    "line_not_json": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records is not valid JSON."),
    "manifest_fields": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's table of contents has missing or unknown fields."),
    "format_unsupported": QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle's format version is not supported."),
    "wrong_kind": QT_TRANSLATE_NOOP("Errors", "This kind of bundle is not meant for this vault."),
    "wrong_recipient": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is addressed to another vault (it was re-encrypted or forwarded)."),
    "wrong_sender": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle names another sender than the key that signed it."),
    "bad_count": QT_TRANSLATE_NOOP(
        "Errors",
        "A count in the bundle's table of contents is not valid."),
    "bad_bundle_id": QT_TRANSLATE_NOOP("Errors", "The bundle's identifier is malformed."),
    "unknown_line": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records is not a version, a case or an attachment."),
    "version_line_fields": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records has missing or unknown fields."),
    "version_line_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records has a malformed field."),
    "wrong_author": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records claims another author than the bundle's signer."),
    "bad_deletion": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records is a deletion with content or a wrong hash."),
    "code_never_issued": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records uses the code «{value}», which this vault's"
        " vocabulary never had; nothing was imported."),
    "record_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records holds an invalid record."),
    "case_line_fields": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records is a case with missing or unknown fields."),
    "case_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records holds an invalid case."),
    "plain_sources": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records carries sources in plain text; they must be "
        "sealed."),
    "content_hash_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records does not match its hash."),
    "attachment_line_fields": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records describes an attachment with missing or unknown "
        "fields."),
    "attachment_line_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records describes an attachment with a malformed field."),
    # bounds on what a bundle carries
    "json_too_deep": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's {member} is nested deeper than {limit} levels."),
    "line_too_deep": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's {member} is nested deeper than {limit} levels."),
    "age_header_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's encryption header is larger than any this app writes."),
    "bad_created_at": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's creation time is malformed."),
    "sequence_too_far": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's number {sequence} is more than {step} past the highest received from "
        "this observer ({highest})."),
    "id_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records has a malformed identifier ({field})."),
    "clock_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records has a malformed version time."),
    "clock_ahead": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records has a version time more than {hours} hours "
        "ahead of this computer's clock."),
    "text_control_character": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the bundle's records holds a control character in {field}."),
    "control_character": QT_TRANSLATE_NOOP(
        "Errors",
        "This text holds a control character, which is not allowed."),
    "not_sealed": QT_TRANSLATE_NOOP(
        "Errors",
        "The sources are not sealed to the office's source key."),
    "json_nested_too_deep": QT_TRANSLATE_NOOP(
        "Errors",
        "The file's JSON is nested deeper than {limit} levels."),
    "count_mismatch": QT_TRANSLATE_NOOP("Errors", "The bundle's counts do not match its records."),
    "version_twice": QT_TRANSLATE_NOOP("Errors", "A version appears twice in the bundle."),
    "version_differs": QT_TRANSLATE_NOOP(
        "Errors",
        "A version in the bundle differs from the copy this vault already holds."),
    # attachments, receipts, rosters in bundles
    "attachment_hash": QT_TRANSLATE_NOOP(
        "Errors",
        "An attachment's content does not match its hash."),
    "attachments_differ": QT_TRANSLATE_NOOP(
        "Errors",
        "The attachments listed and those carried differ."),
    "attachment_size": QT_TRANSLATE_NOOP(
        "Errors",
        "An attachment's size does not match its description."),
    "attachment_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "An attachment changed while it was being read."),
    "bundle_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle changed while it was being imported."),
    "receipt_replay": QT_TRANSLATE_NOOP("Errors", "This receipt was already applied (a replay)."),
    "receipt_not_one_list": QT_TRANSLATE_NOOP(
        "Errors",
        "A receipt must carry exactly one list of versions."),
    "receipt_malformed": QT_TRANSLATE_NOOP("Errors", "The receipt is malformed."),
    "receipt_count": QT_TRANSLATE_NOOP("Errors", "The receipt's count does not match its list."),
    "roster_not_one": QT_TRANSLATE_NOOP("Errors", "A roster bundle must carry exactly one roster."),
    "roster_malformed": QT_TRANSLATE_NOOP("Errors", "The roster is malformed."),
    "roster_version_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The roster's version does not match its bundle."),
    "roster_not_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "Roster version {version} is not newer than version {held}, already accepted."),
    "roster_no_recipient": QT_TRANSLATE_NOOP("Errors", "The roster names no recipient."),
    "roster_bad_recipient": QT_TRANSLATE_NOOP("Errors", "The roster holds a malformed recipient."),
    "vocabulary_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "The vocabulary this bundle carries is malformed; nothing was changed."),
    "already_imported": QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle was already imported; nothing changed."),
    "foreign_record": QT_TRANSLATE_NOOP(
        "Errors",
        "Record {record_id} holds another author's versions or evidence: a bundle may edit"
        " or delete only the records its sender created. Nothing from this bundle was"
        " imported."),
    "foreign_attachment": QT_TRANSLATE_NOOP(
        "Errors",
        "An attachment is for record {record_id}, which holds another author's versions or"
        " evidence: evidence may be attached only to the sender's own records. Nothing from"
        " this bundle was imported."),
    "foreign_case": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle changes case {case_id}, which another observer opened. Nothing from this"
        " bundle was imported."),
    "foreign_case_parent": QT_TRANSLATE_NOOP(
        "Errors",
        "A version of case {case_id} continues a version by another author. Nothing from"
        " this bundle was imported."),
    "foreign_parent": QT_TRANSLATE_NOOP(
        "Errors",
        "A version of record {record_id} continues a version by another author. Nothing"
        " from this bundle was imported."),
    "bundle_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle {path} cannot be read. Nothing from it was imported."),
    "bundle_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle could not be imported ({error}). Nothing from it was kept."),
    "purge_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The receipt was applied, but purging the delivered records failed ({error}). They"
        " will be purged with the next receipt."),
}

# What a person at the office needs to hear when a bundle is refused: what happened, in
# plain words, and what to do. The sentence of the code above stays one click away.
PLAIN_CONTEXT = "PlainErrors"
DAMAGED = QT_TRANSLATE_NOOP(
    "PlainErrors", "This file was damaged or changed on the way. Ask for it again.")
_NOT_FOR_US = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file was made for another vault. Ask the sender to make it again for this office.")
_NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "PlainErrors", "This file is not a bundle from this app. Check that you chose the right file.")
_STRANGER = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file comes from an observer who is not enrolled here. Enrol the observer, then"
    " import the file again.")
_REVOKED = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file comes from an observer whose enrolment was withdrawn. Nothing from it was"
    " imported.")
_NEWER = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file was made by a newer version of the app. Update the app here, then import the"
    " file again.")
_OTHERS_RECORDS = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file changes records that belong to another observer, so nothing from it was"
    " imported.")
_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "This file uses a list value this office never issued, so nothing from it was imported.")
_GAP = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "Many bundles from this observer before this one have not arrived. Import the earlier"
    " ones first.")
_CLOCK = QT_TRANSLATE_NOOP(
    "PlainErrors",
    "The sender's computer clock is set far ahead. Ask them to correct it and send the file"
    " again.")
_ALREADY = QT_TRANSLATE_NOOP(
    "PlainErrors", "This file was already taken in; nothing changed.")
_UNREADABLE = QT_TRANSLATE_NOOP(
    "PlainErrors", "This file could not be read. Check the disk or USB stick and try again.")

PLAIN_BY_CODE = {
    **dict.fromkeys(("not_addressed", "cannot_decrypt", "wrong_recipient", "wrong_kind",
                     "not_signed_by_office"), _NOT_FOR_US),
    **dict.fromkeys(("not_age_file", "empty"), _NOT_A_BUNDLE),
    "unknown_signer": _STRANGER,
    "revoked_signer": _REVOKED,
    "format_unsupported": _NEWER,
    **dict.fromkeys(("foreign_record", "foreign_attachment", "foreign_case",
                     "foreign_case_parent", "foreign_parent", "wrong_author"),
                    _OTHERS_RECORDS),
    "code_never_issued": _UNKNOWN_VALUE,
    "sequence_too_far": _GAP,
    "clock_ahead": _CLOCK,
    **dict.fromkeys(("already_imported", "receipt_replay", "roster_not_newer"), _ALREADY),
    **dict.fromkeys(("bundle_unreadable", "cannot_read"), _UNREADABLE),
}


def plain_pattern(code: str | None) -> str:
    """The English source of the plain sentence for a refused bundle's code; every other
    failed check means the file is not as it was sent."""
    return str(PLAIN_BY_CODE.get(code or "", DAMAGED))
