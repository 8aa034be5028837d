"""Activation memory (Korthikanti et al. 2022): a figure said to be activations, per layer or for the
whole model, under no, selective or full recomputation, checked with the sequence length, batch,
hidden size, heads and layers the note states or its model has.

A figure is an activation claim when its sentence (or the paragraph's lead, the list's lead or the
section's heading) says activations and the figure is bytes. Per layer, at p bytes per element
(2 unless the note says the activations are fp32 or fp8):

- no recomputation: `s·b·h·(16p + 2 + (2p + 1)·a·s/h)` (`34 + 5·a·s/h` at 2 bytes);
- FlashAttention / memory-efficient attention keeps no s×s scores: `(16p + 2)·s·b·h`;
- selective recomputation: `34·s·b·h/t` (t the tensor-parallel degree, with sequence parallelism);
- full recomputation (activation / gradient checkpointing): the layer input only, `p·s·b·h`;
- logits: `p·s·b·V` (fp32 logits: `4·s·b·V`).

A formula the sentence writes (`34 s b h`, `2·s·b·h`, `s b h (34 + 5as/h)`) names its mode. The
whole model is the layer times L ("over all 32 layers", «на все слои», "in total"). An input, the
mode or the per-layer / whole-model reading that the text does not give makes the figure
unverifiable (info), naming what is missing: a figure never holds because another mode would fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from vaultkit.claims.catalog import ModelConfig, find_mentions
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import TENSOR_PARALLEL, Found, NoteFacts, Sentence, clause_bounds, make_claim, mark_bounds
from vaultkit.claims.verdict import compare, fmt

# ---- what the text is about -----------------------------------------------------------------------

# activations as memory: not an activation function, activation-aware quantization, W8A8 activations
_TOPIC = guarded(
    r"(?i)\bactivations\b(?![\s-]+(?:functions?|aware|quantiz\w*|outliers?|sparsity|scales?|ranges?)\b)"
    r"|\bactivation[\s-]+(?:memory|tensors?|footprint|storage|sizes?|budget|buffers?|cache)\b"  # not `triggering activation`
    r"|(?<!функция\s)(?<!функции\s)(?<!функцию\s)\bактиваци(?:и|й|ям|ями|ях)\b(?!\s+(?:квантуют|квантован))"
    r"|\b(?:activation|gradient)[\s-]+(?:checkpointing|recomputation)\b|\brecomputation\b"
    r"|\bпересч[её]т\w*\s+активаци\w*|\bчекпо[йи]нтинг\w*\s+активаци\w*"
)
# activations not counted, or counted into a sum (`40 GB each with activations`, `включая активации`)
_NEGATED_TOPIC = guarded(
    r"(?i)(?:\bwithout|\bexcluding|\bbefore|\bnot\s+counting|\bno|\bплюс|\bбез(?:\s+уч[её]та)?|\bне\s+считая|\bкроме"
    r"|\bwith|\bincluding|\bincl\.?|\bplus|\+|\btogether\s+with|\bвключая|\bс\s+уч[её]том|\bвместе\s+с)\s+(?:the\s+|all\s+|все\s+)?$"
)


def _topic(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first word of `text[a:b]` that says activations as memory, not negated (`208 GB without activations`)."""
    for m in _TOPIC.finditer(text, a, b):
        bare = m.group(0)[:5].lower() in ("activ", "актив")  # `without checkpointing` is a mode, not a negation
        if not bare or not _NEGATED_TOPIC.search(text, max(a, m.start() - 24), m.start()):
            return m
    return None


_LOGITS = guarded(r"(?i)\blogits?\b|\bлогит\w*")
# the words (or a written formula) that say how the activations are kept
_MODE_WORD = guarded(
    r"(?i)(?P<sel>\bselective(?:\s+activation)?\s+recomput\w*|\bвыборочн\w*\s+пересч[её]т\w*|\bселективн\w*\s+пересч[её]т\w*)"
    r"|(?P<full>\bfull(?:\s+activation)?[\s-]+recomput\w*|\b(?:activation|gradient)[\s-]+checkpointing\b"
    r"|\bполн\w*\s+(?:пересч[её]т|перевычислени|рекомпутаци)\w*|\bчекпо[йи]нтинг\w*|\bcheckpointing\b)"
    r"|(?P<flash>\bflash[\s-]*attention\w*|\bflash[\s-]*attn\b|\bSDPA\b|\bmemory[\s-]+efficient\s+attention\b|\bFA-?[23]\b)"
    r"|(?P<none>\bno[\s-]+(?:activation[\s-]+)?(?:recomput\w*|checkpointing)"
    r"|\bwithout\s+(?:any\s+)?(?:activation\s+|gradient\s+)?(?:recomput\w*|checkpointing)"
    r"|\bбез\s+(?:\w+\s+)?(?:пересч[её]т\w*|перевычислени\w*|рекомпутаци\w*|чекпо[йи]нтинг\w*|recomput\w*|checkpointing))"
    r"|(?P<recomp>\brecomput\w*|\bпересч[её]т\w*\s+активаци\w*|\bперевычислени\w*|\bрекомпутаци\w*)"
)
_NEGATED = guarded(r"(?i)(?:\bwithout|\bno|\bw/o|\bбез)[\s-]+(?:\w+\s+)?$")
_SEQ_PARALLEL = guarded(r"(?i)\bsequence[\s-]+parallel\w*|\bSP\b|параллелизм\w*\s+по\s+последовательност\w*")
_NO_SEQ_PARALLEL = guarded(r"(?i)\b(?:without|no)\s+sequence[\s-]+parallel\w*|\bбез\s+параллелизм\w*\s+по\s+последовательност")
# another part of the memory said in the sentence: its figures are not the activations'
_OTHER_PART = guarded(
    r"(?i)\bweights?\b|\bвес(?:а|ов|ам)?\b|\bKV\b|\bcache\b|кэш\w*|кеш\w*|\bgradients?\b(?![\s-]+(?:checkpointing|recomput))|градиент\w*(?![\s-]+(?:чекпо[йи]нтинг|checkpointing|пересч))|\boptimi[sz]er\b|оптимизатор\w*"
    r"|\b(?:model\s+)?states?\b|состояни\w*|\bmaster\b|\bparameters?\b|параметр\w*|(?<!recompute\s)(?<!recompute-)(?<!activation\s)(?<!activation-)\bcheckpoint\b|чекпоинт(?!инг)\w*"
)
# a figure that is a saving or a difference (`checkpointing saves 28 GB`, `на 20 ГБ меньше`, `2 GB less`)
_DIFFERENCE = guarded(
    r"(?i)\b(?:sav(?:e|es|ed|ing|ings)|reduc\w*|cut(?:s|ting)?|frees?|freed|drops?|dropped|shrinks?|trims?|extra|additional)\b"
    r"(?:\s+\w+){0,3}\s*(?:by\s+|of\s+|up\s+)?(?:about\s+|~\s*|≈\s*)?$"
    r"|\b(?:эконом\w*|сокращ\w*|уменьш\w*|сниж\w*|освобожд\w*|дополнительн\w*)(?:\s+\w+){0,3}\s*(?:на\s+)?(?:около\s+|~\s*|≈\s*)?$"
    r"|\bby\s+(?:about\s+|~\s*)?$|\bна\s+(?:около\s+)?$"
)
# a size per layer on the line above (`… 268 MB per layer …`): a total below it may be its sum
_LAYER_SIZE_ABOVE = guarded(
    r"(?i)\d\s*(?:[KMGT]i?B|[КМГТ]и?Б)\s+(?:per|a|на|в)\s+(?:one\s+|each\s+|каждый\s+|один\s+)?(?:layer|сло[йе])\b"
)
# a device's memory (`a 24 GB card`, `80 GB A100`, `24 ГБ видеопамяти`): no size of the activations
_DEVICE_AFTER = guarded(
    r"(?i)\s*(?:of\s+)?(?!(?:per|each|every|a|an|one|на|по|каждую|каждой|каждый|одну|одной)\b)(?:[\w-]+\s+)?(?:cards?|GPUs?|devices?|VRAM|HBM|A100|H100|H200|A6000|RTX|карт\w*|видеокарт\w*|видеопамят\w*)\b"
)
# activations as a quantized tensor (`W8A8`, `activations in int8`, `SmoothQuant`): the sentence sizes the weights
_QUANTIZED = guarded(r"(?i)quantiz\w*|квантов\w*|квантиз\w*|\bW\d+A\d+\b|SmoothQuant|\bAWQ\b|\bGPTQ\b")
_DIFFERENCE_AFTER = guarded(r"(?i)\s*(?:less|more|fewer|smaller|larger|меньше|больше)\b")
_PER_TOKEN = guarded(r"(?i)\s*(?:/|per|на|a)\s*(?:token|токен)")

# ---- per layer or the whole model -------------------------------------------------------------------

_LAYER = r"(?:transformer\s+|decoder\s+)?(?:layers?|blocks?)\b"
_SCOPE = guarded(
    r"(?i)(?P<total>\b(?:over|across|for|in|through)\s+(?:all\s+)?(?:the\s+|its\s+)?(?:(?P<n>\d{1,3})\s+)?"
    + _LAYER.replace("s?", "s")
    + r"|\ball\s+(?:(?P<n2>\d{1,3})\s+)?"
    + _LAYER.replace("s?", "s")
    + r"|\b(?:the\s+)?(?:whole|entire|full)\s+(?:model|network|stack|encoder|decoder)\b|\b(?:per|for\s+the)\s+model\b"
    r"|\bin\s+total\b|\btotal\b|\bin\s+all\b|\bthe\s+(?:layer\s+)?stack\b"
    # `the 32 layers hold 354 GiB`, `its 80 layers`: every layer, by their count
    r"|(?<!of\s)\b(?:the|its|all\s+the)\s+(?P<n7>\d{1,3})\s+(?:transformer\s+|decoder\s+)?(?:layers|blocks)"
    r"(?:\s+(?:hold|take|need|use|store|keep|total|come\s+to|add\s+up\s+to))?\b(?!\s*,)"
    r"|\bна\s+(?:вс[еюё]|всю)\s+(?:(?P<n3>\d{1,3})\s+)?(?:сло\w*|модел\w*|сеть|стек)"
    r"|\bна\s+(?P<n6>\d{1,3})\s+сло(?:[её]в|я)\b|\bна\s+(?:модель|сеть)\b|\bдля\s+(?:всей\s+модели|всех\s+(?:(?P<n4>\d{1,3})\s+)?сло\w*)"
    r"|\bпо\s+всем\s+(?:(?P<n5>\d{1,3})\s+)?сло\w*|\bвсего\b|\bв\s+сумме\b|\bсуммарно\b|\bцеликом\b)"
    r"|(?P<device>\bper\s+(?:GPU|device|card|rank)\b|\bon\s+each\s+(?:GPU|device|card)\b|\bна\s+(?:каждую\s+|одну\s+)?(?:карту|GPU|устройство)\b)"
    r"|(?P<layer>\bper[\s-]+"
    + _LAYER
    + r"|\b(?:a|one|each|every|a\s+single|single)\s+(?:transformer\s+|decoder\s+)?(?:layer|block)\b"
    r"|\b(?:one|each|every|any)\s+of\s+(?:the\s+|its\s+)?(?:\d{1,3}\s+)?(?:layers|blocks)\b"
    r"|\b(?:каждом|каждый|одном|один|любом|любой)\s+из\s+(?:\d{1,3}\s+)?сло\w*"
    r"|\bна\s+(?:один\s+|каждый\s+|одном\s+|каждом\s+)?сло(?:й|е)\b|\bв\s+(?:одном\s+|каждом\s+)?слое\b"
    r"|\b(?:один|одного|каждый|каждого|одному)\s+сло(?:й|я|ю)\b|/\s*layer\b"
    r"|(?<=активации\s)слоя\b|\bthe\s+layer's\b)"  # `активации слоя`: one layer's (not `слоёв`)
)

# ---- the inputs -------------------------------------------------------------------------------------

_NUM = r"(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:\s?[kKкК](?![\w]))?)"
# a symbol's value is the whole number, not the first factor of a size (`2 s b h = 16.8 MB`)
_END = r"(?!\d|[.,]\d)(?!\s*(?:[KMGTP]i?B|[КМГТ]и?Б|bytes?|байт))"
# a number right before a product sign or a symbol is a formula's coefficient (`vocabulary: 4·s·b·V`)
_NOT_COEFF = r"(?!\s*(?:[·×*⋅∙]|\\cdot|\\times)|[A-Za-z]\b)"
_INPUTS: dict[str, tuple[re.Pattern[str], ...]] = {
    "s": (
        guarded(r"(?<![\w.·×*/])s\s*=\s*" + _NUM + _END),
        guarded(
            r"(?i)(?<![\w.])(?:sequence(?:\s+length)?|seq(?:[_\s]?len(?:gth)?)?|context(?:\s+length)?|ctx"
            r"|(?:длин\w+\s+)?последовательност\w*|контекст\w*|длин(?:а|ы|е|ой|у))(?:\s+s)?\s*(?:of|=|:|в|до)?\s*"
            + _NUM
            + r"(?![\d.,]\d)"
            + _NOT_COEFF
        ),
        # `at 8192 tokens and batch 1`, `for 4,096 tokens`, `при 2048 токенах`: a length said in tokens
        guarded(
            r"(?i)(?:\b(?:at|for|with|of)|\bпри|\bна|\bдля)\s+"
            + _NUM
            + r"[\s-]*(?:tokens?|токен(?:ах|ов|а)?)\b(?![\s-]*(?:per|/|a\s|в\s|на\s|vocab|словар))"
        ),
        guarded(
            r"(?i)(?<![\w.,])" + _NUM + r"[\s-]*(?:tokens?[\s-]+)?(?:sequences?|context|контекст\w*|последовательност\w*)"
        ),
        # `Activations for Llama-2-7B at 4K, batch 1`: a length in thousands after `at` (`на 4K`, `при 8K`)
        guarded(r"(?i)(?:\bat|\bпри|\bна)\s+(\d{1,3}[kKкК])(?![\w]|[.,]\d|\s*(?:tok|ток|/))"),
    ),
    "b": (
        guarded(r"(?<![\w.·×*/])b\s*=\s*(\d{1,5})" + _END),
        guarded(
            r"(?i)(?<!global\s)(?<!глобальный\s)(?<![\w])(?:micro[\s-]?batch(?:[\s_]size)?|mbs|batch(?:[\s_]size)?"
            r"|микро-?батч\w*|батч\w*|размер\w*\s+батча)(?:\s+b)?\s*(?:of|=|:)?\s*(\d{1,5})\b(?![.,]\d)"
        ),
    ),
    "h": (
        guarded(r"(?<![\w.·×*/])h\s*=\s*" + _NUM + _END),
        guarded(
            r"(?i)\b(?:hidden(?:[\s_](?:size|dim\w*|width))?|d_?model|n_embd|скрыт\w*(?:\s+(?:размер\w*|размерност\w*|слой))?"
            r"|размерност\w*\s+(?:скрыт\w*|модел\w*))(?:\s+h)?\s*(?:of|=|:)?\s*(\d{3,6})\b"
        ),
    ),
    "a": (
        guarded(r"(?<![\w.·×*/])a\s*=\s*(\d{1,3})" + _END),
        guarded(r"(?i)(?<!KV\s)(?<!kv\s)(?<!KV-)(?<![\w])(\d{1,3})\s+(?:attention\s+|query\s+)?heads\b"),
        guarded(r"(?i)\b(?:num_attention_heads|n_heads?|n_head|attention\s+heads|heads)\s*(?:=|:)?\s*(\d{1,3})\b"),
        guarded(r"(?i)(?<![\w])(\d{1,3})\s+голов\w*(?!\s+KV)"),
    ),
    "L": (
        guarded(r"(?<![\w.·×*/])L\s*=\s*(\d{1,3})" + _END),
        guarded(r"(?i)(?<![\w.,])(\d{1,3})\s+(?:transformer\s+|decoder\s+)?(?:layers|blocks|сло[ёе]в|слоя)\b"),
        guarded(r"(?i)\b(?:num_hidden_layers|n_layers?|num_layers|layers|слоёв|слоев)\s*(?:=|:)\s*(\d{1,3})\b"),
    ),
    "V": (
        guarded(r"(?<![\w.·×*/])V\s*=\s*" + _NUM + _END),
        guarded(r"(?i)\b(?:vocab\w*(?:[\s_]size)?|словар\w*)\s*(?:of|=|:)?\s*" + _NUM + r"(?![\d.,]\d)" + _NOT_COEFF),
        guarded(r"(?i)(?<![\w.,])" + _NUM + r"[\s-]*(?:token|word|entry)[\s-]+vocab\w*"),
        # `Llama-2's 32,000 entries`: the entries of a vocabulary (a logits sentence names the vocabulary)
        guarded(r"(?i)(?<![\w.,])" + _NUM + r"[\s-]+entries\b"),
    ),
    "t": (guarded(r"(?<![\w.·×*/])t\s*=\s*(\d{1,2})" + _END), TENSOR_PARALLEL),
}
_NAMES = {
    "s": "the sequence length",
    "b": "the micro-batch",
    "h": "the hidden size",
    "a": "the number of heads",
    "L": "the number of layers",
    "V": "the vocabulary size",
    "t": "the tensor-parallel degree",
}
# the bytes of an activation element: `activations in fp32`, `fp32 activations`, `активации в fp32`
_ACT_DTYPE = guarded(
    r"(?i)\b(?:activations?|активаци\w*|logits?|логит\w*)\s+(?:are\s+|is\s+|kept\s+|stored\s+)?(?:in\s+|as\s+|в\s+)?(?P<a>fp32|float32|fp16|float16|bf16|bfloat16|fp8)\b"
    r"|\b(?P<b>fp32|float32|fp16|float16|bf16|bfloat16|fp8)\s+(?:activations?|активаци\w*|logits?|логит\w*)"
)
_BYTES = {"fp32": 4, "float32": 4, "fp16": 2, "float16": 2, "bf16": 2, "bfloat16": 2, "fp8": 1}

# a line stating some size is no setting for the lines after it (`at s = 4096 one layer needs 3.3 GB`)
_SIZED_LINE = guarded(r"(?i)\d\s*(?:[KMGTP]i?B|[КМГТ]и?Б|bytes?|байт)\b")
_HEADING = guarded(r"^#{1,6}\s")
_LIST_ITEM = guarded(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")

# ---- a formula written in the text ------------------------------------------------------------------

_FORMULAS = guarded(
    r"(?P<tp>10\+24/t\+5as/ht)|(?P<tpsp>34/t\+5as/ht)|(?P<tpsel>10\+24/t)(?!\+)"
    r"|(?P<none>34\+5(?:as|sa)/h)|(?P<sel>34sbh/t)|(?P<flash>(?<![\d.])34sbh)|(?P<full>(?<![\d.])2sbh)"
    r"|(?P<logits>(?<![\d.])[24]sbv)"
)
_DROP = guarded(r"[\s$\\{}()·×*⋅∙,]|cdot|times|frac|left|right|text|mathrm")


@lru_cache(maxsize=256)
def _formulas(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """The formulas written in `text`: (mode, start, end, the factor written) with the positions
    in `text` (the text is read with spaces, LaTeX marks and brackets dropped)."""
    kept: list[str] = []
    where: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        m = _DROP.match(text, i)
        if m is not None and m.end() > i:
            i = m.end()
            continue
        kept.append(text[i].lower() if text[i] in "V" else text[i])
        where.append(i)
        i += 1
    flat = "".join(kept)
    out = []
    for m in _FORMULAS.finditer(flat):
        kind = m.lastgroup or ""
        factor = int(m.group(0)[0]) if kind == "logits" else 0
        out.append((kind, where[m.start()], where[m.end() - 1] + 1, factor))
    return tuple(out)


# ---- the note-wide context (proposed NoteFacts field: activation_context) ---------------------------


def activation_context(lines: Sequence[str], plan: set[int], reach: int = 24) -> dict[int, tuple[str, ...]]:
    """For each line that can hold a claim: the lines that set what it is about, nearest first —
    the non-blank lines above it in its section that state no size, its heading, then those of the
    sections above it (a subsection's parent, the note's top), at most `reach` lines."""
    out: dict[int, tuple[str, ...]] = {}
    stack: list[tuple[int, str, list[str]]] = [(0, "", [])]  # (level, heading, setting lines so far)
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            level = len(line) - len(line.lstrip("#"))
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, line, []))
            continue
        if n in plan:
            got: list[str] = []
            for _, heading, said in reversed(stack):
                got.extend(reversed(said[-reach:]))
                if heading:
                    got.append(heading)
                if len(got) >= reach:
                    break
            if got:
                out[n] = tuple(got[:reach])
        if line.strip() and not _SIZED_LINE.search(line):
            stack[-1][2].append(line)
    return out


_REACH = 2000  # how far a line is read for a setting or a mode: a megabyte line stays linear


def _context(s: Sentence, facts: NoteFacts) -> tuple[str, ...]:
    return tuple(x[:_REACH] for x in facts.activation_context.get(s.unit.line, ()))


def _lead(s: Sentence, facts: NoteFacts) -> str:
    """The line a list or a paragraph continues (`Per layer with no recomputation:` above its items),
    when it ends with a colon: its mode and reading are the items'."""
    line = s.unit.text
    above = facts.lines_above.get(s.unit.line, ())
    if _LIST_ITEM.match(line):
        for x in above:
            if _LIST_ITEM.match(x):
                continue
            return x if x.rstrip().endswith(":") else ""
        return ""
    lead = facts.lead_in.get(s.unit.line, "")
    return lead if lead.rstrip().endswith(":") else ""


def _heading(ctx: tuple[str, ...]) -> str:
    return next((x for x in ctx if _HEADING.match(x)), "")


# ---- the unit ---------------------------------------------------------------------------------------


@dataclass
class _Mode:
    kind: str  # none, flash, sel, full, tp, tpsp, tpsel, recomp (recomputation of an unsaid kind)
    formula: bool  # written as a formula
    words: str


def _modes(text: str, a: int, b: int) -> list[tuple[int, int, _Mode]]:
    """The modes said in text[a:b], in order: (start, end, mode)."""
    out: list[tuple[int, int, _Mode]] = []
    for m in _MODE_WORD.finditer(text, a, b):
        kind = m.lastgroup or ""
        if kind == "flash" and _NEGATED.search(text, max(a, m.start() - 24), m.start()):
            kind = "none"  # `without FlashAttention`
        if kind in ("full", "recomp") and _NEGATED.search(text, max(a, m.start() - 24), m.start()):
            kind = "none"
        out.append((m.start(), m.end(), _Mode(kind, False, m.group(0))))
    for kind, fa, fb, _ in _formulas(text[a:b]):
        if kind != "logits":
            out.append((a + fa, a + fb, _Mode(kind, True, text[a + fa : a + fb])))
    out.sort(key=lambda x: x[0])
    return out


def _value(raw: str) -> int | None:
    digits = re.sub(r"[,\u00a0\u202f ]", "", raw)
    kilo = digits[-1:] in "kKкК" and not digits[-1:].isdigit()
    digits = digits.rstrip("kKкК")
    if not digits.isdigit():
        return None
    v = int(digits) * (1024 if kilo else 1)
    return v or None


def _find(key: str, text: str, a: int = 0, b: int | None = None, before: int | None = None) -> int | None:
    """The value of input `key` said in text[a:b]: the last said before `before`, else the first."""
    b = len(text) if b is None else b
    hits: list[tuple[int, int]] = []
    for rx in _INPUTS[key]:
        for m in rx.finditer(text, a, b):
            g = next((x for x in m.groups() if x), None)
            v = _value(g) if g else None
            if v is not None:
                hits.append((m.start(), v))
    if not hits:
        return None
    hits.sort()
    if before is not None:
        prior = [v for at, v in hits if at < before]
        if prior:
            return prior[-1]
    return hits[0][1]


@lru_cache(maxsize=2048)
def _found_in(key: str, line: str) -> int | None:
    """`_find` over a whole context line, read once per line and key."""
    return _find(key, line)


def _config_value(key: str, cfg: ModelConfig) -> int | None:
    return {"h": cfg.hidden, "a": cfg.heads, "L": cfg.layers, "V": cfg.vocab}.get(key)


def _model(s: Sentence, facts: NoteFacts, ctx: tuple[str, ...]) -> tuple[ModelConfig | None, bool]:
    """The model the sentence is about and whether it is named near it (the sentence, the lines just
    above it, its heading): a near model's config comes before settings said further up."""
    named = [m.config for m in s.models if m.config is not None]
    if named:
        return named[0], True
    if s.models:
        return None, True  # a model the catalogue lacks: its config is not guessed from another
    for line in facts.lines_above.get(s.unit.line, ()):
        configs = {c.name: c for c in _configs(line[:_REACH])}
        if configs:
            return (next(iter(configs.values())), True) if len(configs) == 1 else (None, True)
    for section in (facts.heading_model.get(s.unit.line), facts.section_model.get(s.unit.line)):
        if section is not None and section.config is not None:
            return section.config, True
    for line in ctx:
        configs = {c.name: c for c in _configs(line)}
        if len(configs) == 1:
            return next(iter(configs.values())), False
        if configs:
            return None, False
    props = facts.properties_model
    return (props.config if props is not None else None), False


@lru_cache(maxsize=512)
def _configs(line: str) -> tuple[ModelConfig, ...]:
    """The catalogued models a context line names (read once per line)."""
    return tuple(m.config for m in find_mentions(line) if m.config is not None)


@dataclass(frozen=True)
class _Where:
    """Where a sentence's inputs are looked for after the sentence: the lines that set what it is
    about (no size on them), the model, the lines just above that state sizes too."""

    ctx: tuple[str, ...]
    cfg: ModelConfig | None
    above: tuple[str, ...]
    near: bool = False  # the model is named in the sentence, just above it or in its heading
    lead_in: str = ""  # the line just above in the paragraph
    paragraph: tuple[str, ...] = ()  # the line just above in the paragraph and the list's lead
    related: bool = False  # another size of the sentence, or a size per layer just above, the figure may be checked against


# `… 3.25 GB of activations per sequence`, `16,8 МБ на одну последовательность`: the figure is for b = 1
_PER_SEQUENCE = guarded(
    r"(?i)(?:[^\d;.]{0,40}?)\b(?:per|a|for\s+(?:one|a\s+single))\s+(?:sequence|sample|example)\b"
    r"|(?:[^\d;.]{0,40}?)\bна\s+(?:одну\s+|каждую\s+)?(?:последовательност\w*|пример)\b"
)


def _said_after_end(s: Sentence, q: Quantity) -> int:
    """How far past figure `q` its inputs may be said: up to the next size of the sentence or a `;`
    (`3.25 GB per layer; a micro-batch of 4 needs 13 GB`: the 4 is the second figure's)."""
    text = s.unit.text
    nxt = next((z.start for z in s.quantities if z.start >= q.end and z.kind == "bytes"), s.end)
    semi = text.find(";", q.end, nxt)
    return semi if semi >= 0 else nxt


def _inputs(keys: str, s: Sentence, q: Quantity, where: _Where, said_layers: int | None) -> tuple[dict[str, int], list[str]]:
    text = s.unit.text
    ctx, cfg, above = where.ctx, where.cfg, where.above
    got: dict[str, int] = {}
    missing: list[str] = []
    for key in keys:
        if key == "L" and said_layers:
            got[key] = said_layers
            continue
        if key == "b" and _PER_SEQUENCE.match(text, q.end, min(len(text), q.end + 60)):
            got[key] = 1  # `3.25 GB of activations per sequence`: one sequence, whatever batch is said later
            continue
        v = _find(key, text, s.start, _said_after_end(s, q), q.start)
        if v is None and s.start > 0:  # a sentence before it on its line (`Длина 2048, микробатч 4. С полным …`)
            v = _find(key, text, max(0, s.start - _REACH), s.start, s.start)
        if v is None:  # the paragraph: the line just above it, the lead of its list
            v = next((x for x in (_found_in(key, line) for line in where.paragraph) if x is not None), None)
        if v is None and cfg is not None and where.near:
            v = _config_value(key, cfg)
        if v is None:
            v = next((x for x in (_found_in(key, line) for line in ctx) if x is not None), None)
        if v is None and cfg is not None:
            v = _config_value(key, cfg)
        if v is None:  # a setting said on a line above that states sizes too (`seq 4096, batch 1: … 4.1 GB per layer`)
            v = next((x for x in (_found_in(key, line[:_REACH]) for line in above) if x is not None), None)
        if v is None:
            missing.append(_NAMES[key])
        else:
            got[key] = v
    return got, missing


def _bytes_per_element(s: Sentence, ctx: tuple[str, ...]) -> int:
    for text in (s.unit.text[s.start : s.end], *ctx):
        m = _ACT_DTYPE.search(text)
        if m is not None:
            return _BYTES[(m.group("a") or m.group("b")).lower()]
    return 2


_EACH_AFTER = guarded(r"(?i)\s*(?:each|apiece|каждый|на\s+каждый)\b")


def _scope(text: str, a: int, q: Quantity, b: int, first: bool = True) -> tuple[str, int | None] | None:
    """Whether figure `q` is one layer's, the whole model's or one device's: the words right after it
    (up to the next figure or the clause's end, `b`), else the nearest before it in [a, q.start)."""
    after = next(_SCOPE.finditer(text, q.end, min(b, q.end + 40)), None)
    if after is not None and not (
        not text[q.end : after.start()].strip(" \t$*_~") or re.fullmatch(r"[^\d.,;:()—–]*", text[q.end : after.start()])
    ):
        after = None  # `2 GB of activations for the whole model` is read; a word past another figure is not
    # a word right after the figure before (`143 MB per layer, which is 91 GB per GPU`) is that figure's
    before = [m for m in _SCOPE.finditer(text, a, q.start) if first or text[a : m.start()].strip(" \t$*_~")]
    said = [_scope_of(m) for m in ([after] if after is not None else [])]
    said += [("formula-layer", None) if _formula_bracket(text, a, m, q) else _scope_of(m) for m in before[::-1]]
    if not said:
        return None
    if said[0][0] == "total" and _EACH_AFTER.match(text, q.end):
        return None  # `the 32 layers hold 11.06 GiB each`: each layer's, said of the layers counted
    kinds = {k for k, _ in said}
    if "layer" in kinds and "device" in kinds and "total" not in kinds:
        # `one layer's activations per GPU`, `a single layer … per GPU`: one layer on one device
        return "layer-device", None
    return said[0]


def _carried_scope(before: str) -> tuple[str, int | None] | None:
    """The reading (one layer, all of them) the last figure said in `before` has: the last such word there."""
    said = [m for m in _SCOPE.finditer(before) if not m.group("device")]
    return _scope_of(said[-1]) if said else None


def _formula_bracket(text: str, a: int, m: re.Match[str], q: Quantity) -> bool:
    """Whether a per-layer word sits in a bracket that writes a formula and closes before the figure (`с полной
    перекомпоновкой (2·s·b·h на слой): 1,7 ГБ`): the word is the formula's, the figure outside it its sum over layers."""
    if not m.group("layer"):
        return False
    lo = max(a, m.start() - 200)  # a bounded look back for the bracket's opening
    opened = text.rfind("(", lo, m.start())
    closed = text.find(")", m.end(), q.start)
    if opened < 0 or closed < 0 or text.find(")", opened, m.start()) >= 0:
        return False
    return any(f[0] != "logits" for f in _formulas(text[opened:closed]))


def _scope_of(m: re.Match[str]) -> tuple[str, int | None]:
    kind = m.lastgroup or ""
    if kind == "total" or m.group("total"):
        n = next((m.group(g) for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7") if m.group(g)), None)
        return "total", int(n) if n else None
    if m.group("device"):
        return "device", None
    return "layer", None


def _per_layer(mode: str, p: int, v: dict[str, int]) -> tuple[float, str]:
    s, b, h = v["s"], v["b"], v["h"]
    sbh = f"{s} × {b} × {h}"
    if mode == "none":
        a = v["a"]
        k1, k2 = 16 * p + 2, 2 * p + 1
        return s * b * h * (k1 + k2 * a * s / h), f"s·b·h·({k1} + {k2}·a·s/h) = {sbh} × ({k1} + {k2} × {a} × {s} / {h})"
    if mode == "flash":
        k = 16 * p + 2
        return float(k * s * b * h), f"{k}·s·b·h (no s×s scores) = {k} × {sbh}"
    if mode == "full":
        return float(p * s * b * h), f"{p}·s·b·h (the layer input only) = {p} × {sbh}"
    t = v["t"]
    if mode == "sel":
        return 34 * s * b * h / t, f"34·s·b·h/t = 34 × {sbh} / {t}"
    a = v.get("a", 0)
    if mode == "tp":
        return s * b * h * (10 + 24 / t + 5 * a * s / (h * t)), f"s·b·h·(10 + 24/t + 5·a·s/(h·t)), t = {t}, a = {a}"
    if mode == "tpsp":
        return s * b * h * (34 / t + 5 * a * s / (h * t)), f"s·b·h·(34/t + 5·a·s/(h·t)), t = {t}, a = {a}"
    return s * b * h * (10 + 24 / t), f"s·b·h·(10 + 24/t), t = {t}"


_MODE_NAMES = {
    "none": "no recomputation",
    "flash": "FlashAttention, no recomputation",
    "full": "full recomputation",
    "sel": "selective recomputation",
    "tp": "tensor parallel, no recomputation",
    "tpsp": "tensor and sequence parallel, no recomputation",
    "tpsel": "tensor parallel, selective recomputation",
}


def _unverifiable(s: Sentence, q: Quantity, why: str) -> Found:
    claim = make_claim(s.unit, q.start, q.end, "activations", Verdict.UNVERIFIABLE, f"{q.text}: {why}", stated=q.text)
    return Found(claim, ((q.start, q.end),))


def _about_activations(s: Sentence, facts: NoteFacts, ctx: tuple[str, ...]) -> bool:
    text = s.unit.text
    if _topic(text, s.start, s.end) or any(f[0] != "logits" for f in _formulas(text[s.start : s.end])):
        return True  # the words, or a formula of activation memory written out (`34·s·b·h`, `2 s b h`)
    layer = any(m.group("layer") or re.search(r"(?i)layer|сло", m.group(0)) for m in _SCOPE.finditer(text, s.start, s.end))
    if not (layer or _MODE_WORD.search(text, s.start, s.end)):
        return False  # a total or a per-device word alone is no sign of activations
    before = text[max(0, s.start - _REACH) : s.start]  # the sentences before it on its line
    near = (before, *facts.lines_above.get(s.unit.line, ())[:3], facts.lead_in.get(s.unit.line, ""), _heading(ctx))
    near = tuple(x[:_REACH] for x in near)
    return any(_topic(x, 0, len(x)) for x in near if x)


def _hints(text: str, a: int, b: int) -> bool:
    """A mode, a per-layer / whole-model word or a written `s·b·h` in text[a:b]."""
    return bool(_MODE_WORD.search(text, a, b) or _SCOPE.search(text, a, b) or "sbh" in _DROP.sub("", text[a:b]))


def activations(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.text
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.value > 0]
    if not sizes:
        return []
    logits = _LOGITS.search(text, s.start, s.end)
    if not (logits or _topic(text, s.start, s.end) or _hints(text, s.start, s.end)):
        return []
    if _QUANTIZED.search(text, s.start, s.end) and not _MODE_WORD.search(text, s.start, s.end):
        return []  # `W8A8 keeps activations in int8, so the model runs in 7 GB`: a size of the weights
    ctx = _context(s, facts)
    about = _about_activations(s, facts, ctx)
    if not about and not logits:
        return []
    # the sentence says activations, a mode or a formula itself (not only its paragraph or heading)
    own_words = bool(_topic(text, s.start, s.end) or _MODE_WORD.search(text, s.start, s.end) or _formulas(text[s.start : s.end]))
    above = facts.lines_above.get(s.unit.line, ())
    sum_below = bool(above) and _LAYER_SIZE_ABOVE.search(above[0][:_REACH]) is not None
    if not own_words and sum_below and not logits:
        return []  # `For all 32 layers that is 17.2 GB` under a size per layer: its sum, checked by `sized`
    other = _OTHER_PART.search(text, s.start, s.end)
    lead = _lead(s, facts)[:_REACH]
    lead_in = facts.lead_in.get(s.unit.line, "")[:_REACH]
    where: _Where | None = None
    out: list[Found] = []
    prev_end = s.start
    for q in sizes:
        a, b = clause_bounds(s, q.start, q.end)
        if (
            _PER_TOKEN.match(text, q.end)
            or _DIFFERENCE.search(text, max(a, q.start - 40), q.start)
            or _DIFFERENCE_AFTER.match(text, q.end)
            or _DEVICE_AFTER.match(text, q.end)
        ):
            prev_end = q.end
            continue  # memory per token is a cache's; a saving or a difference is no size of the activations
        if other is not None:
            own = text[a:b]
            if _OTHER_PART.search(own) or not (_topic(own, 0, len(own)) or _LOGITS.search(own)):
                prev_end = q.end
                continue  # `weights 14 GB, activations 2 GB`: the figure of another part
        if where is None:
            cfg, near = _model(s, facts, ctx)
            paragraph = tuple(x for x in (lead_in, lead) if x)
            where = _Where(ctx, cfg, above, near, lead_in, paragraph, len(sizes) > 1 or sum_below)
        is_logits = logits is not None and (not about or (logits.start() < q.start and not _topic(text, logits.end(), q.start)))
        got = _logits(s, q, where, prev_end) if is_logits else None
        if not is_logits:
            nxt = next((z.start for z in sizes if z.start >= q.end), s.end)
            got = _judge(s, q, prev_end, min(nxt, b), where, lead)
        if got is not None:
            out.append(got)
        prev_end = q.end
    return out


_TYPE_WORD = guarded(r"(?i)\b(?:fp32|float32|fp16|float16|bf16|bfloat16|fp8)\b")


def _own_type(s: Sentence, q: Quantity, prev_end: int) -> int | None:
    """The bytes of the type said with figure `q` itself: the nearest type word between the figure
    before it (or the last `,;:` or bracket) and it, else the first right after it there (`2.1 GB in bf16`)."""
    text = s.unit.text
    a, b = mark_bounds(s.unit.masked, ",;:()", max(s.start, prev_end), q.start, q.end, s.end)
    before = list(_TYPE_WORD.finditer(text, a, q.start))
    if before:
        return _BYTES[before[-1].group(0).lower()]
    after = _TYPE_WORD.search(text, q.end, min(b, q.end + 24))
    return _BYTES[after.group(0).lower()] if after is not None else None


def _logits(s: Sentence, q: Quantity, where: _Where, prev_end: int) -> Found | None:
    text = s.unit.text
    written = [f for f in _formulas(text[s.start : q.start]) if f[0] == "logits"]
    said = _find("s", text, s.start, s.end) is not None  # a sequence length: the logits of a forward pass
    if not (written or said or _topic(text, s.start, s.end)):
        return None  # `a logit per token, 0.9 TB for 5B tokens`: stored logits, not a forward pass's
    p = written[-1][3] if written else 0
    own = _own_type(s, q, prev_end)
    m = _ACT_DTYPE.search(text, s.start, s.end)
    if own is not None and written and own != p:
        return _unverifiable(s, q, f"logits memory: the formula's {p} bytes and the type said with the figure disagree")
    if own is not None:
        p = own
    elif len({_BYTES[t.group(0).lower()] for t in _TYPE_WORD.finditer(text, s.start, s.end)}) > 1:
        # `fp32 logits take 4.2 GB; in bf16 they would be 2.1 GB`: a figure whose own clause names
        # no type, in a sentence naming two, is not given one
        return _unverifiable(s, q, "logits memory: the sentence names two types and not which is this figure's")
    elif m is not None and (m.group("a") or m.group("b")).lower() in _BYTES:
        p = _BYTES[(m.group("a") or m.group("b")).lower()]
    if not p:
        return _unverifiable(s, q, "logits memory: the logits' type (fp32 or 16-bit) is not said")
    v, missing = _inputs("sbV", s, q, where, None)
    if missing:
        return _unverifiable(s, q, "logits memory p·s·b·V: " + ", ".join(missing) + " not stated")
    computed = float(p * v["s"] * v["b"] * v["V"])
    return _verdict(s, q, computed, f"logits {p}·s·b·V = {p} × {v['s']} × {v['b']} × {v['V']}", "logits")


def _judge(s: Sentence, q: Quantity, prev_end: int, upto: int, where_from: _Where, lead: str) -> Found | None:
    found = _judge_one(s, q, prev_end, upto, where_from, lead)
    if found is None or found.claim is None or found.claim.verdict is not Verdict.UNVERIFIABLE:
        return found
    if where_from.related:
        return None  # `256 MiB per layer, i.e. 8 GiB over 32 layers`: the figures' own relation is checked by `sized`
    return found


def _judge_one(s: Sentence, q: Quantity, prev_end: int, upto: int, where_from: _Where, lead: str) -> Found | None:
    text = s.unit.text
    ctx = where_from.ctx
    _, b = clause_bounds(s, q.start, q.end)
    # the mode: the nearest said before the figure in its sentence, else after it in its clause, else the lead's
    modes = _modes(text, s.start, q.start)
    mode = modes[-1][2] if modes else None
    if mode is None:
        later = _modes(text, q.end, b)
        mode = later[0][2] if later else None
    if mode is None:  # an earlier sentence of the line, else the line just above in the paragraph, says it
        got = _modes(text, max(0, s.start - _REACH), s.start)
        if not got:
            above = lead or where_from.lead_in
            got = _modes(above, 0, len(above))
        mode = got[-1][2] if got else None
    if mode is None:
        h = _heading(ctx)
        got = _modes(h, 0, len(h)) if h else []
        mode = got[-1][2] if got else None
    # per layer or the whole model
    scope = _scope(text, max(s.start, prev_end), q, upto, prev_end <= s.start)
    if scope is None and lead:
        m = next(iter(_SCOPE.finditer(lead)), None)
        scope = _scope_of(m) if m is not None else None
    if (
        scope is None
        and mode is not None
        and _modes(text, s.start, q.start)
        and not any(z.kind == "bytes" and s.start <= z.start < q.start for z in s.quantities)
    ):
        # `… на все 32 слоя — 2,15 ГБ. Без чекпоинтинга, но с FlashAttention — 4,3 ГБ`: a sentence that sets another mode
        # against the one before keeps its reading (the sentence before on the line, else the line above)
        scope = _carried_scope(text[max(0, s.start - _REACH) : s.start]) or _carried_scope(where_from.lead_in[:_REACH])
    if mode is None:
        return _unverifiable(s, q, "activation memory: whether the activations are recomputed (and how) is not said")
    if mode.kind == "recomp":
        return _unverifiable(s, q, f"activation memory: '{mode.words}' does not say full or selective recomputation")
    if scope is None:
        return _unverifiable(s, q, "activation memory: the text does not say whether this is one layer or the whole model")
    kind = mode.kind
    tp = _find("t", text, s.start, s.end, q.start)
    if not mode.formula and tp and tp > 1 and kind in ("none", "flash", "sel"):
        if _NO_SEQ_PARALLEL.search(text, s.start, s.end):
            kind = {"none": "tp", "sel": "tpsel"}.get(kind, "")
        elif _SEQ_PARALLEL.search(text, s.start, s.end):
            kind = {"none": "tpsp", "sel": "sel"}.get(kind, "")
        else:
            kind = ""
        if not kind:
            why = "activation memory under tensor parallelism: whether the sequence is split too is not said"
            return _unverifiable(s, q, why)
    p = _bytes_per_element(s, ctx)
    if kind in ("sel", "tp", "tpsp", "tpsel") and p != 2:
        return _unverifiable(s, q, f"activation memory ({_MODE_NAMES[kind]}) at {p} bytes per element: no formula here")
    keys = "sbh"
    if kind in ("none", "tp", "tpsp"):
        keys += "a"
    if kind in ("sel", "tp", "tpsp", "tpsel"):
        keys += "t"
    where, said_layers = scope
    if where == "formula-layer":
        # the bracket's per-layer word is the formula's: the figure is one layer's where it fits it, else the sum
        v, missing = _inputs(keys, s, q, where_from, said_layers)
        fits = not missing and compare(q, _per_layer(kind, p, v)[0]).verdict.holds
        where = "layer" if fits else "total"
    if where in ("total", "device"):
        keys += "L"
    if where in ("device", "layer-device") and "t" not in keys:
        return _unverifiable(s, q, "activation memory per device: the split over devices is not said")
    v, missing = _inputs(keys, s, q, where_from, said_layers)
    if missing:
        return _unverifiable(s, q, "activation memory (" + _MODE_NAMES[kind] + "): " + ", ".join(missing) + " not stated")
    per_layer, how = _per_layer(kind, p, v)
    if where in ("layer", "layer-device"):
        label = "per layer per device" if where == "layer-device" else "per layer"
        return _verdict(s, q, per_layer, f"activations {label} ({_MODE_NAMES[kind]}): {how}", "activations")
    computed = per_layer * v["L"]
    label = "per device over" if where == "device" else "over"
    return _verdict(s, q, computed, f"activations {label} {v['L']} layers ({_MODE_NAMES[kind]}): L × {how}", "activations")


_CLOSE = 1.6


def _verdict(s: Sentence, q: Quantity, computed: float, how: str, shape: str) -> Found:
    check = compare(q, computed)
    verdict, explanation = check.verdict, check.explanation
    if verdict is Verdict.WRONG and 1 / _CLOSE < q.value / computed < _CLOSE:
        # off by less than 1.6×: another accounting (dropout masks kept or not, a GLU MLP) may explain it
        verdict = Verdict.UNVERIFIABLE
        explanation += f" (within {_CLOSE}×: another accounting may explain it)"
    claim = make_claim(
        s.unit,
        q.start,
        q.end,
        shape,
        verdict,
        f"{how} B = {fmt(computed, q.scale)}; {explanation}",
        stated=q.text,
        recomputed=fmt(computed, q.scale),
    )
    return Found(claim, ((q.start, q.end),))
