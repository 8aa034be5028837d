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

import json
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
ERROR_RULES = {"VK401", "VK402"}
FINDING_RULES = {"VK401", "VK402", "VK403", "VK405"}


def numbers(text: str) -> list[float]:
    """Every number written in `text`, with `,`/space thousands separators or a decimal comma."""
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
        raw = raw.replace(" ", "")
        if "," in raw and "." in raw:
            raw = raw.replace(",", "")
        elif raw.count(",") == 1 and len(raw.split(",")[1]) != 3:
            raw = raw.replace(",", ".")
        else:
            raw = raw.replace(",", "")
        if raw.count(".") > 1:
            raw = raw.replace(".", "")
        try:
            out.append(float(raw))
        except ValueError:
            continue
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
        }


def _run(args: list[str]) -> Any:
    proc = subprocess.run([sys.executable, "-m", "vaultkit", *args], capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"vaultkit {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def score(corpus: Path = CORPUS) -> Score:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    notes = corpus / "notes"
    # A corpus folder is no Obsidian vault (no .obsidian/): --root names it as the vault.
    claims = _run(["claims", str(notes), "--format", "json", "--no-cache", "--root", str(notes)])
    found = _run(["verify", str(notes), "--format", "json", "--no-cache", "--no-baseline", "--select", "VK4", "--exit-zero",
                  "--root", str(notes)])

    by_line: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for c in claims:
        for ln in range(c["line"], c.get("end_line", c["line"]) + 1):
            by_line.setdefault((c["path"], ln), []).append(c)
    findings_at: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for f in found["findings"]:
        findings_at.setdefault((f["path"], f["line"], f["column"]), []).append(f)

    s = Score()
    used_findings: set[int] = set()
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
        match = None
        for c in by_line.get(key, []):
            if any(_close(v, n, 1e-6) for v in stated for n in numbers(c.get("stated", ""))):
                match = c
                break
        where = f"{t['file']}:{t['line']} {t['figure']!r} ({t['kind']}, {t['verdict']})"
        if match is None:
            s.missed.append(where)
            if wrong:
                s.unflagged.append(where + " [not extracted]")
            continue
        s.extracted += 1
        s.by_kind_found[t["kind"]] += 1
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
    for i, f in enumerate(found["findings"]):
        key = (f["path"], f["line"])
        if key in non_claim_lines and f["rule"] in FINDING_RULES:
            s.noclaim_findings += 1
            s.noclaim.append(f"{f['path']}:{f['line']} {f['rule']} {f['message'][:120]}")
        if f["rule"] not in ERROR_RULES:
            continue
        used_findings.add(i)
        if key in claim_lines or key in non_claim_lines:
            if wrong_lines.get(key, 0) > 0:
                s.errors_true += 1
                wrong_lines[key] -= 1
            else:
                s.errors_false += 1
                s.false_errors.append(f"{f['path']}:{f['line']} {f['message'][:160]}")
        else:
            s.errors_unscored += 1
    return s


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    s = score(corpus)
    print(json.dumps(s.as_dict(), indent=2))
    print("extraction recall by kind:")
    for kind, n in sorted(s.by_kind.items()):
        print(f"  {kind:20} {s.by_kind_found[kind]:3}/{n}")
    for title, rows in (("not extracted", s.missed), ("wrong, not flagged right", s.unflagged),
                        ("false errors", s.false_errors), ("findings on non-claim lines", s.noclaim)):
        print(f"{title} ({len(rows)}):")
        for row in rows[:60]:
            print("  " + row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
