"""Did you mean: broken links, missing headings and blocks name their likely target, in text,
JSON and SARIF; ambiguous ones name none."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import MakeVault

from vaultkit.api import load_vault, verify
from vaultkit.cli import main
from vaultkit.suggest import Suggester, distance, loose

SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"

FILES: dict[str, str | bytes] = {
    "Quantisation.md": "# Quantisation\n## Int8 rows\n## Calibration set\ntext ^int8-fact\n",
    "Projects/Café Notes.md": "x",
    "Archive/Moved Note.md": "x",
    "Notes 2.md": "x",
    "Notes 3.md": "x",
    "img/chart.png": b"\x89PNG\r\n",
}

CASES = [
    # (link as written, expected suggestion or None)
    ("[[Quantisaton]]", "[[Quantisation]]"),  # typo
    ("[[quantisation notes|Q]]", None),  # nothing close
    ("[[Cafe-notes]]", "[[Café Notes]]"),  # accents and punctuation
    ("[[CAFE NOTES#H]]", "[[Café Notes#H]]"),  # case and accents, subpath kept
    ("[[Projects/Moved Note]]", "[[Moved Note]]"),  # moved: same name in another folder
    ("![[chart.pgn]]", "![[chart.png]]"),  # an attachment's typo
    ("[m](Quantisaton.md)", "[m](Quantisation.md)"),  # Markdown form kept
    ("[[Notes 1]]", None),  # two names one edit away: ambiguous
    ("[[Quantisation#Int8 row]]", "[[Quantisation#Int8 rows]]"),  # heading typo
    ("[[Quantisation#Calibration]]", "[[Quantisation#Calibration set]]"),  # heading renamed by adding a word
    ("[[Quantisation#Nothing like it]]", None),
    ("[[Quantisation#^int8-fakt]]", "[[Quantisation#^int8-fact]]"),  # block id typo
]


@pytest.mark.parametrize(("link", "expected"), CASES, ids=[c[0] for c in CASES])
def test_suggestion(make_vault: MakeVault, link: str, expected: str | None) -> None:
    root = make_vault({**FILES, "src.md": f"{link}\n"})
    found = [f for f in verify(load_vault(root, use_cache=False)) if f.path == "src.md" and f.rule in ("VK301", "VK304", "VK305")]
    assert len(found) == 1, found
    f = found[0]
    if expected is None:
        assert not f.suggestion and "did you mean" not in f.message
    else:
        assert f.suggestion == expected
        assert f.message.endswith(f"; did you mean {expected}?")
        assert f.span == len(link)


def test_text_json_and_sarif(make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({**FILES, "src.md": "# Top\nsee [[Quantisaton]] here\n"})
    assert main(["verify", str(root), "--select", "VK301", "--format", "text", "--no-cache"]) == 1
    assert (
        "src.md:2:5: VK301 broken link: no note or file matches [[Quantisaton]]; did you mean [[Quantisation]]?"
        in capsys.readouterr().out
    )
    main(["verify", str(root), "--select", "VK301", "--format", "json", "--no-cache"])
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["suggestion"] == {"link": "[[Quantisation]]", "path": "Quantisation.md"}
    main(["verify", str(root), "--select", "VK301", "--format", "sarif", "--no-cache"])
    log: dict[str, Any] = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (result,) = log["runs"][0]["results"]
    (fix,) = result["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["deletedRegion"] == {"startLine": 2, "startColumn": 5, "endColumn": 5 + len("[[Quantisaton]]")}
    assert replacement["insertedContent"] == {"text": "[[Quantisation]]"}
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "Quantisation.md"


def test_no_suggestion_no_extra_fields(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"src.md": "[[Nowhere at all]]\n"})
    main(["verify", str(root), "--select", "VK301", "--format", "json", "--no-cache"])
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert "suggestion" not in finding


def test_non_portable_names(make_vault: MakeVault) -> None:
    """issue 19 #2: `F*.md` resolves on macOS/Linux; the file itself gets the Windows warning."""
    root = make_vault({"F*.md": "x", "src.md": "[[F*]] [[Why?]]\n"})
    found = [(f.rule, f.path) for f in verify(load_vault(root, use_cache=False)) if f.rule in ("VK301", "VK306", "VK309")]
    assert sorted(found) == [("VK301", "src.md"), ("VK309", "F*.md")]


def test_suggester_index() -> None:
    assert loose("Café-Notes_2") == "cafenotes2"
    assert distance("quantisation", "quantisaton", 2) == 1
    assert distance("abcd", "abdc", 1) == 1  # a swap is one edit
    assert distance("abcdef", "uvwxyz", 2) == 3  # over the limit: limit + 1
    s = Suggester([f"n/Note {i:05d}.md" for i in range(2000)] + ["Quantisation.md"], ["img/chart.png"])
    assert s.target("Quantisaton", "a.md") == ("Quantisation.md", "typo")
    assert s.target("Nte 01234", "a.md") == ("n/Note 01234.md", "typo")
    assert s.target("Note 0123", "a.md") is None  # one edit from several
    assert len(s.candidates("Note 0123", "a.md")) > 1
