"""Rules about numeric sizing claims: each one recomputed by the sizing engine."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vaultkit.claims.model import Claim, Verdict
from vaultkit.config import Config
from vaultkit.model import Finding, Note, Severity
from vaultkit.rules.base import Example, rule

if TYPE_CHECKING:
    from vaultkit.api import VaultIndex


def _claims(note: Note) -> list[Claim]:
    return [c for c in note.claims if isinstance(c, Claim)]


def _where(c: Claim) -> str:
    return f"{c.span[:60]!r}" + (f" (repaired: {'; '.join(c.repairs)})" if c.repairs else "")


_SHARE = re.compile(r"/ (\d+) devices|one of (\d+) devices|\bper device\b")


def _key(c: Claim) -> str:
    """The quantity a claim states, with the device share it is said of: a figure per device is
    never compared with the whole model's (nor a share of 8 with a share of 4)."""
    m = _SHARE.search(c.explanation)
    return c.key if m is None else f"{c.key}|/{m.group(1) or m.group(2) or 'device'}"


def _both_hold(a: Claim, b: Claim) -> bool:
    """Two figures that each recompute right under one key are read differently (a device's share
    and the whole model, another dtype or count): they are no one quantity stated twice, so a
    difference between them is no disagreement."""
    return a.verdict.holds and b.verdict.holds


_CODE_SIZES = "# Sizes\nThe whole architecture fits into 10–50 KB of Python code.\n\n{}\n"


@rule(
    "VK401",
    "wrong-claim",
    scope="note",
    severity=Severity.ERROR,
    examples=(
        Example.failing("13B parameters × 2 bytes = 20 GB\n"),
        Example.passing("13B parameters × 2 bytes = 26 GB\n"),
    ),
)
def check_wrong(note: Note, config: Config) -> Iterator[Finding]:
    """A numeric claim does not hold when recomputed.

    Failing: `13B parameters × 2 bytes = 20 GB` (it is 26 GB); `A 34B model needs 34 GB in bf16`.
    Passing: `13B parameters × 2 bytes = 26 GB`; `Llama-2-7B in fp16 takes 13.5 GB`.
    Each figure is checked as its kind (weights, KV cache, training memory, GGUF file, parameter
    count, FLOPs, throughput) with the dtype the note states; the message gives the recomputation
    in the stated unit (`stated 28 GB; 7.00B params × 2 bytes (bf16) = 14 GB`). Sizes and parameter
    counts in the front matter are read by their keys (`kv_per_token_27b: 368 KiB`, `llama32_1b_bf16:
    2.47 GB`, `params_exact: 8030261248`); a short answer is read after the question above it (`**Qwen2.5-7B,
    batch 16 × 32K?**` / `14 GiB.`), and so are an answer key's row (`| Q5 | 155 tok/s |` under `**Q5.** …?`)
    and an answer under a problem's letter (`- (б) 26,03 ГиБ.` under `- (б) размер весов в fp16;`); what a
    model fits in is a bound on its size (`fits into 24 GiB`). A card's published bandwidth and memory judge
    what is said of it, a factor between two cards (`H200 … 3× more than the H100 SXM`: 1.43×) and a
    memory's peak from its bus (`LPDDR5X-8000 on a 256-bit bus` = 256 GB/s).
    A model the catalogue lacks is recomputed from the configuration the note's front matter gives under
    its name (`yi-1.5-34b: {hidden: 7168, layers: 60, heads: 56, kv_heads: 8, mlp: 20480, vocab: 64000}`),
    for that note only; a rule of thumb the note states (`VRAM = parameters × bytes, plus 20 % overhead`)
    judges the weights figures below it too.
    """
    for c in _claims(note):
        if c.verdict is Verdict.WRONG:
            yield check_wrong.finding(
                note.path, c.line, c.column, f"claim does not hold: {_where(c)}: {c.explanation}", key=f"{c.shape}:{c.span}"
            )


@rule(
    "VK402",
    "gb-gib-confusion",
    scope="note",
    severity=Severity.WARNING,
    examples=(
        Example.failing('```python\nparams = 360_000_000\nprint(f"{params / 1024**3:.2f} GB")  # 0.34 GB\n```\n'),
        Example.passing('```python\nparams = 360_000_000\nprint(f"{params / 1024**3:.2f} GiB")  # 0.34 GiB\n```\n'),
    ),
)
def check_units(note: Note, config: Config) -> Iterator[Finding]:
    """A size is computed in binary units (GiB, 2³⁰ bytes) but labelled GB (10⁹), or the reverse.

    Failing: `x / (1024**3)` printed as `0.34 GB` (it is 0.336 GiB = 0.361 GB).
    Passing: the same value labelled `0.34 GiB`, or computed with `/ 10**9`.
    """
    for c in _claims(note):
        if c.verdict is Verdict.UNIT_CONFUSION:
            yield check_units.finding(
                note.path, c.line, c.column, f"GB/GiB confusion: {_where(c)}: {c.explanation}", key=f"{c.shape}:{c.span}"
            )


@rule(
    "VK403",
    "inconsistent-claims",
    scope="note",
    severity=Severity.WARNING,
    examples=(
        Example.failing(_CODE_SIZES.format("To describe a 7 GB model in code, one would encode ~2 MB of topology.")),
        Example.passing(_CODE_SIZES.format("To describe a 7 GB model in code, one would encode ~30 KB of topology.")),
    ),
)
def check_inconsistent(note: Note, config: Config) -> Iterator[Finding]:
    """Two claims of one note state the same quantity differently.

    Failing: "a 7B model in fp16 takes 14 GB" and later "7B parameters in fp16: 16 GB".
    Passing: the same figure both times.
    """
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for c in _claims(note):
        if c.key and c.value is not None:
            by_key[_key(c)].append(c)
    for group in by_key.values():
        first = group[0]
        for other in group[1:]:
            if _both_hold(first, other):
                continue
            if first.value and abs(other.value - first.value) > 0.05 * first.value:  # type: ignore[operator]
                yield check_inconsistent.finding(
                    note.path,
                    other.line,
                    other.column,
                    f"{other.span[:50]!r} disagrees with line {first.line} ({first.span[:50]!r})",
                    key=first.key,
                )


@rule(
    "VK404",
    "unverifiable-claim",
    scope="note",
    severity=Severity.INFO,
    default_enabled=False,
    examples=(
        Example.failing("The model was trained on hundreds of gigabytes of text.\n"),
        Example.passing("A plain note with no figures.\n"),
    ),
)
def check_unverifiable(note: Note, config: Config) -> Iterator[Finding]:
    """A numeric claim cannot be recomputed (vague magnitudes, external facts). Off by default.

    Example: "trained on hundreds of gigabytes of text", "fits into 10–50 KB of code", a model
    missing from the catalogue and not configured in the front matter (named in the message), a KV cache
    without a context length, or
    a weights figure with no dtype stated (ambiguous: the common dtypes are listed). A size, rate,
    share or total in a sentence about a model's sizing that no claim shape could type is listed
    too ("a size the checker could not type"), or, when another claim of its line reads it, as
    that claim's input: every such figure is accounted for, none dropped.
    """
    for c in _claims(note):
        if c.verdict is Verdict.UNVERIFIABLE:
            yield check_unverifiable.finding(
                note.path, c.line, c.column, f"cannot be recomputed: {_where(c)}: {c.explanation}", key=f"{c.shape}:{c.span}"
            )


@rule(
    "VK405",
    "conflicting-claims",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing(a="Llama-2-7B in fp16 is 13.48 GB.\n", b="Llama-2-7B in fp16 is 14.5 GB.\n"),
        Example.passing(a="Llama-2-7B in fp16 is 13.48 GB.\n", b="Llama-2-7B in fp16 is 13.48 GB.\n"),
    ),
)
def check_across_notes(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes state the same quantity differently.

    Failing: one note says Llama-2-7B in fp16 is 13.48 GB, another 14.5 GB.
    Passing: both say 13.48 GB (or figures within rounding of each other).
    """
    by_key: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for note in index.notes:
        for c in _claims(note):
            if c.key and c.value:
                by_key[_key(c)].append((note.path, c))
    for group in by_key.values():
        paths = {p for p, _ in group}
        if len(paths) < 2:
            continue
        base_path, base = group[0]
        for path, c in group[1:]:
            if path != base_path and not _both_hold(base, c) and abs(c.value - base.value) > 0.05 * base.value:  # type: ignore[operator]
                yield check_across_notes.finding(
                    path,
                    c.line,
                    c.column,
                    f"{c.span[:50]!r} disagrees with {base_path}:{base.line} ({base.span[:50]!r})",
                    key=base.key,
                )


RULES = (check_wrong, check_units, check_inconsistent, check_unverifiable, check_across_notes)
