"""Shared fixtures: the seeds in ../shared (skipped cleanly when absent) and vault factories."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = ROOT / "vault_samples"

# a claim reader's bug raises in the tests (a user's run reports it as a VK000 finding at the sentence and goes on)
os.environ.setdefault("VAULTKIT_SHAPE_ERRORS", "raise")


def seed_path(number: int) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    matches = sorted(SEEDS.glob(f"{number:03d}_*.txt"))
    if not matches:
        pytest.skip(f"seed {number:03d} not found")
    return matches[0]


def seed_text(number: int, *, repaired: bool = False) -> str:
    text = seed_path(number).read_text(encoding="utf-8")
    return text.encode("mac_roman").decode("utf-8") if repaired else text


MakeVault = Callable[[Mapping[str, str | bytes]], Path]


@pytest.fixture
def make_vault(tmp_path: Path) -> MakeVault:
    """Write {relative path: text or bytes} under a fresh vault (with `.obsidian/`)."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        root = tmp_path / "vault"
        (root / ".obsidian").mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root except vaultkit's own folder: to prove nothing was modified."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink() and ".vaultkit" not in p.parts
    }


# Claim case tables (tests/test_claims_cases*.py): the verdict groups a row expects, and how a row
# is checked: every claim of the note, as `verify` reads it, with those groups, and every wrong
# claim's message showing the right recomputation.
H, W, U, V = "holds", "wrong", "unit confusion GB↔GiB", "unverifiable"


def note_claims(text: str) -> tuple[object, ...]:
    """The claims of a note, with its properties and code blocks as the engine passes them."""
    from vaultkit.claims import extract_claims
    from vaultkit.ingest.frontmatter import split_front_matter
    from vaultkit.ingest.markdown import scan_markdown

    fm = split_front_matter(text)
    code = scan_markdown(text, fm.body_line).code_ranges
    return tuple(extract_claims(text, properties=fm.properties, code_ranges=code))


def check_claims(text: str, groups: list[str], shown: str, *, unread: bool = False) -> None:
    """The note's claims have `groups` as verdicts, and each wrong one shows `shown`. The sizes no shape could type
    (`shapes/unread.py`: reported unverifiable, at info level) are left out unless `unread`: the case tables check what
    the shapes judge, and tests/test_claims_lead26.py checks what is left unread."""
    from vaultkit.claims import Verdict

    claims = tuple(c for c in note_claims(text) if unread or c.shape != "unread-size")  # type: ignore[attr-defined]
    got = sorted(c.verdict.group for c in claims)  # type: ignore[attr-defined]
    assert got == sorted(groups), [(c.line, c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    for c in claims:
        if c.verdict is Verdict.WRONG:  # type: ignore[attr-defined]
            assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]
