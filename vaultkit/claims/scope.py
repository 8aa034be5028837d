"""What is never a claim, decided before any figure is read.

A claim is a statement about model size, memory, bytes, parameter or token counts, throughput
or bandwidth, or arithmetic whose operands are all numbers and at least one carries such a unit
or scale. `mask` blanks (with spaces, keeping columns) the numbers that cannot be operands:
URLs and link targets, wikilinks and footnotes, list and heading numbers, dates and times,
versions, scores (`8/10`), currency, exponents and subscripts of symbols (`a^{2}`, `x_1`), and
model names (`Llama-2-7B` is a name; its size is read from the name, not as a figure).
`has_free_variable` tells a gap between two figures that holds a symbol (`x + 2 = 5`).
"""

from __future__ import annotations

import re

from vaultkit.claims.catalog import AFTER_SIZE, model_mentions_patterns
from vaultkit.claims.fastre import guarded

_MASKS = guarded(
    r"(?:https?|ftp)://\S+|\bwww\.\S+"  # URLs (`&index=1`)
    r"|\]\([^)\s]*\)"  # Markdown link targets
    r"|\[\[[^\]\n]*\]\]|!\[\[[^\]\n]*\]\]"  # wikilinks and embeds
    r"|\[\^[^\]\n]*\]"  # footnotes
    r"|^[ \t>]*(?:#{1,6}[ \t]+)?(?:[-*+][ \t]+)?(?:\(?\d{1,3}[.)](?=[ \t]|$))"  # list and heading numbers
    r"|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\b"  # dates
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"  # dates, times
    r"|\b[vV]\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:[-.]\w+)*\b"  # versions
    r"|(?i:version|версия|версии|release|python)\s+\d+(?:\.\d+)*\b(?![.,]\d)"
    r"|(?i:модель)\s+\d+\b(?![.,]\d)"  # `Модель 26,95 ГБ`: a number with a decimal part is one figure, no name
    r"|(?<![\w./])\d+(?:[.,]\d+)?\s?/\s?(?:10|100|5)\b(?!\s*[\w%])"  # scores 8/10
    r"|(?<![\w\\])[$€£¥₽]\s?\d[\d,.]*(?:\s?(?:[kKMB]|bn|million|billion))?\b(?![\d.,]*\s*[\^_\\{}=+])"  # currency
    r"|(?<![\d.,])[\d.,]+\s?(?:USD|EUR|руб\.?|рублей|долл\w*|\$|€)"  # from a run's start only: linear on `1,1,1,…`
    r"|(?<=[A-Za-zα-ωΑ-Ωπσμ)}\]])\s?[\^_]\s?(?:\{[^{}\n]*\}|-?[\w.]+)"  # exponents and subscripts of symbols
    r"|(?<![\w\\])[A-Za-z]\d+\b"  # symbols with digits: x1, A4, H100, W1
    r"|(?i:chapter|глава|шаг|step|part|часть|раздел|section|page|стр\.?|p\.)\s*\d+"  # ordinals
    r"|©\s*\d{4}|(?<![×*·]\s)(?<![×*·])(?<!=\s)(?<!=)"
    r"(?<!(?i:seq)\s)(?<!(?i:len)\s)(?<!(?i:ctx)\s)(?<!(?i:length)\s)(?<!(?i:context)\s)(?<!(?i:контекст)\s)"
    r"(?<!(?i:длина)\s)(?<!(?i:длины)\s)(?<!(?i:длиной)\s)\b(?:19|20)\d{2}\b(?!\s*[×*·]\s*\d)"  # years, not factors, lengths
    r"(?![\s-]*(?:[KMGT]i?B|ГБ|МБ|bytes?|байт|params|parameters|параметр|tokens?|токен|[KMGT]bit/s|[KMGT]bps|[ГТМ]бит/с"
    r"|[GT]B/s|[ГТ]Б/с|ток/с|tok/s))",  # `2048-token`, `2039 Gbit/s`, `2039 ГБ/с` are no years
    re.MULTILINE,
)


def mask(text: str) -> str:
    """`text` with every never-a-claim number (and model names) blanked, same length."""
    out = _MASKS.sub(lambda m: " " * len(m.group(0)), text)
    for names in model_mentions_patterns():
        out = names.sub(_blank_name, out)
    return out


def _blank_name(m: re.Match[str]) -> str:
    """A model name with digits is blanked; a figure after its size is the sentence's (`Llama-3-8B 5 млн`)."""
    name = m.group(0)
    if not re.search(r"\d", name):
        return name
    kept = AFTER_SIZE.sub("", name)
    return " " * len(kept) + name[len(kept) :]


# In a gap between two figures of a chain: a symbol (a single Latin or Greek letter other than
# `x`, the multiplication sign), an addition or a subtraction, an exponent, a LaTeX command or
# brace left over, a function call: the statement has free variables or more arithmetic than a
# product chain, and is not a sizing claim.
_FREE = guarded(r"(?<![\w])(?![xXхХ](?![\w]))[A-Za-zα-ωΑ-Ω](?![\w])|[+±∑∫√^{}\\|]|\s[-−–]\s|[a-z]\(")


# Symbols written right after a coefficient (`6ND`, `2N`, `3ab`): the figure is a coefficient of a
# symbolic term, not a number of the chain.
_COEFFICIENT_OF = guarded(r"^(?![xXхХ](?![A-Za-z]))[A-Za-zα-ωΑ-Ω]{1,3}(?![\w])")


def has_free_variable(gap: str) -> bool:
    return bool(_FREE.search(gap) or _COEFFICIENT_OF.match(gap))
