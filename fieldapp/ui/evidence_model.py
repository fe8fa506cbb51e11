"""A record's evidence as the panel lists it: each file, its kind, its size and what was
removed from it, worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from fieldapp.services.attachments import AttachmentInfo
from fieldapp.services.evidence import DOCUMENT, IMAGE, kind_of
from fieldapp.ui.row_table import RowTableModel, Sortable

FILE, KIND, SIZE, REMOVED = range(4)


class AttachmentsModel(RowTableModel[AttachmentInfo]):
    """Long names are elided in the view; the tooltip always has the whole name, its hashes
    and when it was stored, so nothing is cut that cannot be read."""

    COLUMNS = (QT_TRANSLATE_NOOP("AttachmentsModel", "File"),
               QT_TRANSLATE_NOOP("AttachmentsModel", "Kind"),
               QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
               QT_TRANSLATE_NOOP("AttachmentsModel", "Metadata"))

    def text(self, row: AttachmentInfo, column: int) -> str:
        if column == FILE:
            return row.filename
        if column == KIND:
            role = self.role_text(row)
            return self.kind_text(row) + ("\n" + role if role else "")
        if column == SIZE:
            return self.size_text(row.size)
        return self.describe(row)

    def sort_value(self, row: AttachmentInfo, column: int) -> Sortable:
        return row.size if column == SIZE else self.text(row, column)

    def tooltip(self, row: AttachmentInfo, column: int) -> str:
        return "\n".join((
            row.filename,
            self.text(row, REMOVED),
            self.tr("Stored %1").replace("%1", row.created_at.replace("T", " ").rstrip("Z")),
            self.tr("SHA-256 of the file as captured: %1").replace("%1", row.original_sha256),
            self.tr("SHA-256 as stored: %1").replace("%1", row.stored_sha256)))

    def kind_text(self, info: AttachmentInfo) -> str:
        kind = kind_of(info)
        if kind == IMAGE:
            return self.tr("Photo")
        if kind == DOCUMENT:
            return self.tr("Document")
        return self.tr("Other file")

    def size_text(self, size: int) -> str:
        """1 decimal in the interface language's own digits and separator (1,5 MB in ru)."""
        locale = QLocale()
        if size < 1024:
            return self.tr("%1 B").replace("%1", locale.toString(size))
        for unit in (self.tr("%1 KB"), self.tr("%1 MB")):
            size_in = size / 1024
            if size_in < 1024:
                return unit.replace("%1", locale.toString(size_in, "f", 1))
            size = int(size_in)
        return self.tr("%1 GB").replace("%1", locale.toString(size / 1024, "f", 1))

    def role_text(self, info: AttachmentInfo) -> str:
        if info.role == "redacted":
            return self.tr("Redacted copy.")
        if info.role == "original":
            return self.tr("Unredacted original of the copy above, encrypted, never exported.")
        return ""

    def describe(self, info: AttachmentInfo) -> str:
        if info.metadata_warning:
            return self.tr("Metadata NOT removed: this file type is stored as it is.")
        if not info.metadata_removed:
            return self.tr("No metadata found; the image was re-encoded.")
        names = {
            "exif": self.tr("EXIF (camera, dates, settings)"),
            "gps": self.tr("GPS location"),
            "maker_notes": self.tr("camera maker notes"),
            "xmp": self.tr("XMP"),
            "iptc": self.tr("IPTC"),
            "comment": self.tr("comment"),
            "text": self.tr("text fields"),
        }
        removed = ", ".join(names.get(key, key) for key in info.metadata_removed)
        return self.tr("Removed: %1.").replace("%1", removed)
