"""vaultkit.claims.fastre: a guarded pattern finds exactly what the plain one finds (spans, groups, windows), is
guarded only where `re` has no first-character scan of its own. The speed it gains is measured in
benchmarks/bench_claims_speed.py."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from vaultkit.claims.fastre import guarded

PATTERNS = [
    r"(?i)\bKV\b|cache|кэш|кеш|activation|активаци|optimi[sz]er|\$|€|per\s+token",
    r"(?i)(?<!\w)(?:весов|веса|вес)(?!\w)|checkpoint|чекпо[иi]нт\w*",
    r"(?<![\w.-])(?:(?P<a>H100[\s-]*SXM\w*)|(?P<b>H100)|(?P<c>A100))",
    r"(?i)(?P<n>\d+(?:[.,]\d+)?|two|три)\s*(?:×|x|times|раза?)",
    r"(?i)a?b?c",  # optional first items: each can start a match
    r"(?i)(?:x|)y",  # an empty branch: the next item starts the match too
    r"\bfoo|(?i:bar)",  # another case rule inside: left plain
    r"(?i)(?>ab|a)c",
    r"(?i)[^a]bc",  # a negated class: left plain
    r"(?i)x*",  # can match nothing: left plain
    r"(?m)^#{1,6}\s",
    r"(?i)\d++(?:[,.]\d++)*+\s*(?:GB|ГБ)",
    r"(?s).x",  # any character: left plain
    r"(?i)(\w)\1",
    r"(?i)\bper\s+day\b|в\s+день|[ТГ]Б/с|\bDP\s*=",
]


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "abcxyKVkvCACHEкэшвесGBГБТБ/с 0123456789.,×x\n#-_H100A100SXMtwoтри$€день"
    texts = ["".join(rng.choice(alphabet) for _ in range(400)) for _ in range(40)]
    notes = sorted(Path(__file__).parent.glob("claims_corpus_[a-d]/notes/*.md"))[:6]
    texts += [p.read_text(encoding="utf-8") for p in notes]
    texts.append("The KV cache of Llama-3-8B: 2 × 32 × 8 × 128 × 2 B = 128 KiB per token; веса 14,96 ГиБ, H100 SXM5 80 GB.")
    return texts


@pytest.mark.parametrize("pattern", PATTERNS)
def test_guarded_matches_exactly_what_the_plain_pattern_does(pattern: str) -> None:
    plain, fast = re.compile(pattern), guarded(pattern)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    for text in _texts():
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
        for a, b in ((0, len(text)), (5, 60), (len(text) // 3, len(text) // 2)):
            p, f = plain.search(text, a, b), fast.search(text, a, b)
            assert (p and (p.span(), p.groups())) == (f and (f.span(), f.groups()))
            p, f = plain.match(text, a, b), fast.match(text, a, b)
            assert (p and p.span()) == (f and f.span())


def test_only_patterns_re_cannot_scan_for_are_guarded() -> None:
    assert guarded(r"(?i)\bKV\b|cache|кэш").pattern.startswith("(?i)(?=[")  # the flags stay in front
    assert guarded(r"(?<!\w)x|y").pattern.startswith("(?=[")
    for plain in (r"\$\d", r"[=×]\s*\d", r"abc|abd", r"(?i)[^a]bc", r"(?i)x*", r"(?s).x", r"\bfoo|(?i:bar)", r"(?x) a b"):
        assert guarded(plain).pattern == plain, plain
    with pytest.raises(re.error):
        guarded(r"(?i)(unclosed")
