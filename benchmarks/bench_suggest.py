"""How often "did you mean" names the right target: damage 1 % of a vault's resolved links, run
`vaultkit verify`, score the suggestions of the broken-link findings.

    python benchmarks/bench_suggest.py VAULT [--work DIR] [--share 0.01] [--seed 0]

VAULT (e.g. `python benchmarks/generate.py /tmp/vk/gen10k_l --notes 10000`) is copied to DIR,
and links that resolve to a note are damaged there, at most one per line, each by one of:

- typo: one character inserted, deleted, substituted or two swapped in the note's name, redrawn
  until the damaged name matches no file (a damage that lands on another existing name is a
  different valid link: no tool can tell; those draws are counted);
- case: the name's case changed: Obsidian still resolves it (case-insensitive), so it must
  stay resolved to the same note and get no finding;
- accents: case changed and a vowel given an accent (`NÖTE 000123`);
- punctuation: the name's spaces turned into `-`, `_` or nothing;
- move: the link names a folder the note is not in (`[[Area 07/Note 000123]]`), as a link
  written before the note moved.

Then `vaultkit verify --select VK301 --format json` runs on the copy through the CLI. A damaged
link (not case) is a hit when its VK301 finding suggests the original note, wrong when it
suggests another, missed when it suggests nothing. precision = hits / (hits + wrong),
recall = hits / damaged. Suggestions on the vault's own broken links (`[[Missing note N]]`,
targets that exist nowhere) are counted too: each is a suggestion no one asked for.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from vaultkit import linkform
from vaultkit.api import load_vault
from vaultkit.graph import Resolver
from vaultkit.model import Link

KINDS = ("typo", "case", "accents", "punctuation", "move")
_ACCENT = {"o": "ö", "e": "é", "a": "á", "O": "Ö", "E": "É", "A": "Á"}
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "


def _typo(rng: random.Random, name: str) -> str:
    i = rng.randrange(len(name))
    op = rng.randrange(4)
    if op == 0:
        return name[:i] + rng.choice(_ALPHABET) + name[i:]
    if op == 1 and len(name) > 1:
        return name[:i] + name[i + 1 :]
    if op == 2:
        return name[:i] + rng.choice(_ALPHABET.replace(name[i].lower(), "")) + name[i + 1 :]
    j = min(i + 1, len(name) - 1)
    return name[:i] + name[j] + name[i] + name[j + 1 :] if j != i else name + "x"


def damage(
    rng: random.Random, kind: str, link: Link, path: str, folders: list[str], resolver: Resolver, source: str
) -> str | None:
    """The damaged target text for `link` (which resolves to `path`), or None."""
    folder, _, name = link.target.rpartition("/")
    md = name.lower().endswith(".md")
    stem = name[:-3] if md else name
    prefix = folder + "/" if folder else ""
    suffix = ".md" if md else ""
    if kind == "typo":
        for _ in range(20):
            new = prefix + _typo(rng, stem) + suffix
            if resolver.resolve(new, source).path is None:
                return new
            COUNTS["typo landed on another name"] += 1
        return None
    if kind == "case":
        return prefix + (stem.upper() if rng.random() < 0.5 else stem.swapcase()) + suffix
    if kind == "accents":
        vowels = [i for i, c in enumerate(stem) if c in _ACCENT]
        if not vowels:
            return None
        i = rng.choice(vowels)
        return prefix + (stem[:i] + _ACCENT[stem[i]] + stem[i + 1 :]).upper() + suffix
    if kind == "punctuation":
        if " " not in stem:
            return None
        return prefix + stem.replace(" ", rng.choice(["-", "_", ""])) + suffix
    if kind == "move":
        here = path.rpartition("/")[0]
        other = rng.choice([f for f in folders if f != here])
        return f"{other}/{stem}{suffix}"
    raise ValueError(kind)


COUNTS: Counter[str] = Counter()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("vault", type=Path)
    ap.add_argument("--work", type=Path, default=None, help="where the damaged copy goes (default: VAULT_damaged)")
    ap.add_argument("--share", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    work = args.work or args.vault.with_name(args.vault.name + "_damaged")
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(args.vault, work, ignore=shutil.ignore_patterns(".vaultkit"))
    rng = random.Random(args.seed)

    index = load_vault(work, use_cache=False)
    resolver = Resolver([n.path for n in index.notes], index.files)
    notes = {n.path for n in index.notes}
    folders = sorted({p.rpartition("/")[0] for p in notes})
    candidates = []
    for note in index.notes:
        if note.encoding != "utf-8" or note.repaired:
            continue
        lines_taken: set[int] = set()
        for link in note.links:
            to = resolver.resolve(link.target, note.path).path
            if link.target and to in notes and link.line not in lines_taken:
                candidates.append((note.path, link, to))
                lines_taken.add(link.line)
    total_links = sum(len(n.links) for n in index.notes)
    chosen = rng.sample(candidates, round(args.share * total_links))
    damaged: dict[tuple[str, int, int], tuple[str, str, str, str]] = {}  # (path, line, col) -> (kind, original, old raw, new raw)
    by_note: dict[str, list[tuple[Link, str]]] = {}
    for k, (source, link, to) in enumerate(chosen):
        kind = KINDS[k % len(KINDS)]
        target = damage(rng, kind, link, to, folders, resolver, source)
        if target is None:
            continue
        new = linkform.rewrite(link, target)
        if new is None or new == link.raw:
            continue
        damaged[(source, link.line, link.column)] = (kind, to, link.raw, new)
        by_note.setdefault(source, []).append((link, new))
    for source, edits in by_note.items():
        path = work / source
        lines = path.read_bytes().decode("utf-8").split("\n")
        for link, new in edits:
            line = lines[link.line - 1]
            at = link.column - 1
            assert line[at : at + len(link.raw)] == link.raw, (source, link.raw)
            lines[link.line - 1] = line[:at] + new + line[at + len(link.raw) :]
        path.write_bytes("\n".join(lines).encode("utf-8"))

    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "vaultkit",
            "verify",
            str(work),
            "--select",
            "VK301",
            "--format",
            "json",
            "--no-cache",
            "--exit-zero",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    verify_s = time.perf_counter() - start
    findings = json.loads(proc.stdout)["findings"]
    found_at = {(f["path"], f["line"], f["column"]): f for f in findings}

    # The suggestion step alone, in process: the analysis, then the VK301 rule with and without
    # its suggestions (the rule as it was before: no suggester asked).
    from vaultkit.links import LinkAnalysis
    from vaultkit.rules.links import check_broken

    index = load_vault(work, use_cache=False)
    t0 = time.perf_counter()
    analysis = LinkAnalysis(index)
    t1 = time.perf_counter()
    unresolved = [r for r, owners in analysis.unresolved if owners is None]
    asked = [analysis.suggest_target(r) for r in unresolved]
    t2 = time.perf_counter()
    del check_broken

    score: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for key, (kind, original, _old, _new) in damaged.items():
        f = found_at.get(key)
        if kind == "case":
            outcome = "still resolves" if f is None else "broken (wrong)"
        elif f is None:
            outcome = "no finding"
        elif not f.get("suggestion"):
            outcome = "missed"
        elif f["suggestion"]["path"] == original:
            outcome = "hit"
        else:
            outcome = "wrong"
        per_kind[kind][outcome] += 1
        if kind != "case":
            score[outcome] += 1
    unasked = sum(1 for key, f in found_at.items() if key not in damaged and f.get("suggestion"))
    own_broken = sum(1 for key in found_at if key not in damaged)
    hits, wrong = score["hit"], score["wrong"]
    n = sum(score.values())
    print(f"vault: {args.vault} ({len(index.notes)} notes, {total_links} links)")
    print(
        f"damaged: {len(damaged)} links ({len(damaged) / total_links:.2%}); "
        f"typo draws that hit another name: {COUNTS['typo landed on another name']}"
    )
    for kind in KINDS:
        print(f"  {kind:12} " + ", ".join(f"{k} {v}" for k, v in sorted(per_kind[kind].items())))
    print(f"precision {hits}/{hits + wrong} = {hits / max(1, hits + wrong):.3f}; recall {hits}/{n} = {hits / max(1, n):.3f}")
    print(f"suggestions on the vault's own {own_broken} broken links: {unasked}")
    print(f"verify --select VK301 (CLI, no cache): {verify_s:.1f} s")
    print(
        f"in process: analysis {t1 - t0:.2f} s; suggestions for {len(unresolved)} broken links {t2 - t1:.2f} s "
        f"({sum(1 for a in asked if a)} made)"
    )


if __name__ == "__main__":
    main()
