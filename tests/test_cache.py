"""Per-note cache and parallel ingestion: the findings never depend on them."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.api import load_vault, verify
from vaultkit.cli import main
from vaultkit.store.notes import NoteCache
from vaultkit.store.paths import cache_dir


def _vault_files(n: int) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {}
    for i in range(n):
        links = f"[[note{(i + 1) % n}]] [[missing{i % 7}]] [[note{(i * 3) % n}#Part]]"
        bad = ', "#bad"' if i % 11 == 0 else ""
        fm = f"---\ntags: [t{i % 5}{bad}]\ncreated: 2025-01-{1 + i % 28:02d}\nupdated: 2025-01-{1 + (i * 7) % 28:02d}\n---\n"
        files[f"f{i % 6}/note{i}.md"] = fm + f"# Note {i}\n\n## Part\n\nSee {links}. ^b{i}\n"
    files["bad.md"] = "---\ntags: [x\n---\n"
    files["ru.md"] = ("# Заметка\n" + "Модель на семь миллиардов параметров занимает много памяти.\n" * 3).encode("cp1251")
    return files


def _findings(root: Path, **kw: object) -> list[dict[str, object]]:
    return [f.to_dict() for f in verify(load_vault(root, **kw))]  # type: ignore[arg-type]


def _rules_seen(root: Path) -> set[object]:
    return {f["rule"] for f in _findings(root)} - {"VK307"}  # single-note vaults are all orphans


def test_findings_identical_with_and_without_cache_and_jobs(make_vault: MakeVault) -> None:
    root = make_vault(_vault_files(150))  # enough notes to use the process pool
    reference = _findings(root, use_cache=False, jobs=1)
    assert reference, "the vault should have findings"
    assert _findings(root, use_cache=False, jobs=2) == reference
    assert _findings(root, use_cache=True, jobs=2) == reference  # cold: fills the cache
    assert (cache_dir(root) / "notes.sqlite").exists()
    assert _findings(root, use_cache=True, jobs=1) == reference  # warm
    index = load_vault(root, use_cache=True)
    cold = load_vault(root, use_cache=False)
    assert [n.text for n in index.notes] == [n.text for n in cold.notes]  # text rebuilt from bytes


def _with_duplicates(n: int) -> dict[str, str | bytes]:
    files = _vault_files(n)
    prose = " ".join(f"Sentence {k} says the cache keeps parsed notes by content hash, never by mtime." for k in range(6))
    files["dup/original.md"] = f"# Original\n\n{prose}\n"
    files["dup/copy.md"] = f"---\ntags: [copy]\n---\n# Original\n\n{prose}\n"
    other = " ".join(f"Paragraph {k} notes that forked children only read the index they were given." for k in range(6))
    files["dup/second.md"] = f"# Second\n\n{other}\n"
    files["dup/edited.md"] = f"# Second\n\n{other} One sentence more.\n"
    return files


def test_duplicate_rules_in_a_forked_child_find_the_same(make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    """On big vaults verify runs the duplicate rules in a forked child; the findings must not
    depend on it, and a child that dies leaves the parent to run those rules itself."""
    import os

    import vaultkit.engine.run as run

    root = make_vault(_with_duplicates(40))
    index = load_vault(root, use_cache=False, jobs=1)
    reference = [f.to_dict() for f in verify(index, jobs=1)]
    assert {"VK501", "VK502"} <= {f["rule"] for f in reference}

    monkeypatch.setattr(run, "PARALLEL_RULES_MIN_NOTES", 1)
    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    assert [f.to_dict() for f in verify(index)] == reference
    assert forks == []  # a library caller who asks for no jobs gets one process
    assert [f.to_dict() for f in verify(index, jobs=2)] == reference
    assert forks == [1]

    parent = os.getpid()
    real_run = run.check_rules

    def dying_child(rules: object, subject: object, config: object, where: str = ".") -> object:
        if os.getpid() != parent:
            os._exit(3)
        return real_run(rules, subject, config, where=where)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "check_rules", dying_child)
    assert [f.to_dict() for f in verify(index, jobs=2)] == reference
    assert forks == [1, 1]


def test_cache_follows_content_not_mtime(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": "---\ntags: [x\n---\n", "b.md": "ok"})
    assert _rules_seen(root) == {"VK105"}
    (root / "a.md").write_text("---\ntags: [x]\n---\n", encoding="utf-8")
    assert _rules_seen(root) == set()
    (root / "a.md").write_text("---\ntags: [x\n---\n", encoding="utf-8")
    assert _rules_seen(root) == {"VK105"}


def test_config_change_invalidates(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": "---\ntags: ['#x']\n---\n"})
    assert _rules_seen(root) == {"VK108"}
    (root / "vaultkit.toml").write_text('ignore = ["VK108"]\n', encoding="utf-8")
    assert _rules_seen(root) == set()


def test_corrupt_cache_is_rebuilt(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": "---\ntags: [x\n---\n"})
    expected = _findings(root)
    db = cache_dir(root) / "notes.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    assert _findings(root) == expected
    assert list(cache_dir(root).glob("notes.corrupt-*"))


def test_bad_cache_entry_is_a_miss(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": "---\ntags: [x\n---\n"})
    expected = _findings(root)
    cache = NoteCache(root)
    conn = cache._connect()
    with conn:
        conn.execute("UPDATE notes SET value = ?", (b"garbage",))
    cache.close()
    assert _findings(root) == expected


def test_concurrent_runs_are_safe(make_vault: MakeVault) -> None:
    root = make_vault(_vault_files(40))
    reference = _findings(root, use_cache=False)
    results: list[list[dict[str, object]]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(_findings(root, use_cache=True, jobs=1))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == reference for r in results)


def test_cache_dir_is_tagged_and_ignored(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": "x"})
    load_vault(root)
    assert (cache_dir(root) / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (root / ".vaultkit" / ".gitignore").read_text().strip().endswith("*")


def test_no_cache_flag_and_clean_command(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"a.md": "x"})
    main(["verify", str(root), "--no-cache"])
    assert not cache_dir(root).exists()
    main(["verify", str(root)])
    assert cache_dir(root).exists()
    assert main(["clean", str(root)]) == 0
    assert not cache_dir(root).exists()


def test_jobs_option_gives_same_json(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault(_vault_files(120))
    outputs = []
    for jobs in ("1", "2"):
        main(["verify", str(root), "--no-cache", "--jobs", jobs, "--format", "json"])
        outputs.append(json.loads(capsys.readouterr().out)["findings"])
    assert outputs[0] == outputs[1]


def test_cached_notes_read_back_as_parsed(make_vault: MakeVault) -> None:
    """A note restored from the cache (its text and properties rebuilt from the file's bytes on
    first access) equals the freshly parsed one, duplicate features included."""
    files = _vault_files(20)
    files["dup.md"] = files["f0/note0.md"]
    root = make_vault(files)
    fresh = {n.path: n for n in load_vault(root, use_cache=False).notes}
    load_vault(root)  # fills the cache
    cached = {n.path: n for n in load_vault(root).notes}
    assert fresh.keys() == cached.keys()
    for path, note in fresh.items():
        again = cached[path]
        assert again.properties == note.properties, path
        assert again.text == note.text and again.links == note.links and again.dedup == note.dedup, path


def test_unchanged_vault_reuses_the_dedup_result(make_vault: MakeVault) -> None:
    """The vault-level duplicate check is cached by the vault's content; any edit recomputes it."""
    files = _vault_files(12)
    body = "Copied words about sizing models and their memory, " * 6
    files["a.md"] = "# A\n\n" + body
    files["b.md"] = "# B\n\n" + body + " plus one more sentence here."
    root = make_vault(files)
    first = [f for f in verify(load_vault(root)) if f.rule.startswith("VK50")]
    assert first and all(f.path in ("a.md", "b.md") for f in first)
    calls: list[int] = []
    import vaultkit.dedup as dedup_pkg

    original = dedup_pkg.find_duplicates

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    dedup_pkg.find_duplicates = counting  # type: ignore[assignment]
    try:
        again = [f for f in verify(load_vault(root)) if f.rule.startswith("VK50")]
        assert again == first and calls == []
        (root / "b.md").write_text("# B\n\nSomething else entirely, written from scratch for this test.\n", encoding="utf-8")
        changed = [f for f in verify(load_vault(root)) if f.rule.startswith("VK50")]
        assert changed == [] and calls == [1]
    finally:
        dedup_pkg.find_duplicates = original  # type: ignore[assignment]


def test_entries_unused_for_a_month_are_pruned(make_vault: MakeVault) -> None:
    import sqlite3

    from vaultkit.store import notes as cache_mod

    root = make_vault(_vault_files(5))
    load_vault(root)
    db = cache_dir(root) / "notes.sqlite"
    with sqlite3.connect(db) as conn:
        live = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        conn.execute("INSERT INTO notes (key, value, used) VALUES ('old', x'00', ?)", (cache_mod.today() - 31,))
        conn.execute("INSERT INTO notes (key, value, used) VALUES ('recent', x'00', ?)", (cache_mod.today() - 29,))
    assert NoteCache(root).prune() == 1
    with sqlite3.connect(db) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM notes")}
    assert "old" not in keys and "recent" in keys and len(keys) == live + 1
    _findings(root)  # the pruned cache still serves the vault


def test_cache_entries_hold_no_file_bytes(make_vault: MakeVault) -> None:
    """A cached UTF-8 note is stored without its text, properties or bytes (all rebuilt from the file)."""
    import sqlite3

    from vaultkit.store import codec

    root = make_vault(_vault_files(80))
    load_vault(root, jobs=1)
    with sqlite3.connect(cache_dir(root) / "notes.sqlite") as conn:
        entries = [codec.decode(v) for (v,) in conn.execute("SELECT value FROM notes")]
    notes = [r.note for r in entries if r.note is not None]
    stripped = [n for n in notes if n.source.held_text() is None]
    assert len(stripped) >= 80
    assert not any(n.source.has_properties for n in stripped)
    # A note kept with its text (not UTF-8: ru.md is cp1251) rebuilds its properties from it.
    kept = [n for n in notes if n.source.held_text() is not None]
    assert kept and not any(n.source.has_properties for n in kept)
    loaded = load_vault(root, jobs=1)
    assert all(isinstance(n.properties, dict) for n in loaded.notes if n.path in {k.path for k in kept})


def test_cache_values_are_data_not_pickles(make_vault: MakeVault) -> None:
    """Every stored value is a vaultkit.store.codec entry; the codec builds only registered types and
    refuses pickles, unknown tags, other versions and wrong field counts (a miss, not a crash)."""
    import pickle
    import sqlite3

    import msgpack

    from vaultkit.model import Finding, Severity
    from vaultkit.store import codec

    root = make_vault(_vault_files(20))
    _findings(root)
    with sqlite3.connect(cache_dir(root) / "notes.sqlite") as conn:
        values = [v for (v,) in conn.execute("SELECT value FROM notes")]
    assert values and all(v.startswith(codec.MAGIC) for v in values)

    finding = Finding("a.md", 1, 2, "VK301", "broken", Severity.ERROR, "broken-link", "k")
    back = codec.decode(codec.encode((finding, frozenset({"x"}), {("a", "b"): 3})))
    assert back == (finding, frozenset({"x"}), {("a", "b"): 3}) and back[0].severity is Severity.ERROR
    bad = [
        pickle.dumps(finding),
        codec.MAGIC[:-1] + bytes([codec.FORMAT + 1]) + codec.encode(finding)[len(codec.MAGIC) :],
        codec.MAGIC + msgpack.packb(msgpack.ExtType(1, msgpack.packb([999, "x"]))),
        codec.MAGIC + msgpack.packb(msgpack.ExtType(1, msgpack.packb([8, "a.md", 1]))),
        codec.MAGIC + msgpack.packb(msgpack.ExtType(4, msgpack.packb(["|O", [1], b"\x00" * 8]))),
        codec.MAGIC + b"\xc1",
        b"",
        None,
    ]
    for blob in bad:
        with pytest.raises(codec.CodecError):
            codec.decode(blob)
    with pytest.raises(TypeError):
        codec.encode(object())


def _verify_json(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    main(["verify", str(root), "--format", "json", "--exit-zero", *extra])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_unchanged_vault_recalls_the_whole_run(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second `verify` of an unchanged vault gives the same document without reading the notes
    again; an edit, an added attachment or another configuration gives a full run."""
    import vaultkit.commands.verify as verify_cmd

    files = _vault_files(30)
    files["embeds.md"] = "# Embeds\n\n![[pic.png]] and [[note1]]\n"
    root = make_vault(files)
    first = _verify_json(root, capsys)
    full_runs: list[int] = []
    real_open = verify_cmd.open_vault

    def counting(*args: object, **kwargs: object) -> object:
        full_runs.append(1)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(verify_cmd, "open_vault", counting)
    assert _verify_json(root, capsys) == first and full_runs == []

    (root / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # the broken embed now resolves
    second = _verify_json(root, capsys)
    assert full_runs == [1]
    broken = [f for f in second["findings"] if f["path"] == "embeds.md" and f["rule"] == "VK301"]  # type: ignore[index, union-attr]
    assert broken == [] and second != first

    (root / "note1.md").write_text("# Note 1\n\n[[gone]]\n", encoding="utf-8")
    third = _verify_json(root, capsys)
    assert full_runs == [1, 1]
    assert any(f["path"] == "note1.md" and "gone" in f["message"] for f in third["findings"])  # type: ignore[index, union-attr]
    assert _verify_json(root, capsys) == third and full_runs == [1, 1]

    ignored = _verify_json(root, capsys, "--ignore", "VK301")
    assert full_runs == [1, 1, 1] and not any(f["rule"] == "VK301" for f in ignored["findings"])  # type: ignore[index, union-attr]
    _verify_json(root, capsys, "--no-cache")
    assert full_runs == [1, 1, 1, 1]


def test_note_text_is_read_again_only_while_the_file_is_unchanged(make_vault: MakeVault) -> None:
    """A loaded note does not hold its file's bytes: its text is read on first access, and a file
    edited in between is read again and recorded as changed (a VK100 warning), never a silently
    different text and never a crash."""
    from vaultkit.model import changed_notes, forget_changed_notes

    root = make_vault(_vault_files(6))
    for use_cache in (False, True, True):
        index = load_vault(root, use_cache=use_cache)
        note = next(n for n in index.notes if n.path == "f1/note1.md")
        assert note.source.held_text() is None
        assert note.text == (root / "f1/note1.md").read_text(encoding="utf-8")
    index = load_vault(root)
    note = next(n for n in index.notes if n.path == "f1/note1.md")
    (root / "f1/note1.md").write_text("# Rewritten meanwhile\n", encoding="utf-8")
    assert note.text == "# Rewritten meanwhile\n"
    assert changed_notes()[str(root / "f1/note1.md")] == "changed"
    forget_changed_notes()


def test_a_note_saved_during_a_run_is_a_warning_once_and_the_run_is_not_remembered(make_vault: MakeVault) -> None:
    """verify reports a note whose file changed while the run read it as a VK100 warning (its
    findings may mix both versions), once; the next run does not repeat it."""
    root = make_vault(_vault_files(6))
    index = load_vault(root, use_cache=False)
    note = next(n for n in index.notes if n.path == "f1/note1.md")
    (root / "f1/note1.md").write_text("# Saved by the editor meanwhile\n", encoding="utf-8")
    assert note.text == "# Saved by the editor meanwhile\n"  # as a vault rule reads it
    found = verify(index)
    raced = [f for f in found if f.rule == "VK100" and f.path == "f1/note1.md"]
    assert len(raced) == 1 and "changed while vaultkit was reading" in raced[0].message, found
    again = verify(load_vault(root, use_cache=False))
    assert not [f for f in again if f.rule == "VK100"]


def test_unchanged_vault_recalls_the_last_run(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second verify of an unchanged vault reads every note's bytes but parses none; any edit
    brings a full run with the edit's findings."""
    import vaultkit.commands.common as common
    from vaultkit.config import load_config
    from vaultkit.store import runs as runcache

    root = make_vault(_vault_files(20))

    def run() -> list[dict[str, object]]:
        main(["verify", str(root), "--format", "json", "--exit-zero"])
        return json.loads(capsys.readouterr().out)["findings"]  # type: ignore[no-any-return]

    first = run()  # no cache folder yet: no up-front digest, one taken from what was read
    index = load_vault(root, use_cache=False)
    assert runcache.index_digest(index) == runcache.vault_digest(root, load_config(root)) is not None

    loads: list[object] = []
    real_open = common.open_vault

    def counting_open(*args: object, **kwargs: object) -> object:
        loads.append(1)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(common, "open_vault", counting_open)
    monkeypatch.setattr("vaultkit.commands.verify.open_vault", counting_open)
    assert run() == first and loads == []  # recalled
    (root / "f1" / "note1.md").write_text("# Note 1\n\nNow links to [[nowhere at all]].\n", encoding="utf-8")
    again = run()
    assert loads == [1]
    assert any(f["path"] == "f1/note1.md" and "nowhere at all" in str(f["message"]) for f in again)
    assert again != first


def test_every_sample_note_is_cacheable() -> None:
    """Workers send back codec bytes; a value of a type the codec does not register would come
    back as an object and silently never be cached (register new record types in vaultkit.store.codec)."""
    from conftest import SAMPLES

    from vaultkit.config import load_config
    from vaultkit.engine.load import _parse_job
    from vaultkit.store import codec

    config = load_config(SAMPLES)
    for path in sorted(SAMPLES.rglob("*.md")):
        if ".vaultkit" in path.parts:
            continue
        out = _parse_job((path.relative_to(SAMPLES).as_posix(), path.read_bytes(), config))
        assert isinstance(out, bytes), f"{path}: not encodable by vaultkit.store.codec"
        assert isinstance(codec.decode(out).findings, tuple)
