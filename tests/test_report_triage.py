"""Triage that survives runs (issue 21): findings ticked in report.md stay ticked, as accepted,
until their note changes; the report says what is new, fixed and still open since the previous
one; `baseline --from-report` turns the accepted findings into a baseline; report-history.csv
gains a row a run."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import frontmatter
import pytest
from conftest import MakeVault

from vaultkit.cli import main
from vaultkit.report.triage import read_ticks


def report(vault: Path, out: Path) -> tuple[str, dict[str, Any]]:
    assert main(["report", str(vault), "-o", str(out), "--no-cache", "-j", "1", "--select", "VK301"]) == 0
    return (out / "report.md").read_text(encoding="utf-8"), json.loads((out / "report.json").read_text(encoding="utf-8"))


def task_lines(text: str) -> dict[str, str]:
    """Note name → its task line (one finding a note in these vaults)."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"^> - \[.\] \[\[(\w+)(?:#[^|]*)?\|", line)
        if m:
            assert m.group(1) not in out, line
            out[m.group(1)] = line
    return out


def tick(out: Path, *names: str) -> None:
    md = out / "report.md"
    lines = task_lines(md.read_text(encoding="utf-8"))
    text = md.read_text(encoding="utf-8")
    for name in names:
        assert lines[name].startswith("> - [ ] ")
        text = text.replace(lines[name], lines[name].replace("> - [ ] ", "> - [x] ", 1))
    md.write_text(text, encoding="utf-8")


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    notes = {name: f"# {name.title()}\n\nsee [[Missing {name}]] and [[hub]]\n" for name in ("alpha", "beta", "gamma", "delta")}
    notes["hub"] = "# Hub\n" + " ".join(f"[[{n}]]" for n in ("alpha", "beta", "gamma", "delta", "epsilon")) + "\n"
    notes["epsilon"] = "# Epsilon\n\nno broken link here, see [[hub]]\n"
    return make_vault({f"{name}.md": text for name, text in notes.items()})


def states(doc: dict[str, Any]) -> dict[str, str]:
    return {f["path"].removesuffix(".md"): f["state"] for f in doc["findings"]}


def test_ticked_findings_stay_ticked_until_their_note_changes(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    text, doc = report(vault, out)
    assert set(states(doc)) == {"alpha", "beta", "gamma", "delta"} and set(states(doc).values()) == {"open"}
    assert "First report in this folder" in text and doc["since_last"]["previous"] is None
    # Every task carries its line-free key as an Obsidian comment, the same key as report.json's.
    assert {f["task"] for f in doc["findings"]} == set(read_ticks(text))
    assert all(re.search(r" %% vk:[0-9a-f]{16} %%$", line) for line in task_lines(text).values())

    tick(out, "alpha", "beta", "gamma")
    # gamma's note changes (a line added above its finding: the fingerprint holds, the note does not);
    # delta's broken link is fixed; epsilon gets a new one.
    (vault / "gamma.md").write_text("# Gamma\n\nan edit\n\nsee [[Missing gamma]] and [[hub]]\n", encoding="utf-8")
    (vault / "delta.md").write_text("# Delta\n\nsee [[hub]]\n", encoding="utf-8")
    (vault / "epsilon.md").write_text("# Epsilon\n\nsee [[hub]] and [[Missing epsilon]]\n", encoding="utf-8")

    text, doc = report(vault, out)
    lines = task_lines(text)
    assert lines["alpha"].startswith("> - [x] ") and lines["beta"].startswith("> - [x] ")  # untouched: still ticked
    assert "*(accepted)*" in lines["alpha"]
    assert lines["gamma"].startswith("> - [ ] ")  # its note changed: open again
    assert lines["epsilon"].startswith("> - [ ] ") and "*(new)*" in lines["epsilon"]
    assert "delta" not in lines
    assert states(doc) == {"alpha": "accepted", "beta": "accepted", "gamma": "open", "epsilon": "new"}
    since = doc["since_last"]
    assert (since["new"], since["fixed"], since["open"], since["accepted"], since["reopened"]) == (1, 1, 1, 2, 1)
    assert [(x["path"], x["rule"]) for x in since["fixed_items"]] == [("delta.md", "VK301")]
    assert "**1 new**, **1 fixed**, 1 still open, 2 accepted" in text
    assert "1 ticked finding open again: the note changed since it was ticked." in text
    assert "> [!success]- 1 fixed" in text and "> - `delta.md`: broken link" in text
    meta = frontmatter.loads(text).metadata
    assert (meta["new"], meta["fixed"], meta["accepted"]) == (1, 1, 2)

    # A third run, nothing changed: the accepted ones stay accepted, nothing new or fixed.
    text, doc = report(vault, out)
    assert states(doc) == {"alpha": "accepted", "beta": "accepted", "gamma": "open", "epsilon": "open"}
    assert (doc["since_last"]["new"], doc["since_last"]["fixed"]) == (0, 0)

    # Unticking one takes it back.
    md = out / "report.md"
    md.write_text(
        md.read_text(encoding="utf-8").replace(task_lines(text)["beta"], task_lines(text)["beta"].replace("[x]", "[ ]"))
    )
    _, doc = report(vault, out)
    assert states(doc)["beta"] == "open" and states(doc)["alpha"] == "accepted"

    with (out / "report-history.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["findings"], r["new"], r["fixed"], r["accepted"]) for r in rows] == [
        ("4", "0", "0", "0"),
        ("4", "1", "1", "2"),
        ("4", "0", "0", "2"),
        ("4", "0", "0", "1"),
    ]
    assert [h["findings"] for h in doc["history"]] == [4, 4, 4, 4]


def test_trend_chart_appears_once_there_is_an_earlier_report(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    report(vault, out)
    assert "Findings over time" not in (out / "report.html").read_text(encoding="utf-8")
    (vault / "alpha.md").write_text("# Alpha\n\nsee [[hub]]\n", encoding="utf-8")
    report(vault, out)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Findings over time (2 reports)" in page and page.count("<polyline") == 3


def test_baseline_from_report_takes_the_accepted_findings(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    _, doc = report(vault, out)
    tick(out, "alpha", "beta", "gamma")
    (vault / "gamma.md").write_text("# Gamma\n\nchanged\nsee [[Missing gamma]] and [[hub]]\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert main(["baseline", str(vault), "--from-report", str(out), "-o", str(baseline)]) == 0
    assert "2 findings ticked" in capsys.readouterr().out
    notes = json.loads(baseline.read_text(encoding="utf-8"))["notes"]
    assert sorted(notes) == ["alpha.md", "beta.md"]  # gamma's note changed since it was ticked
    fingerprints = {f["path"]: f["fingerprint"] for f in doc["findings"]}
    assert notes["alpha.md"] == {"VK301": {fingerprints["alpha.md"]: 1}}
    # verify with that baseline reports only the findings not accepted.
    assert main(["verify", str(vault), "--baseline", str(baseline), "--select", "VK301", "--format", "json", "--no-cache"]) == 1
    left = {f["path"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert left == {"gamma.md", "delta.md"}


def test_baseline_from_report_refuses_a_folder_vaultkit_did_not_write(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    assert main(["baseline", str(vault), "--from-report", str(tmp_path / "mine")]) == 2


def test_ticks_are_read_only_from_vaultkit_task_lines() -> None:
    text = "\n".join(
        (
            "> - [x] [[a|a]] — L1: m (VK301) %% vk:0123456789abcdef %%",
            "> - [X] [[b|b]] — L1: m (VK301) %% vk:0123456789abcdee.2 %%",
            "> - [ ] [[c|c]] — L1: m (VK301) %% vk:0123456789abcded %%",
            "- [x] no key here",
            "> - [x] [[d|d]] — `%% vk:0123456789abcdec %%` quoted in a message (VK301)",
        )
    )
    assert read_ticks(text) == {"0123456789abcdef": True, "0123456789abcdee.2": True, "0123456789abcded": False}


def test_baseline_from_report_never_reads_outside_the_vault(vault: Path, tmp_path: Path) -> None:
    """A state file edited to name a path outside the vault accepts nothing there."""
    import hashlib

    out = tmp_path / "reports"
    report(vault, out)
    secret = tmp_path / "secret.md"
    secret.write_text("outside\n", encoding="utf-8")
    state = json.loads((out / "report-state.json").read_text(encoding="utf-8"))
    entry = next(iter(state["findings"].values()))
    entry[1] = "../secret.md"
    entry[5] = hashlib.sha256(secret.read_bytes()).hexdigest()  # would match, were it read
    (out / "report-state.json").write_text(json.dumps(state), encoding="utf-8")
    md = out / "report.md"
    md.write_text(md.read_text(encoding="utf-8").replace("> - [ ] ", "> - [x] "), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert main(["baseline", str(vault), "--from-report", str(out), "-o", str(baseline)]) == 0
    notes = json.loads(baseline.read_text(encoding="utf-8"))["notes"]
    assert "../secret.md" not in notes and len(notes) == 3  # the other three ticked ones
