"""`--engine dask` through the real CLI: what the user got wrong is one line and exit code 2.

A wrong `-o` path, a scheduler address or file that is not one, a port nobody answers on,
`-j 0`, and dupes options the cluster engine does not take: each is a one-line message naming
the problem, no traceback, and no file (nor temporary) left behind. Skipped when the 'cluster'
extra (dask.distributed) is not installed.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.conftest import MakeVault

pytest.importorskip("distributed")

from vaultkit.cli import main


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault({"a.md": "# A\n[[b]]\n", "b.md": "# B\nSome text.\n"})


def refused(capsys: pytest.CaptureFixture[str], argv: list[str], *names: str) -> str:
    """Run the CLI; assert exit 2, nothing on stdout, and one stderr line naming `names`."""
    code = main(argv)
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == 2, captured.err
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err and "this is a bug" not in captured.err
    assert captured.out == ""
    for name in names:
        assert name in lines[0], lines[0]
    return lines[0]


def dask_args(vault: Path, *extra: str) -> list[str]:
    return ["verify", str(vault), "--engine", "dask", "--no-cache", "--format", "json", *extra]


def test_output_in_missing_folder_refused(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nodir" / "x.jsonl"
    line = refused(capsys, dask_args(vault, "-o", str(target)), str(target), "does not exist")
    assert "nothing written" in line
    assert not target.parent.exists()


def test_output_that_is_a_folder_refused(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in vault.iterdir())
    refused(capsys, dask_args(vault, "-o", str(vault)), str(vault), "folder")
    assert sorted(p.name for p in vault.iterdir()) == before  # no temporary left in it


def test_missing_scheduler_file_refused(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nofile.json"
    refused(capsys, dask_args(vault, "--engine-address", str(missing)), str(missing), "scheduler")


def test_scheduler_file_that_is_not_one_refused(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "scheduler.json"
    bogus.write_text("{}", encoding="utf-8")
    refused(capsys, dask_args(vault, "--engine-address", str(bogus)), str(bogus), "scheduler file")


def test_dead_port_refused_soon_and_old_output_kept(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nobody listens on the port: a short wait, one line naming the address; the -o file
    that was there is kept as it was and no temporary is left beside it."""
    with socket.socket() as s:  # a port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    refused(capsys, dask_args(vault, "--engine-address", address, "-o", str(target)), address, "no Dask scheduler")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != vault.name] == ["out.jsonl"]


@pytest.mark.parametrize("jobs", ["0", "-1"])
def test_jobs_below_one_refused(vault: Path, jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    refused(capsys, dask_args(vault, "-j", jobs), "--jobs")


@pytest.mark.parametrize(
    ("extra", "names"),
    [
        (["--layer", "semantic"], ["--layer"]),
        (["--threshold", "0.5", "--layer", "lexical"], ["--layer", "--threshold"]),
    ],
)
def test_dupes_options_the_cluster_does_not_take_refused(
    vault: Path, extra: list[str], names: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["dupes", str(vault), "--engine", "dask", "--no-cache", "--format", "json", *extra]
    refused(capsys, argv, "--engine dask", *names)


def test_output_written_whole(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The working case still writes its JSON lines to -o, replacing the old file, and leaves no
    temporary (a local cluster of one worker)."""
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    code = main(dask_args(vault, "-j", "1", "-o", str(target)))
    assert code == 0, capsys.readouterr().err
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["path"] for r in rows} <= {"a.md", "b.md"}
    assert [p.name for p in tmp_path.iterdir() if p.name != vault.name] == ["out.jsonl"]


def test_output_replaced_keeps_its_mode(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o replacing a file keeps its permission bits (a private 0600 file stays private), as
    the local engine's -o does; a new file gets the default mode."""
    import os
    import stat

    from vaultkit.store.atomic import default_mode

    private = tmp_path / "private.jsonl"
    private.write_text("old\n", encoding="utf-8")
    private.chmod(0o600)
    fresh = tmp_path / "fresh.jsonl"
    for target in (private, fresh):
        assert main(dask_args(vault, "-j", "1", "-o", str(target))) == 0, capsys.readouterr().err
        assert target.read_text(encoding="utf-8").startswith("{")
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(fresh).st_mode) == default_mode()


@pytest.mark.parametrize("fmt", ["text", "github", "concise"])
def test_a_format_the_cluster_does_not_stream_is_refused(vault: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    refused(capsys, ["verify", str(vault), "--engine", "dask", "--no-cache", "--format", fmt], "--format json", "--format sarif")
