"""Claim cases of our own wording (English and Russian) for parameter counts, token counts and
vector-index arithmetic (issue 15): a count per layer and over all layers, a LoRA adapter's
trainable parameters from the model's config, a whole-model count in a sentence that names no
model, and rows that are no claim or no error."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

PER_LAYER = [
    # a count per layer and the same over N layers: the total is per layer × N
    ("en-per-block-total", "Each decoder block holds 3,540,992 weights; 24 blocks → 84,983,808.", [H], ""),
    ("en-per-block-total-wrong", "Each decoder block holds 3,540,992 weights; 24 blocks → 42,491,904.", [W], "84,983,808"),
    ("en-total-over-layers-wrong", "So r = 8 costs 98,304 params per layer, 6.3M over the 32 layers.", [W], "3.146M"),
    (
        "ru-per-layer-total",
        "На один слой приходится 1 048 576 параметров, на 40 слоёв — 41 943 040 параметров.",
        [H],
        "",
    ),
    (
        "ru-per-layer-total-wrong",
        "На один слой приходится 1 048 576 параметров, на 40 слоёв — 83 886 080 параметров.",
        [W],
        "41,943,040",
    ),
    # two per-layer parts said one after the other: the total is of both, not of the first
    (
        "en-two-parts-then-total",
        "Per layer q adds 131,072 and v adds 163,840 parameters; over 32 layers that is 9,437,184 parameters.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_LAYER], ids=[c[0] for c in PER_LAYER])
def test_a_count_per_layer_times_the_layers(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LORA = [
    # r · (d_in + d_out) per adapted matrix, × matrices × layers, the shapes from the config
    ("en-lora-qv", "LoRA with r = 8 on q_proj and v_proj of Llama-2-7B adds 4,194,304 trainable parameters.", [H], ""),
    (
        "en-lora-qv-wrong",
        "LoRA with r = 8 on q_proj and v_proj of Llama-2-7B adds 8,388,608 trainable parameters.",
        [W],
        "4,194,304",
    ),
    # grouped-query attention: k and v are hidden × kv_heads · head_dim
    ("en-lora-gqa", "LoRA with r = 16 on q_proj and v_proj of Llama-3-8B adds 6,815,744 trainable parameters.", [H], ""),
    (
        "en-lora-gqa-wrong",
        "LoRA with r = 16 on q_proj and v_proj of Llama-3-8B adds 8,388,608 trainable parameters.",
        [W],
        "6,815,744",
    ),
    (
        "ru-lora-all-seven",
        "LoRA с рангом 64 на всех семи проекциях Llama-3-8B — это 167 772 160 обучаемых параметров.",
        [H],
        "",
    ),
    (
        "ru-lora-all-seven-wrong",
        "LoRA с рангом 64 на всех семи проекциях Llama-3-8B — это 335 544 320 обучаемых параметров.",
        [W],
        "167,772,160",
    ),
    # the note states matrix shapes the config does not have: its own arithmetic, not an error
    (
        "en-lora-said-shapes-differ",
        "LoRA r = 16 on q_proj and v_proj (4096 × 4096 each) of Llama-3-8B adds 8,388,608 trainable parameters.",
        [V],
        "",
    ),
    # the base count a share is taken of is not the adapter's
    (
        "en-lora-share-of-base",
        "QLoRA on Llama-3-8B, r = 64 on all seven projections: 167,772,160 trainable parameters, 2.1 % of the 8.03B base.",
        [H, H],
        "",
    ),
    # the rank and matrices on the line above, the model in the note's heading
    (
        "en-lora-rank-above",
        "# Llama-2-7B\n\nAdapter: r = 16 on q_proj, k_proj, v_proj and o_proj.\nThe adapter then has 16,777,216 parameters.",
        [H],
        "",
    ),
    (
        "ru-lora-rank-above-wrong",
        "# Llama-2-7B\n\nАдаптер: r = 16 на q_proj, k_proj, v_proj и o_proj.\nВ адаптере 33 554 432 параметра.",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LORA], ids=[c[0] for c in LORA])
def test_lora_trainable_parameters(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


WHOLE_MODEL = [
    # a count in a sentence that names no model is the note's model's when it is its count
    ("en-properties-model", "---\nmodel: meta-llama/Llama-2-7b-hf\n---\nThe model has 6.74B parameters.", [H], ""),
    ("ru-heading-model", "# Mistral-7B\n\nВ модели 7,24 млрд параметров.", [H], ""),
    ("ru-heading-model-exact", "# Mistral-7B\n\nИтого 7 241 732 096, т.е. ≈ 7,24 млрд.", [H, H], ""),
    # … and one that is not may be of anything else: no claim, never an error
    ("en-other-count", "# Mistral-7B\n\nThe draft model we pair it with has 160M parameters.", [], ""),
    ("en-hypothetical", "# Llama-3-8B\n\nIf the MLP were not gated, the model would have 6.0B parameters.", [], ""),
    # a size name is a class of models, not a count
    ("en-size-name-quoted", '# Mistral-7B\n\nFor any "7B" model: 7 × 10^9 × 2 = 14 GB.', [H], ""),
    # tokens and a vocabulary are no parameters
    ("en-tokens-vocab", "# Llama-3-8B\n\nIt saw 15T tokens of text with a 128k vocabulary.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WHOLE_MODEL], ids=[c[0] for c in WHOLE_MODEL])
def test_the_notes_model_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BATCH_TOKENS = [
    # a batch of sequences is batch × sequence length tokens
    (
        "en-batch-of-sequences",
        "We train with a batch of 16 sequences of 4096 tokens, so each step sees 65,536 tokens.",
        [H],
        "",
    ),
    (
        "en-batch-of-sequences-wrong",
        "We train with a batch of 16 sequences of 4096 tokens, so each step sees 131,072 tokens.",
        [W],
        "65,536",
    ),
    ("ru-context-times-batch", "Контекст 8192 при батче 4 — это 32 768 токенов за шаг.", [H], ""),
    ("ru-context-times-batch-wrong", "Контекст 8192 при батче 4 — это 65 536 токенов за шаг.", [W], "32,768"),
    # a token count of something else in the same sentence is no batch's
    ("en-dataset-tokens-not-batch", "The run used batch 16 and context 4096; the dataset has 2T tokens.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH_TOKENS], ids=[c[0] for c in BATCH_TOKENS])
def test_batch_times_sequence_tokens(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PATCH_TOKENS = [
    # an image of H × W pixels cut into p × p patches gives (H/p) · (W/p) visual tokens
    ("en-patches", "A 224×224 image with patch size 16 gives 196 visual tokens.", [H], ""),
    ("en-patches-wrong", "A 224×224 image with patch size 16 gives 256 visual tokens.", [W], "196"),
    ("en-patches-class-token", "A 224×224 image with patch size 16 gives 197 tokens with the class token.", [H], ""),
    ("ru-patches", "Картинка 448×448 при патче 14 даёт 1024 визуальных токена.", [H], ""),
    ("ru-patches-wrong", "Картинка 448×448 при патче 14 даёт 4096 визуальных токенов.", [W], "1,024"),
    # a patch that does not divide the image: the resizing is not said, no claim
    ("en-patches-not-dividing", "A 500×500 picture at patch 14 gives 1296 image tokens.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PATCH_TOKENS], ids=[c[0] for c in PATCH_TOKENS])
def test_image_patch_tokens(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


KV_FIT = [
    # the tokens a KV budget holds: the budget / the cache's bytes per token, one of them on the line above
    ("en-kv-fit", "We leave 20 GiB for the KV cache.\nAt 128 KiB per token that holds 163,840 tokens.", [H], ""),
    ("en-kv-fit-wrong", "We leave 20 GiB for the KV cache.\nAt 128 KiB per token that holds 81,920 tokens.", [W], "163,840"),
    ("ru-kv-fit", "Под кэш отдали 8 ГиБ.\nПри 64 КиБ на токен туда влезет 131 072 токена.", [H], ""),
    ("ru-kv-fit-wrong", "Под кэш отдали 8 ГиБ.\nПри 64 КиБ на токен туда влезет 32 768 токенов.", [W], "131,072"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_FIT], ids=[c[0] for c in KV_FIT])
def test_tokens_that_fit_a_kv_budget(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COMPUTE_OPTIMAL = [
    # Chinchilla: C = 6 N D with D = 20 N, so N = √(C / 120) and D = 20 N
    (
        "en-compute-optimal",
        "With a compute-optimal budget of 6e23 FLOPs the model should have about 70B parameters and 1.4T tokens.",
        [H, H],
        "",
    ),
    (
        "en-compute-optimal-wrong",
        "With a compute-optimal budget of 6e23 FLOPs the model should have about 140B parameters and 1.4T tokens.",
        [W, H],
        "70.711B",
    ),
    ("ru-compute-optimal", "Для бюджета 10^22 FLOP оптимальная модель — около 9 млрд параметров.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMPUTE_OPTIMAL], ids=[c[0] for c in COMPUTE_OPTIMAL])
def test_compute_optimal_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOKEN_BUDGETS = [
    # the rule named before and the budget joined to it (`that is`, `:`): rate × the model's parameters
    ("en-budget-that-is", "Chinchilla says 20 tokens per parameter. For Llama-2-13B that is ~260B tokens.", [H], ""),
    (
        "en-budget-that-is-wrong",
        "Chinchilla says 20 tokens per parameter. For Llama-2-13B that is ~130B tokens.",
        [W],
        "260.317B",
    ),
    ("ru-budget-colon", "Chinchilla для модели на 3 млрд: ~60 млрд токенов.", [H], ""),
    ("ru-budget-colon-wrong", "Chinchilla для модели на 3 млрд: ~600 млрд токенов.", [W], "60B"),
    # a rate said of the model the note is about, in a sentence that names none
    ("en-rate-note-model", "# Llama-2-7B\n\nIt was trained on 2T tokens, about 297 tokens per parameter.", [H], ""),
    ("en-rate-note-model-wrong", "# Llama-2-7B\n\nIt was trained on 2T tokens, about 150 tokens per parameter.", [W], "297"),
    # what a model was trained on is a fact, no budget
    ("en-trained-on-no-claim", "# Llama-2-7B\n\nChinchilla would want far less; it was trained on 2T tokens.", [], ""),
    # a table whose token column names the rule: 20 × the row's parameters (the header's scale)
    (
        "ru-table-rule-header",
        "| модель | параметры, млрд | токены по Chinchilla, млрд |\n|---|---|---|\n| малая 3B | 3,0 | 60 |",
        [H],
        "",
    ),
    (
        "ru-table-rule-header-wrong",
        "| модель | параметры, млрд | токены по Chinchilla, млрд |\n|---|---|---|\n| средняя 7B | 7,0 | 70 |",
        [W],
        "140B",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKEN_BUDGETS], ids=[c[0] for c in TOKEN_BUDGETS])
def test_token_budgets_and_rates(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOKEN_SHARES = [
    # a percentage of a token count, restated as tokens out of the whole
    ("en-token-share", "Code is 17 % of the mix, i.e. 2.55T tokens of 15T.", [H], ""),
    ("en-token-share-wrong", "Code is 17 % of the mix, i.e. 2.55B tokens of 15T tokens.", [W], "2.55T"),
    ("ru-token-share", "Код — 17 % смеси, т. е. 2,55 трлн токенов из 15 трлн.", [H], ""),
    ("ru-token-share-wrong", "Код — 17 % смеси, т. е. 255 млрд токенов из 15 трлн.", [W], "2.55T"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKEN_SHARES], ids=[c[0] for c in TOKEN_SHARES])
def test_a_share_of_the_tokens(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MORE_FORMS = [
    # `per layer over N layers` before an adapter's count: the count is over all the layers
    (
        "en-lora-per-layer-over-layers",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-7B.\n"
        "Two matrices per layer over 32 layers give the adapter 4,194,304 params.",
        [H],
        "",
    ),
    (
        "en-lora-per-layer-over-layers-wrong",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-7B.\nTwo matrices per layer over 32 layers give the adapter 131,072 params.",
        [W],
        "4,194,304",
    ),
    # an index size referred back to, then the size in the type the sentence names
    (
        "en-index-that-size-becomes",
        "Embedding index: 10 million passages × 768 dims × 4 bytes = 30.7 GB.\nWith int8 that 30.7 GB becomes 7.68 GB.",
        [H, H, H],
        "",
    ),
    (
        "en-index-that-size-becomes-wrong",
        "Embedding index: 10 million passages × 768 dims × 4 bytes = 30.7 GB.\nWith int8 that 30.7 GB becomes 15.4 GB.",
        [H, H, W],
        "7.68 GB",
    ),
    (
        "ru-index-eti-gb",
        "Индекс: 10 млн векторов × 768 измерений × 4 байта = 30,7 ГБ.\nВ int8 эти 30,7 ГБ превращаются в 7,68 ГБ.",
        [H, H, H],
        "",
    ),
    # a count written `100B-token` is a count of tokens, stored at the id type's bytes
    ("en-token-suffix-storage", "Token ids stored as uint32: the 50B-token corpus is 200 GB on disk.", [H], ""),
    ("en-token-suffix-storage-wrong", "Stored as uint16 ids, the 50B-token corpus takes 200 GB.", [W], "100 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MORE_FORMS], ids=[c[0] for c in MORE_FORMS])
def test_more_forms(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NO_FALSE_ERRORS = [
    # a per-layer part followed by another part: the total over the layers is of neither
    ("en-two-parts-per-layer", "Per layer the attention has 67M params and the MLP 135M params; 32 layers: 6.5B params.", [], ""),
    # a total a little above the layers' sum may be the whole model with its embeddings
    ("en-layers-then-model-total", "Each layer has 202,383,360 params; 32 layers: 6,738,415,616 params.", [V], ""),
    # a lone letter is no adapted matrix (`o is frozen`)
    ("en-lora-lone-letter", "LoRA r = 16 on q and v of Llama-2-7B; o is frozen. It adds 8,388,608 trainable params.", [H], ""),
    (
        "en-lora-lone-letter-wrong",
        "LoRA r = 16 on q and v of Llama-2-7B; o is frozen. It adds 4,194,304 trainable params.",
        [W],
        "8,388,608",
    ),
    # a length that fits is no count of what fits
    ("en-kv-length-fits", "We leave 20 GiB for the KV cache.\nAt 128 KiB per token a 2048-token context fits easily.", [], ""),
    # another cache type than the per-token size above was said for: not that size
    (
        "en-kv-other-type",
        "We leave 20 GiB for the KV cache at 128 KiB per token in fp16.\nWith an fp8 cache it holds 327,680 tokens.",
        [],
        "",
    ),
    # what was chosen instead of the optimum is no optimum
    ("en-optimum-then-choice", "Chinchilla-optimal at 1e23 FLOPs is about 29B params; we chose 70B params instead.", [H], ""),
    # a token count in k is read at k = 1024 as well
    ("en-batch-k-binary", "Context 4096 at batch 32: that is 128k tokens per step.", [H], ""),
    # a rate the run measures after the budget is no rule for the budget; the budget is of the note's own model
    (
        "en-budget-then-run-rate",
        "Our model has 1.31B parameters.\n\n"
        "Chinchilla-optimal data would be 26B tokens; we train on 100B anyway, about 76 tokens per parameter.",
        [H, H],
        "",
    ),
    (
        "ru-budget-then-run-rate",
        "Наша модель: 1,31 млрд параметров.\n\n"
        "Оптимум по Chinchilla — 26 млрд токенов; мы обучаем на 100 млрд, это около 76 токенов на параметр.",
        [H, H],
        "",
    ),
    (
        "en-budget-then-run-rate-wrong",
        "Our model has 1.31B parameters.\n\n"
        "Chinchilla-optimal data would be 52B tokens; we train on 100B anyway, about 76 tokens per parameter.",
        [W, H],
        "26.2B",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NO_FALSE_ERRORS], ids=[c[0] for c in NO_FALSE_ERRORS])
def test_no_false_errors(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OPERAND_COUNTS = [
    # a count that is an operand of a product is still a count of the model when it is the model's
    ("en-operand-note-model", "# Qwen2.5-72B\n\nIn bf16: 72.7B × 2 bytes ≈ 145 GB.", [H, H], ""),
    ("en-operand-named-model", "Qwen2.5-72B in bf16: 72.7B × 2 bytes ≈ 145 GB.", [H, H], ""),
    ("ru-operand-note-model", "# Llama-2-13B\n\nСостояния модели: 13,0 млрд × 16 = 208 ГБ.", [H, H], ""),
    # … and one that is not the model's is no claim of its count (the product is still checked)
    ("en-operand-other-count", "# Qwen2.5-72B\n\nA small draft: 7.6B × 2 bytes ≈ 15 GB.", [H], ""),
    # a count in a clause about a part is not the whole model's
    (
        "en-part-clause",
        "# Qwen2.5-72B\n\nNumber of parameters: 72.7B in total, roughly 65B of them outside the embeddings.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OPERAND_COUNTS], ids=[c[0] for c in OPERAND_COUNTS])
def test_operand_counts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MODEL_ABOVE = [
    # the answer calls the model by its family; the question above names the catalogued one
    (
        "en-model-in-question-above",
        "**Q:** How large is Mixtral-8x7B?\n**A:** Mixtral is a mixture of experts.\n"
        "It has 46.7B parameters, about 12.9B active.",
        [H, H],
        "",
    ),
    (
        "ru-model-in-question-above",
        "**В:** Сколько весит Mixtral-8x7B?\n**О:** Mixtral — смесь экспертов.\nВ ней 46,7 млрд параметров.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MODEL_ABOVE], ids=[c[0] for c in MODEL_ABOVE])
def test_the_model_named_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PART_WORDS_AFTER = [
    # a reason after the figure (`because … embeddings are shared`) is no part the figure counts
    (
        "en-because-part-words",
        "# Mixtral-8x7B\n\nThe real total is 46.7B because attention and embeddings are shared between experts.",
        [H],
        "",
    ),
    (
        "ru-because-part-words",
        "# Mixtral-8x7B\n\nНа деле всего 46,7 млрд, потому что внимание и эмбеддинги у экспертов общие.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PART_WORDS_AFTER], ids=[c[0] for c in PART_WORDS_AFTER])
def test_a_reason_after_the_count_is_no_part(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ADAPTER_SIZES = [
    # an adapter's file is its trainable parameters × the bytes of the type it is saved in
    (
        "en-adapter-file",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-7B adds 4,194,304 trainable params.\n"
        "Saved in fp16, the adapter is about 8.4 MB on disk.",
        [H, H],
        "",
    ),
    (
        "en-adapter-file-wrong",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-7B adds 4,194,304 trainable params.\n"
        "Saved in fp32, the adapter is 33.6 MB on disk.",
        [H, W],
        "16.777 MB",
    ),
    # the line below refers back to the adapter without naming it
    (
        "en-adapter-file-next-line-wrong",
        "The adapter has 4,194,304 trainable params and is 8.4 MB in fp16.\nStored in fp32 instead it would be 33.6 MB.",
        [H, W],
        "16.777 MB",
    ),
    (
        "ru-adapter-file",
        "LoRA с r = 64 на всех семи проекциях Llama-3-8B: 167 772 160 обучаемых параметров.\nАдаптер в fp32 весит 671 МБ.",
        [H, H],
        "",
    ),
    (
        "ru-adapter-file-wrong",
        "LoRA с r = 64 на всех семи проекциях Llama-3-8B: 167 772 160 обучаемых параметров.\nАдаптер в bf16 весит 671 МБ.",
        [H, W],
        "335.544 MB",
    ),
    # the optimizer's states beside the adapter are no file size
    (
        "en-adapter-adam-states",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-7B adds 4,194,304 trainable params.\n"
        "The fp32 adapter is 16.8 MB; its Adam moment buffers (m and v) add 33.6 MB more.",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ADAPTER_SIZES], ids=[c[0] for c in ADAPTER_SIZES])
def test_adapter_file_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
