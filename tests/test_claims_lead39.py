"""Claim cases of our own wording for the thirty-ninth round's rules (stop 48).

Facts (claims-gold and the catalogue's configs): Llama-2-70B has 68.98B parameters (bf16 137.96 GB); Mixtral-8x7B
reads 12.88B active parameters a token (bf16 25.8 GB). At 800 GB/s one stream of Llama-2-70B in bf16 decodes at most
5.8 tok/s, one of Mixtral-8x7B 31.1 tok/s. A byte is 8 bits: 1008 GB/s = 8.064 Tbit/s, 819 GB/s = 6.552 Tbit/s,
3.35 TB/s = 26.8 Tbit/s, 4 × 864 GB/s = 3,456 GB/s = 27.6 Tbit/s.
"""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# Each rate of a line reads the model said right after it (`N tok/s from MODEL`), never the model of the rate before.
AFTER = "At 800 GB/s expect ~{a} tok/s from the Llama-2-70B in bf16 and ~{b} tok/s from Mixtral-8x7B in bf16.\n"
AFTER_RU = "При 800 ГБ/с жду ~{a} ток/с от Llama-2-70B в bf16 и ~{b} ток/с от Mixtral-8x7B в bf16.\n"
MODEL_AFTER_CASES = [
    ("en-second-rate-reads-mixtral", AFTER.format(a=5, b=30), "~30 tok/s", H, "Mixtral-8x7B 12.88B active"),
    ("en-second-rate-wrong", AFTER.format(a=5, b=60), "~60 tok/s", W, "= 31.1 tok/s"),
    ("en-first-rate-reads-llama", AFTER.format(a=40, b=30), "~40 tok/s", W, "Llama-2-70B 68.98B × 2 B (bf16) = 5.8 tok/s"),
    ("ru-second-rate-reads-mixtral", AFTER_RU.format(a=5, b=30), "~30 ток/с", H, "Mixtral-8x7B 12.88B active"),
    ("ru-first-rate-wrong", AFTER_RU.format(a=40, b=30), "~40 ток/с", W, "= 5.8 tok/s"),
    (
        "en-type-before-the-rates",
        "At 800 GB/s in bf16: ~5 tok/s from the Llama-2-70B and ~60 tok/s from Mixtral-8x7B.\n",
        "~60 tok/s",
        W,
        "Mixtral-8x7B 12.88B active × 2 B (bf16) = 31.1 tok/s",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in MODEL_AFTER_CASES])
def test_each_rate_reads_the_model_said_after_it(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_rate_whose_part_names_no_type_is_not_judged_by_a_guess() -> None:
    """Two types before the rates, none in their own parts: which is whose is not said."""
    text = "At 800 GB/s, bf16 or int8: ~5 tok/s from the Llama-2-70B and ~60 tok/s from Mixtral-8x7B.\n"
    assert all(c.verdict.group != W for c in _claims(text, "~60 tok/s"))  # type: ignore[attr-defined]


# A rate restated in bits: the joining words a writer uses, an italic label before it, a rounded first figure.
BITS_CASES = [
    ("en-which-is", "**Fact:** 1008 GB/s, which is 8.06 Tbit/s.\n", "8.06 Tbit/s", H, "× 8 (bits per byte)"),
    ("en-which-is-wrong", "**Fact:** 1008 GB/s, which is 1 Tbit/s.\n", "1 Tbit/s", W, "8.064 Tbit/s"),
    ("en-thats", "- Sam: An H100 does 3.35 TB/s, that's 26.8 Tbit/s.\n", "26.8 Tbit/s", H, "26.8 Tbit/s"),
    ("en-thats-wrong", "- Sam: An H100 does 3.35 TB/s, that's 3.35 Tbit/s.\n", "3.35 Tbit/s", W, "26.8 Tbit/s"),
    ("ru-italic-label", "> *Редакция:* 819 ГБ/с — это 6,55 Тбит/с.\n", "6,55 Тбит/с", H, "6.552"),
    ("ru-italic-label-wrong", "> *Редакция:* 819 ГБ/с — это 819 Гбит/с.\n", "819 Гбит/с", W, "6,552 Гбит/с"),
    ("en-rounded-first-figure", "192 GB total, 3.5 TB/s aggregate (27.6 Tbit/s).\n", "27.6 Tbit/s", H, "27.6 Tbit/s"),
    ("en-rounded-is-no-licence", "Its HBM moves 2 TB/s (16.9 Tbit/s).\n", "16.9 Tbit/s", W, "16 Tbit/s"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BITS_CASES])
def test_a_rate_restated_in_bits(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_links_multiplied_are_no_restatement() -> None:
    """`8 × 400 Gbit/s … 400 GB/s`: a sum over links (the multiplication sign stays one)."""
    assert not [c for c in note_claims("Eight NICs: 8 × 400 Gbit/s = 400 GB/s in total.\n") if c.shape == "bit-rate"]  # type: ignore[attr-defined]



# How many sequences fit: the memory left over the cost of one, rounded down.
SESSION_CASES = [
    (
        "en-each-holds",
        "- In fp8 the weights are 65.7 GiB, which leaves 14.3 GiB, so 5 sequences at 2.5 GiB each.\n",
        "5 sequences",
        H,
        "5 fit",
    ),
    ("en-each-wrong", "The pool of 40 GiB is left free: 80 sequences at 1 GiB each.\n", "80 sequences", W, "40 fit"),
    (
        "ru-per-user-holds",
        "**Петров:** 48 ГиБ минус 14,2 ГиБ весов — 33,8 ГиБ; на пользователя 0,44 ГиБ кэша, значит 77 пользователей.\n",
        "77 пользователей",
        H,
        "76 fit",
    ),
    ("ru-each-wrong", "Под кэш остаётся 29 ГиБ, по 1 ГиБ на сессию — это 58 сессий.\n", "58 сессий", W, "29 fit"),
    (
        "en-hedged-holds",
        "- fp8 on one L4: 14.66 GB of weights leaves ~10.3 GiB for cache, i.e. about 3 sessions at 16K (3.125 GiB each).\n",
        "about 3 sessions",
        H,
        "3 fit",
    ),
    (
        "en-the-models-cache-holds",
        "# Llama-3-70B on rented cards\n\n- Left over: 160 − 131.4 = 28.6 GiB, which is 11 sequences of 8K.\n",
        "11 sequences",
        H,
        "Llama-3-70B's cache at 8,192 tokens in 16 bits (2.5 GiB) = 11.44",
    ),
    (
        "ru-the-models-cache-holds",
        "# Llama-3-70B в аренду\n\n- Пул: 94,3 ГиБ свободно, это ~37 сессий по 8K.\n",
        "~37 сессий",
        H,
        "37 fit",
    ),
    (
        "en-the-models-cache-off-is-not-judged",
        "# Llama-3-70B on rented cards\n\n- Left over: 28.6 GiB, which is 30 sequences of 8K.\n",
        "30 sequences",
        V,
        "11 fit",
    ),
    (
        "en-another-scope-is-not-judged",
        "Each card leaves 40 GiB free: 80 sequences for the whole node at 1 GiB each.\n",
        "80 sequences",
        V,
        "another scope",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in SESSION_CASES])
def test_how_many_sequences_fit(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_count_without_the_memory_left_is_not_read() -> None:
    """`each user needs 2 GiB, so about 30 users fit`: the memory they share is not said in the sentence."""
    text = "- At a 4k context each user needs 2 GiB, so about 30 users fit in the cache at once.\n"
    assert not [c for c in note_claims(text) if c.shape == "session-count"]  # type: ignore[attr-defined]


# Training memory said of the model the heading names, with Adam in the sentence and no model of its own:
# Mistral-7B-v0.1's 7.24B parameters × 16 bytes (mixed-precision Adam) = 115.9 GB.
MISTRAL = "# Mistral-7B-v0.1 fine-tuning\n\n"
TRAINING_CASES = [
    ("en-holds", MISTRAL + "Full fine-tuning with Adam: 116 GB.\n", "116 GB", H, "7.24B params × 16 bytes"),
    ("en-wrong", MISTRAL + "Full fine-tuning needs 29 GB, Adam included.\n", "29 GB", W, "115.868 GB"),
    ("ru-holds", MISTRAL + "Полное дообучение с Adam — 116 ГБ.\n", "116 ГБ", H, "mixed-precision Adam"),
    ("ru-wrong", MISTRAL + "Полное дообучение с Adam — 29 ГБ.\n", "29 ГБ", W, "115.868 GB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in TRAINING_CASES])
def test_training_with_adam_of_the_headings_model(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_an_adapters_training_state_is_not_the_models() -> None:
    """`Training the LoRA adapter with Adam: 2.7 GB`: a part's states, never the heading model's whole recipe."""
    claims = _claims(MISTRAL + "Training the LoRA adapter with Adam: 2.7 GB.\n", "2.7 GB")
    assert all(c.verdict.group != W for c in claims)  # type: ignore[attr-defined]


# A size per token said before the size (`KV per token 160 KiB`, `Per token it is 112 KiB.`): the totals after it are
# that size × the tokens (× the batch).
PER_TOKEN_BEFORE_CASES = [
    ("en-prefix-batch", "- KV per token 160 KiB, so 16 × 8K sequences = 20 GiB.\n", "20 GiB", H, "× 8,192 tokens × batch 16"),
    ("en-prefix-wrong", "- KV per token 160 KiB, so 16 × 8K sequences = 40 GiB.\n", "40 GiB", W, "= 20 GiB"),
    (
        "en-sentence-before",
        "Per token it is 112 KiB. At 8K context that is 0.875 GiB, at 32K 3.5 GiB.\n",
        "3.5 GiB",
        H,
        "112 KiB per token × 32,768 tokens",
    ),
    (
        "en-after-an-equals",
        "- KV cache: 196,608 bytes per token = 192 KiB; 8K = 1.5 GiB, 32K = 12 GiB\n",
        "12 GiB",
        W,
        "= 6 GiB",
    ),
    ("ru-prefix", "Кэш на токен — 368 КиБ, на 8K — 2,875 ГиБ, на 32K — 23 ГиБ.\n", "23 ГиБ", W, "= 11.5 GiB"),
    ("ru-prefix-holds", "Кэш на токен — 368 КиБ, на 8K — 2,875 ГиБ.\n", "2,875 ГиБ", H, "368 КиБ per token × 8,192 tokens"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in PER_TOKEN_BEFORE_CASES])
def test_a_size_per_token_said_before_the_size(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# One amount said twice in decimal and binary units, in the words a writer uses for it.
TWIN_CASES = [
    ("en-logs-as", "> - bf16 checkpoint on disk: 16.06 GB, which vLLM logs as 14.96 GiB.\n", "14.96 GiB", H, "14.957 GiB"),
    ("en-logs-as-mislabelled", "> - checkpoint: 16.06 GB, which vLLM logs as 16.06 GiB.\n", "16.06 GiB", U, "GB labelled GiB"),
    ("ru-the-same", "Поэтому 16,06 ГБ и 14,96 ГиБ — одно и то же.\n", "14,96 ГиБ", H, "14.957 GiB"),
    ("en-the-same-mislabelled", "So 16.06 GB and 16.06 GiB are the same amount.\n", "16.06 GiB", U, "GB labelled GiB"),
    ("ru-bare-in-gib", "Нативные веса хранятся в FP8: 671 ГБ, в ГиБ это ≈ 625.\n", "≈ 625", H, "624.917 GiB"),
    ("ru-bare-in-gib-mislabelled", "Нативные веса хранятся в FP8: 671 ГБ, в ГиБ это ≈ 671.\n", "≈ 671", U, "624.917 GiB"),
    ("ru-bare-in-gibibytes", "Phi-3-mini в fp16 — 7,64 ГБ, в гибибайтах — 7,12.\n", "7,12", H, "7.115 GiB"),
    ("en-bare-in-gib-wrong", "The bf16 file is 16.06 GB; in GiB it is 12.4.\n", "12.4", W, "14.957 GiB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in TWIN_CASES])
def test_one_amount_in_both_units(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_sum_is_no_restatement() -> None:
    """`16 GB and 4 GiB of cache`: two amounts joined by `and`, never one restated."""
    claims = note_claims("The 8B needs 16 GB and 4 GiB of cache.\n")
    assert not [c for c in claims if c.shape == "unit-conversion"]  # type: ignore[attr-defined]


# A figure's type named again after a dash (`— that is fp8`, `— это bf16`, `— fp8`) is the type the figure is of; a
# quoted claim corrected after its closing quote stays wrong as quoted. Llama-3-70B: 70.55B parameters, fp8 70.6 GB,
# bf16 141.1 GB.
L70 = "# Llama-3-70B\n\n"
RELABELLED_CASES = [
    ("en-that-is", L70 + "- ✘ Their sheet gives 70.6 GB as the bf16 size — that is fp8.\n", "70.6 GB", H, "(fp8, sentence)"),
    ("ru-dash-type", L70 + "→ ✘ сдвинуты на один тип: 141 ГБ — это bf16, а 70,6 ГБ — fp8.\n", "70,6 ГБ", H, "(fp8, sentence)"),
    ("ru-eto", L70 + "- Веса в fp8 — 70,6 ГБ; 141 ГБ — это bf16.\n", "141 ГБ", H, "(bf16, sentence)"),
    ("en-quoted-stays-wrong", L70 + '- The ticket said "fp8 70B = 35.3 GB" — that is int4.\n', "35.3 GB", W, "70.554 GB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in RELABELLED_CASES])
def test_a_type_named_again_after_a_dash(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)



# Heads, batches and capacities read in the figure's own words. Llama-3-70B caches 8 KV heads (320 KiB a token in
# 16 bits, 2.5 MiB with all 64 query heads); Falcon-7B one (8 KiB); 40 users at 8K of the 70B are 100 GiB.
OWN_WORDS_CASES = [
    (
        "en-counts-the-query-heads",
        L70 + "4. To Reviewer 2: Llama-3-70B has 8 KV heads; 2.5 MiB per token counts the 64 query heads.\n",
        "2.5 MiB",
        H,
        "64 KV heads",
    ),
    (
        "en-heads-of-the-later-clause",
        "# Falcon-7B\n\n6. Falcon-7B is multi-query, one KV head, so 8 KiB per token; 568 KiB would need 71 KV heads.\n",
        "8 KiB",
        H,
        "1 KV heads",
    ),
    ("en-for-all-n", L70 + "320 KiB per token, 2.5 GiB per 8K user, 100 GiB for all 40 in fp16.\n", "100 GiB", H, "batch 40"),
    ("ru-for-all-n", L70 + "Кэш 320 КиБ на токен, 2,5 ГиБ на пользователя с 8K, 100 ГиБ на всех 40.\n", "100 ГиБ", H, "batch 40"),
    (
        "en-lets-you-run",
        L70 + '- Vendor: "384 GB lets you run Llama-3-70B even in fp32 (282 GB)."\n',
        "384 GB",
        V,
        "a capacity said to hold something",
    ),
    (
        "en-not-the-file",
        "# Mixtral-8x7B\n\n- Mixtral-8x7B: each token reads only the 12.9 GB of active experts in fp8, not the 46.7 GB file.\n",
        "46.7 GB",
        V,
        "negates",
    ),
    (
        "en-mla-supposition-of-the-later-clause",
        "# DeepSeek-V3\n\n- Its MLA entry is 70,272 bytes per token; without MLA the cache would be 488 GiB at 128K.\n",
        "70,272 bytes",
        H,
        "70,272",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in OWN_WORDS_CASES])
def test_the_figures_own_words(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A size per token said of one device, or of another part of the line, is no premise of a total.
PREMISE_CASES = [
    (
        "en-per-card-rate-whole-total",
        "4 of the 8 KV heads: 160 KiB per token per card. A full 32K conversation is 10 GiB of cache, 5 GiB on each card.\n",
        "10 GiB",
        V,
        "said of one device",
    ),
    (
        "en-per-card-rate-per-card-total",
        "4 of the 8 KV heads: 160 KiB per token per card. A full 32K conversation is 10 GiB of cache, 5 GiB on each card.\n",
        "5 GiB",
        H,
        "160 KiB per token × 32,768 tokens",
    ),
    (
        "ru-another-parts-context",
        "> Исправлено: п. 3 — 128 КиБ на токен и 1 ГиБ на 8K; п. 5 — читается 25,8 ГБ, потолок 39,1 ток/с;\n",
        "25,8 ГБ",
        V,
        "",
    ),
    ("en-for-all-n-after", "320 KiB per token, 2.5 GiB per 8K user, 100 GiB for all 40 in fp16.\n", "100 GiB", H, "batch 40"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in PREMISE_CASES])
def test_a_premise_per_token_of_another_scope(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A rate's own working, bracketed after it, is what the rate is checked against: the division's result.
QUOTIENT_CASES = [
    ("en-holds", "- ✔ the sheet's 110.6 tok/s for fp8 is right (3900 ÷ 35.3).\n", "110.6 tok/s", H, "3900 / 35.3 = 110.5"),
    ("en-wrong", "- ✔ the sheet's 150 tok/s for fp8 is right (3900 ÷ 35.3).\n", "150 tok/s", W, "3900 / 35.3 = 110.5"),
    ("ru-holds", "- Потолок 205 ток/с (1008 / 4,91).\n", "205 ток/с", H, "= 205.3 tok/s"),
    (
        "en-over-a-bandwidth-stated",
        "---\nhardware: [H100 SXM, H200]\n---\n# Llama-3-70B\n\n- ✔ the sheet's 110.6 tok/s is right (3900 ÷ 35.3).\n",
        "110.6 tok/s",
        H,
        "own division",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in QUOTIENT_CASES])
def test_a_rates_bracketed_division(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A model the front matter configures under a family word with its version glued on (`internlm2.5-7b`) is named in prose
# as written (`InternLM2.5-7B`): 7.74B parameters (bf16 15.5 GB), 8 KV heads of 128 (128 KiB a token).
INTERN = (
    "---\ncatalogue:\n  internlm2.5-7b: {hidden: 4096, intermediate: 14336, layers: 32, heads: 32, kv_heads: 8, head_dim: 128,"
    " vocab: 92544, tied: false}\n---\n# Log\n\n"
)
GLUED_CASES = [
    ("en-weights-holds", INTERN + "- InternLM2.5-7B in bf16 is 15.5 GB.\n", "15.5 GB", H, "7.74B params × 2 bytes"),
    ("en-weights-wrong", INTERN + '- "InternLM2.5-7B in bf16 is 7.74 GB."\n', "7.74 GB", W, "15.475 GB"),
    ("ru-cache-wrong", INTERN + "- Кэш InternLM2.5-7B — 512 КиБ на токен.\n", "512 КиБ", W, "128 KiB per token"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in GLUED_CASES])
def test_a_configured_family_with_its_version_glued_on(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A factor whose `;`-part states one size after it refers back (`doubles that to …`): no pair of the line's sizes, and
# the sizes stay weights claims; a type after a comparison word before the figure is the reference, not its own.
L8 = "### Llama-3-8B\n\n- bf16: 16.06 GB.\n"
FACTOR_CASES = [
    ("en-doubles-that", L8 + "- fp32 doubles that to 32.12 GB; int8 halves it to 8.03 GB.\n", "32.12 GB", H, "(fp32, sentence)"),
    ("en-halves-it", L8 + "- fp32 doubles that to 32.12 GB; int8 halves it to 8.03 GB.\n", "8.03 GB", H, "(int8, sentence)"),
    ("ru-half-of-bf16", L8 + "- В int8 вдвое меньше bf16: 8 ГБ.\n", "8 ГБ", H, "(int8, sentence)"),
    ("en-half-of-bf16", L8 + "- In int8 it is half of bf16: 8 GB.\n", "8 GB", H, "(int8, sentence)"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in FACTOR_CASES])
def test_a_factor_and_its_reference(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A reviewer's inputs (none may be judged wrong): counts not said to fit, a dash continuing a list, a size per token
# that is no cache's, `for all 8` devices, heads of a later clause with no figure of their own, links summed, a reading
# with more in it, a zero bandwidth.
NOT_WRONG = [
    ("en-count-had", "With 80 GB available, we had 5 users at 2 GB each.\n", "5 users"),
    ("en-count-needed", "We have 40 GiB free; serving 100 users at 2 GiB each would need 200 GiB.\n", "100 users"),
    ("ru-count-needed", "Свободно 40 ГиБ; для 100 пользователей по 2 ГиБ на пользователя нужно 200 ГиБ.\n", "100 пользователей"),
    ("en-count-idle", "vLLM reports 40 GiB free for cache; with 4 concurrent users at 8K (2.5 GiB each) it is idle.\n", "4"),
    ("en-count-rate", "The pool has 40 GiB left, each request takes 2 MiB; we see 1000 requests per second.\n", "1000 requests"),
    ("en-dash-list", L70 + "The 70B is 141 GB in bf16 — in fp8, 70.6 GB.\n", "141 GB"),
    ("ru-dash-list", L70 + "Веса в bf16 весят 141 ГБ — в fp8, соответственно, 70,6 ГБ.\n", "141 ГБ"),
    ("en-weights-per-token", "Weights read per token: 16 GB. At 8K context the KV cache is 1 GiB.\n", "1 GiB"),
    ("ru-weights-per-token", "Чтение весов на токен — 16 ГБ, кэш на 8K — 1 ГиБ.\n", "1 ГиБ"),
    (
        "en-for-all-devices",
        L70 + "At 8K context the KV cache is 320 KiB per token, split over 8 GPUs: 320 MiB per GPU, 2.5 GiB for all 8.\n",
        "2.5 GiB",
    ),
    ("en-heads-said-later", L70 + "Hypothetically, 2.5 MiB per token; this assumes 64 KV heads.\n", "2.5 MiB"),
    ("en-links-each-total", "8 NICs at 400 Gbit/s each (400 GB/s in total).\n", "400 GB/s"),
    ("en-eight-links", "Eight 400 Gbit/s NICs, which is 400 GB/s per node.\n", "400 GB/s"),
    ("en-links-product", "Two links*400 Gbit/s = 100 GB/s.\n", "100 GB/s"),
    ("en-same-order", "So 16 GB and 2 GiB are the same order of magnitude.\n", "2 GiB"),
    ("en-reading-with-more", "The file is 16 GB, which nvidia-smi lists as 17 GiB once CUDA context is added.\n", "17 GiB"),
    ("en-zero-bandwidth", "At 0 GB/s expect ~5 tok/s from Llama-2-70B in bf16 and ~30 tok/s from Mixtral-8x7B in bf16.\n", "~30"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in NOT_WRONG])
def test_a_reviewers_inputs_are_not_judged_wrong(text: str, stated: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.stated.startswith(stated) and c.verdict.group == W]  # type: ignore[attr-defined]


def test_the_bit_rate_of_a_correction_is_still_judged() -> None:
    """`400 Гбит/с, то есть 400 ГБ/с на узел`: a per-node word after a restatement keeps it one (wrong by 8)."""
    _judged("¶8 «Межузловая сеть — 400 Гбит/с, то есть 400 ГБ/с на узел.»\n", "400 ГБ/с", W, "50 ГБ/с")
