"""Claim cases of our own wording (English and Russian) for the fourteenth round: four false errors
on right statements. Bits per weight stated before a size are checked as well as the size they
size; a number with a decimal part after the word «модель» is one figure, not a model's name."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

BITS_THEN_SIZE = [
    # the bits per weight of NF4 are a claim of their own even when a size follows them
    ("en-nf4-bits-then-size", "NF4 is 4.5 bits per weight, so Llama-3-8B takes 4.5 GB.", [H, H], ""),
    ("ru-nf4-bits-then-size", "NF4 с блоками по 64 — это 4,5 бита на вес, поэтому Llama-3-8B весит 4,5 ГБ.", [H, H], ""),
    # … a wrong count of bits is an error (the size built on the stated bits stays consistent)
    ("en-nf4-bits-wrong", "NF4 with blocks of 64 costs 5.5 bits per weight, so Llama-3-8B takes 5.5 GB.", [W, H], "4.5 bits"),
    # … and a size that does not follow from the stated bits is still an error
    ("en-nf4-size-wrong", "NF4 with blocks of 64 costs 4.5 bits per weight, so Llama-3-8B takes 9 GB.", [H, W], "4.517 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BITS_THEN_SIZE], ids=[c[0] for c in BITS_THEN_SIZE])
def test_bits_per_weight_before_a_size_are_checked(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DECIMAL_AFTER_MODEL_WORD = [
    # «модель 26,95 ГБ»: the word and the number are no model's name when a decimal part follows
    ("ru-model-word-decimal-comma", "Llama-2-7B хранится в fp32. Модель 26,95 ГБ.", [H], ""),
    ("ru-model-word-decimal-point", "Llama-2-7B хранится в fp32. Модель 26.95 ГБ.", [H], ""),
    ("ru-model-word-next-line", "Llama-2-7B в fp16.\nМодель 13,48 ГБ.", [H], ""),
    # … and a wrong figure of the same shape is still an error, with the whole figure stated
    ("ru-model-word-wrong", "Llama-2-7B хранится в fp32. Модель 13,5 ГБ.", [W], "13,5 ГБ"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DECIMAL_AFTER_MODEL_WORD], ids=[c[0] for c in DECIMAL_AFTER_MODEL_WORD]
)
def test_a_decimal_after_the_model_word_is_one_figure(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("text", "kept"), [("Модель 26,95 ГБ", "26,95"), ("модель 3.5 GB", "3.5"), ("Release 2,5 GB later", "2,5")]
)
def test_mask_never_cuts_a_decimal_figure(text: str, kept: str) -> None:
    from vaultkit.claims.scope import mask

    assert kept in mask(text)


@pytest.mark.parametrize(("text", "blanked"), [("Модель 7 весит 14 ГБ", "7"), ("version 3.11 is out", "3.11")])
def test_mask_still_blanks_a_name_or_version(text: str, blanked: str) -> None:
    from vaultkit.claims.scope import mask

    assert blanked not in mask(text) and len(mask(text)) == len(text)


SHARES_WITH_DEVICES_AFTER = [
    # a size per device with the devices counted after it is the total before it / the devices
    (
        "ru-po-na-kazhduyu-iz",
        "Наша модель — 5B параметров.\nПри 16 байт на параметр обучение занимает 80 ГБ, т. е. по 10 ГБ на каждую из восьми карт.",
        [H, H],
        "",
    ),
    (
        "en-per-gpu-across",
        "Our model has 5B parameters.\nAt 16 bytes per parameter, training takes 80 GB, that is 10 GB per GPU across 8 GPUs.",
        [H, H],
        "",
    ),
    ("en-on-each-of-the", "The run needs 96 GB in total, 12 GB on each of the 8 GPUs.", [H], ""),
    # … and a share that is not the total / the devices is still an error
    (
        "ru-po-na-kazhduyu-iz-wrong",
        "Наша модель — 5B параметров.\nПри 16 байт на параметр обучение занимает 80 ГБ, то есть по 20 ГБ на каждую из 8 карт.",
        [H, W],
        "/ 8 devices = 10",
    ),
    ("en-on-each-of-the-wrong", "The run needs 96 GB in total, 24 GB on each of the 8 GPUs.", [W], "/ 8 devices = 12"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SHARES_WITH_DEVICES_AFTER], ids=[c[0] for c in SHARES_WITH_DEVICES_AFTER]
)
def test_a_share_with_the_devices_after_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ANOTHER_THING = [
    # a sentence about the swap file, a disk, the host's RAM, a data set or logs is not about the
    # model a line above names: its sizes are no claims about the model
    ("en-swap-after-model", "Mistral-7B in bf16 takes 14.5 GB.\nThe swap partition grew from 2 GB to 8 GB overnight.", [H], ""),
    ("en-dataset-after-model", "Qwen2.5-7B weighs 15.2 GB in bf16.\nThe training dataset is 40 GB of text.", [H], ""),
    ("en-host-ram-after-model", "Mistral-7B in bf16 takes 14.5 GB.\nHost RAM is 64 GB.", [H], ""),
    ("ru-podkachka-after-model", "Llama-3-8B в bf16 занимает 16 ГБ.\nФайл подкачки вырос до 32 ГБ.", [H], ""),
    ("ru-logi-after-model", "Llama-3-8B в bf16 занимает 16 ГБ.\nЛоги сервера за неделю заняли 3 ГБ.", [H], ""),
    # … while a sentence that names the weights is still the model's, and a wrong size an error
    (
        "en-disk-copy-of-weights-wrong",
        "Mistral-7B in bf16 takes 14.5 GB.\nThe disk copy of its weights is 7 GB.",
        [H, W],
        "14.483 GB",
    ),
    ("ru-ves-na-diske-wrong", "Llama-3-8B в bf16 занимает 16 ГБ.\nНа диске её веса занимают 8 ГБ.", [H, W], "16.061 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ANOTHER_THING], ids=[c[0] for c in ANOTHER_THING])
def test_a_sentence_about_another_thing_is_no_model_claim(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RUSSIAN_MASTER_COPY = [
    # the fp32 master copy said in Russian right after the figure (no preposition) is params × 4 B, not the moments
    ("ru-master-kopii-vesov", "Для Llama-2-7B моменты Adam в fp32 весят 53,9 ГБ, и ещё 27 ГБ мастер-копии весов.", [H, H], ""),
    ("ru-master-vesov-v-fp32", "У Llama-2-7B состояния Adam в fp32 — 53,9 ГБ, плюс 27 ГБ мастер-весов в fp32.", [H, H], ""),
    ("ru-zanimayut-master-vesa", "Для Llama-2-7B состояния Adam в fp32 — 53,9 ГБ; 27 ГБ занимают fp32 мастер-веса.", [H, H], ""),
    # … and a master copy of the wrong size is still an error, against params × 4 B
    (
        "ru-zanimayut-master-vesa-wrong",
        "Для Llama-2-7B состояния Adam в fp32 — 53,9 ГБ; 54 ГБ занимают fp32 мастер-веса.",
        [H, W],
        "26.954 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in RUSSIAN_MASTER_COPY], ids=[c[0] for c in RUSSIAN_MASTER_COPY]
)
def test_a_russian_master_copy_is_the_weights_in_fp32(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RECORD_FIELDS = [
    # a comma in a context field separates thousands: `8,192` is 8192 tokens, never 8
    ("ctx-thousands-record", "model:: Llama-3-8B\nctx:: 8,192\nkv_total:: 1 GiB", [H], ""),
    ("ctx-thousands-inline", "Llama-3-8B [ctx:: 8,192] [kv:: 1 GiB]", [H], ""),
    ("ctx-thousands-record-wrong", "model:: Llama-3-8B\nctx:: 8,192\nkv_total:: 2 GiB", [W], "8,192 tokens"),
    # a batch field with a note after its number is that number
    ("batch-with-paren-note", "model:: Llama-3-8B\nbatch:: 4 (peak)\nctx:: 8192\nkv_total:: 4 GiB", [H], ""),
    ("batch-with-hash-note", "model:: Llama-3-8B\nbatch:: 4 # peak\nctx:: 8192\nkv_total:: 4 GiB", [H], ""),
    ("batch-with-paren-note-wrong", "model:: Llama-3-8B\nbatch:: 4 (peak)\nctx:: 8192\nkv_total:: 2 GiB", [W], "batch 4"),
    # a bracketed field alone on its line belongs to the record like a plain one
    ("bracket-batch-own-line", "model:: Llama-3-8B\n[batch:: 2]\n[ctx:: 8192]\n[kv_total:: 2 GiB]", [H], ""),
    ("bracket-batch-own-line-wrong", "model:: Llama-3-8B\n[batch:: 2]\n[ctx:: 8192]\n[kv_total:: 1 GiB]", [W], "batch 2"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RECORD_FIELDS], ids=[c[0] for c in RECORD_FIELDS])
def test_record_fields_are_read_as_written(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LATER_LINE_DTYPE = [
    # a type named only on a later line that states a figure of its own does not judge a figure before it
    ("en-later-line-int8", "Mistral-7B needs 14.5 GB.\nA quantized copy in int8 is 7.2 GB.", [V, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LATER_LINE_DTYPE], ids=[c[0] for c in LATER_LINE_DTYPE])
def test_a_later_lines_type_does_not_judge_an_earlier_figure(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_WITHOUT_EMBEDDINGS = [
    # a published active count may leave out the input embedding table, which a token only indexes
    ("en-active-published", "gpt-oss-120b has 116.8B parameters, of which 5.1B are active per token.", [H, H], ""),
    ("ru-active-published", "У gpt-oss-20b 20,9 млрд параметров, из них активны 3,6 млрд на токен.", [H, H], ""),
    # … the count with the table holds too
    ("en-active-with-table", "gpt-oss-120b has 116.8B parameters, of which 5.7B are active per token.", [H, H], ""),
    # … a count that is neither is an error, shown against the count with the table
    ("en-active-wrong", "gpt-oss-120b has 116.8B parameters, of which 9B are active per token.", [H, W], "5.712B"),
    ("ru-active-wrong", "У gpt-oss-20b 20,9 млрд параметров, из них активны 1,8 млрд на токен.", [H, W], "4.187"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ACTIVE_WITHOUT_EMBEDDINGS], ids=[c[0] for c in ACTIVE_WITHOUT_EMBEDDINGS]
)
def test_an_active_count_with_or_without_the_embedding_table(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
