"""A size no shape could type, in a sentence about a model's sizing: reported as unverifiable, never dropped.

A figure in bytes, a rate (tok/s, GB/s) or FLOPs that every shape before this one left unread is still a claim when
its sentence speaks of a model's sizing (a catalogued model, a storage type, or the words of weights, the cache,
parameters, training or quantization): its kind or an input is what the checker could not read, which the user is
told at info level instead of the figure vanishing. Sizes of hardware (`an 80 GB card`, `64 GB of RAM`), a bound or a
range, and sentences about nothing of a model stay unread.
"""

from __future__ import annotations

import re

from vaultkit.claims.catalog import find_gpus
from vaultkit.claims.model import Verdict
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim

_KINDS = frozenset({"bytes", "throughput", "bandwidth", "flops"})
_ABOUT_SIZING = re.compile(
    r"(?i)\bweights?\b|\bKV\b|\bcache\b|\bparam\w*|\bcheckpoint\w*|\bquant\w*|\bGGUF\b|\bLoRA\b|\bactivations?\b"
    r"|\bgradients?\b|\boptimi[sz]er\b|\bAdam\w*|\bfine-?tun\w*|\btrain\w*|\bper\s+token\b|\btok/s\b|\bmodels?\b"
    r"|\bLLMs?\b|\bRLHF\b|\bPPO\b|\bDPO\b|\bSFT\b|\binference\b|\bserving\b|модел\w*|инференс\w*"
    r"|вес[аов]?\b|кэш\w*|кеш\w*|параметр\w*|чекпоинт\w*|квант\w*|активаци\w*|градиент\w*|оптимизатор\w*|обучени\w*"
    r"|дообучени\w*|на\s+токен\b|ток/с\b"
)
# what a size said of hardware or storage capacity is followed or preceded by (`24 GB card`, `80 GB of HBM`,
# `64 ГБ ОЗУ`, `a 2 TB SSD`)
_CAPACITY_AFTER = re.compile(
    r"(?i)\s*(?:of\s+)?(?:unified\s+|system\s+|GPU\s+|total\s+|free\s+|available\s+)?(?:cards?|GPUs?|VRAM|RAM|HBM\w*|memory|"
    r"SSD|NVMe|disk|drive|карт\w*|видеокарт\w*|видеопамят\w*|памят\w*|ОЗУ|диск\w*|накопител\w*)\b"
)
_CAPACITY_BEFORE = re.compile(
    r"(?i)(?:\bwith|\bhas|\bhave|\bcards?|\bGPUs?|\bVRAM|\bRAM|\bHBM\w*|\bmemory|\bSSD|\bdisk|карт\w*|памят\w*|ОЗУ|\bс)"
    r"\s*(?:of\s+|—\s*|:\s*)?$"
)


def unread_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    left = [q for q in s.quantities if q.kind in _KINDS and q.hi is None and not q.bound and q.value > 0]
    if not left:
        return []
    if not (s.models or s.dtypes or _ABOUT_SIZING.search(text, s.start, s.end)):
        return []
    gpus = find_gpus(s.unit.text)
    out: list[Found] = []
    for q in left:
        if _CAPACITY_AFTER.match(text, q.end) or _CAPACITY_BEFORE.search(text, max(s.start, q.start - 16), q.start):
            continue
        if any(g.start - 24 <= q.start and q.end <= g.end + 24 for g in gpus):
            continue  # `RTX 4090 (24 GB)`, `A100 80GB`: a card's memory
        why = f"{q.text}: a size the checker could not type (which quantity, or an input it needs, is not read)"
        claim = make_claim(s.unit, q.start, q.end, "unread-size", Verdict.UNVERIFIABLE, why, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out
