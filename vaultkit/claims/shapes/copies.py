"""Sizes that are a share or a multiple of a model's weights in a stated dtype.

- A share per device (`35.3 GB per GPU under TP=4`, `на карту приходится 35,3 ГБ`, `each of the 4 GPUs holds …`):
  the weights over the devices a split counts (the sentence's `TP=N`/`over N GPUs`, else the nearest line above in
  the section that states a split, else the note's one tensor-parallel degree). The whole said to be each device's
  (`each card needs 70.6 GB of weights` under TP=4) is wrong, with the share. A total beside the share in the
  sentence (`70.6 GB total, i.e. 17.6 GB per H100`), or said to be the sum over the shards, is the weights.
- Copies (`3 копии весов в fp16 — 414 ГБ`, `exports …, 50 of them in total: 803 GB`): N × the weights.
- A sum of typed parts (`веса fp16 и кэш: 137,95 ГБ + 85,9 ГБ = 223,9 ГБ`): the weights addend as the weights,
  the total as the sum of the addends.

The model, the dtype and the count must be stated (the sentence, the lines just above in its section, the
note's properties): a share or multiple missing one of them is unverifiable, never judged from a guess. A
sentence about the KV cache, activations, training states, replicas or a rate is left to the other shapes.
"""

from __future__ import annotations

from functools import lru_cache

from vaultkit.claims.catalog import ModelConfig, ModelMention
from vaultkit.claims.dtypes import DtypeMention, find_dtypes
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import (
    TENSOR_PARALLEL,
    Found,
    NoteFacts,
    Sentence,
    clause_bounds,
    line_start,
    make_claim,
    unspaced,
)
from vaultkit.claims.shapes.sized import context_model
from vaultkit.claims.verdict import compare, fmt

_WORDS = {
    "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "sixteen": 16, "both": 2, "pair": 2,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
    "восемь": 8, "восьми": 8, "обе": 2, "обеих": 2,
}  # fmt: skip
_N = r"(?P<n>\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})?|" + "|".join(_WORDS) + r")"  # `on 1,024 GPUs`, `16 384 GPUs`
_DEV = (
    r"(?:GPUs?|cards?|devices?|ranks?|shards?|accelerators?|(?:[AHB]\d{2,3}|L40S?|MI300X?|(?:RTX\s*)?[345]090)s?"
    r"|карт\w*|видеокарт\w*|устройств\w*|шард\w*|ускорител\w*)"
)
# a count of devices: `4 GPUs`, `8×H100`, `the 4 shards`, `на 8 картах`, `both 3090s`
# (`two 80 GB cards` is two cards, not 80: a unit is no word between; `4× A100-80GB` is four, its memory glued on)
_DEVICES = guarded(
    rf"(?i)(?<![\w.,]){_N}\s*(?:[×x]\s*)?(?:\d+\s?(?:[GT]i?B|[ГТ]и?Б)\s+|(?![KMGT]i?B\b|[КМГТ]и?Б)[\w-]+\s+)?{_DEV}"
    r"(?![\w]|-(?!\d+\s?[GT]B\b))"
)
_PIPELINE = guarded(r"(?i)\b(?:PP|pipeline[-_ ]parallel(?:ism)?(?:[-_ ](?:size|degree))?)\s*(?:=|:|of)?\s*(?P<n>\d{1,2})\b")
# what says the model is split over the devices (not a replica on each)
_SPLIT = guarded(
    r"(?i)\bTP\b|tensor[-_ ]parallel|тензорн\w*\s+параллел\w*|pipeline|конвейер\w*|\bshard\w*|шард\w*|\bsplit\w*"
    r"|\bacross\b|\bspread\b|\bdivid\w*|partition\w*|дел(?:им|ит|ится|ятся|ят)\b|разбит\w*|раздел\w*|\bover\s+(?:the\s+)?\d"
)
# what is split is the data, not the model: each device holds a whole replica
_DATA = guarded(r"(?i)\bbatch\w*|\bdata\b|\brequests?\b|\busers?\b|батч\w*|данн\w*|запрос\w*|пользовател\w*")


def _says_split(text: str, a: int = 0, b: int | None = None) -> bool:
    end = len(text) if b is None else b
    return bool(_SPLIT.search(text, a, end)) and not _DATA.search(text, a, end)


# a figure said of one device: after it (`35.3 GB per GPU`, `… each`, `по 17,6 ГБ на карту`) or before it in its
# clause (`на карту приходится 35,3 ГБ`, `each of the 8 GPUs carries`, `Per H100 that half is`, `each card needs`)
_PER_AFTER = guarded(
    r"(?i)\s*(?:of\s+(?:[\w-]+\s+){0,2}?(?:weights?|them)\s+|(?:весов|веса)\s+)?"
    r"(?:each\b|apiece\b|per[\s-]+(?:GPU|card|device|rank|shard|H100|A100|H200|L40S?)\b|(?:on|in|for)\s+(?:each|every)\s+(?:GPU|card|device|rank)\b"
    r"|на\s+(?:карту|видеокарту|GPU|устройство|каждую|каждой|кажд\w+\s+из)(?![\w-]))"
)
_PER_BEFORE = guarded(
    r"(?i)(?:\b(?:each|every|per)[\s-]+(?:GPU|card|device|rank|shard|H100|A100|H200|L40S?)s?(?![\w-])|\beach\s+of\s+(?:the\s+|our\s+)?"
    + _N
    + r"\s+\w+|\beach(?:\s+one)?\s+(?:holds|stores|keeps|gets|has|needs|takes|carries)\b"
    r"|(?<!\w)на\s+(?:карту|видеокарту|GPU|устройство|каждую\s+(?:карту|видеокарту|GPU)|кажд\w+\s+из\s+\w+\s+\w+)(?![\w-])"
    r"|(?<!\w)кажд(?:ая|ый|ое)\s+(?:карт\w*|видеокарт\w*|GPU|устройств\w*))"
)
# the weights a sentence (or a line above it) is about; what makes a per-device figure something else
_WEIGHTS = guarded(r"(?i)\bweights?\b|weights-only|(?<!\w)(?:весов|веса|вес)(?!\w)|checkpoint|чекпо[иi]нт\w*")
_WEIGHTS_SAID = guarded(r"(?i)\bweights?\b|weights-only|(?<!\w)(?:весов|веса|вес)(?!\w)")  # a checkpoint may hold states too
_OTHER = guarded(
    r"(?i)\bKV\b|cache|кэш|кеш|activation|активаци|optimi[sz]er|оптимизатор|gradient|градиент|\badam|\bZeRO|\bFSDP\b|offload"
    r"|выгруж|replica|реплик|data[-\s]parallel|\bDP\s*=|\bstates?\b|состояни|\bLoRA\b|adapter|адаптер|\btrain|обучен|per\s+token"
    r"|на\s+токен|tokens?/s|tok/s|токен\w*/с|bandwidth|[TG]B/s|[ТГ]Б/с|\$|€|₽|price|cost|цен|стоим|dataset|датасет|корпус|logs?\b|лог\w*"
)
# an expression the sentence computes (`141.1 / 4 = 35.3`, `50 × 16.06 GB`), not a setting (`TP=4`)
# a figure of what a device offers, not of what the weights take: `each H100 has 80 GB`, `leaves 36 GB free`
_ROOM = guarded(
    r"(?i)\bhas\b|\bhave\b|\bHBM|VRAM|\bmemory\b|памят\w*|capacity|ёмкост\w*|\bfits?\b|помещ\w*|enough|хвата\w*|\bfree\b"
    r"|свобод\w*|\bleft\b|\bleav\w*|remain\w*|оста[её]т\w*|budget|бюджет\w*|limit|лимит\w*|headroom|запас\w*|overhead|накладн\w*"
    r"|expert|эксперт\w*"
)
_ARITHMETIC = guarded(r"\d\s*[×*÷+/]\s*\d|\s[×*÷/]\s*\d|(?:\d|[BБ)])\s*=\s*(?:~|≈)?\s*\d")
_ONE_DEVICE = guarded(
    r"(?i)\b(?:one|a\s+single|single)\s+(?:GPU|card|device|H100|A100|H200)\b|(?<!\w)(?:на|в)\s+одн(?:у|ой|ом)\s+карт"
)
# a figure right after a device or its count is the device's memory (`H100 80GB`, `на две карты по 40 ГБ`, `two H100s with 80 GB`)
_CAPACITY_BEFORE = guarded(
    rf"(?i)(?:(?<![\w.,]){_N}\s*(?:[×x]\s*)?(?:[\w-]+\s+)?{_DEV}\s*(?:по|with|of|с|,|\(|:)?"
    r"|(?<![\w-])(?:[AHB]\d{2,3}|L40S?|MI300X?|[345]090)(?:\s*(?:SXM|PCIe|NVL))?)\s*(?:~|≈)?$"
)
_TOTAL_WORD = guarded(
    r"(?i)\b(?:sum|total)\s+(?:over|across|of)\s+(?:the\s+|all\s+)?(?:\d+|two|four|eight)\s+(?:shards|GPUs|cards|devices|ranks)"
    r"|(?:в\s+сумме|суммарно|всего)\s+(?:на|по|по\s+всем)\s+(?:\d+|двух|четыр[её]х|восьми)\s+(?:карт|GPU|шард|устройств)\w*"
)
# copies: `3 копии весов`, `2 copies of the weights`, `50 exports`, `4 bf16 checkpoints`, `…, 50 of them`
_COPIES = guarded(
    r"(?i)(?<![\w.,-])(?P<n>\d{1,4}|two|three|four|five|ten|две|два|три|четыре|пять)\s+"
    r"(?!(?:[KMGTPКМГТП]i?[BБ]|[KMGTPКМГТП]и[BБ]|bytes?|байт\w*)(?!\w))(?:[\w-]+\s+)?"
    r"(?P<what>copies|копи[ий]|exports|экспорт(?:а|ов)|checkpoints|чекпо[иi]нт(?:а|ов)|snapshots|снапшот(?:а|ов)|снимк(?:а|ов))(?![\w-])"
)
# between a size and the same size stated again in brackets: `414 ГБ (в смете заложено 1,24 ТБ)`, `(i.e. 385 GiB)`
_RESTATED = guarded(r"(?i)\s*\((?:[^\W\d][\w.,-]*\s+){0,4}?(?:~|≈|about\s+|около\s+)?")
_EACH = guarded(r"(?i)\beach\b|\bper\b|\bapiece\b|кажд\w*|(?<!\w)по(?!\w)")
_OF_THEM = guarded(r"(?i)(?<![\w.,])(?P<n>\d{1,4})\s+(?:of\s+them|штук|шт\.)")
# a size right after devices (`two GPUs with 24 GB each`, `двух картах по 24 ГБ`): theirs
_ON_DEVICES_BEFORE = guarded(rf"(?i){_DEV}\s+(?:with|of|по|на)\s+(?:~|≈)?$")
# a size said of each copy right after it (`16 GB each`, `по 16 ГБ каждая`)
_ONE_EACH = guarded(r"(?i)\s*(?:each|apiece|a\s+piece|каждая|каждый|каждое|на\s+копию)(?!\w)")
_COPY_NOUN = guarded(
    r"(?i)\b(?:copies|exports|checkpoints|snapshots)\b|(?<!\w)(?:копи[ий]|экспорт\w*|чекпо[иi]нт\w*|снапшот\w*)"
)
# what the copies are of: the weights (`копии весов`, `copies of the weights`, `weights-only exports`), else something else
_OF_OTHER = guarded(r"(?i)\s*(?:of\s+(?:the\s+|our\s+)?)?(?P<noun>[^\W\d][\w-]*)")
_WEIGHT_NOUN = guarded(r"(?i)^(?:weights?|весов|веса|model|модели|the)$")
# a sum of typed parts: `веса fp16 и кэш: A + B = C`, `weights + KV for 32 users: A + B = C`
_SUM = guarded(r"\+")
_KV_WORD = guarded(r"(?i)\bKV\b|cache|кэш|кеш")


def _bytes(q: Quantity) -> bool:
    return q.kind == "bytes" and q.hi is None and q.scale >= 1e6 and not q.bound


def _weights_of(cfg: ModelConfig, d: DtypeMention) -> float:
    return count_parameters(cfg).total * d.bytes


def _model(s: Sentence, q: Quantity, facts: NoteFacts) -> ModelMention | None:
    """The model the sentence names (the last one before the figure, else its first), else the context's."""
    named = [m for m in s.models if m.config is not None]
    if named:
        before = [m for m in named if m.end <= q.start]
        return before[-1] if before else named[0]
    if any(m.sized for m in s.models):
        return None  # a model the catalogue does not know, or called by a size only
    m = context_model(s, facts)
    return m if m is not None and m.config is not None else None


def _dtype(s: Sentence, q: Quantity, facts: NoteFacts) -> tuple[DtypeMention | None, str]:
    """The dtype of the figure (the sentence, a table column, the paragraph, the properties), else the one type
    the nearest line above in its section that names any names."""
    d, where = facts.dtype_for(s, q)
    if d is not None:
        return (None, "") if d.gguf else (d, where)
    for line in facts.lines_above.get(s.unit.line, ()):
        found = _line_facts(line)[4]
        if found:
            names = {x.name for x in found}
            return (found[0], "line above") if len(names) == 1 and not found[0].gguf else (None, "")
    return None, ""


def _count_in(text: str, a: int, b: int) -> int:
    """The one device count a stretch states (`TP=4`, `over 4 GPUs`, `TP=2 × PP=4` = 8), else 0 (none or several)."""
    tp = [int(m.group("n") or m.group("m")) for m in TENSOR_PARALLEL.finditer(text, a, b)]
    pp = [int(m.group("n")) for m in _PIPELINE.finditer(text, a, b)]
    if len(set(tp)) == 1 and len(set(pp)) == 1:
        return tp[0] * pp[0]
    found = set(tp) | set(pp)
    for m in _DEVICES.finditer(text, a, b):
        word = unspaced(m.group("n"))
        found.add(int(word) if word.isdigit() else _WORDS.get(word, 0))
    found.discard(0)
    return found.pop() if len(found) == 1 else 0


@lru_cache(maxsize=256)
def _line_facts(line: str) -> tuple[int, bool, bool, bool, tuple[DtypeMention, ...]]:
    """What a line above states, read once per line (asked again from every sentence below it): its one device
    count, whether it says a split, names the weights, names something else, and its dtypes."""
    return (
        _count_in(line, 0, len(line)),
        _says_split(line),
        bool(_WEIGHTS.search(line)),
        bool(_OTHER.search(line)),
        tuple(find_dtypes(line)),
    )


def _earlier(s: Sentence) -> tuple[int, int]:
    """The stretch of the sentence's line before it (bounded: linear on a long line)."""
    return max(line_start(s.unit.text, s.start), s.start - _REACH), s.start


_REACH = 300


def _devices(s: Sentence, facts: NoteFacts) -> tuple[int, str]:
    """The devices the model is split over: the sentence's count when it (or its line before it) says a split, else
    the nearest line above in its section that states a count (a split said there or in the sentence), else the
    note's one tensor-parallel degree."""
    raw = s.unit.text
    a, b = _earlier(s)
    if _DATA.search(raw, s.start, s.end):
        return 0, ""
    split_here = _says_split(raw, s.start, s.end) or _says_split(raw, a, b)
    n = _count_in(raw, s.start, s.end)
    if n and split_here:
        return n, "sentence"
    if n:
        # `Each of the 4 GPUs holds …` under a line that says the split (`split with TP=4`): the same devices
        for line in facts.lines_above.get(s.unit.line, ()):
            above, split = _line_facts(line)[:2]
            if split:
                return (n, "sentence") if above in (0, n) else (0, "")
        return 0, ""
    for line in facts.lines_above.get(s.unit.line, ()):
        above, split = _line_facts(line)[:2]
        if above:
            return (above, "line above") if split_here or split else (0, "")
    return (facts.tensor_parallel, "note") if facts.tensor_parallel else (0, "")


def _per_device(s: Sentence, q: Quantity, prev_end: int) -> bool:
    raw = s.unit.text
    if _PER_AFTER.match(raw, q.end, min(s.end, q.end + 60)):
        return True
    return _PER_BEFORE.search(raw, max(prev_end, s.start, q.start - 80), q.start) is not None


_CAPACITY_AFTER = guarded(rf"(?i)\s*{_DEV}(?![\w-])")  # `two 16 GB cards`, `an 80 GB H100`


def _capacity(s: Sentence, q: Quantity) -> bool:
    raw = s.unit.text
    return bool(_CAPACITY_BEFORE.search(raw, max(s.start, q.start - 40), q.start) or _CAPACITY_AFTER.match(raw, q.end))


def _about_weights(s: Sentence, facts: NoteFacts) -> bool:
    """The sentence is about the weights: it says so, or the nearest line above that states a size does, and
    neither names something else a per-device figure may be (the cache, states, a rate, a price)."""
    raw = s.unit.text
    if _OTHER.search(raw, s.start, s.end):
        return False
    if _WEIGHTS.search(raw, s.start, s.end):
        return True
    a, b = _earlier(s)  # `… the fp8 weights come to 101.5 GB per GPU. (A deck claims each of the 8 GPUs carries …)`
    if b > a and not _OTHER.search(raw, a, b) and _WEIGHTS.search(raw, a, b):
        return True
    for line in facts.lines_above.get(s.unit.line, ())[:2]:
        _, _, weights, other, _ = _line_facts(line)
        if other:
            return False
        if weights:
            return True
    return False


def _claim(s: Sentence, q: Quantity, verdict: Verdict, why: str, shape: str) -> Found:
    return Found(make_claim(s.unit, q.start, q.end, shape, verdict, why, stated=q.text), ((q.start, q.end),))


def _setup(s: Sentence, q: Quantity, facts: NoteFacts) -> tuple[float, str] | str:
    """The weights the figure is a share or multiple of, with how they were got, or why they cannot be."""
    m = _model(s, q, facts)
    if m is None or m.config is None:
        return "the model is not stated"
    d, where = _dtype(s, q, facts)
    if d is None:
        return f"{m.text}: the dtype is not stated"
    params = count_parameters(m.config).total
    return params * d.bytes, f"{m.text}: {params / 1e9:.2f}B params × {d.bytes:g} bytes ({d.name}, {where})"


def _device_shares(s: Sentence, facts: NoteFacts) -> list[Found]:
    raw = s.unit.text
    if _ARITHMETIC.search(s.unit.masked, s.start, s.end) or not _about_weights(s, facts):
        return []
    # the figures of the unit's own line (a wrapped line is read with its neighbours' text, their own claims)
    sizes = [q for q in s.quantities if _bytes(q) and not _capacity(s, q) and s.unit.owns(q.start)]
    if not sizes:
        return []
    n, n_where = _devices(s, facts)
    out: list[Found] = []
    prev_end = s.start
    shares = [(q, _per_device(s, q, prev_end if i == 0 else sizes[i - 1].end)) for i, q in enumerate(sizes)]
    if any(per and _ROOM.search(raw, *clause_bounds(s, q.start, q.end)) for q, per in shares):
        return []  # `each H100 has 80 GB`, `leaves 44.7 GB free per GPU`: what a device offers
    marked = [q for q, per in shares if per]
    if not marked:
        # `70.6 GB is the sum over the 4 shards`: the whole
        total = _TOTAL_WORD.search(raw, s.start, s.end)
        if total is None or len(sizes) != 1:
            return []
        q = sizes[0]
        setup = _setup(s, q, facts)
        if isinstance(setup, str):
            return []
        w, how = setup
        check = compare(q, w)
        return [_claim(s, q, check.verdict, f"{how} = {fmt(w, q.scale)} over all devices; {check.explanation}", "weights")]
    if _ONE_DEVICE.search(raw, s.start, s.end) and n_where != "sentence":
        return []
    first = marked[0]
    if any(q.start > first.end and not per for q, per in shares):
        return []  # a size after the share that is no share: some other split or comparison
    whole = [q for q, per in shares if not per and q.end <= first.start]
    t = whole[-1] if whole else None
    if n < 2:
        return []
    setup = _setup(s, first, facts)
    if isinstance(setup, str):
        return []  # no model or dtype: the split of a stated total is `device_splits`' (after the model's own shapes)
    w, how = setup
    share = w / n
    for r in marked:
        check = compare(r, share)
        why = f"{how} = {fmt(w, r.scale)} / {n} devices ({n_where}) = {fmt(share, r.scale)} per device; {check.explanation}"
        if not check.verdict.holds and compare(r, w).verdict.holds:
            why = f"{r.text} is the whole said per device: {why}"
        out.append(_claim(s, r, check.verdict, why, "weights"))
    for q in s.quantities:  # `на две карты по 80 ГБ`: each device's memory, not a size of the weights
        if _bytes(q) and _capacity(s, q) and s.unit.owns(q.start):
            out.append(_claim(s, q, Verdict.UNVERIFIABLE, f"{q.text}: the memory of each device, an external fact", "hardware"))
    own = _setup(s, t, facts) if t is not None else None
    if t is not None and not isinstance(own, str) and own is not None:
        w, how = own  # the whole in its own type (`138 GB in bf16; … int4 each GPU holds 4.3 GB`)
        whole_check = compare(t, w)
        out.append(_claim(s, t, whole_check.verdict, f"{how} = {fmt(w, t.scale)} in all; {whole_check.explanation}", "weights"))
    return out


def _copies(s: Sentence, facts: NoteFacts) -> list[Found]:
    raw, masked = s.unit.text, s.unit.masked
    c = _COPIES.search(raw, s.start, s.end) or _COPY_NOUN.search(raw, s.start, s.end)
    if c is None:
        return []
    n_text = unspaced(c.group("n")) if "n" in c.groupdict() else "0"
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "две": 2, "два": 2, "три": 3, "четыре": 4, "пять": 5}
    n = int(n_text) if n_text.isdigit() else words[n_text]
    them = _OF_THEM.search(raw, c.end(), s.end)
    if them is not None:
        n = int(them.group("n"))  # `exports every 1,000 steps, 50 of them`: the count of the copies
    after = [q for q in s.quantities if q.start >= (them.end() if them else c.end()) and _bytes(q) and s.unit.owns(q.start)]
    close = raw.find(")", after[1].end, s.end) if len(after) == 2 else -1
    restated = one = None
    if close >= 0 and _RESTATED.fullmatch(raw, after[0].end, after[1].start):
        if _EACH.search(raw, after[0].end, close):
            one = after[1]  # `414 ГБ (по 138 ГБ каждая)`: one copy
        else:
            restated = after[1]  # `— 414 ГБ (в смете заложено 1,24 ТБ)`: the same size stated again in brackets
        after = after[:1]
    if len(after) == 2 and one is None and restated is None and _ONE_EACH.match(raw, after[1].end):
        one, after = after[1], after[:1]  # `32 GB in total, 16 GB each`: the total, then one copy
    if n < 2 or len(after) != 1 or _ARITHMETIC.search(masked, s.start, s.end) or _KV_WORD.search(raw, s.start, s.end):
        return []
    q = after[0]
    if _ROOM.search(raw, max(s.start, q.start - 40), q.start) or _ROOM.search(raw, q.end, min(s.end, q.end + 16)):
        return []  # `with 40 GB of headroom each`, `on a card that has 80 GB`: memory offered, no size of copies
    what = _OF_OTHER.match(raw, c.end(), q.start)
    weights = bool(_WEIGHTS_SAID.search(raw, max(s.start, c.start() - 40), q.start))
    if (
        what is not None
        and c.group(0).lower().rstrip().endswith(("copies", "копий", "копии"))
        and any(m.config is not None and m.start == what.start("noun") for m in s.models)
    ):
        weights = True  # `two copies of Llama 3.1 8B`: copies of a model are its weights (a checkpoint may hold more)
    if what is not None and not _WEIGHT_NOUN.match(what.group("noun")) and not weights:
        if not any(m.config is not None for m in s.models) or not s.dtypes:
            return []
        # `3 копии датасета для Llama-2-70B в fp16 — 414 ГБ`: copies of something else, not the model's size
        why = f"{q.text}: {n} copies of {what.group('noun')}, not of the weights"
        return [_claim(s, q, Verdict.UNVERIFIABLE, why, "weights-copies")]
    if not weights or _OTHER.search(raw, s.start, s.end):
        return []
    setup = _setup(s, q, facts)
    if isinstance(setup, str):
        return [
            _claim(
                s,
                z,
                Verdict.UNVERIFIABLE,
                f"{z.text}: {'one' if z is one else n} copies of the weights; {setup}",
                "weights-copies",
            )
            for z in (q, restated, one)
            if z is not None
        ]
    w, how = setup
    out = []
    if one is None and restated is None and _ONE_EACH.match(raw, q.end):
        if _ON_DEVICES_BEFORE.search(raw, max(s.start, q.start - 24), q.start):
            return []  # `on two GPUs with 24 GB each`: the devices' memory, no copy's size (memory offered: returned above)
        one = q  # `two copies of Llama 3.1 8B, 16 GB each`: the size of one copy
    if one is not None:
        check = compare(one, w)
        out.append(_claim(s, one, check.verdict, f"one copy: {how} = {fmt(w, one.scale)}; {check.explanation}", "weights"))
    for z in (q, restated):
        if z is None or z is one:
            continue
        check = compare(z, n * w)
        if z is restated and not check.verdict.holds and compare(z, w).verdict.holds:
            out.append(_claim(s, z, Verdict.UNVERIFIABLE, f"{z.text}: one copy ({how} = {fmt(w, z.scale)})", "weights-copies"))
            continue
        why = f"{n} × ({how} = {fmt(w, z.scale)}) = {fmt(n * w, z.scale)}; {check.explanation}"
        out.append(_claim(s, z, check.verdict, why, "weights-copies"))
    return out


def _typed_sum(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`веса fp16 и кэш: 137,95 ГБ + 85,9 ГБ = 223,9 ГБ`: the weights addend (named first, with the weights said
    first before the figures) as the weights, the other addend left, the total as the sum."""
    raw = s.unit.text
    sizes = [q for q in s.quantities if _bytes(q) and s.unit.owns(q.start)]
    if len(sizes) != 3 or not _SUM.search(raw, s.start, s.end):
        return []
    a, b, total = sizes
    if raw[a.end : b.start].strip() != "+" or raw[b.end : total.start].strip() != "=":
        return []
    said = raw[s.start : a.start]
    w_at, kv_at = _WEIGHTS.search(said), _KV_WORD.search(said)
    if w_at is None or kv_at is None or w_at.start() > kv_at.start():
        return []
    out: list[Found] = []
    setup = _setup(s, a, facts)
    if isinstance(setup, str):
        out.append(_claim(s, a, Verdict.UNVERIFIABLE, f"{a.text}: the weights; {setup}", "weights"))
    else:
        w, how = setup
        check = compare(a, w)
        out.append(_claim(s, a, check.verdict, f"{how} = {fmt(w, a.scale)}; {check.explanation}", "weights"))
    out.append(_claim(s, b, Verdict.UNVERIFIABLE, f"{b.text}: the cache, an addend the sum is checked with", "kv-cache"))
    check = compare(total, a.value + b.value)
    why = f"{a.text} + {b.text} = {fmt(a.value + b.value, total.scale)}; {check.explanation}"
    out.append(_claim(s, total, check.verdict, why, "arithmetic"))
    return out


def weight_multiples(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A size that is a share per device, a number of copies, or a typed addend of a model's weights."""
    if not any(q.kind == "bytes" for q in s.quantities):
        return []
    return _typed_sum(s, facts) or _copies(s, facts) or _device_shares(s, facts)
