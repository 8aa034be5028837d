"""Claim cases of our own wording (English and Russian) for the ninth round: quantity kinds and
right values. Each figure is its own claim at its own position (a line with three sizes is three
claims, never one reported three times); a table header that names a dtype for one column gives
it to that column only; a count followed by words and `tokens` counts tokens, not parameters;
`batch-1` decoding is one stream. Each row is a note (or a line), the verdict groups its claims
must come out with, and a fragment every wrong claim's message must show (the right
recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

_PROPS = "---\ndtype: bf16\n---\n# Sizes\n\nWeights only.\n\n"

HEADER_DTYPES = [
    # the int4 column's header is no dtype for the plain weights column beside it (that one is the
    # note's bf16), in both languages
    (
        "en-header-dtype-is-its-columns-only",
        _PROPS
        + "| model | weights (GB) | int4 (GB) |\n|---|---|---|\n| Llama-2-13B | 26.03 | 6.51 |\n| Mistral-7B | 14.48 | 7.24 |\n",
        [H, H, H, W],
        "3.621 GB",
    ),
    (
        "ru-header-dtype-is-its-columns-only",
        _PROPS + "| модель | веса, ГБ | int4, ГБ |\n|---|---|---|\n| Llama-2-13B | 26,03 | 6,51 |\n| Mistral-7B | 29 | 3,62 |\n",
        [H, H, W, H],
        "14.483 GB",
    ),
    # without properties the plain column has no dtype: ambiguous, never judged as int4
    (
        "en-header-dtype-no-properties",
        "| model | weights (GB) | int4 (GB) |\n|---|---|---|\n| Llama-2-13B | 26.03 | 6.51 |\n",
        [V, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEADER_DTYPES], ids=[c[0] for c in HEADER_DTYPES])
def test_table_header_dtype_is_its_columns_only(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SEVERAL_SIZES = [
    (
        "en-three-dtypes-one-line",
        "Plain 4-bit Llama-2-13B is 6.5 GB; in int8 it is 26 GB; fp32 would be 52 GB.",
        [H, W, H],
        "13.016 GB",
    ),
    ("ru-three-dtypes-one-line", "У Llama-2-13B в int4 6,5 ГБ; в int8 — 26 ГБ; в fp32 — 52 ГБ.", [H, W, H], "13.016 GB"),
    (
        "en-count-then-size",
        "Mistral-7B has 7.24B parameters, so in fp16 it needs 29 GB.",
        [H, W],
        "14.483 GB",
    ),
    (
        "en-table-row-three-cells",
        "| model | fp16 (GB) | int8 (GB) | int4 (GB) |\n|---|---|---|---|\n| Llama-2-13B | 52 | 13.02 | 13.02 |\n",
        [W, H, W],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SEVERAL_SIZES], ids=[c[0] for c in SEVERAL_SIZES])
def test_each_size_is_its_own_claim_at_its_own_column(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
    claims = note_claims(text)
    positions = [(c.line, c.column) for c in claims]  # type: ignore[attr-defined]
    assert len(set(positions)) == len(positions), positions


TOKEN_COUNTS = [
    # `2T training tokens` is no parameter count of the model named before it
    (
        "en-training-tokens-not-params",
        "Llama-2-7B (6.74B parameters) saw 2T training tokens; its fp16 weights take 13.5 GB.",
        [H, H],
        "",
    ),
    (
        "ru-training-tokens-not-params",
        "Llama-2-7B (6,74 млрд параметров) видела 2 трлн обучающих токенов; веса в fp16 — 13,5 ГБ.",
        [H, H],
        "",
    ),
    ("en-high-quality-tokens", "Llama-3-8B was trained on 15T high-quality tokens.", [], ""),
    # `per token` after a count is still the model's (active) count
    ("en-active-per-token-is-a-count", "Mixtral-8x7B has 46.7B parameters, of which 12.9B active per token.", [H, H], ""),
    ("en-active-per-token-wrong", "Mixtral-8x7B has 46.7B parameters, of which 25.8B active per token.", [H, W], "12.88B"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKEN_COUNTS], ids=[c[0] for c in TOKEN_COUNTS])
def test_a_count_of_tokens_is_no_parameter_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ONE_STREAM = [
    (
        "en-batch-hyphen-1-holds",
        "The RTX 4090 moves 1008 GB/s, so batch-1 decoding of Llama-2-13B in fp16 is capped at about 39 tokens/s.",
        [H],
        "",
    ),
    (
        "en-batch-hyphen-1-wrong",
        "The RTX 4090 moves 1008 GB/s, so batch-1 decoding of Llama-2-13B in fp16 is capped at about 80 tokens/s.",
        [W],
        "38.7 tok/s",
    ),
    (
        "ru-batch-hyphen-1-wrong",
        "У RTX 4090 1008 ГБ/с, поэтому при батч-1 Llama-2-13B в fp16 выдаёт не более 80 токенов/с.",
        [W],
        "38.7 tok/s",
    ),
    # a batch of many is still no single stream: not bounded
    (
        "en-batch-of-many-unbounded",
        "The RTX 4090 moves 1008 GB/s; at batch 32 Llama-2-13B in fp16 serves about 600 tokens/s.",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ONE_STREAM], ids=[c[0] for c in ONE_STREAM])
def test_batch_hyphen_one_is_one_stream(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_A = "Mixtral-8x7B on an H100 (3.35 TB/s) in bf16 at batch 1 decodes at about {} tokens/s."
_RU_A = "Mixtral-8x7B на H100 (3,35 ТБ/с) в bf16 при batch 1 — около {} токенов/с."

EXPERTS_READ = [
    # one stream of a mixture of experts reads the routed experts only: 3.35 TB/s / 25.8 GB = 130 tok/s
    ("en-moe-active-bound-holds", _A.format(130), [H], ""),
    ("en-moe-above-active-bound-wrong", _A.format(300), [W], "130.0 tok/s"),
    ("en-moe-every-expert-read-wrong", _A.format(36), [W], "130.0 tok/s"),
    ("ru-moe-every-expert-read-wrong", _RU_A.format(36), [W], "130.0 tok/s"),
    ("ru-moe-below-bound-holds", _RU_A.format(90), [H], ""),
    # a measured rate is what it is: no error for matching the all-experts figure
    ("en-moe-measured-not-an-error", "Mixtral-8x7B on an H100 (3.35 TB/s) in bf16: we measured 36 tokens/s.", [H], ""),
    # `each step reads all 93.4 GB` names no devices, and the stated read is the mistake
    (
        "ru-moe-each-step-reads-all",
        "Mixtral-8x7B в bf16 на H100 (3,35 ТБ/с) — около 36 токенов/с, ведь на каждом шаге читаются все 93,4 ГБ весов.",
        [W, H],
        "130.0 tok/s",
    ),
    (
        "en-moe-each-step-reads-all",
        "Mixtral-8x7B in bf16 on an H100 (3.35 TB/s): each step reads all 93.4 GB of weights, so about 36 tokens/s at most.",
        [H, W],
        "130.0 tok/s",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in EXPERTS_READ], ids=[c[0] for c in EXPERTS_READ])
def test_one_stream_of_a_mixture_reads_its_active_experts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OVER_DEVICES = [
    # tensor parallel: at most n x bandwidth / weight bytes (2 x 3.35 TB/s / 137.95 GB = 48.6 tok/s);
    # within it the rate depends on the split: unverifiable, never an error
    ("en-two-devices-within", "Llama-2-70B in fp16 on two H100s (3.35 TB/s each) decodes at about 49 tokens/s.", [V], ""),
    (
        "en-two-devices-above-wrong",
        "Llama-2-70B in fp16 on two H100s (3.35 TB/s each) decodes at about 120 tokens/s.",
        [W],
        "48.6 tok/s",
    ),
    (
        "ru-two-devices-above-wrong",
        "Llama-2-70B в fp16 на двух H100 по 3,35 ТБ/с каждая — около 120 токенов/с.",
        [W],
        "48.6 tok/s",
    ),
    # 2 x 1008 GB/s / 23.35 GB = 86: every expert read; the active experts give 313
    ("ru-two-cards-every-expert-wrong", "Mixtral 8x7B в int4 на двух RTX 4090 (1008 ГБ/с) — около 86 токенов/с.", [W], "313"),
    ("ru-two-cards-within-bound", "Mixtral 8x7B в int4 на двух 4090 (1008 ГБ/с каждая) — около 300 токенов/с.", [V], ""),
    # a batch over the devices is still no single stream
    ("en-two-devices-batched", "Llama-2-70B in fp16 on two H100s (3.35 TB/s each) with batch 64 serves 900 tokens/s.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OVER_DEVICES], ids=[c[0] for c in OVER_DEVICES])
def test_one_stream_over_several_devices(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_EN_LEAD = "Llama-2-13B on an RTX 4090 (1008 GB/s) in fp16 decodes at about 38 tokens/s.\n"
_RU_LEAD = "Llama-2-13B на RTX 4090 (1008 ГБ/с) в fp16 выдаёт около 38 токенов/с.\n"
_CAPPED = "The RTX 4090 moves 1008 GB/s: Llama-2-13B in fp16 is capped at about 39 tokens/s.\n\n"

RATE_OF_MODEL_ABOVE = [
    # the rate's own sentence states the dtype; the model and bandwidth are the line above's
    (
        "en-other-dtype-next-line-wrong",
        _EN_LEAD + "With int8 weights on the same card: about 150 tokens/s.",
        [H, W],
        "77.4 tok/s",
    ),
    ("ru-other-dtype-next-line-holds", _RU_LEAD + "С весами в int8 — около 75 токенов/с.", [H, H], ""),
    ("ru-other-dtype-next-line-wrong", _RU_LEAD + "С весами в int8 — около 150 токенов/с.", [H, W], "77.4 tok/s"),
    # a size name of another model, or a file type whose mix is not read here: no guess
    # another size of the family is that sibling (Llama-2-7B: 74.8 tok/s at most), not the model above
    ("en-other-size-named-is-the-sibling", _EN_LEAD + "The 7B in fp16 gets about 70 tokens/s.", [H, H], ""),
    ("en-gguf-type-not-judged", _EN_LEAD + "In Q4_K_M it gets about 200 tokens/s.", [H, V], ""),
    # a ceiling named right below the line stating the bandwidth is that bound, not any lower figure
    ("en-ceiling-below-bound-wrong", _CAPPED + "In int4 the ceiling is about 77 tokens/s.", [H, W], "154.9 tok/s"),
    ("en-ceiling-at-bound-holds", _CAPPED + "In int4 the ceiling is about 150 tokens/s.", [H, H], ""),
    ("en-measured-below-bound-holds", _CAPPED + "In int4 we measured about 77 tokens/s.", [H, H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in RATE_OF_MODEL_ABOVE], ids=[c[0] for c in RATE_OF_MODEL_ABOVE]
)
def test_rate_in_another_dtype_of_the_model_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_THE_WEIGHTS_ALONE = [
    # a cache named only after the figure's clause says nothing of the figure before it
    ("en-cache-named-after-weights", "Llama-3-8B in bf16 is 16 GB; its KV cache at 8k context adds 1 GiB.", [H, H], ""),
    ("en-cache-after-weights-wrong", "Llama-3-8B in bf16 is 32 GB; its KV cache at 8k context adds 1 GiB.", [W, H], "16.061 GB"),
    # `with the KV cache` after a stated weights size: the figure is their sum, not the cache
    (
        "en-with-cache-total",
        "Llama-3-8B needs 16 GB in bf16, and with the KV cache for 8k context about 17 GB.",
        [H, V],
        "",
    ),
    ("ru-with-cache-total", "Для Llama-3-8B в bf16 нужно 16 ГБ, а с KV-кэшем на 8k контекста — около 17 ГБ.", [H, V], ""),
    # a usage reading with the runtime in it is no size of the weights
    ("en-used-vram-including-cuda", "Running Llama-2-13B in fp16 used 27 GB of VRAM, including the CUDA context.", [V], ""),
    ("en-shows-up-as", "Llama-2-13B in fp16 shows up as 27 GB in nvidia-smi once the runtime is loaded.", [V], ""),
    ("ru-with-cuda-context", "Llama-2-13B в fp16 занимает 27 ГБ видеопамяти с учётом CUDA-контекста.", [V], ""),
    ("en-peak-usage", "Peak memory of Llama-2-13B in fp16 was 29 GB.", [V], ""),
    # still judged without those words
    ("en-plain-weights-wrong", "Llama-2-13B in fp16 takes 27 GB.", [W], "26.032 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in NOT_THE_WEIGHTS_ALONE], ids=[c[0] for c in NOT_THE_WEIGHTS_ALONE]
)
def test_a_figure_that_is_not_the_weights_alone(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARES_AND_FILES = [
    # `each holds` with a device count is a share per device
    ("en-each-holds-share", "With 8 GPUs, each holds 17.2 GB of Llama-2-70B fp16 weights.", [H], ""),
    ("en-each-one-holds-share", "Llama-2-70B in fp16 over 8 GPUs: each one holds about 17 GB.", [H], ""),
    ("en-each-holds-wrong", "With 8 GPUs, each holds 34.5 GB of Llama-2-70B fp16 weights.", [W], "17.244 GB"),
    ("ru-each-card-share", "Llama-2-70B в fp16 на 8 картах: каждая карта хранит около 17 ГБ.", [H], ""),
    # a 4-bit checkpoint keeps its embeddings and output head in 16 bits (Llama-3-8B: 1.05B of them)
    ("en-awq-with-wide-embeddings", "Llama-3-8B-Instruct at 4-bit AWQ weighs 5.7 GB on disk.", [H], ""),
    ("ru-gptq-with-wide-embeddings", "Llama-3-8B в 4-битном GPTQ весит 5,7 ГБ: эмбеддинги остаются в fp16.", [H], ""),
    ("en-4bit-checkpoint-too-big", "Llama-3-8B at 4-bit AWQ weighs 9 GB on disk.", [W], "4.015 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHARES_AND_FILES], ids=[c[0] for c in SHARES_AND_FILES])
def test_shares_per_device_and_four_bit_files(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ABBREVIATIONS_AND_ALIASES = [
    # scratchpad shorthand: `/tok` is per token, `l3-70b` is Llama-3-70B, `ctx` a context
    ("en-per-tok-and-ctx", "qwen2.5-7b: kv 56 KiB/tok, 32k ctx → 1.75 GiB", [H, H], ""),
    ("en-per-tok-total-wrong", "l3-70b kv 320 KiB/tok → 128k ctx = 80 GiB", [H, W], "40 GiB"),
    ("en-llama-shorthand-weights", "l2-7b fp16 = 13.5 GB, l2-13b fp16 = 13 GB", [H, W], "26.032 GB"),
    ("ru-tok-abbreviation-not-params", "- gpt-3, 300 млрд ток на обучение", [], ""),
    # a shorthand the catalogue does not know is no license to judge against the model above
    ("en-unknown-sized-name", "llama-3-8b kv 128 KiB/tok\nkestrel-70b kv 320 KiB/tok → 128k ctx = 40 GiB", [H], ""),
    # `L2`/`L4` alone are no models
    ("en-l2-cache-no-model", "The L4 has 24 GB and a 48 MB L2 cache.", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ABBREVIATIONS_AND_ALIASES], ids=[c[0] for c in ABBREVIATIONS_AND_ALIASES]
)
def test_abbreviations_and_shorthand_names(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_MOE_LEAD = "**Note** on Mixtral 8x7B:\n"

ACTIVE_AND_KINDS = [
    # `active` after a comma or `but` belongs to the next count, not to the total before it
    ("ru-total-but-active", "Mixtral 8x7B: 46,7 млрд параметров, но активны только 12,9 млрд.", [H, H], ""),
    ("en-total-of-which-active", "DeepSeek-V3 has 671B parameters, of which 37B are active.", [H, H], ""),
    # the size read per token of a mixture is its active weights, also with the counts only
    (
        "en-read-per-token-active-count",
        _MOE_LEAD + "> 46.7B parameters, only 12.9B active, so each token reads 25.8 GB of bf16 weights.",
        [H, H, H],
        "",
    ),
    ("ru-gb-per-token-is-read", "- mixtral: активных 12,9 млрд → в bf16 это 25,8 ГБ на токен", [H, H], ""),
    # a table column headed `active` holds the active weights
    (
        "ru-active-column",
        "| модель | веса bf16, ГБ | активные bf16, ГБ |\n|---|---|---|\n| Mixtral-8x7B | 93,4 | 25,8 |\n",
        [H, H],
        "",
    ),
    # training compute of a mixture: 6 × active parameters × tokens
    ("en-moe-flops-active", "Training Mixtral-8x7B on 1T tokens costs about 7.7e22 FLOPs.", [H], ""),
    ("en-moe-flops-total-wrong", "Training Mixtral-8x7B on 1T tokens costs about 2.8e23 FLOPs.", [W], "7.73e+22"),
    # trillions are tokens: `on the same 2T` is no parameter count
    ("en-trillions-are-tokens", "Llama-2-70B on the same 2T: 6·N·D ≈ 8.3e23 FLOP.", [H], ""),
    # per layer, and summed over the layers, is no size of the model (the sum is N × the per-layer size)
    (
        "ru-per-layer-activations",
        "Рекомпутация: для Llama 3 8B при s = 8192 это 64 МиБ на слой, 2 ГиБ на все 32 слоя.",
        [H],
        "",
    ),
    ("en-per-layer-activations", "For Llama-3-8B at 8k tokens that is 64 MiB per layer, 2 GiB across all 32 layers.", [H], ""),
    # a per-card share written as a Dataview key, with no card count: unverifiable
    ("ru-dataview-per-card", "модель:: [[Llama-2-13B]]\nвеса_на_карту:: 13,0 ГБ\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVE_AND_KINDS], ids=[c[0] for c in ACTIVE_AND_KINDS])
def test_active_counts_and_figure_kinds(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


HEADS_AND_ANSWERS = [
    # a what-if with its own head count is recomputed with it; without one it is unverifiable
    (
        "en-without-gqa-all-heads",
        "Llama-2-70B caches 320 KiB per token in fp16. Without GQA (all 64 heads cached) it would be 2.5 MiB per token.",
        [H, H],
        "",
    ),
    (
        "en-without-gqa-all-heads-wrong",
        "Llama-2-70B caches 320 KiB per token in fp16. Without GQA (all 64 heads cached) it would be 5 MiB per token.",
        [H, W],
        "2.5 MiB",
    ),
    (
        "en-without-gqa-no-heads",
        "Llama-2-70B caches 320 KiB per token in fp16. Without GQA it would be 2.5 MiB per token.",
        [H, V],
        "",
    ),
    ("ru-without-gqa-all-heads", "Llama-2-70B без GQA (все 64 головы в кэше) хранил бы 2,5 МиБ на токен в fp16.", [H], ""),
    # an answer under a question about the cache is the cache
    ("en-answer-to-kv-question", "Q: What is the KV cache per token of Llama-3-8B in fp16?\nA: 128 KiB.", [H], ""),
    ("en-answer-to-kv-question-wrong", "Q: What is the KV cache per token of Llama-3-8B in fp16?\nA: 256 KiB.", [W], "128 KiB"),
    ("ru-answer-to-kv-question", "Вопрос: сколько весит KV-кэш Llama-3-8B на токен в fp16?\nОтвет: 128 КиБ.", [H], ""),
    ("en-answer-at-context", "Q: How big is the KV cache of Llama-3-8B at 8k context in fp16?\nA: 1 GiB.", [H], ""),
    # a config line naming KV heads is no question about the cache: the next line's sizes are the weights
    (
        "ru-config-kv-heads-then-weights",
        "Конфиг Qwen2.5-72B: 80 слоёв, 8 KV-голов, head_dim 128.\nВ bf16 Qwen2.5-72B весит 145,4 ГБ.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEADS_AND_ANSWERS], ids=[c[0] for c in HEADS_AND_ANSWERS])
def test_stated_heads_and_answers_about_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


WIDE_LAYERS = [
    # an 8-bit or AWQ/GPTQ checkpoint keeps the embeddings and the head in 16 bits
    (
        "en-int8-outliers-in-fp16",
        "Llama-3-8B in int8 with bitsandbytes is about 9 GB because some layers stay in fp16.",
        [H],
        "",
    ),
    ("en-awq-build", "Qwen2.5-7B-Instruct needs 15.2 GB in bf16; the AWQ build is 5.6 GB.", [H, H], ""),
    ("ru-gptq-build", "Qwen2.5-7B-Instruct в GPTQ занимает 5,6 ГБ.", [H], ""),
    # far outside the range is still wrong
    ("en-int8-twice-wrong", "Llama-2-13B in int8 is 26 GB.", [W], "13.016 GB"),
    ("en-int8-above-range-wrong", "Llama-2-13B in int8 is 14.5 GB.", [W], "13.016 GB"),
    ("en-awq-too-big-wrong", "The AWQ build of Qwen2.5-7B-Instruct is 15 GB.", [W], "3.808 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WIDE_LAYERS], ids=[c[0] for c in WIDE_LAYERS])
def test_checkpoints_with_wide_embeddings(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SPLITS_AND_COLUMNS = [
    # `under TP 4`, `TP=8`, `tensor parallel 2`: the devices a per-GPU share is taken over
    ("en-tp-share-holds", "Llama-3-70B in bf16 under TP 4 is 35.3 GB per GPU.", [H], ""),
    ("en-tp-share-wrong", "Llama-3-70B in int4 would be 35.3 GB per GPU under TP 4.", [W], "8.819 GB"),
    ("en-tp-equals-share", "With TP=8, Llama-2-70B in fp16 puts 17.2 GB on each GPU.", [H], ""),
    ("ru-tensor-parallel-share", "Llama-3-70B в bf16 при tensor parallel 2 — 70,6 ГБ на каждую карту.", [H], ""),
    # the other cells of a table row are not the figure's words (`+ 1 shared` is an expert count)
    (
        "ru-row-with-a-sum-cell",
        "| модель | всего | экспертов | веса bf16, ГБ |\n|---|---|---|---|\n| DeepSeek-V3 | 671 млрд | 256 + 1 общий | 1342 |\n",
        [H, H],
        "",
    ),
    # a column that adds parts is a total, never the cache or the weights alone
    ("en-column-adds-parts", "| model | weights + KV at 8k (GB) |\n|---|---|\n| Llama-3-8B | 17.1 |\n", [V], ""),
    ("ru-column-sum", "| модель | итого, ГБ |\n|---|---|\n| Llama-3-8B | 17,1 |\n", [V], ""),
    (
        "en-total-params-column-is-weights",
        "| model | total params | bf16 (GB) |\n|---|---|---|\n| Llama-3-8B | 8.03B | 16.1 |\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SPLITS_AND_COLUMNS], ids=[c[0] for c in SPLITS_AND_COLUMNS])
def test_tensor_parallel_shares_and_table_columns(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OWN_DTYPES = [
    # a parenthesis right after a figure names its own type
    ("en-paren-dtype-each", "Mistral-7B: 14.5 GB (bf16), 7.2 GB (int8), 3.6 GB (int4).", [H, H, H], ""),
    ("en-paren-dtype-wrong", "Mistral-7B: 14.5 GB (bf16), 14.5 GB (int8), 3.6 GB (int4).", [H, W, H], "7.242 GB"),
    ("ru-paren-dtype-gguf", "Llama-3-8B: 16 ГБ (bf16), 4,9 ГБ (Q4_K_M).", [H, H], ""),
    # `from X to Y` after the target dtype: X is the size before the conversion
    ("ru-quantized-from-to", "Квантизация в int4 сжимает Llama-2-13B с 26 ГБ до 6,5 ГБ.", [V, H], ""),
    ("en-quantized-from-to", "Quantizing Llama-2-13B to int4 takes it from 26 GB to 6.5 GB.", [V, H], ""),
    ("en-quantized-to-wrong", "Quantizing Llama-2-13B to int4 brings it down to 13 GB.", [W], "6.508 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_DTYPES], ids=[c[0] for c in OWN_DTYPES])
def test_a_figure_s_own_dtype(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CACHE_TYPES_AND_SHARES = [
    # `X GB of bf16 weights per GPU` is a share, whatever words sit between the figure and `per GPU`
    ("en-weights-per-gpu-share-wrong", "Llama-3-70B with TP 8 is still ~35 GB of bf16 weights per GPU.", [W], "17.638 GB"),
    ("en-weights-per-gpu-share-holds", "Llama-3-70B with TP 8 holds 17.6 GB of bf16 weights per GPU.", [H], ""),
    ("ru-weights-on-each-card", "Llama-3-70B в bf16 при TP 4 — 35,3 ГБ весов на каждую карту.", [H], ""),
    # a dtype glued to the cache word is the cache's own: no fp16 alternative
    ("ru-fp8-cache-holds", "- Llama-3-70B: fp8-кэш на 8k токенов — 1,25 ГиБ.", [H], ""),
    ("ru-fp8-cache-wrong", "- Llama-3-70B: fp8-кэш на 8k токенов — 2,5 ГиБ.", [W], "1.25 GiB"),
    ("en-fp8-kv-cache-wrong", "- Llama-3-70B: with an fp8 KV cache, 8k tokens take 2.5 GiB.", [W], "1.25 GiB"),
    # a dtype said of the weights leaves the cache's open
    ("en-fp8-weights-cache-open", "Llama-3-70B in fp8 (weights) at 8k tokens: the cache is 2.5 GiB.", [V], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in CACHE_TYPES_AND_SHARES], ids=[c[0] for c in CACHE_TYPES_AND_SHARES]
)
def test_cache_types_and_weight_shares(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RECIPES_AND_TOTALS = [
    # a recipe per parameter under a section about one model is that model's training memory
    (
        "ru-section-model-recipe-wrong",
        "## Дообучение\n\nAdam в смешанной точности для Llama-2-7B — 107,8 ГБ.\n"
        "8-битный Adam (12 байт на параметр) даёт 40,4 ГБ.\n",
        [H, W],
        "80.861 GB",
    ),
    (
        "en-section-model-recipe-holds",
        "## Fine-tuning\n\nMixed-precision Adam for Llama-2-7B needs 107.8 GB.\n"
        "8-bit Adam (12 bytes/param) brings it to 80.9 GB.\n",
        [H, H],
        "",
    ),
    # but not when the paragraph above counted a part (an adapter's parameters)
    (
        "en-recipe-after-part-count",
        "## Adapter\n\nLoRA r=16 on Llama-2-7B gives 8,388,608 trainable parameters.\n\n"
        "Their Adam states (8 bytes/param) take 67 MB.\n",
        [],
        "",
    ),
    # a total after another size is a sum or a multiple of it, not the model's size
    (
        "en-total-after-a-size",
        "Llama-3-8B with Adam state (16 bytes/param) is 128 GB; we keep 10 checkpoints, 1.28 TB in total.",
        [H, V],
        "",
    ),
    (
        "ru-itogo-after-a-size",
        "Чекпойнт Llama-3-8B с Adam (16 байт/параметр) — 128 ГБ; храним 10 штук, итого 1,28 ТБ.",
        [H, H],  # (round 25: ten kept checkpoints of 128.48 GB are 1.285 TB, judged)
        "",
    ),
    # `всего` is `only` before a figure: still judged
    ("ru-vsego-is-only", "Llama-3-8B в bf16 весит 16 ГБ, а в int8 — всего 8 ГБ.", [H, H], ""),
    ("ru-vsego-is-only-wrong", "Llama-3-8B в bf16 весит 16 ГБ, а в int4 — всего 2 ГБ.", [H, W], "4.015 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RECIPES_AND_TOTALS], ids=[c[0] for c in RECIPES_AND_TOTALS])
def test_section_recipes_and_totals(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_recipe_total_alone_is_still_judged() -> None:
    # `16 bytes/param` is no size said before the total: `… 64 GB in total` is the recipe's result, judged
    check_claims("Full fine-tuning of Llama-3-8B with fp32 Adam (16 bytes/param) would be 64 GB in total.", [W], "128.484 GB")


OTHER_FORMS = [
    # a type named in the next sentence of the line is not the figure's
    (
        "en-next-sentence-gguf",
        "Llama-2-7B is 13.5 GB. The GGUF Q4_K_M file of the same model is 4.08 GB.",
        [V, H],
        "",
    ),
    (
        "ru-next-sentence-int4",
        "Llama-2-7B весит 13,5 ГБ. В int4 та же модель занимает 3,4 ГБ.",
        [V, H],
        "",
    ),
    # `original`, `quantized`, `on the hub`: another form than the paragraph's or the note's dtype
    (
        "en-original-vs-paragraph-fp8",
        "Our fp8 deployment of Llama-3-70B uses 70.6 GB for weights. The original checkpoint on the hub is 141 GB.",
        [H, V],
        "",
    ),
    ("en-original-vs-properties", "---\ndtype: int4\n---\nLlama-2-7B needs 13.5 GB in its original form.\n", [V], ""),
    ("ru-original-vs-properties", "---\ndtype: int4\n---\nИсходный чекпоинт Llama-2-7B весит 13,5 ГБ.\n", [V], ""),
    # the note's dtype still judges a plain figure
    ("en-properties-still-judge", "---\ndtype: int4\n---\nLlama-2-7B needs 13.5 GB.\n", [W], "3.369 GB"),
    # a named model the catalogue lacks has a nominal size from its name: ±10 %
    ("en-uncatalogued-nominal-holds", "CodeLlama-34B in fp16 is 67.5 GB.", [H], ""),
    ("en-uncatalogued-nominal-wrong", "CodeLlama-34B in fp16 is 34 GB.", [W], "68 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OTHER_FORMS], ids=[c[0] for c in OTHER_FORMS])
def test_dtypes_of_other_sentences_and_forms(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SEQUENCES_ARE_A_BATCH = [
    # `64 sequences` counts sequences (a batch), it is no context of 64 tokens
    (
        "en-sequences-are-a-batch",
        "Llama-3-8B, 8k context, fp16 cache: 1 GiB per sequence, so 64 sequences fit in 64 GiB.",
        [H, H],
        "",
    ),
    (
        "en-sequences-batch-wrong",
        "Llama-3-8B, 8k context, fp16 cache: 1 GiB per sequence, so 64 sequences need 128 GiB.",
        [H, W],
        "64 GiB",
    ),
    ("en-one-sequence-is-a-context", "Llama-3-8B at a 4096-token sequence in fp16: 512 MiB of KV cache.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SEQUENCES_ARE_A_BATCH], ids=[c[0] for c in SEQUENCES_ARE_A_BATCH]
)
def test_sequences_are_a_batch_not_a_context(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FLOPS_KINDS = [
    # generating tokens is a forward pass: 2·N per token; training is 6·N·D
    ("en-inference-flops-holds", "Generating 1M tokens with Llama-3-8B costs about 16 PFLOPs.", [H], ""),
    ("en-inference-flops-wrong", "Generating 1M tokens with Llama-3-8B costs about 48 PFLOPs.", [W], "1.61e+16"),
    ("ru-inference-flops-holds", "Генерация 1 млн токенов на Llama-3-8B стоит около 1,6·10¹⁶ FLOP.", [H], ""),
    ("en-training-flops-holds", "Llama-3-8B was trained on 15T tokens, i.e. about 7.2e23 FLOPs.", [H], ""),
    ("en-training-flops-wrong", "Llama-3-8B was trained on 15T tokens, i.e. about 2.4e23 FLOPs.", [W], "7.23e+23"),
    # `per generated token`: one forward pass
    ("en-per-generated-token", "Llama-3-70B needs about 141 GFLOPs per generated token.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FLOPS_KINDS], ids=[c[0] for c in FLOPS_KINDS])
def test_flops_of_inference_and_training(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVATIONS = [
    # per layer, 16-bit (Korthikanti et al.): full recomputation keeps 2·s·b·h; without, s·b·h·(34 + 5·a·s/h)
    (
        "ru-no-recompute-one-layer",
        "Без перевычисления один слой (s = 4096, b = 1, h = 4096, a = 32) держит около 3,3 ГБ активаций.",
        [H],
        "",
    ),
    (
        "ru-no-recompute-one-layer-wrong",
        "Без перевычисления один слой (s = 4096, b = 1, h = 4096, a = 32) держит около 6,5 ГБ активаций.",
        [W],
        "3.255 GB",
    ),
    (
        "en-full-recompute-per-layer",
        "Full recomputation keeps only the layer inputs: 268 MB per layer at s=4096, b=8, h=4096.",
        [H],
        "",
    ),
    (
        "en-model-hidden-size",
        "Llama-2-7B activations with full recomputation at batch 8, s=4096: 512 MB per layer.",
        [W],
        "268.435 MB",
    ),
    # the setting must be said: no formula for a bare `activations per layer`
    ("en-no-setting-no-formula", "Llama-2-7B activations per layer are 512 MB.", [V], ""),
    # a sum over the layers is N × the size per layer said with it or on the line just above
    (
        "en-sum-over-layers-holds",
        "With full recomputation the stored activations are 256 MiB per layer, i.e. 8 GiB over 32 layers.",
        [H],
        "",
    ),
    (
        "en-sum-over-layers-wrong",
        "Without recomputation it is 24.3 GiB per layer, about 97 GiB over all 32 layers.",
        [W],
        "777.6 GiB",
    ),
    (
        "en-sum-next-line-wrong",
        "Full recomputation keeps 268 MB per layer at s=4096, b=8, h=4096.\nFor all 32 layers that is 17.2 GB.",
        [H, W],
        "8.576 GB",
    ),
    (
        "ru-sum-same-line",
        "> Полная рекомпутация: при s = 8192, b = 1, h = 4096 это 64 МиБ на слой, 2 ГиБ на все 32 слоя.",
        [H, H],
        "",
    ),
    # a sum of a size per layer with the other setting is not that sum
    (
        "ru-sum-other-setting",
        "С полным перевычислением остаётся 32 МиБ на слой.\nНа все 32 слоя без перевычисления — 52 ГБ.",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVATIONS], ids=[c[0] for c in ACTIVATIONS])
def test_activation_memory(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MONEY_AND_CARDS = [
    # money is no parameter count
    ("en-cost-in-usd", "GPT-3 175B cost about 4.6M USD to train.", [], ""),
    ("ru-cost-in-roubles", "Обучение GPT-3 175B стоило около 4,6 млн долларов.", [], ""),
    ("en-cost-in-euro", "Training GPT-3 175B cost €4.2M.", [], ""),
    # the cards' capacity and its sum are hardware, not the model
    ("en-cards-capacity-sum", "Llama-3-70B needs 8×A100 40GB (320 GB total) for fp16 training with LoRA.", [], ""),
    ("en-weights-then-cards", "Llama-3-70B in bf16 is 141 GB, so it needs 2×H100 80GB (160 GB).", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MONEY_AND_CARDS], ids=[c[0] for c in MONEY_AND_CARDS])
def test_money_and_card_capacity_are_no_claims(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MEMORY_IN_USE = [
    # memory in use at a context (a table column or a sentence) holds the cache and runtime too
    (
        "en-vram-column-at-context",
        "| Model | VRAM (inference, 4k ctx) |\n|---|---|\n| Llama-3-8B bf16 | 17 GB |\n| Llama-3-70B bf16 | 145 GB |\n",
        [V, V],
        "",
    ),
    ("ru-vram-column-inference", "| модель | видеопамять при инференсе, ГБ |\n|---|---|\n| Llama-3-8B bf16 | 17 |\n", [V], ""),
    ("en-vram-at-context-sentence", "Llama-3-8B bf16 inference at 8k context needs about 19 GB of VRAM.", [V], ""),
    ("ru-vram-at-context-sentence", "Для инференса Llama-3-8B в bf16 с контекстом 8k нужно около 19 ГБ видеопамяти.", [V], ""),
    # below the weights it is still wrong; a plain weights column is still judged
    ("en-vram-below-weights-wrong", "Llama-3-8B bf16 inference at 8k context needs about 9 GB of VRAM.", [W], "16.061 GB"),
    ("en-plain-vram-column-wrong", "| Model | VRAM (GB) |\n|---|---|\n| Llama-3-8B bf16 | 32 |\n", [W], "16.061 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MEMORY_IN_USE], ids=[c[0] for c in MEMORY_IN_USE])
def test_memory_in_use_is_not_the_weights(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MISTRAL_VERSIONS = [
    # v0.2 and v0.3 attend to the full 32k context (no sliding window); v0.1 slides a 4096-token window
    ("en-mistral-v02-full-context", "Mistral-7B-Instruct-v0.2 at 32k context needs 4 GiB of KV cache in fp16.", [H], ""),
    ("en-mistral-v02-window-is-wrong", "Mistral-7B-v0.2 at 32k context needs 0.5 GiB of KV cache in fp16.", [W], "4 GiB"),
    ("en-mistral-v03-full-context", "Mistral-7B-Instruct-v0.3 at 32k context needs 4 GiB of KV cache in fp16.", [H], ""),
    ("en-mistral-v01-window-wrong", "Mistral-7B-v0.1 at 32k context needs 4 GiB of KV cache in fp16.", [W], "0.5 GiB"),
    ("ru-mistral-v02-weights", "Mistral-7B-Instruct-v0.2 в bf16 весит 14,5 ГБ.", [H], ""),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), MISTRAL_VERSIONS)
def test_mistral_versions_and_the_window(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COMPARED_MODELS = [
    # a figure after the model a sentence compares with may be the subject's: an error would be a guess
    ("en-smaller-than-colon", "Mistral-7B is smaller than Llama-3-8B: 14.5 GB in bf16.", [V], ""),
    ("ru-smaller-than-colon", "Mistral-7B в bf16 меньше, чем Llama-3-8B: 14,5 ГБ.", [V], ""),
    # a parenthesis right after the compared model is that model's own figure
    ("en-than-paren-wrong", "Mistral-7B uses less memory than Llama-3-8B (32 GB in bf16).", [W], "16.061 GB"),
    ("en-than-paren-holds", "Mistral-7B uses less memory than Llama-3-8B (16 GB in bf16).", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMPARED_MODELS], ids=[c[0] for c in COMPARED_MODELS])
def test_figures_after_a_compared_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BELOW_THE_BOUND = [
    # a rate said to be below the bound is compared with it, not an estimate of it
    (
        "en-below-the-bound",
        "- 110 tokens/s is below the memory-bandwidth bound of 936 GB/s / 4.92 GB ≈ 190 tokens/s.",
        [H, H],
        "",
    ),
    ("ru-below-the-ceiling", "- 110 токенов/с — это ниже потолка 936 ГБ/с / 4,92 ГБ ≈ 190 токенов/с.", [H, H], ""),
    # an estimate named as the cap itself, far below it, is still wrong
    (
        "en-capped-estimate-wrong",
        "The RTX 3090 moves 936 GB/s, so decoding the 4.92 GB Q4_K_M file is capped at about 110 tokens/s.",
        [W],
        "190.2 tok/s",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BELOW_THE_BOUND], ids=[c[0] for c in BELOW_THE_BOUND])
def test_a_rate_below_the_bound(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LOCAL_ATTENTION = [
    # Gemma 2 keeps a 4096-token window on half its layers: past the window the cache lies between
    # the windowed and the full reading, and which one a note counts is not certain
    ("en-gemma2-full-reading-holds", "Gemma-2-9B at 8k context stores 2.6 GiB of KV cache in bf16.", [H], ""),
    (
        "en-gemma2-windowed-reading",
        "Gemma-2-9B at 8k context stores about 2 GiB of KV cache in bf16, since half its layers use a 4096-token window.",
        [V],
        "",
    ),
    ("en-gemma2-far-off-wrong", "Gemma-2-9B at 8k context stores 8 GiB of KV cache in bf16.", [W], "2.625 GiB"),
    # a window's length is no context length
    ("ru-window-is-no-context", "Mistral-7B с окном в 4096 токенов при контексте 32k держит 0,5 ГиБ кэша в fp16.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LOCAL_ATTENTION], ids=[c[0] for c in LOCAL_ATTENTION])
def test_local_attention_and_windows(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PARTS_OF_THE_CACHE = [
    # a size per token of one layer, or of K or V alone, is that share of the cache per token
    ("en-each-layer-per-token", "Each Llama-3-8B layer stores 4 KiB per token in its KV cache (fp16).", [H], ""),
    ("ru-each-layer-per-token", "Каждый слой Llama-3-8B хранит 4 КиБ на токен в fp16.", [H], ""),
    ("en-each-layer-per-token-wrong", "Each Llama-3-8B layer stores 8 KiB per token in its KV cache (fp16).", [W], "4 KiB"),
    ("en-k-and-v-each", "Llama-3-8B: K and V each take 64 KiB per token in fp16.", [H], ""),
    ("en-k-cache-alone", "Llama-3-8B's K cache alone is 64 KiB per token in fp16.", [H], ""),
    # `each layer keeps 8 KV heads` says nothing of the figure after it
    (
        "en-each-layer-heads-then-total",
        "Llama-3-8B has 32 layers; each layer keeps 8 KV heads, so the cache is 128 KiB per token in fp16.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PARTS_OF_THE_CACHE], ids=[c[0] for c in PARTS_OF_THE_CACHE])
def test_parts_of_the_cache_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
