"""Claim cases written for this test (not taken from the seeds): sizing claims in English and
Russian with the verdict and the recomputation their message must show, and numeric lines of
maths and CS notes that are never claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vaultkit.claims import Verdict, extract_claims
from vaultkit.cli import main

H, W, U, V = "holds", "wrong", "unit confusion GB↔GiB", "unverifiable"

# (id, sentence, expected verdict groups in order, a fragment every wrong claim's message shows)
CLAIMS = [
    ("weights-bf16-wrong", "A 34B model needs 34 GB in bf16.", [W], "68 GB"),
    ("weights-catalogue", "Llama-2-7B in fp16 takes 13.5 GB.", [H], ""),
    ("weights-catalogue-wrong", "Llama-2-7B in fp16 takes 28 GB.", [W], "13.477 GB"),
    ("mixtral-prose", "Mixtral-8x7B in fp16 takes 93 GB", [H], ""),
    ("no-dtype-ambiguous", "Mixtral-8x7B needs 93 GB", [V], ""),
    ("gpt2-xl-not-small", "GPT-2 XL in fp32 takes 6.2 GB.", [H], ""),
    ("hf-id", "meta-llama/Llama-2-7b-hf in bf16 is 13.5 GB", [H], ""),
    ("two-figures-one-line", "14.2 GB, which the driver shows as 13.2 GiB", [H], ""),
    ("two-figures-wrong", "14.2 GB, which the driver shows as 15.2 GiB", [W], "13.225 GiB"),
    ("times-smaller", "int4 is 4 times smaller than fp16", [H], ""),
    ("times-smaller-wrong", "int4 is 2 times smaller than fp16", [W], "ratio 4"),
    ("ru-times", "INT8 в 4 раза меньше, чем FP32.", [H], ""),
    ("saves-percent", "int8 saves 50 % compared with fp16", [H], ""),
    ("ru-percent-wrong", "Квантизация из FP16 в INT4 на 50 % меньше.", [W], "75.0%"),
    ("latex-chain", r"$34 \times 10^{9} \times 2 = 68\,\text{GB}$", [H], ""),
    ("latex-chain-wrong", r"$34 \times 10^{9} \times 2 = 34\,\text{GB}$", [W], "68 GB"),
    ("prose-chain-no-bytes-word", "4 × 13B × 2 = 104 GB", [H], ""),
    ("prose-chain-wrong", "4 × 13B × 2 = 52 GB", [W], "104 GB"),
    ("ru-bf16", "Модель Llama-3-8B в формате bf16 занимает 16 ГБ.", [H], ""),
    ("ru-4bit-wrong", "Модель Llama-3-8B в 4-битной квантизации занимает 16 ГБ.", [W], "4.015 GB"),
    ("ru-8bit-instruct", "Qwen2.5-7B-Instruct в 8 бит весит около 7,6 ГБ.", [H], ""),
    ("kv-per-token-kib", "The KV cache of Llama-2-7B is 512 KiB per token in fp16.", [H], ""),
    ("kv-total", "The KV cache of Llama-3-8B for 8192 tokens is 1 GiB in fp16.", [H], ""),
    ("kv-total-wrong", "The KV cache of Llama-3-8B for 8192 tokens is 4 GB in fp16.", [W], "1.074 GB"),
    ("kv-no-context", "The KV cache of Llama-3-8B takes 4 GB.", [V], ""),
    ("training", "Fine-tuning Llama-2-7B with Adam needs ~112 GB.", [H], ""),
    ("training-wrong", "Fine-tuning Llama-2-7B with Adam needs ~40 GB.", [W], "107.815 GB"),
    ("param-count", "Llama-3-8B has 8.03B parameters.", [H], ""),
    ("param-count-wrong", "Llama-3-8B has 9.5B parameters.", [W], "8,030,261,248"),
    ("moe-active", "Mixtral 8x7B has 12.9B active parameters.", [H], ""),
    ("unknown-model", "GPT-4 needs 3.6 TB in fp16.", [V], ""),
    ("gguf", "Llama-2-70B as Q4_K_M is about 41 GB.", [H], ""),
    ("compound", "A 70B model in fp16 decodes at 50 tok/s on 3.35 TB/s HBM (140 GB of weights).", [H, W], "23.9 tok/s"),
    ("range-applied", "2–4× of 90 GB gives 22–45 GB", [H], ""),
    ("fp8-405b", "Llama-3.1-405B in FP8 needs ~406 GB.", [H], ""),
    ("flops", "Training a 7B model on 2T tokens costs 8.4e22 FLOPs.", [H], ""),
    ("dtype-after-figure", "The 13B checkpoint weighs 26 GB, stored as fp16.", [H], ""),
    ("plain-numbers-in-unit", "Memory: 4 × 1024 = 4096 KB of cache", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CLAIMS], ids=[c[0] for c in CLAIMS])
def test_claim_cases(text: str, groups: list[str], shown: str) -> None:
    claims = extract_claims(text)
    assert sorted(c.verdict.group for c in claims) == sorted(groups), [(c.shape, c.explanation) for c in claims]
    for c in claims:
        if c.verdict is Verdict.WRONG:
            assert shown in c.explanation, c.explanation


def test_no_lucky_pass_from_another_dtype() -> None:
    """34 GB would be right in int8: stated bf16, it is wrong; unstated, it is only ambiguous."""
    (stated,) = extract_claims("A 34B model needs 34 GB in bf16.")
    assert stated.verdict is Verdict.WRONG
    (unstated,) = extract_claims("A 34B model needs 34 GB.")
    assert unstated.verdict is Verdict.UNVERIFIABLE and "ambiguous" in unstated.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("---\ndtype: bf16\n---\nThe 7B model takes 14 GB.\n", Verdict.HOLDS),  # properties
        ("All weights below are stored in int8.\nThe 7B model takes 7 GB.\n", Verdict.HOLDS),  # paragraph
        ("| model | fp16 | int4 |\n|---|---|---|\n| 7B model | 14 GB | 3.5 GB |\n", Verdict.HOLDS),  # table column
    ],
    ids=["properties", "paragraph", "table-column"],
)
def test_dtype_from_outside_the_sentence(text: str, verdict: Verdict) -> None:
    props = {"dtype": "bf16"} if text.startswith("---") else None
    claims = extract_claims(text, properties=props)
    assert claims and {c.verdict for c in claims} == {verdict}, [c.explanation for c in claims]


def test_message_states_the_recomputation() -> None:
    (c,) = extract_claims("A 7B model in bf16 takes 28 GB.")
    assert "stated 28 GB" in c.explanation and "7.00B params × 2 bytes (bf16" in c.explanation and "14 GB" in c.explanation


def test_code_comment_without_output_word_is_compared() -> None:
    text = "```python\ntotal = 7e9 * 2\nprint(total / 1e9)  # 2.1 GB\nprint(total / 1e9)  # 14 GB\n```\n"
    claims = extract_claims(text, code_ranges=[(1, 5)])
    assert [c.verdict for c in claims] == [Verdict.WRONG, Verdict.HOLDS]


# Numeric lines of maths and CS notes: never claims.
NON_CLAIMS = [
    r"$x^2 + bx + c = 0$",
    "3. = a^{2}",
    r"2. = 4 \cdot 3 = 12",
    "https://youtube.com/watch?v=abc&list=x&index=1",
    "P(1σ) = 68.27 %",
    r"$e^{2iπ} = 1$",
    r"$$2^{10} = 1024$$",
    "so 2 x 3 = 6",
    "The integral equals 2π ≈ 6.28",
    "Price: $20 per month, 3 × $20 = $60",
    "Released 2024-05-01, version 2.3.1",
    "Score: 9/10",
    "A 32 KB L1 cache and 8 MB L3",
    "Big-O: n = 10^6 gives 10^12 operations",
    "Let f(x) = 3x + 2, so f(2) = 8",
    "The hash table uses 2^20 = 1,048,576 buckets",
    "Variance σ² = 4 so σ = 2",
    r"$\sum_{i=1}^{n} i = n(n+1)/2$",
    "1) 5 × 5 = 25",
    "Bayes: P(A|B) = 0.3 × 0.5 / 0.25 = 0.6",
    r"$$\int_0^1 x^2 \, dx = \frac{1}{3}$$",
    "Шаг 2: подставим x = 3, получим 9 + 6 = 15",
    "Вероятность P(X ≤ 2) = 0,68",
    "Глава 3, стр. 45; издание 2019 года",
    "det(A) = 2 · 3 − 1 · 4 = 2",
    "mod 7: 3 × 5 = 15 ≡ 1",
]


@pytest.mark.parametrize("text", NON_CLAIMS)
def test_maths_lines_are_not_claims(text: str) -> None:
    assert extract_claims(text) == ()


def test_maths_note_gives_no_claim_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "vault"
    (root / ".obsidian").mkdir(parents=True)
    (root / "algebra.md").write_text(
        "# Quadratics\n\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(NON_CLAIMS, 1)) + "\n", encoding="utf-8"
    )
    main(["verify", str(root), "--format", "json", "--select", "VK4"])
    assert json.loads(capsys.readouterr().out)["findings"] == []
