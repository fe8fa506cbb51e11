"""Errors a user can meet, each a stable code and its arguments; the faces word them."""

from __future__ import annotations

from typing import Any


def _diagnostic(code: str, params: dict[str, Any]) -> str:
    shown = ", ".join(f"{key}={value!r}" for key, value in params.items())
    return f"{code}({shown})"


class FieldappError(Exception):
    """Base of every error shown to a user: `code` (snake_case, stable) says what is wrong and
    `params` (plain values) its details. str(error) is a diagnostic, never the user's
    sentence: each face words the code in its own table (the CLI in English, the window in
    the interface language)."""

    exit_code = 1

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return _diagnostic(self.code, self.params)


class VaultError(FieldappError):
    """The vault cannot be used as asked (missing, exists, damaged)."""


class BadPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("bad_passphrase")


class KeyFileDamaged(VaultError):
    """The key file was changed on disk or is not a fieldapp key file."""


class WeakKdfParameters(VaultError):
    """The key file asks for KDF parameters below the floor (a downgrade attempt)."""


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("vault_locked")


class VaultWiped(VaultError):
    """Too many wrong passphrases in a row: the vault was deleted, as its settings asked."""

    def __init__(self, attempts: int) -> None:
        self.attempts = attempts
        super().__init__("vault_wiped", attempts=attempts)


class NotFound(FieldappError):
    """An id names nothing in the vault."""


class InvalidInput(FieldappError):
    """Input that breaks the record format or the command's rules (exit code 2)."""

    exit_code = 2

    def __init__(self, problems: list[Problem], subject: str = "record") -> None:
        self.problems = problems
        # What a problem's index counts in a batch: records, or cases for `case add`.
        self.subject = subject
        super().__init__("invalid_input")

    def __str__(self) -> str:
        return "; ".join(repr(p) for p in self.problems) or self.code


class Problem:
    """One validation problem: which record (index), which field (a name in the data, never
    a command-line flag), what is wrong (`code`) and its details (`params`)."""

    def __init__(self, field: str, code: str, index: int | None = None, **params: Any) -> None:
        self.field = field
        self.code = code
        self.index = index
        self.params = params

    @property
    def top_field(self) -> str:
        """'victims[0].alias' -> 'victims': the form field the problem belongs to."""
        return self.field.split("[", 1)[0].split(".", 1)[0]

    def as_dict(self) -> dict[str, Any]:
        """The problem as plain data (to travel inside another error's params)."""
        return {"field": self.field, "code": self.code, "index": self.index,
                "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        return cls(data["field"], data["code"], data["index"], **data["params"])

    def __repr__(self) -> str:
        where = "" if self.index is None else f"record {self.index}: "
        return f"Problem({where}{self.field}: {_diagnostic(self.code, self.params)})"
