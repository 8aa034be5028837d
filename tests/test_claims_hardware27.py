"""Claim cases of our own wording for the memory and bandwidth of accelerators (`shapes/hardware.py`), values by hand.

Published figures (vendor data sheets, `catalog._GPUS`): RTX 3090 24 GB, 936 GB/s; RTX 4090 24 GB, 1008 GB/s; RTX 5090
32 GB; T4 16 GB; L4 24 GB, 300 GB/s; A10 24 GB; L40S 48 GB, 864 GB/s; A100 40 GB (1555 GB/s) or 80 GB; H100 80 GB
(SXM 3.35 TB/s, PCIe 2 TB/s) or 94 GB (NVL); H200 141 GB, 4.8 TB/s. A marketed `80 GB` is read as 80 GB or 80 GiB.
"""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims, note_claims


def _case(c: tuple[str, str, list[str], str]) -> object:
    return pytest.param(*c[1:], id=c[0])


# Totals of several cards: count × the card's capacity; a name that leaves the variant open holds with any variant.
TOTAL_CASES = [
    # 3 × 24 GB = 72 GB, not 96
    ("en-three-4090s-wrong", "Three 4090s give you 96 GB of VRAM.\n", [W], "72 GB"),
    # 4 × 40 GB = 160 GB (the 40 GB A100) holds; 4 × 80 = 320 GB would too; 200 GB is neither
    ("en-four-a100-40", "Four A100s give 160 GB of HBM.\n", [H], ""),
    ("en-four-a100-neither", "Four A100s give 200 GB of HBM.\n", [W], "160 GB or 320 GB"),
    ("en-box-of-six", "A box of 6 × L40S has 288 GB.\n", [H], ""),  # 6 × 48 = 288
    ("en-gib-of-marketed", "Eight H100s give 640 GiB of HBM.\n", [H], ""),  # 8 × 80 = 640, said in GiB
    ("ru-two-3090", "Две RTX 3090 дают 48 ГБ видеопамяти.\n", [H], ""),  # 2 × 24 = 48
    ("ru-eight-h200", "Восемь H200 дают 1128 ГБ памяти.\n", [H], ""),  # 8 × 141 = 1128
    ("ru-three-l4-wrong", "Три L4 дают 96 ГБ памяти.\n", [W], "72 GB"),  # 3 × 24 = 72
    ("ru-owner-two-4090", "У двух 4090 — 96 ГБ видеопамяти.\n", [W], "48 GB"),  # 2 × 24 = 48
    # the card's own figure, then the total: 2 × 24 = 48
    # in brackets after the cards: their spec, no claim while it holds (nor an error when it does not: `total` in
    # brackets may be a model's); a word of memory makes it the cards' (the card's own 80 ГБ is its spec)
    ("en-each-then-total", "Two 3090s (24 GB each, 48 GB total) sit in the tower.\n", [], ""),
    ("en-bracket-total-not-error", "Two 3090s (24 GB each, 96 GB total) sit in the tower.\n", [], ""),
    ("ru-variant-then-total", "Сервер: четыре H100 SXM 80 ГБ (суммарно 320 ГБ памяти).\n", [H], ""),
    # a count of cards that names no card is of the one card the sentence names: 4 × 48 = 192 holds; 8 × 141 = 1128
    # is not 1000, but `eight cards` alone is not read as an error (only the card's own 141 GB is judged)
    ("ru-count-of-named", "У каждой L40S 48 ГБ, на четыре карты — 192 ГБ.\n", [], ""),
    ("en-count-not-error", "Each H200 has 141 GB; eight cards give 1000 GB.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in TOTAL_CASES])
def test_a_total_of_cards(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# One card's capacity said as a fact: the card named right before it with a word of having, or right after it. The
# card's published figure restated is its spec, no claim ([]); a figure it does not have is an error.
ONE_CARD_CASES = [
    ("en-5090-holds", "The RTX 5090 has 32 GB.\n", [], ""),
    ("en-5090-wrong", "The RTX 5090 has 24 GB.\n", [W], "32 GB"),
    ("ru-t4-holds", "У T4 16 ГБ.\n", [], ""),
    ("ru-a10-wrong", "У A10 48 ГБ.\n", [W], "24 GB"),
    ("en-with-wrong", "A T4 with 32 GB is plenty.\n", [W], "16 GB"),
    ("en-before-card-holds", "It fits a 48 GB L40S.\n", [], ""),
    ("en-before-card-wrong", "It fits a 24 GB L40S.\n", [W], "48 GB"),
    # the marketed 80 GB in GiB, and the same bytes written in GiB (80 GB = 74.5 GiB): never a unit confusion
    ("en-marketed-gib", "An H100 has 80 GiB.\n", [], ""),
    ("en-gb-as-gib", "An H100 has 74.5 GiB.\n", [], ""),
    # near the marketed 80 GB (5 % off): what the driver reports or leaves usable, not judged
    ("en-reported", "An H100 has 76 GB.\n", [], ""),
    # a published figure is exact: 200 GB is no rounding of 4 × 40 GB = 160 GB
    ("en-round-total-wrong", "Four L4 cards have 200 GB of VRAM.\n", [W], "96 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in ONE_CARD_CASES])
def test_one_card_capacity(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A card's peak bandwidth said as a fact: restated, no claim; above it (or under half of it) an error; below it a
# sustained rate, not judged.
BANDWIDTH_CASES = [
    ("en-possessive", "The L40S's 864 GB/s is the ceiling.\n", [], ""),
    ("en-possessive-wrong", "The L40S's 1,008 GB/s is the ceiling.\n", [W], "864 GB/s"),
    ("en-colon-wrong", "L4: 600 GB/s.\n", [W], "300 GB/s"),
    ("en-variant-named", "The A100 40GB moves 1,555 GB/s.\n", [], ""),
    ("en-variant-named-wrong", "The A100 40GB moves 2,039 GB/s.\n", [W], "1,555 GB/s"),
    ("ru-3090-wrong", "У RTX 3090 пропускная способность 1008 ГБ/с.\n", [W], "936 GB/s"),
    ("ru-h200-holds", "H200 — 4,8 ТБ/с.\n", [], ""),
    ("ru-h100-is-not-h200", "H100 — 4,8 ТБ/с.\n", [W], "3.35 TB/s"),
    ("en-two-combined", "Two H100 SXM at 6.7 TB/s combined.\n", [], ""),  # 2 × 3.35
    ("en-two-combined-wrong", "Two H100 SXM at 9.6 TB/s combined.\n", [W], "6.7 TB/s"),
    ("en-open-variant", "The H100 streams 2 TB/s.\n", [], ""),  # the PCIe card's
    ("en-below-peak", "RTX 4090: 850 GB/s measured.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in BANDWIDTH_CASES])
def test_card_bandwidth(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Look-alikes: a model's size near a card, memory left or usable, a share per card, another card of the same number, a
# price or power, a count of cards alone, a link's rate: the hardware shapes read none of them.
NOT_THE_CARD = [
    ("en-needs-on", "Llama 3 70B needs 70 GB on the H100.\n"),
    ("en-usable", "The H100 has 79.6 GiB usable.\n"),
    ("en-free-after", "An H100 leaves ~75 GB free after the CUDA context.\n"),
    ("ru-share-per-card", "На 8 × H100 — 136 ГБ на карту.\n"),
    ("ru-zero-per-gpu", "ZeRO-3 на 8 × A100 даёт 58,6 ГБ на GPU.\n"),
    ("en-share-each", "On two H100s (35 GB each) it runs.\n"),
    ("en-hold-weights", "Two H100s hold 141 GB of fp16 weights.\n"),
    ("en-with-model", "Llama 3 70B in fp8 runs on an H100 with 70.6 GB.\n"),
    ("ru-laptop", "RTX 4070 Laptop: 8 ГБ видеопамяти.\n"),
    ("en-ti-is-another", "The RTX 3060 Ti has 8 GB.\n"),
    ("en-price-power", "The 4090 costs $1,599 and draws 450 W.\n"),
    ("en-count-alone", "We rent eight H100s.\n"),
    ("en-mib-reported", "nvidia-smi shows 81559 MiB on the H100.\n"),
    ("en-nvlink", "H100 NVLink: 900 GB/s.\n"),
    ("en-terse-list", "Qwen2.5-72B int4 36 GB 4090 x2\n"),
    ("en-on-the-card-has", "The model on the H100 has 70 GB.\n"),
    ("en-each-card-share", "Split evenly, each 3090 has 10 GB.\n"),
    ("en-first-card-share", "The first 4090 has 20 GB.\n"),
    ("en-node-system-ram", "A 4 × L40S node has 512 GB of system memory.\n"),
    ("ru-box-ram", "У сервера с 4090 есть 64 ГБ ОЗУ.\n"),
    ("en-cache-with", "The KV cache of an L4 with 12 GB.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_THE_CARD])
def test_not_the_cards_memory(text: str) -> None:
    claims = note_claims(text)
    ours = [c for c in claims if c.shape.startswith("hardware-")]  # type: ignore[attr-defined]
    assert not ours, [(c.shape, c.verdict.value, c.explanation) for c in ours]  # type: ignore[attr-defined]


def test_a_model_fits_the_cards_memory() -> None:
    """`fits an 80 GB H100`: 80 GB is the card's, and holds (no claim); `a 40 GB L40S` is an error (48 GB)."""
    assert not [c for c in note_claims("Llama 3 70B in fp8 fits an 80 GB H100.\n") if c.shape.startswith("hardware-")]  # type: ignore[attr-defined]
    wrong = [c for c in note_claims("Llama 3 70B in int4 fits a 40 GB L40S.\n") if c.shape == "hardware-memory"]  # type: ignore[attr-defined]
    assert [(c.stated, c.verdict.group) for c in wrong] == [("40 GB", W)], wrong  # type: ignore[attr-defined]
    assert "48 GB" in wrong[0].explanation  # type: ignore[attr-defined]
