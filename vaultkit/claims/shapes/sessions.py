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
    r"(?:sequences?|sessions?|users?|requests?|conversations?|chats?|"
    r"сесси[йяи]\w*|пользовател\w*|запрос\w*|последовательност\w*|диалог\w*)(?!\w)"
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
# a size said to be one item's (`2.5 GiB each`, `3.125 GiB per session`, `0,44 ГиБ на пользователя`)
_EACH_AFTER = guarded(
    r"(?i)[^\S\n]{0,2}(?:of\s+(?:KV\s+|cache\s+)?)?(?:each|apiece|per[^\S\n]+(?:sequence|session|user|request|conversation|chat)"
    r"|(?:кэша\s+)?на[^\S\n]+(?:одн\w+[^\S\n]+)?(?:пользовател|сесси|запрос|последовательност|диалог)\w*|кажд\w*)(?!\w)"
)
# … or before it (`each sequence takes 1 GiB`, `на пользователя 0,44 ГиБ`, `a 16K session is 3.125 GiB`)
_EACH_BEFORE = guarded(
    r"(?i)(?:(?:each|one|a|per)[^\S\n]+(?:\S+[^\S\n]+)?(?:sequence|session|user|request|conversation|chat)"
    r"(?:[^\S\n]+(?:takes|needs|costs|uses|is|holds|of))?|(?:на|одн\w+)[^\S\n]+(?:\S+[^\S\n]+)?"
    r"(?:пользовател|сесси|запрос|последовательност|диалог)\w*(?:[^\S\n]+(?:стоит|занимает|требует|—|это))?"
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
    r"(?i)\b(?:so|thus|hence|which\s+is|that\s+is|that['’]s|enough\s+for|room\s+for|holds?|fits?)\b|\bi\.\s?e\.|→|=|:"
    # `131.0 GiB left, 65 users at 8K`, `leaves 60 GiB — 24 users`: the count right after a comma or a dash
    r"|[,—–][^\S\n]*(?:~|≈|about[^\S\n]+|около[^\S\n]+|примерно[^\S\n]+)?$"
    r"|(?<!\w)(?:значит|то\s+есть|т\.\s?е\.|это|хватит\s+на|влезает|влезет|влезут|помещается|поместится|поместятся|вмещает)(?!\w)"
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
    if len(counts) != 1:
        return []  # (two counts: which memory each shares is not said)
    n = counts[0]
    if any(
        q.start != n.start and q.kind == "number" and _ITEMS.match(text, q.end)
        for q in starting_in(find_quantities, s.start, s.end, text)
    ):
        return []  # `fits 24 sequences; at 2k tokens it fits 48 sequences`: another count, at another length, read earlier
    if not _said_to_fit(s, n):
        return []
    sizes = _sizes(s)
    costs = [
        z
        for z in sizes
        if z.value >= 2**20 and (_EACH_AFTER.match(text, z.end) or _EACH_BEFORE.search(text, max(s.start, z.start - 40), z.start))
    ]
    if len({round(z.value) for z in costs}) > 1:
        return []
    if not costs:
        return _cost_of_the_model(s, facts, n, sizes)
    cost = costs[0]
    pool = _pool(s, n, [z for z in sizes if abs(z.value - cost.value) > 1e-9 * cost.value], cost.value)
    if pool is None:
        return []
    fits = pool.value / cost.value
    low = math.floor(fits + 1e-9)
    stated = _stated(s, n)
    how = f"{pool.text} / {cost.text} = {fits:,.2f}: {low:,} fit"
    bound_up = n.bound == "<" or _BOUND_UP.search(text, max(s.start, n.start - 16), n.start) is not None
    if _count_matches(n, fits) or (bound_up and n.value <= low):
        verdict = Verdict.HOLDS
    elif n.value > 1.15 * fits + 1 and not _OTHER_SCOPE.search(text, s.start, s.end):
        verdict = Verdict.WRONG  # (fewer than fit is no contradiction: a count below the memory's is not judged)
        how += f"; stated {stated}"
    else:
        verdict = Verdict.UNVERIFIABLE
        how += f"; stated {stated}: a little off, or of another scope"
    claim = make_claim(s.unit, n.start, n.end, "session-count", verdict, how, stated=stated, recomputed=f"{low:,}")
    return [Found(claim, ((n.start, n.end),))]


def _stated(s: Sentence, n: Quantity) -> str:
    """The count with the things it counts (`5 sequences`, `~37 сессий`), as the claim states it."""
    items = _ITEMS.match(s.unit.masked, n.end)
    return s.unit.masked[n.start : items.end() if items else n.end].strip()


def _pool(s: Sentence, n: Quantity, sizes: list[Quantity], above: float) -> Quantity | None:
    """The memory the items share: the last size before the count larger than `above`, said to be left, free or the pool
    (or the result of a subtraction)."""
    text = s.unit.masked
    pools = [z for z in sizes if z.end <= n.start and z.value > above]
    if not pools:
        return None
    pool = pools[-1]
    if _FREE.search(text, s.start, n.start) or _MINUS.search(text, max(s.start, pool.start - 40), pool.start):
        return pool
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
    pool = _pool(s, n, sizes, per) if per > 0 else None
    if pool is None:
        return []
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
    if _NOT_HELD.search(text, end, min(s.end, end + 40)) or _NOT_HELD.search(text, max(s.start, n.start - 24), n.start):
        return False
    if _PER_TIME_AFTER.match(text, end):
        return False  # `1000 requests per second`: a rate, not what the memory holds
    return bool(_FITS_BEFORE.search(text, max(s.start, n.start - 40), n.start) or _FITS_AFTER.match(text, end))
