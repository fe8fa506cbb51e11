"""Errors a user can meet, each carrying one sentence that says what is wrong."""

from __future__ import annotations


class FieldappError(Exception):
    """Base of every error shown to a user; str(error) is the sentence to show."""

    exit_code = 1


class VaultError(FieldappError):
    """The vault cannot be used as asked (missing, exists, damaged)."""


class BadPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase")


class KeyFileDamaged(VaultError):
    """The key file was changed on disk or is not a fieldapp key file."""


class WeakKdfParameters(VaultError):
    """The key file asks for KDF parameters below the floor (a downgrade attempt)."""


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("the vault is locked")


class VaultWiped(VaultError):
    """Too many wrong passphrases in a row: the vault was deleted, as its settings asked."""

    def __init__(self, attempts: int) -> None:
        self.attempts = attempts
        super().__init__(f"{attempts} wrong passphrases in a row: the vault was deleted, as"
                         " its settings asked")


class NotFound(FieldappError):
    """An id names nothing in the vault."""


class InvalidInput(FieldappError):
    """Input that breaks the record format or the command's rules (exit code 2)."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.sentence() for p in problems))


class Problem:
    """One validation problem: which record (index), which field, and what is wrong."""

    def __init__(
        self, field: str, message: str, index: int | None = None, kind: str = "invalid"
    ) -> None:
        self.field = field
        self.message = message
        self.index = index
        # A stable code ("required", "bad_date"...) so a window can say it in its own language.
        self.kind = kind

    @property
    def top_field(self) -> str:
        """'victims[0].alias' -> 'victims': the form field the problem belongs to."""
        return self.field.split("[", 1)[0].split(".", 1)[0]

    def sentence(self) -> str:
        where = f"record {self.index}: " if self.index is not None else ""
        return f"{where}{self.field}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.sentence()!r})"
