"""Claim cases of our own wording (English and Russian) for the sixteenth round, about forms: a
table cell takes the storage type its own column header names (never a neighbouring column's);
a sentence's further ratios compare their own subject with their own referent (`than X`, or the
`Compared with X,` that opens the sentence); a percentage or ratio between two named models is
not a ratio of their storage types."""

from __future__ import annotations

import json

import pytest
from conftest import H, MakeVault, V, W, check_claims

from vaultkit.cli import main

COLUMN_HEADER_TYPE = [
    # the cache column's header names its own type: the row's type column is the weights' type
    (
        "en-cache-column-own-type",
        "| name | precision | KV cache fp16 (KiB per token) |\n|---|---|---|\n| Llama-3-8B | int8 | 128 |",
        [H],
        "",
    ),
    (
        "ru-cache-column-own-type",
        "| модель | формат | кэш KV в bf16, КиБ на токен |\n|---|---|---|\n| Llama-3-8B | fp8 | 128 |\n| Llama-3-8B | int4 | 128 |",  # noqa: E501
        [H, H],
        "",
    ),
    # … a wrong cell of that column is still an error, recomputed in the header's type
    (
        "en-cache-column-wrong",
        "| name | precision | KV cache fp16 (KiB per token) |\n|---|---|---|\n| Llama-3-8B | int8 | 64 |",
        [W],
        "128 KiB",
    ),
    (
        "ru-cache-column-wrong",
        "| модель | формат | кэш KV в bf16, КиБ на токен |\n|---|---|---|\n| Llama-3-8B | fp32 | 256 |",
        [W],
        "128 KiB",
    ),
    # a header naming two types (a conversion) gives its column no type: not judged in either
    ("en-two-types-in-header", "| model | fp16 → int8 (GB) |\n|---|---|\n| Llama-3-8B | 8.03 |", [V], ""),
    # the row's own cell still names the type of the weights columns without one in their header
    (
        "en-weights-from-row-type",
        "| model | type | weights (GB) | KV fp16 (KiB/token) |\n|---|---|---|---|\n| Llama-3-8B | int8 | 16.06 | 128 |",
        [W, H],
        "8.03 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COLUMN_HEADER_TYPE], ids=[c[0] for c in COLUMN_HEADER_TYPE])
def test_a_table_cell_takes_its_own_column_headers_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FURTHER_RATIOS = [
    # `Compared with X,` opening the sentence is what each of its ratios is relative to
    ("en-lead-referent", "Relative to bf16, int8 is 2× smaller, int4 4× smaller and fp32 2× larger.", [H, H, H], ""),
    ("ru-lead-referent", "По сравнению с fp32, bf16 в 2 раза меньше, int8 в 4 раза меньше и int4 в 8 раз меньше.", [H, H, H], ""),
    # … a wrong ratio in the list is an error against that referent, not against its neighbour
    (
        "en-lead-referent-wrong",
        "Compared with fp16, int8 is 2× smaller, int4 4× smaller and fp8 8× smaller.",
        [H, H, W],
        "ratio 2",
    ),
    (
        "ru-lead-referent-wrong",
        "По сравнению с fp32, bf16 в 2 раза меньше, int8 в 4 раза меньше и int4 в 4 раза меньше.",
        [H, H, W],
        "ratio 8",
    ),
    # the sentence's subject compared again with a new referent
    ("en-subject-again", "The int4 file is 4 times smaller than the fp16 one and 8 times smaller than fp32.", [H, H], ""),
    (
        "en-subject-again-wrong",
        "The int4 file is 4 times smaller than the fp16 one and 4 times smaller than fp32.",
        [H, W],
        "ratio 8",
    ),
    # a clause of its own after `;`: its own subject and referent (a Russian comparative takes a bare genitive)
    ("ru-own-clause", "int4 в 4 раза меньше fp16; int8 в 4 раза меньше fp32.", [H, H], ""),
    ("ru-own-clause-wrong", "int4 в 4 раза меньше fp16; int8 в 2 раза меньше fp32.", [H, W], "ratio 4"),
    ("en-own-clause-wrong", "int4 is 4x smaller than fp16; int8 is 2x smaller than fp32.", [H, W], "ratio 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FURTHER_RATIOS], ids=[c[0] for c in FURTHER_RATIOS])
def test_each_further_ratio_compares_its_own_pair(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BETWEEN_MODELS = [
    # two models in two types: the percentage compares the models, not fp16 with int8
    ("en-percent-two-models", "Llama-3-8B in int8 is only 5 % bigger than Mistral-7B in fp16.", [V], ""),
    ("ru-percent-two-models", "Llama-3-8B в int4 на 10 % меньше, чем Mistral-7B в bf16.", [V], ""),
    ("en-ratio-two-models", "Llama-3-8B in int4 is 3 times smaller than Mistral-7B in fp16.", [V], ""),
    # one model in two types is still the types' ratio, and a wrong one is an error
    ("en-percent-one-model-wrong", "Llama-3-8B in int8 is 25 % smaller than in fp16.", [W], "50.0%"),
    ("ru-ratio-one-model-wrong", "Llama-3-8B в int4 в 2 раза меньше, чем в fp16.", [W], "ratio 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BETWEEN_MODELS], ids=[c[0] for c in BETWEEN_MODELS])
def test_a_ratio_between_two_models_is_not_their_types_ratio(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_SHARES = [
    # an MoE model's active share holds with the active count with or without the input embedding table
    ("en-active-share-lean", "gpt-oss-120b has only about 4.4 % of its parameters active per token.", [H], ""),
    ("ru-active-share-lean", "Активных у gpt-oss-120b всего ~4,4 % параметров.", [H], ""),
    ("ru-active-share-full", "У Mixtral-8x7B активны около 28 % параметров.", [H], ""),
    # … a share matching neither reading is an error, with both readings shown
    ("en-active-share-wrong", "gpt-oss-120b has only about 9 % of its parameters active per token.", [W], "4.8892%"),
    ("ru-active-share-wrong", "У gpt-oss-120b активны лишь 9 % параметров.", [W], "4.3935%"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVE_SHARES], ids=[c[0] for c in ACTIVE_SHARES])
def test_an_active_share_holds_with_or_without_the_embedding_table(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DEVICE_MEMORY_IS_NO_TOTAL = [
    # the size right after the devices is each device's memory, not the total being split
    ("ru-devices-with-memory", "Эти 138 ГБ мы делим на две A100 по 80 ГБ, по 69 ГБ на каждую.", [H], ""),
    ("en-devices-with-memory", "The 96 GB checkpoint is sharded over 4 H100s with 80 GB, 24 GB per GPU.", [H], ""),
    # … a wrong share is still an error against the total
    ("ru-devices-with-memory-wrong", "Эти 138 ГБ мы делим на две A100 по 80 ГБ, по 40 ГБ на каждую.", [W], "69 ГБ"),
    ("en-devices-with-memory-wrong", "The 96 GB checkpoint is sharded over 4 H100s with 80 GB, 12 GB per GPU.", [W], "24 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DEVICE_MEMORY_IS_NO_TOTAL], ids=[c[0] for c in DEVICE_MEMORY_IS_NO_TOTAL]
)
def test_the_devices_memory_is_not_the_total_split(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SETTINGS_ARE_NO_EQUATIONS = [
    # `TP=4`, `batch=8`: a setting's value, not the result of a figure before it
    ("en-tp-setting", "An int8 copy of the 13B on the same TP=2 split would stay small.", [], ""),
    ("en-batch-setting", "A 7B model with batch=16 still fits.", [], ""),
    ("ru-batch-setting", "Модель на 13B с batch=4 помещается.", [], ""),
    # … a product chain with an `=` between figures is still checked
    ("en-chain-glued-equals", "7B params × 2 bytes=14 GB", [H], ""),
    ("en-chain-wrong", "7B × 2 B = 28 GB", [W], "14 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SETTINGS_ARE_NO_EQUATIONS], ids=[c[0] for c in SETTINGS_ARE_NO_EQUATIONS]
)
def test_a_setting_is_no_equation(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NF4_BITS_WITHOUT_PER_WEIGHT = [
    # NF4's fractional bits are per weight whether or not the sentence says so
    ("en-nf4-dq-bits", "With double quantization NF4 comes down to roughly 4.127 bits.", [H], ""),
    # … a wrong figure is an error: a format's bits are its arithmetic, `about` is a rounding of it
    ("ru-nf4-dq-bits", "Для NF4 двойное квантование снижает это примерно до 4,13 бита.", [H], ""),
    ("en-nf4-dq-bits-wrong", "With double quantization NF4 comes down to roughly 3.9 bits.", [W], "4.127"),
    ("ru-nf4-dq-bits-wrong", "Для NF4 двойное квантование снижает это примерно до 3,9 бита.", [W], "4.127"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in NF4_BITS_WITHOUT_PER_WEIGHT], ids=[c[0] for c in NF4_BITS_WITHOUT_PER_WEIGHT]
)
def test_nf4_bits_are_per_weight_without_saying_so(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LATER_LINE_TYPE = [
    # a paragraph's one type, named on a later line with a size of its own, is that size's only
    ("ru-later-line-int8", "Mistral-7B весит 14,5 ГБ.\nКопия в int8 занимает 7,2 ГБ.", [V, H], ""),
    ("en-later-line-int4", "Llama-3-8B weighs 16 GB.\nIts int4 build is 4 GB.", [V, H], ""),
    # … a later line that names the type and no size of its own still gives it to the figure before
    ("en-later-line-no-size", "Llama-2-7B needs 13.5 GB.\nAll sizes here are fp16.", [H], ""),
    ("en-later-line-no-size-wrong", "Llama-2-7B needs 27 GB.\nAll sizes here are fp16.", [W], "13.477 GB"),
    # … and the later figure is still checked in its own type
    ("en-later-line-own-wrong", "Llama-3-8B weighs 16 GB.\nIts int4 build is 8 GB.", [V, W], "4.015 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LATER_LINE_TYPE], ids=[c[0] for c in LATER_LINE_TYPE])
def test_a_later_lines_type_is_its_own_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOKEN_BYTES = [
    # tokens × the bytes each takes: a rate per token, or the sentence's one id type in another clause
    ("en-bytes-per-token", "Our crawl of 3B tokens at about 4 bytes of text per token is roughly 12 GB.", [H], ""),
    ("ru-bytes-per-token", "2T токенов по 4 байта текста на токен — это около 8 ТБ.", [H], ""),
    ("en-id-type-other-clause", "Stored as uint16 ids, the 2T tokens take 4 TB.", [H], ""),
    # the rate said before the count
    ("en-rate-before-count", "At about 4 bytes per token, 2T tokens of text come to 8 TB.", [H], ""),
    ("ru-rate-before-count-wrong", "При ~3 байтах на токен 50 млрд токенов — это 15 ТБ.", [W], "0.15 TB"),
    # a record of several fields (a value and an index) is not the ids alone: no claim
    ("ru-record-not-ids", "На каждый токен храним логит в fp16 и индекс int32; на 5 млрд токенов это 0,9 ТБ.", [], ""),
    # … a wrong size is an error with the product in the message
    ("en-bytes-per-token-wrong", "Our crawl of 3B tokens at about 4 bytes of text per token is roughly 1.2 GB.", [W], "12 GB"),
    ("en-id-type-other-clause-wrong", "Stored as uint32 ids, the 2T tokens take 4 TB.", [W], "8 TB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKEN_BYTES], ids=[c[0] for c in TOKEN_BYTES])
def test_tokens_times_their_bytes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARE_OF_ANOTHER_TYPE = [
    # `N % of the <type> size`: the subject's type as a share of the other type's bytes
    ("en-share-of-type", "The int8 export is 25 % of the fp32 size.", [H], ""),
    ("ru-share-of-type", "Файл в int4 — это 25 % от размера в fp16.", [H], ""),
    ("en-share-of-type-wrong", "The palettized int4 build lands at 25 % of the fp32 checkpoint.", [W], "12.5%"),
    ("ru-share-of-type-wrong", "Файл в int4 — это 50 % от размера в fp16.", [W], "25.0%"),
    # a share of something that is no size is no claim
    ("en-share-not-size", "Accuracy in int8 is 99 % of the fp16 accuracy.", [], ""),
    ("ru-share-not-size", "Точность в int8 — 99 % от fp16.", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SHARE_OF_ANOTHER_TYPE], ids=[c[0] for c in SHARE_OF_ANOTHER_TYPE]
)
def test_a_share_of_another_types_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


THAN_A_SIZE_NAME = [
    # a model against a size name (`than the 70B`, `меньше 70B`): their parameter counts
    ("en-than-size-name", "Llama-3-8B is about 9 times smaller than the 70B.", [H], ""),
    ("ru-than-size-name", "Qwen2.5-7B примерно в 10 раз меньше 72B.", [H], ""),
    ("en-than-size-name-wrong", "Llama-3-8B is about 18 times smaller than the 70B.", [W], "8.717"),
    ("ru-than-size-name-wrong", "Qwen2.5-7B почти в 20 раз меньше 72B.", [W], "9.45"),
    # … another quantity compared is not the parameters: no claim
    ("en-than-size-name-speed", "Llama-3-8B runs 5 times faster than the 70B.", [], ""),
    ("en-than-size-name-cache", "Llama-3-8B's cache per token is 2 times smaller than the 70B's.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in THAN_A_SIZE_NAME], ids=[c[0] for c in THAN_A_SIZE_NAME])
def test_a_model_against_a_size_name(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FURTHER_PERCENTS = [
    # each further percent between its own subject type and the type `against`/`относительно` names
    ("en-further-percent", "Going from fp16 to int8 saves 50 %, and int4 saves 87.5 % against fp32.", [H, H], ""),
    ("ru-further-percent", "Переход с fp16 на int8 экономит 50 %, а int4 экономит 75 % относительно fp16.", [H, H], ""),
    ("en-further-percent-wrong", "Going from fp16 to int8 saves 50 %, and int4 saves 75 % against fp32.", [H, W], "87.5%"),
    (
        "ru-further-percent-wrong",
        "Переход с fp16 на int8 экономит 50 %, а int4 экономит 50 % относительно fp16.",
        [H, W],
        "75.0%",
    ),
    # … a further percent with no referent of its own is not guessed
    ("en-further-percent-no-referent", "Going from fp16 to int8 saves 50 %, and then another 10 % on disk.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FURTHER_PERCENTS], ids=[c[0] for c in FURTHER_PERCENTS])
def test_each_further_percent_compares_its_own_pair(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PERCENT_NAMES_ITS_TYPE = [
    # a percent set off after a size names the type it is relative to (`than with fp16`); the size of
    # the next clause is another type's, not the one the percent compares with
    (
        "en-percent-per-clause-against-named-type",
        "Llama-2-13B takes 6.5 GB as int4 weights, 75 % less than with fp16, while as int8 it takes 13 GB, 50 % less than with fp16.",  # noqa: E501
        [H, H, H, H],
        "",
    ),
    (
        "ru-percent-per-clause-against-named-type",
        "В int4 веса Llama-2-13B занимают 6,5 ГБ, на 75 % меньше, чем в fp16, а в int8 — 13 ГБ, на 50 % меньше, чем в fp16.",
        [H, H, H, H],
        "",
    ),
    # … a wrong percent of that shape is still an error, with the types' real saving
    (
        "en-percent-per-clause-wrong",
        "Llama-2-13B takes 6.5 GB as int4 weights, 50 % less than with fp16, while as int8 it takes 13 GB, 50 % less than with fp16.",  # noqa: E501
        [H, W, H, H],
        "75.0%",
    ),
    (
        "ru-percent-per-clause-wrong",
        "В int4 веса Llama-2-13B занимают 6,5 ГБ, на 75 % меньше, чем в fp16, а в int8 — 13 ГБ, на 30 % меньше, чем в fp16.",
        [H, H, H, W],
        "50.0%",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PERCENT_NAMES_ITS_TYPE], ids=[c[0] for c in PERCENT_NAMES_ITS_TYPE]
)
def test_a_percent_compares_with_the_type_it_names(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RATIO_OF_A_NOUN = [
    # `в N раз меньше памяти, чем в X`: the noun said between the ratio and `чем` keeps X the referent
    ("ru-ratio-noun-then-referent", "В fp8 Llama-2-13B требует в 2 раза меньше места, чем в fp16.", [H], ""),
    ("en-ratio-noun-then-referent", "As int4, Llama-2-13B needs 8 times less disk space than as fp32.", [H], ""),
    ("ru-ratio-noun-then-referent-wrong", "В fp8 Llama-2-13B требует в 4 раза меньше места, чем в fp16.", [W], "ratio 2"),
    ("en-ratio-noun-then-referent-wrong", "As int4, Llama-2-13B needs 4 times less disk space than as fp32.", [W], "ratio 8"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATIO_OF_A_NOUN], ids=[c[0] for c in RATIO_OF_A_NOUN])
def test_a_ratio_of_a_noun_keeps_its_referent(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


A_LINE_OF_TIMES_ONLY = [
    # a line whose only unit is a time is still read (the line above gives what it is computed from)
    ("en-time-only-line", "The fine-tune costs 40 GPU-hours.\nOn 8 GPUs it finishes in 5 h.", [H], ""),
    ("ru-time-only-line", "Дообучение требует 40 GPU-часов.\nНа 8 GPU это 5 ч.", [H], ""),
    # … a wrong time on such a line is an error with the right value
    ("en-time-only-line-wrong", "The fine-tune costs 40 GPU-hours.\nOn 8 GPUs it finishes in 10 h.", [W], "= 5 h"),
    ("ru-time-only-line-wrong", "Дообучение требует 40 GPU-часов.\nНа 8 GPU это 10 часов.", [W], "= 5 час"),
    # … and a plain time that computes nothing stays no claim
    ("en-time-only-line-no-claim", "The meeting was moved.\nIt now takes 45 min and starts at 10 h.", [], ""),
    ("ru-time-only-line-no-claim", "Встречу перенесли.\nТеперь она длится 45 мин, перерыв 10 мин.", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in A_LINE_OF_TIMES_ONLY], ids=[c[0] for c in A_LINE_OF_TIMES_ONLY]
)
def test_a_line_whose_only_unit_is_a_time(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARE_BESIDE_WHOLE = [
    # a device's share and the whole model, each right, are two quantities: no disagreement
    ("en-share-beside-whole", {"a.md": "# A\nLlama-2-13B in fp16 takes 26 GB; with TP=2 each GPU holds 13 GB.\n"}, set()),
    ("ru-share-beside-whole", {"a.md": "# A\nLlama-2-13B в fp16 на двух GPU: 26 ГБ весов, по 13 ГБ на каждую.\n"}, set()),
    (
        "en-share-in-another-note",
        {
            "a.md": "# A\nLlama-2-13B in fp16 with tensor parallelism over 2 GPUs: each GPU holds 13 GB of weights.\n",
            "b.md": "# B\nLlama-2-13B in fp16 is 26 GB.\n",
        },
        set(),
    ),
    # … a wrong share is an error of its own note, never a disagreement with another note's whole model
    (
        "en-wrong-share-not-against-whole",
        {
            "a.md": "# A\nLlama-2-13B in fp16 with tensor parallelism over 2 GPUs: each GPU holds 9 GB of weights.\n",
            "b.md": "# B\nLlama-2-13B in fp16 is 26 GB.\n",
        },
        {("a.md", "VK401")},
    ),
    (
        "ru-wrong-share-not-against-whole",
        {
            "a.md": "# A\nLlama-2-13B в fp16 при TP=2: на каждой карте по 9 ГБ весов.\n",
            "b.md": "# B\nLlama-2-13B в fp16 — 26 ГБ.\n",
        },
        {("a.md", "VK401")},
    ),
    # … a truly different figure of the same quantity in another note is still reported (and wrong)
    (
        "en-whole-in-two-notes-disagree",
        {"a.md": "# A\nLlama-2-13B in fp16 is 26 GB.\n", "b.md": "# B\nLlama-2-13B in fp16 is 20 GB.\n"},
        {("b.md", "VK401"), ("b.md", "VK405")},
    ),
    (
        "ru-whole-in-two-notes-disagree",
        {"a.md": "# A\nLlama-2-13B в fp16 — 26 ГБ.\n", "b.md": "# B\nLlama-2-13B в fp16 — 20 ГБ.\n"},
        {("b.md", "VK401"), ("b.md", "VK405")},
    ),
]


@pytest.mark.parametrize(("files", "expected"), [c[1:] for c in SHARE_BESIDE_WHOLE], ids=[c[0] for c in SHARE_BESIDE_WHOLE])
def test_a_share_is_no_disagreement_with_the_whole(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], files: dict[str, str], expected: set[tuple[str, str]]
) -> None:
    root = make_vault(files)
    main(["verify", str(root), "--format", "json", "--no-cache", "--no-baseline", "--select", "VK4"])
    found = {(f["path"], f["rule"]) for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] != "VK404"}
    assert found == expected


PER_DEVICE_COLUMN = [
    # a cell under a per-device header is the whole model's figure over the row's device count
    ("en-per-gpu-column-tp", "| model | TP | per GPU, GB |\n|---|---|---|\n| Llama-2-13B (fp16) | 2 | 13 |", [H], ""),
    ("ru-per-card-column", "| модель | число карт | веса на карту, ГБ |\n|---|---|---|\n| Llama-2-13B fp16 | 4 | 6,5 |", [H], ""),
    (
        "en-kv-per-gpu-column",
        "| model | TP | KV per GPU, KiB/token (fp16) |\n|---|---|---|\n| Llama-2-13B | 4 | 200 |",
        [H],
        "",
    ),
    # … with no device count in the row, or a whole replica possible on each card: no error
    ("en-per-gpu-column-no-count", "| model | per GPU, GB |\n|---|---|\n| Llama-2-13B (fp16) | 13 |", [V], ""),
    (
        "ru-per-card-column-replica",
        "| модель | число карт | веса на карту, ГБ |\n|---|---|---|\n| Llama-2-13B fp16 | 4 | 26 |",
        [V],
        "",
    ),
    # … a share far from the even split is still an error, with the share in the message
    (
        "en-per-gpu-column-wrong",
        "| model | TP | per GPU, GB |\n|---|---|---|\n| Llama-2-13B (fp16) | 2 | 6.5 |",
        [W],
        "recomputed 13.016 GB",
    ),
    (
        "ru-per-card-column-wrong",
        "| модель | TP | на карту, ГБ |\n|---|---|---|\n| Llama-2-13B fp16 | 4 | 26 |",
        [W],
        "recomputed 6.508 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_DEVICE_COLUMN], ids=[c[0] for c in PER_DEVICE_COLUMN])
def test_a_per_device_column_is_a_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PAIRED_FIGURES_TYPES = [
    # a bracketed pair after a comparison of two types is said in their order: the first figure is
    # the subject type's, the second the type compared with
    (
        "en-bracketed-pair-after-than",
        "As int8, Llama-2-13B weights are 2 times smaller than in fp16 (13 GB vs 26 GB).",
        [H, H, H],
        "",
    ),
    ("ru-bracketed-pair-after-than", "В int8 веса Llama-2-13B в 2 раза меньше, чем в fp16 (13 ГБ против 26 ГБ).", [H, H, H], ""),
    # a type said right after a figure (`6.5 GB in int4`) is that figure's own
    ("en-type-after-figure", "Llama-2-13B: 26 GB in fp16 vs 6.5 GB in int4, 4x smaller than fp16.", [H, H, H], ""),
    ("ru-type-after-figure", "Llama-2-13B: 26 ГБ в fp16 против 6,5 ГБ в int4, в 4 раза меньше, чем в fp16.", [H, H, H], ""),
    # … a wrong figure in the subject type is still an error, recomputed in that type
    (
        "en-bracketed-pair-wrong",
        "As int8, Llama-2-13B weights are 1.6 times smaller than in fp16 (16 GB vs 26 GB).",
        [W, H, H],
        "13.016 GB",
    ),
    (
        "ru-bracketed-pair-wrong",
        "В int8 веса Llama-2-13B в 1,6 раза меньше, чем в fp16 (16 ГБ против 26 ГБ).",
        [W, H, H],
        "13.016 GB",
    ),
    ("en-type-after-figure-wrong", "Llama-2-13B: 26 GB in fp16 vs 12.5 GB in int4.", [H, W], "6.508 GB"),
    ("ru-type-after-figure-wrong", "Llama-2-13B: 26 ГБ в fp16 против 12,5 ГБ в int4.", [H, W], "6.508 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PAIRED_FIGURES_TYPES], ids=[c[0] for c in PAIRED_FIGURES_TYPES]
)
def test_a_figure_takes_the_type_said_of_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


A_CARDS_MEMORY_EACH = [
    # `по N ГБ` right after a named card is the memory each card has, not a size of the model
    ("ru-card-memory-each", "На двух картах RTX 4090 по 24 ГБ Llama-2-7B в fp16 (13,5 ГБ) помещается целиком.", [H], ""),
    ("ru-a100-memory-each", "На двух A100 по 40 ГБ Llama-2-13B в fp16 (26 ГБ) делится на две части.", [H], ""),
    ("en-card-memory-each", "Two RTX 4090 cards with 24 GB each hold Llama-2-7B in fp16 (13.5 GB) whole.", [H], ""),
    # … a share said of the weights after `по` is still judged, a wrong one an error with the share
    ("ru-card-share-of-weights", "Llama-2-7B в fp16 на двух RTX 4090 (TP=2) по 6,7 ГБ весов на каждую.", [H], ""),
    ("ru-card-share-of-weights-wrong", "Llama-2-7B в fp16 на двух RTX 4090 по 9 ГБ весов на каждую при TP=2.", [W], "6.738 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in A_CARDS_MEMORY_EACH], ids=[c[0] for c in A_CARDS_MEMORY_EACH]
)
def test_a_cards_memory_after_po_is_no_model_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
