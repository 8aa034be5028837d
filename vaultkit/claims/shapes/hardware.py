"""What an accelerator's own memory holds and how fast it reads (§ hardware): a figure said of a named card, or of a
count of them, is checked against the card's published capacity or peak bandwidth (`catalog._GPUS`).

- one card's capacity said as a fact: `the RTX 3090 has 24 GB`, `у L40S 48 ГБ`, `an L4 with 48 GB` (it has 24 GB),
  `fits an 80 GB H100`;
- the total of several: `Two 4090s give you 96 GB of VRAM` (2 × 24 GB = 48 GB), `четыре L40S дают 192 ГБ памяти`,
  `8 × A100 has 320 GB` (a name that leaves the variant open holds with any variant's figure: 8 × 40 GB);
- a card's peak bandwidth: `the H100 SXM's 3.35 TB/s`, `4090: 1008 GB/s`.

A card's own published figure restated is its spec, not a claim: it is checked and, when it holds, left as it was (no
claim, the figure free for the shapes after this one); a figure the card does not have is an error. A sum over several
cards said as a fact (`8 H100s give 640 GB`, `четыре L40S дают 192 ГБ памяти`) is arithmetic, a claim either way.

A card's marketed `80 GB` is read in either unit (an H100 80GB reports 79.6-81.5 GiB): `80 GiB` holds, and a figure
within 10 % of the marketed one in either unit (`76 GB`, `79.6 GiB`) is what the driver reports or leaves usable, not
judged. A figure is the card's only where the sentence says so: the card named right before it with a word of having
(`has`, `gives`, `у`), `with` in a sentence about no model or workload, a word of memory after it (`VRAM`, `HBM`,
`памяти`), or the card right after it (`an 80 GB H100`). A figure of the model or of what is left on the card (`needs
70 GB on the H100`, `~75 GB free`, `35 GB of weights`), a share per card (`8 × H100 — 136 ГБ на карту`, `each 3090 has
10 GB`), the system's memory (`a node has 2 TB of RAM`), a bandwidth below the peak (a sustained rate) and any figure
said only beside a card (`A100 (40 GB)`, `L40S — 48 ГБ`) are never errors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from vaultkit.claims.catalog import GpuMention, find_cards
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, in_range, make_claim, starting_in
from vaultkit.claims.verdict import compare, fmt, written_out

_GIB_PER_GB = 1e9 / 2**30

_COUNTS = {
    "one": 1, "single": 1, "a single": 1, "two": 2, "dual": 2, "a pair of": 2, "pair of": 2, "three": 3, "four": 4,
    "six": 6, "eight": 8, "sixteen": 16,
    "один": 1, "одна": 1, "одну": 1, "одной": 1, "одного": 1, "одним": 1, "два": 2, "две": 2, "двух": 2, "двумя": 2,
    "три": 3, "трёх": 3, "трех": 3, "тремя": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "четырьмя": 4, "шесть": 6,
    "шести": 6, "восемь": 8, "восьми": 8, "восемью": 8, "шестнадцать": 16, "шестнадцати": 16,
}  # fmt: skip
# a count of cards right before the name (`8 × H100`, `two 4090s`, `четырьмя ускорителями H100`)
_COUNT_BEFORE = guarded(
    r"(?i)(?<![\w.,=/:+×*-])(?P<n>\d{1,2}|"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _COUNTS), key=len, reverse=True))
    + r")[^\S\n]*(?:[×x*][^\S\n]*)?(?:(?:used|NVIDIA|Nvidia|б/у|cards?|GPUs?|карт\w*|видеокарт\w*|ускорител\w*)[^\S\n]+){0,2}$"
)
# a count that multiplies another (`6 nodes × 8 H100`) or a count the cards are a place for (`on 8 × H100 — 136 ГБ`)
_OUTER_COUNT = guarded(r"(?i)(?:[×x*]|\bnodes?|\bboxes|\bservers|узл\w*|сервер\w*)[^\S\n]*$")
_PLACE_BEFORE = guarded(
    r"(?i)(?:\b(?:on|over|across|using|under|onto|from|per)|(?<!\w)(?:на|при|через|в|во|по|из|для))[^\S\n]+"
    r"(?:(?:a|an|the|one|a\s+single|single|each|every|одн\w+|кажд\w+)[^\S\n]+)?$"
)
# `у L40S 48 ГБ`, `в RTX 3090 24 ГБ видеопамяти`, `У каждой H200 141 ГБ`: the card's
_OWNER_BEFORE = guarded(r"(?i)(?<!\w)у[^\S\n]+(?:(?:кажд\w+|одной|одного|этой|этого|нашей|моей)[^\S\n]+)?$")

_FIGURE = r"\d+(?:[.,]\d+)?[^\S\n]*(?:[GT]i?B|[ГТ]и?Б)\b"
_HEDGE = (
    r"(?:(?:about|around|roughly|approximately|almost|nearly|only|just|full|a\s+full|a\s+total\s+of|in\s+total|total"
    r"|combined|всего|около|примерно|почти|целых|суммарно|в\s+сумме|итого|~|≈)[^\S\n]*){0,3}"
)
_HAVE = (
    r"has|have|has\s+got|comes?\s+with|ships?\s+with|offers?|packs?|carr(?:y|ies)|features?|boasts?|sports|gives?(?:\s+you)?"
    r"|provides?|brings?|totals?|adds?\s+up\s+to|sums?\s+to|amounts?\s+to|makes?|имеет|имеют|дают|даёт|дает|несут|несёт"
)
_WITH = r"with|с|со|на"
# between a card (or cards) and its memory figure (`H100 SXM 80 ГБ (суммарно`, `4090s give you`, `L4 with`, `H200 по`)
_CARD_WORD = r"(?:[^\S\n]+(?:cards?|GPUs?|accelerators?|node|box|server|карт\w*|видеокарт\w*|ускорител\w*|узел|сервер))?"
_MEMORY_LINK = guarded(
    r"(?i)"
    + _CARD_WORD
    + r"(?P<hop>[^\S\n]*\(?[^\S\n]*(?P<own>"
    + _FIGURE
    + r")(?:[^\S\n]+(?:each|каждая|каждый))?[^\S\n]*[,;)]?)?"
    + _CARD_WORD
    + r"[^\S\n]*(?P<punct>[(:—–=,]|-(?!\d))?[^\S\n]*"
    r"(?:(?P<have>" + _HAVE + r")|(?P<with>" + _WITH + r")|(?P<per>по))?[^\S\n]*" + _HEDGE
)
# a word of memory right after the figure (`96 GB of VRAM`, `192 ГБ памяти`, `640 GB HBM3`)
_MEMORY_AFTER = guarded(
    r"(?i)[^\S\n]*(?:of[^\S\n]+)?(?:(?:total|combined|on-?board|GPU|video|graphics)[^\S\n]+)?"
    r"(?:VRAM|HBM\w*|GDDR\w*|memory|видеопамят\w*|памят\w*)"
)
_EACH_AFTER = guarded(
    r"(?i)[^\S\n]*(?:each|apiece|per[^\S\n]+(?:card|GPU|device|accelerator)|a[^\S\n]+(?:card|GPU)|/[^\S\n]*(?:card|GPU)"
    r"|на[^\S\n]+(?:одну[^\S\n]+|каждую[^\S\n]+)?(?:карту|GPU|видеокарту|ускоритель)|кажд\w*)"
)
_TOTAL_AFTER = guarded(
    r"(?i)[^\S\n]*(?:of[^\S\n]+)?(?:total|in[^\S\n]+total|combined|together|altogether|in[^\S\n]+all|aggregate"
    r"|суммарно|в[^\S\n]+сумме|всего|вместе)"
)
# the figure is what a model or a cache takes, what is left, or a share (read to the end of its clause)
_NOT_CAPACITY = guarded(
    r"(?i)\b(?:free|left|spare|usable|available|remaining|headroom|reserved|after|weights?|models?|params|parameters|KV"
    r"|cache|activations?|optimi[sz]er|states?|checkpoint|shards?|shares?|footprint|need\w*|requir\w*|used|takes?|load\w*"
    r"|RAM|DRAM|DDR\w*|system|host|CPU|disk|NVMe|SSD|storage|unified)\b|оперативн\w*|ОЗУ|диск\w*|систем\w*|хост\w*"
    r"|свободн\w*|оста[её]т\w*|осталось|доступн\w*|(?<!\w)под(?!\w)|вес(?:ов|а|ам)?(?!\w)|кэш\w*|кеш\w*|модел\w*|состояни\w*"
    r"|запас\w*|нужн\w*|требу\w*|занят\w*|занима\w*|активаци\w*|после|загруз\w*|парамет\w*"
)
_CLAUSE_END = guarded(r"[,;:.!?()|—–\n]|\s-\s")
# `needs 70 GB H100`, `= 35 GB H100`: a figure before a card that is another thing's
_NEEDS_BEFORE = guarded(
    r"(?i)(?:\b(?:needs?|requires?|takes?|uses?|weighs?|occup\w+|consumes?|is|are|was|were|of)|[=≈:]"
    r"|(?<!\w)(?:нужн\w*|требу\w*|весит|весят|занима\w*|потребу\w*|это))[^\S\n]*(?:~|≈|about|около|примерно)?[^\S\n]*$"
)
_BEFORE_CARD = guarded(r"(?i)[^\S\n]*-?[^\S\n]*(?:(?:NVIDIA|Nvidia|GDDR\w*|HBM\w*)[^\S\n]+)?")
# what stands before `80 GB` in `an 80 GB H100`: an article, a count, a preposition, the line's start
_ARTICLE_BEFORE = guarded(
    r"(?i)(?:^|[(\[,;:]|^[^\S\n]*(?:[-*+]|\d{1,3}[.)])|\b(?:a|an|one|the|single|my|our|your|his|her|their|this|that|each|every|any"
    r"|used|spare|of|on|in|into|onto|fits?|with|two|three|four|six|eight|\d{1,2}[^\S\n]*[×x*])"
    r"|(?<!\w)(?:на|в|во|с|со|под|одн\w+|дв[аеу]\w*|тр[иеё]\w*|четыр\w+|вос[еь]м\w*|кажд\w+|\d{1,2}[^\S\n]*[×x*]))[^\S\n]*$"
)
# the sentence is about a model: a link word alone (`with`, `:`) no longer makes a figure the card's
_MODEL_WORDS = guarded(
    r"(?i)\b(?:weights?|models?|checkpoints?|params|parameters|KV|cache|context|batch\w*|tokens?|activations?|LoRA"
    r"|fine-?tun\w*|training|inference|serving)\b"
    r"|(?<!\w)(?:вес(?:а|ов)|модел\w*|кэш\w*|кеш\w*|контекст\w*|батч\w*|токен\w*|активаци\w*|обучени\w*|дообучени\w*|инференс\w*)"
)
# `each 3090 has 10 GB`, `the first 4090 has 20 GB`: one card of several, whose figure may be its share
_ONE_OF_BEFORE = guarded(
    r"(?i)(?:\b(?:each|every|per|first|second|third|last|other)|(?<!\w)(?:кажд\w+|перв\w+|втор\w+|треть\w+|последн\w+|друг\w+))"
    r"[^\S\n]+$"
)
# the node, box or server the cards are in (`8 × H100 80 GB node has`): its figure is the cards' only with a word of theirs
_HOUSING = guarded(r"(?i)\b(?:node|box|server)\b|узел|сервер")
_GPU_MEMORY_AFTER = guarded(
    r"(?i)[^\S\n]*(?:of[^\S\n]+)?(?:(?:total|combined)[^\S\n]+)?(?:VRAM|HBM\w*|GPU[^\S\n]+memory|видеопамят\w*|памяти[^\S\n]+GPU)"
)

# between a card and its bandwidth (`H100 SXM's`, `4090:`, `L40S (`, `H100 SXM bandwidth is`, `RTX 4090 с пропускной
# способностью памяти`, `RTX 4090 (24 GB,`)
_BANDWIDTH_LINK = guarded(
    r"(?i)(?:[^\S\n]+(?:cards?|GPUs?|карт\w*|видеокарт\w*))?[^\S\n]*(?:[(:—–=,]|-(?!\d))?[^\S\n]*[\"“«]?"
    r"(?:[^\S\n]*\(?[^\S\n]*" + _FIGURE + r"(?:[^\S\n]+(?:HBM\w*|GDDR\w*))?[^\S\n]*[,;]?)?"
    r"[^\S\n]*(?:(?:memory|HBM\w*|GDDR\w*)[^\S\n]+)?(?:bandwidth)?[^\S\n]*(?:[(:—–=,]|-(?!\d))?[^\S\n]*"
    r"(?:is|of|at|with|has|have|moves?|does|delivers?|offers?|gives?|streams?|reads?\s+at|runs?\s+at|peaks?\s+at"
    r"|с|даёт|дает|имеет|это|составляет|выда[её]т)?[^\S\n]*"
    r"(?:(?:a[^\S\n]+)?(?:peak[^\S\n]+)?(?:memory[^\S\n]+)?bandwidth(?:[^\S\n]+of)?[^\S\n]*)?"
    r"(?:(?:пропускн\w+[^\S\n]+способност\w+|ПСП)(?:[^\S\n]+памяти)?[^\S\n]*(?:—|–|:|-)?[^\S\n]*)?"
    r"(?:(?:about|around|roughly|~|≈|около|примерно|up\s+to|до)[^\S\n]*)?"
)
# a rate of a link, not of the card's memory (`900 GB/s NVLink`, `32 GB/s over PCIe`)
_LINK_AFTER = guarded(
    r"(?i)[^\S\n]*(?:of[^\S\n]+)?(?:NVLink|PCIe|interconnect|network|InfiniBand|IB\b|Ethernet|link|шин\w*|сет\w*)"
)
# a link named right before the card (`NVLink у 3090 — 112,5 ГБ/с`, `the link of the 4090 runs at …`): the link's rate (not
# `PCIe`, which names a card's variant: `the PCIe A100`)
_LINK_BEFORE = guarded(
    r"(?i)(?:\bNVLink|\binterconnect|\bInfiniBand|\bEthernet|\blink|(?<!\w)шин[аеуы]|(?<!\w)сет[ьи])[^\S\n]*(?:of|on|у|в)?[^\S\n]*"
    r"(?:the[^\S\n]+)?$"
)
_PER_CARD_RATE = guarded(
    r"(?i)[^\S\n]*(?:each|per[^\S\n]+(?:card|GPU|device)|/[^\S\n]*(?:card|GPU)|на[^\S\n]+(?:одну[^\S\n]+|каждую[^\S\n]+)?(?:карту|GPU)"
    r"|кажд\w*)"
)
_SUMMED_RATE = guarded(r"(?i)[^\S\n]*(?:total|in[^\S\n]+total|combined|aggregate|together|суммарн\w*|в[^\S\n]+сумме|всего)")
_SUSTAINED = guarded(
    r"(?i)\b(?:effective\w*|achiev\w*|measured|sustain\w*|real\w*|practi\w*|observed|actual\w*|we\s+(?:get|got|see))\b"
    r"|эффективн\w*|реальн\w*|на\s+практике|по\s+факту|замер\w*|намер\w*|измер\w*"
)


def _cards(s: Sentence) -> tuple[GpuMention, ...]:
    return tuple(starting_in(find_cards, s.start, s.end, s.unit.text))


def _count(text: str, lo: int, card: GpuMention) -> tuple[int, int] | None:
    """The count of cards said right before `card` (`8 ×`, `two`, `четырьмя ускорителями`) and where it starts."""
    m = _COUNT_BEFORE.search(text, max(lo, card.start - 40), card.start)
    if m is None:
        return None
    raw = re.sub(r"\s+", " ", m.group("n").lower())
    n = int(raw) if raw.isdigit() else _COUNTS.get(raw, 0)
    return (n, m.start()) if 1 <= n <= 64 else None


def _in_name(cards: tuple[GpuMention, ...], q: Quantity) -> bool:
    return any(c.start <= q.start < c.end for c in cards)


def _clause_after(text: str, q: Quantity, end: int) -> str:
    m = _CLAUSE_END.search(text, q.end, min(end, q.end + 48))
    return text[q.end : m.start() if m else min(end, q.end + 48)]


def _gb(v: float) -> str:
    return f"{v / 1e9:,.4g} GB"


def _matches(q: Quantity, value: float) -> Verdict | None:
    """A published figure is exact: `200 GB` is no rounding of 160 GB (as a round size of a model's may be). The
    stated figure holds to its last printed digit, within 1 %, or within 10 % when hedged (`~640 GB`)."""
    literal = value / q.scale
    off = abs(literal - q.printed)
    if off <= q.half_unit():
        return Verdict.HOLDS
    if off <= 0.01 * literal:
        return Verdict.HOLDS_ROUNDING
    if q.hedge and off <= 0.1 * literal:
        return Verdict.HOLDS_APPROX
    return None


def _memory_verdict(q: Quantity, capacities: tuple[float, ...], n: int) -> tuple[Verdict, str]:
    """The figure against `n` × each capacity the name leaves open, the marketed figure read in GB or GiB."""
    totals = tuple(n * c for c in capacities)
    shown = " or ".join(_gb(c) for c in capacities)
    how = f"{n} × {shown} = {' or '.join(_gb(t) for t in totals)}" if n > 1 else shown
    near = False
    for t in totals:
        for value in (t, t / _GIB_PER_GB):  # `80 GB` marketed, `80 GiB` as often said
            verdict = _matches(q, value)
            if verdict is not None:
                return verdict, f"{how} (published); stated {q.text}: holds"
            near = near or abs(q.value - value) <= 0.1 * value
            near = near or abs(q.value - t * _GIB_PER_GB) <= 0.1 * t * _GIB_PER_GB  # `74.5 GiB`: the marketed GB in GiB
    if near:
        return Verdict.UNVERIFIABLE, f"{how} (published); stated {q.text}: what the driver reports or leaves usable"
    return Verdict.WRONG, f"{how} (published); stated {q.text}: does not match"


class _Reading(NamedTuple):
    """A figure read as the memory of `n` cards: `strong` where the sentence says it is theirs (so that a mismatch is an
    error), `total` where it is said as the sum of several (arithmetic, a claim even when it holds)."""

    card: GpuMention
    n: int
    strong: bool
    total: bool


def card_memory(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A capacity said of a named card or of a count of them (see the module's docstring)."""
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e9 and q.hi is None and not q.bound]
    if not sizes:
        return []
    cards = _cards(s)
    if not cards:
        return []
    text = s.unit.text
    about_model = bool(s.models) or bool(in_range(s.dtypes, s.start, s.end)) or _MODEL_WORDS.search(text, s.start, s.end)
    out: list[Found] = []
    for q in sizes:
        if _in_name(cards, q) or not s.unit.owns(q.start):
            continue
        got = _after_card(s, q, cards, bool(about_model)) or _before_card(s, q, cards) or _counted_cards(s, q, cards)
        if got is None:
            continue
        card, n, strong, total = got
        if not card.memories:
            continue
        verdict, how = _memory_verdict(q, card.memories, n)
        if verdict is not Verdict.WRONG and not (total and verdict.holds):
            continue  # a card's own figure restated is its spec, no claim (nor a reading of what the driver reports)
        if verdict is Verdict.WRONG and not strong:
            continue  # said only beside the card: maybe another figure, left to the shapes after this one
        claim = make_claim(s.unit, q.start, q.end, "hardware-memory", verdict, f"{card.name}: {how}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


def _after_card(s: Sentence, q: Quantity, cards: tuple[GpuMention, ...], about_model: bool) -> _Reading | None:
    """The card named right before `q` with a link that makes `q` its memory."""
    text = s.unit.text
    before = [c for c in cards if c.end <= q.start]
    if not before:
        return None
    card = before[-1]
    if q.start - card.end > 60:
        return None
    link = _MEMORY_LINK.fullmatch(text, card.end, q.start)
    if link is None:
        return None
    clause = _clause_after(text, q, s.end)
    if _NOT_CAPACITY.search(clause):
        return None
    counted = _count(text, s.start, card)
    n, where = counted if counted is not None else (1, card.start)
    if counted is not None and _OUTER_COUNT.search(text, max(s.start, where - 12), where):
        return None  # `6 nodes × 8 H100`: the count of cards is not said
    memory = _MEMORY_AFTER.match(text, q.end) is not None
    each = _EACH_AFTER.match(text, q.end) is not None or link.group("per") is not None
    total = _TOTAL_AFTER.match(text, q.end) is not None or re.search(r"(?i)total|суммарн|в\s+сумме|итого", link.group(0))
    capacities = card.memories
    hop = link.group("own")
    if hop is not None:  # `H100 SXM 80 ГБ (суммарно 320 ГБ)`: the card's own figure picks its variant
        said = [c for c in capacities if _said_capacity(hop, c)]
        capacities = tuple(said) or capacities
    card = GpuMention(card.name, card.start, card.end, card.bandwidths, capacities)
    place = _PLACE_BEFORE.search(text, max(s.start, where - 24), where) is not None
    owner = _OWNER_BEFORE.search(text, max(s.start, where - 16), where) is not None
    # `has`, `give you` say the card's (unless the card is only where something is: `the model on the H100 has`),
    # `with` too while the sentence is not about a model (`Llama on an H100 with 70.6 GB`: the weights)
    strong = (bool(link.group("have")) and not place) or memory or owner or (bool(link.group("with")) and not about_model)
    if _ONE_OF_BEFORE.search(text, max(s.start, where - 12), where) and not owner:
        strong = False
    if _HOUSING.search(link.group(0)) and not _GPU_MEMORY_AFTER.match(text, q.end):
        strong = False
    if link.group("punct") == "=" and n > 1 and not place:
        strong = True  # `8 × H100 = 640 GB`
    if n > 1 and place and not memory:
        strong = False  # `на 8 × H100 — 640 ГБ`: the cards are where something is, not what has the figure
    if each:
        return _Reading(card, 1, False, False)  # a figure per card after a count may be a share: never an error
    if n > 1 and not total and not strong and not _said_any(q, card.memories, n):
        return _Reading(card, 1, False, False)  # `2× RTX 3090 (24 GB`: the figure beside several cards may be each one's
    # `8 H100s give 640 GB`, `четыре L40S дают 192 ГБ памяти`, `8 × H100 = 640 GB`: a sum said as a fact (a figure in
    # brackets after the cards, `8×A100 40GB (320 GB total)`, is their spec: no claim unless it is wrong)
    said_total = n > 1 and bool(link.group("have") or memory or owner or link.group("punct") == "=")
    return _Reading(card, n, strong, said_total)


def _said_capacity(hop: str, capacity: float) -> bool:
    m = re.match(r"(\d+(?:[.,]\d+)?)", hop)
    return m is not None and abs(float(m.group(1).replace(",", ".")) - capacity / 1e9) < 0.5


def _said_any(q: Quantity, capacities: tuple[float, ...], n: int) -> bool:
    return any(_matches(q, v) is not None for c in capacities for v in (n * c, n * c / _GIB_PER_GB))


# `eight cards`, `на восемь карт`: a count of cards that names no card, of the one card the sentence names
_COUNTED_CARDS = guarded(
    r"(?i)(?<![\w.,=/:+×*-])(?P<n>\d{1,2}|"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _COUNTS), key=len, reverse=True))
    + r")[^\S\n]*(?:[×x*][^\S\n]*)?(?:cards|GPUs|accelerators|карт(?:ы|ах|ам|ами)?(?!\w)|видеокарт\w*|ускорител\w*)"
)


def _counted_cards(s: Sentence, q: Quantity, cards: tuple[GpuMention, ...]) -> _Reading | None:
    """`У каждой H200 141 ГБ, на восемь карт — 1128 ГБ`: the total of a count of the card the sentence names (one
    name only); it holds when it is the total, and is otherwise left to the shapes after this one."""
    if len({c.name for c in cards}) != 1 or cards[0].start > q.start:
        return None
    text = s.unit.text
    counts = [m for m in _COUNTED_CARDS.finditer(text, max(s.start, q.start - 48), q.start) if m.start() >= cards[0].end]
    if not counts:
        return None
    m = counts[-1]
    link = _MEMORY_LINK.fullmatch(text, m.end(), q.start)
    if link is None or link.group("per") or _EACH_AFTER.match(text, q.end) or _NOT_CAPACITY.search(_clause_after(text, q, s.end)):
        return None
    raw = re.sub(r"\s+", " ", m.group("n").lower())
    n = int(raw) if raw.isdigit() else _COUNTS.get(raw, 0)
    if not 2 <= n <= 64:
        return None
    return _Reading(cards[-1], n, False, False)


def _before_card(s: Sentence, q: Quantity, cards: tuple[GpuMention, ...]) -> _Reading | None:
    """`an 80 GB H100`, `a 24GB 4090`: the card named right after `q` (each card's memory)."""
    text = s.unit.text
    after = [c for c in cards if c.start >= q.end]
    if not after:
        return None
    card = after[0]
    if card.start - q.end > 16 or _BEFORE_CARD.fullmatch(text, q.end, card.start) is None:
        return None
    if _NEEDS_BEFORE.search(text, max(s.start, q.start - 24), q.start):
        return None
    if not _ARTICLE_BEFORE.search(text, max(s.unit.own_start, s.start - 4, q.start - 24), q.start):
        return None  # `Qwen 72B int4 36 GB 4090`: a figure run into a name in a terse list is not read
    return _Reading(card, 1, True, False)


def _bandwidth_verdict(q: Quantity, card: GpuMention, n: int, each: bool, summed: bool, sustained: bool) -> tuple[Verdict, str]:
    bits = q.kind == "bitrate"  # `347 Gbit/s` of memory bandwidth: bits, eight to a byte
    peaks = tuple(8 * b for b in card.bandwidths) if bits else card.bandwidths

    def rate(v: float) -> str:
        return f"{v / q.scale:,.4g} {q.unit}" if bits else f"{fmt(v, q.scale)}/s"

    per = [] if summed and n > 1 else [(b, rate(b)) for b in peaks]
    whole = [] if each or n == 1 else [(n * b, f"{n} × {rate(b)} = {rate(n * b)}") for b in peaks]
    candidates = per + whole
    how = " or ".join(h for _, h in candidates)
    for value, shown in candidates:
        check = compare(q, value)
        if check.verdict.holds:
            return check.verdict, f"{card.name}: {shown} (published peak); stated {q.text}: holds"
    top = max(v for v, _ in candidates)
    low = min(v for v, _ in candidates)
    if sustained or 0.5 * low <= q.value < top:
        return Verdict.UNVERIFIABLE, f"{card.name}: {how} (published peak); stated {q.text}: a sustained rate below it"
    return Verdict.WRONG, f"{card.name}: {how} (published peak); stated {q.text}: does not match"


# a sentence about a card's memory bandwidth (a bit rate then states it in bits: `memory bandwidth 347 Gbit/s`)
_MEMORY_BANDWIDTH = guarded(
    r"(?i)\bmemory\s+bandwidth|\bbandwidth\s+of\s+(?:its\s+|the\s+)?memory|пропускн\w*\s+способност\w*\s+памят"
)


def _card_before(cards: tuple[GpuMention, ...], ends: list[int], q: Quantity) -> GpuMention | None:
    """The last card named before figure `q`, within 60 characters of it; `ends` are the cards' ends, in order (found by
    bisection: a line of many cards and rates stays linear)."""
    k = bisect_right(ends, q.start)
    return cards[k - 1] if k and q.start - cards[k - 1].end <= 60 else None


# a number that refers to a place in a document (`табл. 4.3`, `Table 2`, `п. 3.4`, `§ 5`, `Fig. 3`, `с. 34`)
_REFERENCE_BEFORE = guarded(
    r"(?i)(?:\bтабл\w*\.?|\btables?|\bрис\.|\bfig(?:ure)?\.?|(?<!\w)пп?\.|§|\bраздел\w*|\bsection|\bsec\.|\bстр\.|(?<!\w)с\.|\bpage"
    r"|\bp\.|\beq\.|\bприл\.)\s*$"
)


_SAID_OF_EACH = guarded(r"(?i)[^\S\n]*(?:each|apiece|per\s+card|per\s+GPU|каждая|на\s+карту)\b")


def _own_rate(z: Quantity, card: GpuMention, text: str) -> bool:
    """`Two A100s at 2039 GB/s each give …`: the card's own published bandwidth said between it and a later rate, said
    of each card (a rate restated right after it, `3.35 TB/s is 3,350 Gbit/s`, is the conversion's to judge)."""
    own = z.kind == "bandwidth" and any(abs(z.value - b) <= 0.02 * b for b in card.bandwidths)
    return own and _SAID_OF_EACH.match(text, z.end) is not None


def _card_count(n: str) -> int:
    """The number a `_COUNT_BEFORE` match says (`2`, `two`, `двух`), at most 64 (else 1)."""
    value = int(n) if n.isdigit() else _COUNTS.get(" ".join(n.lower().split()), 1)
    return value if 0 < value <= 64 else 1


def _bits_for_bytes(s: Sentence, cards: tuple[GpuMention, ...], ends: list[int], bitrates: list[Quantity]) -> list[Found]:
    """A named card's memory bandwidth written in bits with the digits of its bytes (`H100 SXM memory bandwidth |
    3.35 Tbit/s`, `An H200 moves 4.8 Gbit/s`, `4090 как «1008 Гбит/с`) or of its bytes over eight: a bits-for-bytes slip,
    wrong whatever else the sentence says (a network's rate has other digits). The card stands right before the rate,
    with no other figure or card between."""
    out: list[Found] = []
    ordered = sorted(s.quantities, key=lambda z: z.start)
    starts = [z.start for z in ordered]
    for q in bitrates:
        if q.hi is not None or q.bound or q.value <= 0 or not s.unit.owns(q.start):
            continue
        card = _card_before(cards, ends, q)
        if card is None or not card.bandwidths:
            continue
        between = ordered[bisect_left(starts, card.end) : bisect_left(starts, q.start)]  # (the card is ≤ 60 characters off)
        text = s.unit.text
        parting = [z for z in between if not _REFERENCE_BEFORE.search(text, max(0, z.start - 12), z.start)]
        if any(not _own_rate(z, card, text) for z in parting):
            continue  # another figure between the card and the rate (not a table's or section's number: `в табл. 4.3`)
        # (`Two A100s at 2039 GB/s each give 4078 Gbit/s`: the cards counted before the name read together)
        counted = _COUNT_BEFORE.search(s.unit.text, max(0, card.start - 40), card.start)
        k = _card_count(counted.group("n")) if counted is not None else 1
        sums = [k * b for b in card.bandwidths]
        digits = {round(b / scale, 6) for b in sums for scale in (1e9, 1e12, 8e9, 8e12)}
        if not any(abs(q.printed - d) <= 0.01 * d for d in digits):
            continue
        bits = [8 * b for b in sums]
        if any(abs(q.value - v) <= 0.02 * v for v in [*bits, *(8 * b for b in card.bandwidths)]):
            continue  # (one card's bits are right too: `Eight H100 give 26.8 Tbit/s` may be each one's)
        shown = " or ".join(f"{written_out(v / q.scale)} {q.unit}" for v in bits)
        named = f"{k} × {card.name}" if k > 1 else card.name
        how = f"{named}: {shown} (published peak); stated {q.text}: the digits of its bytes written as bits (8 bits a byte)"
        claim = make_claim(s.unit, q.start, q.end, "hardware-bandwidth", Verdict.WRONG, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


def card_bandwidth(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A memory bandwidth said of a named card right before it (`4090: 1008 GB/s`, `H100 SXM's 3.35 TB/s`)."""
    memory_said = any(q.kind == "bitrate" for q in s.quantities) and _MEMORY_BANDWIDTH.search(s.unit.text, s.start, s.end)
    rates = [
        q
        for q in s.quantities
        if (q.kind == "bandwidth" or (q.kind == "bitrate" and memory_said))
        and q.hi is None
        and not q.bound
        and q.value > 0
        and not re.search(r"(?i)flop|флоп", q.unit)
    ]
    cards = _cards(s)
    if not cards:
        return []
    text = s.unit.text
    ends = [c.end for c in cards]
    out = _bits_for_bytes(s, cards, ends, [q for q in s.quantities if q.kind == "bitrate"])
    slips = {f.used[0][0] for f in out}
    for q in rates:
        if not s.unit.owns(q.start) or q.start in slips:
            continue
        card = _card_before(cards, ends, q)
        if card is None:
            continue
        if not card.bandwidths or _BANDWIDTH_LINK.fullmatch(text, card.end, q.start) is None:
            continue
        if _LINK_AFTER.match(text, q.end) or _LINK_BEFORE.search(text, max(s.start, card.start - 24), card.start):
            continue
        counted = _count(text, s.start, card)
        n = counted[0] if counted is not None else 1
        if counted is not None and _OUTER_COUNT.search(text, max(s.start, counted[1] - 12), counted[1]):
            continue
        each = _PER_CARD_RATE.match(text, q.end) is not None
        summed = _SUMMED_RATE.match(text, q.end) is not None
        sustained = _SUSTAINED.search(text, s.start, s.end) is not None
        verdict, how = _bandwidth_verdict(q, card, n, each, summed, sustained)
        if verdict is not Verdict.WRONG:
            continue  # a card's published rate restated (or a sustained one below it) is no claim: left as it was
        claim = make_claim(s.unit, q.start, q.end, "hardware-bandwidth", verdict, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out
