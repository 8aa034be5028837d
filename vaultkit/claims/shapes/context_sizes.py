"""Figures nothing in the note can recompute (→ unverifiable, info): vague magnitudes
(`hundreds of gigabytes`, `в несколько раз`), catalogues of hardware memory (`24 GB, 40 GB or
80 GB of HBM`), and sizes of code or files outside the note (`fits into 10–50 KB of Python`),
which are also compared with the code sizes stated earlier in the note: one more than
CONFLICT_FACTOR times off an earlier one is an internal inconsistency.
"""

from __future__ import annotations

import math
import re

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Fact, Found, NoteFacts, Pending, Sentence, Unit, make_claim

VAGUE = guarded(
    r"\b(?:tens|hundreds|thousands|dozens)\s+of\s+(?:kilo|mega|giga|tera|peta)bytes\b|\b(?:десятки|сотни|тысячи)\s+(?:кило|мега|гига|тера|пета)байт\w*"
    r"|в несколько раз|several times (?:larger|smaller|bigger|more)",
    re.I,
)
_CODE_WORDS = guarded(r"\b(?:code|source|script|python)\b|кода|код\b|скрипт", re.I)
_SERIAL = guarded(r"binary|literal|serializ|serialis|ascii|text form|литерал|текстов", re.I)
_HARDWARE = guarded(r"\b(?:GPU|GPUs|HBM|VRAM|card|cards)\b|видеокарт|видеопамят", re.I)
_MODEL_WORD = r"(?:models?|LLMs?|weights?|checkpoints?|tensors?|модел\w*|вес\w*)\b"
_MODEL_AFTER = guarded(r"[^\S\n]*(?:[\w-]+[^\S\n]+){0,2}?" + _MODEL_WORD, re.I)
_MODEL_BEFORE = guarded(r"\b" + _MODEL_WORD + r"[^.;:,\n]{0,12}$", re.I)
_HARDWARE_AFTER = guarded(
    r"(?i)\s*(?!(?:on\s+|for\s+|in\s+|to\s+)?(?:per|each|every|a|one)\s|на\s|по\s|в\s+кажд)(?:of\s+)?(?:\w+\s+){0,2}"
    r"(?:GPU|card|VRAM|HBM|RAM|memory card|high[- ]bandwidth memory|A100|H100|H200|L40|RTX"
    r"|видеокарт|карт[аеуыо]|видеопамят|ОЗУ|оперативн)"
)
# `an 8 GB phone`, `a 16 GB laptop`: the device's memory (right after the figure only)
_DEVICE_AFTER = guarded(
    r"(?i)[\s-]*(?:RAM\s+)?(?:(?:smart)?phones?\b|laptops?\b|MacBook|Mac\b|devices?\b|servers?\b"
    r"|телефон|смартфон|ноутбук|устройств|сервер)"
)
# `our 48 GB box`, `на 128 ГБ мини-ПК`: a machine's memory; what a model `fits a 64 GB box` in is a bound on it (sized's)
_MACHINE_AFTER = guarded(
    r"(?i)[\s-]*(?:box(?:es)?\b|machines?\b|rigs?\b|workstations?\b|desktops?\b|nodes?\b|(?:mini-?)?PCs?\b"
    r"|appliances?\b|узл\w*|узел|машин\w*|компьютер\w*|мини-ПК|ПК\b)"
)
_A_FIT_BEFORE = guarded(r"(?i)\bfit(?:s|ting)?\s+(?:(?:in|into|on)\s+)?(?:a|an|one)\s+(?:~|≈)?\s*$")
_HARDWARE_BEFORE = guarded(
    r"(?i)(?:GPUs?|cards?|(?:A100|H100|H200|B200|L40S?|\bL4|\bT4|\bA10G?|RTX\s?\d*|\b[2-5]0[6-9]0(?:\s?Ti)?|A[456]000|A40|V100"
    r"|MI[23]\d\dX?)s?|видеокарт\w*|карт[аеуы]|device|laptop|ноутбук\w*"
    r"|(?:smart)?phones?|телефон\w*|смартфон\w*|устройств\w*"
    # `on a MacBook Air with 16 GB`, `на Mac Studio с 192 ГБ`, `an M2 Ultra with 192 GB`: the machine's memory
    r"|MacBook(?:\s+(?:Air|Pro))?|Mac\s+(?:Studio|mini|Pro)|iMac|\bM[1-4](?:\s+(?:Pro|Max|Ultra))?)"
    r"(?:\s*\d+\s*[GT]i?B)?"  # `8×A100 40GB (320 GB total)`: the cards' capacity, then their sum
    r"\s*(?:with|has|has got|of|с|имеет|на)?\s*\(?\s*(?:~|≈)?\s*$"  # `8×H100 (640 GB)`
)


def near_hardware(text: str, q: Quantity) -> bool:
    """`A100 80GB`, `an 80 GB card`, `24 ГБ видеопамяти`: a capacity of hardware, not of a model
    (`text` is the unmasked one: the masked text blanks `A100`). An amount of memory a model needs
    (`нужно около 65,5 ГБ видеопамяти под веса`, `takes 16 GB of VRAM`) is the model's."""
    after = _HARDWARE_AFTER.match(text, q.end)
    if after and _MEMORY_AMOUNT.match(text, q.end) and _NEEDS_BEFORE.search(text, max(0, q.start - 40), q.start):
        return False
    return bool(
        after
        or _DEVICE_AFTER.match(text, q.end)
        or (_MACHINE_AFTER.match(text, q.end) and not _A_FIT_BEFORE.search(text, max(0, q.start - 30), q.start))
        or _LIMIT_AFTER.match(text, q.end)
        or _HARDWARE_BEFORE.search(text, max(0, q.start - 30), q.start)
        or (_CARD_EACH_BEFORE.search(text, max(0, q.start - 30), q.start) and not _SHARE_AFTER.match(text, q.end))
    )


# `the 5 GB wall`, `a 24 GB limit`, `an 8 GB budget`, `the 8 GB tier`: a limit a model is held to, not its size
_LIMIT_AFTER = guarded(
    r"(?i)[\s-]*(?:(?:memory|RAM|VRAM|app|per-app)[\s-]+)?(?:wall|limit|cap|budget|tier|class|лимит\w*|предел\w*|бюджет\w*)\b"
)


# `на двух картах RTX 3090 по 24 ГБ`: the memory each named card has (not a share: `по 13 ГБ весов`, `по 8 ГБ на каждую`)
_CARD_EACH_BEFORE = guarded(
    r"(?i)(?:A100|H100|H200|B200|L40S?|L4|MI300X?|RTX\s?\d{4}|\b[2-5]0[6-9]0|(?:\d+|двух|тр[её]х|четыр[её]х|восьми)\s+"
    r"(?:видео)?карт(?:ах|ы|а)?|GPU)(?:\s*Ti)?\s+по\s+(?:~|≈)?\s*$"  # `на 2 картах по 80 ГБ`
)
_SHARE_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+){0,1}(?:вес\w*|вес(?:а|ов)|кэш\w*|кеш\w*|KV|на\s+кажд\w*|под\s+)")


_MEMORY_AMOUNT = guarded(r"(?i)\s*(?:of\s+)?(?:VRAM|GPU\s+memory|видеопамят\w*|памяти\s+GPU)")
_NEEDS_BEFORE = guarded(
    r"(?i)(?:\bneeds?|\brequires?|\btakes?|\buses?|\bconsumes?|\boccup\w*|нужн\w*|требу\w*|понадоб\w*|занима\w*|потребл\w*|уход\w*)"
    r"[^.;]{0,30}$"
)


_LIST_GAP = guarded(r"\s*(?:,|/|\bor\b|\band\b|\bили\b|\bи\b)?\s*(?:\bor\b|\band\b|\bили\b|\bи\b)?\s*")
CONFLICT_FACTOR = 10  # code sizes further apart than this disagree, whatever the hedges


def vague(s: Sentence, facts: NoteFacts) -> list[Found]:
    out = []
    for m in VAGUE.finditer(s.unit.text, s.start, s.end):
        claim = make_claim(
            s.unit,
            m.start(),
            m.end(),
            "vague-magnitude",
            Verdict.UNVERIFIABLE,
            f"{m.group(0)!r} is an order of magnitude, not a figure",
        )
        out.append(Found(claim, tuple((q.start, q.end) for q in s.quantities)))  # the sentence's figures go with it
    return out


def _sizes(s: Sentence) -> list[Quantity]:
    return [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3]


def hardware(s: Sentence, facts: NoteFacts) -> list[Found]:
    """Sizes of hardware: each figure said of a card or its memory (`an 80 GB card`, `A100 80GB`)
    and the figures listed with it (`24 GB, 40 GB or 80 GB of HBM`). The sentence's other sizes
    are left to the shapes after this one."""
    sizes = _sizes(s)
    if len(sizes) < 2 or not _HARDWARE.search(s.text):
        return []
    text = s.unit.text
    taken = [near_hardware(text, q) for q in sizes]
    for i in range(len(sizes) - 2, -1, -1):  # a list ending in a hardware figure is all hardware
        if taken[i + 1] and not taken[i] and _LIST_GAP.fullmatch(text, sizes[i].end, sizes[i + 1].start):
            taken[i] = True
    got = [q for q, t in zip(sizes, taken, strict=True) if t]
    if len(got) < 2:
        return []
    claim = make_claim(
        s.unit,
        got[0].start,
        got[-1].end,
        "hardware-catalogue",
        Verdict.UNVERIFIABLE,
        "memory sizes of hardware: an external fact",
    )
    return [Found(claim, tuple((q.start, q.end) for q in got))]


def _interval(q: Quantity) -> tuple[float, float]:
    if q.hi is not None:
        return q.value, q.hi
    return (0.0, q.value) if q.bound == "<" else (q.value, math.inf) if q.bound == ">" else (q.value, q.value)


def code_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A sentence naming code (a script, the source, Python), not weights written as code: its
    smallest size not said of the model is the size of code describing the model."""
    text = s.unit.masked
    sizes = _sizes(s)
    if not sizes or not _CODE_WORDS.search(text, s.start, s.end) or _SERIAL.search(text, s.start, s.end):
        return []
    candidates = [
        q
        for q in sizes
        if not _MODEL_AFTER.match(text, q.end) and not _MODEL_BEFORE.search(text, max(s.start, q.start - 24), q.start)
    ]
    if not candidates:
        return []
    figure = min(candidates, key=lambda q: q.value)
    lo, hi = _interval(figure)
    fact = Fact("code-size", lo, hi, s.unit.line, figure.text, figure.start)
    external = any(q.bound or q.hi is not None for q in sizes)
    spans = tuple((q.start, q.end) for q in sizes) if external else ()  # a plain code size may still restate a ratio
    return [Found(None, spans, (fact,), _judge_code_size(s.unit, figure, sizes if external else []))]


def conflict(all_facts: tuple[Fact, ...], line: int, column: int) -> tuple[Fact, str] | None:
    """The earlier code size that the code size stated at (line, column) is more than
    CONFLICT_FACTOR times off, with the factor (`20–100×`); None when there is none."""
    own = next((f for f in all_facts if f.kind == "code-size" and (f.line, f.column) == (line, column)), None)
    if own is None:
        return None
    lo, hi = own.lo, own.hi
    for base in all_facts:
        if base.kind != "code-size" or (base.line, base.column) >= (line, column):
            continue
        if lo >= CONFLICT_FACTOR * base.hi > 0 or base.lo >= CONFLICT_FACTOR * hi > 0:
            ratios = sorted(
                {max(lo / base.hi, base.lo / hi), max(hi / base.lo if base.lo else math.inf, base.hi / lo if lo else math.inf)}
            )
            return base, "–".join(f"{r:,.0f}" for r in ratios if r != math.inf) + "×"
    return None


def _judge_code_size(unit: Unit, figure: Quantity, sizes: list[Quantity]) -> Pending:
    def resolve(all_facts: tuple[Fact, ...], _: list[Claim]) -> Claim | None:
        found = conflict(all_facts, unit.line, figure.start)
        if found is not None:
            base, factor = found
            key = f"code-size:{base.line}:{base.text}"
            return make_claim(
                unit,
                figure.start,
                figure.end,
                "code-size",
                Verdict.UNVERIFIABLE,
                f"{figure.text} of code: not computable, and {factor} off the {base.text} of line {base.line}: "
                "internal inconsistency",
                stated=figure.text,
                key=key,
                value=figure.value,
            )
        if sizes:
            return make_claim(
                unit,
                sizes[0].start,
                sizes[-1].end,
                "external-size",
                Verdict.UNVERIFIABLE,
                "the size of code or files outside the note: not computable",
            )
        return None

    return Pending(unit.line, figure.start, resolve)
