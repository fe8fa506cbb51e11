"""Errors are codes: each one raised has the CLI's words, and no core text names a flag."""

from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path

import fieldapp
from fieldapp import errors
from fieldapp.cli.messages import MESSAGES, sentence
from fieldapp.errors import (
    BadPassphrase,
    FieldappError,
    InvalidInput,
    Problem,
    VaultLocked,
    VaultWiped,
)
from sync.bundle import BundleRejected

ROOT = Path(fieldapp.__file__).resolve().parent.parent
# Below the faces: no sentence here may name a command-line flag or a command.
CORE = ("fieldapp/services", "fieldapp/store", "fieldapp/reports", "fieldapp/domain",
        "sync/bundle.py")
FLAG_OR_COMMAND = re.compile(r"--[a-z]|\bfieldapp [a-z]")
# The errors whose code is fixed by their class, one example of each.
FIXED: list[FieldappError] = [BadPassphrase(), VaultLocked(), VaultWiped(3), InvalidInput([])]


def code_carriers() -> dict[str, int]:
    """Each constructor that takes a code: its name and the code's position."""
    carriers = {Problem.__name__: 1, BundleRejected.__name__: 1}
    for name, value in vars(errors).items():
        if isinstance(value, type) and issubclass(value, FieldappError) \
                and "code" in inspect.signature(value).parameters:
            carriers[name] = 0
    return carriers


@dataclass
class Scan:
    codes: dict[str, list[str]] = field(default_factory=dict)  # code -> where it is raised
    bad: list[str] = field(default_factory=list)  # codes that are not literals


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _code_argument(call: ast.Call, position: int) -> ast.expr | None:
    before = call.args[:position + 1]
    if len(before) > position and not any(isinstance(a, ast.Starred) for a in before):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == "code"), None)


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> list[str]:
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    return names[1:] if method and names[:1] in (["self"], ["cls"]) else names


def _calls_by_function(
    tree: ast.Module,
) -> list[tuple[ast.Call, ast.FunctionDef | ast.AsyncFunctionDef | None, bool]]:
    """Every call with the function it is in (None at module level) and whether that
    function is a method."""
    found: list[tuple[ast.Call, ast.FunctionDef | ast.AsyncFunctionDef | None, bool]] = []

    def visit(node: ast.AST, function: ast.FunctionDef | ast.AsyncFunctionDef | None,
              method: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, child, isinstance(node, ast.ClassDef))
                continue
            if isinstance(child, ast.Call):
                found.append((child, function, method))
            visit(child, function, method)

    visit(tree, None, False)
    return found


def scan(sources: dict[str, str]) -> Scan:
    """Collect every code given to an error constructor, or to a function that passes its
    own parameter on as the code (a helper such as `fail(field, code)`, found here too)."""
    trees = {name: ast.parse(text, filename=name) for name, text in sources.items()}
    calls = {name: _calls_by_function(tree) for name, tree in trees.items()}
    carriers = code_carriers()
    wrappers: set[tuple[int, str]] = set()  # (id of the function, its code parameter)
    grown = True
    while grown:
        grown = False
        for found in calls.values():
            for call, function, method in found:
                position = carriers.get(_callee(call))
                argument = None if position is None else _code_argument(call, position)
                if function is None or not isinstance(argument, ast.Name):
                    continue
                parameters = _parameters(function, method)
                if argument.id in parameters and (id(function), argument.id) not in wrappers:
                    wrappers.add((id(function), argument.id))
                    carriers.setdefault(function.name, parameters.index(argument.id))
                    grown = True
    result = Scan()
    for name, found in calls.items():
        for call, function, _ in found:
            position = carriers.get(_callee(call))
            if position is None:
                continue
            argument = _code_argument(call, position)
            where = f"{name}:{call.lineno}"
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                result.codes.setdefault(argument.value, []).append(where)
            elif not (isinstance(argument, ast.Name) and function is not None
                      and (id(function), argument.id) in wrappers):
                result.bad.append(where)
        for node in ast.walk(trees[name]):  # report.code = "already_imported"
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str) \
                    and any(isinstance(t, ast.Attribute) and t.attr == "code"
                            for t in node.targets):
                result.codes.setdefault(node.value.value, []).append(f"{name}:{node.lineno}")
    return result


def flag_texts(source: str, name: str = "<probe>") -> list[str]:
    """String literals (docstrings left out) that name a flag or a `fieldapp` command."""
    tree = ast.parse(source, filename=name)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            docstrings.add(id(node.body[0].value))
    return [f"{name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and FLAG_OR_COMMAND.search(node.value)]


def python_files(*places: str) -> dict[str, str]:
    found = {}
    for place in places:
        path = ROOT / place
        for file in ([path] if path.is_file() else sorted(path.rglob("*.py"))):
            found[str(file.relative_to(ROOT))] = file.read_text(encoding="utf-8")
    assert found, places
    return found


def raising_files() -> dict[str, str]:
    """Every module that may raise a fieldapp error: all but the window, which raises none
    (and whose `code`s are languages and vocabulary codes)."""
    return {name: text for name, text in python_files("fieldapp", "sync").items()
            if not name.startswith("fieldapp/ui/")}


def test_every_code_raised_is_a_literal_with_the_clis_words() -> None:
    found = scan(raising_files())
    assert found.bad == [], "an error's code must be a literal"
    missing = {code: where for code, where in found.codes.items() if code not in MESSAGES}
    assert missing == {}, "codes without a sentence in fieldapp/cli/messages.py"


def test_every_sentence_of_the_table_has_a_code_that_is_raised() -> None:
    raised = set(scan(raising_files()).codes) | {e.code for e in FIXED}
    assert sorted(set(MESSAGES) - raised) == []


def test_the_errors_with_a_fixed_code_are_worded_too() -> None:
    fixed_classes = {value for value in vars(errors).values()
                     if isinstance(value, type) and issubclass(value, FieldappError)
                     and "code" not in inspect.signature(value).parameters}
    assert {type(e) for e in FIXED} == fixed_classes
    for error in FIXED:
        assert error.code in MESSAGES and sentence(error)
    assert sentence(VaultWiped(3)) == ("3 wrong passphrases in a row: the vault was deleted, as"
                                       " its settings asked")


def test_no_core_text_names_a_flag_or_a_command() -> None:
    found = [text for name, source in python_files(*CORE).items()
             for text in flag_texts(source, name)]
    assert found == []


def test_str_of_an_error_is_a_diagnostic_not_the_sentence() -> None:
    error = FieldappError("not_a_folder", path="/media/usb")
    assert (error.code, error.params) == ("not_a_folder", {"path": "/media/usb"})
    assert str(error) == "not_a_folder(path='/media/usb')"
    assert sentence(error) == "/media/usb is not a folder"
    rejection = BundleRejected("size", "too_large", gib=4)
    assert (rejection.check, rejection.code, rejection.params) == ("size", "too_large",
                                                                   {"gib": 4})
    assert sentence(rejection) == "the file is larger than 4 GiB"


def test_the_checkers_catch_what_they_claim() -> None:
    # A guard against the guards: each probe must be seen.
    probe = '''
class Check:
    def fail(self, field, code, **params):
        self.problems.append(Problem(field, code, self.index, **params))

def helper(number, code):
    return BundleRejected("records", code, line=number)

def run(check):
    check.fail("title", "probe_required")
    code = pick()
    check.fail("title", code)
    raise helper(3, "probe_line")

def bad(kind):
    raise NotFound(f"no record {kind}")

def also_bad():
    raise FieldappError(code=KIND)

def good(report):
    report.code = "probe_assigned"
    raise InvalidInput([Problem("field", code="probe_keyword")])
'''
    found = scan({"probe.py": probe})
    assert set(found.codes) == {"probe_required", "probe_line", "probe_assigned",
                                "probe_keyword"}
    assert found.bad == ["probe.py:12", "probe.py:16", "probe.py:19"]
    flagged = flag_texts('"""Run `fieldapp peers add --fingerprint FP`."""\n'
                         'def f():\n    """--take is fine in a docstring."""\n'
                         '    raise FieldappError("resolve with --take")\n'
                         'HINT = f"run \'fieldapp init\' in {x}"\n'
                         'SQL = "SELECT 1 -- a comment"\n')
    assert sorted(text.split(":")[1] for text in flagged) == ["4", "5"]
