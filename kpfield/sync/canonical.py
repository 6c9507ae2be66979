"""Canonical JSON: the one byte form of a value that gets signed and hashed, and a parser that accepts only it.

The form is RFC 8785 (JCS) restricted to values without floating-point numbers: objects with keys sorted by their
UTF-16 code units, no whitespace, UTF-8, strings escaped as JCS (and ``json.dumps(ensure_ascii=False)``) escape
them. Floats are refused rather than formatted: a coordinate written as a decimal string (``"-17.8252"``) keeps
exactly the digits the GPS or the monitor gave and cannot be re-rounded differently by another implementation.
Integers must lie in ±(2**53 - 1) so every JSON reader (JavaScript included) reads them exactly.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kpfield.errors import CanonicalJSONError

MAX_SAFE_INTEGER = 2**53 - 1
DEFAULT_MAX_BYTES = 1 << 20
DEFAULT_MAX_DEPTH = 32
_STRINGS = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)  # possessive: no backtracking on hostile input
_BRACKETS = re.compile(r"[\[\]{}]")


def _utf16_key(key: str) -> bytes:
    # JCS sorts by UTF-16 code units; this differs from code-point order for characters above U+FFFF.
    return key.encode("utf-16-be", "surrogatepass")


def _encode(value: Any, out: list[str], depth: int, max_depth: int) -> None:
    if depth > max_depth:
        raise CanonicalJSONError(f"The value is nested deeper than {max_depth} levels.")
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise CanonicalJSONError(f"The integer {value} is outside ±(2**53 - 1).")
        out.append(str(int(value)))
    elif isinstance(value, float):
        raise CanonicalJSONError("Floating-point numbers have no canonical form here; write them as decimal "
                                 "strings.")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise CanonicalJSONError("Object keys must be strings.")
        out.append("{")
        for i, key in enumerate(sorted(value, key=_utf16_key)):
            if i:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _encode(value[key], out, depth + 1, max_depth)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out, depth + 1, max_depth)
        out.append("]")
    else:
        raise CanonicalJSONError(f"A {type(value).__name__} has no JSON form.")


def canonical_json(value: Any, *, max_depth: int = DEFAULT_MAX_DEPTH) -> bytes:
    """The canonical UTF-8 bytes of ``value``.

    :param value: ``dict`` (string keys), ``list``/``tuple``, ``str``, ``int``, ``bool`` or ``None``.
    :param max_depth: deepest nesting allowed.
    Raises :class:`CanonicalJSONError` for floats, NaN, non-string keys, out-of-range integers, strings holding
    lone surrogates, other types and too deep nesting.
    """
    out: list[str] = []
    _encode(value, out, 1, max_depth)
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalJSONError("A string holds a lone surrogate, which is not Unicode text.") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise CanonicalJSONError("An object repeats a key.")
    return result


def _no_float(text: str):
    raise CanonicalJSONError("Floating-point numbers are not allowed in canonical JSON.")


def _no_constant(text: str):
    raise CanonicalJSONError(f"{text} is not JSON.")


def parse_canonical(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Parse canonical JSON bytes, refusing anything that is not exactly the canonical form of its value.

    :param data: the bytes.
    :param max_bytes: refuse longer input before parsing.
    :param max_depth: deepest nesting allowed.
    Raises :class:`CanonicalJSONError` for invalid UTF-8, invalid JSON, repeated keys, floats, NaN/Infinity,
    whitespace, unsorted keys, other escapes than the canonical ones, and inputs over the limits.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise CanonicalJSONError("Canonical JSON is bytes.")
    if len(data) > max_bytes:
        raise CanonicalJSONError(f"The JSON is larger than {max_bytes} bytes.")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise CanonicalJSONError("The JSON is not valid UTF-8.") from None
    # Cheap bound before the recursive parser runs: nesting depth can never exceed the number of brackets.
    if text.count("[") + text.count("{") > max_depth and _bracket_depth(text) > max_depth:
        raise CanonicalJSONError(f"The JSON is nested deeper than {max_depth} levels.")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_float,
                           parse_constant=_no_constant)
    except CanonicalJSONError:
        raise
    except (ValueError, RecursionError):  # JSONDecodeError, or an integer with thousands of digits
        raise CanonicalJSONError("The bytes are not valid JSON.") from None
    if canonical_json(value, max_depth=max_depth) != bytes(data):
        raise CanonicalJSONError("The JSON is valid but not in canonical form.")
    return value


def _bracket_depth(text: str) -> int:
    """Deepest bracket nesting outside strings, found with linear-time regular expressions (no recursion)."""
    depth = deepest = 0
    for ch in _BRACKETS.findall(_STRINGS.sub("", text)):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest
