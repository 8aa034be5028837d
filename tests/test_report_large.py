"""report.html of a generated 1,500-note vault in headless Chromium (issue 21): the page stays
small, every table is complete in its data, and each filter of the findings (severity, rule,
folder, triage state) shows the counts report.json has. 1,500 notes rather than 10,000 keep
this test near half a minute; benchmarks/bench_report.py measures 1k and 10k (RESULTS.md)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from chromium import find_chromium, open_page
from conftest import ROOT

from vaultkit.cli import main

NOTES = 1500
READY = "window.vkReady.then(() => document.documentElement.getAttribute('data-ready'))"

# Every option of every filter, one filter at a time: the counter, the option's own count, the
# rows drawn (at most a page) and whether each drawn row belongs to the option.
APPLY_EACH = """(() => {
  const table = document.getElementById("findings-table");
  const counter = document.getElementById("findings-table-count");
  const cell = {severity: 5, rule: 3, state: 7};
  const out = {};
  for (const select of document.querySelectorAll("select[data-facet]")) {
    const facet = select.getAttribute("data-facet");
    out[facet] = {};
    const values = Array.from(select.options, o => [o.value, o.getAttribute("data-count")]).filter(v => v[0]);
    for (const [value, optionCount] of values) {
      select.value = value;
      select.dispatchEvent(new Event("change"));
      const rows = Array.from(table.tBodies[0].rows);
      let belong = true;
      for (const row of rows) {
        if (facet === "folder") {
          const path = row.cells[0].querySelector(".path");
          const text = path ? path.textContent : ".";
          const folder = text === "." || row.cells[0].textContent === "whole vault" ? "."
            : (text.includes("/") ? text.slice(0, text.lastIndexOf("/")) : "/");
          belong = belong && folder === value;
        } else {
          belong = belong && row.cells[cell[facet]].textContent === value;
        }
      }
      out[facet][value] = {counter: counter.textContent, option: Number(optionCount), drawn: rows.length, belong: belong};
    }
    select.value = "";
    select.dispatchEvent(new Event("change"));
  }
  return out;
})()"""

COMBINED = """(() => {
  const sev = document.getElementById("filter-severity"), rule = document.getElementById("filter-rule");
  sev.value = "error"; sev.dispatchEvent(new Event("change"));
  rule.value = "VK301"; rule.dispatchEvent(new Event("change"));
  const counter = document.getElementById("findings-table-count").textContent;
  const folderOptions = Array.from(document.getElementById("filter-folder").options, o => o.textContent);
  document.querySelector("#findings .pager button:last-child").click();  // "Show all"
  const drawn = document.getElementById("findings-table").tBodies[0].rows.length;
  const links = Array.from(document.querySelectorAll("#findings-table a.obs")).slice(0, 3).map(a => a.href);
  return {counter, drawn, folderOptions: folderOptions.slice(0, 3), links};
})()"""

TABS = """(() => Array.from(document.querySelectorAll("button[data-view]"), b => {
  b.click();
  const view = document.getElementById("view-" + b.getAttribute("data-view"));
  const visible = Array.from(document.querySelectorAll(".view")).filter(v => !v.hidden).map(v => v.id);
  return [b.getAttribute("data-view"), visible.length === 1 && visible[0] === view.id, view.querySelectorAll("g.node").length];
}))()"""


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("vk_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["vk_generate"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return binary


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("large")
    _generator().generate_vault(base / "gen1500", NOTES)
    out = base / "reports"
    jobs = str(min(2, os.cpu_count() or 1))
    assert main(["report", str(base / "gen1500"), "-o", str(out), "--no-cache", "-j", jobs, "--format", "html,json"]) == 0
    return out


@pytest.mark.slow
def test_large_page_is_small_and_complete(large_report: Path) -> None:
    page = (large_report / "report.html").read_text(encoding="utf-8")
    doc = json.loads((large_report / "report.json").read_text(encoding="utf-8"))
    assert doc["summary"]["notes_checked"] == NOTES and len(doc["findings"]) > 1000
    assert len(page.encode("utf-8")) < 1_000_000
    assert 'id="vk-data" data-encoding="gzip-base64"' in page  # big data: packed
    assert page.count("<tr>") < 100  # rows are drawn by the page, not written into it
    views = doc["graph"]["views"]
    assert len(views["problems"]["nodes"]) <= 120 and len(views["folders"]["nodes"]) <= 40
    # The limit keeps the most linked missing targets, never the first by name.
    linked = {b["target"]: len(b["from"]) for b in doc["graph"]["broken_targets"]}
    drawn = [n["label"] for n in views["problems"]["nodes"] if n["kind"] == "broken"]
    assert min(linked[t] for t in drawn) >= max(n for t, n in linked.items() if t not in drawn)


@pytest.mark.slow
def test_each_filter_shows_the_counts_of_report_json(chromium: str, large_report: Path) -> None:
    doc = json.loads((large_report / "report.json").read_text(encoding="utf-8"))
    total = len(doc["findings"])
    run = open_page(
        chromium,
        large_report / "report.html",
        expressions={
            "ready": READY,
            "initial": "document.getElementById('findings-table-count').textContent",
            "rows": "document.getElementById('findings-table').tBodies[0].rows.length",
            "notes": "document.getElementById('notes-table-count').textContent",
            "claims": "document.getElementById('claims-table-count').textContent",
            "each": APPLY_EACH,
            "combined": COMBINED,
            "tabs": TABS,
        },
    )
    assert run.errors == []
    values = run.values
    assert values["ready"] == "1"
    assert values["initial"] == f"{total} of {total}" and values["rows"] == 100
    assert values["notes"] == f"{NOTES} of {NOTES}"
    assert values["claims"] == f"{len(doc['claims']['items'])} of {len(doc['claims']['items'])}"

    summary = doc["summary"]
    expected = {
        "severity": {s: summary[f"{s}s"] for s in ("error", "warning", "info") if summary[f"{s}s"]},
        "rule": {r["rule"]: r["total"] for r in summary["by_rule"]},
        "folder": {f["folder"]: f["total"] for f in summary["by_folder"]},
        "state": {"open": total},  # a first report: everything open
    }
    each = values["each"]
    assert set(each) == set(expected)
    for facet, counts in expected.items():
        assert {v: x["option"] for v, x in each[facet].items()} == counts, facet
        for value, n in counts.items():
            shown = each[facet][value]
            assert shown["counter"] == f"{n} of {total}", (facet, value)
            assert shown["drawn"] == min(n, 100) and shown["belong"], (facet, value, shown)

    both = sum(1 for f in doc["findings"] if f["severity"] == "error" and f["rule"] == "VK301")
    combined = values["combined"]
    assert combined["counter"] == f"{both} of {total}" and combined["drawn"] == both
    assert combined["folderOptions"][0] == f"all ({both})"  # the other filters' counts follow
    assert all(link.startswith("obsidian://open?vault=gen1500&file=Area%20") for link in combined["links"])
    tabs = {name: (alone, nodes) for name, alone, nodes in values["tabs"]}
    assert set(tabs) == {"problems", "folders", "hubs", "components", "all"}
    assert all(alone for alone, _ in tabs.values())
    assert tabs["problems"][1] == len(doc["graph"]["views"]["problems"]["nodes"])
