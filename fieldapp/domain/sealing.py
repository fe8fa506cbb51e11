"""Sources sealed to the office's source key: seal, add to, count and open them.

Pure functions of values: the recipient or the identity is handed in, nothing here reads
the vault or a file. The domain already defines the sealed form ({"sealed": [...],
"count": n}, see record.py); these make and open it with sync.age.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from fieldapp.errors import FieldappError
from sync import age


def seal(sources: list[dict[str, str]], recipient: age.X25519Recipient) -> dict[str, Any]:
    """{"sealed": [base64 age file], "count": n}."""
    plain = json.dumps(sources, ensure_ascii=False, sort_keys=True).encode()
    sealed = age.encrypt_bytes(plain, [recipient, recipient])
    return {"sealed": [base64.b64encode(sealed).decode("ascii")], "count": len(sources)}


def combine(existing: Any, added: dict[str, Any]) -> dict[str, Any]:
    """Sources added to a record that already has sealed ones: both blobs are kept."""
    if not isinstance(existing, dict) or not existing.get("sealed"):
        return added
    return {"sealed": [*existing["sealed"], *added["sealed"]],
            "count": existing["count"] + added["count"]}


def sealed_count(sources: Any) -> int:
    if isinstance(sources, dict):
        return int(sources.get("count", 0))
    return len(sources or [])


def unseal(sources: Any, identity: age.X25519Identity) -> list[dict[str, str]]:
    if sources is None or isinstance(sources, list):
        return list(sources or [])
    blobs = sources.get("sealed") if isinstance(sources, dict) else None
    if not isinstance(blobs, list):
        raise FieldappError("sealed_sources_damaged")
    found: list[dict[str, str]] = []
    for blob in blobs:
        try:
            plain = age.decrypt_bytes(base64.b64decode(blob), [identity])
        except age.NoIdentityMatchError:
            raise FieldappError("wrong_source_key") from None
        except (age.AgeError, ValueError, TypeError):
            raise FieldappError("sealed_sources_damaged") from None
        found.extend(_opened(plain))
    return found


def _opened(plain: bytes) -> list[dict[str, str]]:
    """What a sealed blob holds: a list of sources, each text fields only. Anyone who has
    the office's source recipient can seal anything, so it is checked like any input."""
    try:
        items = json.loads(plain)
    except (ValueError, RecursionError):
        raise FieldappError("sealed_sources_damaged") from None
    if not isinstance(items, list) or not all(
            isinstance(item, dict) and all(isinstance(key, str) and isinstance(value, str)
                                           for key, value in item.items())
            for item in items):
        raise FieldappError("sealed_sources_damaged")
    return items
