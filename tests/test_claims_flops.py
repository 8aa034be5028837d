"""FLOP claims (issue 15), in our own words, English and Russian.

Training compute is k·N·D with the factor the sentence writes (`6·N·D`, `6ND`), else 6 for a training word and 2
for a forward pass; per token 2·N (a mixture of experts: its active parameters); a petaFLOP/s-day is 8.64e19 FLOPs.
N is the sentence's parameter count, else its model, else the model of the lines above; D the sentence's tokens,
else those its line or the line above states (epochs multiply). A missing input is unverifiable, never a guess.

Values (claims-gold §6 configs): Llama-3-8B 8,030,261,248; Llama-2-7B 6,738,415,616; Mixtral-8x7B 12.9B active.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims

CASES = [
    # 6 × 8.03e9 × 15e12 = 7.23e23
    ("en-6nd-inline", "Training Llama-3-8B on 15T tokens costs 6·N·D ≈ 7.2e23 FLOPs.", H, ""),
    ("en-6nd-wrong", "Training Llama-3-8B on 15T tokens costs 6·N·D ≈ 7.2e22 FLOPs.", W, "7.23e+23"),
    ("en-6ND-compact", "Llama-3-8B, 15T tokens: 6ND ≈ 7.2 × 10^23 FLOPs.", H, ""),
    # the tokens on the line above, the formula written in the sentence
    ("ru-d-above", "Llama-3-8B учили на 15 трлн токенов.\nВычисления: 6·N·D ≈ 7,2·10²³ FLOP.", H, ""),
    ("ru-d-above-wrong", "Llama-3-8B учили на 15 трлн токенов.\nВычисления: 6·N·D ≈ 7,2·10²² FLOP.", W, "7.23e+23"),
    # epochs multiply: 6 × 6.74e9 × (1e9 × 3) = 1.21e20
    ("ru-epochs", "Дообучаем Llama-2-7B.\n\nДанные: 1 млрд токенов, 3 эпохи. Вычислений 6·N·D ≈ 1,2·10²⁰ FLOP.", H, ""),
    (
        "ru-epochs-wrong",
        "Дообучаем Llama-2-7B.\n\nДанные: 1 млрд токенов, 3 эпохи. Вычислений 6·N·D ≈ 4·10¹⁹ FLOP.",
        W,
        "1.21e+20",
    ),
    # a forward pass per token: 2 × 12.9e9 = 25.8 GFLOP (Mixtral's active parameters)
    ("ru-moe-per-token", "Mixtral-8x7B: затраты на токен при генерации — около 25,8 ГФЛОП.", H, ""),
    ("ru-moe-per-token-wrong", "Mixtral-8x7B: затраты на токен при генерации — около 93 ГФЛОП.", W, "2.58e+10"),
    ("en-2n-per-token", "For Llama-3-8B, 2N FLOPs per token is about 16 GFLOPs.", H, ""),
    # the same formula for another model: 2 × 70.6e9 × 2000 = 2.82e14
    (
        "ru-same-prompt",
        "Промпт 2000 токенов для Llama-3-8B: 2·N·T ≈ 3,2·10¹³ FLOP.\nДля Llama-3-70B тот же промпт — 2,8·10¹³ FLOP.",
        W,
        "2.82e+14",
    ),
    # restated in petaFLOP/s-days: 3.14e23 / 8.64e19 = 3634
    ("en-pfday", "GPT-3 took 3.14e23 FLOPs = 3.6 thousand petaflop/s-days.", H, ""),
    ("en-pfday-wrong", "GPT-3 took 3.14e23 FLOPs = 36 thousand petaflop/s-days.", W, "3634"),
    ("en-pfday-unit", "One petaFLOP/s-day = 8.64e19 FLOPs.", H, ""),
    # the data said after the figure; a forward pass over a prompt (2 × 8.03e9 × 1e6 = 1.61e16)
    ("en-tokens-after", "Llama-3-8B: 6·N·D ≈ 7.2e23 FLOPs on 15T tokens; the H100 gives 989 TFLOP/s.", H, ""),
    ("ru-inference-tokens", "Модель Llama-3-8B: инференс на 1 млн токенов ≈ 1,6·10¹⁶ FLOP.", H, ""),
    ("ru-inference-wrong", "Модель Llama-3-8B: инференс на 1 млн токенов ≈ 4,8·10¹⁶ FLOP.", W, "1.61e+16"),
    # a list going on under the formula's line, with its own parameter count: 6 × 46.7e9 × 1e12 = 2.8e23
    (
        "ru-list-continues",
        "- Mixtral-8x7B на 1 трлн токенов: 6·N·D по активным ≈ 7,7·10²² FLOP.\n- По всем 46,7 млрд вышло бы 2,8·10²³ FLOP.",
        H,
        "",
    ),
    # the 7B of the same formula: its size name, the data of the chain above (6 × 7e9 × 2e12 = 8.4e22)
    (
        "en-size-name-same",
        "Compute for the 70B: 6 × 68.98e9 × 2e12 ≈ 8.3e23 FLOPs.\nFor the 7B the same formula gives ≈ 8.1e23 FLOPs.",
        W,
        "8.4e+22",
    ),
    # the same family at that size when the note is about Llama-2-70B: 6 × 6.74e9 × 2e12 = 8.09e22
    (
        "en-size-name-sibling",
        "Llama-2-70B: 6 × 68.98e9 × 2e12 ≈ 8.3e23 FLOPs.\nFor the 7B the same formula gives ≈ 8.1e23 FLOPs.",
        W,
        "8.09e+22",
    ),
    # missing inputs: unverifiable, never a guess
    ("en-no-tokens", "Training Llama-3-8B: 6·N·D ≈ 7.2e23 FLOPs.", V, ""),
    ("ru-no-model", "Вычисления по 6·N·D для нашей модели на 1 млрд токенов ≈ 4,8·10²⁰ FLOP.", V, ""),
    # a bare figure under a line that writes the formula: 6 × 70e9 × 15e12 = 6.3e24
    ("en-bare-under-formula", "6ND for 8b on 15T tok: 6*8e9*15e12 = 7.2e23\n70b on 15T: ≈6.35e23", W, "6.3e+24"),
]

# not FLOP totals: a device's rate, a time, a count of tokens or parameters
NOT_FLOPS = [
    "The H100 delivers 989 TFLOP/s in bf16 dense.",
    "Llama-3-8B was trained on 15T tokens with a 6·N·D budget in mind.",
    "An A100 gives 312 TFLOPS; at 40 % MFU that is 125 TFLOP/s.",
    "Промпт в 2000 токенов для Llama-3-8B обрабатывается за 65 мс.",
    "Training took 8 petaflop/s-days on our cluster.",
    "- 6·N·D for Llama-3-8B on 15T tokens ≈ 7.2e23 FLOP.\n- The LM head costs 2·V·h per token: 1.05 GFLOP for Llama-3-8B.",
    "Llama-3-8B has 8.03B parameters and a 128k context; attention adds 4·s·d FLOPs per layer.",
]


def _flop_claims(text: str) -> list[object]:
    return [c for c in note_claims(text) if c.shape == "flops"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "group", "shown"), CASES, ids=[c[0] for c in CASES])
def test_flop_claim(name: str, text: str, group: str, shown: str) -> None:
    claims = [c for c in _flop_claims(text) if c.line == text.count("\n") + 1]  # type: ignore[attr-defined]
    assert len(claims) == 1, [(c.line, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    c = claims[0]
    assert c.verdict.group == group, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", NOT_FLOPS)
def test_not_a_flop_total(text: str) -> None:
    last = text.count("\n") + 1
    assert [c for c in _flop_claims(text) if c.line == last and "·N·D" in c.explanation] == []  # type: ignore[attr-defined]
    assert [c for c in _flop_claims(text) if c.line == last and c.verdict.group == W] == []  # type: ignore[attr-defined]
