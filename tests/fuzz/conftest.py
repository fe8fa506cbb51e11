"""The fuzzing harness's settings (docs/fuzzing.md): a short, fixed run in CI, a long one on
demand.

Each target is decorated with `FUZZ`, the active profile, not with a global profile: the
other Hypothesis tests of the suite keep their own settings.

- `fuzz-ci` (default): a fixed (derandomized) sample, so the whole directory takes well
  under a minute and a red CI always means a change broke a parser, never luck.
- `fuzz-long` (`FIELDAPP_FUZZ=long`): random inputs, many more of them (override the
  number with `FIELDAPP_FUZZ_EXAMPLES=N`); Hypothesis keeps every failure it finds in
  `.hypothesis/` and replays it first on the next run. A crash found this way is fixed and
  kept in the target as an explicit `@example`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
          HealthCheck.function_scoped_fixture, HealthCheck.large_base_example]

settings.register_profile(
    "fuzz-ci", max_examples=int(os.environ.get("FIELDAPP_FUZZ_EXAMPLES", "120")),
    deadline=None, derandomize=True, database=None, suppress_health_check=_QUIET,
    print_blob=True)
settings.register_profile(
    "fuzz-long", max_examples=int(os.environ.get("FIELDAPP_FUZZ_EXAMPLES", "20000")),
    deadline=None, suppress_health_check=_QUIET, print_blob=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink])

PROFILE = "fuzz-long" if os.environ.get("FIELDAPP_FUZZ", "").lower() == "long" else "fuzz-ci"
FUZZ = settings.get_profile(PROFILE)


def pytest_report_header() -> str:
    return f"fieldapp fuzzing profile: {PROFILE} ({FUZZ.max_examples} examples per target)"
