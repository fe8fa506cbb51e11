"""Fixtures for the sync tests: locating the stock binaries the interop tests run against."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable

import pytest


@pytest.fixture
def stock_binary() -> Callable[[str], str]:
    """stock_binary(name) -> the path of an installed tool such as "age" or "age-keygen".

    A missing tool skips the test with the reason shown in the summary, except on CI,
    where interop coverage must not vanish quietly, so the test fails instead.
    """

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            reason = f"the stock `{name}` binary is not installed (not on PATH)"
            if os.environ.get("CI"):
                pytest.fail(reason)
            pytest.skip(reason)
        return path

    return find
