"""What each of the dialogs' lists shows: peers, conflicts, duplicates, import results,
and unsealed sources, one small model each (a record's evidence: `evidence_model.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.services.conflicts import Conflict
from fieldapp.services.duplicates import Candidate
from fieldapp.services.importing import ImportReport
from fieldapp.services.peers import Peer
from fieldapp.ui.bundle_error_text import PLAIN_CONTEXT, plain_pattern
from fieldapp.ui.error_text import code_message
from fieldapp.ui.row_table import RowTableModel, Sortable


class PeerTableModel(RowTableModel[Peer]):
    """The vault's enrolled observers (or its office), revoked ones included."""

    COLUMNS = (QT_TRANSLATE_NOOP("PeerTableModel", "Name"),
               QT_TRANSLATE_NOOP("PeerTableModel", "Role"),
               QT_TRANSLATE_NOOP("PeerTableModel", "Standing"),
               QT_TRANSLATE_NOOP("PeerTableModel", "Fingerprint"))

    def text(self, row: Peer, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return (self.tr("Central office") if row.role == "office"
                    else self.tr("Regional observer"))
        if column == 2:
            return (self.tr("revoked %1").replace("%1", row.revoked_at or "") if row.revoked
                    else self.tr("enrolled"))
        return row.fingerprint


class ConflictListModel(RowTableModel[Conflict]):
    """Records in conflict, by the title of the version shown now."""

    COLUMNS = (QT_TRANSLATE_NOOP("ConflictListModel", "Title"),)

    def text(self, row: Conflict, column: int) -> str:
        shown = row.sides[0].record
        return str(shown["title"]) if shown else row.record_id


class DuplicatesModel(RowTableModel[Candidate]):
    """Pairs of records that may be one incident, who reported each, and what makes them
    look alike."""

    COLUMNS = (QT_TRANSLATE_NOOP("DuplicatesModel", "Titles"),
               QT_TRANSLATE_NOOP("DuplicatesModel", "Observers"),
               QT_TRANSLATE_NOOP("DuplicatesModel", "Where and what"),
               QT_TRANSLATE_NOOP("DuplicatesModel", "Dates"),
               QT_TRANSLATE_NOOP("DuplicatesModel", "Persons"),
               QT_TRANSLATE_NOOP("DuplicatesModel", "Text"))

    def __init__(self, taxonomy: Taxonomy, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._language = language

    def observer(self, name: str | None) -> str:
        """Who reported a record: the peer's name, or this vault itself."""
        return self.tr("this vault") if name is None else name

    def text(self, row: Candidate, column: int) -> str:
        if column == 0:
            return f"{row.titles[0]}\n{row.titles[1]}"
        if column == 1:
            return f"{self.observer(row.observers[0])}\n{self.observer(row.observers[1])}"
        if column == 2:
            return (self._taxonomy["region"].label(row.region, self._language) + "\n"
                    + self._taxonomy["threat_type"].label(row.threat_type, self._language))
        if column == 3:
            # "one" in words: without an English catalogue Qt would say "1 days apart";
            # %n still carries 21, 31... to the Russian and Kazakh singular forms.
            if row.days_apart <= 1:
                return self.tr("same day") if row.days_apart == 0 else self.tr("one day apart")
            return self.tr("%n days apart", "", row.days_apart)
        if column == 4:
            if row.shared_victims <= 1:
                return (self.tr("one shared person") if row.shared_victims
                        else self.tr("no shared person"))
            return self.tr("%n shared persons", "", row.shared_victims)
        return self.tr("text %1% alike").replace("%1", str(round(row.text_similarity * 100)))

    def sort_value(self, row: Candidate, column: int) -> Sortable:
        if column == 3:
            return row.days_apart
        if column == 4:
            return row.shared_victims
        if column == 5:
            return row.text_similarity
        return self.text(row, column)


@dataclass(frozen=True)
class ImportRow:
    """A bundle chosen for import; its report once imported, or why the import stopped."""

    path: Path
    report: ImportReport | None = None
    failure: str = ""


class ImportResultsModel(RowTableModel[ImportRow]):
    """One row per bundle: waiting, then what happened to it and why."""

    COLUMNS = (QT_TRANSLATE_NOOP("ImportResultsModel", "File"),
               QT_TRANSLATE_NOOP("ImportResultsModel", "Result"),
               QT_TRANSLATE_NOOP("ImportResultsModel", "Details"))

    def text(self, row: ImportRow, column: int) -> str:
        if column == 0:
            return row.path.name
        if column == 1:
            return self.tr("waiting") if row.report is None else self.status_text(row.report)
        return row.failure if row.report is None else self.detail_text(row.report)

    def status_text(self, report: ImportReport) -> str:
        return {"accepted": self.tr("accepted"), "rejected": self.tr("rejected"),
                "duplicate": self.tr("already imported")}[report.status]

    technical = False  # the dialog's Details switch: the failed check's own words too

    def set_technical(self, shown: bool) -> None:
        self.technical = shown
        self.retranslate()

    def tooltip(self, row: ImportRow, column: int) -> str | None:
        if column == 2 and row.report is not None and row.report.status == "rejected":
            return self.technical_text(row.report)
        return None

    def detail_text(self, report: ImportReport) -> str:
        if report.status == "rejected":
            plain = QCoreApplication.translate(PLAIN_CONTEXT, plain_pattern(report.code))
            return plain + ("\n" + self.technical_text(report) if self.technical else "")
        return self.outcome_text(report)

    def technical_text(self, report: ImportReport) -> str:
        """Which check failed and its code's sentence, for whoever looks into it."""
        checks = {"size": self.tr("size"), "decrypt": self.tr("decryption"),
                  "archive": self.tr("archive"), "signature": self.tr("signature"),
                  "manifest": self.tr("manifest"), "records": self.tr("records"),
                  "attachments": self.tr("attachments")}
        check = checks.get(report.check or "", report.check or "")
        return self.tr("%1 check failed: %2").replace("%1", check) \
            .replace("%2", code_message(report.code, report.params) if report.code else "")

    def outcome_text(self, report: ImportReport) -> str:
        if report.status == "duplicate":
            return self.tr("Nothing changed.")
        if report.code:  # accepted, and what came after it (a purge) failed
            return code_message(report.code, report.params)
        vocabulary = (" " + self.tr("The office's vocabulary, version %1, is now in use.")
                      .replace("%1", str(report.vocabulary)) if report.vocabulary else "")
        if report.kind == "roster":
            return self.tr("Roster version %1 from %2.").replace("%1", str(report.sequence)) \
                .replace("%2", report.sender or "") + vocabulary
        text = (self.tr("From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.")
                .replace("%1", report.sender or "").replace("%2", str(report.sequence))
                .replace("%3", str(report.new)).replace("%4", str(report.updated))
                .replace("%5", str(report.unchanged)).replace("%6", str(report.in_conflict)))
        if report.cases:
            text += " " + self.tr("%n cases new or changed.", "", report.cases)
        if report.missing_sequences:
            text += " " + self.tr("Bundles not yet received: %1.").replace(
                "%1", ", ".join(str(n) for n in report.missing_sequences))
        return text + vocabulary


class SourcesModel(RowTableModel[dict[str, str]]):
    """One record's unsealed sources; the dialog empties it as it closes."""

    COLUMNS = (QT_TRANSLATE_NOOP("SourcesModel", "Name"),
               QT_TRANSLATE_NOOP("SourcesModel", "Contact"),
               QT_TRANSLATE_NOOP("SourcesModel", "Note"))
    KEYS = ("name", "contact", "note")

    def text(self, row: dict[str, str], column: int) -> str:
        return row.get(self.KEYS[column], "")
