"""Every path a traced run wrote, read from `strace -ff -y` output (failed calls ignored).

    cat TRACE.* | python3 packaging/written_files.py FOLDER CWD [ALLOWED ...]

The trace comes on standard input, one file per thread (-ff, so no call is split across
lines); CWD is where the run started, for paths relative to it. A run that changes its
working folder (chdir is traced too) is reported as such: its relative paths cannot be
placed, and the check must not pass on a guess.

Prints each path written (created, opened for writing, truncated, renamed, linked, removed)
once, marking those outside FOLDER that are not one of the ALLOWED files (a file the user
asked for, such as a screenshot, and its temporary sibling). Exit 0 when there are none,
1 when there are, 2 on usage. Used by smoke.sh to prove portable mode keeps to its folder.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import PurePosixPath

_CALL = re.compile(r"^(?:\[pid +\d+\] +|\d+ +)?(\w+)\((.*)\) += ")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DIRFD = re.compile(r"^(?:AT_FDCWD|\d+<([^>]*)>)")
_OPENS = {"open", "openat", "openat2"}
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")
# Calls whose every path argument is changed: made, removed, renamed from or to, linked.
_CHANGES = {"creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2", "link",
            "linkat", "symlink", "symlinkat", "truncate", "unlink", "unlinkat", "rmdir"}
# Devices any program writes to; they are not files left behind.
_DEVICES = {"/dev/null", "/dev/tty", "/dev/urandom"}


def _unquote(text: str) -> str:
    raw = codecs.escape_decode(text.encode("ascii", "backslashreplace"))[0]
    return bytes(raw).decode("utf-8", "replace")


def _paths(call: str, arguments: str, cwd: str) -> list[str]:
    """The paths a successful call wrote, absolute; relative ones against their dirfd."""
    quoted = [_unquote(text) for text in _QUOTED.findall(arguments)]
    if call in _OPENS:
        if not any(flag in arguments for flag in _WRITE_FLAGS):
            return []
        quoted = quoted[:1]
    elif call not in _CHANGES:
        return []
    if call == "symlink" or call == "symlinkat":
        quoted = quoted[-1:]  # the link's target is only text
    base = cwd
    dirfd = _DIRFD.match(arguments)
    if dirfd and dirfd.group(1):
        base = dirfd.group(1)
    return [str(PurePosixPath(base, path)) for path in quoted]


def written(trace_lines: list[str], cwd: str) -> list[str]:
    """Each path written, once, in the order first seen. `chdir` and `fchdir` are returned
    as "chdir:<argument>" entries, which lie outside any folder."""
    seen: dict[str, None] = {}
    for line in trace_lines:
        match = _CALL.match(line)
        if not match or line[match.end():].startswith("-1 "):
            continue  # not a call, or one that failed and so wrote nothing
        if match.group(1) in ("chdir", "fchdir"):
            seen.setdefault(f"chdir:{match.group(2)}", None)
        for path in _paths(match.group(1), match.group(2), cwd):
            seen.setdefault(path, None)
    return list(seen)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, cwd, allowed = argv[1].rstrip("/") + "/", argv[2], set(argv[3:])
    # A file asked for is written beside itself first, as ".NAME.<pid>.part", then renamed.
    siblings = tuple(f"{name.parent}/.{name.name}." for name in map(PurePosixPath, allowed))
    trace = sys.stdin.buffer.read().decode("ascii", "backslashreplace")
    paths = written(trace.splitlines(), cwd)
    outside = [path for path in paths
               if not path.startswith((folder, *siblings))
               and path not in _DEVICES and path not in allowed]
    inside = len(paths) - len(outside)
    print(f"{inside} paths written inside the folder or asked for; {len(outside)} outside")
    for path in paths:
        print(f"  OUTSIDE: {path}" if path in outside else f"  {path}")
    return 1 if outside else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
