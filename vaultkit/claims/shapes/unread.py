"""A size no shape could type, in a sentence about a model's sizing: reported as unverifiable, never dropped.

A figure in bytes, a rate (tok/s, GB/s) or FLOPs, a share or ratio said of sizes, a token total or a compute time in
GPU-hours that every shape before this one left unread is still a claim when its sentence speaks of a model's sizing
(`about_models`: a model or a storage type named, words only that sizing uses, or, in a note that names a catalogued
model, words it shares with everyday writing): its kind or an input is what the checker could not read, which the user
is told at info level instead of the figure vanishing. Sizes of hardware (`an 80 GB card`, `64 GB of RAM`), a bound or
a range, conditions, supposed premises and operands of written-out arithmetic stay unread.
"""

from __future__ import annotations

from itertools import pairwise

from vaultkit.claims.catalog import find_gpus
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import GROUPED_DIGITS, Found, NoteFacts, Sentence, make_claim, single_sizes, starting_in

_KINDS = frozenset({"bytes", "throughput", "bandwidth", "flops", "flop_rate"})
_THRESHOLD = guarded(r"(?i)(?:\bexceed\w*|\bapproach\w*|\bпревыша\w*|\bдостига\w*)\s*(?:about\s+|около\s+|~\s*)?$")
# a condition (`approach 60GB thresholds`) or a class of models by their size (`60GB models must be packaged`)
_THRESHOLD_AFTER = guarded(
    r"(?i)[\s-]*(?:thresholds?|limits?|budgets?|caps?|models?|LLMs?|порог\w*|лимит\w*|бюджет\w*|модел\w*)\b"
)
_SUPPOSED = guarded(r"(?i)\b(?:if|suppose|assume|imagine)\b|(?<!\w)(?:если|допустим|предположим|пусть)(?!\w)")
_GPU_TIME = guarded(r"(?i)GPU|ГПУ|карто")  # `GPU-hours`, `GPU-часов`, `GPU-дней`
_PEAK_RATE = guarded(r"FLOPS\b|(?i:flop/s|ФЛОПС)")  # a device's peak (`989 TFLOPS`, not `93.4 GFLOPs`): an external fact
# words only a model's sizing uses (`KV`, `GGUF`, `tok/s`, `70B parameters`): the sentence is about one
_ABOUT_MODELS = guarded(
    r"(?i)\bKV\b|kv[- ]?cache|\bLLMs?\b|\bGGUF\b|\bq?LoRA\b|\btok(?:en)?s?/s\b|ток(?:енов)?/с"
    r"|\bFLOPs?\b|\bvLLM\b|llama\.cpp|\bquantiz\w*|квантован\w*|\bper\s+token\b|на\s+токен|\bZeRO\b|\bFSDP\b|DeepSpeed"
    r"|Flash-?Attention|\bper\s+layer\b|на\s+(?:один\s+|каждый\s+)?слой\b"
    r"|\d\s*(?:[BM]|млрд|млн|billion|million)\s+(?:param\w*|парам\w*)"
)
# words a model's sizing shares with everyday writing (`cache`, `checkpoint`, `model`, `training`): about a model only in a
# note that names one
_ABOUT_SIZING = guarded(
    r"(?i)\bweights?\b|\bcache\b|\bparam\w*|\bcheckpoint\w*|\bactivations?\b|\bgradients?\b|\boptimi[sz]er\b"
    r"|\bAdam\w*|\bfine-?tun\w*|\btrain\w*|\bmodels?\b|\bRLHF\b|\bPPO\b|\bDPO\b|\bSFT\b|\binference\b|\bserving\b"
    r"|GPU[- ]?hours?|GPU[- ]?час\w*|вес[аов]?\b|кэш\w*|кеш\w*|параметр\w*|чекпоинт\w*|активаци\w*|градиент\w*"
    r"|оптимизатор\w*|обучени\w*|дообучени\w*|модел\w*|инференс\w*|\btokens?\b|токен\w*"
)


_PARAM_WORDS = guarded(r"(?i)\bparam\w*|(?<!\w)параметр\w*")
# what an untied parameter count is reported as (`extract._unread_inputs` drops it where another claim reads it)
UNTIED_COUNT = "a parameter count the checker could not tie to a model's config"
_SIZE_NAME = guarded(r"\d+(?:x\d+)?[BbMm]")
_PARAM_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:param\w*|параметр\w*)")


def about_models(s: Sentence, facts: NoteFacts) -> bool:
    """The sentence speaks of a model's sizing: it names a model or a storage type, uses words only that sizing uses,
    or, in a note that names a catalogued model, words it shares with everyday writing."""
    text = s.unit.masked
    if s.models or s.dtypes or _ABOUT_MODELS.search(text, s.start, s.end):
        return True
    return bool((facts.note_models or facts.note_model) and _ABOUT_SIZING.search(text, s.start, s.end))


# what a size said of hardware or storage capacity is followed or preceded by (`24 GB card`, `80 GB of HBM`,
# `64 ГБ ОЗУ`, `a 2 TB SSD`)
_CAPACITY_AFTER = guarded(
    r"(?i)\s*(?:of\s+)?(?:unified\s+|system\s+|GPU\s+|total\s+|free\s+|available\s+)?(?:cards?|GPUs?|VRAM|RAM|HBM\w*|memory|"
    r"SSD|NVMe|disk|drive|карт\w*|видеокарт\w*|видеопамят\w*|памят\w*|ОЗУ|диск\w*|накопител\w*)\b"
)
_CAPACITY_BEFORE = guarded(
    r"(?i)(?:\bwith|\bhas|\bhave|\bcards?|\bGPUs?|\bVRAM|\bRAM|\bHBM\w*|\bmemory|\bSSD|\bdisk|карт\w*|памят\w*|ОЗУ|\bс)"
    r"\s*(?:of\s+|—\s*|:\s*)?$"
)


# a percent or a multiplier said of a size, a memory or a count (`saves about 98 % of the cache`, `a 7x cut`, `2.3x
# less per token`): the words of a comparison or a share right beside it
_COMPARED = guarded(
    r"(?i)\b(?:less|smaller|fewer|lower|more|bigger|larger|cut|saves?|saving|reduc\w*|of\s+(?:the|its|all|a)\b)"
    r"|меньше|больше|эконом\w*|сокращ\w*|уменьш\w*|от\s|из\s"
)
_NOT_SIZE_SHARE = guarded(
    r"(?i)\bMFU\b|utili[sz]\w*|утилизац\w*|загрузк\w*|accuracy|точност\w*|probab\w*|вероятност\w*|score|балл\w*"
    r"|latency|задержк\w*|\bspeed\w*|скорост\w*|\bMMLU\b|\bwin\s+rate|\blr\b|learning\s+rate|dropout|warm-?up|discount|скидк\w*|interest|процентн\w*\s+ставк"
)


def _compared_share(s: Sentence, q: Quantity) -> bool:
    """A percent or multiplier the words beside it compare sizes with (not a utilisation, a score or a rate)."""
    text = s.unit.masked
    near = text[max(s.start, q.start - 40) : min(s.end, q.end + 40)]
    return bool(_COMPARED.search(near)) and not _NOT_SIZE_SHARE.search(text, s.start, s.end)


# between a size and the same amount in the twin unit (`16.06 GB = 14.96 GiB`, `710 МБ — это 677 МиБ`)
_TWIN_GAP = guarded(r"(?i)\s*(?:=|≈|—\s*это|-\s*это|это|is|i\.e\.|that\s+is|or|или|и|and|\()\s*(?:~|≈)?\s*")


# a size moved over a link (`141 ГБ по 1 Гбит/с`, `the 44.5 GB bf16 folder over the 25 Gbit/s NFS link`)
_MOVED_OVER = guarded(
    r"(?i)\s*(?:[^\W\d][\w-]*\s+){0,3}?(?:over|via|at|по|через)\s+(?:the\s+|a\s+|an\s+|каналу\s+|канал\s+)?"
    r"\d[\d.,]*\s*(?:[KMGT]bit/s|[KMGT]bps|[KMGT]B/s|[КМГТ]бит/с|[КМГТ]Б/с)"
)


def _restated_in_twin(s: Sentence) -> list[Quantity]:
    """The sizes the sentence restates in the twin unit right after them (`18.5 GB is 17.2 GiB`): the first of each
    pair, an amount stated (the second is judged as its conversion)."""
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.hi is None and q.value > 0]
    found = starting_in(single_sizes, s.start, s.end, s.unit.masked)
    out: list[Quantity] = []
    for a, b in pairwise(found):
        if (
            a.binary != b.binary
            and a.scale > 1
            and b.scale > 1
            and abs(a.value - b.value) <= 0.1 * a.value
            and _TWIN_GAP.fullmatch(s.unit.masked, a.end, b.start)
        ):
            out.extend(q for q in sizes if q.start == a.start)
    return out


def unread_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    if not about_models(s, facts):
        # `Экзаменатор: 710 МБ — это 677 МиБ`: in a note about a model, a size restated in its twin unit is an amount
        # the note states, whatever words are around it
        if not (facts.note_models or facts.note_model):
            return []
        why = "a size restated in its twin unit; which quantity it is, is not said"
        moved = "a size moved over a link (its transfer time is judged); which quantity it is, is not said"
        return [_unread(s, q, why) for q in _restated_in_twin(s)] + [
            _unread(s, q, moved)
            for q in s.quantities
            if q.kind == "bytes" and q.hi is None and q.scale >= 1e9 and _MOVED_OVER.match(text, q.end)
        ]
    if _SUPPOSED.search(text, s.start, s.end):
        return []  # `If an LLM takes up 60 GB in memory, …`: a premise supposed, not a size stated
    left = [
        q
        for q in s.quantities
        if q.kind in _KINDS and q.hi is None and not q.bound and q.value > 0 and not _PEAK_RATE.search(q.text)
    ]
    shares = [
        q
        for q in s.quantities
        if q.kind in ("percent", "multiplier") and q.hi is None and 0 < q.value < 1000 and _compared_share(s, q)
    ]
    out = [_unread(s, q, "a share or a ratio the checker could not tie to two figures") for q in shares]
    # a corpus or run of tens of millions of tokens and more, a compute time in GPU-hours or GPU-days: a total the note
    # derived or quotes (`twelve runs make 40.8 billion`, `≈ 97 GPU-часов`), never a context length or a schedule
    totals = [
        q
        for q in s.quantities
        if q.hi is None
        and not q.bound
        and not _operand(text, q)
        and ((q.kind == "tokens" and q.value >= 1e7) or (q.kind == "time" and _GPU_TIME.search(q.unit)))
    ]
    out += [_unread(s, q, "a total of tokens or compute time the checker could not recompute") for q in totals]
    # a count of parameters (`q и o по 4 194 304`, `262,7 млн`, `10 485 760 на слой`) in a sentence about parameters: a
    # count of a part or of another model the checker could not tie to a config
    if _PARAM_WORDS.search(text, s.start, s.end):
        counts = [
            q
            for q in s.quantities
            if q.hi is None
            and not q.bound
            and not _operand(text, q)
            and q.value >= 1e5
            and (q.kind == "count" or (q.kind == "number" and GROUPED_DIGITS.match(q.text) is not None))
            # `The 1B has …`, `for the 70B`: a model called by its size, unless parameters follow
            and not (_SIZE_NAME.fullmatch(q.text) and not _PARAM_AFTER.match(text, q.end))
        ]
        out += [_unread(s, q, UNTIED_COUNT) for q in counts]
    if not left:
        return out
    gpus = starting_in(find_gpus, max(0, s.start - 24), s.end, s.unit.text)  # read once per line: linear
    for q in left:
        if _THRESHOLD.search(text, max(s.start, q.start - 16), q.start) or _THRESHOLD_AFTER.match(text, q.end):
            continue  # `exceeding 50GB`, `approach 60GB thresholds`: a condition, not a size of something
        if q.kind == "bytes" and _WEIGHTS_DIVIDED.search(text, max(s.start, q.start - 40), q.start):
            # `864 GB/s ÷ 14.50 GB ≈ 59.6 tok/s`: the size a decoding step reads, the weights of a model the sentence
            # does not name (where it does, the model's weights are judged before this shape)
            out.append(_unread(s, q, "the weights a decoding step reads, in a division by the bandwidth; whose is not said"))
            continue
        if _operand(text, q):
            continue  # `8.03B × 2 bytes = …`: an operand of arithmetic written out, judged as that arithmetic
        if _CAPACITY_AFTER.match(text, q.end) or _CAPACITY_BEFORE.search(text, max(s.start, q.start - 16), q.start):
            continue
        if any(
            g.start - 24 <= q.start
            and q.end <= g.end + 24
            and _CARD_GAP.fullmatch(text, min(q.end, g.end), max(q.start, g.start)) is not None
            for g in gpus
        ):
            continue  # `RTX 4090 (24 GB)`, `A100 80GB`: a card's memory (not `104 GB, which fits two A100s`)
        out.append(_unread(s, q, "a size the checker could not type (which quantity, or an input it needs, is not read)"))
    return out


# what stands between a card's name and its memory (`RTX 4090 (24 GB)`, `A100 80GB`, `H100 объёмом 80 ГБ`, `A100 40/80 GB`)
_CARD_GAP = guarded(
    r"(?i)[^\S\n]*[(\[,:—–-]?[^\S\n]*(?:(?:with|has|of|по|с|на|объ[её]мом|памяти)[^\S\n]+)?(?:~|≈)?[^\S\n]*"
    r"(?:\d{1,3}[^\S\n]*/[^\S\n]*)?"  # (`A100 40/80 GB`: the card's two memories)
)
_OPERATOR_BEFORE = guarded(r"[×x*·/÷]\s*(?:\(\s*)?$")
# a bandwidth divided by the size right after it (`3,35 ТБ/с ÷ 35,3 ГБ`, `2039 GB/s / 26.0 GB`)
_WEIGHTS_DIVIDED = guarded(r"(?i)\d\s*(?:[KMGT]B/s|[КМГТ]Б/с)\s*(?:÷|/)\s*(?:~|≈)?\s*$")
_OPERATOR_AFTER = guarded(r"\s*\)?\s*[×*·/÷]")


def _operand(text: str, q: Quantity) -> bool:
    """The figure is an operand of arithmetic written out (`8.03B × 2 bytes`, `/ 8 GB`), judged as that arithmetic's."""
    return bool(_OPERATOR_BEFORE.search(text, max(0, q.start - 4), q.start) or _OPERATOR_AFTER.match(text, q.end))


def _unread(s: Sentence, q: Quantity, what: str) -> Found:
    claim = make_claim(s.unit, q.start, q.end, "unread-size", Verdict.UNVERIFIABLE, f"{q.text}: {what}", stated=q.text)
    return Found(claim, ((q.start, q.end),))
