"""Issue 20, items 4 and 5, driven through the real CLI (`vaultkit.cli.main`): the vault root
(refusal of a folder that is no vault, `--root`, `--cache-dir`/VAULTKIT_CACHE_DIR, `verify
vault/Sub`) and a note cache that a `--select/--ignore` change reuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaultkit.cli import main


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    (root / ".obsidian").mkdir(parents=True)
    return _write(
        root,
        {
            "Top.md": "# Top\n\n[[Missing top]]\n",
            "Sub/In.md": "# In\n\n[[Top]] [[Deep]] [[Missing in]]\n",
            "Other/Deep.md": "# Deep\n\n[[Missing deep]]\n",
        },
    )


def test_a_folder_that_is_no_vault_is_refused_and_left_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "plain", {"A.md": "# A\n\n[[B]]\n"})
    monkeypatch.chdir(folder)
    before = _files(folder)
    assert main(["verify", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{folder} is not an Obsidian vault (no .obsidian/ folder): pass --root {folder} to check it anyway" in err
    assert main(["verify"]) == 2  # the default folder, `.`
    assert "pass --root . to check it anyway" in capsys.readouterr().err
    assert _files(folder) == before  # no .vaultkit/ left behind


def test_root_checks_a_folder_anyway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "plain", {"A.md": "# A\n\n[[B]]\n"})
    monkeypatch.chdir(folder)
    assert main(["verify", ".", "--root", "."]) == 1
    assert "A.md:3:1: VK301" in capsys.readouterr().out


def test_a_vaultkit_config_file_marks_a_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "docs", {"A.md": "# A\n\n[[B]]\n", "vaultkit.toml": "ignore = []\n"})
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "docs", "--no-cache"]) == 1
    assert "docs/A.md:3:1: VK301" in capsys.readouterr().out
    (folder / "vaultkit.toml").unlink()
    (folder / "pyproject.toml").write_text("[tool.vaultkit]\nignore = []\n", encoding="utf-8")
    assert main(["verify", "docs", "--no-cache"]) == 1


@pytest.mark.parametrize("how", ["flag", "env"])
def test_cache_dir_keeps_the_cache_out_of_the_vault(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    cache = tmp_path / "cache"
    before = _files(vault)
    if how == "env":
        monkeypatch.setenv("VAULTKIT_CACHE_DIR", str(cache))
        argv = ["verify", str(vault)]
    else:
        argv = ["verify", str(vault), "--cache-dir", str(cache)]
    assert main(argv) == 1
    assert main(argv) == 1  # a warm run, from that cache
    capsys.readouterr()
    assert _files(vault) == before  # nothing written in the (read-only) vault
    assert any(p.name == "notes.sqlite" for p in cache.rglob("*"))
    monkeypatch.setenv("VAULTKIT_DEBUG", "1")
    assert main([*argv, "--select", "VK3"]) == 1
    assert "vaultkit: debug: 3 notes from the cache, 0 parsed" in capsys.readouterr().err


def test_cache_dir_inside_another_vault_is_refused(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other"
    (other / ".obsidian").mkdir(parents=True)
    assert main(["verify", str(vault), "--cache-dir", str(other / "cache")]) == 2
    assert "lies inside another vault" in capsys.readouterr().err
    assert not (other / "cache").exists()


def test_verify_a_folder_checks_its_notes_with_the_vault_as_context(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "vault/Sub", "--no-cache", "--select", "VK301"]) == 1
    out = capsys.readouterr().out
    # [[Top]] and [[Deep]] resolve to notes outside Sub; only Sub's own broken link is reported,
    # at a path that opens from the working directory.
    assert "vault/Sub/In.md:3:18: VK301 broken link: no note or file matches [[Missing in]]" in out
    assert "Missing top" not in out and "Missing deep" not in out
    assert "vaultkit: 1 note checked: 1 error" in out
    monkeypatch.chdir(vault / "Sub")
    assert main(["verify", ".", "--no-cache", "--select", "VK301"]) == 1
    assert "In.md:3:18: VK301" in capsys.readouterr().out.splitlines()[0]


def test_verify_a_vault_prints_paths_relative_to_the_working_directory(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "vault", "--no-cache", "--select", "VK301", "--format", "concise"]) == 1
    paths = {line.split(":")[0] for line in capsys.readouterr().out.splitlines()}
    assert paths == {"vault/Top.md", "vault/Sub/In.md", "vault/Other/Deep.md"}


def test_a_select_change_after_a_warm_run_reads_no_note_again(
    vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VAULTKIT_DEBUG", "1")
    assert main(["verify", str(vault)]) == 1
    assert "0 notes from the cache, 3 parsed" in capsys.readouterr().err
    for argv in (["--select", "VK301"], ["--ignore", "VK3"], ["--select", "VK1,VK4"], ["--select", "VK301", "--ignore", "VK301"]):
        main(["verify", str(vault), *argv])
        assert "3 notes from the cache, 0 parsed" in capsys.readouterr().err, argv
    # and the findings are filtered by the selection, not remembered from another one
    assert main(["verify", str(vault), "--select", "VK301", "--format", "concise"]) == 1
    out = capsys.readouterr().out
    assert out.count("VK301") == 3 and all("VK301" in line for line in out.splitlines())
    assert main(["verify", str(vault), "--ignore", "VK301", "--format", "concise"]) == 0
    assert "VK301" not in capsys.readouterr().out


class _Recorder:
    """A Progress that records what it is told."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.steps: list[int] = []
        self.closed = False

    def start(self, total: int) -> None:
        self.total = total

    def advance(self, done: int) -> None:
        self.steps.append(done)

    def close(self) -> None:
        self.closed = True


def test_progress_moves_with_parsed_notes_cache_hits_and_vault_rules(vault: Path) -> None:
    from vaultkit.engine.load import load_vault
    from vaultkit.engine.run import verify

    _write(vault, {f"Many/N{i:02d}.md": f"# N{i}\n\n[[Top]]\n" for i in range(40)})
    cold = _Recorder()
    load_vault(vault, progress=cold, jobs=1)
    assert cold.total == 43 and sum(cold.steps) == 43 and cold.closed
    assert max(cold.steps) <= 16  # parsed notes move the bar as they come back, not per batch of 2,000
    warm = _Recorder()
    index = load_vault(vault, progress=warm, jobs=1)
    assert warm.total == 43 and sum(warm.steps) == 43  # cache hits count too
    rules = _Recorder()
    verify(index, progress=rules)
    assert rules.total and rules.steps == [1] * rules.total and rules.closed  # one step per vault rule
