"""verify's machine formats: SARIF 2.1.0 (validated against the OASIS schema) and GitHub workflow
commands (escaped as actions/toolkit escapes them), plus --output-file and --exit-zero for all."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from conftest import ROOT, SAMPLES, MakeVault

from vaultkit import __version__
from vaultkit.cli import main
from vaultkit.formats import escape_data, escape_property
from vaultkit.rules import RULES

SCHEMA_FILE = ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json"
FORMATS = ("text", "concise", "json", "sarif", "github")


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def _verify(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify", *argv])
    return code, capsys.readouterr().out


def test_bundled_schema_is_the_oasis_sarif_2_1_0_schema(sarif_schema: dict[str, Any]) -> None:
    assert sarif_schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert sarif_schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    jsonschema.Draft4Validator.check_schema(sarif_schema)
    jsonschema.Draft7Validator.check_schema(sarif_schema)
    assert {"run", "result", "reportingDescriptor", "artifactLocation", "region"} <= set(sarif_schema["definitions"])
    # The schema rejects what it should: a log without runs, a result level outside its enum.
    validator = jsonschema.Draft4Validator(sarif_schema)
    assert not validator.is_valid({"version": "2.1.0"})
    bad_level = {
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}],
    }
    assert not validator.is_valid(bad_level)


def test_sarif_of_the_samples_is_schema_valid_and_matches_the_findings(
    sarif_schema: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _verify([str(SAMPLES), "--format", "sarif", "--no-cache"], capsys)
    assert code == 1  # the samples hold deliberate errors: same exit code as the text format
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema).validate(log)

    _, listed = _verify([str(SAMPLES), "--format", "json", "--no-cache"], capsys)
    findings = json.loads(listed)["findings"]
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("vaultkit", __version__)
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == list(RULES)  # every rule, not only those that fired
    for descriptor in driver["rules"]:
        rule = RULES[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert " ".join(descriptor["fullDescription"]["text"].split()).startswith(rule.summary)
        assert (
            descriptor["defaultConfiguration"]["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[str(rule.severity)]
        )
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(findings) > 10
    level = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run["results"], findings, strict=True):
        assert result["ruleId"] == finding["rule"]
        assert driver["rules"][result["ruleIndex"]]["id"] == finding["rule"]
        assert result["level"] == level[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        assert result["partialFingerprints"] == {"vaultkit/v1": finding["fingerprint"]}
        assert "baselineState" not in result  # no baseline in use
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert unquote(uri) == finding["path"] and not re.search(r"[\s\x80-\U0010ffff]", uri)
        assert (location["region"]["startLine"], location["region"]["startColumn"]) == (finding["line"], finding["column"])
    base = run["originalUriBaseIds"]["VAULTROOT"]["uri"]
    assert base.startswith("file://") and base.endswith("/") and unquote(base).rstrip("/").endswith("vault_samples")


def test_sarif_fingerprints_survive_text_added_above(
    make_vault: MakeVault, sarif_schema: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_vault({"a.md": "# A\n\nSee [[Missing page]].\n", "b.md": "[[a]]\n"})
    _, before = _verify([str(root), "--format", "sarif", "--select", "VK301"], capsys)
    (root / "a.md").write_text("# A\n\nA new paragraph.\n\nAnother one.\n\nSee [[Missing page]].\n", encoding="utf-8")
    _, after = _verify([str(root), "--format", "sarif", "--select", "VK301"], capsys)
    (old,), (new,) = json.loads(before)["runs"][0]["results"], json.loads(after)["runs"][0]["results"]
    assert old["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert new["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert old["partialFingerprints"] == new["partialFingerprints"]
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads(after))


def test_sarif_of_a_clean_vault_has_no_results(
    sarif_schema: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    shutil.copytree(ROOT / "tests" / "fixtures" / "clean_vault", tmp_path / "clean")
    code, out = _verify([str(tmp_path / "clean"), "--format", "sarif"], capsys)
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    assert code == 0 and log["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% of 7B", "50%25 of 7B", "50%25 of 7B"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("line one\nline two", "line one%0Aline two", "line one%0Aline two"),
        ("crlf\r\nend", "crlf%0D%0Aend", "crlf%0D%0Aend"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
        # Beyond the toolkit: what a log viewer or terminal would act on is shown, not sent.
        ("t\x1b]0;pwned\x07\u202eab", "t\\x1b]0;pwned\\x07\\u202eab", "t\\x1b]0;pwned\\x07\\u202eab"),
    ],
    ids=["plain", "percent", "colon-comma", "newline", "crlf", "escaped-looking", "terminal-controls"],
)
def test_github_escaping_matches_actions_toolkit(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


_COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def test_github_annotations_escape_note_names_and_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "repo" / "vault"
    (root / ".obsidian").mkdir(parents=True)
    odd = "Ratio: 2,5% draft.md"
    newline = "two\nlines.md"  # legal on Linux, and it must not split a workflow command
    (root / odd).write_text("---\ntags: ['#x']\n---\nSee [[100% sure, really]] and [[two\nlines]].\n", encoding="utf-8")
    (root / newline).write_text("[[Missing, 50%]]\n", encoding="utf-8")
    (root / "Hub.md").write_text(f"[[{odd[:-3]}]]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "repo")
    code, out = _verify(["vault", "--format", "github"], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines and all(_COMMAND.match(line) for line in lines), out
    parsed = []
    for line in lines:
        m = _COMMAND.match(line)
        assert m is not None
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        parsed.append((m[1], {k: _unescape(v) for k, v in props.items()}, _unescape(m["message"])))
    by_file = {(p.get("file"), c) for c, p, _ in parsed}
    assert ("vault/Ratio: 2,5% draft.md", "error") in by_file  # the broken link, at a path relative to the working directory
    assert ("vault/Ratio: 2,5% draft.md", "warning") in by_file  # VK108
    assert ("vault/two\nlines.md", "error") in by_file
    assert ("vault/two\nlines.md", "notice") in by_file  # an orphan (info) is a notice
    assert "file=vault/Ratio%3A 2%2C5%25 draft.md," in out and "file=vault/two%0Alines.md," in out
    messages = [m for _, p, m in parsed if p.get("file") == "vault/two\nlines.md"]
    assert any("[[Missing, 50%]]" in m for m in messages)
    assert "[[Missing, 50%25]]" in out  # data keeps `,` and `:` but escapes `%`
    for _, props, _ in parsed:
        assert {"line", "col", "title"} <= set(props) and props["title"].startswith("vaultkit VK")


def test_github_info_findings_are_notices(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_vault({"lonely.md": "nobody links here\n"})
    monkeypatch.chdir(root.parent)
    code, out = _verify(["vault", "--format", "github", "--select", "VK307"], capsys)
    assert code == 0
    expected = "::notice file=vault/lonely.md,line=1,col=1,title=vaultkit VK307 (orphan-note)"
    assert out == expected + "::orphan: no other note links to this note\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_honours_output_file_and_exit_zero(
    fmt: str, make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_vault({"e.md": "See [[Nowhere]].\n", "f.md": "[[e]]\n"})
    target = tmp_path / f"report.{fmt}"
    assert main(["verify", str(root), "--format", fmt, "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    written = target.read_text(encoding="utf-8")
    assert "Nowhere" in written
    if fmt in ("json", "sarif"):
        json.loads(written)
    assert main(["verify", str(root), "--format", fmt, "--exit-zero"]) == 0
    assert "Nowhere" in capsys.readouterr().out
