"""How many sequences fit in the memory left for the cache: `which leaves 14.3 GiB, so 5 sequences of 8K at 2.5 GiB
each`, `на пользователя 0,44 ГиБ кэша, значит 77 пользователей`, `each sequence takes 1 GiB, so 40 sequences fit`.

The sentence states the count (of sequences, sessions, users, requests), what one of them costs (a size said `each`,
`per user`, `на пользователя`) and the memory they share (the size said to be left, free or the pool, or the result of
a subtraction), and words say the count is what fits (`so`, `which is`, `fit`, `значит`): the count is that memory over
the cost, rounded down. A count above it is wrong; one below it, a little off, or one that may be of another scope (per
card, a whole node) is not judged, nor is a count said to be needed or served per second. With no cost stated (`11
sequences of 8K` after the free memory) each item is the model's cache at the context said after the count: a count that
matches holds, any other is not judged (the cache's type, a reserve or the model may differ).
"""

from __future__ import annotations

import math
import re

from vaultkit.claims.engine import kv_cache_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim, single_sizes, starting_in
from vaultkit.claims.verdict import fmt

# the things a count of what fits counts, right after it (`5 sequences`, `~37 sessions`, `77 пользователей`)
_ITEMS = guarded(
    r"(?i)[^\S\n]{0,2}(?:(?:full|concurrent|parallel|полн\w*|одновременн\w*)[^\S\n]+)?(?:(?P<pre>\d{1,4})[KkКк][^\S\n]+)?"
    r"(?:sequences?|sessions?|users?|requests?|conversations?|chats?|documents?|reviews?|streams?|slots?|clients?|agents?|"
    r"сесси[йяи]\w*|пользовател\w*|запрос\w*|последовательност\w*|диалог\w*|документ\w*|поток\w*|слот\w*|клиент\w*)(?!\w)"
)
# the context each item holds, said after it (`of 8K`, `at 8K`, `по 32K`, `of 4096 tokens`, `at a full 8K context`)
_CONTEXT_AFTER = guarded(
    r"(?i)[^\S\n]+(?:of|at|with|по|на)[^\S\n]+(?:(?:a|an)[^\S\n]+)?(?:(?:full|полн\w*)[^\S\n]+)?"
    r"(?:(?P<k>\d{1,4})[KkКк]|(?P<n>\d{3,7}|\d{1,3}(?:[ ,\u00a0\u202f]\d{3}))[^\S\n]+(?:tokens?|токен\w*))(?!\w|[.,]\d)"
)
# a cache said to be stored in 8 bits in the sentence (`fp8 cache`, `кэш в fp8`)
_CACHE_8BIT = guarded(
    r"(?i)(?:fp8|int8|q8_0|8-bit)[^\S\n]+(?:kv[^\S\n]*)?(?:cache|кэш)|(?:cache|кэш\w*)[^\S\n]+(?:in|в)[^\S\n]+(?:fp8|int8|q8_0)"
)
# one of the things counted, in the singular (`session`, `a 128K document`), English and Russian stems
_ONE_EN = r"(?:sequence|session|user|request|conversation|chat|document|review|stream|slot|client|agent)"
_ONE_RU = r"(?:пользовател|сесси|запрос|последовательност|диалог|документ|поток|слот|клиент)"
# a size said to be one item's (`2.5 GiB each`, `3.125 GiB per session`, `0,44 ГиБ на пользователя`)
_EACH_AFTER = guarded(
    rf"(?i)[^\S\n]{{0,2}}(?:of\s+(?:KV\s+|cache\s+)?)?(?:each|apiece|per[^\S\n]+(?:\d{{1,4}}[KkКк][^\S\n]+)?{_ONE_EN}"
    rf"|(?:кэша\s+)?на[^\S\n]+(?:одн\w+[^\S\n]+)?{_ONE_RU}\w*|кажд\w*)(?!\w)"
)
# … or before it (`each sequence takes 1 GiB`, `на пользователя 0,44 ГиБ`, `a 16K session is 3.125 GiB`)
_EACH_BEFORE = guarded(
    rf"(?i)(?:(?:each|one|a|per)[^\S\n]+(?:\S+[^\S\n]+)?{_ONE_EN}"
    r"(?:[^\S\n]+(?:takes|needs|costs|uses|is|holds|of))?|(?:на|одн\w+)[^\S\n]+(?:\S+[^\S\n]+)?"
    rf"{_ONE_RU}\w*(?:[^\S\n]+(?:стоит|занимает|требует|—|это))?"
    r"|(?:сессия|пользователь|запрос)[^\S\n]+(?:\S+[^\S\n]+)?(?:стоит|занимает|требует|—))[^\S\n]*[:=—–-]?[^\S\n]*$"
)
# the memory the items share: a size said to be left, free, spare, the pool (`leaves 14.3 GiB`, `под кэш 29 ГиБ`)
_FREE = guarded(
    r"(?i)\b(?:leav\w*|left|free|spare|remain\w*|pool|headroom|available)\b"
    r"|оста[её]т\w*|остал\w*|остат\w*|свободн\w*|под[^\S\n]+кэш|\bпул\w*|запас\w*|доступн\w*"
)
_MINUS = guarded(r"[−–-][^\S\n]*\d|\bminus\b|минус")
# a count that may be of another scope than the memory said (a card's share, a node, per-card pools summed)
_OTHER_SCOPE = guarded(
    r"(?i)\b(?:per|each|every)[^\S\n]+(?:card|gpu|device|node|replica)|\bwhole\b|\btotal\b|\bnode\b|\bcluster\b"
    r"|на[^\S\n]+(?:карт|gpu|узел|ноду|реплик)\w*|кажд\w*[^\S\n]+(?:карт|gpu)\w*|всего|суммарн\w*|на[^\S\n]+весь"
)
# words that make the count what the memory holds: before it (`so`, `i.e.`, `which is`, `→`, `значит`) or after it (`fit`)
_FITS_BEFORE = guarded(
    r"(?i)\b(?:so|thus|hence|which\s+is|that\s+is|that['’]s|enough\s+for|room\s+for|holds?|fits?|gives|yields)\b|\bi\.\s?e\.|→|=|:"
    # `131.0 GiB left, 65 users at 8K`, `leaves 60 GiB — 24 users`: the count right after a comma or a dash
    r"|[,—–][^\S\n]*(?:~|≈|about[^\S\n]+|около[^\S\n]+|примерно[^\S\n]+)?$"
    r"|(?<!\w)(?:значит|то\s+есть|т\.\s?е\.|это|даёт|дает|хватит\s+на|влезает|влезет|влезут|помещается|поместится|поместятся|вмещает)(?!\w)"
)
_FITS_AFTER = guarded(
    r"(?i)[^\S\n]+(?:[^\W\d]\w*[^\S\n]+){0,4}?(?:fit|fits|at\s+once|concurrently|влезут|влезет|поместятся|поместится|одновременно)\b"
)
# a count said to be needed, wanted or served over time: not what the memory holds
_NOT_HELD = guarded(r"(?i)\b(?:would\s+need|needs?|require[sd]?|want)\b|нужн\w*|потребу\w*|требу\w*")
_PER_TIME_AFTER = guarded(
    r"(?i)[^\S\n]*(?:per[^\S\n]+(?:second|minute|hour|day)|/[^\S\n]*(?:s|sec|min|h)\b|в[^\S\n]+(?:секунду|минуту|час|сутки))"
)
_SUPPOSED = guarded(r"(?i)\b(?:if|would|suppose|assuming)\b|(?<!\w)(?:если|бы|допустим)(?!\w)")
_BOUND_UP = guarded(r"(?i)\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than)\s*$|(?:до|не\s+более|максимум)\s*$")


def _sizes(s: Sentence) -> list[Quantity]:
    """The sentence's single sizes (the line's, read once: `single_sizes`), none a bound."""
    return [q for q in starting_in(single_sizes, s.start, s.end, s.unit.masked) if not q.bound and q.value > 0 and q.end <= s.end]


def _count_matches(n: Quantity, fits: float) -> bool:
    """The count is what fits: the quotient rounded down or up, or near it when the count is hedged (`~37`)."""
    rounded = math.floor(fits + 1e-9) <= n.value <= math.ceil(fits - 1e-9)
    return rounded or (n.hedge and abs(n.value - fits) <= max(1.0, 0.05 * fits))


def session_counts(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    counts = [
        q
        for q in s.quantities
        if q.kind == "number"
        and q.hi is None
        and q.value >= 1
        and q.value == int(q.value)
        and q.value < 1e6
        and _ITEMS.match(text, q.end)
    ]
    if len(counts) > 1:
        return _several_counts(s, facts, counts)
    if not counts:
        return []
    n = counts[0]
    if any(
        q.start != n.start and q.kind == "number" and _ITEMS.match(text, q.end)
        for q in starting_in(find_quantities, s.start, s.end, text)
    ):
        return []  # `fits 24 sequences; at 2k tokens it fits 48 sequences`: another count, at another length, read earlier
    if not _said_to_fit(s, n):
        return []
    sizes = _sizes(s)
    divided = _divided_before(text, s, n, sizes)
    costs = [divided[1]] if divided else [z for z in sizes if z.value >= 2**20 and _one_items(text, s, z)]
    if len({round(z.value) for z in costs}) > 1:
        return []
    if not costs:
        return _cost_of_the_model(s, facts, n, sizes)
    cost = costs[0]
    found = (
        (divided[0], True, text)
        if divided
        else _pool(s, n, [z for z in sizes if abs(z.value - cost.value) > 1e-9 * cost.value], cost.value, facts)
    )
    if found is None:
        return []
    pool, own, where = found
    share = _device_share(s.unit.text, cost, sizes)  # (card names are blanked in the masked text)
    if share is not None and _PER_DEVICE.search(where, max(0, pool.start - 48), pool.end + 24):
        cost = share  # `a 32K request is 10 GiB, 2.5 GiB per card` against the memory left on each card
    fits = pool.value / cost.value
    low = math.floor(fits + 1e-9)
    stated = _stated(s, n)
    how = f"{pool.text} / {cost.text} = {fits:,.2f}: {low:,} fit"
    bound_up = n.bound == "<" or _BOUND_UP.search(text, max(s.start, n.start - 16), n.start) is not None
    if _count_matches(n, fits) or (bound_up and n.value <= low):
        verdict = Verdict.HOLDS
    elif own and n.value > 1.15 * fits + 1 and not _OTHER_SCOPE.search(text, s.start, s.end):
        verdict = Verdict.WRONG  # (fewer than fit is no contradiction: a count below the memory's is not judged)
        how += f"; stated {stated}"
    else:
        verdict = Verdict.UNVERIFIABLE
        how += f"; stated {stated}: a little off, or of another scope" if own else f"; stated {stated}: the memory is said above"
    claim = make_claim(s.unit, n.start, n.end, "session-count", verdict, how, stated=stated, recomputed=f"{low:,}")
    return [Found(claim, ((n.start, n.end),))]


# what joins a further count to the one before as an alternative (`7 chats of 8K, or 3 chats of 16K`, `… (5 GiB each) or
# 31 sessions of 8K`, `7 сессий по 32K или 31 сессия по 8K`)
_ALTERNATIVE = guarded(
    r"(?i)[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?,?[^\S\n]*(?:or|или|либо)[^\S\n]+(?:(?:~|≈|about|около)[^\S\n]*)?"
)
_COUNTS_AT_MOST = 4


def _several_counts(s: Sentence, facts: NoteFacts, counts: list[Quantity]) -> list[Found]:
    """Counts joined as alternatives, each at the context said with it, the first said to fit (`leaves 7.04 GiB: 7 users of
    8K, or 3 users of 16K`): each is the memory said free before the first over the model's cache at its own context
    (`_cost_of_the_model`); any other set of counts is not read (which memory each shares is not said)."""
    text = s.unit.masked
    if len(counts) > _COUNTS_AT_MOST or not _said_to_fit(s, counts[0]):
        return []
    ends = []
    for n in counts:
        items = _ITEMS.match(text, n.end)
        said = _CONTEXT_AFTER.match(text, items.end()) if items is not None else None
        if items is None or not (items.group("pre") or said is not None):
            return []
        ends.append(said.end() if said is not None else items.end())
    if any(_ALTERNATIVE.fullmatch(text, end, n.start) is None for end, n in zip(ends[:-1], counts[1:], strict=True)):
        return []
    # (before the first count, and none said to be one item's: `an 8K chat is 2 GiB and a 16K chat 4 GiB: 7 chats …`)
    sizes = [z for z in _sizes(s) if z.end <= counts[0].start and not _one_items(text, s, z)]
    return [f for n in counts for f in _cost_of_the_model(s, facts, n, sizes)]


# a size said to be one device's (`2.5 GiB per card`, `on each GPU`, `на карту`, `на каждую из двух карт`)
_PER_DEVICE = guarded(
    r"(?i)\b(?:per|on\s+each|each|for\s+each)\s+(?:card|GPU|device|H100|A100|L40S|L4)\b"
    r"|(?<!\w)на\s+(?:кажд\w+\s+(?:из\s+\S+\s+)?|одн\w+\s+)?(?:карт|GPU|видеокарт)\w*"
)
# what joins an item's cost to its share per device (`10 GiB, 2.5 GiB per card`, `3 GiB … and 1.5 GiB per card`)
_CONTEXT_TAIL = guarded(r"[^\S\n]+\d{1,4}[KkКк](?!\w)")
_SHARE_JOIN = guarded(r"(?i)[^\S\n]*(?:[,;(]|\band\b|(?<!\w)и(?!\w))[^\S\n]*(?:(?:so|i\.e\.|то\s+есть)[^\S\n]+)?")


def _device_share(text: str, cost: Quantity, sizes: list[Quantity]) -> Quantity | None:
    """The size said right after an item's cost to be one device's part of it (`a 32K request is 10 GiB, 2.5 GiB per
    card`), smaller than the cost."""
    after = next((z for z in sizes if z.start >= cost.end), None)
    each = _EACH_AFTER.match(text, cost.end)  # (`3 GiB per 16K request and 1.5 GiB per card`)
    start = each.end() if each is not None else cost.end
    context = _CONTEXT_TAIL.match(text, start)  # (`3 ГиБ на запрос 16K и 1,5 ГиБ на карту`)
    start = context.end() if context is not None else start
    if after is None or after.value >= cost.value or not _SHARE_JOIN.fullmatch(text, start, after.start):
        return None
    return after if _PER_DEVICE.match(text, after.end + 1 if text[after.end : after.end + 1] == " " else after.end) else None


def _one_items(text: str, s: Sentence, z: Quantity) -> bool:
    """The size is said to be one item's (`2.5 GiB each`, `a 16K session is 3.125 GiB`, `на пользователя 0,44 ГиБ`)."""
    return bool(_EACH_AFTER.match(text, z.end) or _EACH_BEFORE.search(text, max(s.start, z.start - 40), z.start))


def _stated(s: Sentence, n: Quantity) -> str:
    """The count with the things it counts (`5 sequences`, `~37 сессий`), as the claim states it."""
    items = _ITEMS.match(s.unit.masked, n.end)
    return s.unit.masked[n.start : items.end() if items else n.end].strip()


def _pool(s: Sentence, n: Quantity, sizes: list[Quantity], above: float, facts: NoteFacts) -> tuple[Quantity, bool, str] | None:
    """The memory the items share: the last size before the count larger than `above`, said to be left, free or the pool
    (or the result of a subtraction); with no size before the count, the one said free just before its sentence (an
    earlier sentence of the line, else the line just above: `7.54 GiB is free.` / `… so 7 chats of 8K fit`). With it,
    whether the sentence's own line states it and the text that does."""
    text = s.unit.masked
    later = next((z for z in sizes if z.start >= n.end), None)  # `4 documents fit in the 29.01 GiB left`: said after
    fit_in = later is not None and _FIT_IN.search(text, n.end, later.start) is not None
    if later is not None and fit_in and later.value > above and _FREE_AFTER.match(text, later.end):
        # (`… in the 17 GiB left on each of the 4 cards`: a device's memory, the count may be all of theirs)
        per_device = _EACH_DEVICE_AFTER.search(s.unit.text, later.end, min(s.end, later.end + 48)) is not None
        return later, not per_device, s.unit.text
    pools = [z for z in sizes if z.end <= n.start and z.value > above]
    if not pools:
        before = _said_free_before(s, facts)
        return (before[0], before[2], before[1]) if before is not None and before[0].value > above else None
    pool = pools[-1]
    if _FREE.search(text, s.start, n.start) or _MINUS.search(text, max(s.start, pool.start - 40), pool.start):
        return pool, True, s.unit.text
    return None


# a size said to be what is left or free, after it (`7.54 GiB is free`, `13.65 GiB remain`, `29 ГиБ свободно`)
_FREE_AFTER = guarded(
    r"(?i)[^\S\n]*(?:\([^()\n]{1,24}\)[^\S\n]*)?(?:(?:is|are|stays?)[^\S\n]+)?(?:left|free|spare|remain\w*|available)\b"
    r"|[^\S\n]*(?:\([^()\n]{1,24}\)[^\S\n]*)?(?:оста[её]т\w*|свободн\w*|доступн\w*)"
)


# what sets a quotient of sizes equal to the count right after it (`39.15 GiB ÷ 2.5 GiB gives 15 reviews`, `= 15`)
_DIVIDED_GIVES = guarded(
    r"(?i)[^\S\n]*(?:gives|yields|makes|leaves\s+room\s+for|=|≈|→|is|даёт|дает|это|—)[^\S\n]*(?:~|≈|about[^\S\n]+|около[^\S\n]+)?"
)
# the count said to fit in a memory named right after it (`fit in the`, `fit into`, `помещаются в`, `влезут в`)
_FIT_IN = guarded(
    r"(?i)\b(?:fit|fits)[^\S\n]+(?:in|into)[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+)?$"
    r"|(?<!\w)(?:помест\w*|помещ\w*|влез\w*|влаз\w*)[^\S\n]+в[^\S\n]+(?:оставш\w+[^\S\n]+)?$"
)
_OVER_SIZE = guarded(r"[^\S\n]*[÷/][^\S\n]*")
_TIMES_BEFORE = guarded(r"[×x*·][^\S\n]*$")
_EACH_DEVICE_AFTER = guarded(
    r"(?i)\b(?:per|on\s+each(?:\s+of\s+the\s+\d+)?|each(?:\s+of\s+the\s+\d+)?)\s+(?:card|GPU|device|node)s?\b"
    r"|(?<!\w)на\s+(?:кажд\w+\s+(?:из\s+\S+\s+)?)?(?:карт|GPU|узел|узл)\w*"
)


def _divided_before(text: str, s: Sentence, n: Quantity, sizes: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The memory and one item's cost of a quotient right before the count (`39.15 GiB ÷ 2.5 GiB gives 15 reviews`,
    `29.01 ÷ 3.5 gives 8 documents` with the unit after the divisor or neither), else None."""
    before = [z for z in sizes if z.end <= n.start]
    if len(before) >= 2:
        a, b = before[-2], before[-1]
        times = _TIMES_BEFORE.search(text, max(s.start, a.start - 6), a.start)  # (`2 × 40 GiB / 2.5 GiB`: a product first)
        if _OVER_SIZE.fullmatch(text, a.end, b.start) and _DIVIDED_GIVES.fullmatch(text, b.end, n.start) and a.value > b.value:
            return (a, b) if times is None else None
    return None


def _said_free_before(s: Sentence, facts: NoteFacts) -> tuple[Quantity, str, bool] | None:
    """The size said left or free (or a subtraction's result) last before the sentence: in the line's earlier sentences,
    else, when the line has none, in the line just above in its section; with the text that says it and whether that
    is the sentence's own line."""
    text = s.unit.masked
    if s.start > 0:
        earlier = [z for z in starting_in(single_sizes, 0, s.start, text) if z.end <= s.start and not z.bound and z.value > 0]
        if earlier:
            found = _free_size(text, earlier)
            # (never judged wrong from there: the next sentence may change the card, the type or the scope)
            return (found, s.unit.text, False) if found is not None else None
    above = next(iter(facts.lines_above.get(s.unit.line, ())), "")
    if not above or not any(ch.isdigit() for ch in above):
        return None
    found = _free_size(above, [z for z in starting_in(single_sizes, 0, len(above), above) if not z.bound and z.value > 0])
    return (found, above, False) if found is not None else None


def _free_size(text: str, sizes: list[Quantity]) -> Quantity | None:
    """The last of `sizes` (in order on `text`) when it is said free or left, or is what a subtraction leaves."""
    if not sizes:
        return None
    z = sizes[-1]
    lead = max(sizes[-2].end if len(sizes) > 1 else 0, z.start - 40)
    if _FREE_AFTER.match(text, z.end) or _FREE.search(text, max(lead, z.start - 24), z.start):
        return z
    if _MINUS.search(text, lead, z.start) and "=" in text[lead : z.start]:
        return z  # `22 − 14.96 = 7.04 GiB`
    return None


def _cost_of_the_model(s: Sentence, facts: NoteFacts, n: Quantity, sizes: list[Quantity]) -> list[Found]:
    """`leaves 28.6 GiB, which is 11 sequences of 8K`: each item is the model's cache at the context said after the
    count, in 16 bits (8 where the sentence says the cache is): a count that matches holds; any other is not judged (the
    cache's type, the model or a reserve may differ from what the sentence says)."""
    from vaultkit.claims.shapes.sized import context_model  # (sized is the larger module: imported where it is needed)

    text = s.unit.masked
    items = _ITEMS.match(text, n.end)
    if items is None:
        return []
    said = _CONTEXT_AFTER.match(text, items.end())
    if items.group("pre"):
        tokens = int(items.group("pre")) * 1024
    elif said is not None and said.group("k"):
        tokens = int(said.group("k")) * 1024
    elif said is not None:
        tokens = int(re.sub(r"\D", "", said.group("n")))
    else:
        return []
    models = {m.config.name: m for m in s.models if m.config is not None}
    model = next(iter(models.values())) if len(models) == 1 else None if models else context_model(s, facts)
    if model is None or model.config is None or tokens <= 0:
        return []
    if _SUPPOSED.search(text, s.start, n.start):
        return []  # `if we leave 12 GiB for the cache, 9 sequences of 8K fit`: a supposition with a reserve unsaid
    eight = _CACHE_8BIT.search(s.unit.text, s.start, s.end) is not None
    per = kv_cache_bytes(model.config, tokens, 1, 1 if eight else 2)
    found = _pool(s, n, sizes, per, facts) if per > 0 else None
    if found is None:
        return []
    pool = found[0]
    fits = pool.value / per
    low = math.floor(fits + 1e-9)
    stated = _stated(s, n)
    how = (
        f"{pool.text} / {model.text}'s cache at {tokens:,} tokens in {'8' if eight else '16'} bits "
        f"({fmt(per, 2**30)}) = {fits:,.2f}: {low:,} fit"
    )
    if _count_matches(n, fits):
        verdict = Verdict.HOLDS
    else:
        verdict = Verdict.UNVERIFIABLE
        how += f"; stated {stated}: the cache's type, a reserve or the model may differ"
    claim = make_claim(s.unit, n.start, n.end, "session-count", verdict, how, stated=stated, recomputed=f"{low:,}")
    return [Found(claim, ((n.start, n.end),))]


def _said_to_fit(s: Sentence, n: Quantity) -> bool:
    """Words make the count what the memory holds (`so 5 sequences`, `which is 11 sequences`, `40 sequences fit`), and none
    make it a need or a rate (`100 users … would need 200 GiB`, `1000 requests per second`)."""
    text = s.unit.masked
    items = _ITEMS.match(text, n.end)
    end = items.end() if items else n.end
    # (words before the count since the last figure only: `a 128K document needs 7 GiB; 4 documents fit` is no need)
    lead = max([s.start, n.start - 24] + [z.end for z in _sizes(s) if z.end <= n.start])
    if _NOT_HELD.search(text, end, min(s.end, end + 40)) or _NOT_HELD.search(text, lead, n.start):
        return False
    if _PER_TIME_AFTER.match(text, end):
        return False  # `1000 requests per second`: a rate, not what the memory holds
    return bool(_FITS_BEFORE.search(text, max(s.start, n.start - 40), n.start) or _FITS_AFTER.match(text, end))
