"""Typed quantities said of a model or a parameter count (§5.1 S10–S14).

Each size gets a kind from its words: KV cache (total, or per token), training memory (with its
optimizer recipe), activations, a quantized (GGUF) file, or weights; a parameter count, a FLOPs
figure or a throughput likewise. It is checked against that kind's formula with the inputs the
note states (the model's config from the catalogue or the sentence's layers / KV heads / head
dim, context, batch, dtype). A missing input or an unknown model → unverifiable, never a guess;
a weights figure without a stated dtype is checked against the common ones and reported as
ambiguous (unverifiable) when one fits, wrong when none does — never as holding.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, permutations

from vaultkit.claims.catalog import (
    MODELS,
    GpuMention,
    ModelConfig,
    ModelMention,
    find_cards,
    find_gpus,
    find_mentions,
    normalise_name,
    published_bandwidths,
)
from vaultkit.claims.dtypes import DtypeMention, find_dtypes, nearest
from vaultkit.claims.engine import (
    GGUF_BPW,
    count_parameters,
    dtype_bytes,
    gguf_bytes,
    kv_cache_bytes,
    mlp_params,
    published_count,
)
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.roles import DRAFT_MODEL, ROLE_NOUN
from vaultkit.claims.shapes.base import (
    ADAM_WORD,
    LIST_ITEM,
    MIXED_PRECISION_WORDS,
    OWN_TYPE_AFTER,
    RECIPE,
    SEQUENCES_BEFORE,
    Found,
    NoteFacts,
    Sentence,
    cell_bounds,
    clause_bounds,
    column_at,
    first_before,
    in_range,
    last_before,
    line_names,
    make_claim,
    mark_bounds,
    starting_in,
    type_right_after,
    unspaced,
)
from vaultkit.claims.shapes.context_sizes import near_hardware
from vaultkit.claims.verdict import Check, compare, fmt


@dataclass(frozen=True)
class _Read(Sentence):
    """The sentence as `sized` reads it, with what it has found in itself so far: what a search, a recipe, a device
    count or a model name came to over one of its spans, asked again for each of its figures (linear), kept by
    (what was asked, the text, the span). It lives as long as the sentence: nothing is shared between notes or
    threads extracting notes at once."""

    memo: dict[tuple[object, ...], object] = field(default_factory=dict, compare=False, repr=False)


def _memo(s: Sentence) -> dict[tuple[object, ...], object]:
    """The sentence's memo; a sentence another unit passes in (`context_model`) has none, and its reads are not kept."""
    return s.memo if isinstance(s, _Read) else {}


_KV = guarded(r"(?i)\bKV\b|kv[- ]?cache|кэш\w*|\bcache\b|\bкеш\w*")
_PER_TOKEN = guarded(
    r"(?i)\s*(?:/\s*|per\s+|на\s+|за\s+|for\s+each\s+|a\s+)(?:token|токен|tok\b(?!\s*/\s*s)|ток\b(?!\s*/\s*с))"
)
_TRAIN = guarded(r"(?i)train|fine-?tun|обучен|дообуч|\badam|optimi[sz]er|оптимизатор|(?<!\w)состояни[ея](?!\w)")
_LORA = guarded(r"(?i)\bq?lora\b")
# activation memory; the activation function (`SiLU as its activation function`, «функция активации») is none
_ACT = guarded(
    r"(?i)activation(?![\s-]+(?:functions?|aware)\b)|(?<!функция\s)(?<!функции\s)(?<!функцию\s)активаци(?!\w*\s+функци)"
)
_ACTIVE = guarded(r"(?i)\bactive\b|\bactivat(?:es|ed|ing)\b|активн")
_CONTEXT = guarded(
    r"(?i)(?P<n>\d+(?:[.,]\d+)?)\s*(?P<k>[kK])?[\s-]*(?:tokens?\s+(?:of\s+)?)?(?:context|контекст\w*|sequence\b|seq\b|ctx\b)"
    # (`kv @ 32768`: a tool's printout of the cache at that context)
    r"|(?:context|контекст\w*|sequence length|seq[_ ]len\w*|(?<![\w])ctx(?=\s*::)|(?<![\w])(?:kv|cache|кэш\w*)\s*@)"
    r"\s*(?:length|window|of|=|::?|в|длиной|len|to|up\s+to|до)?"
    # `контекст 1 024`: thousands spaced; not `контекст:: 3,1 ГиБ`
    r"\s*(?P<n2>\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?![.,]?\d)\s*(?P<k2>[kK])?"
    r"(?!\s*(?:[KMGT]i?B|[КМГТ]и?Б|bytes?|байт))"
    # `батч 16 по 4096`, `batch 8 × 2048`: a batch of sequences of that many tokens
    r"|(?:batch|батч\w*)\s*(?:of\s+|из\s+|=\s*)?\d+\s+(?:по|of|[×x])\s*(?P<n3>\d{3,7})(?![\d.,]?\d)"
    r"(?!\s*(?:[KMGT]i?B|[КМГТ]и?Б|bytes?|байт|[a-zа-яё]))"
)
_BATCH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_BATCH_WORDS.update({"eleven": 11, "twelve": 12, "sixteen": 16, "twenty": 20, "thirty-two": 32, "sixty-four": 64})
_BATCH_WORDS.update({"две": 2, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8})
_BATCH_WORDS.update({"девять": 9, "десять": 10, "двенадцать": 12, "шестнадцать": 16, "двадцать": 20})
_BATCH_WORDS.update({"тридцать два": 32, "тридцать две": 32, "шестьдесят четыре": 64})
_BATCH_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100, "the hundred": 100})
_BATCH_WORDS.update({"two hundred": 200, "three hundred": 300, "five hundred": 500, "a thousand": 1000, "one thousand": 1000})
_BATCH_WORDS.update({"тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100, "двести": 200, "триста": 300, "пятьсот": 500})
_BATCH_WORDS.update({"тысяча": 1000})
# a count of sequences in words (longest first: `thirty-two` before `two`), never the end of a longer number word
_N_WORDS = (
    "(?<![\\w-])(?:"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _BATCH_WORDS), key=len, reverse=True))
    + ")(?![\\w-])"
)
_BATCH = guarded(
    r"(?i)batch(?:\s+size)?\s*(?:of|=|:)?\s*(?P<n>\d+)"
    r"|(?<![\d.,])(?P<n2>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d.,]?\d)|\d+)"
    # (a word between, never a count's own noun: `71 голову запросов` counts the query heads, no batch)
    r"\s+(?:(?!(?:голов|head|сло[йяеё]|layer|dim|измерен|токен|token|параметр|param)\w*\s)\w+\s+)?"
    r"(?:sequences|concurrent|requests|users|conversations|chats|dialog(?:ue)?s|sessions|запрос\w*|последовательност\w*"
    r"|пользовател\w*|сесси\w*|диалог\w*)"
    r"|батч\w*\s*(?:=|:|размером|из)?\s*(?P<n3>\d+)"  # `батч 16`, `батч из 64`
    # `the 32-user batch`, `a 64-request batch`: a batch of that many
    r"|(?<![\d.,])(?P<n4>\d+)-(?:user|request|sequence|conversation|chat|stream|session|prompt)s?\b"
    # `four such full windows in one batch`, `четыре такие последовательности`: a batch in words
    rf"|(?P<w>{_N_WORDS})\s+"
    r"(?:(?:such|full(?:[- ]length)?|same|parallel|concurrent|simultaneous|таки[ехм]|полны[ехм]|параллельн\w*"
    r"|одновременн\w*)\s+){0,2}(?:\d{1,3}[kKкК][\s-]+)?"  # `eight concurrent 32k chats`
    r"(?:sequences|windows|contexts|requests|users|chats|conversations|sessions|последовательност\w*|запрос\w*|окн\w*"
    r"|контекст\w*|пользовател\w*|диалог\w*)"
    # `две параллельные 128k-сессии`: sessions only said to run together
    rf"|(?P<w2>{_N_WORDS})\s+(?:parallel|concurrent|simultaneous|параллельн\w*"
    r"|одновременн\w*)\s+(?:\d{1,3}[kKкК][\s-]+)?(?:sessions|сесси\w*)"
    # `16 of them at once`, `8 из них одновременно`: that many of the sequences just sized
    r"|(?<![\d.,])(?P<n5>\d+)\s+(?:of\s+them|из\s+них)\s+(?:at\s+once|in\s+parallel|concurrently|together|одновременно|параллельно|сразу)"
    # `A single 32K conversation: 4.3 GiB; thirty-two of them: 68.6 GiB`
    rf"|(?P<w3>{_N_WORDS})\s+(?:of\s+them|из\s+них)\b"
    # `for 32 × 4k`, `64 × 8K`: that many sequences of a context in thousands (not `2 × 80 layers`)
    # (`8 jobs × 8K`, `16 сессий × 4K`: the sequences named between)
    r"|(?<![\d.,×x*])(?P<n6>\d{1,4})\s*(?:(?:jobs|sequences|seqs|sessions|slots|requests|users|streams|prompts|сесси\w*|слот\w*"
    r"|запрос\w*|последовательност\w*|пользовател\w*|задани\w*)\s*)?[×x*]\s*\d{1,3}\s?[kKкК](?![\w×x*])(?!\s*[×x*])"
    # `16k × 32 в bf16 — 64 ГиБ`, `at 8K × 16`: a context in thousands times that many sequences (not `8K × 128 KiB`,
    # `4K × 2 = 8K`)
    r"|(?<![\d.,×x*])\d{1,3}\s?[kKкК]\s*[×x*]\s*(?P<n11>\d{1,4})(?![\d.,]?\d)(?![\w])"
    r"(?!\s*(?:[×x*/]|=\s*\d|[KMGT]i?B|[КМГТ]и?Б|[kKкК]\b|tokens?\b|токен|layers?\b|сло|heads?\b|голов|dims?\b|bytes?\b|байт"
    r"|bits?\b|бит|B\b|Б\b))"
    # `batch 64 × 2,048 tokens`, `8 × 4096 токенов`: that many sequences of so many tokens
    # (`64 sessions × 4096 tokens`, `8 слотов × 32 768 токенов`: the sequences named between)
    r"|(?<![\d.,×x*])(?P<n7>\d{1,4})\s*(?:(?:sequences|seqs|sessions|slots|requests|users|сесси\w*|слот\w*|запрос\w*"
    r"|последовательност\w*|пользовател\w*)\s*)?[×x*]\s*\d{1,3}(?:[,\u00a0\u202f ]?\d{3})\s*(?:tokens?\b|токен\w*)"
    # `56 GiB for 8 slots`, `на 8 слотов`: a server's parallel slots, each a sequence
    r"|(?:\bfor|\bacross|(?<!\w)на|(?<!\w)для)\s+(?:all\s+|все\s+)?(?P<n8>\d{1,4})\s+(?:slots\b|слот\w*)(?!\s*[×x*])"
    # `a 128K context costs 8.6 GiB, and 32 of those would be 274.5 GiB`, `32 таких — 274,5 ГиБ`: that many of them
    r"|(?<![\d.,])(?P<n10>\d{1,4})\s+(?:of\s+(?:those|these)|таких|подобных)(?=\s*(?:[.,;:)—–-]|would|will|is|are|take|need|cost"
    r"|come|add|займ|занял|потреб|будут|это|—|$))"
    # `1.75 GiB per 8K session, 56 GiB for all 32`, `на все 32`: all of the sequences just named, by their count alone
    # (`100 GiB for all 40 in fp16`: a type or setting may follow; never a count of the devices, `_all_devices`)
    r"|(?:\bfor|(?<!\w)на|(?<!\w)для)\s+(?:all(?:\s+the)?|все|всех)\s+(?P<n9>\d{1,4})"
    r"(?=\s*(?:[.,;:)]|$|\s(?:in|at|with|в|при)\s))"
)


def _batch_number(m: re.Match[str]) -> int:
    """The batch a `_BATCH` match states, its thousands separators dropped (`1,000 concurrent users`, `1 000 запросов`)."""
    if m.group("w") or m.group("w2") or m.group("w3"):
        return _BATCH_WORDS[re.sub(r"\s+", " ", (m.group("w") or m.group("w2") or m.group("w3")).lower())]
    return int(re.sub(r"\D", "", next(g for g in m.groups() if g)))


_LAYERS = guarded(r"(?i)(?P<n>\d+)\s*(?:transformer\s+)?(?:layers|слоёв|слоев|слоя|blocks)")
_KV_HEADS = guarded(r"(?i)(?P<n>\d+)\s*(?:KV|key[- ]value|kv)[\s-]*heads?")
_HEAD_DIM = guarded(r"(?i)head[_ ]?dim(?:ension)?\s*(?:of|=|:)?\s*(?P<n>\d+)|(?P<n2>\d+)[\s-]*dim(?:ensional)?\s+heads")
_K_CONTEXT = guarded(r"(?<![\w.,])(\d{1,3})\s?[kKкК](?![\w])")
_POWERS_K = frozenset({1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0})  # `8k`, `32k` context
_COMMON = (("fp32", 4.0), ("fp16/bf16", 2.0), ("int8", 1.0), ("Q8_0", 1.0625), ("4-bit + scales", 0.5625), ("int4", 0.5))


# Words that say a figure is the model's own memory (weights, a checkpoint, a file) when the
# model is named elsewhere: before it on the line, or in the note's properties.
_WEIGHT_WORDS = guarded(r"(?i)\b(?:weights?|weighs?|weighing|checkpoint|model|модел\w*|вес\w*|чекпоинт\w*|весит)\b")
_THE_MODEL = guarded(
    r"(?i)\b(?:the|this|our|its)\s+model\b|(?<!\w)(?:модель|сама\s+модель)\s+(?:весит|занимает|сжимается|уменьшается)"
)
_FILE_WORD = guarded(r"(?i)\bfiles?\b|(?<!\w)файл\w*|\.gguf\b|\bsafetensors\b")


# A name with a size the catalogue does not know (`kestrel-13b`, `ds-v3-671b`): the sentence is about
# that model, not about the one the note named before
_SIZED_NAME = guarded(r"(?<![\w./-])[A-Za-z][\w.]*[-_]\d+(?:\.\d+)?[bBmM](?![\w])")


# Another model, not named (`the draft`, `a model with 160 KiB per token`, `черновая модель`), or several models'
# figures together (`both caches together`): the model named elsewhere in the note is not the sentence's subject
# a role a model plays in another model's training or decoding: `the draft`, `the teacher`, `the reward model`
_ROLE_WORD = rf"\b(?:{DRAFT_MODEL})(?![\w-])|\b(?:teacher|student|reward\s+model|verifier)"
_OTHER_MODEL = guarded(
    rf"(?i){_ROLE_WORD}s?\b"
    r"|\b(?:a|an|another|any|some|one|other|second|different|hypothetical)\s+(?:other\s+|second\s+|smaller\s+|larger\s+"
    r"|bigger\s+|different\s+|dense\s+|hypothetical\s+)?models?\b"
    r"|\bboth\s+(?:\w+\s+)?(?:caches|models)\b|\b(?:caches|models)\s+(?:together|combined)\b"
    r"|учител\w*|(?:друг|втор|нек|как\w*-то)\w*\s+модел\w*|модел\w*\s+с\s+\d"
    r"|\bоба\s+кэша|\bобе\s+модели|(?:кэши|модели)\s+вместе"
)
_SIZE_ALONE_NAME = guarded(r"(?i)(?<![\w.-])\d+(?:\.\d+)?[bm](?![\w.-])")


def _unknown_name(s: Sentence) -> bool:
    return _SIZED_NAME.search(s.unit.text, s.start, s.end) is not None


def _other_model_said(s: Sentence) -> str:
    """The sentence names no model but speaks of another, unnamed one (`the draft`, `a model with …`); a model called
    by its size (`The 8B draft's cache …`) is found by `_size_named_model`, not left out."""
    if s.models:
        return ""
    m = _search_once(s, _OTHER_MODEL, s.unit.masked, s.start, s.end)
    if m is None or _search_once(s, _SIZE_ALONE_NAME, s.unit.masked, s.start, s.end):
        return ""
    return m.group(0)


def _role_of(s: Sentence, q: Quantity) -> str:
    """The figure's clause names a role (`the draft`, `the teacher`) and no model: the figure is that unnamed model's
    (`X serves as the target; the draft takes 2.5 GB`), not the model of another clause."""
    a, _ = clause_bounds(s, q.start, q.end)
    if a <= s.start or any(a <= m.start < q.start for m in s.models):
        return ""
    m = _ROLE_ALONE.search(s.unit.masked, a, q.start)
    return m.group(0) if m is not None else ""


_ROLE_ALONE = guarded(rf"(?i){_ROLE_WORD}\b|(?<!\w)учител\w*")
_KV_CACHE_WORD = guarded(r"(?i)kv[- ]?cache|kv[- ]?кэш\w*|\bкэш\w*|\bкеш\w*|\bcache\b")
_WEIGH_VERB = guarded(r"(?i)\bweigh(?:s|ed|ing)?\b|(?<!\w)вес(?:ит|ят|ила?)(?!\w)")
_WEIGHTS_NOUN = guarded(r"(?i)\bweights?\b|\bвес(?:а|ов|ам|ами)?\b|checkpoint|чекпоинт\w*")
# replicas of the model, each over some of the devices (`TP=4 × 2 replicas`, `DP=2`, `две реплики`)
_REPLICAS = guarded(r"(?i)replica\w*|\bDP\s*[=:]?\s*\d|data[\s-]+parallel\w*|реплик\w*|\bcop(?:y|ies)\b|копи\w*")
_TP_DEGREE = guarded(r"(?i)\bTP\s*(?:=|:|\s)\s*([1-9]\d?)\b")


def _one_split(s: Sentence, n: int) -> bool:
    """The sentence splits the model one way over its n devices: no replicas, no tensor-parallel degree but n, one
    storage type (`Llama-3.1-70B in fp8 with TP=8: 17.6 GB per card`; not `8 GPUs as TP=4 × 2 replicas`, not
    `… 17.6 GB per card, the bf16 share`)."""
    text = s.unit.text
    if _REPLICAS.search(text, s.start, s.end) or len({d.name for d in in_range(s.dtypes, s.start, s.end)}) > 1:
        return False
    degrees = {int(m.group(1)) for m in _TP_DEGREE.finditer(text, s.start, s.end)}
    grid = _tp_times_pp(s) == n  # `TP=8 × PP=2`: 16 devices, the tensor degree one factor
    return (grid or degrees <= {n}) and len(_DEVICE_NUMBERS.findall(text, s.start, s.end)) <= 1


_DEVICE_NUMBERS = guarded(
    r"(?i)\b\d{1,3}[-\s]?(?:GPUs?|cards?|devices?|H100s?|A100s?|H200s?|карт\w*)\b|\b\d{1,2}\s*[×x]\s*[AHB]\d{2,3}"
)
# what a device's memory holds besides the weights, or its memory as used (`each GPU uses 40 GB`, `peak`, `VRAM`, `кэш`)
_MEMORY_IN_USE = guarded(
    r"(?i)\buse[sd]?\b|\busing\b|\busage\b|allocat\w*|occup\w*|\bpeak\b|consum\w*|\bmemory\b|\bVRAM\b|\bHBM\b|\bRAM\b"
    r"|\bcache\b|\bKV\b|activation\w*|overhead|buffer\w*|reserv\w*|nvidia-smi|footprint|\bin\s+all\b|\btotal\b|\bruntime\b"
    r"|кэш\w*|кеш\w*|активац\w*|занят\w*|потребл\w*|памят\w*|(?<!\w)пик\w*|буфер\w*|резерв\w*|накладн\w*|всего|итого"
)


# The subject of a sentence that names no model may be another thing (the swap file, a disk, the
# host's RAM, a data set, logs, a checkpoint folder): its sizes are not the model's memory, unless the
# sentence names weights, a checkpoint or a storage type too
_ANOTHER_THING = guarded(
    r"(?i)[\s\"'«(*_-]*(?:(?:then|meanwhile|also|and|but|so|а|и|но|также|затем|при\s+этом)[\s,]+)?"
    r"(?:(?:the|our|this|that|a|an|наш\w*|эт[оиа]т?|этот)\s+)?(?:[\w-]+\s+)?(?P<thing>"
    r"swap\w*|page\s*file|disks?|drives?|SSDs?|NVMe|file\s*systems?|filesystems?|(?:host|system|server)(?:'s)?\s+RAM"
    r"|RAM\s+(?:of|on)\s+the\s+(?:host|server)|datasets?|data\s+sets?|corpus|logs?|log\s+files?"
    r"|checkpoints?\s+(?:folder|director(?:y|ies)|dir)|своп\w*|подкачк\w*|диск\w*|накопител\w*|файлов\w*\s+систем\w*"
    r"|(?:ОЗУ|оперативн\w*\s+памят\w*|памят\w*)\s+(?:хоста|сервера)|датасет\w*|набор\w*\s+данных|лог(?:и|ов|ам|ах)?"
    r"|журнал\w*|(?:папк|каталог|директори)\w*\s+(?:с\s+)?чекпоинт\w*)(?!\w)"
)


def _about_another_thing(s: Sentence) -> bool:
    """The sentence's subject is another thing than a model, and it names no weights or storage type."""
    m = _ANOTHER_THING.match(s.unit.text, s.start, s.end)
    if m is None or in_range(s.dtypes, s.start, s.end):
        return False
    text = s.unit.text
    return not (_WEIGHT_WORDS.search(text, s.start, m.start("thing")) or _WEIGHT_WORDS.search(text, m.end(), s.end))


def context_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The model a sentence that names none is about: the last one named earlier on its line, else
    the note's properties (`model:`). A sentence that calls its model by a size the context model
    does not have (`В int4 8x22B — 70,3 ГБ` under a Mixtral-8x7B section) is about the sibling of
    that size (Mixtral-8x22B), else about no model the context gives."""
    found = _context_model(s, facts)
    if found is None or found.config is None:
        return found
    own = _own_size_name(s) or _size_called_before(s)
    if own is None or _has_size(found, own.group(1)):
        return found
    if any(s.start <= q.start < own.start() and q.kind == "bytes" for q in s.quantities):
        return None  # `It needs 141 GB; the 8B in fp16 needs 16 GB`: which figure is whose is not said
    return sibling(found, own.group(1))


NOTE_MODEL_MARK = "(the one model the note names)"
_NOTE_MODELS_AT_MOST = 12


def note_models(lines: list[str]) -> tuple[ModelMention | None, tuple[ModelMention, ...]]:
    """In one pass over a note: the one catalogued model the whole note names, wherever (a runbook's
    `model meta-llama/…` in its intro), else None: the last resort of `context_model`, whose errors are only readings
    (`unverifiable`), never errors. And the catalogued models the note is about, front matter included, each once (its
    first mention), at most `_NOTE_MODELS_AT_MOST` of them (a note naming more is a catalogue: none is read from it);
    a model named in an aside (`For comparison, Qwen2.5-7B …`) is not one the note is about."""
    named: dict[str, ModelMention] = {}
    about: dict[str, ModelMention] = {}
    for line in lines:
        if not any(ch.isdigit() for ch in line):
            continue  # every catalogued name has its size or version in digits
        if len(named) > 1 and len(about) > _NOTE_MODELS_AT_MOST:
            break
        found = [m for m in find_mentions(line) if m.config is not None]
        aside = bool(found) and ASIDE.search(line) is not None
        for m in found:
            assert m.config is not None  # filtered above
            named.setdefault(m.config.name, m)
            if m.sized and not aside:
                about.setdefault(m.config.name, replace(m, start=-1, end=-1))
    for by_name in (named, about):
        for name, m in list(by_name.items()):
            if versioned(m, by_name.values()) is not None:
                del by_name[name]  # `Mistral-7B` in a note naming `mistral-7b-v0.3`: that version, named once
    one = None
    if len(named) == 1:
        m = next(iter(named.values()))
        one = replace(m, text=f"{m.text} {NOTE_MODEL_MARK}", start=-2, end=-2)
    return one, (tuple(about.values()) if len(about) <= _NOTE_MODELS_AT_MOST else ())


def versioned(m: ModelMention, models: Iterable[ModelMention]) -> ModelConfig | None:
    """The one of `models` that is a version of the model `m` names without one (`Mistral-7B` → `mistral-7b-v0.3` in a note
    whose front matter names that version: the catalogue would read v0.1, with its sliding window), else None."""
    if m.config is None or _VERSION.search(m.text):
        return None
    key = normalise_name(m.text) + "-v"
    found = {x.config for x in models if x.config is not None and x.config != m.config and x.config.name.startswith(key)}
    return found.pop() if len(found) == 1 else None


_VERSION = re.compile(r"(?i)[-_\s]v\d")
_NAME_MARKS = re.compile(r"[-_ .]")
# where a model's name ends and its size begins (`Mixtral-8x22B` → `Mixtral`, `qwen2.5-0.5b` → `qwen2.5`)
_SIZE_SPLIT = re.compile(r"(?i)[- _](?=\d+(?:x\d+)?(?:\.\d+)?[bm]\b)")


def note_family(lines: list[str]) -> str:
    """The one family of catalogued models a note names by its name alone (`aliases: ["Qwen2.5 sizes"]`, `qwen25`,
    `# Llama 3.1 family`), as a stem without marks (`qwen25`), when it names no other family; else ""."""
    stems: set[str] = set()
    for line in lines:
        if not any(ch.isdigit() for ch in line):
            continue
        for m in find_mentions(line):
            if m.config is not None or m.nominal is not None:
                continue  # a model named with its size is no family named alone
            stem = _NAME_MARKS.sub("", m.text.lower())
            if any(ch.isdigit() for ch in stem) and stem in FAMILY_SIZES:
                stems.add(stem)
            if len(stems) > 1:
                return ""
    return stems.pop() if stems else ""


def family_stem(name: str) -> str:
    """A catalogued model's family without marks (`mixtral-8x22b-v0.1` → `mixtral`, `qwen2.5-7b` → `qwen25`)."""
    return _NAME_MARKS.sub("", _SIZE_SPLIT.split(name, maxsplit=1)[0].lower())


def _family_sizes() -> dict[str, dict[str, ModelConfig]]:
    """Each catalogued family's stem (`qwen25`) and its models by size without marks (`05b`, `7b`)."""
    out: dict[str, dict[str, ModelConfig]] = {}
    for c in MODELS:
        parts = _SIZE_SPLIT.split(c.name, maxsplit=1)
        if len(parts) == 2:
            size = parts[1].split("-")[0].lower()
            out.setdefault(_NAME_MARKS.sub("", parts[0].lower()), {})[_NAME_MARKS.sub("", size)] = c
    return out


FAMILY_SIZES = _family_sizes()


def one_of_size(families: Iterable[str], size: str) -> ModelConfig | None:
    """The one catalogued model of `size` (`70B`, `1.5b`) among the families (stems: `llama31`, `qwen25`), else None
    (none, or several)."""
    key = _NAME_MARKS.sub("", size.lower())
    configs = {c for f in families if (c := FAMILY_SIZES.get(f, {}).get(key)) is not None}
    return configs.pop() if len(configs) == 1 else None


def _family_of_size(facts: NoteFacts, size: str) -> ModelMention | None:
    """The model of the note's one family called by `size` (`1.5B` in a note about Qwen2.5), as a reading of the note:
    its errors are readings only, unless their size is the telltale of a slip (`extract._only_readings`)."""
    cfg = one_of_size((facts.note_family,), size) if facts.note_family else None
    return ModelMention(f"{cfg.name} {NOTE_MODEL_MARK}", -2, -2, cfg, None) if cfg is not None else None


def _context_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    if s.start > 0:
        latest = last_before(_sized_mentions, s.start, s.unit.text)
        if latest is not None:  # the subject of the last sentence that names one: its first model
            last = _sentence_start(s.unit.masked, latest.start)
            return starting_in(_sized_mentions, last, latest.start + 1, s.unit.text)[0]
    return (
        lead_in_model(s, facts)
        or parent_item_model(s, facts)
        or _list_opener_model(s, facts)
        or _above_model(facts.above.get(s.unit.line, ""))
        or facts.heading_model.get(s.unit.line)
        or _paragraph_model(s, facts)
        or facts.section_model.get(s.unit.line)
        or _size_named_model(s, facts)
        or facts.properties_model
        or _notes_model_of_size(s, facts)
    )


def _paragraph_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one model a question names on a line above in the sentence's own paragraph, its answer's lines below it
    (`Влезет ли Llama 3 8B в 8 ГБ?` / `В bf16 нет: 16,1 ГБ.` / `На 8K контекста кэш займёт 4 ГиБ.`), when a line nearer
    names none; a line naming a model that asks nothing ends the look (a chat's or a lecture's lines are each their own
    speaker's)."""
    above = facts.above.get(s.unit.line)
    for line in facts.lines_above.get(s.unit.line, ())[1:3]:  # the line just above is the lead-in, read before
        if line == above:
            return None  # the paragraph before
        named = {m.config.name for m in find_mentions(line) if m.config is not None}
        if len(named) == 1 and line.rstrip().endswith("?"):
            return _above_model(line)
        if named:
            return None
    return None


def _notes_model_of_size(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one model of the size the sentence calls a model by (`the 27B shrinks …`) that the note names anywhere, its
    front matter included (`aliases: [gemma-2-27b-it]`), when nothing nearer names one."""
    if not facts.note_models:
        return None
    sizes = {m.group(1).lower() for m in _subject_sizes(s, s.start, s.end)}
    if len(sizes) != 1:
        return None
    return _note_model_of_size(facts, sizes.pop())


def _note_model_of_size(facts: NoteFacts, size: str) -> ModelMention | None:
    """The one model of `size` among the models the note names, else None (none, or several)."""
    return model_of_size(facts.note_models, size)


def model_of_size(models: Sequence[ModelMention], size: str) -> ModelMention | None:
    """The one of `models` (each catalogued, once) called by `size` (`14b` → Qwen2.5-14B), else None."""
    found = [m for m in models if _has_size(m, size)]
    return found[0] if len(found) == 1 else None


# a size that names a model (`the 8x22B`, `у 70B`), not a count of something (`100B tokens`, `37B active`)
_OWN_SIZE_NAME = guarded(
    r"(?i)(?<![\w.,/-])(\d+(?:x\d+)?(?:\.\d+)?[bm])(?![\w-]|\.\w)(?!\s*(?:tokens?|params?|parameters?|токен|парам|слов|words"
    r"|flop|фл[оа]п|images|samples|steps|active|активн|total|всего|experts?|экспер|of\b|из\b|rows|vectors|вектор|строк))"
)


# `Unlike the 70B, it …`, `more than the 8B`: the size of a model compared with, not the subject's
_COMPARED_SIZE = guarded(
    r"(?i)(?:\bunlike|\bthan|\bcompared\s+(?:with|to)|\bvs\.?|\bversus|\blike|\bover|\bfrom|\bв\s+отличие\s+от|\bчем(?:\s+у)?"
    r"|\bsame\s+as(?:\s+(?:for|in|with))?|\bas\s+(?:for|in|with)|\bпротив|\bсравнению\s+с|\bкак\s+(?:и\s+)?(?:у|в)|\bот)"
    r"\s+(?:the\s+|a\s+|an\s+|у\s+)?$"
)


def _row_weights_type(s: Sentence, q: Quantity, dtype: DtypeMention | None, where: str, facts: NoteFacts) -> bool:
    """A table row's type read for a cache figure from another cell (`| model | dtype | … | kv_GiB |`), whose
    column header says nothing of the cache: the type of the row's weights, not the cache's."""
    if dtype is None or where != "sentence" or s.unit.source != "table":
        return False
    text = s.unit.text
    if text.count("|", 0, dtype.start) == text.count("|", 0, q.start):
        return False  # the figure's own cell names it
    own_cell = text[slice(*cell_bounds(text, dtype.start, dtype.end))]
    if _KV.search(own_cell):
        return False  # `| KV cache, fp8 | 8 |`: the type's own cell names the cache
    return not _KV.search(facts.column_header.get((s.unit.line, column_at(text, dtype.start)), ""))


def _subject_sizes(s: Sentence, start: int, end: int) -> list[re.Match[str]]:
    text = s.unit.masked
    found = _OWN_SIZE_NAME.finditer(text, start, end)
    return [
        m
        for m in found
        if not _COMPARED_SIZE.search(text, max(0, m.start() - 24), m.start())
        and not _VALUE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ]


def size_name_starts(s: Sentence) -> frozenset[int]:
    """Where the sentence calls a model by its size (`the 1B`, `у 70B`): figures there are names, not counts."""
    return frozenset(m.start(1) for m in _subject_sizes(s, s.start, s.end))


def _own_size_name(s: Sentence) -> re.Match[str] | None:
    """The first place a sentence calls a model by its size, when it calls one size only (None: none, or several)."""
    sizes = _subject_sizes(s, s.start, s.end)
    return sizes[0] if len({m.group(1).lower() for m in sizes}) == 1 else None


# a bold or colon lead-in that calls a model by its size (`**3B.** …`, `- 8x22B: …`)
_LEAD_IN_SIZE = guarded(
    r"(?i)^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)?(\d+(?:x\d+)?(?:\.\d+)?[bm])(?:[:.]?(?:\*\*|__)|\s*[:.—–-])"
)


def _size_called_before(s: Sentence) -> re.Match[str] | None:
    """The size an earlier sentence of the line calls its model by (`Just run the 14B. Q8_0 is 15.7 GB`), after any
    model the line names: the one size called there, else the line's lead-in (`**3B.** … of the 1B. bf16: 6.43 GB`)."""
    text = s.unit.masked
    latest = last_before(_sized_mentions, s.start, s.unit.text) if s.start > 0 else None
    start = max(latest.end if latest is not None else 0, s.start - 240)
    sizes = _subject_sizes(s, start, s.start) if s.start > 0 else []
    if len({m.group(1).lower() for m in sizes}) == 1:
        return sizes[-1]
    lead = _LEAD_IN_SIZE.match(text)
    return lead if lead is not None and lead.start(1) >= start else None


def _has_size(m: ModelMention, size: str) -> bool:
    """Whether a model is called by `size`: its name carries it (`70B`), or it is the model's count rounded (`72.7B`)."""
    assert m.config is not None
    pattern = rf"(?<![\d.x]){re.escape(size.lower())}(?![\d])"
    if re.search(pattern, m.text.lower()) or re.search(pattern, m.config.name.lower()):
        return True
    value = _size_value(size)
    return value is not None and abs(value - count_parameters(m.config).total) <= 0.03 * value


def _size_value(size: str) -> float | None:
    m = re.fullmatch(r"(?i)(\d+(?:\.\d+)?)([bm])", size)
    return float(m.group(1)) * (1e9 if m.group(2).lower() == "b" else 1e6) if m else None


_MULTIPLIED_AFTER = guarded(r"\s*[×x*·/]")
# a count given as a value (`params:: 8.03B`, `i.e. about 160M`, `has 7B`), not a model called by its size
_VALUE_BEFORE = guarded(
    r"(?i)(?:[:=]|\bis|\bare|\bhas|\bhave|\bof|\bwith|\babout|\baround|\broughly|~|≈|\bоколо|\bпримерно|\bпорядка|\bимеет"
    r"|\bэто|param\w*|парам\w*)\s*$"
)


def _models_called_by_size(
    s: Sentence, counts: list[Quantity], facts: NoteFacts
) -> tuple[tuple[ModelMention, ...], list[Quantity]] | None:
    """The catalogued models a sentence that names none calls by their sizes alone (`the 1B in Q4_K_M`, `The 14B in
    fp16`, `the 1B needs 4 GiB; the 3B needs 14 GiB`): each the context's model when it has that size, else its sibling
    of that size, placed where the size is said; with the counts that are those names. None when a size calls no
    model the catalogue knows, or one size is said and it is no count (`context_model` reads that one)."""
    if s.models:
        return None
    sizes = _subject_sizes(s, s.start, s.end)
    distinct = {m.group(1).lower() for m in sizes}
    if not sizes or (len(distinct) == 1 and not counts):
        return None
    text = s.unit.masked
    starts = {m.start(1): m for m in sizes}
    names = [
        c
        for c in counts
        if c.start in starts and starts[c.start].end(1) >= c.end - 1 and not _MULTIPLIED_AFTER.match(text, c.end)
    ]
    if len(names) != len(counts):
        return None  # a count of its own (`peft printed 159,907,840 trainable parameters`)
    found = _context_model(s, facts)
    if found is not None and found.config is None:
        return None
    models: dict[str, ModelMention] = {}
    for size in distinct:
        if found is not None:
            model = found if _has_size(found, size) else sibling(found, size)
        else:  # no model in context: the one model of that size the note names (`aliases: [gemma-2-9b-it, …]`), else the
            # one of the family it names (`| 1.5B | 2.875 |` in a note about Qwen2.5)
            model = _note_model_of_size(facts, size) or _family_of_size(facts, size)
        if model is None:
            return None  # `the 8B draft … of the 70B` with no 8B in the family: not certain which is whose
        models[size] = model
    placed = tuple(replace(models[m.group(1).lower()], start=m.start(1), end=m.end(1)) for m in sizes)
    return placed, names


def sibling(m: ModelMention, size: str) -> ModelMention | None:
    """The model of `m`'s family that has `size` (`Mixtral` + `8x22b` → Mixtral-8x22B), when the catalogue knows it."""
    assert m.config is not None
    family = _SIZE_SPLIT.split(m.text)[0] if _SIZE_SPLIT.search(m.text) else _SIZE_SPLIT.split(m.config.name)[0]
    size = re.sub(r"(?<=\d)X(?=\d)", "x", size)
    # the size must be the found model's own (its name or count), not the query's words: `Mixtral 70b` is read as
    # Mixtral 8x7B, which is no 70B
    found = [
        f for f in find_mentions(f"{family} {size}") if f.config is not None and _has_size(replace(f, text=f.config.name), size)
    ]
    if len(found) == 1:
        return replace(found[0], start=-1, end=-1)
    # `| 1.54B | … |` under a Qwen2.5 heading: the one model of the family with that count
    value = _size_value(size)
    stem = _NAME_MARKS.sub("", family.lower())
    kin = [
        c
        for c in MODELS
        if value is not None
        and _NAME_MARKS.sub("", c.name.lower()).startswith(stem)
        and abs(count_parameters(c).total - value) <= 0.03 * value
    ]
    return ModelMention(f"{family} {size}", -1, -1, kin[0], value) if len(kin) == 1 else None


# `the 120b checkpoint`, `the 70B`, `у 8x7B`: a model called by its size alone
_SIZE_ALONE = guarded(r"(?i)(?<![\w.-])(\d+(?:x\d+)?(?:\.\d+)?[bm])(?![\w-]|\.\w)")


@lru_cache(maxsize=64)
def _sizes_alone(line: str) -> tuple[str, ...]:
    """The sizes a line calls models by (`the 70B`), once per line."""
    return tuple(m.group(1).lower() for m in _SIZE_ALONE.finditer(line))


def _size_named_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The model a sentence (else the line just above) calls by its size alone (`the 120b checkpoint`), when exactly
    one model named in the few lines above in the section ends with that size (`gpt-oss-120b`, not `gpt-oss-20b`)."""
    above = facts.lines_above.get(s.unit.line, ())
    if not above:
        return None
    sizes = [m.group(1).lower() for m in _SIZE_ALONE.finditer(s.unit.masked, s.start, s.end)]
    if not sizes:
        sizes = list(_sizes_alone(above[0]))
    if len(set(sizes)) != 1:
        return None
    # a model named in an aside above (`For comparison, …`) is no later line's subject, even called by its size
    named = {
        m.config.name: m for line in above if not line_names(ASIDE, line) for m in _sized_mentions(line) if m.config is not None
    }
    fits = [m for m in named.values() if re.search(rf"(?<![\d.x]){re.escape(sizes[0])}$", m.text.lower())]
    if not fits and not named:
        # `- Если бы 70B была MHA …` / `- Восемь пользователей по 32K — 40 ГиБ`: the note's one model of that size
        return _note_model_of_size(facts, sizes[0])
    return replace(fits[0], start=-1, end=-1) if len(fits) == 1 else None


# a list item, with what opens it (quote marks, its indentation, the bullet or number)
_ITEM_INDENT = guarded(r"^(?:\s*>)*(?P<pad>[ \t]*)(?:[-*+]|\d{1,3}[.)])\s")


def _indent(line: str) -> int | None:
    m = _ITEM_INDENT.match(line)
    return len(m.group("pad").expandtabs(4)) if m else None


@lru_cache(maxsize=64)
def _item_model(line: str) -> tuple[bool, ModelMention | None]:
    """(whether the line names a catalogued model, the one it names), read once per line."""
    return any(m.config is not None for m in find_mentions(line)), _one_model(line)


def _list_opener_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one sized model the line that opens a top-level list names, when it ends with a colon (`**Gemma 3 27B** is
    the interesting one:` / `- bf16 weights 27.4 GB`) or is a bold title (`📱 **Llama 3.2 3B** (3.21B, 28 layers)` /
    `- bf16 — 6.42 GB` / `- Q4_K_M — 3.9 GB`): the list's items are about it, catalogued or not (one the catalogue
    lacks makes them unverifiable, never another model's), however long the list. A top-level item naming a model
    ends it (`NoteFacts.list_opener`)."""
    opener = facts.list_opener.get(s.unit.line)
    return _opener_model(opener) if opener else None


# a bold title opening a line, behind a few marks or an emoji (`📱 **Llama 3.2 3B** (…)`, `**Qwen2.5-7B:**`)
_BOLD_TITLE = guarded(r"^[^\w*]{0,6}\*\*(?P<t>[^*\n]{1,80})\*\*")


@lru_cache(maxsize=64)
def _opener_model(line: str) -> ModelMention | None:
    if ASIDE.search(line):
        return None
    named = {m.text.lower(): m for m in find_mentions(line) if m.sized}
    if len(named) != 1:
        return None
    m = next(iter(named.values()))
    title = _BOLD_TITLE.match(line)
    if not (line.rstrip().endswith(":") or (title is not None and title.start("t") <= m.start and m.end <= title.end("t"))):
        return None
    return replace(m, start=-1, end=-1)


# a bullet pasted from a chat or a channel (`• Q4_K_M — 3.9 GB`): no Markdown list, but read as one here
_PASTED_BULLET = guarded(r"^(?:\s*>)*\s*[•▪◦‣]\s")


def list_openers(lines: Sequence[str], plan: Iterable[int], heading: re.Pattern[str]) -> dict[int, str]:
    """For each line of `plan` (1-based) that is a top-level list item: the line that opens its list (the non-item
    line above its first item, blank lines between allowed, in the same section), while no top-level item above it
    in the list names a model. One pass over the note."""
    wanted = set(plan)
    out: dict[int, str] = {}
    opener: str | None = None
    in_list = False
    for n, line in enumerate(lines, 1):
        if heading.match(line.lstrip()):
            opener, in_list = None, False
            continue
        if not line.strip():
            continue
        level = 0 if _PASTED_BULLET.match(line) else _indent(line)
        if level is None:
            if in_list and line[:1] in " \t":
                continue  # an item's continuation line
            opener, in_list = line, False
            continue
        in_list = True
        if level == 0 and opener is not None:
            if n in wanted:
                out[n] = opener
            if find_mentions(line):
                opener = None  # an item naming a model of its own: the opener is not the only one in sight
    return out


def parent_item_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one catalogued model the item a nested list item sits under names (`- Mistral 7B` /
    `  - 18 bytes per parameter: 130 GB`): an outline's sub-items are about their parent. Looked for
    among the few lines above in the section; a sibling item between that names another model, an
    aside, or a line that is no item ends the look."""
    return _parent_item_model(s.unit.text, facts.lines_above.get(s.unit.line, ()))


@lru_cache(maxsize=64)
def _parent_item_model(text: str, above: tuple[str, ...]) -> ModelMention | None:
    """`parent_item_model` of a line, read once per line (not once per sentence of a long line)."""
    own = _indent(text)
    if not own:
        return None  # no item, or a top-level one: no parent
    for line in above:  # nearest first, at most three, in the section
        level = _indent(line)
        if level is None:
            return None
        if level < own:
            return None if ASIDE.search(line) else _item_model(line)[1]
        if _item_model(line)[0]:
            return None  # a sibling naming a model of its own: the parent is not the only one in sight
    return None


def _sized_mentions(text: str) -> list[ModelMention]:
    return [m for m in find_mentions(text) if m.sized]


def _sentence_ends(masked: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\. ", masked))


def _sentence_start(masked: str, pos: int) -> int:
    """`masked.rfind(". ", 0, pos) + 1`, by bisection over the line's `. `."""
    m = last_before(_sentence_ends, pos, masked)
    return m.start() + 1 if m is not None else 0


def lead_in_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one catalogued model the line just above names, in the same paragraph (`Q: How large is
    Qwen2.5-7B in bf16?` / `A: 15.2 GB`)."""
    lead = facts.lead_in.get(s.unit.line)
    if not lead:
        return None
    return _one_model(lead)


_PARAMS_WORD = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:param\w*|параметр\w*|weights)")
# A paragraph that brings its model in for comparison (`For comparison, X …`) is an aside: what
# follows it is still about the note's subject, not about that model.
ASIDE = guarded(
    r"(?i)\b(?:for\s+comparison|by\s+comparison|in\s+comparison|compared\s+(?:to|with)|by\s+contrast|unlike)\b"
    r"|для\s+сравнения|по\s+сравнению\s+с|в\s+сравнении\s+с|в\s+отличие\s+от|для\s+контраста"
)


def _sibling_item_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one catalogued model the nearest item above of the same list names (`- Llama-3-70B в bf16 занимает …` /
    `- KV-кэш — …` / `- Потолок генерации в bf16 на одной H100 — 47,5 ток/с`): a list of a model's figures goes on about
    it. Up to three lines above, each an item at the line's own indentation; one naming several models, an aside, a
    line that is no item, or a nested one ends the look."""
    own = _indent(s.unit.text)
    if own is None:
        return None
    for line in facts.lines_above.get(s.unit.line, ())[:3]:
        if _indent(line) != own or ASIDE.search(line):
            return None
        named = {m.config.name: m for m in find_mentions(line) if m.config is not None}
        if len(named) > 1:
            return None
        if named:
            m = next(iter(named.values()))
            if m.config is None or _counts_a_part(line, float(count_parameters(m.config).total)):
                return None
            return replace(m, start=-1, end=-1)
    return None


def _above_model(above: str) -> ModelMention | None:
    """The one model the paragraph before names, unless it counts some part of it (`a LoRA adds 4.2M
    trainable parameters`): what follows may be about that part."""
    m = _one_model(above)
    if m is None or m.config is None or ASIDE.search(above):
        return None
    return None if _counts_a_part(above, float(count_parameters(m.config).total)) else m


def _counts_a_part(above: str, total: float = 1e9) -> bool:
    """The paragraph above counts parameters of a part (below half the model's, or of any model a
    billion-parameter one: `8,388,608 trainable parameters`)."""
    return any(
        q.kind in ("count", "number") and 1e4 <= q.value < 0.5 * total and _PARAMS_WORD.match(above, q.end)
        for q in find_quantities(above)
    )


def _one_model(lead: str) -> ModelMention | None:
    named = {m.config.name: m for m in find_mentions(lead) if m.config is not None}
    return replace(next(iter(named.values())), start=-1, end=-1) if len(named) == 1 else None


def _says_own_memory(s: Sentence, q: Quantity) -> bool:
    """The figure's clause, or the few words around it, name weights or a dtype: it is the
    model's memory, not some other figure of the sentence (`plus the CUDA context, ~0.5 GiB`)."""
    a, b = clause_bounds(s, q.start, q.end)
    a, b = min(a, max(s.start, q.start - 30)), max(b, min(s.end, q.end + 25))
    text = s.unit.text
    return bool(_WEIGHT_WORDS.search(text, a, b) or find_dtypes(text, a, b))


def _clause(text: str, s: Sentence, q: Quantity) -> str:
    """The clause around `q` (between commas/semicolons), where its kind words are. The cache another size of
    the clause names right after it is that size's own (`Q4_K_M at 43.2 GB + 2.5 GiB of cache at 8K`)."""
    a, _ = mark_bounds(text, ",;(", s.start, q.start, q.end, s.end)
    _, b = mark_bounds(text, ",;()", s.start, q.start, q.end, s.end)  # a parenthetical after it is its own
    cut = _NEW_CLAUSE.search(text, q.end, min(b, q.end + 200))  # a bounded look: linear on long clauses
    b = cut.start() if cut else b
    if not _KV.search(text, a, b) or _CACHE_RIGHT_AFTER.match(text, q.end):
        return text[a:b]
    parts, at = [], a
    for o, own in _own_caches(s):
        if o is not q and a <= o.start and own.end() <= b and o.end >= at:
            parts.append(text[at : o.end])
            at = own.end()
    return "".join(parts) + text[at:b]


def _own_caches(s: Sentence) -> list[tuple[Quantity, re.Match[str]]]:
    """The sizes of the sentence that name the cache right after them (`2.5 GiB of cache`, `4 ГиБ кэша`), with those words."""
    memo, key = _memo(s), ("own caches", s.start, s.end)
    if key not in memo:
        text = s.unit.masked
        memo[key] = [(o, m) for o in s.quantities if o.kind == "bytes" and (m := _CACHE_RIGHT_AFTER.match(text, o.end))]
    return memo[key]  # type: ignore[return-value]


def _kv_not_anothers(s: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """The cache is named between `lo` and `hi` other than as another size's own (`43.2 GB + 2.5 GiB of cache`)."""
    text = s.unit.masked
    a, b = clause_bounds(s, q.start, q.end)
    others = [
        own for o, own in _own_caches(s) if o is not q and (o.start > q.start or a <= o.start < b)
    ]  # (a cache named with a figure of an earlier clause goes on: `X at 32K needs 6 GiB of cache; Y at 32K needs 4 GiB`)
    return any(not any(own.start() <= m.start() < own.end() for own in others) for m in _KV.finditer(text, lo, hi))


# A conjunction that opens another clause after a figure (`needs all 93.4 GB even though each token …`):
# the words after it are not the figure's
_NEW_CLAUSE = guarded(
    r"(?i)\b(?:even\s+though|although|though|whereas|even\s+if)\b|(?<!\w)(?:хотя|тогда\s+как|несмотря\s+на\s+то)(?!\w)"
)


def _subject(s: Sentence, q: Quantity, counts: list[Quantity]) -> tuple[float | None, float | None, ModelConfig | None, str]:
    """(parameters, nominal parameters, config, how named) of the model a figure is said of:
    a parameter count of the sentence, else the nearest model named."""
    a, b = clause_bounds(s, q.start, q.end)
    counts = [c for c in counts if c.start < q.start or a <= c.start < b]  # said before the figure, or in its clause
    models = [
        m
        for m in s.models
        if m.start < q.start
        or a <= m.start < b
        or (m.start - q.end <= 4 and _BRACKET_OPEN.fullmatch(s.unit.text, q.end, m.start))
    ]
    model = pick_model(s, models, q)
    if counts:
        c = min(counts, key=lambda c: abs(c.start - q.start))
        if model is not None and model.config is not None and c.end <= model.start and model.end <= q.start:
            return _of(model)  # `32B в Q8_0 (34,8 ГБ), Mixtral в Q4_K_M (28,6 ГБ)`: a model named after the count, nearer
        if model is not None and model.config is not None:
            exact = float(count_parameters(model.config).total)
            if abs(c.value - exact) <= 0.1 * exact:  # `bert-base | 110M | … | 438`: the rounded count of that model
                return exact, c.value, model.config, model.text
        return c.value, None, None, c.text
    if model is None:
        return None, None, None, ""
    return _of(model)


_COMPARED_WITH = guarded(
    r"(?i)(?:\bthan|\bчем(?:\s+у)?|\bas\s+(?:much|many)\s+as|\bversus|\bvs\.?|\bпротив|\bunlike|(?<!\w)в\s+отличие\s+от"
    r"|\bas\s+(?:much|many|little|few)\s+[^.;!?\d]{0,40}?\bas)\s*(?:(?:an?|the)\s+)?$"  # `as much compute per token as a 13B`
)
_CONTRAST = guarded(r"(?i)\b(?:but|yet|whereas|while)\b|(?<!\w)(?:но|а|зато)(?!\w)")


_BRACKET_OPEN = guarded(r"\s*\(\s*")
_BRACKETED_SIZE = guarded(r"(?i)\s*\(\s*(\d{1,4}(?:\.\d{1,2})?[bm])\s*\)")


def _rows_count_of_the_notes_model(
    s: Sentence, facts: NoteFacts, count: float
) -> tuple[float, float, ModelConfig, str] | None:
    """A table row that names no model but counts its parameters (`| № 1 | 6,74 млрд | 13,48 ГБ | 16 ГиБ |` in a note
    about Llama-2-7B): the count, within 10 % of the model the sentence or the whole note is about, is that model's,
    rounded; its sizes are that model's (its config gives the cache). None otherwise."""
    model = context_model(s, facts) or facts.note_model
    if model is None or model.config is None:
        return None
    exact = float(count_parameters(model.config).total)
    if abs(count - exact) > 0.1 * exact:
        return None
    # (the row's own count says it is about that model: no reading of a model the sentence never named)
    return exact, count, model.config, model.text.replace(f" {NOTE_MODEL_MARK}", "")


def pick_model(s: Sentence, models: list[ModelMention] | tuple[ModelMention, ...], q: Quantity) -> ModelMention | None:
    """The model a figure is said of: the nearest one named before it in its clause, else after it in
    its clause, else the nearest named before it in the sentence, else the nearest one
    (`A has 109M parameters; B has 335M`, `Gemma 2 2B — 2.61B, Gemma 2 9B — 9.24B`)."""
    if not models:
        return None
    # `56 KiB (Qwen2.5-7B) vs 320 KiB (Qwen2.5-72B)`: a model in brackets right after the figure is its own
    bracketed = [m for m in models if _BRACKET_OPEN.fullmatch(s.unit.text, q.end, m.start) and m.start - q.end <= 4]
    if bracketed:
        return bracketed[0]
    size = _BRACKETED_SIZE.match(s.unit.text, q.end)
    if size is not None:  # `56 KiB (7B) to 320 KiB (72B)`: the size names the family's model of that size
        near = [m for m in models if m.config is not None]
        if near:
            base = min(near, key=lambda m: abs(m.start - q.start))
            return base if _has_size(base, size.group(1).lower()) else sibling(base, size.group(1).lower())
    # `A keeps more per token than B; a batch of N then takes X`: B is what A is compared with, not the subject
    subjects = [
        m
        for m in models
        if not _COMPARED_WITH.search(s.unit.masked, max(0, m.start - 60), m.start)
        or (0 <= q.start - m.end <= 24 and not _CONTRAST.search(s.unit.masked, m.end, q.start))
    ]
    models = subjects or models
    a, b = clause_bounds(s, q.start, q.end)
    before = [m for m in models if m.end <= q.start]
    for group in ([m for m in before if m.start >= a], [m for m in models if q.end <= m.start < b], before):
        if group:
            return _called_by_size(s, min(group, key=lambda m: abs(m.start - q.start)), a, q)
    return min(models, key=lambda m: abs(m.start - q.start))


def _called_by_size(s: Sentence, m: ModelMention, a: int, q: Quantity) -> ModelMention | None:
    """`Llama 3.1 70B needs 141 GB; the 3B in fp16 needs 6.4 GB`: a size name in the figure's clause, after the
    model picked and not its own, calls another model: that size's sibling, else none the sentence names."""
    if m.config is None or m.end > q.start:
        return m
    a = min(a, _comma_clause_start(s, q))  # `…; у 20b — 48 КиБ`: a dash does not end the clause that names the size
    for n in _subject_sizes(s, max(a, m.end), q.start):
        if any(o.start <= n.start() < o.end for o in s.models):
            continue
        return m if _has_size(m, n.group(1)) else sibling(m, n.group(1))
    return m


def _of(m: ModelMention) -> tuple[float | None, float | None, ModelConfig | None, str]:
    if m.config is not None:
        return float(count_parameters(m.config).total), m.nominal, m.config, m.text
    return m.nominal, None, None, m.text


def _best(stated: Quantity, readings: list[tuple[float, str]]) -> tuple[Check, str]:
    """The first reading (exact count first, then the nominal one) that holds, else the first. A nominal count holds a
    figure at its printed precision or its rounding, not by the 1 % allowed for a count rounded differently: `5.98 GB` is
    no rounding of the 3B's nominal 6 GB (its exact 3.21B gives 6.43 GB)."""
    checks = [(compare(stated, v), how) for v, how in readings]
    return next(
        ((c, h) for c, h in checks if c.verdict.holds and not (h.startswith("nominal") and c.by_floor)),
        checks[0],
    )


# a name the catalogue lacks, with its size (`CodeLlama-34B`: 33.7B parameters): the size is nominal
_NAMED_SIZE = guarded(r"(?i)^(?=.*[a-zа-я]{2})(?!.*(?:param|парам)).*\d(?:\.\d+)?\s?[bm]\b")
_BARE_SIZE_NAME = guarded(r"~?\d+(?:[.,]\d+)?\s?(?:[BMbm]|млрд|bn)")


def _figures(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.kind in ("bytes", "count")]


_PART_IN_DTYPE = guarded(
    r"(?i)\b(?:layers?|embeddings?|lm[\s_-]?head|norms?|some\s+\w+|part\s+of\s+\w+|слои|слоёв|эмбеддинг\w*|часть\s+\w+)"
    r"\s+(?:\w+\s+){0,2}?(?:in|at|в)\s*$"
)


def _has_own_dtype(s: Sentence, z: Quantity, d: DtypeMention) -> bool:
    """Figure `z` has a dtype other than `d` in its own clause (`X в bf16 весит 16 ГБ, а в 4-битной — 2 ГБ`);
    a dash is no clause mark here (`в int8 — 8 ГБ`: the dash says what int8 is)."""
    a, b = mark_bounds(s.unit.masked, ",;()", s.start, z.start, z.end, s.end)
    return any(o.name != d.name for o in in_range(s.dtypes, a, b))


_STATED_BPW = guarded(
    r"(?i)(?<![\w.,])(?P<b>\d(?:[.,]\d{1,4})?)\s*(?:bits?|бит\w*)\s+(?:per\s+weight|на\s+вес)\b|(?<![\w.,])(?P<c>\d(?:[.,]\d{1,4})?)\s*bpw\b"
    # `at 4.125 bits the 70B comes to …`, `при 4,5 битах 70B занимает …`: the bits a weight is stored in
    r"|(?<![\w.,])(?:at|при)\s+(?P<d>\d(?:[.,]\d{1,4})?)\s*(?:bits|бит(?:а|ах|ов)?)\b(?!\s+(?:[\w-]*\s+)?(?:AWQ|GPTQ|GGUF|EXL2|quant\w*|format\w*)|\s*(?:/|per\s+(?!weight)|на\s+(?!вес)))"
)


_NOT_AT_THOSE_BITS = guarded(
    r"(?i)\boriginal\b|\bunquantized\b|\bfull[- ]precision\b|\bbase\b|\bthan\b|\bvs\.?|\bversus\b|\binstead\b|\bfrom\b"
    r"|\bunlike\b|\bcompared\b|исходн\w*|оригинальн\w*|неквантованн\w*|вместо|против|чем|\bс\b|\bиз\b|вместо"
)


def _bits_per_weight_before(s: Sentence, q: Quantity) -> float | None:
    """The bits per weight stated last before the figure (within 160 characters, no other size between)."""
    near = max(s.start, q.start - 160)  # a bounded look back: linear on a long line of sizes
    stated = list(_STATED_BPW.finditer(s.unit.masked, near, q.start))
    if not stated:
        return None
    last = stated[-1]
    if any(z.kind == "bytes" for z in starting_in(_figures, last.end(), q.start, s.unit.masked)):
        return None
    if _NOT_AT_THOSE_BITS.search(s.unit.masked, last.end(), q.start):
        return None  # `4.5 bpw instead of the 16 GB original`: another form's size
    bpw = float(next(g for g in last.groups() if g).replace(",", "."))
    return bpw if 1.0 <= bpw <= 9.0 else None


# `about 671 GB — 671 GiB as the driver counts it`, `14.5 GB, i.e. 13.5 GiB`: the same size in the other unit
_RESTATED = guarded(
    r"(?i)\s*(?:[—–]|-\s|\(|,?\s*(?:i\.e\.|that\s+is|which\s+is|or|то\s+есть|т\.\s?е\.|или|это))\s*(?:~|≈|about\s+|около\s+)?$"
)


# the sentence counts the type's bytes alone (`plain int4`, `half a byte per weight, scales ignored`): no slack for scales
_NO_SLACK = guarded(
    r"(?i)\bscales?\s+(?:ignored|aside|not\s+counted|excluded)|\b(?:without|ignoring|excluding)\s+(?:the\s+)?scales\b"
    r"|\bplain\s+(?:int[48]|4-bit|8-bit)\b|\bhalf\s+a\s+byte\s+per\s+(?:weight|param\w*)"
    r"|без\s+(?:учёта\s+|учета\s+)?масштаб\w*|масштаб\w*\s+не\s+(?:учитыва|счита)\w*|полбайта\s+на\s+(?:вес|параметр)"
)


# the cache added to something said before it (`plus its full 8K cache`, `+ KV`, `cache on top`, `вместе с кэшем`); not
# `with an fp8 cache` (the cache's type)
_CACHE_ADDED = guarded(
    r"(?i)(?:\bplus|\+|\balong\s+with|\btogether\s+with)\s+(?:(?:its|the|a|their)\s+)?(?:[\w-]+\s+){0,2}?(?:kv\b|cache)"
    r"|(?:\bcache|кэш\w*|кеш\w*)\s+on\s+top|(?:(?<!\w)плюс|(?<!\w)вместе\s+с|\+)\s+(?:[\w-]+\s+){0,2}?(?:kv\b|кэш\w*|кеш\w*)"
)
_TOTALS_BEFORE = guarded(
    r"(?i)(?:\btotals|\ball\s+told|\badds?\s+up\s+to|в\s+сумме\s+даёт|в\s+сумме\s+дают)"
    r"\s*(?:[:=—–-]\s*)?(?:~|≈|about\s+|around\s+|roughly\s+|около\s+|примерно\s+)?$"  # not `всего` (`only`)
)
# weights and a cache said as one figure: `X in bf16 plus a 32K cache — 20 GB`, `Q4_K_M + 16k контекста — 24 ГБ`,
# `Q4_K_M с 32k fp16-кэшем нужно 54 ГБ`: a joining word, then a context length and the cache or context it sizes
_JOINS_CACHE = guarded(
    r"(?i)(?:\bplus|\+|\balong\s+with|\btogether\s+with|\bwith|\bincluding|\band|(?<!\w)плюс|(?<!\w)вместе\s+с|(?<!\w)включая"
    r"|(?<!\w)со?|(?<!\w)и)(?!\w)"
)
_CONTEXT_THEN_CACHE = guarded(
    r"(?i)\s*(?:(?:a|an|the|its|full|полн\w*|полного)\s+)?(?P<n>\d{1,3}(?:[.,]\d)?)\s*(?P<k>[kкК])(?:[\s-]*(?:tokens?|токен\w*))?"
    r"[\s-]*(?:(?P<t>fp16|bf16|fp8|int8|int4|q8_0|q4_0|f16)[\s-]*)?(?:kv[\s-]*)?(?:context|cache|ctx|контекст\w*|к[эе]ш\w*)"
    r"(?!\w)(?:\s*(?:of\s+)?(?:context|cache|кэш\w*|контекст\w*))?(?:\s+(?:in|at|в)\s+(?P<t3>fp16|bf16|fp8|int8|int4|q8_0|q4_0))?"
    r"|\s*(?:(?:a|an|the|its)\s+)?(?:(?P<t2>fp16|bf16|fp8|int8|int4|q8_0|f16)[\s-]+)?(?:kv[\s-]*)?(?:cache|к[эе]ш\w*)"
    r"\s+(?:for|of|at|on|на|для)\s+(?P<n2>\d{1,3}(?:[.,]\d)?)\s*(?P<k2>[kкК])(?!\w)(?:\s*(?:tokens?|токен\w*|context|контекст\w*))?"
)
_SEVERAL_SEQUENCES = guarded(
    r"(?i)\bbatch|\busers?\b|\bsessions?\b|\brequests?\b|\bparallel|батч|пользовател|сесси|запрос|параллельн"
)
_SUM_WORDS = guarded(
    r"(?i)\btotal|\btogether|\bcombined|\bsum\b|\ball\s+told|(?<!\w)итого|(?<!\w)всего|(?<!\w)вместе|(?<!\w)в\s+сумме"
)
_OWN_SIZE_OF = guarded(r"(?i)\s*(?:of|at|размером|объ[её]мом)\s")
_OWN_WEIGHTS_AFTER = guarded(r"(?i)\s*(?:of\s+)?(?:(?:the|its)\s+)?(?:weights?|весов|вес[аы]?)(?!\w)")


# the llama.cpp file types whose per-tensor mix `gguf_bytes` follows; others are their average bits per weight
_MIXED_FILE_TYPES = frozenset({"Q4_K_M", "Q4_K_S", "Q5_K_M", "Q5_K_S", "Q8_0", "Q4_0"})


def _typed_bytes(cfg: ModelConfig | None, params: float, d: DtypeMention) -> float:
    """The weights in type `d`: a GGUF file by its per-tensor mix where known, else parameters × bytes per weight."""
    if cfg is not None and d.gguf and d.name.upper() in _MIXED_FILE_TYPES:
        return gguf_bytes(cfg, d.name)
    return params * d.bytes


def _cache_join(s: Sentence, q: Quantity) -> tuple[re.Match[str], re.Match[str]] | None:
    """The joining word and the context and cache after it, the last ones before `q` with no figure between."""
    text = s.unit.text
    if q.kind != "bytes" or q.hi is not None or _OWN_WEIGHTS_AFTER.match(text, q.end):
        return None
    joined = None
    for m in _JOINS_CACHE.finditer(text, max(s.start, q.start - 120), q.start):
        c = _CONTEXT_THEN_CACHE.match(text, m.end(), q.start)
        if c is not None and not any(z.kind == "bytes" for z in starting_in(_figures, c.end(), q.start, s.unit.masked)):
            joined = (m, c)
    return joined


# what may stand between the items of a list of sizes: separators, a conjunction, a storage type labelling the next item
_LIST_GLUE = guarded(r"(?i)[\s,;:—–-]*(?:(?:and|и|а)\s+)?(?:(?:in|в)\s+)?")
_ITEM_LABEL = guarded(r"\s*[:—–-]?\s*(?:~|≈)?\s*")


def _listed_after_per_token(s: Sentence, q: Quantity) -> bool:
    """The figure is an item of a list that opened with a size per token (`bf16: 128 КиБ на токен, q8_0 — 68 КиБ,
    q4_0 — 36 КиБ`, `fp16 128 KiB per token; fp8 64 KiB`): back from it, each gap holds list glue and at most a type
    labelling the item after it, up to a figure said per token. Anything else between (`… per token, and one layer's K
    projection is 8 MiB`, `а файл токенизатора — 9 МБ`) ends the list."""
    text = s.unit.masked
    before = [z for z in s.quantities if z.kind == "bytes" and z.end <= q.start and z.start >= s.start]
    end = q.start
    for z in reversed(before):
        gap_start = z.end
        per_token = _PER_TOKEN.match(text, z.end)
        if per_token:
            gap_start = per_token.end()
            own = next(iter(in_range(s.dtypes, gap_start, end)), None)
            if own is not None and OWN_TYPE_AFTER.fullmatch(text, gap_start, own.start):
                gap_start = own.end  # `128 KiB per token in bf16; fp8 — 64 KiB`: the first item's own type
        types = in_range(s.dtypes, gap_start, end)
        if len(types) > 1:
            return False
        if types:
            d = types[0]
            if not (_LIST_GLUE.fullmatch(text, gap_start, d.start) and _ITEM_LABEL.fullmatch(text, d.end, end)):
                return False
        elif not _LIST_GLUE.fullmatch(text, gap_start, end):
            return False
        if per_token:
            return True
        end = z.start
    return False


def _context_said_before(s: Sentence, q: Quantity, clause: str) -> bool:
    """`При 131 072 токенах в bf16 это 16 ГиБ`, `a batch of 4 requests at 128K in bf16 takes 28 GiB`: the sentence states
    a context or a batch before the figure (the weights are the same for any), and nothing in its clause names the
    weights."""
    if _WEIGHT_WORDS.search(clause) or _WEIGHT_WORDS.search(s.unit.masked, max(s.start, q.start - 30), q.start):
        return False
    if _per_param(s, q) is not None or _UNCHANGED.search(s.unit.masked, s.start, s.end):
        return False
    if _MEMORY_AFTER.match(s.unit.masked, q.end):
        return False  # `at 8k context needs about 9 GB of VRAM`: memory in use holds the weights too, never less
    if _models_file(s, q):
        return False  # `…, 2B Q8_0 about 2.78 GB`: the model's file, named by its type
    _, seq, batch = _context_batch(s, s.start, q.start, None)
    return (seq is not None and seq >= 256) or (batch is not None and batch > 1)  # `Four such requests need 252 GiB`


def _as_cache_at_context(
    s: Sentence, q: Quantity, cfg: ModelConfig, named: str, dtype: DtypeMention | None, facts: NoteFacts, as_weights: str
) -> tuple[Verdict, str, str]:
    """A figure that is not the weights, in a sentence that states a context before it: the KV cache at that context
    when that gives it; else neither reading is sure (the weights and the cache together, a runtime): not judged."""
    plain = dtype is None or not (dtype.gguf or dtype.name in _WEIGHTS_ONLY)
    cache_type = dtype if plain or (dtype is not None and _quantized_cache(s, dtype, facts)) else None
    verdict, explanation, shape = _kv(s, q, cfg, named, cache_type, False, facts)
    if verdict.holds:
        return verdict, explanation, shape
    return (
        Verdict.UNVERIFIABLE,
        f"{q.text}: the sentence states a context or a batch; as the KV cache: {explanation}; as the weights: {as_weights}",
        "kv-cache",
    )


def _weights_and_cache(s: Sentence, q: Quantity, cfg: ModelConfig | None, named: str) -> tuple[Verdict, str, str] | None:
    """`Llama-3.1-8B in bf16 plus a 128K cache — about 33 GB`: one figure for the weights (in the type or the size said
    before the joining word) and the cache of the context after it, batch 1. It holds when the sum gives it; it is wrong
    when it is below the sum or far above it; between (buffers, a runtime) it is not judged."""
    text = s.unit.text
    joined = _cache_join(s, q)
    if joined is None:
        return None
    m, c = joined
    lo = max(s.start, q.start - 120)
    if m.group(0).lower() in ("and", "и") and not _SUM_WORDS.search(text, s.start, s.end):
        return None  # `…, and its 32k cache is 17.2 GiB`: the cache's own size, nothing said to be summed
    if _SEVERAL_SEQUENCES.search(text, s.start, q.start):
        return None  # a batch or several users: the cache's count is another reading
    before = [d for d in in_range(s.dtypes, lo, m.start()) if d.end <= m.start()]
    near = starting_in(_figures, lo, m.start(), s.unit.masked)
    # a size of the weights said before (`(около 16 ГБ в bf16) плюс …`): gigabytes, no size per token
    stated = [
        z
        for z in near
        if z.kind == "bytes" and z.hi is None and z.end <= m.start() and z.value >= 1e8 and not _PER_TOKEN.match(text, z.end)
    ]
    if not before and not stated:
        return None
    if cfg is None:
        return (
            Verdict.UNVERIFIABLE,
            f"{q.text}: the weights of {named or 'the model'} and a cache summed; its architecture is not catalogued",
            "weights+kv-cache",
        )
    n = c.group("n") or c.group("n2")
    said_type = c.group("t") or c.group("t2") or c.group("t3")
    kind = (said_type or "fp16").lower()
    per = dtype_bytes(kind)
    seqs = [int(float(n.replace(",", ".")) * 1024), int(float(n.replace(",", ".")) * 1000)]  # a power of two first
    params = published_count(cfg)
    weights: list[tuple[float, str]] = []
    if before:
        d = before[-1]
        w = _typed_bytes(cfg, params, d)
        weights.append((w, f"weights {fmt(w, q.scale)} ({d.name})"))
    if stated:
        weights.append((stated[-1].value, f"weights {stated[-1].text} (as stated)"))
    caches = [(kv_cache_bytes(cfg, t, 1, per), t) for t in seqs]
    readings = [(w + kv, f"{wh} + cache {fmt(kv, q.scale)} ({t:,} tokens, {kind})") for w, wh in weights for kv, t in caches]
    if any(compare(q, kv).verdict.holds for kv, _ in caches) or _OWN_SIZE_OF.match(text, c.end()):
        return None  # `plus a 4k-context KV cache of 3.1 GiB`: the cache's own size
    check, how = _best(replace(q, hedge=True), readings)
    if check.verdict.holds:
        return Verdict.HOLDS_APPROX, f"{named}: {how}; {check.explanation}", "weights+kv-cache"
    # the least the sum can be: the weights and the smallest cache (a cache type said elsewhere, 4 bits at least)
    low = min(w for w, _ in weights) + min(kv for kv, _ in caches) * (1.0 if said_type else 0.5 / per)
    value, how = readings[0]  # a context length is a power of two first, the weights in their type first
    if q.value < 0.85 * low:
        return Verdict.WRONG, f"{named}: {how} = {fmt(value, q.scale)}; stated {q.text}: does not match", "weights+kv-cache"
    return (
        Verdict.UNVERIFIABLE,
        f"{named}: {how} = {fmt(value, q.scale)}; stated {q.text}: another cache type, a batch, buffers or a runtime may "
        "be counted",
        "weights+kv-cache",
    )


# a type the sentence opens with, after a preposition (`In int4 …`, `- В int8 …`, `At fp8, …`): the frame of every size in it
_TYPE_FRAME = guarded(r"(?i)[\s>*_•–—-]*(?:in|at|with|в|во|при)\s+$")


def _in_label_cell(s: Sentence, d: DtypeMention) -> bool:
    """The type stands in a table cell with no figure of its own: the row's label, said of each of its figures."""
    lo, hi = cell_bounds(s.unit.text, d.start, d.end)
    return not any(lo <= z.start < hi for z in s.quantities)


def _said_of_another_size(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """The type is another size's own: right after it (`671 ГБ в FP8`) or its label right before it (`FP8 — 65,7 ГБ`),
    and not the cache's (`fp8-кэш`, `кэш в fp8`)."""
    text = s.unit.text
    if _CACHE_AFTER.match(text, d.end) or _CACHE_BEFORE.search(text, max(s.start, d.start - 24), d.start):
        return False
    for z in starting_in(_figures, s.start, s.end, s.unit.masked):
        if z.kind != "bytes" or (z.start, z.end) == (q.start, q.end):
            continue
        if _POSTFIX_TYPE.fullmatch(text, z.end, d.start) or _TYPE_LABEL.fullmatch(text, d.end, z.start):
            return True
    return False


_TYPE_LABEL = guarded(r"\s*[:—–-]\s*(?:~|≈)?\s*")
_TYPE_AT = guarded(r"(?i)\s*(?:[:—–=@-]|at|is|weighs|—\s*это|в|весит)\s*(?:~|≈|about\s+|около\s+)?")


def _labels_another_size(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """A file or weights-only type labels the size right after it, another than `q`, and names no cache (`Q8_0 at 8.5 GB
    + 1 GiB of cache`)."""
    text = s.unit.text
    if _CACHE_AFTER.match(text, d.end) or _CACHE_BEFORE.search(text, max(s.start, d.start - 24), d.start):
        return False
    if not d.gguf and d.name not in _WEIGHTS_ONLY:
        return False  # `FP8 — 70,6 ГБ, кэш 320 КиБ`: a plain type may be the cache's too (judged as ambiguous elsewhere)
    z = next((z for z in s.quantities if z.start >= d.end), None)
    return z is not None and z.kind == "bytes" and z.start != q.start and bool(_TYPE_AT.fullmatch(text, d.end, z.start))


def _the_models_type(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """Type `d` is said of a model (right after its name: `Llama-3-8B int8`, `Qwen2.5-7B переведена на int8`) and labels
    a size of its own (`int8 (8.03 GB`), earlier on the line than the clause of figure `q`, and names no cache."""
    text = s.unit.text
    if _CACHE_AFTER.match(text, d.end) or _CACHE_BEFORE.search(text, max(0, d.start - 24), d.start):
        return False
    a, _ = clause_bounds(s, q.start, q.end)
    if d.start >= a or _KV.search(text, max(0, d.start - 40), d.start):
        return False
    model = last_before(find_mentions, d.start + 1, text)
    if (model is None or model.config is None or not 0 <= d.start - model.end <= 30) and not _SIZE_BEFORE_TYPE.search(
        text, max(0, d.start - 12), d.start
    ):
        return False  # (a model called by its size: `405B FP8 = 405.9 GB, …, KV 504 KiB per token`)
    verb = _MODELS_TYPE_VERB.match(text, d.end)  # (`DeepSeek-V3 fp8 needs 671 GB for weights, and its cache …`)
    at = verb.end() if verb is not None else d.end
    own = starting_in(_figures, at, min(a, at + 5), s.unit.masked)
    return bool(own) and own[0].kind == "bytes"


# a type said right after a model's name, as the name of its build (`Llama-3-8B в fp8 держит 32 диалога`)
_BUILD_GAP = guarded(r"(?i)\s*(?:,\s*|\(|\b(?:in|at)\s+|(?<!\w)(?:в|во)\s+)?")


def _deployment_type(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """Type `d` is said of a model as its build, right after its name (`Llama-3-8B в fp8 держит 32 диалога по 8K: кэш
    32 ГиБ`), before figure `q` and naming no cache: the deployment's, its weights' as much as its cache's."""
    text = s.unit.text
    if d.end > q.start or _CACHE_AFTER.match(text, d.end) or _CACHE_BEFORE.search(text, max(0, d.start - 24), d.start):
        return False
    model = last_before(find_mentions, d.start + 1, text)
    return model is not None and model.config is not None and bool(_BUILD_GAP.fullmatch(text, model.end, d.start))


def _type_of_an_earlier_size(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """Type `d` leads a clause before the one of figure `q` whose own figure is a whole size (`In fp8 it is 70.6 GB over
    both cards, and the cache is 320 KiB per token`), naming no cache: that size's type, the weights' as much as the
    cache's."""
    text = s.unit.text
    a, _ = clause_bounds(s, q.start, q.end)
    if d.end > a or _CACHE_AFTER.match(text, d.end) or _CACHE_BEFORE.search(text, max(s.start, d.start - 24), d.start):
        return False
    z = next((z for z in s.quantities if z.start >= d.end), None)
    return (
        z is not None
        and z.kind == "bytes"
        and z.end <= a
        and z.value >= 1e9
        and not _KV.search(text, d.end, z.start)
        and not _PER_TOKEN.match(text, z.end)
    )


# a sentence that says its cache's own type (`fp8 KV cache`, `кэш в fp8`, `--kv-cache-dtype fp8`, `KV quantized`)
KV_TYPE_SAID = guarded(
    r"(?i)(?:\b(?:fp8|fp16|bf16|int8|int4|q8_0|q4_0|8-bit|4-bit)[\s-]+(?:kv|cache)|(?:kv|cache|кэш\w*|кеш\w*)[\s-]+"
    r"(?:in|at|в|dtype|type|as)?[\s=:]*(?:fp8|fp16|bf16|int8|int4|q8_0|q4_0|8-bit|4-bit|8\s*бит|4\s*бит)"
    r"|kv[\s_-]*cache[\s_-]*dtype|quantiz\w*\s+(?:kv|cache)|(?:kv|cache)\s+quantiz\w*|квантован\w*\s+кэш\w*)"
)
_MODELS_TYPE_VERB = guarded(
    r"(?i)\s*(?:needs|takes|weighs|is|occupies|requires|весит|занимает|требует|это)\s+(?:about\s+|около\s+|~\s*)?(?=\d)"
)


def _said_of(s: Sentence, d: DtypeMention, q: Quantity, restated: bool = True) -> bool:
    """The dtype is nearer to this figure than to any other size of the sentence (`7.6 GB in fp16
    or about 2.2 GB at 4.5 bits`: fp16 is the first figure's); a figure restating the size right before it in the
    other unit (GB and GiB) shares that size's dtype; a table row's label cell (`| GPT-2 small, fp32 | 498 MB | 995 MB |`)
    says it of every figure of the row."""
    if s.unit.source == "table" and _in_label_cell(s, d):
        return True
    if restated:
        sizes_before = [z for z in starting_in(_figures, max(s.start, q.start - 40), q.start, s.unit.masked) if z.kind == "bytes"]
        z = sizes_before[-1] if sizes_before else None
        if (
            z is not None
            and z.binary != q.binary
            and not (d.start >= z.end and d.end <= q.start)
            and _RESTATED.match(s.unit.masked, z.end, q.start)
            and _said_of(s, d, z, restated=False)
        ):
            return True
    lo, hi = (q.end, d.start) if q.end <= d.start else (d.end, q.start)
    part_first = _PART_IN_DTYPE.search(s.unit.masked, max(s.start, d.start - 40), d.start)
    if _PART_BEFORE.search(s.unit.masked, lo, hi) or part_first:
        return False  # `because the embeddings stay in fp16`, `keeps some layers in fp16`: the dtype is the part's
    sizes = [
        z for z in starting_in(_figures, s.start, s.end, s.unit.masked) if z.kind == "bytes" and not near_hardware(s.unit.text, z)
    ]  # a card's memory (`two A100 80 GB cards`) is no figure a dtype is said of
    if d.end <= q.start and _BECOMES.search(s.unit.masked, d.end, q.start) and not any(d.end <= z.start < q.start for z in sizes):
        return True  # `these 140 GB in an fp32 copy become 280 GB`: the type the figure is turned into
    turned = [z for z in sizes if d.end <= z.start and z.end <= q.start]
    into = _INTO_AFTER.match(s.unit.masked, turned[0].end, q.end) if len(turned) == 1 else None
    if into is not None and not re.search(r"→|->", into.group(0)):
        return True  # `to fp8 turns 16 GB into 8 GB`: the type named before the conversion is the later size's
    if (
        d.end <= q.start
        and _TYPE_FRAME.fullmatch(s.unit.text, s.start, d.start)
        and len({x.name for x in in_range(s.dtypes, s.start, s.end)}) == 1
        and not any(_FROM_BEFORE.search(s.unit.masked, max(s.start, z.start - 8), z.start) for z in sizes)
    ):
        return True  # `In int4 the 9B drops to 9.2 GB, and the 27B to 27.2 GB`: the sentence's frame, every size's type
    others = [z for z in sizes if (z.start, z.end) != (q.start, q.end) and not _has_own_dtype(s, z, d)]
    a, b = mark_bounds(s.unit.masked, ",;()", s.start, q.start, q.end, s.end)
    if a <= d.start < b and not any(a <= z.start < b for z in others):
        return True  # `…, and in fp32 it balloons to 57.9 GB`: the only size of the clause that names it
    a2, b2 = mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)
    if a2 <= d.start < q.start and not any(a2 <= z.start < b2 and z.scale >= 1e3 for z in others):
        return True  # `…; в int4 (0,5 байта на вес) — 13 ГБ`: the one size of its `;` part, the type before it there

    def gap(z: Quantity) -> int:
        return d.start - z.end if z.end <= d.start else z.start - d.end if z.start >= d.end else 0

    own = gap(q)
    return all(gap(z) > own for z in others)  # a tie is no attribution


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))
_QUOTE_REACH = 300  # the longest quotation a figure's type is read from


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a line's quotations (`«…»`, `“…”`, `"…"`), in one pass per kind of quote: linear."""
    spans: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        at = text.find(opening)
        while at >= 0:
            end = text.find(closing, at + 1, at + 1 + _QUOTE_REACH)
            if end < 0:
                if opening == closing:
                    break  # an unpaired straight quote: what follows is not read as quoted
                at = text.find(opening, at + 1)
                continue
            spans.append((at, end))
            at = text.find(opening, end + 1)
    return tuple(sorted(spans))


def _quoted_type(s: Sentence, q: Quantity) -> DtypeMention | None:
    """`The ticket said "fp8 70B = 35.3 GB" — that is the int4 size`: a figure quoted with the one storage type its
    quotation names is said in that type, whatever the words around the quotation name (they explain the slip)."""
    spans = _quotations(s.unit.text)
    k = bisect_right(spans, (q.start, len(s.unit.text))) - 1
    low = k - 3  # (quotations of different marks may nest: a few steps back, never the whole line: linear)
    while k > low and k >= 0 and spans[k][1] < q.end:
        k -= 1
    if k < 0 or k == low or not spans[k][0] < q.start or spans[k][1] < q.end:
        return None
    a, b = spans[k]
    # (the quotation's part in the figure's sentence: `«… 15 ГиБ KV-кэша. С fp8-кэшем — вдвое меньше.»` names fp8 for the
    # next sentence's figure, not this one's)
    inside = in_range(s.dtypes, max(a, s.start), min(b, s.end))
    return inside[0] if inside and len({d.name for d in inside}) == 1 else None


def _adjacent(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """The dtype stands a few words from the figure, no other figure between (`bert-large in fp16
    is 1.34 GB`): the dtype is said of it."""
    lo, hi = (d.end, q.start) if d.end <= q.start else (q.end, d.start)
    return hi - lo <= 20 and not starting_in(_figures, lo, hi, s.unit.masked)


# A factor times the weights (`total ≈ 1.2 × weights`, `веса × 1,5`): a figure after it is that
# product, not the weights themselves.
_MULTIPLE_OF_WEIGHTS = guarded(
    r"(?i)\d(?:[.,]\d+)?\s*[×x*·]\s*(?:the\s+)?(?:weights?|model\s+size|вес\w*|размер\w*\s+модел\w*)\b"
    r"|\b(?:weights?|вес\w*)\s*[×x*·]\s*\d"
)


def _share_of_typed_whole(s: Sentence, dtype: DtypeMention, q: Quantity, part: bool = False) -> bool:
    """`X in bf16 is 138 GB, and with TP=8 each GPU holds 17 GB of weights`: a per-device share of the weights whose
    whole the sentence gave in its one storage type, with no other model named between, is in that type too; so is a
    part of the model sized after it (`part`: `…, of which the active experts take 51.6 GB`)."""
    if not (dtype.end <= q.start and (part or _said_per_device(s, q))):
        return False
    if len({d.name for d in in_range(s.dtypes, s.start, s.end)}) != 1:
        return False
    return not any(dtype.end <= m.start < q.start for m in s.models)


# no storage type holds a model in less than a ten-thousandth of a byte per parameter: a figure that small is some
# other quantity's (a cache per token, a per-layer slice), not the weights, whatever its error would be
_LEAST_BYTES_PER_PARAM = 1e-4


def _weights(
    s: Sentence,
    q: Quantity,
    params: float,
    nominal: float | None,
    cfg: ModelConfig | None,
    named: str,
    dtype: DtypeMention | None,
    where: str,
) -> tuple[Verdict, str, str]:
    """`_weights_judged`, except that a figure far too small for any storage of the model is not judged as its weights
    (`q8_0 — 68 КиБ` in a list of sizes per token is no 8B model's file)."""
    verdict, explanation, shape = _weights_judged(s, q, params, nominal, cfg, named, dtype, where)
    if not verdict.holds and verdict is not Verdict.UNVERIFIABLE and 0 < q.value < params * _LEAST_BYTES_PER_PARAM:
        why = f"{q.text} is under a ten-thousandth of a byte per parameter of {named} ({_params_text(params)} params)"
        return Verdict.UNVERIFIABLE, f"{why}: not the size of its weights; not checked", shape
    return verdict, explanation, shape


def _weights_judged(
    s: Sentence,
    q: Quantity,
    params: float,
    nominal: float | None,
    cfg: ModelConfig | None,
    named: str,
    dtype: DtypeMention | None,
    where: str,
) -> tuple[Verdict, str, str]:
    bpw = _bits_per_weight_before(s, q) if dtype is None or s.start <= dtype.start < s.end else None
    if (
        dtype is not None
        and bpw is not None
        and not (q.end <= dtype.start and _NOT_AT_THOSE_BITS.search(s.unit.masked, q.end, dtype.start))
    ):
        bpw = None  # the dtype is the figure's own; only one compared with after it (`3.9× smaller than fp16`) is not
    if bpw is not None:
        # `EXL2 at 4.65 bpw gives a 4.67 GiB model`, `на 3,0 бита на вес — 53 ГБ`: the bits the sentence states
        check = compare(q, params * bpw / 8)
        how = f"{named} ({_params_text(params)} params) × {bpw:g} bits per weight (as the sentence states) / 8"
        return check.verdict, f"{how}; {check.explanation}", "weights"
    if dtype is None:
        readings = [(params * b, name) for name, b in _COMMON]
        fits = [name for v, name in readings if compare(replace(q, hedge=True), v).verdict.holds]
        detail = ", ".join(f"{name} {fmt(v, q.scale)}" for v, name in readings)
        if fits:
            return (
                Verdict.UNVERIFIABLE,
                f"ambiguous: no dtype stated; {named} ({_params_text(params)} params) fits {fits[0]}; {detail}",
                "no-dtype",
            )
        return (
            Verdict.UNVERIFIABLE,
            f"stated {q.text}; no dtype stated, and no common precision gives it: {named} ({_params_text(params)} params): "
            f"{detail}",
            "no-dtype",
        )
    if dtype.gguf and where == "sentence" and not _said_of(s, dtype, q):
        gguf_size = params * dtype.bytes
        if not compare(replace(q, hedge=True), gguf_size).verdict.holds:
            return (
                Verdict.UNVERIFIABLE,
                f"ambiguous: the {dtype.name.upper()} the sentence names is said of another figure; {named} "
                f"({_params_text(params)} params) as {dtype.name.upper()} is {fmt(gguf_size, q.scale)}",
                "gguf",
            )
    if dtype.gguf:
        computed = _typed_bytes(cfg, params, dtype)
        rel = abs(computed / q.scale - q.printed) / q.printed if q.printed else 1.0
        bits = dtype.bytes * 8
        how = (
            f"{named} ({_params_text(params)} params) as {dtype.name.upper()} ≈ {fmt(computed, q.scale)} ({bits:.2f} bits/weight)"
        )
        if rel <= 0.02 or (q.hedge and rel <= 0.1):
            return Verdict.HOLDS_APPROX, f"stated {q.text}; {how} (GGUF mix, ±2 %)", "gguf"
        check = compare(q, computed)
        # A mix's average differs by model and llama.cpp version, most below 4 bits (Q2_K, Q3_K_*, IQ*):
        # a figure between the block format's and the file table's bits, give or take, holds.
        block = GGUF_BPW.get(dtype.name.upper())
        tol = 0.07 if bits < 4 else 0.03
        lo, hi = sorted((params * (block or bits) / 8, params * bits / 8))
        # (also over a GB/GiB reading: `0.30 GB` for Qwen2.5-0.5B is its 4.89-bit average, whose mix says 0.327 GB)
        confused = check.verdict is Verdict.UNIT_CONFUSION and bits >= 4  # (below 4 bits the span is too wide to tell)
        if (check.verdict is Verdict.WRONG or confused) and lo * (1 - tol) <= q.value <= hi * (1 + tol):
            span = f"{fmt(lo, q.scale)}–{fmt(hi, q.scale)}" if hi > lo * 1.001 else fmt(lo, q.scale)
            return Verdict.HOLDS_APPROX, f"stated {q.text}; {how} (GGUF mix: {span}, ±{tol:.0%})", "gguf"
        return (
            (check.verdict if not check.verdict.holds or check.verdict is Verdict.HOLDS_BOUND else Verdict.HOLDS_APPROX),
            f"stated {q.text}; {how}: {check.explanation}",
            "gguf",
        )
    near = max(s.start, q.start - 160)  # a bounded look back: linear on a long line of sizes
    stated_bpw = list(_STATED_BPW.finditer(s.unit.masked, near, q.start)) if dtype.bytes <= 1 and not dtype.gguf else []
    if (
        len(stated_bpw) == 1
        and any(z.kind == "bytes" for z in starting_in(_figures, stated_bpw[0].end(), q.start, s.unit.masked))
        and _OPTION_TURN.search(s.unit.masked, stated_bpw[0].end(), q.start)
    ):  # `… (4.127 bits per weight) — 3.74 GB; without it (4.5 bits) — 4.07 GB`: those bits were the other option's
        stated_bpw = []
    if len(stated_bpw) == 1:
        # `nf4 with double quantization: 4.127 bits per weight, 4.14 GB in all`: the sentence's own bits per weight
        bpw = float(next(g for g in stated_bpw[0].groups() if g).replace(",", "."))
        if 1.0 <= bpw <= 9.0:
            # a size name (`the 70B`) is nominal: its models have a few per cent more or fewer parameters
            nominal_name = cfg is None and bool(_BARE_SIZE_NAME.fullmatch(named.strip()))
            check = compare(replace(q, hedge=True) if nominal_name else q, params * bpw / 8)
            how = f"{named} ({_params_text(params)} params) × {bpw:g} bits per weight (as the sentence states) / 8"
            return check.verdict, f"{how}; {check.explanation}", "weights"
    plain = _search_once(s, _NO_SLACK, s.unit.text, s.start, s.end) is not None
    if dtype.bytes <= 1 and not dtype.gguf and not plain:  # 4-bit, nf4, int4: the scales and wider layers add up to 1.5 bits
        lo, hi = params * dtype.bytes, params * (dtype.bytes + 1.5 / 8) if dtype.bytes < 1 else params
        if cfg is not None:  # AWQ/GPTQ/bitsandbytes/fp8 checkpoints keep the embeddings and the output head in 16 bits
            counted = count_parameters(cfg)
            wide = float(counted.embeddings + counted.head)
            hi = max(hi, (params - wide) * (dtype.bytes + (1 / 8 if dtype.bytes < 1 else 0)) + wide * 2)
        at_lo = compare(q, lo).verdict
        if 0.97 * lo <= q.value <= 1.03 * hi and at_lo == Verdict.WRONG and (dtype.bytes < 1 or hi > 1.01 * lo):
            bits = dtype.bytes * 8
            return (
                Verdict.HOLDS_APPROX,
                f"stated {q.text}; {named} ({_params_text(params)} params) at {bits:g}–{hi * 8 / params:.3g} bits per weight "
                f"(quantization scales, layers kept wider) = {fmt(lo, q.scale)}–{fmt(hi, q.scale)}",
                "weights",
            )
    readings = [(params * dtype.bytes, f"{_params_text(params)} params × {dtype.bytes:g} bytes ({dtype.name}, {where})")]
    # a mixture of experts' `8x7B` is no count (the experts share attention and embeddings): never a reading
    moe_name = cfg is not None and cfg.is_moe and nominal is not None and nominal > 1.1 * params
    if nominal and abs(nominal - params) > 1e-6 * params and not moe_name:
        readings.append((nominal * dtype.bytes, f"nominal {nominal / 1e9:g}B × {dtype.bytes:g} bytes ({dtype.name}, {where})"))
    quoted = float(f"{params:.3g}")  # the count as notes quote it (`Phi-4 has 14.7B` → 29.4 GB in bf16)
    if abs(quoted - params) > 1e-3 * params:
        readings.append((quoted * dtype.bytes, f"{quoted / 1e9:g}B (quoted) × {dtype.bytes:g} bytes ({dtype.name}, {where})"))
    check, how = _best(q, readings)
    if not check.verdict.holds and _MULTIPLE_OF_WEIGHTS.search(s.unit.masked, max(s.start, q.start - 120), q.start):
        return (
            Verdict.UNVERIFIABLE,
            f"ambiguous: the sentence scales the weights by a factor before {q.text}; {named} ({_params_text(params)} params) "
            f"in {dtype.name} is {fmt(readings[0][0], q.scale)}",
            "weights",
        )
    if (
        not check.verdict.holds
        and check.verdict is not Verdict.UNIT_CONFUSION  # `70B in bf16 = 141 GiB`: 140 GB labelled GiB, not 130 GiB ± 10 %
        and cfg is None
        and (_BARE_SIZE_NAME.fullmatch(named.strip()) or _NAMED_SIZE.search(named))
    ):
        # `Qwen2.5 в bf16: 7B — 15,2 ГБ`: a size name is nominal (7B models have 6.7–7.6B parameters), ±10 %
        approx = compare(replace(q, hedge=True), readings[0][0])
        swapped = readings[0][0] / (1e9 if q.binary else 2**30) if q.kind == "bytes" and q.scale in (1e9, 2**30) else None
        own = readings[0][0] / q.scale
        if (
            approx.verdict is Verdict.HOLDS_UNIT_AMBIGUOUS
            and swapped is not None
            and abs(q.printed - swapped) <= 0.015 * swapped
            and abs(q.printed - own) > 0.05 * own
        ):
            # `70B in bf16 = 141 GiB`: 140 GB to 1 %, 130 GiB to 8 %: the nominal count's GB figure labelled GiB
            label = "GB labelled GiB" if q.binary else "GiB labelled GB"
            check = Check(Verdict.UNIT_CONFUSION, approx.explanation.split(" (approximate")[0] + f": the figure is {label}")
        elif approx.verdict.holds:
            check = Check(Verdict.HOLDS_APPROX, approx.explanation + " (a nominal size name, ±10 %)")
    if (
        not check.verdict.holds
        # `в bf16 — 15,2 ГБ, в некоторых таблицах — 14,2 ГБ`: the same size in GiB at its printed precision is the
        # sentence's type mislabelled, not a figure of another type
        and check.verdict is not Verdict.UNIT_CONFUSION
        and where == "sentence"
        and not _said_of(s, dtype, q)
        and not _share_of_typed_whole(s, dtype, q, named.endswith("(active parameters)"))
        and _quoted_type(s, q) is None
    ):
        return (
            Verdict.UNVERIFIABLE,
            f"ambiguous: the {dtype.name} the sentence names is said of another figure; {named} ({_params_text(params)} params) "
            f"in {dtype.name} is {fmt(readings[0][0], q.scale)}",
            "weights",
        )
    if not check.verdict.holds and where == "sentence" and not _adjacent(s, dtype, q) and _quoted_type(s, q) is None:
        # the sentence names another storage type the figure fits (`int4 … 4 GB … embeddings kept in
        # fp16`): which one it is said of is not certain, and a figure is no error on a guess
        for other in {d.name: d for d in in_range(s.dtypes, s.start, s.end) if d.name != dtype.name and not d.gguf}.values():
            if compare(replace(q, hedge=True), params * other.bytes).verdict.holds:
                return (
                    Verdict.UNVERIFIABLE,
                    f"ambiguous: the sentence names {dtype.name} and {other.name}; {named} ({_params_text(params)} params) in "
                    f"{other.name} is {fmt(params * other.bytes, q.scale)}, in {dtype.name} {fmt(readings[0][0], q.scale)}",
                    "weights",
                )
    value = next((v for v, h in readings if h == how), readings[0][0])  # the reading the message names
    if check.verdict is Verdict.WRONG and dtype.name == "nf4":
        # the format's own bits: 4 + an fp32 absmax per 64 weights, itself quantized per 256 blocks (QLoRA)
        nf4 = params * _NF4_DOUBLE_QUANT_BITS / 8
        return (
            check.verdict,
            f"{named}: {how} = {fmt(value, q.scale)}, {fmt(nf4, q.scale)} as NF4 with double quantization "
            f"({_NF4_DOUBLE_QUANT_BITS:.3f} bits per weight); {check.explanation}",
            "weights",
        )
    return check.verdict, f"{named}: {how} = {fmt(value, q.scale)}; {check.explanation}", "weights"


_NF4_DOUBLE_QUANT_BITS = 4 + 8 / 64 + 32 / (64 * 256)  # 4.127: QLoRA's NF4 with its absmax quantized again


def _past_bracketed_twin(s: Sentence, q: Quantity) -> int:
    """Where the figure's words go on: past a size in brackets right after it (`32 GiB (34.4 GB) for …`), else its end."""
    masked = s.unit.masked
    for z in starting_in(_figures, q.end, min(s.end, q.end + 6), masked):  # (read by another shape or not)
        if z.kind == "bytes" and _BRACKET_RIGHT_AFTER.fullmatch(masked, q.end, z.start):
            closed = masked.find(")", z.end, min(s.end, z.end + 4))
            return closed + 1 if closed >= 0 else q.end
    return q.end


# `(5 GiB per card each)`: a bracketed figure said of each of the things the sentence counts before it
_EACH_IN_BRACKET = guarded(
    r"(?i)[^\S\n]*(?:(?:per|a|on|на)[^\S\n]+(?:card|GPU|device|карт\w*)[^\S\n]+)?(?:each|apiece|каждый|каждая|каждое)[^\S\n]*\)"
)
_BRACKET_RIGHT_AFTER = guarded(r"\s*\(\s*(?:~|≈)?\s*")
# (`per 8K session`, `an 8K session`, `one 4,096-token chat`: the context said between)
_ONE_CTX = r"(?:\d{1,3}\s?[kKкК][\s-]+|\d{1,3}(?:[,\u00a0\u202f ]?\d{3})[\s-]+tokens?[\s-]+|\d{1,3}\s?[kK]-token\s+)?"
_PER_SEQUENCE = guarded(
    rf"(?i)\s*(?:per|a|for\s+(?:one|a\s+single|each))\s+{_ONE_CTX}(?:sequence|request|user|session|conversation|chat|slot)\b"
    r"|\s*(?:на|для)\s+(?:одну\s+|каждую\s+)?(?:последовательност|запрос|сесси)"
    # `1 ГиБ — на одного; на 16 — 16 ГиБ`, `1 GiB for one, 16 GiB for 16`: one of the users just counted, the noun left out
    r"|\s*[—–-]?\s*(?:на|для)\s+одного(?:\s+пользовател\w*)?(?![\w-])|\s*[—–-]?\s*(?:per|for)\s+one(?=\s*[;,.)]|\s*$)"
)
# a column of one sequence's figures (`cache per session (GiB)`, `KV на сессию, ГиБ`, `cache each`)
_PER_SEQUENCE_HEADER = guarded(
    r"(?i)\b(?:per|each|a|one)\s+(?:sequence|request|user|session|conversation|chat|slot)\b"
    r"|(?<!\w)(?:на|одн(?:у|ого|ой|а))\s+(?:одну\s+|одного\s+|каждую\s+|каждого\s+)?(?:последовательност|запрос|сесси|пользовател|диалог)"
)
_EACH_SEQUENCE = guarded(
    rf"(?i)\b(?:each|every|one|an?|a\s+single|per)\s+{_ONE_CTX}(?:sequence|request|session|conversation|chat|slot)\b"
    r"|\b(?:кажд|одн)\w*\s+(?:\d{1,3}\s?[kKкК][\s-]+)?(?:последовательност|запрос|сесси)"
    # `Each of these requests alone`, `Каждый из этих запросов`: one of the batch just sized
    r"|\beach\s+of\s+(?:these|those|them|the)\s+(?:\w+\s+)?(?:sequences|requests|users|chats|conversations)\b"
    r"|(?<!\w)кажд\w*\s+из\s+(?:этих|них|таких)\s+(?:\w+\s+)?(?:последовательност|запрос|пользовател|диалог|чат)"
)
_STATED_HEADS = guarded(
    r"(?i)\b(?:all\s+|(?:the|its)\s+(?=\d+\s+query\s))(\d+)\s+(?:attention\s+|query\s+)?heads\b"
    r"|\b(\d+)\s+(?:KV|key[- ]value)[\s-]*heads?\b"
    r"|\bвсе\s+(\d+)\s+голов\w*|\b(\d+)\s+KV[\s-]*голов\w*"
    # `если бы 70B была MHA (64 головы)`, `as MHA with 64 heads`: plain attention, every head keeping its keys and values
    r"|\b(?:MHA|multi[- ]head\s+attention)\s*(?:\(|with\s+|с\s+)\s*(\d+)\s+(?:heads?|голов\w*)"
    # `2.5 MiB is the 64-head figure`, `the 64-head multi-head number`, `64-головный вариант`: a count of heads said as
    # what the figure assumes
    r"|\b(\d+)-(?:head|голов\w*)\s+(?:(?:multi[- ]head|MHA|plain|full)\s+)?(?:figure|number|value|version|variant|cache|estimate"
    r"|вариант\w*|цифр\w*|числ\w*|значени\w*|кэш\w*)\b"
    # `what 32 *query* heads would cost`: a count of query heads alone (emphasis and all), read where no KV heads are said
    r"|\b(\d+)\s+[*_]{0,2}query[*_]{0,2}\s+heads\b"
)


def _heads_said_for(s: Sentence, q: Quantity) -> re.Match[str] | None:
    """The heads the sentence states for the figure: the last said before it (`224 KiB with its 8 KV heads; counting the
    48 query heads instead gives 1.31 MiB`: the 48 are the second figure's), else the first after it; never heads a
    table row's comment cell names (`| 48 KiB | 12 KiB | assumed 8 KV heads; it has 2 |`)."""
    found = _heads_in(s.unit.text, s.start, s.end) if _once(_STATED_HEADS, s) else ()
    counted = _COUNTS_HEADS_AFTER.match(s.unit.text, q.end) if found else None
    if counted is not None:
        # `2.5 MiB per token counts the 64 query heads`: the heads the figure is said to count, right after it
        own = next((m for m in found if m.start() <= counted.start("n") < m.end()), None)
        if own is not None:
            return own
    if any(m.group(2) or m.group(4) for m in found) or not _SUPPOSED_MHA.search(s.unit.text, s.start, s.end):
        # `keeps 8 KV heads for 64 query heads, so its 320 KiB …`: the KV heads said are what the cache counts; a count of
        # query heads stated as a fact (`has 64 query heads, so its cache is 320 KiB`) is no heads the figure assumes
        found = tuple(m for m in found if not m.group(7))
    if found and s.unit.source == "table":
        found = tuple(m for m in found if not _other_comment_cell(s, m.start(), q))
    k = bisect_right([m.end() for m in found], q.start)
    if k < len(found) and found[k].group(6) and not _CLAUSE_STOP.search(s.unit.text, q.end, found[k].start()):
        return found[k]  # `… 2.5 MiB is the 64-head figure`: the heads the figure is said to assume, right after it
    if k and ";" in s.unit.text[found[k - 1].end() : q.start]:
        # `568 KiB is what 71 KV heads would cost; the 8 KiB stands`: heads a clause before the figure's says of its own
        # figure (one standing before them) are not this one's (`32 KV-головы вместо 8: 512 КиБ …; на 4K — 1 ГиБ`: they are)
        h = found[k - 1]
        opening = max(s.start, s.unit.text.rfind(";", s.start, h.start()) + 1)
        if any(opening <= z.end <= h.start() and z.kind == "bytes" for z in s.quantities):
            return found[k] if k < len(found) else None
    if k:
        return found[k - 1]
    stop = _CLAUSE_STOP.search(s.unit.text, q.end, found[0].start()) if found else None
    if stop is not None and any(stop.end() <= z.start < found[0].start() and z.kind == "bytes" for z in s.quantities):
        return None  # `one KV head, so 8 KiB per token; 568 KiB would need 71 KV heads`: heads of a later clause's figure
    return found[0] if found else None


_CELL_WORD = guarded(r"[^\W\d_]{2,}")
# right after a figure: the heads it is said to count (`2.5 MiB per token counts the 64 query heads`, `… считает все 64
# головы запроса`)
_COUNTS_HEADS_AFTER = guarded(
    r"(?i)[^\S\n]*(?:(?:per|a)[^\S\n]+token[^\S\n]+|на[^\S\n]+токен[^\S\n]+)?(?:(?:is|это)[^\S\n]+)?"
    r"(?:counts?|counted|counting|uses?|used|assumes?|assumed|takes?|took|считает|посчитан\w*[^\S\n]+(?:на|по|для)|учитывает"
    # (`… is what all 64 query heads would give`, `… дали бы все 64 головы запросов`: what those heads would cache)
    r"|what|(?:дали|дадут|дают)(?:[^\S\n]+бы)?)"
    r"[^\S\n]+(?:all[^\S\n]+|the[^\S\n]+|its[^\S\n]+|все[^\S\n]+)?(?P<n>\d{1,3})[^\S\n]+"
)


def _other_comment_cell(s: Sentence, at: int, q: Quantity) -> bool:
    """Position `at` is in another cell of the table row than figure `q`, one of words (a comment: `1 byte per parameter
    instead of 2`, `assumed 8 KV heads; it has 2`), whose figures explain a value rather than give its inputs."""
    lo, hi = cell_bounds(s.unit.text, at, at)
    if lo <= q.start < hi:
        return False
    return len(_CELL_WORD.findall(s.unit.text, lo, hi)) >= 4


_CLAUSE_STOP = guarded(r"[;.!?]")
# right after a figure: what a plain multi-head version of the model would need (`2.5 MiB a full multi-head version would
# need`, `2,5 МиБ, которые понадобились бы полной MHA-версии`)
_MULTI_HEAD_VERSION_AFTER = guarded(
    r"(?i)[^\S\n]*(?:per\s+token\s+)?(?:(?:is\s+)?what\s+|that\s+)?(?:a|the)\s+(?:full\s+|plain\s+)?(?:multi[- ]head|MHA)\s+"
    r"(?:version|variant)\s+(?:of\s+it\s+)?would\b"
)
_SET_ASIDE_HEADS = guarded(r"(?i)(?:\binstead\s+of|\brather\s+than|\bnot|(?<!\w)вместо|(?<!\w)а\s+не)\s+(?:the\s+|its\s+)?$")


@lru_cache(maxsize=64)
def _heads_in(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The heads a sentence states, read once per sentence (not once per figure of a long one); heads set aside are
    not a figure's (`все 28 голов запроса вместо 4 KV-голов`, `instead of the 8 KV heads`)."""
    return tuple(
        m
        for m in _STATED_HEADS.finditer(text, start, end)
        if not _SET_ASIDE_HEADS.search(text, max(0, m.start() - 16), m.start())
    )


# a count times the figure (`16 × 320 КиБ`): the figure is one of that count
_ONE_OF_TOKENS = guarded(r"(?<![\d.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,7})\s*[×x*·]\s*(?:~\s*|≈\s*)?$")
_TIMES_COUNT_AFTER = guarded(r"\s*[×x*·]\s*(\d{1,3}(?:[\u00a0\u202f ,]\d{3})+|\d+)(?![\d.,]?\d)")
_EACH_LAYER_AFTER = guarded(
    r"(?i)\s*(?:/\s*|per\s+|for\s+each\s+|each\s+|in\s+each\s+|на\s+(?:каждый\s+|один\s+)?|в\s+каждом\s+)(?:layer|сло[йяеё])(?![^\W\d_])"
)
# `a common slip is to plug in all 64 heads; that gives 2.5 MiB`: a slip taught as such, its figure what the slip gives
_SLIP_TAUGHT = guarded(
    r"(?i)\bcommon\s+(?:slip|mistake|error)|\b(?:slip|mistake|error)\s+is\s+to\b|\bif\s+you\b"
    r"|(?:типичн|част)\w*\s+ошибк\w*|ошибка\s+[—–-]\s+"
)
_SUPPOSED_MHA = guarded(r"(?i)\bif\b|\bwould\b|\bwere\b|\bcounting\b|(?<!\w)если|(?<!\w)бы(?!\w)")
_MHA_CONTRAST = guarded(r"(?i)\binstead\b|\bunlike\b|\bthanks\s+to\b|\bversus\b|\bvs\b|вместо|в\s+отличие|благодаря")
_GQA_WORD = guarded(r"(?i)\bGQA\b|\bMQA\b|grouped[\s-]+query|групп\w*\s+(?:запрос|внимани)")
_INSTEAD_BEFORE = guarded(
    r"(?i)(?:\binstead\s+of|\brather\s+than|\bversus|\bvs\.?|\bcompared\s+(?:to|with)|(?<!\w)вместо|(?<!\w)против"
    r"|по\s+сравнению\s+с(?:о)?)\s*(?:~|≈|about\s+|около\s+)?$"
)
# K and V of different widths (`K of 192 dims and V of 128`), or rotary parts: not one head size for both
_KV_DIMS_APART = guarded(r"(?i)\b[KV]\s+(?:heads?\s+)?(?:of|=|:)\s*\d{2,3}|\bqk_|\brope\b|\bnope\b")
_MHA_HEADS = guarded(
    r"(?i)(?P<n>\d{1,3})\s+(?:(?:full|plain|query|attention|обычн\w*|полн\w*)\s+)?(?:heads?|голов\w*)"
    r"(?:\s*(?:×|x|of|по)\s*(?P<d>\d{2,3})(?:\s*(?:dims?|-dim\w*))?)?"
)
_NO_MLA = guarded(
    r"(?i)\b(?:without|no|instead\s+of)\s+(?:the\s+)?(?:MLA|latent)|\bwith\s+(?:plain\s+|full\s+)?(?:MHA|GQA)\b|\bбез\s+(?:MLA|латент)"
    r"|(?<!\w)вместо\s+MLA|(?<!\w)(?:при|с)\s+(?:полн\w*\s+|обычн\w*\s+)?MHA\b"
)
_NO_GQA = guarded(
    r"(?i)\bwithout\s+(?:GQA|MQA|grouped)|\bno\s+(?:GQA|MQA)\b|\bwith\s+(?:plain\s+)?MHA\b|\bбез\s+(?:GQA|MQA)"
    r"|(?<!\w)(?:при|с)\s+(?:полн\w*\s+|обычн\w*\s+)?MHA\b"  # `при полном MHA кэш был бы …`
)
# a label naming the parameters right before a count (`T5-large parameters?::370M`, `params: 8B`): the count is
# the model's, not another model's size name
_PARAMS_LABEL_BEFORE = guarded(r"(?i)(?:\bparam\w*|параметр\w*)\s*\??\s*(?:::?|=|—|-)\s*$")
# the bytes per value of the types a note may store a cache in: the common storage types' (fp32 … int4, q8_0, q4_0)
_CACHE_BYTES = tuple(b for _, b in _COMMON)
# a cache supposed with one KV head for each query head (`a KV head per query head`, `по KV-голове на каждую голову`)
_KV_HEAD_PER_QUERY_HEAD = guarded(
    r"(?i)\b(?:a|one|its\s+own)\s+KV[\s-]*head\s+(?:per|for\s+(?:each|every))\s+(?:\w+\s+){0,4}?(?:query\s+)?heads?\b"
    r"|(?<!\w)(?:по\s+(?:одной\s+)?KV[\s-]*голов\w*|своя\s+KV[\s-]*голова)\s+(?:на|для)\s+кажд\w*"
)
# (not a column per token, `| КиБ на токен |`, `| KV/token |`: its cells are sizes, no context)
_CONTEXT_HEADER = guarded(
    r"(?i)^(?!.*(?:\bper\s+token|/\s*tok|на\s+токен|[KMG]i?B|[КМГ]и?Б|байт|bytes)).*(?:context|контекст|seq|\btokens\b|токен)"
)
# a column counting the sequences of a row (`| batch |`, `| диалогов |`, `| concurrent users |`), not a size or rate per one
_BATCH_HEADER = guarded(
    r"(?i)^(?!.*(?:[KMGT]i?B|[КМГТ]и?Б|байт|bytes|/\s*s\b|/\s*с\b|\bms\b|\bмс\b|%|\bper\b|(?<!\w)на\s))"
    r".*(?:batch|батч|\bsessions?\b|\busers?\b|\brequests?\b|\bconcurren|\bsequences?\b|\bchats?\b|\bconversations?\b"
    r"|\bslots?\b|диалог|сесси|пользовател|запрос|последовательност|одновременн|слот)"
)


# models whose layers alternate a local (sliding-window) attention with global ones: (window, local share)
_LOCAL_ATTENTION = {"gemma-2": (4096, 0.5), "gemma-3": (1024, 5 / 6)}


_HEADS_WORD = guarded(r"(?i)heads?|голов\w*")
_WHOLE_CACHE = guarded(
    r"(?i)\b(?:whole|full|total|overall|entire|all\s+(?:\d+\s+)?layers|in\s+all|altogether|весь|вся|всего|полн\w*|"
    r"суммарн\w*|целиком|итого)\b|(?<!\w)(?:все|всех)\s+(?:\d+\s+)?сло"
)
# `each layer`, `for one layer`, `per layer:`, `для одного слоя`, `в каждом слое`, `на слой` before a size per token
_LAYER_BEFORE = guarded(
    r"(?i)\b(?:one|a\s+single|each|every|per|один|одного|одном|каждый|каждого|каждом)\s+(?:[\w.-]+\s+)?(?:layer|сло[йяеё])"
    r"(?![^\W\d_])|\bper-layer\b|(?<!\w)на\s+(?:один\s+|каждый\s+)?слой(?![^\W\d_])"
)
_K_OR_V_ALONE = guarded(
    r"(?i)\bK\s+and\s+V\s+each\b|\b(?:K|V|keys?|values?)(?:[\s-]+cache)?\s+alone\b|\bonly\s+(?:the\s+)?(?:K|V|keys|values)\b"
    r"|\bK\s+и\s+V\s+по\b|\bкаждый\s+из\s+K\s+и\s+V\b|\bтолько\s+(?:K|V|ключ\w*|значени\w*)\b"
)


def _once(rx: re.Pattern[str], s: Sentence) -> re.Match[str] | None:
    """`rx.search` over the sentence, once per sentence (asked again for each of its figures: linear)."""
    return _search_once(s, rx, s.unit.masked, s.start, s.end)


def _per_token_words(text: str) -> list[re.Match[str]]:
    return list(_PER_TOKEN_IN.finditer(text))


def _kv(
    s: Sentence,
    q: Quantity,
    cfg: ModelConfig | None,
    named: str,
    dtype: DtypeMention | None,
    per_token: bool,
    facts: NoteFacts | None = None,
    devices: int = 1,
) -> tuple[Verdict, str, str]:
    if devices > 1 and cfg is None:
        return Verdict.UNVERIFIABLE, f"{q.text}: one device's share of a cache whose model is not catalogued", "kv-cache"
    if not per_token and devices == 1 and (cfg is None or not _has_context(s, q, facts)):
        stated = _from_stated_per_token(s, q, named, cfg)
        if stated is not None:
            return stated
    if cfg is None:
        layers, heads, dim = _once(_LAYERS, s), _once(_KV_HEADS, s), _once(_HEAD_DIM, s)
        if not (layers and heads and dim):
            return (
                Verdict.UNVERIFIABLE,
                f"KV cache of {named or 'an unnamed model'}: the note does not state its layers, KV heads and head dimension",
                "kv-cache",
            )
        cfg = ModelConfig(
            "stated",
            0,
            0,
            int(layers.group("n")),
            1,
            int(heads.group("n")),
            int(dim.group("n") or dim.group("n2")),
            0,
            False,
            True,
        )
        named = named or "stated architecture"
    stated_heads = _heads_said_for(s, q)
    if _MULTI_HEAD_VERSION_AFTER.match(s.unit.text, q.end) and cfg.kv_heads != cfg.heads and not cfg.kv_lora_rank:
        # `… 8 KV heads …, so … one eighth of the 2.5 MiB a full multi-head version would need`: every query head caching
        # its own keys and values
        stated_heads = None
        cfg = replace(cfg, kv_heads=cfg.heads)
        named = f"{named} with a KV head per query head ({cfg.heads}, as the sentence supposes)"
    if stated_heads and cfg.kv_lora_rank and per_token and devices == 1:
        # `a hypothetical MHA cache with all 128 heads of dim 128 would be 3.8 MiB`: not the latent cache; the plain
        # cache of the heads it names, a reading only (the head dimension a latent model would use is not certain)
        n = int(next(g for g in stated_heads.groups() if g))
        per_mha = dtype.bytes if dtype else 2.0
        mha = kv_cache_bytes(replace(cfg, kv_lora_rank=0, kv_heads=n), 1, 1, per_mha)
        how = f"{named} as plain attention with {n} KV heads: 2 × {cfg.layers} layers × {n} × {cfg.head_dim} dims × {per_mha:g} B"
        check = compare(q, mha)
        if check.verdict.holds:
            return check.verdict, f"{how} = {fmt(mha, q.scale)} per token; {check.explanation}", "kv-cache-per-token"
        why = f"{how} = {fmt(mha, q.scale)} per token (a hypothetical cache; not judged)"
        return Verdict.UNVERIFIABLE, why, "kv-cache-per-token"
    if stated_heads and stated_heads.group(5) and (
        not _SUPPOSED_MHA.search(s.unit.text, s.start, s.end) or _MHA_CONTRAST.search(s.unit.text, s.start, s.end)
    ):
        stated_heads = None  # `Thanks to GQA instead of MHA (64 heads), …`: the heads contrasted with, not the cache's
    if stated_heads and cfg.name != "stated" and not cfg.kv_lora_rank:
        n = int(next(g for g in stated_heads.groups() if g))
        counted_all = bool(stated_heads.group(1) or stated_heads.group(3) or stated_heads.group(7))
        if (
            counted_all
            and n == cfg.heads != cfg.kv_heads
            and not _SUPPOSED_MHA.search(s.unit.text, s.start, s.end)
            and not _SLIP_TAUGHT.search(s.unit.text, s.start, s.end)
            # (`2.5 MiB per token counts the 64 query heads`: the figure said right before what it counts is re-attributed)
            and not _COUNTS_HEADS_AFTER.match(s.unit.text, q.end)
        ):
            # `the answer used all 24 heads and got 336 KiB`: the model's query heads counted as its KV heads, said as a
            # fact, not supposed: the figure is that slip, judged with the heads the model caches
            named = f"{named} ({cfg.kv_heads} KV heads; the figure counts all {n} query heads)"
        elif n != cfg.kv_heads:  # `without GQA (all 64 heads cached) it would be …`: the heads the sentence names
            cfg = replace(cfg, kv_heads=n)
            named = f"{named} with {n} KV heads (as the sentence says)"
    elif cfg.kv_lora_rank and (no_mla := _once(_NO_MLA, s)) and not (
        no_mla.start() >= q.end and _CLAUSE_STOP.search(s.unit.text, q.end, no_mla.start())
    ):  # (`MLA entry is 70,272 bytes; plain MHA would be 488 GiB`: the supposition is the later clause's)
        heads = _MHA_HEADS.search(s.unit.text, s.start, s.end)
        if heads is None or not per_token or _KV_DIMS_APART.search(s.unit.text, s.start, s.end):
            return (
                Verdict.UNVERIFIABLE,
                f"KV cache of {named} without its latent attention (MLA): a hypothetical cache of full heads; not judged",
                "kv-cache",
            )
        # `Без MLA, с обычными 128 головами по 128, было бы …`: the full heads the sentence supposes, over the layers
        n_heads, head_dim = int(heads.group("n")), int(heads.group("d") or cfg.head_dim)
        per_value = dtype.bytes if dtype else 2.0
        mha = 2 * cfg.layers * n_heads * head_dim * per_value
        check = compare(q, mha)
        how = (
            f"{named} without MLA, as the sentence supposes: "
            f"2 × {cfg.layers} layers × {n_heads} heads × {head_dim} dims × {per_value:g} B"
        )
        return check.verdict, f"{how} = {fmt(mha, q.scale)} per token; {check.explanation}", "kv-cache-per-token"
    elif _once(_KV_HEAD_PER_QUERY_HEAD, s) and cfg.kv_heads != cfg.heads:
        # `Будь у Falcon по KV-голове на каждую из 71 головы запросов, кэш был бы …`: a KV head for each query head
        cfg = replace(cfg, kv_heads=cfg.heads)
        named = f"{named} with a KV head per query head ({cfg.heads}, as the sentence supposes)"
    elif _once(_NO_GQA, s) and cfg.kv_heads != cfg.heads:
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named} without grouped-query attention: the sentence does not state the heads it assumes",
            "kv-cache",
        )
    per = dtype.bytes if dtype else 2.0
    dname = dtype.name if dtype else "fp16, the default"
    exact = True  # False: the share per device is one reading (replicated heads, a latent cache): a miss is no error
    if devices > 1:
        # tensor parallelism splits the KV heads over the ranks; more ranks than KV heads replicate them (one head
        # each, or the ranks' even share, by engine); an MLA latent is not split by heads
        if cfg.kv_lora_rank or cfg.kv_heads % devices:
            exact = False
        rank_heads = cfg.kv_heads // devices if not cfg.kv_lora_rank and cfg.kv_heads % devices == 0 else 1
        cfg = replace(cfg, kv_heads=rank_heads) if not cfg.kv_lora_rank else cfg
        named = f"{named}, one of {devices} devices"
    if (
        devices == 1
        and per_token
        and not stated_heads
        and not cfg.kv_lora_rank
        and cfg.kv_heads != cfg.heads
        and _once(_GQA_WORD, s)
        and (
            _INSTEAD_BEFORE.search(s.unit.masked, max(s.start, q.start - 40), q.start)
            or (  # `with GQA the cache drops from 2.5 MiB to 320 KiB`, `с 2,5 МиБ до 320 КиБ`: the size before it
                (
                    _FROM_BEFORE.search(s.unit.text, max(s.start, q.start - 24), q.start)
                    or _FROM_BEFORE_RU.search(s.unit.text, max(s.start, q.start - 24), q.start)
                )
                and _TO_AFTER.match(s.unit.text, q.end, min(s.end, q.end + 40))
            )
        )
    ):
        # `With GQA, X's cache is 320 KiB per token instead of 2.5 MiB`: the figure compared with is without GQA
        mha = kv_cache_bytes(replace(cfg, kv_heads=cfg.heads), 1, 1, per)
        how = (
            f"{named} without grouped-query attention: 2 × {cfg.layers} layers × {cfg.heads} heads × {cfg.head_dim} dims "
            f"× {per:g} B ({dname}) = {fmt(mha, q.scale)} per token"
        )
        check = compare(q, mha)
        if check.verdict.holds:
            return check.verdict, f"{how}; {check.explanation}", "kv-cache-per-token"
        return Verdict.UNVERIFIABLE, f"stated {q.text}, compared with the cache {named} has; {how}", "kv-cache-per-token"
    if per_token:
        computed = kv_cache_bytes(cfg, 1, 1, per)
        shape = f"2 × {cfg.layers} layers × {cfg.kv_heads} KV heads × {cfg.head_dim} dims"
        how = f"{shape} × {per:g} B ({dname}) = {fmt(computed, q.scale)} per token"
        if cfg.kv_lora_rank:
            shape = f"{cfg.layers} layers × ({cfg.kv_lora_rank} + {cfg.rope_dim}) latent"
            how = f"{shape} × {per:g} B ({dname}) = {fmt(computed, q.scale)} per token"
        # the words of this figure: since the size before it, and after it to the next size in its clause
        prev, b_own = _previous_figure_end(s, q), clause_bounds(s, q.start, q.end)[1]
        later = [z.start for z in starting_in(_listed_figures, q.end, s.end, s.unit.masked)]
        own_after = (q.end, min([b_own, *later]))
        semi = mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)[0]  # `8 KV heads in each layer; the cache …`
        layer_words = list(_LAYER_BEFORE.finditer(s.unit.text, max(prev, semi, q.start - 120), q.start))
        one_layer = layer_words[-1] if layer_words else None
        if one_layer and _HEADS_WORD.search(s.unit.text, max(s.start, one_layer.start() - 16), one_layer.start()):
            one_layer = None  # `8 KV heads in each layer`: the layer is said of the heads
        if one_layer and _WHOLE_CACHE.search(s.unit.text, one_layer.end(), q.start):
            one_layer = None  # `each layer has …, and the full cache per token is 128 KiB`: all layers
        if one_layer and prev > s.start and not re.search(r"[,;:(\u2014\u2013]", s.unit.masked[prev : one_layer.start()]):
            one_layer = None  # `4 KiB of KV per token per layer, 320 KiB across …`: the words after a figure are its own
        own_layer = _LAYER_BEFORE.search(s.unit.text, *own_after) if own_after[1] - own_after[0] <= 80 else None
        between = (one_layer.end(), q.start) if one_layer else (0, 0)
        if (
            (
                one_layer
                and not _HEADS_WORD.search(s.unit.text, *between)
                and not starting_in(_figures, between[0], between[1], s.unit.masked)
            )
            or _PER_LAYER.match(s.unit.masked, q.end)
            or own_layer
        ):
            computed /= cfg.layers  # `each layer stores 4 KiB per token`, `для одного слоя — 4 КиБ на токен`
            how += f" / {cfg.layers} layers = {fmt(computed, q.scale)} per layer"
        if (
            _K_OR_V_ALONE.search(s.unit.masked, max(prev, s.start), q.start) or _K_OR_V_ALONE.search(s.unit.masked, *own_after)
        ) and not cfg.kv_lora_rank:
            computed /= 2  # `K and V each take 64 KiB per token`, `the K cache alone`
            how += f"; K or V alone: {fmt(computed, q.scale)}"
        check = compare(q, computed)
        if not exact and not check.verdict.holds:
            return Verdict.UNVERIFIABLE, f"{named}: {how}; how the ranks share the cache is not said", "kv-cache-per-token"
        if (
            not check.verdict.holds
            and dtype is not None
            and s.start <= dtype.start < s.end
            and per != 2.0
            and _said_of_another_size(s, dtype, q)
            and compare(replace(q, hedge=True), computed / per * 2.0).verdict.holds
        ):
            # `671 ГБ в FP8, кэш 68,6 КиБ на токен`, `FP8 — 65,7 ГБ, кэш 320 КиБ`: the type labels the size beside it; the
            # cache, named with no type of its own, may be at its 16-bit default
            return (
                Verdict.UNVERIFIABLE,
                f"{named}: {how}; ambiguous: the sentence's {dtype.name} is said of another size, and at 2 B the cache "
                f"is {fmt(computed / per * 2.0, q.scale)} per token",
                "kv-cache-per-token",
            )
        return check.verdict, f"{named}: {how}; {check.explanation}", "kv-cache-per-token"
    prev = _previous_figure_end(s, q)
    before = _NO_WINDOW.search(s.unit.masked, max(s.start, prev), q.start)
    if before and prev > s.start and not s.unit.masked[prev : before.start()].strip():
        before = None  # `4 ГиБ без скользящего окна и 0,5 ГиБ …`: the phrase right after a figure is that figure's
    # (after the figure, in its own clause only: `4 ГиБ кэша; без окна — …` is the next figure's)
    after_end = min(s.end, q.end + 40, clause_bounds(s, q.start, q.end)[1])
    if cfg.sliding_window and (_NO_WINDOW.search(s.unit.masked, q.end, after_end) or before):
        cfg = replace(cfg, sliding_window=0)  # `without the window it would be …`: the full context
    a, others = _own_stretch(s, q)
    ctx, seq, batch = None, None, None
    in_header = _K_CONTEXT.search(facts.header_of(s, q)) if facts is not None else None
    if in_header and float(in_header.group(1)) in _POWERS_K:  # `| 16k context (GiB) |`
        seq = float(in_header.group(1)) * 1024
    elif facts is not None and (by := _BATCH_BY_CONTEXT.search(facts.header_of(s, q))):
        seq = _context_number(by.group("n"), by.group("k"))  # `| KV, батч 8 × 4096 |`: the batch's sequences' length
    label_batch: int | None = None
    row_label = _row_label(s.unit.text, q) if s.unit.source == "table" else ""
    if seq is None and facts is not None and row_label and not _PER_SOMETHING.search(row_label):
        # `| component (batch 16, 8k) | GB |` over `| target KV, fp16 | 42.9 |`: the label column's header sets them
        label_header = _label_header(s, q, facts)
        in_label = _K_CONTEXT.search(label_header)
        if in_label and float(in_label.group(1)) in _POWERS_K:
            seq = float(in_label.group(1)) * 1024
            b = _BATCH.search(label_header)
            label_batch = _batch_number(b) if b else None
    upto = _later_figures_clause(s, q)  # `300 MiB for a 1024-token context, and 4.7 GiB for a batch of 32`: not its batch
    stretch_batch: int | None = None
    for lo, hi in ((a, q.end), (s.start, upto)) if others else ((s.start, upto),):
        if seq is not None:
            break
        ctx, seq, batch = _context_batch(s, lo, hi, facts)
        if lo == a and others and seq is None:
            stretch_batch = batch  # `…; a batch of 64 such requests needs 64 GiB`: the figure's own batch, its context earlier
    if stretch_batch is not None:
        batch = stretch_batch
    if label_batch is not None and batch is None:
        batch = label_batch
    lead = facts.lead_in.get(s.unit.line, "") if facts is not None else ""
    own_inputs = seq is None and _unread_inputs(s)
    exact_above = False
    if seq is None and lead and not own_inputs and not (facts is not None and _once(_SAME_BATCH, s)):
        # `Q: … at a 16k context with batch 4?` / `A: 3.5 GiB` (`the same batch` is looked for below: not the line above's
        # one sequence)
        seq, lead_batch = _lead_context(lead)
        batch = batch if batch is not None else lead_batch  # `Батч из 64 — …` below it: the line's own batch
        # `ctx:: 2048` above: written out in digits, not `2k` (which may be 2,000)
        exact_above = seq is not None and re.search(rf"(?<![\d.,]){int(seq)}(?![\d.,]?\d)", lead) is not None
    if seq is None and not own_inputs and facts is not None and (_once(_SAME_SETUP, s) or _once(_SUCH_SEQUENCES, s)):
        # `В fp8 тот же кэш — …`: the setup above; `the same batch`: the nearest line above that states a batch
        seq, batch = _same_setup(facts.lines_above.get(s.unit.line, ()), batched=bool(_once(_SAME_BATCH, s)))
        # (a round thousand of a power of two, `128,000`, is how `128K` reads: 131,072 as well)
        exact_above = seq is not None and not (seq % 1000 == 0 and seq / 1000 in _POWERS_K)
        own_batch = _BATCH.search(s.unit.masked, a if others else s.start, _clause_end(s, q) if others else s.end)
        if seq is not None and own_batch and (_once(_SAME_CONTEXT, s) or _once(_SUCH_SEQUENCES, s)):
            batch = _batch_number(own_batch)  # `при 64 пользователях с тем же контекстом`: the sentence's own batch
    if seq is None and devices > 1 and facts is not None and not own_inputs and not _once(_BATCH, s):
        # `Under TP 8 the cache share is 10 GiB per GPU` below `32 concurrent 8k sequences take 80 GiB of cache`: one
        # device's share of the cache the line just above sized, with both its context and its batch
        seq, batch = _cache_setup_above(facts.lines_above.get(s.unit.line, ()))
        exact_above = seq is not None
    if seq is None and not own_inputs and (record_seq := _record_context(s, q, facts)) is not None:
        seq, exact_above = record_seq  # `ctx:: 32768` among the record's fields above `kv_cache_gib:: 3.5 GiB`
    earlier_batch: int | None = None
    if seq is None and s.start > 0 and _once(_KV, s):
        # `… at 4096 tokens and batch 8 in fp16: 16 GiB. With an fp8 cache — 8 GiB.`: the setup of the sentence before
        seq, earlier_batch = _lead_context(s.unit.masked[max(0, s.start - 400) : s.start])
    from_section = False
    if seq is None and facts is not None and facts.section_context.get(s.unit.line) and not own_inputs:
        seq = facts.section_context[s.unit.line]  # `Config: …, 4096 context` above in the section
        from_section = True
    if seq is None and cfg.sliding_window and _once(_CAP, s):
        seq = float(cfg.sliding_window)  # `with its 4096-token window the cache never exceeds …`: the window bounds it
    if seq is None and devices == 1 and (scaled := _from_stated_per_sequence(s, q, named, facts)) is not None:
        return scaled
    # (not a size of kibibytes: no whole context of any model is that small; `kv_per_token_bf16: 504 KiB` is per token)
    if seq is None and facts is not None and facts.properties_context and not own_inputs and q.value >= 2**20:
        seq, exact_above = float(facts.properties_context), True  # `context: 32768` in the front matter
        if batch is None and facts.properties_batch:
            batch = facts.properties_batch  # with its `batch: 8`
    full = False
    if seq is None and cfg.max_context and not own_inputs and _once(_FULL_CONTEXT, s):
        seq, full = float(cfg.max_context), True  # `32 users at full context: 137 GiB`: the model's whole window
    one_of = _ONE_OF_TOKENS.search(s.unit.text, max(s.start, q.start - 16), q.start)
    times_after = _TIMES_COUNT_AFTER.match(s.unit.text, q.end)
    if not per_token and devices == 1 and (one_of or times_after) and q.value < 1e8:
        counts = {_context_number(m.group(1), None) for m in (one_of, times_after) if m}
        as_token = _kv(s, q, cfg, named, dtype, True, facts, devices)
        context_like = any(c >= 1024 and int(c) & (int(c) - 1) == 0 for c in counts)  # `× 8192`: tokens of a context
        if seq in counts or as_token[0].holds or (seq is None and context_like):
            # `блок из 16 токенов — 5 МиБ (16 × 320 КиБ)`, `184 КиБ × 8192`: times the context's own count, one token's
            return as_token
        # `4096 × 128 КиБ`, `200 × 4096 × 320 КиБ`: a factor of a product, per token or per some other part
        return (
            Verdict.UNVERIFIABLE,
            f"{q.text} is a factor of a product, not a cache total; as a size per token: {as_token[1]}",
            "kv-cache-per-token",
        )
    if seq is None:
        return Verdict.UNVERIFIABLE, f"KV cache of {named}: the note does not state the context length", "kv-cache"
    if not per_token and devices == 1 and cfg.layers and _EACH_LAYER_AFTER.match(s.unit.text, q.end):
        # `на 8 192 токенах: 32 МиБ на каждый слой`: one layer's share of the cache at that context
        layer = kv_cache_bytes(cfg, int(seq), batch or 1, dtype.bytes if dtype else 2.0) / cfg.layers
        check = compare(q, layer)
        how = f"KV cache of {named}: {int(seq):,} tokens × batch {batch or 1} / {cfg.layers} layers = {fmt(layer, q.scale)}"
        return (check.verdict if check.verdict.holds else Verdict.UNVERIFIABLE), f"{how}; {check.explanation}", "kv-cache"
    batch_said = batch is not None
    if batch is None:
        # `… shrinks to 0.5 GiB and the 32-user batch to 16 GiB`: words after the figure are its own up to the next one
        # (a figure in brackets right after it is its own in another unit: `32 GiB (34.4 GB) for all 32 sessions`; the
        # words after the brackets are the figure's)
        masked, own_end = s.unit.masked, replace(q, end=_past_bracketed_twin(s, q))
        after = min([_clause_end(s, own_end)] + [z.start for z in s.quantities if own_end.end <= z.start and z.kind == "bytes"])
        joined = _JOINED_NEXT.search(masked, q.end, after)
        b = _BATCH.search(masked, own_end.end, joined.start() if joined else after) if others else _once(_BATCH, s)
        if not others and b is not None and b.start() >= q.end and b.start() >= _later_figures_clause(s, q):
            b = None  # `кэш сессии 0,5 ГиБ, поэтому помещается 117 сессий`: a count concluded after it, not its batch
        b = None if _all_devices(s, b) else b
        batch_said = b is not None
        batch = _batch_number(b) if b else 1
    if not batch_said and (record_batch := _record_batch(s, q, facts)) is not None:
        batch, batch_said = record_batch, True  # `batch:: 8` above `kv_total:: 4 GiB`, `kv_cache_batch4:: 4 GiB`
    header_batch = _BATCH.search(facts.header_of(s, q)) if facts is not None and s.unit.source == "table" else None
    if header_batch is not None and not batch_said:  # `| 32K × батч 8, ГиБ |`: the figure's own column names its batch
        batch, batch_said = _batch_number(header_batch), True
    own_header = facts.header_of(s, q) if facts is not None and s.unit.source == "table" else ""
    # (`| cache per session (GiB) | sessions |`: the figure's own column is one sequence's; the row's count is another's)
    one_each = bool(own_header) and _PER_SEQUENCE_HEADER.search(own_header) is not None
    row_batch = facts.row_cell(s, _BATCH_HEADER) if facts is not None and header_batch is None and not one_each else None
    if row_batch:
        batch = int(row_batch)
    if one_each:
        batch = 1
    own_lo = clause_bounds(s, q.start, q.end)[0]
    if s.unit.masked[max(s.start, own_lo - 3) : own_lo].strip() in ("—", "–"):
        own_lo = _previous_figure_end(s, q)  # `Каждый из этих запросов в отдельности — 4 ГиБ`: the dash joins subject and figure
    each = _EACH_SEQUENCE.search(s.unit.masked, max(own_lo, q.start - 80), q.start)
    prev_end = _previous_figure_end(s, q)
    if each is not None and prev_end > s.start and not s.unit.masked[prev_end : each.start()].strip():
        each = None  # `1 GiB per 8K session, 32 GiB …`: the previous figure's own `per` phrase
    if _PER_SEQUENCE.match(s.unit.masked, q.end) or each is not None or _EACH_IN_BRACKET.match(s.unit.masked, q.end):
        # `0.5 GiB per sequence`, `each sequence takes 1 GiB`, `7 sessions of 32K (5 GiB per card each)`: one sequence,
        # whatever batch is named elsewhere
        batch = 1
    if earlier_batch is not None and not batch_said and not _PER_SEQUENCE.match(s.unit.masked, q.end):
        batch = earlier_batch  # the batch of the sentence before too; one sequence is read as well below
    if batch > 1 and seq % batch == 0 and seq // batch != batch and _names_context_of(s, int(seq // batch)):
        batch = 1  # `context 4096 at batch 32, that is 131,072 tokens`: the token count already spans the batch
    if batch < 1 or seq < 1:
        return Verdict.UNVERIFIABLE, f"KV cache of {named}: no usable batch or context read from the note", "kv-cache"
    computed = kv_cache_bytes(cfg, int(seq), batch, per)
    window = f" (sliding window {cfg.sliding_window})" if cfg.sliding_window and seq > cfg.sliding_window else ""
    whole = " (the model's full context)" if full else ""
    readings = [(computed, f"{int(seq):,} tokens{whole}{window} × batch {batch} × {per:g} B ({dname})")]
    if full and int(seq) != 131072:  # a card's `128K` where the config allows more (DeepSeek-V3's 163,840)
        readings.append((kv_cache_bytes(cfg, 131072, batch, per), f"131,072 tokens (128K) × batch {batch} × {per:g} B ({dname})"))
    if earlier_batch is not None and batch != 1:
        readings.append(
            (kv_cache_bytes(cfg, int(seq), 1, per), f"{int(seq):,} tokens{window} × one sequence × {per:g} B ({dname})")
        )
    if ctx is None and seq % 1024 == 0 and seq / 1024 in _POWERS_K and not exact_above:  # `8k` may be 8,000 or 8,192
        readings.append(
            (
                kv_cache_bytes(cfg, int(seq // 1024 * 1000), batch, per),
                f"{int(seq // 1024 * 1000):,} tokens × batch {batch} × {per:g} B ({dname})",
            )
        )
    elif ctx is None and seq % 1000 == 0 and seq / 1000 in _POWERS_K and not exact_above:
        # `At 128K tokens …` in the sentence before: 131,072 as well as 128,000
        readings.append(
            (
                kv_cache_bytes(cfg, int(seq // 1000 * 1024), batch, per),
                f"{int(seq // 1000 * 1024):,} tokens × batch {batch} × {per:g} B ({dname})",
            )
        )
    elif ctx is not None and seq % 1000 == 0 and seq / 1000 in _POWERS_K and re.search(r"[kKкК]", ctx.text):
        # `32k tokens` may be 32,768 as well as 32,000; a context length is a power of two first
        binary_k = (
            kv_cache_bytes(cfg, int(seq // 1000 * 1024), batch, per),
            f"{int(seq // 1000 * 1024):,} tokens × batch {batch} × {per:g} B ({dname})",
        )
        readings.insert(0 if len(readings) == 1 else len(readings), binary_k)
    check, how = _best(q, readings)
    local = next((v for k, v in _LOCAL_ATTENTION.items() if cfg.name.startswith(k)), None)
    if local is not None and seq > local[0] and not check.verdict.holds:
        # Gemma 2/3 interleave local (windowed) and global layers: the cache past the window is smaller
        windowed = local[1] * kv_cache_bytes(cfg, local[0], batch, per) + (1 - local[1]) * computed
        if 0.97 * windowed <= q.value <= 1.03 * computed:
            return (
                Verdict.UNVERIFIABLE,
                f"KV cache of {named}: {fmt(windowed, q.scale)}–{fmt(computed, q.scale)} "
                f"({local[1]:.0%} of the layers keep a {local[0]}-token window); which the note counts is not said",
                "kv-cache",
            )
    summed = (
        _weights_and_cache(s, q, cfg, named)
        if check.verdict == Verdict.WRONG and q.value > readings[0][0] and devices == 1 and cfg.name != "stated"
        else None
    )
    if summed is not None:
        return summed
    if (
        check.verdict == Verdict.WRONG
        and q.value > readings[0][0]
        and (
            _CACHE_ADDED.search(s.unit.text, s.start, q.start)
            # `The Q4_K_M (~20 GB) plus a 16K context (4 GiB of cache) totals about 24 GB`: a sum of the sizes before
            or (
                _TOTALS_BEFORE.search(s.unit.text, max(s.start, q.start - 24), q.start)
                and any(z.kind == "bytes" and s.start <= z.start and z.end <= q.start for z in s.quantities)
            )
        )
    ):
        # `the 27B at Q4_K_M plus its full 8K cache is ~18.4 GiB`, `с кэшем на 32K — 14,4 ГиБ`: weights and cache summed
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named}: {how} = {fmt(readings[0][0], q.scale)}; the sentence adds the cache to something "
            f"else before {q.text}: the figure is the sum",
            "kv-cache",
        )
    # a column of what each step reads (`| bytes/token (GB) |`) may hold the weights, whatever the section is about
    read_column = s.unit.source == "table" and facts is not None and _READ_HEADER.search(facts.header_of(s, q)) is not None
    # the cache with the weights at 4 bits, the least any storage of them takes: a figure below it cannot hold both
    with_weights = readings[0][0] + 0.5 * published_count(cfg) if cfg.layers else 0.0
    if (
        check.verdict == Verdict.WRONG
        and q.value > readings[0][0]
        and (read_column or not with_weights or q.value >= 0.97 * with_weights)
        and (
            read_column
            or (
                s.unit.source != "table"  # a column header names what the figures are
                and first_before(_kv_words, s.end, s.unit.masked) is None
                and first_before(_per_token_words, s.end, s.unit.masked) is None
                and not (facts is not None and (s.unit.line in facts.kv_section or s.unit.line in facts.after_kv))
                and not _once(_SAME_BATCH, s)  # `the same batch`: the batch's cache, which the weights do not grow with
            )
        )
    ):
        # `… at 32k takes 3.5 GiB per sequence`, no cache or size per token named: more than the cache may hold the weights
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named}: {how} = {fmt(readings[0][0], q.scale)}; the stated {q.text} is more, "
            "and the line names no cache and no size per token: it may include the weights",
            "kv-cache",
        )
    if from_section and check.verdict == Verdict.WRONG and not batch_said:
        # the context is the section's and the line names no batch: the lines between may set one
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named}: the section states {int(seq):,} tokens of context but the line names no batch; "
            f"one sequence is {fmt(computed, q.scale)}",
            "kv-cache",
        )
    if not check.verdict.holds and dtype is not None and s.start <= dtype.start < s.end:
        # `with an fp8 cache … 20 GiB … instead of 40 GiB in bf16`: the dtype is the other figure's, or another fits
        also = {d.name: d for d in in_range(s.dtypes, s.start, s.end) if d.name != dtype.name and not d.gguf}
        a_own, b_own = clause_bounds(s, q.start, q.end)
        of_cache = _CACHE_AFTER.match(s.unit.text, dtype.end) or _CACHE_BEFORE.search(
            s.unit.text, max(s.start, dtype.start - 24), dtype.start
        )  # `fp8-кэш`, `an fp8 KV cache`, `кэш в fp8`: the cache's own type, said of this figure's subject
        if not a_own <= dtype.start < b_own and not of_cache and "fp16" not in also and dtype.name != "fp16":
            also["fp16"] = DtypeMention("fp16", 2.0, -1, -1)  # the weights' dtype, said elsewhere; a cache is fp16 by default
        fits = [d for d in also.values() if compare(replace(q, hedge=True), computed / per * d.bytes).verdict.holds]
        quoted = _quoted_type(s, q) if fits else None
        if fits and (quoted is None or quoted.name != dtype.name):
            # (a dtype said of the per-token figure is the cache's: no attribution by distance here; a figure quoted
            # with its type is said in it)
            return (
                Verdict.UNVERIFIABLE,
                f"KV cache of {named}: ambiguous: the sentence names {', '.join([dtype.name, *also])}; "
                f"in {dtype.name} it is {fmt(computed, q.scale)}",
                "kv-cache",
            )
    value = next((v for v, h in readings if h == how), readings[0][0])  # the reading the message names
    if not exact and not check.verdict.holds:
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named}: {how} = {fmt(value, q.scale)}; how the ranks share the cache is not said",
            "kv-cache",
        )
    unused = "" if check.verdict.holds else _unused_inputs(s, q, seq, batch)
    for said in _batches_said(unused) if batch == 1 else ():
        # `16 dialogs of 8192 tokens — 16 GiB`: the count of sequences the sentence states is the batch
        with_batch = kv_cache_bytes(cfg, int(seq), said, per)
        again = compare(q, with_batch)
        if again.verdict.holds:
            how = f"{int(seq):,} tokens × batch {said} × {per:g} B ({dname})"
            return again.verdict, f"KV cache of {named}: {how} = {fmt(with_batch, q.scale)}; {again.explanation}", "kv-cache"
    extra = _tokens_said(unused)
    if len(extra) == 1 and batch == 1 and _PROMPT_AND_OUTPUT.search(s.unit.masked, s.start, s.end):
        # `after 1,000 generated tokens on a 3,000-token prompt`: the cache holds the prompt and the tokens generated
        total = seq + extra[0]
        both = kv_cache_bytes(cfg, int(total), 1, per)
        again = compare(q, both)
        how = f"({int(seq):,} + {int(extra[0]):,}) tokens (prompt and generated) × {per:g} B ({dname})"
        return again.verdict, f"KV cache of {named}: {how} = {fmt(both, q.scale)}; {again.explanation}", "kv-cache"
    heads = _QUERY_HEADS_SAID.search(unused) if unused and cfg.kv_heads else None
    if heads is not None and int(heads.group(1)) != cfg.kv_heads and not _SUPPOSED_MHA.search(s.unit.text, s.start, s.end):
        # `«Один пользователь с 4K — 10 ГиБ кэша». ✘ посчитал 64 головы запросов`: the figure is the cache with as many KV
        # heads as the query heads said: the slip the sentence names, the model's own cache the right value
        n_heads = int(heads.group(1))
        as_mha = value * n_heads / cfg.kv_heads
        if compare(q, as_mha).verdict.holds:
            why = (
                f"KV cache of {named}: {how} = {fmt(value, q.scale)}; stated {q.text} is the cache with {n_heads} heads "
                f"({heads.group(0)}), not the model's {cfg.kv_heads} KV heads"
            )
            return Verdict.WRONG, why, "kv-cache"
    if unused:
        # `a 3000-token prompt plus 1000 generated tokens`, `16 dialogs of 8192 tokens`, `1 GiB at 8k and 2 GiB at 16k`:
        # the sentence states a token count or batch the computation did not use; which it means is not certain
        return (
            Verdict.UNVERIFIABLE,
            f"KV cache of {named}: {how} = {fmt(value, q.scale)}; the sentence also states {unused}, which this reading "
            "does not use: the figure is not checked",
            "kv-cache",
        )
    return check.verdict, f"KV cache of {named}: {how} = {fmt(value, q.scale)}; {check.explanation}", "kv-cache"


# a token count or a batch a sentence states: `8k`, `32K`, `4096 tokens`, `3000-token prompt`, `16 users`, `batch 8`
_INPUT_SAID = guarded(
    r"(?i)(?<![\w.,])(?P<k>\d{1,4}(?:[.,]\d)?)\s?[kк](?![\w])"
    r"|(?<![\w.,])(?P<t>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\s|-)?"
    r"(?:(?P<th>thousand|тысяч\w*|тыс\.?)\s+|(?P<mn>million|миллион\w*|млн\.?)\s+|[^\W\d_]{3,20}\s+)?(?:tokens?|токен\w*)(?![\w])"
    r"|(?<![\w.,])(?P<b>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)\s+(?:\w+\s+)?(?:sequences|requests|users|dialog(?:ue)?s"
    r"|conversations|chats|prompts|запрос\w*|последовательност\w*|пользовател\w*|диалог\w*|сесси\w*|чат\w*)(?![\w])"
    r"|(?:batch(?:\s+size)?|батч\w*)\s*(?:of|=|:|размером)?\s*(?P<bb>\d+)"
    r"|(?<![\w.,])(?P<c>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\s|-)?(?:context|контекст\w*)(?![\w])"
    r"|(?:context|контекст\w*)(?:\s+(?:of|length|длиной|размером))?\s*[=:]?\s*"
    r"(?P<c2>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?![\w.,])"
)


_SEQUENCES_SAID = guarded(
    r"(?i)(?<![\w.,])(\d+)\s+(?:\w+\s+)?(?:sequences|requests|users|dialog(?:ue)?s|conversations|chats|prompts|запрос\w*"
    r"|последовательност\w*|пользовател\w*|диалог\w*|сесси\w*|чат\w*)|(?:batch(?:\s+size)?|батч\w*)\s*(?:of|=|:)?\s*(\d+)"
)


def _batches_said(unused: str) -> list[int]:
    """The counts of sequences among the inputs `_unused_inputs` listed (`16 одновременных диалогов`)."""
    said = [int(m.group(1) or m.group(2)) for m in _SEQUENCES_SAID.finditer(unused)]
    return [n for n in said if 1 < n <= 100_000]


_PROMPT_AND_OUTPUT = guarded(r"(?i)\bgenerat\w*|\boutput\b|\bcompletion\w*|\bdecod\w*|сгенерир\w*|генерир\w*|ответ\w*")
_TOKENS_SAID = guarded(r"(?i)(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\s|-)?(?:[^\W\d_]{3,20}\s+)?(?:tokens?|токен\w*)")


def _tokens_said(unused: str) -> list[float]:
    """The token counts among the inputs `_unused_inputs` listed (`1,000 generated tokens`)."""
    return [float(re.sub(r"\D", "", m.group(1))) for m in _TOKENS_SAID.finditer(unused)]


_ITS_OWN = guarded(r"(?i)\s*(?:at|for|with|on|@|на|при|для|в)?\s*")


# a count of (query) heads among what a reading did not use (`64 головы запросов`, `32 query heads`, `по 28 головам`)
_QUERY_HEADS_SAID = guarded(r"(?i)\b(\d{1,3})\s+(?:query\s+|attention\s+)?(?:heads?|голов\w*)")


def _unused_inputs(s: Sentence, q: Quantity, seq: float, batch: int) -> str:
    """The token counts and batches the sentence states (outside the figure) that are none of the context, the
    batch or their product a cache reading used (`1000 generated tokens` beside a `3000-token prompt`)."""
    used = {seq, float(batch), seq * batch}
    if seq % 1024 == 0:
        used |= {seq // 1024 * 1000, seq // 1024 * 1000 * batch}
    if seq % 1000 == 0:
        used |= {seq // 1000 * 1024, seq // 1000 * 1024 * batch}
    # the figure's own stretch: since the size before it, up to the size after it (`1 GiB at 8k and 2 GiB at 16k`)
    sizes = [z for z in starting_in(_figures, s.start, s.end, s.unit.masked) if z.kind == "bytes" and z.start != q.start]
    lo = max([z.end for z in sizes if z.end <= q.start], default=s.start)
    hi = min([z.start for z in sizes if z.start >= q.end] + [clause_bounds(s, q.start, q.end)[1]], default=s.end)
    said: list[tuple[str, set[float]]] = []
    for m in _INPUT_SAID.finditer(s.unit.text, lo, hi):  # the text: a context is blanked in the masked one
        if m.start() < q.end and q.start < m.end():
            continue
        if lo > s.start and _ITS_OWN.fullmatch(s.unit.masked, lo, m.start()):
            continue  # `from 1 GiB at 8k to 8 GiB at 32k`: the context right after the size before is that size's
        if m.group("k") or (m.group("t") and m.group("th")):  # `128K`, `128 тысяч токенов`: either thousand
            k = float(m.group("k").replace(",", ".")) if m.group("k") else float(re.sub(r"\D", "", m.group("t")))
            said.append((m.group(0).strip(), {k * 1024, k * 1000}))
        elif m.group("t") and m.group("mn"):
            said.append((m.group(0).strip(), {float(re.sub(r"\D", "", m.group("t"))) * 1e6}))
        else:
            number = next(g for g in (m.group("t"), m.group("b"), m.group("bb"), m.group("c"), m.group("c2")) if g)
            said.append((m.group(0).strip(), {float(re.sub(r"\D", "", number))}))
    # `a 2048 context at batch 16 makes 32,768 tokens`: two inputs whose product is the tokens used are used too
    tokens = seq * batch
    paired = {
        text
        for (text, values), (_, others) in permutations(said, 2)
        if any(abs(v * o - tokens) <= 0.01 * tokens for v in values for o in others)
    }
    out = [
        text
        for text, values in said
        if text not in paired and not any(abs(v - u) <= 0.01 * max(u, 1.0) for v in values for u in used)
    ]
    return ", ".join(dict.fromkeys(out))


_CACHE_AFTER = guarded(r"(?i)[\s-]*(?:kv[\s-]*)?(?:cache|кэш|кеш)")
_CACHE_BEFORE = guarded(r"(?i)(?:cache|кэш\w*|кеш\w*)\s+(?:in|в)\s+$")
_CAP = guarded(
    r"(?i)\bnever\s+(?:exceeds?|grows?\s+(?:past|beyond|above))|\bat\s+most\b|\bis\s+capped\b"
    r"|\b(?:does\s+not|doesn't|won't|will\s+not)\s+grow\s+(?:past|beyond)\s+the\s+window"
    r"|никогда\s+не\s+(?:превыша|выходит|растёт|растет)|не\s+более\b|не\s+раст[её]т\s+(?:дальше|больше|выше)\s+окна"
)
# the model's whole context window, said without its length (`at the full context`, `на полном контексте`)
_FULL_CONTEXT = guarded(
    r"(?i)\b(?:full|whole|entire|max(?:imum)?)[\s-]+(?:context|context\s+window|context\s+length|window)\b"
    r"|\bfull(?:[\s-]+length)?[\s-]+(?:sequences?|conversations?)\b"
    r"|(?:полн\w*|весь|всём|всем|максимальн\w*)\s+(?:контекст\w*|окн\w*\s+контекста|(?:длин\w*\s+)?последовательност\w*)"
    r"|полноконтекстн\w*"
)
# a size per token said before the size itself (`KV per token 160 KiB`, `bytes per token = 192 KiB`, `на токен — 368 КиБ`),
# no figure between
_PER_TOKEN_BEFORE = guarded(
    r"(?i)(?:\bper[\s-]token|/\s*token|на\s+(?:один\s+)?токен)(?:\s*\([^()\n]{1,16}\))?"  # (`per token (fp16): 512 KiB`)
    r"\s*(?:(?:it|this|that)\s+is|is|comes\s+to|=|:|—|–|-|это|составляет)?\s*$"
)
_PER_TOKEN_REACH = 240  # how far before a total its per-token size may be (a bounded look: linear on long lines)
# a size per token that is no cache's (`Weights read per token: 16 GB`, `Price per token: 2 MB of egress`)
_NOT_A_CACHE_BEFORE = guarded(
    r"(?i)\b(?:weights?|read|reads|price|cost|egress|traffic|transfer)\b|вес\w*|чтени\w*|цен\w*|трафик\w*"
)
_CONTEXT_WORDED = guarded(r"(?i)context|контекст|length|длин|tokens?\b|токен|(?<![\w.,])\d{1,3}\s?[kKкК](?!\w)")
# where a part of a line ends: a `;`, or a full stop before a capital (not `т. е.`, `i.e.`)
_PART_STOP = guarded(r";|[.!?](?=\s+[A-ZА-ЯЁ])")


@lru_cache(maxsize=64)
def _clause_stops(text: str) -> tuple[re.Match[str], ...]:
    """Where the parts of a line end (`_PART_STOP`), found once (`last_before` bisects them)."""
    return tuple(_PART_STOP.finditer(text))

_PER_TOKEN_AFTER = guarded(
    # `32 KiB of cache per token`, `64 КиБ кэша на токен`: what the size is of may stand between
    r"(?i)\s*(?:of\s+(?:the\s+)?(?:KV[\s-]*)?cache\s+|(?:KV[\s-]*)?(?:кэша|кеша)\s+)?"
    r"(?:per\s+token|/\s*token|a\s+token|на\s+токен|/\s*токен|/\s*tok\b(?!\s*/)|/\s*ток\b(?!\s*/))\w*"
)
_TIMES_TOKENS = guarded(r"\s*[×x*·]\s*(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)(?![\d.,]\d)")


def _has_context(s: Sentence, q: Quantity, facts: NoteFacts | None) -> bool:
    a = _own_stretch(s, q)[0]
    return any(_context_batch(s, lo, hi, facts)[1] is not None for lo, hi in ((a, q.end), (s.start, s.end)))


def _from_stated_per_token(
    s: Sentence, q: Quantity, named: str, cfg: ModelConfig | None = None
) -> tuple[Verdict, str, str] | None:
    """`112 KiB per token, i.e. 3.5 GiB at 32,768 tokens`: a total after a per-token size the same
    sentence states is that size × the tokens (× the batch), whatever the model; the per-token figure
    is checked on its own. The dtype of the total's own clause scales it (`in fp8 — 3.5 GiB`). A per-token size
    that no cache type of the sentence's catalogued model `cfg` gives is no premise (`160 KiB/token → … 40 GiB for
    8 slots` of a 320 KiB model): the total is judged with the model's own cache."""
    text = s.unit.masked
    per = None
    for z in starting_in(_kilo_sizes, max(s.start, q.start - _PER_TOKEN_REACH), q.start, text):
        m = _PER_TOKEN_AFTER.match(text, z.end)
        if m:
            per = (z, m.end())
        elif (
            z.value <= 16 * 2**20
            and _PER_TOKEN_BEFORE.search(text, max(0, z.start - 32), z.start)
            and not _NOT_A_CACHE_BEFORE.search(text, max(0, z.start - 40), z.start)
        ):
            per = (z, z.end)  # `KV per token 160 KiB, so …`, `Per token it is 112 KiB. At 8K …`: said before the size
    if per is None:
        return None
    z, after = per
    if _PER_DEVICE_AFTER.match(text, after, min(len(text), after + 60)) and not _PER_DEVICE_AFTER.match(
        text, q.end, min(len(text), q.end + 80)
    ):
        # `160 KiB per token per card. A full 32K conversation is 10 GiB`: one device's rate, the whole's total
        why = f"{q.text}: a total of the whole, after {z.text} per token said of one device (how many is not read)"
        return Verdict.UNVERIFIABLE, why, "kv-cache"
    if cfg is not None and not any(
        0.97 <= z.value / max(kv_cache_bytes(cfg, 1, 1, b), 1e-9) <= 1.03 for b in _CACHE_BYTES
    ):
        return None
    times = _TIMES_TOKENS.match(text, after)
    a_own, b_own = _own_stretch(s, q)[0], clause_bounds(s, q.start, q.end)[1]  # from the figure before it
    # `8K = 896 МиБ, 16K = 1,75 ГиБ`: the context in the figure's own stretch, else the first after the size per token
    own_seq = _context_batch(s, a_own, q.end, None)[1] if a_own > after else None
    stop = last_before(_clause_stops, q.start, text) if not times else None
    if stop is not None and stop.start() >= after and not _CONTEXT_WORDED.search(text, stop.end(), _clause_end(s, q)):
        # `п. 3 — 128 КиБ на токен и 1 ГиБ на 8K; п. 5 — читается 25,8 ГБ`: past a `;` or a full stop, only a context
        # said in the figure's own part is its own (`192 KiB; 8K = 1.5 GiB` has one)
        why = f"{q.text}: the size per token ({z.text}) and its context are another part's; this one states none"
        return Verdict.UNVERIFIABLE, why, "kv-cache"
    seq = float(re.sub(r"\D", "", times.group(1))) if times else (own_seq or _context_batch(s, after, s.end, None)[1])
    if not seq:
        return None
    b = _BATCH.search(text, a_own, q.end)
    if b is None and _AT_ITS_CONTEXT.match(text, q.end):
        b = _BATCH.search(text, q.end, _clause_end(s, q))  # `32 GiB at batch 8 and 32k context`: its own words after it
    if b is None:  # `100 GiB for all 40 in fp16`: the users just sized, all of them, said right after it
        pad = text[q.end : q.end + 4]
        b = _BATCH.match(text, q.end + len(pad) - len(pad.lstrip()))
        b = b if b is not None and b.group("n9") and not _all_devices(s, b) else None
    batch = _batch_number(b) if b else 1
    if _PER_SEQUENCE.match(text, q.end):
        batch = 1
    kinds = [d for d in in_range(s.dtypes, z.start, s.end) if not d.gguf]
    # the dtype right after the figure in its clause (`1.75 GiB in fp8`), else the one before it (`в fp8 — 1,75 ГиБ`)
    own = [d for d in kinds if q.end <= d.start < b_own][:1] or [d for d in kinds if a_own <= d.start < q.start][-1:]
    ratio, how = 1.0, ""
    if own and kinds and own[0].bytes != kinds[0].bytes:
        ratio, how = own[0].bytes / kinds[0].bytes, f" × {own[0].bytes:g}/{kinds[0].bytes:g} ({own[0].name} for {kinds[0].name})"
    if batch < 1:
        return None
    per_value, premise = z.value, f"stated {z.text}"
    product = _product_before(text, z)
    if product is not None and not 0.97 <= product / max(z.value, 1e-9) <= 1.03:
        # `2 × 80 × 8 × 128 × 2 B = 160 KiB/token → … 40 GiB for 8 slots`: the product the note wrote gives the size per
        # token (320 KiB); the total follows from it, not from the slip
        per_value, premise = product, f"{fmt(product, z.scale)} (the product before the stated {z.text})"
    computed = per_value * seq * batch * ratio
    check = compare(q, computed)
    label = f"KV cache of {named or 'the model'}: {premise} per token × {int(seq):,} tokens × batch {batch}{how}"
    near = text[a_own : min(len(text), _clause_end(s, q) + 40)]
    if not check.verdict.holds and q.value < computed and _WITH_WINDOW.search(near) and not _NO_WINDOW.search(near):
        # `336 KiB/token KV, 1.97 GiB at 8K with the window`: windowed layers keep fewer tokens than the context (a
        # figure over the windowless total is wrong all the same)
        why = "the figure counts a sliding window, which the size per token does not show"
        return Verdict.UNVERIFIABLE, f"{label} = {fmt(computed, q.scale)} without a window; {why}", "kv-cache"
    return check.verdict, f"{label} = {fmt(computed, q.scale)}; {check.explanation}", "kv-cache"


# `2 × 80 × 8 × 128 × 2 B = ` right before a size: the product of plain factors (bytes last) that states it
_PRODUCT_BEFORE = guarded(
    r"(?<![\d.,])((?:\d{1,6}(?:\.\d{1,4})?\s*[×x*·]\s*){2,7}\d{1,6}(?:\.\d{1,4})?)\s*(?:B|bytes?|байт\w*)?\s*=\s*$"
)


def _product_before(text: str, z: Quantity) -> float | None:
    """The value of the product of plain numbers written right before size `z` (`2 × 80 × 8 × 128 × 2 B = 160 KiB`),
    in bytes; None when no such product stands there."""
    m = _PRODUCT_BEFORE.search(text, max(0, z.start - 80), z.start)
    if m is None:
        return None
    value = 1.0
    for factor in re.split(r"\s*[×x*·]\s*", m.group(1)):
        value *= float(factor)
    return value


_WITH_WINDOW = guarded(r"(?i)\bwindow\w*|\bsliding\b|скользящ\w*|(?<!\w)окн(?:о|ом|а|е)\b")


# `4 GiB at 32k context`, `2 ГиБ на контексте 32k`, `128 MiB for a 4096-token chat`: the context the figure is said at
# follows it (not `2 GiB holds 32,768 tokens`, a budget)
_AT_ITS_CONTEXT = guarded(
    r"(?i)\s*(?:of\s+(?:KV\s+)?cache\s+|(?:KV[\s-]*)?кэша\s+)?(?:at|for|on|with|@|на|при|для)\s+(?:a\s+|an\s+|the\s+|one\s+)?"
    r"(?:batch|батч\w*|\d|context\b|контекст\w*)"
)


# a size of one sequence: `2.75 GiB per sequence`, `3.1 GiB per conversation`, `1,75 ГиБ на запрос`
_PER_ONE_SEQUENCE = guarded(
    r"(?i)\s*(?:of\s+(?:KV\s+)?cache\s+|(?:KV[\s-]*)?кэша\s+)?(?:per|a|for\s+(?:one|a\s+single|each))\s+"
    r"(?:sequence|request|user|conversation|chat|dialog(?:ue)?)\b"
    r"|\s*(?:(?:KV[\s-]*)?кэша\s+)?(?:на|для)\s+(?:одну\s+|один\s+|одного\s+|каждую\s+|каждый\s+)?"
    r"(?:последовательност\w*|запрос\w*|пользовател\w*|диалог\w*|чат\w*)"
)


# no model's window holds this many tokens: a count of billions is a corpus or a budget (`6ND … on 2T tokens`), no context
_MAX_CONTEXT = 1e8


def _a_context(q: Quantity) -> bool:
    """A token count that may be a context length (not a training corpus of billions)."""
    return q.kind == "tokens" and q.value <= _MAX_CONTEXT


def _token_counts(text: str) -> list[Quantity]:
    return [z for z in find_quantities(text) if z.kind == "tokens"]


# `KV-кэш на пользователя: …`, `Per-sequence KV cache: …`: what a line sizes is one sequence's cache
_ONE_SEQUENCE_WORDS = guarded(
    r"(?i)(?:\bper|\bfor\s+one|\bfor\s+a\s+single|(?<!\w)на|(?<!\w)для)[\s-]+(?:одного\s+|одну\s+|один\s+)?"
    r"(?:sequence|request|user|conversation|chat|последовательност\w*|запрос\w*|пользовател\w*|диалог\w*)(?!\w)"
)


@lru_cache(maxsize=64)
def _one_sequence_above(lead: str) -> Quantity | None:
    """The size of one sequence's cache the line above states, as its one total (`KV-кэш на пользователя: 4096 × 128
    КиБ = 512 МиБ`): a line naming the cache and one sequence, and no batch; once per line."""
    tail = lead[-400:]  # a bounded look at the line above
    totals = [z for z in _kilo_sizes(tail) if z.value >= 2**20 and not _PER_TOKEN.match(tail, z.end)]
    if len(totals) != 1 or totals[0].hi is not None or not _KV.search(tail) or _BATCH.search(tail):
        return None
    z = totals[0]
    words = _ONE_SEQUENCE_WORDS.search(tail)
    said = (words is not None and words.start() < z.start) or _PER_ONE_SEQUENCE.match(tail, z.end) is not None
    return z if said else None


@lru_cache(maxsize=64)
def _model_names(line: str) -> frozenset[str]:
    """The catalogued models a line names; once per line."""
    return frozenset(m.config.name for m in _sized_mentions(line) if m.config)


def _from_stated_per_sequence(
    s: Sentence, q: Quantity, named: str, facts: NoteFacts | None = None
) -> tuple[Verdict, str, str] | None:
    """`The cache is 2.75 GiB per sequence; at batch 16 that is 44 GiB`, `1,75 ГиБ на запрос. На 8 запросов — 14 ГиБ`: a
    total at a batch after the size of one sequence the line states just before it (no other size, and no context of
    its own, between), or the line above states, is that size × the batch, whatever the model."""
    text = s.unit.masked
    before = [z for z in starting_in(_kilo_sizes, max(0, q.start - _PER_TOKEN_REACH), q.start, text) if z.end <= q.start]
    ones = [(z, m.end()) for z in before if (m := _PER_ONE_SEQUENCE.match(text, z.end))]
    from_above = False
    if not ones and not before and facts is not None and s.start == 0:  # the line's first sentence: the line above
        above = _one_sequence_above(facts.lead_in.get(s.unit.line, ""))
        if above is not None:
            ones, before, from_above = [(above, max(0, q.start - _PER_TOKEN_REACH))], [above], True
    if not ones:
        return None
    z, end = ones[-1]
    if z.value < 2**20 or z.hi is not None or (not from_above and _PER_TOKEN.match(text, z.end)):
        return None
    if any(not 0.9 * z.value <= y.value <= 1.1 * z.value for y in before if y.start > z.start):
        return None  # another size between; `1,75 ГиБ на запрос, то есть 1,75 ГБ`: the same one restated is none
    between = (end, q.start)
    batches = list(_BATCH.finditer(text, *between))
    if len(batches) != 1 or _K_CONTEXT.search(text, *between) or _CONTEXT.search(text, *between):
        return None  # no batch, two (`at batch 16 and batch 32`), or a context of its own
    if starting_in(_sized_mentions, between[0], between[1], s.unit.text):
        return None  # `Llama: 2 GiB per sequence; Mistral at batch 8 …`: another model's cache
    if from_above and s.models and facts is not None:
        lead_models = _model_names(facts.lead_in.get(s.unit.line, ""))
        if lead_models and not lead_models & {m.config.name for m in s.models if m.config}:
            return None  # the line above sizes another model's sequence
    b = batches[0]
    if starting_in(_token_counts, between[0], between[1], text):
        return None  # `at batch 16 and 8,192 tokens`: a setup of its own
    batch = _batch_number(b)
    if batch < 2:
        return None
    computed = z.value * batch
    check = compare(q, computed)
    label = f"KV cache of {named or 'the model'}: stated {z.text} per sequence × batch {batch}"
    return check.verdict, f"{label} = {fmt(computed, q.scale)}; {check.explanation}", "kv-cache"


def _per_token_totals(s: Sentence, sizes: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`… = 320 KiB per token. For 16 users at 8,192 tokens: 40 GiB.`: with no model in sight, a total at the token
    count its sentence states is the size per token the sentence before it on the line (or the sentence itself, before
    the total: `192 KiB per token, so a 2048-token context at batch 32 needs 12 GiB`) states × tokens × batch."""
    out: list[Found] = _typed_per_token_item(s, sizes, facts)
    if out:
        return out
    # `- four parallel users at 32K each: 64 GiB`: a power-of-two K context is the tokens too
    k_context = next((m for m in _K_CONTEXT.finditer(s.unit.masked, s.start, s.end) if float(m.group(1)) in _POWERS_K), None)
    seq_word = _once(_SEQ_WORDS, s) or k_context or _once(_BATCH, s)
    if not any(_a_context(t) for t in s.quantities) and not seq_word:
        return out
    wide = replace(s, start=max(0, s.start - _PER_TOKEN_REACH))
    first_tokens = min((t.end for t in s.quantities if _a_context(t)), default=len(s.unit.masked) + 1)
    for q in sizes:
        if q.value < 2**20 or _PER_TOKEN.match(s.unit.masked, q.end):
            continue
        if (
            s.start == 0
            and not (first_tokens <= q.start or (seq_word is not None and seq_word.end() <= q.start))
            and not _AT_ITS_CONTEXT.match(s.unit.masked, q.end)
        ):
            continue  # `At 64 KiB per token, 2 GiB holds 32,768 tokens`: no tokens before it, a budget, not a total of them
        stated = _from_stated_per_token(wide, q, "")
        above = facts.lines_above.get(s.unit.line, ())
        if stated is None and above and LIST_ITEM.match(s.unit.text) and LIST_ITEM.match(above[0]):
            # `- … выходит 8 КиБ на токен.` / `- На полный контекст 2048 токенов кэш займёт …`: the item above's size per token
            stated = _from_lead_per_token(s, q, above[0])
        if stated is None and LIST_ITEM.match(s.unit.text):
            # `… each token costs 128 KiB of cache.` / `- at 64K, one sequence is 8 GiB`: the one size per token the
            # line that opens the list states, the items between stating none of their own
            lead = _list_lead(s.unit.line, facts)
            if lead is not None:
                stated = _from_lead_per_token(s, q, lead, _such_setup(s, q, facts))
        if stated is None:
            stated = _from_stated_per_sequence(s, q, "", facts)  # `2.75 GiB per sequence; at batch 16 that is 44 GiB`
        if stated is not None:
            verdict, explanation, shape = stated
            claim = make_claim(s.unit, q.start, q.end, shape, verdict, explanation, stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
    return out


_SUCH = guarded(r"(?i)\bsuch\b|(?<!\w)(?:таки[ехм]|такой|такая|таких\s+же|таки[ех]\s+же)(?!\w)")


def _such_setup(s: Sentence, q: Quantity, facts: NoteFacts) -> float | None:
    """`- two such sequences side by side: 32 GiB`, `- две такие последовательности — 32 ГиБ`: the context of the nearest
    line above that states one, when it states no batch of its own (else None)."""
    such = _once(_SUCH, s)  # the first in the sentence, read once (not once per figure)
    if such is None or such.start() >= q.start:
        return None
    seq, batch = _same_setup(facts.lines_above.get(s.unit.line, ()))
    return seq if seq and (batch is None or batch == 1) else None


def _from_lead_per_token(s: Sentence, q: Quantity, lead: str, such: float | None = None) -> tuple[Verdict, str, str] | None:
    """`Per token the 7B stores … 512 KiB.` / `A full 4,096-token context is 4 GiB per sequence`: a
    total whose sentence states the tokens, under a line that states one size per token, is that size ×
    the tokens (× the batch of its own words)."""
    tail = lead[-400:]  # a bounded look at the line above
    sizes = _kilo_sizes(tail)
    if len(sizes) != 1 or not (_PER_TOKEN_IN.search(tail) or _PER_TOKEN_AFTER.match(tail, sizes[0].end)):
        return None
    if _WHAT_IF.search(tail):
        return None  # `- in fp32 the per-token cache would be 512 KiB`: a what-if, no size the list goes on with
    z = sizes[0]
    a = _own_stretch(s, q)[0]
    _, seq, batch = _context_batch(s, a, q.end, None)
    seq = seq or such  # `- two such sequences: 32 GiB`: the context the item above states
    if not seq:
        return None
    if batch is None or _PER_SEQUENCE.match(s.unit.masked, q.end):
        batch = 1
    if batch < 1:
        return None
    ratio, typed = _lead_type_ratio(s, tail)
    if ratio is None:
        return Verdict.UNVERIFIABLE, f"KV cache: stated {z.text} per token (line above); {typed}", "kv-cache"
    computed = z.value * seq * batch * ratio
    check = compare(q, computed)
    how = f"stated {z.text} per token (line above){typed} × {int(seq):,} tokens × batch {batch}"
    return check.verdict, f"KV cache: {how} = {fmt(computed, q.scale)}; {check.explanation}", "kv-cache"


_WHAT_IF = guarded(r"(?i)\bwould\b|\bwere\s+it\b|\bif\s+it\s+were\b|(?<!\w)бы(?!\w)")


def _lead_type_ratio(s: Sentence, lead: str) -> tuple[float | None, str]:
    """How a size per token stated on the line above scales to the sentence's own cache type: 1 when the sentence names
    no type or the lead's; the bytes ratio when both name one (`… in bf16 each token costs 128 KiB` / `- with an fp8
    cache, 128K tokens: 8 GiB`: × 1/2); None (with why) when the sentence names a type the lead's size has none of, more
    than one type, or its type beside the weights (the cache may keep the lead's)."""
    memo, key = _memo(s), ("own types", s.start, s.end)
    if key not in memo:
        memo[key] = {d.name: d for d in in_range(s.dtypes, s.start, s.end)}  # once per sentence, not per figure
    own: dict[str, DtypeMention] = memo[key]  # type: ignore[assignment]
    if not own:
        return 1.0, ""
    if len(own) > 1 or any(d.gguf for d in own.values()):
        return None, f"the sentence names several types ({', '.join(sorted(own))})"
    d = next(iter(own.values()))
    theirs = {t.name: t for t in find_dtypes(lead)}
    if len(theirs) != 1:
        return None, f"the sentence's {d.name} and the size per token's type (not stated, or several) may differ"
    t = next(iter(theirs.values()))
    if t.name == d.name or t.bytes == d.bytes:
        return 1.0, f" ({t.name})"
    if _once(_WEIGHTS_NOUN, s) or _once(_WEIGHT_WORDS, s):
        return None, f"the {d.name} may be the weights' type, the cache's stays {t.name}"
    return d.bytes / t.bytes, f" × {d.bytes:g}/{t.bytes:g} bytes ({d.name} over the {t.name} it was stated in)"


_PER_TOKEN_WORDS = guarded(r"(?i)\bper[\s-]+token|\beach\s+token|/\s*token|на\s+(?:один\s+|каждый\s+)?токен")


def _typed_per_token_item(s: Sentence, sizes: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`… in bf16 each token costs 128 KiB of cache.` / `- in fp32 the per-token cache would be 512 KiB`: a list item
    under that paragraph that states the size per token in another cache type (one, not the weights', no other model
    named) is the paragraph's size × the bytes ratio."""
    if not LIST_ITEM.match(s.unit.text) or not _once(_PER_TOKEN_WORDS, s) or not s.dtypes:
        return []
    small = [q for q in sizes if 2**10 <= q.value < 2**20]
    if len(small) != 1 or len(sizes) != 1 or _SIZE_TOKEN.search(s.unit.text, s.start, s.end):
        return []
    lead = _list_lead(s.unit.line, facts)
    if lead is None:
        return []
    tail = lead[-400:]
    per_token = _kilo_sizes(tail)
    if len(per_token) != 1 or not (_PER_TOKEN_IN.search(tail) or _PER_TOKEN_AFTER.match(tail, per_token[0].end)):
        return []
    ratio, typed = _lead_type_ratio(s, tail)
    if ratio is None or ratio == 1.0:
        return []  # the same type (a restatement, maybe of another setup) or no ratio to apply: no claim
    q, z = small[0], per_token[0]
    computed = z.value * ratio
    check = compare(q, computed)
    explanation = (
        f"KV cache per token: stated {z.text} per token (line above){typed} = {fmt(computed, q.scale)}; {check.explanation}"
    )
    claim = make_claim(s.unit, q.start, q.end, "kv-cache-per-token", check.verdict, explanation, stated=q.text)
    return [Found(claim, ((q.start, q.end),))]


_LIST_HOPS = 16  # how many hops (1 to 3 items each) up a list's opening line is looked for: a bounded look, linear on long lists


def _list_lead(line: int, facts: NoteFacts) -> str | None:
    """The line that opens the list item `line` belongs to (the paragraph right above its first item, same section),
    when every item between states no size per token of its own but in a what-if (`would be 512 KiB`); else None.
    Read through `facts.lines_above` (three lines a line), hopping three contiguous items at a time."""
    cur = line
    for _ in range(_LIST_HOPS):
        above = facts.lines_above.get(cur, ())
        for text in above:
            if not LIST_ITEM.match(text):
                return text
            if _per_token_stated(text):
                return None
        if len(above) < 3:
            return None
        # the three nearest lines are items: go on from the farthest of them that can hold a claim (an item with no
        # figure has no lines of its own), when what it sees above is what this line sees beyond it
        for j in (3, 2, 1):
            if facts.lines_above.get(cur - j, ())[: 3 - j] == above[j:] and (cur - j) in facts.lines_above:
                cur -= j
                break
        else:
            return None
    return None


@lru_cache(maxsize=256)
def _per_token_stated(text: str) -> bool:
    """An item states a size per token the list goes on with (a what-if does not)."""
    tail = text[-400:]
    if _WHAT_IF.search(tail):
        return False
    sizes = [z for z in _kilo_sizes(tail) if z.value < 2**20]
    return bool(sizes) and bool(_PER_TOKEN_IN.search(tail) or any(_PER_TOKEN_AFTER.match(tail, z.end) for z in sizes))


_NO_WINDOW = guarded(
    r"(?i)\bwithout\s+(?:the\s+|a\s+)?(?:sliding[\s-]+)?window|\bno\s+sliding\s+window|без\s+(?:скользящего\s+)?окна"
    r"|\b(?:ignoring|ignore)\s+(?:the\s+)?(?:sliding[\s-]+)?window|окн\w*\s+не\s+(?:учитыва|счита)\w*|не\s+учитыва\w*\s+(?:скользящ\w*\s+)?окн"
)


# a batch times the tokens of each of its sequences, said without the word tokens (`батч 8 × 4096`, `batch 16 × 8k`)
_BATCH_BY_CONTEXT = guarded(
    r"(?i)(?:batch|батч)\w*\s*\d{1,4}\s*[×x*]\s*(?P<n>\d{1,3}(?:[,\u00a0\u202f ]?\d{3})?)(?:\s?(?P<k>[kKкК]))?(?![\w.,])"
)


def _context_number(n: str, k: str | None) -> float:
    """A context length as written (`8,192 ctx`, `ctx:: 8,192`, `8,5k`): without `k` a comma before three
    digits separates thousands (no context is 8.192 tokens); with `k` a decimal part stays one."""
    n = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3})", "", n)  # `контекст 1 024`, `8\u00a0192`: thousands spaced
    if not k and re.fullmatch(r"\d{1,3}(?:,\d{3})+", n):
        return float(n.replace(",", ""))
    return float(n.replace(",", ".")) * (1024 if k else 1)


def _context_groups(m: re.Match[str]) -> tuple[str, str | None]:
    """The number and the `k` of a `_CONTEXT` match, whichever of its forms matched."""
    if m.group("n"):
        return m.group("n"), m.group("k")
    if m.group("n3"):
        return m.group("n3"), None
    return m.group("n2"), m.group("k2")


def _lead_context(lead: str) -> tuple[float | None, int | None]:
    """The context length and batch the line above states."""
    ctx = next((t for t in find_quantities(lead) if _a_context(t)), None)
    seq: float | None = ctx.value if ctx else None
    if seq is None:
        short = next((m for m in _K_CONTEXT.finditer(lead) if float(m.group(1)) in _POWERS_K), None)
        seq = float(short.group(1)) * 1024 if short else None
    if seq is None:
        m = _CONTEXT.search(lead)
        if m:
            seq = _context_number(*_context_groups(m))
    b = _BATCH.search(lead)
    return seq, (_batch_number(b) if b else None)


# a figure said of the setup stated before it (`the same cache in fp8`, `for the same batch`, `тот же кэш`, `того же батча`)
_SAME_SETUP = guarded(
    r"(?i)\bsame\s+(?:KV\s+)?(?:cache|batch|setup|settings?|workload|load|contexts?)\b"
    r"|(?<!\w)(?:тот|того|том|тому|тем|та|той|ту|те|тех|теми)\s+же\s+(?:KV[\s-]*)?(?:кэш\w*|кеш\w*|батч\w*|нагрузк\w*|сценари\w*"
    r"|настройк\w*|контекст\w*)"
)
# `the same batch is 20 GiB`, `тот же батч — 20 ГиБ`: a size of the batch the lines above set up is its cache (the
# weights do not grow with a batch)
_SAME_BATCH = guarded(r"(?i)\bsame\s+batch\b|(?<!\w)(?:тот|того|том|тому|тем)\s+же\s+батч\w*")
# `the same context`, `с тем же контекстом`: only the context is the setup's; a batch the sentence states is its own
# `a batch of 8 such sequences`, `32 таких запроса`: sequences of the length the line above states, in a batch of its own
_SUCH_SEQUENCES = guarded(
    r"(?i)\b(?:such|these|those)\s+(?:full\s+)?(?:sequences|requests|contexts|conversations|prompts|chats|dialog(?:ue)?s)\b"
    r"|(?<!\w)(?:таки[ехм]|этих|эти|этим)\s+(?:же\s+)?(?:полны[ехм]\s+)?"
    r"(?:последовательност\w*|запрос\w*|контекст\w*|диалог\w*|чат\w*|сесси\w*)"
)
_SAME_CONTEXT = guarded(r"(?i)\bsame\s+context|(?<!\w)(?:тот|того|том|тому|тем|те|тех|теми)\s+же\s+контекст")


def _same_setup(lines: tuple[str, ...], batched: bool = False) -> tuple[float | None, int | None]:
    """The context and batch of the nearest line above (in the section) that states a context: the setup a figure
    said of `the same cache` refers back to; when `batched` (`the same batch`), of the nearest one that states a batch
    of more than one. A token count that is context × batch (`контекст 4096 при батче 32, это 131 072 токена`) is one
    sequence of that many tokens."""
    nearer: int | None = None  # a batch a nearer line states (`Per 8K sequence: … 2.5 GiB.` / `Batch of 16: … = 40 GiB.`)
    for line in lines:
        seq, batch = _lead_context(line)
        if batched and seq is not None and not (batch and batch > 1) and nearer is None:
            continue  # `Один запрос на 128K — 7 ГиБ.` / `А тот же батч …`: the batch is a line farther up
        if seq is None:
            if nearer is None:
                b = _BATCH.search(line)
                nearer = _batch_number(b) if b else None
            continue
        if batch and batch > 1 and seq % batch == 0 and re.search(rf"(?<![\d.,]){int(seq // batch)}(?![\d.,]?\d)", line):
            batch = 1
        return seq, batch or nearer
    return None, None


@lru_cache(maxsize=64)
def _cache_setup_above(lines: tuple[str, ...]) -> tuple[float | None, int | None]:
    """The context and batch of the cache the nearest line above (in the section) sizes: a line naming the cache and
    stating a context and a batch both (`32 пользователя по 4096 токенов — 40 ГиБ кэша`); else none."""
    for line in lines[:2]:
        if not _KV.search(line) or not _kilo_sizes(line):
            continue
        seq, batch = _same_setup((line,))
        return (seq, batch) if seq is not None and batch else (None, None)
    return None, None


# a column header that is only a storage type and a unit (`fp8 (GiB)`, `int4, ГБ`)
_TYPE_ONLY_HEADER = guarded(
    r"(?i)\s*(?:fp8|fp16|bf16|fp32|int8|int4|nf4|q\d_\w+|\d-bit|\d\s*бит\w*)\s*[,(]?\s*(?:[KMGT]i?B|[КМГТ]и?Б)?\s*\)?\s*"
)


def _cache_column_before(s: Sentence, q: Quantity, facts: NoteFacts) -> bool:
    """The nearest column left of the figure's whose header is more than a type names the cache
    (`| cache at 128k, fp16 (GiB) | fp8 (GiB) | int4 (GiB) |`): the type-only columns go on with it."""
    col = column_at(s.unit.text, q.start)
    for c in range(col - 1, 0, -1):
        name = facts.column_header.get((s.unit.line, c), "")
        if not name or _TYPE_ONLY_HEADER.fullmatch(name):
            continue
        # the cache in a type of its own, a total (`cache at 128k, fp16 (GiB)`), not a size per token beside weights
        return bool(_KV.search(name) and find_dtypes(name) and not _PER_TOKEN_IN.search(name) and "/tok" not in name.lower())
    return False


def _table_about_kv(s: Sentence, facts: NoteFacts) -> bool:
    """A column of the figure's table is headed with the KV cache."""
    cols = s.unit.text.count("|")
    return any(_KV.search(facts.column_header.get((s.unit.line, c), "")) for c in range(cols + 1))


@lru_cache(maxsize=64)
def _names_context(lead: str) -> bool:
    """The line above states a context or sequence length; once per line."""
    return bool(lead and (_SEQ_WORDS.search(lead) or any(_a_context(t) for t in find_quantities(lead))))


def _line_referred_to(s: Sentence, facts: NoteFacts) -> str:
    """The nearest line above in the section when the sentence refers back to its sequences (`3. A full 4,096-token
    context: … = 2 GiB.` / `4. A batch of 8 such sequences: 16 GiB.`), list items included; else nothing."""
    above = facts.lines_above.get(s.unit.line, ())
    return above[0] if above and _once(_SUCH_SEQUENCES, s) else ""


_TIMES_NEXT = guarded(r"\s*[×x*·]\s*\d")
_TIMES_FIGURE_BEFORE = guarded(r"\d\s*[×x*·]\s*$")


@lru_cache(maxsize=64)
def _per_token_above(lead: str) -> bool:
    """The line above states a size per token (`512 KiB per token`, `128 КиБ на токен`, `На токен: … = 384 КиБ`)
    or a context times one (`4,096 × 512 KiB = 2 GiB`); once per line."""
    if not lead:
        return False
    found = find_quantities(lead)
    small = [z for z in found if z.kind == "bytes" and z.value < 2**24]
    if any(_PER_TOKEN.match(lead, z.end) for z in small):
        return True
    if small and (_PER_TOKEN_IN.search(lead, 0, small[-1].start) or _ONE_TOKEN.search(lead, 0, small[-1].start)):
        return True  # `На токен: 2 × 32 × … = 393 216 байт, то есть 384 КиБ`: the per-token words come first
    # `A full 4,096-token context: 4,096 × 512 KiB = 2 GiB`: a context times a size per token
    return any(z.kind == "tokens" for z in found) and any(
        _TIMES_NEXT.match(lead, z.end) or _TIMES_FIGURE_BEFORE.search(lead, max(0, z.start - 8), z.start) for z in small
    )


def _kilo_sizes(text: str) -> list[Quantity]:
    return [z for z in find_quantities(text) if z.kind == "bytes" and z.scale >= 1e3]


_EQUALS_BEFORE = guarded(r"=\s*[~≈]?\s*$")
# `… 0.5 GiB and the 32-user batch to 16 GiB`: what follows a conjunction after a figure is the next figure's
_JOINED_NEXT = guarded(r"(?i)\s(?:and|while|whereas|but|и|а|но)\s")


def _own_stretch(s: Sentence, q: Quantity) -> tuple[int, bool]:
    """Where the words about figure `q` start (after the size before it in the sentence, if any), and
    whether the sentence states other sizes (`at 8k it is 0.44 GiB, and batch 8 at 8k — 3.5 GiB`)."""
    text = s.unit.masked
    every = starting_in(_kilo_sizes, s.start, s.end, text)
    before = [z.end for z in every if z.end <= q.start]
    return (max(before) if before else s.start), len(every) > 1


def _clause_end(s: Sentence, q: Quantity) -> int:
    return mark_bounds(s.unit.masked, ",;—–(", s.start, q.start, q.end, s.end)[1]


_WINDOW_AFTER = guarded(r"(?i)[\s-]*(?:sliding[\s-]+|attention[\s-]+)?window")
_FULL_BEFORE = guarded(r"(?i)\b(?:full|whole|entire|полн\w*|цел\w*)\s+$")
_WINDOW_BEFORE = guarded(r"(?i)(?:window|окн\w*)\s+(?:of\s+|в\s+|на\s+)?(?:~|≈)?$")


def _names_context_of(s: Sentence, n: int) -> bool:
    """The sentence states a context of `n` tokens (`контекст 4096`, `a 2048 context`), not a figure of
    another kind that happens to equal it (`× 128 KiB per token`)."""
    return any(_context_number(*_context_groups(m)) == n for m in _CONTEXT.finditer(s.unit.text, s.start, s.end))


_RESULT_BEFORE = guarded(r"(?:=|≈|→)\s*$")


_DEVICE_WORDS = r"(?i:GPUs?|cards?|devices?|nodes?|accelerators?|карт\w*|GPU|устройств\w*|ускорител\w*|узл\w*)"


def _all_devices(s: Sentence, b: re.Match[str] | None) -> bool:
    """`for all 8` where the sentence counts 8 devices (`split over 8 GPUs: … 2.5 GiB for all 8`): the devices, no batch."""
    n = b.group("n9") if b is not None else None
    return n is not None and re.search(rf"(?<![\d.,]){n}\s*(?:×\s*)?(?:[\w-]+\s+)?{_DEVICE_WORDS}", s.text) is not None


def _context_batch(s: Sentence, lo: int, hi: int, facts: NoteFacts | None) -> tuple[Quantity | None, float | None, int | None]:
    """The context length (and the batch, when given) stated in [lo, hi) of the sentence."""
    text = s.unit.masked[lo:hi]
    ctx = next(
        (
            t
            for t in s.quantities
            if _a_context(t)
            and lo <= t.start < hi
            # `the full 131,072-token window`: a full window is the whole context
            and not (
                _WINDOW_AFTER.match(s.unit.masked, t.end)
                and not _FULL_BEFORE.search(s.unit.masked, max(0, t.start - 12), t.start)
            )
            and not _WINDOW_BEFORE.search(s.unit.masked, max(0, t.start - 24), t.start)
        ),
        None,
    )  # `a 4096-token window`, `окном в 4096 токенов`: the window, not the context
    if ctx is not None:
        # `60 кадров по 256 токенов = 15 360 токенов`: a count of tokens restated as a product's result is the total
        ctx = next(
            (
                t
                for t in s.quantities
                if t.kind == "tokens"
                and ctx.end <= t.start < hi
                and _RESULT_BEFORE.search(s.unit.masked, max(ctx.end, t.start - 4), t.start)
            ),
            ctx,
        )
    seq: float | None = ctx.value if ctx else None
    if seq is None and facts is not None:
        seq = facts.row_cell(s, _CONTEXT_HEADER)
    if seq is None:
        short = next((m for m in _K_CONTEXT.finditer(text) if float(m.group(1)) in _POWERS_K), None)
        seq = float(short.group(1)) * 1024 if short else None
    if seq is None:
        m = _CONTEXT.search(text)
        if m:
            seq = _context_number(*_context_groups(m))
    b = _BATCH.search(text)
    b = None if _all_devices(s, b) else b
    return ctx, seq, (_batch_number(b) if b else None)


_SEQ_WORDS = guarded(
    r"(?i)\bsequences?\b|\bcontext\b|\bctx\b|\bprompt\b|\bbatch\b|\bconversations?\b|\bdialog(?:ue)?s?\b"
    r"|диалог|последовательност|контекст|батч|запрос"
)


_BLOCK_WORD = guarded(r"(?i)\bblocks?\b|\bpages?\b|блок\w*|страниц\w*")
_AT_K = guarded(r"(?i)(?:\bна|\bat|@|\bfor|\bwith|\bпри|\bдо|\bto)\s+(\d{1,3})\s?[kKкК](?![\w])")


def _unread_inputs(s: Sentence) -> bool:
    """The sentence states bare numbers of its own (`на тех же 200 × 4096`) that no context or batch
    reading took: the context of the line above or of the section is not the one it uses."""
    memo, key = _memo(s), ("unread", s.start, s.end)
    if key in memo:
        return bool(memo[key])
    batches = [m.span() for m in _BATCH.finditer(s.unit.masked, s.start, s.end)]  # `batch 64`, `64 запросах`: read
    found = any(
        z.kind == "number"
        and not z.unit
        and z.hi is None
        and z.value >= 16
        and s.start <= z.start < s.end
        and not any(a <= z.start < b for a, b in batches)
        for z in s.quantities
    )
    memo[key] = found
    return found


def _at_k_context(s: Sentence) -> bool:
    """`X на 128k: 2 ГиБ`, `at 32k`: a context length of a power of two thousand tokens, said with `at`/`на`."""
    m = _once(_AT_K, s)
    return m is not None and float(m.group(1)) in _POWERS_K


def _states_context(s: Sentence) -> bool:
    """The sentence gives a context length, a batch or a sequence: what a KV cache total needs."""
    return any(_a_context(q) for q in s.quantities) or bool(_SEQ_WORDS.search(s.unit.masked, s.start, s.end))


_PER_PARAM = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+)(?:param|пар)")


_BY_BEFORE = guarded(r"(?i)(?:\bby|\bна|[×*])\s*$")


def _times_params(s: Sentence, p: Quantity, q: Quantity) -> bool:
    """`multiply 7.24B parameters by 2 bytes … 14.5 GB`, `8,03 млрд параметров на 2 байта — 16,1 ГБ`: a few
    bytes multiplying a parameter count said just before them, for a size after them."""
    if not (p.kind == "bytes" or (p.kind == "count" and p.unit == "B")) or p.printed > 20 or p.end > q.start:
        return False
    if not _BY_BEFORE.search(s.unit.masked, max(s.start, p.start - 4), p.start):
        return False
    counts = [c for c in s.quantities if c.end <= p.start and c.kind == "count" and is_parameter_count(s, c)]
    return bool(counts) and p.start - counts[-1].end <= 24


_EACH = guarded(r"(?i)\s*(?:each|apiece|каждый|на\s+каждый)\b")
_AT_BEFORE = guarded(r"(?i)(?:\bat|\bпо|[×*])\s*$")


def _each_of_params(s: Sentence, p: Quantity, q: Quantity) -> bool:
    """`72.7B params at 1 byte each is 67.7 GB`, `8 млрд параметров по 2 байта каждый — 16 ГБ`: a few bytes each of a
    parameter count said just before them, for a size after them."""
    if p.printed > 20 or p.end > q.start or not _EACH.match(s.unit.masked, p.end):
        return False
    if not _AT_BEFORE.search(s.unit.masked, max(s.start, p.start - 5), p.start):
        return False
    counts = [c for c in s.quantities if c.end <= p.start and c.kind == "count" and is_parameter_count(s, c)]
    return bool(counts) and p.start - counts[-1].end <= 24


def _count_of_rate(s: Sentence, per: Quantity) -> Quantity | None:
    """The parameter count a rate multiplies or is each of (`12.9B active params at 2 bytes each`): said just before it."""
    counts = [c for c in s.quantities if c.end <= per.start and c.kind == "count" and is_parameter_count(s, c)]
    if not counts or per.start - counts[-1].end > 24:
        return None
    if not (
        _EACH.match(s.unit.masked, per.end)
        or _BY_BEFORE.search(s.unit.masked, max(s.start, per.start - 5), per.start)
        or _AT_BEFORE.search(s.unit.masked, max(s.start, per.start - 5), per.start)
    ):
        return None
    return counts[-1]


# a table column counting parameters in a scale (`| таблицы, млн |`, `| params (M) |`, `| параметров, млрд |`), no bytes
_COUNT_COLUMN = guarded(
    r"(?i)^(?!.*(?:[KMGT]i?B\b|[КМГТ]и?Б|байт|bytes|%|доля|share))[^|]{0,40}?[,(\s](?P<scale>млн|млрд|M|B|mln|bn)\)?\s*$"
)
_COUNT_SCALES = {"млн": 1e6, "m": 1e6, "mln": 1e6, "млрд": 1e9, "b": 1e9, "bn": 1e9}


def _row_part_count(s: Sentence, q: Quantity, facts: NoteFacts, params: float) -> tuple[float, str] | None:
    """The parameters of the part of the model a table row counts in a column of its own (`| таблицы, млн | … |`
    / `| 1090,0 |`), when that count is a part of the model's (under 90 % of it): the row's size columns are that
    part's. None when the row counts no such part."""
    own = column_at(s.unit.text, q.start)
    for col, count, header in _count_columns(s, facts):
        if col == own:
            continue
        if count is None:
            return None
        return (count, header) if 0 < count < 0.9 * params else None
    return None


def _count_columns(s: Sentence, facts: NoteFacts) -> tuple[tuple[int, float | None, str], ...]:
    """The table row's columns counting parameters (`| таблицы, млн |`): column, its cell's count (None: no plain
    figure there) and header, read once a row (a row of thousands of cells is not read once per cell: linear)."""
    key = (s.unit.line, s.unit.masked)
    found = facts.row_counts.get(key)
    if found is None:
        if len(facts.row_counts) > 256:
            facts.row_counts.clear()
        out: list[tuple[int, float | None, str]] = []
        for col, cell in enumerate(s.unit.text.split("|")):
            header = facts.column_header.get((s.unit.line, col), "")
            m = _COUNT_COLUMN.match(header) if header else None
            if m is None:
                continue
            value = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*", cell.replace("\u00a0", "").replace(" ", ""))
            scale = _COUNT_SCALES[m.group("scale").lower()]
            out.append((col, float(value.group(1).replace(",", ".")) * scale if value else None, header))
        found = facts.row_counts[key] = tuple(out)
    return found


def _own_storage_type(s: Sentence, q: Quantity, per: Quantity) -> bool:
    """Whether the figure's clause, past a `;` after the rate, names a storage type of its own (`; 405B bf16 is 811.7
    GB`): the rate before is another clause's."""
    stop = s.unit.masked.rfind(";", per.end, q.start)
    if stop < 0:
        return False
    return any(not d.gguf and stop < d.start < q.start for d in in_range(s.dtypes, stop, q.start))


def _per_param(s: Sentence, q: Quantity) -> Quantity | None:
    """A bytes-per-parameter figure the sentence states (`16 bytes/param`, `18 Б/пар.`), which
    then gives the size of every parameter of the model the figure is said of (not past a semicolon where the line
    turns to serving: `turned_to_serving`)."""
    text = s.unit.masked
    if turned_to_serving(text, q):
        return None
    found = [
        p if p.kind == "bytes" else replace(p, kind="bytes", unit="bytes", scale=1.0)
        for p in s.quantities
        if (p.kind == "bytes" and p.scale == 1) or (p.kind == "count" and p.unit == "B")  # `12 B/param`
        if p is not q and (_PER_PARAM.match(text, p.end) or _times_params(s, p, q) or _each_of_params(s, p, q))
        # (`| 3.21 GB | 6.43 GB | 1 byte per parameter instead of 2 |`: a comment cell explains, it gives no recipe)
        if s.unit.source != "table" or not _other_comment_cell(s, p.start, q)
    ]
    if len(found) == 1 and found[0].end <= q.start:
        # `16 байт на параметр → 208 ГБ; с AdamW и fp32-градиентами (18 байт) — 234 ГБ`: a number of bytes stated in
        # the figure's own stretch, after the rate, is its own recipe
        a, _ = _own_stretch(s, q)
        own = [
            p
            for p in s.quantities
            if p.kind == "bytes"
            and p.scale == 1
            and 1 <= p.value <= 40
            and p.hi is None
            and max(a, found[0].end) <= p.start
            and p.end <= q.start
            and p is not q
            and (
                (text[max(0, p.start - 2) : p.start].strip().endswith("(") and text[p.end : p.end + 2].strip().startswith(")"))
                or _EACH.match(text, p.end) is not None  # `…, а 4 байта каждый для градиентов — 52 ГБ`
            )
        ]
        if own:
            return own[-1]
    if len(found) > 1:  # `(16 B/param) ~122 GB, and with 8-bit Adam (12 B/param) ~91 GB`: the one said before it
        a, _ = _own_stretch(s, q)
        before = [p for p in found if p.end <= q.start]
        found = [p for p in before if a <= p.start]
        if len(found) != 1 and before:
            # `states drop from 8 to 2 bytes/param, so 18 → 12 bytes/param, 96 GiB`: the recipe right before the size
            last = max(before, key=lambda p: p.end)
            gap = _PER_PARAM_GAP.match(text, last.end, q.start)
            found = [last] if q.start - last.end <= 40 and gap is not None and gap.end() == q.start else []
    if len(found) == 1 and _other_subjects(s, found[0].start, q.start):
        return None  # `teacher Llama-3-70B in bf16 (141 GB), student … at 16 B/param`: the rate is the other model's
    if len(found) == 1 and found[0].start >= q.end and ";" in text[q.end : found[0].start]:
        return None  # `… 36 KiB (GPT-2) … of cache per token; 16 bytes per parameter to train`: a later clause's rate
    if len(found) == 1:
        a, b = clause_bounds(s, q.start, q.end)
        if not a <= found[0].start < b and _FROZEN_BASE.search(text, a, b):
            return None  # `…: 671 KB; the frozen bf16 base stays at 16.06 GB`: the base's own clause, not the recipe's
        since = min(a, max(s.start, _previous_figure_end(s, q)))  # (`… в bf16 — 6,4 ГБ`: the dash inside its words)
        if (
            found[0].start >= b
            and in_range(s.dtypes, since, q.start)
            and not _TRAINING_WORDS.search(text, since, q.start)
            and text[q.end : found[0].start].strip(" (—–-:,")  # `108 GB (16 bytes/param)`: the figure's own rate
        ):
            # `Адаптеры в bf16 — 65,5 МБ, состояние Adam (16 байт/параметр) — 524,3 МБ`: a size in its own type, the
            # rate of a later clause is the next size's
            return None
    return found[0] if len(found) == 1 else None


# what a sentence about several models says each is by: a role (`teacher`, `политика`, `the reference`) or a name
_SUBJECT_ROLE = guarded(
    rf"{ROLE_NOUN.pattern}|(?i:(?<![\w-])(?:reference|reward|value\s+model|critic|actor|референс\w*|наград\w*"
    r"|ценност\w*|критик\w*|актор\w*|политик\w*|учител\w*|учени\w*)(?![\w-]))"
)


def _subjects(s: Sentence) -> list[tuple[int, str]]:
    """Where the sentence names a model or a role, with what it names (found once per sentence)."""
    memo, key = _memo(s), ("subjects", s.start, s.end)
    got = memo.get(key)
    if not isinstance(got, list):
        got = sorted(
            [(m.start, f"model:{m.config.name if m.config else m.text}") for m in s.models if s.start <= m.start < s.end]
            + [(m.start(), f"role:{m.group(0).lower()[:5]}") for m in _SUBJECT_ROLE.finditer(s.unit.masked, s.start, s.end)]
        )
        memo[key] = got
    return got


def _other_subjects(s: Sentence, at: int, figure: int) -> bool:
    """Position `at` (a rate) and the figure at `figure` follow different models or roles the sentence names, the
    nearest before each: `teacher Llama-3-70B in bf16 (141 GB), student Llama-3-8B at 16 B/param (128 GB)`,
    `policy 208 GB (16 B/param) + reference 13 GB (fp8)`. A sentence naming one subject, or a rate said before any
    (`At 16 bytes per parameter, Llama-3-8B needs 128 GB`), is not split."""
    marks = _subjects(s)
    if len({name for _, name in marks}) < 2:
        return False
    def subject(pos: int) -> tuple[str, str] | None:
        """The role and the model last named before `pos` (`policy Llama-2-13B` and `reference Llama-2-13B` differ)."""
        before = [name for start, name in marks if start <= pos]
        if not before:
            return None
        role = next((n for n in reversed(before) if n.startswith("role:")), "")
        model = next((n for n in reversed(before) if n.startswith("model:")), "")
        return role, model

    own, rate = subject(figure), subject(at)
    if own is None or rate is None or own == rate:
        return False
    return any(min(at, figure) < start <= max(at, figure) for start, _ in marks)


# the base model a recipe for the trainable part leaves as it is (`the frozen bf16 base`, `замороженная база`)
_FROZEN_BASE = guarded(r"(?i)\bfrozen\b|\bbase\s+(?:model|weights)?\b|заморож\w*|(?<!\w)баз[аеуыо]\w*")


# what may stand between a recipe and its total: the `/param` words, a comma, `i.e.`, `so`, a dash, `≈`
_PER_PARAM_GAP = guarded(
    r"(?i)\s*(?:/\s*|per\s+|на\s+)(?:param(?:eter)?s?|пар(?:аметр\w*)?)\.?\)?\s*(?:[,:=(]|[—–-]|→|\bi\.e\.|\bso\b|\bthat\s+is\b"
    r"|\bт\.\s?е\.|\bто\s+есть\b|\bзначит\b|\s)*(?:~|≈|about\s+|около\s+|примерно\s+)?$"
)


_NOT_ACT = guarded(
    r"(?i)\b(?:before|without|excluding|excl\.|not counting|без(?:\s+уч[её]та)?|не считая|не учитывая|кроме)"
    r"\s+(?:the\s+)?(?:activations?|активаци\w*)"
)
_N_BYTE = guarded(r"(?i)(?<![\d.,])(\d+)[\s-]*(?:byte|байтн\w*)\s+(?:recipe|total|states|рецепт\w*)")
_TRAINING_WORDS = guarded(
    r"(?i)train|fine-?tun|обучен|дообуч|\badam|optimi[sz]er|оптимизатор|\bZeRO|\bstates\b|recipe|рецепт|состояни"
)


_ABOUT_PARAMS = guarded(r"(?i)param|параметр")


def _param_recipes(text: str) -> list[re.Match[str]]:
    """The recipes of a line that name parameters (`16 bytes per parameter`)."""
    return [m for m in RECIPE.finditer(text) if _ABOUT_PARAMS.search(m.group(0))]


def _sentence_recipes(s: Sentence) -> list[re.Match[str]]:
    """Every recipe (bytes per parameter) of the sentence, found once."""
    memo, key = _memo(s), ("recipes", s.start, s.end)
    found = memo.get(key)
    if not isinstance(found, list):
        found = memo[key] = list(RECIPE.finditer(s.unit.masked, s.start, s.end))
    return found


# a recipe named by its optimizer rather than its bytes (`Mixed-precision Adam for Llama-3-8B: 128.5 GB`)
_ADAM_NAMED = guarded(rf"(?i){ADAM_WORD}|{MIXED_PRECISION_WORDS}")


# what a clause about serving says (`at TP = 2 each card holds …`, `KV cache`, `потолок`); and the training words the
# recipe's own clauses may use besides `_TRAINING_WORDS` (`gradients`, `moments`, `FSDP`, `split over 4 GPUs`, `26 GB of them`)
_SERVING_CLAUSE = guarded(
    r"(?i)\bTP\s*=|\btensor[\s-]+parallel|\bKV\b|\bcache\b|кэш\w*|\bdecod\w*|\bceiling\b|потол\w*|\btok/s\b|ток/с"
)
_STATE_WORDS = guarded(
    r"(?i)\bgrad\w*|\bmoments?\b|\bmaster\b|\bFSDP\b|\bDDP\b|\bshard\w*|\bsplit\b|\bof\s+them\b|градиент\w*|момент\w*"
    r"|шардир\w*|из\s+них"
)


def turned_to_serving(text: str, q: Quantity) -> bool:
    """A size in a clause after a semicolon that names no training, while the line before it does, and that speaks of
    serving (a tensor-parallel split, weights, cache or what is free): `the state is 128.5 GB at 16 bytes per parameter;
    at TP = 2 each card holds half of the 70.6 GB, 35.28 GB` has turned from the recipe to serving. (The sentence may be
    the clause itself: the line's text around it is read, a bounded stretch.)"""
    lo = max(0, q.start - 300)
    semi = text.rfind(";", lo, q.start)
    if semi < 0 or (_TRAINING_WORDS.search(text, lo, semi) or RECIPE.search(text, lo, semi)) is None:
        return False
    hi = min(len(text), q.end + 300)
    end = text.find(";", q.end, hi)
    end = hi if end < 0 else end
    if _TRAINING_WORDS.search(text, semi, end) or RECIPE.search(text, semi, end) or _STATE_WORDS.search(text, semi, end):
        return False
    return _SERVING_CLAUSE.search(text, semi, end) is not None


def _noted_recipe(s: Sentence, q: Quantity, facts: NoteFacts, params: float) -> Quantity | None:
    """The training recipe the note stated before the figure (earlier on its line, else above it), as
    bytes per parameter, for a model's size with no storage type in its sentence: when the sentence
    or its section's heading is about training, or no common storage type gives the figure."""
    text = s.unit.masked
    params_word = _search_once(s, _ABOUT_PARAMS, text, s.start, s.end)
    said_of_params = params_word is not None and params_word.end() <= q.start
    here = [m for m in _sentence_recipes(s) if m.end() <= q.start and (said_of_params or _ABOUT_PARAMS.search(m.group(0)))]
    earlier = last_before(_param_recipes, q.start, text)
    last = here[-1] if here else earlier
    noted = facts.recipe.get(s.unit.line)
    if noted and not last and _ADAM_NAMED.search(text, s.start, q.start):
        noted = None  # `Mixed-precision Adam for Llama-3-8B: 128.5 GB` under `No, it's 4 bytes per parameter`: its own recipe
    if last is not None and turned_to_serving(text, q):
        return None  # `…128.5 GB at 16 B per parameter; at TP = 2 each card holds 35.28 GB`: the clause before's recipe
    value = float(last.group(1).replace(",", ".")) if last else (noted[0] if noted else None)
    a, b = clause_bounds(s, q.start, q.end)
    named = _N_BYTE.search(s.unit.masked, a, b)  # `versus 91 GB with the 12-byte recipe`
    if named:
        value = float(named.group(1))
    if value is None:
        return None
    training = bool(_TRAINING_WORDS.search(s.unit.masked, s.start, s.end)) or bool(noted and noted[1])
    if not training and q.value <= 1.2 * 4 * params:
        return None  # a size some common storage type may give: not said to be training memory
    per = find_quantities(f"{value:g} bytes")
    return per[0] if per else None


# an adapter's (LoRA's) own trainable parameters, not the base model's
_ADAPTER = guarded(r"(?i)\badapters?\b|\bLoRA\b|\btrainable\b|адаптер\w*|(?<!\w)обучаем\w*")


def _adapter_count(s: Sentence, q: Quantity, facts: NoteFacts) -> Quantity | None:
    """The adapter's own parameter count: the last count in millions before the figure on its line (`13.6M trainable`,
    `207 млн`), else on the line just above in the section (`… it is 41.9M.` / `Adapter state at 16 B/param: 670 MB`)."""
    above = facts.lines_above.get(s.unit.line, ())
    for text in (s.unit.masked[max(0, q.start - 400) : q.start], above[0][-400:] if above else ""):
        counts = [
            z
            for z in find_quantities(text)
            if z.kind == "count" and z.scale == 1e6 and z.hi is None and not _PER_PARAM.match(text, z.end)
        ]
        if counts:
            return counts[-1]
    return None


def _params_text(params: float) -> str:
    """`8.03B`, or `41.9M` for a count under a billion (an adapter's)."""
    return f"{params / 1e9:.2f}B" if params >= 1e9 else f"{params / 1e6:.3g}M"


def _per_param_size(q: Quantity, params: float, named: str, per: Quantity) -> tuple[Verdict, str, str]:
    computed = params * per.value
    check = compare(q, computed)
    return (
        check.verdict,
        f"{named}: {_params_text(params)} params × {per.value:g} bytes (stated per parameter) = {fmt(computed, q.scale)}; "
        + check.explanation,
        "per-param",
    )


# `ZeRO-2`, `ZeRO stage 1`, `FSDP` (full sharding: 3), `plain DDP` / `without ZeRO` / `без ZeRO` (0)
_ZERO_STAGE = guarded(
    r"(?i)\bZeRO[\s-]*(?:stage[\s-]*)?(?P<n>[0-3])\b|\bstage[\s-]*(?P<n2>[1-3])\s+(?:of\s+)?ZeRO\b|(?P<fsdp>\bFSDP\b)"
    r"|(?P<none>\bDDP\b|\b(?:without|no)\s+ZeRO\b|(?<!\w)без\s+ZeRO\b)"
)


# the figure is the model states alone: `of states`, `optimizer state`, `without activations`, `состояния`
_STATES_ONLY = guarded(
    r"(?i)\bstates?\b|\b(?:without|before|excluding|no)\s+activations|состояни\w*|без\s+(?:учёта\s+|учета\s+)?активаци\w*"
    # the figure is said to be the recipe's total split (`splits the 16-byte total`, `делит эти 208 ГБ`)
    r"|\b(?:split|divid|shard)\w*\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?total\b"
    r"|\b(?:дел|раздел|шардир)\w*\s+(?:эт\w+\s+|весь\s+|всю\s+)?(?:[\w-]+\s+){0,2}?(?:итог|сумм)\w*"
)


def _zero_stage(s: Sentence, q: Quantity) -> int | None:
    """The ZeRO stage a per-device figure is under: the last one named before it in the sentence, else the first
    after it in its clause; FSDP is full sharding (3), plain DDP / without ZeRO none (0)."""
    every = list(_ZERO_STAGE.finditer(s.unit.text, s.start, s.end))
    before = [m for m in every if m.end() <= q.start]
    b = clause_bounds(s, q.start, q.end)[1]
    m = before[-1] if before else next((m for m in every if q.end <= m.start() < b), None)
    if m is None:
        return None
    if m.group("fsdp"):
        return 3
    if m.group("none"):
        return 0
    return int(m.group("n") or m.group("n2"))


def _zero_bytes(per: float, n: int, stage: int) -> float:
    """Bytes per parameter on each of n devices under ZeRO stage 0-3 of a mixed-precision Adam recipe of `per` B."""
    shard = {0: 0.0, 1: per - 4.0, 2: per - 2.0, 3: per}[stage]
    return (per - shard) + shard / n


def _zero_share(q: Quantity, params: float, named: str, per: Quantity, n: int, stage: int) -> tuple[Verdict, str, str]:
    """Mixed-precision Adam's recipe (16 B/param: 2 B weights, 2 B gradients, 12 B fp32 master and moments) on each
    of n devices under ZeRO stage 0-3: stage 1 shards the optimizer states, 2 the
    gradients too, 3 the weights too (Rajbhandari et al.)."""
    states = per.value - 4.0
    shard = {0: 0.0, 1: states, 2: states + 2.0, 3: per.value}[stage]
    each = _zero_bytes(per.value, n, stage)
    computed = params * each
    check = compare(q, computed)
    parts = {0: "nothing sharded", 1: "optimizer states sharded", 2: "states and gradients sharded", 3: "all sharded"}
    how = (
        f"{named}: {per.value:g} B/param (2 weights + 2 gradients + {states:g} optimizer), ZeRO-{stage} over {n} devices "
        f"({parts[stage]}): {per.value - shard:g} + {shard:g}/{n} = {each:.3g} B/param × {_params_text(params)} = "
        f"{fmt(computed, q.scale)}"
    )
    if stage == 0:
        how = how.replace(f"ZeRO-0 over {n} devices", f"without ZeRO on each of {n} devices")
    return check.verdict, f"{how}; {check.explanation}", "per-param"


_OFFLOAD = guarded(r"(?i)offload|\bCPU\b|\bNVMe\b|\bhost\s+(?:RAM|memory)|выгруж\w*|оффлоад\w*|\bОЗУ\b")


# mixed-precision Adam named without its bytes: 16 B/param (2 weights, 2 gradients, 12 fp32 master and moments)
_MIXED_ADAM = guarded(
    r"(?i)\bmixed[\s-]+precision\s+Adam\w*|\bAdam\w*\s+(?:in|with)\s+mixed[\s-]+precision"
    r"|Adam\w*\s+(?:в|со?)\s+смешанн\w*\s+точност\w*|смешанн\w*\s+точност\w*\s+(?:и|с)\s+Adam\w*"
)


def _mixed_precision_adam(s: Sentence) -> Quantity | None:
    if not _search_once(s, _MIXED_ADAM, s.unit.text, s.start, s.end):
        return None
    per = find_quantities("16 bytes")
    return per[0] if per else None


def _another_stage(q: Quantity, params: float, per: float, n: int, stage: int) -> bool:
    """A per-device figure that is the recipe's states under another stage than the one said: the whole unsharded total
    (`ZeRO-3 over 8 GPUs: 107.8 GB per GPU`, the classic forgot-to-shard figure) or another stage's share: wrong, not
    the stage's states plus activations."""
    if any(_near(q, params * _zero_bytes(per, n, other)) for other in range(4) if other != stage):
        return True
    # the stage's states over another count of devices (`ZeRO-3 over 4 GPUs gives 61 GB per GPU`: split over 2)
    return any(_near(q, params * _zero_bytes(per, k, stage)) for k in _other_counts(n))


def _other_counts(n: int) -> set[int]:
    """The counts a share is mistakenly divided by instead of n: none (the whole) or two (half of it); not every k < n:
    a figure above the share with activations on top (`FSDP over 8 GPUs …: 52 GB per GPU`) would match some k by chance."""
    return {k for k in (1, 2) if k < n}


def _near(q: Quantity, value: float) -> bool:
    """The figure is that value to within 3 % (GB or GiB as labelled), not a hedge's or a round number's slack
    (`roughly 100 GB` is no recomputation of 115.8 GB)."""
    return abs(q.value - value) <= 0.03 * value


# the most memory one card of a kind has (bytes), any variant
_CARD_MEMORY = {"H100": 94e9, "H200": 141e9, "A100": 80e9, "B200": 192e9, "MI300": 192e9, "L40": 48e9, "L4": 24e9}
_CARD = guarded(r"(?i)(?<![\w-])(H100|H200|A100|B200|MI300|L40|L4|[345]090)")


def _card_could_hold(s: Sentence, q: Quantity) -> bool:
    """A card named in the sentence has at least that much memory."""
    for m in _CARD.finditer(s.unit.text, s.start, s.end):
        if _CARD_MEMORY.get(m.group(1).upper(), 32e9) >= 0.95 * q.value:
            return True
    return False


# a rate written as the result of a division (`16/4 = 4 bytes/param`): already the share of one device
_DIVIDED_BEFORE = guarded(r"\d\s*/\s*\d{1,4}\s*=\s*(?:~|≈)?\s*$")
# a sentence that says the states are sharded over the devices (not data-parallel replicas)
_SHARDS_STATES = guarded(r"(?i)\bshard\w*|\bFSDP\b|\bZeRO\b|шард\w*")


def _per_device_share(s: Sentence, q: Quantity, params: float, named: str, per: Quantity, n: int) -> tuple[Verdict, str, str]:
    """A figure per device beside a recipe in bytes per parameter: the total / devices holds; less than that even
    share is wrong (no sharding splits finer) unless the sentence moves states off the devices (offload, CPU, NVMe);
    more depends on what the sharding splits (ZeRO-1/2 keep some parts whole on every device): unverifiable."""
    total = params * per.value
    check = compare(q, total / n)
    how = (
        f"{named}: {_params_text(params)} params × {per.value:g} bytes (stated per parameter) = {fmt(total, q.scale)}, "
        f"/ {n} devices = {fmt(total / n, q.scale)}"
    )
    if check.verdict.holds:
        return check.verdict, f"{how}; {check.explanation}", "per-param"
    divided = _DIVIDED_BEFORE.search(s.unit.text, max(s.start, per.start - 16), per.start)
    if (divided or any(abs(per.value - _zero_bytes(16.0, n, st)) < 0.03 for st in (1, 2, 3))) and compare(q, total).verdict.holds:
        # `ZeRO-1 on 8 GPUs: 5.5 B/param → 44.17 GB per GPU`, `16/8 = 2 bytes/param → 16.06 GB`: the rate stated is
        # already one device's (4 + 12/8 = 5.5), so its product is the share
        check = compare(q, total)
        how = f"{named}: {_params_text(params)} params × {per.value:g} bytes (the rate per device stated) = {fmt(total, q.scale)}"
        return check.verdict, f"{how}; {check.explanation}", "per-param"
    if q.value < total / n and not _OFFLOAD.search(s.unit.text, s.start, s.end):
        return check.verdict, f"{how} (the even share, with every part sharded); {check.explanation}", "per-param"
    if _SHARDS_STATES.search(s.unit.text, s.start, s.end) and _near(q, total):
        # `sharded over 8 GPUs … 107.8 GB per GPU`: the unsharded total labelled per device
        return check.verdict, f"{how}; {q.text} is the whole, unsharded: {check.explanation}", "per-param"
    return (
        Verdict.UNVERIFIABLE,
        f"stated {q.text} per device; {how}: what else each device holds depends on the sharding",
        "per-param",
    )


_ZERO3 = guarded(r"(?i)\bZeRO[- ]?(?:3|stage\s*3)\b|\bFSDP\b")
_EACH_DEVICE = guarded(
    r"(?i)\s*(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:weights?|весов|веса)\s+)?"  # `35 GB of bf16 weights per GPU`
    r"(?:on\s+each(?:\s+(?:GPU|card|device))?|each|per[\s_]+(?:GPU|card|device)|на[\s_]+(?:каждую|каждой|каждый|карту|GPU|видеокарту))\b"
)
# the share said once after a list of figures (`32.9 GiB of weights and 20 GiB of cache per card`, `по 32,9 ГиБ весов и
# 20 ГиБ кэша на карту`): each figure of the list is one device's
_EACH_DEVICE_LISTED = guarded(
    r"(?i)\s*(?:(?!total\b|in\s+all\b|всего\b|суммарно\b|altogether\b|combined\b)[\w-]+\s+){0,2}?(?:and|и)\s+(?:~|≈)?\s*\d[\d.,]*\s*(?:[KMGT]i?B|[КМГТ]и?Б)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:per[\s_]+(?:GPU|card|device)|on\s+each|each|на\s+(?:каждую\s+)?(?:карту|GPU|видеокарту))\b"
)
_EACH_DEVICE_BEFORE = guarded(
    r"(?i)(?:\b|_)(?:on\s+each|each|per)[\s_]+(?:GPU|card|device)(?:\b|_)|на\s+(?:каждую|каждой|каждый|одну)\s+(?:карту|видеокарту|GPU|устройство)"
    r"|(?:\b|_)на_(?:карту|видеокарту|gpu|устройство)(?:\b|_)"
    r"|\beach(?:\s+one)?\s+(?:holds|stores|keeps|gets|has|needs|takes|carries)\b"
    r"|\bкажд(?:ая|ый|ое)\s+(?:карт\w*|видеокарт\w*|GPU|устройств\w*)|\bкажд(?:ая|ый)\s+(?:хранит|держит|получает)"
)
_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "eight": 8, "двух": 2, "две": 2, "два": 2}
_WORD_COUNTS.update({"четыре": 4, "четырёх": 4, "восемь": 8, "восьми": 8})
_DEVICE_NAMES = r"(?:H100|A100|H200|B200|L40S?|L4|MI300X?|(?:RTX\s*)?[345]090)"
_WORD_DEVICES = guarded(
    r"(?i)\b(" + "|".join(_WORD_COUNTS) + r")\s+(?:\d{2,3}\s?(?:GB|ГБ)\s+)?(?:GPUs|cards|devices|" + _DEVICE_NAMES
    + r"s?\b|видеокарт\w*|карт\w*)"  # `two 80 GB cards`
)
# the memory of the cards the sentence names by capacity: `two 80 GB cards`, `на двух картах по 24 ГБ`, `80GB A100s`
_CARD_CAPACITY = guarded(
    r"(?i)(?<![\w.,])(\d{2,3})\s?(?:GB|ГБ)\s+(?:GPUs?|cards?|devices?|" + _DEVICE_NAMES + r"s?\b|видеокарт\w*|карт\w*)"
    r"|(?:GPUs?|cards?|видеокарт\w*|карт\w*|" + _DEVICE_NAMES + r")\s+по\s+(\d{2,3})\s?(?:GB|ГБ)"
)


def _one_device_holds(s: Sentence, q: Quantity) -> bool:
    """A whole copy of this size fits one device: no more than the largest accelerator holds, nor than the capacity the
    sentence gives its cards (`Mixtral in bf16 on two 80 GB cards: 93.4 GB per card` is no replica)."""
    if q.value > _LARGEST_DEVICE:
        return False
    m = _search_once(s, _CARD_CAPACITY, s.unit.text, s.start, s.end)
    return m is None or q.value <= float(m.group(1) or m.group(2)) * 1e9 * 1.075


def _device_count(s: Sentence) -> int:
    """The number of devices a sentence spreads a model over (`over 2 GPUs`, `on two H100s`), else 0."""
    m = _search_once(s, _DEVICES, s.unit.text, s.start, s.end)
    if m:
        return int(unspaced(m.group("n")))
    tp = _search_once(s, _TENSOR_PARALLEL, s.unit.text, s.start, s.end)
    if tp:
        return int(tp.group("n"))
    w = _search_once(s, _WORD_DEVICES, s.unit.text, s.start, s.end)
    return _WORD_COUNTS[w.group(1).lower()] if w else 0


_DEVICES = guarded(
    r"(?i)(?<![\d,.])(?P<n>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)\s*(?:×\s*|x\s*|-(?=GPU))?"  # `an 8-GPU node`
    r"(?:GPUs?|cards?|devices?|A100|H100|H200|видеокарт\w*|карт\w*|shards?\b|шард\w*|files?\b|файл\w*)"
)
# `under TP 4`, `TP=8`, `tensor parallel 4`, `tensor-parallel size 2`: the devices a model is split over
_TENSOR_PARALLEL = guarded(
    r"(?i)\b(?:TP|tensor[\s-]+parallel(?:ism)?(?:\s+(?:size|degree))?)\s*(?:=|:|of)?\s*(?P<n>[1-9]\d?)\b(?![.,]\d)"
)


_PER_DEVICE = guarded(r"(?i)\s*(?:per|a|each|on\s+each|на)\s+(?:GPU|card|device|rank|карт\w*|видеокарт\w*|устройств\w*)")

# A figure said of one device's share (tensor or pipeline parallel): `80 KiB per token per GPU`, `63 GiB of cache
# on every GPU`, `51 GB of fp8 weights per stage`, `each GPU stores …`, `на каждой карте …`, `по 20 ГБ на GPU`
_DEV_EN = rf"(?:GPU|card|device|rank|accelerator|{_DEVICE_NAMES}|(?:pipeline\s+)?stage)s?"
_DEV_RU = rf"(?:видеокарт\w*|карт(?:[уеаы]|ах|ам)?\b|GPU|устройств\w*|ускорител\w*|стади\w*|ранг\w*|{_DEVICE_NAMES}(?![\w-]))"
# `each of the 4 GPUs`, `на каждой из 4 карт`, `the 8 H100s each`: one of the devices counted
_N_WORD = r"(?:\d+|two|three|four|eight|двух|тр[её]х|четыр[её]х|восьми)"
_EACH_OF_EN = rf"\beach\s+of\s+(?:the\s+|our\s+|its\s+)?{_N_WORD}\s+{_DEV_EN}(?![\w-])|\b{_N_WORD}\s+{_DEV_EN}\s+each\b"
_EACH_OF_RU = rf"\bкажд\w*\s+из\s+{_N_WORD}\s+{_DEV_RU}"
_PER_DEVICE_AFTER = guarded(
    r"(?i)\s*(?:/\s*" + _DEV_EN + r"(?![\w-])|(?:(?:of|из)\s+)?(?:[^\W\d][\w-]*\s+){0,3}?(?:(?:per|a|на)\s+(?:token|токен)\s+)?"
    r"(?:(?:on|in|for)\s+each\s*(?=[.,;:)]|$)|на\s+кажд(?:ой|ую|ом)\s*(?=[.,;:)]|$)|"  # `… per token on each.`: the devices said
    r"(?<=\s)each\s*(?=[,;)])|"  # `8 H200s … hold ~84 GB of fp8 experts each, leaving …`
    rf"(?:per|each|on\s+(?:each|every)|for\s+each|in\s+each)[\s-]+{_DEV_EN}(?![\w-])|(?:on\s+|in\s+)?{_EACH_OF_EN}"
    rf"|на\s+(?:каждую\s+|каждой\s+|каждый\s+|каждом\s+)?{_DEV_RU}|в\s+кажд(?:ой|ом)\s+{_DEV_RU}|(?:на\s+)?{_EACH_OF_RU}))"
)
_PER_DEVICE_BEFORE = guarded(
    rf"(?i)\b(?:each|every|per)[\s-]+{_DEV_EN}(?![\w-])|\bкажд\w*\s+{_DEV_RU}|(?<!\w)на\s+(?:каждую|каждой|каждый|каждом)\s+{_DEV_RU}"
    rf"|{_EACH_OF_EN}|{_EACH_OF_RU}"
    r"|\beach\s+of\s+them\b|(?<!\w)кажд(?:ая|ый|ое)\s+из\s+них"
    r"|(?<!\w)на\s+кажд(?:ой|ую|ом)\s+(?:по\s+)?(?:~|≈|около\s+)?$"  # `на каждой 34,5 ГБ`
    # `4 шарда по 4 ГБ`, `на 2 картах по 70,5 ГБ весов` (`на 2 картах по 80 ГБ`, the cards' own, is no model size)
    rf"|(?<![\w.,]){_N_WORD}\s+(?:шард\w*|файл\w*|{_DEV_RU})\s*(?:—\s*)?по\s+(?:~|≈|около\s+)?$"
    # `В int8 на карту приходится 69 ГБ`, `| веса на одну карту, ГБ |`
    r"|(?<!\w)на\s+(?:одну\s+)?(?:карту|видеокарту|GPU|устройство|ускоритель)(?!\w)(?!\s+(?:с|c)\s)"
)
# `PP=8`, `pipeline parallel 4`, `pipeline-parallel size 2`: the stages a model is cut into
# `3.35 TB/s ÷ 35.3 GB`, `3,35 ТБ/с / 35 ГБ`: a bandwidth divided by the size
_OVER_BANDWIDTH = guarded(r"(?i)(?:[KMGT]B|[КМГТ]Б)\s*/\s*(?:s|sec|с)\s*(?:÷|/)\s*(?:~|≈)?\s*$")
_PIPELINE = guarded(
    r"(?i)\b(?:PP|pipeline[\s-]+parallel(?:ism)?(?:\s+(?:size|degree))?)\s*(?:=|:|of)?\s*(?P<n>[1-9]\d?)\b(?![.,]\d)"
)


# the next clause opens with one device (`69 GB, on each of the two GPUs`, `69 ГБ — на каждой карте`)
_PER_DEVICE_NEXT = guarded(
    r"(?i)\s*[,—–(]\s*(?:i\.e\.,?\s*|that\s+is,?\s*|то\s+есть\s*|or\s+|или\s+)?"
    rf"(?:(?:on\s+|for\s+|in\s+)?(?:each|every|per)\s+{_DEV_EN}(?![\w-])|(?:на\s+)?кажд\w*\s+{_DEV_RU}|(?:on\s+)?{_EACH_OF_EN}|(?:на\s+)?{_EACH_OF_RU})"
)
_ANY_PER_DEVICE = guarded(
    rf"(?i)\b(?:per|each|every|on\s+(?:each|every))\s+{_DEV_EN}(?![\w-])|\bкажд\w*\s+{_DEV_RU}|(?<!\w)на\s+(?:каждую\s+|каждой\s+)?{_DEV_RU}"
)


def _counts_in(text: str, a: int, b: int) -> frozenset[int]:
    """Every device count stated in text[a:b] (`8 GPUs`, `8×H100`, `TP=4`, `PP=8`, `two cards`)."""
    found = {int(unspaced(m.group("n"))) for rx in (_DEVICES, _TENSOR_PARALLEL, _PIPELINE) for m in rx.finditer(text, a, b)}
    found |= {_WORD_COUNTS[m.group(1).lower()] for m in _WORD_DEVICES.finditer(text, a, b)}
    return frozenset(n for n in found if n > 0)


def _device_counts(s: Sentence) -> frozenset[int]:
    """The device counts the sentence states, read once (asked again for each of its figures: linear)."""
    memo, key = _memo(s), ("devices", s.start, s.end)
    found = memo.get(key)
    if not isinstance(found, frozenset):
        found = memo[key] = _counts_in(s.unit.text, s.start, s.end)
    return found


@lru_cache(maxsize=64)
def _line_device_counts(line: str) -> frozenset[int]:
    """The device counts a line above states, read once per line (asked again for each sentence below it)."""
    return _counts_in(line, 0, len(line))


def _tp_times_pp(s: Sentence) -> int:
    """Tensor and pipeline parallel degrees both stated (`TP=8, PP=4`): the devices are their product, else 0."""
    text, a, b = s.unit.text, s.start, s.end
    tp, pp = _search_once(s, _TENSOR_PARALLEL, text, a, b), _search_once(s, _PIPELINE, text, a, b)
    return int(tp.group("n")) * int(pp.group("n")) if tp and pp else 0


def _devices_said(s: Sentence, facts: NoteFacts | None) -> int:
    """The one device count a per-device figure is a share of: the sentence's, else the nearest line above in its
    section that states any, else the note's one tensor-parallel degree; 0 when none or several differ. Tensor and
    pipeline parallel degrees both stated multiply (`TP=8, PP=4`: 32 devices)."""
    grid = _tp_times_pp(s)
    if grid:
        return grid
    here = _device_counts(s)
    if here:
        # a count of cards alone (`an 8×H100 node`) may hold replicas: only a split says each holds a share
        return next(iter(here)) if len(here) == 1 and _SPLIT.search(s.unit.text, s.start, s.end) else 0
    if _OWN_NODE.search(s.unit.text, s.start, s.end):
        return 0  # `405B: FP8 на одном узле, 50,7 ГБ на карту`: a node of its own, its cards not counted here
    for line in facts.lines_above.get(s.unit.line, ()) if facts is not None else ():
        above = _line_device_counts(line)
        if above:
            return next(iter(above)) if len(above) == 1 and _SPLIT.search(line) else 0
    return facts.tensor_parallel if facts is not None else 0


# a sentence about a node or server of its own (`on one node`, `на одном узле`), its devices not counted
_OWN_NODE = guarded(
    r"(?i)\b(?:one|a|single|the)\s+(?:\w+\s+)?(?:node|server)\b"
    r"|(?<!\w)(?:одном|один|одного)\s+(?:\w+\s+)?(?:узл\w*|узел|сервер\w*)"
)


# what says a model is split over the devices, not copied to each (data parallel replicas)
_SPLIT = guarded(
    r"(?i)\b(?:TP|PP)\b|tensor[\s-]+parallel|pipeline|shard\w*|\bsplit\w*|\bacross\b|\bover\s+(?:the\s+)?(?:\d|two|four|eight)"
    r"|\bspread\w*|\bdivid\w*|partition\w*|\bFSDP\b|\bZeRO\b|раздел\w*|дел(?:им|ит|ится|ят)\b|разбит\w*|разрез\w*"
    r"|шард\w*|(?<!\w)на\s+(?:\d+|двух|четыр[её]х|восьми)\s+(?:карт|GPU|видеокарт|H100|A100)"
)


# a model (not a batch) split over the devices: tensor or pipeline parallel, fully sharded
_MODEL_SPLIT = guarded(
    r"(?i)\b(?:TP|PP)\b|tensor[\s-]+parallel|pipeline|\bshard\w*|\bFSDP\b|\bZeRO[\s-]*(?:stage[\s-]*)?3\b|шард\w*"
    r"|тензорн\w*\s+параллел\w*|конвейерн\w*"
    # expert parallelism shards the experts; a replica of several cards splits its copy over them
    r"|expert[\s-]+parallel\w*|\bEP\s*[=:]?\s*[1-9]|экспертн\w*\s+параллел\w*|\bper\s+replica\b|на\s+реплику"
)


# `X split over two cards`, `разбита на 4 карты`: a split of the model, unless the sentence names data split instead
_SPLIT_VERB = guarded(
    r"(?i)\bsplit\w*\s+(?:over|across|between|onto|into)\b|\bspread\s+(?:over|across)\b|разбит\w*\s+на|раздел\w*\s+на"
)
_DATA_SPLIT = guarded(r"(?i)\bbatch\w*|\bdata\b|\brequests?\b|\busers?\b|батч\w*|данн\w*|запрос\w*|\breplica\w*|реплик\w*")


def _model_split(s: Sentence, facts: NoteFacts) -> bool:
    """The sentence, or a line just above in its section, says the model itself is split over the devices."""
    return bool(
        _once(_MODEL_SPLIT, s)
        or (_once(_SPLIT_VERB, s) and not _once(_DATA_SPLIT, s))
        or facts.tensor_parallel
        or any(_MODEL_SPLIT.search(line) for line in facts.lines_above.get(s.unit.line, ()))
    )


def _said_per_device(s: Sentence, q: Quantity) -> bool:
    """The figure itself is one device's share: a per-device phrase right after it (or after a bracket restating it in
    another unit), or one in its clause since the figure before it (past that figure's own per-device phrase)."""
    text = s.unit.masked
    after = _past_bracketed_twin(s, q)
    if _PER_DEVICE_AFTER.match(text, after, min(s.end, after + 80)):
        return True
    if s.unit.source == "table" and _PER_DEVICE_BEFORE.search(_row_label(s.unit.text, q)):
        return True  # `| доля на карту FP8, ГБ | 405 | 50,7 |`: the row's label says each cell is one device's
    prev, clause_start = _previous_figure_end(s, q), clause_bounds(s, q.start, q.end)[0]
    lo = max(prev, clause_start)
    own = _PER_DEVICE_AFTER.match(text, prev, q.start) if prev > max(s.start, clause_start) else None
    if _PER_DEVICE_BEFORE.search(text, own.end() if own else lo, q.start) is not None:
        return True
    if prev <= clause_start and _OPENS_CLAUSE.fullmatch(text, clause_start, q.start):
        # `… on each of the 4 GPUs (TP=4): 34.5 GB`: the figure opens its clause, the clause before says the device
        sizes = [z.end for z in starting_in(_figures, s.start, q.start, text) if z.kind == "bytes"]
        # (past the figure before's own per-device phrase: `35,3 ГБ на карту; 141 ГБ — это bf16` is no share)
        since = max([s.start, *sizes])
        theirs = _PER_DEVICE_AFTER.match(text, since, q.start) if since > s.start else None
        since = theirs.end() if theirs is not None else since
        if _PER_DEVICE_BEFORE.search(text, since, q.start) is not None:
            return True
        lo = max([s.start, *sizes])
    else:
        lo = max(prev, s.start)
    # `на одну карту при TP=4 это 10 ГиБ`, `on one GPU with TP=4 that is 10 GiB`: one of the devices a split names
    return _ONE_DEVICE.search(text, lo, q.start) is not None and _SPLIT.search(s.unit.text, s.start, s.end) is not None


_ONE_DEVICE = guarded(
    rf"(?i)\b(?:(?:on|for|per|in)\s+)?(?:one|a\s+single)\s+{_DEV_EN}(?![\w-])|(?<!\w)(?:на|в)\s+одн(?:у|ой|ом)\s+{_DEV_RU}"
)
_OPENS_CLAUSE = guarded(r"(?i)[\s:—–)(-]*(?:~|≈|about\s+|около\s+|примерно\s+)?")


def _sharded(s: Sentence, params: float, q: Quantity | None = None) -> float:
    """ZeRO-3 / FSDP over N devices: each holds 1/N of the states (the parameters they size); the
    device count said last before the figure (`over 8 GPUs … X, while over 4 GPUs … Y`)."""
    zero = _ZERO3.search(s.unit.masked, s.start, s.end)
    if not zero:
        return params
    if q is not None and q.end <= zero.start() and not _PER_DEVICE.match(s.unit.masked, q.end):
        return params  # `16 bytes/param, about 128 GB; with ZeRO-3 over 8 GPUs, 16 GB per GPU`: the total comes first
    if q is not None and _whole_before_share(s, q):
        return params  # `ZeRO-3 на 8 GPU: …, всего 107,8 ГБ, то есть 13,5 ГБ на GPU`: the total, then the share
    every = list(_DEVICES.finditer(s.unit.text, s.start, s.end))
    before = [m for m in every if q is not None and m.end() <= q.start]
    if (
        q is not None
        and every
        and not before
        and not _said_per_device(s, q)
        and not _PER_DEVICE.match(s.unit.masked, q.end)
        and not _EACH_AFTER.match(s.unit.masked, q.end)
        and not re.search(r"(?i)(?<!\w)по\s+(?:~|≈)?$", s.unit.masked[max(s.start, q.start - 8) : q.start])
    ):
        return params  # `ZeRO-3 shards X's 16 bytes per parameter (208.3 GB) over 8 GPUs: 26 GB each`: the total first
    m = before[-1] if before else (every[0] if every else None)
    return params / int(unspaced(m.group("n"))) if m and int(unspaced(m.group("n"))) > 0 else params


_EACH_AFTER = guarded(r"(?i)\s*(?:(?:on|per|for|to)\s+)?(?:each|every)\b|\s*(?:на\s+)?кажд\w*")
_TOTAL_NEAR_BEFORE = guarded(
    r"(?i)(?:\btotal|\bin\s+all|(?<!\w)всего|(?<!\w)итого|суммарно|в\s+сумме)\s*(?::\s*)?(?:~|≈|about\s+|около\s+)?$"
)
_TOTAL_NEAR_AFTER = guarded(r"(?i)\s*(?:in\s+total|in\s+all|total|altogether|combined|всего|итого|суммарно|в\s+сумме)\b")


def _per_device_marked(s: Sentence, q: Quantity) -> bool:
    text = s.unit.masked
    return (
        _said_per_device(s, q)
        or bool(_PER_DEVICE.match(text, _past_bracketed_twin(s, q)))
        or bool(_EACH_AFTER.match(text, _past_bracketed_twin(s, q)))
        or bool(re.search(r"(?i)(?<!\w)по\s+(?:~|≈)?$", text[max(s.start, q.start - 8) : q.start]))
    )


def _whole_before_share(s: Sentence, q: Quantity) -> bool:
    """A figure not said per device that a total word marks (`всего 107,8 ГБ`, `128.5 GB in total`), or that a size said
    per device follows later in the sentence (`(16 байт на параметр, 208 ГБ) — по 13 ГБ на каждую GPU`): the whole."""
    if _per_device_marked(s, q):
        return False
    text = s.unit.masked
    if _TOTAL_NEAR_BEFORE.search(text, max(s.start, q.start - 20), q.start) or _TOTAL_NEAR_AFTER.match(text, q.end):
        return True
    later = [z for z in starting_in(_figures, q.end, s.end, text) if z.kind == "bytes" and z.start > q.end]
    if any(_per_device_marked(s, z) for z in later[:3]):
        return True
    # `each GPU holds only 3 GB of Llama-2-7B's 108 GB`: the whole a share per device is said to be part of
    earlier = [z for z in starting_in(_figures, max(s.start, q.start - 60), q.start, text) if z.kind == "bytes"]
    return bool(earlier) and bool(_OF_WHOLE.fullmatch(text, earlier[-1].end, q.start)) and _per_device_marked(s, earlier[-1])


_OF_WHOLE = guarded(r"(?i)\s+(?:of|из|от)\s+(?:the\s+|its\s+|their\s+|[\w.-]*'s\s+|[\w.-]+\s+)?(?:~|≈|about\s+|около\s+)?")


def _per_device_unsharded(s: Sentence, q: Quantity) -> bool:
    """A training figure said per GPU (`70 GB per GPU with ZeRO-2`) when the sentence names no full sharding."""
    text = s.unit.masked
    per_device = (
        _EACH_DEVICE.match(text, q.end) and not SEQUENCES_BEFORE.search(text, max(s.start, q.start - 40), q.start)
    ) or _EACH_DEVICE_BEFORE.search(text, clause_bounds(s, q.start, q.end)[0], q.start)
    return bool(per_device) and not _ZERO3.search(text, s.start, s.end)


_TRAINING_PART = guarded(
    r"(?i)optimi[sz]er\s+states?|\bmoments?\b|\bgrad(?:ient)?s?\b|master\s+(?:weights|copy|params?)|(?:adam\w*\s+)?states\b"
    r"|\bm\s*(?:and|&|\+)\s*v\b|состояни\w*|моменты|градиент\w*|мастер-?\s?копи\w*"
)


# The optimizer's states said of a figure: `Adam states`, `the two fp32 moments`, `состояния оптимизатора`
_STATES = guarded(
    r"(?i)optimi[sz]er\s+states?|\badam\w*\s+states?|\bmoments\b|\bm\s+and\s+v\b|состояни\w*\s+(?:[\w-]+\s+){0,2}?(?:оптимизатора|adam\w*)"
    r"|(?<!\w)момент(?:ы|а|ов)(?!\w)|оптимизатор\w*\s+(?:\w+\s+){0,3}?хран\w*"
)
_OTHER_PARTS = guarded(
    r"(?i)\bgradients?\b|master\s+(?:weights|copy)|\bweights\b|\bactivations?\b|градиент\w*|мастер|\bвеса\b|активаци\w*"
)


_EXPERT_BEFORE = guarded(
    r"(?i)\b(?:each|one|every|a\s+single|per)\s+expert\b|(?<!\w)(?:один|одного|каждый|каждого)\s+эксперт\w*"
)


def _layer_or_expert(s: Sentence, q: Quantity, cfg: ModelConfig | None) -> tuple[float, str] | None:
    """A weights figure said of one layer or one expert (`each layer's weights`, `один эксперт`): the
    parameters of that part, from the config (a layer: its attention, MLP and norms; an expert: its MLP
    in every layer that has experts)."""
    if cfg is None or cfg.decoder_layers:
        return None
    lo = max(_previous_figure_end(s, q), s.start, q.start - 120)  # a bounded look back, since the size before it
    text = s.unit.text
    expert = last_before(_expert_words, q.start, text)
    if expert is not None and expert.start() >= lo and cfg.is_moe and not _WHOLE_CACHE.search(text, expert.end(), q.start):
        one = mlp_params(cfg, cfg.moe_intermediate or cfg.intermediate) * (cfg.layers - cfg.dense_layers)
        return float(one), "one expert in all its layers"
    layer = last_before(_layer_words, q.start, text)
    if (
        layer is not None
        and layer.start() >= lo
        and not _HEADS_WORD.search(text, layer.end(), q.start)
        and not _WHOLE_CACHE.search(text, layer.end(), q.start)
        and not _KV.search(text, lo, q.start)
    ):
        return float(count_parameters(cfg).per_layer), "one layer"
    return None


def _expert_words(text: str) -> list[re.Match[str]]:
    return list(_EXPERT_BEFORE.finditer(text))


def _layer_words(text: str) -> list[re.Match[str]]:
    return list(_LAYER_BEFORE.finditer(text))


_INSTEAD_OF = guarded(
    r"(?i)(?:\binstead\s+of|\brather\s+than|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bdown\s+from|(?<!\w)вместо|(?<!\w)против)"
    r"\s*(?:the\s+)?(?:~|≈|about\s+|около\s+)?$"
)


def _optimizer_states(s: Sentence, q: Quantity) -> DtypeMention | bool | None:
    """The optimizer's states named before the figure in its sentence (and no other part of training
    memory between, nor named as the figure's own after it): the type its moments are said in (one
    said right after the figure first: `versus 57.9 GB in fp32`), True when none is said, None when not states."""
    lo = max(s.start, q.start - 120)  # a bounded look back
    found = list(_STATES.finditer(s.unit.masked, lo, q.start))
    if not found or _OTHER_PARTS.search(s.unit.masked, found[-1].end(), q.start):
        return None
    if _OTHER_PARTS.search(s.unit.masked, max(s.start, found[-1].start() - 30), found[-1].start()):
        return None  # `gradients and Adam states`: a sum of parts
    if _PART_AFTER.match(s.unit.masked, q.end, min(s.end, q.end + 60)):
        return None  # `…, plus 27 GB of fp32 master weights`: the figure names its own part, not the states
    after = _PAREN_DTYPE.match(s.unit.text, q.end) or _TYPE_AFTER.match(s.unit.text, q.end, min(s.end, q.end + 30))
    if after is not None:
        own = [d for d in find_dtypes(s.unit.text, after.start("d"), after.end("d")) if not d.gguf]
        if len(own) == 1:
            return own[0]  # `… 14.5 GB, versus 57.9 GB in fp32`: the type said right after the figure is its own
    if _INSTEAD_OF.search(s.unit.masked, max(s.start, q.start - 24), q.start):
        return True  # `take 16 GB instead of 64 GB`: the figure replaced, in a type not said (fp32 or 8-bit)
    said = [d for d in in_range(s.dtypes, lo, q.start) if not d.gguf]
    return said[-1] if said else True


def _listed_states(s: Sentence, q: Quantity, params: float, named: str) -> tuple[Verdict, str, str] | None:
    """`The Adam states of X, fp32 master copy plus two moments, come to 96.4 GB`: the states named
    before the figure as the fp32 master copy and the two moments (and no other part): 4 + 2 × the
    moments' bytes per parameter (fp32 unless 8-bit is said)."""
    lo = max(s.start, q.start - 160)  # a bounded look back
    found = list(_STATES.finditer(s.unit.masked, lo, q.start))
    if not found:
        return None
    a = found[0].start()
    master = _MASTER_PART.search(s.unit.masked, a, q.start)
    moments = _MOMENTS_PART.search(s.unit.masked, a, q.start)
    if master is None or moments is None:
        return None
    rest = s.unit.masked[a : q.start].replace(master.group(0), " ")
    if re.search(r"(?i)\bgradients?\b|\bactivations?\b|градиент|активаци|\bweights\b|\bвеса\b", rest):
        return None  # gradients or weights listed too: another sum
    eight = re.search(r"(?i)8[\s-]?bit|8[\s-]?бит|\bint8\b", s.unit.masked[lo : q.start])
    per_moment = 1.0 if eight else 4.0
    per = 4.0 + 2 * per_moment
    computed = per * params
    check = compare(q, computed)
    how = (
        f"{named}: fp32 master copy (4 B) + two moments × {per_moment:g} B = {per:g} B × {_params_text(params)} params "
        f"= {fmt(computed, q.scale)}"
    )
    return check.verdict, f"{how}; {check.explanation}", "training"


# the weights and their gradients said as one figure (`weights and gradients in bf16 take 187 GB`, `веса с градиентами`)
_WEIGHTS_AND_GRADS = guarded(
    r"(?i)(?:\bweights?|(?<!\w)вес(?:а|ов))(?:\s+(?:in|в)\s+[\w-]{2,8})?\s*(?:and|with|\+|plus|и|с|вместе\s+с)\s*(?:their\s+|the\s+|its\s+|их\s+)?"
    r"(?:\w{2,8}[\s-]+)?(?:gradients?\b|градиент\w*)"
    r"|(?:\bgradients?|(?<!\w)градиент\w*)\s*(?:and|with|\+|plus|и|с)\s*(?:the\s+)?(?:weights?\b|вес(?:а|ов)\b)"
)
_GRADS_BRACKET = guarded(
    r"(?i)\s*\(\s*(?:(?:[\w-]{2,8}\s+)?(?:weights?|вес(?:а|ов))(?:\s+(?:in|в)\s+[\w-]{2,8})?\s*(?:and|with|\+|plus|и|с)\s*"
    r"(?:[\w-]{2,8}[\s-]+)?(?:gradients?\b|градиент\w*))"
)
# gradient checkpointing (no gradients stored), or states sharded or counted per device: another sum
_NOT_GRADIENT_SUM = guarded(
    r"(?i)checkpointing|чекпоинтинг\w*|градиентн\w*\s+чекпо\w*|\bZeRO|\bFSDP\b|shard\w*|шард\w*|\bper\s+(?:GPU|card|device|rank)"
    r"|на\s+(?:карту|GPU|устройство)|\beach\s+(?:GPU|card)"
)
# a training recipe as the subject the figure sizes (`full fine-tuning needs`, `обучение требует`)
_TRAINING_NEEDS = guarded(r"(?i)\b(?:full\s+)?(?:fine[\s-]?tun\w*|training|pre-?training)\b|(?<!\w)(?:до|пред)?обучени\w*")
# Adam named as the optimizer a training figure includes, with no adapter in sight (`Full fine-tuning with Adam: 116 GB`)
_ADAM_IN_SENTENCE = guarded(rf"(?i){ADAM_WORD}")
_OPTIMIZER_SAID = guarded(
    r"(?i)optimi[sz]\w*|\badam\w*|moments?\b|\bmaster\b|\bstates?\b|оптимиз\w*|момент\w*|мастер\w*|состоян\w*"
)


def _weights_with_gradients(
    s: Sentence, q: Quantity, params: float, named: str, dtype: DtypeMention | None
) -> tuple[Verdict, str, str] | None:
    """`Веса с градиентами в bf16 — 282 ГБ`: weights and gradients in the one type stated, twice the weights' bytes
    (no optimizer state in the sentence, one type in the figure's clause)."""
    a, b = clause_bounds(s, q.start, q.end)
    # said since the figure before it, or in a bracket right after it (`32 GB (bf16 weights plus gradients)`)
    said = _WEIGHTS_AND_GRADS.search(s.unit.masked, max(_previous_figure_end(s, q), q.start - 80), q.start)
    if said is not None and any(ch in s.unit.masked[said.end() : q.start] for ch in "),;"):
        said = None  # `32 GB (bf16 weights plus gradients), so not on 24 GB`: another figure's bracket or clause
    said = said or _GRADS_BRACKET.match(s.unit.masked, q.end)
    if said is None or dtype is None or dtype.gguf or _OPTIMIZER_SAID.search(s.unit.masked, max(s.start, a - 1), b):
        return None  # (optimizer states in the figure's own clause: another sum; `…, and Adam adds 64 GB` is another's)
    if _TRAINING_NEEDS.search(s.unit.masked, s.start, q.start):
        return None  # `Full fine-tuning needs roughly 32 GB (bf16 weights plus gradients)`: the recipe's total, Adam left out
    if _NOT_GRADIENT_SUM.search(s.unit.masked, s.start, s.end):
        return None  # `with gradient checkpointing`, `ZeRO-2 … sharded gradients … per GPU`: no sum of whole copies
    types = {d.name: d for d in in_range(s.dtypes, max(s.start, a - 80), b)}
    if len(types) > 2 or any(d.gguf for d in types.values()):
        return None
    if len(types) == 2:  # `bf16 weights and fp32 gradients`: one type each
        first, second = types.values()
        per, kinds = first.bytes + second.bytes, f"{first.name} + {second.name}, {first.bytes:g} + {second.bytes:g} B"
    else:
        per, kinds = 2 * dtype.bytes, f"{dtype.name}, 2 × {dtype.bytes:g} B"
    computed = per * params
    check = compare(q, computed)
    how = f"{named}: weights + gradients in {kinds} × {_params_text(params)} params = {fmt(computed, q.scale)}"
    return check.verdict, f"{how}; {check.explanation}", "training"


# A part of training memory named as the figure's own, right after it (`27 GB of fp32 master weights`)
_PART_AFTER = guarded(
    r"(?i)\s*(?:of|for|для|под|на)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:master\s+(?:weights|copy)|gradients?|weights|activations?|мастер\w*|градиент\w*|вес(?:а|ов)|активаци\w*)\b"
    # … one part, not the first of a list of parts (`128 GB of weights, gradients and states`)
    r"(?!\s*(?:,|and\b|и\b|\+|plus\b|&)\s*(?:[\w-]+\s+){0,2}?(?:gradients?|states?|moments?|optimi|activations?|градиент|состояни|момент|оптимизатор|активаци))"
    # `27 ГБ мастер-копии весов`, `27 ГБ мастер-весов в fp32`, `27 ГБ занимают fp32 мастер-веса`: the Russian
    # master copy named right after the figure, with no preposition (and maybe the verb and a type first)
    r"|\s*(?:(?:занима\w*|составля\w*|уход\w*\s+на)\s+)?(?:[\w-]{2,12}\s+)?мастер-?\s?(?:копи\w*|вес\w*)"
)
# A type said right after the figure (`57.9 GB in fp32`, `57,9 ГБ в fp32`): that figure's own
_TYPE_AFTER = guarded(r"(?i)\s*(?:in|at|as|в|при)\s+(?P<d>[\w-]{2,12})")
# Optimizers with one state per parameter (momentum): SGD with momentum, Lion; plain SGD keeps none
_ONE_STATE = guarded(
    r"(?i)\bSGD\s*(?:\+|with|w/|и|с)\s*(?:nesterov\s+)?momentum|\bmomentum\s+SGD|\bSGD\s+с\s+моментом|\bLion\b"
)
_OTHER_OPTIMIZER = guarded(r"(?i)\bSGD\b|\bAdafactor\b|\bSophia\b|\bShampoo\b|\bMuon\b|\bAdagrad\b|\bRMSprop\b")
# The parts of the states a sentence lists: the fp32 master copy and the two moments (mixed-precision Adam)
_MASTER_PART = guarded(
    r"(?i)\bmaster\s+(?:weights|copy|params?)|мастер-?\s?(?:копи\w*|вес\w*)"
    # `fp32 master + m + v`, `fp32-копия весов, m и v`
    r"|\bfp32\s+master\b|\bfp32[\s-]+(?:copy|копи\w*)(?:\s+(?:of\s+(?:the\s+)?weights|весов))?|копи\w+\s+весов"
)
_MOMENTS_PART = guarded(
    r"(?i)\b(?:two|2)\s+(?:fp32\s+)?moments\b|\bm\s+and\s+v\b|(?<!\w)(?:два|2)\s+момента|(?<![\w-])m\s*(?:\+|,|и)\s*v(?![\w-])"
)


def _states_size(s: Sentence, q: Quantity, params: float, named: str, states: DtypeMention | bool) -> tuple[Verdict, str, str]:
    """Adam keeps two moments per parameter: 2 × their type's bytes × parameters (fp32: 8 B, 8-bit: 2 B);
    SGD with momentum and Lion keep one; another optimizer named (plain SGD, Adafactor …) is not recomputed."""
    lo = max(s.start, q.start - 160)  # a bounded look back
    one = _ONE_STATE.search(s.unit.masked, lo, q.start)
    if one is None and (other := _OTHER_OPTIMIZER.search(s.unit.masked, lo, q.start)):
        return (
            Verdict.UNVERIFIABLE,
            f"stated {q.text}; the states of {other.group(0)} for {named}: how many it keeps per parameter is not said",
            "training",
        )
    n, who = (1, f"one state ({one.group(0)})") if one else (2, "Adam's two moments")
    if isinstance(states, DtypeMention):
        computed = n * states.bytes * params
        check = compare(q, computed)
        how = f"{named}: {who} × {states.bytes:g} B ({states.name}) × {_params_text(params)} params"
        return check.verdict, f"{how} = {fmt(computed, q.scale)}; {check.explanation}", "training"
    if one is not None:
        return (
            Verdict.UNVERIFIABLE,
            f"stated {q.text}; {named}'s optimizer states ({who}), their type not stated: fp32 {fmt(4 * params, q.scale)}",
            "training",
        )
    readings = [(8 * params, "two fp32 moments, 8 B/param"), (2 * params, "8-bit Adam, 2 B/param")]
    fits = [how for v, how in readings if compare(replace(q, hedge=True), v).verdict.holds]
    detail = ", ".join(f"{how}: {fmt(v, q.scale)}" for v, how in readings)
    if fits:
        return Verdict.HOLDS_APPROX, f"stated {q.text}; {named}'s optimizer states ({fits[0]}); {detail}", "training"
    return Verdict.UNVERIFIABLE, f"stated {q.text}; {named}'s optimizer states, their type not stated: {detail}", "training"


def _training(q: Quantity, params: float, named: str, clause: str) -> tuple[Verdict, str, str]:
    if _LORA.search(clause):
        return (
            Verdict.UNVERIFIABLE,
            f"LoRA/QLoRA memory of {named}: depends on the adapter rank, which the formula needs",
            "training",
        )
    low = clause.lower()
    if "8-bit" in low or "8bit" in low or "8 бит" in low:
        recipes = [(12.0, "8-bit Adam: 2 + 4 master + 4 grads + 2 states")]
    elif "fp32" in low or "full precision" in low or "float32" in low:
        recipes = [(16.0, "fp32 Adam: 4 weights + 4 grads + 8 states")]
    else:
        recipes = [(16.0, "mixed-precision Adam, 16 B/param"), (18.0, "mixed-precision AdamW with fp32 grads, 18 B/param")]
    check, how = _best(
        replace(q, hedge=True), [(params * b, f"{_params_text(params)} params × {b:g} bytes ({doc})") for b, doc in recipes]
    )
    total = " or ".join(fmt(params * b, q.scale) for b, _ in recipes)
    return (
        check.verdict,
        f"stated {q.text}; training {named}: {how}; full fine-tuning needs {total} before activations",
        "training",
    )


_PER_TOKEN_IN = guarded(
    # (`kv_per_token`, `bytes_per_token`: a key's words joined by underscores)
    r"(?i)(?:/\s*|\bper\s+|(?<=_)per_|\bна\s+|\bза\s+|\beach\s+|\bevery\s+|кажд\w+\s+)"
    r"(?:token|токен|tok\b(?!\s*/\s*s)|ток\b(?!\s*/\s*с))"
)


def _per_token_said_of(s: Sentence, q: Quantity) -> bool:
    """`per token` said of the figure itself: right after it, or in its own stretch since the figure before it (less a
    `per token` that figure's own: `512 КиБ на каждый токен, значит на 8 тысяч токенов — 4 ГиБ`)."""
    text = s.unit.text
    if _PER_TOKEN.match(text, q.end):
        return True
    before = [z for z in s.quantities if z.end <= q.start]
    start = before[-1].end if before else s.start
    attached = _PER_TOKEN_IN.match(text, start) or _PER_TOKEN.match(text, start)
    if attached is not None:
        start = attached.end()
    return _PER_TOKEN_IN.search(text, start, q.start) is not None


# no model's cache holds this much for one token (Llama 3.1 405B: 504 KiB; GPT-3 with all 96 heads: 4.5 MiB): a size this
# large said under a line about the cache per token is a whole cache
_NO_TOKEN_CACHES = 2**28

_ALL_EXPERTS = guarded(
    r"(?i)\ball\b|\bevery\s+expert|\bwhole\b|\bentire\b|\bfull\b|(?<!\w)(?:все|всех|вс[её]|весь|вся|всю|целиком)(?!\w)"
)


def _read_per_step_of(s: Sentence, q: Quantity) -> bool:
    """A read per token said of the figure itself: right after it (`93.4 GB of weights per token`) or in its own clause
    before it with no question between (`читает на каждый токен 93,4 ГБ`; not `… сколько читается на токен?` / `О: 93,4
    ГБ и 25,8 ГБ`, an answer pairing figures with a question's words)."""
    text = s.unit.masked
    if _READ_PER_STEP.search(text, q.end, min(s.end, q.end + 40)):
        return True
    a, _ = clause_bounds(s, q.start, q.end)
    before = _READ_PER_STEP.search(text, max(a, q.start - 60), q.start)
    return before is not None and "?" not in text[before.end() : q.start]


# a sentence that speaks of many sequences decoded at once (`at batch 32`, `под нагрузкой`): a step's tokens may route to
# every expert of a mixture
_MANY_AT_ONCE = guarded(
    r"(?i)\bbatch\w*|батч\w*|\bconcurren\w*|\bparallel\b|\bunder\s+load\b|\bmany\s+(?:users|requests|sequences)"
    r"|параллельн\w*|одновременн\w*|под\s+нагрузкой|\bпачк\w*"
)
_READ_PER_STEP = guarded(
    r"(?i)(?:/\s*|\bper\s+|\bна\s+|\bза\s+|\beach\s+|\bevery\s+|\ba\s+|\bone\s+|кажд\w+\s+|(?<!\w)один\s+)"
    r"(?:(?:один|каждый)\s+)?(?:generated\s+|decoded\s+|decode\s+|decoding\s+)?(?:token|step|токен|шаг)"
)
_READS = guarded(
    r"(?i)\b(?:reads?|reading|loads?|streams?)\b|(?<!\w)чита(?:ет|ют|ется|ются|ть)(?!\w)|считыва(?:ет|ют|ется|ются)(?!\w)"
    r"|прочита\w*|загружа(?:ет|ют|ется|ются)(?!\w)|задейству\w*|чтени[еяю]|считывани[еяю]"
)


_READ_PER_TOKEN_AFTER = guarded(
    r"(?i)\s*(?:read|streamed|loaded|moved|touched|прочитан\w*|считыва\w*|чита\w*)\s+(?:per|each|every|for\s+each|на|за)\s+"
    r"(?:(?:decoded|generated|new|output|каждый|один|новый|сгенерированный)\s+)?(?:tok|токен)"
)


_SIZE_BEFORE = guarded(r"(?i)\d\s*(?:[KMGT]i?B|[КМГТ]и?Б|bytes?|байт\w*)\s*$")


@lru_cache(maxsize=64)  # also asked of the whole line above by every figure of the line below
def _per_token_unattached(clause: str) -> bool:
    """The clause says `per token` of no other size in it (`320 KiB/tok → 128k = 80 GiB`: the
    per-token phrase is the first figure's, the second is a total)."""
    return any(not _SIZE_BEFORE.search(clause, 0, m.start()) for m in _PER_TOKEN_IN.finditer(clause))


def _training_words(text: str) -> list[re.Match[str]]:
    return list(_TRAIN.finditer(text))


def _names_training(s: Sentence, q: Quantity) -> bool:
    """The sentence names training or an optimizer before the figure (the line's words found once)."""
    w = last_before(_training_words, q.start, s.unit.masked)
    return w is not None and w.start() >= s.start


# A Dataview inline field (`kv_per_token:: 128 KiB`): its key, the words of the value after it
_FIELD = guarded(r"^\s*(?:[-*+]\s+)?(?P<key>[^\W\d][\w-]{0,40})\s*::")


# An inline field in brackets (`Llama-3-8B [ctx:: 8192] [kv_per_token:: 128 KiB]`): its key, the value after it
_BRACKET_FIELD = guarded(r"[\[(](?P<key>[^\W\d][\w-]{0,40})\s*::[^\[\]()\n]{0,80}$")
# A key naming memory in use (`min_vram_fp16::`, `peak_memory::`, `total_gb::`): more than the weights may be in it
_MEMORY_KEY = guarded(r"(?i)vram|\bmem(?:ory)?\b|\bram\b|\btotal\b|\bpeak\b|\bmin\b|\brequired\b|памят|итого|всего")
_WEIGHTS_KEY = guarded(r"(?i)\bweights?\b|\bвес|\bcheckpoint\b|\bparams?\b")


def _field_key(s: Sentence, q: Quantity) -> str:
    """The Dataview key whose value the figure is (a field starting the line, or one in brackets around it)."""
    m = _FIELD.match(s.unit.text)
    if m is not None and m.end() <= q.start and s.start <= m.start("key"):
        return m.group("key")
    b = _BRACKET_FIELD.search(s.unit.text, max(0, q.start - 130), q.start)
    return b.group("key") if b is not None else ""


def _field_kind(s: Sentence, q: Quantity) -> str:
    """The kind a Dataview key gives its value: a cache per token or at a context, training memory,
    memory in use (a key naming VRAM, memory or a total, not the weights)."""
    key = _field_key(s, q).lower().replace("_", " ").replace("-", " ")
    if not key:
        return ""
    if not _KV.search(key):
        if _TRAIN.search(key):
            return "training"
        return "memory" if _MEMORY_KEY.search(key) and not _WEIGHTS_KEY.search(key) else ""
    return "kv-per-token" if _PER_TOKEN_IN.search(key) or re.search(r"\bper\s+tok|\bpt\b", key) else "kv"


# The batch a record states: in the figure's key (`kv_cache_batch4::`) or a field of the record above (`batch:: 8`)
_KEY_BATCH = guarded(r"(?i)(?:batch|bs|батч)[\s_-]*(?:size[\s_-]*)?(\d{1,5})(?!\d)")
# … its leading number is the batch (`batch:: 8 (max)`, `batch:: 8 # max`, `[batch:: 4]` on a line of its own),
# never one of a range or a choice (`batch:: 8-16`, `batch:: 8 or 16`)
_BATCH_FIELD = guarded(
    r"(?i)^\s*(?:[-*+]\s+)?\[?(?:batch(?:[_ -]?size)?|bs|батч)\s*::\s*(\d{1,5})(?![\d.,]?\d)"
    r"(?!\s*(?:[-–—/x×~…]|\.\.|or\b|to\b|или|до|и\b|and\b)\s*\d)(?:\s*\]|\s*(?:\(|#|//)[^\n]*)?\s*$"
)
_RECORD_HEAD = guarded(r"(?i)^\s*(?:[-*+]\s+)?\[?(?:model\w*|модель\w*|name|title|название)\s*::")
_ANY_FIELD = guarded(r"^\s*(?:[-*+]\s+)?\[?[^\W\d][\w-]{0,40}\s*::")


def _record_batch(s: Sentence, q: Quantity, facts: NoteFacts | None) -> int | None:
    """The batch a Dataview record gives the figure's field: its key's, else a `batch::` field among the
    record's lines just above (consecutive fields, nearest first)."""
    key = _field_key(s, q)
    if not key:
        return None
    m = _KEY_BATCH.search(key)
    if m is not None:
        return int(m.group(1))
    b = _once(_BRACKET_FIELD_BATCH, s)  # once per sentence: linear on a long line of fields
    if b is not None:
        return int(b.group(1))
    if facts is None or _ANY_FIELD.match(s.unit.text) is None:  # `kv_total:: …` or `[kv_total:: …]` starts the line
        return None
    for line in facts.lines_above.get(s.unit.line, ()):
        if not _ANY_FIELD.match(line):
            break  # the record ends at a line that is no field
        f = _BATCH_FIELD.match(line)
        if f is not None:
            return int(f.group(1))
        if _RECORD_HEAD.match(line):
            return None  # `model:: …` heads the record: the lines above it are another record's
    return None


_CONTEXT_FIELD = guarded(
    r"(?i)^\s*(?:[-*+]\s+)?(?:ctx|context(?:[_ -]?(?:length|len|size))?|seq(?:uence)?[_ -]?len(?:gth)?|контекст\w*)\s*::\s*"
    r"(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,7})\s*(?P<k>[kKкК])?\s*(?:tokens?|токен\w*)?\s*$"
)


def _record_context(s: Sentence, q: Quantity, facts: NoteFacts | None) -> tuple[float, bool] | None:
    """The context length a `ctx::` field among the Dataview record's lines just above gives the figure's
    field, and whether it is written out in digits (`32k` may be 32,000)."""
    if facts is None or _FIELD.match(s.unit.text) is None:
        return None
    for line in facts.lines_above.get(s.unit.line, ()):
        if not _ANY_FIELD.match(line):
            return None  # the record ends at a line that is no field
        f = _CONTEXT_FIELD.match(line)
        if f is not None:
            return float(re.sub(r"\D", "", f.group("n"))) * (1024 if f.group("k") else 1), f.group("k") is None
        if _RECORD_HEAD.match(line):
            return None  # `model:: …` heads the record: the lines above it are another record's
    return None


_BRACKET_FIELD_BATCH = guarded(r"(?i)[\[(](?:batch(?:[_ -]?size)?|bs|батч)\s*::\s*(\d{1,5})\s*[\])]")


_CACHE_RIGHT_AFTER = guarded(r"(?i)\s*(?:of\s+)?(?:(?:the|its)\s+)?(?:kv[\s-]*)?(?:cache\b|к[эе]ш\w*)|\s*(?:of\s+)?KV\b")
_CACHE_ADDED_AFTER = guarded(
    r"(?i)\s*\)?\s*(?:\+|\bplus\b|плюс)\s*(?:(?:the|its|a|an)\s+)?(?:\d{1,3}\s?[kKкК][\s-]*)?(?:kv[\s-]*)?(?:cache\b|к[эе]ш\w*|KV\b)"
)
_WEIGHTS_JUST_BEFORE = guarded(r"(?i)(?:\bweights?|(?<!\w)вес(?:а|ов))\s*(?:[:—–=-]\s*)?(?:~|≈|about\s+|около\s+)?$")
_WEIGHTS_RIGHT_AFTER = guarded(r"(?i)\s*(?:of\s+)?(?:[\w-]+\s+)?(?:weights?|весов|веса)\b(?!\s*(?:per|на)\s+(?:token|токен))")


# words naming what a size is (a cache, weights, activations, training state, a file)
_KIND_WORDS = guarded(
    r"(?i)\bkv\b|cache|к[эе]ш|weights?|вес[аов]*\b|activation|активаци|optimi[sz]|оптимизатор|gradient|градиент|\bfile|файл"
    r"|\bVRAM\b|memory|памят"
)


# a column header that is a unit alone (`| GB |`, `| Size, GiB |`, `| ГБ |`): the row's label says what its cells are
_BARE_UNIT_HEADER = guarded(
    r"(?i)\W*(?:(?:size|value|amount|memory|размер|значение|объ[её]м|памят\w*)\W*)?\(?\s*(?:[KMGT]i?B|[КМГТ]и?Б)\s*\)?\W*"
)


# a row label that says what one part its figure is of (`KV cache per sequence`, `на слой`): not the header's setup
_PER_SOMETHING = guarded(r"(?i)\bper\b|\beach\b|(?<!\w)на\s+(?!\d)|(?<!\w)кажд\w*|(?<!\w)одн(?:ого|у|ой)\b")


def _label_header(s: Sentence, q: Quantity, facts: NoteFacts) -> str:
    """The header of a table row's label column (`| component (batch 16, 8k) | GB |`), "" when `q` is in it."""
    label = _row_label(s.unit.text, q)
    return facts.column_header.get((s.unit.line, column_at(s.unit.text, _first_cell(s.unit.text)[1])), "") if label else ""


# a column of readings taken while something ran (`max_memory_allocated, МиБ`, `peak VRAM`, `замер`): no recipe's size
_READING_HEADER = guarded(r"(?i)allocated|reserved|\bpeak\b|measured|замер\w*|пиков\w*|nvidia-smi|\bused\b|usage")


def _row_label(text: str, q: Quantity) -> str:
    """The first cell of a table row holding `q`, when it is not `q`'s own cell (`| target KV, fp16 | 42.9 |`)."""
    label, start = _first_cell(text)
    return "" if not label or start <= q.start < start + len(label) else label


@lru_cache(maxsize=64)
def _first_cell(text: str) -> tuple[str, int]:
    """A table row's first non-empty cell and where it starts, read once per row (a row of thousands of cells stays
    linear); a first cell that only numbers the row (`| 3 | KV одной сессии 128K | …`) is passed over."""
    start = 0
    numbered = False
    for cell in text.split("|"):
        if cell.strip() and not numbered and _ROW_NUMBER.fullmatch(cell.strip()):
            numbered = True  # (only the first: the next cell is the label, whatever it holds)
        elif cell.strip():
            return cell, start
        start += len(cell) + 1
    return "", 0


# a first cell that only numbers or places the row (`3`, `№ 3`, `раздел 3.1`, `п. 5.3`, `table 2`)
_ROW_NUMBER = guarded(r"(?i)(?:№\s*|(?:раздел|пункт|п\.|section|item|§|таблица|table)\s*)?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?")


_EACH_OF_THEM_AFTER = guarded(
    r"(?i)\s*(?:each|apiece|a\s+piece|каждый|на\s+каждый)(?!\w)"
    r"(?!\s+(?:layer|head|expert|card|gpu|device|sequence|user|request|сло|голов|эксперт|карт|устройств|последовательност|пользовател|запрос))"
)
# a size said to stay as it was (`at batch 8 and 32k context it is 93.4 GB still`): the weights, not a cache
_UNCHANGED = guarded(r"(?i)\bstill\b|\bsame\b|\bunchanged\b|всё\s+ещё|все\s+ещё|по-прежнему|\bтот\s+же|\bте\s+же|\bта\s+же")
_TOKENS_BEFORE = guarded(r"(?i)\btokens\b|(?<!\w)токен\w*")
# a size said of one token by the noun before it (`the per-token cost halves to 64 KiB`, `per-token cache: 128 KiB`)
_PER_TOKEN_NOUN_BEFORE = guarded(
    r"(?i)\bper[\s-]token\s+(?:[a-z-]+\s+){0,2}?(?:cost|cache|size|footprint|memory|storage|state|KV)\s*"
    r"(?:(?:is|was|becomes|of|at|(?:halves|drops|falls|goes\s+(?:down|up)|shrinks|grows|rises)\s+to|[:=≈~—–])\s*)+"
    r"(?:about\s+|roughly\s+|only\s+|just\s+)?$"
)


# a sentence opening on one session at a context (`One 8K session: …`, `Одна сессия 8K: …`)
_ONE_SESSION_LEAD = guarded(
    r"(?i)[\s>*_|-]*(?:one|a\s+single|одн[аоу]|один)\s+(?:\d{1,3}\s?[kKкК][\s-]+)?"  # (`| одна сессия 8K | …`: a row label)
    r"(?:session|sequence|conversation|chat|request|сесси\w*|последовательност\w*|диалог\w*|запрос\w*)\b"
)


def _own_typed_part(text: str, s: Sentence, q: Quantity) -> bool:
    """The figure's part of the sentence after a semicolon names a storage type before it and no cache (nor any per-token
    word or context length): what it sizes is the weights in that type, whatever the parts before spoke of."""
    semi = text.rfind(";", max(0, q.start - 300), q.start)  # (the sentence may be the part itself: the line is read)
    if semi < 0:
        return False
    hi = min(s.end, q.end + 300)  # (a bounded stretch either side: a long line of figures stays linear)
    end = text.find(";", q.end, hi)
    end = hi if end < 0 else end
    if _KV.search(text, semi, end) or _PER_TOKEN_IN.search(text, semi, end) or _K_CONTEXT.search(text, semi, end):
        return False  # (`…; на 64K контексте — 14 ГиБ, а в fp8 — 28 ГиБ`: a context said, the cache's part)
    return bool(find_dtypes(text, semi, q.start))


def _kind(text: str, clause: str, s: Sentence, q: Quantity) -> str:
    after = _past_bracketed_twin(s, q)  # (`320 КиБ (327 680 байт) на токен`: per token said past the figure restated)
    if _READS.search(text, max(s.start, q.start - 60), q.start):
        return "read"  # `decoding reads ~26 GB per token`: the weights one step reads, not a cache
    if (_PER_TOKEN.match(text, after) or _READ_PER_TOKEN_AFTER.match(text, q.end)) and q.value >= 1e9:
        return "read"  # `25.8 GB per token`, `~6.4 GB read per token`: no cache stores that much per token; a step's read
    if _WEIGHTS_RIGHT_AFTER.match(text, q.end) and not _KV.match(text, q.end):
        return "weights"  # `8.8 GB of weights per GPU and 20 KiB of KV cache per token`: the figure names its own part
    if _PER_TOKEN.match(text, after) or (
        # `163,840 tokens in flight; at 800 KiB each`: each of the tokens just counted
        q.value < 1e8
        and _EACH_OF_THEM_AFTER.match(text, q.end)
        and _TOKENS_BEFORE.search(text, max(s.start, q.start - 60), q.start)
    ) or (
        # `281 GiB to load but only ~39 GB read per token`: no cache stores a gigabyte per token, the words are another's
        _per_token_unattached(clause) and not _PER_PARAM.match(text, q.end) and q.value < 1e9
    ):
        return "kv-per-token"  # memory per token of a model is its KV cache
    if (
        _search_once(s, _KV, text, s.start, s.end)
        and _PER_TOKEN_IN.search(text, s.start, q.start)
        and not _states_context(s)
        and q.value < 1e7
    ):
        return "kv-per-token"  # `with an fp8 cache the size per token of X (…) drops to 48 KiB`
    if q.value < 1e7 and _PER_TOKEN_NOUN_BEFORE.search(text, max(s.start, q.start - 60), q.start):
        return "kv-per-token"  # `the per-token cost halves to 64 KiB and the pool grows to ~934K tokens`: one token's
    labelled = _PER_TOKEN_BEFORE.search(text, max(s.start, q.start - 40), q.start)
    if q.value < 1e7 and labelled and _search_once(s, _KV, text, s.start, s.end):
        return "kv-per-token"  # `KV cache per token (fp16): 512 KiB; at 8192 tokens: 4 GiB`: the label right before names it
    if _own_typed_part(text, s, q):
        return "weights"  # `… 800 MiB per 4K chat; bf16 is 27.92 GB`: its own `;`-part names a type and no cache
    if _KV.search(clause) or (_search_once(s, _KV, s.unit.masked, s.start, s.end) and _PER_TOKEN.match(text, after)):
        return "kv-per-token" if _PER_TOKEN.match(text, after) else "kv"
    if _ACT.search(clause) and not _NOT_ACT.search(clause):
        return "activations"
    if _WEIGHTS_JUST_BEFORE.search(text, max(s.start, q.start - 24), q.start):
        return "weights"  # `mixed-precision Adam: bf16 weights 26.03 GB, grads 26.03 GB`: the figure names its part
    if _TRAIN.search(clause):
        return "training"
    if (
        _ONE_SESSION_LEAD.match(text, s.start)
        and _search_once(s, _K_CONTEXT, text, s.start, s.end)
        and not ((w := _search_once(s, _WEIGHT_WORDS, text, s.start, s.end)) and w.start() < q.end + 24)
    ):
        return "kv"  # `Одна сессия 8K: 2,5 ГиБ всего, по 1,25 ГиБ на карту`: what one session at a context holds is its cache
    at_k = _PER_SEQUENCE.match(text, q.end) and _search_once(s, _K_CONTEXT, text, s.start, s.end)
    if at_k and not _WEIGHT_WORDS.search(clause):
        return "kv"  # `Llama-3-70B at 128k needs 10 GiB for one sequence`: memory per sequence at a context is its cache
    if (
        not _WEIGHT_WORDS.search(clause)
        and not s.dtypes
        and (batch := _BATCH.search(text, s.start, q.start)) is not None
        and _K_CONTEXT.search(text, s.start, q.start)
        and _batch_number(batch) > 1
        and not _UNCHANGED.search(text, s.start, s.end)
    ):
        return "kv"  # `Qwen2.5-7B, батч 16 × 32K: 14 ГиБ`: a batch of contexts sizes the cache; weights are one for any batch
    if not _WEIGHT_WORDS.search(clause) and any(
        _PER_TOKEN.match(text, z.end) for z in starting_in(_kilo_sizes, max(s.start, q.start - _PER_TOKEN_REACH), q.start, text)
    ):
        return "kv"  # `56 KiB per token × 65 536 = 3.5 GiB in bf16, in fp8 — 1.75 GiB`: totals of the size per token
    if not _WEIGHT_WORDS.search(clause) and any(
        m.end <= q.start and _MODEL_AT_CONTEXT.fullmatch(s.unit.text, m.end, q.start) for m in s.models if q.start - m.end < 40
    ):
        return "kv"  # `Llama-3-8B 32K = 8 GiB; Mixtral-8x7B 32K = 16 GiB`: a model at a context sizes its cache
    return "weights"


# a model's name, then a context and the figure it comes to (`Llama-3-8B 32K = 8 GiB`, `Qwen2.5-7B @ 128K: 7 GiB`)
_MODEL_AT_CONTEXT = guarded(
    r"(?i)\s*(?:@|at|на|при)?\s*\d+(?:[.,]\d+)?\s*[kKкК]\s*(?:context|ctx|tokens?|контекст\w*|токен\w*)?\s*[=:—–-]\s*(?:~|≈)?\s*"
)


# A scaled count followed by what it counts (past at most four words with digits, each read
# once), when that is not parameters: `10 million 768-dim float32 embeddings`, `1 billion
# vectors`, `2 млн документов` are no model's parameter count.
_COUNTED = guarded(
    r"(?i)[\s-]*(?:(?=[\w.-]{0,40}\d)[\w.-]{1,40}+\s++|(?:float|fp|int|bf)\d+\s++){0,4}+"
    r"(?:vectors?|embeddings?|documents?|docs?|chunks?|rows?|images?|users?|requests?|samples?|passages?|queries|"
    r"records?|entries|pages?|files?|tokens?|words?|sentences?|вектор\w*|эмбеддинг\w*|документ\w*|чанк\w*|строк\w*|"
    r"запрос\w*|пользовател\w*|токен\w*|файл\w*|страниц\w*|запис\w*|фрагмент\w*|изображени\w*|картин\w*|кадр\w*"
    r"|пассаж\w*|предложени\w*|frames?|tok|ток)\b(?!\s*/)"
)


_MODEL_NOUN = guarded(r"(?i)[\s-]*(?:\w+[\s-]+)?(?:model|checkpoint|network|LLM|dense|MoE|transformer|модел\w*|сет\w*)")
_ARTICLE_BEFORE = guarded(r"(?i)\b(?:a|an|the|that|this)\s+$")
# what may stand before a sentence's subject: list marks, emphasis, an opening quote, a `[00:39:10]` timestamp, a
# speaker's handle or bold name (`@bob:`, `**Dana:**`), a connective
_SUBJECT_START = guarded(
    r"(?i)(?:[\s*_>\"“„«'-]|\[[^\]\n]{0,24}\]|\d{1,2}:\d{2}(?::\d{2})?|@[\w.-]{1,30}|\*\*[^*\n]{1,40}:\*\*|:)*"
    r"(?:(?:so|and|but|then|thus|now|also|here)[\s,]+)?"
)
# `A 70B in fp8 is 35 GB`, `The 72B in int8 fits in 36 GB`, `the 8B int8 engine is 8 GB`: a size name that is the
# subject, its storage type or a verb of size right after it (not `like a 70B`, `than the 70B`)
_SIZE_AS_SUBJECT = guarded(
    r"(?i)\s+(?:(?:in|at)\s+(?:fp|bf|int|nf|q\d|mxfp|fp8|e4m3)\w*|(?:fp|bf|int|nf)\d+\b|(?:\d+[- ]?bit)\b"
    r"|(?:is|takes|needs|weighs|requires|uses|occupies|comes\s+to|fits)\b)"
)


_TIMES_BEFORE = guarded(r"[×*·]\s*$")


# A money word just before a figure (`budget — 2.5M`, `бюджет — 2,5 млн`, `it cost 4.6M`): an amount.
_MONEY_WORD_BEFORE = guarded(
    r"(?i)\b(?:budgets?|costs?|cost\s+us|priced?|prices|revenue|funding|salary|raised|spent|бюджет\w*|"
    r"стоимост\w*|цен[аеуы]|выручк\w*|зарплат\w*|стоит|стоил\w*|потратил\w*)\b[^\d\n]{0,12}$"
)


def is_parameter_count(s: Sentence, q: Quantity) -> bool:
    """A count in parameters; `a 70B` (another model, by its size name), `N vectors` and `12 B/param`
    (bytes per parameter) are not."""
    if q.kind != "count" or (q.unit == "B" and _PER_PARAM.match(s.unit.masked, q.end)):
        return False
    if q.unit == "B" and q.value < 1e11 and _TIMES_BEFORE.search(s.unit.masked, max(0, q.start - 3), q.start):
        return False  # `80 layers × 8 heads × 128 × 2 × 2 B`: bytes, a factor of a product
    if "param" in q.unit.lower() or "парам" in q.unit.lower():
        return True
    if (
        _CURRENCY_SIGN.search(s.unit.text, max(0, q.start - 3), min(q.end, q.start + 2))
        or _CURRENCY_BEFORE.search(s.unit.text, max(0, q.start - 5), q.start)
        or _CURRENCY_AFTER.match(s.unit.text, q.end)
        or _MONEY_WORD_BEFORE.search(s.unit.text[max(0, q.start - 40) : q.start])
    ):
        return False  # `$4.6M to train`, `4,6 млн долларов`, `бюджет — 2,5 млн`: money, no parameters
    if q.scale >= 1e12 and not _PARAMS_WORD.match(s.unit.masked, q.end):
        return False  # `on the same 2T`, `15T`: trillions are a token count, no model's parameters here
    article = _ARTICLE_BEFORE.search(s.unit.masked, max(0, q.start - 8), q.start) if q.unit == "B" else None
    if (
        article
        and not _MODEL_NOUN.match(s.unit.masked, q.end)
        and not (
            _SIZE_AS_SUBJECT.match(s.unit.masked, q.end)
            and _SUBJECT_START.fullmatch(s.unit.masked, s.start, article.start())
            and not _SIZE_ALONE_NAME.search(s.unit.masked, q.end, s.end)  # `the 13B is 2× the 7B (13.5 GB)`: whose is not said
            and any(z.kind == "bytes" and z.start >= q.end for z in s.quantities)  # a size of it follows
        )
    ):
        return False
    if (
        (q.unit == "B" or q.scale >= 1e9)
        and _COMPARED_BEFORE.search(s.unit.masked, max(0, q.start - 48), q.start)
        and not _PARAMS_WORD.match(s.unit.masked, q.end)
    ):
        return False  # `больше, чем у 70B`, `more than 70B`: the model compared with, by its size name
    return q.scale >= 1e6 and not _COUNTED.match(s.unit.masked, q.end) and not _WORDS_THEN_TOKENS.match(s.unit.masked, q.end)


_CURRENCY_SIGN = guarded(r"[$€£¥₽]")
_CURRENCY_BEFORE = guarded(r"(?i:\b(?:USD|EUR))\s?$")
_CURRENCY_AFTER = guarded(r"(?i)\s*(?:USD|EUR|dollars?|euros?|долл\w*|руб\w*|евро|\$|€|₽)")


# `300B training tokens`, `2T high-quality tokens`, `15 трлн обучающих токенов`: one or two plain
# words (not parameters, not a model) between a count and the tokens it counts
_WORDS_THEN_TOKENS = guarded(
    r"(?i)[\s-]+(?:(?!param|парам|model|модел|weight|вес|active|актив|per\b|each\b|every\b|a\b|на\b|за\b|в\b|for\b|of\b|on\b)[^\W\d_][\w-]{0,24}\s+){1,2}(?:tokens?|токен\w*)\b"
)


_VECTORS = guarded(
    r"(?i)\s*(?:(?=[\w.-]{0,40}\d)[\w.-]{1,40}+\s++|(?:float|fp|int|bf)\d+\s++){0,4}+"
    r"(?:vectors?|embeddings?|вектор\w*|эмбеддинг\w*|(?<=\s)(?:documents|chunks|passages|документов|чанков|фрагментов)(?=.{0,80}(?:dim|размерн|мерн)))\b"
)  # `10 млн документов размерности 1024`: documents embedded at a stated dimension
_DIMS = guarded(
    r"(?i)(?P<n>\d+)[\s-]*(?:dim(?:ension)?s?\b|-?dimensional|измерен\w*|мерн\w*)"
    r"|\b(?:dim(?:ension)?s?|размерност\w*)\s*(?:of|=|:)?\s*(?P<n2>\d+)"
)
_PER_VECTOR = guarded(r"(?i)\s*(?:per|a|each|на|за)\s+(?:vector|вектор)")


def _index(s: Sentence, q: Quantity, facts: NoteFacts) -> Found | None:
    """`10 million 768-dim float32 embeddings take 30.7 GB`: a vector index is vectors × dims × bytes
    (or × the bytes per vector stated); a size said after a count of vectors is theirs, not a model's."""
    text = s.unit.masked
    counted = [
        c
        for c in s.quantities
        if c.kind in ("count", "number")
        and c.end <= q.start
        and _VECTORS.match(text, c.end + (text[c.end : c.end + 1] in ("k", "K")))
    ]
    if not counted:
        return None
    n = counted[-1]
    if text[n.end : n.end + 1] in ("k", "K"):  # `100k vectors`
        n = replace(n, text=n.text + "k", end=n.end + 1, scale=1e3, kind="count")
    per_vector = next(
        (p for p in s.quantities if p.kind == "bytes" and p.end <= q.start and _PER_VECTOR.match(text, p.end)), None
    )
    if per_vector is None:
        per_vector = next(
            (
                p
                for p in find_quantities(text[s.start : q.start])
                if p.kind == "bytes" and _PER_VECTOR.match(text, p.end + s.start)
            ),
            None,
        )
    if per_vector is not None and per_vector is not q:
        computed, how = n.value * per_vector.value, f"{n.text} vectors × {per_vector.text}"
    else:
        dims = list(_DIMS.finditer(s.unit.text, s.start, q.start))
        dtype, _where = _dtype_for(s, q, facts)
        if not dims or dtype is None or dtype.gguf:
            claim = make_claim(
                s.unit,
                n.start,
                q.end,
                "index",
                Verdict.UNVERIFIABLE,
                f"size of {n.text} vectors: the note does not state their dimension and precision here",
                stated=q.text,
            )
            return Found(claim, ((q.start, q.end),))
        d = int(dims[-1].group("n") or dims[-1].group("n2"))
        computed, how = n.value * d * dtype.bytes, f"{n.text} vectors × {d} dims × {dtype.bytes:g} B ({dtype.name})"
    check = compare(q, computed)
    claim = make_claim(
        s.unit, n.start, q.end, "index", check.verdict, f"{how} = {fmt(computed, q.scale)}; {check.explanation}", stated=q.text
    )
    return Found(claim, ((q.start, q.end),))


_MEASURED = guarded(
    r"(?i)nvidia-smi|\b(?:measured|observed|profiler|htop|the driver shows)\b|намерил\w*|замер\w*|измерил\w*|по факту"
    r"|\bused\s+(?:about\s+|around\s+|~|≈)?$|\b(?:VRAM|memory|GPU)\s+usage\b|\bpeak(?:ed)?\b|\bshows?\s+up\s+as\b"
    r"|\bпиков\w*|потреблени\w*|съел\w*"
)
# a size another is taken off (`80 GiB − 65.7 GiB`, `80 GiB minus the weights`, `80 ГиБ минус 65,7`)
# (the minus sign, a spaced hyphen or the word; an en dash is punctuation as often: `takes 120 GB – 2 × 60 GB`)
_TAKEN_FROM_AFTER = guarded(r"(?i)[^\S\n]*(?:−|(?<=\s)-(?=\s)|\bminus\b|(?<!\w)минус(?!\w))[^\S\n]*(?:~|≈)?[^\S\n]*\d")
# … and what the subtraction leaves, said after it (`… minus 65.7 GiB of weights is 14.3 GiB`, `− 14,96 ГиБ весов — это 9 ГиБ`)
_DIFFERENCE_IS_BEFORE = guarded(
    r"(?i)(?:−|(?<=\s)-(?=\s)|\bminus\b|(?<!\w)минус(?!\w))[^\S\n]*~?\d[\d.,\u00a0]*[^\S\n]*(?:[GMKT]i?B|[ГМКТ]и?Б)?"
    r"(?:[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?(?:weights|cache|overhead))?(?:[^\S\n]+(?:вес\w*|кэш\w*))?[^\S\n]*"
    r"(?:[—=→][^\S\n]*(?:это[^\S\n]*)?|(?:leaves|is|gives|makes|оставляет|это|даёт|дает)[^\S\n]+)"
    r"(?:~|≈|about[^\S\n]+|около[^\S\n]+)?$"
)
_REMAINDER = guarded(
    r"(?i)\b(?:left(?:\s+over)?|remaining|remains?|headroom|spare|free)\b|оста[её]тся|осталось|остаток|свободн\w*|запас\w*"
)


# a sentence opening on what is left (`Free for the cache after the weights: …`, `Свободно под кэш …`, `Остаётся …`)
_REMAINDER_OPENING = guarded(
    r"(?i)[\s>*_•–—-]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s+)?(?:\*\*)?(?:left(?:\s+over)?|remaining|headroom|free|spare"
    r"|свободн\w*|оста[её]тся|осталось|остаток|запас)\b"
)
# `fp8 weights leave about 722 GB for cache`, `оставляют ~40 ГБ под кэш`: what is left, for what
_LEAVES_BEFORE = guarded(r"(?i)\bleav(?:e|es|ing)\b|оставля\w*|оставит\w*")
_LEFT_FOR_AFTER = guarded(r"(?i)\s+(?:(?:of\s+\w+\s+)?for|free|spare|под|на|для)\b")
_NEGATED = guarded(r"(?i)(?:\bnot|\bне|\bnever)\s+(?:(?:the|its|a|all)\s+)?(?:[~≈]\s*)?$")
# a size said as the amount something saves, frees or adds (`saves about 3.3 GB`, `35 GB smaller than`, `экономит 70 ГБ`)
DIFFERENCE_BEFORE = guarded(
    r"(?i)(?:\bsav(?:es?|ing|ings)|\bfrees?|\bfreeing|\bshaves?(?:\s+off)?|\bcuts?\s+(?:off\s+)?"
    r"|\b(?:reduc|cut|shrink|shrank|grow|grew|increas|decreas|drop|fall|fell|ris|rose|lower|rais|sav)\w*\s+(?:\w+\s+){0,3}?by"
    r"|(?<!\w)(?:сэконом\w*|эконом\w*|освобожда\w*|освобод\w*|выигрыш\w*))\s+(?:(?:another|a\s+further|ещё|еще)\s+)?"
    r"(?:~|≈|about\s+|roughly\s+|almost\s+|nearly\s+|около\s+|примерно\s+|почти\s+)?$"
)
_DIFFERENCE_AFTER = guarded(
    r"(?i)\s+(?:less|smaller|fewer|lighter|larger|bigger|heavier|of\s+savings?|saved|меньше|легче|тяжелее|экономии)\b"
    r"|\s+\w+\s+(?:more|less|larger|smaller|bigger|heavier|lighter)\s+than\b|\s+more\s+than\b"  # `0.76 GiB more than`
)
_MORE_AFTER = guarded(r"(?i)\s+(?:more|extra|больше)\b(?!\s+or\s+less)")
_ADDED_BEFORE = guarded(r"(?i)\b(?:adds?|added|adding|plus|another)\b|(?<!\w)(?:ещё|еще|плюс)(?!\w)|добав\w*")
# the difference named as a noun before the figure: `Разница между Q4_K_M и Q8_0 — 3,62 ГБ`, `the saving is 40 GB`,
# `Экономия при переходе … — 43,78 ГБ`
_DIFFERENCE_NOUN_BEFORE = guarded(
    r"(?i)(?:\bdifference|\bgap\b|\bdelta\b|\bsavings?\b|разниц\w*|экономи\w*|выигрыш\w*)"
    r"[^.;!?]{0,70}?(?:[—–:=]|\s-|\bis\b|\bof\b|\bcomes\s+to\b|составля\w*|равн\w*)\s*(?:~|≈|about\s+|около\s+|примерно\s+)?$"
)


# `1 GB of embeddings`, `2 ГБ под буферы`: a size of a part of the model or of its runtime
_OF_PART = guarded(
    r"(?i)\s*(?:of|for|для|под|на)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?P<part>embeddings?|overhead|buffers?|logits|adapters?|lora"
    r"|lm[\s_-]?head|vocab\w*|эмбеддинг\w*|накладн\w*|буфер\w*|логит\w*|адаптер\w*|словар\w*)\b"
)
_PART_BEFORE = guarded(
    r"(?i)\b(?P<part>embeddings?|overhead|buffers?|logits|adapters?|lora|lm[\s_-]?head|эмбеддинг\w*|накладн\w*|буфер\w*|адаптер\w*)(?![^\W_])"
)
_SIZE_OF = guarded(r"(?i)(?:[KMGT]i?B|[КМГТ]и?Б)\s+(?:of|для|под|на)?\s*(?:the\s+)?$")
_TOTAL = guarded(
    r"(?i)\btotal\b|\bin\s+all\b|\baltogether\b|\bcombined\b|\boverall\b|итого|в\s+сумме|суммарн\w*|общ\w+"
    r"|\bincluding\b|\btogether\s+with\b|с\s+уч[её]том|включая|вместе\s+с"
)
_ADDED_NOT_CACHE = guarded(
    r"(?i)\bplus\b|\s\+\s|overhead|activation|\bCUDA\b|\bruntime\b|\bframework\b|\bPyTorch\b|\bdriver\b|\ballocator\b"
    r"|\bincluding\b|\btogether\s+with\b|рантайм\w*|драйвер\w*|плюс|накладн\w*|активаци\w*|с\s+уч[её]том|включая|вместе\s+с"
)
_ADDED = guarded(
    r"(?i)\bplus\b|\s\+\s|\bwith\s+(?:the\s+)?(?:kv|cache|overhead|activations?)|\bkv\b|\bcache\b|overhead|activation"
    r"|\bCUDA\b|\bruntime\b|\bframework\b|\bPyTorch\b|\bdriver\b|\ballocator\b|рантайм\w*|драйвер\w*"
    r"|плюс|кэш\w*|кеш\w*|накладн\w*|активаци\w*"  # what is added; `including`/`включая` say total
)


_SUM_WORD = guarded(r"(?i)\btotal\b|\bin\s+all\b|\baltogether\b|\bcombined\b|итого|в\s+сумме|суммарн\w*")
_SUM_AFTER = guarded(r"(?i)\s*(?:in\s+total|in\s+all|altogether|combined|в\s+сумме|итого|суммарно)\b")
_WITH_CACHE = guarded(
    r"(?i)\b(?:with|plus|including|incl\.)\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:kv[\s-]*)?cache\b"
    r"|(?:\bс|\bплюс|\bвместе\s+с|\bвключая)\s+(?:\w+\s+){0,2}?(?:kv[\s-]*)?к[эе]ш\w*"
)
_LISTED_PARTS = guarded(r"\s*:")  # `24 GB: 16 GB of weights, 6 GB of cache and 2 GB …`


# a figure after others split by slashes (`7,6 / 29,4 / 32,5 ГБ`, `15.2 GB / 29.4 GB / 65 GB`): one per model or type
_SLASHED_BEFORE = guarded(r"\d(?:[.,]\d{1,3})?(?:\s?(?:[KMGT]i?B|[КМГТ]и?Б))?\s+/\s+$")
# (`15.2 GB / 7.6 GB`, `7,6 / 29,4 / …`), not a division (`32.1 GB / 2 GPUs`)
_SLASHED_AFTER = guarded(r"\s+/\s+\d[\d.,]*\s?(?:[KMGT]i?B|[КМГТ]и?Б|\s+/)")
# `per billion parameters it is 2 GB in fp16`, `на миллиард параметров — 1 ГБ в int8`: a rate per billion said before
_PER_BILLION_BEFORE = guarded(
    r"(?i)\b(?:per|a|for\s+(?:each|every))\s+(?:one\s+)?(?:billion|bn)\s+(?:of\s+)?param\w*"
    r"|(?<!\w)(?:на|за)\s+(?:каждый\s+|один\s+)?(?:миллиард|млрд\.?)\s+параметр\w*"
)


def per_billion(s: Sentence, facts: NoteFacts) -> list[Found]:
    """The sizes per billion parameters of the sentence in a storage type it says for them (a shape of its own: they are
    no model's size, and no shape after it reads them)."""
    if not _PER_BILLION_WORD.search(s.unit.text, s.start, s.end):
        return []
    return [f for q in s.quantities if (f := _per_billion(s, q, facts)) is not None]


_PER_BILLION_WORD = guarded(r"(?i)billion|\bbn\b|миллиард|млрд")  # (each form of `_PER_BILLION_BEFORE` holds one)


def _per_billion(s: Sentence, q: Quantity, facts: NoteFacts) -> Found | None:
    """A size per billion parameters in a storage type the sentence says for it (`1 GB per billion parameters in
    int8`, `per billion parameters it is 2 GB in fp16 and 4 GB in fp32`): a billion times the type's bytes."""
    if q.kind != "bytes" or q.hi is not None:
        return None
    if not _PER_BILLION_AFTER.match(s.unit.masked, q.end):
        said = _PER_BILLION_BEFORE.search(s.unit.text, s.start, q.start)
        if (
            said is None
            or said.start() < _comma_clause_start(s, q)  # (its own clause: not `, so the 3B needs …`)
            or any(said.end() <= m.start < q.start for m in s.models)  # (`— so Gemma 2 2B at 4-bit is roughly 2.6 GB`)
            or _SIZE_ALONE_NAME.search(s.unit.masked, said.end(), q.start)
        ):
            return None
    dtype, where = _dtype_for(s, q, facts)
    if dtype is None or where != "sentence" or dtype.gguf:
        return None
    check = compare(q, 1e9 * dtype.bytes)
    how = f"a size per billion parameters in {dtype.name}: 1B × {dtype.bytes:g} bytes = {fmt(1e9 * dtype.bytes, q.scale)}"
    claim = make_claim(s.unit, q.start, q.end, "weights-rate", check.verdict, f"{how}; {check.explanation}", stated=q.text)
    return Found(claim, ((q.start, q.end),))


_PER_BILLION_AFTER = guarded(
    r"(?i)\s*(?:per|a|for\s+(?:each|every)|на|за|/)\s*(?:(?:one|a|1|each|every|каждый|один)\s*)?"
    r"(?:billion|bn\b|B\b|млрд|миллиард)\w*(?:\s+(?:of\s+)?(?:param|парам)\w*)?"
)
# a sentence that opens with a total and its figure (`Всего 320 ГиБ;`, `In total: 48 GB.`, `Total — 96 GB`)
_TOTAL_OPENING = guarded(
    r"(?i)[\s>*_•–—-]*(?:всего|итого|в\s+сумме|суммарно|in\s+total|total|altogether|overall)[*_]*\s*[:—–-]?\s*"
    r"(?:~|≈|около\s+|примерно\s+|about\s+)?"
)
# between a figure and its own type (`18.5 GB in bf16`, `12,25 ГБ (fp8)`)
_POSTFIX_TYPE = guarded(r"(?i)\s*(?:in|в|во)?\s*\(?\s*")
_BACK_REFERENCE = guarded(r"(?i)(?:\b(?:these|those|the\s+same)|(?<!\w)(?:эти|этих|этим|те\s+же|тех\s+же|эти\s+же))\s+~?$")


# The vocabulary or its embedding table named before a size, with a table or the hidden size said too
# (`vocab × hidden × 2 bytes = 1.05 GB`, `a vocabulary of 128256 and hidden 4096; in bf16 that table is 1.05 GB`)
_VOCAB_WORD = guarded(r"(?i)\b(?:vocab\w*|embedding\w*|unembedding\w*|lm[\s_-]?head|словар\w*|эмбеддинг\w*)")
_TABLE_WORD = guarded(r"(?i)\b(?:tables?|matri(?:x|ces)|hidden|d_model|таблиц\w*|матриц\w*|скрыт\w*)\b|[×*]")
_WHOLE_MODEL = guarded(
    r"(?i)\bweights?\b|\bвес(?:а|ов|ам|ами)?\b|checkpoint|чекпоинт\w*|\bwhole\b|\bentire\b|\btotal\b|\boverall\b|"
    r"\bin\s+all\b|всего|итого|целиком|\bвся\s+модель|(?<!of )(?<!of the )(?<!of its )(?<!of this )\bmodel\b|\bмодель\b"
)


# tables or matrices counted (`both tables`, `обе таблицы`, `one matrix`) or of a model (`GPT-2's tables`, `таблица GPT-2`):
# the embedding tables, a part of the model
_TABLES_PART = guarded(
    r"(?i)(?:\b(?:both|two|one|the\s+two)\s+(?:(?:input|output|embedding|vocab\w*)\s+)?(?:tables?|matri(?:x|ces))\b"
    r"|(?<!\w)(?:обе|две|одна|обеих|двух|одной)\s+(?:[^\W\d]+\s+)?(?:таблиц\w*|матриц\w*)"
    r"|[\w)]['’]s\s+(?:(?:input|output|embedding|two)\s+)?(?:tables?|matri(?:x|ces))\b)"
    r"(?!\s+(?:below|above|here|in\s+this|ниже|выше|здесь|в\s+этой))"  # (`the two tables below`: the note's own tables)
)
_MODELS_TABLE = guarded(r"(?<!\w)(?:таблиц[аыуе]|матриц[аыуе])\s+(?=[A-Z])")  # `таблица GPT-2` (not `Таблица 3: …`)


def _embedding_table(s: Sentence, q: Quantity) -> str:
    text = s.unit.text
    lo = max(s.start, q.start - 240)  # a bounded look back: linear on a long line
    words = list(_VOCAB_WORD.finditer(text, lo, q.start))
    if not words:
        return ""
    w = words[-1] if not _WHOLE_MODEL.search(text, words[-1].end(), q.start) else None
    if w is None or not _TABLE_WORD.search(text, lo, q.start) or starting_in(_listed_sizes, w.end(), q.start, s.unit.masked):
        return ""
    return w.group(0)


def _listed_sizes(text: str) -> list[Quantity]:
    return [z for z in find_quantities(text) if z.kind == "bytes" and z.scale >= 1e3]


def _search_once(s: Sentence, rx: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """`rx.search(text, a, b)` over a span of the sentence `s` (its line's text or masked text), once per span
    (asked again for each figure of a long clause: linear)."""
    memo, key = _memo(s), ("search", rx, text, a, b)
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    m = memo[key] = _search_span(rx, text, a, b)
    return m


@lru_cache(maxsize=256)
def _search_span(rx: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """`rx.search(text, a, b)`, kept across the sentences of a line: a table cell's span is asked again from each
    sentence in the cell."""
    return rx.search(text, a, b)


_ADAPTER_PART = guarded(r"(?i)adapter|LoRA|адаптер")
# an adapter merged into its base (`merging the adapter back`, `the merged model`, `слияние адаптера`, `влить LoRA`)
_MERGED = guarded(
    r"(?i)\bmerg\w*|\bfold\w*\s+(?:\w+\s+){0,3}?(?:back|into)\b|слия\w*|слив\w*|слит\w*|влив\w*|влит\w*|вмерж\w*"
)


_NOT_YET = guarded(r"(?i)\b(?:before|without|prior\s+to|until|un)\s*$|(?<!\w)(?:до|без|перед|не)\s*$")
_WHOLE_NOUN = guarded(r"(?i)\b(?:file|model|checkpoint|weights)\b|файл\w*|модел\w*|чекпо\w*|вес(?:а|ов)\b")


# a size that is a budget, not a model's figure: `a 10 GB cache budget`, `16 GiB of cache holds 65,536 tokens`
_BUDGET_AFTER = guarded(r"(?i)\s*(?:of\s+)?(?:(?:kv|KV)[\s-]*)?(?:cache\s+|кэш\w*\s+)?(?:budget|бюджет\w*)")
_BUDGET_BEFORE = guarded(
    r"(?i)(?:budget|бюджет\w*)\s*(?:of|в|на|:|—|–|=)\s*(?:~|≈|about|около)?\s*$"
    # `if we leave 12 GiB for the cache`, `под кэш оставить 12 ГиБ`, `reserve 20 GB`: an amount set aside, not a size
    r"|(?:\b(?:(?:we|you|I|to)\s+leave|reserve[sd]?|reserving|set\s+aside|allocate[sd]?|allocating)"
    r"|(?<!\w)(?:оставить|оставим|оставляем|оставляя|выделить|выделим|выделяем|отвести|отведём|зарезервировать))"
    r"\s+(?:(?:we|us|the|a|an|only|just|about|~|≈|around|roughly|under|for\s+(?:the\s+)?(?:kv\s+)?cache|под\s+кэш|на\s+кэш|ещё|еще|лишь|всего|около)\s+){0,3}$"
)
_HOLDS_TOKENS = guarded(
    r"(?i)\s*(?:of\s+)?(?:(?:kv|KV)[\s-]*)?(?:cache\s+|кэш\w*\s+)?(?:therefore\s+|then\s+|thus\s+)?"
    r"(?:holds?|fits?|accommodates?|stores?|вмещает|вместит|хватает\s+на|хватит\s+на|помещается)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~|≈|около\s+|примерно\s+)?\d[\d,.\s\u00a0]*\s*[kKкК]?\s*(?:tokens|токен)"
)


# a sliding window on some layers (not a context window: `the full 128k window`)
_WINDOW_WORD = guarded(
    r"(?i)sliding[\s-]+window|\bSWA\b|local\s+attention|window(?:ed)?\s+(?:attention\s+)?(?:on|in|for)\s+(?:half|some|every\s+other)"
    r"|скользящ\w*\s+окн\w*|окн\w*\s+(?:внимания\s+)?на\s+(?:половин|част|некотор|кажд\w+\s+втор)\w*|локальн\w*\s+внимани\w*"
)
_ACTIVATION_WORD = guarded(r"(?i)\bactivations\b|\bактиваци(?:и|й|ям|ями)\b")
_COMPARATIVE = guarded(
    r"(?i)\b(?:than|vs\.?|versus|compared\s+(?:to|with)|unlike|against|relative\s+to)\b|\bчем\b|\bпротив\b"
    r"|\bпо\s+сравнению\s+с|\bв\s+отличие\s+от|\bв\s+сравнении\s+с"
)


def _after_comparison(s: Sentence, q: Quantity) -> str:
    """The model a figure is said of after a comparative (`more than the 70B, which needs 320 KiB`, `больше, чем у 70B
    (320 КиБ)`, `more than the 1.25 GiB of the 70B`): the name compared with, when the figure is that one's; "" else."""
    text = s.unit.masked
    lo = max(s.start, q.start - 160)  # a bounded look back
    lo = max(lo, text.rfind(";", lo, q.start) + 1)
    found = list(_COMPARATIVE.finditer(text, lo, q.start))
    if not found:
        return ""
    comp = found[-1]
    names = sorted(
        [(m.start, m.end) for m in s.models if comp.end() <= m.start and m.end <= q.start]
        + [(m.start(), m.end()) for m in _SIZE_ALONE_NAME.finditer(text, comp.end(), q.start)]
    )
    if names:
        a, b = names[-1]
        lead, gap = text[comp.end() : a], text[b : q.start]
        if (
            len(lead) <= 16
            and not re.search(r"\d", lead)
            and len(gap) <= 60
            and not _CLAUSE_JOIN.search(gap)
            and (_RELATIVE.search(gap) or len(gap) <= 25)
        ):
            return s.unit.text[a:b]
        return ""
    after = text[q.end : min(s.end, q.end + 40)]
    if len(text[comp.end() : q.start]) <= 16 and (m := _OF_NAMED.match(after)) is not None:
        rest = after[m.end() :]
        if any(0 <= m2.start - (q.end + m.end()) <= 2 for m2 in s.models) or re.match(r"\d+(?:\.\d+)?[BbMm]\b", rest):
            words = s.unit.text[q.end + m.end() : q.end + len(after)].split()
            return words[0].rstrip(".,;:)") if words else "another model"
    return ""


_CLAUSE_JOIN = guarded(r"(?i)\band\b|\bbut\b|\bso\b|\bwhile\b|(?<!\w)(?:и|но|а|поэтому)(?!\w)|;")
_RELATIVE = guarded(r"(?i)\bwhich\b|\bthat\b|\bwhose\b|котор\w*|\(|—|:")
_OF_NAMED = guarded(r"(?i)\s*(?:of|for|у|для)\s+(?:the\s+)?")


# one embedding matrix named right before a size (`X's input embedding in bf16 is 2.1 GB`, `эмбеддинг X в bf16 — 1 ГБ`);
# `embeddings` in the plural may be one matrix or two (untied input and output): not read
_ONE_EMBEDDING = guarded(
    r"(?i)\b(?:(?:input|token|output)\s+)?embedding(?:\s+(?:matrix|table|layer))?(?!s)\b|\bembed_tokens\b"
    r"|(?<!\w)(?:входн\w+\s+)?эмбеддинг(?:а|ом)?(?!\w)|(?<!\w)(?:матриц|таблиц)[аеуы]\s+эмбеддингов"
)


def _embedding_size(s: Sentence, q: Quantity, facts: NoteFacts) -> Found | None:
    """The size of one embedding matrix of the one catalogued model the sentence names, in the type the sentence
    says for it: vocabulary × hidden size × its bytes (`Llama-3-8B's input embedding in bf16 is 2.1 GB` -> 1.051 GB)."""
    named = {m.config.name: m for m in s.models if m.config is not None}
    if len(named) != 1:
        return None
    a = max(s.start, _comma_clause_start(s, q), q.start - 80)
    words = list(_ONE_EMBEDDING.finditer(s.unit.text, a, q.start))
    if not words or starting_in(_kilo_sizes, words[-1].end(), q.start, s.unit.masked):
        return None
    dtype, where = facts.dtype_for(s, q)
    if dtype is None or where != "sentence" or dtype.gguf or dtype.bytes <= 0:
        return None
    m = next(iter(named.values()))
    cfg = m.config
    if cfg is None or not cfg.vocab or not cfg.hidden:
        return None
    computed = float(cfg.vocab * cfg.hidden) * dtype.bytes
    check = compare(q, computed)
    how = (
        f"{m.text}'s embedding matrix: {cfg.vocab:,} × {cfg.hidden:,} × {dtype.bytes:g} B ({dtype.name}) "
        f"= {fmt(computed, q.scale)}"
    )
    claim = make_claim(s.unit, q.start, q.end, "embedding-size", check.verdict, f"{how}; {check.explanation}", stated=q.text)
    return Found(claim, ((q.start, q.end),))


_TWO_TABLES = guarded(r"(?i)\b(?:both|two|the\s+two)\b|(?<!\w)(?:обе|две|обеих|двух)(?!\w)")
_ONE_TABLE = guarded(r"(?i)\bone\b|(?<!\w)(?:одна|одной)(?!\w)")
_PLURAL_TABLES = guarded(r"(?i)\b(?:tables|matrices)\b|(?<!\w)(?:таблицы|матрицы|таблиц|матриц)(?!\w)")


def _tables_counted(s: Sentence, words: re.Match[str], end: int, cfg: ModelConfig) -> int:
    """How many embedding tables `words` count: both (input and output; a tied model's both are one matrix), one, or
    a plural of an untied model (both); else one."""
    counted = [*_TWO_TABLES.finditer(s.unit.text, words.end(), end), *_ONE_TABLE.finditer(s.unit.text, words.end(), end)]
    said = max(counted, key=lambda m: m.start()).group(0) if counted else words.group(0)  # `одна таблица, а их две: …`
    if _TWO_TABLES.search(said):
        return 1 if cfg.tied else 2
    if _ONE_TABLE.search(said):
        return 1
    plural = bool(_PLURAL_TABLES.search(s.unit.text, words.start(), min(end, words.end() + 24)))
    return 2 if plural and not cfg.tied else 1


def _tables_said(s: Sentence, end: int) -> re.Match[str] | None:
    """Embedding tables named as tables in the sentence since its last size or count before `end` (the sentence's
    words, not the clause's: `обе таблицы X — 4 ГБ`), with no whole-model word after them."""
    before = starting_in(_figures, s.start, end, s.unit.masked)
    start = max(s.start, before[-1].end) if before else s.start
    words = _TABLES_PART.search(s.unit.text, start, end) or _MODELS_TABLE.search(s.unit.text, start, end)
    return None if words is None or _WHOLE_MODEL.search(s.unit.text, words.end(), end) else words


def _tables_how(m: ModelMention, cfg: ModelConfig, tables: int) -> str:
    """`X's embedding tables (tied: one matrix): 2 × V × h`: what the tables' figure is computed from."""
    tied = " (tied: one matrix)" if cfg.tied else ""
    count = f"{tables} × " if tables > 1 else ""
    return f"{m.text}'s embedding tables{tied}: {count}{cfg.vocab:,} × {cfg.hidden:,}"


def _embedding_tables_size(s: Sentence, q: Quantity, facts: NoteFacts) -> Found | None:
    """The size of a model's embedding tables said as tables (`both tables in bf16 take 2.1 GB`, `в fp16 таблица
    GPT-2 весит 77,2 МБ`, `обе таблицы Qwen2.5-7B в fp32 — 4,36 ГБ`): vocabulary × hidden size × its bytes, once per
    table counted (both: input and output; a plural of an untied model: both; one table, or a tied model: one).
    Only for the one catalogued model the sentence names and a type the sentence says."""
    named = {m.config.name: m for m in s.models if m.config is not None}
    if len(named) != 1:
        return None
    words = _tables_said(s, q.start)
    if words is None:
        return None
    dtype, where = facts.dtype_for(s, q)
    m = next(iter(named.values()))
    cfg = m.config
    if dtype is None or where != "sentence" or dtype.gguf or dtype.bytes <= 0 or cfg is None or not cfg.vocab or not cfg.hidden:
        return None
    if compare(q, float(count_parameters(cfg).total) * dtype.bytes).verdict.holds:
        return None  # the whole model's size: tables said of something else (`both tables show X at 16 GB`)
    tables = _tables_counted(s, words, q.start, cfg)
    computed = float(cfg.vocab * cfg.hidden) * dtype.bytes * tables
    check = compare(q, computed)
    how = f"{_tables_how(m, cfg, tables)} × {dtype.bytes:g} B ({dtype.name}) = {fmt(computed, q.scale)}"
    claim = make_claim(s.unit, q.start, q.end, "embedding-size", check.verdict, f"{how}; {check.explanation}", stated=q.text)
    return Found(claim, ((q.start, q.end),))


def _adapter_part(s: Sentence, q: Quantity, facts: NoteFacts) -> str:
    """A size far below any storage of the model's weights (under 0.4 bits per parameter) in a sentence about an
    adapter, or under a line about one (`… for the adapter: 67 MB; its fp32 gradients add 33.6 MB`): the adapter's
    part (its moments, gradients, file), which no rule here recomputes from the model."""
    item = _item_above(s, facts)
    lead = facts.lead_in.get(s.unit.line, "") or item
    if not (_search_once(s, _ADAPTER_PART, s.unit.text, s.start, s.end) or (not s.models and _ADAPTER_PART.search(lead))):
        return ""
    named = [m for m in s.models if m.config is not None]
    if not named:
        above = lead_in_model(s, facts)
        named = [above] if above is not None and above.config is not None else []
    if not named and item:  # (`- "The LoRA adapter for Llama-3-8B …"` / `  - fp32 is 54.5 MB.`: the item's model)
        named = [m for m in find_mentions(item) if m.config is not None][:1]
    counts = [float(count_parameters(m.config).total) for m in named if m.config is not None]
    if not counts or q.value >= 0.05 * min(counts):
        return ""
    return "a size far below any storage of the model's weights, in a sentence about an adapter: the adapter's part"


def _item_above(s: Sentence, facts: NoteFacts) -> str:
    """The list item a nested item sits under (`- "The LoRA adapter … 27.3 MB."` / `  - fp32 is 54.5 MB.`), else ""."""
    above = facts.lines_above.get(s.unit.line, ())
    line = s.unit.text
    if not above or not LIST_ITEM.match(line.lstrip()) or not LIST_ITEM.match(above[0].lstrip()):
        return ""
    indent = len(line) - len(line.lstrip())
    return above[0] if indent > len(above[0]) - len(above[0].lstrip()) else ""


def _own_types_since(s: Sentence, q: Quantity) -> list[DtypeMention]:
    """The storage types named since the figure of the same kind before this one, less that figure's own (`18.5 GB in
    bf16`)."""
    since = max((x.end for x in s.quantities if x.end <= q.start and x.kind == q.kind), default=-1)
    return [
        d
        for d in in_range(s.dtypes, max(since, s.start), q.start)
        if since < 0 or not _POSTFIX_TYPE.fullmatch(s.unit.text, since, d.start)
    ]


# a table column of bytes per parameter: `| bytes/param |`, `| B/param |`, `| байт на параметр |`
_PER_PARAM_WORDS = r"\b(?:bytes?|B)\s*(?:/|per)\s*param\w*|байт\w*\s*(?:/|на)\s*парам\w*"
_PER_PARAM_HEADER = guarded(r"(?i)" + _PER_PARAM_WORDS)
# a column of bytes per parameter (`| bytes/param |`), not a column of sizes its header computes with a rate
# (`| full FT, 16 B/param (GB) |`: its cells are GB)
_PER_PARAM_COLUMN = guarded(r"(?i)^(?!.*\b[KMGT]i?B\b)(?!.*(?<!\w)[КМГТ]и?Б\b)(?=.*(?:" + _PER_PARAM_WORDS + "))")
# a vector index, its graph or the vectors themselves (`The fp16 index of 2M images is 2 GB`, `the HNSW graph adds 6 GB`)
_INDEX_NOUN = guarded(
    r"(?i)\bindex\w*|\bHNSW\b|\bgraph\b|\bvectors\b|\bembeddings\s+of\b|(?<!\w)индекс\w*|(?<!\w)граф\w*|(?<!\w)вектор\w*"
)
# a price before `for` an amount (`$300 for 24 GB`, `300 $ за 24 ГБ`)
_PRICE_FOR_BEFORE = guarded(r"(?i)(?:[$€₽]\s*\d[\d,.]*|\d[\d,.]*\s*(?:[$€₽]|USD|EUR|руб\w*))\s*(?:/\s*\w+\s*)?(?:for|за)\s+$")
# several files or models summed (`the six files together are 35.9 GB`, `все три модели вместе — 41 ГБ`)
_SEVERAL_TOGETHER = guarded(
    r"(?i)(?:files|models|checkpoints|shards|copies|variants|downloads|файл\w*|модел(?:и|ей|ям)|чекпоинт\w*)\s+"
    r"(?:together|combined|in\s+total|altogether|all\s+told|вместе|в\s+сумме|суммарно)\b[^\d\n]{0,20}$"
)
# the weights added to something (`a batch of 64 together with the weights is 29.5 GiB`, `вместе с весами`, `включая веса`)
_WITH_THE_WEIGHTS = guarded(
    r"(?i)(?:\b(?:together\s+with|along\s+with|including|incl\.|plus)\s+(?:the\s+|its\s+)?(?:model\s+)?weights\b"
    r"|(?<!\w)(?:вместе\s+с\s+весами|с\s+уч[её]том\s+весов|включая\s+веса|плюс\s+веса)"
    # `weights and cache together ≈ 22.75 GB`, `| weights + cache |`, `веса и кэш вместе`
    r"|\bweights?\s*(?:and|&|\+|plus)\s*(?:the\s+)?(?:full\s+|whole\s+)?(?:kv\s+)?(?:cache|batch|buffers|activations)\b"
    r"|\b(?:kv\s+)?cache\s*(?:and|&|\+|plus)\s*(?:the\s+)?weights\b"
    r"|(?<!\w)вес(?:а|ов)\s*(?:и|\+|плюс)\s*кэш\w*|(?<!\w)кэш\w*\s*(?:и|\+|плюс)\s*вес(?:а|ов))"
)
_POOL = guarded(r"(?i)\bpools?\b|\bпул\w*")


# no accelerator holds more (B300 and MI355X: 288 GB): a size per device above it is no whole replica
_LARGEST_DEVICE = 288e9


# a model called by its variant word: `the base model`, `the large one`, `the small model`, `базовая модель`
_VARIANT_REF = guarded(
    r"(?i)\bthe\s+(?P<v>base|large|small|medium|xl|mini|tiny)\s+(?:model|one|variant|version|checkpoint)\b"
    r"|(?<!\w)(?P<r>базов|больш|маленьк|малень|средн)\w*\s+(?:модел\w*|верси\w*|вариант\w*)"
)
_VARIANT_RU = {"базов": "base", "больш": "large", "маленьк": "small", "малень": "small", "средн": "medium"}


def _variant_named(s: Sentence, q: Quantity, facts: NoteFacts) -> ModelMention | None:
    """`In fp16 the base model is 219 MB and the large one 670 MB` under lines naming bert-base and bert-large: the one
    model the note is about whose name (or alias) carries the variant the figure's own words call it by."""
    if not facts.note_models:
        return None
    prev = _previous_figure_end(s, q)
    m = None
    for found_ref in _VARIANT_REF.finditer(s.unit.masked, max(s.start, prev), q.start):
        m = found_ref  # the last such words before the figure
    if m is None:
        return None
    word = m.group("v").lower() if m.group("v") else _VARIANT_RU[m.group("r").lower()]
    found = []
    for x in facts.note_models:
        if x.config is None:
            continue
        names = (x.config.name, *x.config.aliases)
        tokens = {t for n in names for t in re.split(r"[-_\s]+", n.lower())}
        if word in tokens:
            found.append(x)
    return found[0] if len(found) == 1 else None


_PART_OF_AFTER = guarded(
    r"(?i)\s*(?:\([^)]{1,24}\)\s*)?(?:out\s+of|of\s+(?:the|its|all)|из|от)\s+(?:the\s+|всех\s+)?(?:~|≈)?\s*\d"
)
_SIDE_VERSUS = guarded(
    r"(?i)\s*(?:\([^)]{1,24}\)\s*)?(?:vs\.?|versus|against|compared\s+(?:with|to)|против|по\s+сравнению\s+с)\s+(?:~|≈)?\s*\d"
)
_OWN_QUALIFIER_AFTER = guarded(
    r"(?i)\s*(?:\(|with|in|at|for|в|при|с|для)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:recipe|рецепт\w*|bf16|fp16|fp32|fp8|int8|int4|nf4|\d+-byte|\d+\s*(?:B|bytes?)\s*/\s*param|\d+-байт\w*)"
)
_WHOLE_OF_BEFORE = guarded(r"(?i)(?:\bout\s+of|\bof\s+(?:the|its|all)|(?<!\w)из|(?<!\w)от)\s+(?:the\s+|всех\s+)?(?:~|≈)?\s*$")
_SIDE_VERSUS_BEFORE = guarded(r"(?i)(?:\bvs\.?|\bversus|\bagainst|(?<!\w)против)\s+(?:~|≈)?\s*$")


def _paired_size(s: Sentence, q: Quantity) -> str:
    """The size is said as a part of the size right after it (`25,76 ГБ из 93,41 ГБ`, `2.18 GB out of 15.23 GB`) or as
    one side of a comparison with another size (`80 GiB (MHA) vs 10 GiB (GQA)`, `16,06 ГБ против 13,48 ГБ`): why, or ""."""
    text = s.unit.masked
    if len({d.name for d in in_range(s.dtypes, s.start, s.end)}) > 1:
        return ""  # `in bf16: 32 GB vs 16 GB in int8`: each side in a type of its own, each judged
    if _OWN_QUALIFIER_AFTER.match(text, q.end):
        return ""  # `89.7 GB, versus 128 MB with the 16-byte recipe`: the side says what it is
    nxt = next((z for z in s.quantities if z.start >= q.end and z.kind == "bytes"), None)
    if nxt is not None and nxt.start - q.end <= 40:
        if _PART_OF_AFTER.match(text, q.end, nxt.end):
            return f"a part of the {nxt.text} said after it"
        if _SIDE_VERSUS.match(text, q.end, nxt.end):
            return f"one side of a comparison with {nxt.text}"
    if _SIDE_VERSUS_BEFORE.search(text, max(s.start, q.start - 16), q.start):
        return "the other side of a comparison"
    prev = next((z for z in reversed(s.quantities) if z.end <= q.start and z.kind == "bytes"), None)
    if prev is not None and q.start - prev.end <= 24 and _WHOLE_OF_BEFORE.search(text, prev.end, q.start):
        return f"the whole that {prev.text} is said to be a part of"
    return ""


# `With the bf16 base that is 14.7 GB`, `Вместе с весами в bf16 это 14,7 ГБ`: what was said before, plus the weights
_WITH_THE_BASE_BEFORE = guarded(
    r"(?i)(?:\b(?:with|plus|adding)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:base(?:\s+model)?|weights)\s*,?\s*"
    r"(?:that|this|it)(?:'s|\s+is|\s+makes|\s+comes\s+to|\s+gives)"
    r"|(?<!\w)(?:вместе\s+с|плюс|с\s+учётом)\s+(?:[\w-]+\s+)?(?:базов\w+\s+модел\w+|основ\w+|вес\w+)(?:\s+в\s+[\w-]+)?\s*,?\s*"
    r"(?:это|выходит|получается|будет))\s*(?:~|≈|about\s+|около\s+)?$"
)
# `29.7 GiB holds 7 of them`, `на 13,3 ГиБ помещается один диалог`: a capacity, what it holds after it
_HOLDS_AFTER = guarded(
    r"(?i)\s*(?:(?:of\s+)?(?:free\s+|spare\s+|свободн\w*\s+)?(?:memory|VRAM|памяти)\s+)?"
    r"(?:holds|can\s+hold|has\s+room\s+for|fits\s+(?:\d|one|two|three|four|five|six|seven|eight)"
    # `384 GB lets you run the 70B`, `… is enough for …`, `48 ГБ хватит на …`: a memory said to suffice
    r"|lets\s+you\s+(?:run|fit|load|serve|hold)|(?:is|are)\s+enough\s+(?:to|for)\b|allows?\s+(?:you\s+)?(?:to\s+)?(?:run|fit|load)"
    r"|(?:хватит|хватает|достаточно)\s+(?:на|для|чтобы)(?!\w)|позволя\w+\s+(?:запустить|разместить|загрузить)"
    r"|(?:помещается|поместится|помещаются|поместятся|вмещает|влезает|влезет|влезают|уместится|умещается)(?!\w))"
)
# a memory something is said not to fit in (`в 96 ГБ не влезет`, `won't fit in 96 GB`): a capacity
_NOT_FIT_IN_BEFORE = guarded(
    r"(?i)(?:\b(?:won[’']t|will\s+not|doesn[’']t|does\s+not|do\s+not|don[’']t|cannot|can[’']t|never)\s+fit\s+(?:in|into|on)"
    r"|(?<!\w)не\s+(?:влез\w*|помест\w*|умест\w*)\s+в)\s+(?:(?:a|one|the|одну|одн\w+)\s+)?(?:~|≈)?$"
)
_RU_IN_BEFORE = guarded(r"(?i)(?<!размером\s)(?<!объёмом\s)(?<!объемом\s)(?<!весом\s)(?<!\w)в\s+(?:~|≈)?$")
_FITS_AFTER_RU = guarded(r"(?i)\s*(?:памяти\s+|VRAM\s+)?(?:уже\s+|никак\s+)?не\s+(?:влез\w*|помест\w*|умест\w*|лез\w*)")
# `23 GiB does not fit next to the weights`, `12 ГиБ рядом с весами`: the figure is something held beside the weights
_BESIDE_WEIGHTS = guarded(
    r"(?i)[^\d.;]{0,32}?(?:\bnext\s+to|\bbeside|\balongside|\bon\s+top\s+of|\bin\s+addition\s+to|\bbesides"
    r"|(?<!\w)рядом\s+с|(?<!\w)помимо|(?<!\w)кроме|(?<!\w)поверх)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:weights|вес(?:ов|ами|а)\b)"
)
_INACTIVE_BEFORE = guarded(r"(?i)\binactive\b|\bidle\s+experts?\b|(?<!\w)неактивн\w*")


def _not_the_models(s: Sentence, q: Quantity) -> str:
    """A reading of a tool (`по nvidia-smi 7 390 МиБ`: runtime overhead included) or a remainder
    (`~73 GiB left after the weights`) is no size of the model: the reason, or ""."""
    a, b = clause_bounds(s, q.start, q.end)
    text = s.unit.text
    if _NEGATED.search(text, max(s.start, q.start - 12), q.start):
        return "a figure the note itself negates (`not X but Y`)"
    if _WITH_THE_BASE_BEFORE.search(text, max(s.start, q.start - 64), q.start):
        return "the figure before with the base weights added (`With the bf16 base that is 14.7 GB`): a total"
    ru_fit = _RU_IN_BEFORE.search(text, max(s.start, q.start - 4), q.start) and _FITS_AFTER_RU.match(
        text, q.end, min(s.end, q.end + 30)
    )
    if ru_fit or _NOT_FIT_IN_BEFORE.search(text, max(s.start, q.start - 40), q.start):
        return "a memory something is said not to fit in (`в 96 ГБ не влезет`): a capacity, no size of the model"
    if _HOLDS_AFTER.match(text, q.end, min(s.end, q.end + 40)):
        return "a capacity said to hold something (`29.7 GiB holds 7 of them`, `на 13,3 ГиБ помещается …`): no size of it"
    if _BESIDE_WEIGHTS.match(text, q.end, min(s.end, q.end + 64)) and not _KV.search(text, a, b):
        return "a size said beside the weights (`23 GiB does not fit next to the weights`): not the weights' own"
    slashed = _SLASHED_BEFORE.search(text, max(s.start, q.start - 24), q.start) or _SLASHED_AFTER.match(text, q.end)
    if slashed and len({m.text for m in s.models}) < 2:
        return "one of figures listed with slashes (`7,6 / 29,4 / 32,5 ГБ`): which each is said of is not stated"
    if _BACK_REFERENCE.search(text, max(s.start, q.start - 12), q.start) and not _own_types_since(s, q):
        # `the same 18.5 GB` after a storage type named since the figure before it (`in fp32 the same 18.5 GB`; not
        # that figure's own `18.5 GB in bf16`) says the size is that type's too: a claim of its own
        return "a figure named before (`these 128 KiB`), referred back to: judged where it was stated"
    if _PER_BILLION_AFTER.match(text, q.end):
        return "a size per billion parameters (`1 GB per billion parameters`): a rate, not a model's size"
    if _TOTAL_OPENING.fullmatch(s.unit.text, s.start, q.start):
        return "a total the sentence opens with (`Всего 320 ГиБ; веса …`): of what is not said"
    if _MEASURED.search(text, max(a, q.start - 40), q.start):
        return "a measured reading (it includes runtime overhead): not recomputable from the model"
    if _REMAINDER.search(text, max(a, q.start - 40), q.start) or _REMAINDER.search(text, q.end, min(b, q.end + 12)):
        return "a remainder (capacity less usage): not a size of the model"
    if _TAKEN_FROM_AFTER.match(text, q.end):
        return "a memory a size is taken off (`80 GiB − 65.7 GiB of weights`): a capacity, not a size of the model"
    if _DIFFERENCE_IS_BEFORE.search(text, max(s.start, q.start - 64), q.start):
        return "what a subtraction leaves (`80 GiB minus 65.7 GiB of weights is 14.3 GiB`): a remainder, not the model's"
    if _REMAINDER_OPENING.match(text, s.start, q.start) and not any(
        z.kind == "bytes" and s.start <= z.start and z.end <= q.start for z in s.quantities
    ):  # `Свободно под кэш на 4 × L40S после весов 70B в fp8: около 63 ГиБ`: the sentence opens on what is left
        return "a remainder (capacity less usage): not a size of the model"
    if _LEAVES_BEFORE.search(text, max(a, q.start - 30), q.start) and _LEFT_FOR_AFTER.match(text, q.end):
        return "a remainder (what the weights leave for something else): not a size of the model"
    if _INACTIVE_BEFORE.search(text, max(s.start, q.start - 60), q.start) or _INACTIVE_BEFORE.search(
        text, q.end, min(s.end, q.end + 16)
    ):  # `Неактивные на токен веса — 67,65 ГБ`, `67.65 GB of inactive weights`
        return "the weights a token does not read (inactive experts): a part, not the whole model"
    if not s.models and _INDEX_NOUN.search(text, max(s.start, q.start - 60), q.start):
        return "a vector index, its graph or its vectors: not the model's weights"
    if _SEVERAL_TOGETHER.search(text, max(s.start, q.start - 60), q.start):
        return "a total of several files or models together: not one model's size"
    if _PRICE_FOR_BEFORE.search(text, max(s.start, q.start - 24), q.start):
        return "a price for an amount of storage or memory: not a size of the model"
    with_weights = _WITH_THE_WEIGHTS.search(text, max(s.start, q.start - 48), q.start)
    if (with_weights and "(" not in text[with_weights.end() : q.start]) or _WITH_THE_WEIGHTS.match(text, q.end):
        # (`вместе с весами младшей в bf16 (18,48 ГиБ)`: the bracketed figure is the weights' own)
        return "a total of the weights with something else (the cache, a batch): not a size of the model alone"
    if _POOL.search(text, max(a, q.start - 40), q.start) and not _WEIGHT_WORDS.search(text, max(a, q.start - 40), q.end + 12):
        return "a memory pool (what is left for the cache or buffers): not a size of the model"
    if (
        DIFFERENCE_BEFORE.search(text, max(a, q.start - 40), q.start)
        or _DIFFERENCE_AFTER.match(text, q.end)
        # `costs you about 1.3 GB more` (not `more or less`, nor what something adds: `adds 33.6 MB more`)
        or (_MORE_AFTER.match(text, q.end) and not _ADDED_BEFORE.search(text, max(a, q.start - 30), q.start))
        or _DIFFERENCE_NOUN_BEFORE.search(text, max(s.start, q.start - 90), q.start)
    ):
        return "a difference between two sizes (a saving or an increase): not a size of the model"
    part = _OF_PART.match(text, q.end)
    figures_before = starting_in(_figures, a, q.start, s.unit.masked)
    since = max(a, figures_before[-1].end) if figures_before else a  # a part word before another figure is that one's
    before = [
        m
        for m in _PART_BEFORE.finditer(text, since, q.start)
        if not starting_in(_figures, m.end(), q.start, s.unit.masked)
        and not _SIZE_OF.search(text, max(a, m.start() - 24), m.start())
    ]  # `about 1.05 GB of embeddings apart from the 16 GB checkpoint`: the embeddings are the first figure's
    part = part or (before[-1] if before else None)  # `the embeddings alone stay at 1.8 GB`, no figure between
    if part is None and s.unit.source == "table":
        label, at = _first_cell(text)
        lo, hi = cell_bounds(text, q.start, q.end)  # the figure's own cell
        if (
            label
            and not at <= q.start < at + len(label)
            and not _WEIGHT_WORDS.search(label)
            and not _WEIGHT_WORDS.search(text, lo, hi)  # (`| LoRA | 16,06 ГБ весов Llama-3-8B |`: the cell names it)
            and not any(at <= m.start < at + len(label) or lo <= m.start < hi for m in s.models)
        ):
            part = _PART_BEFORE.search(text, at, at + len(label))  # `| LoRA adapters, r=16, bf16 | 27.3 MB |`
    if (
        part
        and part.start() < q.start
        and _ADAPTER_PART.search(part.group("part"))
        and (merged := _MERGED.search(text, max(s.start, part.start() - 80), part.start())) is not None
        and not _NOT_YET.search(text, max(s.start, merged.start() - 12), merged.start())
        and _WHOLE_NOUN.search(text, part.end(), min(s.end, q.end + 12))  # `leaves the file at …`, `a 16 GB file`
    ):
        part = None  # `merging the adapter back leaves the bf16 file at 13.48 GiB`: the merged model is the whole
    if part:
        return f"a size of a part ({part.group('part')}), not of the whole model"
    tables = _tables_said(s, q.start)
    if tables:
        return f"a size of a part ({tables.group(0).strip()}: embedding tables), not of the whole model"
    table = _embedding_table(s, q)
    if table:
        return f"a size of the embedding table ({table}: vocabulary × hidden size), not of the whole model"
    lo, hi = s.start, s.end
    if s.unit.source == "table":  # the other cells of a row (`256 (8) + 1 общий`) are not this figure's words
        lo, hi = cell_bounds(text, q.start, q.end)
    if (
        _cache_join(s, q) is None  # `Q8_0 weights and a 16K cache … in total`: the sum is read with the model's cache
        and (total := _search_once(s, _TOTAL, text, lo, hi)) is not None  # once per sentence, within the figure's clause
        and total.end() <= min(b, hi)
        and _search_once(s, _ADDED, text, lo, hi)
        and not (  # `fp16 KV: 8 GiB total`: the cache's own total, when nothing else is added and no weights named
            _search_once(s, _KV, text, lo, hi)
            and not _search_once(s, _ADDED_NOT_CACHE, text, lo, hi)
            and not _search_once(s, _WEIGHTS_NOUN, text, lo, hi)
        )
    ):
        return "a total of several parts (weights and more): not a size of the model alone"
    eq = _EQUALS_BEFORE.search(text, max(s.start, q.start - 8), q.start)
    if eq is not None and "+" in text[max(s.start, eq.start() - 160) : eq.start()]:
        return "the total of a sum (… + … = it): not a size of the model alone"  # `(4,58 ГиБ) + кэш (1 ГиБ) = 5,58 ГиБ`
    earlier = [
        z
        for z in starting_in(_figures, s.start, q.start, s.unit.masked)
        if z.kind == "bytes" and z.scale >= 1e3 and z.end <= q.start and not _PER_PARAM.match(text, z.end)
    ]  # sizes said before it (not `16 bytes/param`)
    own_sum = _TOTAL_NEAR_AFTER.match(text, earlier[-1].end) if earlier else None  # `8 GiB total, 2 GiB per GPU`: the first's
    if earlier and (
        _SUM_WORD.search(text, own_sum.end() if own_sum else earlier[-1].end, q.start) or _SUM_AFTER.match(text, q.end)
    ):
        # `a checkpoint is 128 GB; we keep 10, in total 1.28 TB`: a total of something after another size
        return "a total stated after another size (a sum or multiple of it): not a size of the model alone"
    if earlier and earlier[-1].value < q.value and _WITH_CACHE.search(text, earlier[-1].end, q.start):
        # `needs 16 GB in bf16, and with the KV cache for 8k about 17 GB`: the weights and the cache
        return "a total of the weights with the cache (a size stated before it is the weights alone)"
    listed = [z for z in starting_in(_figures, q.end, s.end, s.unit.masked) if z.kind == "bytes"]
    if _LISTED_PARTS.match(text, q.end) and len(listed) >= 2:
        return "a sum of the parts listed after it: not a size of the model alone"
    return ""


# `Итого …`, `In total, …`, `All in all …` opening a line below the cache's lines: the sum of what they added up
_SUM_OPENING = guarded(
    r"(?i)\s*(?:[-*+>]\s+)?(?:\*\*)?(?:итого|в\s+сумме|in\s+total|in\s+all|all\s+in\s+all|altogether|overall|total)\b"
)


def _sum_of_lines_above(s: Sentence, q: Quantity, facts: NoteFacts) -> str:
    if s.unit.line not in facts.after_kv or not _SUM_OPENING.match(s.unit.masked, s.start):
        return ""
    if _KV.search(s.unit.masked, s.start, q.start):
        return ""  # `Итого кэш на 8 запросов — 16 ГиБ`: the cache's own total
    return "a total of the lines above (the weights with their cache): not a size of the model alone"


_CLAUSE_BREAK = guarded(r"(?i)[,;]|\b(?:and|but|while|whereas)\b|(?<!\w)(?:а|но|и|тогда\s+как)(?!\w)")


def _later_figures_clause(s: Sentence, q: Quantity) -> int:
    """Where the clause of a later size begins, past a clause break after the figure (the sentence's end if none); a
    conclusion drawn after the figure (`…, 5 GiB per card, so 7 requests of 32K fit`) begins another stretch too: what
    it counts is the result, not the figure's input."""
    text = s.unit.masked
    end = s.end
    for z in starting_in(_figures, q.end, s.end, text):
        if z.kind == "bytes":
            breaks = list(_CLAUSE_BREAK.finditer(text, q.end, z.start))
            end = breaks[0].start() if breaks else s.end
            break
    for so in _CONCLUSION_AFTER.finditer(text, q.end, min(end, q.end + 200)):
        # a count of what fits, or one worked out from figures said after this one (`; 79.65 ÷ 7.875 = 10.1, so 10
        # requests per replica`); not the figure's own batch restated (`16 GiB, so 16 sessions of 8K`)
        if so.group("fit") or _A_DIGIT.search(text, q.end, so.start()):
            return so.start()
    return end


# a conclusion drawn from what was said before (`, so 7 requests of 32K fit`, `— значит, поместится 7`), with the fit said
# (`fit`); not a restatement (`, то есть 16 сессий по 8K`: the figure's own batch)
_A_DIGIT = guarded(r"\d")
_CONCLUSION_AFTER = guarded(
    r"(?i)[,;—–]\s*(?:so|thus|hence|therefore|значит|поэтому|следовательно|так\s+что)\b"
    r"(?P<fit>,?\s+[^.;!?]{0,60}?(?:\bfit\w*|\bhold\w*|помест\w*|помещ\w*|влез\w*|влаз\w*|умест\w*|вмест\w*))?"
)


def _type_of_a_later_figure(s: Sentence, q: Quantity, dtype: DtypeMention) -> bool:
    """A type named after the figure, past a clause break, with another size after it: the later figure's."""
    text = s.unit.masked
    if dtype.start < q.end:
        return False
    near = dtype.start - q.end <= 160  # (the new readings look at a bounded stretch: linear on a long line)
    bracket = text.rfind("(", q.end, dtype.start) if near else -1
    broken = _CLAUSE_BREAK.search(text, q.end, dtype.start) is not None
    if not (broken or bracket >= 0):
        return False
    if broken and any(z.kind == "bytes" for z in starting_in(_figures, dtype.end, s.end, text)):
        return True
    breaks = [
        m
        for m in _CLAUSE_BREAK.finditer(text, q.end, dtype.start if near else q.end)
        if not (m.group(0) == "," and text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit())
    ]  # (`23,4`: a decimal comma breaks no clause)
    if breaks:
        # `128 КиБ на токен и 16 ГиБ на 128K для Llama-3.1-8B, 23,4 ГБ для Mixtral-8x7B в int4`: the type's clause has
        # a size and a model of its own
        lo = breaks[-1].end()
        if any(z.kind == "bytes" for z in starting_in(_figures, lo, dtype.start, text)) and any(
            m.config is not None for m in starting_in(_sized_mentions, lo, dtype.start, s.unit.text)
        ):
            return True
    # `2 GiB per 8K session, 64 GiB for 32 sessions (32 GiB with an fp8 cache)`: a size of its own in the type's
    # brackets, before the type
    if bracket < 0 or ")" in text[bracket : dtype.start]:
        return False
    return any(z.kind == "bytes" for z in starting_in(_figures, bracket, dtype.start, text))


# `The Q4_K_M is 20 GB`, `a Q8_0 file weighs 8.5 GB`, `NF4 — 4.5 GB`: the file type is what the size is of
_IS_BEFORE = guarded(
    r"(?i)\s*(?:file|checkpoint|weights|gguf|build|quant|версия|файл|веса|сборка)?\s*"
    r"(?:is|are|weighs|takes|comes\s+to|—|–|:|=|весит|весят|занимает|занимают)\s*(?:~|≈|about\s+|around\s+|около\s+|примерно\s+)?$"
)


def _type_is_subject(s: Sentence, q: Quantity) -> bool:
    # (a file type or a weights-only format: `fp8 — 28 ГиБ` under a cache line may be the cache's type)
    near = _types_before(s, q)
    if near and not (near[-1].gguf or near[-1].name in _WEIGHTS_ONLY):
        return False
    if _models_file(s, q):
        return True
    return (
        bool(near)
        and bool(_IS_BEFORE.fullmatch(s.unit.masked, near[-1].end, q.start))
        and not _KV.search(s.unit.masked, s.start, q.start)
    )


# a model (or its size) with a llama.cpp type right before a figure, only a hedge between: `…, 2B Q8_0 about 2.78 GB`
_HEDGE_ONLY = guarded(r"(?i)\s*(?:~|≈|about|around|roughly|около|примерно|порядка)?\s*$")
_SIZE_BEFORE_TYPE = guarded(r"(?i)(?<![\w.-])\d+(?:\.\d+)?[bm][\s-]*$")


def _types_before(s: Sentence, q: Quantity) -> list[DtypeMention]:
    """The storage types said in the 40 characters before the figure."""
    return [d for d in in_range(s.dtypes, max(s.start, q.start - 40), q.start) if d.end <= q.start]


def _models_file(s: Sentence, q: Quantity) -> bool:
    """A figure right after a model's llama.cpp type (`2B Q8_0 about 2.78 GB`) is that model's file, whatever the clause
    before said of the cache: the type names the file (a cache type is said of the cache, `KV q8_0 — 0.53 GiB`)."""
    near = _types_before(s, q)
    d = near[-1] if near else None
    if d is None or not d.gguf or not _HEDGE_ONLY.fullmatch(s.unit.masked, d.end, q.start):
        return False
    name = next((m.start for m in s.models if m.end <= d.start and not s.unit.text[m.end : d.start].strip(" -")), None)
    if name is None:
        size = _SIZE_BEFORE_TYPE.search(s.unit.text, max(s.start, d.start - 24), d.start)
        name = size.start() if size else None
    return name is not None and not _KV.search(s.unit.masked, name, q.start)


_OWN_WEIGHTS = guarded(r"(?i)\bweights?\b|\bвес(?:а|ов|ам)?\b|\bвесит")
_FOR_WEIGHTS = guarded(r"(?i)\s*(?:(?:\w+\s+)?(?:of|for|для|под)\s+(?:the\s+|its\s+)?)?(?:weights?|весов|веса)\b")


def _comma_clause_start(s: Sentence, q: Quantity) -> int:
    """Where the figure's clause starts, a dash not counting (`активные веса в bf16 — 52 ГБ`)."""
    return mark_bounds(s.unit.masked, ",;()", s.start, q.start, q.end, s.end)[0]


# the active share of a mixture of experts named right before a parenthesis the figure opens (`the active part (~6.4 GB
# at 4 bit)`, `активные эксперты (~6,4 ГБ в int4)`): the active parameters' size, not every expert's
_ACTIVE_PART_BEFORE = guarded(
    r"(?i)(?:\bactive|\bactivated|активн\w*)\s+(?:part|share|portion|slice|subset|experts?|weights?|param\w*"
    r"|част\w*|дол[яиюей]\w*|эксперт\w*|вес\w*|параметр\w*)\s*$"
)


def _opens_active_aside(s: Sentence, q: Quantity) -> bool:
    """The figure opens a parenthesis right after `active part/share/experts/weights` (`активная часть`, …)."""
    text = s.unit.masked
    a = _comma_clause_start(s, q)
    if a <= s.start or text[a - 1] != "(" or not re.fullmatch(r"\s*[~≈]?\s*", text[a : q.start]):
        return False
    return bool(_ACTIVE_PART_BEFORE.search(text[max(s.start, a - 48) : a - 1]))


_ACTIVE_WEIGHTS = guarded(
    r"(?i)\s*(?:of\s+)?(?:the\s+)?(?:active|activated|активн\w*)"
    r"|\s*(?:is|are)\s+(?:just\s+|only\s+)?the\s+(?:active|activated)\b|\s*[—–-]?\s*это\s+(?:только\s+|лишь\s+)?активн\w*"
)  # `26 GB of active bf16 weights`, `12.9 GB is the active experts in fp8`, `13 ГБ — это только активные` (not `is active`)
_SIZE_TOKEN = guarded(r"(?<![\w.])-?\d+[BM](?![\w.])(?!\s*(?:param|парам|tokens?|токен))")  # `-13B`, `70B`: integer size names
_VERSUS = guarded(r"(?i)\s*(?:vs\.?|versus|против)\s*(?:[~≈]\s*)?\d")
_VERSUS_BEFORE = guarded(r"(?i)\d\s*\S*\s*(?:vs\.?|versus|против)\s*(?:[~≈]\s*)?$")


def _sentence_names(s: Sentence) -> tuple[list[int], list[int]]:
    """(starts, ends) of every model name of the sentence, sorted by start: its mentions, and bare integer size names
    (`-13B`, `70B`) outside them; found once per sentence (asked again for each figure: linear)."""
    memo, key = _memo(s), ("names", s.start, s.end)
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    spans = sorted((m.start, m.end) for m in s.models)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # reach[i]: the furthest end of the mentions up to i
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    found = [(m.start, m.end) for m in s.models if s.start <= m.start < s.end]
    ends = {m.end for m in s.models}
    for t in _SIZE_TOKEN.finditer(s.unit.text, s.start, s.end):
        i = bisect_right(starts, t.start()) - 1  # a mention starting at or before it that reaches past it covers it
        if i >= 0 and reach[i] > t.start():
            continue
        opening = s.unit.text.rfind("(", max(0, t.start() - 3), t.start())
        if opening >= 0 and not s.unit.text[opening + 1 : t.start()].strip():
            name_end = opening  # (a few spaces back at most: no copy of the line, linear over a long one)
            while name_end > max(0, opening - 3) and s.unit.text[name_end - 1].isspace():
                name_end -= 1
            if name_end in ends:
                continue  # `Phi-4 (14B) memory: …`: the model's own size in brackets after its name, no other model
        found.append((t.start(), t.end()))
    found.sort()
    names = memo[key] = ([a for a, _ in found], [e for _, e in found])
    return names


def _name_positions(s: Sentence, a: int, b: int) -> list[int]:
    """Where the stretch names a model (the ends of the names starting in it), by bisection."""
    starts, ends = _sentence_names(s)
    return sorted(ends[bisect_left(starts, a) : bisect_left(starts, b)])


# several models' figure said as one (`Together X and Y take 147.5 GB`, `Вместе X и Y занимают …`, `X plus Y: …`)
_TOGETHER = guarded(
    r"(?i)\b(?:together|combined|in\s+total|altogether|both|plus|sum)\b|(?<!\w)(?:вместе|в\s+сумме|суммарно|оба|обе|плюс|итого)(?!\w)"
    r"|(?<=\s)\+(?=\s)"
)
# between two models joined: `and`, `+`, `плюс`, after the first one's own type (`X in int4 plus Y`, `X (int4) и Y`)
_JOINER = guarded(
    r"(?i)[\s`*_)\]]*(?:(?:in|at|в)\s+[\w.-]{2,12}\s*|\([^()]{1,24}\)\s*)?"
    r"(?:,|and|&|\+|plus|и|плюс|with|together\s+with|вместе\s+с)\s*(?:the\s+)?[\s`*_(\[]*"
)
_EACH_OF_THEM = guarded(r"(?i)\beach\b|\bapiece\b|\bper\s+(?:model|card|GPU)\b|кажд\w*|(?<!\w)по\s+\d")
_FITS = guarded(
    r"(?i)\bfits?\b|\bfitting\b|\bunder\b|\bwithin\b|\bat\s+most\b|\bless\b|\bmore\b"
    r"|помещ\w*|влеза\w*|уклад\w*|не\s+более|меньше|больше"
)
_RESPECTIVELY = guarded(r"(?i)\brespectively\b|соответственно")
_DIFFERENCE = guarded(r"(?i)\bdifferen\w*|\bgap\b|\bdelta\b|разниц\w*|отлича\w*|на\s+сколько")
_CACHE_SAID = guarded(r"(?i)\bKV\b|\bcache\b|кэш\w*|кеш\w*|per\s+token|на\s+токен")


def _models_together(s: Sentence, q: Quantity) -> list[ModelMention]:
    """The distinct catalogued models a figure is said of together: two or more named before it in
    its sentence, joined (`X and Y`, `X + Y`) or said together (`together`, `вместе`), with no other
    size of theirs between them and the figure, nor a second size the sentence lists in parallel."""
    text = s.unit.masked
    before = [m for m in s.models if m.config is not None and s.start <= m.start and m.end <= q.start]
    if len(before) < 2 or len({m.config.name for m in before if m.config is not None}) < 2:
        return []
    if not all(_JOINER.fullmatch(text, a.end, b.start) for a, b in pairwise(before)):
        return []
    if _RESPECTIVELY.search(text, s.start, s.end):
        return []  # `X and Y take 13.5 and 26 GB respectively`: one figure each
    together = _TOGETHER.search(text, s.start, s.end) is not None
    sizes = [z for z in starting_in(_listed_figures, s.start, s.end, text) if z.start != q.start]
    if any(before[0].end <= z.start < q.start for z in sizes) or (not together and sizes):
        return []
    seen: dict[str, ModelMention] = {}
    for m in before:
        if m.config is not None:
            seen.setdefault(m.config.name, m)
    return list(seen.values())


def _together_unread(s: Sentence, q: Quantity) -> bool:
    """`the 1B, 3B and Phi-3-mini together in bf16 are 16.5 GB`: two or more models (named, or called by their size)
    before the figure, said together, that `_models_together` could not sum."""
    text = s.unit.masked
    if _ALL_TOGETHER.search(text, s.start, s.end) is None or _EACH_OF_THEM.search(text, s.start, s.end):
        return False
    named = [m for m in s.models if s.start <= m.start and m.end <= q.start]
    sizes = list(_SIZE_ALONE_NAME.finditer(s.unit.text, s.start, q.start))
    # `the old fp32 encoders and GPT-2s from the table add 12.57 GB together`: models named in the plural
    return len(named) + len(sizes) >= 2 or _PLURAL_MODELS.search(s.unit.text, s.start, q.start) is not None


_PLURAL_MODELS = guarded(
    r"\b(?:models|encoders|decoders|checkpoints|LLMs|[A-Za-z][\w.]*-\d+[a-z]?s)\b|(?<!\w)(?:модел(?:и|ей)|чекпоинт(?:ы|ов)|энкодер(?:ы|ов))(?!\w)"
)
_ALL_TOGETHER = guarded(r"(?i)\b(?:together|combined|altogether)\b|(?<!\w)(?:вместе|в\s+сумме|суммарно)(?!\w)")


def _together(s: Sentence, q: Quantity, facts: NoteFacts, models: list[ModelMention]) -> Found:
    """A figure said of several models together: their weights summed in the one type stated; a cache,
    a share per model or a capacity they fit in is not that sum (unverifiable)."""
    names = " + ".join(m.text for m in models)
    text = s.unit.masked
    dtype, where = facts.dtype_for(s, q)
    why = ""
    if _EACH_OF_THEM.search(text, s.start, s.end):
        why = "a figure per model, not the sum"
    elif _DIFFERENCE.search(text, s.start, q.start):
        why = "a difference between them, not their sum"
    elif _FITS.search(text, s.start, q.start) or q.bound:
        why = "a capacity they fit in or a comparison, not their size"
    elif _CACHE_SAID.search(text, s.start, s.end):
        why = "said of their caches together: not checked"
    elif dtype is None or dtype.gguf or len({d.name for d in in_range(s.dtypes, s.start, s.end)}) > 1:
        why = "no one storage type stated for the models together"
    if why:
        said = f"{q.text}: said of {names} together; {why}"
        claim = make_claim(s.unit, q.start, q.end, "model-size", Verdict.UNVERIFIABLE, said, stated=q.text)
        return Found(claim, ((q.start, q.end),))
    assert dtype is not None
    counts = [float(count_parameters(m.config).total) for m in models if m.config is not None]
    total = sum(counts) * dtype.bytes
    quoted = sum(float(f"{c:.3g}") for c in counts) * dtype.bytes
    check, _ = _best(q, [(total, "exact counts"), (quoted, "counts as quoted")])
    parts = " + ".join(f"{c / 1e9:.2f}B" for c in counts)
    claim = make_claim(
        s.unit,
        q.start,
        q.end,
        "weights",
        check.verdict,
        f"{names} together: ({parts}) params × {dtype.bytes:g} bytes ({dtype.name}, {where}) = {fmt(total, q.scale)}; "
        f"{check.explanation}",
        stated=q.text,
    )
    return Found(claim, ((q.start, q.end),))


def _parallel_list(s: Sentence, q: Quantity, sizes: list[Quantity]) -> str:
    """`Llama-2-7B, -13B and -70B need 13.5, 26 and 138 GB`, `A vs B: 16 GB vs 141 GB`: a figure listed
    in parallel with several models, none of its own, is not said of the one nearest before it."""
    if s.unit.source == "table" or len(_name_positions(s, s.start, s.end)) < 2:
        return ""
    why = "one of figures listed in parallel with several models: which model it is said of is not certain"
    text = s.unit.masked
    if _VERSUS.match(text, q.end) or _VERSUS_BEFORE.search(text, max(s.start, q.start - 16), q.start):
        return why
    a, b = clause_bounds(s, q.start, q.end)
    own = _name_positions(s, a, b)
    if len(own) >= 2 and len([z for z in sizes if a <= z.start < b]) >= 2:
        return why
    before = _name_positions(s, s.start, q.start)
    if own or len(before) < 2:
        return ""
    between = starting_in(_listed_figures, before[-1], q.start, text)  # `… -70B need 13.5, 26 and 138 GB`
    return why if between else ""


_LISTED_NEXT = guarded(r"(?i)\s*(?:,|and\b|и\b|or\b|или\b|/)")


def _listed_figures(text: str) -> list[Quantity]:
    """Sizes, and bare numbers listed before a size (`13.5, 26 and 138 GB`)."""
    return [
        q
        for q in find_quantities(text)
        if q.kind == "bytes" or (q.kind == "number" and not q.unit and _LISTED_NEXT.match(text, q.end))
    ]


_ONE_TOKEN = guarded(r"(?i)\b(?:one|a\s+single|each|every|один|одного|каждый|каждого)\s+(?:\w+\s+)?(?:token|токен)\w*")


# what links two figures of one list, each in its type: `, в fp8 — `, `, in int4 `, `; fp8: `, `, а в int4 — `
_TYPE_LINK = guarded(
    r"\s*[,;]\s*(?:and\s+|а\s+|и\s+)?(?:in\s+|в\s+|as\s+)?(?:fp|bf|int|nf|q)\d{1,2}(?:_[a-z0-9_]+)?"
    r"\s*(?:[—–:-]|is|это|—\s*это|takes|занимают|займут)?\s*(?:about|around|≈|~|около|примерно)?\s*",
    re.IGNORECASE,
)


_FOR_MODEL = guarded(r"(?i)\s*(?:для|у|for|of)\s+$")


def _model_in_type_after(s: Sentence, q: Quantity, back: int) -> bool:
    """The figure's clause goes on with `for <model> in <type>` (`23,4 ГБ для Mixtral-8x7B в int4`) and names no cache."""
    b = min(clause_bounds(s, q.start, q.end)[1], q.end + 80)  # (a bounded look ahead: linear on a long clause)
    model = next((m for m in starting_in(_sized_mentions, q.end, b, s.unit.text) if m.config is not None), None)
    if model is None or not _FOR_MODEL.fullmatch(s.unit.masked, q.end, model.start):
        return False
    return bool(in_range(s.dtypes, model.end, b)) and not _KV.search(s.unit.text, max(back, s.start, q.start - 80), b)


def _weights_list_goes_on(s: Sentence, q: Quantity, back: int) -> bool:
    """`веса bf16 — 145,4 ГБ, в fp8 — 36,4 ГБ`: a figure after another with only its type between them, where the
    other's own clause names the weights and nothing there names the cache, is the weights in that type too."""
    if back <= s.start or not _TYPE_LINK.fullmatch(s.unit.masked, back, q.start):
        return False
    prev = last_before(_figures, back, s.unit.masked)  # (by bisection: linear on a long line of figures)
    if prev is None or prev.end != back:
        return False
    before = _previous_figure_end(s, prev)
    text = s.unit.text
    return bool(_WEIGHTS_NOUN.search(text, before, prev.start)) and not _KV.search(text, before, q.end)


def _previous_figure_end(s: Sentence, q: Quantity) -> int:
    before = [z.end for z in starting_in(_listed_figures, s.start, q.start, s.unit.masked)]
    return max(before) if before else s.start


_KEYED = frozenset({Verdict.HOLDS, Verdict.HOLDS_ROUNDING, Verdict.WRONG, Verdict.UNIT_CONFUSION})


def _bracketed_size(s: Sentence, q: Quantity) -> bool:
    """`Llama-2-13B in int8 (13 GB)`: a size in brackets right after a model or a dtype is its weights."""
    text = s.unit.masked
    opening = text.rfind("(", s.start, q.start)
    if opening < 0 or text[opening + 1 : q.start].strip(" ~≈") or not text[q.end : q.end + 3].lstrip().startswith(")"):
        return False
    before = opening - len(text[s.start : opening].rstrip())
    end = opening - before  # where the words before the bracket end
    return (
        any(abs(d.end - end) <= 1 for d in in_range(s.dtypes, max(s.start, end - 12), end))
        or any(abs(m.end - end) <= 1 for m in s.models)
        or bool(_WEIGHTS_BEFORE_BRACKET.search(text, max(s.start, end - 12), end))
    )  # `more than the weights themselves (16 GB)`: a weights word right before the bracket too


_SIZE_IN_LABEL = guarded(r"(?i)\d\s*(?:[KMGT]i?B|[КМГТ]и?Б)(?![\w])")
_WEIGHTS_BEFORE_BRACKET = guarded(r"(?i)(?:\bweights?|\bвеса|\bвесов)\s*$")


def _kv_words(text: str) -> list[re.Match[str]]:
    return list(_KV.finditer(text))


_EXCEPT = guarded(
    r"(?i)\b(?:except(?:\s+for)?|all\s+but|other\s+than|apart\s+from|besides|excluding|save\s+for)\b"
    r"|(?<!\w)(?:кроме|за\s+исключением|помимо|не\s+считая)(?!\w)"
)
_NAMES_ITS_PART = guarded(
    r"(?i)\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:weights?\b|KV\b|cache\b)"  # not `80 GB for the weights`: room
    r"|\s*(?:весов|кэша|KV-кэша)(?!\w)"  # `1 ГиБ KV-кэша`: the Russian genitive names it without a preposition
)


# `на каждой карте 107,8 ГБ`, `on each GPU: 20 GB`: a size right after 'on each <card>' is what it holds, not its memory,
# when no capacity word follows it and no other size follows in its clause (`each H100 80 GB holds 35 GB`)
_EACH_CARD_BEFORE = guarded(
    rf"(?i)(?<!\w)на\s+кажд\w*\s+{_DEV_RU}\s*[:—–-]?\s*(?:~|≈|около\s+|по\s+)?$"
    rf"|\bon\s+(?:each|every)\s+{_DEV_EN}\s*[:—–-]?\s*(?:~|≈|about\s+)?$"
)
_CAPACITY_AFTER = guarded(r"(?i)\s*(?:of\s+)?(?:VRAM|HBM\w*|memory|видеопамят\w*|памят\w*|cards?|GPUs?|карт\w*)")


# `a Mac Studio with 192 GB unified memory`, `карта с 24 ГБ видеопамяти`: the size a device has, never a model's
_HAS_BEFORE = guarded(r"(?i)(?:\bwith|\bhas|\bhave|\bhaving|(?<!\w)с|(?<!\w)имеет)\s+(?:~|≈|about\s+|около\s+)?$")
_DEVICE_WITH_BEFORE = guarded(
    r"(?i)(?:\b(?:laptop|notebook|MacBook|Mac|desktop|PC|card|GPU|phone|server|node|box|machine|rig)s?"
    r"|(?<!\w)(?:ноут\w*|карт\w*|видеокарт\w*|видюх\w*|телефон\w*|смартфон\w*|сервер\w*|маши\w*|узел|узл\w*|компьютер\w*|ПК))"
    r"\s+(?:with|с)\s+(?:~|≈|about\s+|около\s+)?$"
)
# memory left over or free to use (`доступно ~48 ГБ`, `leaves 65 GiB`, `usable: 22 GB`, `48 GB available`): a budget, not a size
_AVAILABLE_BEFORE = guarded(
    r"(?i)(?:\bavailable|\busable|\bleaves|\bleaving|(?<!\w)доступн\w*|(?<!\w)свободн\w*|(?<!\w)оста[её]тся|(?<!\w)оставля\w*)"
    r"\s*(?:[:=—–-]\s*)?(?:(?:~|≈|about|around|roughly|only|just|около|примерно|порядка|лишь|всего)\s*)?$"
)
_AVAILABLE_AFTER = guarded(
    r"(?i)\s*(?:of\s+(?:\w+\s+)?(?:memory|VRAM|RAM)\s+)?(?:available|usable|free|left(?:\s+over)?|spare|to\s+spare"
    r"|доступн\w*|свободн\w*|в\s+запасе|остаётся|остается)(?!\w)"
)
_MEMORY_AFTER = guarded(
    r"(?i)\s*(?:of\s+)?(?:unified\s+|shared\s+|system\s+|GPU\s+|общей\s+|унифицированной\s+)?"
    r"(?:memory|RAM|VRAM|HBM\w*|памят\w*|видеопамят\w*|ОЗУ)\b"
)


# llama.cpp keeps the cache in q8_0, q4_0, q4_1, q5_0, q5_1 or iq4_nl when told so (`--cache-type-k q8_0`): the type is
# the cache's where the line, the line above or its section says the cache is quantized or names the cache's type
_WEIGHTS_ONLY = frozenset({"nf4", "mxfp4"})  # formats of weights only: no engine stores a KV cache in them
_CACHE_TYPES = frozenset({"q8_0", "q4_0", "q4_1", "q5_0", "q5_1", "iq4_nl"})
_MODEL_IN_TYPE = guarded(r"(?i)\d+(?:\.\d+)?\s*[BMБМ]\b[\w.-]*\s+(?:in|at|в|во)\s+$|\d[BMБМ]\s+$")
_QUANT_OF = guarded(r"(?i)\bquants?\b|\bfile\b|файл\w*|\bGGUF\b")
_QUANTIZED_CACHE = guarded(
    r"(?i)cache[-_ ]type|type[-_][kv]\b|(?<![\w-])-ct[kv]\b|quanti[sz]\w*\s+(?:the\s+|its\s+)?(?:kv|cache)"
    r"|(?:kv|cache|кэш\w*|кеш\w*)[\s-]+(?:in\s+|to\s+|в\s+|до\s+)?(?:q[458]_[01]|iq4_nl)"
    r"|(?:q[458]_[01]|iq4_nl)[\s-]+(?:kv|cache|кэш|кеш)|квантованн\w*\s+(?:kv|кэш|кеш)|(?:kv|кэш|кеш)\w*\s+квантован"
)


# a cache said to be kept in 4 bits (`an int4 KV cache`, `кэш в 4 бита`): engines that do so are named as such
_FOUR_BIT_CACHE = guarded(
    r"(?i)(?:int4|4[\s-]?bit\w*|4[\s-]?бит\w*|fp4|nvfp4)[\s-]+(?:kv[\s-]*)?(?:cache|кэш\w*|кеш\w*)"
    r"|(?:kv|cache|кэш\w*|кеш\w*)[\s-]+(?:(?:in|at|to|в|до)\s+)?(?:int4|4[\s-]?bit|4[\s-]?бит|fp4|nvfp4)"
)


def _quantized_cache(s: Sentence, dtype: DtypeMention, facts: NoteFacts) -> bool:
    if dtype.name.lower() not in _CACHE_TYPES:
        return False
    above = (facts.lead_in.get(s.unit.line, ""), *facts.lines_above.get(s.unit.line, ()))
    if any(_QUANTIZED_CACHE.search(text) for text in (s.unit.text, *above) if text) or _once(_SAME_BATCH, s):
        return True  # (`А в q4_0 тот же батч уложится в …`: the batch's cache, in that type)
    # `В q8_0 (8,5 бита на значение) кэш на 128K займёт …`, or a line under a heading about the cache: a llama.cpp cache
    # type in a sentence that names no weights and no model stored in that type (`Llama 3.1 8B в q4_0`)
    text = s.unit.text
    if s.unit.source == "table" and _KV.search(facts.column_header.get((s.unit.line, column_at(s.unit.text, dtype.start)), "")):
        return True  # `| cache | per token, KiB |` / `| q8_0 | 170 |`: the type column is the cache's
    labelled = next((z for z in s.quantities if z.start >= dtype.end), None)
    if (
        labelled is not None
        and labelled.kind == "bytes"
        and labelled.value < 2**24
        and _TYPE_LABEL.fullmatch(text, dtype.end, labelled.start)
        and any(z.kind == "bytes" and z.end <= dtype.start and _PER_TOKEN.match(text, z.end) for z in s.quantities)
    ):
        return True  # `bf16: 128 КиБ на токен, q8_0 — 68 КиБ`: a type labelling a size per token in such a list is the cache's
    if (
        _WEIGHTS_NOUN.search(text, s.start, s.end)
        or _WEIGHT_WORDS.search(text, s.start, s.end)
        # (`f16 4 GiB, q8_0 2.125 GiB, q4_0 1.125 GiB`: a cache type said before in the list says no quantized weights)
        or any(not _CACHE_TYPE_NAME.match(text, m.start()) for m in _QUANTIZED_SAID.finditer(text, s.start, dtype.start))
        or _QUANT_OF.search(text, s.start, s.end)
        or _MODEL_IN_TYPE.search(text, max(s.start, dtype.start - 48), dtype.start)
        or _type_of_a_model(s, dtype)  # `Q8_0 у Gemma 2 27B — 28,9 ГБ`, `the Q8_0 of Mistral-7B`: the model's weights
        # `Mistral-7B in Q8_0: file 7.7 GiB; KV 0.5 GiB`: a model stored in the type a sentence before on its line
        or (dtype.end <= s.start and _MODEL_IN_TYPE.search(text, max(0, dtype.start - 48), dtype.start))
    ):
        return False
    return bool(_KV.search(text, s.start, s.end)) or (s.unit.line in facts.kv_section and not s.models)


_CACHE_TYPE_NAME = guarded(r"(?i)(?:q[458]_[01]|iq4_nl)\b")
_TYPE_OF = guarded(r"(?i)[^\S\n]+(?:of|for|у|для)[^\S\n]+(?:the[^\S\n]+)?")


# a context length (`4K`, `32 768 tokens`, `на 8 тысяч токенов`) or a count of sequences said with a figure
_CONTEXT_SAID = guarded(
    r"(?i)\d+(?:[.,]\d+)?\s?[kKкК]\b|\d[\d,\u00a0\u202f ]*\s*(?:tokens?|токен\w*|тысяч\w*\s+токен\w*)"
    r"|\b(?:context|sequences?|sessions?|users?|batch|conversations?|chats?|dialog(?:ue)?s?|requests?)\b"
    r"|контекст\w*|последовательност\w*|сесси\w*|батч\w*|диалог\w*|чат\w*|запрос\w*|пользовател\w*"
)


def _context_in_sentence(s: Sentence) -> bool:
    """Whether the sentence says a context length or the sequences a figure of it is for."""
    return _once(_CONTEXT_SAID, s) is not None


def _type_of_a_model(s: Sentence, dtype: DtypeMention) -> bool:
    """The type said of a model named right after it (`Q8_0 у Gemma 2 27B`, `Q8_0 of Mistral-7B`): its weights' type."""
    m = _TYPE_OF.match(s.unit.text, dtype.end)
    return m is not None and any(x.start == m.end() for x in s.models)


_OF_WHICH = guarded(
    r"(?i)\bof\s+(?:which|them|these)\b|\bwhereof\b|\b(?:the\s+)?(?:remaining|rest)\b"
    r"|из\s+(?:которых|них|этих)|остальн\w*|оставш\w*"
)


# the active parameters a mixture of experts' card publishes (rounded; the config's count differs by how the
# embeddings and the router are counted): `DeepSeek-V3 … 37B activated` in fp8 is 37 GB as the card says
_PUBLISHED_ACTIVE = {
    "deepseek-v3": 37e9,
    "mixtral-8x7b-v0.1": 12.9e9,
    "mixtral-8x22b-v0.1": 39e9,
    "gpt-oss-120b": 5.1e9,
    "gpt-oss-20b": 3.6e9,
}


# what several sizes fit in (`both fit 48 GB`, `обе влезают в 24 ГБ`; `the 72B fits in 36 GB` is the 72B's size), and a
# card's size counted (`at least 2× 80 GB`)
_FITS_BEFORE = guarded(
    r"(?i)(?:\bboth|\ball|\bthey|(?<!\w)оба|(?<!\w)обе|(?<!\w)все|(?<!\w)они)\s+(?:\w+\s+){0,2}?"
    r"(?:fit|(?<!\w)влезают|(?<!\w)влезут|(?<!\w)помещаются|(?<!\w)поместятся)\s+"
    r"(?:(?:in|into|on|within|в|на)\s+)?(?:(?:a|one|the|одну)\s+)?(?:~|≈)?$"
)
_CARDS_TIMES_BEFORE = guarded(r"(?i)(?<![\d.,])[1-9]\d?\s*[×x]\s*$")
_CARD_SIZES_GB = frozenset({8, 12, 16, 20, 24, 32, 40, 48, 64, 80, 94, 96, 128, 141, 144, 180, 192})


# a budget that labels what follows it (`Для 12 ГБ: 14B в Q4_K_M`, `- 24 GB: Qwen2.5-32B at Q4_K_M`, `Best fit for 12 GB:`):
# the memory the entry is for, not a model's size; said at the opening of its sentence or list item, or after `for`
_LABEL_OPENING = guarded(
    r"(?i)\s*(?:>\s*)*(?:[-*+]|\d{1,2}[.)])?\s*(?:\*\*|__)?\s*"
    r"(?:(?:best\s+(?:fit|pick|choice)\s+)?for\s+(?:a\s+|an\s+|the\s+)?|(?:лучше\s+всего\s+)?(?:для|под)\s+)?(?:~|≈)?\s*$"
)
_FOR_BEFORE = guarded(r"(?i)(?:\bfor|(?<!\w)для|(?<!\w)под)\s+(?:a\s+|an\s+)?(?:~|≈)?\s*$")
_LABEL_COLON = guarded(
    r"(?i)\s*(?:of\s+)?(?:cards?|GPUs?|VRAM|memory|карт\w*|видеокарт\w*|видеопамят\w*|памят\w*)?\s*(?:\*\*|__)?\s*:(?!\s*(?:~|≈)?\s*\d[\d.,]*\s*(?:[KMGT]i?B|[КМГТ]и?Б))"
)


# a column of what each decoding step reads (`bytes/token (GB)`, `read per token`, `читается за токен`), not the cache's
_READ_HEADER = guarded(r"(?i)^(?!.*(?:\bKV\b|cache|кэш|кеш)).*(?:bytes?\s*/\s*tok|\bread|чита|байт\w*\s*/\s*ток)")


# a size something is put on (`на 12 ГБ`, `on a 12 GB`, `into 24 GB`) and whether it fits there, said right after it
_ON_CARD_BEFORE = guarded(r"(?i)(?:(?<!\w)на|\bon(?:\s+(?:a|an|the|one))?|\binto(?:\s+(?:a|an|the|one))?)\s+(?:~|≈)?$")
_FITS_AFTER = guarded(
    r"(?i)\s*(?:(?:card|GPU|VRAM|карт\w*|видеокарт\w*)\s+)?(?:[—–-]\s*)?(?:уже\s+|даже\s+|it\s+|this\s+)?"
    r"(?:не\s+)?(?:вариант|влез\w*|помест\w*|умест\w*|хват\w*|fits?\b|won'?t\s+fit|does(?:n'?t|\s+not)\s+fit|is\s+(?:not\s+)?enough)"
)


def _budget_label(s: Sentence, q: Quantity) -> bool:
    """`12 ГБ: Qwen2.5-14B в Q4_K_M …`, `Best fit for 12 GB: Phi-4 …`: a memory budget heading the entry, the models
    after it what fits there."""
    text = s.unit.text
    if q.kind != "bytes" or q.hi is not None or not _LABEL_COLON.match(text, q.end):
        return False
    lo = max(0, s.start, q.start - 40)
    return bool(_FOR_BEFORE.search(text, lo, q.start) or (lo == max(0, s.start) and _LABEL_OPENING.fullmatch(text, lo, q.start)))


_CARDS_WITH_BEFORE = guarded(
    r"(?i)(?:\bGPUs?|\bcards?|\bH100s?|\bA100s?|\b[34]090s?|карт\w*|видеокарт\w*)\s+(?:with|по|of)\s+(?:~|≈)?$"
)
# the memory a card carries, said after a card size (`the "48 GB" on a card`, `80 ГБ на карте`, `24 GB of the GPU`)
_ON_A_CARD_AFTER = guarded(
    r"(?i)[\"”»']?[^\S\n]{1,3}(?:(?:on|of)[^\S\n]+(?:a|an|the|each|every|one|this|that)[^\S\n]+(?:card|GPU|board)\b"
    r"|на[^\S\n]+(?:карте|видеокарте|плате)(?!\w))"
)
# … named as a figure, not said to be taken: `the "48 GB"`, `a 24 GB`, `эти «80 ГБ»`
_PRINTED_BEFORE = guarded(r"(?i)(?:\b(?:the|a|an|its|their|this|that)|(?<!\w)(?:эти|те|этих|тех))[^\S\n]*[\"“«']?$|[\"“«']$")
_EACH_AFTER_SIZE = guarded(r"(?i)\s*(?:each|apiece|каждая|каждый|на\s+каждой)(?!\w)")
_ON_OWN_DEVICE_BEFORE = guarded(
    r"(?i)(?:\bon|\bwith|\bmy|\bi\s+have|(?<!\w)на|(?<!\w)с|(?<!\w)у\s+меня|(?<!\w)мо[йяеи]\w*)\s+(?:an?\s+|the\s+)?(?:~|≈)?$"
)
_DEVICE_NOUN_AFTER = guarded(
    r"(?i)[\s-]*(?:laptop|notebook|MacBook|Mac\b|card|GPU|box|machine|phone|VRAM|RAM|unified|"
    r"RTX\s*\d{4}|\d{4}(?!\d)|макбук\w*|ноут\w*|карт\w*|видеокарт\w*|видюх\w*|оперативк\w*|ОЗУ|памят\w*|машин\w*|телефон\w*)"
)


def _device_capacity(s: Sentence, q: Quantity) -> bool:
    text = s.unit.text
    if _budget_label(s, q):
        return True
    if _ON_CARD_BEFORE.search(text, max(s.start, q.start - 16), q.start) and _FITS_AFTER.match(text, q.end):
        return True  # `AWQ на 12 ГБ не вариант`, `on a 12 GB card it won't fit`: the card it is put on
    if _DEVICE_WITH_BEFORE.search(text, max(s.start, q.start - 48), q.start):
        return True  # `на ноуте с 16 ГБ влезает …`, `a laptop with 16 GB runs …`: the device's memory
    if q.kind == "bytes" and q.hi is None and _FITS_BEFORE.search(text, max(s.start, q.start - 40), q.start):
        return True  # `Q4_K_M is 28.6 GB and Q5_K_M 33 GB, both fit 48 GB`: what they fit in
    if (
        q.kind == "bytes"
        and q.scale in (1e9, 2**30)
        and q.printed in _CARD_SIZES_GB
        and _CARDS_TIMES_BEFORE.search(text, max(s.start, q.start - 6), q.start)
    ):
        return True  # `72B needs at least 2× 80 GB in bf16`: two cards of 80 GB, not a size of the model
    if (
        q.kind == "bytes"
        and q.scale in (1e9, 2**30)
        and q.printed in _CARD_SIZES_GB
        and _ON_A_CARD_AFTER.match(text, q.end)
        and _PRINTED_BEFORE.search(text, max(s.start, q.start - 12), q.start)
    ):
        return True  # `the "48 GB" on a card is 48 GiB`, `24 ГБ на карте`: the memory printed on a card
    if _CARDS_WITH_BEFORE.search(text, max(s.start, q.start - 32), q.start) and _EACH_AFTER_SIZE.match(text, q.end):
        return True  # `на двух картах по 24 ГБ каждая`, `two GPUs with 24 GB each`: each card's memory
    if _ON_OWN_DEVICE_BEFORE.search(text, max(s.start, q.start - 16), q.start) and _DEVICE_NOUN_AFTER.match(text, q.end):
        return True  # `на 32gb макбуке`, `у меня 32 гига оперативки`, `on a 24 GB 4090`: the machine's memory
    return bool(_HAS_BEFORE.search(text, max(s.start, q.start - 16), q.start)) and bool(_MEMORY_AFTER.match(text, q.end))


# a card's memory said again in the other unit (`the "48 GB" on a card is 48 GiB`, `80 ГБ на карте — это 74,5 ГиБ`)
_RESTATED_BETWEEN = guarded(
    r"(?i)[\"”»')]?[^\S\n]*(?:is|are|=|[—–]|,|это|i\.\s?e\.|т\.\s?е\.)[^\S\n]*"
    r"(?:это[^\S\n]+|about[^\S\n]+|около[^\S\n]+)?(?:~|≈)?[^\S\n]*"
)


def _sizes_before(s: Sentence) -> dict[int, Quantity]:
    """For each figure of the sentence (by its start), the last single size before it (one pass: linear)."""
    out: dict[int, Quantity] = {}
    last: Quantity | None = None
    for q in s.quantities:  # (in order, none overlapping)
        if last is not None:
            out[q.start] = last
        if q.kind == "bytes" and q.hi is None:
            last = q
    return out


def _restated_capacity(s: Sentence, q: Quantity, p: Quantity | None) -> bool:
    """The size said again, in one or the other unit, right after size `p` (the last single size before it) when that
    is a card's memory."""
    if q.kind != "bytes" or q.hi is not None or p is None:
        return False
    card = _ON_A_CARD_AFTER.match(s.unit.text, p.end)
    if _RESTATED_BETWEEN.fullmatch(s.unit.text, card.end() if card else p.end, q.start) is None:
        return False
    same = p.printed == q.printed or abs(p.value - q.value) <= 0.08 * max(p.value, q.value)
    return same and _device_capacity(s, p)


# what a size fits in (`fits into 24 GiB`, `влезает в 48 ГБ`) is a bound on it, and what it does not fit in one from below
# (`won't fit in 32 GB`, `не влезет в 24 ГБ`)
_FIT_IN_BEFORE = guarded(
    r"(?i)(?:\bfit(?:s|ting)?|(?<!\w)(?:влез\w*|влаз\w*|помест\w*|помещ\w*|умест\w*|умещ\w*))\s+"
    r"(?:(?:comfortably|easily|just|entirely|fully|even|still|целиком|спокойно|легко|даже|уже)\s+)?"
    r"(?:(?:(?:in|into|within|inside|on|onto|в|во|на)\s+)(?:(?:a|an|one|the|a\s+single|одн[иуа]\w*)\s+)?"
    r"|(?:a|an|one|a\s+single)\s+)(?:~|≈)?\s*$"  # `fits a 64 GB box`, `fits on one 24 GB card`
)
_NOT_FIT_BEFORE = guarded(
    r"(?i)(?:\b(?:won'?t|will\s+not|doesn'?t|does\s+not|don'?t|do\s+not|cannot|can'?t|can\s+not|never|no\s+longer)|(?<!\w)не)"
    r"\s+(?:\w+\s+)?$"
)


# a product going on from the size before it (`2 GiB per request, × 8 = 16 GiB`, `1 ГиБ на последовательность; ×16 → 16 ГиБ`)
_CONTINUED = guarded(
    r"(?i)[^\d=×*→]{0,40}?[,;]\s*(?:[×x*·]|times)\s*(?P<n>\d{1,6}(?:[.,]\d+)?)\s*(?:=|→|->|≈)\s*(?:~|≈)?\s*$"
)


def _continued_products(s: Sentence, sizes: list[Quantity]) -> list[Found]:
    """Sizes said as the size before them times a factor, after a comma: checked as that product."""
    out: list[Found] = []
    for q in sizes:
        near = starting_in(_figures, max(s.start, q.start - 80), q.start, s.unit.masked)
        said = [z for z in near if z.end <= q.start and z.kind == "bytes"]
        before = said[-1] if said else None  # (another shape may have read it: `… = 1 GiB per sequence`)
        if before is None or before.hi is not None or q.hi is not None:
            continue
        m = _CONTINUED.match(s.unit.masked, before.end, q.start)
        if m is None:
            continue
        factor = float(m.group("n").replace(",", "."))
        computed = before.value * factor
        check = compare(q, computed)
        why = f"{before.text} × {m.group('n')} = {fmt(computed, q.scale)}; {check.explanation}"
        claim = make_claim(s.unit, q.start, q.end, "arithmetic", check.verdict, why, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# between a count and the size of that many values: `1,744,896,000 (3.49 GB in bf16)`, `1,050,673,152 — 2.10 GB in bf16,
# 4.20 GB in fp32`, `544 997 376 → 1,09 ГБ в bf16`
_COUNT_THEN_SIZE = guarded(r"\s*(?:[(:=→—–-]|->|,)\s*(?:~|≈|about\s+|около\s+)?$")
_SIZE_THEN_SIZE = guarded(r"\s*(?:in|в|во)\s+\S+?\s*(?:[,;]|\s+(?:and|or|и|или))\s*(?:~|≈)?$")
# another option named after a figure: `without it`, `без неё`, `instead`, `rather than`, `вместо`
_OPTION_TURN = guarded(
    r"(?i)\b(?:without|w/o|with)\s+(?:it|that|this|them)\b|(?<!\w)(?:без|с)\s+(?:не[её]|ней|него|ним|этого|этим)(?!\w)"
    r"|\binstead\b|\brather\s+than\b|(?<!\w)вместо(?!\w)"
)
# what a count's values may be multiplied into besides its own storage (`the fp32 Adam moments alone`): not its size
_NOT_THE_VALUES = guarded(
    r"(?i)moment|\badam|optimi[sz]|\bstates?\b|gradient|\bKV\b|cache|activation|градиент|состояни|момент|оптимизатор"
    r"|кэш|кеш|активац"
)
_COUNT_WORDS_THEN_SIZE = guarded(r"[^.;!?]{0,50}[;,:(—–=-]?[^.;!?]{0,30}?(?:~|≈|about\s+|около\s+)?$")
_TYPE_RIGHT_AFTER = guarded(r"(?i)\s*(?:\(\s*)?(?:in|as|at|в|во)?\s*$")


def _sizes_of_a_count(s: Sentence, sizes: list[Quantity]) -> list[Found]:
    """A size said right after a count, in a storage type named right after it: that many values in that type (a
    part's parameters, a table's, a stage's), checked as count × bytes per value, never as the whole model."""
    out: list[Found] = []
    text = s.unit.masked
    for q in sizes:
        if q.hi is not None or q.bound:
            continue
        near = [z for z in starting_in(find_quantities, max(s.start, q.start - 120), q.start, text) if z.end <= q.start]
        if not near:
            continue
        count, between, loose = None, q.start, False
        for z in reversed(near):  # back over sizes of the same count in other types (`2.10 GB in bf16, 4.20 GB …`)
            if z.end > between:
                continue
            if z.kind == "bytes" and _SIZE_THEN_SIZE.match(text, z.end, between):
                between = z.start
                continue
            # a bare count (a parameter count said as such is the model's, or a part's its words name: read elsewhere)
            if z.kind == "number" and not z.unit and z.value >= 1e6 and _COUNT_THEN_SIZE.match(text, z.end, between):
                count = z
            # a count said with words between (`6,979,588,096 non-embedding parameters; in bf16 they take 13.96 GB`):
            # the figure is that count's size only when it gives it (else it is read as what its words say)
            elif (
                z.kind in ("number", "count")
                and z.scale == 1
                and z.value >= 1e6
                and _COUNT_WORDS_THEN_SIZE.match(text, z.end, between)
                and not _NOT_THE_VALUES.search(text, z.end, q.start)
            ):
                count, loose = z, True
            break
        if count is None:
            continue
        # (a file type's bytes are its average bits per weight: a bare count's wrong size is not judged by them)
        types = [d for d in in_range(s.dtypes, q.end, min(s.end, q.end + 16)) if loose or not d.gguf]
        if types and _TYPE_RIGHT_AFTER.match(s.unit.text, q.end, types[0].start):
            d = types[0]
        elif loose and (between_types := in_range(s.dtypes, count.end, q.start)):
            d = between_types[-1]  # `…; in bf16 they take 13.96 GB`
        else:
            continue
        computed = count.value * d.bytes
        check = compare(q, computed)
        if loose and not check.verdict.holds:
            continue
        verdict = check.verdict if check.verdict.holds or d.bytes >= 1 else Verdict.UNVERIFIABLE
        why = f"{count.text} × {d.bytes:g} B ({d.name}) = {fmt(computed, q.scale)}; {check.explanation}"
        claim = make_claim(s.unit, q.start, q.end, "arithmetic", verdict, why, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# a whole split into N equal parts (`на 15 равных шардов`, `into 4 shards`, `across 3 files`, `на 8 ступенях`)
_SPLIT_INTO = guarded(
    r"(?i)(?:(?<!\w)на|\binto|\bacross|\bover|(?<!\w)по|(?<!\w)между|\bin)\s+(?P<n>\d{1,4})\s+(?:(?:равн\w+|equal|одинаков\w+)\s+)?"
    r"(?:шард\w*|файл\w*|част(?:и|ей|ях)\b|ступен\w*|кус\w*|shards?\b|files?\b|parts?\b|pieces?\b|chunks?\b|stages?\b|splits?\b)"
)
# the figure is one part's: `по 9,20 ГБ`, `9.2 GB each`, `4.70 GB apiece`, `1,74 ГБ на ступень`, `per shard`
_EACH_PART_BEFORE = guarded(r"(?i)(?:(?<!\w)по|\beach|\bapiece)\s+(?:~|≈)?$")
_EACH_PART_AFTER = guarded(
    r"(?i)\s*(?:\w+\s+)?(?:each\b|apiece\b|кажд\w+|на\s+(?:шард|файл|част|ступен|кусок)\w*"
    r"|per\s+(?:shard|file|part|piece|chunk|stage)\b)"
)


def _part_shares(s: Sentence, sizes: list[Quantity]) -> list[Found]:
    """One part's size where the sentence splits a whole into N equal parts: the whole stated before it / N, else
    unverifiable (a part's, never the whole model's)."""
    text = s.unit.masked
    split = _search_once(s, _SPLIT_INTO, text, s.start, s.end)
    if split is None:
        return []
    n = int(split.group("n"))
    out: list[Found] = []
    for q in sizes:
        if q.hi is not None or n < 2 or split.start() > q.start:
            continue
        if not (
            _EACH_PART_BEFORE.search(text, max(s.start, q.start - 12), q.start) or _EACH_PART_AFTER.match(text, q.end, s.end)
        ):
            continue
        wholes = [z for z in sizes if z.end <= split.start() and z.hi is None]
        if wholes:
            whole = wholes[-1]
            computed = whole.value / n
            check = compare(q, computed)
            verdict, why = check.verdict, f"{whole.text} / {n} parts = {fmt(computed, q.scale)}; {check.explanation}"
        else:
            verdict, why = Verdict.UNVERIFIABLE, f"{q.text}: one of {n} equal parts; the whole is not stated in the sentence"
        claim = make_claim(s.unit, q.start, q.end, "arithmetic", verdict, why, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


def _fit_bound(s: Sentence, q: Quantity) -> Quantity | None:
    """A size said as what something fits in is a bound (`fits into 24 GiB` holds for any model of 24 GiB or less).
    What it does not fit in (`won't fit in 8 GB`) is no size of it: the sentence may count the cache and runtime too."""
    if q.bound or q.hi is not None:
        return q
    fit = _FIT_IN_BEFORE.search(s.unit.masked, max(s.start, q.start - 48), q.start)
    if fit is None:
        return q
    if _NOT_FIT_BEFORE.search(s.unit.masked, max(s.start, fit.start() - 24), fit.start()) is not None:
        return None
    return replace(q, bound="<")


def _share_after_each_card(s: Sentence, q: Quantity) -> bool:
    text = s.unit.text
    if not _EACH_CARD_BEFORE.search(text, max(s.start, q.start - 40), q.start) or _CAPACITY_AFTER.match(text, q.end):
        return False
    b = clause_bounds(s, q.start, q.end)[1]
    return not any(z.kind == "bytes" for z in starting_in(_figures, q.end, b, s.unit.masked))


def sized(s: Sentence, facts: NoteFacts) -> list[Found]:
    """The model-and-size claims of the sentence, read with a memo of its own (`_Read`)."""
    return _sums_read_as_one(s, _sized(_Read(s.unit, s.start, s.end, s.quantities, s.models, s.dtypes), facts))


def _sums_read_as_one(s: Sentence, found: list[Found]) -> list[Found]:
    """A figure judged wrong as one thing (the cache, the weights) that is the sum of the two or more sizes said right
    before it (`кэш 4 ГиБ, веса 14,96 ГиБ — 18,96 ГиБ`) is their total: checked as that sum."""
    out: list[Found] = []
    for f in found:
        claim = f.claim
        q = (
            next((z for z in s.quantities if (z.start, z.end) == f.used[0] and z.kind == "bytes" and z.hi is None), None)
            if claim is not None and claim.verdict is Verdict.WRONG and f.used
            else None
        )
        if claim is None or q is None:
            out.append(f)
            continue
        near = starting_in(_figures, max(s.start, q.start - 160), q.start, s.unit.masked)
        earlier = [
            z
            for z in near
            if z.kind == "bytes"
            and z.end <= q.start
            and z.hi is None
            and z.scale >= 1e3
            and not _PER_TOKEN.match(s.unit.masked, z.end)
        ]
        summed = next(
            (
                (earlier[-k:], total, check)
                for k in range(2, min(5, len(earlier)) + 1)
                # every part a real share of the total (not `160 KiB` beside `20 GiB`, not the total said again)
                if all(0.02 * q.value <= z.value <= 0.98 * q.value for z in earlier[-k:])
                and (check := compare(q, total := sum(z.value for z in earlier[-k:]))).verdict.holds
            ),
            None,
        )
        if summed is None:
            out.append(f)
            continue
        parts, total, check = summed
        why = f"the sum of the sizes before it: {' + '.join(z.text for z in parts)} = {fmt(total, q.scale)}; {check.explanation}"
        out.append(replace(f, claim=make_claim(s.unit, q.start, q.end, "arithmetic", check.verdict, why, stated=q.text)))
    return out


_KV_NAMED = guarded(r"(?i)\bKV\b|kv[- ]?cache|\bcache\b|кэш|кеш")


def _in_kv_list(s: Sentence, facts: NoteFacts) -> bool:
    """A list item of a list about the KV cache: an item above it, or the line that opens the list, names the cache
    (`- per token the cache is 128 KiB;` / `- a full 32k context costs 4 GiB;` / `- at batch 8 that becomes 16 GiB.`);
    an item between that names weights ends it (`- the weights take 14 GB`)."""
    return _kv_list_line(s.unit.text, facts.lines_above.get(s.unit.line, ()))


@lru_cache(maxsize=64)
def _kv_list_line(text: str, above: tuple[str, ...]) -> bool:
    """`_in_kv_list` of a line, read once per line (not once per figure of a long line)."""
    if not LIST_ITEM.match(text):
        return False
    for line in above:  # nearest first, at most three, in the section
        if _KV_NAMED.search(line):
            return True
        if _WEIGHTS_NOUN.search(line) or not LIST_ITEM.match(line):
            return False  # the list's opening line names no cache, or an item about the weights
    return False


# what says a mixture of experts is held in memory (`fits one 80 GB card`, `needs … of VRAM`, `влезает в одну карту`):
# every expert is resident, whichever few work per token
_HOLDS_ALL = guarded(
    r"(?i)\bfits?\b|\bfitting\b|\bVRAM\b|\bto\s+load\b|\bloads?\s+(?:on|in|into)\b|влез\w*|помещ\w*|умещ\w*|видеопамят\w*"
)


# what a bare answer that lists sizes may say besides them (`A: 14.2 GB and 0.5 GB.`, `О: 15,2 ГБ и 0,5 ГБ.`)
_ANSWER_GLUE = guarded(
    r"(?i)[\s*_:;,.()~≈—–-]|\b(?:and|then|resp(?:ectively|\.)?|A|О|Ответ|Answer|и|соответственно|около|about)\b"
)


@lru_cache(maxsize=64)
def _question_models(lead: str) -> tuple[tuple[ModelMention, DtypeMention | None], ...]:
    """The catalogued models a question line asks about (it ends with `?` or `:`), each with the one dtype said right
    after it (None: none said); () when it is no question, names a model the catalogue lacks, more than four models,
    or several or a GGUF type after one. Read once per line."""
    if not lead.rstrip().rstrip("*_ ").endswith(("?", ":")):
        return ()
    models = find_mentions(lead)
    if len(models) > 4 or any(m.config is None for m in models):
        return ()
    types = find_dtypes(lead)
    asked: list[tuple[ModelMention, DtypeMention | None]] = []
    for k, m in enumerate(models):
        stop = models[k + 1].start if k + 1 < len(models) else len(lead)
        own = [d for d in types if m.end <= d.start < stop]
        if len(own) > 1 or (own and own[0].gguf):
            return ()
        asked.append((m, replace(own[0], start=-1, end=-1) if own else None))
    return tuple(asked)


# a question about another quantity than the weights: the cache, a size per token, a context, training or activations
_NOT_WEIGHTS_ASKED = guarded(
    r"(?i)\bkv\b|cache|кэш\w*|кеш\w*|per\s+token|на\s+токен|\btokens?\b|токен\w*|context|контекст\w*|activation\w*"
    r"|активаци\w*|train\w*|обучени\w*|optimi[sz]er|оптимизатор\w*|gradient\w*|градиент\w*|adam\w*|logits?|логит\w*"
)


def _paired_answers(s: Sentence, sizes: list[Quantity], counts: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`Q: Qwen2.5-7B in bf16 and GPT-2 small in fp16?` / `A: 15.2 GB and 0.5 GB.`: a bare answer listing as many sizes
    as the question names catalogued models gives them in the question's order, each model in the dtype said right
    after it (none said: checked against the common ones). Anything else in the answer: no pairing. Sizes that fit
    the models in another order than the question's: unverifiable, never an error."""
    if s.models or counts or not 2 <= len(sizes) <= 4 or len(sizes) != len(s.quantities):
        return []
    lead = facts.lead_in.get(s.unit.line, "")
    asked = _question_models(lead) if lead else ()
    if len(asked) != len(sizes) or _NOT_WEIGHTS_ASKED.search(lead):
        return []  # `Q: How much KV cache per token do A and B need?`: the answer is no pair of weights
    text = s.unit.masked
    rest = "".join(text[a:b] for a, b in zip([s.start] + [q.end for q in sizes], [q.start for q in sizes] + [s.end], strict=True))
    if _ANSWER_GLUE.sub("", rest).strip():
        return []  # the answer says more than its sizes

    def judge(q: Quantity, m: ModelMention, dtype: DtypeMention | None) -> tuple[Verdict, str, str]:
        params = float(count_parameters(m.config).total) if m.config else 0.0
        return _weights(s, q, params, m.nominal, m.config, f"{m.text} (the question above)", dtype, "lead")

    judged = [judge(q, m, d) for q, (m, d) in zip(sizes, asked, strict=True)]
    swapped = not all(v.holds for v, _, _ in judged) and any(
        all(judge(q, m, d)[0].holds for q, (m, d) in zip(sizes, order, strict=True)) for order in permutations(asked)
    )  # `A: 0.25 GB and 15.2 GB` to `Qwen2.5-7B … and GPT-2 …?`: right in another order, which is meant is not certain
    out: list[Found] = []
    for q, (verdict, explanation, shape) in zip(sizes, judged, strict=True):
        if swapped:
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: the sizes fit the models asked in another order; {explanation}",
            )
        shape = shape if shape != "no-dtype" else "model-size"
        claim = make_claim(s.unit, q.start, q.end, shape, verdict, explanation, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_TRAINED_BEFORE = guarded(
    r"(?i)\b(?:trains|training|train)\s+(?:only\s+|just\s+)?(?:~|≈|about\s+)?$|(?<!\w)обуча\w*\s+(?:только\s+|лишь\s+)?$"
)


def _class_sizes(s: Sentence, c: Quantity, sizes: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`7–8B models need 13.5–16.1 GB in bf16`: a class of models by a range of sizes; the sizes after it in the stated
    type span its range (a tenth either way: the names round the counts). Within it the size holds; with each end off by
    about 2× or more the same way it is wrong; between the two it is not judged."""
    out: list[Found] = []
    lo_count, hi_count = c.value, c.hi if c.hi is not None else c.value
    text = s.unit.masked
    for q in [z for z in sizes if z.start >= c.end][:1]:  # (the first size after the class: a later one is another part's)
        a, b = clause_bounds(s, q.start, q.end)
        if _KV.search(text, a, b) or _ACT.search(text, a, b) or _REMAINDER.search(text, a, min(b, q.end + 24)):
            continue  # `7–8B models need about 1 GiB of KV cache per 8K session`, `… leave 60 GB free`: no weights
        dtype, where = _dtype_for(s, q, facts)
        if dtype is None or where != "sentence" or dtype.gguf:
            continue
        lo, hi = lo_count * dtype.bytes, hi_count * dtype.bytes
        q_lo, q_hi = q.value, q.hi if q.hi is not None else q.value
        how = f"{c.text} models × {dtype.bytes:g} bytes ({dtype.name}) = {fmt(lo, q.scale)} to {fmt(hi, q.scale)}"
        if 0.9 * lo <= q_lo and q_hi <= (1.1 if dtype.bytes >= 1 else 1.3) * hi:  # (4-bit files carry scales)
            verdict = Verdict.HOLDS
        elif (q_hi <= hi / 1.9 and q_lo <= lo / 1.9) or (q_lo >= 1.9 * lo and q_hi >= 1.9 * hi):  # (each end off by 2× or more)
            verdict = Verdict.WRONG
            how += f"; stated {q.text}: outside the class's sizes"
        else:
            verdict = Verdict.UNVERIFIABLE
            how += f"; stated {q.text}: near the class's sizes, which counts it spans is not said"
        claim = make_claim(s.unit, q.start, q.end, "weights", verdict, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_WEIGHTS_ARE_BEFORE = guarded(
    r"(?i)\bweights\s+(?:are|take|need|come\s+to|total)\s+(?:~|≈|about\s+|only\s+|just\s+)?$"
    r"|(?<!\w)(?:веса\s+(?:занимают|весят|составляют)|весит|весят)\s+(?:~|≈|около\s+|всего\s+|лишь\s+)?$"
)
def _a_note_models_weights(facts: NoteFacts, value: float) -> bool:
    """Whether the size is, within 15 %, the weights of a model the note names in a common type (fp32 … int4)."""
    for m in facts.note_models:
        if m.config is not None:
            total = float(count_parameters(m.config).total)
            if any(abs(value - total * b) <= 0.15 * total * b for b in (4.0, 2.0, 1.0, 0.5)):
                return True
    return False


_OTHER_PER_PARAM = guarded(r"(?i)\bbytes?\s+(?:per|/|a|an)\s+param\w*|байт\w*\s+на\s+параметр")
_VARIANT_WORD = guarded(r"(?i)\b(?:large|base|small|medium|xl|xxl|mini|tiny|huge|giant)\b")
_MODELS_AFTER = guarded(r"(?i)[\s-]*(?:class\s+|range\s+)?(?:models?|LLMs?|модел\w*)\b")


def _sized(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    # (a count in a column of trainable parameters, `| trainable params |`, is an adapter's: no size of the model's)
    counts = [q for q in s.quantities if is_parameter_count(s, q) and not _ADAPTER.search(facts.header_of(s, q))]
    # (`a 7–9B model`: a range of sizes naming a class of models, no count of one)
    classes = [q for q in counts if q.hi is not None and _MODELS_AFTER.match(text, q.end)]
    counts = [q for q in counts if q not in classes]
    # (a count said to be trained, `r = 16 on q and v trains 6,815,744 parameters, and the NF4 base is about 4.14 GB`, is
    # an adapter's: no count the base's size after it is of)
    counts = [
        q
        for q in counts
        if not (
            _TRAINED_BEFORE.search(text, max(s.start, q.start - 24), q.start)
            and _FROZEN_BASE.search(text, q.end, min(s.end, q.end + 200))
        )
    ]
    called = _models_called_by_size(s, counts, facts)
    if called is not None:  # `The 14B in fp16 is 29.5 GB` under Qwen2.5-32B: Qwen2.5-14B's 14.77B, not 14 × 10⁹
        models, names = called
        s = _Read(s.unit, s.start, s.end, s.quantities, models, s.dtypes)
        counts = [c for c in counts if c not in names]  # a size name, not a count of its own
    size_before = _sizes_before(s)
    sizes = [
        q
        for q in s.quantities
        if q.kind == "bytes"
        # `70,272 bytes per token`: a cache's size per token in plain bytes
        and (q.scale >= 1e3 or (q.value >= 1024 and q.hi is None and bool(_PER_TOKEN.match(text, q.end))))
        # a narrow range (`25–27 GB`, `between 25 and 27 GB`) is judged whole: it holds when the recomputed size is in it
        and (q.hi is None or (q.kind == "bytes" and not q.bound and q.printed > 0 and q.hi <= 1.5 * q.value))
        # `gives each GPU about 36 GB of bf16 weights`: a size naming the weights or cache it is, not the card's memory
        and (
            not near_hardware(s.unit.text, q)
            or _NAMES_ITS_PART.match(s.unit.text, q.end)
            or _share_after_each_card(s, q)
            # (`its fp8 weights are 12.9 GB and one H100 has …`: the weights named as the figure's subject)
            or _WEIGHTS_ARE_BEFORE.search(s.unit.text, max(s.start, q.start - 32), q.start) is not None
        )
        and not _device_capacity(s, q)
        and not _restated_capacity(s, q, size_before.get(q.start))
    ]
    sizes = [b for b in (_fit_bound(s, q) for q in sizes) if b is not None]
    kv_context = s.unit.line in facts.kv_section or first_before(_kv_words, s.start, s.unit.masked) is not None
    out: list[Found] = []
    for q in sizes:
        index = _index(s, q, facts)
        if index is not None:
            out.append(index)
    if out:
        sizes = [q for q in sizes if all(f.used[0] != (q.start, q.end) for f in out)]
    summed = (
        _layer_sums(s, sizes, facts)
        + _per_layer_activations(s, sizes, facts)
        + _continued_products(s, sizes)
        + _sizes_of_a_count(s, sizes)
        + _part_shares(s, sizes)
    )
    if summed:
        out.extend(summed)
        sizes = [q for q in sizes if all(f.used[0] != (q.start, q.end) for f in summed)]
    if classes:
        of_classes = _class_sizes(s, classes[0], sizes, facts)
        out.extend(of_classes)
        sizes = [q for q in sizes if all(f.used[0] != (q.start, q.end) for f in of_classes)]
    context = (
        # the one model the note names is the last resort, here only: other shapes have their own before it
        (context_model(s, facts) or facts.note_model) if not s.models and not counts and sizes and not _unknown_name(s) else None
    )
    aside = None
    if context is None and not s.models and not counts and sizes and lead_in_model(s, facts) is None:
        # the only model in sight is the one an aside above compares with: a reading, never an error
        above = facts.above.get(s.unit.line, "")
        aside = context = _one_model(above) if ASIDE.search(above) else None
    paired = _paired_answers(s, sizes, counts, facts)
    if paired:
        return out + paired
    if not s.models and not counts and context is None and lead_in_model(s, facts) is None:
        return out + _per_token_totals(s, sizes, facts) + _throughput(s, sizes, counts, facts)
    if not s.models and not counts and _about_another_thing(s):
        return out + _throughput(s, sizes, counts, facts)  # `The swap file grew to 16 GB` after a line about a model
    for q in sizes:
        if re.match(r"\s*(?:/\s*|per\s+|на\s+)(?:param|layer|head|сло[йяе]|голов)", text[q.end : q.end + 16], re.I):
            continue
        if _ALL_LAYERS.match(text, q.end) and not _KV.search(text, s.start, q.end):
            continue  # `2 GiB across all 32 layers`: a per-layer figure summed (activations), not the model's
        if (
            _BUDGET_AFTER.match(text, q.end)
            or _BUDGET_BEFORE.search(text, max(s.start, q.start - 24), q.start)
            or (_HOLDS_TOKENS.match(text, q.end))
        ):
            continue  # `a 10 GB cache budget holds about 19,000 tokens`: a capacity, the tokens it fits are the claim
        embedding = _embedding_size(s, q, facts) or _embedding_tables_size(s, q, facts)
        if embedding is not None:
            out.append(embedding)
            continue
        joined = _models_together(s, q)
        if joined:
            out.append(_together(s, q, facts, joined))
            continue
        if _together_unread(s, q) and _cache_join(s, q) is None:
            unread = f"{q.text}: said of several models together, not all of them catalogued: not checked"
            claim = make_claim(s.unit, q.start, q.end, "model-size", Verdict.UNVERIFIABLE, unread, stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        why = (
            _not_the_models(s, q) or _parallel_list(s, q, sizes) or _total_column(s, q, facts) or _sum_of_lines_above(s, q, facts)
        )
        if why:
            claim = make_claim(s.unit, q.start, q.end, "model-size", Verdict.UNVERIFIABLE, f"{q.text}: {why}", stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        clause = facts.header_of(s, q) or _clause(text, s, q)  # a table cell's words are its column's header
        if (
            s.unit.source == "table"
            and _BARE_UNIT_HEADER.fullmatch(clause)
            and _K_CONTEXT.search(_label_header(s, q, facts))
            and not _PER_SOMETHING.search(_row_label(text, q))
        ):
            clause = f"{clause} {_row_label(text, q)}"  # `| target KV, fp16 | 42.9 |` under `| GB |`: the row names it
        elif (
            s.unit.source == "table"
            and facts.header_of(s, q)
            and not _KV.search(clause)
            and not _WEIGHT_WORDS.search(clause)
            and not _TRAIN.search(clause)
            and (
                _KV.search(label := _row_label(text, q))
                or (_TRAIN.search(label) and not _READING_HEADER.search(clause))
                or _ACT.search(label)  # `| активации 8B без пересчёта, ГиБ | 3,03 | 97 |`: the row names activations
            )
            and not _WEIGHT_WORDS.search(label)
            and not _SIZE_IN_LABEL.search(label)  # (`| «… 25 ГиБ кэша» | ✓ | вдвое меньше 50 ГиБ |`: a claim, no label)
        ):
            clause = f"{clause} {label}"  # `| target KV | 40 GiB |` under `| batch 32 |`: the row names the cache (or its part)
        kind = _kind(text, clause, s, q)
        field_kind = _field_kind(s, q)
        if field_kind and (
            kind == "weights"
            or (kind, field_kind) == ("kv", "kv-per-token")
            # `[kv:: 1 GiB] [kv_per_token:: 128 KiB]`: the per-token words of the line are another field's
            or ((kind, field_kind) == ("kv-per-token", "kv") and not _PER_TOKEN.match(text, q.end))
        ):
            kind = field_kind  # `kv_per_token:: 128 KiB`, `kv_at_ctx:: 1 GiB`: the Dataview key names the quantity
        params, nominal, cfg, named = _subject(s, q, [c for c in counts if not _is_active(s, c, facts)])
        if cfg is None and params and s.unit.source == "table" and not s.models:
            params, nominal, cfg, named = _rows_count_of_the_notes_model(s, facts, params) or (params, nominal, cfg, named)
        routed = [c for c in counts if _is_active(s, c, facts) and c.end <= q.start]
        if (
            cfg is None
            and routed
            and (kind == "read" or _READS_ACTIVE.search(text, max(_comma_clause_start(s, q), q.start - 30), q.start))
        ):
            # `46.7B parameters, only 12.9B active, so each token reads 25.8 GB`: the active ones are read
            params, nominal, named = routed[-1].value, None, f"{routed[-1].text} active"
        # a line after one about the KV cache, giving a context or a batch and not naming weights, is about the cache too
        # a cache named only after the figure's clause (`X is 16 GB; its KV cache at 8k adds 1 GiB`)
        # says nothing of it
        kv_here = not _own_typed_part(text, s, q) and bool(  # (`…; в bf16 — 27,92 ГБ`: its own part names a type)
            kv_context
            or _kv_not_anothers(s, q, s.start, clause_bounds(s, q.start, q.end)[1])
            or _PER_TOKEN_IN.search(text, s.start, q.start)
        )
        kv_said = kv_here or (
            (s.unit.line in facts.after_kv or _in_kv_list(s, facts) or _once(_SAME_BATCH, s))
            and not _WEIGHT_WORDS.search(clause)
            and not _WEIGHT_WORDS.search(text, max(s.start, q.start - 30), q.start)
            and not _FILE_WORD.search(text, s.start, q.start)  # `… 118K tokens in f16.` / `The draft said the file is 141 GB`
            # `… 32 GiB of cache.` / `In int8 the model drops to 8.03 GB; in int4 to about 4 GB`: the model's size
            and not _THE_MODEL.search(text, s.start, q.start)
            # `Fine-tuning with Adam needs 16 bytes per parameter, so 128 GB` after a cache line: training, not the cache
            and not _names_training(s, q)
            and _per_param(s, q) is None
            # `The fp8 weights leave … since 50.7 GB is 47.2 GiB` after a cache line: the sentence is about the weights
            and not _WEIGHTS_NOUN.search(text, s.start, q.start)
        )
        header = facts.header_of(s, q)
        if header and kind == "weights" and _K_CONTEXT.search(header) and _table_about_kv(s, facts):
            kind = "kv"  # `| … | KV per token (KiB) | 16k context (GiB) |`: a cache total at that context
        if header and kind == "weights" and _TYPE_ONLY_HEADER.fullmatch(header) and _cache_column_before(s, q, facts):
            # `| cache at 128k, fp16 (GiB) | fp8 (GiB) | int4 (GiB) |`: the cache again in another type, no weights
            claim = make_claim(
                s.unit, q.start, q.end, "kv-cache", Verdict.UNVERIFIABLE,
                f"{q.text}: a column of the table's cache in another type ({header}); not read as weights", stated=q.text,
            )
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        lead = facts.lead_in.get(s.unit.line, "")
        lead_context = _names_context(lead)
        a_own, _ = clause_bounds(s, q.start, q.end)
        if not _CACHE_RIGHT_AFTER.match(text, q.end) and (  # `(weights + 16 GiB of cache)`: the figure names its part
            _CACHE_ADDED_AFTER.match(text, q.end)  # `Q4_K_M (4,58 ГиБ) + кэш на 8K (1 ГиБ)`: what the cache is added to
            or _OWN_WEIGHTS.search(text, a_own, q.start)
            or _FOR_WEIGHTS.match(text, q.end)
            or _bracketed_size(s, q)
            # `…: 56 КиБ на токен. Веса в bf16 — 15,2 ГБ, в таблицах — 14,2 ГБ`: a sentence about the weights, whatever
            # the sentence before it said of the cache
            or (_WEIGHTS_NOUN.search(text, s.start, q.start) and not _KV.search(text, s.start, q.end))
            # `кэш в fp8 — 20 ГиБ, а веса в fp8 — 70,6 ГБ`: the figure's own clause names the weights, not the cache
            or (
                _WEIGHTS_NOUN.search(text, (back := _previous_figure_end(s, q)), q.start)
                and not _KV.search(text, back, q.end)
            )
            # `X weighs 16.1 GB in bf16 and its KV cache at 8K is 1 GiB`: the verb of weight says the figure is the weights
            or (_WEIGH_VERB.search(text, back, q.start) and not _KV.search(text, back, q.end))
            # `…, 23,4 ГБ для Mixtral-8x7B в int4`: the figure's own clause names a model in a type, and no cache
            or _model_in_type_after(s, q, back)
            # `кэш тот же, 320 КиБ на токен; веса bf16 — 145,4 ГБ, в fp8 — 36,4 ГБ`: the list of the weights goes on
            or _weights_list_goes_on(s, q, back)
            or _type_is_subject(s, q)
        ):
            kv_said = False  # `needs 14.5 GB just for weights; with 8k context the KV cache adds 1 GiB`
            kind = "weights" if kind == "kv" else kind  # `16 GiB of KV cache on top of 16 GB of weights`
        # a line after the cache's line, with the context only there, is the cache's when it is a bare
        # answer (`A: 16 ГиБ.`); one that names its model and dtypes itself is not:
        # `…KV cache at 8k tokens is 1 GiB.` / `X needs 16 GB in bf16, 8 GB in int8` are the weights
        if (
            kind == "weights"
            and kv_said
            and not kv_here
            and q.value < 2**24
            and not _per_param(s, q)
            and not _states_context(s)
            and not _once(_BLOCK_WORD, s)
        ):
            kind = "kv-per-token"  # `У Llama 2 70B — 320 КиБ` under a line about the cache per token: no model's weights are KiB
        if (
            kind == "weights"
            and q.value < 2**20
            and _once(_KV, s)
            and not _WEIGHT_WORDS.search(text, s.start, s.end)
            and not _states_context(s)
            and not _per_param(s, q)
            and not _once(_BLOCK_WORD, s)
        ):
            kind = "kv-per-token"  # `В int4 — 40 КиБ, кэш в 4 раза меньше`: kibibytes are no model's weights; the cache named
        if (
            (kind == "weights" or (kind == "kv" and not _states_context(s)))
            and q.value < 2**24
            and not _WEIGHT_WORDS.search(clause)
            and not _per_param(s, q)
            and _listed_after_per_token(s, q)
        ):
            kind = "kv-per-token"  # `bf16: 128 КиБ на токен, q8_0 — 68 КиБ`: a list that began per token goes on per token
        if (
            kind == "weights"
            and kv_said
            and (_states_context(s) or _at_k_context(s) or (lead_context and (kv_here or not _self_contained(s))))
        ):
            kind = "kv"  # `a batch of 32 at 8k needs 32 GiB`, `X на 128k: 2 ГиБ`, in a section or line about the KV cache
        own_context = _SEQ_WORDS.search(text, s.start, q.start) or any(
            _a_context(t) and t.end <= q.start for t in s.quantities
        )
        if (
            kind == "weights"
            and own_context
            and not _WEIGHT_WORDS.search(clause)
            and not _WEIGHT_WORDS.search(text, max(s.start, q.start - 30), q.start)
            and not _per_param(s, q)
            and _per_token_above(lead or _line_referred_to(s, facts))
        ):
            kind = "kv"  # `… 512 KiB per token.` / `For 4,096 tokens that is 1 GiB.`: a total of the size per token above
        if kind == "kv" and _ONE_TOKEN.search(text, _previous_figure_end(s, q), q.start):
            kind = "kv-per-token"  # `один токен кэша — 128 КиБ, значит …`: a size said of one token
        if (
            kind == "weights"
            and lead
            and lead.rstrip()[-1:] in ("?", ":")
            and line_names(_KV_CACHE_WORD, lead)
            and not line_names(_WEIGHTS_NOUN, lead)
            and not _WEIGHT_WORDS.search(clause)
            and not _WEIGHT_WORDS.search(text, max(s.start, q.start - 30), q.start)
        ):
            kind = "kv"  # `Q: the KV cache of X at 8k?` / `A: 1 GiB`: the answer is the cache asked about
        if (
            kind == "kv"
            and lead
            and _per_token_unattached(lead)
            and not own_context
            # `кэш на 8K — 1 ГиБ` under a per-token line: a total at its own context, said before the figure (not
            # `A: 640 КиБ; на 8192 токена — 2,5 ГиБ`, where the context is the later figure's)
            and not ((m := _once(_AT_K, s)) is not None and m.end() <= q.start and float(m.group(1)) in _POWERS_K)
        ):
            kind = "kv-per-token"  # `Q: the KV cache per token of …?` / `A: 192 KiB; at 4k tokens …`
        if kind != "read" and _OVER_BANDWIDTH.search(text, max(s.start, q.start - 40), q.start):
            kind = "read"  # `3.35 TB/s ÷ 35.3 GB ≈ 95 tok/s`: the size a bound divides by is what one step reads
        per_device = _said_per_device(s, q)
        devices = _devices_said(s, facts) if per_device else 1
        if per_device and not devices and kind.startswith("kv") and len(said := _device_counts(s)) == 1:
            devices = next(iter(said))  # `on 2 GPUs: each keeps …`: the share, or a replica's whole (judged below)
        asked = lead_in_model(s, facts) is not None and (line_names(_WEIGHT_WORDS, lead) or find_dtypes(lead))
        # `(16 bytes/param) it needs ~122 GB` right after a line about one model: that model's training memory
        recipe = _per_param(s, q) is not None and bool(
            lead_in_model(s, facts)
            or parent_item_model(s, facts)
            or _above_model(facts.above.get(s.unit.line, ""))
            or facts.heading_model.get(s.unit.line)
            or (  # `8-bit Adam (12 bytes/param) brings it to …` under one model's section, unless a part was counted above
                facts.section_model.get(s.unit.line) and not _counts_a_part(facts.above.get(s.unit.line, ""))
            )
        )
        if (
            params is None
            and context is not None
            and (
                _says_own_memory(s, q)
                or kind.startswith("kv")
                or asked
                or recipe
                or (per_device and devices > 1)
                # `EXL2 at 2.5 bpw: 43.1 GB`, `при 3 битах на вес — 26 ГБ`: the bits a weight is stored in size the model
                or (kind == "weights" and _bits_per_weight_before(s, q) is not None)
                # `Full fine-tuning with Adam: 116 GB` under one model's heading: that model's training memory
                or (
                    kind == "training"
                    and _once(_TRAINING_NEEDS, s) is not None
                    and _once(_ADAM_IN_SENTENCE, s) is not None
                    and _once(_ADAPTER, s) is None
                )
            )
        ):
            context = _variant_named(s, q, facts) or context
            params, nominal, cfg, named = _of(context)
            other = _other_size_named(s, facts, params, context.nominal)
            stated = _from_lead_per_token(s, q, lead) if other and kind == "kv" and lead else None
            if stated is not None:  # the size per token the line above states is the other model's own
                verdict, explanation, shape = stated
                claim = make_claim(s.unit, q.start, q.end, shape, verdict, explanation, stated=q.text)
                out.append(Found(claim, ((q.start, q.end),)))
                continue
            if other:
                claim = make_claim(
                    s.unit,
                    q.start,
                    q.end,
                    "model-size",
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: said of {other}, not of {named} (named elsewhere in the note)",
                    stated=q.text,
                )
                out.append(Found(claim, ((q.start, q.end),)))
                continue
        if params is None and not (kind.startswith("kv") and _LAYERS.search(text, s.start, s.end)):
            if named and any(m.text == named for m in s.models):
                claim = make_claim(
                    s.unit,
                    q.start,
                    q.end,
                    "model-size",
                    Verdict.UNVERIFIABLE,
                    f"{named} is not in the model catalogue: its size cannot be recomputed",
                    stated=q.text,
                )
                out.append(Found(claim, ((q.start, q.end),)))
            continue
        far = (
            kind == "weights"
            and not s.models
            and s.unit.source != "table"  # (a table's columns say what each figure is)
            and params
            and q.value > 2.2 * 4 * params
            and not _a_note_models_weights(facts, q.value)  # (another model of the note's own size: read as that one)
        )
        line = s.unit.text
        if (
            far
            and not _once(_TRAINING_NEEDS, s)
            and not _TRAINING_WORDS.search(line, s.start, s.end)
            and not _OTHER_PER_PARAM.search(line, s.start, s.end)  # (`16 байт на параметр — это 39,5 ГБ`: a recipe)
            and not _VARIANT_WORD.search(line, s.start, s.end)  # (`large в fp32 — 1,25 ГБ`: a sibling called by size)
            and not _PER_CARD_SAID.search(line, s.start, s.end)  # (`70.6 GB on every card`: a share's reading)
        ):
            # `70 ГБ — это int8 или fp8` under a line about Llama 3 8B: more than twice its fp32 weights is no size of
            # the model named elsewhere (another model's, said by a pronoun)
            why = f"{q.text}: more than twice {named}'s fp32 weights, and the sentence names no model: another model's"
            claim = make_claim(s.unit, q.start, q.end, "model-size", Verdict.UNVERIFIABLE, why, stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        dtype, where = _dtype_for(s, q, facts, kind.startswith("kv"))
        if (
            kind == "weights"
            and where in ("paragraph", "properties", "record")
            and dtype is not None
            and not dtype.gguf
            and _QUANT_OF.search(text, max(s.start, q.start - 40), q.start)
        ):
            dtype, where = None, ""  # `Nemo: 24.5 GB in BF16. The Qwen file is 4.66 GB`: a file's type is its own, unsaid
        if where == "sentence" and dtype is not None and dtype.end <= q.start and _converted_from(s, q, dtype):
            # `int4 shrinks X from 26 GB to 6.5 GB`, `to nf4 turns 16 GB into 4.5 GB`: the first size is before the
            # conversion, in the type it starts from when the sentence names one (`from fp16`), else not stated
            dtype = _source_dtype(s, q, dtype)
            where = "sentence" if dtype is not None else ""
        if kind.startswith("kv") and _row_weights_type(s, q, dtype, where, facts):
            dtype, where = None, ""  # `| Qwen2.5-7B | int4 | … | 7 |`: the row's type column is its weights'
        if (
            kind.startswith("kv")
            and where in ("record", "paragraph", "properties")
            and dtype is not None
            and dtype.bytes < 2
            and _FIELD.match(s.unit.text)
        ):
            dtype, where = None, ""  # a record's `dtype:: int8` is its weights'; the cache stays 16-bit unless said
        if kind.startswith("kv") and where == "sentence" and dtype is not None and _labels_another_size(s, dtype, q):
            dtype, where = None, ""  # `Q8_0 at 8.5 GB + 1 GiB of cache at 8K`: the type is the other size's label
        weights_type = dtype is not None and (dtype.gguf or dtype.name in _WEIGHTS_ONLY)
        if kind.startswith("kv") and dtype is not None and weights_type and not _quantized_cache(s, dtype, facts):
            # a KV cache is stored in a plain type (a file type, NF4 and MXFP4 are the weights'): take the
            # sentence's other one, else the default
            plain = [d for d in in_range(s.dtypes, s.start, s.end) if not d.gguf and d.name not in _WEIGHTS_ONLY]
            dtype = nearest(plain, q.start, q.end)
        if (
            kind.startswith("kv")
            and dtype is not None
            and not dtype.gguf
            and dtype.bytes <= 0.5
            and _WEIGHTS_NOUN.search(s.unit.text, s.start, s.end)
            and not _FOUR_BIT_CACHE.search(s.unit.text, s.start, s.end)
            and not _KV.search(s.unit.text, max(s.start, dtype.start - 40), dtype.start)  # `KV cache quantized to 4-bit`
        ):
            dtype, where = None, ""  # `in 4-bit … 6.5 GB of weights plus 12.5 GiB of cache`: 4 bits are the weights'
        if kind.startswith("kv") and where == "sentence" and dtype is not None and _type_of_a_later_figure(s, q, dtype):
            dtype, where = None, ""  # `needs 20 GiB, and with an fp8 cache still 20 GiB`: fp8 is the second's
        if (
            kind.startswith("kv")
            and where not in ("sentence", "")
            and dtype is not None
            and dtype.bytes <= 0.5
            and not _FOUR_BIT_CACHE.search(s.unit.text, s.start, s.end)
        ):
            # `## X (AWQ)` / `- Веса int4: …` / `- Кэш 256 КиБ на токен`: 4 bits said elsewhere are the weights'
            dtype, where = None, ""
        if kind.startswith("kv") and where == "properties" and dtype is not None and dtype.bytes < 2:
            dtype, where = None, ""  # the front matter's `dtype: int4` is its weights'; the cache stays 16-bit unless said
        if kind.startswith("kv") and facts.properties_kv_dtype is not None and where != "sentence":
            dtype, where = facts.properties_kv_dtype, "properties"  # `kv_dtype: fp8` in the front matter: the cache's own
        per_param = _per_param(s, q)
        own_part = _PART_AFTER.match(text, q.end, min(s.end, q.end + 60))
        if per_param is not None and own_part is not None and find_dtypes(s.unit.text, q.end, own_part.end()):
            per_param = None  # `8 bytes per parameter for its states …, plus 13.5 GB of bf16 weights`: a part in its own type
        if (
            per_param is not None
            and _WEIGHTS_RIGHT_AFTER.match(text, q.end)
            and per_param.end <= clause_bounds(s, q.start, q.end)[0]
        ):
            per_param = None  # `… 16 bytes per parameter, while the reference adds only its 16 GB of weights`: weights alone
        if per_param is not None and per_param.end <= q.start and _own_storage_type(s, q, per_param):
            per_param = None  # `… 16 B/param (… for the 7B); 405B bf16 is 811.7 GB`: a later clause's figure in its own type
        states = _optimizer_states(s, q) if kind in ("weights", "training") and params and per_param is None else None
        part_share = _layer_or_expert(s, q, cfg) if kind == "weights" and cfg is not None and per_param is None else None
        listed = (
            _listed_states(s, q, params, named) or _weights_with_gradients(s, q, params, named, dtype)
            if kind in ("weights", "training") and params and per_param is None
            else None
        )
        row_rate = (
            facts.row_cell(s, _PER_PARAM_COLUMN)
            if s.unit.source == "table" and per_param is None and params and not _PER_PARAM_HEADER.search(facts.header_of(s, q))
            else None
        )
        row_part = (
            _row_part_count(s, q, facts, params)
            if s.unit.source == "table" and kind == "weights" and dtype is not None and params and row_rate is None
            else None
        )
        if row_part is not None and dtype is not None:
            # `| модель | таблицы, млн | bf16, МБ |` / `| Qwen2.5-7B | 1090,0 | 2180,0 |`: the row counts a part of the model
            # (its embedding tables), and the size column is that part's in the header's type
            part_count, header = row_part
            computed = part_count * dtype.bytes
            check = compare(q, computed)
            how = f"{named}, the row's {header.strip()}: {part_count / 1e6:,.1f}M params × {dtype.bytes:g} B ({dtype.name})"
            verdict, explanation, shape = check.verdict, f"{how} = {fmt(computed, q.scale)}; {check.explanation}", "weights"
        elif row_rate is not None and 0 < row_rate <= 40:
            # `| part | bytes/param | total |` / `| fp32 master + m + v | 12 | 80.86 GB |`: the row's own bytes per parameter
            computed = (params or 0.0) * row_rate
            check = compare(q, computed)
            how = f"{named}: {(params or 0.0) / 1e9:.2f}B params × {row_rate:g} bytes (the row's bytes per parameter)"
            verdict, explanation, shape = check.verdict, f"{how} = {fmt(computed, q.scale)}; {check.explanation}", "training"
        elif listed is not None:
            verdict, explanation, shape = listed
        elif states is not None:
            verdict, explanation, shape = _states_size(s, q, params or 0.0, named, states)
        elif part_share is not None:
            # `each layer's weights are about 436 MB`, `один эксперт — около 11 ГБ`: that part's parameters
            part_params, label = part_share
            verdict, explanation, shape = _weights(s, q, part_params, None, None, f"{named}, {label}", dtype, where)
            if verdict is Verdict.WRONG and 0.8 * part_params * (dtype.bytes if dtype else 2) <= q.value <= 1.25 * part_params * (
                dtype.bytes if dtype else 2
            ):
                verdict, explanation = Verdict.UNVERIFIABLE, f"near a part's size (norms and biases aside): {explanation}"
        elif kind.startswith("kv") and per_device and not devices:
            why = f"{q.text}: one device's share of the cache; the number of devices is not stated (or several are)"
            verdict, explanation, shape = Verdict.UNVERIFIABLE, why, "kv-cache"
        elif kind.startswith("kv"):
            if kind == "kv-per-token" and q.value >= _NO_TOKEN_CACHES and not _per_token_said_of(s, q):
                kind = "kv"  # `With eight such sessions the cache reaches 128 GiB` below a line per token: no token's
            verdict, explanation, shape = _kv(s, q, cfg, named, dtype, kind == "kv-per-token", facts, devices)
            if verdict is Verdict.WRONG and kind == "kv" and q.value < _NO_TOKEN_CACHES and not _context_in_sentence(s):
                # `with 8 KV heads it is 192 KiB`, `three times Llama-3-8B's 128 KiB`: no context of its own, and exactly
                # one token's cache: the figure is per token (a context said on another sentence is another figure's)
                alt = _kv(s, q, cfg, named, dtype, True, facts, devices)
                if alt[0].holds:
                    verdict, explanation, shape = alt[0], f"{alt[1]} (one token's cache: no context is said with it)", alt[2]
            heading_type = facts.kv_section_dtype.get(s.unit.line) if where != "sentence" else None
            if verdict is Verdict.WRONG and heading_type is not None and heading_type is not dtype:
                # `## fp8 KV cache` / `An 8192-token sequence: 1.25 GiB`: the type the section's heading gives its cache
                # is a reading that may make the figure hold (it never makes one wrong: the section may compare types)
                alt = _kv(s, q, cfg, named, heading_type, kind == "kv-per-token", facts, devices)
                if alt[0].holds:
                    verdict, explanation, shape = alt[0], f"{alt[1]} (the type the section's heading names)", alt[2]
            if (
                verdict is Verdict.WRONG
                and where in ("sentence", "paragraph")
                and dtype is not None
                and not dtype.gguf
                and (
                    _the_models_type(s, dtype, q)
                    or (where == "paragraph" and not _once(KV_TYPE_SAID, s))
                    or (
                        not _once(KV_TYPE_SAID, s)
                        and (_deployment_type(s, dtype, q) or _type_of_an_earlier_size(s, dtype, q))
                    )
                )
            ):
                # (a paragraph's type, `### Mixtral-8x22B, fp8, TP=4` / `- KV: 224 KiB per token`, is the deployment's
                # weights' as much as its cache's: the same 16-bit reading)
                # `Llama-3-8B int8 (8.03 GB); KV drops to 128 KiB/token`: a plain type said of the model and its weights'
                # size, in another clause than the cache's figure, may be the weights' alone: the default 16-bit cache is a
                # reading that may make the figure hold (it never makes one wrong)
                alt = _kv(s, q, cfg, named, None, kind == "kv-per-token", facts, devices)
                if alt[0].holds:
                    verdict, explanation, shape = alt[0], f"{alt[1]} ({dtype.name} is read as the weights' type)", alt[2]
                elif alt[0] is Verdict.WRONG:  # neither holds: the user is shown the 16-bit cache too
                    explanation = f"{explanation}; with {dtype.name} read as the weights' type: {alt[1]}"
            if verdict is Verdict.WRONG and (pair := _paired_size(s, q)):
                verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: {pair}; read as the cache: {explanation}"
            if (
                devices > 1
                and not verdict.holds
                and not _model_split(s, facts)
                and _kv(s, q, cfg, named, dtype, kind == "kv-per-token", facts)[0].holds
            ):  # the whole cache on each of the cards: replicas, unless a tensor/pipeline split is said
                verdict, explanation = (
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: the whole cache, on each device (replicas?): {explanation}",
                )
        elif kind == "activations":
            verdict, explanation, shape = (
                Verdict.UNVERIFIABLE,
                f"activation memory of {named}: needs sequence length, batch and hidden size by layer (Korthikanti et al.)",
                "activations",
            )
        elif (
            kind in ("weights", "training")
            and params
            and per_device
            and devices > 1
            and (
                recipe_here := per_param
                or (_noted_recipe(s, q, facts, params) if where != "sentence" else None)
                or _mixed_precision_adam(s)
            )
            is not None
            and recipe_here.value == 16.0  # 12 B/param may be Adam's states alone (a part), not 8-bit Adam's recipe
            and (stage := _zero_stage(s, q)) is not None
            and not _OFFLOAD.search(s.unit.text, s.start, s.end)
        ):
            # `ZeRO-1 over 8 GPUs: about 72 GB per GPU`, `без ZeRO на каждой карте 208 ГБ`: the stage's share per device
            verdict, explanation, shape = _zero_share(q, params, named, recipe_here, devices, stage)
            if (
                verdict is Verdict.WRONG
                and not _STATES_ONLY.search(s.unit.text, s.start, s.end)
                and q.value > params * _zero_bytes(recipe_here.value, devices, stage)
                and not _another_stage(q, params, recipe_here.value, devices, stage)
            ):  # `~88 GB per GPU with ZeRO-2`: activations and buffers come on top of the model states
                verdict, explanation = (
                    Verdict.UNVERIFIABLE,
                    f"{q.text} is more than the stage's model states per device; activations may come on top: {explanation}",
                )
        elif (
            kind in ("weights", "training")
            and params
            and per_device
            and devices > 1
            and (recipe_here := per_param or (_noted_recipe(s, q, facts, params) if where != "sentence" else None)) is not None
        ):
            # a figure per device beside a recipe, with no stage said (or offload): the even share, else unverifiable
            verdict, explanation, shape = _per_device_share(s, q, params, named, recipe_here, devices)
        elif per_param is not None and _per_device_unsharded(s, q) and _device_count(s) >= 2:
            # `12 bytes per parameter …, 80.9 GB, 10.1 GB per GPU across 8 GPUs`: a share of the recipe's total
            verdict, explanation, shape = _per_device_share(s, q, params or 0.0, named, per_param, _device_count(s))
        elif per_param is not None and _ADAPTER.search(s.unit.masked, max(s.start, q.start - 80), q.start):
            # `Состояние адаптера (16 байт на параметр) — 3,3 ГБ` after `207 млн обучаемых параметров`: the adapter's own
            # parameters, the last count stated before it on its line; none stated, no size of the model's is meant
            count = _adapter_count(s, q, facts)
            if count is None:
                verdict, explanation, shape = (
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: {per_param.text} per parameter of an adapter whose parameter count the line does not state",
                    "per-param",
                )
            else:
                verdict, explanation, shape = _per_param_size(q, count.value, f"the adapter ({count.text})", per_param)
        elif per_param is not None and per_device and devices <= 1 and _device_count(s) < 2:
            # `(18 bytes per parameter): 265.9 GB, 33.2 GB per GPU`: one device's share, the devices not counted here
            verdict, explanation, shape = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: one device's share of {fmt(params * per_param.value, q.scale) if params else 'the states'} "
                f"({per_param.text} per parameter); the number of devices is not stated",
                "per-param",
            )
        elif per_param is not None:  # a recipe stated in bytes per parameter is the one to use
            bound = _count_of_rate(s, per_param)
            if bound is not None and params and bound.value < 0.9 * params:
                # `12.9B active params at 2 bytes each, 25.8 GB`: the bytes are of the count they follow
                params, named = bound.value, f"{named} ({bound.text.strip()})"
            verdict, explanation, shape = _per_param_size(q, _sharded(s, params or 0.0, q), named, per_param)
        elif kind in ("weights", "training") and params and where != "sentence" and (noted := _noted_recipe(s, q, facts, params)):
            verdict, explanation, shape = _per_param_size(q, _sharded(s, params, q), named, noted)
        elif kind == "training" and _per_device_unsharded(s, q):
            verdict, explanation, shape = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: training memory per device without full sharding (ZeRO-3/FSDP) depends on what is sharded "
                "and on activations",
                "training",
            )
        elif kind == "training" and (part := _TRAINING_PART.search(clause)):
            verdict, explanation, shape = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: a part of training memory ({part.group(0)}), not the whole recipe",
                "training",
            )
        elif kind == "training":
            verdict, explanation, shape = _training(q, _sharded(s, params or 0.0, q), named, clause)
            if verdict is Verdict.WRONG and _OFFLOAD.search(text, s.start, s.end) and _per_device_marked(s, q):
                # `with ZeRO-3 and CPU offload, each GPU holds only 3 GB`: offload moves states off the devices
                verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text} per device with offload: {explanation}"
        elif (
            cfg is not None
            and cfg.is_moe
            and (
                (kind == "read" and _READS_ACTIVE.search(s.unit.masked, s.start, s.end))
                or _ACTIVE_WEIGHTS.match(text, q.end)
                or (
                    # `of which the active experts and the shared layers take 51.6 GB`: the figure's clause, bounded
                    _READS_ACTIVE.search(text, max(_comma_clause_start(s, q), q.start - 60), q.start)
                    # `fits one 80 GB card, because only 12.9B are active: 25.8 GB`: what a card holds is every expert
                    and not (kind == "weights" and _HOLDS_ALL.search(s.unit.text, s.start, q.start))
                )
                or (s.unit.source == "table" and _READS_ACTIVE.search(facts.header_of(s, q)))
                or _opens_active_aside(s, q)
                or (  # `the active slice per token (≈ 7.9 GB at Q4_K_M)`: a bracket giving the size of the words before it
                    _BRACKET_OPENED.search(text, max(s.start, q.start - 6), q.start) is not None
                    and _ACTIVE_NOUN_BEFORE.search(text, max(s.start, q.start - 40), q.start) is not None
                )
            )
        ):  # `26 GB of active bf16 weights`, `активные веса — 26 ГБ`: the active parameters' size
            active = float(count_parameters(cfg).active)
            published = _PUBLISHED_ACTIVE.get(cfg.name)
            verdict, explanation, shape = _weights(s, q, active, published, None, f"{named} (active parameters)", dtype, where)
            if not verdict.holds:
                per_card = _active_share(s, q, per_device, devices, active, published, named, dtype, where)
                verdict, explanation, shape = per_card or (verdict, explanation, shape)
            if dtype is None and verdict is Verdict.UNVERIFIABLE and shape == "no-dtype":
                verdict, explanation = _whole_read_as_active(q, cfg, named) or (verdict, explanation)
        elif (
            cfg is not None
            and cfg.is_moe
            and kind == "read"
            and _READ_PER_STEP.search(text, max(s.start, q.start - 80), min(s.end, q.end + 40))
            and not _ALL_EXPERTS.search(text, max(s.start, q.start - 40), q.start)
        ):
            # `Mixtral reads 26 GB per token`: one token reads its routed experts (the active parameters); a batch the
            # sentence speaks of may touch every expert, so there the total is a reading too, never an error; so is a
            # figure whose own clause says no read per token (`… reads as much per token as X, yet keeps 93.41 GB`)
            active = float(count_parameters(cfg).active)
            published = _PUBLISHED_ACTIVE.get(cfg.name)
            verdict, explanation, shape = _weights(s, q, active, published, None, f"{named} (active parameters)", dtype, where)
            if not verdict.holds:
                per_card = _active_share(s, q, per_device, devices, active, published, named, dtype, where)
                verdict, explanation, shape = per_card or (verdict, explanation, shape)
            if not verdict.holds and (_MANY_AT_ONCE.search(text, s.start, s.end) or not _read_per_step_of(s, q)):
                whole, _, _ = _weights(s, q, params or 0.0, nominal, cfg, named, dtype, where)
                if whole.holds:
                    verdict, explanation = (
                        Verdict.UNVERIFIABLE,
                        f"ambiguous: {q.text} is all of {named}'s weights; one token reads its active experts: {explanation}",
                    )
            elif dtype is None and verdict is Verdict.UNVERIFIABLE and shape == "no-dtype":
                verdict, explanation = _whole_read_as_active(q, cfg, named) or (verdict, explanation)
        elif (
            cfg is not None
            and cfg.is_moe
            and kind == "read"
            and dtype is None
            and _READ_PER_STEP.search(text, max(s.start, q.start - 80), min(s.end, q.end + 40))
            and _read_per_step_of(s, q)
            and not _MANY_AT_ONCE.search(text, s.start, s.end)
            and not _SUPPOSED_MHA.search(text, s.start, s.end)  # (`If every token read all 93.4 GB …`: supposed)
            and (found := _whole_read_as_active(q, cfg, named)) is not None
        ):
            # `Mixtral-8x7B на каждом токене читает все 93,4 ГБ весов`: every expert said to be read by each token
            verdict, explanation = found
            shape = "weights"
        elif (
            per_device
            or (_EACH_DEVICE.match(text, q.end) and not SEQUENCES_BEFORE.search(text, max(s.start, q.start - 40), q.start))
            or _EACH_DEVICE_BEFORE.search(text, clause_bounds(s, q.start, q.end)[0], q.start)
            or _EACH_DEVICE_LISTED.match(text, q.end, min(s.end, q.end + 120))
        ):
            # `… over 2 GPUs puts 70.6 GB on each`, `на каждую карту приходится …`, `51 GB per stage (PP=8)`: a share
            n = _tp_times_pp(s) or _device_count(s) or (devices if per_device else 0)
            if n:
                share, nominal_share = (params or 0.0) / n, (nominal / n) if nominal else None
                verdict, explanation, shape = _weights(s, q, share, nominal_share, None, f"{named} / {n} devices", dtype, where)
                if (
                    verdict is Verdict.WRONG
                    and not _model_split(s, facts)
                    and _one_device_holds(s, q)
                    and _weights(s, q, params or 0.0, nominal, cfg, named, dtype, where)[0].holds
                ):  # `across 8 GPUs, each loads the 16 GB of weights`: data-parallel replicas hold the whole model
                    verdict, explanation = (
                        Verdict.UNVERIFIABLE,
                        f"{q.text}: the whole model on each device (replicas?); split over {n}: {explanation}",
                    )
                if (
                    verdict is Verdict.WRONG
                    and dtype is not None
                    and q.value > share * dtype.bytes
                    and not _WEIGHTS_NOUN.search(text, s.start, s.end)
                    # a sentence that speaks of no memory in use (`Llama-3.1-70B in fp8 with TP=8: 17.6 GB per card`), its
                    # figure the whole, or the whole over half the devices (twice the share): the forgot-to-split figure
                    and not (
                        _MEMORY_IN_USE.search(s.unit.text, s.start, s.end) is None
                        and _one_split(s, n)
                        and any(_near(q, (params or 0.0) * dtype.bytes / k) for k in _other_counts(n) | {1, n // 2})
                    )
                    and not (  # the whole model (or its split over another count: `over 4 GPUs puts 70.6 GB on each`,
                        # half of it) labelled per device under a model split: the forgot-to-split figure, unless a card
                        # named could hold that much (memory in use fills a card: cache, runtime)
                        _model_split(s, facts)
                        and any(_near(q, (params or 0.0) * dtype.bytes / k) for k in _other_counts(n) | {1})
                        and not _card_could_hold(s, q)
                    )
                ):  # `each GPU uses 40 GB`: a device holds its cache and activations too, unless the weights are named
                    verdict, explanation = (
                        Verdict.UNVERIFIABLE,
                        f"{q.text} per device is more than the weights' share; it may hold the cache and activations: "
                        f"{explanation}",
                    )
            else:
                verdict, explanation, shape = _weights(s, q, params or 0.0, nominal, cfg, named, dtype, where)
                if not verdict.holds or not _one_device_holds(s, q):
                    # each device may hold a whole copy (replicas): that holds, nothing else is judged; no device holds
                    # more than the largest accelerator's memory (`доля на карту … 405 ГБ`)
                    why = f"{q.text}: a share per device; the number of devices it is split over is not stated"
                    verdict, explanation, shape = Verdict.UNVERIFIABLE, why, "weights"
        else:
            verdict, explanation, shape = _weights(s, q, params or 0.0, nominal, cfg, named, dtype, where)
            with_cache = _weights_and_cache(s, q, cfg, named) if verdict is Verdict.WRONG else None
            if with_cache is not None:
                verdict, explanation, shape = with_cache
            elif verdict in (Verdict.WRONG, Verdict.UNIT_CONFUSION) and cfg is not None and _context_said_before(s, q, clause):
                verdict, explanation, shape = _as_cache_at_context(s, q, cfg, named, dtype, facts, explanation)
            # a per-device phrase before the figure or in its clause; one only in a later clause (`takes 69 GB, so with
            # TP=2 each GPU holds half of it`) does not make a wrong whole a share
            cb = clause_bounds(s, q.start, q.end)[1]
            shares = _ANY_PER_DEVICE.search(text, s.start, cb) or _PER_DEVICE_NEXT.match(text, q.end)  # `69 GB, on each GPU`
            n = _devices_said(s, facts) if verdict is Verdict.WRONG and shares else 0
            if n > 1 and _weights(s, q, (params or 0.0) / n, None, None, named, dtype, where)[0].holds:
                # `… 32.8 GiB per GPU, since 50.7 GB is 47.2 GiB`: the sentence speaks of one device's share
                verdict, explanation = (
                    Verdict.UNVERIFIABLE,
                    f"ambiguous: the sentence speaks of one of {n} devices, and {q.text} is that share of {named}; "
                    f"the whole model: {explanation}",
                )
            stated_count = next((c for c in counts if c.text == named), None) if cfg is None else None
            if verdict is Verdict.WRONG and dtype is not None and stated_count is not None and not dtype.gguf:
                # `about 5.6B parameters, 11.3 GB in bf16`: the count is rounded itself (5.55–5.65B)
                half = stated_count.rounding() * stated_count.scale
                lo, hi = (stated_count.value - half) * dtype.bytes, (stated_count.value + half) * dtype.bytes
                slack = q.rounding() * q.scale
                if lo - slack <= q.value <= hi + slack:
                    verdict = Verdict.HOLDS_ROUNDING
                    explanation = explanation.replace(": does not match", "")
                    explanation += f"; within the stated count's rounding ({fmt(lo, q.scale)}–{fmt(hi, q.scale)})"
            if verdict is Verdict.WRONG and stated_count is not None and _part_of_named(s, stated_count):
                # `| Llama-3-8B | r 64 | 83.9M | 335.5 MB |`: a count far below the model the row names is a part's
                # (an adapter, an embedding), itself unchecked: a size that does not fit it may be right
                verdict, explanation = (
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: the size of a part counted as {stated_count.text} (the count itself unchecked): {explanation}",
                )
        if (
            kind == "memory"
            and shape == "weights"
            and verdict is Verdict.WRONG
            and params
            and q.value > params * (dtype.bytes if dtype else 0.5)
        ):  # `min_vram_fp16:: 18 GB`: memory in use holds the weights and more (cache, runtime); less would be wrong
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: the field names memory in use, which holds the cache and the runtime as well; "
                f"the weights alone: {explanation}",
            )
        if (
            shape == "weights"
            and verdict is Verdict.WRONG
            and dtype is not None
            and params
            and q.value > params * dtype.bytes
            and _MEMORY_HEADER.search(text, s.start, s.end)
            and _IN_USE_HEADER.search(text, s.start, s.end)
        ):  # `inference at 8k context needs about 19 GB of VRAM`: memory in use, the cache and runtime on top
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: memory in use at a context holds the cache and the runtime as well; the weights alone: {explanation}",
            )
        if (
            verdict is Verdict.WRONG
            and shape == "weights"
            and len({m.text for m in s.models}) >= 2
            and any(
                m.text == named
                and _COMPARED_WITH.search(s.unit.masked, max(0, m.start - 16), m.start)
                and not re.match(r"\s*\(", s.unit.text[m.end : q.start])  # `than B (32 GB)`: B's own
                for m in s.models
            )
        ):  # `A is smaller than B: 14.5 GB`: the figure may be A's, the subject, or B's, the one compared with
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"ambiguous: {q.text} follows {named}, which the sentence compares with another model; read as {named}: "
                f"{explanation}",
            )
        if (
            not verdict.holds
            and verdict is not Verdict.UNVERIFIABLE
            and any(
                m.text == named and _EXCEPT.search(s.unit.masked, clause_bounds(s, m.start, m.end)[0], m.start) for m in s.models
            )
        ):  # `all models but Llama-2-70B and Mixtral weigh under 27 GB`: the figure is the others', not the named ones'
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text} is said of models other than {named} (named as an exception); read as {named}: {explanation}",
            )
        if aside is not None and not verdict.holds:
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"ambiguous: {named} is only named in a comparison above; read as {named}: {explanation}",
            )
        if (
            verdict is Verdict.WRONG
            and shape.startswith("kv")
            and _search_once(s, _ACTIVATION_WORD, text, s.start, s.end)
            and not _search_once(s, _KV_CACHE_WORD, s.unit.text, s.start, s.end)
        ):
            # `stores 34·h = 139 KB of activations per token per layer`: activations, no cache named
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: the sentence names activations and no cache; read as the cache: {explanation}",
            )
        if verdict is Verdict.WRONG and (pair := _paired_size(s, q)):
            # `25,76 ГБ из 93,41 ГБ`, `2.18 GB out of 15.23 GB`, `80 GiB (MHA) vs 10 GiB (GQA)`, `16,06 ГБ против 13,48 ГБ`: a
            # part of a whole, or one side of a comparison, said beside the other: which part or thing is not read
            verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: {pair}; read as {named}: {explanation}"
        if verdict is not Verdict.UNVERIFIABLE and cfg is not None and (other_model := _other_model_said(s) or _role_of(s, q)):
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: said of another model ({other_model!r}), not named; read as {named}: {explanation}",
            )
        if (
            verdict is Verdict.WRONG
            and shape.startswith("kv")
            and "window" not in explanation
            and _search_once(s, _WINDOW_WORD, text, s.start, s.end)
            and not _NO_WINDOW.search(text, max(s.start, q.start - 60), _clause_end(s, q))
        ):
            # `На 128K контекста с окном на половине слоёв — ≈ 3 ГиБ`: a window the recomputation does not apply
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: the sentence speaks of an attention window the model's config does not give here; "
                f"without it: {explanation}",
            )
        if verdict is Verdict.WRONG and shape == "weights" and params and q.value < 1e-4 * params:
            # `… на токен (320 КиБ в fp16)` read as a model's weights: no storage of a model's weights is that small
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: far below any storage of the weights (another quantity: a cache per token, a part); {explanation}",
            )
        if verdict is Verdict.WRONG and (compared := _after_comparison(s, q)) and compared not in named:
            # `X needs 512 KiB per token, more than the 70B, which needs 320 KiB`: the compared model's figure
            verdict, explanation = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: said after a comparison ({compared!r}), maybe of what is compared; read as {named}: {explanation}",
            )
        if verdict is Verdict.WRONG and (
            _AVAILABLE_BEFORE.search(text, max(s.start, q.start - 24), q.start) or _AVAILABLE_AFTER.match(text, q.end)
        ):  # `(доступно ~48 ГБ)`, `leaves 65 GiB`, `20 GB free`: memory left to use, not a size of the model
            verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: memory left or free to use; read as {named}'s: {explanation}"
        if not verdict.holds and (adapter := _adapter_part(s, q, facts)):
            # `… for the adapter: 67 MB; its fp32 gradients add 33.6 MB`: its moments, gradients or file
            verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: {adapter}; read as the model's: {explanation}"
        key = (
            f"{shape}:{(cfg.name if cfg else named).lower()}:{dtype.name if dtype else ''}"
            if shape in ("weights", "gguf") and verdict in _KEYED
            else ""
        )  # an ambiguous or range-approximate figure is no statement of the quantity to compare others with
        if (
            verdict is Verdict.WRONG
            and shape == "weights"
            and cfg is not None
            and dtype is not None
            and not any(m.config is not None and m.config.name == cfg.name for m in s.models)
            and not size_name_starts(s)  # (`In bf16 the 8x22B takes 93.4 GB`: the sentence calls its model by size)
            and not _said_by_the_outline(s, cfg, facts)
            and (fits := _another_note_model_fits(q, cfg, dtype, facts)) is not None
        ):
            # `(a) 141.1 GB is the bf16 size; in fp8 the weights are 70.55 GB` in a note about an 8B and a 70B: a
            # model the sentence does not name was taken from its context; another the note names fits exactly
            verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: {fits}; read as {named}'s: {explanation}"
        first = _claim_start(s, q, sizes, counts)
        claim = make_claim(
            s.unit,
            first,
            q.end,
            shape if shape != "no-dtype" else "model-size",
            verdict,
            explanation,
            stated=q.text,
            key=key,
            value=q.value if key else None,
        )
        out.append(Found(claim, ((q.start, q.end),)))
    out.extend(_counts(s, counts, facts))
    out.extend(_flops(s, counts))
    out.extend(_throughput(s, sizes, counts, facts))
    return out


def _said_by_the_outline(s: Sentence, cfg: ModelConfig, facts: NoteFacts) -> bool:
    """Model `cfg` is the one the sentence's list opener, the item its item sits under or the line just above names
    (`**Qwen2.5-14B** is the interesting one:` / `- bf16 weights 15.2 GB`): the writer put the figure under it."""
    for m in (_list_opener_model(s, facts), parent_item_model(s, facts), lead_in_model(s, facts)):
        if m is not None and m.config is not None and m.config.name == cfg.name:
            return True
    return False


def _another_note_model_fits(q: Quantity, cfg: ModelConfig, dtype: DtypeMention, facts: NoteFacts) -> str | None:
    """Another catalogued model the note names whose weights in type `dtype` are figure `q` to its last digit (`141.1 GB`
    is Llama-3-70B's bf16 size as printed; `about 3.2 GB`, or `30.6 GB` beside a 30.46 GB model, is no such match)."""
    for m in facts.note_models:
        if m.config is None or m.config.name == cfg.name:
            continue
        size = float(count_parameters(m.config).total) * dtype.bytes
        if to_last_digit(q, size):
            return f"{m.text}, which the note names too, is {fmt(size, q.scale)} in {dtype.name}"
    return None


def to_last_digit(q: Quantity, value: float) -> bool:
    """Whether a single unhedged figure is `value` (base units) to its last printed digit (`141.1 GB` is 141.107 GB; `about
    3.2 GB`, or `30.6 GB` beside 30.46 GB, is not)."""
    if q.hi is not None or q.hedge:
        return False
    digits = _DECIMALS.search(q.text)
    places = len(digits.group(1)) if digits else 0
    return round(value / q.scale, places) == round(q.printed, places)


_DECIMALS = guarded(r"\d[.,](\d{1,6})(?!\d)")


_ADDS_UP = guarded(
    r"(?i)\+|\bplus\b|плюс|\bincluding\b|включая|с\s+уч[её]том|\bwith\s+(?:the\s+)?(?:kv|cache)|итого|\bsum\b|сумм\w*"
)


_TOTAL_HEADER = guarded(r"(?i)\btotal\b|\boverall\b|(?<!\w)(?:всего|суммарн\w*|общ(?:ий|ая|ее)|в\s+сумме)(?!\w)")
_PART_HEADER = guarded(r"(?i)\bKV\b|cache|кэш|кеш|\bweights?\b|\bвес\w*|activation|активаци|optimi[sz]er|оптимизатор")
_MEMORY_HEADER = guarded(r"(?i)\bVRAM\b|\bmemory\b|\bRAM\b|памят\w*|видеопамят\w*")
_IN_USE_HEADER = guarded(
    r"(?i)\bctx\b|context|контекст\w*|inference|serving|\bpeak\b|usage|\bused\b|инференс\w*|пик\w*|потреблен\w*|\d+\s?[kк]\b"
)


def _total_column(s: Sentence, q: Quantity, facts: NoteFacts) -> str:
    """A cell under a header that adds parts (`| weights + KV at 8k (GB) |`, `| итого |`)."""
    header = facts.header_of(s, q)
    if header and _ADDS_UP.search(header):
        return f"a total of several parts (column {header!r}): not a size of the model alone"
    if header and _TOTAL_HEADER.search(header) and not _WEIGHTS_NOUN.search(header):
        own = s.unit.text.count("|", 0, q.start)
        others = [facts.column_header.get((s.unit.line, c), "") for c in range(s.unit.text.count("|") + 1) if c != own]
        if any(_PART_HEADER.search(h) for h in others):
            # `| weights (GB) | KV @ 8k (GiB) | total (GB) |`: the total column sums the row's parts
            return f"a total of several parts (column {header!r}, beside the parts' columns): not a size of the model alone"
    if header and _MEMORY_HEADER.search(header) and _IN_USE_HEADER.search(header) and not _WEIGHTS_NOUN.search(header):
        # `| VRAM (inference, 4k ctx) |`: memory in use holds the cache and the runtime too
        return f"memory in use (column {header!r}): weights, cache and runtime together"
    return ""


_LAYERS_WORD = guarded(r"(?i)layers|сло[йяёе]")
_PER_LAYER = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+|a\s+)(?:layer|сло[йяе])\b")
_ALL_LAYERS_AFTER = guarded(
    r"(?i)\s*(?:across|over|for|on|in)\s+(?:all\s+)?(?:the\s+)?(?P<n>\d+)\s+layers\b|\s*на\s+(?:все|всех)\s+(?P<n2>\d+)\s+сло"
)
_ALL_LAYERS_BEFORE = guarded(
    r"(?i)(?:\b(?:across|over|for|on|in)\s+(?:all\s+)?(?:the\s+)?(?P<n>\d+)\s+layers\b|\bна\s+(?:все|всех)\s+(?P<n2>\d+)\s+сло\w*)"
    r"[^.;\d]{0,40}$"
)
_RECOMPUTE = guarded(r"(?i)recomput\w*|checkpointing|перевычисл\w*|рекомпут\w*")
_WITHOUT = guarded(r"(?i)\b(?:without|no)[\s-]+(?:\w+\s+)?$|\bбез\s+(?:\w+\s+)?$")
# FlashAttention keeps no s×s attention scores: 34·s·b·h per layer without recomputation
_FLASH = guarded(r"(?i)flash[\s-]*attention|\bFA-?[23]\b")


def _recompute_mode(text: str) -> str:
    """ "on" (with activation recomputation), "off" (without), "" (not said)."""
    m = _RECOMPUTE.search(text)
    if m is None:
        return ""
    return "off" if _WITHOUT.search(text, max(0, m.start() - 16), m.start()) else "on"


# `s = 4096`, not the last factor of a product equal to a size (`2·s·b·h = 34 MiB`)
_SYMBOL = {
    k: guarded(rf"(?<![\w.·×*]){k}\s*=\s*(\d+)(?![\d.,]\d)(?!\s*(?:[KMGT]i?B|[КМГТ]и?Б|bytes?|байт))")
    for k in ("s", "b", "h", "a")
}
_BATCH_WORD = guarded(r"(?i)\bbatch(?:\s+size)?\s*(?:of|=|:)?\s*(\d+)|\bбатч\w*\s*(?:=|:)?\s*(\d+)")
_SEQ_WORD = guarded(
    r"(?i)(?<![\w.])(?:seq(?:uence)?(?:\s+length)?|s|(?:длина\s+)?последовательност\w*)\s*(?:of|=|:|в)?\s*(\d{3,6})\b"
    r"|\bat\s+s\s*=\s*(\d+)"
    # `Activations for Llama-2-7B at 4K, batch 1`: a length in thousands of tokens after `at` (`при 8K`, `на 4K`)
    r"|(?:\bat|\bпри|\bна)\s+(\d{1,3})[kKкК](?![\w]|[.,]\d|\s*(?:tok|ток|/))"
)
_ONE_LAYER = guarded(r"(?i)\b(?:one|a\s+single|each|один|одного|каждый)\s+(?:[\w.-]+\s+)?(?:layer|слой)\b")


def _activation_inputs(text: str, cfg: ModelConfig | None) -> tuple[int, int, int, int | None] | None:
    """(s, b, h, a) stated in `text` (`s = 4096, b = 1, h = 4096, a = 32`, `batch 8`), the hidden
    size and heads from the model's config when not stated; None when s or b is missing."""
    got = {k: rx.search(text) for k, rx in _SYMBOL.items()}
    seq = int(got["s"].group(1)) if got["s"] else None
    if seq is None and (m := _SEQ_WORD.search(text)):
        seq = int(m.group(1) or m.group(2)) if not m.group(3) else int(m.group(3)) * 1024
    batch = int(got["b"].group(1)) if got["b"] else None
    if batch is None and (m := _BATCH_WORD.search(text)):
        batch = int(m.group(1) or m.group(2))
    hidden = int(got["h"].group(1)) if got["h"] else (cfg.hidden if cfg else None)
    heads = int(got["a"].group(1)) if got["a"] else (cfg.heads if cfg else None)
    if not (seq and batch and hidden):
        return None
    return seq, batch, hidden, heads


_ACT_PER_LAYER = guarded(r"(?i)(?:activation\w*|активаци\w*)\s+(?:\w+\s+)?(?:per|на|a|for\s+each)\s+(?:layer|слой)\b")
_ACT_SPLIT = guarded(
    r"(?i)\btensor[\s-]+parallel\w*|\bsequence[\s-]+parallel\w*|\bTP\s*=?\s*\d|\bt\s*=\s*\d|тензорн\w*\s+параллел\w*"
)


def _per_layer_activations(s: Sentence, sizes: list[Quantity], facts: NoteFacts) -> list[Found]:
    """A size per layer of activations (Korthikanti et al., 16-bit): with full recomputation only
    the layer input, 2·s·b·h bytes; without, s·b·h·(34 + 5·a·s/h). The inputs are the sentence's
    (the model's hidden size and heads from its config); a size whose setting is not said, or
    whose inputs are missing, is no claim here."""
    text = s.unit.text
    out: list[Found] = []
    if not _ACT.search(text, s.start, s.end) and not _RECOMPUTE.search(text, s.start, s.end) and not _once(_FLASH, s):
        return out
    model = next((m for m in s.models if m.config is not None), None)
    if model is None and not s.models:  # the model its section's heading names (`## Fine-tuning Llama-3.1-8B`)
        model = facts.heading_model.get(s.unit.line) or facts.section_model.get(s.unit.line)
    above = "\n".join(facts.lines_above.get(s.unit.line, ()))  # nearest first
    said_per_layer = _ACT_PER_LAYER.search(text, s.start, s.end)
    split = _ACT_SPLIT.search(text, s.start, s.end)
    for q in sizes:
        one = _ONE_LAYER.search(text, max(_previous_setting_end(s, q), q.start - 200), q.start)
        if (
            said_per_layer is not None
            and said_per_layer.end() <= q.start
            and not any(said_per_layer.end() <= z.start < q.start for z in sizes)
        ):
            one = one or said_per_layer  # `activations per layer at s = 4096, b = 1 are … ≈ 1.11 GB`
        if not (_PER_LAYER.match(text, q.end) or one) or _ALL_LAYERS_AFTER.match(text, q.end):
            continue  # `…, 1.07 GiB for all 32 layers`: a sum over the layers, not one layer's
        if split is not None:  # under tensor / sequence parallelism the terms divide by t: not recomputed here
            why = f"{q.text}: activations per layer under {split.group(0).strip()} (terms divided by the degree)"
            claim = make_claim(s.unit, q.start, q.end, "activations", Verdict.UNVERIFIABLE, why, stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        mode = _recompute_mode(text[s.start : s.end])
        if (
            mode != "on"
            and _FLASH.search(text, s.start, s.end)
            and not _WITHOUT.search(text, max(s.start, q.start - 200), q.start)
        ):
            mode = "flash"  # `with FlashAttention the 5·a·s/h term goes: 34·s·b·h = …`
        # the setting (s, b) the sentence states, else the nearest a line above in the section states (`seq 4096, batch 1`)
        inputs = _activation_inputs(text[s.start : s.end], model.config if model else None) or _activation_inputs(
            text[s.start : s.end] + "\n" + above, model.config if model else None
        )
        if not mode or inputs is None or (mode == "off" and inputs[3] is None):
            continue
        seq, batch, hidden, heads = inputs[0], inputs[1], inputs[2], inputs[3] or 0
        if mode == "on":
            computed, how = 2.0 * seq * batch * hidden, f"2·s·b·h = 2 × {seq} × {batch} × {hidden} B"
        elif mode == "flash":
            computed, how = 34.0 * seq * batch * hidden, f"34·s·b·h (FlashAttention) = 34 × {seq} × {batch} × {hidden} B"
        else:
            computed = seq * batch * hidden * (34 + 5 * heads * seq / hidden)
            how = f"s·b·h·(34 + 5·a·s/h) = {seq} × {batch} × {hidden} × (34 + 5 × {heads} × {seq} / {hidden}) B"
        check = compare(q, computed)
        claim = make_claim(
            s.unit,
            q.start,
            q.end,
            "activations",
            check.verdict,
            f"activations per layer ({'full recomputation' if mode == 'on' else 'no recomputation'}): "
            f"{how} = "
            f"{fmt(computed, q.scale)}; {check.explanation}",
            stated=q.text,
        )
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_SYMBOL_BEFORE = guarded(r"(?<![\w.·×*])[sbha]\s*=\s*$")


def _previous_setting_end(s: Sentence, q: Quantity) -> int:
    """Where the figure before `q` ends, a setting written as a symbol (`s = 4096, b = 1`) being no figure: `один слой
    (s = 4096, b = 1, h = 4096, a = 32) держит 3,3 ГБ` is still said of one layer."""
    text = s.unit.masked
    before = [
        z.end
        for z in starting_in(_listed_figures, s.start, q.start, text)
        if not _SYMBOL_BEFORE.search(text, max(s.start, z.start - 8), z.start)
    ]
    return max(before) if before else s.start


# `0,17 ГБ — это один слой`, `3.3 GB is one layer`: the figure is said to be one layer's
_ONE_LAYER_IS = guarded(
    r"(?i)\s*(?:[—–:-]\s*)?(?:это|is|that's|that\s+is)\s+(?:for\s+|на\s+|за\s+)?(?:один|одного|одном|one|a\s+single|a)\s+(?:сло[йяе]|layer)\b"
)


def _layer_sums(s: Sentence, sizes: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`64 MiB per layer, 2 GiB over all 32 layers`, or a line `For all 32 layers that is …` under
    one stating a size per layer: the total is N × the per-layer size (with or without activation
    recomputation alike on both, else unverifiable)."""
    text = s.unit.text
    out: list[Found] = []
    if not _LAYERS_WORD.search(text, s.start, s.end):
        return out
    per_layer = [z for z in sizes if _PER_LAYER.match(text, z.end) or _ONE_LAYER_IS.match(text, z.end)]
    mode = _recompute_mode(text[s.start : s.end])
    for q in sizes:
        m = _ALL_LAYERS_AFTER.match(text, q.end) or _ALL_LAYERS_BEFORE.search(text, max(s.start, q.start - 80), q.start)
        if m is None or _PER_LAYER.match(text, q.end):
            continue
        n = int(m.group("n") or m.group("n2"))
        per = [z for z in per_layer if z.end <= q.start][-1:]
        source, per_text = "", ""
        if per:
            per_q, source = per[-1], "sentence"
            per_mode = _recompute_mode(text[s.start : per_q.end])
        else:
            lead = facts.lead_in.get(s.unit.line, "")
            found = [z for z in find_quantities(lead) if z.kind == "bytes" and _PER_LAYER.match(lead, z.end)]
            if not found:
                continue
            per_q, source, per_mode = found[-1], "line above", _recompute_mode(lead)
        per_text = per_q.text
        if mode and per_mode and mode != per_mode:
            verdict, how = (
                Verdict.UNVERIFIABLE,
                f"{q.text}: the size per layer stated ({per_text}) is for another recomputation setting",
            )
        else:
            computed = n * per_q.value
            check = compare(q, computed)
            verdict = check.verdict
            how = f"{n} layers × {per_text} per layer ({source}) = {fmt(computed, q.scale)}; {check.explanation}"
            slack = n * per_q.half_unit() * per_q.scale + q.half_unit() * q.scale
            if not verdict.holds and abs(q.value - computed) <= slack:
                # `0,17 ГБ — это один слой, на все 40 слоёв 6,7 ГБ`: the per-layer figure is rounded; 40 × 0.165–0.175
                verdict = Verdict.HOLDS_ROUNDING
                how = f"{n} layers × {per_text} per layer ({source}) = {fmt(computed, q.scale)}, within {per_text}'s rounding"
        claim = make_claim(s.unit, q.start, q.end, "activations", verdict, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


def _claim_start(s: Sentence, q: Quantity, sizes: list[Quantity], counts: list[Quantity]) -> int:
    """Where a size's claim starts: at the model or count said with it (within 80 characters), but
    never before another size or parameter count of the sentence (each its own claim), and at the
    figure itself in a table cell. Each figure is its own claim at its own position: `X is 23 GB;
    in int8 it is 93 GB` is two claims, not one reported twice at X."""
    if s.unit.source == "table":
        return q.start
    own = counts if s.models else []  # a count said of a named model is a claim of its own
    floor = max((z.end for z in [*sizes, *own] if z.end <= q.start), default=-1)
    return min(
        [
            q.start,
            *(m.start for m in s.models if abs(m.start - q.start) < 80 and m.start >= floor),
            *(c.start for c in counts if abs(c.start - q.start) < 80 and c.start >= floor),
        ]
    )


_SENTENCE_STOP = guarded(r"[.!?](?=\s+[A-ZА-ЯЁ])")
_OTHER_FORM = guarded(
    r"(?i)\boriginal\b|\bunquantized\b|\bfull[- ]precision\b|\bquanti[sz]\w*|\bGGUF\b|\bGGML\b|\bon\s+the\s+hub\b"
    r"|\b(?:AWQ|GPTQ|EXL2|HQQ|bitsandbytes|bnb)\b|исходн\w*|оригинальн\w*|неквантованн\w*|квантов\w*|квантиз\w*"
)
_PAREN_DTYPE = guarded(r"[^\S\n]*\([^\S\n]*(?P<d>[\w-]{2,12})[^\S\n]*\)")


_FROM_BEFORE = guarded(r"(?i)(?:\bfrom|\bс|\bсо)\s+(?:~|≈|about\s+|около\s+|примерно\s+)?$")
_TO_AFTER = guarded(r"(?i)\s*(?:\w+\s+){0,2}?(?:to|до|→|->)\s*(?:~|≈|about\s+|около\s+|примерно\s+)?\d")


# `turns 16 GB into 4.5 GB`, `16 ГБ превращаются в 4 ГБ`, `16 GB → 8 GB`: the figure is turned into a later size
_INTO_AFTER = guarded(
    r"(?i)\s*(?:\w+\s+){0,2}?(?:into|→|->|превраща\w*\s+в|получа\w*|выход\w*|станов\w*)\s*"
    r"(?:~|≈|about\s+|около\s+|примерно\s+|всего\s+|only\s+|just\s+)?\d[\d.,]*\s?(?:[KMGT]i?B|[КМГТ]и?Б)(?![^\W\d_])"
)
_FROM_BEFORE_RU = guarded(r"(?i)(?:^|[\s(:—-])из\s+(?:~|≈|около\s+|примерно\s+)?$")  # `из 16 ГБ получается 5 ГБ`
_SOURCE_MARK = guarded(r"(?i)(?:\bfrom|\bс|\bсо|\bиз|\boriginal|\bисходн\w*)\s+(?:the\s+)?$")


_OWN_TYPE_GAP = guarded(r"(?i)\s*(?:(?:of|in|as|в|из)\s+)?(?:[^\W\d]+\s+)?(?:(?:of|in|as|в)\s+)?$")
_INTO_BETWEEN = guarded(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:into|→|->|to|в)\s*(?:~|≈|about\s+|around\s+|roughly\s+|около\s+|примерно\s+|всего\s+)?$"
)
_TARGET_MARK = guarded(r"(?i)(?:\bto|\binto|(?<!\w)в|(?<!\w)до)\s+$")


def _into_target(s: Sentence, q: Quantity, dtype: DtypeMention) -> tuple[bool, DtypeMention | None]:
    """`… to int8 turns 16 GB of bf16 weights into 8 GB`: the type said of the size before `into` is
    that size's own; the later size is in the type the conversion targets (`to int8`), None when none
    is marked: (True, that type); (False, None) when the sentence is not so."""
    text = s.unit.text
    if not _INTO_BETWEEN.match(text, dtype.end, q.start):
        return False, None
    before = [z for z in starting_in(_figures, max(s.start, dtype.start - 24), dtype.start, s.unit.masked) if z.kind == "bytes"]
    if not before or not _OWN_TYPE_GAP.match(text, before[-1].end, dtype.start):
        return False, None
    z = before[-1]
    targets = [
        d
        for d in in_range(s.dtypes, max(s.start, z.start - 200), z.start)
        if not d.gguf and d.name != dtype.name and _TARGET_MARK.search(text, max(s.start, d.start - 8), d.start)
    ]
    if targets:
        return True, targets[-1]
    # no target named: `16 GB of bf16 weights into 8 GB` names the first size's type (not the later's);
    # `these 140 GB in an fp32 copy become 282 GiB` may name the type it is turned into: left to the rules after
    return bool(re.match(r"(?i)\s*(?:of|из)\s", text[z.end : dtype.start])), None


def _converted_from(s: Sentence, q: Quantity, dtype: DtypeMention) -> bool:
    """`from X to Y`, `turns X into Y`, `из X получается Y`, `X → Y` with the dtype named before: X is
    the size before the conversion to that dtype (the later size is the target dtype's)."""
    text, lo, hi = s.unit.text, max(s.start, q.start - 24), min(s.end, q.end + 40)
    return bool(
        (_FROM_BEFORE.search(text, lo, q.start) and _TO_AFTER.match(text, q.end, hi))
        or _INTO_AFTER.match(text, q.end, hi)
        or (_FROM_BEFORE_RU.search(text, lo, q.start) and _TO_AFTER.match(text, q.end, hi))
        # `going from fp16 to int8 halves X: 16 GB to 8 GB`: a pair of sizes after a conversion between two named types
        or (_TO_AFTER.match(text, q.end, hi) and (src := _source_dtype(s, q, dtype)) is not None and src.name != dtype.name)
    )


def _source_dtype(s: Sentence, q: Quantity, target: DtypeMention) -> DtypeMention | None:
    """The type a conversion starts from, when the sentence marks one before the figure (`from fp16 to
    int4`, `из fp16 в int4`); the target dtype itself when it is so marked; else None."""
    for d in in_range(s.dtypes, max(s.start, q.start - 200), q.start):
        if (
            d.name != target.name
            and (not d.gguf or target.gguf)  # `from Q8_0 to Q4_K_M`: one llama.cpp type from another
            and _SOURCE_MARK.search(s.unit.text, max(s.start, d.start - 12), d.start)
        ):
            return d
    if _SOURCE_MARK.search(s.unit.text, max(s.start, target.start - 12), target.start):
        return target
    return None


_SIZE_AFTER_DTYPE = guarded(r"(?i)\d\s?(?:[KMGT]i?B|[КМГТ]и?Б)(?![\w])")
_BECOMES = guarded(r"(?i)\bbecom\w*|\bturns?\s+into\b|\bgrows?\s+to\b|превраща\w*|станов\w*|→|->")


def _later_figures_dtype(s: Sentence, q: Quantity, dtype: DtypeMention) -> bool:
    """A type named after the figure belongs to a later size when it is in that size's clause and
    not in the figure's and nearer the later size (`40 GiB of cache per sequence, with an fp8 cache 80 GiB`), or when the
    sentence turns the figure into the later size after it (`these 140 GB in an fp32 copy become
    280 GB`): the later figure's type, not this one's."""
    later = _SIZE_AFTER_DTYPE.search(s.unit.text, dtype.end, s.end)
    if later is None:
        return False
    a, b = clause_bounds(s, q.start, q.end)
    if not a <= dtype.start < b:
        return later.start() - dtype.end < dtype.start - q.end
    own = in_range(s.dtypes, a, q.start)
    if OWN_TYPE_AFTER.fullmatch(s.unit.masked, q.end, dtype.start):
        own = []  # `gives 7.6 GB in fp8 and 3.8 GB in int4`: the type said right after the figure is its own
    if own and not any(z.kind == "bytes" and s.start <= z.start and z.end <= own[0].start for z in s.quantities):
        # `bf16 weights take 16.1 GB and an fp32 copy 32.1 GB`: the figure has its own type before it (not one said of
        # a size before, `811.7 GB in bf16 and 405.9 GB in fp8`)
        return True
    return bool(_BECOMES.search(s.unit.text, dtype.end, later.start()))


def _self_contained(s: Sentence) -> bool:
    """The sentence names a dtype and a model of its own (asked only for a line after a cache line)."""
    return bool(s.models) and bool(in_range(s.dtypes, s.start, s.end))


_CACHE_HEADER = guarded(r"(?i)\bKV\b|kv[-_ ]?cache|\bcache\b|кэш\w*|кеш\w*|per\s+token|/\s*tok|на\s+токен")


def _row_type_for(s: Sentence, q: Quantity, facts: NoteFacts, cache: bool) -> tuple[DtypeMention | None, str]:
    """The type of a table cell's figure from its row: the nearest type cell to its left (else to its right) whose
    column is of the same thing: a column headed by the cache (`| cache type |`) types only the cache's figures, one
    headed by the weights (`| weights type |`) only the others (`| Llama 3.1 8B | Q4_K_M | 4.9 | q8_0 | 68 |`). A cell's
    own type stays its own."""
    text = s.unit.text
    col = column_at(text, q.start)
    row = in_range(s.dtypes, s.start, s.end)
    own = [d for d in row if column_at(text, d.start) == col]
    if own:
        return nearest(own, q.start, q.end), "sentence"
    cache_figure = cache or bool(_CACHE_HEADER.search(facts.header_of(s, q)))

    def fits(d: DtypeMention) -> bool:
        header = facts.column_header.get((s.unit.line, column_at(text, d.start)), "")
        if _CACHE_HEADER.search(header):
            return cache_figure
        if _WEIGHTS_NOUN.search(header) or re.search(r"(?i)\bmodel\b|модел", header):
            return not cache_figure
        return True

    usable = [d for d in row if fits(d)]
    left = [d for d in usable if d.start < q.start]
    if left:
        return left[-1], "sentence"
    return (usable[0], "sentence") if usable else (None, "")


# a ratio or comparison right before a type: the type is the reference, not the figure's own (`a quarter of bf16`,
# `half the fp16 size`, `4× less than in bf16`, `вдвое меньше, чем в bf16`, `в 4 раза меньше bf16`)
_REFERENCE_TYPE = guarded(
    r"(?i)(?:\b(?:a\s+)?(?:quarter|half|third|fraction|tenth)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:size\s+(?:in|of)\s+)?"
    r"|\b(?:less|smaller|lighter|fewer|more|larger|bigger|heavier)\s+than\s+(?:in\s+|at\s+|the\s+)?"
    r"|(?<!\w)(?:меньше|больше|легче|тяжелее)[,]?\s+(?:чем\s+)?(?:в\s+|при\s+)?"
    r"|(?<!\w)(?:четверть|половин\w*|треть)\s+(?:от\s+)?(?:размера\s+)?(?:в\s+)?)$"
)


# a figure's type named again after a dash, as a correction or a label (`70.6 GB as the bf16 size — that is fp8`,
# `70,6 ГБ — fp8`, `46.7 GB — это int8`): the type the figure is of, whatever the words before the dash said
_REATTRIBUTED = guarded(
    r"(?i)[^\S\n]*[—–][^\S\n]*(?:(?:that|this|it|which)[^\S\n]+is[^\S\n]+|that['’]s[^\S\n]+|это[^\S\n]+|то[^\S\n]+есть[^\S\n]+)?"
    r"(?:the[^\S\n]+|in[^\S\n]+|в[^\S\n]+)?$"
)
_REATTRIBUTED_END = guarded(
    r"(?i)(?:[^\S\n]+(?:size|figure|number|weights|value|размер\w*|цифр\w*|вес\w*))?[^\S\n]*(?:[.;)!?]|[^\S\n]+(?:not|а\s+не|не)\b|$)"
)


_CLOSING_QUOTES = frozenset('"”»\'’')


def _reattributed_type(s: Sentence, q: Quantity) -> DtypeMention | None:
    """The type named after a dash in the figure's own stretch (no other figure before it, within 60 characters), when
    no type labels the figure before it in its clause (`Gemma-2-9B int4: 9,24 ГБ — это int8`: the int4 figure is wrong,
    the correction says why)."""
    text = s.unit.masked
    a = clause_bounds(s, q.start, q.end)[0]
    if in_range(s.dtypes, max(a, q.start - 40), q.start):
        return None
    for d in in_range(s.dtypes, q.end, min(s.end, q.end + 60)):
        if any(q.end <= z.start < d.start for z in s.quantities) or d.gguf:
            return None
        lead = _REATTRIBUTED.search(text, max(q.end, d.start - 24), d.start)
        if lead is None or not _REATTRIBUTED_END.match(text, d.end):
            continue
        if any(ch in _CLOSING_QUOTES for ch in s.unit.text[q.end : lead.start()]):
            return None  # `"fp16 weights are 1.34 GB" ✗ — that is fp32`: a quoted claim corrected, wrong as quoted
        return d
    return None



_LABEL_GAP = guarded(r"[^\S\n]*[:—–=][^\S\n]*(?:~|≈|about[^\S\n]+|около[^\S\n]+)?")


def _dtype_for(s: Sentence, q: Quantity, facts: NoteFacts, cache: bool = False) -> tuple[DtypeMention | None, str]:
    """The figure's dtype (facts.dtype_for), except that in a table whose header names a dtype for
    some columns (`| weights (GB) | int4 (GB) |`) that dtype is those columns' only: the table's
    paragraph "naming one dtype" is no dtype for the other columns (they take the properties')."""
    relabelled = _reattributed_type(s, q) if not cache else None
    if relabelled is not None:
        return relabelled, "sentence"
    after = _PAREN_DTYPE.match(s.unit.text, q.end)
    if after is not None and after.end() <= s.end:
        own = find_dtypes(s.unit.text, after.start("d"), after.end("d"))
        if len(own) == 1:  # `7.2 GB (int8)`: the parenthesis right after the figure names its own type
            return own[0], "sentence"
    quoted = _quoted_type(s, q)
    if quoted is not None:
        return quoted, "sentence"
    right = type_right_after(s.dtypes, s.unit.masked, q.end, s.end)
    if right is not None and "(" not in s.unit.text[q.end : right.start]:
        # `16.06 GB when stored in bf16 and 32.1 GB when stored in fp32`: each figure's own type (not a bracket's reasoning:
        # `about 17.6 GB (4 bits = a quarter byte per param)`)
        return right, "sentence"
    dtype, where = facts.dtype_for(s, q)
    if where == "sentence" and s.unit.source == "table" and dtype is not None:
        dtype, where = _row_type_for(s, q, facts, cache)
    if where == "sentence" and dtype is not None and dtype.start >= q.end:
        stop = _SENTENCE_STOP.search(s.unit.text, q.end, dtype.start)
        if stop is not None:  # `X is 13.5 GB. The Q4_K_M file is 4.1 GB`: a type named in the next sentence is not X's
            dtype, where = facts.dtype_for(replace(s, end=stop.start() + 1), q)
    if where == "sentence" and dtype is not None and dtype.start >= q.end and _later_figures_dtype(s, q, dtype):
        dtype, where = facts.dtype_for(replace(s, end=dtype.start), q)
    if where == "sentence" and dtype is not None and dtype.start >= q.end:
        text = s.unit.text
        opening = text.rfind("(", q.end, dtype.start)
        closing = text.find(")", dtype.end, dtype.end + 80) if opening >= 0 and ")" not in text[opening : dtype.start] else -1
        if closing >= 0 and find_quantities(s.unit.masked[opening:closing]):
            # `3.35 TB/s ÷ 7.24 GB ≈ 463 tokens/s (bf16 was ≈ 231)`: a type in brackets with a figure of its own is that one's
            name = dtype.name
            dtype, where = facts.dtype_for(replace(s, end=opening), q)
            if where == "paragraph" and dtype is not None and dtype.name == name:
                dtype, where = None, ""  # (the paragraph's one type is that same bracket's)
    if where == "sentence" and dtype is not None and dtype.end <= q.start:
        semi = s.unit.text.rfind(";", dtype.end, q.start)
        opening = s.unit.text.rfind(";", s.start, dtype.start) + 1 or s.start
        if semi >= 0 and any(z.kind == "bytes" and opening <= z.start and z.end <= dtype.start for z in s.quantities):
            # `✘ 9,2 ГБ — это int8; ✔ 336 КиБ`: a type said after a figure of its own `;`-part before is that figure's
            dtype, where = facts.dtype_for(replace(s, start=semi + 1), q)
            if where != "sentence":
                dtype, where = None, ""  # (nor is the paragraph's type then this one's)
    if where == "sentence" and dtype is not None and dtype.start >= q.end:
        semi = s.unit.text.find(";", q.end, dtype.start)
        if semi >= 0 and find_quantities(s.unit.masked[dtype.end : dtype.end + 200]):  # (a bounded look: linear)
            # `reads 17.6 GB per card …; with bf16 weights it would manage 380 tokens/s`: a type past a `;` in a part
            # with a figure of its own is that figure's
            dtype, where = facts.dtype_for(replace(s, end=semi), q)
    if (
        where == "sentence"
        and dtype is not None
        and dtype.start >= q.end
        and _REFERENCE_TYPE.search(s.unit.text, max(q.end, dtype.start - 40), dtype.start)
    ):
        # `The weights shrink to 3.62 GB, a quarter of bf16`, `вчетверо меньше, чем в bf16`: the type compared with
        reference = dtype.name
        dtype, where = facts.dtype_for(replace(s, end=dtype.start), q)
        if dtype is not None and ((where == "sentence" and dtype.start >= q.end) or dtype.name == reference):
            dtype, where = None, ""
    if (
        where == "sentence"
        and dtype is not None
        and dtype.end <= q.start
        and _REFERENCE_TYPE.search(s.unit.text, max(s.start, dtype.start - 40), dtype.start)
        # (the figure right after the comparison, as its result: `вдвое меньше bf16: 8 ГБ`; not a pair of figures after it,
        # `… bf16: 7,95 против 14,96 ГБ`, nor the reference's own size, `more than the bf16 weights (32 GB)`)
        and _LABEL_GAP.fullmatch(s.unit.masked, dtype.end, q.start) is not None
    ):
        # `В int8 вдвое меньше bf16: 8 ГБ`, `int8 is half of bf16: 8 GB`: the type compared with, before the figure; the
        # figure's own is the one said before the comparison
        reference = dtype.name
        before = [d for d in in_range(s.dtypes, s.start, dtype.start) if d.name != reference]
        dtype, where = (before[-1], "sentence") if before else (None, "")
    if where == "paragraph" and dtype is not None:
        own_sizes = {f"{n}{u.upper()}" for n, u in _size_names(s)}
        lead_sizes = {f"{n}{u.upper()}" for n, u in _line_size_names(facts.lead_in.get(s.unit.line, ""))}
        if own_sizes and lead_sizes and not own_sizes & lead_sizes:
            # `The 8B in bf16 reads about 16 GB …` / `The 70B tier reads 17.6 GB per card …`: the paragraph's type was said
            # of the model the line above calls by another size
            return None, ""
        here = [d for d in s.dtypes if d.name == dtype.name]  # the line's, found once per line
        if here and all(d.start >= s.end for d in here):
            # `X is 13.5 GB. The Q4_K_M file is 4.1 GB`: the paragraph's one type is a later sentence's
            dtype, where = (facts.properties_dtype, "properties") if facts.properties_dtype else (None, "")
    if where in ("paragraph", "properties") and _OTHER_FORM.search(s.unit.text, s.start, s.end):
        # `the original checkpoint`, `the quantized copy`: another form than the note's or paragraph's dtype
        return None, ""
    if where == "paragraph" and s.unit.source == "table" and _header_dtypes(s, facts):
        d = facts.properties_dtype
        return (d, "properties") if d is not None else (None, "")
    if dtype is None and (field := _dtype_field(s, facts)) is not None:
        return field, "record"  # `dtype:: int8` a few lines above in the section: the record's type
    into = _into_target(s, q, dtype) if where == "sentence" and dtype is not None and dtype.end <= q.start else (False, None)
    if into[0]:
        # `to int8 turns 16 GB of bf16 weights into 8 GB`: bf16 is the first size's; the later one is the target type's
        return (into[1], "sentence") if into[1] is not None else (None, "")
    if where == "sentence" and dtype is not None and _of_constants(s, dtype):
        # `nf4 with fp32 absmax constants per block of 64`: the fp32 is the constants' type, not the weights'
        near = in_range(s.dtypes, max(s.start, q.start - 200), min(s.end, q.end + 200))  # a bounded look: linear
        others = [d for d in near if d.name != dtype.name and not _of_constants(s, d)]
        weights_type = nearest(others, q.start, q.end)
        return (weights_type, "sentence") if weights_type is not None else (None, "")
    return dtype, where


# A type said of the quantization constants (`fp32 absmax`, `scales in fp16`, `константы в fp8`), not of the weights
_CONSTANTS_AFTER = guarded(
    r"(?i)[\s-]*(?:absmax\w*|scales?\b|scaling\s+factors?|(?:quantization\s+)?constants?\b|zero[\s-]?points?|"
    r"масштаб\w*|констант\w*|скейл\w*)"
)
_CONSTANTS_BEFORE = guarded(
    r"(?i)(?:absmax\w*|scales?|scaling\s+factors?|constants?|zero[\s-]?points?|масштаб\w*|констант\w*|скейл\w*)\s+"
    r"(?:(?:are|is|stored|kept|themselves|хранятся|хранит\w*|сами)\s+){0,2}(?:in|as|at|в)\s+$"
)


def _of_constants(s: Sentence, d: DtypeMention) -> bool:
    return bool(
        _CONSTANTS_AFTER.match(s.unit.masked, d.end, min(s.end, d.end + 30))
        or _CONSTANTS_BEFORE.search(s.unit.masked, max(s.start, d.start - 40), d.start)
    )


_DTYPE_FIELD = guarded(
    r"^\s*(?:[-*+]\s+)?(?:dtype|precision|torch_dtype|quant(?:ization)?|format|тип|точность)\s*::\s*(?P<v>\S+)\s*$", re.I
)


def _dtype_field(s: Sentence, facts: NoteFacts) -> DtypeMention | None:
    """The type a Dataview field (`dtype:: bf16`) states among the lines just above, in the section."""
    if _FIELD.match(s.unit.text) is None:
        return None  # a record's fields describe the record's other fields only
    for line in facts.lines_above.get(s.unit.line, ()):
        m = _DTYPE_FIELD.match(line)
        if m is not None:
            d = find_dtypes(m.group("v"))
            return DtypeMention(d[0].name, d[0].bytes, -1, -1, d[0].gguf) if len(d) == 1 else None
    return None


def _header_dtypes(s: Sentence, facts: NoteFacts) -> bool:
    cells = s.unit.text.count("|") + 1
    return any((s.unit.line, col) in facts.column_dtype for col in range(cells))


_ALL_LAYERS = guarded(
    r"(?i)\s*(?:across|over|for|on|in)\s+(?:all\s+)?(?:the\s+)?\d+\s+layers|\s*на\s+(?:все|всех)\s+\d+\s+сло"
)
_PART_OF = guarded(
    r"(?i)\s*(?:of|из|от)\s+(?:(?:the|its|all|all\s+the|всех|общих)\s+)?(?:~|≈)?\d|\s*(?:of\s+(?:them|these|those|it)|из\s+них)\b"
)
_GROUPED = guarded(r"\d[,\u00a0\u202f ]\d{3}(?:[,\u00a0\u202f ]\d{3})+$")


def _active_by_value(c: Quantity, model: ModelMention | None) -> bool:
    """The count is a mixture of experts' active parameters by its value (`Mixtral 8x7B | 12,9 млрд`), not its total."""
    if model is None or model.config is None or not model.config.is_moe or c.value <= 0:
        return False
    b = count_parameters(model.config)
    return abs(c.value / b.total - 1) > 0.05 and compare(replace(c, hedge=True), float(b.active)).verdict.holds


def _is_active(s: Sentence, c: Quantity, facts: NoteFacts) -> bool:
    """`12.9B active`, `active: 37B`, a cell under `| active params (B) |`: a count of active
    parameters; the word is said of the count next to it, not across another figure or `total`
    (`671B total, 37B active`: the first is the total)."""
    text = s.unit.masked
    if _TOKEN_USES.search(text, max(s.start, c.start - 40), c.start):
        return True  # `each token only uses 12.9B of them`, `на каждый токен работают 12,9 млрд`
    per_token = _COUNT_PER_TOKEN.match(text, c.end)
    in_brackets = re.search(r"(?i)(?:param\w*|параметр\w*)(?:\s+[\w.-]+)?\s*\($", text[max(s.start, c.start - 40) : c.start])
    if per_token and (per_token.group("p") or "param" in c.unit.lower() or "парам" in c.unit.lower() or in_brackets):
        return True  # `12.9B parameters per token`, `12,9 млрд параметров на токен`: the ones a token uses
    after = _ACTIVE.search(text, c.end, min(s.end, c.end + 30))
    if after and not _BETWEEN_COUNTS.search(text, c.end, after.start()):
        return True
    before = _ACTIVE.search(text, max(s.start, c.start - 20), c.start)
    if before and not _BETWEEN_COUNTS.search(text, before.end(), c.start):
        return True
    if _ACTIVE.search(facts.header_of(s, c)):
        return True
    # a table row's count of its mixture of experts that is the active one by value: the row's sizes are the whole model's
    return s.unit.source == "table" and len(s.models) == 1 and _active_by_value(c, s.models[0])


_TOKEN_USES = guarded(
    r"(?i)\b(?:each|every|a|one|per)\s+token\s+(?:only\s+)?(?:uses|activates|touches|reads|sees)\s+(?:only\s+)?(?:about\s+|~)?$"
    r"|(?:на\s+(?:каждый\s+|один\s+)?|(?:каждый|один)\s+)токен\s+(?:работа\w+|использу\w+|активиру\w+|задейств\w+)\s+"
    r"(?:лишь\s+|только\s+)?(?:около\s+|~)?$"
)
_COUNT_PER_TOKEN = guarded(
    r"(?i)\)?\s*(?:(?P<p>param\w*|параметр\w*)\s+)?(?:are\s+|is\s+)?(?:used\s+|active\s+|работают\s+)?(?:per|a|each|every|на|за)\s+"
    r"(?:(?:each|every|один|каждый)\s+)?(?:token|токен)"
)
_BETWEEN_COUNTS = guarded(r"(?i)\d|\btotal\b|всего|[;,]|\bbut\b|\bно\b|из\s+них|of\s+which|\bwhile\b|\bа\s")


def _bare_counts(s: Sentence, facts: NoteFacts) -> list[Quantity]:
    """Exact integers written with digit groups (`13,015,864,320`, `3 212 749 824`) in a sentence that
    names a model: parameter counts, when near that model's own count (checked in `_counts`)."""
    if not s.models and lead_in_model(s, facts) is None:
        return []
    return [q for q in s.quantities if q.kind == "number" and q.value >= 1e6 and q.hi is None and _GROUPED.search(q.text)]


def _near_count(value: float, model: ModelMention) -> bool:
    """A bare integer is the model's (total or active) parameter count when within 3× of it, and not
    its byte size in a common dtype (exactly ½, 2× or 4× the count: bytes, not parameters)."""
    if model.config is None:
        return False
    b = count_parameters(model.config)
    for n in {float(b.total), float(b.active)}:
        r = value / n
        if 1 / 3 <= r <= 3 and not any(abs(r - k) <= 0.01 * k for k in (0.5, 2.0, 4.0)):
            return True
    return False


# Words that say a parameter count is of a part of the model (its embeddings, a layer, an adapter).
_PART_COUNT = guarded(
    r"(?i)\b(?:embedding|embeddings|matri(?:x|ces)|per[\s-]+(?:layer|expert|head|block)|(?:each|one|every)\s+expert|attention"
    r"|trainable|lora|adapters?|(?:один|каждый)\s+эксперт\w*|expert\s+param\w*|эксперт\w*\s+параметр\w*|параметр\w*\s+эксперт\w*"
    r"|lm[\s_-]?head|mlp|ffn|vocab\w*|router|эмбеддинг\w*|матриц\w*|на\s+слой|обучаем\w*|адаптер\w*|внимани\w*|словар\w*"
    # a layer or block, or the experts, as the subject of the count: `each block has`, `the blocks of X hold`
    r"|(?:each|every|one|a\s+single|the|its|per)\s+(?:decoder\s+|transformer\s+|encoder\s+|hidden\s+)?(?:layers?|blocks?)"
    r"|(?:decoder|transformer|encoder)\s+(?:layers?|blocks?)|(?:the\s+)?experts\s+(?:are|hold|have|take|make\s+up|account\s+for)"
    r"|(?:каждый|один|все|эти)\s+(?:слой|блок)\w*|(?:слои|блоки|эксперты)\s+(?:—|содержат|занимают|дают))\b"
)

# Words that make a count the model's whole: said of the model named right before it
# (`X has N parameters`, `X: N`, `X (N params)`, `У X N параметров`, `X содержит N`) or called its total.
_WHOLE_BETWEEN = guarded(
    r"(?i)[\s*_'’`]*(?:'s|’s)?\s*(?:(?:has|have|had|is|was|with|contains?|holds?|totals?|weighs(?:\s+in\s+at)?|counts?"
    r"|comes\s+(?:in\s+)?(?:at|with)|ships\s+with|packs"
    r"|имеет|содержит|насчитывает|это|[:=—–(,-])\s*){1,2}"
    r"(?:(?:about|around|roughly|only|just|approximately|nearly|almost|over|under|some|a\s+total\s+of|~|≈|около|примерно|почти"
    r"|порядка|всего|лишь|только)\s*)?$"
)
_WHOLE_WORD = guarded(
    r"(?i)(?<!of\s)(?<!of\sthe\s)(?<!of\sits\s)\b(?:in\s+total|total|overall|all\s+told|whole|entire)\b"
    r"|(?<!от\s)всего|итого|в\s+сумме|целиком|полн\w+\s+модел"
)
_RU_HAS_BEFORE = guarded(r"(?i)(?:^|[\s(])[ув]\s+(?:модели\s+)?$")
# what may stand between `У X` and its count: nothing but an approximation word (`У X около 7 млрд параметров`)
_RU_HAS_GAP = guarded(r"(?i)[\s*_]*(?:(?:около|примерно|почти|порядка|всего|лишь|только|~|≈)\s*)?")
# a table column that holds whole models' counts (`| params |`, `| size |`, `| параметров |`)
_WHOLE_HEADER = guarded(
    r"(?i)^[\s*#]*(?:total\s+)?(?:params?|parameters|param\s+count|size|n_params|параметр\w*|размер|всего)\b"
)
# a hypothetical model, not the one named above (`a model of 1B parameters`, `для модели на 8 млрд`)
_HYPOTHETICAL = guarded(
    r"(?i)(?:\b(?:a|an|any|some|one|hypothetical)\s+(?:\w+\s+)?model\s+(?:of|with|at)|модел\w*\s+(?:на|в|с|размером(?:\s+в)?))"
    r"\s*(?:about|~|≈|около|примерно)?\s*$"
)


def _part_of_named(s: Sentence, c: Quantity) -> bool:
    """A count in a sentence (or row) that names one catalogued model, far below (under half) its count."""
    named = {m.config.name: m.config for m in s.models if m.config is not None}
    if len(named) != 1:
        return False
    b = count_parameters(next(iter(named.values())))
    return c.value < 0.5 * min(b.total, b.active)


def _whole_said(s: Sentence, c: Quantity, model: ModelMention, facts: NoteFacts) -> bool:
    """The sentence (or the table's column) says a count is the whole of the model it names: only then may
    a count far below the model's be called wrong (`Llama-2-7B has 700M parameters`); a count by a model's
    name with other words between (`X trains 6.5M`, `each X block has`, `X (50,257 × 768, tied): 38.6M`)
    may be of a part, an adapter or something else."""
    text = s.unit.masked
    if s.unit.source == "table":
        header = facts.header_of(s, c)
        return bool(_WHOLE_HEADER.search(header)) and not _PART_COUNT.search(header)
    if _search_once(s, _PART_COUNT, text, s.start, s.end):
        return False
    if not (s.start <= model.start and model.end <= c.start):
        return False  # a model from the line above, or named after its figure
    between = text[model.end : c.start]
    if _WHOLE_BETWEEN.match(between) or (
        _RU_HAS_GAP.fullmatch(between) and _RU_HAS_BEFORE.search(text, max(s.start, model.start - 12), model.start)
    ):
        return True
    return bool(_WHOLE_WORD.search(text, max(s.start, c.start - 24), min(s.end, c.end + 30)))


# A model called by its size alone (`the 7B`, `the 13B sibling`, `a 70B model`, `7B-модель`)
_SIZE_NAME = guarded(
    r"(?i)\b(?:the|a|an|this|that|our|its|each|у|для|модель|модели|версия|версии)\s+(?P<n>\d+(?:\.\d+)?)\s?(?P<u>[BM])\b(?!\s*(?:param|token|tok|парам|ток))"
    r"|(?<![\w.])(?P<n2>\d+(?:\.\d+)?)\s?(?P<u2>[BM])[\s-]+(?:model|sibling|variant|version|build|one|checkpoint|модел\w*|верси\w*)"
)


# what a model is compared with stands after a comparative (`more than the 70B`, `больше, чем у 70B`, `vs the 13B`)
_COMPARED_BEFORE = guarded(
    r"(?i)(?:\bthan|\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bunlike|\bчем|\bпротив|\bсравнени[юи]\s+со?|\bв\s+отличие\s+от"
    r"|\bкак)\s*(?:(?:the|a|у|для|модели)\s+)?$"
    # `как у плотной модели на 13 млрд`, `like a dense model with 13B`: a model of that size compared with
    r"|(?:\bкак\s+у|\blike\s+an?|\bas\s+an?)\s+(?:[^\W\d_]+\s+){1,3}(?:на|с|of|with)\s+$"
)


def _size_names_in(text: str) -> list[tuple[str, str]]:
    """The size names (number, unit) in the text (a sentence or a line: anchors see its edges); a name a figure is
    compared with (`2 GiB, more than the 70B`, `2 ГиБ — больше, чем у 70B`) is another model's, not the subject's."""
    return [
        (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
        for m in _SIZE_NAME.finditer(text)
        if not _COMPARED_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ]


def _size_names(s: Sentence) -> list[tuple[str, str]]:
    """The size names of the sentence, found once (asked again for each of its figures: linear)."""
    memo, key = _memo(s), ("size names", s.start, s.end)
    found = memo.get(key)
    if not isinstance(found, list):
        found = memo[key] = _size_names_in(s.unit.text[s.start : s.end])
    return found


@lru_cache(maxsize=64)
def _line_size_names(line: str) -> list[tuple[str, str]]:
    """The size names of the line above, found once per line (asked again for each sentence below it)."""
    return _size_names_in(line)


def _other_size_named(s: Sentence, facts: NoteFacts, params: float | None, name_size: float | None = None) -> str:
    """A size name in the sentence or the line above it that is not the size of the model taken
    from elsewhere in the note (`Per token the 7B stores …` under a note about a 13B model). When
    that model's own name carries a size (`Llama-3-8B`), another size name (`the 7B model`) is
    another model, however near its count."""
    if not params:
        return ""
    lead = facts.lead_in.get(s.unit.line, "")

    def other(names: Iterable[tuple[str, str]]) -> str:
        for n, u in names:
            size = float(n) * (1e9 if u.upper() == "B" else 1e6)
            if name_size:
                near = abs(size / name_size - 1) <= 0.02 or abs(size / params - 1) <= 0.02
            else:
                near = 0.8 <= size / params <= 1.25
            if not near:
                return f"a {n}{u.upper()} model"
        return ""

    own = _size_names(s)
    # `Stick to the 1B, which is 1.2 GB` under a line about the 3B: a sentence naming a size of its own is judged by it
    return other(own) if own else other(_line_size_names(lead))


_SIZE_NAME_ONLY = guarded(r"[BbMm]")
_OPERAND_AFTER = guarded(r"\s*[+×*·](?!\S*\s*(?:GPU|H100|A100|card))")
_OPERAND_BEFORE = guarded(r"[+×*·]\s*$")
_OF_BEFORE = guarded(r"(?i)(?:\bof|\bиз|\bот)\s*(?:(?:the|its|all|all\s+the|всех)\s+)?$")


# what says some of a mixture-of-experts model's parameters work per token
_SOME_WORK = guarded(
    r"(?i)\bactiv\w*|\b(?:per|each|every|a)\s+token\b|\brout\w*|\b(?:used|uses|touch\w*|routed)\b|активн\w*|активиру\w*|на\s+(?:каждый\s+)?токен"
    r"|работа\w*|задейств\w*|использу\w*"
)


_NOT_PARAMS_AFTER = guarded(r"(?i)\s*(?:tokens?|токен\w*|FLOP\w*|GPU|bytes?|байт\w*|steps?|шаг\w*|words?|слов\w*)")


def _active_and_total(s: Sentence, counts: list[Quantity]) -> dict[tuple[int, int], bool]:
    """Two parameter counts of one mixture-of-experts model in a sentence that says some of them work per token
    (`activates 12.9B of its 46.7B parameters`, `из 46,7 млрд на токен работают 12,9 млрд`, `13B active out of 47B
    total`): the smaller is the active count and the larger the total, whichever word stands nearer to each."""
    named = {m.config.name for m in s.models if m.config is not None}
    moe = [m for m in s.models if m.config is not None and m.config.is_moe]
    text = s.unit.masked
    pair = [c for c in counts if c.kind == "count" and not _NOT_PARAMS_AFTER.match(text, c.end)]
    if len(named) != 1 or not moe or len(pair) != 2 or not _SOME_WORK.search(text, s.start, s.end):
        return {}
    small, large = sorted(pair, key=lambda c: c.value)
    total = float(count_parameters(moe[0].config).total) if moe[0].config is not None else 0.0
    if large.value < 1.5 * small.value or large.value > 3 * total:
        return {}
    return {(small.start, small.end): True, (large.start, large.end): False}


_LISTED_BEFORE_MODEL = guarded(r"(?i)\s*(?:,|and|or|&|и|или)\s*(?:the\s+)?")


def _counts(s: Sentence, counts: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`Llama-3-8B has 8.03B parameters`, `Mixtral 8x7B: 12.9B active`: a count said of a catalogued model;
    a bare exact integer (`… has 3 212 749 824`) too, when it is within 3× of the model's count (a
    per-layer or embedding count is some other figure)."""
    out: list[Found] = []
    bare = _bare_counts(s, facts)
    paired = _active_and_total(s, counts)

    def is_active(c: Quantity) -> bool:
        return paired.get((c.start, c.end), _is_active(s, c, facts))

    for c in [*counts, *bare]:
        model = pick_model(s, s.models, c)
        if model is None:
            model = lead_in_model(s, facts)
            if model is not None and model.config is not None:
                other = _other_size_named(s, facts, float(count_parameters(model.config).total), model.nominal)
                if other:
                    claim = make_claim(
                        s.unit,
                        c.start,
                        c.end,
                        "param-count",
                        Verdict.UNVERIFIABLE,
                        f"{c.text}: said of {other}, not of {model.text} (named on the line above)",
                        stated=c.text,
                    )
                    out.append(Found(claim, ((c.start, c.end),)))
                    continue
        if model is None:
            continue
        if c.start < model.start and _LISTED_BEFORE_MODEL.fullmatch(s.unit.masked, c.end, model.start):
            continue  # `the 1B, 3B and Phi-3-mini`: a model called by its size, listed with another, not its count
        if _PART_OF.match(s.unit.masked, c.end, min(s.end, c.end + 12)) and not is_active(c):  # `1.09B of 7.62B`: a part
            claim = make_claim(
                s.unit,
                c.start,
                c.end,
                "param-count",
                Verdict.UNVERIFIABLE,
                f"{c.text}: a part of {model.text}'s count",
                stated=c.text,
            )
            out.append(Found(claim, ((c.start, c.end),)))
            continue
        if (c in bare or (c.unit == "B" and c.printed < 1)) and not _near_count(c.value, model):
            continue  # `0.5 B` said of a 47B model is bytes per weight, not its count
        called = model.nominal or (float(count_parameters(model.config).total) if model.config is not None else None)
        if (
            _SIZE_NAME_ONLY.fullmatch(c.unit)
            and "." not in c.digits
            and called
            and not 0.75 <= c.value / called <= 1.33
            and not is_active(c)
            and not _PARAMS_LABEL_BEFORE.search(s.unit.masked, max(s.start, c.start - 24), c.start)
        ):
            # `Llama 3.2 1B — 2,5 ГБ, а 3B — 6,4 ГБ`, `Mixtral … But 70B at Q4_K_M …`: a size name of another model,
            # not this one's count
            continue
        operand = _OPERAND_AFTER.match(s.unit.masked, c.end) or _OPERAND_BEFORE.search(
            s.unit.masked, max(s.start, c.start - 3), c.start
        )
        if operand and not _near_count(c.value, model):
            continue  # `8 experts × 5.6B + 1.6B shared ≈ 46.7B`: an operand of a sum, not a count said of the model
        if (
            model.config is not None
            and _HYPOTHETICAL.search(s.unit.masked, max(s.start, c.start - 40), c.start)
            and not (s.start <= model.start and model.end <= c.start)
        ):
            continue  # `для модели на 8 млрд` under a line naming another model: a model of that size, none named
        tables = _tables_said(s, c.start)
        cfg = model.config
        if (
            tables is not None
            and cfg is not None
            and cfg.vocab
            and cfg.hidden
            and abs(c.value / count_parameters(cfg).total - 1) > 0.1  # (the whole's count: tables said of something else)
        ):  # `таблица GPT-2 — 38,6 млн параметров`
            n = _tables_counted(s, tables, c.start, cfg)
            computed = float(cfg.vocab * cfg.hidden * n)
            check = compare(c, computed)
            how = f"{_tables_how(model, cfg, n)} = {computed:,.0f}"
            claim = make_claim(s.unit, c.start, c.end, "param-count", check.verdict, f"{how}; {check.explanation}", stated=c.text)
            out.append(Found(claim, ((c.start, c.end),)))
            continue
        part = _PART_COUNT.search(s.unit.masked, s.start, _clause_end(s, c)) or (
            None if is_active(c) else _OF_WHICH.search(s.unit.masked, max(s.start, c.start - 60), c.start)
        )  # `46.7B parameters, of which 45.1B are in the experts`, `из них 1,05 млрд`, `the remaining 1.6B` (not active ones)
        whole = _OF_BEFORE.search(s.unit.masked, max(s.start, c.start - 14), c.start)  # `1.09B of 7.62B`: the whole
        if part is None and model.config is not None and not whole:
            b0 = count_parameters(model.config)
            far = c.value < 0.5 * min(b0.total, b0.active) or c.value > 2 * b0.total
            if far and not is_active(c) and not _whole_said(s, c, model, facts):  # an active count is said of the model
                claim = make_claim(
                    s.unit,
                    c.start,
                    c.end,
                    "param-count",
                    Verdict.UNVERIFIABLE,
                    f"{c.text}: far from {model.text}'s {b0.total:,.0f} parameters, and not said to be its whole"
                    " (a part, an adapter or another model's count)",
                    stated=c.text,
                )
                out.append(Found(claim, ((c.start, c.end),)))
                continue
        if part and model.config is not None and not whole:  # `the embedding matrix of X is 525M`: a count of a part
            claim = make_claim(
                s.unit,
                c.start,
                c.end,
                "param-count",
                Verdict.UNVERIFIABLE,
                f"{c.text}: a count of a part of {model.text} ({part.group(0).strip()}), not its whole",
                stated=c.text,
            )
            out.append(Found(claim, ((c.start, c.end),)))
            continue
        if model.config is None:
            claim = make_claim(
                s.unit,
                model.start,
                c.end,
                "param-count",
                Verdict.UNVERIFIABLE,
                f"{model.text} is not in the model catalogue",
                stated=c.text,
            )
            out.append(Found(claim, ((c.start, c.end),)))
            continue
        b = count_parameters(model.config)
        active = is_active(c) and model.config.is_moe
        exact = float(b.active if active else b.total)
        readings = [(exact, f"{exact:,.0f} {'active ' if active else ''}parameters from its config")]
        if active and not model.config.tied:
            # Vendors publish active counts with or without the input embedding table, which a
            # token only indexes (gpt-oss-120b's card: 5.1B active; with the table 5.71B).
            lookup = float(model.config.vocab * model.config.hidden)
            readings.append((exact - lookup, f"{exact - lookup:,.0f} active parameters without the input embedding table"))
        if model.config.nominal and not active:
            readings.append((model.config.nominal, f"published {model.config.nominal / 1e9:g}B"))
        check, how = _best(c, readings)
        if not check.verdict.holds and _active_by_value(c, model):
            # `| Mixtral 8x7B | 12,9 млрд |`: the count a token uses, said without the word; the active count given for the
            # total is a slip only where the sentence says so, which the words above would have read
            claim = make_claim(
                s.unit, c.start, c.end, "param-count", Verdict.UNVERIFIABLE,
                f"{c.text}: {model.text}'s active parameters ({b.active:,.0f}), not its {b.total:,.0f} in total; not judged",
                stated=c.text,
            )
            out.append(Found(claim, ((c.start, c.end),)))
            continue
        if not check.verdict.holds:
            approx = compare(replace(c, hedge=True), exact)
            figures = len(c.digits.replace(".", "").strip("0"))
            if approx.verdict.holds and (("." not in c.digits and figures <= 3) or figures <= 2):
                # a size name (`7B`, `405B`, `1.5B`: three figures at most, two with a point) is nominal, ±10 % (§5.2
                # rule 8); an exact count (`8030261248`) is not
                check = approx
            elif approx.verdict.holds and abs(c.value / exact - 1) <= _COUNTING_SLACK:
                # `Qwen2.5-32B | 32.5B`: a model card's count differs from the config's by how it counts (tied or
                # untied embeddings, biases, its own rounding), well under 1 %; a count off by more is judged
                check = approx
                how += f"; within {_COUNTING_SLACK:.0%} (counting conventions: embeddings, biases, a card's rounding)"
        claim = make_claim(
            s.unit,
            model.start if 0 <= model.start <= c.start else c.start,  # a model from the line above has no position here
            c.end,
            "param-count",
            check.verdict,
            f"{model.text}: {how}; {check.explanation}",
            stated=c.text,
        )
        out.append(Found(claim, ((c.start, c.end),)))
    return out


_COUNTING_SLACK = 0.01  # how far a published parameter count may sit from the config's exact one


_INFERENCE = guarded(
    r"(?i)\bgenerat\w*|\binference\b|\bdecod\w*|\bserv(?:e|es|ed|ing)\b|\bforward\s+pass|\bprefill\w*|\bprompt\w*"
    r"|инференс\w*|генерац\w*|сгенерир\w*|генерир\w*|декодир\w*|прямой\s+проход"
)
_TRAINING_RUN = guarded(
    r"(?i)\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|обуч\w*|дообуч\w*|претрейн\w*|6\s*[·*×]?\s*N\s*[·*×]?\s*D"
)
_ON_TOKENS = guarded(r"(?i)(?:\bon|(?<!\w)на)\s+(?:~|≈|about\s+|около\s+)?$")
_FLOPS_PER_TOKEN = guarded(
    r"(?i)\s*(?:/\s*|per\s+|на\s+|за\s+|a\s+)(?:(?:generated|output|new|сгенерированн\w*|выходн\w*)\s+)?(?:token|токен)"
)


# a FLOP figure that is a rate, not a total: `312 TFLOP/s`, `TFLOPS per second`, `989 TFLOP в секунду`
_PER_SECOND_AFTER = guarded(r"(?i)\s*(?:/\s*(?:s|sec|с)\b|per\s+second|a\s+second|в\s+секунду|за\s+секунду)")
# (the Cyrillic rate spellings, `ТФЛОПС`, `терафлопс`, are quantities' own `flop_rate` kind and never reach here)
_PREFIXED_FLOPS = guarded(r"[KMGTPE]FLOPS$|[kmgtpe]flops$")


def _flop_rate(s: Sentence, f: Quantity) -> bool:
    """`312 TFLOP/s`, `100 TFLOPS` (a prefix and a capital S, or all lower case: the rate's spelling) are a device's
    rate, not a compute total, unless said per token (`13.5 GFLOPS per token`). A figure of the `flop_rate` kind is
    one whatever its words."""
    if f.kind == "flop_rate":
        return True
    text = s.unit.masked
    if _PER_SECOND_AFTER.match(text, f.end):
        return True
    return bool(_PREFIXED_FLOPS.search(f.text)) and not _FLOPS_PER_TOKEN.match(text, f.end)


def _flops(s: Sentence, counts: list[Quantity]) -> list[Found]:
    """Training compute ≈ 6 · N · D; inference ≈ 2 · N per token."""
    out: list[Found] = []
    flops = [q for q in s.quantities if q.kind == "flops" and not _flop_rate(s, q)]
    tokens = [
        q for q in s.quantities if q.kind == "tokens" or (q.kind == "count" and q.scale >= 1e12 and not is_parameter_count(s, q))
    ]  # `on the same 2T`: trillions are the tokens
    for f in flops:
        params, _, cfg, named = _subject(s, f, counts)
        if params is None:
            continue
        if cfg is not None and cfg.is_moe:  # a token passes through its routed experts only
            params, named = float(count_parameters(cfg).active), f"{named} (active parameters)"
        active = " active" if "active" in named else ""
        inference = _INFERENCE.search(s.unit.masked, s.start, s.end) and not _TRAINING_RUN.search(s.unit.masked, s.start, s.end)
        training = _TRAINING_RUN.search(s.unit.masked, s.start, s.end) and not inference
        readings: list[tuple[float, str]] = []
        if _FLOPS_PER_TOKEN.match(s.unit.masked, f.end):
            readings = [(2 * params, f"2 × {_params_text(params)}{active} params per token")]
        elif tokens:
            before = [t for t in tokens if t.end <= f.start]
            d = before[-1] if before else tokens[0]  # the token count said with it (`… on 2T tokens — X FLOPs`)
            train = (6 * params * d.value, f"6 × {_params_text(params)}{active} params × {d.text} (training)")
            serve = (2 * params * d.value, f"2 × {_params_text(params)}{active} params × {d.text} (inference)")
            # generating or reading tokens is a forward pass (2·N per token); training is 6·N·D;
            # a sentence that says neither is judged with both, unless its model is said to be `on` a corpus
            # (`Llama-2-7B on 2T tokens`, `на 2 трлн токенов`: 10B tokens or more, a training run's data)
            corpus = d.value >= 1e10 and _ON_TOKENS.search(s.unit.masked, max(s.start, d.start - 12), d.start) is not None
            readings = [serve] if inference else [train] if training or corpus else [train, serve]
        if readings:
            checks = [(compare(replace(f, hedge=True), v), v, h) for v, h in readings]
            check, computed, how = next((c for c in checks if c[0].verdict.holds), checks[0])
        else:
            claim = make_claim(
                s.unit,
                f.start,
                f.end,
                "flops",
                Verdict.UNVERIFIABLE,
                f"FLOPs of {named}: the note states no token count",
                stated=f.text,
            )
            out.append(Found(claim, ((f.start, f.end),)))
            continue
        claim = make_claim(
            s.unit,
            f.start,
            f.end,
            "flops",
            check.verdict,
            f"stated {f.text}; {how} = {computed:.3g} FLOPs; {check.explanation}",
            stated=f.text,
        )
        out.append(Found(claim, ((f.start, f.end),)))
    return out


_NEEDS = guarded(r"(?i)\bneed|\brequir|нужн|требу|необходим")
_PER_DAY = guarded(r"(?i)\bper\s+day\b|\ba\s+day\b|\bdaily\b|\bin\s+24\s*h|за\s+сутки|в\s+сутки|в\s+день|за\s+день")
_READS_ACTIVE = guarded(r"(?i)\bactive\b|активн")
_QUANTIZED_SAID = guarded(r"(?i)quanti[sz]\w*|квантован\w*|\bGGUF\b|\bAWQ\b|\bGPTQ\b|\bQ\d_")
_ACTIVE_NOUN_BEFORE = guarded(r"(?i)(?:\bactive|активн\w*)(?:[^\d()\n]{0,30})\(\s*(?:~|≈)?\s*$")
_BRACKET_OPENED = guarded(r"\(\s*(?:~|≈)?\s*$")


def _weights_read(s: Sentence, sizes: list[Quantity], counts: list[Quantity], facts: NoteFacts) -> tuple[float, str] | None:
    """The bytes a decoding step reads: the active parameters of a mixture of experts when the
    sentence says so, else the sentence's weight size, else its model in its stated dtype, else the
    size stated in the sentence before it on the line."""
    active = [c for c in counts if _READS_ACTIVE.search(s.unit.masked, max(s.start, c.start - 30), min(s.end, c.end + 30))]
    if active:
        dtype, _ = _dtype_for(s, active[0], facts)
        if dtype is None:
            return None
        return active[0].value * dtype.bytes, f"{active[0].text} active × {dtype.bytes:g} B ({dtype.name})"
    if sizes:
        return sizes[0].value, sizes[0].text
    # one model named twice (`Mixtral-8x7B … so Mixtral is the slowest`) is one model
    models = list({m.config.name: m for m in reversed(s.models) if m.config is not None}.values())
    if len(models) == 1:
        m = models[0]
        dtype, _ = _dtype_for(s, Quantity(m.text, m.start, m.end, 0.0, "0", "number", "", 1.0, False, False, ""), facts)
        if dtype is None or dtype.gguf:
            return None
        counted = count_parameters(m.config) if m.config else None
        if counted is not None and m.config is not None and m.config.is_moe and counted.active < counted.total:
            # one stream's decoding step reads only the experts it routes to (plus the shared weights)
            routed = float(counted.read_per_token)
            return routed * dtype.bytes, f"{m.text} {routed / 1e9:.2f}B active × {dtype.bytes:g} B ({dtype.name})"
        params = float(counted.total) if counted else 0.0
        return params * dtype.bytes, f"{m.text} {_params_text(params)} × {dtype.bytes:g} B ({dtype.name})"
    if s.models or counts:
        return None
    before = last_before(_model_sizes, s.start, s.unit.masked, s.unit.text)
    return (before.value, before.text) if before else None


def _stated_just_above(s: Sentence, bw: Quantity, facts: NoteFacts) -> bool:
    """The bandwidth is the one the line just above (in the paragraph, or ending the one before) states."""
    near = facts.lead_in.get(s.unit.line, "") or facts.above.get(s.unit.line, "")
    return any(abs(q.value - bw.value) <= 1e-6 * bw.value for q in _bandwidths(near))


def _context_read(s: Sentence, t: Quantity, facts: NoteFacts) -> tuple[float, str] | None:
    """`With bf16 weights: about 68 tokens/s` after a line about one model: the bytes that model
    reads per token in the dtype said in the rate's own sentence (never one from elsewhere; a
    mixture of experts reads its active parameters)."""
    m = (context_model(s, facts) or _sibling_item_model(s, facts)) if not _unknown_name(s) else None
    if m is None or m.config is None:
        return None
    dtype, where = _dtype_for(s, t, facts)
    if where != "sentence":
        dtype = _type_of_the_item_above(s, m, facts)
    if dtype is None or dtype.gguf:
        return None
    counted = count_parameters(m.config)
    if _other_size_named(s, facts, float(counted.total)):
        return None  # `… of the 7B …` under a note about a 13B model: not the model named above
    if m.config.is_moe and counted.active < counted.total:
        active = float(counted.read_per_token)
        return active * dtype.bytes, f"{m.text} (named above) {active / 1e9:.2f}B active × {dtype.bytes:g} B ({dtype.name})"
    total = float(counted.total)
    return total * dtype.bytes, f"{m.text} (named above) {total / 1e9:.2f}B × {dtype.bytes:g} B ({dtype.name})"


def _sibling_item_above(s: Sentence, facts: NoteFacts) -> str | None:
    """The list item just above the sentence's own item, at the same depth, when it sets up what a rate under it is
    on (`- Serving Llama-3-8B bf16 on one A100: …` / `- Ceiling 254 tok/s per stream.`); None for a reading (`- Measured
    71 tok/s`) or under an item whose weights are read in parts (`… at TP=2`)."""
    above = next(iter(facts.lines_above.get(s.unit.line, ())), "")
    depth = _indent(s.unit.text)
    if depth is None or depth != _indent(above) or _MEASURED_RATE.search(s.unit.masked, s.start, s.end):
        return None
    if _DEVICES_SHARED.search(above) or _TP_SAID.search(above):
        return None
    return above


def _type_of_the_item_above(s: Sentence, m: ModelMention, facts: NoteFacts) -> DtypeMention | None:
    """The one storage type the sibling item above states for model `m`, which it names (None anywhere else)."""
    above = _sibling_item_above(s, facts)
    if not above or m.config is None:
        return None
    if not any(x.config is not None and x.config.name == m.config.name for x in _sized_mentions(above)):
        return None
    found = find_dtypes(above)
    return found[0] if len({d.name for d in found}) == 1 else None


def _one_card(line: str) -> GpuMention | None:
    """The one card a line names (None: none, or several)."""
    cards = _gpus(line) if line else []
    return cards[0] if len({g.name for g in cards}) == 1 else None


def _other_card_just_above(s: Sentence, bw: Quantity, facts: NoteFacts) -> GpuMention | None:
    """The one card the line just above names, when the bandwidth `bw` is none of its published figures."""
    above = next(iter(facts.lines_above.get(s.unit.line, ())), "")
    card = _one_card(above)
    if card is None or any(abs(bw.value - v) <= 0.03 * v for v in card.bandwidths):
        return None
    if any(abs(q.value - bw.value) <= 1e-6 * bw.value for q in _bandwidths(above)):
        return None  # `The M2 Pro reads 300 GB/s.`: the note's own figure for that card, said with it
    return card


def _card_of_the_item_above(s: Sentence, facts: NoteFacts) -> GpuMention | None:
    """The one card the sibling item above names for the one model it names (None anywhere else)."""
    above = _sibling_item_above(s, facts)
    if not above or len({m.config.name for m in _sized_mentions(above) if m.config is not None}) != 1:
        return None
    return _one_card(above)


# the sentence says each device reads its own part of the weights (`each GPU reads only its share`, `свою долю весов`)
_OWN_SHARE = guarded(
    r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:~?\d[\d.,]*\s?[GMT]i?B\s+)?(?:share|slice|shard|part|portion)\b"
    r"|(?<!\w)сво(?:ю|ей|их|и)\s+(?:дол\w*|част\w*|шард\w*|срез\w*)"
)
# `at TP=8`, `TP 4`: a tensor-parallel degree said in the sentence
_TP_SAID = guarded(r"(?i)\bTP\s*(?:=|:|\s)\s*[1-9]\d?\b")
# a bandwidth said to be one device's (`3.35 TB/s per GPU`, `each A100 (2039 GB/s)`, `2 ТБ/с на карту`)
_PER_DEVICE_BANDWIDTH = guarded(
    rf"(?i)\b(?:per|each|every)\s+{_DEV_EN}(?![\w-])|\beach\b|\bкажд\w*|(?<!\w)на\s+(?:каждую\s+|одну\s+)?{_DEV_RU}"
)


def _note_weights_read(s: Sentence, t: Quantity, counts: list[Quantity], facts: NoteFacts) -> tuple[float, str] | None:
    """The bytes the note's model reads per token in the figure's dtype (said anywhere the dtype may be: sentence,
    paragraph, fields, properties), for a rate over devices whose sentence names no catalogued model: `the 70B chat
    model in bf16 at TP=8` under a note about Llama-2-70B. A parameter count of another size, or a size name of
    another model, gives none."""
    m = context_model(s, facts) if not _unknown_name(s) else None
    if m is None or m.config is None:
        return None
    counted = count_parameters(m.config)
    total = float(counted.total)
    if any(not 0.8 <= c.value / total <= 1.25 for c in counts) or _other_size_named(s, facts, total):
        return None
    dtype, _ = _dtype_for(s, t, facts)
    if dtype is None and len(said := {d.name: d for d in facts.field_dtype.values()}) == 1:
        dtype = next(iter(said.values()))  # `точность:: bf16` among the note's fields, its one storage type
    if dtype is None or dtype.gguf:
        return None
    if m.config.is_moe and counted.active < counted.total:
        active = float(counted.read_per_token)
        return active * dtype.bytes, f"{m.text} (named above) {active / 1e9:.2f}B active × {dtype.bytes:g} B ({dtype.name})"
    return total * dtype.bytes, f"{m.text} (named above) {total / 1e9:.2f}B × {dtype.bytes:g} B ({dtype.name})"


# a bandwidth said as the devices' sum (`aggregate 26.8 TB/s`, `суммарно 6,7 ТБ/с`, `together 2 TB/s`)
_SUMMED_BW = guarded(r"(?i)\baggregate|\bcombined|\btotal|\btogether|\bsum\b|суммарн\w*|в\s+сумме|вместе|общ\w+\s+полос")


def _over_devices(
    s: Sentence,
    t: Quantity,
    n: int,
    bw: Quantity,
    read: tuple[float, str],
    facts: NoteFacts,
    *,
    whole: bool = False,
    of: int = 0,
) -> Found:
    """One stream over `n` devices (tensor parallel): each reads its share of the weights, so the
    rate is at most n × bandwidth / weight bytes (the stated bandwidth may already be the sum:
    the larger bound is the safe one). Wrong only above it, or when the figure is that bound with
    every expert of a mixture read; below it, unverifiable (it depends on how the model is split)."""
    bound = n * bw.value / read[0]
    how = (
        f"memory-bound decoding over {n} devices reads its share of the weights per token: "
        f"{n} × {bw.text} / {read[1]} = {bound:,.1f} tok/s at most"
        if not of
        else f"memory-bound decoding over {of} devices, each reading its stated share per token: "
        f"{bw.text} / {read[1]} = {bound:,.1f} tok/s at most"
    )
    # within it the rate depends on how the model is split (tensor or pipeline): unverifiable
    verdict = Verdict.UNVERIFIABLE if t.value <= bound * 1.1 + t.rounding() else Verdict.WRONG
    every = _all_experts_read(s, facts)
    measured = _MEASURED_RATE.search(s.unit.text, s.start, s.end)
    for k in (n, 1):  # the bandwidth per device, or already their sum
        if (
            verdict is Verdict.UNVERIFIABLE
            and every
            and not measured
            and bound > 1.5 * n * bw.value / every[0]
            and _close(t, k * bw.value / every[0])
        ):
            verdict = Verdict.WRONG
            how += f"; the figure is {k} × {bw.text} / {every[1]} = {k * bw.value / every[0]:,.1f} tok/s, reading every expert"
            if k == 1:
                how += f" (with {bw.text} as the devices' sum the bound is {bw.value / read[0]:,.1f} tok/s)"
    _, b = clause_bounds(s, t.start, t.end)
    bw_context = s.unit.text[max(0, bw.start - 40) : bw.end + 40] if bw in s.quantities else bw.text
    if (
        verdict is Verdict.UNVERIFIABLE
        and whole  # what is read is the whole model's weights, not a share the sentence states (`its 35.3 GB share`)
        and not measured
        and _ESTIMATE.search(s.unit.masked, s.start, b)
        and _close(t, bw.value / read[0])
        and bound > 1.5 * bw.value / read[0]
        # the bandwidth said per device, or one device's (no single device reads 10 TB/s: a sum is said as such)
        and (_PER_DEVICE_BANDWIDTH.search(s.unit.text, s.start, s.end) or (bw.value < 1e13 and not _SUMMED_BW.search(bw_context)))
    ):
        # `each A100 (2039 GB/s) reads only its share, so the ceiling is ≈ 14 tok/s`: that ceiling reads all the weights on
        # one device; with the bandwidth said per device, each reading 1/n of them, the ceiling is n times higher
        verdict = Verdict.WRONG
        how += f"; the figure is {bw.text} / {read[1]} = {bw.value / read[0]:,.1f} tok/s, as if one device read all of them"
    claim = make_claim(s.unit, t.start, t.end, "throughput", verdict, f"stated {t.text}; {how}", stated=t.text)
    return Found(claim, ((t.start, t.end),) + (((bw.start, bw.end),) if bw in s.quantities else ()))


def _active_share(
    s: Sentence,
    q: Quantity,
    per_device: bool,
    devices: int,
    active: float,
    published: float | None,
    named: str,
    dtype: DtypeMention | None,
    where: str,
) -> tuple[Verdict, str, str] | None:
    """`at TP = 2 each token reads 12.9 GB per card`: a figure said per device (`per card`, or the sentence's own
    per-device reading) is one of the n devices' share of a mixture's active parameters (None: no share is said)."""
    if not (per_device or _EACH_DEVICE.match(s.unit.masked, q.end)):
        return None
    n = _tp_times_pp(s) or _device_count(s) or (devices if per_device else 0)
    if n < 2:
        return None
    nominal = published / n if published else None
    return _weights(s, q, active / n, nominal, None, f"{named} (active parameters) / {n} devices", dtype, where)


def _all_experts_read(s: Sentence, facts: NoteFacts) -> tuple[float, str] | None:
    """For the one mixture-of-experts model of the sentence in a stated dtype: the bytes of all its
    experts (what a step would read if every expert were loaded)."""
    models = [m for m in s.models if m.config is not None]
    if len(models) != 1 or models[0].config is None or not models[0].config.is_moe:
        return None
    m = models[0]
    dtype, _ = _dtype_for(s, Quantity(m.text, m.start, m.end, 0.0, "0", "number", "", 1.0, False, False, ""), facts)
    if dtype is None or dtype.gguf or m.config is None:
        return None
    total = float(count_parameters(m.config).total)
    return total * dtype.bytes, f"{m.text} {total / 1e9:.2f}B × {dtype.bytes:g} B ({dtype.name})"


def _whole_read_as_active(q: Quantity, cfg: ModelConfig, named: str) -> tuple[Verdict, str] | None:
    """`Mixtral-8x7B reads its active weights, 93.4 GB, per token`: a figure said to be what a token reads, with no type
    said, that is all of a mixture's weights in a common type (93.4 GB: 46.7B in bf16) and none of its active ones: the
    whole model given for the routed experts, wrong; the active ones in that type are what a token reads."""
    if q.bound or q.hi is not None:
        return None  # (`over 37 GB`, a range: no size of its own to set against the whole)
    counted = count_parameters(cfg)
    total, active = float(counted.total), float(counted.read_per_token)
    if any(compare(replace(q, hedge=True), v * b).verdict.holds for _, b in _COMMON for v in (active, float(counted.active))):
        return None  # (`reads its active weights, 26 GB, per token`: the active ones in some type)
    for name, b in _COMMON:
        if compare(q, total * b).verdict.holds:
            how = (
                f"{named}: {fmt(q.value, q.scale)} is all {total / 1e9:.2f}B parameters in {name}; a token reads only the "
                f"active experts: {active / 1e9:.2f}B × {b:g} B = {fmt(active * b, q.scale)}"
            )
            return Verdict.WRONG, f"stated {q.text}; {how}"
    return None


def _routed_share(s: Sentence, size: Quantity, facts: NoteFacts) -> tuple[float, str] | None:
    """The share of a mixture's whole stated size one decoding step reads (`Mixtral 8x22B в Q4_K_M (86 ГБ) … потолок
    10,7 ток/с`: 86 GB × 39.2B / 140.6B), for the one mixture the sentence, else its context, is about; not for a size
    said to be the active or per-token one, nor one too small to be the whole model (under 2.5 bits a weight)."""
    configs = {m.config.name: m for m in s.models if m.config is not None}
    if len(configs) > 1:
        return None
    m = next(iter(configs.values())) if configs else context_model(s, facts)
    if m is None or m.config is None or not m.config.is_moe:
        return None
    counted = count_parameters(m.config)
    read, total = float(counted.read_per_token), float(counted.total)
    if not read < total or not 2.5 <= size.value * 8 / total <= 16.5:
        return None
    text = s.unit.masked
    if _READS_ACTIVE.search(text, max(s.start, size.start - 40), size.start):
        return None
    # all the weights in a common type or a llama.cpp one (28.6 GB: Mixtral's Q4_K_M), to 3 %; else the active experts'
    widths = [b for _, b in _COMMON] + [bpw / 8 for bpw in GGUF_BPW.values()]
    whole = any(abs(size.value - total * b) <= 0.03 * total * b for b in widths)
    active = float(counted.active)
    if any(abs(size.value - v * b) <= 0.03 * v * b for b in widths for v in (read, active)):
        return None  # the active experts' size in some type already (when it is the whole in another too, not certain)
    near = (max(s.start, size.start - 60), min(s.end, size.end + 40))
    said_per_step = _PER_TOKEN.match(s.unit.text, size.end) or _READ_PER_STEP.search(text, *near)
    if said_per_step and not whole and not _ALL_EXPERTS.search(text, max(s.start, size.start - 40), size.start):
        return None  # `every decoding step streams 25.8 GB`: what a step reads, said (not all the weights, the slip)
    if _SUPPOSED_MHA.search(text, s.start, s.end):
        return None  # `If every token had to stream all 93.4 GB, … ~51 tok/s`: the size every expert would read, supposed
    share = size.value * read / total
    return share, f"{m.text}'s active share of {size.text} ({read / 1e9:.2f}B of {total / 1e9:.2f}B: {fmt(share, 1e9)})"


def _close(t: Quantity, value: float) -> bool:
    """The stated rate is that value as written (its rounding up to 15 %, or 5 %: `about 100` is not 71.7)."""
    return abs(t.value - value) <= max(min(t.rounding(), 0.15 * value), 0.05 * value)


def _model_sizes(masked: str, text: str) -> list[Quantity]:
    """The sizes of a line that may be a model's (MB and up, no range, no hardware's)."""
    return [
        q for q in find_quantities(masked) if q.kind == "bytes" and q.scale >= 1e6 and q.hi is None and not near_hardware(text, q)
    ]


def _bandwidths(masked: str) -> list[Quantity]:
    return [q for q in find_quantities(masked) if q.kind == "bandwidth"]


_EQUALS_THEN = guarded(r"\s*[=≈]\s*(?:~\s*)?")
_TIMES_BEFORE_BW = guarded(r"\d\s*[×x*]\s*$")


def _bandwidth(s: Sentence, facts: NoteFacts) -> Quantity | None:
    """The memory bandwidth the sentence states, else the last one stated before it on its line, else
    the one its section (or a section above it) states."""
    here = next((q for q in s.quantities if q.kind == "bandwidth"), None)
    if here is None:  # a bandwidth another shape judged (`8 × 4,8 ТБ/с = 38,4 ТБ/с`) is still this sentence's
        here = next(iter(starting_in(_bandwidths, s.start, s.end, s.unit.masked)), None)
    if here is not None:
        # `8 × 4,8 ТБ/с = 38,4 ТБ/с`: a product's result is the bandwidth the sentence goes on with
        after = starting_in(_bandwidths, here.end, s.end, s.unit.masked)[:1]
        times = _TIMES_BEFORE_BW.search(s.unit.text, max(s.start, here.start - 12), here.start)
        if times and after and _EQUALS_THEN.fullmatch(s.unit.text, here.end, after[0].start):
            return after[0]
        return here
    before = last_before(_bandwidths, s.start, s.unit.masked)
    return before if before is not None else facts.bandwidth.get(s.unit.line)


_SHIFT_OR_SPAN = guarded(
    r"(?i)\b\d{1,2}\s+hours?\s+(?:a|per)\s+day\b|(?<!\w)\d{1,2}\s+час\w*\s+в\s+(?:день|сутки)"
    r"|\b(?:over|for|during|in)\s+\d{1,4}\s+(?:days|weeks|months)\b|(?<!\w)за\s+\d{1,4}\s+(?:дн|сут|недел|месяц)\w*"
)


def _volumes(s: Sentence) -> list[Found]:
    """`at 70 tokens/s a day yields 6.05 M tokens`: tokens generated in a day at the rate before them (not in a sentence
    that says hours a day or a span of days: `for 8 hours a day over 30 days`)."""
    if not _PER_DAY.search(s.unit.masked, s.start, s.end) or _SHIFT_OR_SPAN.search(s.unit.masked, s.start, s.end):
        return []
    out: list[Found] = []
    rates = [q for q in s.quantities if q.kind == "throughput"]
    for v in s.quantities:
        if v.kind not in ("tokens", "count") or v.scale < 1e3 or v.hi is not None:
            continue
        rate = next((r for r in reversed(rates) if r.end <= v.start), None)
        if rate is None:
            continue
        computed = rate.value * 86400
        check = compare(v, computed)
        claim = make_claim(
            s.unit,
            v.start,
            v.end,
            "token-volume",
            check.verdict,
            f"{rate.text} × 86,400 s = {fmt(computed, v.scale, 'count')} tokens a day; {check.explanation}",
            stated=v.text,
        )
        out.append(Found(claim, ((v.start, v.end),)))
    return out


def _required_bandwidth(s: Sentence, read: tuple[float, str] | None, bws: list[Quantity]) -> list[Found]:
    """`to decode N tok/s it needs X TB/s`: each bandwidth after a throughput is weights × tok/s."""
    out: list[Found] = []
    rates = [q for q in s.quantities if q.kind == "throughput"]
    for bw in bws:
        rate = next((r for r in reversed(rates) if r.end <= bw.start), None)
        if rate is None:
            continue
        if read is None:
            claim = make_claim(
                s.unit,
                bw.start,
                bw.end,
                "bandwidth",
                Verdict.UNVERIFIABLE,
                f"{bw.text}: the weights read per token are not stated",
            )
        else:
            computed = read[0] * rate.value
            check = compare(bw, computed)
            claim = make_claim(
                s.unit,
                bw.start,
                bw.end,
                "bandwidth",
                check.verdict,
                f"memory-bound decoding reads all weights per token: {read[1]} × {rate.text} = "
                f"{fmt(computed / bw.scale, 1)} {bw.unit}; {check.explanation}",
                stated=bw.text,
            )
        out.append(Found(claim, ((bw.start, bw.end), (rate.start, rate.end))))
    return out


_TARGET = guarded(
    r"(?i)(?:\bto\s+(?:hit|reach|get|achieve|sustain|serve)|\btarget(?:ing)?|\bgoal\s+of|\baim(?:ing)?\s+(?:at|for)"
    r"|чтобы\s+(?:получить|достичь|выдавать|выдать)|\bцель\w*|для\s+достижения)\s+(?:of\s+|at\s+|в\s+)?[~≈]?\s*$"
)


_AGGREGATE = guarded(
    r"(?i)\bbatch\w*|\baggregate\b|\bconcurren\w*|\bin\s+parallel\b|\bparallel\b|\busers\b|\brequests\b|\bspeculative\b|\bdraft\b"
    r"|\bprefill\b|\bprompt\s+processing\b|батч\w*|пакет\w*|одновременн\w*|параллельн\w*|суммарн\w*|агрегат\w*|спекулятив\w*|запрос\w*|префилл\w*"
    r"|\bserv(?:es|ed|ing)\b|\btotal\s+throughput\b|промпт\w*|обрабатыва\w*"  # a server's total, prompt processing
)


_PARALLEL_WORD = guarded(r"(?i)(?:in\s+)?parallel|параллельн\w*")
_ONE_STREAM = guarded(
    r"(?i)\bbatch(?:\s+size)?(?:\s*(?:of|=|:)?\s*|-)1\b|батч\w*(?:\s*(?:=|:|размером)?\s*|-)1\b|\b(?:single|one)\s+(?:stream|user|request)"
    r"|(?<!\w)(?:один|одного|одному)\s+(?:поток|пользовател|запрос)\w*"
)


# several devices whose bandwidths add up (or not) under tensor or pipeline parallelism
_DEVICES_SHARED = guarded(
    r"(?i)\btensor[\s-]+parallel\w*|\bpipeline[\s-]+parallel\w*|\b(?:two|three|four|eight|\d+)\s*(?:[×x]\s*)?(?:GPUs|cards|H100s?|A100s?|H200s?|L4s|devices)\b"
    r"|\beach\b(?!\s+(?:decoding\s+)?(?:step|token|layer|forward|pass|iteration))|\bдв(?:е|ух|умя)\s+(?:видеокарт|карт|GPU|H100|A100|(?:RTX\s*)?[345]090|L4)|\b\d+\s*[×x]\s*(?:GPU|H100|A100|H200)"
    r"|тензорн\w*\s+параллел\w*|кажд\w++(?!\s+(?:шаг|токен|слой|слое|проход|итерац))"
)


# a rate stated as what the memory bound gives (not a measurement)
_ESTIMATE = guarded(
    r"(?i)\bshould\b|\bwould\b|\bexpected\b|\btheoretical\w*|\bceiling\b|\bcapped\b|\bbounds?\b|\bupper\s+limit\b|\bat\s+most\b"
    r"|\bmax(?:imum)?\b|потол\w*|теоретическ\w*|должн\w*|ожида\w*|упира\w*|ограничен\w*|не\s+более|максимум\w*|предел\w*"
    r"|не\s+(?:больше|выше|быстрее)"
)
_BELOW_BOUND = guarded(
    r"(?i)\bbelow\b|\bunder\b|\bless\s+than\b|\blower\s+than\b|\bshort\s+of\b|\bfar\s+from\b|\bwell\s+within\b"
    r"|ниже|меньше|не\s+дотяг\w*|не\s+доход\w*|далеко\s+от|далеко\s+до"
)
_MEASURED_RATE = guarded(
    r"(?i)\bmeasured\b|\bobserved\b|\bin\s+practice\b|\bwe\s+(?:get|got|see|saw)\b|\bbenchmark\w*|\breal(?:istic|ly)?\b"
    r"|на\s+практике|реально|замер\w*|намерил\w*|получ\w+|измерил\w*|по\s+факту"
)


def _gpus(text: str) -> list[GpuMention]:
    """The accelerators a line names (the catalogue's, Apple silicon chips among them), in order."""
    return find_gpus(text)


def _devices_bandwidth(s: Sentence, t: Quantity, bw: Quantity | None) -> Quantity | None:
    """The bandwidth of each of the devices a rate is split over: the sentence's own, else that of the accelerator
    it names right after the rate or before it when the note's figure is another device's (`2×H100, TP=2: … ~24
    tok/s` under a line about a CPU's 89.6 GB/s; `при TP=2 на L40S — до 26 ток/с` in a section about an H100 NVL's
    3.9 TB/s); of a name that leaves the variant open, the fastest (an error only above its bound)."""
    on = device_after(s, t)  # `…, ≈ 95 tok/s on H200`: the device the rate is said on, right after it, first
    # (the devices a rate is split over are named in the plural too: `at TP = 2 on two H100s`)
    named = on or last_before(find_cards, t.start, s.unit.text)
    if named is None or named.start < s.start:
        return bw
    if on is None and bw is not None and bw in s.quantities:
        return bw
    if bw is not None and any(abs(bw.value - v) <= 0.03 * v for v in named.bandwidths):
        return bw  # the note's figure is that device's
    v = max(named.bandwidths)
    return Quantity(f"{named.name} {v / 1e12:g} TB/s (published)", -1, -1, v, f"{v:g}", "bandwidth", "B/s", 1.0, False, False, "")


def _gpu_bandwidth(s: Sentence, t: Quantity, bw: Quantity | None, facts: NoteFacts) -> tuple[Quantity | None, bool]:
    """The bandwidth of the accelerator the sentence names before the rate (`On the 4060 Ti …`), from
    the published figures, when the note's stated bandwidth is not that device's; with whether it is
    one figure (False: the name leaves the variant open, `H100` SXM or PCIe). None where the note's figure is another
    device's and nothing says the rate is one decoding stream's."""
    on = device_after(s, t)
    named = on or last_before(_gpus, t.start, s.unit.text)
    if named is not None and named.start < s.start:
        named = None  # (a card an earlier sentence of the line names)
    if named is None:
        if bw is None and not s.models:
            named = _card_of_the_item_above(s, facts)  # `- Serving Llama-3-8B bf16 on one A100: …` / `- Ceiling 254 tok/s.`
        elif bw is not None and bw is facts.bandwidth.get(s.unit.line):
            # the section's figure, stated for a device in another paragraph, where the line just above names another
            # card (`My 4090 does 104 tok/s` / `> Not wrong: 63 tok/s was bf16`): that card's, not the figure's
            named = _other_card_just_above(s, bw, facts)
        if named is None:
            return bw, True  # no device named
    elif on is None and bw is not None and bw in s.quantities:
        return bw, True  # the sentence states its own bandwidth
    if not _once(_ONE_DECODE, s) and not reads_per_token(s) and s.unit.line not in facts.ceiling_section:
        # a published bandwidth bounds one decoding stream only: the sentence must say it is one; the note's figure
        # of a slower device (`the 4070 Ti Super has 672 GB/s` above `… on the 4090: 66 tok/s`) bounds nothing here (one
        # no slower than the named device's fastest variant still bounds it)
        if bw is not None and bw.value < 0.97 * max(named.bandwidths):
            return None, True
        if bw is None or bw in s.quantities or bw.value <= 1.03 * max(named.bandwidths):
            return bw, True
        # a faster device's figure from elsewhere in the note (`1792 GB/s` in the front matter, `… on a 4090: 412 tok/s`):
        # the named card's own published bandwidth is the bound
    if bw is not None and any(abs(bw.value - v) <= 0.03 * v for v in named.bandwidths):
        return bw, True  # the note's figure is that device's
    top = max(named.bandwidths)
    shown = " or ".join(f"{v / 1e12:g} TB/s" for v in named.bandwidths)
    q = Quantity(f"{named.name} {shown} (published)", -1, -1, top, f"{top:g}", "bandwidth", "B/s", 1.0, False, False, "")
    return q, len(named.bandwidths) == 1


# the words of a size that is a cache, activations or memory left (not the weights a step reads); decode's too
NOT_WEIGHTS_WORDS = guarded(
    r"(?i)\bKV\b|\bcache\b|кэш\w*|кеш\w*|activation\w*|активаци\w*|free\b|свободн\w*|запас\w*|headroom"
)


def reads_per_token(s: Sentence) -> bool:
    """The sentence states the weights one token reads (a size of 100 MB or more per token, no cache in sight): a rate
    it derives is one stream's decoding, which a device's published bandwidth bounds."""
    text = s.unit.masked
    return not _once(NOT_WEIGHTS_WORDS, s) and any(
        q.kind == "bytes"
        and q.value >= 1e8
        and (_PER_TOKEN.match(text, q.end) or _READ_PER_TOKEN_AFTER.match(text, q.end))  # `8.53 GB per token →`
        for q in s.quantities
    )


def device_after(s: Sentence, t: Quantity) -> GpuMention | None:
    """The accelerator a rate is said on right after it (`≈ 26 tok/s on L40S`, `≈ 70 ток/с на L40S`)."""
    after = starting_in(_gpus, t.end, min(s.end, t.end + 40), s.unit.text)
    return after[0] if after and _ON_DEVICE.fullmatch(s.unit.masked, t.end, after[0].start) else None


# between a rate and the device it is said on (`≈ 26 tok/s on L40S`, `~59 tok/s on an L40S`, `≈ 70 ток/с на L40S`)
_ON_DEVICE = guarded(r"(?i)\s*(?:(?:per\s+stream|at\s+batch\s+1)\s+)?(?:on|with|на|для)\s+(?:an?\s+|the\s+|one\s+|одной\s+)?")


# The sentence says its rate is one stream's decoding (or a bound on it): what a device's bandwidth limits
_ONE_DECODE = guarded(
    r"(?i)\bdecod\w*|\bgenerat\w*|\bbatch[\s-]*(?:size\s*)?(?:of\s+|=\s*)?1\b|\bsingle[\s-]+(?:stream|user|request)|\bone\s+stream"
    r"|\bper\s+stream|\bat\s+most\b|\bbound\w*|\bceiling\b|\bupper\s+limit|\bmax(?:imum)?\b|\btops?\s+out|\bcapped\b"
    r"|декод\w*|генер\w*|батч\w*\s*(?:=\s*)?1\b|не\s+более|потол\w*|предел\w*|максимум\w*|упира\w*"
    # `up to 95 tok/s`, `до 95 ток/с`: the most a rate reaches
    r"|\bup\s+to\s+[~≈]?\s*\d[\d\s.,]*\s*tok|(?<!\w)до\s+[~≈]?\s*\d[\d\s.,]*\s*ток"
)
_DEPENDS_ON = guarded(r"(?i)\bdepend\w*\s+on\b|\bvar(?:y|ies)\s+(?:by|with)\b|в\s+зависимости\s+от|завис\w*\s+от")
_SAME = guarded(r"(?i)\b(?:the\s+)?same\b|(?<!\w)(?:тот|та|то|те|том|той|тех)\s+же\b")


_PLUS = guarded(r"\s\+\s|\bplus\b|\bплюс\b")


def _weights_above(s: Sentence, bw: Quantity, facts: NoteFacts) -> tuple[float, str] | None:
    """`- В fp8 веса займут 70,6 ГБ.` … `- Потолок декодирования при 3,35 ТБ/с — около 95 ток/с.`: a ceiling with its own
    bandwidth and no model or size reads the one weight size the lines above it in the section state (each such size
    on a line that names the weights); none when they state several."""
    if bw not in s.quantities or not _once(_ESTIMATE, s):
        return None
    found = {
        z.value: z.text
        for line in facts.lines_above.get(s.unit.line, ())
        if _WEIGHTS_NOUN.search(line) and not _PLUS.search(line)  # `веса + контекст — 40 ГБ`: a sum, not the weights
        for z in _model_sizes(line, line)
        if z.value >= 1e8 and not z.bound  # `меньше 40 ГБ`: a bound on them, not their size
    }
    if len(found) != 1:
        return None
    value, text = next(iter(found.items()))
    return value, f"{text} (the weights above)"


def _same_as_above(s: Sentence, facts: NoteFacts) -> tuple[float, str] | None:
    """`On the 4060 Ti the same file tops out near …`: the one weight size the line above reads."""
    if not _once(_SAME, s):
        return None
    nearest_above = facts.lines_above.get(s.unit.line, ())
    above = facts.lead_in.get(s.unit.line, "") or (nearest_above[0] if nearest_above else "") or facts.above.get(s.unit.line, "")
    found = [z for z in _model_sizes(above, above) if z.value >= 1e8]
    if len({z.value for z in found}) != 1:
        return None
    return found[0].value, f"{found[0].text} (the line above)"


def _on_named_gpu(
    s: Sentence, t: Quantity, bw: Quantity, exact: bool, read: tuple[float, str], facts: NoteFacts
) -> Found:
    """A rate on an accelerator the sentence names: at most its published bandwidth / the bytes read per
    token; an estimate of that bound far below it is wrong too (ceiling words, or a section headed as the ceilings). A
    name that leaves the variant open is judged at its fastest variant, an error only above that bound."""
    bound = bw.value / read[0]
    how = f"memory-bound decoding reads {read[1]} per token: {bw.text} / {read[1]} = {bound:,.1f} tok/s at most"
    ok = t.value <= bound * 1.1 + t.rounding()
    verdict = Verdict.HOLDS_BOUND if ok else Verdict.WRONG
    b = clause_bounds(s, t.start, t.end)[1]
    estimate = (
        (_ESTIMATE.search(s.unit.masked, s.start, b) or s.unit.line in facts.ceiling_section)
        and not _MEASURED_RATE.search(s.unit.text, s.start, s.end)
        and not _BELOW_BOUND.search(s.unit.masked, t.end, b)
    )
    if ok and exact and estimate and t.value < 0.7 * bound:
        verdict = Verdict.WRONG
        how += f"; the figure is an estimate of that bound, {bound / t.value:.2g}× below it"
    slowest = min((v / read[0] for v in _gpu_variants(bw)), default=0.0) if not exact else 0.0  # the variants' bounds
    if ok and not exact and estimate and t.value < 0.7 * slowest:
        # `H100 decode ceiling …: 110 tok/s`: an estimate of the bound far below the slowest variant's is wrong whichever
        # variant is meant
        verdict = Verdict.WRONG
        how += f"; the figure is an estimate of that bound, {slowest / t.value:.2g}× below"
        how += f" its slowest variant's ({slowest:,.1f})"
    elif ok and not exact and slowest and t.value > slowest * 1.1 + t.rounding():
        verdict = Verdict.UNVERIFIABLE
        how += "; which variant of the device is meant is not said"
    claim = make_claim(s.unit, t.start, t.end, "throughput", verdict, f"stated {t.text}; {how}", stated=t.text)
    return Found(claim, ((t.start, t.end),))


def _gpu_variants(bw: Quantity) -> list[float]:
    return [float(x) * 1e12 for x in re.findall(r"(\d+(?:\.\d+)?) TB/s", bw.text)]


def _positive(read: tuple[float, str] | None) -> tuple[float, str] | None:
    """Bytes read per token bound a rate only when there are some: a `0 GB` file bounds nothing."""
    return read if read is not None and read[0] > 0 else None


def _size_read_at(s: Sentence, t: Quantity, sizes: list[Quantity]) -> tuple[float, str] | None:
    """The weight size a rate is bounded by: the one size stated before it in the sentence (several different ones:
    none, `the draft reads 0.99 GB, the target 72.7 GB; the target's ceiling ≈ 46 tok/s`), else the first size after
    it in its own clause (one in a later clause is another subject's: `8B at ~205 tok/s, and the 70B (43 GiB) at …`)."""
    own = next((z for z in sizes if t.end <= z.start <= t.end + 60), None)
    if (
        own is not None
        and own.value >= 1e8  # the weights a step reads (`26 KiB/token` is a cache's per token)
        and _READ_PER_STEP_AFTER.match(s.unit.masked, own.end)
        and not any(q.kind == "throughput" and t.end <= q.start < own.start for q in s.quantities)
    ):
        return (own.value, own.text)  # `≈ 75 tokens/s with fp8 weights (8.03 GB per step)`: the rate's own read, said after it
    before = [z for z in sizes if z.end <= t.start]
    if before:
        values = {round(z.value, 3) for z in before}
        return (before[0].value, before[0].text) if len(values) == 1 else None
    b = clause_bounds(s, t.start, t.end)[1]
    after = [z for z in sizes if t.end <= z.start < b]
    if after:
        return (after[0].value, after[0].text)
    # a bracket right after the clause opening with a size that names the weights is the rate's own read
    # (`decodes at 50 tok/s on 3.35 TB/s HBM (140 GB of weights)`), not another subject's
    later = next((z for z in sizes if z.start >= b), None)
    if (
        later is not None
        and later.start - b <= 4  # (bounded: no slice of a long line per rate)
        and s.unit.masked[b : later.start].strip() == "("
        and _WEIGHTS_RIGHT_AFTER.match(s.unit.masked, later.end)
    ):
        return (later.value, later.text)
    # `110 tok/s is below the ceiling 936 GB/s / 4.92 GB`: the one size of the bound the rate is compared with
    # (searched only a short way past the rate: a long line of rates before one size stays linear)
    below = _BELOW_BOUND.search(s.unit.masked, t.end, min(later.start, t.end + 40)) if later is not None else None
    if (
        later is not None
        and below is not None
        and _ESTIMATE.search(s.unit.masked, below.end(), min(later.start, below.end() + 60))
        and len({round(z.value, 3) for z in sizes}) == 1
    ):
        return (later.value, later.text)
    return None


# a size said to be what one decoding step reads (`8.03 GB per step`, `16 GB read per token`, `8 ГБ на шаг`)
_READ_PER_STEP_AFTER = guarded(
    r"(?i)\s*(?:read\s+)?(?:per|each|a|/)\s*(?:decod\w+\s+)?(?:step|token)\b|\s*(?:читается\s+)?(?:на|за)\s+(?:каждый\s+)?(?:шаг|токен)"
)
_DIVIDED_BY = guarded(r"\s*[/÷]\s*")
# a division before its result may be a LaTeX `\frac{864}{35.28}`, read `(864) / (35.28)`: brackets around the operator
# and before the result
_FRACTION_DIVIDED_BY = guarded(r"\s*\)?\s*[/÷]\s*\(?\s*")
_GIVES = guarded(r"\s*\)?\s*(?:=|≈|~|→|->)?\s*")
_OPERATOR_BEFORE = guarded(r"[×*·/÷+−–-]\s*$|\d\s*$")


# the fewest bits a weight is stored in by any common format (llama.cpp's Q2_K mix): no storage type reads less
_FEWEST_BITS = 2.63


def _beyond_every_type(s: Sentence, t: Quantity, bw: Quantity | None, facts: NoteFacts) -> Found | None:
    """`a 4090 generates 10,000 tok/s on Llama-3-8B`: one model named, no storage type said, and a rate one stream could
    not reach in any type (even at 2.63 bits a weight, memory-bound decoding allows less): wrong, the message giving the
    bound in each common type. None when the rate is within one of them (which type is meant is not said)."""
    if bw is None:
        return None
    models = list({m.config.name: m for m in s.models if m.config is not None}.values())
    if len(models) != 1 or models[0].config is None or _dtype_for(s, t, facts)[0] is not None:
        return None
    m, counted = models[0], count_parameters(models[0].config)
    params = float(counted.read_per_token if models[0].config.is_moe else counted.total)
    fewest = bw.value / (params * _FEWEST_BITS / 8)
    if t.value <= fewest * 1.1 + t.rounding():
        return None
    each = ", ".join(f"{bw.value / (params * b):,.1f} ({name})" for name, b in (("bf16", 2.0), ("fp8", 1.0), ("int4", 0.5)))
    how = (
        f"stated {t.text}; no storage type said: memory-bound decoding of {m.text} ({_params_text(params)} "
        f"{'active' if models[0].config.is_moe else 'params'}) at {bw.text} allows {each} tok/s; even at "
        f"{_FEWEST_BITS:g} bits a weight {fewest:,.1f} tok/s at most"
    )
    claim = make_claim(s.unit, t.start, t.end, "throughput", Verdict.WRONG, how, stated=t.text)
    return Found(claim, ((t.start, t.end),))


_BRACKET_OPENS = guarded(r"[^\S\n]*(?:[^\W\d][\w'’-]*[^\S\n]+){0,5}?\([^\S\n]*")
_BRACKET_CLOSES = guarded(r"[^\S\n]*\)")


def bracketed_quotient(s: Sentence, t: Quantity) -> bool:
    """A division written in a bracket right after rate `t` (`110.6 tok/s (3900 ÷ 35.3)`): the rate's own working."""
    found = _quotient_operands(s, t)
    return found is not None and found[3]


def _quotient_operands(s: Sentence, t: Quantity) -> tuple[Quantity, Quantity, tuple[float, ...], bool] | None:
    """The division rate `t` is the result of, as `(dividend, divisor, the bytes the divisor may stand for, bracketed)`:
    written in a bracket right after it, else right before it (see `_own_quotient`)."""
    text = s.unit.text
    after = starting_in(find_quantities, t.end, min(s.end, t.end + 60), text)[:2]
    if (
        len(after) == 2
        and _BRACKET_OPENS.fullmatch(text, t.end, after[0].start)
        and _DIVIDED_BY.fullmatch(text, after[0].end, after[1].start)
        and _BRACKET_CLOSES.match(text, after[1].end)
    ):
        a, b = after  # `110.6 tok/s for fp8 is right (3900 ÷ 35.3)`: the division written in a bracket after the rate
        bracketed = True
    else:
        bracketed = False
        figures = starting_in(find_quantities, max(s.start, t.start - 80), t.start, text)
        if len(figures) < 2:
            return None
        a, b = figures[-2], figures[-1]
        if not _GIVES.fullmatch(text, b.end, t.start):
            return None
    if (
        not (_DIVIDED_BY if bracketed else _FRACTION_DIVIDED_BY).fullmatch(text, a.end, b.start)
        or _OPERATOR_BEFORE.search(text, max(s.start, a.start - 3), a.start)
        or b.value <= 0
    ):
        return None
    if a.kind == "number" and b.kind == "number":
        return a, b, (b.value * 1e9, b.value * 2**30), bracketed
    if a.kind == "bandwidth" and b.kind == "bytes":
        return a, b, (b.value,), bracketed
    return None


def _own_quotient(
    s: Sentence, t: Quantity, found: tuple[Quantity, Quantity, tuple[float, ...], bool]
) -> tuple[Found, tuple[float, ...], bool]:
    """A rate right after a division the sentence writes out (`89,6 / 14,48 ≈ 6,2 ток/с`, `3.35 TB/s ÷ 7.24 GB = 463
    tok/s`), or right before one it brackets (`found`, its `_quotient_operands`), is that division's result, whatever
    bandwidth the line states elsewhere: the sentence's own arithmetic, with the bytes the divisor may stand for (GB or
    GiB for a bare number). Two bare numbers, or a bandwidth over a size; anything else is left to the bound."""
    a, b, divisor, bracketed = found
    computed = a.value / b.value
    check = compare(t, computed)
    how = f"the sentence's own division: {a.text} / {b.text} = {computed:,.1f} tok/s"
    claim = make_claim(s.unit, t.start, t.end, "throughput", check.verdict, f"{how}; {check.explanation}", stated=t.text)
    return Found(claim, ((t.start, t.end),)), divisor, bracketed


@dataclass(frozen=True)
class _Divisor:
    """What a ceiling's divisor was read as: its claim; for a mixture's whole size divided by one stream, the bytes one
    step really reads (its active experts) in the divisor's own unit; and whether the model and its type are known and
    the divisor is none of their sizes (the division then proves nothing about the rate)."""

    found: Found
    active: float | None = None
    mismatched: bool = False
    read: tuple[float, str] | None = None  # (mismatched, on one device: the bytes one step of the model really reads)


# the storage types a divisor of unsaid type is tried in, only to tell a mixture's whole size (never to judge the divisor)
_DIVISOR_TYPES = (("fp32", 4.0), ("bf16", 2.0), ("fp8", 1.0), ("int4", 0.5))
# the sentence says every expert is read, or reads in the worst case (`reading all experts`, `if routing were ignored`)
_EVERY_EXPERT_SAID = guarded(
    r"(?i)\b(?:all|every)\s+(?:the\s+|its\s+)?experts?\b|\bworst[\s-]+case\b|\brouting\b|\bloaded\b"
    r"|(?<!\w)(?:вс[еи]х?|кажд\w*)\s+эксперт\w*|маршрутизац\w*|в\s+худшем\s+случае"
)
def _plausible_bandwidth(s: Sentence, a: Quantity, bw: Quantity | None, facts: NoteFacts) -> bool:
    """Whether the bare dividend of a ceiling is a bandwidth in GB/s: the one the sentence or a section above states, the
    published one of a card its line or the few lines above name (or of two, four or eight of them: `four cards give
    3,456`), else exactly (to half a percent) one of a catalogued card."""
    value = a.value * 1e9
    if bw is not None and abs(bw.value - value) <= 0.03 * bw.value:
        return True
    near = (facts.bandwidth.get(line) for line in range(max(0, s.unit.line - 200), s.unit.line + 1))
    if any(z is not None and abs(z.value - value) <= 0.03 * z.value for z in near):
        return True  # (`2400` under a section that states the card's 2.4 TB/s; a bounded look back)
    lines = (s.unit.text, *facts.lines_above.get(s.unit.line, ())[:3])
    # (the catalogue's cards of each line, read once per line: a long line of divisions stays linear)
    cards = [v * k for line in lines for card in find_cards(line) for v in card.bandwidths for k in (1, 2, 4, 8)]
    if any(abs(v - value) <= 0.03 * v for v in cards):
        return True
    return any(abs(v - value) <= 0.005 * v for v in published_bandwidths())


# a line that states the weights (`- Weights (bf16): 16.06 GB`, `Веса в fp8 — 8,03 ГБ`), not the cache's or a state's
_WEIGHTS_LINE = guarded(r"(?i)\bweights?\b|(?<!\w)вес(?:а|ов)?(?!\w)")
_NOT_WEIGHTS_LINE = guarded(r"(?i)\bKV\b|\bcache\b|кэш\w*|кеш\w*|optimi[sz]er|оптимизатор\w*|gradient\w*|градиент\w*|\bLoRA\b")


def _weights_type_above(s: Sentence, facts: NoteFacts) -> DtypeMention | None:
    """The one storage type a line above in the section gives the weights (`- Weights (bf16): 8.03 GB (7.48 GiB).`),
    the nearest such line of the three; None when it names several types or none does."""
    for line in facts.lines_above.get(s.unit.line, ())[:3]:
        if _WEIGHTS_LINE.search(line) and not _NOT_WEIGHTS_LINE.search(line):
            found = {d.name: d for d in find_dtypes(line)}
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _divisor_read(
    s: Sentence,
    t: Quantity,
    found: tuple[Quantity, Quantity, tuple[float, ...], bool],
    facts: NoteFacts,
    n_devices: int,
    bw: Quantity | None,
) -> _Divisor | None:
    """The bare number a decoding ceiling divides a bandwidth by (`3350 ÷ 16.06 = 208.6 tok/s`, `\\frac{864}{35.28}`;
    the dividend a bandwidth the note states or a named card's) is the gigabytes (or gibibytes) one step reads: the
    model's weights in their type, one device's share of them when the sentence splits it, or a mixture's active
    experts. It holds when it is one of those for the sentence's model, else the note's; which size it is stays
    unverifiable otherwise (it may be weights and cache together, or another model's), never an error. A mixture's whole
    size (in the stated type, else in the one common type it is) divided for one stream reads every expert: the active
    share is returned beside the claim, unless the sentence says every expert is read or speaks of a batch."""
    a, b = found[0], found[1]
    if a.kind != "number" or b.kind != "number":
        return None
    if not _plausible_bandwidth(s, a, bw, facts):
        return None  # `2300 ÷ 46 = 50 tok/s per user`: a total over users, no bandwidth divided
    configs = {m.config.name: m for m in s.models if m.config is not None}
    m = next(iter(configs.values())) if len(configs) == 1 else None
    if m is None and not s.models and not _unknown_name(s):
        m = context_model(s, facts)
    dtype, _ = _dtype_for(s, b, facts) if m is not None and m.config is not None else (None, "")
    above = _weights_type_above(s, facts) if dtype is None and m is not None and m.config is not None else None
    dtype = dtype or above  # `- Weights (bf16): 16.06 GB.` / `- Decode ceiling: 3350 ÷ 16.06 = …`
    unread = f"{b.text}: the bytes one decoding step reads, divided into the bandwidth"
    if m is None or m.config is None:
        why = f"{unread}; its model is not said"
        claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, why, stated=b.text)
        return _Divisor(Found(claim, ((b.start, b.end),)))
    counted = count_parameters(m.config)
    moe = 0 < counted.read_per_token < counted.total
    share = float(counted.read_per_token) / float(counted.total) if moe else 1.0
    masked = s.unit.masked
    # (the words looked for near the rate only: a long line of rates stays linear)
    one_stream = (
        moe
        and not n_devices
        and not _EVERY_EXPERT_SAID.search(masked, max(s.start, t.start - 200), min(s.end, t.end + 100))
        and not _AGGREGATE.search(masked, max(0, t.start - 200), t.start)
    )

    def matches(size: float) -> float | None:
        """The unit (GB or GiB) in which the divisor is `size` bytes, or None."""
        return next((u for u in (1e9, 2**30) if abs(b.value * u - size) <= 0.015 * size + b.half_unit() * u), None)

    if dtype is None:
        whole_in = [(name, float(counted.total) * n) for name, n in _DIVISOR_TYPES]
        hits = [(name, size, u) for name, size in whole_in if (u := matches(size)) is not None]
        active = hits[0][1] * share / hits[0][2] if one_stream and len(hits) == 1 else None
        why = f"{unread}; {m.text}'s storage type is not said"
        claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, why, stated=b.text)
        return _Divisor(Found(claim, ((b.start, b.end),)), active)
    whole = gguf_bytes(m.config, dtype.name) if dtype.gguf else float(counted.total) * dtype.bytes
    said = f"{m.text} in {dtype.name}"
    for size, what in ((whole, "all weights"), (whole * share, "active experts")):
        for n in sorted({1, n_devices or 1}):
            u = matches(size / n)
            if u is None:
                continue
            per = f" / {n} devices" if n > 1 else ""
            unit = "GB" if u == 1e9 else "GiB"
            how = f"{b.text} is the {unit} of {said}, {what}{per} = {size / n / u:,.2f} {unit}"
            claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.HOLDS, how, stated=b.text)
            every = one_stream and what == "all weights" and n == 1
            return _Divisor(Found(claim, ((b.start, b.end),)), whole * share / u if every else None)
    why = f"{unread}; not {said}'s weights ({fmt(whole, 1e9)}), a device's share or its active experts: which size is not read"
    claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, why, stated=b.text)
    # (one stream on one device reads the weights, a mixture its active experts: the rate's bound where nothing else is;
    # only with the type a line above gives the weights: a type said with the division may be the one the writer divided)
    step = whole * share if not n_devices and above is not None else 0.0
    read = (step, f"{said} ({'active experts' if moe else 'all weights'})") if step > 0 and not dtype.gguf else None
    return _Divisor(Found(claim, ((b.start, b.end),)), mismatched=True, read=read)


UNIT_NAMES = {2**30: "GiB", 1e9: "GB", 2**20: "MiB", 1e6: "MB", 2**40: "TiB", 1e12: "TB"}
_PER_CARD_SAID = guarded(
    rf"(?i)\b(?:per|on\s+(?:each|every)|each|every)\s+{_DEV_EN}(?![\w-])|(?<!\w)на\s+(?:кажд\w+\s+|одн\w+\s+)?{_DEV_RU}|(?<!\w)кажд\w+\s+{_DEV_RU}"
)


def subtracted_weights(s: Sentence, b: Quantity, scale: float, facts: NoteFacts) -> Found | None:
    """The size a remainder takes off the memory first (`Left for the cache: 46.5 − 30.51 = 15.99 GiB`, `80 GiB − 14.96
    GiB of weights = 65 GiB`; `scale` the bytes of its unit, the result's where it has none) is the weights of the
    sentence's model (else the context's) in their type, or one device's share of them over a device count the sentence,
    the lines above or the note states: it holds when it is; which size it is stays unverifiable otherwise (weights with
    the runtime's overhead, another model's, or no type said), never an error."""
    configs = {m.config.name: m for m in s.models if m.config is not None}
    m = next(iter(configs.values())) if len(configs) == 1 else None
    if m is None and not s.models and not _unknown_name(s):
        m = context_model(s, facts) or facts.note_model
    unread = f"{b.text}: the size a remainder takes off the memory first"
    if m is None or m.config is None:
        claim = make_claim(
            s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, f"{unread}; its model is not said", stated=b.text
        )
        return Found(claim, ((b.start, b.end),))
    dtype, _ = _dtype_for(s, b, facts)
    if dtype is None:
        why = f"{unread}; {m.text}'s storage type is not said"
        claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, why, stated=b.text)
        return Found(claim, ((b.start, b.end),))
    whole = gguf_bytes(m.config, dtype.name) if dtype.gguf else float(count_parameters(m.config).total) * dtype.bytes
    counts = {1, facts.tensor_parallel or 1, *_device_counts(s)}
    for line in facts.lines_above.get(s.unit.line, ())[:3]:
        counts |= _line_device_counts(line)
    stated = b.value if b.kind == "bytes" else b.value * scale
    if any(c > 1 for c in counts) and _PER_CARD_SAID.search(s.unit.text, s.start, s.end):
        counts.discard(1)  # `With TP = 2, free per card: 80 − 65.7 = 14.3 GiB`: each card holds a share, not the whole
    for n in sorted(c for c in counts if 0 < c <= 64):
        if abs(stated - whole / n) <= 0.015 * whole / n + b.half_unit() * scale:
            per = f" / {n} devices" if n > 1 else ""
            unit = UNIT_NAMES.get(scale, f"× {scale:g} B")
            how = f"{b.text} is the {unit} of {m.text} in {dtype.name}, all weights{per} = {whole / n / scale:,.2f} {unit}"
            claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.HOLDS, how, stated=b.text)
            return Found(claim, ((b.start, b.end),))
    shown = fmt(whole, scale if scale in UNIT_NAMES else 1e9)
    why = f"{unread}; not {m.text}'s weights in {dtype.name} ({shown}) or a device's share: which size is not read"
    claim = make_claim(s.unit, b.start, b.end, "weights", Verdict.UNVERIFIABLE, why, stated=b.text)
    return Found(claim, ((b.start, b.end),))


def _throughput(s: Sentence, sizes: list[Quantity], counts: list[Quantity], facts: NoteFacts) -> list[Found]:
    """Memory-bound decoding reads every weight once per token: tok/s ≤ bandwidth / weight bytes,
    and a bandwidth needed for a rate is weight bytes × tok/s."""
    out: list[Found] = _volumes(s)
    rates = [q for q in s.quantities if q.kind == "throughput" and not any(q.start == f.claim.column - 1 for f in out if f.claim)]
    if not rates:
        return out
    read = _positive(_weights_read(s, sizes, counts, facts))
    # `5.13B × 4.25 / 8 = 2.7 GB per token → about 1,240 tok/s`: the size per token the sentence computed itself
    # (another shape judged it) is what one step reads
    per_token_read = [
        z
        for z in starting_in(_figures, s.start, rates[0].start, s.unit.masked)
        if z.kind == "bytes" and z.scale >= 1e6 and z not in s.quantities and _PER_TOKEN.match(s.unit.text, z.end)
    ]
    if len(per_token_read) == 1:
        read = (per_token_read[0].value, per_token_read[0].text)
    every = _all_experts_read(s, facts)
    if read is not None and every is not None and abs(read[0] - every[0]) <= 0.03 * every[0]:
        # `… must read all 93.4 GB of Mixtral's weights`: one stream reads only the routed experts
        read = _positive(_weights_read(s, [], [], facts))
    elif read is not None and every is None and not per_token_read:
        size = (
            sizes[0]
            if sizes
            else None
            if s.models or counts
            else last_before(_model_sizes, s.start, s.unit.masked, s.unit.text)  # (the size `_weights_read` read above)
        )
        if size is not None and read[1] == size.text:
            read = _routed_share(s, size, facts) or read
    needed = [
        q
        for q in s.quantities
        if q.kind == "bandwidth" and any(r.end <= q.start for r in rates) and _NEEDS.search(s.unit.masked, s.start, q.start)
    ]
    if needed:
        return out + _required_bandwidth(s, read, needed)
    bw = _bandwidth(s, facts)
    # read once per sentence, not once per rate (a line of many rates stays linear)
    devices_shared = _DEVICES_SHARED.search(s.unit.text, s.start, s.end) or _TP_SAID.search(s.unit.text, s.start, s.end)
    n_devices = _device_count(s) if devices_shared else 0
    own_share = _OWN_SHARE.search(s.unit.text, s.start, s.end)
    if devices_shared and not n_devices and own_share:
        n_devices = facts.tensor_parallel  # `each A100 reads only its own share`: the note's one tensor-parallel degree
    if devices_shared and n_devices >= 2 and read is None and bw is not None:
        read = _positive(_note_weights_read(s, rates[0], counts, facts))  # `the 70B model in bf16 at TP=8`: the note's model
    measured = _MEASURED_RATE.search(s.unit.text, s.start, s.end)
    previous_end = s.start
    seen: dict[tuple[int, int, int], re.Match[str] | None] = {}  # one search per clause, not per rate of a long clause

    def search(rx: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
        key = (id(rx), a, b)
        if key not in seen:
            seen[key] = rx.search(s.unit.masked, a, b)
        return seen[key]

    for t in rates:
        operands = _quotient_operands(s, t)  # (read once: the rate's own division, its divisor and the mixture's bound)
        quotient = _own_quotient(s, t, operands) if operands is not None else None
        divisor = _divisor_read(s, t, operands, facts, n_devices, bw) if operands is not None and not measured else None
        if divisor is not None:
            out.append(divisor.found)
        if divisor is not None and divisor.active and operands is not None and quotient is not None and quotient[0].claim:
            # `3350 ÷ 93,4 = 35,9 ток/с` for Mixtral: the division is by every expert's weights; one stream's step reads
            # only the active ones
            over, by = operands[0], operands[1]
            bound = over.value / divisor.active
            how = (
                f"stated {t.text}; {over.text} / {by.text} divides by every expert's weights, but one decoding step reads "
                f"only the active ones ({divisor.active:,.2f} in the same unit): {over.text} / {divisor.active:,.2f} = "
                f"{bound:,.1f} tok/s"
            )
            verdict = Verdict.WRONG if not compare(t, bound).verdict.holds else Verdict.HOLDS
            out.append(Found(make_claim(s.unit, t.start, t.end, "throughput", verdict, how, stated=t.text), ((t.start, t.end),)))
            continue
        if quotient is not None and quotient[0].claim is not None:
            # a slip of the sentence's own division is wrong; a right one holds when what it divides by is the size the
            # model's weights read (`89,6 / 14,48 ≈ 6,2 ток/с` beside another device's 51,2 ГБ/с), else the bound judges
            own_read = _positive(_weights_read(s, [], counts, facts)) if quotient[0].claim.verdict.holds else None
            if (
                not quotient[0].claim.verdict.holds
                or quotient[2]  # (the rate's own working, bracketed after it: `110.6 tok/s (3900 ÷ 35.3)`)
                or (own_read is not None and any(abs(z - own_read[0]) <= 0.1 * own_read[0] for z in quotient[1]))
            ):
                out.append(quotient[0])
                continue
        a, b = clause_bounds(s, t.start, t.end)
        # the batch / speculative / prefill word in the rate's clause, or in what leads up to it since the rate before
        # (`At batch size 32, X … generates 1,800 tok/s`, `With speculative decoding, X reaches …`)
        shared = search(_AGGREGATE, a, b) or _AGGREGATE.search(s.unit.masked, max(previous_end, s.start), a)
        # a single stream said after a lead-in word, nearer the rate, is what the rate is
        lead_in = shared is not None and shared.start() < a
        # (from the lead-in word itself: `при batch 1` is one stream, the batch word with its size 1)
        one = _ONE_STREAM.search(s.unit.masked, shared.start(), b) if shared and lead_in else search(_ONE_STREAM, a, b)
        previous_end = t.end
        if shared and one:
            shared = None
        if shared and devices_shared and _PARALLEL_WORD.fullmatch(shared.group(0)):
            shared = None  # `четыре карты читают свои четверти параллельно`: the devices read in parallel, not a batch
        devices = None if shared else devices_shared
        n = n_devices if devices else 0
        each_bw = _devices_bandwidth(s, t, bw) if devices and n >= 2 else None
        if (
            devices
            and n >= 2
            and each_bw is not None
            and read is not None
            and not _TARGET.search(s.unit.masked, max(s.start, t.start - 30), t.start)
        ):
            share = own_share is not None and any(
                own_share.start() - 4 <= z.start and z.end <= own_share.end() + 24 and abs(z.value - read[0]) <= 1e-9 * z.value
                for z in sizes
            )  # `each GPU reads only its 17.2 GB share`, `свою долю, 35,3 ГБ`: the size read is one device's already
            out.append(_over_devices(s, t, 1 if share else n, each_bw, read, facts, whole=not sizes, of=n if share else 0))
            continue
        shared = shared or devices
        if shared:
            claim = make_claim(
                s.unit,
                t.start,
                t.end,
                "throughput",
                Verdict.UNVERIFIABLE,
                f"{t.text}: a rate over a batch or with speculative decoding ({shared.group(0).strip()}): "
                "one stream's memory bound does not limit it",
                stated=t.text,
            )
            out.append(Found(claim, ((t.start, t.end),)))
            continue
        if _TARGET.search(s.unit.masked, max(s.start, t.start - 30), t.start):
            claim = make_claim(
                s.unit, t.start, t.end, "throughput", Verdict.UNVERIFIABLE, f"{t.text}: a target rate, not a claim", stated=t.text
            )
            out.append(Found(claim, ((t.start, t.end),)))
            continue
        read_t = read if read is None or not sizes or read[1] != sizes[0].text else _size_read_at(s, t, sizes)
        if read is not None and read_t is None:
            claim = make_claim(
                s.unit,
                t.start,
                t.end,
                "throughput",
                Verdict.UNVERIFIABLE,
                f"{t.text}: which size this rate reads is not said (the sentence states {', '.join(z.text for z in sizes)}, "
                "several before it or one only in a later clause)",
                stated=t.text,
            )
            out.append(Found(claim, ((t.start, t.end),)))
            continue
        bw_t, exact = _gpu_bandwidth(s, t, bw, facts)
        if read_t is None and bw_t is not None and not s.models and not counts and not sizes:
            read_t = _positive(_context_read(s, t, facts) or _same_as_above(s, facts) or _weights_above(s, bw_t, facts))
        if read_t is None and bw_t is not None and divisor is not None and divisor.read is not None and operands is not None:
            read_t = divisor.read  # `3350 ÷ 8.03 = 417.2 tok/s` under `Weights (bf16): …`: divided by the wrong size
            right = operands[0].value * 1e9 / read_t[0]  # (the sentence's own bandwidth, in GB/s, over what a step reads)
            if _ESTIMATE.search(s.unit.masked, s.start, s.end) and abs(t.value - right) > 0.1 * right + t.rounding():
                # `Decode ceiling: 3350 ÷ 32.12 = 104.3 tok/s` for bf16 weights: a ceiling is the bound itself, not below it
                why = (
                    f"stated {t.text}: the ceiling divides by {operands[1].text}, not the size one step reads: "
                    f"{operands[0].text} GB/s / {read_t[1]} {fmt(read_t[0], 1e9)} = {right:,.1f} tok/s"
                )
                claim = make_claim(s.unit, t.start, t.end, "throughput", Verdict.WRONG, why, stated=t.text)
                out.append(Found(claim, ((t.start, t.end),)))
                continue
        if bw_t is not bw and bw_t is not None and read_t is not None:
            out.append(_on_named_gpu(s, t, bw_t, exact, read_t, facts))
            continue
        if bw is not None and bw_t is None:
            why = f"{t.text}: the bandwidth stated above ({bw.text}) is another device's than the one the sentence names"
            claim = make_claim(s.unit, t.start, t.end, "throughput", Verdict.UNVERIFIABLE, why, stated=t.text)
            out.append(Found(claim, ((t.start, t.end),)))
            continue
        # (the named card's published figure, or one the sentence states: never a figure from another line of the note)
        own_bw = bw_t if bw_t is not None and bw_t is not bw else (bw if bw is not None and bw in s.quantities else None)
        beyond = _beyond_every_type(s, t, own_bw, facts) if read_t is None and not sizes and not counts else None
        if beyond is not None:
            out.append(beyond)
            continue
        if bw is None or read_t is None or bw.value <= 0 or read_t[0] <= 0:
            right = quotient is not None and quotient[0].claim is not None and quotient[0].claim.verdict.holds
            if quotient is not None and right and not (divisor is not None and divisor.mismatched):
                out.append(quotient[0])  # the sentence's own division is right; what it divides is not read to bound it
                continue
            claim = make_claim(
                s.unit,
                t.start,
                t.end,
                "throughput",
                Verdict.UNVERIFIABLE,
                f"{t.text}: throughput depends on hardware the note does not state (no bandwidth and weight size)",
                stated=t.text,
            )
            out.append(Found(claim, ((t.start, t.end),)))
            continue
        bound = bw.value / read_t[0]
        ok = t.value <= bound * 1.1 + t.rounding()
        what = "the active experts' weights" if "active" in read_t[1] else "all weights"
        how = f"memory-bound decoding reads {what} per token: {bw.text} / {read_t[1]} = {bound:,.1f} tok/s at most"
        verdict = Verdict.HOLDS_BOUND if ok else Verdict.WRONG
        own = (
            _positive(_weights_read(s, [], counts, facts))
            if ok
            and sizes
            and read_t[1] in {z.text for z in sizes}
            and len([m for m in s.models if m.config]) == 1
            and len({d.name for d in in_range(s.dtypes, s.start, s.end)}) == 1
            and not _QUANTIZED_SAID.search(s.unit.text, s.start, s.end)
            else None
        )
        if own is not None and not 0.55 <= read_t[0] / own[0] <= 1.8 and t.value > (bw.value / own[0]) * 1.1 + t.rounding():
            # `Mistral-7B in fp16: 3.35 TB/s / 7.24 GB = 463 tok/s`: the size divided by is not the model's in the type
            # the sentence states, and the rate is past the bound of its real size
            verdict = Verdict.WRONG
            how += (
                f"; but the model's weights are {own[1]} = {fmt(own[0], 1e9)}: {bw.text} / that = {bw.value / own[0]:,.1f} tok/s"
            )
        if ok and every and not measured and bound > 1.5 * bw.value / every[0] and _close(t, bw.value / every[0]):
            # `Mixtral … ≈ 36 tok/s` = bandwidth / all experts' weights: the figure reads every expert
            verdict = Verdict.WRONG
            how += f"; the figure is {bw.text} / {every[1]} = {bw.value / every[0]:,.1f} tok/s, reading every expert"
        a, b = clause_bounds(s, t.start, t.end)
        estimate = (
            search(_ESTIMATE, s.start, b)
            and not measured
            and not _BELOW_BOUND.search(s.unit.masked, t.end, b)  # `110 tokens/s is below the … bound of 190`
        )
        # the bandwidth is stated on this line or the one just above, not somewhere in a section above
        on_line = bw is not facts.bandwidth.get(s.unit.line) or _stated_just_above(s, bw, facts)
        if ok and estimate and on_line and t.value < 0.7 * bound:
            # `capped at …, so the 4-bit build should reach about N tok/s`: the estimate is the bound itself
            verdict = Verdict.WRONG
            how += f"; the figure is an estimate of that bound, {bound / t.value:.2g}× below it"
        if (
            verdict is Verdict.WRONG
            and bw not in s.quantities
            and (t.hi is not None or _DEPENDS_ON.search(s.unit.text, s.start, s.end))
        ):
            # `около 9–18 ток/с в зависимости от чипа`: a span over devices, the bandwidth above is one of them
            verdict = Verdict.UNVERIFIABLE
            how += "; the rate spans several devices and the sentence states none of their bandwidths"
        claim = make_claim(s.unit, t.start, t.end, "throughput", verdict, f"stated {t.text}; {how}", stated=t.text)
        out.append(Found(claim, ((t.start, t.end),) + (((bw.start, bw.end),) if bw in s.quantities else ())))
    return out
