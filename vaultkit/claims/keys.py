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
from dataclasses import dataclass, replace
from dataclasses import field as _field  # (`field` is a local name below: a Dataview field)
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim
from vaultkit.claims.shapes.base import LIST_ITEM  # as the note's paragraphs are read

Remap = Callable[[list[Claim]], list[Claim]]

# `key: value` at the start of a front-matter line, the value one size: a figure (digit groups), a byte unit,
# maybe a hedge before it and a comment after it. Runs are possessive or bounded: linear.
_VALUE = (
    r"(?P<quote>[\"']?)"
    r"(?P<value>(?:(?:[~≈]|about|approx\.?|около|примерно)[ \t]?)?(?P<figure>\d{1,9}(?:[,.\u00a0\u202f ]\d{1,3})*+"
    r"(?P<unit>[ \t]?(?:[KMGTP]i?B|[kK]B|[КМГТП]и?Б|[кК]Б|bytes?|байт(?:а|ов)?))?)(?:[ \t]\([^()\n]{1,40}\))?)"
    r"(?P=quote)[ \t]*(?:#.*)?\r?$"
)
_PROPERTY = guarded(r"^(?P<indent>[ \t]{0,8})(?P<key>[^\W\d][\w-]{0,60})[ \t]*:[ \t]+" + _VALUE)
# a Dataview field of the body, `key:: value` on a line or a list item of its own (`- kv_at_32k:: 4 GiB`)
_BODY_FIELD = guarded(r"^(?P<indent>[ \t]{0,8}[-*+][ \t]+|[ \t]{0,3})(?P<key>[^\W\d][\w-]{0,60})[ \t]*::[ \t]*" + _VALUE)
# any Dataview field's key and value (`model:: [[meta-llama/Llama-3.1-8B]]`), a heading, a code fence
_ANY_FIELD = guarded(r"^[ \t]{0,8}(?:[-*+][ \t]+)?(?P<key>[^\W\d][\w-]{0,60})[ \t]*::[ \t]*(?P<value>.{0,200})")
_HEADING = guarded(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<title>.{0,200})")
_FENCE = guarded(r"^[ \t]{0,3}(?:>[ \t]?)*(?P<fence>`{3,}|~{3,})")
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
_GGUF_TYPE = guarded(r"(?<![a-z0-9])(i?q\d)(?:_?(k))?(?:_?(xxs|xs|s|m|l|0|1))?(?![a-z0-9])")
_WEIGHTS = {"weights", "weight", "вес", "веса", "весов", "size", "размер", "vram", "disk", "диск", "диске"}
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
_SIZE = guarded(r"\d{1,4}(?:x\d{1,3})?(?:\.\d{1,2})?[bm]")
_GLUED_VERSION = guarded(r"([a-z]{2,12})(\d)(\d?)")
_MODEL_KEYS = ("model", "base_model", "model_id", "model_name", "hf_id", "hf_repo", "repo_id", "модель")
_FAMILY_KEYS = (*_MODEL_KEYS, "model_family", "family", "семейство")
_RECORD_KEYS = (*_MODEL_KEYS, "name", "название")  # a body record's model field
_TYPE_KEY = guarded(r"(?i)dtype|precision|quant|тип|точност|формат|format")  # a record's field naming a storage type
_TWO_BYTES = {"fp16", "bf16"}
# a cache total's context and batch in its key (`kv_at_128k`, `kv_cache_8k_bs16`, `kv_2048_батч_64`, `kv_ctx_4096`)
_KILO_TOKENS = guarded(r"(?:ctx|context)?(\d{1,4})k")  # `128k` = 131,072 tokens
_GLUED_BATCH = guarded(r"(?:bsz?|batch|батч)(\d{1,5})")  # `bs16`, `batch16`
_BATCH = {"bs", "bsz", "batch", "батч", "батча", "батче", "батчем"}
_CONTEXT = {"ctx", "context", "контекст", "контекста", "контексте", "seq", "seqlen", "len"}
_TOKENS = {"tokens", "tok", "токенов", "токена", "токенах"}  # after a context's figure (`kv_2048_токенов`)
# what a batch counts (`kv_8k_32_users`), and one of it after `per` (`kv_32k_per_seq`: batch 1)
_SEQUENCES = {
    *("seq", "seqs", "sequence", "sequences", "request", "requests", "req", "reqs", "user", "users"),
    *("conversation", "conversations", "chat", "chats", "запрос", "запроса", "запросов", "пользователя"),
    *("пользователей", "пользователь", "диалог", "диалога", "диалогов", "последовательность", "последовательностей"),
}
_WHOLE = {"total", "full", "всего", "полный", "весь"}  # a cache total's words that say nothing more
_GLUED_CONTEXT = guarded(r"(?:ctx|context)(\d{1,8})")
_BEFORE_CONTEXT = {"at", "на", "for", "для", "при"}  # `kv_at_4096`, `кэш_на_4096`
_MIN_CONTEXT = 256  # a bare number next to a cache word from which it is a context, not a size or a count
_REACH = 200  # lines looked up and down from a cache key for its paragraph's storage type, at most


def readable_keys(text: str) -> tuple[str, Remap]:
    """The note with its front-matter size properties and its body's Dataview size fields read as sentences, and the
    remap of the claims found on the rewritten lines back to the note's own columns."""
    end = text.find("\n---", 3) if text.startswith("---") else -1
    if end < 0:
        body, moved = _body_fields(text.split("\n"), 0, ["", "", text])
        return ("\n".join(body), lambda claims: _remap(claims, moved)) if moved else (text, _same)
    front, remap = _front_keys(text, end)
    lines = front.split("\n")
    start = text.count("\n", 0, end) + 2  # the body's first line (0-based), below the closing `---`
    named = _front_names(text[:end].split("\n"), text)
    body, moved = _body_fields(lines, start, named)
    if not moved:
        return front, remap
    return "\n".join(body), lambda claims: _remap(remap(claims), moved)


def _front_keys(text: str, end: int) -> tuple[str, Remap]:
    """`readable_keys` of the front matter (it ends at `end`)."""
    lines = text[:end].split("\n")
    original = list(lines)
    moved: dict[int, tuple[int, str]] = {}  # line → (the figure's column in the note, the figure as written)
    untyped: list[int] = []  # the cache lines of no storage type
    named: list[str] | None = None
    of_model = False  # a sentence above names a model
    for i, line in enumerate(lines):
        flow = _flow_count(line) if i else None
        if flow is not None:  # `  Gemma-2-9B: {hidden: 3584, …, параметров: 9241705984}`: the model's count
            lines[i], moved[i + 1] = flow
            continue
        listed = _MODEL_COUNT.match(line) if i else None
        if listed is not None and _parent_key(lines, i).lower() in _COUNTS_PARENTS:
            # `models:` / `  qwen2.5-7b: 7615616512`: a mapping of models to their parameter counts
            model = _one_model(listed.group("key")) or _key_model(listed.group("key"))
            if model:
                lines[i] = listed.group("indent") + "- " + model + ": " + listed.group("figure") + " parameters"
                moved[i + 1] = (listed.start("figure"), listed.group("figure"))
                continue
        counted = _COUNT_PROPERTY.match(line) if i else None
        if counted is not None:
            if named is None:
                named = _front_names(lines, text)
            parent = _parent_key_model(lines, i) or _sibling_model(lines, i) or _parent_role(lines, i, named)
            if not parent and _another_models_record(lines, i):
                continue  # `student:` / `  id: my-org/tiny-student` / `  params: 125M`: a count of another model
            # a count of no model the key names is the mapping's, the front matter's, else the one its title names
            said = _count_sentence(counted.group("key"), [parent or named[0] or _title_model(lines), *named[1:]])
            if said is not None:
                lines[i] = counted.group("indent") + "- " + said[0] + ": " + counted.group("value") + said[1]
                moved[i + 1] = (counted.start("figure"), counted.group("figure"))
                continue
        m = _PROPERTY.match(line) if i else None
        if m is None:
            continue
        unit = "" if m.group("unit") else _key_unit(m.group("key"))
        if not (m.group("unit") or unit):
            continue
        if named is None:
            named = _front_names(lines, text)
        # `llama31_8b:` / `  q8_0: 8,54 ГБ`: the mapping's key names the model; `target:` / `  id: meta-llama/…` /
        # `  weights_gb: 141`: a model key beside it does
        parent = _parent_key_model(lines, i) or _sibling_model(lines, i) or _parent_role(lines, i, named)
        lead = _sentence(m.group("key"), [parent, *named[1:]] if parent else named)
        if lead is None and parent and _NAMES_WEIGHTS.search(m.group("key")) and (dtype := _sibling_dtype(lines, i)):
            # `model:` / `  name: meta-llama/…` / `  dtype: bf16` / `  weights_gib: 16.06 GiB`: the record's type
            lead = _sentence(f"{m.group('key')}_{dtype}", [parent, *named[1:]])
            lead = lead if lead is not None and lead[0].startswith("Weights") else None
        if lead is None or (of_model and " of " not in lead[0]):
            continue  # a size of no model under one of a model: the note reads it as that model's
        of_model = of_model or " of " in lead[0]
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


# `  Gemma-2-9B: {hidden: 3584, tied: true, параметров: 9241705984}`: a flow mapping under a model's name
_FLOW = guarded(r"^(?P<indent>[ \t]{0,8})(?P<key>[^\W\d][\w.-]{0,60})[ \t]*:[ \t]*\{(?P<body>[^{}\n]{1,400})\}[ \t]*(?:#.*)?\r?$")
_FLOW_ITEM = guarded(r"(?P<key>[^\W\d][\w-]{0,60})[ \t]*:[ \t]*(?P<value>[^,]{1,40})")


def _flow_count(line: str) -> tuple[str, tuple[int, str]] | None:
    """A flow mapping whose key is one catalogued model and whose items count its parameters (`параметров:
    9241705984`, `params: 7.5B`), rewritten as that count's sentence; with the figure's column and text."""
    m = _FLOW.match(line)
    if m is None:
        return None
    model = _key_model(m.group("key"))
    if not model:
        return None
    found = None
    items = list(_FLOW_ITEM.finditer(m.group("body")))
    # `{ total_params: …, active_params: … }`: the total is the model's count (one sentence a line)
    totals = [x for x in items if not {p for p in re.split(r"[_\s-]+", x.group("key").lower())} & _ACTIVE_WORDS]
    for item in totals if len(totals) < len(items) else items:
        counted = _COUNT_PROPERTY.match(f"{item.group('key')}: {item.group('value').strip()}")
        said = _count_sentence(item.group("key"), [model]) if counted else None
        if counted is None or said is None:
            continue
        if found is not None:
            return None  # two counts: which is the model's is not said
        at = m.start("body") + item.start("value") + counted.start("figure") - counted.start("value")
        found = (m.group("indent") + "- " + said[0] + ": " + counted.group("value") + said[1], (at, counted.group("figure")))
    return found


# `params_exact: 8030261248`, `параметров_mixtral: 46,7 млрд`, `mixtral_active_params: 12,879,925,248`: a model's
# parameter count as a property, its value one count (digit groups, or a figure with B / M / млрд / млн)
_COUNT_PROPERTY = guarded(
    r"^(?P<indent>[ \t]{0,8})(?P<key>[^\W\d][\w-]{0,60})[ \t]*:[ \t]+(?P<quote>[\"']?)"
    r"(?P<value>(?:(?:[~≈]|about|около|примерно)[ \t]?)?(?P<figure>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){2,4}+|\d{7,13}"
    r"|\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?:[BM](?![\w])|млрд\.?|млн\.?|billion|million)))(?P=quote)[ \t]*(?:#.*)?\r?$"
)
_PARAM_WORDS = {"params", "param", "parameters", "parameter", "параметров", "параметры", "параметр", "параметра"}
# `models:` / `  qwen2.5-7b: 7615616512`: a model's name as the key, its exact count as the value, under a parent of counts
_MODEL_COUNT = guarded(
    r"^(?P<indent>[ \t]{1,8})(?P<key>[A-Za-z][\w.-]{1,60})[ \t]*:[ \t]+[\"']?"
    r"(?P<figure>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){2,4}+|\d{7,13})[\"']?[ \t]*(?:#.*)?\r?$"
)
_COUNTS_PARENTS = {
    *("models", "params", "parameters", "param_counts", "parameter_counts", "counts", "n_params", "sizes"),
    *("модели", "параметры", "параметров", "число_параметров"),
}
_ACTIVE_WORDS = {"active", "activated", "активных", "активные", "активно"}
_COUNT_FILLER = {"exact", "count", "total", "all", "всего", "num", "number", "n", "base", "model", "модели", "число"}
# a count of something other than the model's parameters (an adapter's, the embeddings', a helper model's)
_NOT_THE_MODELS = {
    *("lora", "adapter", "adapters", "trainable", "обучаемых", "обучаемые", "адаптер", "адаптера", "адаптеров"),
    *("embedding", "embeddings", "эмбеддингов", "vocab", "head", "draft", "teacher", "student", "per", "layer", "expert"),
    *("experts", "слой", "слоя", "эксперта", "shared", "dense", "non", "без"),
    *("pruned", "pruning", "after", "distilled", "merged", "после", "прунинга"),  # a count of a model made from it
}


def _count_sentence(key: str, named: list[str]) -> tuple[str, str] | None:
    """`Llama 3.1 8B` and ` parameters` for `params_exact`, `Mixtral 8x7B` and ` active parameters` for
    `mixtral_active_params`; None for a key that counts something else or names no model the reader can type."""
    parts = [p for p in re.split(r"[_\s-]+", key.lower()) if p]
    active = any(p in _ACTIVE_WORDS for p in parts)
    if not any(p in _PARAM_WORDS for p in parts) and not (active and len(parts) >= 2):
        return None
    if any(p in _NOT_THE_MODELS for p in parts):
        return None
    rest: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.isdigit() and i + 1 < len(parts) and _SIZE.fullmatch(parts[i + 1]) and "." not in parts[i + 1]:
            rest.append(f"{p}.{parts[i + 1]}")  # `1_5b` → 1.5b
            i += 2
            continue
        if p not in _PARAM_WORDS and p not in _COUNT_FILLER and p not in _ACTIVE_WORDS:
            rest.append(p)
        i += 1
    sizes = [p for p in rest if _SIZE.fullmatch(p)]
    model = _model(rest, named)
    model = model or named[0] if model is not None else None
    if not model:
        return None
    if sizes and not any(
        m.config is not None and sizes[0].replace(".", "-") in m.config.name.replace(".", "-") for m in find_mentions(model)
    ):
        return None  # `params_70b` under a note about the 8B: the key's size names no model the reader can type
    return model, " active parameters" if active else " parameters"


def _body_fields(lines: list[str], start: int, named: list[str]) -> tuple[list[str], dict[int, tuple[int, str]]]:
    """The body's lines from `start` on with each Dataview size field (`kv_at_32k:: 4 GiB`, `- веса_bf16:: 3,09 ГБ`)
    read as the key's sentence, the model the key names, else the one its section names nearest above it (a model
    field, the heading), else the note's; and the rewritten lines (1-based) → the figure's column and text. Code
    blocks are left as they are; a field of no model in sight stays as it is."""
    out = list(lines)
    moved: dict[int, tuple[int, str]] = {}
    untyped: list[int] = []
    fence = ""
    section: str | None = named[0]  # the model the lines below name: "" none, None several
    for i in range(start, len(lines)):
        line = lines[i]
        if "`" in line or "~" in line:
            f = _FENCE.match(line)
            if f and (not fence or (f.group("fence")[0] == fence[0] and len(f.group("fence")) >= len(fence))):
                fence = "" if fence else f.group("fence")
                continue
        if fence:
            continue
        if line.lstrip().startswith("#") and (h := _HEADING.match(line)):
            heading = _one_model(h.group("title"))
            section = named[0] if heading == "" else heading
            continue
        if "::" not in line:
            continue
        field = _ANY_FIELD.match(line)
        if field is None:
            continue
        key = field.group("key").lower()
        if key in _RECORD_KEYS:
            # a model field of no catalogued model, or of several: its record's model is unknown
            section = _one_model(field.group("value").strip().strip("\"'")) or None
            continue
        m = _BODY_FIELD.match(line)
        if m is None:
            continue
        unit = "" if m.group("unit") else _key_unit(m.group("key"))
        if not (m.group("unit") or unit) or section is None:
            continue
        lead = _sentence(m.group("key"), [section, section, *named[1:]] if section else named)
        if lead is None or (not section and " of " not in lead[0]):
            continue  # a key the reader cannot type, or of no model in sight
        value = m.group("value") + (f" {unit}" if unit else "")
        indent = m.group("indent")
        indent = indent[: len(indent) - len(indent.lstrip(" \t"))] if indent.strip() else indent
        out[i] = indent + "- " + lead[0] + ": " + value + lead[1]
        moved[i + 1] = (m.start("figure"), m.group("figure").rstrip() if unit else m.group("figure"))
        if lead[0].startswith("KV") and " in " not in lead[0]:
            untyped.append(i)
    types = _record_types(lines, untyped)
    for i in untyped:
        if types[i] - _TWO_BYTES:
            out[i] = lines[i]  # a type the record names (`dtype:: int8`) is the weights': not said of the cache
            del moved[i + 1]
    return out, moved


def _record_types(lines: list[str], wanted: list[int]) -> dict[int, set[str]]:
    """The storage types the record of each line in `wanted` (0-based, ascending) names: its lines up to a blank line
    or a heading either way; of a field the value of its type key (`dtype:: int8`; not a size's type, `fp32:: 15.3
    GB`), of another line any; a GGUF file's type is none of the cache's. Each record is read once: linear."""
    out: dict[int, set[str]] = {}
    low, high, found = -1, -1, set[str]()
    for i in wanted:
        if not low <= i < high:
            low = i
            while low > max(high, 0) and _in_record(lines[low - 1]):
                low -= 1
            high = i + 1
            while high < len(lines) and _in_record(lines[high]):
                high += 1
            found = set()
            for k in range(low, high):
                field = _ANY_FIELD.match(lines[k]) if "::" in lines[k] else None
                said = lines[k] if field is None else field.group("value") if _TYPE_KEY.search(field.group("key")) else ""
                found.update(d.name.lower() for d in find_dtypes(said) if not d.gguf)
        out[i] = found
    return out


def _in_record(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


def _one_model(text: str) -> str | None:
    """The one catalogued model a heading or a field's value names (its text as written), "" when none, None when
    several."""
    found = {m.config.name: m for m in _mentions(text) if m.config is not None}
    return next(iter(found.values())).text if len(found) == 1 else ("" if not found else None)


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


# a key's spelling of a version without its dot (`llama31_8b`, `qwen25_14b`, `qwen2_5_7b`): Llama 3.1, Qwen2.5
_DOTLESS = guarded(r"(?i)^(llama|qwen)[_-]?([23])[_-]?([1-5])[_-](?=\d)")
_MAPPING_KEY = guarded(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[^\s:#][^:#]*?)\s*:\s*$")


def _parent_key(lines: list[str], i: int) -> str:
    """The key of the mapping line `i` is nested in: the nearest line above with less indentation (the few lines above,
    a bounded look), when it is a mapping's key (`deepseek_v3:`, `конфиг_младшей:`); else ""."""
    own = len(lines[i]) - len(lines[i].lstrip(" "))
    if not own:
        return ""
    for j in range(i - 1, max(0, i - 40), -1):
        line = lines[j]
        if line.strip() and len(line) - len(line.lstrip(" ")) < own:
            m = _MAPPING_KEY.match(line)
            return m.group("key") if m else ""
    return ""


def _parent_key_model(lines: list[str], i: int) -> str:
    """The one catalogued model the key of the mapping line `i` is nested in names (`deepseek_v3:`, `llama31_8b:`),
    else ""."""
    key = _parent_key(lines, i)
    return _key_model(key) if key else ""


def _key_model(key: str) -> str:
    """The one catalogued model a mapping's key names (`deepseek_v3`, `llama_3_1_70b_instruct`, `Gemma-2-9B`), else ""."""
    dotted = _DOTLESS.sub(lambda d: f"{d.group(1)}-{d.group(2)}.{d.group(3)}-", key)
    decimal = _SIZE_WITH_DECIMALS.sub(r"\1.\2", dotted)  # `qwen2_5_0_5b` → `qwen-2.5-0.5b`
    # the key as written first (`llama2_13b`, `gemma_2_2b`), then its version dotted, its size's decimals, its marks
    for name in dict.fromkeys((key, dotted, decimal, decimal.replace("_", "-"))):
        found = [x for x in find_mentions(name) if x.config is not None and x.sized]
        if len(found) == 1 and found[0].end - found[0].start >= len(name) - 1:
            return found[0].text
    return ""


_SIZE_WITH_DECIMALS = guarded(r"(?i)(?<![\d.])(\d)_(\d{1,2}[bm])(?![a-z\d])")


_TITLE_KEYS = ("title", "название", "заголовок", "name")
_MODEL_FIELDS = (*_RECORD_KEYS, "id", "repo", "hf", "имя")  # a record's key that names its model
_SIBLING_MODEL = guarded(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[^\W\d][\w-]{0,30})[ \t]*:[ \t]+(?P<value>\S.{0,150})$")


def _title_model(lines: list[str]) -> str:
    """The one catalogued model of a size the front matter's top-level title names (`title: Mistral 7B`), else ""."""
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _TITLE_KEYS and not line[:1].isspace():
            title = value.strip().strip("\"'")
            mentions = _mentions(title)
            found = {m.config.name: m for m in mentions if m.config is not None}
            if len(found) != 1 or len(mentions) != 1 or len(_SIZES_SAID.findall(title)) > 1:
                return ""  # `Gemma 2 9B vs 27B`: a title about two models names none for a count
            return next(iter(found.values())).text
    return ""


_SIZES_SAID = guarded(r"(?i)(?<![\w.])\d{1,4}(?:\.\d{1,2})?\s?[bm](?![\w])")


def _siblings(lines: list[str], i: int) -> list[tuple[str, str]]:
    """The `key: value` lines beside line `i` in its mapping (its lines up and down to the first of less indentation, a
    YAML list item's `- key: value` opening it included), at most 40 each way (a bounded look: linear)."""
    own = len(lines[i]) - len(lines[i].lstrip(" "))
    if not own:
        return []
    out: list[tuple[str, str]] = []
    for step in (-1, 1):
        j = i + step
        while 0 < j < len(lines) and abs(j - i) <= 40:
            line = lines[j]
            indent = len(line) - len(line.lstrip(" "))
            opener = step < 0 and line.lstrip(" ").startswith("- ") and indent + 2 == own
            if line.strip() and indent < own and not opener:
                break
            m = _SIBLING_MODEL.match(line) if indent == own or opener else None
            if m is not None:
                out.append((m.group("key").lower(), m.group("value").strip().strip("\"'")))
            if opener:
                break  # `- имя: Llama-3.1-70B` opens the item: nothing above it is the item's
            j += step
    return out


def _parent_role(lines: list[str], i: int, named: list[str]) -> str:
    """`конфиг_старшей:` / `  параметров: 27,23 млрд`: the model a role word of the mapping's key calls, else ""."""
    roles = {_ROLES[p] for p in re.split(r"[_\s-]+", _parent_key(lines, i).lower()) if p in _ROLES}
    return (_role_model(roles.pop(), tuple(named)) or "") if len(roles) == 1 else ""


def _sibling_model(lines: list[str], i: int) -> str:
    """The one catalogued model a model key beside line `i` in its mapping names (`target:` / `  id: meta-llama/…` /
    `  params: 70,553,706,496`; `- имя: Llama-3.1-70B-Instruct` / `  bf16_всего: 141,1 ГБ`), else ""."""
    found: dict[str, str] = {}
    for key, value in _siblings(lines, i):
        if key in _MODEL_FIELDS:
            found.update((x.config.name, x.text) for x in _mentions(value) if x.config is not None and x.sized)
    return next(iter(found.values())) if len(found) == 1 else ""


# a key that names the weights themselves (not a memory need that holds more: `vram_gb`, `memory_total`)
_NAMES_WEIGHTS = guarded(r"(?i)(?:^|[_-])(?:weights?|вес(?:а|ов)?|checkpoint|ckpt|чекпоинт\w*|safetensors)(?:$|[_-])")
# the key of a mapping that is another model's record than the note's: a helper, a part, an adapter
_OTHER_RECORD = guarded(
    r"(?i)student|teacher|draft|reward|critic|value|encoder|vision|audio|adapter|lora|projector|tokenizer|embedding"
    r"|ученик|учител|черновик|наград|критик|энкодер|адаптер"
)


def _another_models_record(lines: list[str], i: int) -> bool:
    """Line `i` sits in a mapping that is another model's record: its key names a helper or a part (`student:`,
    `reward_model:`, `vision_encoder:`), or a model key beside it names a model the catalogue lacks."""
    for key, value in _siblings(lines, i):
        if key in _MODEL_FIELDS and value and not any(x.config is not None for x in _mentions(value)):
            return True
    return bool(_OTHER_RECORD.search(_parent_key(lines, i)))


def _sibling_dtype(lines: list[str], i: int) -> str:
    """The one storage type a type key beside line `i` in its mapping names (`dtype: bf16`, `torch_dtype: bfloat16`),
    else ""."""
    found = {_DTYPES[v.lower()] for k, v in _siblings(lines, i) if _TYPE_KEY.search(k) and v.lower() in _DTYPES}
    return found.pop() if len(found) == 1 else ""


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
    parts = [p for p in re.split(r"[_\s-]+", low) if p]
    words: set[str] = set()
    dtypes: list[str] = []
    rest: list[str] = []
    cache = any(p in _CACHE for p in parts)
    context, batch, context_word = 0, 0, False
    i = 0
    while i < len(parts):
        p = parts[i]
        if cache and (length := _context(parts, i)):
            if context:
                return None  # two contexts
            context = length
            i += 2 if i + 1 < len(parts) and parts[i + 1] in _TOKENS else 1
            continue
        if cache and p in {"per", "на"} and i + 1 < len(parts) and parts[i + 1] in _SEQUENCES:
            if batch:
                return None
            batch = 1  # one sequence's cache
            i += 2
            continue
        if cache and p.isdigit() and i + 1 < len(parts) and parts[i + 1] in _SEQUENCES and 0 < int(p) <= 100_000:
            if batch:
                return None
            batch = int(p)
            i += 2
            continue
        if cache and (p in _BATCH or _GLUED_BATCH.fullmatch(p)):
            glued = _GLUED_BATCH.fullmatch(p)
            if batch or (glued is None and (i + 1 >= len(parts) or not parts[i + 1].isdigit())):
                return None  # a batch of no figure (`kv_batch_max`), or two
            batch = int(glued.group(1) if glued else parts[i + 1])
            i += 1 if glued else 2
            continue
        if cache and p in _CONTEXT | _WHOLE:
            context_word = context_word or p in _CONTEXT
            i += 1
            continue
        if p.isdigit() and i + 1 < len(parts) and _SIZE.fullmatch(parts[i + 1]) and "." not in parts[i + 1]:
            rest.append(f"{p}.{parts[i + 1]}")  # `1_5b` → 1.5b
            i += 2
            continue
        if p in _DTYPES:
            dtypes.append(_DTYPES[p])
        elif p in _UNITS or p in _FILLER or p in _WHOLE:
            pass  # `bf16_всего`, `weights_total_gb`: the whole model's size
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
    if words & _CACHE and context:
        if words & {"per", "token", "tok", "токен", "bytes", "байт"} or gguf_type or not model:
            return None  # a cache per token at a context, or of a GGUF type: not one size
        # `KV cache of Llama 3.1 8B at a 131,072-token context (batch 16) in fp8`: as the note's sentences say it
        said = f"KV cache{who} at a {context:,}-token context" + (f" (batch {batch})" if batch else "")
        # a full stop: a line below it that continues its list item (an unread key) is another sentence
        return said + (f" in {dtype}" if dtype else ""), "."
    if batch or context_word:
        return None  # a batch of no context (`кэш_батч_8`), a context of no figure (`kv_at_ctx`)
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


def _context(parts: list[str], i: int) -> int:
    """The context length part `i` of a cache key gives (`128k` → 131,072; `4096` after a cache or context word,
    `2048` before `токенов`), else 0."""
    p = parts[i]
    kilo = _KILO_TOKENS.fullmatch(p)
    if kilo:
        n = int(kilo.group(1))  # `128k` is 131,072 tokens; `100k` is 100,000
        return (n * 1024 if n & (n - 1) == 0 else n * 1000) if 0 < n <= 1024 else 0
    glued = _GLUED_CONTEXT.fullmatch(p)  # `ctx4096`
    k = i - 1
    while k >= 0 and (parts[k] in _DTYPES or parts[k] in _UNITS or parts[k] in _WHOLE or _SIZE.fullmatch(parts[k])):
        k -= 1  # `kv_fp16_4096`, `kv_cache_gib_4096`, `kv_70b_4096`
    beside = (k >= 0 and parts[k] in _CACHE | _CONTEXT | _BEFORE_CONTEXT) or (i + 1 < len(parts) and parts[i + 1] in _TOKENS)
    figure = glued.group(1) if glued else p if p.isdigit() and beside else ""
    return int(figure) if figure and figure[0] != "0" and _MIN_CONTEXT <= int(figure) <= 10_000_000 else 0


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
    if len(rest) == 1 and rest[0] in _ROLES:  # `вес_старшей_fp16`, `bf16_small_gb`: of the note's two models
        return _role_model(_ROLES[rest[0]], tuple(named))
    glued = _FAMILY_SIZE.fullmatch(rest[0]) if len(rest) == 1 else None
    if glued is not None:  # `qwen7b_bf16_гб` in a note about Qwen2.5: the family's model of that size the note names
        return _kin_of_size(glued.group(1), glued.group(2), tuple(named))
    if len(rest) == 1 and not sizes and len(rest[0]) >= 4:
        return _kin(rest[0], tuple(named))
    return None


# a role word that tells two models of a note apart by their size: False the smaller, True the larger
_ROLES = {
    **dict.fromkeys(("small", "smaller", "младшая", "младшей", "младший", "младшего", "младшую", "меньшая", "меньшей"), False),
    **dict.fromkeys(("large", "larger", "big", "bigger", "старшая", "старшей", "старший", "старшего", "старшую"), True),
    **dict.fromkeys(("большая", "большей"), True),
}


@lru_cache(maxsize=32)
def _role_model(larger: bool, named: tuple[str, ...]) -> str | None:
    """The smaller or the larger of the two catalogued models the front matter (else the note) names, when it names
    exactly two; None otherwise."""
    for where in named[1:]:
        found = {m.config.name: m for m in _models(where) if m.config is not None}
        if len(found) == 2:
            a, b = sorted(found.values(), key=lambda m: count_parameters(m.config).total)  # type: ignore[arg-type]
            return (b if larger else a).text
        if found:
            return None
    return None


_FAMILY_SIZE = guarded(r"([a-z]{4,12})(\d{1,3}(?:\.\d)?b)")  # `qwen7b`, `llama70b`, `gemma27b`


@lru_cache(maxsize=32)
def _kin_of_size(family: str, size: str, named: tuple[str, ...]) -> str | None:
    """The one model named nearest whose name starts with `family` and has `size` (`qwen`, `7b`: Qwen2.5-7B)."""
    for where in named[1:]:
        found = {
            m.config.name: m
            for m in _models(where)
            if m.config is not None
            and re.sub(r"[\W_]", "", m.config.name.lower()).startswith(family)
            and re.search(rf"(?<![\d.]){re.escape(size)}(?![\w])", m.config.name.lower().replace("-", " "))
        }
        if len(found) == 1:
            return next(iter(found.values())).text
        if found:
            return None
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


# A JSON block's records (`{"model": "qwen2.5-0.5b", "quant": "Q8_0", "file_gb": 0.52, "bf16_gb": 0.99}`, on one line or
# one field a line): read by a small scanner, never evaluated. A token a step: strings, numbers, the structure's marks.
_JSON_TOKEN = guarded(
    r'"(?P<string>(?:[^"\\\n]|\\.){0,200})"|(?P<number>-?\d{1,15}(?:\.\d{1,12})?(?:[eE][+-]?\d{1,3})?)(?![\w.])'
    r"|(?P<mark>[{}\[\]:,])|(?P<space>[ \t\r]+)|(?P<other>[^\s\"{}\[\]:,]{1,40})"
)
_JSON_LINES = 2000  # a block's lines read as records, at most
_JSON_LINE_WIDTH = 2000  # a longer line is no record's


@dataclass
class _Record:
    """An open JSON record: its numeric fields (key, figure, line, column), its model and storage type, the record it is
    inside of."""

    outer: _Record | None
    fields: list[tuple[str, str, int, int]] = _field(default_factory=list)
    model: str | None = None
    type: str | None = None


def json_records(lines: list[str], a: int, b: int) -> list[tuple[int, int, str, str, str]]:
    """The size fields of the JSON records in the block of `lines` between fence lines `a` and `b` (1-based): for each
    field a record with a catalogued model (`model`, `name`, `hf_id` …) has, whose key the reader can type with the
    record's storage type (`quant`, `dtype`), as (line, the figure's column, the sentence's lead up to the figure, the
    figure, what follows it): `file_gb: 0.52` under `quant: Q8_0` → `GGUF Q8_0 file of Qwen2.5-0.5B: ` `0.52` ` GB`. A
    field of an inner record without a model of its own reads the outer record's."""
    out: list[tuple[int, int, str, str, str]] = []
    stack: list[_Record] = []  # the open records, innermost last
    key: str | None = None
    expect_value = False
    for n in range(a + 1, min(b, len(lines) + 1, a + 1 + _JSON_LINES)):
        line = lines[n - 1]
        if len(line) > _JSON_LINE_WIDTH:
            return out
        for t in _JSON_TOKEN.finditer(line):
            mark, string, number = t.group("mark"), t.group("string"), t.group("number")
            if t.group("space") is not None:
                continue
            if mark == "{":
                stack.append(_Record(stack[-1] if stack else None))
                key, expect_value = None, False
            elif mark == "}":
                if stack:
                    out.extend(_record_sentences(stack.pop()))
                key, expect_value = None, False
            elif mark == ":":
                expect_value = key is not None
            elif mark in (",", "[", "]"):
                key, expect_value = None, False
            elif stack and string is not None and not expect_value:
                key = string
            elif stack and expect_value and key is not None and (string is not None or number is not None):
                record = stack[-1]
                lowered = key.lower()
                if string is not None and lowered in _RECORD_KEYS and record.model is None:
                    record.model = _one_model(string) or ""
                elif string is not None and _TYPE_KEY.search(lowered) and record.type is None:
                    record.type = string
                elif number is not None:
                    record.fields.append((key, number, n, t.start("number")))
                key, expect_value = None, False
            else:
                key, expect_value = None, False
    return out


def _record_sentences(record: _Record) -> list[tuple[int, int, str, str, str]]:
    outer = record.outer
    model = record.model if record.model is not None else (outer.model if outer is not None else None)
    kind = record.type if record.type is not None else (outer.type if outer is not None else None)
    if not model:
        return []
    out: list[tuple[int, int, str, str, str]] = []
    for key, figure, line, column in record.fields:
        counted = _count_sentence(key, [model])
        if counted is not None:
            out.append((line, column, f"{counted[0]}: ", figure, f"{counted[1]}."))
            continue
        unit = _key_unit(key)
        if not unit:
            continue
        lead = _sentence(key, [model])
        if lead is None and kind is not None and re.fullmatch(r"[\w.-]{1,16}", kind):
            lead = _sentence(f"{key}_{kind.lower()}", [model])  # `file_gb` of a record whose `quant` is Q8_0
        if lead is None or " of " not in lead[0]:
            continue
        out.append((line, column, f"{lead[0]}: ", figure, f" {unit}{lead[1]}."))
    return out
