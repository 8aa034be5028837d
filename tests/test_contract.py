"""Issue 20, the user's contract: each item driven through the real CLI (`vaultkit.cli.main`)
the way the issue's commands ran it, with the exit code and the message it must give."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vaultkit.cli import main


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".obsidian").mkdir()
    (tmp_path / "A.md").write_text("# A\n\n[[B]]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--select", "VK999"], "--select: unknown rule 'VK999'; did you mean"),
        (["--ignore", "brokn-link"], "--ignore: unknown rule 'brokn-link'; did you mean 'broken-link'?"),
        (["--select", "VK30l"], "did you mean 'VK301'?"),
    ],
)
def test_unknown_rule_in_flags_exits_2(vault: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(["verify", ".", "--no-cache", *argv]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('select = ["VK999"]\n', "vaultkit.toml: `select`: unknown rule 'VK999'"),
        ('ignore = ["brokn-link"]\n', "vaultkit.toml: `ignore`: unknown rule 'brokn-link'; did you mean 'broken-link'?"),
        ('[severity]\nVK999 = "error"\n', "vaultkit.toml: [severity]: unknown rule 'VK999'"),
        ('[severity]\nVK301 = "eror"\n', "unknown severity; did you mean 'error'?"),
        ('[per-file-ignores]\n"A.md" = ["VK30l"]\n', "[per-file-ignores] 'A.md': unknown rule 'VK30l'; did you mean 'VK301'?"),
        ("[dedup]\nnear_threshold = 5\n", "vaultkit.toml: [dedup] near_threshold must be a number in (0, 1], not 5"),
        ('[dedup]\nsemantic = "yes"\n', "[dedup] semantic must be true or false"),
        ("[dedupe]\n", "unknown section 'dedupe'; did you mean 'dedup'?"),
    ],
)
def test_config_errors_exit_2_never_vk000(vault: Path, capsys: pytest.CaptureFixture[str], toml: str, message: str) -> None:
    (vault / "vaultkit.toml").write_text(toml, encoding="utf-8")
    assert main(["verify", ".", "--no-cache"]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "VK000" not in captured.out + captured.err


def test_rule_names_are_accepted_wherever_ids_are(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", ".", "--no-cache", "--select", "broken-link"]) == 1
    out = capsys.readouterr().out
    assert "VK301" in out and "VK307" not in out
    (vault / "vaultkit.toml").write_text('ignore = ["broken-link"]\n', encoding="utf-8")
    assert main(["verify", ".", "--no-cache"]) == 0


def test_unknown_id_in_a_disable_comment_is_a_finding(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (vault / "A.md").write_text("# A\n\n<!-- vaultkit-disable-next-line VK999 -->\n[[B]]\n", encoding="utf-8")
    assert main(["verify", ".", "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "A.md:3:1: VK001 vaultkit-disable-next-line names an unknown rule 'VK999'" in out
    assert "A.md:4:1: VK301" in out


def test_disable_enable_ranges_and_file_in_html_and_percent_comments(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (vault / "A.md").write_text(
        "# A\n\n%% vaultkit-disable broken-link %%\n[[C]]\n[[D]]\n<!-- vaultkit-enable -->\n[[E]]\n"
        "<!-- vaultkit-disable-line VK301 --> [[G]]\n",
        encoding="utf-8",
    )
    (vault / "F.md").write_text("<!-- vaultkit-disable-file VK3 -->\n[[X]]\n", encoding="utf-8")
    main(["verify", ".", "--no-cache", "--format", "concise"])
    out = capsys.readouterr().out
    assert [line.split(":")[:2] for line in out.splitlines() if "VK301" in line] == [["A.md", "7"]]
    assert "F.md" not in out


def test_one_note_checked_is_singular(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["verify", ".", "--no-cache"])
    assert "vaultkit: 1 note checked: 1 error" in capsys.readouterr().out


def test_verify_output_file_still_prints_the_summary(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", ".", "--no-cache", "-o", "out.txt"]) == 1
    assert "vaultkit: 1 note checked: 1 error, 1 info (written to out.txt)" in capsys.readouterr().err
    assert "VK301" in (vault / "out.txt").read_text(encoding="utf-8")


def test_rules_says_off_by_default_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    for line in capsys.readouterr().out.splitlines():
        assert line.lower().count("off by default") <= 1, line


def test_claims_unknown_verdict_exits_2(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", ".", "--verdict", "bogus"]) == 2
    assert "--verdict: unknown verdict 'bogus'" in capsys.readouterr().err


def test_clean_a_missing_folder_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "/nonexistent"]) == 2
    assert "/nonexistent: no such folder" in capsys.readouterr().err


def test_graph_stats_is_a_table_and_json_on_request(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", ".", "--stats", "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("notes") and "{" not in out
    assert main(["graph", ".", "--stats", "--format", "json", "--no-cache"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("{")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_staged_with_no_files_checks_only_what_a_delete_breaks(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (vault / "B.md").write_text("# B\n\n[[A]]\n", encoding="utf-8")
    _git(vault, "init", "-q")
    _git(vault, "-c", "user.email=a@b", "-c", "user.name=t", "add", ".")
    _git(vault, "-c", "user.email=a@b", "-c", "user.name=t", "commit", "-qm", "init")
    assert main(["verify", "--hook", "--staged"]) == 0  # nothing staged: nothing to check
    assert "no findings in 0 staged notes" in capsys.readouterr().out
    _git(vault, "rm", "-q", "B.md")
    assert main(["verify", "--hook", "--staged"]) == 1
    out = capsys.readouterr().out
    assert "A.md:3:1: VK301" in out and "broken by the staged rename or delete" in out
