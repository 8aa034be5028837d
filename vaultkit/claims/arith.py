"""Evaluate the arithmetic of a code block without executing it.

A whitelisting walk over Python's AST: numbers, names bound earlier in the same block (one at a
time or unpacked from a tuple, `h, L = 4096, 32`), `+ - * / // % **`, unary minus, parentheses,
and f-string prints of those names. Anything else (calls other than print/int/float/round,
attributes, subscripts, imports) leaves the name unbound. Nothing is ever passed to eval or
exec, and the walk is bounded: at most MAX_OPERATIONS nodes per expression, integers of at
most MAX_INT_BITS bits, finite floats of magnitude at most MAX_FLOAT, exponents at most
MAX_POWER. Arithmetic written in prose (`2 + 4 + 4 + 2 = 12 bytes`) is evaluated by the same
walk (`evaluate_expression`).
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vaultkit.claims.fastre import guarded

_BINOPS: dict[type[ast.operator], Callable[[Any, Any], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_SAFE_CALLS: dict[str, Callable[..., float]] = {"int": int, "float": float, "round": round, "abs": abs}
MAX_POWER = 64
MAX_INT_BITS = 256
MAX_FLOAT = 1e100
MAX_OPERATIONS = 400
MAX_SOURCE = 2000  # characters of one prose expression


class Unsafe(Exception):
    """The expression uses something the walker does not evaluate."""


def _bounded(value: float) -> float:
    if isinstance(value, int):
        if value.bit_length() > MAX_INT_BITS:
            raise Unsafe("integer too large")
    elif not (abs(value) <= MAX_FLOAT):  # also refuses inf and nan
        raise Unsafe("float out of range")
    return value


def evaluate(node: ast.AST, names: dict[str, float], budget: list[int] | None = None) -> float:
    """The value of `node`, bounded as the module says (`budget` counts the nodes left to walk)."""
    budget = [MAX_OPERATIONS] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0:
        raise Unsafe("too many operations")
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return _bounded(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = evaluate(node.operand, names, budget)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = evaluate(node.left, names, budget), evaluate(node.right, names, budget)
        if isinstance(node.op, ast.Pow):
            if abs(right) > MAX_POWER:
                raise Unsafe("exponent too large")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() * right > MAX_INT_BITS:
                raise Unsafe("integer too large")
        if isinstance(node.op, (ast.Div, ast.FloorDiv, ast.Mod)) and right == 0:
            raise Unsafe("division by zero")
        try:
            return _bounded(_BINOPS[type(node.op)](left, right))
        except (OverflowError, ZeroDivisionError, TypeError, ValueError) as exc:
            raise Unsafe(type(exc).__name__) from exc
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _SAFE_CALLS and not node.keywords:
        return _bounded(_SAFE_CALLS[node.func.id](*(evaluate(a, names, budget) for a in node.args)))
    raise Unsafe(type(node).__name__)


def evaluate_expression(source: str) -> float | None:
    """The value of a short arithmetic expression of numbers (`2 + 4 + 4 + 2`, `8.5 / 8`,
    `32 * 2 * 16 * (4096 + 4096)`), by the same bounded walk; None when it is not one."""
    if len(source) > MAX_SOURCE:
        return None
    try:
        tree = ast.parse(source, mode="eval")
        value = evaluate(tree.body, {})
    except (SyntaxError, ValueError, Unsafe, RecursionError, MemoryError):
        return None
    return float(value)


@dataclass(frozen=True)
class Printed:
    """A print() whose f-string shows computed names; `text` is what it would print."""

    line: int  # 1-based within the block
    text: str
    values: tuple[tuple[str, float, str], ...]  # (name, value, format spec)
    divisor_binary: bool  # a shown value was computed with /1024**n or /2**n


def _divides_binary(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, (ast.Div, ast.FloorDiv)):
            text = ast.unparse(sub.right)
            if re.fullmatch(
                r"\(?\s*(1024\s*\*\*\s*[1-4]|2\s*\*\*\s*(10|20|30|40)|1024(\s*\*\s*1024){0,3}|1073741824|1048576)\s*\)?", text
            ):
                return True
    return False


_LINE_BREAK = guarded(r"\r\n?|\n")


def run_block(source: str) -> tuple[dict[str, float], list[Printed], set[str]]:
    """Names bound by the block's safe assignments, its prints, and names computed in binary units."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}, [], set()
    names: dict[str, float] = {}
    binary: set[str] = set()
    prints: list[Printed] = []
    lines = _LINE_BREAK.split(source)  # as the tokenizer counts lines
    for stmt in tree.body:
        # A division is written with `/`: a statement whose lines have none divides by nothing.
        divides = any("/" in line for line in lines[stmt.lineno - 1 : stmt.end_lineno or stmt.lineno])
        pairs = _pairs(stmt.targets[0], stmt.value) if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else []
        if pairs:
            for target, value_node in pairs:
                try:
                    names[target] = evaluate(value_node, names)
                except (Unsafe, TypeError, OverflowError, ValueError):
                    names.pop(target, None)  # `w = f(w)`: no longer the value it had
                    binary.discard(target)
                    continue
                if (divides and _divides_binary(value_node)) or (
                    binary and any(isinstance(n, ast.Name) and n.id in binary for n in ast.walk(value_node))
                ):
                    binary.add(target)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and getattr(stmt.value.func, "id", "") == "print":
            printed = _render_print(stmt, names, binary, divides)
            if printed is not None:
                prints.append(printed)
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id in names:
            # `total += 2 * n`: evaluated like `total = total + 2 * n`
            name = stmt.target.id
            try:
                names[name] = evaluate(ast.BinOp(ast.Name(name, ast.Load()), stmt.op, stmt.value), names)
            except (Unsafe, TypeError, OverflowError, ValueError):
                names.pop(name, None)
        else:
            # a loop, a branch, a function, a with/try block, an assignment the walk does not read: every
            # name it binds has a value the walk does not know (`for k in range(10): w -= …`)
            for node in ast.walk(stmt):
                if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                    names.pop(node.id, None)
                    binary.discard(node.id)
    return names, prints, binary


def _pairs(target: ast.expr, value: ast.expr) -> list[tuple[str, ast.expr]]:
    """(name, expression) for `x = …` and for `a, b = 1, 2` (a tuple of names from a tuple of the same length)."""
    if isinstance(target, ast.Name):
        return [(target.id, value)]
    if (
        isinstance(target, ast.Tuple)
        and isinstance(value, ast.Tuple)
        and len(target.elts) == len(value.elts)
        and all(isinstance(t, ast.Name) for t in target.elts)
    ):
        return [(t.id, v) for t, v in zip(target.elts, value.elts, strict=True) if isinstance(t, ast.Name)]
    return []


def _render_print(stmt: ast.Expr, names: dict[str, float], binary: set[str], divides: bool = True) -> Printed | None:
    call = stmt.value
    assert isinstance(call, ast.Call)
    if len(call.args) != 1 or not isinstance(call.args[0], ast.JoinedStr):
        if len(call.args) == 1:
            try:
                value = evaluate(call.args[0], names)
            except Unsafe:
                return None
            return Printed(stmt.lineno, repr(value), (("<expr>", value, ""),), divides and _divides_binary(call.args[0]))
        return None
    parts: list[str] = []
    values: list[tuple[str, float, str]] = []
    is_binary = False
    for piece in call.args[0].values:
        if isinstance(piece, ast.Constant):
            parts.append(str(piece.value))
            continue
        if not isinstance(piece, ast.FormattedValue):
            return None
        try:
            value = evaluate(piece.value, names)
        except Unsafe:
            return None
        spec = ""
        if piece.format_spec is not None:
            spec = "".join(str(c.value) for c in piece.format_spec.values if isinstance(c, ast.Constant))  # type: ignore[attr-defined]
        if any(len(run) > 2 for run in re.findall(r"\d+", spec)):
            return None  # a width or precision over 99 characters is no print a note checks (f"{a:2000000000}")
        try:
            parts.append(format(value, spec))
        except (ValueError, TypeError, OverflowError):
            return None
        label = ast.unparse(piece.value)
        values.append((label, value, spec))
        is_binary |= label in binary or (divides and _divides_binary(piece.value))
    return Printed(stmt.lineno, "".join(parts), tuple(values), is_binary)
