"""Claim cases of our own wording (English and Russian) for the thirteenth round: claim FORMS the
checker missed. A table whose header names only storage types takes the byte unit the line above
it says its sizes are in; a parameter share whose part is stated on the line above, whose whole is
named before it (`share of the … base:`), or whose whole comes before `of which` / `из них`.
Rows that are found, rows that must not be errors, and rows where a wrong figure of the same shape
is an error. None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

TABLES = [
    # the unit for dtype-named columns is said on the line above the table
    (
        "en-lead-unit-dtype-columns",
        "Weight sizes, in GB:\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 7.2 |\n",
        [H, H],
        "",
    ),
    (
        "en-lead-unit-dtype-columns-wrong",
        "Weight sizes, in GB:\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [H, W],
        "7.242 GB",
    ),
    (
        "ru-lead-unit-dtype-columns-gib",
        "Все размеры весов в ГиБ.\n\n| модель | bf16 | int4 |\n|---|---|---|\n| Qwen2.5-7B | 14,2 | 3,5 |\n",
        [H, H],
        "",
    ),
    (
        "ru-lead-unit-dtype-columns-wrong",
        "Все размеры весов в ГиБ.\n\n| модель | bf16 | int4 |\n|---|---|---|\n| Qwen2.5-7B | 14,2 | 7,1 |\n",
        [H, W],
        "3.546 GiB",
    ),
    # a column that names no storage type (a device count, a per-device share) takes no unit
    (
        "en-lead-unit-other-columns",
        "All sizes in GB.\n\n| model | fp16 | GPUs | per GPU |\n|---|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 2 | 7.2 |\n",
        [H],
        "",
    ),
    # no unit said above: the bare cells stay numbers, no claim
    (
        "en-no-lead-unit",
        "Measured on our box.\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [],
        "",
    ),
    # a unit said of something else (`in GB/s`, a heading between) gives the columns nothing
    (
        "en-lead-unit-heading-between",
        "All sizes in GB.\n\n## Speeds\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [],
        "",
    ),
]

SHARES = [
    # the part on the line above, the whole after `of`
    (
        "en-share-part-above-wrong",
        "The adapter has 2,097,152 trainable parameters.\nThat is 3.1 % of the 6.74B base.",
        [W],
        "0.0311",
    ),
    ("en-share-part-above-holds", "The adapter has 2,097,152 trainable parameters.\nThat is 0.031 % of the 6.74B base.", [H], ""),
    # … off by less than a slip of the part itself could explain: not an error
    (
        "en-share-part-above-near",
        "The adapter has 2,097,152 trainable parameters.\nThat is 0.06 % of the 6.74B base.",
        [V],
        "",
    ),
    (
        "ru-share-part-above-blank-line",
        "- всего на 40 слоёв: 6 553 600 параметров.\n\nЭто 0,05 % от 13 млрд параметров исходной модели.",
        [H],
        "",
    ),
    (
        "ru-share-part-above-wrong",
        "- всего на 40 слоёв: 6 553 600 параметров.\n\nЭто 5 % от 13 млрд параметров исходной модели.",
        [W],
        "0.0504",
    ),
    # the whole named before the percent
    ("en-share-of-whole-before", "We train 40M parameters.\nShare of the 7B base: 0.57 %.", [H], ""),
    ("en-share-of-whole-before-wrong", "We train 40M parameters.\nShare of the 7B base: 5.7 %.", [W], "0.5714"),
    ("ru-share-of-whole-before", "Обучаем 40 млн параметров.\nДоля от 7 млрд базы: 0,57 %.", [H], ""),
    # no count with a parameter word above: no part, no claim
    ("en-share-no-part", "The run took 3 hours on 4 GPUs.\nThat is 12 % of the 6.74B budget.", [], ""),
    # a whole before `of which` / `из них`, the part after it
    (
        "en-of-which-share",
        "The model has 120 million parameters, of which 30 million are embeddings (25 %).",
        [H],
        "",
    ),
    (
        "en-of-which-share-wrong",
        "The model has 120 million parameters, of which 30 million are embeddings (40 %).",
        [W],
        "25",
    ),
    (
        "ru-of-which-share-wrong",
        "В модели 120 млн параметров, из них 30 млн приходится на эмбеддинги (40 %).",
        [W],
        "25",
    ),
]

CAPACITIES = [
    # a count of items = total / size of one item, the size said with its item in the sentence
    ("en-sequences-fit", "Each sequence takes 2 GiB, so the 60 GiB pool fits 30 sequences.", [H], ""),
    ("en-sequences-fit-wrong", "Each sequence takes 2 GiB, so the 60 GiB pool fits 60 sequences.", [W], "30 sequences"),
    (
        "ru-sequences-fit-wrong",
        "Каждая последовательность занимает 2 ГиБ, поэтому в 60 ГиБ помещается 60 последовательностей.",
        [W],
        "30 sequences",
    ),
    ("en-blocks-of", "The 3 GiB it takes is 96 blocks of 32 MiB.", [H], ""),
    ("en-blocks-of-wrong", "The 3 GiB it takes is 48 blocks of 32 MiB.", [W], "96 blocks"),
    ("en-tokens-per-token-size", "At 96 KiB per token, the 12 GiB left holds about 131k tokens.", [H], ""),
    ("en-tokens-per-token-size-wrong", "At 96 KiB per token, the 12 GiB left holds about 260k tokens.", [W], "131.072K tokens"),
    # shards of at most a size: rounded up
    ("en-shards-rounded-up", "The checkpoint is 33 GB; in shards of at most 10 GB it needs 4 shards.", [H], ""),
    ("en-shards-rounded-up-wrong", "The checkpoint is 33 GB; in shards of at most 10 GB it needs 3 shards.", [W], "4 shards"),
    ("ru-shards-rounded-up", "Файл занимает 33 ГБ и делится на шарды не более 10 ГБ: всего 4 шарда.", [H], ""),
    # a size labelled KB that is KiB still divides (the prefix read the other way)
    ("en-kb-for-kib", "At 64 KB per token the 16 GiB pool holds 262,144 tokens.", [H], ""),
    # the block size from a line above: a count that misses it by less than 4x is not an error
    ("en-block-size-above", "One block is 4 MiB.\nThe 8 GiB pool is 2,048 blocks.", [H], ""),
    ("en-block-size-above-near", "One block is 4 MiB.\nThe 8 GiB pool is 4,096 blocks.", [V], ""),
    ("ru-block-size-above-far", "В одном блоке — 4 МиБ на блок.\nЭти 8 ГиБ — это 20 480 блоков.", [W], "2,048 blocks"),
    # the size from a line above is read on that line (its position there is not this line's)
    (
        "en-block-size-above-long-line",
        "In this deployment of the server with paged attention, one block is 4 MiB.\nThe 8 GiB pool is 2,048 blocks.",
        [H],
        "",
    ),
    # tokens = blocks × tokens per block
    ("en-tokens-from-blocks", "A block has 32 tokens; the pool is 1,000 blocks, or 32,000 tokens.", [H], ""),
    ("en-tokens-from-blocks-wrong", "A block has 32 tokens; the pool is 1,000 blocks, or 64,000 tokens.", [W], "32,000 tokens"),
    # not a count that fits: a count said of the total, a context length, no size of one item
    ("en-count-of-card", "The 24 GB card runs 8 sequences of 2k tokens.", [], ""),
    ("en-context-length-not-count", "With 40 GiB free and 128 KiB per token, a 8,192-token context fits.", [], ""),
    ("en-no-item-size", "The dataset is 2 TB, that is about 500B tokens.", [], ""),
    ("ru-no-item-size", "На диске 100 ГБ, это 20 шардов.", [], ""),
]

BITS = [
    # NF4: 4 bits plus an fp32 absmax per block of 64 (4.5), or with double quantization 4.127
    ("en-nf4-double-quant", "NF4 with double quantization comes to 4.127 bits per weight.", [H], ""),
    ("en-nf4-double-quant-wrong", "NF4 with double quantization comes to 4.5 bits per weight.", [W], "4.127"),
    ("en-nf4-no-double-quant", "Plain NF4, no double quantization: an fp32 absmax per 64 weights, 4.5 bpw.", [H], ""),
    ("en-nf4-block-128", "NF4 with blocksize 128 and no double quantization: 4.25 bits per weight.", [H], ""),
    (
        "ru-nf4-no-double-quant-wrong",
        "NF4 без двойной квантизации: absmax в fp32 на каждые 64 веса, 4,127 бита на вес.",
        [W],
        "4.5",
    ),
    ("ru-nf4-double-quant", "NF4 с двойной квантизацией — 4,127 бита на вес.", [H], ""),
    # bpw after a figure is bits; a GGUF type named before the figure is its subject, one after it is not
    ("en-gguf-bpw", "Q8_0: 8.5 bpw.", [H], ""),
    ("en-gguf-bpw-wrong", "Q8_0: 6.5 bpw.", [W], "8.5"),
    ("en-gguf-subject-before", "Q5_K_M averages about 5.69 bits per weight, while Q3_K_M sits lower.", [H], ""),
    (
        "en-gguf-subject-before-wrong",
        "Q5_K_M averages about 3.9 bits per weight, while Q3_K_M sits lower.",
        [W],
        "5.7",
    ),
    # a whole number of bits names a level, not a measured figure: no claim
    ("en-nf4-level", "NF4 is a 4 bit type.", [], ""),
    # bits followed by the size they give: both are checked (the size at the stated bits)
    ("en-nf4-bits-then-size", "NF4 with double quantization: 4.5 bits per weight, so Llama-2-7B takes 3.79 GB.", [W, H], "4.127"),
    # a fraction written with a slash in a line about bits
    ("en-slash-fraction-bits", "A group of 128 with an fp16 scale costs 16/128 = 0.125 extra bits per weight.", [H], ""),
    (
        "en-slash-fraction-bits-wrong",
        "A group of 128 with an fp16 scale costs 16/128 = 0.25 extra bits per weight.",
        [W],
        "0.125",
    ),
    ("ru-slash-fraction-bits", "Масштаб fp16 на группу из 64 весов — это 16/64 = 0,25 бита на вес.", [H], ""),
    # … and no claim where the line names no bits or bytes
    ("en-slash-fraction-no-units", "The weights: 3/4 = 0.5 of the layers.", [], ""),
    ("en-slash-probability", "A fair die gives P(six) = 1/6 = 0.1667.", [], ""),
    # rounded operands move a sum: within their rounding it holds, past it it is wrong
    ("en-rounded-operands", "Each GPU holds 16.1 + 130.5/8 = 32.4 GB.", [H], ""),
    ("en-rounded-operands-wrong", "Each GPU holds 16.1 + 130.5/8 = 34.4 GB.", [W], "32.413 GB"),
    ("ru-rounded-operands", "На карту: 16,1 + 130,5/8 = 32,4 ГБ.", [H], ""),
    ("en-whole-operands-exact", "Adam in mixed precision: 2 + 4 + 4 + 2 + 2 = 15 bytes per parameter.", [W], "= 14"),
]

ATTENTION = [
    # grouped-query attention keeps kv_heads of the heads: the cache is heads / kv_heads times smaller
    ("en-gqa-ratio", "Thanks to GQA the Mistral-7B KV cache is 4× smaller than with multi-head attention.", [H], ""),
    ("en-gqa-ratio-wrong", "Thanks to GQA the Mistral-7B KV cache is 8× smaller than with multi-head attention.", [W], "= 4×"),
    ("ru-gqa-ratio-words", "Благодаря GQA кэш Qwen2.5-72B в 8 раз меньше, чем с MHA.", [H], ""),
    ("ru-gqa-ratio-words-wrong", "Благодаря GQA кэш Qwen2.5-72B в 4 раза меньше, чем с MHA.", [W], "= 8×"),
    # … as a saving in percent; multi-query keeps one KV head
    ("en-gqa-percent", "For Mistral-7B, GQA saves 75 % of the cache.", [H], ""),
    ("en-mqa-percent-wrong", "For Mistral-7B, GQA saves 75 % of the cache; MQA would save 80 %.", [H, W], "96.9%"),
    ("ru-gqa-percent-wrong", "GQA сокращает кэш Qwen2.5-72B на 50 % относительно MHA.", [W], "87.5%"),
    # a model without grouped-query attention, or no catalogued model: nothing to judge
    ("en-gqa-mha-model", "GQA would make the Llama-2-7B cache 4× smaller.", [], ""),
    ("en-gqa-no-model", "GQA makes the cache 4× smaller.", [], ""),
]

BUDGET_TABLE = "| name | params | tokens ({rate}) |\n|---|---|---|\n| Wren-S | 200M | {a} |\n| Wren-L | 3B | {b} |\n"
BUDGETS = [
    # a token column whose header states the rate: each row's budget is rate × its parameters
    ("en-budget-table", BUDGET_TABLE.format(rate="20 per param", a="4B", b="60B"), [H, H], ""),
    ("en-budget-table-wrong", BUDGET_TABLE.format(rate="20 per param", a="4B", b="30B"), [H, W], "60B"),
    ("en-budget-table-x", BUDGET_TABLE.format(rate="×25", a="5B", b="75B"), [H, H], ""),
    (
        "ru-budget-table-scales-in-header",
        "| модель | параметров, млн | токенов, млрд (×20) |\n|---|---|---|\n| Дрозд-S | 150 | 3 |\n| Дрозд-M | 400 | 16 |\n",
        [H, W],
        "8B",
    ),
    # the rule stated two lines up in the section still gives the rate
    (
        "ru-budget-rule-two-lines-up",
        "Правило Chinchilla: на параметр нужно около 20 токенов.\nДля Mistral-7B-v0.1 оптимум — 145 млрд токенов.\n"
        "Для Llama-2-13B (13 млрд) оптимум — 130 млрд токенов.",
        [H, H, W],
        "260B",
    ),
    # no rate in the header: the budgets are facts, not a rule's result
    ("en-budget-table-no-rate", "| name | params | tokens seen |\n|---|---|---|\n| Wren-S | 200M | 300B |\n", [], ""),
]

INDEXES = [
    # a flat index is vectors × dims × the element's bytes; the count and dimension may be stated above
    ("en-index-in-sentence", "For 20M docs of 1024-d in fp16 the flat index is 40.96 GB.", [H], ""),
    ("en-index-in-sentence-wrong", "For 20M docs of 1024-d in fp16 the flat index is 81.92 GB.", [W], "40.96 GB"),
    ("en-index-gib-label", "For 20M docs of 1024-d in fp16 the flat index is 40.96 GiB.", [U], ""),
    (
        "en-index-shape-above",
        "The corpus: 4 million passages, 512 dims each.\nIn int8 the index takes 2.05 GB.",
        [H],
        "",
    ),
    (
        "ru-index-shape-above-wrong",
        "Корпус: 4 млн документов, 512 измерений.\nВ int8 индекс занимает 4,1 ГБ.",
        [W],
        "2.048 GB",
    ),
    # binary codes (one bit per dimension) and bytes per vector are a vector's element
    (
        "en-index-binary-codes",
        "The corpus: 4 million passages, 512 dims each.\nBinary codes (1 bit per dimension) need 256 MB.",
        [H],
        "",
    ),
    (
        "en-index-bytes-per-vector-wrong",
        "The corpus: 4 million passages, 512 dims each.\nPQ stores 64 bytes per vector, 0.512 GB in total.",
        [W],
        "0.256 GB",
    ),
    # a model name's size (`Llama-3-8B`) is no count of vectors
    ("en-index-model-name-before-count", "With Llama-3-8B, 5M vectors of 1024 dims in fp16 take 10.24 GB.", [H], ""),
    # no element in the sentence, a size referred back, or no index named: no claim
    ("en-index-no-element", "The corpus: 4 million passages, 512 dims each.\nThe index takes 2.05 GB.", [], ""),
    (
        "en-index-weights-not-index",
        "The corpus: 4 million passages, 512 dims each.\nThe fp16 weights of our encoder take 0.9 GB.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), INDEXES, ids=[r[0] for r in INDEXES])
def test_index_sizes(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), BUDGETS, ids=[r[0] for r in BUDGETS])
def test_token_budget_tables(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RATIOS_ABOVE = [
    # a discrepancy (`ошибка в N раз`, `off by N×`) between this line's size and the one above, either way
    ("ru-discrepancy-with-line-above", "Кэш с окном — 256 МиБ.\nБез окна вышло бы 2 ГиБ — ошибка в 8 раз.", [H], ""),
    (
        "en-discrepancy-with-line-above-wrong",
        "The windowed cache is 256 MiB.\nWithout the window it is 2 GiB, off by a factor of 4.",
        [W],
        "= 8",
    ),
    # no direction and no discrepancy word (`в 8 раз быстрее`): not a ratio of the sizes
    ("ru-no-direction-not-sizes", "Кэш с окном — 256 МиБ.\nБез окна 2 ГиБ, а считается в 8 раз быстрее.", [], ""),
    # a type this sentence converts to, against the one type the line above names, when it refers back
    ("ru-dtype-from-line-above-wrong", "Чекпоинт хранится в bf16.\nКонвертация в int8 уменьшает его в 4 раза.", [W], "ratio 2"),
    ("en-dtype-from-line-above", "The checkpoint is stored in fp32.\nQuantizing it to int8 makes it 4 times smaller.", [H], ""),
    # no reference back: the type above is not what is compared
    ("en-dtype-above-no-reference", "The checkpoint is stored in fp32.\nInt8 is 4 times smaller.", [], ""),
]

OWN_MODEL = "Osprey-12B is our own model with 12.2B parameters.\n\n## Weights\n\n"
OWN_MODEL_RU = "«Сокол-9B» — наша модель на 9 млрд параметров.\n\n"
DECLARED = [
    # a note about its own model: the one parameter count it states × the type's bytes
    ("en-declared-bf16", OWN_MODEL + "- bf16: 24.4 GB\n", [H], ""),
    ("en-declared-int4-wrong", OWN_MODEL + "- int4: 12.2 GB\n", [W], "6.1 GB"),
    ("ru-declared-two-types", OWN_MODEL_RU + "Веса в bf16 занимают 18 ГБ, в int8 — 9 ГБ.\n", [H, H], ""),
    ("ru-declared-two-types-wrong", OWN_MODEL_RU + "Веса в bf16 занимают 18 ГБ, в int8 — 18 ГБ.\n", [H, W], "9 GB"),
    # not the weights: the cache, training, a size per device, another model's size name
    ("en-declared-not-cache", OWN_MODEL + "- the fp16 KV cache at 8k: 3 GB\n", [], ""),
    ("en-declared-not-per-gpu", OWN_MODEL + "- bf16 over 2 GPUs: 12.2 GB per GPU\n", [], ""),
    ("ru-declared-not-training", OWN_MODEL_RU + "Обучение в bf16 с Adam займёт 144 ГБ.\n", [], ""),
    ("en-declared-other-model", OWN_MODEL + "- a 7B baseline in bf16: 14 GB\n", [], ""),
    # a training recipe in bytes per parameter × the note's parameters; a share per device is not the total
    ("en-declared-recipe", OWN_MODEL + "Adam in mixed precision (16 B/param) needs 195.2 GB.\n", [H], ""),
    ("en-declared-recipe-wrong", OWN_MODEL + "With 18 B/param the plan says 97.6 GB.\n", [W], "219.6 GB"),
    ("ru-declared-recipe-wrong", OWN_MODEL_RU + "Полное дообучение (16 байт на параметр): 72 ГБ.\n", [W], "144 GB"),
    ("en-declared-recipe-per-gpu", OWN_MODEL + "Adam (16 B/param) over 8 GPUs: 24.4 GB each.\n", [], ""),
    # two parameter counts in the note, or a catalogued model named: no declared model
    (
        "en-two-counts",
        "Osprey-12B has 12.2B parameters; Osprey-30B has 30.1B parameters.\n\n## Weights\n\n- bf16: 24.4 GB\n",
        [],
        "",
    ),
]

RECIPE_TABLE = "| recipe | bytes/param | Llama-2-7B total (GB) |\n|---|---|---|\n| {a} | {b} | {c} |\n"
RECIPE_TABLES = [
    # a row's bytes per parameter × the parameters of the model its total column names
    ("en-recipe-table", RECIPE_TABLE.format(a="Adam, mixed precision", b="16", c="107.8"), [H], ""),
    ("en-recipe-table-wrong", RECIPE_TABLE.format(a="Adam, fp32 grads", b="18", c="60.6"), [W], "121.291 GB"),
    (
        "ru-recipe-table-wrong",
        "| рецепт | байт на параметр | Llama-2-7B, всего (ГБ) |\n|---|---|---|\n| 8-битный Adam | 12 | 40,4 |\n",
        [W],
        "80.861 GB",
    ),
    # a total column that names no catalogued model: no claim
    (
        "en-recipe-table-no-model",
        "| recipe | bytes/param | our model total (GB) |\n|---|---|---|\n| Adam | 16 | 115.9 |\n",
        [],
        "",
    ),
]

RECORD = "## Mistral-7B-v0.1\nmodel:: [[mistralai/Mistral-7B-v0.1]]\ndtype:: {dtype}\n{field}\n"
FIELDS = [
    # a Dataview record: the section's model × the bytes of its dtype field
    ("en-field-vram", RECORD.format(dtype="bf16", field="vram:: 14.5 GB"), [H], ""),
    ("en-field-vram-below-wrong", RECORD.format(dtype="bf16", field="vram:: 7.2 GB"), [W], "14.483 GB"),
    ("en-field-weights-gib", RECORD.format(dtype="fp32", field="weights_gib:: 27 GiB"), [H], ""),
    ("ru-field-size-wrong", RECORD.format(dtype="int8", field="размер:: 14,5 ГБ"), [W], "7.242 GB"),
    # VRAM above the weights may hold the runtime and a cache: not an error
    ("en-field-vram-above", RECORD.format(dtype="int8", field="vram:: 14.5 GB"), [V], ""),
    # a GGUF field: the file of the type its key names
    ("en-field-gguf", RECORD.format(dtype="bf16", field="gguf_q8_0:: 7.7 GB"), [H], ""),
    ("en-field-gguf-wrong", RECORD.format(dtype="bf16", field="gguf_q4_k_m:: 8.7 GiB"), [W], "4.068 GiB"),
    # no dtype field, or a field that is not a size of the weights: no claim
    ("en-field-no-dtype", "## Mistral-7B-v0.1\nmodel:: [[mistralai/Mistral-7B-v0.1]]\nvram:: 14.5 GB\n", None, ""),
    ("en-field-other-key", RECORD.format(dtype="bf16", field="kv_budget:: 4 GB"), None, ""),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), FIELDS, ids=[r[0] for r in FIELDS])
def test_dataview_fields(name: str, text: str, groups: list[str] | None, shown: str) -> None:
    """Only the field claims (shape "weights" on the field's line) are asserted where `groups` is None:
    what other shapes say of a bare record is theirs."""
    from conftest import note_claims

    if groups is not None:
        check_claims(text, groups, shown)
        return
    claims = [c for c in note_claims(text) if "dtype field" in c.explanation]  # type: ignore[attr-defined]
    assert not claims, [(c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), RECIPE_TABLES, ids=[r[0] for r in RECIPE_TABLES])
def test_recipe_tables(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), DECLARED, ids=[r[0] for r in DECLARED])
def test_declared_model_weights(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), RATIOS_ABOVE, ids=[r[0] for r in RATIOS_ABOVE])
def test_ratios_with_the_line_above(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), ATTENTION, ids=[r[0] for r in ATTENTION])
def test_attention_ratios(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), BITS, ids=[r[0] for r in BITS])
def test_bits(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), CAPACITIES, ids=[r[0] for r in CAPACITIES])
def test_capacities(name: str, text: str, groups: list[str], shown: str) -> None:
    """Only the capacity claims are asserted here (the sizes beside them are other shapes' claims)."""
    from conftest import note_claims

    claims = [c for c in note_claims(text) if c.shape == "capacity"]  # type: ignore[attr-defined]
    got = sorted(c.verdict.group for c in claims)  # type: ignore[attr-defined]
    assert got == sorted(groups), [(c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    for c in claims:
        if c.verdict.group == W:  # type: ignore[attr-defined]
            assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]
    assert not [c for c in note_claims(text) if c.shape != "capacity" and c.verdict.group == W]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), TABLES + SHARES, ids=[r[0] for r in TABLES + SHARES])
def test_cases13(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_unit_names_used() -> None:
    assert U  # the GiB-labelled-GB group stays importable for later rows


# Review fixes (issue 15): rules that keep a right statement from being an error.
CAPACITIES_REVIEW = [
    # only the first count after a total is what it holds; a later count (after another count or
    # size, or one said of what runs, is used, or moves per second) is no capacity
    (
        "en-count-served-after-fit",
        "One sequence needs 2 GiB; the 48 GiB pool fits 24 sequences, while the 6 sequences we serve today use 12 GiB.",
        [H],
        "",
    ),
    (
        "ru-count-running-after-fit",
        "Одна последовательность занимает 2 ГиБ; в 48 ГиБ помещаются 24 последовательности, "
        "а сейчас работают 6 последовательностей.",
        [H],
        "",
    ),
    (
        "en-second-count-other-length",
        "At 2 GiB per sequence for 4k tokens, the 48 GiB free fits 24 sequences; at 2k tokens it fits 48 sequences.",
        [H],
        "",
    ),
    (
        "en-tokens-of-prompt",
        "At 64 KiB per token, 2 GiB holds 32,768 tokens, so our 4,096 tokens of prompt take 256 MiB.",
        [H],
        "",
    ),
    ("en-pages-per-second", "The 2 GiB file holds 524,288 pages of 4 KiB; the scanner reads 5,000 pages per second.", [H], ""),
    ("en-shards-at-a-time", "The 24 GB checkpoint is cut into 6 shards of 4 GB; the loader maps 3 shards at a time.", [H], ""),
    (
        "en-blocks-of-which-in-use",
        "With 4 MiB per block, the 32 GiB cache holds 8,192 blocks, of which 300 blocks are in use.",
        [H],
        "",
    ),
    # a size subtracted from the total (`after X of weights`) is computed, never taken as the total
    ("en-after-weights", "Each sequence needs 4 GB; on a 96 GB card, after 32 GB of weights, 16 sequences fit.", [H], ""),
    (
        "en-after-weights-wrong",
        "Each sequence needs 4 GB; on a 96 GB card, after 32 GB of weights, 32 sequences fit.",
        [W],
        "16 sequences",
    ),
    (
        "ru-after-weights",
        "Каждая последовательность занимает 4 ГБ; на карте 96 ГБ, за вычетом 32 ГБ весов, помещается 16 последовательностей.",
        [H],
        "",
    ),
    (
        "en-after-two-sizes",
        "Each sequence needs 4 GB; on a 96 GB card, after 32 GB of weights and 16 GB of activations, 12 sequences fit.",
        [H],
        "",
    ),
    ("en-after-weights-no-total", "Each sequence needs 4 GB; after 32 GB of weights, 16 sequences fit.", [], ""),
    # a colon before a count whose own total follows it is no fits word for the size before
    ("en-colon-then-own-total", "The 96 GB card is split: 48 sequences at 1 GB per sequence take 48 GB.", [], ""),
]

BITS_REVIEW = [
    # double quantization said after a figure is of a later figure: the first is either reading
    (
        "en-nf4-double-quant-later",
        "NF4 in blocks of 64 costs 4.5 bits per weight; double quantization lowers that to about 4.127.",
        [H],
        "",
    ),
    (
        "en-nf4-double-quant-later-wrong",
        "NF4 in blocks of 64 costs 5.5 bits per weight; double quantization lowers that to about 4.127.",
        [W],
        "4.5",
    ),
    ("ru-nf4-double-quant-later", "NF4 с блоками по 64 — 4,5 бита на вес, а двойная квантизация снижает это до 4,127.", [H], ""),
]

ATTENTION_REVIEW = [
    # `a further` / `another` after GQA: MQA measured against the grouped cache (kv_heads / 1)
    (
        "en-mqa-further",
        "Mistral-7B already has GQA with 8 KV heads; MQA with a single KV head would shrink the cache a further 8×.",
        [H],
        "",
    ),
    (
        "en-mqa-further-wrong",
        "Mistral-7B already has GQA with 8 KV heads; MQA with a single KV head would shrink the cache a further 32×.",
        [W],
        "= 8×",
    ),
    (
        "en-mqa-another-then-total",
        "Qwen2.5-72B: GQA cuts the KV cache 8×, MQA would cut it another 8×, 64× in all versus MHA.",
        [H, H, H],
        "",
    ),
    ("ru-mqa-further", "У Mistral-7B уже GQA с 8 KV-головами; MQA сократил бы кэш ещё в 8 раз.", [H], ""),
]

SHAPE_ABOVE = "The corpus: 4 million passages, 512 dims each.\n"
INDEXES_REVIEW = [
    # a later size of another thing (raw text, a graph) is not the flat index
    ("en-index-plus-raw-text", SHAPE_ABOVE + "The fp16 index is 4.1 GB, plus 2.5 GB of raw text.", [H], ""),
    (
        "ru-index-graph-adds",
        "Корпус: 4 млн документов, 512 измерений.\nИндекс в fp32 занимает 8,2 ГБ, а граф HNSW добавляет ещё 0,6 ГБ.",
        [H],
        "",
    ),
    # each figure takes the element named before it, not a later one
    (
        "en-index-flat-then-pq",
        SHAPE_ABOVE + "A flat fp32 index is 8.19 GB; with PQ at 32 bytes per vector it is 128 MB.",
        [H, H],
        "",
    ),
    (
        "en-index-flat-then-pq-wrong",
        SHAPE_ABOVE + "A flat fp32 index is 4.1 GB; with PQ at 32 bytes per vector it is 128 MB.",
        [W, H],
        "8.192 GB",
    ),
    ("en-index-element-after-only-one", SHAPE_ABOVE + "The index is 4.1 GB in fp16.", [H], ""),
]

ADAPTER_TABLE = (
    "| component | bytes/param | Llama-2-7B total (GB) |\n|---|---|---|\n| weights | 2 | {w} |\n"
    "| LoRA adapter, r=8 | 2 | 0.02 |\n"
)
RECIPE_REVIEW = [
    # a row about adapters: its bytes per parameter are the adapters', not the model's (its size is a part's, reported
    # unverifiable since round 30: never the model's weights)
    ("en-recipe-adapter-row", ADAPTER_TABLE.format(w="13.5"), [H, V], ""),
    ("en-recipe-adapter-row-weights-wrong", ADAPTER_TABLE.format(w="27.0"), [W, V], "13.477 GB"),
    (
        "ru-recipe-adapter-row",
        "| часть | байт на параметр | Llama-2-7B, всего (ГБ) |\n|---|---|---|\n| адаптеры (r=8) | 2 | 0,02 |\n",
        [V],
        "",
    ),
]

ZERO_SIZES = [
    # a ratio to a zero size is no claim, and the note's other claims survive it
    (
        "en-ratio-from-zero",
        "Llama-2-7B in fp16 takes 13.5 GB.\n\n## Swap\n\nThe swap file grew from 0 GB to 16 GB, 4 times more.\n",
        [H],
        "",
    ),
    (
        "ru-ratio-from-zero",
        "Llama-2-7B в fp16 занимает 13,5 ГБ.\n\n## Подкачка\n\nФайл подкачки вырос с 0 ГБ до 16 ГБ, в 4 раза больше.\n",
        [H],
        "",
    ),
]

HEDGED_RATIOS = [
    # a hedged factor is read as loosely as a hedged figure; a bare one, or one far off, is not
    ("en-ratio-roughly-halves", "Requantizing the file roughly halves it: 7.7 GB down to 4.4 GB.", [H], ""),
    ("en-ratio-halves-bare-wrong", "Requantizing the file halves it: 7.7 GB down to 4.4 GB.", [W], "1.75"),
    ("en-ratio-roughly-halves-far-wrong", "Requantizing the file roughly halves it: 7.7 GB down to 2.6 GB.", [W], "2.962"),
    ("ru-ratio-primerno-vdvoe", "Переквантование примерно вдвое сжимает файл: с 7,7 ГБ до 4,4 ГБ.", [H], ""),
    ("ru-ratio-pochti-v-3-raza", "Файл сжался почти в 3 раза: с 12 ГБ до 4,4 ГБ.", [H], ""),
    ("ru-ratio-v-3-raza-far-wrong", "Файл сжался примерно в 3 раза: с 12 ГБ до 2 ГБ.", [W], "= 6"),
]

RATIO_AFTER_SIZE = [
    # a ratio right after a size compares it with the reference stated above, not with the next clause's size
    (
        "en-ratio-after-size-reference-above",
        "The original checkpoint is 15 GB.\nIts int4 export is 4 GB, about 3.8 times smaller, and the int8 one is 8 GB.",
        [H],
        "",
    ),
    (
        "en-ratio-after-size-reference-above-wrong",
        "The original checkpoint is 15 GB.\nIts int4 export is 4 GB, 7 times smaller, and the int8 one is 8 GB.",
        [W],
        "3.75",
    ),
    (
        "ru-ratio-after-size-reference-above",
        "Исходный чекпойнт весит 15 ГБ.\nЕго экспорт в int4 занимает 4 ГБ, в 3,8 раза меньше, а в int8 — 8 ГБ.",
        [H],
        "",
    ),
    # no reference stated: the ratio is no claim (never judged against the next clause's size)
    ("en-ratio-after-size-no-reference", "Its int4 export is 4 GB, 3.8 times smaller, and the int8 one is 8 GB.", [], ""),
    # two sizes before it: the one it follows against the one before that
    (
        "en-ratio-after-size-two-before",
        "On disk the file went from 24 GB to 6 GB, 4 times smaller, and the cache stays at 2 GB.",
        [H],
        "",
    ),
]

RATIOS_FROM_SOURCE = [
    # each `N times smaller` compares its own clause's type with the type the sentence starts from
    (
        "en-ratio-each-clause-from-source",
        "We archive it in fp32.\nCasting it to fp16 makes it 2 times smaller, and int8 makes it 4 times smaller.",
        [H, H],
        "",
    ),
    (
        "en-ratio-each-clause-from-source-wrong",
        "We archive it in fp32.\nCasting it to fp16 makes it 2 times smaller, and int8 makes it 2 times smaller.",
        [H, W],
        "ratio 4",
    ),
    (
        "ru-ratio-each-clause-from-source",
        "Архив хранит веса в fp32.\nПриведение их к bf16 уменьшает их в 2 раза, а nf4 — в 8 раз.",
        [H, H],
        "",
    ),
    (
        "en-ratio-each-clause-source-previous-sentence",
        "The master copy is fp16. Going to int8 halves it, and int4 makes it 4 times smaller.",
        [H, H],
        "",
    ),
    # the source is not stated: no claim rather than a ratio between the two clauses' types
    ("en-ratio-each-clause-no-source", "Casting to fp16 makes it 2 times smaller, and int8 makes it 4 times smaller.", [], ""),
    # a referent right after the ratio words is still the comparison
    ("en-ratio-than-after", "int8 is 2 times smaller than fp16, and int4 is 4 times smaller than fp16.", [H, H], ""),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), CAPACITIES_REVIEW, ids=[r[0] for r in CAPACITIES_REVIEW])
def test_capacities_review(name: str, text: str, groups: list[str], shown: str) -> None:
    test_capacities(name, text, groups, shown)


REVIEW = (
    BITS_REVIEW
    + ATTENTION_REVIEW
    + INDEXES_REVIEW
    + RECIPE_REVIEW
    + ZERO_SIZES
    + HEDGED_RATIOS
    + RATIO_AFTER_SIZE
    + RATIOS_FROM_SOURCE
)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), REVIEW, ids=[r[0] for r in REVIEW])
def test_review_fixes(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
