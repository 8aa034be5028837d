"""A vault is hostile input: nothing in its `.vaultkit/` runs code, and no cache path leads a
write or delete outside it (issue 13, items 1, 2 and 9). Drives the real command line."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES

from vaultkit.cli import main

NOTE = "Index.md"


class _Poison:
    """Unpickling this creates `marker` (what a malicious cache would do with os.system)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[str, str]]:
        return (open, (os.fspath(self.marker), "w"))


def _copy_samples(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    shutil.copytree(SAMPLES, root, symlinks=True, ignore=shutil.ignore_patterns(".vaultkit", "reports"))
    return root


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse and friends
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def _every_command(root: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """Every command that reads the caches, and what it found (without timings)."""
    results: dict[str, Any] = {}
    code, text = _run(["verify", str(root), "--format", "json", "--no-baseline"], capsys)
    results["verify"] = (code, json.loads(text)["findings"])
    code, text = _run(["verify", "--hook", "--no-baseline", "--format", "json", str(root / NOTE)], capsys)
    results["hook"] = (code, json.loads(text)["findings"])
    report_dir = out / f"report-{len(list(out.glob('report-*')))}"
    code, _ = _run(["report", str(root), "-o", str(report_dir), "--format", "json"], capsys)
    results["report"] = (code, json.loads((report_dir / "report.json").read_text(encoding="utf-8"))["findings"])
    code, text = _run(["dupes", str(root), "--layer", "exact", "--layer", "lexical", "--format", "json"], capsys)
    doc = json.loads(text)
    results["dupes"] = (code, doc["pairs"], doc["clusters"], doc["skipped"])
    code, text = _run(["claims", str(root), "--format", "json"], capsys)
    results["claims"] = (code, json.loads(text))
    code, text = _run(["graph", str(root), "--format", "json"], capsys)
    results["graph"] = (code, json.loads(text))
    baseline = out / "baseline.json"
    code, _ = _run(["baseline", str(root), "-o", str(baseline)], capsys)
    doc = json.loads(baseline.read_text(encoding="utf-8"))
    results["baseline"] = (code, {k: v for k, v in doc.items() if k not in ("created", "generated", "date")})
    return results


def _cache_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / ".vaultkit").rglob("*") if p.is_file() and not p.is_symlink())


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _poison(root: Path, payload: bytes, *, keys_too: bool) -> int:
    """Replace every stored value of every cache file with `payload`: every BLOB column of every
    table of every SQLite database under `.vaultkit/` (and, with `keys_too`, every TEXT column,
    keys and version stamps included), and the whole content of every other cache file. Returns
    how many values were replaced."""
    replaced = 0
    for path in _cache_files(root):
        if path.name in ("CACHEDIR.TAG", ".gitignore") or path.name.endswith(("-wal", "-shm")):
            continue
        if not _is_sqlite(path):
            path.write_bytes(payload)
            replaced += 1
            continue
        conn = sqlite3.connect(path)
        try:
            tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                for _, column, kind, _, _, pk in conn.execute(f"PRAGMA table_info({table})").fetchall():
                    kind = (kind or "").upper()
                    if kind == "BLOB" or (keys_too and kind == "TEXT"):
                        # Keys must stay distinct under a PRIMARY KEY: the payload plus the rowid.
                        if pk:
                            sql = f"UPDATE {table} SET {column} = CAST(? AS BLOB) || CAST(rowid AS BLOB)"  # noqa: S608
                        else:
                            sql = f"UPDATE {table} SET {column} = ?"  # noqa: S608
                        replaced += conn.execute(sql, (payload,)).rowcount
            conn.commit()
        finally:
            conn.close()
    return replaced


@pytest.mark.parametrize("keys_too", [False, True], ids=["values", "values-and-keys"])
def test_poisoned_cache_runs_no_code_and_changes_no_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, keys_too: bool
) -> None:
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    root = _copy_samples(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    clean = _every_command(root, out, capsys)  # cold: fills every cache
    assert clean["verify"][1] and clean["dupes"][1], "the samples should have findings and duplicates"
    assert _every_command(root, out, capsys) == clean  # warm, from the caches
    databases = [p for p in _cache_files(root) if _is_sqlite(p)]
    assert {p.name for p in databases} >= {"notes.sqlite", "context.sqlite"}

    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Poison(marker), protocol=pickle.HIGHEST_PROTOCOL)
    with pytest.raises(FileNotFoundError):  # the payload is live: unpickling it would create the marker
        marker.unlink()
    pickle.loads(payload).close()  # noqa: S301 - proving the payload works
    assert marker.exists()
    marker.unlink()

    assert _poison(root, payload, keys_too=keys_too) > 10
    poisoned = _every_command(root, out, capsys)
    assert not marker.exists(), "a cache value was unpickled: code from the vault ran"
    assert poisoned == clean
    # The bad entries were misses, recomputed and overwritten: the next run is warm and still right.
    assert _every_command(root, out, capsys) == clean
    assert not marker.exists()


def _wrong_entries() -> list[bytes]:
    """Well-formed entries of the cache's own format that hold the wrong thing."""
    import msgpack

    from vaultkit.model import Finding, Severity
    from vaultkit.store import codec

    finding = Finding("Index.md", 1, 1, "VK301", "injected", Severity.ERROR, "broken-link", "x")
    ext = msgpack.ExtType
    return [
        codec.encode(finding),  # a record of another type where a note, a run or a summary belongs
        codec.encode((finding, True)),
        codec.MAGIC + msgpack.packb(ext(1, msgpack.packb([8, "a.md", "line", 1, "VK301", "m", 3, "", ""]))),  # a str line
        codec.MAGIC + msgpack.packb(ext(1, msgpack.packb([8, "a.md", 1, 1, "VK301", "m", 99, "", ""]))),  # no such severity
        codec.MAGIC + msgpack.packb([ext(1, msgpack.packb([9, None, "not a tuple"])), False]),
        codec.MAGIC + msgpack.packb(ext(5, msgpack.packb([2, [["t", 1]]]))),  # rows of the wrong width
        codec.MAGIC + msgpack.packb(ext(4, msgpack.packb(["<f8", [10**6, 10**6], b""]))),  # an array bigger than its bytes
        codec.MAGIC + b"\x91" * 5000 + b"\xc0",  # deep nesting
    ]


@pytest.mark.parametrize("which", range(8))
def test_wrong_entries_of_the_cache_format_are_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, which: int
) -> None:
    """Entries that decode as data but are not what their key stands for change no finding and
    crash nothing."""
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    root = _copy_samples(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    clean = _every_command(root, out, capsys)
    assert _poison(root, _wrong_entries()[which], keys_too=False) > 10
    assert _every_command(root, out, capsys) == clean


def test_clean_refuses_a_symlinked_vaultkit_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy_samples(tmp_path)
    outside = tmp_path / "elsewhere"
    (outside / "cache").mkdir(parents=True)
    (outside / "cache" / "precious.txt").write_text("not vaultkit's", encoding="utf-8")
    (root / ".vaultkit").symlink_to(outside, target_is_directory=True)
    capsys.readouterr()
    code = main(["clean", str(root)])
    captured = capsys.readouterr()
    assert code == 2
    assert (outside / "cache" / "precious.txt").read_text(encoding="utf-8") == "not vaultkit's"
    message = (captured.err + captured.out).strip()
    assert len(message.splitlines()) == 1 and "symlink" in message.lower(), message


def test_clean_refuses_a_symlinked_cache_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy_samples(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep", encoding="utf-8")
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit" / "cache").symlink_to(outside, target_is_directory=True)
    assert main(["clean", str(root)]) == 2
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "keep"
    assert (root / ".vaultkit" / "cache").is_symlink()


def test_clean_still_removes_a_real_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy_samples(tmp_path)
    assert main(["verify", str(root), "--format", "json", "--exit-zero"]) == 0
    assert (root / ".vaultkit" / "cache" / "notes.sqlite").exists()
    assert main(["clean", str(root)]) == 0
    assert not (root / ".vaultkit" / "cache").exists()


def test_a_symlinked_cache_folder_is_never_written_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A run goes without its cache (with a warning) rather than write through a symlink."""
    root = _copy_samples(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / ".vaultkit").symlink_to(outside, target_is_directory=True)
    reference_code, reference = _run(["verify", str(root), "--format", "json", "--no-cache", "--no-baseline"], capsys)
    capsys.readouterr()
    code = main(["verify", str(root), "--format", "json", "--no-baseline"])
    captured = capsys.readouterr()
    assert (code, json.loads(captured.out)["findings"]) == (reference_code, json.loads(reference)["findings"])
    assert "symlink" in captured.err.lower()
    main(["verify", "--hook", "--no-baseline", "--format", "json", str(root / NOTE)])
    main(["report", str(root), "-o", str(tmp_path / "report"), "--format", "json"])
    main(["dupes", str(root), "--layer", "exact", "--layer", "lexical", "--format", "json"])
    assert list(outside.iterdir()) == []


def test_hook_on_a_file_outside_any_vault_writes_nothing_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "loose"
    folder.mkdir()
    note = folder / "file.md"
    note.write_text("# Loose\n\nA note outside any vault links to [[Nowhere]].\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", os.fspath(tmp_path))  # no enclosing work tree
    main(["verify", "--hook", os.fspath(note)])
    assert sorted(p.name for p in folder.iterdir()) == ["file.md"]
    assert not (tmp_path / ".vaultkit").exists()
