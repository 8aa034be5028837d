"""How many fit (§ capacity arithmetic): a count of items that a total holds at a size each,
an arithmetic statement whose operands are all sizes — `the 40 GiB pool at 56 KiB per token holds
about 750k tokens`, `2 GiB, i.e. 128 blocks of 16 MiB`, `26.95 GB in shards of at most 5 GB needs
6 shards`, `Эти 100 ГиБ — это 25 600 блоков` after a line that says `4 МиБ на блок`.

The count is a figure followed by its item word (blocks, sequences, shards, pages, tokens; блоки,
последовательности, шарды, страницы, токены). The size of one item is said with it: `per block`,
`на блок`, `blocks of X`, `each sequence takes X`, `one block is X`, `per token: X` — in the
sentence, else on one of the three lines above it in its section. The total is the size the
sentence states nearest before the count that is no size of one item. The count is total ÷ size
(rounded down for what fits, up for shards of at most a size), read with each size as written and
with its decimal and binary prefix swapped (a figure labelled KB for KiB still divides). A count
that matches no reading is wrong only when the size of one item is in its own sentence and the
count is off by more than 10 %, or by 4× or more when that size comes from a line above (it may be
off itself); otherwise it is unverifiable, with the recomputation shown. A count whose sentence
states no total, or no size of one item, is left to the other shapes.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, found, make_claim
from vaultkit.claims.verdict import fmt

_ITEMS = {
    "block": "block",
    "блок": "block",
    "sequence": "sequence",
    "последовательност": "sequence",
    "shard": "shard",
    "шард": "shard",
    "page": "page",
    "страниц": "page",
    "token": "token",
    "токен": "token",
}
_ITEM = r"(?P<item>blocks?|sequences?|shards?|pages?|tokens?|блок\w*|последовательност\w*|шард\w*|страниц\w*|токен\w*)"
# a count's item word right after it (`20,480 blocks`, `25 600 блоков`, `40 KV blocks`)
_ITEM_AFTER = guarded(r"(?i)\s*(?:(?:KV|kv|cache|кэш\w*)[\s-]+)?" + _ITEM + r"\b")
# the size of one item said with it
_PER_ITEM_AFTER = guarded(r"(?i)\s*(?:/\s*|per\s+|a\s+|на\s+(?:один\s+|одну\s+)?|за\s+)" + _ITEM + r"\b")
_ITEMS_OF_BEFORE = guarded(
    r"(?i)"
    + _ITEM
    + r"\s+(?:(?:of|по)\s+(?P<most>(?:at\s+most|up\s+to|до|не\s+более)\s+)?|(?P<bound>at\s+most|up\s+to|до|не\s+более)\s+)$"
)
# between the total and the count, or right after the count: the words of a count that fits or is needed
_FITS_BETWEEN = guarded(
    r"(?i)\b(?:holds?|fits?|is|are|equals?|comes\s+to|составля\w*|room\s+for|that\s+is|gives?|makes?|needs?|requires?|spans?|into|"
    r"вмеща\w*|помеща\w*|влеза\w*|это|то\s+есть|хват\w*|нужн\w*|требу\w*|даёт|дает|делится)\b|i\.\s?e\.|т\.\s?е\.|[=≈→:—–]"
)
_FITS_AFTER = guarded(r"(?i)\s*(?:\w+\s+)?(?:fit|fits|помеща\w*|влеза\w*|поместится|поместятся)\b")
# a count of tokens that is a context or a window, not a count that fits
_CONTEXT_AFTER = guarded(r"(?i)[\s-]*(?:tokens?\s+)?(?:of\s+)?(?:context|window|prompt|контекст\w*|окн\w*|промпт\w*)")
_ONE_ITEM_BEFORE = guarded(
    r"(?i)\b(?:each|one|every|a\s+single|один|одна|одну|каждый|каждая|каждую)\s+(?:\w+\s+)?"
    + _ITEM
    + r"\s*(?:takes|is|needs|holds|occupies|uses|costs|занимает|весит|требует|—|–|-|=|:)?\s*(?:about\s+|около\s+|~\s*)?$"
)
_PER_ITEM_BEFORE = guarded(r"(?i)\b(?:per|на)\s+(?:one\s+|один\s+)?" + _ITEM + r"\b[^.;\d]{0,12}?[:—–=]\s*$")
# the verbs of a count that must fit (rounded down) and of a count needed (rounded up)
_NEEDS = guarded(r"(?i)\bneed\w*|\brequir\w*|нужн\w*|потребу\w*|требу\w*")
_AT_MOST = guarded(r"(?i)at\s+most|up\s+to|до\b|не\s+более")
_OTHER_MEASURE = guarded(r"(?i)\s*(?:/\s*[sс]\b|per\s+(?:second|sec|s)\b|в\s+секунду|/\s*(?:param|token|параметр|токен))")

_NEAR = 0.02  # a count within 2 % of a reading holds (rounded figures: `about 750k tokens`)
_OFF_HERE = 0.10  # off by more than this from every reading: wrong, when the item size is in the sentence
_OFF_ABOVE = 4.0  # … or by this factor or more when it comes from a line above


def _item(word: str) -> str:
    low = word.lower()
    return next((v for k, v in _ITEMS.items() if low.startswith(k)), "")


def _is_size(q: Quantity) -> bool:
    return q.kind == "bytes" and q.hi is None and q.value > 0


_CUT_BEFORE = guarded(r"[\d][.,]?$")


def _whole(s: Sentence, q: Quantity) -> bool:
    """The figure as the note writes it starts where it was read: no digit or decimal mark of the
    note's text just before it (a masked name can cut `Модель 26,95 ГБ` down to `95 ГБ`)."""
    return _CUT_BEFORE.search(s.unit.text, max(0, q.start - 2), q.start) is None


def _item_sizes(text: str, qs: list[Quantity] | tuple[Quantity, ...]) -> list[tuple[Quantity, str, bool]]:
    """The sizes of one item the text states, with the item and whether it is a bound (`at most`)."""
    out: list[tuple[Quantity, str, bool]] = []
    for q in qs:
        if not _is_size(q):
            continue
        digit = re.search(r"\d", q.text)
        at = q.start + (digit.start() if digit else 0)  # `не более 5 ГБ`: the bound word is part of what is before
        before = text[max(0, at - 60) : at]
        m = _PER_ITEM_AFTER.match(text, q.end)
        if m:
            out.append((q, _item(m.group("item")), False))
            continue
        b = _ITEMS_OF_BEFORE.search(before) or _ONE_ITEM_BEFORE.search(before) or _PER_ITEM_BEFORE.search(before)
        if b:
            most = bool(b.groupdict().get("most") or b.groupdict().get("bound")) or bool(_AT_MOST.search(before[-16:]))
            out.append((q, _item(b.group("item")), most))
    return out


@lru_cache(maxsize=64)
def _line_item_sizes(line: str) -> tuple[tuple[Quantity, str, bool], ...]:
    """The sizes of one item a line states, read once per line (every count below it asks)."""
    masked = mask(line)
    return tuple(_item_sizes(masked, find_quantities(masked)))


def _lines_item_size(lines: tuple[str, ...], item: str) -> Quantity | None:
    """The one size of one `item` the lines above state (the nearest line that states any)."""
    for line in lines:
        found = [q for q, of, _ in _line_item_sizes(line) if of == item]
        if found:
            return found[0] if len({q.value for q in found}) == 1 else None
    return None


# the tokens one block holds: `a block holds 16 tokens`, `16 tokens per block`, `блок — 16 токенов`
_TOKENS_PER_BLOCK = guarded(
    r"(?i)\bblock\w*\s+(?:holds|has|of|contains|stores|keeps)\s+(?P<a>\d{1,4})\s+tokens?\b"
    r"|(?<![\d.,])(?P<b>\d{1,4})\s+tokens?\s+(?:per|a|each|in\s+(?:a|one|each))\s+block\b"
    r"|\bблок\w*\s*(?:—|–|=|:|содержит|вмещает|хранит|на)\s*(?P<c>\d{1,4})\s+токен\w*"
    r"|(?<![\d.,])(?P<d>\d{1,4})\s+токен\w*\s+(?:на|в)\s+(?:один\s+|каждом\s+|каждый\s+)?блок\w*"
)


@lru_cache(maxsize=64)
def _tokens_per_block(text: str) -> float | None:
    found = {float(next(g for g in m.groups() if g)) for m in _TOKENS_PER_BLOCK.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _from_blocks(s: Sentence, facts: NoteFacts, n: Quantity, blocks: Quantity) -> Found | None:
    """`20,480 blocks, or 327,680 tokens`: the blocks times the tokens one block holds (said in the
    sentence, else on a line above in its section)."""
    text = s.unit.masked
    per = _tokens_per_block(text[s.start : s.end])
    above = per is None
    if per is None:
        for line in facts.lines_above.get(s.unit.line, ()):
            per = _tokens_per_block(line)
            if per is not None:
                break
    if per is None or per <= 0:
        return None
    computed = blocks.value * per
    off = max(n.value / computed, computed / n.value)
    if abs(n.value - computed) <= _NEAR * computed:
        verdict = Verdict.HOLDS
    elif (not above and off > 1 + _OFF_HERE) or off >= _OFF_ABOVE:
        verdict = Verdict.WRONG
    else:
        verdict = Verdict.UNVERIFIABLE
    where = " (stated above)" if above else ""
    how = f"{blocks.text} blocks × {per:g} tokens per block{where} = {computed:,.0f} tokens; stated {n.text}"
    if verdict is Verdict.UNVERIFIABLE:
        how += ": the tokens per block stated above may be off"
    return Found(make_claim(s.unit, n.start, n.end, "capacity", verdict, how, stated=n.text), ((n.start, n.end),))


def _swapped(q: Quantity) -> float:
    """The size with its prefix read the other way (KB↔KiB, GB↔GiB)."""
    if q.scale <= 1:
        return q.value
    power = round(math.log(q.scale, 1024 if q.binary else 1000))
    return q.printed * (1000.0**power if q.binary else 1024.0**power)


def _readings(total: Quantity, size: Quantity, minus: tuple[Quantity, ...] = ()) -> list[float]:
    """total (less the sizes subtracted from it) ÷ size as written, and with each prefix read the
    other way (KB↔KiB, GB↔GiB)."""
    nets = [total.value - sum(q.value for q in minus), _swapped(total) - sum(_swapped(q) for q in minus)]
    return [t / s for t in nets if t > 0 for s in (size.value, _swapped(size)) if s > 0]


# a size subtracted from the total before it (`on the 80 GB card, after 16 GB of weights`), and one
# more in the same list (`after 16 GB of weights and 4 GB of activations`)
_SUBTRACT_BEFORE = guarded(
    r"(?i)(?:\bafter|\bminus|\bless|\bexcluding|\bnet\s+of|\bbesides|\bпосле|\bминус|\bза\s+вычетом|\bбез|\bкроме)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|около\s+|~\s*)?$"
)
_AND_BEFORE = guarded(r"(?i)(?:,|\band|\bи|\bplus|\bплюс)\s+(?:the\s+)?(?:about\s+|около\s+|~\s*)?$")
# a count said of what runs or is used, not of what fits: `8 sequences we actually run`, `512 blocks
# are in use`, `1,000 pages per second`, `2 shards at a time`, `of which 512 blocks`, `сейчас работают 8`
_NOT_FITTING_AFTER = guarded(
    r"(?i)\s*(?:per\s+(?:second|sec|minute|hour|step|request)\b|a\s+second\b|/\s*(?:s|sec|min)\b|at\s+a\s+time\b|at\s+once\b"
    r"|in\s+(?:use|flight|parallel)\b|(?:are\s+|is\s+)?(?:still\s+)?(?:in\s+use|running|active|busy|used|left|free)\b|remain\w*"
    r"|(?:that\s+|which\s+)?(?:we|I|you|they)\s+(?:actually\s+|currently\s+|really\s+)?(?:run|use|serve|load|read|process|have|keep)\w*"
    r"|actually\b|currently\b|в\s+секунду|за\s+раз|одновременно|сейчас|использу\w*|работа\w*|занят\w*|оста\w*)"
)
_NOT_FITTING_BEFORE = guarded(
    r"(?i)(?:\bof\s+which|\bwe\s+(?:actually\s+|currently\s+)?(?:run|use|serve|load|read)\w*|\bactually|\bcurrently|\bremaining"
    r"|\bиз\s+них|\bсейчас|\bреально|\bфактически|работа\w*|использу\w*|оставш\w*)\s+(?:\w+\s+){0,2}$"
)


def capacities(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    qs = list(s.quantities)
    counts = []
    for q in qs:
        if q.hi is not None or q.bound or q.value < 1 or q.kind not in ("number", "tokens", "count"):
            continue
        if q.kind == "tokens":
            counts.append((q, "token"))
            continue
        m = _ITEM_AFTER.match(text, q.end)
        if m and q.kind == "number" and not q.unit:
            counts.append((q, _item(m.group("item"))))
    if not counts:
        return []
    per_item = _item_sizes(text, qs)
    out: list[Found] = []
    for n, item in counts:
        if item == "token" and n.value < 1000:
            continue  # `16 tokens per block`: a block's length, not a count that fits
        own = [(q, most) for q, of, most in per_item if of == item]
        above = False
        blocks = [b for b, what in counts if what == "block" and b.end <= n.start]
        if item == "token" and not own and blocks and n.start - blocks[-1].end <= 40:
            got_blocks = _from_blocks(s, facts, n, blocks[-1])
            if got_blocks is not None:
                out.append(got_blocks)
            continue
        if own:
            size, most = own[0]
        else:
            got = _lines_item_size(facts.lines_above.get(s.unit.line, ()), item) if item != "token" else None
            if got is None:
                continue
            size, most, above = got, False, True
        used = {size.start} if not above else set()
        item_starts = {q.start for q, _, _ in per_item}
        totals = [
            q
            for q in qs
            if _is_size(q)
            and q.end <= n.start
            and q.start not in used
            and q.value > size.value
            and not _OTHER_MEASURE.match(text, q.end)
        ]
        if not totals or totals[-1].start in item_starts:
            continue
        # `on the 80 GB card, after 16 GB of weights, 32 sequences fit`: the total is what is left
        # once the sizes said after `after`/`minus` are taken from the size before them
        minus: list[Quantity] = []
        for q in reversed(totals):
            before = text[max(s.start, q.start - 30) : q.start]
            if _SUBTRACT_BEFORE.search(before):
                minus.insert(0, q)
                break
            if minus or not _AND_BEFORE.search(before):
                break
            minus.insert(0, q)
        if minus and not _SUBTRACT_BEFORE.search(text[max(s.start, minus[0].start - 30) : minus[0].start]):
            minus = []  # a list of sizes that nothing subtracts
        if minus:
            rest = [q for q in totals if q.end <= minus[0].start]
            if not rest or rest[-1].start in item_starts or rest[-1].value <= sum(q.value for q in minus):
                continue  # a subtraction whose total is not said: nothing to compute
            total = rest[-1]
        else:
            total = totals[-1]
        if not (_whole(s, total) and (above or _whole(s, size)) and _whole(s, n)):  # a size from above is on its own line
            continue
        # only the first count after the total is what it holds: another count or size between
        # them is what the fits word was said of (`fits 40 sequences, and the 8 sequences we run`)
        between_from = (minus[-1] if minus else total).end
        if any(
            q.start >= between_from
            and q.end <= n.start
            and q.start not in used
            and q.start not in item_starts
            and (_is_size(q) or q.kind == "tokens" or any(c.start == q.start for c, _ in counts))
            for q in qs
        ):
            continue
        item_end = m_item.end() if (m_item := _ITEM_AFTER.match(text, n.end)) else n.end
        lead = text[max(between_from, n.start - 40) : n.start]
        if _NOT_FITTING_AFTER.match(text, item_end) or _NOT_FITTING_BEFORE.search(lead):
            continue  # `512 blocks are in use`, `1,000 pages per second`: not a count that fits
        fits = list(_FITS_BETWEEN.finditer(text, between_from, n.start))
        later_total = any(_is_size(q) and q.start >= n.end and q.start not in item_starts for q in qs)
        # `The 80 GB card is shared: 64 sequences at 512 MB each take 32 GB`: a colon before a count
        # whose own total follows it introduces that statement, not what the card holds
        licensed = bool(fits) and not (fits[-1].group(0) == ":" and later_total)
        if not (licensed or _FITS_AFTER.match(text, n.end)):
            continue  # `the 24 GB card runs 8 sequences`: a count said of the total, not what it holds
        if "-" in n.text or _CONTEXT_AFTER.match(text, n.end):
            continue  # `an 8,192-token context`: a length, not a count that fits
        if _PER_ITEM_AFTER.match(text, total.end) or _OTHER_MEASURE.match(text, total.end):
            continue
        needed = most or bool(_NEEDS.search(text, total.end, n.start))
        readings = _readings(total, size, tuple(minus))
        if not readings:
            continue
        exact = readings[0]
        shown = math.ceil(exact - 1e-9) if needed else math.floor(exact + 1e-9)
        stated = n.value
        # a count that is needed rounds up (the last shard partly full), one that fits rounds down;
        # a large count may be written rounded (`about 750k tokens`)
        holds = any(
            stated == (math.ceil(r - 1e-9) if needed else math.floor(r + 1e-9)) or (r >= 50 and abs(stated - r) <= _NEAR * r)
            for r in readings
        )
        rounded = [max(1.0, float(math.ceil(r - 1e-9) if needed else math.floor(r + 1e-9))) if r < 50 else r for r in readings]
        off = min(max(stated / r, r / stated) for r in rounded)
        if holds:
            verdict = Verdict.HOLDS
        elif (not above and off > 1 + _OFF_HERE) or off >= _OFF_ABOVE:
            verdict = Verdict.WRONG
        else:
            verdict = Verdict.UNVERIFIABLE
        where = " (stated above)" if above else ""
        net = f"({total.text}" + "".join(f" − {q.text}" for q in minus) + ")" if minus else total.text
        how = (
            f"{net} / {size.text}{where} = {fmt(float(shown), n.scale if n.scale > 1 else 1.0, 'count')} {item}s"
            f" ({'rounded up: the last one partly full' if needed else 'whole ones that fit'}); stated {n.text}"
        )
        if verdict is Verdict.UNVERIFIABLE:
            how += ": the size stated above may be off itself" if above else ": near it, but not as written (GB or GiB?)"
        claim = make_claim(s.unit, n.start, n.end, "capacity", verdict, how, stated=n.text)
        out.append(found(claim, n))
    return out
