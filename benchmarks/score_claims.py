"""Score vaultkit's claim checker against the blind corpus in tests/claims_corpus/.

    python benchmarks/score_claims.py [CORPUS_DIR]

The corpus (notes + truth.json) was written, with its own truth script, by someone who had not
read vaultkit's claims code. This script runs the real CLI (`vaultkit claims --format json` and
`vaultkit verify --format json --select VK4`) on the notes and reports:

- extraction recall: truth claims that vaultkit extracted (same line, the stated figure's value);
- wrong claims flagged: truth-wrong claims with a VK401/VK402 finding, and of those, the ones whose
  message carries the right recomputation (a number within 2 % of the truth's value);
- error precision: VK401/VK402 findings that fall on a truth-wrong claim, over all such findings
  on scored lines (claims and non-claim lines); findings on lines the truth does not score are
  counted apart;
- findings on non-claim lines: any VK401-VK403/VK405 finding on a line the truth calls no claim.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "claims_corpus"
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f\u2009,.]\d+)*")
# An exponent written after a number: 8.1e22, 5.88 \times 10^{23}, 8,2·10²³, 3 × 10^9, 2*10**9.
_EXPONENT = re.compile(
    r"\s*(?:[eE](?P<e>[+-]?\d+)\b|(?:\\times|\\cdot|[×·*x])\s*10\s*(?:\^\s*\{?\s*(?P<p>[+-−]?\d+)\s*\}?|\*\*\s*(?P<pp>[+-]?\d+)|(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
ERROR_RULES = {"VK401", "VK402"}
FINDING_RULES = {"VK401", "VK402", "VK403", "VK405"}


def numbers(text: str) -> list[float]:
    """Every number written in `text`, with `,`/space thousands separators or a decimal comma,
    LaTeX grouping (`{,}`, `\\,`) and an exponent (`e22`, `\\times 10^{23}`, `·10²³`) when one follows."""
    text = text.replace("{,}", ",").replace("\\,", " ").replace("\\;", " ").replace("~", " ")
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
        raw = raw.replace(" ", "")
        if "," in raw and "." in raw:
            raw = raw.replace(",", "")
        elif raw.count(",") == 1 and (len(raw.split(",")[1]) != 3 or raw.startswith("0,")):  # `0,048`: decimal
            raw = raw.replace(",", ".")
        else:
            raw = raw.replace(",", "")
        if raw.count(".") > 1:
            raw = raw.replace(".", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        out.append(value)
        e = _EXPONENT.match(text, m.end())
        if e:
            power = e.group("e") or e.group("p") or e.group("pp") or (e.group("sup") or "").translate(_SUPERSCRIPT)
            with contextlib.suppress(ValueError, OverflowError):
                out.append(value * 10.0 ** int(power.replace("−", "-")))
    return out


def _close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def _values(v: Any) -> list[float]:
    return [float(x) for x in v] if isinstance(v, list) else [float(v)]


@dataclass
class Score:
    claims: int = 0
    wrong: int = 0
    extracted: int = 0
    flagged: int = 0
    flagged_right: int = 0
    errors_true: int = 0
    errors_false: int = 0
    errors_unscored: int = 0
    noclaim_findings: int = 0
    duplicate_errors: int = 0
    reader_failures: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unflagged: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)
    noclaim: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_kind_found: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        precision = self.errors_true / max(1, self.errors_true + self.errors_false)
        return {
            "claims": self.claims,
            "wrong": self.wrong,
            "recall": round(self.extracted / max(1, self.claims), 3),
            "wrong_flagged": round(self.flagged / max(1, self.wrong), 3),
            "wrong_flagged_right_value": round(self.flagged_right / max(1, self.wrong), 3),
            "error_precision": round(precision, 3),
            "errors_on_unscored_lines": self.errors_unscored,
            "findings_on_non_claim_lines": self.noclaim_findings,
            "duplicate_errors_on_one_claim": self.duplicate_errors,
            "claim_reader_failures": len(self.reader_failures),
        }


def _run(args: list[str]) -> Any:
    # a claim reader that fails on a sentence is counted (`reader_failures`, VK000), never raised: the rest is scored
    env = {k: v for k, v in os.environ.items() if k != "VAULTKIT_SHAPE_ERRORS"}
    proc = subprocess.run([sys.executable, "-m", "vaultkit", *args], capture_output=True, text=True, check=False, env=env)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"vaultkit {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def score(corpus: Path = CORPUS) -> Score:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    notes = corpus / "notes"
    # A corpus folder is no Obsidian vault (no .obsidian/): --root names it as the vault.
    claims = _run(["claims", str(notes), "--format", "json", "--no-cache", "--root", str(notes)])
    found = _run(
        [
            "verify",
            str(notes),
            "--format",
            "json",
            "--no-cache",
            "--no-baseline",
            "--select",
            "VK4,VK000",
            "--exit-zero",
            "--root",
            str(notes),
        ]
    )

    by_line: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for c in claims:
        for ln in range(c["line"], c.get("end_line", c["line"]) + 1):
            by_line.setdefault((c["path"], ln), []).append(c)
    findings_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for f in found["findings"]:
        findings_at.setdefault((f["path"], f["line"], f["column"]), []).append(f)

    # VK000: a claim reader (or the note's extraction) failed; counted, never scored as a claim's finding
    failed = [f"{f['path']}:{f['line']} {f['message'][:160]}" for f in found["findings"] if f["rule"] == "VK000"]
    s = Score(reader_failures=failed)
    # Extracted claims matched to a truth claim, by position: (truth index, truth says wrong).
    at_claim: dict[tuple[str, int, int], list[tuple[int, bool]]] = {}
    wrong_lines: dict[tuple[str, int], int] = Counter()
    for t in truth["claims"]:
        s.claims += 1
        s.by_kind[t["kind"]] += 1
        wrong = t["verdict"] == "wrong"
        s.wrong += wrong
        key = (t["file"], t["line"])
        if wrong:
            wrong_lines[key] += 1
        stated = _values(t["stated"])
        # The truth's `occurrence` (the figure's n-th appearance on its line) picks among the
        # extracted claims stating that value, in the order they stand on the line.
        hits = [
            c
            for c in sorted(by_line.get(key, []), key=lambda c: (c["line"], c["column"]))
            if any(_close(v, n, 1e-6) for v in stated for n in numbers(c.get("stated", "")))
        ]
        nth = int(t.get("occurrence") or 1)
        match = hits[nth - 1] if len(hits) >= nth else (hits[0] if hits else None)
        where = f"{t['file']}:{t['line']} {t['figure']!r} ({t['kind']}, {t['verdict']})"
        if match is None:
            s.missed.append(where)
            if wrong:
                s.unflagged.append(where + " [not extracted]")
            continue
        s.extracted += 1
        s.by_kind_found[t["kind"]] += 1
        at_claim.setdefault((match["path"], match["line"], match["column"]), []).append((s.claims, wrong))
        if not wrong:
            continue
        errs = [f for f in findings_at.get((match["path"], match["line"], match["column"]), []) if f["rule"] in ERROR_RULES]
        if not errs:
            s.unflagged.append(where + f" [verdict {match['verdict']}]")
            continue
        s.flagged += 1
        correct = _values(t["correct"])
        if any(_close(n, v, 0.02) for f in errs for n in numbers(f["message"]) for v in correct):
            s.flagged_right += 1
        else:
            s.unflagged.append(where + " [flagged, recomputation not in message]")

    non_claim_lines = {(n["file"], n["line"]) for n in truth["non_claims"]}
    claim_lines = {(t["file"], t["line"]) for t in truth["claims"]}
    # An error finding is attributed to the claim at its position when vaultkit extracted one there
    # that matches a truth claim: true on a truth-wrong claim (a second finding on the same claim is
    # counted as a duplicate, neither true nor false), false on a truth-right claim. A finding at
    # any other position falls back to the line: true while the line has wrong claims left.
    credited: set[int] = set()
    unplaced: list[dict[str, Any]] = []
    for f in found["findings"]:
        key = (f["path"], f["line"])
        if key in non_claim_lines and f["rule"] in FINDING_RULES:
            s.noclaim_findings += 1
            s.noclaim.append(f"{f['path']}:{f['line']} {f['rule']} {f['message'][:120]}")
        if f["rule"] not in ERROR_RULES:
            continue
        if key not in claim_lines and key not in non_claim_lines:
            s.errors_unscored += 1
            continue
        here = at_claim.get((f["path"], f["line"], f["column"]))
        if not here:
            unplaced.append(f)
            continue
        wrong_here = [i for i, w in here if w]
        fresh = [i for i in wrong_here if i not in credited]
        if fresh:
            s.errors_true += 1
            credited.add(fresh[0])
            wrong_lines[key] -= 1
        elif wrong_here:
            s.duplicate_errors += 1
        else:
            s.errors_false += 1
            s.false_errors.append(f"{f['path']}:{f['line']} {f['message'][:160]}")
    for f in unplaced:
        key = (f["path"], f["line"])
        if wrong_lines.get(key, 0) > 0:
            s.errors_true += 1
            wrong_lines[key] -= 1
        else:
            s.errors_false += 1
            s.false_errors.append(f"{f['path']}:{f['line']} {f['message'][:160]}")
    return s


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    s = score(corpus)
    print(json.dumps(s.as_dict(), indent=2))
    print("extraction recall by kind:")
    for kind, n in sorted(s.by_kind.items()):
        print(f"  {kind:20} {s.by_kind_found[kind]:3}/{n}")
    for title, rows in (
        ("not extracted", s.missed),
        ("wrong, not flagged right", s.unflagged),
        ("false errors", s.false_errors),
        ("findings on non-claim lines", s.noclaim),
    ):
        print(f"{title} ({len(rows)}):")
        for row in rows[:60]:
            print("  " + row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
