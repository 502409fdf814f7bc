"""Where woest's code names a message key: a static reading of woest_tui/ (AST).

A key reaches `message()` in many ways: a literal (`message("file_missing", lang)`), a
wrapper (`self.t(key)`, `t(k)`), a carrier that holds it for later (`Problem("not_a_bank")`,
`Key("q", "quit", "key_quit")`, `invalid("string_blank", "")`), a variable set a few lines up
(`key = "a" if x else "b"`), a loop over literal keys, a method that returns one, or a
family built from a value (`f"cmp_mode_{mode}"`). `read_usage` follows each of these back to
the literal texts it can find and reports what it cannot follow, so a new way of passing keys
shows up in a test instead of slipping past it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

PACKAGE = Path(__file__).resolve().parent.parent / "woest_tui"

#: Callables that take a message key, by name: the position and the keyword of the key.
#: Wrappers (a function passing its own parameter on as a key) are found on top of these.
TAKERS: dict[str, tuple[int, str]] = {
    "message": (0, "key"),
    "t": (0, "key"),
    "Problem": (0, "key"),  # core.errors: a problem's words are message(problem.key)
    "invalid": (0, "key"),  # core.model.common: a validator's error names its key
    "Key": (2, "text"),  # tui.support.localized: a binding's footer text
}
#: Attributes that hold a key already checked where it was given to a taker above.
CARRIED = {"key", "text"}


@dataclass(frozen=True)
class Place:
    """A spot in woest_tui/."""

    path: str
    """The file, from the folder above the package (woest_tui/...)."""
    line: int
    """The line."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Usage:
    """What the code says about keys."""

    keys: dict[str, list[Place]] = field(default_factory=dict)
    """Literal keys given to a taker, with where."""
    families: dict[tuple[str, str], list[Place]] = field(default_factory=dict)
    """Keys built from a value: (prefix, suffix) of f"prefix{value}suffix", with where."""
    unresolved: list[tuple[Place, str]] = field(default_factory=list)
    """Keys given as something this reading cannot follow back to text."""
    constants: set[str] = field(default_factory=set)
    """Every string constant in the code (a key may sit in a table before it is passed)."""


def _named(target: ast.Tuple, name: str) -> int | None:
    """The position of `name` in a tuple target (`a, b = ...`), if it is there."""
    for index, element in enumerate(target.elts):
        if isinstance(element, ast.Name) and element.id == name:
            return index
    return None


def _modules(package: Path) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(package.rglob("*.py")):
        if "i18n" not in path.relative_to(package).parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _callee(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _key_argument(call: ast.Call, takers: dict[str, tuple[int, str]]) -> ast.expr | None:
    """The expression a call passes as its key, when the callee takes one."""
    name = _callee(call)
    if name not in takers:
        return None
    index, keyword = takers[name]
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    for position, argument in enumerate(call.args[: index + 1]):
        if isinstance(argument, ast.Starred):
            # f(*pair): the key is an item of what is unpacked
            item = ast.Subscript(argument.value, ast.Constant(index - position), ast.Load())
            return ast.copy_location(item, argument)
    return call.args[index] if len(call.args) > index else None


class _Reader:
    """Follows key expressions back to literals inside one module."""

    def __init__(self, path: Path, module: ast.Module, root: Path) -> None:
        self.path, self.module, self.root = path, module, root
        self.parents: dict[ast.AST, ast.AST] = {}
        self.memo: dict[tuple[int, str, int], list[ast.expr]] = {}
        self.walked: dict[int, list[ast.AST]] = {}
        for node in self.nodes(module):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.registry: dict[Path, _Reader] = {}
        self.imports = {
            alias.asname or alias.name: _module_file(root, node.module)
            for node in self.nodes(module)
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names
        }
        self.functions = {
            n.name: n
            for n in self.nodes(module)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        }

    def nodes(self, scope: ast.AST) -> list[ast.AST]:
        """Every node under `scope`, walked once."""
        if id(scope) not in self.walked:
            self.walked[id(scope)] = list(ast.walk(scope))
        return self.walked[id(scope)]

    def home(self, name: str | None, hops: int = 0) -> _Reader | None:
        """The reader of the module that defines function `name`: this one, or where from
        this module imports it (within the package)."""
        if name in self.functions:
            return self
        source = self.imports.get(name or "")
        other = self.registry.get(source) if source is not None else None
        if other is None or other is self or hops > 3:
            return None
        return other.home(name, hops + 1)  # defined there, or imported there (a re-export)

    def place(self, node: ast.AST) -> Place:
        return Place(self.path.relative_to(self.root).as_posix(), getattr(node, "lineno", 0))

    def scope(self, node: ast.AST) -> ast.AST:
        """The function around `node`, else the module."""
        return self.scopes(node)[0]

    def scopes(self, node: ast.AST) -> list[ast.AST]:
        """The functions around `node`, innermost first, and the module."""
        out: list[ast.AST] = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                out.append(node)
        return [*out, self.module]

    def inside(self, node: ast.AST, outer: ast.AST) -> bool:
        while node in self.parents:
            node = self.parents[node]
            if node is outer:
                return True
        return False

    def resolve_item(self, base: ast.expr, index: int, depth: int) -> Iterator[tuple[str, object]]:
        """`base[index]` where base is (or returns) literal tuples."""
        for candidate in self.candidates(base, depth):
            if isinstance(candidate, ast.Tuple) and len(candidate.elts) > index:
                yield from self.resolve(candidate.elts[index], depth + 1)
            elif isinstance(candidate, ast.Constant) and candidate.value is None:
                continue
            else:
                yield "?", f"{ast.unparse(base)}[{index}]"

    def candidates(self, expr: ast.expr, depth: int = 0) -> Iterator[ast.expr]:
        """The expressions a name, an attribute or a local call may stand for."""
        if depth > 4:
            yield expr
        elif isinstance(expr, ast.Name):
            for scope in self.scopes(expr):
                values = list(self.assigned(scope, expr.id, expr, depth + 1))
                if values:
                    for value in values:
                        yield from self.candidates(value, depth + 1)
                    return
            yield expr
        elif isinstance(expr, ast.Call) and self.home(_callee(expr)) is not None:
            home = self.home(_callee(expr))
            assert home is not None
            for node in home.nodes(home.functions[str(_callee(expr))]):
                if isinstance(node, ast.Return) and node.value is not None:
                    yield from home.candidates(node.value, depth + 1)
        else:
            yield expr

    def assigned(self, scope: ast.AST, name: str, use: ast.AST, depth: int) -> list[ast.expr]:
        """The values `name` is given in `scope` (assignments, loops over literal rows)."""
        memo = (id(scope), name, id(use))
        if memo not in self.memo:
            self.memo[memo] = list(self._assigned(scope, name, use, depth))
        return self.memo[memo]

    def _assigned(self, scope: ast.AST, name: str, use: ast.AST, depth: int) -> Iterator[ast.expr]:
        for node in self.nodes(scope):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign | ast.NamedExpr):
                targets = [node.target]
            value = getattr(node, "value", None)
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                if isinstance(value, ast.expr):
                    yield value
            elif isinstance(value, ast.expr) and any(
                isinstance(t, ast.Tuple) and _named(t, name) is not None for t in targets
            ):
                target = next(t for t in targets if isinstance(t, ast.Tuple))
                yield from self.unpacked(value, _named(target, name) or 0, depth)
            elif isinstance(node, ast.For) or (
                isinstance(node, ast.comprehension) and self.inside(use, self.parents[node])
            ):
                yield from self.loop_values(node.target, node.iter, name, depth)

    def unpacked(self, value: ast.expr, index: int, depth: int) -> Iterator[ast.expr]:
        """Item `index` of the rows `value` may be: tuples, or a dict's values and .get default."""
        for candidate in self.candidates(value, depth + 1):
            rows: list[ast.expr] = [candidate]
            func = candidate.func if isinstance(candidate, ast.Call) else None
            if (
                isinstance(candidate, ast.Call)
                and isinstance(func, ast.Attribute)
                and (func.attr == "get")
            ):
                tables = list(self.candidates(func.value, depth + 1))
                rows = [v for t in tables if isinstance(t, ast.Dict) for v in t.values]
                rows += candidate.args[1:]
            for row in rows:
                if isinstance(row, ast.Tuple) and len(row.elts) > index:
                    yield row.elts[index]
                else:
                    yield row  # a value this reading cannot split: reported as such

    def params(self, scope: ast.AST) -> list[str]:
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            every = [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]
            return [a.arg for a in every]
        return []

    def resolve(self, expr: ast.expr, depth: int = 0) -> Iterator[tuple[str, object]]:
        """("key", (text, place)), ("family", (prefix, suffix)), ("param", (function, name))
        or ("?", source)."""
        if depth > 6:
            yield "?", ast.unparse(expr)
        elif isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            yield "key", (expr.value, self.place(expr))
        elif isinstance(expr, ast.Constant) and expr.value is None:
            return  # no key: nothing is said
        elif (
            isinstance(expr, ast.Subscript)
            and isinstance(expr.slice, ast.Constant)
            and isinstance(expr.slice.value, int)
        ):
            yield from self.resolve_item(expr.value, expr.slice.value, depth)
        elif isinstance(expr, ast.IfExp):
            yield from self.resolve(expr.body, depth + 1)
            yield from self.resolve(expr.orelse, depth + 1)
        elif isinstance(expr, ast.BoolOp):
            for value in expr.values:
                yield from self.resolve(value, depth + 1)
        elif isinstance(expr, ast.JoinedStr):
            yield "family", self.family(expr.values)
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            yield "family", self.family([expr.left, expr.right])
        elif isinstance(expr, ast.Name):
            yield from self.resolve_name(expr, depth)
        elif isinstance(expr, ast.Attribute) and expr.attr in CARRIED:
            return  # checked where the carrier was made
        elif isinstance(expr, ast.Attribute):
            yield from self.resolve_attribute(expr, depth)
        elif isinstance(expr, ast.Call) and self.home(_callee(expr)) is not None:
            home = self.home(_callee(expr))
            assert home is not None
            function = home.functions[str(_callee(expr))]
            for node in home.nodes(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    yield from home.resolve(node.value, depth + 1)
        else:
            yield "?", ast.unparse(expr)

    @staticmethod
    def family(parts: list[ast.expr]) -> tuple[str, str]:
        def text(part: ast.expr) -> str | None:
            is_text = isinstance(part, ast.Constant) and isinstance(part.value, str)
            return part.value if is_text else None  # type: ignore[attr-defined]

        prefix = text(parts[0]) or ""
        suffix = (text(parts[-1]) or "") if len(parts) > 1 else ""
        return prefix, suffix

    def resolve_name(self, name: ast.Name, depth: int) -> Iterator[tuple[str, object]]:
        for scope in self.scopes(name):
            values = list(self.assigned(scope, name.id, name, depth + 1))
            if values:
                for value in values:
                    yield from self.resolve(value, depth + 1)
                return
            if name.id in self.params(scope):
                yield "param", (scope, name.id)
                return
        yield "?", name.id

    def loop_values(
        self, target: ast.expr, iterable: ast.expr, name: str, depth: int
    ) -> Iterator[ast.expr]:
        """What `name` takes in `for target in iterable`, for literal tuples and lists."""
        if isinstance(iterable, ast.Starred):
            iterable = iterable.value
        rows: list[ast.expr] = []
        for candidate in self.candidates(iterable, depth + 1):
            if not isinstance(candidate, ast.Tuple | ast.List | ast.Set):
                rows.append(candidate)  # a value this reading cannot list: reported as such
                continue
            for element in candidate.elts:
                if not isinstance(element, ast.Starred):
                    rows.append(element)
                    continue
                for part in self.candidates(element.value, depth + 1):
                    rows += part.elts if isinstance(part, ast.Tuple | ast.List) else [part]
        if isinstance(target, ast.Name) and target.id == name:
            yield from rows
        elif isinstance(target, ast.Tuple):
            for index, element in enumerate(target.elts):
                if isinstance(element, ast.Name) and element.id == name:
                    for row in rows:
                        is_row = isinstance(row, ast.Tuple) and len(row.elts) > index
                        yield row.elts[index] if is_row else row  # type: ignore[attr-defined]

    def resolve_attribute(self, attr: ast.Attribute, depth: int) -> Iterator[tuple[str, object]]:
        found = False
        for node in self.nodes(self.module):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets = [node.target]
            for target in targets:
                same = isinstance(target, ast.Attribute) and target.attr == attr.attr
                in_class = (
                    isinstance(target, ast.Name)
                    and target.id == attr.attr
                    and isinstance(self.parents.get(node), ast.ClassDef)
                )
                if (same or in_class) and isinstance(node, ast.Assign | ast.AnnAssign):
                    assert node.value is not None
                    found = True
                    yield from self.resolve(node.value, depth + 1)
        if not found:
            yield "?", ast.unparse(attr)


def _module_file(root: Path, name: str) -> Path:
    base = root.joinpath(*name.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


Wrappers = dict[str, dict[Path, tuple[int, str]]]


def _takers(reader: _Reader, wrappers: Wrappers) -> dict[str, tuple[int, str]]:
    """TAKERS and the wrappers this module defines or imports (names like `fail` recur)."""
    takers = dict(TAKERS)
    path = reader.path
    imported = reader.imports
    for name, by_file in wrappers.items():
        source = path if path in by_file else imported.get(name)
        if source in by_file:
            takers[name] = by_file[source]
    return takers


def read_usage(package: Path = PACKAGE) -> Usage:
    """Every key the code gives to a taker, every family, and what could not be followed.

    Args:
        package: the package to read (woest_tui; its i18n/ is left out).

    Returns:
        What the code says about keys.
    """
    modules = list(_modules(package))
    readers = {path: _Reader(path, module, package.parent) for path, module in modules}
    for reader in readers.values():
        reader.registry = readers
    # wrappers: a function that hands its own parameter on as a key takes a key itself
    wrappers: Wrappers = {}
    while True:
        before = {name: dict(by_file) for name, by_file in wrappers.items()}
        for path, module in modules:
            reader = readers[path]
            takers = _takers(reader, wrappers)
            for call in (n for n in reader.nodes(module) if isinstance(n, ast.Call)):
                argument = _key_argument(call, takers)
                for kind, value in [] if argument is None else reader.resolve(argument):
                    if kind != "param":
                        continue
                    scope, name = cast("tuple[ast.AST, str]", value)
                    if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                        continue
                    names = [a.arg for a in [*scope.args.posonlyargs, *scope.args.args]]
                    if name in names and scope.name not in TAKERS:
                        skip = 1 if names[0] in ("self", "cls") else 0
                        entry = (names.index(name) - skip, name)
                        wrappers.setdefault(scope.name, {})[path] = entry
        if wrappers == before:
            break
    usage = Usage()
    for path, module in modules:
        reader = readers[path]
        takers = _takers(reader, wrappers)
        for node in reader.nodes(module):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                usage.constants.add(node.value)
            if not isinstance(node, ast.Call):
                continue
            argument = _key_argument(node, takers)
            if argument is None:
                continue
            where = reader.place(argument)
            for kind, value in reader.resolve(argument):
                if kind == "key":
                    text, at = cast("tuple[str, Place]", value)
                    usage.keys.setdefault(text, []).append(at)
                elif kind == "family":
                    usage.families.setdefault(value, []).append(where)  # type: ignore[arg-type]
                elif kind == "?":
                    usage.unresolved.append((where, str(value)))
    return usage
