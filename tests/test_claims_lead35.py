"""Claim cases of our own wording for the thirty-fifth round's lead rules (stop 44).

Facts (claims-gold): Llama-3.1-8B has 8,030,261,248 parameters (bf16 16.06 GB; Q4_K_M at 4.8944 bits/weight ≈ 4.91 GB;
Q8_0 at 8.5008 ≈ 8.53 GB); Mistral-7B 7,241,732,096 (bf16 14.48 GB, int4 3.62 GB).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _groups(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in note_claims(text) if c.stated == stated]


# A list opened by a bold title naming one model (a channel post's `📱 **Model** (…)`) is about that model, every item
# of it, not only the first; a pasted `•` bullet is an item.
_EN_TITLE = "# Post\n\nTwo models today: Llama-3.1-8B and Mistral-7B.\n\n**Llama-3.1-8B** (8.03B, 32 layers)\n"
_RU_TITLE = "# Пост\n\nСегодня две модели: Llama-3.1-8B и Mistral-7B.\n\n📱 **Mistral-7B** (7,24 млрд)\n"
LIST_TITLE_CASES = [
    ("en-third-item-holds", _EN_TITLE + "- bf16: 16.06 GB\n- Q8_0: about 8.5 GB\n- Q4_K_M: about 4.9 GB\n", "about 4.9 GB", H),
    ("en-third-item-wrong", _EN_TITLE + "- bf16: 16.06 GB\n- Q8_0: about 8.5 GB\n- Q4_K_M: 9.8 GB\n", "9.8 GB", W),
    ("ru-bullets-holds", _RU_TITLE + "• bf16 — 14,48 ГБ\n• в int4 — 3,62 ГБ\n", "3,62 ГБ", H),
    ("ru-bullets-wrong", _RU_TITLE + "• bf16 — 14,48 ГБ\n• в int4 — 7,24 ГБ\n", "7,24 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in LIST_TITLE_CASES])
def test_a_list_under_a_bold_model_title_is_about_that_model(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


def test_a_list_under_a_plain_sentence_naming_a_model_is_not_its() -> None:
    """A sentence without a colon or a bold title that names a model opens no list about it."""
    text = "# Notes\n\nWe tried Llama-3.1-8B last week, it was fine\n\n- the laptop: 16 GB\n- the server: 8 GB\n- phone: 4 GB\n"
    assert W not in {c.verdict.group for c in note_claims(text)}


def test_an_item_naming_another_model_ends_the_titles_list() -> None:
    text = _EN_TITLE + "- bf16: 16.06 GB\n- Mistral-7B in bf16: 14.48 GB\n- int4: 3.62 GB\n"
    assert _groups(text, "3.62 GB") != [W]  # not Llama's int4 (4.02 GB)


# A size read per token stated on a named card's line makes the rate after it that card's decoding estimate: bounded by
# the card's published bandwidth (RTX 4090: 1,008 GB/s; 8.53 GB a token: 118 tok/s at most).
PER_TOKEN_READ_CASES = [
    ("en-wrong", "# Bench\n\n- Llama-3.1-8B Q8_0 on the 4090: 8.53 GB per token → 237 tok/s.\n", "237 tok/s", W),
    ("en-holds", "# Bench\n\n- Llama-3.1-8B Q8_0 on the 4090: 8.53 GB per token → 118 tok/s.\n", "118 tok/s", H),
    ("ru-wrong", "# Замеры\n\n- Llama-3.1-8B Q8_0 на 4090: 8,53 ГБ на токен → 237 ток/с.\n", "237 ток/с", W),
    ("ru-holds", "# Замеры\n\n- Llama-3.1-8B Q8_0 на 4090: 8,53 ГБ на токен → около 118 ток/с.\n", "около 118 ток/с", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in PER_TOKEN_READ_CASES])
def test_a_rate_from_a_read_per_token_on_a_named_card(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    if group == W:
        assert "118.2 tok/s" in claims[0].explanation


def test_a_cache_per_token_does_not_make_a_plain_rate_a_ceiling() -> None:
    """`KV 128 KiB per token, 66 tok/s`: the size per token is the cache's, the rate may be measured."""
    text = "# Bench\n\n- Llama-3.1-8B on the 4090: KV 128 KiB per token, 66 tok/s.\n"
    assert _groups(text, "66 tok/s") == [V]


# `full-context` / `full sequences` / `полных последовательностей`: the model's whole context window (Llama-2-7B: 4,096
# tokens, 512 KiB a token in fp16: 2 GiB a sequence).
FULL_SEQUENCE_CASES = [
    ("en-hyphen-wrong", "# KV\n\nA batch of 16 full-context Llama-2-7B sequences needs 16 GiB of KV cache.\n", "16 GiB", W),
    ("en-sequences-holds", "# KV\n\nLlama-2-7B: a batch of 16 full sequences needs 32 GiB of cache.\n", "32 GiB", H),
    ("ru-holds", "# KV\n\nLlama-2-7B: 16 полных последовательностей — 32 ГиБ кэша.\n", "32 ГиБ", H),
    ("ru-wrong", "# KV\n\nLlama-2-7B: 16 полных последовательностей — 64 ГиБ кэша.\n", "64 ГиБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in FULL_SEQUENCE_CASES])
def test_full_sequences_are_the_models_whole_context(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "full context" in claims[0].explanation


# A share `of <model>` named right after `of`/`от` (a model's name is masked in the text the patterns read): the part over
# the model's exact count (Llama-2-7B: 6,738,415,616; 8,388,608 is 0.1245 %).
SHARE_OF_MODEL_CASES = [
    ("en-wrong", "# LoRA\n\nThe adapter has 8,388,608 parameters, 1.2 % of Llama-2-7B.\n", "1.2 %", W),
    ("en-holds", "# LoRA\n\nOur adapter has 8,388,608 parameters; that is 0.12 % of Llama-2-7B.\n", "0.12 %", H),
    ("ru-wrong", "# LoRA\n\nАдаптер добавляет 8 388 608 обучаемых параметров — 1,2 % от Llama-2-7B.\n", "1,2 %", W),
    ("ru-holds", "# LoRA\n\nАдаптер: 8 388 608 параметров, 0,12 % от Llama-2-7B.\n", "0,12 %", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SHARE_OF_MODEL_CASES])
def test_a_share_of_a_model_named_after_of(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "6,738,415,616" in claims[0].explanation


# A ceiling on a card whose name leaves its variant open (H100: 2 TB/s PCIe or 3.35 TB/s SXM) that is far below the
# slowest variant's bound is wrong whichever is meant (Qwen2.5-7B in fp8: 7.62 GB a token: 262.6 or 439.9 tok/s).
OPEN_VARIANT_CEILING_CASES = [
    ("en-wrong", "# Speed\n\n- H100 decode ceiling for Qwen2.5-7B in fp8: 110 tok/s.\n", "110 tok/s", W),
    ("en-holds", "# Speed\n\n- H100 decode ceiling for Qwen2.5-7B in fp8: 260 tok/s.\n", "260 tok/s", H),
    ("ru-wrong", "# Скорость\n\n- Потолок декодирования Qwen2.5-7B в fp8 на H100: 110 ток/с.\n", "110 ток/с", W),
    ("en-measured", "# Speed\n\n- On the H100 Qwen2.5-7B in fp8 we measured decoding at 110 tok/s.\n", "110 tok/s", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in OPEN_VARIANT_CEILING_CASES])
def test_a_ceiling_far_below_every_variants_bound(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    if group == W:
        assert "262.6" in claims[0].explanation


# `the same batch` / `тот же батч`: the cache of the batch the lines above set up (a batch stated on a nearer line than
# the context; one sequence's line between is passed over), in the type the sentence names, never the weights.
_SAME_BATCH_EN = (
    "# Example — Llama 3 70B serving batch\n\nPer token: 2 × 80 × 8 × 128 × 2 = 327,680 bytes.\n"
    "Per 8K sequence: 327,680 × 8,192 = 2.5 GiB.\nBatch of 16: 16 × 2.5 GiB = 40 GiB.\n"
)
_SAME_BATCH_RU = (
    "## Qwen2.5-7B\n\nБатч из 4 запросов по 128K в bf16 — 28 ГиБ, в fp8 — 14 ГиБ.\n"
    "Один запрос Qwen2.5-7B на 128K в fp8 занимает 3,5 ГиБ.\n"
)
SAME_BATCH_CASES = [
    ("en-holds", _SAME_BATCH_EN + "In fp8 the same batch is 20 GiB.\n", "20 GiB", H, "batch 16"),
    ("en-wrong", _SAME_BATCH_EN + "In fp8 the same batch is 80 GiB.\n", "80 GiB", W, "batch 16"),
    ("ru-holds", _SAME_BATCH_RU + "А в q4_0 тот же батч уложится в 7,9 ГиБ.\n", "7,9 ГиБ", H, "batch 4"),
    ("ru-wrong", _SAME_BATCH_RU + "А в q4_0 тот же батч уложится в 15,8 ГиБ.\n", "15,8 ГиБ", W, "batch 4"),
]


@pytest.mark.parametrize(("text", "stated", "group", "batch"), [pytest.param(*c[1:], id=c[0]) for c in SAME_BATCH_CASES])
def test_the_same_batch_is_the_cache_of_the_batch_above(text: str, stated: str, group: str, batch: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert claims[0].shape == "kv-cache" and f"{batch} ×" in claims[0].explanation


# A figure said to be what more heads would cache (`the 64-head figure`, `what 71 KV heads would cost`, `a full
# multi-head version would need`) is that hypothetical cache; heads a clause before gives its own figure are not the next
# clause's (Llama-3-70B: 8 KV heads of 64, 320 KiB a token; 64 heads: 2.5 MiB. Falcon-7B: 1 KV head, 8 KiB; 71: 568 KiB).
HEADS_SAID_CASES = [
    (
        "en-n-head-figure",
        "# GQA\n\nLlama-3-70B has 8 KV heads: 320 KiB per token. 2.5 MiB is the 64-head figure.\n",
        "2.5 MiB",
        H,
    ),
    ("en-n-head-wrong", "# GQA\n\nLlama-3-70B has 8 KV heads: 320 KiB per token. 5 MiB is the 64-head figure.\n", "5 MiB", W),
    (
        "en-multi-head-version",
        "# GQA\n\nLlama-3-70B keeps 8 KV heads, so its 320 KiB per token is one eighth of the 2.5 MiB a full multi-head"
        " version would need.\n",
        "2.5 MiB",
        H,
    ),
    ("en-clause-before", "# MQA\n\nFalcon-7B: 568 KiB is what 71 KV heads would cost; the 8 KiB stands.\n", "8 KiB", H),
    ("ru-setup-before", "# GQA\n\nLlama-2-7B: 32 KV-головы: 512 КиБ на токен; на 4K контекста — 1 ГиБ.\n", "1 ГиБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in HEADS_SAID_CASES])
def test_heads_a_figure_is_said_to_assume(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


# A named card's memory bandwidth written in bits with the digits of its bytes (or of its bytes over eight) is a
# bits-for-bytes slip: H100 SXM 3.35 TB/s = 26.8 Tbit/s; H200 4.8 TB/s = 38,400 Gbit/s; RTX 4090 1,008 GB/s = 8,064 Gbit/s.
BITS_FOR_BYTES_CASES = [
    ("en-table", "# HW\n\n| C4 | H100 SXM memory bandwidth | 3.35 Tbit/s |\n", "3.35 Tbit/s", W, "26.8 Tbit/s"),
    ("en-moves", '# HW\n\n- "An H200 moves 4.8 Gbit/s, that is why it is fast."\n', "4.8 Gbit/s", W, "38,400 Gbit/s"),
    ("ru-quote", "# HW\n\nПотолок 4090 считали как «1008 Гбит/с ÷ 4,91 ГБ».\n", "1008 Гбит/с", W, "8,064 Гбит/с"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BITS_FOR_BYTES_CASES])
def test_a_cards_bandwidth_in_bits_with_the_digits_of_its_bytes(text: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "# HW\n\nH100 SXM memory bandwidth is 26.8 Tbit/s.\n",  # the right conversion
        "# HW\n\nEach H100 node has 400 Gbit/s of InfiniBand per GPU.\n",  # a network's rate: other digits
    ],
)
def test_a_cards_rate_in_bits_that_is_no_slip(text: str) -> None:
    assert W not in {c.verdict.group for c in note_claims(text)}


# A model the catalogue lacks, configured in the note's front matter (Yi-1.5-34B: hidden 7168, 60 layers, 56 heads, 8 KV
# heads of 128, MLP 20480, vocabulary 64000, untied: 34,388,917,248 parameters, 240 KiB of cache a token in bf16).
_YI = (
    "---\npantry:\n  yi-1.5-34b: { hidden: 7168, layers: 60, heads: 56, kv_heads: 8, head_dim: 128, mlp: 20480,"
    " vocab: 64000, tied: false }\n---\n# Recipes\n\n"
)
_YI_RU = (
    "---\nмодели:\n  Yi-1.5-34B:\n    hidden_size: 7168\n    num_hidden_layers: 60\n    num_attention_heads: 56\n"
    "    num_key_value_heads: 8\n    intermediate_size: 20480\n    vocab_size: 64000\n---\n# Заметки\n\n"
)
PROPERTY_CONFIG_CASES = [
    ("en-weights-holds", _YI + "- bf16 Yi-1.5-34B is 68.8 GB.\n", "68.8 GB", H, "34.39B"),
    ("en-weights-wrong", _YI + "- bf16 Yi-1.5-34B is 34.4 GB.\n", "34.4 GB", W, "68.778 GB"),
    ("en-kv-wrong", _YI + "- Yi-1.5-34B caches 480 KiB per token in bf16.\n", "480 KiB", W, "240 KiB"),
    ("ru-kv-holds", _YI_RU + "- У Yi-1.5-34B кэш на токен — 240 КиБ.\n", "240 КиБ", H, "60 layers"),
    ("ru-params-wrong", _YI_RU + "- Yi-1.5-34B: 17,2 млрд параметров.\n", "17,2 млрд параметров", W, "34,388,917,248"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in PROPERTY_CONFIG_CASES])
def test_a_model_configured_in_the_front_matter(text: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


def test_a_notes_own_model_does_not_outlive_the_note() -> None:
    """The next note without that front matter reads the name as the catalogue does (by its nominal size), whatever was
    read before it."""
    line = "- bf16 Yi-1.5-34B is 34.4 GB.\n"
    alone = [(c.verdict.group, c.explanation) for c in note_claims("# Other\n\n" + line)]
    assert any("34.39B" in c.explanation for c in note_claims(_YI + line))
    assert [(c.verdict.group, c.explanation) for c in note_claims("# Other\n\n" + line)] == alone
    assert not any("34.39B" in e for _, e in alone)


def test_a_catalogued_model_under_another_spelling_keeps_its_entry() -> None:
    """`llama_3_2_1b:` configured in full is the catalogue's Llama 3.2 1B (same count): its size name still reads it."""
    text = (
        "---\nconfigs:\n  llama_3_2_1b: {hidden_size: 2048, intermediate_size: 8192, num_hidden_layers: 16,"
        " num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 128256, tie_word_embeddings: true}\n---\n"
        "# Llama 3.2 1B\n\n- The 1B in int4 is 1.24 GB.\n"
    )
    claims = [c for c in note_claims(text) if c.stated == "1.24 GB"]
    assert [c.verdict.group for c in claims] == [W] and "0.618 GB" in claims[0].explanation


# `16384 tok` is tokens (not `tok/s`); `8 users × 16K = 131,072 tokens` reads the K as 1024 (Qwen2.5-14B: 192 KiB a token,
# 3 GiB at 16,384 tokens in fp16).
TOK_AND_BINARY_K_CASES = [
    ("tok-holds", "# Qwen2.5-14B\n\n- kv cache, 16384 tok, fp16: 3 ГиБ\n", "3 ГиБ", H),
    ("tok-wrong", "# Qwen2.5-14B\n\n- kv cache, 16384 tok, fp16: 12 GiB\n", "12 GiB", W),
    ("binary-k-holds", "# KV\n\nKV cache: 8 users × 16K = 131,072 tokens.\n", "131,072 tokens", H),
    ("decimal-k-holds", "# KV\n\nKV cache: 8 users × 16K = 128,000 tokens.\n", "128,000 tokens", H),
    ("k-wrong", "# KV\n\nKV cache: 8 users × 16K = 262,144 tokens.\n", "262,144 tokens", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in TOK_AND_BINARY_K_CASES])
def test_tok_and_a_binary_k_in_a_product(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


# A context right after a model's name is no part of the name (`Llama-3-8B 32K = 8 GiB`), and a model at a context sizes
# its cache (Llama-3-8B: 128 KiB a token, 4 GiB at 32K; Mixtral-8x7B the same).
MODEL_AT_CONTEXT_CASES = [
    ("en-holds", "# Notes\n\nMy sanity list: Llama-3-8B 32K = 4 GiB.\n", "4 GiB", H),
    ("en-wrong", "# Notes\n\nMy sanity list: Llama-3-8B 32K = 4 GiB; Mixtral-8x7B 32K = 16 GiB.\n", "16 GiB", W),
    ("ru-holds", "# Заметки\n\n- Mixtral-8x7B 32K — 4 ГиБ.\n", "4 ГиБ", H),
    ("en-weights-stay", "# Notes\n\n- Llama-3-8B 32K = 16 GB in bf16 weights\n", "16 GB", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in MODEL_AT_CONTEXT_CASES])
def test_a_model_at_a_context_sizes_its_cache(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert claims[0].shape == ("weights" if "weights" in text else "kv-cache")


# One device's share beside a recipe's total, the devices not counted in the sentence, is no figure of the whole
# (Qwen2.5-14B: 14,770,033,664 × 18 B = 265.9 GB; over 8 GPUs 33.2 GB).
PER_DEVICE_UNCOUNTED_CASES = [
    (
        "en-uncounted",
        "# Qwen2.5-14B\n\n- With fp32 gradients (18 bytes per parameter): 265.9 GB, 33.2 GB per GPU.\n",
        "33.2 GB",
        V,
    ),
    (
        "en-counted",
        "# Qwen2.5-14B\n\n- With fp32 gradients (18 bytes per parameter): 265.9 GB, 33.2 GB per GPU on 8 GPUs.\n",
        "33.2 GB",
        H,
    ),
    ("ru-uncounted", "# Qwen2.5-14B\n\n- Adam, 16 байт на параметр: 236,3 ГБ, 29,5 ГБ на карту.\n", "29,5 ГБ", V),
    ("ru-wrong", "# Qwen2.5-14B\n\n- Adam, 16 байт на параметр: 236,3 ГБ, 14 ГБ на карту на 8 картах.\n", "14 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in PER_DEVICE_UNCOUNTED_CASES])
def test_a_share_per_device_with_the_devices_uncounted(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


# `128 тысяч токенов`, `128 thousand tokens`: the context the cache is read at (128K), not a second input left unread
# (Llama 3 70B: 320 KiB a token, 40 GiB at 131,072 tokens).
THOUSAND_TOKENS_CASES = [
    ("ru-wrong", "# Кэш\n\nLlama 3 70B на 128 тысяч токенов съест 160 ГиБ кэша.\n", "160 ГиБ", W),
    ("ru-holds", "# Кэш\n\nLlama 3 70B на 128 тысяч токенов съест 40 ГиБ кэша.\n", "40 ГиБ", H),
    ("en-holds", "# Cache\n\nLlama 3 70B on 128 thousand tokens eats 40 GiB of cache.\n", "40 GiB", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in THOUSAND_TOKENS_CASES])
def test_thousands_of_tokens_in_words_are_the_context(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


# A note that states its rule of thumb (weights plus N % overhead) judges the sizes below it by that rule too
# (Llama-3-8B fp16: 16.06 GB, × 1.2 = 19.27 GB; Qwen2.5-72B fp8: 72.71 GB, × 1.2 = 87.25 GB).
_RULE_EN = "# KB\n\n> **Rule of thumb:** VRAM = parameters × bytes per parameter, plus 20 % overhead.\n"
_RULE_RU = "# База знаний\n\nПравило: память = параметры × байты на параметр, плюс 20 % на накладные расходы.\n"
OVERHEAD_RULE_CASES = [
    ("en-holds", _RULE_EN + "> - Llama-3-8B fp16: 19.3 GB\n", "19.3 GB", H, "19.27 GB"),
    ("en-wrong", _RULE_EN + "> - Qwen2.5-72B fp8: 174.5 GB\n", "174.5 GB", W, "87.25 GB"),
    ("en-plain-weights-hold", _RULE_EN + "Llama-3-8B in fp16 is 16.06 GB of weights.\n", "16.06 GB", H, ""),
    ("ru-holds", _RULE_RU + "- Llama-3-8B в fp16: 19,3 ГБ\n", "19,3 ГБ", H, "19.27 GB"),
    ("no-rule", "# KB\n\n- Llama-3-8B fp16: 19.3 GB\n", "19.3 GB", W, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in OVERHEAD_RULE_CASES])
def test_a_notes_overhead_rule(text: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


# A product `6 × N × D` whose N is a mixture of experts' total counts parameters a token does not use: training compute
# takes the active ones (DeepSeek-V3: 671B in all, 37.6B active; 6 × 37.6B × 14.8T ≈ 3.3e24), unless the sentence says it
# counts them all on purpose.
MIXTURE_COMPUTE_CASES = [
    ("en-wrong", "# DeepSeek-V3\n\nTraining: 6 × 671B × 14.8T = 5.96e25 FLOP.\n", "5.96e25 FLOP", W),
    ("ru-wrong", "# DeepSeek-V3\n\n«6 × 671 млрд × 14,8 трлн ≈ 5,96 × 10²⁵ FLOP»\n", "≈ 5,96 × 10²⁵ FLOP", W),
    (
        "en-on-purpose",
        "# DeepSeek-V3\n\nIf you mistakenly use total params: 6 × 671B × 14.8T ≈ 6.0 × 10^25 FLOP.\n",
        "≈ 6.0 × 10^25 FLOP",
        H,
    ),
    ("dense-holds", "# Llama\n\nLlama: 6 × 70B × 15T = 6.3e24 FLOP.\n", "6.3e24 FLOP", H),
    ("tokens-like-a-total", "# Chinchilla\n\n6 × 7 · 10^9 × 1,4 · 10^11 = 5,88 · 10^21 FLOP\n", "5,88 · 10^21 FLOP", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in MIXTURE_COMPUTE_CASES])
def test_six_n_d_of_a_mixtures_total(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    if group == W:
        assert "3.335e+24" in claims[0].explanation
