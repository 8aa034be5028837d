"""Front-matter properties that state a size, read as sentences.

AI-written notes keep their sizes in YAML properties: `kv_per_token_27b: 368 KiB`, `llama32_1b_bf16: 2.47 GB`,
`веса_1_5b_bf16: 3,09 ГБ`, `gguf_q4_k_m: 4,43 ГБ`. A scalar property whose value is one size (optionally hedged,
`~2.0 GB`) and whose key the reader can type word by word is rewritten as a self-contained sentence naming what
the key names: the quantity (weights, KV cache per token, GGUF file, checkpoint), the storage type and the model
(`kv_per_token_27b: 368 KiB` → `KV cache of Gemma 2 27B: 368 KiB per token` in a note about Gemma 2). The key's
model is the one its glued name gives (`qwen25_1_5b` → Qwen2.5 1.5B, `phi3_mini` → Phi-3-mini), or, for a size
alone (`27b`, `1_5b`), the one model of that size the front matter (else the note) names, else the note's model's
sibling of that size (`the 27B`); a key naming no model says nothing of one (the note's model is the subject).
A key with a word the reader cannot type (`gpu_vram`, `phone_ram`, `total_disk_all_bf16`, a role word
`вес_младшей_bf16`) stays as it is. Each rewritten line is one sentence with one figure: it says nothing of the
lines below it. The line keeps its number; `remap` moves the claims found on it back to the figure's column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.model import Claim
from vaultkit.claims.shapes.base import LIST_ITEM  # as the note's paragraphs are read

Remap = Callable[[list[Claim]], list[Claim]]

# `key: value` at the start of a front-matter line, the value one size: a figure (digit groups), a byte unit,
# maybe a hedge before it and a comment after it. Runs are possessive or bounded: linear.
_PROPERTY = re.compile(
    r"^(?P<indent>[ \t]{0,8})(?P<key>[^\W\d][\w-]{0,60})[ \t]*:[ \t]+(?P<quote>[\"']?)"
    r"(?P<value>(?:(?:[~≈]|about|approx\.?|около|примерно)[ \t]?)?(?P<figure>\d{1,9}(?:[,.\u00a0\u202f ]\d{1,3})*+"
    r"(?P<unit>[ \t]?(?:[KMGTP]i?B|[kK]B|[КМГТП]и?Б|[кК]Б|bytes?|байт(?:а|ов)?))?)(?:[ \t]\([^()\n]{1,40}\))?)"
    r"(?P=quote)[ \t]*(?:#.*)?\r?$"
)
_DTYPES = {
    "fp32": "fp32",
    "float32": "fp32",
    "fp16": "fp16",
    "float16": "fp16",
    "half": "fp16",
    "bf16": "bf16",
    "bfloat16": "bf16",
    "fp8": "fp8",
    "int8": "int8",
    "int4": "int4",
    "nf4": "NF4",
    "mxfp4": "MXFP4",
    "fp4": "fp4",
}
# a GGUF type, its parts glued or split by underscores (`q4_k_m`, `q4km`, `q8_0`, `iq4_xs`)
_GGUF_TYPE = re.compile(r"(?<![a-z0-9])(i?q\d)(?:_?(k))?(?:_?(xxs|xs|s|m|l|0|1))?(?![a-z0-9])")
_WEIGHTS = {"weights", "weight", "веса", "весов", "size", "размер", "vram", "disk", "диск", "диске"}
_FILE = {"file", "файл", "файла", "gguf"}
_CHECKPOINT = {"checkpoint", "ckpt", "чекпоинт", "чекпойнт", "чекпоинта"}
_CACHE = {"kv", "cache", "кэш", "кеш", "кэша", "кеша", "mla"}
_PER_TOKEN = {"per", "token", "tok", "на", "токен", "bytes", "байт"}
# the unit the value is in (`веса_bf16_гиб: 12,9 ГиБ`): no word of what is sized
_UNITS = {
    **{u.lower(): u for u in ("KB", "KiB", "MB", "MiB", "GB", "GiB", "TB", "TiB", "bytes")},
    **{u.lower(): u for u in ("КБ", "КиБ", "МБ", "МиБ", "ГБ", "ГиБ", "ТБ", "ТиБ")},
}
# words that say nothing of what is sized (`size_on_disk_q4_k_m`, `est_weights_bf16`)
_FILLER = {"on", "in", "of", "at", "в", "est", "estimated", "approx", "quant", "quantized", "model"}
# a size that names a model (`27b`, `8x7b`, `1_5b` read as 1.5b)
_SIZE = re.compile(r"\d{1,4}(?:x\d{1,3})?(?:\.\d{1,2})?[bm]")
_GLUED_VERSION = re.compile(r"([a-z]{2,12})(\d)(\d?)")
_MODEL_KEYS = ("model", "base_model", "model_id", "model_name", "hf_id", "hf_repo", "repo_id", "модель")
_FAMILY_KEYS = (*_MODEL_KEYS, "model_family", "family", "семейство")
_TWO_BYTES = {"fp16", "bf16"}
_REACH = 200  # lines looked up and down from a cache key for its paragraph's storage type, at most


def readable_keys(text: str) -> tuple[str, Remap]:
    """The note with its front-matter size properties read as sentences, and the remap of the claims found on
    the rewritten lines back to the note's own columns."""
    if not text.startswith("---"):
        return text, _same
    end = text.find("\n---", 3)
    if end < 0:
        return text, _same
    lines = text[:end].split("\n")
    original = list(lines)
    moved: dict[int, tuple[int, str]] = {}  # line → (the figure's column in the note, the figure as written)
    untyped: list[int] = []  # the cache lines of no storage type
    named: list[str] | None = None
    for i, line in enumerate(lines):
        m = _PROPERTY.match(line) if i else None
        if m is None:
            continue
        unit = "" if m.group("unit") else _key_unit(m.group("key"))
        if not (m.group("unit") or unit):
            continue
        if named is None:
            named = _front_names(lines, text)
        lead = _sentence(m.group("key"), named)
        if lead is None:
            continue
        # a bare figure takes the unit its key names (`weights_bf16_gb: 16.06` → `… in bf16: 16.06 GB`); each sentence
        # is a list item: the line below it does not read it as its lead-in (its model, its `per token`)
        value = m.group("value") + (f" {unit}" if unit else "")
        lines[i] = m.group("indent") + "- " + lead[0] + ": " + value + lead[1]
        moved[i + 1] = (m.start("figure"), m.group("figure").rstrip() if unit else m.group("figure"))
        if lead[0].startswith("KV") and " in " not in lead[0]:
            untyped.append(i)
    for i in untyped:
        if _paragraph_type(lines, i) - _TWO_BYTES:
            lines[i] = original[i]  # the one type the paragraph names (`native_dtype: fp8`) is the weights': not the cache's
            del moved[i + 1]
    if not moved:
        return text, _same
    return "\n".join(lines) + text[end:], lambda claims: _remap(claims, moved)


def _paragraph_type(lines: list[str], i: int) -> set[str]:
    """The storage type a list item (line `i`, 0-based) of the front matter takes from its paragraph, as the note's
    paragraphs are read: the one its item names (up to the next list item: a rewritten key or a YAML list entry), else
    the one the lines before the paragraph's first item name; as a set, empty when there is none."""
    start = i
    while start > 0 and lines[start - 1].strip() and i - start < _REACH:
        start -= 1
    stop = i + 1
    while stop < len(lines) and lines[stop].strip() and not LIST_ITEM.match(lines[stop]) and stop - i < _REACH:
        stop += 1
    if (start and lines[start - 1].strip()) or (stop < len(lines) and stop - i >= _REACH):
        return {"unknown"}  # a paragraph too long to read for each key (a bounded look: linear): the cache stays unread
    first = next(k for k in range(start, len(lines)) if LIST_ITEM.match(lines[k]))
    for part in (lines[i:stop], lines[start:first]):
        found = {d.name.lower() for line in part for d in find_dtypes(line)}
        if len(found) == 1:
            return found
    return set()


def _key_unit(key: str) -> str:
    """The one byte unit a key names (`weights_bf16_gb`, `kv_per_token_kib`, `веса_гиб`), else ""."""
    found = {_UNITS[p] for p in re.split(r"[_-]+", key.lower()) if p in _UNITS}
    return found.pop() if len(found) == 1 else ""


def _same(claims: list[Claim]) -> list[Claim]:
    return claims


def _remap(claims: list[Claim], moved: dict[int, tuple[int, str]]) -> list[Claim]:
    out = []
    for c in claims:
        at = moved.get(c.line)
        out.append(c if at is None else replace(c, column=at[0] + 1, span=at[1]))
    return out


def _front_names(lines: list[str], text: str) -> list[str]:
    """What names models, nearest first: the front matter's model properties (`model:`, `model_family:`), then its
    other lines (`model_1b: meta-llama/…`, a list of variants), then the note's body."""
    family, other, own = [], [], []
    for line in lines[1:]:
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if key in _FAMILY_KEYS and value:
            family.append(value)
            found = _mentions(value)
            if key in _MODEL_KEYS and len(found) == 1 and found[0].config is not None:
                own.append(found[0].text)
        elif any(ch.isdigit() for ch in line):
            other.append(line)
    return [own[0] if len(own) == 1 else "", *family[:4], "\n".join(other), text[len("\n".join(lines)) :]]


def _sentence(key: str, named: list[str]) -> tuple[str, str] | None:
    """The sentence a key names, the words before its figure and after it (`KV cache of Gemma 2 27B`, ` per token`),
    or None when the reader cannot type the key."""
    low = key.lower()
    gguf = _GGUF_TYPE.search(low.replace("-", "_"))
    gguf_type = ""
    if gguf:
        gguf_type = "_".join(p.upper() for p in gguf.groups() if p)
        low = low[: gguf.start()] + "_" + low[gguf.end() :]
    parts = [p for p in re.split(r"[_-]+", low) if p]
    words: set[str] = set()
    dtypes: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.isdigit() and i + 1 < len(parts) and _SIZE.fullmatch(parts[i + 1]) and "." not in parts[i + 1]:
            rest.append(f"{p}.{parts[i + 1]}")  # `1_5b` → 1.5b
            i += 2
            continue
        if p in _DTYPES:
            dtypes.append(_DTYPES[p])
        elif p in _UNITS or p in _FILLER:
            pass
        elif p in _WEIGHTS or p in _FILE or p in _CHECKPOINT or p in _CACHE or p in _PER_TOKEN:
            words.add(p)
        else:
            rest.append(p)
        i += 1
    if len(set(dtypes)) > 1 or (gguf_type and dtypes):
        return None
    dtype = dtypes[0] if dtypes else ""
    model = _model(rest, named)
    if model is None:
        return None
    model = model or named[0]
    who = f" of {model}" if model else ""
    if words & _CACHE:
        if not words & {"token", "tok", "токен"} or gguf_type:
            return None  # a cache total or budget: its context is not in the key
        # the figure then `per token`: a line below that reads this one as its lead-in takes no per-token reading
        return f"KV cache{who}" + (f" in {dtype}" if dtype else ""), " per token"
    if words & {"per", "на", "tok", "token", "токен"}:
        return None
    if gguf_type or "gguf" in words:
        return f"GGUF {gguf_type} file{who}".replace("  ", " "), ""
    if words & _CHECKPOINT:
        return f"Checkpoint{who}" + (f" in {dtype}" if dtype else ""), ""
    if not dtype or (not model and not words & (_WEIGHTS | _FILE)):
        return None  # a size of no type (`disk_size`), or a type of nothing (`bf16: 16 GB`)
    if "vram" in words and not model and len(words) == 1:
        return f"Weights in {dtype}", ""
    return f"Weights{who} in {dtype}", ""


def _model(rest: list[str], named: list[str]) -> str | None:
    """The model the key's other words name: "" when none, None when they are words the reader cannot type."""
    if not rest:
        return ""
    sizes = [p for p in rest if _SIZE.fullmatch(p)]
    if len(sizes) > 1:
        return None
    if len(rest) == 1 and sizes:
        return _sized(sizes[0], named)
    spelled = [
        _GLUED_VERSION.sub(lambda m: f"{m.group(1)} {m.group(2)}" + (f".{m.group(3)}" if m.group(3) else ""), p) for p in rest
    ]
    for name in (" ".join(spelled), "-".join(rest), " ".join(rest)):
        found = [m for m in find_mentions(name) if m.config is not None and m.sized]
        if len(found) == 1 and found[0].end - found[0].start >= len(name) - 1:
            return found[0].text
    if len(rest) == 1 and not sizes and len(rest[0]) >= 4:
        return _kin(rest[0], tuple(named))
    return None


@lru_cache(maxsize=32)
def _kin(word: str, named: tuple[str, ...]) -> str | None:
    """The model a family word alone calls (`kv_mistral_на_токен`, `llama2_kv`): the one model named nearest whose
    name starts with it (`модель_2: mistralai/Mistral-7B-Instruct-v0.1`, `сравнить_с: meta-llama/Llama-2-7b-hf`)."""
    for where in named[1:]:
        found = {
            m.config.name: m
            for m in _models(where)
            if m.config is not None and re.sub(r"[\W_]", "", m.config.name.lower()).startswith(word)
        }
        if len(found) == 1:
            return next(iter(found.values())).text
        if found:
            return None
    return None


def _sized(size: str, named: list[str]) -> str | None:
    """The model of `size` (`27b`): the one model of that size named nearest (a family property with the size, the
    front matter's models, the note's), else the note's model's sibling of that size (`the 27B`)."""
    return _of_size(size, tuple(named))


@lru_cache(maxsize=32)
def _of_size(size: str, named: tuple[str, ...]) -> str | None:
    """`_sized`, read once per size of a note (the note's text is read once for each, not once per key)."""
    from vaultkit.claims.shapes.sized import _has_size, sibling  # the shapes import this module's users

    for where in named[1:]:
        found = {m.config.name: m for m in _models(where) if m.config is not None and _has_size(m, size)}
        if len(found) == 1:
            return next(iter(found.values())).text
        if len(found) > 1 or "\n" in where:
            if found:
                return None
            continue
        family = [m for m in _mentions(f"{where.strip()} {size}") if m.config is not None]
        if len(family) == 1 and _has_size(family[0], size):
            return family[0].text
        base = [m for m in _mentions(where) if m.config is not None]
        if len(base) == 1:
            kin = sibling(base[0], size)
            if kin is not None and kin.config is not None:
                return kin.text
    return f"the {size.upper()}"


@lru_cache(maxsize=16)
def _models(text: str) -> tuple[ModelMention, ...]:
    """The catalogued models a text names, each once (its first mention): a note names a few, however often."""
    first: dict[str, ModelMention] = {}
    for m in _mentions(text):
        if m.config is not None:
            first.setdefault(m.config.name, m)
    return tuple(first.values())


@lru_cache(maxsize=16)
def _mentions(text: str) -> list[ModelMention]:
    return [m for m in find_mentions(text) if m.sized]
