"""Ratio claims read by grammar (issue 15, round 21): what a factor compares is said by its nouns, and a
factor is never judged against a guessed pair of figures.

- `N× the parameters of B`, `N× its cache`: the noun names the quantity; sizes of another thing in
  the sentence (a size restated in another unit, a size of another build) are not the pair;
- two figures that are one size said twice (`6.43 GB — shown as 6.43 GiB`, `4.5 GiB … 4.5 MiB`) are
  no pair a factor of 2 or 3 can be of;
- two named models compared by a factor: a ratio of the models, never of two storage types;
- Russian `вдвое/втрое/вчетверо`, `в N раз(а)`, fractions `a quarter of`.

Recomputed values (engine, claims-gold): parameters Llama-3.2-1B 1,235,814,400, Llama-3.2-3B
3,212,749,824 (2.60×), Llama-2-7B 6,738,415,616, Llama-2-13B 13,015,864,320 (1.93×); KV per token at 2 B:
Llama-2-7B 512 KiB, Llama-3-8B 128 KiB, Mistral-7B 128 KiB (4×), Llama-3.2-1B 32 KiB, Llama-3.2-3B
112 KiB (3.5×); Mixtral-8x7B 46.70B, Mixtral-8x22B 140.6B params (3.01×).
"""

from __future__ import annotations

import pytest
from conftest import note_claims

H, W, V, N = "holds", "wrong", "unverifiable", "none"

CASES = [
    # --- `N× the <noun> of B`: the noun says what is compared; the restated size is not the pair
    (
        "en-params-of-restated",
        "Llama-3.2-3B: roughly 2.6x the parameters of Llama-3.2-1B, bf16 6.43 GB — which some apps display as 6.43 GiB.",
        {H},
        "",
    ),
    (
        "en-params-of-restated-wrong",
        "Llama-3.2-3B: roughly 4x the parameters of Llama-3.2-1B, bf16 6.43 GB — which some apps display as 6.43 GiB.",
        {W, V},
        "2.6",
    ),
    ("en-params-of-plain", "Llama-2-13B has about 1.9× the parameters of Llama-2-7B.", {H}, ""),
    ("en-params-of-plain-wrong", "Llama-2-13B has 3× the parameters of Llama-2-7B.", {W}, "1.93"),
    (
        "ru-po-parametram-restated",
        "Llama-3.2-3B больше Llama-3.2-1B по числу параметров в 2,6 раза; в bf16 это 6,43 ГБ, "
        "или 6,43 ГиБ в некоторых программах.",
        {H},
        "",
    ),
    # --- one size said twice is no pair
    (
        "en-halves-same-figure",
        "The global layers hold about 4.5 GiB and the windowed ones 4.5 MiB, so the window halves the cache.",
        {V, N},
        "",
    ),
    (
        "ru-restated-in-parens",
        "Mixtral-8x7B — 93,4 ГБ в bf16 (в таблице 93,4 ГиБ, это неверно, там 87 ГиБ). Mixtral-8x22B тяжелее его в 3 раза.",
        {H, V, N},
        "",
    ),
    (
        "en-restated-times",
        "Llama-2-7B in fp16 is 13.5 GB, which the driver shows as 12.6 GiB, about 2× the int8 build.",
        {H, V, N},
        "",
    ),
    # --- two named models: a ratio of the models, not of two storage types
    (
        "en-two-models-cache",
        "Llama-2-7B's 512 KiB/token KV is 4× more than Llama-3-8B's.",
        {H},
        "",
    ),
    (
        "en-two-models-cache-wrong",
        "Llama-2-7B's 512 KiB/token KV is 8× more than Llama-3-8B's.",
        {W},
        "4",
    ),
    (
        "en-two-models-dtypes",
        "Against Llama-3-70B in bf16 (141.1 GB), gpt-oss-120b in MXFP4 is 2.3× smaller.",
        {H, V},
        "",
    ),
    (
        "en-two-models-dtypes-kv",
        "Against Llama-2-7B in bf16, Llama-3-8B in fp8 keeps a 4× smaller KV cache per token.",
        {H, V, N},
        "",
    ),
    # --- Russian multiplicative words and fractions
    ("ru-vchetvero", "Кэш на токен у Mistral-7B вчетверо меньше, чем у Llama-2-7B.", {H}, ""),
    ("ru-vtroe-wrong", "Кэш на токен у Mistral-7B втрое меньше, чем у Llama-2-7B.", {W}, "4"),
    ("ru-v-raza-kesh", "У Llama-3.2-3B кэш на токен в 3,5 раза больше, чем у Llama-3.2-1B.", {H}, ""),
    ("en-cache-times", "Per token, Llama-3.2-3B caches 3.5 times what Llama-3.2-1B does.", {H}, ""),
    ("en-cache-times-wrong", "Per token, Llama-3.2-3B caches 7 times what Llama-3.2-1B does.", {W}, "3.5"),
    ("en-quarter", "Per token Mistral-7B caches a quarter of what Llama-2-7B does.", {H, N}, ""),
    # --- look-alikes: speed, price, data, versions
    (
        "en-faster",
        "Llama-3-8B decodes 2x faster than Llama-2-13B on our card (16 GB vs 26 GB of weights).",
        {N},
        "",
    ),
    ("en-price", "The H100 node costs 3x more than the A100 node with 80 GB per card either way.", {N}, ""),
    ("en-more-data", "Llama 3 was trained on 7x more data than Llama 2 at a similar 16 GB footprint.", {N, V}, ""),
    ("en-version", "Format v3 loads 3x faster than v2; the file is still 4.9 GB.", {N}, ""),
    ("ru-bystree", "Llama-3-8B в 2 раза быстрее Llama-2-13B, хотя весит 16 ГБ против 26 ГБ.", {N}, ""),
]


def _ratios(text: str) -> list[object]:
    return [c for c in note_claims(text) if c.shape == "ratio"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), CASES, ids=[c[0] for c in CASES])
def test_ratio_reading(name: str, text: str, allowed: set[str], shown: str) -> None:
    found = _ratios(text)
    got = {c.verdict.group for c in found} or {N}  # type: ignore[attr-defined]
    assert got <= allowed, [(c.verdict.value, c.explanation) for c in found]  # type: ignore[attr-defined]
    for c in found:
        if c.verdict.group == W:  # type: ignore[attr-defined]
            assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


# a factor in one word is a rounding of its own (a line needs a figure to be read at all):
# gpt2-medium 96 KiB / gpt2 36 KiB per token = 2.67
WORD_ROUNDING = [
    ("ru-vtroe-rounded", "KV-кэш на токен у gpt2-medium втрое больше, чем у gpt2: 96 КиБ и 36 КиБ.", {H}, ""),
    ("en-twice-wrong", "Per token the KV cache of Llama-2-7B is twice as large as Llama-3-8B's.", {W, N}, "4"),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), WORD_ROUNDING, ids=[c[0] for c in WORD_ROUNDING])
def test_word_factor_rounding(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)


# one model named, another called by a size it does not carry: the factor compares the two models
CALLED_BY_SIZE = [
    (
        "en-called-120b",
        "# gpt-oss-120b\n\nVs Llama-3-70B in bf16 (141.1 GB), the 120b in MXFP4 is 2.3× smaller.",
        {H, V},
        "",
    ),
    ("en-called-wrong-pair", "# gpt-oss-120b\n\nVs Llama-3-70B in bf16, the 120b in MXFP4 is 3.8× smaller.", {H, V, N}, ""),
    # the same model in two types: bf16 2 B / int4 0.5 B = 4
    ("en-same-model-types", "Llama-3-70B in int4 is 4× smaller than in bf16.", {H}, ""),
    ("en-same-model-called", "# Llama-3-70B\n\nThe 70B in int4 is 4× smaller than the 70B in bf16.", {H}, ""),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), CALLED_BY_SIZE, ids=[c[0] for c in CALLED_BY_SIZE])
def test_called_by_size(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)


# a factor after an attention kind against another model's cache is no heads ratio of this model;
# Falcon-7B (MQA) 8 KiB vs Mistral-7B 128 KiB per token = 16×; Falcon-7B 71 heads / 1 KV head = 71×
ATTENTION_REFERENT = [
    ("ru-mqa-than-model", "# Falcon-7B\n\n- MQA: всего 8 КиБ на токен, в 16 раз меньше, чем у Mistral.", {H, V, N}, ""),
    ("en-mqa-than-model", "# Falcon-7B\n\nWith MQA it keeps 8 KiB per token, 16× less than Mistral-7B.", {H, V, N}, ""),
    ("en-mqa-than-mha", "# Falcon-7B\n\nMQA makes the cache 71× smaller than with full multi-head attention.", {H}, ""),
    ("ru-mqa-than-mha-wrong", "# Falcon-7B\n\nMQA делает кэш в 16 раз меньше, чем с MHA.", {W}, "71"),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), ATTENTION_REFERENT, ids=[c[0] for c in ATTENTION_REFERENT])
def test_attention_referent(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)


# the factor is that of the two types the line names while the stated sizes disagree: which is off is
# not certain, or the types' factor is what is judged (bf16 2 B / int8 1 B = 2; 28 GB / 7 GB = 4); two models
# named with one stated size: the
# figure of the line above is not theirs (Llama-2-7B 512 KiB / Llama-3-8B 128 KiB per token = 4)
PAIR_DOUBT = [
    ("en-types-factor", "In int8 the weights are about 7 GB. In bf16 you would need 28 GB, so 2× as much.", {H, V}, ""),
    ("en-types-factor-sizes-right", "In int8 the weights are about 7 GB. In bf16 you would need 14 GB, so 2× as much.", {H}, ""),
    ("ru-types-factor", "В int8 веса занимают около 7 ГБ. В bf16 понадобилось бы 28 ГБ, то есть вдвое больше.", {H, V, N}, ""),
    (
        "en-two-models-line-above",
        "A full MHA cache would be 2 MiB per token.\n"
        "Compared with Llama-2-7B's 512 KiB per token, Llama-3-8B's cache is 4× smaller.",
        {H, V, N},
        "",
    ),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), PAIR_DOUBT, ids=[c[0] for c in PAIR_DOUBT])
def test_pair_doubt(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)


# the noun right after the factor says what it is of, whatever the rest of the sentence names:
# Llama-3.2-3B / 1B parameters 2.60×, KV per token 3.5×
NOUN_AFTER = [
    (
        "en-params-then-cache",
        "# Llama-3.2-3B\n\nThe 3B has 2.6× the parameters of the 1B but 3.5× its cache per token.",
        {H, N},
        "",
    ),
    (
        "en-params-then-cache-wrong",
        "# Llama-3.2-3B\n\nThe 3B has 3.5× the parameters of the 1B but a larger cache per token.",
        {W, N},
        "2.6",
    ),
    ("en-more-cache-than", "Per token Llama-2-7B keeps 4× more KV cache than Llama-3-8B.", {H}, ""),
    ("en-cache-hit-lookalike", "Llama-3-8B has 2× the cache hit rate of Llama-2-7B.", {N}, ""),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), NOUN_AFTER, ids=[c[0] for c in NOUN_AFTER])
def test_noun_after_factor(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)


# a possessive of a size the family has (`the 9B's`): Gemma-2 27,227,128,320 / 9,241,705,984 = 2.946;
# Llama-3.2 KV per token 114,688 / 32,768 = 3.5
POSSESSIVE = [
    ("en-weights-possessive", "# Gemma-2-27B\n\nThe 27B's bf16 weights are about 2.9x the 9B's.", {H}, ""),
    ("en-weights-possessive-wrong", "# Gemma-2-27B\n\nThe 27B's weights are 5x the 9B's.", {W}, "2.946"),
    ("en-cache-possessive", "# Llama-3.2-3B\n\nThe 3B's cache per token is 3.5 times the 1B's.", {H}, ""),
    ("en-speed-possessive", "# Gemma-2-27B\n\nThe 9B's decode speed is 2.9x the 27B's.", {N}, ""),
    ("en-no-such-size", "# Gemma-2-27B\n\nThe 27B's weights are 3x the 8B's.", {N}, ""),
    # beside a model named in full, a possessive size is not read (which family's 70B is not certain)
    ("en-named-and-possessive", "Llama-3-8B's cache per token is 2 times smaller than the 70B's.", {N}, ""),
]


@pytest.mark.parametrize(("name", "text", "allowed", "shown"), POSSESSIVE, ids=[c[0] for c in POSSESSIVE])
def test_possessive_size(name: str, text: str, allowed: set[str], shown: str) -> None:
    test_ratio_reading(name, text, allowed, shown)
