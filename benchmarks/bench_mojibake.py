"""Mojibake repair on a corpus built from our own English and Russian notes.

For each damage kind (UTF-8 read as Mac Roman, cp1252, Latin-1, cp1251, KOI8-R, double Mac
Roman) and each extent (whole note, one paragraph), the fraction of notes restored exactly by
vaultkit's `repair_document` and by plain `ftfy.fix_text` and `ftfy.fix_encoding`; clean notes
changed by each; and the pre-check's cost per clean 10 KB note against calling ftfy on it.

Then issue 17's rows (tests/mojibake_cases.py: no-break spaces eaten, bytes already lost, damage
that changes encoding within a line, CESU-8 emoji, real U+FFFD, a lead before U+FFFD, C1-only
lines, double and triple damage), each string alone and as a paragraph of a ~1 KB Russian and
English note; expected = what `ftfy.fix_encoding` makes of the string; vaultkit runs as
`verify` and `fix --lossy` do (`repair_text`, code blocks found, lossy repairs applied).

    python benchmarks/bench_mojibake.py [--notes 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import ftfy
import ftfy.bad_codecs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_decode import SENTENCES as RU_SENTENCES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from mojibake_cases import CASES, EN_NOTE, LAYERED, LAYERED_PARAS, RU_NOTE, clean_notes, embed, layered

from vaultkit.engine.parse import repair_text
from vaultkit.ingest.mojibake import looks_clean, repair_document

EN_SENTENCES = [
    "A seven-billion-parameter model takes about fourteen gigabytes in half precision.",
    "Quantising to eight bits halves that again — and it’s usually the cheapest win.",
    "The key–value cache grows with context length; at 32k tokens it rivals the weights.",
    "“Near-duplicate” notes drift apart once links split between the copies.",
    "Mixed-precision Adam needs roughly sixteen bytes per parameter × the parameter count.",
    "Obsidian resolves [[links]] by the shortest path when names collide.",
    "Emoji headings 🧠 and arrows → are where naive repairs fail.",
]
KINDS = {
    "mac roman": ["macroman"],
    "cp1252": ["sloppy-windows-1252"],
    "latin-1": ["latin-1"],
    "cp1251": ["sloppy-windows-1251"],
    "koi8-r": ["koi8_r"],
    "double mac roman": ["macroman", "macroman"],
}


def make_note(rng: random.Random, sentences: list[str], paragraphs: int) -> str:
    paras = []
    for i in range(paragraphs):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        paras.append(f"## Раздел {i + 1}\n\n{body}" if sentences is RU_SENTENCES else f"## Part {i + 1}\n\n{body}")
    return "# Note\n\n" + "\n\n".join(paras) + "\n"


def damage(text: str, encodings: list[str]) -> str | None:
    for enc in encodings:
        try:
            text = text.encode("utf-8").decode(enc)
        except UnicodeDecodeError:
            return None
    return text


def damage_one_paragraph(rng: random.Random, text: str, encodings: list[str]) -> str | None:
    paras = text.split("\n\n")
    candidates = [i for i, p in enumerate(paras) if not p.isascii() and not p.startswith("#")]
    if not candidates:
        return None
    i = rng.choice(candidates)
    hurt = damage(paras[i], encodings)
    if hurt is None:
        return None
    paras[i] = hurt
    return "\n\n".join(paras)


def encodable(text: str, encodings: list[str]) -> str:
    """Drop what the legacy codec cannot show (emoji in KOI8-R), as real damage would have."""
    target = encodings[0].replace("sloppy-windows-", "cp")
    try:
        text.encode("utf-8").decode(encodings[0])
        return text
    except UnicodeDecodeError:
        return "".join(c for c in text if c.isascii() or c.isalpha() or c.isspace())[: len(text)] if target else text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(11)
    corpora = {
        "ru": [make_note(rng, RU_SENTENCES, rng.randint(1, 6)) for _ in range(args.notes)],
        "en": [make_note(rng, EN_SENTENCES, rng.randint(1, 6)) for _ in range(args.notes)],
    }
    print("| language | damage | extent | notes | vaultkit exact | ftfy.fix_text exact | ftfy.fix_encoding exact |")
    print("|---|---|---|---|---|---|---|")
    for lang, notes in corpora.items():
        for kind, encs in KINDS.items():
            for extent in ("whole", "paragraph"):
                n = ours = theirs = enc_only = 0
                for note in notes:
                    original = note
                    damaged = damage(note, encs) if extent == "whole" else damage_one_paragraph(rng, note, encs)
                    if damaged is None or damaged == original:
                        continue
                    n += 1
                    ours += repair_document(damaged).text == original
                    theirs += ftfy.fix_text(damaged) == original
                    enc_only += ftfy.fix_encoding(damaged) == original
                if n:
                    print(f"| {lang} | {kind} | {extent} | {n} | {ours / n:.1%} | {theirs / n:.1%} | {enc_only / n:.1%} |")
    clean = corpora["ru"] + corpora["en"]
    changed_ours = sum(repair_document(t).text != t for t in clean)
    changed_ftfy = sum(ftfy.fix_text(t) != t for t in clean)
    changed_enc = sum(ftfy.fix_encoding(t) != t for t in clean)
    print(
        f"\nclean notes changed: vaultkit {changed_ours}/{len(clean)}, ftfy.fix_text {changed_ftfy}/{len(clean)}, "
        f"ftfy.fix_encoding {changed_enc}/{len(clean)}"
    )
    issue_17_rows()

    # Pre-check cost on clean ~10 KB notes, against calling ftfy on each.
    ten_kb = []
    for sentences in (RU_SENTENCES, EN_SENTENCES):
        for _ in range(50):
            note = make_note(rng, sentences, 8)
            while len(note.encode()) < 10_000:
                note += make_note(rng, sentences, 4)
            ten_kb.append(note[:10_000])
    looks_clean(ten_kb[0])  # build the signature tables outside the timing

    def per_note(fn: object) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            for note in ten_kb:
                fn(note)  # type: ignore[operator]
            times.append((time.perf_counter() - t) / len(ten_kb))
        return statistics.median(times)

    pre = per_note(looks_clean)
    full = per_note(ftfy.fix_text)
    flagged = sum(not looks_clean(t) for t in ten_kb)
    print(
        f"pre-check on clean 10 KB notes: {pre * 1000:.3f} ms/note; ftfy.fix_text {full * 1000:.3f} ms/note; "
        f"ratio {full / pre:.0f}×; clean notes flagged {flagged}/{len(ten_kb)}"
    )


def issue_17_rows() -> None:
    """Issue 17's damage patterns, alone and inside a note; expected = ftfy.fix_encoding."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for case in CASES:
        rows.setdefault(case.row, []).append((case.damaged, str(ftfy.fix_encoding(case.damaged))))
    for _name, encodings in LAYERED:
        rows.setdefault("double/triple damage", []).extend((layered(p, encodings), p) for p in LAYERED_PARAS)
    print("\n| damage (issue 17) | extent | strings | vaultkit exact | ftfy.fix_text exact | ftfy.fix_encoding exact |")
    print("|---|---|---|---|---|---|")
    totals = {"single": [0, 0, 0, 0], "in a note": [0, 0, 0, 0]}
    t_ours = 0.0
    for row, pairs in rows.items():
        for extent in ("single", "in a note"):
            n = ours = theirs = enc_only = 0
            for damaged, want in pairs:
                cases = (
                    [(damaged, want)] if extent == "single" else [(embed(t, damaged), embed(t, want)) for t in (RU_NOTE, EN_NOTE)]
                )
                for text, expected in cases:
                    n += 1
                    start = time.perf_counter()
                    ours += repair_text(text, lossy=True).text == expected
                    t_ours += time.perf_counter() - start
                    theirs += ftfy.fix_text(text) == expected
                    enc_only += ftfy.fix_encoding(text) == expected
            print(f"| {row} | {extent} | {n} | {ours}/{n} | {theirs}/{n} | {enc_only}/{n} |")
            for k, v in enumerate((n, ours, theirs, enc_only)):
                totals[extent][k] += v
    for extent, (n, ours, theirs, enc_only) in totals.items():
        print(f"| **all** | {extent} | {n} | **{ours}/{n}** | {theirs}/{n} | {enc_only}/{n} |")
    notes = clean_notes()
    kept = sum(repair_text(t, lossy=True).text == t for t in notes)
    kept_enc = sum(ftfy.fix_encoding(t) == t for t in notes)
    kept_text = sum(ftfy.fix_text(t) == t for t in notes)
    print(
        f"\nclean notes of the corpus (typography, Cyrillic, emoji, Latin-1 names, mojibake shown in code) left as they are: "
        f"vaultkit {kept}/{len(notes)}, ftfy.fix_text {kept_text}/{len(notes)}, ftfy.fix_encoding {kept_enc}/{len(notes)}"
    )
    total = sum(v[0] for v in totals.values())
    print(f"vaultkit repair time on the damaged strings and notes: {t_ours / total * 1000:.2f} ms each")


if __name__ == "__main__":
    main()
