"""fieldapp: encrypted, offline-first documentation of threats to human-rights defenders."""

__version__ = "0.1.0"
