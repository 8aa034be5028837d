"""Claim cases of our own wording (English and Russian) for the third round of causes found on
notes nobody here wrote: each row is a note (or a line), the verdict groups its claims must come
out with, and a fragment every wrong claim's message must show (the right recomputation). None of
these sentences is taken from a corpus."""

from __future__ import annotations

import ast
import time

import pytest
from conftest import H, V, W, check_claims, note_claims

from vaultkit.claims import extract_claims
from vaultkit.claims.arith import Unsafe, evaluate, evaluate_expression, run_block

# Code blocks: names unpacked from a tuple; a value divided by 2**20 compared in the comment's
# binary unit; a count divided by 1e6 compared in the comment's scale.
CODE = [
    (
        "tuple-unpacking",
        '```python\nd, n = 2048, 24\nper_layer = 12 * d**2\nprint(f"{n * per_layer:,}")  # 1,207,959,552\n```\n',
        [H],
        "",
    ),
    (
        "tuple-unpacking-wrong",
        "```python\nd, n = 2048, 24\nprint(n * 12 * d**2)  # 603,979,776\n```\n",
        [W],
        "1,207,959,552",
    ),
    ("mib-comment", "```python\nn = 410_000_000\nprint(n * 2 / 2**20)  # ≈ 782 MiB in bf16\n```\n", [H], ""),
    ("mib-comment-wrong", "```python\nn = 410_000_000\nprint(n * 4 / 2**20)  # 782 MiB in fp32\n```\n", [W], "1,564"),
    ("ru-count-scale", "```python\nv, d = 64000, 5120\nprint(v * d / 1e6)  # 327.7 млн параметров\n```\n", [H], ""),
    ("ru-count-scale-wrong", "```python\nv, d = 64000, 5120\nprint(2 * v * d / 1e9)  # 0.33 млрд\n```\n", [W], "0.655"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CODE], ids=[c[0] for c in CODE])
def test_code(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    "source",
    [
        "x = 10 ** 60 * 10 ** 60 * 10 ** 60",  # past MAX_INT_BITS
        "x = 1e90 * 1e90",  # past MAX_FLOAT
        "x = " + " + ".join(["1"] * 600),  # past MAX_OPERATIONS
        "a, b = 2 ** 300, 1",  # a tuple is unpacked by the same bounded walk
    ],
)
def test_arith_stays_bounded(source: str) -> None:
    names, _, _ = run_block(source)
    assert "x" not in names and "a" not in names


def test_prose_expression_uses_the_bounded_walk() -> None:
    assert evaluate_expression("2 + 4 + 4 + 2") == 12
    assert evaluate_expression("32 * 2 * 16 * (4096 + 4096)") == 8388608
    assert evaluate_expression("__import__('os')") is None
    assert evaluate_expression("9 ** 9 ** 9") is None
    assert evaluate_expression("(" * 5000 + "1" + ")" * 5000) is None
    with pytest.raises(Unsafe):
        evaluate(ast.parse("2 ** 4000", mode="eval").body, {})


# Arithmetic in prose: sums, divisions, brackets and powers of numbers equated with a figure,
# evaluated by the bounded walk; labels (`40 layers`) and bracketed notes (`(grads)`) are kept out
# of the expression; a single letter, a function or modular arithmetic is no claim; plain numbers
# are a claim only where the sentence is about sizing.
PROSE_ARITHMETIC = [
    ("sum-with-notes", "Plain fp32 AdamW: 4 (weights) + 4 (grads) + 4 (m) + 4 (v) = 16 bytes per parameter.", [H], ""),
    ("sum-wrong", "With a bf16 copy: 2 (weights) + 2 (grads) + 8 (states) = 14 bytes per parameter.", [W], "recomputed 12"),
    ("division", "As Q8_0 that is 3,821,079,552 × 8.5 / 8 = 4.06 GB on disk.", [H], ""),
    ("division-wrong", "At 4.5 bits it is 3,821,079,552 × 4.5 / 8 = 4.3 GB on disk.", [W], "2.149 GB"),
    ("ru-norms", "- Нормы слоя: 2 × 5120 = 10 240 параметров.", [H], ""),
    ("ru-power-wrong", "Проекции внимания: 4 × 5120² = 52 428 800 параметров на слой.", [W], "104,857,600"),
    ("ru-brackets", "Адаптеры на 7 матриц: 40 слоёв × 7 × 8 × (5120 + 5120) = 22,9 млн параметров.", [H], ""),
    ("labels", "Adapters: 40 layers × 2 matrices × 8 × (5120 + 5120) = 6,553,600 trainable parameters.", [H], ""),
    ("free-variable", "A block holds 12d² + 13d = 9,465,344 weights.", [], ""),
    ("function", "Here f(2) + 3 = 7 bytes of header.", [], ""),
    ("modular", "Since 4 × 4 = 2 (mod 7), the byte table wraps.", [], ""),
    ("not-about-sizing", "So 17 × 23 = 392 and the proof is done.", [], ""),
    ("goes-on", "Each expert: 3 × 4096 = 12288 × 14336 rows.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PROSE_ARITHMETIC], ids=[c[0] for c in PROSE_ARITHMETIC])
def test_prose_arithmetic(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_every_link_of_a_chain_is_stated() -> None:
    (c,) = note_claims("Per token in bf16: 2 × 40 × 8 × 128 × 2 bytes = 163 840 bytes = 160 KiB.")
    assert "163 840" in c.stated and "160 KiB" in c.stated  # type: ignore[attr-defined]


# Hardware: only the figures said of a card (and those listed with one) are hardware; the
# model's own size in the same sentence is still checked.
HARDWARE = [
    ("card-beside-model", "Qwen2.5-14B in bf16 is 29.5 GB, so it wants a 40 GB card.", [H], ""),
    ("card-beside-model-wrong", "Gemma-2-27B in int8 is 54.4 GB, which fits the 80 GB of one GPU.", [W], "27.227 GB"),
    ("ru-card", "Qwen2.5-14B в int8 — 7,4 ГБ, поэтому хватит видеокарты на 16 ГБ.", [W], "14.77 GB"),
    ("catalogue", "Cards ship with 16 GB, 24 GB or 48 GB of VRAM.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HARDWARE], ids=[c[0] for c in HARDWARE])
def test_hardware(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Tables whose unit is only in the header: a bare number filling a cell takes its column's unit
# (and dtype, from the header, the paragraph or the properties).
HEADER_UNITS = [
    (
        "header-gib",
        "| model | bf16 (GiB) | int4 (GiB) |\n|---|---|---|\n| Qwen2.5-14B | 27.5 | 13.8 |\n",
        [H, W],
        "6.878 GiB",
    ),
    ("ru-header-gb", "---\ndtype: int8\n---\n| модель | Размер, ГБ |\n|---|---|\n| Gemma-2-27B | 13,6 |\n", [W], "27.227 GB"),
    ("header-without-unit", "| model | score |\n|---|---|\n| Qwen2.5-14B | 27.5 |\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEADER_UNITS], ids=[c[0] for c in HEADER_UNITS])
def test_header_units(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Bits per weight: a quantized block's bytes × 8 over its weights; a llama.cpp type's measured
# figure against its table; a whole number of bits names a level and is not checked; a decimal
# comma figure (`5,5 бита`) is no 5-bit type.
BITS_PER_WEIGHT = [
    ("block", "Q5_0 packs a block of 32 weights into 22 bytes, i.e. 5.5 bits per weight.", [H], ""),
    ("ru-block-wrong", "- Q3_K: 110 байт на 256 весов = 4,3 бита на вес.", [W], "3.438"),
    ("measured", "Q5_K_M lands at about 5.69 bits/weight on most models.", [H], ""),
    ("level-not-checked", "Q4_0 is a 4 bits per weight format.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BITS_PER_WEIGHT], ids=[c[0] for c in BITS_PER_WEIGHT])
def test_bits_per_weight(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Throughput and bandwidth: the bandwidth stated earlier in the section (or a section above it,
# never a sibling's); weights from the sentence, its model and dtype, or the active experts; the
# bandwidth a rate needs; tokens generated in a day at a stated rate.
THROUGHPUT = [
    (
        "section-bandwidth",
        "## L40S\n\nThe L40S has 864 GB/s of memory bandwidth.\n\n"
        "Qwen2.5-14B with int8 weights (14.8 GB) decodes at most ~58 tokens/s.\n",
        [H, H],
        "",
    ),
    (
        "section-bandwidth-wrong",
        "## L40S\n\nThe L40S has 864 GB/s of memory bandwidth.\n\n"
        "Qwen2.5-14B with int8 weights (14.8 GB) reaches ~120 tokens/s.\n",
        [H, W],
        "58.4 tok/s",
    ),
    ("sibling-section", "## A\n\nCard A has 864 GB/s.\n\n## B\n\nWith 14.8 GB of weights it reaches 50 tok/s.\n", [V], ""),
    (
        "ru-required",
        "Чтобы Qwen2.5-14B в int8 выдавала 40 токенов/с, нужно 0,59 ТБ/с, а для 100 токенов/с — 3 ТБ/с.",
        [H, W],
        "1.477",
    ),
    (
        "tokens-a-day",
        "At 25 tokens/s a single stream produces 2.16 M tokens a day, and at 50 tokens/s about 8 M.",
        [H, W, V, V],
        "4.32M",
    ),
    ("moe-reads-active", "Mixtral-8x7B reads only its active experts: about 25.8 GB per token in bf16.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in THROUGHPUT], ids=[c[0] for c in THROUGHPUT])
def test_throughput(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Training: a recipe stated in bytes per parameter (`18 Б/пар.`) sizes the training memory; ZeRO-3
# over N devices divides it; `2048-token` is a length, not a year.
TRAINING = [
    ("ru-table-recipe", "| модель | рецепт | память |\n|---|---|---|\n| Qwen2.5-3B | AdamW, 18 Б/пар. | 55,5 ГБ |\n", [H], ""),
    (
        "ru-table-recipe-wrong",
        "| модель | рецепт | память |\n|---|---|---|\n| Qwen2.5-3B | AdamW, 16 Б/пар. | 55,6 ГБ |\n",
        [W],
        "49.375 GB",
    ),
    ("zero3", "With ZeRO-3 over 4 GPUs at 16 bytes/param, Qwen2.5-14B needs 59.1 GB per GPU for training.", [H], ""),
    ("kv-token-length", "Llama-3-8B keeps 128 KiB per token, so a 2048-token prompt takes 256 MiB of KV cache.", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TRAINING], ids=[c[0] for c in TRAINING])
def test_training(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def _cpu(fn: object, *args: object, **kwargs: object) -> float:
    start = time.process_time()
    fn(*args, **kwargs)  # type: ignore[operator]
    return time.process_time() - start


def _pasted_floats(layout: str, count: int) -> tuple[str, list[tuple[int, int]]]:
    values = [f"{(i * 7919 % 10007) / 10007:.4f}" for i in range(count)]
    if layout == "one-line":
        text = "Weights as text:\n\n" + ", ".join(values) + "\n"
    else:
        body = "\n".join(", ".join(values[i : i + 12]) + "," for i in range(0, len(values), 12))
        text = "Weights as text:\n\n" + body + "\n" if layout == "lines" else "```python\n" + body + "\n```\n"
    return text, [(1, text.count("\n"))] if layout == "code-block" else []


@pytest.mark.parametrize("layout", ["one-line", "lines", "code-block"])
def test_a_megabyte_of_pasted_floats_extracts_fast(layout: str) -> None:
    """1 MB of pasted floats (weights written out as text, 125,000 of them) extracts in linear time: twice the
    floats take about twice the CPU time (a pass quadratic in the floats would take four times), and the megabyte
    stays under issue 16's 2 s. Until stop 37 the bound was 30x one Python pass over the characters; the
    constant grew with every note-wide fact (about 27x in stop 37) and a loaded machine failed it, while the
    growth is what the test is for."""
    half, half_code = _pasted_floats(layout, 62_500)
    text, code = _pasted_floats(layout, 125_000)
    assert len(text) >= 1_000_000
    # the best of three runs of each: a loaded machine (the full suite beside other work) adds to a single run
    spent_half = min(_cpu(extract_claims, half, code_ranges=half_code) for _ in range(3))
    spent = min(_cpu(extract_claims, text, code_ranges=code) for _ in range(3))
    assert spent < 3 * max(spent_half, 0.01), (spent, spent_half)
    assert spent < 2.0, spent
