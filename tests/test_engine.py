"""The engine and store seams: rule metadata read by the hook and the config, one reading path
for fix and verify, leftovers cleaned, cache keys, VK113 from the decoder, immutable notes."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest
from conftest import MakeVault

from vaultkit.cli import main
from vaultkit.config import Config, config_from_mapping
from vaultkit.engine import focus
from vaultkit.engine.load import cache_key, load_vault
from vaultkit.engine.parse import parse_note
from vaultkit.engine.run import enabled_rules
from vaultkit.errors import ConfigError
from vaultkit.rules import RULES, get_rule

Capture = pytest.CaptureFixture[str]


def test_a_vault_rule_without_focus_makes_the_hook_read_the_whole_vault(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config()
    assert not focus.needs_whole_vault(focus._run_config(config))
    import vaultkit.rules as registry

    rules = dict(RULES)
    rules["VK301"] = dataclasses.replace(rules["VK301"], focus=False)
    monkeypatch.setattr(registry.RULES, "_rules", rules)
    assert focus.needs_whole_vault(focus._run_config(config))


def test_duplicates_are_a_family_and_off_in_focus_runs() -> None:
    ids = [r.id for r in RULES.values() if r.family == "duplicates"]
    assert {"VK501", "VK502", "VK503", "VK504"} <= set(ids)
    run_config = focus._run_config(Config())
    assert enabled_rules(run_config, family="duplicates") == []
    by_default = {r.id for r in enabled_rules(Config(), family="duplicates")}
    assert {"VK501", "VK502", "VK503"} <= by_default and "VK504" not in by_default


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"links": {}}, "unknown section 'links'"),
        ({"cache": {"x": 1}}, "unknown section 'cache'"),
        ({"selct": ["VK3"]}, "did you mean 'select'?"),
        ({"dedup": {"near_treshold": 0.5}}, "[dedup] unknown option 'near_treshold'; did you mean 'near_threshold'?"),
        ({"dedup": {"near_threshold": "high"}}, "[dedup] near_threshold must be a number, not 'high'"),
        ({"dedup": {"semantic": 1}}, "[dedup] semantic must be true or false, not 1"),
    ],
    ids=["links", "cache", "top-level typo", "option typo", "wrong type", "bool"],
)
def test_config_errors_name_the_file_key_and_closest_choice(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as exc:
        config_from_mapping(table, "vault/vaultkit.toml")
    assert str(exc.value).startswith("vault/vaultkit.toml: ")
    assert message in str(exc.value)


def test_get_rule_fails_loudly() -> None:
    assert get_rule("VK301").name == "broken-link"
    with pytest.raises(KeyError, match="unknown rule id 'VK999'"):
        get_rule("VK999")


def test_rules_command_shows_family_options_and_examples(capsys: Capture) -> None:
    assert main(["rules", "VK502"]) == 0
    out = capsys.readouterr().out
    assert "Family: duplicates" in out and "`near_threshold` (a number, default `0.8`)" in out
    assert "Failing:" in out and "Passing:" in out
    assert main(["rules", "VK999"]) == 2


def test_fix_reads_the_vault_as_verify_does(make_vault: MakeVault, capsys: Capture) -> None:
    damaged = "Квантование уменьшает память модели.\n".encode().decode("mac_roman")
    root = make_vault({"a.md": damaged, "drafts/b.md": damaged, "vaultkit.toml": 'exclude = ["drafts/*"]\n'})
    before = (root / "drafts" / "b.md").read_bytes()
    assert main(["fix", str(root), "--write", "--no-backup"]) == 0
    assert (root / "a.md").read_text(encoding="utf-8") == "Квантование уменьшает память модели.\n"
    assert (root / "drafts" / "b.md").read_bytes() == before  # excluded: neither checked nor fixed
    capsys.readouterr()
    main(["fix", str(root / "drafts" / "b.md"), "--write"])
    assert "excluded" in capsys.readouterr().err
    assert (root / "drafts" / "b.md").read_bytes() == before


def test_clean_removes_only_leftovers_of_dead_processes(make_vault: MakeVault, capsys: Capture) -> None:
    root = make_vault({"n.md": "# N\n", "sub/m.md": "# M\n"})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    stale = [root / f".n.md.vaultkit-tmp-{pid}-0a1b2c3d", root / "sub" / f".m.md.vaultkit-old-{pid}-deadbeef"]
    alive = root / f".n.md.vaultkit-tmp-{os.getpid()}-0a1b2c3d"
    other = [root / ".n.md.vaultkit-tmp-x", root / ".git" / f".n.md.vaultkit-tmp-{pid}-0a1b2c3d"]
    for path in [*stale, alive, *other]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("partial", encoding="utf-8")
    assert main(["clean", str(root)]) == 0
    assert not any(p.exists() for p in stale)
    assert alive.exists() and all(p.exists() for p in other)
    assert "2 leftover temporary file(s) removed" in capsys.readouterr().out


def test_the_note_cache_key_follows_the_claim_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    import vaultkit.engine.load as load

    before = cache_key("a.md", "0" * 64, "cfg")
    monkeypatch.setattr(load, "EXTRACTOR_VERSION", load.EXTRACTOR_VERSION + 1)
    assert cache_key("a.md", "0" * 64, "cfg") != before


def test_invalid_utf8_is_reported_from_the_decoder_with_its_bytes() -> None:
    data = "Привет мир\nвторая строка".encode().replace(b" ", b" \xff\xfe", 1)
    result = parse_note("n.md", data, Config())
    (finding,) = [f for f in result.findings if f.rule == "VK113"]
    assert (finding.line, finding.column) == (1, 8)
    assert "2 bytes 0xFF 0xFE not valid UTF-8" in finding.message


def test_notes_are_immutable_and_their_text_comes_from_the_source(make_vault: MakeVault) -> None:
    root = make_vault({"n.md": "---\ntags: [a]\n---\n# N\n"})
    (note,) = load_vault(root, use_cache=False).notes
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.path = "x.md"  # type: ignore[misc]
    assert note.source.held_text() is None  # read from the file on first use
    assert note.text.startswith("---") and note.properties == {"tags": ["a"]}
    assert not hasattr(type(note), "__getattr__")
