"""Claim cases of our own wording for the thirty-sixth round's rules (stop 45).

Facts (claims-gold and vendor data sheets): Qwen2.5-7B has 7,615,616,512 parameters (int8 7.62 GB; Q4_K_M at 4.89
bits/weight ≈ 4.68 GB); Llama-3.1-8B 8,030,261,248 (Q4_K_M ≈ 4.91 GB). Memory bandwidths: RTX 4070 Ti Super 672 GB/s,
RTX 4090 1,008 GB/s, RTX 3060 Ti 448 GB/s, RTX 3060 360 GB/s, RTX 5080 960 GB/s, H100 PCIe 2.0 TB/s.
"""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _groups(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in _claims(text, stated)]  # type: ignore[attr-defined]


# A card named without `RTX` (`4070 Ti Super`, `3060 Ti`, `5080`) is that card, with its published bandwidth; a laptop
# variant is another card, whose bandwidth the catalogue does not know.
BARE_CARD_CASES = [
    ("en-ti-super-wrong", "Qwen2.5-7B Q4_K_M on a 4070 Ti Super (672 GB/s): up to 290 tok/s.", "up to 290 tok/s", W, "143.7"),
    ("ru-ti-super-wrong", "Qwen2.5-7B Q4_K_M на 4070 Ti Super (672 ГБ/с) — до 290 ток/с.", "до 290 ток/с", W, "143.7"),
    ("en-ti-super-holds", "Qwen2.5-7B Q4_K_M on a 4070 Ti Super (672 GB/s): up to 140 tok/s.", "up to 140 tok/s", H, ""),
    ("en-3060-ti-decode", "Llama-3.1-8B Q4_K_M decodes on a 3060 Ti at about 180 tok/s.", "about 180 tok/s", W, "91.2"),
    ("ru-5080-decode", "Llama-3.1-8B Q4_K_M на 5080: потолок декодирования около 195 ток/с.", "около 195 ток/с", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BARE_CARD_CASES])
def test_a_card_named_without_its_brand(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Cards\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def test_a_laptop_variant_is_not_the_desktop_card() -> None:
    """`4070 Laptop` has its own, lower bandwidth: the desktop card's bound (504 GB/s) does not judge its rate."""
    text = "# Cards\n\nLlama-3.1-8B Q4_K_M decodes on a 4070 Laptop at about 95 tok/s.\n"
    assert W not in _groups(text, "about 95 tok/s")
    desktop = "# Cards\n\nLlama-3.1-8B Q4_K_M decodes on a 4070 at about 205 tok/s.\n"
    assert _groups(desktop, "about 205 tok/s") == [W]  # 504 / 4.91 = 102.6 at most


# A bandwidth the note states for one card is not another's: a rate on the card the sentence names, with no word saying
# it is one stream's decoding, is not judged against the bandwidth stated above for another device.
_ABOVE = "# Cards\n\nThe 4070 Ti Super has 672 GB/s of memory bandwidth.\n\n"
OTHER_CARD_CASES = [
    ("en-other-card", _ABOVE + "- Qwen2.5-7B in int8 on the 4090: 66 tok/s.\n", "66 tok/s", V),
    ("ru-other-card", _ABOVE + "- Qwen2.5-7B в int8 на 4090: 66 ток/с.\n", "66 ток/с", V),
    ("en-same-card", _ABOVE + "- Qwen2.5-7B in int8 on the 4070 Ti Super: 66 tok/s.\n", "66 tok/s", "holds"),
    ("en-no-card", _ABOVE + "- Qwen2.5-7B in int8: 66 tok/s.\n", "66 tok/s", "holds"),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in OTHER_CARD_CASES])
def test_a_bandwidth_stated_for_another_card(text: str, stated: str, group: str) -> None:
    claims = _claims(text, stated)
    assert len(claims) == 1
    if group == V:
        assert claims[0].verdict.group == V  # type: ignore[attr-defined]
        assert "another device's" in claims[0].explanation  # type: ignore[attr-defined]
    else:
        assert claims[0].verdict.value.startswith(group)  # type: ignore[attr-defined]
        assert "672 GB/s" in claims[0].explanation  # type: ignore[attr-defined]


# Under a heading about decoding ceilings a rate on a named card is that card's bound: its published bandwidth judges it,
# and an estimate of the bound far below it is wrong.
_CEILINGS = "# Speeds\n\nA CPU box with dual-channel DDR5-5600 has 89.6 GB/s.\n\n## Worked ceilings\n\n"
CEILING_SECTION_CASES = [
    ("en-above", _CEILINGS + "- **RTX 4090 + Llama-3.1-8B Q4_K_M** (4.91 GB): ~410 tok/s.\n", "~410 tok/s", W, "205.3"),
    ("en-at", _CEILINGS + "- **RTX 4090 + Llama-3.1-8B Q4_K_M** (4.91 GB): ~205 tok/s.\n", "~205 tok/s", H, ""),
    (
        "ru-table-below",
        "# Скорость\n\n## Скорость (потолок по полосе памяти, батч 1)\n\n"
        "| карта | формат | ГБ весов | ток/с |\n|---|---|---|---|\n| H100 PCIe | bf16 | 15,2 | 65 |\n",
        "65",
        W,
        "131.6",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in CEILING_SECTION_CASES])
def test_a_rate_on_a_named_card_in_a_ceilings_section(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# An answer key: a table row named by the label of a question asked above (`| Q2 | 16.06 GB | 8.03 GB |` after `**Q2.**
# Weights of Llama-3-8B in bf16, in GB?`) answers that question, each cell; the question's own figures are its line's.
_QUIZ_EN = (
    "# Quiz night\n\n**Q1.** Weights of Llama-3-8B in bf16, in GB? — *Answer:* 16.06 GB.\n"
    "**Q2.** KV cache per token of Llama-3-70B, fp16? — *Answer:* 320 KiB.\n"
    "**Q3.** gpt-oss-20b (20.91B params, MXFP4 at 4.25 bits) on disk?\n\n"
    "| Q | Team A | Team B |\n|---|---|---|\n"
    "| Q1 | 16.06 GB | 8.03 GB |\n| Q2 | 320 KiB | 2.5 MiB |\n| Q3 | 11.1 GB | 41.8 GB |\n"
)
_QUIZ_RU = (
    "# Викторина\n\n**В1.** Сколько весит Llama-3-8B в bf16, в ГБ?\n**В2.** Кэш Llama-3-8B в fp16 на батч 32 × 8K?\n\n"
    "| № | Команда 1 | Команда 2 |\n|---|---|---|\n| В1 | 16,06 ГБ | 8,03 ГБ |\n| В2 | 32 ГиБ | 1 ГиБ |\n"
)
ANSWER_KEY_CASES = [
    ("en-weights-holds", _QUIZ_EN, 9, "16.06 GB", H),
    ("en-weights-wrong", _QUIZ_EN, 9, "8.03 GB", W),
    ("en-kv-holds", _QUIZ_EN, 10, "320 KiB", H),
    ("en-kv-wrong", _QUIZ_EN, 10, "2.5 MiB", W),
    ("en-file-holds", _QUIZ_EN, 11, "11.1 GB", H),
    ("en-file-wrong", _QUIZ_EN, 11, "41.8 GB", W),
    ("ru-weights-wrong", _QUIZ_RU, 8, "8,03 ГБ", W),
    ("ru-cache-holds", _QUIZ_RU, 9, "32 ГиБ", H),
    ("ru-cache-wrong", _QUIZ_RU, 9, "1 ГиБ", W),
]


@pytest.mark.parametrize(("text", "line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ANSWER_KEY_CASES])
def test_an_answer_key_row_answers_its_question(text: str, line: int, stated: str, group: str) -> None:
    claims = [c for c in _claims(text, stated) if c.line == line]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    row = text.split("\n")[line - 1]
    assert row[claims[0].column - 1 :].startswith(stated)  # type: ignore[attr-defined]  # (in its own cell)


def test_the_questions_own_figures_are_not_said_again_on_the_row() -> None:
    claims = [c for c in note_claims(_QUIZ_EN) if c.line == 11]  # type: ignore[attr-defined]
    assert sorted(c.stated for c in claims) == ["11.1 GB", "41.8 GB"]  # type: ignore[attr-defined]  # (not `20.91B params`)


def test_rows_that_say_what_they_are_of_and_labels_asked_twice_are_read_as_they_stand() -> None:
    described = _QUIZ_EN.replace("| Q1 | 16.06 GB | 8.03 GB |", "| Q1 | Llama-3-8B weights in int8 | 8.03 GB | 8.03 GB |")
    assert [c.verdict.group for c in _claims(described, "8.03 GB") if c.line == 9] == [H, H]  # type: ignore[attr-defined]
    twice = _QUIZ_EN.replace("**Q3.** gpt-oss-20b", "**Q1.** gpt-oss-20b")
    assert W not in {c.verdict.group for c in note_claims(twice) if c.line == 9}  # type: ignore[attr-defined]


# A memory's peak from its transfer rate and the bus width the sentence states: MT/s (or Gbit/s per pin) × bits / 8.
BUS_CASES = [
    ("en-lpddr-holds", "The LPDDR5X-8000 on a 256-bit bus gives 256 GB/s.", "256 GB/s", H, ""),
    ("en-lpddr-wrong", "The LPDDR5X-8000 on a 256-bit bus gives 512 GB/s.", "512 GB/s", W, "256 GB/s peak"),
    ("ru-bits-for-bytes", "«256 Гбит/с, это LPDDR5X-8000 на 256-битной шине.»", "256 Гбит/с", W, "2,048 Gbit/s"),
    ("ru-holds", "Память LPDDR5X-8000 на 256-битной шине даёт 256 ГБ/с.", "256 ГБ/с", H, ""),
    ("en-gddr-holds", "GDDR6X at 21 Gbps on a 384-bit bus: 1008 GB/s.", "1008 GB/s", H, ""),
    ("en-gddr-wrong", "GDDR6X at 21 Gbps on a 384-bit bus: 2016 GB/s.", "2016 GB/s", W, "1,008 GB/s peak"),
    ("en-hbm-holds", "HBM3 at 6.4 Gbps per pin on a 5120-bit bus: 4.1 TB/s.", "4.1 TB/s", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BUS_CASES])
def test_a_memory_peak_from_its_bus_width(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Memory\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def test_the_pin_rate_and_a_network_rate_beside_a_bus_are_not_its_peak() -> None:
    text = "# Box\n\nGDDR6X at 21 Gbps on a 384-bit bus, and a 25 Gbit/s NIC.\n"
    assert not [c for c in note_claims(text) if c.verdict.group == W]  # type: ignore[attr-defined]


# A factor between two named cards' published bandwidths or memories (H200 4.8 TB/s and 141 GB, H100 SXM 3.35 TB/s and
# 80 GB, RTX 4090 1,008 GB/s, RTX 3090 936 GB/s).
DEVICE_RATIO_CASES = [
    ("ru-bandwidth-wrong", "Каждая карта H200 прокачивает 4,8 ТБ/с — в 3 раза больше, чем H100 SXM.", "в 3 раза", W, "1.43×"),
    ("ru-bandwidth-holds", "Каждая карта H200 прокачивает 4,8 ТБ/с — в 1,43 раза больше, чем H100 SXM.", "в 1,43 раза", H, ""),
    ("en-bandwidth-holds", "The H200's bandwidth is 1.43× that of the H100 SXM.", "1.43×", H, ""),
    ("en-twice-wrong", "An RTX 4090 has twice the bandwidth of a 3090.", "twice", W, "1.08×"),
    ("en-less-wrong", "The 3090 has 2× less bandwidth than the H100 SXM.", "2×", W, "3.58×"),
    ("en-memory-holds", "The H200 has 1.76× the memory of the H100 SXM.", "1.76×", H, ""),
    ("ru-memory-wrong", "У H200 в 3 раза больше памяти, чем у H100 SXM.", "в 3 раза", W, "1.76×"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in DEVICE_RATIO_CASES])
def test_a_factor_between_two_named_cards(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Cards\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The H100 SXM is 3× faster than the A100 at training.", id="speed-is-not-bandwidth"),
        pytest.param("The H200 has 3× more bandwidth than the H100.", id="variant-open"),  # 2.4× (PCIe) or 1.43× (SXM)
        pytest.param("Two 4090s give twice the memory of one 4090.", id="one-card-twice"),
        pytest.param("The H100 node costs 3x more than the A100 node with 80 GB per card.", id="price"),
    ],
)
def test_factors_between_cards_that_are_not_judged(text: str) -> None:
    assert W not in {c.verdict.group for c in note_claims("# Cards\n\n" + text + "\n")}  # type: ignore[attr-defined]


def test_a_faster_devices_bandwidth_above_still_bounds_a_rate_on_a_named_card() -> None:
    """3.35 TB/s stated for the H100 SXM is above the 4090's 1,008 GB/s: a rate past 3,350 / 8.03 = 417 tok/s is wrong on
    the 4090 too."""
    text = "# Cards\n\nThe H100 SXM has 3.35 TB/s of memory bandwidth.\n\n- Llama-3.1-8B in int8 on the 4090: 900 tok/s.\n"
    assert _groups(text, "900 tok/s") == [W]


# A hundred users is a batch of 100 (a count in words, `тридцать два` too: the words between were never read); bytes per
# token written with a thousands comma in English (`70,272 bytes`) are 70,272; `our 48 GB box` is the machine's memory.
WORDS_AND_MACHINES_CASES = [
    ("en-hundred-users", "A hundred users at 8K on Llama-3-8B take 100 GiB of cache.", "100 GiB", H),
    ("en-two-hundred", "Two hundred users at 8K on Llama-3-8B take 400 GiB of cache.", "400 GiB", W),
    ("ru-thirty-two", "Тридцать два пользователя по 8K на Llama-3-8B — 32 ГиБ кэша.", "32 ГиБ", H),
    ("ru-hundred-wrong", "Сто пользователей по 8K на Llama-3-8B — 10 ГиБ кэша.", "10 ГиБ", W),
    ("en-thousands-comma", "MLA caches 70,272 bytes per token, so a million tokens of cache is 65.4 GiB.", "65.4 GiB", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in WORDS_AND_MACHINES_CASES])
def test_counts_in_words_and_per_token_bytes(text: str, stated: str, group: str) -> None:
    assert _groups("# Notes\n\n" + text + "\n", stated) == [group]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('LlamaBox Mini: "Llama-3-70B fp8 weights: 70.6 GB — fits our 128 GB box."', id="en-box"),
        pytest.param("Llama-3-70B в fp8 — 70,6 ГБ, на 128 ГБ мини-ПК помещается.", id="ru-mini-pc"),
    ],
)
def test_a_machines_memory_is_not_the_models(text: str) -> None:
    """(What a model `fits a 64 GB box` in stays a bound on it: tests/test_claims_lead28.py.)"""
    assert W not in {c.verdict.group for c in note_claims("# Notes\n\n" + text + "\n")}  # type: ignore[attr-defined]


# Qwen3 in the catalogue (Qwen3-30B-A3B: 30,532,122,624 parameters, 3,353,032,704 active; bf16 61.06 GB, a token reads
# 6.71 GB); a name ending in -A<N>B is a mixture with N B active, never a dense model of its first size.
QWEN3_CASES = [
    ("en-qwen3-8b-weights", "Qwen3-8B in bf16 is 16.4 GB.", "16.4 GB", H),
    ("en-qwen3-8b-wrong", "Qwen3-8B in bf16 is 8.2 GB.", "8.2 GB", W),
    ("en-a3b-stored", "Qwen3-30B-A3B in bf16 takes 61.1 GB.", "61.1 GB", H),
    ("en-a3b-read", "Qwen3-30B-A3B reads 6.7 GB per token in bf16.", "6.7 GB", H),
    ("ru-a3b-read-noun", "| что | ГБ |\n|---|---|\n| Qwen3-30B-A3B, чтение на токен в bf16 | 6,7 ГБ |", "6,7 ГБ", H),
    ("ru-a3b-read-wrong", "| что | ГБ |\n|---|---|\n| Qwen3-30B-A3B, чтение на токен в bf16 | 61,1 ГБ |", "61,1 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in QWEN3_CASES])
def test_qwen3_and_active_suffixes(text: str, stated: str, group: str) -> None:
    assert _groups("# Qwen3\n\n" + text + "\n", stated) == [group]


def test_an_uncatalogued_mixture_is_not_read_as_dense() -> None:
    """`Qwen2-57B-A14B` is not in the catalogue: 57 GB as its int8 weights is not judged from a dense 57B."""
    assert W not in _groups("# MoE\n\nQwen2-57B-A14B in int8 reads 14 GB per token.\n", "14 GB")


# A figure its clause says is another storage type's (`254 tok/s is the fp8 number` beside bf16 weights) is that type's:
# not an error against the sentence's other type; one given as its own clause's type and then corrected stays wrong.
ANOTHER_TYPE_CASES = [
    (
        "en-fp8-number",
        "With 16.06 GB of Llama-3-8B bf16 weights on the A100 the ceiling is 2039 ÷ 16.06 ≈ 127 tok/s; "
        "254 tok/s is the fp8 number.",
        "254 tok/s",
        V,
    ),
    (
        "en-what-fp32-would-give",
        "Llama-3-8B bf16 weights are 16.06 GB, so the bf16 ceiling on the 4090 is ≈ 63 tok/s; 31 tok/s is what fp32 would give.",
        "31 tok/s",
        V,
    ),
    ("ru-correction-stays-wrong", "Gemma-2-9B int4: 9,24 ГБ — это int8; в int4 4,62 ГБ.", "9,24 ГБ", W),
    ("en-plain-stays-wrong", "Llama-3-8B in bf16 takes 8 GB, which is wrong.", "8 GB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ANOTHER_TYPE_CASES])
def test_a_figure_said_to_be_another_types(text: str, stated: str, group: str) -> None:
    claims = _claims("# Notes\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    if group == V:
        assert "the sentence says it is the" in claims[0].explanation  # type: ignore[attr-defined]


def test_a_russian_flop_rate_is_no_bandwidth() -> None:
    """`63,9 ПФЛОП/с` is a rate of FLOPs: never the bandwidth a decoding ceiling divides (it was read as 63.9 B/s)."""
    from vaultkit.claims.quantities import find_quantities

    assert [q.kind for q in find_quantities("63,9 ПФЛОП/с и 312 ТФЛОП/с")] == ["flop_rate", "flop_rate"]
    text = (
        "# Задача\n\n512 × 0,4 × 312 ТФЛОПС = 63,9 ПФЛОП/с.\n"
        "В int4 Llama-2-13B — полбайта на параметр, 6,51 ГБ, потолок на H100 SXM 515 ток/с.\n"
    )
    assert "ПФЛОП" not in " ".join(c.explanation for c in _claims(text, "515 ток/с"))  # type: ignore[attr-defined]


# A GGUF type said of a model named right after it (`Q8_0 у Gemma 2 27B`) is its weights' type, not the cache's: the
# cache beside it is in the default 16 bits (Gemma 2 27B: 46 layers × 16 KV heads × 128 × 2 × 2 B = 368 KiB a token).
WEIGHTS_TYPE_CASES = [
    ("en-holds", "- Q8_0 of Gemma 2 27B is 28.9 GB; its cache is 368 KiB per token.", "368 KiB", H),
    ("ru-holds", "- Q8_0 у Gemma 2 27B — 28,9 ГБ; кэш без окна 368 КиБ на токен.", "368 КиБ", H),
    ("ru-wrong", "- Q8_0 у Gemma 2 27B — 28,9 ГБ; кэш без окна 736 КиБ на токен.", "736 КиБ", W),
    ("ru-cache-type-still-read", "- Gemma 2 27B: кэш q8_0 — 195,5 КиБ на токен.", "195,5 КиБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in WEIGHTS_TYPE_CASES])
def test_a_weights_type_before_its_model_is_not_the_caches(text: str, stated: str, group: str) -> None:
    assert _groups("# Смена\n\n" + text + "\n", stated) == [group]


# A figure said to be the active experts' (`12.9 GB is the active experts in fp8`, `— это только активные`) is the
# active parameters' size (Mixtral-8x7B: 12.88B active, 12.9 GB in fp8); `is active` as a predicate is not.
ACTIVE_SAID_CASES = [
    ("en-is-the-active", "Mixtral-8x7B in fp8: 12.9 GB is the active experts.", "12.9 GB", H),
    ("en-is-the-active-wrong", "Mixtral-8x7B in fp8: 25.8 GB is the active experts.", "25.8 GB", W),
    ("ru-eto-tolko-aktivnye", "Mixtral-8x7B в fp8: 12,9 ГБ — это только активные эксперты.", "12,9 ГБ", H),
    ("ru-predicate-stays-storage", "«Mixtral-8x7B в bf16 занимает 26 ГБ — активны же два эксперта»", "26 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ACTIVE_SAID_CASES])
def test_a_figure_said_to_be_the_active_experts(text: str, stated: str, group: str) -> None:
    assert _groups("# MoE\n\n" + text + "\n", stated) == [group]


# Bytes worked out and carried to a size (`ZeRO-3: 16/8 = 2 bytes → 16.06 GB per GPU`) are the rate per parameter of
# that line, not the one a line above stated (Llama-3-8B: 8.03B × 2 B = 16.06 GB; × 3.75 B = 30.1 GB).
_ZERO_LINES = (
    "# Fine-tune\n\nFull fine-tuning of Llama-3-8B on 8 GPUs with mixed-precision Adam:\n\n"
    "- ZeRO-1: 4 + 12/8 = 5.5 bytes per parameter → 44.2 GB per GPU.\n"
)
WORKED_BYTES_CASES = [
    ("en-zero2-holds", _ZERO_LINES + "- ZeRO-2: 2 + 14/8 = 3.75 bytes → 30.1 GB per GPU.\n", "30.1 GB", H),
    ("en-zero3-holds", _ZERO_LINES + "- ZeRO-3: 16/8 = 2 bytes → 16.06 GB per GPU.\n", "16.06 GB", H),
    ("en-zero3-wrong", _ZERO_LINES + "- ZeRO-3: 16/8 = 2 bytes → 32.1 GB per GPU.\n", "32.1 GB", W),
    ("ru-zero3-holds", _ZERO_LINES + "- ZeRO-3: 16/8 = 2 байта → 16,06 ГБ на карту.\n", "16,06 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in WORKED_BYTES_CASES])
def test_bytes_worked_out_on_the_line_are_its_rate(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


def test_a_nested_item_under_an_adapter_item_is_about_the_adapter() -> None:
    """`- "The LoRA adapter for Llama-3-8B in fp32 would be 27.3 MB."` / `  - fp32 is 54.5 MB.`: the sub-item's size is the
    adapter's, far below any storage of the model's weights, not the model's fp32 weights; a plain item is still read."""
    item = '# Review\n\n- "The LoRA adapter for Llama-3-8B in fp32 would be 27.3 MB."\n'
    assert _groups(item + "  - [ED: that's the bf16 size again; fp32 is 54.5 MB.]\n", "54.5 MB") == [V]
    assert _groups(item + "- Llama-3-8B in fp32 is 54.5 MB.\n", "54.5 MB") == [W]


# A problem's parts under letters and the answers under the same letters below: each answer is read after its part's
# words (`- (б) размер весов в fp16 в ГБ и ГиБ;` … `- (б) 26,03 ГиБ.`: Llama-2-13B in fp16 is 26.03 GB = 24.24 GiB).
_PROBLEM_RU = (
    "# Задача 4\n\nМодель — Llama-2-13B. Найдите:\n\n- (а) число параметров;\n- (б) размер весов в fp16 в ГБ;\n"
    "- (в) потолок на A100 (2039 ГБ/с) в fp16 и в int4.\n\n## Работа участника\n\n"
)
_PROBLEM_EN = (
    "# Problem 4\n\nThe model is Llama-2-13B. Find:\n\n- (a) its parameter count;\n- (b) the size of its fp16 weights in GB;\n\n"
    "## Answers handed in\n\n"
)
PROBLEM_PART_CASES = [
    ("ru-weights-holds", _PROBLEM_RU + "- (б) 26,03 ГБ.\n", "26,03 ГБ", H),
    ("ru-weights-wrong", _PROBLEM_RU + "- (б) 13,02 ГБ.\n", "13,02 ГБ", W),
    ("ru-weights-gib-as-gb", _PROBLEM_RU + "- (б) 24,24 ГБ.\n", "24,24 ГБ", U),
    ("en-weights-holds", _PROBLEM_EN + "- (b) 26.03 GB.\n", "26.03 GB", H),
    ("en-weights-wrong", _PROBLEM_EN + "- (b) 52.06 GB.\n", "52.06 GB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in PROBLEM_PART_CASES])
def test_an_answer_under_a_problems_letter_reads_its_part(text: str, stated: str, group: str) -> None:
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    line = text.split("\n")[claims[0].line - 1]  # type: ignore[attr-defined]
    assert line[claims[0].column - 1 :].startswith(stated)  # type: ignore[attr-defined]  # (its own column)


def test_a_part_asked_in_two_types_is_not_answered_by_untyped_figures() -> None:
    """`(в) … в fp16 и в int4` answered `78 ток/с и 313 ток/с`: which rate is whose is not said, none is judged wrong."""
    text = _PROBLEM_RU + "- (в) 78 ток/с и 313 ток/с.\n"
    assert W not in {c.verdict.group for c in note_claims(text)}  # type: ignore[attr-defined]


# A byte rate restated in bits with words between (`8 TB/s of HBM3e = 8,000 Gbit/s`, `3.35 TB/s is 3,350 Gbit/s`): bits
# are bytes × 8, and the message writes the rate out (64,000 Gbit/s, not 6.4e+04).
BIT_RESTATED_CASES = [
    ("en-of-memory-wrong", 'HBM Labs: "8 TB/s of HBM3e = 8,000 Gbit/s."', "8,000 Gbit/s", W, "64,000 Gbit/s"),
    ("en-is-wrong", "An H100's 3.35 TB/s is 3,350 Gbit/s.", "3,350 Gbit/s", W, "26,800 Gbit/s"),
    ("en-is-holds", "An H100's 3.35 TB/s is 26,800 Gbit/s.", "26,800 Gbit/s", H, ""),
    ("ru-eto-holds", "3,35 ТБ/с у H100 SXM — это 26,8 Тбит/с.", "26,8 Тбит/с", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BIT_RESTATED_CASES])
def test_a_byte_rate_restated_in_bits(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Rates\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "stated", "group"),
    [
        pytest.param("The A100 moves 2039 Gbit/s.", "2039 Gbit/s", W, id="en-bits"),
        pytest.param("A100 80GB даёт 2039 ГБ/с, то есть 16 312 Гбит/с.", "16 312 Гбит/с", H, id="ru-bytes-then-bits"),
    ],
)
def test_a_rate_whose_digits_look_like_a_year_is_read(text: str, stated: str, group: str) -> None:
    """2039 (an A100's GB/s) before a rate unit is no year: it was masked as one, and the rate went unread."""
    assert _groups("# Cards\n\n" + text + "\n", stated) == [group]


# A size the note negates (`250 GiB, not a tebibyte`, `а не 1 ТиБ`) is no term of a ratio: the factor beside it is not
# judged against it (a negated factor itself is a figure set aside: tests/test_claims_lead31.py).
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "✘ the 70B caches 320 KiB per token, 2.5×\nthe 8B, not 10×; so the hundred users take 250 GiB, not a tebibyte.",
            id="en-not-a-factor",
        ),
        pytest.param("Кэш 70B — 320 КиБ на токен, в 2,5 раза больше, а не в 10 раз; итого 250 ГиБ, а не 1 ТиБ.", id="ru-a-ne"),
    ],
)
def test_negated_figures_make_no_ratio(text: str) -> None:
    assert W not in {c.verdict.group for c in note_claims("# Desk\n\n" + text + "\n") if c.shape == "ratio"}  # type: ignore[attr-defined]


def test_a_ratio_between_figures_not_negated_is_still_read() -> None:
    text = "# Sizes\n\nLlama-3-8B in bf16 takes 16.06 GB and in int8 8.03 GB, 3× less.\n"
    assert W in {c.verdict.group for c in note_claims(text) if c.shape == "ratio"}  # type: ignore[attr-defined]


def test_a_quotations_type_in_its_next_sentence_is_not_the_figures() -> None:
    """`«… нужно 15 ГиБ KV-кэша. С fp8-кэшем — вдвое меньше.»`: the fp8 is the next sentence's; the 15 GiB is judged in the
    default 16 bits (48 × 8K × 320 KiB = 120 GiB)."""
    text = "# Смена\n\n> «Для 48 сессий по 8K на Llama-3.1-70B нужно 15 ГиБ KV-кэша. С fp8-кэшем — вдвое меньше.»\n"
    claims = _claims(text, "15 ГиБ")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "120 GiB" in claims[0].explanation  # type: ignore[attr-defined]


# A name without its size (`Mistral-Small`) stands for the one size of it the note's front matter configures
# (mistral-small-24b: 23,572,403,200 parameters; Q8_0 ≈ 25.05 GB); never for a size the note does not configure.
_SMALL_FM = (
    "---\nmodels:\n  mistral-small-24b: {hidden: 5120, mlp: 32768, layers: 40, heads: 32, kv_heads: 8, head_dim: 128, "
    "vocab: 131072}\n---\n\n# Review\n\n"
)


@pytest.mark.parametrize(
    ("text", "stated", "group"),
    [
        pytest.param(
            _SMALL_FM + "| what | GB |\n|---|---|\n| Mistral-Small Q8_0 file | 12.5 GB |\n", "12.5 GB", W, id="row-wrong"
        ),
        pytest.param(_SMALL_FM + "The Mistral-Small Q8_0 file is 25.0 GB.\n", "25.0 GB", H, id="prose-holds"),
    ],
)
def test_a_name_without_its_size_is_the_size_the_note_configures(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


def test_a_name_without_its_size_reads_nothing_without_one_configured_size() -> None:
    two = _SMALL_FM.replace(
        "models:\n",
        "models:\n  mistral-small-22b: {hidden: 6144, mlp: 16384, layers: 56, heads: 48, "
        "kv_heads: 8, head_dim: 128, vocab: 32768}\n",
    )
    for fm in (two, "# Review\n\n"):
        assert W not in _groups(fm + "The Mistral-Small Q8_0 file is 12.5 GB.\n", "12.5 GB")


# A size no token's cache reaches (128 GiB) under a line about the cache per token is a whole cache, of the sessions the
# sentence counts (`eight such sessions` at the line above's 128K: 8 × 128K × 128 KiB = 128 GiB); a size said per token
# itself stays per token however large (`KV per token = 512 MB` is wrong as one token's).
WHOLE_CACHE_CASES = [
    (
        "en-such-sessions",
        "Llama-3.1-8B: 128 KiB of cache per token, so a full 128K window is 16 GiB.\n"
        "With eight such sessions the cache reaches 128 GiB.",
        "128 GiB",
        H,
        "batch 8",
    ),
    (
        "ru-per-token-then-total",
        "У Llama 3 8B кэш занимает 512 КиБ на каждый токен, значит на 8 тысяч токенов — 4 ГиБ.",
        "4 ГиБ",
        W,
        "= 1 GiB",
    ),
    ("en-said-per-token", "Llama-2-7B KV per token = 512 MB.", "512 MB", W, "per token"),
    ("en-kv-at", "```text\nmodel : Llama-3.1-405B\nkv @ 32768 : 15.75 GiB\n```", "15.75 GiB", H, "32,768 tokens"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in WHOLE_CACHE_CASES])
def test_a_whole_cache_under_a_line_per_token(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Cache\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def test_a_peak_in_bits_is_written_out() -> None:
    """HBM3 at 6.4 Gbps per pin on a 5120-bit bus is 4,096 GB/s = 32,768 Gbit/s: the message writes the bits out (the
    bus reader shares the formatter of the bit-rate checks, never `3.277e+04`)."""
    claims = _claims("# HBM\n\nHBM3 at 6.4 Gbps per pin on a 5120-bit bus: 4,096 Gbit/s.\n", "4,096 Gbit/s")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "32,768 Gbit/s" in claims[0].explanation  # type: ignore[attr-defined]
