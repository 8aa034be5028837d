"""Issue 15: long single lines through the claim checker, against a baseline in the same run.

A note's line can be any length (a pasted table row, a minified export), and every claim unit
reads it: a rule that rescans the sentence for each figure is quadratic in the figures. Each
pattern below is a wording the checker reads (sizes, per-device shares, rates, durations, KV
sizes, table cells, ratios) repeated into one line of 25, 50, 100 and 200 KB after a line that
names a model and its dtype. For each size it prints CPU seconds of

- `claims`: `extract_claims` on the whole note, and
- `base`: the baseline, `find_quantities` on the same line (the tokenizer every unit starts from:
  one linear pass; called past its per-text cache, which the claims run has just filled),

and two ratios: `x base` (claims / baseline at 200 KB: the checker's cost per byte in units of
the tokenizer's) and `2x` (the time of the last doubling: about 2 when linear, 4 when quadratic).

    python benchmarks/bench_claim_lines.py [--block paragraph|items|quote|qa] [pattern-name ...]

`--block` writes the line three times into one block instead of once (a paragraph's soft-wrapped
lines, nested list items, a quote, a question and its answer): each unit also reads the line above,
and a rule that rereads it for every sentence of the line below is quadratic too.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaultkit.claims import extract_claims
from vaultkit.claims.quantities import _quantities_once

HEAD = "# Sizing\n\nLlama-2-7B in bf16.\n\n"

PATTERNS: dict[str, str] = {
    "shares": "Llama-3-70B in bf16 is 141 GB, 17.6 GB per GPU with TP=8, ",
    "table_cells": "| 13.5 ",
    "rates": "at 50 tok/s ",
    "ru_shares": "на каждой карте 35 ГБ, ",
    "zero3": "ZeRO-3 over 8 GPUs puts 14 GB of states on each, ",
    "mixed": "1,000 tokens at 50 tok/s take 20 s and 141 GB over 1 Gbit/s ",
    "per_gpu": "13.5 GB per GPU, ",
    "ru_ratio": "в 2 раза меньше, чем ",
    "compared": "14 GB vs 28 GB compared with 7 GB, ",
    "flops": "6 × 7e9 × 1e12 = 4.2e22 FLOP at 312 TFLOP/s and 40 % MFU ",
    "moe": "Mixtral-8x7B activates 12.9B of its 46.7B parameters, ",
    "durations": "480 tokens at 32 tok/s take 15 s, then 2 s, ",
    "transfer": "Saving 107.8 GB at 4 GB/s takes 27 s; ",
    "train_time": "4.2e22 FLOP on 512 GPUs at 400 TFLOP/s and 50 % MFU is 4.7 days, ",
    "rate_cells": "| 40 tok/s | 20 s ",
    "percent": "int4 saves 75 % against fp16, ",
    "kv_sizes": "512 KiB per token, for 4,096 tokens that is 2 GiB, ",
    "ttft": "TTFT 0.4 s, then 300 tokens at 30 tok/s take 10 s (12 s with 2 s of queueing), ",
    "activations": "activations with full recomputation take 16.8 MB per layer, ",
    "counts": "LoRA r=16 on q and v adds 4.2M trainable parameters, ",
    # plain-number equalities on a line naming no sizing word: quadratic while each one re-searched the line
    "equalities": "6 * 8e9 = 4.8e10 and ",
    "digit_commas": "1,",
    "bit_rates": "InfiniBand 400 Гбит/с — это 50 ГБ/с, ",
    "gpu_hours": "3 days on 8 GPUs = 576 GPU-hours, ",
    "context_k": "Контекст 128k — это 131 072 токена, ",
    # round 25's rules: what a model fits in, weights with gradients, a per-token noun, a share under TP, copies
    "fits": "Llama 3.1 8B in Q4_K_M fits into 24 GiB, влезает в 48 ГБ, ",
    "gradients": "weights and gradients in bf16 take 187 GB, ",
    "per_token_noun": "the per-token cost halves to 64 KiB, ",
    "tp_share": "with TP=8: 17.6 GB per card, ",
    "copies": "two copies of Llama 3.1 8B, 16 GB each, ",
}

SIZES = [25_000, 50_000, 100_000, 200_000]


BLOCKS: dict[str, Callable[[str], str]] = {
    "line": lambda line: line,
    "paragraph": lambda line: f"{line}\n{line}\n{line}",
    "items": lambda line: f"- {line}\n  - {line}\n    - {line}",
    "quote": lambda line: f"> {line}\n> {line}\n> {line}",
    "qa": lambda line: f"Q: {line}?\nA: {line}",
}


def _line(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def _tokenize(line: str) -> object:
    """The baseline: `find_quantities`' own pass, past its per-text cache (the claims run just read the same line)."""
    return _quantities_once.__wrapped__(line, False)


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main() -> None:
    args = sys.argv[1:]
    block = "line"
    if args[:1] == ["--block"]:
        block, args = args[1], args[2:]
    wrap = BLOCKS[block]
    names = args or list(PATTERNS)
    extract_claims(HEAD + _line(PATTERNS["shares"], 2_000) + "\n")  # warm the regex and catalogue caches
    print(f"{block:12s} claims/base CPU s at " + ", ".join(f"{n // 1000} KB" for n in SIZES) + " (per line)")
    for name in names:
        pattern = PATTERNS[name]
        claims_row: list[float] = []
        base_row: list[float] = []
        for size in SIZES:
            line = _line(pattern, size)
            note = HEAD + wrap(line) + "\n"
            claims_row.append(_cpu(partial(extract_claims, note)))
            base_row.append(_cpu(partial(_tokenize, line)))
        per_base = claims_row[-1] / max(base_row[-1], 1e-3)
        doubling = claims_row[-1] / max(claims_row[-2], 1e-3)
        cells = " ".join(f"{c:7.2f}/{b:5.2f}" for c, b in zip(claims_row, base_row, strict=True))
        print(f"{name:12s} {cells}   x base {per_base:6.1f}   2x {doubling:4.2f}", flush=True)


if __name__ == "__main__":
    main()
