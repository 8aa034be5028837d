"""Claim cases of our own wording (English and Russian) for the tenth round: the FORMS a claim
takes and what is no claim. A product chain whose result follows `≈` or a result word (`gives`,
`даёт`), stated in FLOPs or tokens as well as bytes; a dtype named after a product of numbers
(`1000 × 1000 float64`); a rate in an aside (`(16 B/param) = …`) is no operand of the total after
it; a code comment that states one value twice (`# 57 344 bytes = 56 KiB`) is compared twice; a
hedged size right after a comma restates the one before it. Each row is a note (or a line), the
verdict groups its claims must come out with, and a fragment every wrong claim's message must
show (the right recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

CHAINS = [
    # `≈` before the result is the link, as `=` is
    ("en-approx-flops-holds", "A forward pass costs roughly 2 × 6.7B ≈ 13.4 GFLOPs per token.", [H], ""),
    ("en-approx-flops-wrong", "A forward pass costs roughly 2 × 6.7B ≈ 26.8 GFLOPs per token.", [W], "1.34e+10"),
    ("ru-approx-flops-power-holds", "Обучение: 6 · 3·10⁹ · 6·10¹⁰ ≈ 1,08·10²¹ FLOP.", [H], ""),
    ("ru-approx-flops-power-wrong", "Обучение: 6 · 3·10⁹ · 6·10¹⁰ ≈ 5,4·10²⁰ FLOP.", [W], "1.08e+21"),
    ("en-tokens-product-holds", "The data budget is 20 × 3B = 60B tokens.", [H], ""),
    ("ru-tokens-product-wrong", "Бюджет данных: 20 × 3B = 120B токенов.", [W], "60B"),
    # a result word states a product's result
    ("en-gives-holds", "Three replicas: 3 × 5 GiB gives 15 GiB in all.", [H], ""),
    ("en-gives-wrong", "Three replicas: 3 × 5 GiB gives 18 GiB in all.", [W], "15 GiB"),
    ("ru-daet-wrong", "Шесть копий: 6 × 2 ГБ даёт 14 ГБ.", [W], "12 GB"),
    # … but not of one figure changed by words before it: no claim, never an error
    ("en-gives-after-overhead", "Adding a margin to 30 GB gives 33 GB.", [], ""),
    # a dtype after a product of numbers is a factor of it
    ("en-float64-array-holds", "A 2000 × 500 float64 matrix = 8,000,000 bytes.", [H], ""),
    ("en-float32-array-wrong", "A 2000 × 500 float32 matrix = 8,000,000 bytes.", [W], "4,000,000"),
    # … and not twice when its bytes are already a factor
    ("en-dtype-bytes-already-factor", "Weights: 7B × 2 (fp16) = 14 GB.", [H], ""),
    ("ru-dtype-bytes-already-factor", "Веса: 13B × 2 (bf16) = 26 ГБ.", [H], ""),
    # a rate in an aside is no operand of the total said after it (`16 B = 112 GB` would be an
    # error on a right statement); the total is checked as rate × the model's count
    ("en-rate-in-aside-no-error", "Full fine-tune with Adam (16 B/param) = 112 GB for a model of 7B.", [H], ""),
    ("ru-rate-alone-no-error", "Полное дообучение: 16 байт на параметр = 112 ГБ для модели на 7B.", [H], ""),
    # a rate times a count is still a chain
    ("en-rate-times-count-wrong", "Adam needs 16 bytes per parameter × 7B = 56 GB.", [W], "112 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CHAINS], ids=[c[0] for c in CHAINS])
def test_chain_forms(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_CODE = "```python\n{line}\n```\n"

CODE = [
    ("en-comment-twice-holds", _CODE.format(line="kv = 2 * 16 * 8 * 64 * 2  # 32 768 bytes = 32 KiB"), [H, H], ""),
    ("en-comment-twice-second-wrong", _CODE.format(line="kv = 2 * 16 * 8 * 64 * 2  # 32 768 bytes = 24 KiB"), [H, W], "32 KiB"),
    ("ru-comment-bracket-first-wrong", _CODE.format(line="w = 3_000_000_000 * 2  # 5 ГБ (5,6 ГиБ)"), [W, H], "6 GB"),
    (
        "en-print-comment-ie",
        _CODE.format(line="n = 4_000_000_000\nprint(n * 2 / 2**30)  # 7.45 GiB, i.e. 8 GB"),
        [H, H],
        "",
    ),
    # a restatement in the other unit is read from the figure the code's divisor is in
    ("ru-comment-restated-binary-holds", _CODE.format(line="gb = 7e9 * 2 / 1e9  # 14 ГБ (13 ГиБ)"), [H, H], ""),
    ("en-comment-restated-binary-wrong", _CODE.format(line="gb = 7e9 * 2 / 1e9  # 14 GB (15 GiB)"), [H, W], "13.039 GiB"),
    # a size per layer before the total is another amount: only the last is the line's value
    ("en-comment-per-layer-then-total", _CODE.format(line="kv = 2 * 16 * 8 * 64 * 2  # 2 KiB per layer × 16 = 32 KiB"), [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CODE], ids=[c[0] for c in CODE])
def test_code_comment_states_one_value_twice(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CONVERSIONS = [
    ("en-comma-about-holds", "The checkpoint is 8 GiB, about 8.6 GB.", [H], ""),
    ("ru-comma-around-holds", "Файл весит 12 ГиБ, около 12,9 ГБ.", [H], ""),
    # a second size after a comma without a hedge is another amount: no claim
    ("en-comma-two-amounts", "The checkpoint is 8 GiB, 2 GB of it optimizer state.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS])
def test_hedged_restatement_after_a_comma(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_A_PRODUCT_CLAIM = [
    # what remains of a product (an array with parity or mirrors, an overhead taken off) is not the product
    ("en-raid-usable", "RAID 5 with 4 × 8 TB gives 24 TB usable.", [], ""),
    ("ru-raid-usable", "RAID 10 из 8 × 2 ТБ = 8 ТБ полезного объёма.", [], ""),
    ("en-raw-product-still-checked", "Without parity, 4 × 8 TB gives 32 TB.", [H], ""),
    # a number the chain does not read (`/1.5`) is an operand it would miss; `M` after a
    # concentration is molar; after a label's colon `=` starts a statement of its own
    ("en-molar-division", "Solution: c = 0.3/1.5 = 0.200 M.", [], ""),
    ("en-label-then-equation", "- 0.01 M HCl: pH = 2", [], ""),
    ("ru-label-then-equation", "- раствор 0,5 M NaCl: n = 2", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in NOT_A_PRODUCT_CLAIM], ids=[c[0] for c in NOT_A_PRODUCT_CLAIM]
)
def test_not_a_product_claim(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RATIO_REFERENTS = [
    # a rate (`16 kB/s`) is no amount to take a ratio with; the ratio's referent is elsewhere
    ("en-rate-is-no-referent", "A 128 kbit/s stream is 16 kB/s, so one hour is 57.6 MB, about 11 times smaller.", [], ""),
    ("ru-rate-is-no-referent", "Поток 8 МБ/с, за минуту это 480 МБ, в 3 раза меньше, чем раньше.", [], ""),
    # a halving of something that is no size is not a 50 % reduction of the figure after it
    ("en-halving-a-term", "Halving the term cuts the interest by 53.9 %.", [], ""),
    ("ru-halving-a-term", "Сокращение срока вдвое снижает переплату на 54 %.", [], ""),
    # a question about sizes on the line above is the answer's context
    (
        "ru-answer-after-question-wrong",
        "Вопрос: во сколько раз int4 легче bf16?\nОтвет: в 4 раза, экономия 50 %.",
        [H, W],
        "75.0%",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATIO_REFERENTS], ids=[c[0] for c in RATIO_REFERENTS])
def test_ratio_referents(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_BLOCK = "```python\n{code}\n```\n"

CODE_CONTEXT = [
    # a loop changes the name: its value after the loop is not the one before it
    (
        "en-loop-changes-name",
        _BLOCK.format(code="w = 0.0\nfor k in range(10):\n    w -= 0.1 * 2 * (w - 3)\nprint(round(w, 3))  # 2.678"),
        [],
        "",
    ),
    # an augmented assignment is evaluated
    ("en-augassign-holds", _BLOCK.format(code="total = 0\ntotal += 7_000_000_000 * 2\nprint(total / 1e9)  # 14 GB"), [H], ""),
    ("en-augassign-wrong", _BLOCK.format(code="total = 0\ntotal += 7_000_000_000 * 2\nprint(total / 1e9)  # 7 GB"), [W], "14 GB"),
    # a figure cut short (`3.34...e+25`) states no value
    ("en-comment-cut-short", _BLOCK.format(code="NA = 6.02214076e23\nprint(55.5 * NA)  # 3.34...e+25"), [], ""),
    # a plain number in code about no size is no sizing claim; in code about sizes it is
    ("en-plain-number-not-sizing", _BLOCK.format(code="r = 3.0\nprint(r * r / 2)  # 7.5"), [], ""),
    (
        "ru-plain-number-sizing-wrong",
        _BLOCK.format(code="hidden = 4096\nprint(hidden * hidden)  # 16 000 000"),
        [W],
        "16,777,216",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CODE_CONTEXT], ids=[c[0] for c in CODE_CONTEXT])
def test_code_context(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


INCOMPLETE_CHAINS = [
    # a figure whose label follows an operator continues arithmetic the chain did not read
    ("en-labelled-operand-before", "Vocab 32000 × hidden 4096 × 2 bytes = 262 MB for the embedding.", [V], ""),
    ("en-sum-with-labels", "Weights 14 GB + KV 2 GB + activations 1 GB = 17 GB.", [], ""),
    ("en-operator-opens-clause", "Per layer: 4 × 4096² = 67M params; × 32 layers = 2.1B.", [H], ""),
    # one figure equated with a multiple of itself is a product whose factor was not read
    ("ru-count-word-not-read", "На 4 GPU по 24 ГБ = 96 ГБ суммарно.", [], ""),
    ("en-per-element-vs-total", "The 175B model at 2 bytes = 350 GB.", [V], ""),
    # … but a restatement that is off is still checked
    ("ru-restatement-off", "Файл: 4 683 074 336 байт = 4,68 ГБ = 4,36 ГБ.", [U], "4.361 GiB"),
    # a parameter count equated with bytes needs a dtype, before or right after the bytes
    ("en-dtype-after-bytes-holds", "The model has 7B parameters = 14 GB in fp16.", [H], ""),
    ("ru-dtype-after-bytes-wrong", "У модели 7 млрд параметров = 7 ГБ в fp16.", [W], "14 GB"),
    ("en-no-dtype-no-claim", "The model has 7B parameters = 14 GB.", [V], ""),
    # a context or batch in k may be 1024 tokens
    ("en-k-is-1024-tokens", "Batch 8 × 4096 tokens = 32k tokens per step.", [H], ""),
    # small plain numbers equated with bytes: the bytes per element are not stated
    ("en-pixels-no-element-size", "A 24-bit colour image of 1920 × 1080 = 6.2 MB.", [V], ""),
    ("ru-pixels-element-size-wrong", "Кадр 1920 × 1080 пикселей × 3 байта = 3,1 МБ.", [W], "6.221 MB"),
    # … but a complete formula of plain numbers (its last factor the bytes) is checked
    ("en-kv-formula-plain-numbers-wrong", "KV per token = 2 × 40 × 8 × 128 × 2 = 80 KiB.", [W], "160 KiB"),
    # `1 KB = 1024 bytes` is a convention, not an arithmetic error
    ("en-kb-binary-convention", "1 KB = 1024 bytes in the old convention.", [V], ""),
    # a small count equated with a total is a product whose other factor is elsewhere
    ("ru-layers-equal-total", "Каждый слой: 4 × 4096 × 4096 = 67 млн параметров, 32 слоя = 2,1 млрд.", [H], ""),
    ("en-layers-equal-total", "Per layer 4 × 4096 × 4096 = 67M params; 32 layers = 2.1B.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in INCOMPLETE_CHAINS], ids=[c[0] for c in INCOMPLETE_CHAINS])
def test_incomplete_chains_are_no_errors(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MODEL_RATIOS = [
    # two catalogued models compared by the quantity the sentence names, both computed
    ("en-params-ratio-holds", "Llama-2-13B has 1.9 times more parameters than Llama-2-7B.", [H], ""),
    ("en-params-ratio-wrong", "Llama-2-13B has 3 times more parameters than Llama-2-7B.", [W], "1.932"),
    ("ru-kv-per-token-ratio-wrong", "У Mistral-7B кэш на токен в 2 раза меньше, чем у Llama-2-7B.", [W], "ratio 4"),
    ("en-kv-per-token-ratio-holds", "Llama-3-8B's KV cache per token is 4 times smaller than Llama-2-7B's.", [H], ""),
    # `as much as`, and a size per token in the sentence names the quantity
    ("en-as-much-as-per-token-wrong", "Llama-2-7B needs 512 KiB per token, 2 times as much as Llama-3-8B.", [H, W], "ratio 4"),
    ("ru-per-token-holds", "Llama-2-7B тратит 512 КиБ на токен — в 4 раза больше, чем Mistral-7B.", [H, H], ""),
    # a code of K bits per element against the one dtype the sentence names
    ("en-binary-code-holds", "Binary codes (1 bit per dimension) are 32× smaller than fp32 vectors.", [H], ""),
    ("en-binary-code-wrong", "Binary quantisation (1 bit per dimension) shrinks a float32 index 8×.", [W], "ratio 32"),
    ("ru-four-bit-code-holds", "Коды по 4 бита на вес в 4 раза меньше, чем fp16.", [H], ""),
    # a ratio of something the catalogue does not give (speed): no claim
    ("en-speed-ratio-no-claim", "Llama-2-13B is 2 times faster than Llama-2-7B.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MODEL_RATIOS], ids=[c[0] for c in MODEL_RATIOS])
def test_ratio_between_two_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DEVICE_SPLITS = [
    # a size per device is the total stated before it over the devices counted between them
    ("en-split-holds", "The node has 640 GB across 8 GPUs, 80 GB each.", [H], ""),
    ("en-split-wrong", "The model is 140 GB; on 2 H100s that is 80 GB each.", [W], "70 GB"),
    ("ru-split-wrong", "Состояния обучения: 320 ГБ; при ZeRO-3 на 8 картах — 80 ГБ на карту.", [W], "40 GB"),
    ("en-split-word-number", "Weights take 30 GiB. Split over two cards that is 15 GiB each.", [H], ""),
    # the total after the devices
    ("ru-split-total-after-devices-wrong", "Кэш на 8 GPU: 320 ГиБ всего, по 80 ГиБ на карту.", [W], "40"),
    # the devices as a tensor-parallel degree on the line, or the one the note states
    ("en-split-tp-on-line", "Weights: 140 GB in total, 35 GB per GPU under TP 4.", [H], ""),
    (
        "en-split-tp-in-note-wrong",
        "Served with tensor parallel 4.\n\nKV cache: 240 GiB in total, 80 GiB per GPU.\n",
        [W],
        "60 GiB",
    ),
    ("ru-split-tp-in-note-holds", "Запуск: TP=8.\n\nВеса: 320 ГБ всего, 40 ГБ на GPU.\n", [H], ""),
    ("en-two-tp-degrees-no-claim", "With TP 2 or TP 4: 140 GB total, 35 GB per GPU.", [], ""),
    # each device holding all of it, or a share with something added, is no split
    ("en-replicated-no-claim", "Data parallel on 4 GPUs: the 14 GB model needs 14 GB each.", [], ""),
    ("en-share-plus-overhead-no-claim", "Pipeline over 4 GPUs: 140 GB total, 40 GB each with activations.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DEVICE_SPLITS], ids=[c[0] for c in DEVICE_SPLITS])
def test_size_per_device(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OTHER_CASES_IN_COMMENTS = [
    # a comment that states the value for another setting after it is not the line's value
    (
        "en-comment-other-setting",
        _CODE.format(line="params = 7e9\nmem = params * 2   # weights only; with Adam ~16 bytes/param = 112 GB"),
        [V],
        "",
    ),
    # a print's comment that states it and then another case: the first is the printed value
    (
        "en-print-first-of-two-cases",
        _CODE.format(line='n = 7e9\nprint(f"{n*2/1e9:.1f} GB")  # 14.0 GB in fp16, 7.0 GB in int8'),
        [H],
        "",
    ),
    (
        "ru-print-first-of-two-cases-wrong",
        _CODE.format(line="n = 7e9\nprint(n * 2 / 1e9)  # 7 ГБ в fp16, 3,5 ГБ в int8"),
        [W],
        "14 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in OTHER_CASES_IN_COMMENTS], ids=[c[0] for c in OTHER_CASES_IN_COMMENTS]
)
def test_comment_of_another_case(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_SHARES = [
    # the share of an MoE model's weights a token uses, however it is said
    ("en-touched-per-token", "Mixtral-8x22B: only 27.8 % of the weights are touched per token.", [H], ""),
    ("en-touched-per-token-wrong", "Mixtral-8x22B: only 45 % of the weights are touched per token.", [W], "27.8"),
    ("ru-active-of-all", "У Mixtral-8x7B активных на токен — 12,9 млрд (2 эксперта из 8), то есть 27,6 % от всех.", [H, H], ""),
    # a dense model has no active share: no claim
    ("en-dense-no-share", "Llama-2-7B: 40 % of the weights are touched per token.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVE_SHARES], ids=[c[0] for c in ACTIVE_SHARES])
def test_active_share_of_a_moe_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_ABOVE = "## Cache\n\n1. With grouped heads the cache takes 128 KiB per token.\n2. {line}\n"

RATIO_TO_A_LINE_ABOVE = [
    # `N× more` with no `than`: the size said per the same thing on a line above
    ("en-line-above-holds", _ABOVE.format(line="Without grouping it would be 512 KiB per token, 4× more."), [H], ""),
    ("en-line-above-wrong", _ABOVE.format(line="Without grouping it would be 1 MiB per token, 4× more."), [W], "8"),
    ("ru-line-above-holds", _ABOVE.format(line="Без группировки на токен уходит 512 КиБ — в 4 раза больше."), [H], ""),
    # the direction disagrees, or the referent is named: not this shape's
    ("en-line-above-direction", _ABOVE.format(line="Without grouping it would be 64 KiB per token, 4× more."), [], ""),
    ("en-referent-named", _ABOVE.format(line="In fp8 it is 64 KiB per token, 2× smaller than fp16."), [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in RATIO_TO_A_LINE_ABOVE], ids=[c[0] for c in RATIO_TO_A_LINE_ABOVE]
)
def test_ratio_to_a_size_on_a_line_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


APPROXIMATE_RESULTS = [
    # `≈` before the stated figure of arithmetic in prose, as `=` is
    ("en-approx-division-holds", "Each GPU holds 140 GB / 8 ≈ 17.5 GB.", [H], ""),
    ("en-approx-division-wrong", "Each GPU holds 140 GB / 8 ≈ 35 GB.", [W], "17.5 GB"),
    ("ru-approx-sum-holds", "Итого 14 ГБ + 2 ГБ ≈ 16 ГБ.", [H], ""),
    # … but a rough figure without a unit, or a rate, is in a unit the arithmetic does not give
    ("en-approx-no-unit", "A 5.75e9-byte file over an hour: 5.75e9 × 8 / 3600 ≈ 12.8 Mbit/s.", [], ""),
    ("en-approx-rate", "81,300 IOPS × 4096 B ≈ 333 MB/s.", [], ""),
    # … while a quotient that divides FLOPs by a stated FLOP/s rate is a duration (shapes/times.py)
    ("ru-gpu-hours", "При 400 TFLOP/s на GPU: 7,7·10²¹ / 4·10¹⁴ = 5,3 тыс. GPU-часов.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in APPROXIMATE_RESULTS], ids=[c[0] for c in APPROXIMATE_RESULTS]
)
def test_approximate_results_of_arithmetic(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SEVERAL_SIZES_AND_A_PERCENT = [
    # the size just before the percent against the first one (the base of a list of variants)
    ("en-variants-first-percent-holds", "fp16: 14 GB; int8: 7 GB (50 % less); int4: 3.5 GB (75 % less).", [H], ""),
    # when that pair does not give the stated percent, which two are meant is not certain
    ("en-variants-percent-unsure", "fp16: 14 GB; int8: 7 GB (40 % less); int4: 3.5 GB.", [V], ""),
    ("ru-two-sizes-percent-wrong", "Память упала с 40 ГБ до 30 ГБ, то есть на 40 %.", [W], "25.0%"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SEVERAL_SIZES_AND_A_PERCENT], ids=[c[0] for c in SEVERAL_SIZES_AND_A_PERCENT]
)
def test_percent_among_several_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RANGES_APPLIED = [
    # a multiplier range in words applied along an arrow, either way
    ("ru-range-words-down-holds", "Квантизация в 2–4 раза: 14 ГБ → 3,5–7 ГБ.", [H], ""),
    ("en-range-words-down-wrong", "Compression of 2-4 times: 14 GB → 3–5 GB.", [W], "3.5 GB–7 GB"),
    ("en-range-up-wrong", "Expect 2–3× overhead: 14 GB of weights → 20–30 GB total.", [V, W], "28 GB–42 GB"),
    # two ranges on the line: which one applies is not certain
    ("en-two-ranges-unsure", "Between 2–3× and 4–5× in practice: 14 GB → 20–30 GB.", [V, V, V], ""),
    # an alternative item after an aside is not a restatement of it
    ("en-aside-then-alternative", "Download 14 GB (13 GiB) or the 4 GB (3.7 GiB) quant.", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANGES_APPLIED], ids=[c[0] for c in RANGES_APPLIED])
def test_ranges_applied_to_a_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TRANSFER_TIMES = [
    # a size over a bandwidth is the time to read it, in LaTeX or prose
    ("ru-latex-frac-holds", "$$t = \\frac{16{,}06\\ \\text{ГБ}}{3{,}35\\ \\text{ТБ/с}} = 4{,}8\\ \\text{мс}$$", [H], ""),
    ("en-latex-frac-wrong", "$$t = \\frac{141\\ \\text{GB}}{3.35\\ \\text{TB/s}} = 21\\ \\text{ms}$$", [W], "42.09"),
    ("en-prose-approx-wrong", "Reading 14 GB at 2 TB/s: 14 GB / 2 TB/s ≈ 14 ms per token.", [W], "7 ms"),
    ("en-grouped-seconds-holds", "Full backup: 412.9 GB / 115.2 MB/s ≈ 3,584 s, about an hour.", [H], ""),
    # a fraction of symbols is no claim
    ("en-latex-frac-symbols", "$$t_{\\text{tok}} \\ge \\frac{M_{\\text{weights}} + M_{KV}}{B_{\\text{HBM}}}$$", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TRANSFER_TIMES], ids=[c[0] for c in TRANSFER_TIMES])
def test_time_to_read_a_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


STATEMENTS_THAT_GO_ON = [
    # the right side of `=` goes on past the figure read: a sum, not a restatement
    ("en-total-equals-sum", "Total: 16 GB = 14 GB weights + 2 GB cache.", [], ""),
    ("ru-total-equals-sum", "Итого: 16 ГБ = 14 ГБ весов + 2 ГБ кэша.", [], ""),
    # a count assigned in code, a size in its comment: not the same quantity
    (
        "en-count-with-size-comment",
        _CODE.format(line="MAX_MEM = 24 * 2**30   # 24 GiB per GPU\nn_gpus = 2             # 48 GiB total"),
        [H],
        "",
    ),
    # after a `;` a comment makes another statement
    ("en-comment-second-statement", _CODE.format(line="x = 7e9\ny = x * 2  # bytes in fp16; 4 bytes in fp32 → 28 GB"), [V], ""),
    # a table's rows are side by side: a ratio in one row is not against the row above
    (
        "en-table-row-ratio",
        "| quant | size | vs fp16 |\n|---|---|---|\n| int8 | 7 GB | 2× smaller |\n| int4 | 3.5 GB | 4× smaller |\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in STATEMENTS_THAT_GO_ON], ids=[c[0] for c in STATEMENTS_THAT_GO_ON]
)
def test_statements_that_go_on_are_not_judged_in_part(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


GROWING_LINES = [
    # one line of the same sentence repeated: a size per device, a range applied along an arrow
    ("en-sizes-per-device", "Total 640 GB over 8 GPUs, 80 GB each, "),
    ("ru-range-words", "в 2–4 раза: 14 ГБ → 3,5–7 ГБ; "),
]


@pytest.mark.parametrize("piece", [c[1] for c in GROWING_LINES], ids=[c[0] for c in GROWING_LINES])
def test_a_longer_line_takes_proportionally_longer(piece: str) -> None:
    """Four times the line, at most eight times the CPU (quadratic would be sixteen): the devices,
    totals and ranges a figure is checked against are read near it or indexed once."""
    import time

    from conftest import note_claims

    def cpu(n: int) -> float:
        text = piece * (n // len(piece))
        start = time.process_time()
        note_claims(text)
        return time.process_time() - start

    cpu(2_000)  # warm the caches
    small, large = cpu(20_000), cpu(80_000)
    assert large < 8 * max(small, 0.02), (small, large)
