"""Claim extraction case by case (claims-gold.md Appendix B), the claim rules, `vaultkit claims`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.claims import Verdict, extract_claims
from vaultkit.claims.arith import run_block
from vaultkit.claims.quantities import find_quantities
from vaultkit.cli import main

NB, NN = "\u00a0", "\u202f"
# Appendix B: (text, expected quantities as (kind, value[, hi]))
APPENDIX_B = [
    ("a 7B model", [("count", 7e9)]),
    ("1.5 billion parameters", [("count", 1.5e9)]),
    ("30B parameters × 2 bytes = 60 GB", [("count", 30e9), ("bytes", 2), ("bytes", 60e9)]),
    ("7×10^9 parameters", [("count", 7e9)]),
    ("7×10⁹ parameters", [("count", 7e9)]),
    (
        "7×109 parameters×4 bytes/parameter=28×109 bytes=28 GB",
        [("number", 7), ("count", 109), ("bytes", 4), ("number", 28), ("bytes", 109), ("bytes", 28e9)],
    ),
    ("1e9 parameters", [("count", 1e9)]),
    ("$$\\text{Storage Size} = 10,000,000 \\times 4$$ $$\\text{bytes} = 40 \\text{ MB}$$", None),
    ("60 GB", [("bytes", 60e9)]),
    ("0.34 GiB", [("bytes", 0.34 * 2**30)]),
    ("<1 MB", [("bytes", 1e6)]),
    ("~60,000× smaller", [("multiplier", 60_000)]),
    ("~180–300 GB", [("bytes", 180e9, 300e9)]),
    ("reduces storage by 75%", [("percent", 0.75)]),
    (f"=28{NB}GBThis 28 GB calculation", [("bytes", 28e9), ("bytes", 28e9)]),
    (f"LLM весом 60{NN}ГБ", [("bytes", 60e9)]),
    (f"размером до ~1{NN}МБ", [("bytes", 1e6)]),
    ("10–50 КБ и 2 ТБ", [("bytes", 10e3, 50e3), ("bytes", 2e12)]),
    (f"коэффициент сжатия ≈{NN}60{NN}000×", [("multiplier", 60_000)]),
    ("7 млрд параметров и 350 млн", [("count", 7e9), ("count", 350e6)]),
    (f"60{NB}000 parameters", [("count", 60_000)]),
    ("60 000 parameters", [("count", 60_000)]),
    ("0,34 ГБ и 10,8 ГБ", [("bytes", 0.34e9), ("bytes", 10.8e9)]),
    ("approximately 60,000x", [("multiplier", 60_000)]),
    ("50 KB", [("bytes", 50e3)]),
    ("2 TB", [("bytes", 2e12)]),
]


@pytest.mark.parametrize(("text", "expected"), APPENDIX_B, ids=[t for t, _ in APPENDIX_B])
def test_appendix_b_extraction(text: str, expected: list[tuple[object, ...]] | None) -> None:
    if expected is None:  # the LaTeX chain: checked as a claim
        (claim,) = extract_claims(text)
        assert claim.verdict is Verdict.HOLDS and "40 MB" in claim.explanation
        return
    got = [(q.kind, pytest.approx(q.value)) + ((pytest.approx(q.hi),) if q.hi else ()) for q in find_quantities(text)]
    assert got == [tuple(e) for e in expected]


def test_hedges_and_bounds() -> None:
    (q,) = find_quantities("размером до ~1 МБ")
    assert (q.hedge, q.bound) == (True, "<")
    (q,) = find_quantities("exceeding 50GB")
    assert q.bound == ">"
    (q,) = find_quantities("-> ~10.8 GB")
    assert (q.hedge, q.bound) == (True, "")


CLAIM_CASES = [
    ("params x bytes holds", "A 7B model: 7B parameters × 2 bytes = 14 GB.", Verdict.HOLDS),
    ("params x bytes wrong", "13B parameters × 2 bytes = 40 GB.", Verdict.WRONG),
    ("GiB labelled GB", "8B parameters × 2 bytes = 14.9 GB.", Verdict.UNIT_CONFUSION),
    ("hedged approx", "8B parameters × 2 bytes = ~17 GB.", Verdict.HOLDS_APPROX),
    ("hedged but exactly GiB", "8B parameters × 2 bytes = ~15 GB.", Verdict.UNIT_CONFUSION),
    ("scale expansion", "30B parameters = 30,000,000,000", Verdict.HOLDS),
    ("lost superscript repaired", "Memory=7×109 parameters×4 bytes/parameter=28×109 bytes=28 GB", Verdict.HOLDS),
    ("ratio chain bound", "From 60 GB → <1 MB code → ~60,000× smaller", Verdict.HOLDS_BOUND),
    ("ratio wrong", "From 60 GB → 1 MB → 6,000× smaller", Verdict.WRONG),
    ("percent reduction", "Moving from FP32 to INT8 reduces storage by 75%.", Verdict.HOLDS),
    ("percent reduction wrong", "Moving from FP16 to INT8 reduces storage by 75%.", Verdict.WRONG),
    ("dtype fact", "FP16 (16 bits): 2 bytes per parameter.", Verdict.HOLDS),
    ("dtype fact wrong", "FP16 (16 bits): 4 bytes per parameter.", Verdict.WRONG),
    ("russian params in dtype", "Модель на 7 млрд параметров в fp16 занимает 14 ГБ.", Verdict.HOLDS),
    ("model name size wrong", "Llama-2-70B in fp16 needs about 70 GB.", Verdict.WRONG),
    ("vague", "trained on hundreds of gigabytes of text", Verdict.UNVERIFIABLE),
]


@pytest.mark.parametrize(("text", "verdict"), [c[1:] for c in CLAIM_CASES], ids=[c[0] for c in CLAIM_CASES])
def test_claim_verdicts(text: str, verdict: Verdict) -> None:
    claims = extract_claims(text)
    assert [c.verdict for c in claims] == [verdict], [c.explanation for c in claims]


def test_lost_superscript_repair_is_recorded() -> None:
    (claim,) = extract_claims("Memory=7×109 parameters×4 bytes/parameter=28×109 bytes=28 GB")
    assert claim.repairs and "7×10^9" in claim.repairs[0]


def test_explanation_names_both_units() -> None:
    (claim,) = extract_claims("8B parameters × 2 bytes = 14.9 GB.")
    assert "16 GB" in claim.explanation and "14.901 GiB" in claim.explanation and "GiB labelled GB" in claim.explanation


def test_code_block_evaluated_not_executed(tmp_path: object) -> None:
    marker = Path(str(tmp_path)) / "vaultkit-pwned"
    text = (
        f"```python\nimport os\nos.system('touch {marker}')\nx = 4096 * 11008 * 2\nprint(f'{{x:,}}')  # Output: 90,177,536\n"
        "y = x * 4 / (1024**3)\nprint(f'{y:.2f} GB')\n# Output: 0.34 GB\n```\n"
    )
    claims = extract_claims(text, code_ranges=[(1, 9)])
    assert [c.verdict for c in claims] == [Verdict.HOLDS, Verdict.UNIT_CONFUSION]
    import os

    assert not os.path.exists(marker)


@pytest.mark.parametrize(
    "source", ["__import__('os').system('x')", "open('/etc/passwd').read()", "x = 2 ** 100000", "x = (lambda: 1)()", "x = [1][0]"]
)
def test_arith_refuses_anything_else(source: str) -> None:
    names, prints, _ = run_block(source)
    assert names == {} and prints == []


def test_claim_rules_and_cli(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault(
        {
            "a.md": (
                "# A\n13B parameters × 2 bytes = 40 GB.\n\n```python\nx = 8e9 * 2 / 1024**3\n"
                "print(f'{x:.1f} GB')  # Output: 14.9 GB\n```\n[[b]]\n"
            ),
            "b.md": "# B\nModel: 7 млрд параметров в fp16 занимает 14 ГБ.\n[[a]] [[c]]\n",
            "c.md": "# C\nA model of 7 млрд параметров в fp16 занимает 16 ГБ.\n[[b]]\n",
        }
    )
    assert main(["verify", str(root), "--format", "json", "--select", "VK4"]) == 1
    found = {(f["path"], f["rule"]) for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {("a.md", "VK401"), ("a.md", "VK402")} <= found
    assert ("c.md", "VK401") in found and ("c.md", "VK405") in found
    assert main(["claims", str(root), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["verdict"] for r in rows} >= {"wrong", "unit confusion GB↔GiB", "holds"}
    assert all({"path", "line", "span", "explanation", "verdict"} <= set(r) for r in rows)
    assert main(["claims", str(root)]) == 0
    assert "claims:" in capsys.readouterr().out


def _prefilter_texts() -> list[str]:
    from conftest import SAMPLES, SEEDS, seed_text

    texts = [t for t, _ in APPENDIX_B] + [c[1] for c in CLAIM_CASES]
    if SEEDS.is_dir():
        texts += [seed_text(i) for i in range(5)] + [seed_text(1, repaired=True)]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.rglob("*.md"))]
    odd = [
        "trained on hundreds of gigabytes",
        "Модель ГИГАБАЙТ 7",
        "в несколько раз больше",
        "5\t= 3",
        "x → 2",
        "> 60 GB → <1 MB → ~60,000×",
        "$7 \\times 10^9$",
        "fp32 гигабайт [[Note 000461]]",
    ]
    return texts + odd


def test_line_plan_skips_only_lines_without_claims() -> None:
    """The one-scan prefilter (`line_plan`) must never drop a line that holds a claim on its own
    (Appendix B, the claim cases, the sample vault, the seeds when ../shared is beside the checkout,
    and a few made-up lines)."""
    from conftest import SEEDS

    from vaultkit.claims import extract as X

    checked = 0
    for text in _prefilter_texts():
        lines = text.split("\n")
        plan = X.line_plan(text)
        for n, line in enumerate(lines, start=1):
            if n not in plan and "$" not in line:
                assert extract_claims(line) == (), f"skipped line {n} holds claims: {line!r}"
            checked += 1
    assert checked > (1000 if SEEDS.is_dir() else 50)


def test_line_plan_is_one_hit_per_line() -> None:
    from vaultkit.claims import extract as X

    text = "a 7 GB model\nplain words\n60 GB → 1 MB, 2 TB and 3 KB\n"
    assert X.line_plan(text) == {1, 3}


def test_note_with_case_exceptions_is_tested_line_by_line() -> None:
    # `ſ` is `s` to re.I but not to str.lower(): such a note skips the one-scan prefilter.
    (claim,) = extract_claims("intro\ntrained on hundreds of gigabyteſ of text")
    assert claim.verdict is Verdict.UNVERIFIABLE and claim.line == 2


CODE_SIZES = "# Sizes\nThe whole architecture fits into 10–50 KB of Python code.\n\nEven with the full source → <1 MB.\n\n{}\n"


def test_code_size_conflicting_with_an_earlier_one_is_an_internal_inconsistency() -> None:
    claims = extract_claims(CODE_SIZES.format("To describe a 7 GB model in code, one would encode ~2 MB of topology."))
    by_line = {c.line: c for c in claims}
    assert by_line[2].shape == by_line[4].shape == "external-size"  # a range, then a bound that fits it
    late = by_line[6]
    assert (late.shape, late.verdict, late.span) == ("code-size", Verdict.UNVERIFIABLE, "~2 MB")
    assert "40–200× off the 10–50 KB of line 2" in late.explanation and "internal inconsistency" in late.explanation
    assert late.key and late.key == by_line[2].key and (by_line[2].value, late.value) == (10e3, 2e6)


@pytest.mark.parametrize(
    "sentence",
    [
        "To describe a 7 GB model in code, one would encode ~30 KB of topology.",  # fits the range
        "The Python code loads a 60 GB model.",  # the size is the model's
        "If an LLM takes 60 GB, how large is its Python code?",
        "60 GB fp16 binary → ~180–300 GB if serialized as literal Python arrays.",  # weights as code
        "A 7 GB model is an instance of a ~2 MB architectural idea.",  # no code named
    ],
)
def test_code_sizes_that_do_not_conflict(sentence: str) -> None:
    assert not [c for c in extract_claims(CODE_SIZES.format(sentence)) if c.shape == "code-size"]


def test_code_size_conflict_is_reported_by_inconsistent_claims(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"a.md": CODE_SIZES.format("To describe a 7 GB model in code, one would encode ~2 MB of topology.")})
    main(["verify", str(root), "--format", "json", "--select", "VK403"])
    found = [(f["line"], f["rule"]) for f in json.loads(capsys.readouterr().out)["findings"]]
    assert found == [(6, "VK403")]
