"""The on-disk format of vaultkit's caches: data, never code.

A vault arrives through git, sync and pull requests with `.vaultkit/` inside, so whatever its
caches hold is hostile input. Entries are msgpack with a version stamp; nothing read from disk
is ever unpickled. Besides msgpack's own types (None, bool, int, float, str, bytes; arrays come
back as tuples, maps as dicts) an entry can hold only:

- records of the classes registered below (frozen dataclasses), as their tag and their field
  values in declaration order; they are rebuilt as pickle rebuilds a plain dataclass (a new
  instance given those field values), but only for a class on this fixed list, never one the
  entry names. A record field holding a tuple of records of one class (a note's links, a
  run's findings) is written as that tag once and one row of values per record, and decoded in
  one pass (a warm 10k-note load decodes ~900k records: benchmarks/RESULTS.md);
- enums by value (IntEnum fields are declared per record: msgpack writes them as plain ints);
- frozensets;
- numpy arrays of a whitelisted dtype, from (dtype, shape, bytes).

An entry that is not of this format, of another version, names an unknown tag or has the wrong
number of fields raises CodecError: the caches treat it as a miss, recompute it and overwrite it.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
from collections.abc import Callable
from typing import Any

import msgpack

# Bumped when the layout of any record changes; also part of every entry (MAGIC).
FORMAT = 2  # 2: a note's text as a TextSource field, properties not a field
MAGIC = b"vk\x00" + bytes([FORMAT])

_RECORD, _ENUM, _FROZENSET, _NDARRAY, _ROWS = 1, 2, 3, 4, 5

# tag → (module, class, {field: IntEnum class "module:name"}, text-source fields). Tags are never
# reused. A text-source field (vaultkit.model.TextSource) is stored as its text, or None when the
# text is the file's bytes as UTF-8 (the note cache gives those back: vaultkit.engine.load);
# properties are never stored (rebuilt from the text, and YAML values are not all data).
_SPECS: dict[int, tuple[str, str, dict[str, str], tuple[str, ...]]] = {
    1: ("vaultkit.model", "Note", {}, ("source",)),
    2: ("vaultkit.model", "Link", {}, ()),
    3: ("vaultkit.model", "Heading", {}, ()),
    4: ("vaultkit.model", "BlockId", {}, ()),
    5: ("vaultkit.model", "Tag", {}, ()),
    6: ("vaultkit.model", "Footnote", {}, ()),
    7: ("vaultkit.model", "Suppression", {}, ()),
    8: ("vaultkit.model", "Finding", {"severity": "vaultkit.model:Severity"}, ()),
    9: ("vaultkit.engine.parse", "NoteResult", {}, ()),
    10: ("vaultkit.ingest.mojibake", "Region", {}, ()),
    11: ("vaultkit.claims.model", "Claim", {}, ()),
    12: ("vaultkit.dedup.features", "NoteFeatures", {}, ()),
    13: ("vaultkit.dedup.pipeline", "DedupResult", {}, ()),
    14: ("vaultkit.dedup.pipeline", "DuplicatePair", {}, ()),
    15: ("vaultkit.dedup.pipeline", "DuplicateCluster", {}, ()),
    16: ("vaultkit.dedup.differ", "Difference", {}, ()),
    17: ("vaultkit.dedup.differ", "Block", {}, ()),
    18: ("vaultkit.store.runs", "RememberedRun", {}, ()),
}
# Field types checked when a record is rebuilt, for the records whose values flow into sorting
# and formatting outside the rules' own error handling (a wrong type there would be a traceback,
# not a miss). The hot small records (links, headings) are not checked: a rule that trips on one
# reports an internal-error finding, and the cost would be ~0.3 s on a warm 10k-note load.
_T = (type(None),)
_CHECKED: dict[int, dict[str, tuple[type, ...]]] = {
    1: {
        "path": (str,),
        "source": (str, *_T),
        "body_line": (int,),
        "content_hash": (str,),
        "encoding": (str,),
        "size": (int,),
        "repaired": (bool,),
        "links": (tuple,),
        "headings": (tuple,),
        "block_ids": (tuple,),
        "tags": (tuple,),
        "footnotes": (tuple,),
        "aliases": (tuple,),
        "code_ranges": (tuple,),
        "suppressions": (tuple,),
        "repair_regions": (tuple,),
        "claims": (tuple,),
    },
    8: {"path": (str,), "line": (int,), "column": (int,), "rule": (str,), "message": (str,), "name": (str,), "key": (str,)},
    9: {"findings": (tuple,)},
    18: {"findings": (tuple,), "notes": (int,)},
}
# Enums stored by value (plain Enum; IntEnum fields are declared in _SPECS).
_ENUMS: dict[int, tuple[str, str]] = {
    1: ("vaultkit.model", "Severity"),
    2: ("vaultkit.claims.model", "Verdict"),
}
_DTYPES = frozenset({"|u1", "|i1", "<u2", "<i2", "<u4", "<i4", "<u8", "<i8", "<f2", "<f4", "<f8", "|b1"})
_MAX_RANK = 4


class CodecError(ValueError):
    """Bytes that are not a valid entry of this format and version."""


def _load(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


class _Record:
    """How one registered class is written and rebuilt."""

    __slots__ = ("checked", "cls", "enums", "lazy", "names", "tag")

    def __init__(self, tag: int, cls: type, enums: dict[str, Any], sources: tuple[str, ...]) -> None:
        self.cls = cls
        self.tag = tag
        self.names = tuple(f.name for f in dataclasses.fields(cls))
        self.enums = tuple((self.names.index(name), kind) for name, kind in enums.items())
        self.lazy = frozenset(sources)
        self.checked = tuple(_CHECKED.get(tag, {}).items())

    def values(self, obj: Any) -> list[Any]:
        state = obj.__dict__
        if not self.lazy:
            out = [state[name] for name in self.names]
        else:
            out = [state[name].to_cache() if name in self.lazy else state[name] for name in self.names]
        for i, value in enumerate(out):
            if type(value) is tuple and value:
                rows = _rows(value)
                if rows is not None:
                    out[i] = rows
        return out

    def build(self, values: tuple[Any, ...]) -> Any:
        if len(values) != len(self.names):
            raise CodecError(f"{self.cls.__name__}: {len(values)} fields, expected {len(self.names)}")
        obj: Any = object.__new__(self.cls)
        if not self.enums and not self.lazy and not self.checked:
            obj.__dict__.update(zip(self.names, values))  # noqa: B905 - the lengths were compared
            return obj
        state = dict(zip(self.names, values))  # noqa: B905
        for index, kind in self.enums:
            state[self.names[index]] = kind(values[index])
        for name, types in self.checked:
            if type(state[name]) not in types:
                raise CodecError(f"{self.cls.__name__}.{name}: {type(state[name]).__name__}")
        if self.lazy:
            from vaultkit.model import TextSource

            for name in self.lazy:
                text = state[name]
                state[name] = TextSource(text) if text is not None else TextSource(rebuildable=True)
        obj.__dict__.update(state)
        return obj

    def build_rows(self, rows: Any) -> tuple[Any, ...]:
        if not isinstance(rows, tuple) or not all(type(row) is tuple for row in rows):
            raise CodecError(f"malformed rows of {self.cls.__name__}")
        if self.enums or self.lazy or self.checked:
            return tuple(map(self.build, rows))
        n, names, cls, new = len(self.names), self.names, self.cls, object.__new__
        out = []
        for row in rows:
            if len(row) != n:
                raise CodecError(f"{cls.__name__}: {len(row)} fields, expected {n}")
            obj: Any = new(cls)
            obj.__dict__.update(zip(names, row))  # noqa: B905 - the lengths were compared
            out.append(obj)
        return tuple(out)


class _Registry:
    """The registered classes, imported on first use of each (decoding a Finding must not
    import the duplicate layers)."""

    def __init__(self) -> None:
        self._by_tag: dict[int, _Record] = {}
        self._by_class: dict[type, _Record | None] = {}
        self._tag_of = {(module, name): tag for tag, (module, name, _, _) in _SPECS.items()}
        self._enum_tag_of = {(module, name): tag for tag, (module, name) in _ENUMS.items()}
        self._enums: dict[int, Any] = {}

    def record(self, tag: int) -> _Record:
        found = self._by_tag.get(tag)
        if found is None:
            spec = _SPECS.get(tag)
            if spec is None:
                raise CodecError(f"unknown record tag {tag}")
            module, name, enums, lazy = spec
            found = _Record(tag, _load(module, name), {k: _load(*v.split(":")) for k, v in enums.items()}, lazy)
            self._by_tag[tag] = found
        return found

    def record_for(self, cls: type) -> _Record | None:
        if cls in self._by_class:
            return self._by_class[cls]
        tag = self._tag_of.get((cls.__module__, cls.__qualname__))
        found = self.record(tag) if tag is not None else None
        if found is not None and found.cls is not cls:
            found = None
        self._by_class[cls] = found
        return found

    def enum(self, tag: int) -> Any:
        kind = self._enums.get(tag)
        if kind is None:
            spec = _ENUMS.get(tag)
            if spec is None:
                raise CodecError(f"unknown enum tag {tag}")
            kind = self._enums[tag] = _load(*spec)
        return kind

    def enum_tag(self, cls: type) -> int | None:
        return self._enum_tag_of.get((cls.__module__, cls.__qualname__))


_REGISTRY = _Registry()


def _rows(items: tuple[Any, ...]) -> Any:
    """A tuple of records of one registered class as one _ROWS extension, else None."""
    cls = type(items[0])
    record = _REGISTRY.record_for(cls)
    if record is None or any(type(item) is not cls for item in items):
        return None
    return msgpack.ExtType(_ROWS, _pack([record.tag, [record.values(item) for item in items]]))


def _default(obj: Any) -> Any:
    record = _REGISTRY.record_for(type(obj))
    if record is not None:
        return msgpack.ExtType(_RECORD, _pack([record.tag, *record.values(obj)]))
    if isinstance(obj, enum.Enum):
        tag = _REGISTRY.enum_tag(type(obj))
        if tag is None:
            raise TypeError(f"enum {type(obj).__qualname__} is not registered for the cache")
        return msgpack.ExtType(_ENUM, _pack([tag, obj.value]))
    if isinstance(obj, (frozenset, set)):
        return msgpack.ExtType(_FROZENSET, _pack(sorted(obj, key=repr)))
    if type(obj).__module__ == "numpy":
        return _numpy(obj)
    raise TypeError(f"{type(obj).__qualname__} cannot be stored in the cache")


def _numpy(obj: Any) -> Any:
    import numpy as np

    if isinstance(obj, np.generic):  # a scalar (a count in the duplicate stats): its Python value
        return obj.item()
    if isinstance(obj, np.ndarray) and obj.dtype.str in _DTYPES and obj.ndim <= _MAX_RANK:
        return msgpack.ExtType(_NDARRAY, _pack([obj.dtype.str, list(obj.shape), np.ascontiguousarray(obj).tobytes()]))
    raise TypeError(f"numpy {type(obj).__qualname__} of dtype {getattr(obj, 'dtype', '?')} cannot be stored in the cache")


def _pack(obj: Any) -> bytes:
    packed: bytes = msgpack.packb(obj, default=_default, use_bin_type=True, datetime=False)
    return packed


def _ext(code: int, data: bytes) -> Any:
    if code == _RECORD:
        values = _unpack(data)
        if not isinstance(values, tuple) or not values or type(values[0]) is not int:
            raise CodecError("malformed record")
        return _REGISTRY.record(values[0]).build(values[1:])
    if code == _ROWS:
        parts = _unpack(data)
        if not isinstance(parts, tuple) or len(parts) != 2 or type(parts[0]) is not int:
            raise CodecError("malformed rows")
        return _REGISTRY.record(parts[0]).build_rows(parts[1])
    if code == _ENUM:
        tag, value = _unpack(data)
        try:
            return _REGISTRY.enum(tag)(value)
        except ValueError:
            raise CodecError(f"bad enum value {value!r}") from None
    if code == _FROZENSET:
        items = _unpack(data)
        if not isinstance(items, tuple):
            raise CodecError("malformed frozenset")
        return frozenset(items)
    if code == _NDARRAY:
        return _array(_unpack(data))
    raise CodecError(f"unknown extension type {code}")


def _array(parts: Any) -> Any:
    import numpy as np

    if not (isinstance(parts, tuple) and len(parts) == 3):
        raise CodecError("malformed array")
    dtype, shape, data = parts
    if dtype not in _DTYPES or not isinstance(shape, tuple) or len(shape) > _MAX_RANK or not isinstance(data, bytes):
        raise CodecError("array of a dtype or shape the cache does not hold")
    if not all(type(n) is int and n >= 0 for n in shape):
        raise CodecError("bad array shape")
    kind = np.dtype(dtype)
    count = 1
    for n in shape:
        count *= n
    if count * kind.itemsize != len(data):
        raise CodecError("array bytes do not match its shape")
    return np.frombuffer(data, dtype=kind).reshape(shape)


def _unpack(data: bytes | memoryview) -> Any:
    return msgpack.unpackb(data, use_list=False, raw=False, strict_map_key=False, ext_hook=_ext, timestamp=0)


def encode(obj: Any) -> bytes:
    """`obj` as a cache entry (TypeError for a value the format does not hold)."""
    return MAGIC + _pack(obj)


def decode(blob: Any) -> Any:
    """The value of a cache entry; CodecError for anything that is not a valid entry of this
    format and version (a miss for the caller, never a crash)."""
    if not isinstance(blob, bytes) or not blob.startswith(MAGIC):
        raise CodecError("not a vaultkit cache entry of this version")
    try:
        return _unpack(memoryview(blob)[len(MAGIC) :])
    except CodecError:
        raise
    except Exception as exc:  # noqa: BLE001 - msgpack's errors, bad field values, too deep, …
        raise CodecError(f"{type(exc).__name__}: {exc}") from None


def decoder(kind: type | tuple[type, ...]) -> Callable[[Any], Any]:
    """decode, also refusing a value that is not of `kind`."""

    def check(blob: Any) -> Any:
        value = decode(blob)
        if not isinstance(value, kind):
            raise CodecError(f"entry holds {type(value).__name__}, not {kind}")
        return value

    return check
