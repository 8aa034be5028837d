"""`vaultkit report`: the Obsidian note, the self-contained HTML page and the JSON, as a user
meets them: links that land, nothing read back, no network, escaped text, a page that
renders in a real browser without errors, and committed reports kept current.

`python tests/test_report.py` regenerates reports/ from vault_samples/ (and the screenshot
reports/report.png when Chromium is installed).

The samples are reported from a copy outside any git work tree whose files all carry one
modification time: which of two duplicate notes is newer then comes from their front matter or
is "unknown", never from git history or from the order a checkout, a clone or a tarball
happened to write the files in. So the committed reports match in a fresh clone, in a source
tarball without `.git`, and here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import frontmatter
import pytest
from chromium import find_chromium, open_page  # tests/chromium.py, beside conftest.py
from conftest import ROOT, SAMPLES, MakeVault

from vaultkit import __version__
from vaultkit.api import load_vault, verify
from vaultkit.cli import main
from vaultkit.graph import Resolver, heading_exists
from vaultkit.ingest.markdown import scan_markdown

REPORTS = ROOT / "reports"
FILES = ("report.md", "report.html", "report.json")


PINNED_MTIME = 1_700_000_000


def pinned_copy(dest: Path) -> Path:
    """vault_samples/ copied to `dest/vault_samples` (the report names the vault by its folder),
    every file and folder with the same mtime, outside git."""
    root = dest / SAMPLES.name
    shutil.copytree(SAMPLES, root, ignore=shutil.ignore_patterns(".vaultkit"))
    for path in sorted(root.rglob("*"), reverse=True):
        os.utime(path, (PINNED_MTIME, PINNED_MTIME), follow_symlinks=False)
    os.utime(root, (PINNED_MTIME, PINNED_MTIME))
    return root


def write_report(vault: Path, out: Path, *extra: str) -> dict[str, str]:
    assert main(["report", str(vault), "-o", str(out), "--no-cache", "-j", "1", *extra]) == 0
    return {name: (out / name).read_text(encoding="utf-8") for name in FILES if (out / name).exists()}


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """vault_samples/, pinned: see the module's docstring."""
    return pinned_copy(tmp_path_factory.mktemp("pinned"))


@pytest.fixture(scope="module")
def samples_report(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports of vault_samples/, written once for this module."""
    out = tmp_path_factory.mktemp("samples") / "reports"
    write_report(samples, out)
    return out


def verify_json(vault: Path) -> dict[str, Any]:
    index = load_vault(vault, use_cache=False, jobs=1)
    return {"notes": len(index.notes), "findings": [f.to_dict() for f in verify(index)]}


def md_links(text: str) -> list[object]:
    return list(scan_markdown(text, frontmatter_end(text)).links)


def frontmatter_end(text: str) -> int:
    """The 1-based line where the body starts (after the closing `---`)."""
    lines = text.split("\n")
    assert lines[0] == "---"
    return lines.index("---", 1) + 2


# --- report.md -----------------------------------------------------------------------------


def test_markdown_is_front_matter_then_summary_then_notes(samples: Path, samples_report: Path) -> None:
    post = frontmatter.loads((samples_report / "report.md").read_text(encoding="utf-8"))
    expected = verify_json(samples)
    severities = [f["severity"] for f in expected["findings"]]
    meta = post.metadata
    assert meta["tags"] == ["vaultkit/report"]
    assert meta["vaultkit_version"] == __version__
    assert meta["notes_checked"] == expected["notes"] == 23
    assert (
        (meta["errors"], meta["warnings"], meta["infos"])
        == (severities.count("error"), severities.count("warning"), severities.count("info"))
        == (9, 8, 1)
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", str(meta["generated"]).replace(" ", "T"))
    body = post.content
    assert body.index("## Since last report") < body.index("| Rule | Name | Errors | Warnings | Infos | Total |")
    assert body.index("| Folder | Errors | Warnings | Infos | Total |") < body.index("## Findings by rule")
    assert "| VK301 | broken-link | 3 | 0 | 0 | 3 |" in body
    assert "| **Total** | | **9** | **8** | **1** | **18** |" in body
    assert body.count("\n> - [ ] ") == len(severities)
    # Grouped by rule, then by folder in collapsed callouts.
    assert "### VK301 broken-link\n\n3 errors in 2 folders.\n\n> [!failure]- Vault root: 2 errors\n> - [ ] " in body
    assert "> [!failure]- Русский: 1 error\n> - [ ] [[Русский/Оценка памяти" in body


def test_markdown_links_land_on_existing_notes_and_headings(samples: Path, samples_report: Path) -> None:
    text = (samples_report / "report.md").read_text(encoding="utf-8")
    index = load_vault(samples, use_cache=False, jobs=1)
    resolver = Resolver((n.path for n in index.notes), index.files)
    links = md_links(text)
    assert len(links) == 18  # one per finding on a note; no link comes from a message's text
    headed = 0
    for link in links:
        where = resolver.resolve(link.target, "reports/report.md")  # type: ignore[attr-defined]
        assert where.status == "resolved", link
        note = index.note(where.path)  # type: ignore[arg-type]
        assert note is not None, f"{link} resolves to a file, not a note"
        if link.heading:  # type: ignore[attr-defined]
            headed += 1
            assert heading_exists(note, link.heading), link  # type: ignore[attr-defined]
    assert headed >= 10
    assert "> - [ ] [[Claims that fail#Claims that fail|Claims that fail]] — L9: claim does not hold" in text
    assert "> - [ ] [[Русский/Оценка памяти#Оценка памяти|Оценка памяти]] — L12: broken link" in text
    # Message text never becomes a tag in the report: only the property tag exists.
    assert [t.name for t in scan_markdown(text, frontmatter_end(text)).tags] == []


def test_link_goes_to_the_nearest_heading_with_parents_when_its_name_repeats(make_vault: MakeVault, tmp_path: Path) -> None:
    root = make_vault(
        {
            "Index.md": "[[Folder/Topic]]\n",
            "Folder/Topic.md": (
                "intro [[Missing one]]\n"  # line 1: above every heading
                "# Topic\n"
                "## Part A\n"
                "### Notes\n"
                "see [[Missing two]]\n"  # line 5: under Part A › Notes (repeated name)
                "## Part B\n"
                "### Notes\n"
                "see [[Missing three]]\n"  # line 8: under Part B › Notes
                "## Only once\n"
                "text\n"
                "see [[Missing four]]\n"  # line 11: under a unique heading
            ),
        }
    )
    text = write_report(root, tmp_path / "out")["report.md"]
    assert "> - [ ] [[Folder/Topic|Topic]] — L1: broken link" in text
    assert "> - [ ] [[Folder/Topic#Topic#Part A#Notes|Topic]] — L5:" in text
    assert "> - [ ] [[Folder/Topic#Topic#Part B#Notes|Topic]] — L8:" in text
    assert "> - [ ] [[Folder/Topic#Only once|Topic]] — L11:" in text
    index = load_vault(root, use_cache=False, jobs=1)
    for link in md_links(text):
        if link.heading:  # type: ignore[attr-defined]
            assert heading_exists(index.note("Folder/Topic.md"), link.heading)  # type: ignore[arg-type, attr-defined]


def test_inert_links_create_no_links(samples: Path, samples_report: Path, tmp_path: Path) -> None:
    text = write_report(samples, tmp_path / "inert", "--inert-links", "--format", "md")["report.md"]
    assert md_links(text) == []
    assert text.count("\n> - [ ] ") == 18
    assert "> - [ ] `[[Claims that fail#Claims that fail|Claims that fail]]` — L9:" in text
    live = (samples_report / "report.md").read_text(encoding="utf-8")
    assert len(md_links(live)) == 18  # the same report without the option links every finding
    assert not (tmp_path / "inert" / "report.html").exists()


def test_report_inside_the_vault_is_never_read_back(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(SAMPLES, vault, ignore=shutil.ignore_patterns(".vaultkit"))
    before = verify_json(vault)
    write_report(vault, vault / "_vaultkit")
    assert (vault / "_vaultkit" / ".vaultkit-report").is_file()
    after = verify_json(vault)
    assert after == before  # same notes, same findings: the report's 18 links un-orphan nothing
    index = load_vault(vault, use_cache=False, jobs=1)
    assert "_vaultkit/report.md" in index.files and index.note("_vaultkit/report.md") is None
    write_report(vault, vault / "_vaultkit")  # a second run rewrites its own folder
    assert verify_json(vault) == before


def test_refuses_output_folders_that_hold_the_vaults_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(SAMPLES, vault, ignore=shutil.ignore_patterns(".vaultkit"))
    assert main(["report", str(vault), "-o", str(vault)]) == 2
    assert "vault's root" in capsys.readouterr().err
    assert main(["report", str(vault), "-o", str(vault / "Research")]) == 2
    assert "holds notes of the vault" in capsys.readouterr().err
    assert not list(vault.rglob("report.*")) and not list(vault.rglob(".vaultkit-report"))


# --- report.html ---------------------------------------------------------------------------

NETWORK = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I
)


def test_network_pattern_catches_resource_loads() -> None:
    for bad in ('<img src="https://x/y.png">', "<a href=//cdn.x/y>", "background:url( 'http://x')", '@import "x.css"'):
        assert NETWORK.search(bad), bad
    assert not NETWORK.search('<a href="#findings">') and not NETWORK.search("see https://example.org in a note")


def test_html_is_one_self_contained_file(samples_report: Path) -> None:
    page = (samples_report / "report.html").read_text(encoding="utf-8")
    assert not NETWORK.search(page)
    assert "http://" not in page and "https://" not in page  # not even an SVG namespace
    assert re.findall(r"<script\b[^>]*>", page) == ['<script type="application/json" id="vk-data">', "<script>"]
    assert "<link" not in page and "<img" not in page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1) and "unsafe-inline" not in csp.group(1)
    assert page.count('<svg class="graph"') == 3  # all notes, broken links and orphans, folders
    assert page.count('<svg class="chart"') == 3  # hubs, findings by rule and by folder, drawn inline
    # Tables are data, rendered by the page's script: one placeholder each, no rows in the HTML.
    tables = re.findall(r'<div data-table="(\w+)">', page)
    assert tables == ["broken", "orphans", "findings", "notes", "claims", "duplicates"]
    assert page.count("<tbody>") == 1  # only the small table of connected groups is rendered here


SAMPLE_HEADING = "<script>alert(1)</script> and <b>markup</b> in a heading"  # vault_samples/Unsafe title demo.md
HEADING_HTML = "&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;markup&lt;/b&gt; in a heading"


def test_html_escapes_note_text(samples_report: Path) -> None:
    page = (samples_report / "report.html").read_text(encoding="utf-8")
    data = page.split('<script type="application/json" id="vk-data">', 1)[1].split("</script>", 1)[0]
    assert SAMPLE_HEADING in json.loads(data)["s"]
    assert "<" not in data and ">" not in data and "&" not in data  # JSON escapes: no text can end the block
    assert "<script>alert" not in page and "<b>markup" not in page


XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_HEADING = "</script><script>alert(2)</script> & <b>bold</b>"


@pytest.fixture
def xss_vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            "Index.md": f"[[{XSS_NAME}]]\n",
            f"{XSS_NAME}.md": f'---\ntitle: "<script>alert(3)</script>"\n---\n# {XSS_HEADING}\n\nsee [[<svg onload=alert(4)>]]\n',
        }
    )


def test_hostile_names_and_headings_stay_text_everywhere(xss_vault: Path, tmp_path: Path) -> None:
    out = write_report(xss_vault, tmp_path / "out")
    page = out["report.html"]
    assert len(re.findall(r"<script\b", page)) == 2 and "<img" not in page and "<svg onload" not in page
    assert "</script><script>alert" not in page and "\\u003c/script\\u003e\\u003cscript\\u003ealert(2)" in page
    text = out["report.md"]
    index = load_vault(xss_vault, use_cache=False, jobs=1)
    note = index.note(f"{XSS_NAME}.md")
    assert note is not None
    # Two findings (Index.md is an orphan; the hostile note links to an impossible name), two
    # links: the message's own [[…]] is shown as code, not linked.
    links = md_links(text)
    assert {link.target for link in links} == {"Index", XSS_NAME}  # type: ignore[attr-defined]
    assert len(links) == len(json.loads(out["report.json"])["findings"])  # one a finding, none from a message
    link = next(x for x in links if x.target == XSS_NAME and x.heading)  # type: ignore[attr-defined]
    assert Resolver([n.path for n in index.notes]).resolve(link.target, "r.md").path == note.path  # type: ignore[attr-defined]
    assert heading_exists(note, link.heading)  # type: ignore[attr-defined]
    assert "<script>" not in link.heading and "<b>" not in link.heading  # type: ignore[attr-defined]
    assert "`[[<svg onload=alert(4)>]]`" in text  # the message quotes the link as code
    assert json.loads(out["report.json"])["notes"][0]["title"] == XSS_HEADING


# --- report.json ---------------------------------------------------------------------------


def test_json_has_the_schema_and_what_the_other_formats_show(samples: Path, samples_report: Path) -> None:
    doc = json.loads((samples_report / "report.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "vaultkit.report/1" and doc["vaultkit_version"] == __version__
    expected = verify_json(samples)
    assert [
        {k: v for k, v in f.items() if k not in ("note", "headings", "link", "task", "state")} for f in doc["findings"]
    ] == expected["findings"]
    assert doc["summary"]["notes_checked"] == 23 and doc["summary"]["errors"] == 9
    assert {r["rule"]: r["total"] for r in doc["summary"]["by_rule"]}["VK301"] == 3
    assert doc["graph"]["orphan_notes"] == ["Lonely thought.md"]
    assert {b["target"] for b in doc["graph"]["broken_targets"]} >= {"Nonexistent research log", "Сравнение оптимизаторов"}
    picture = doc["graph"]["picture"]
    assert len(picture["nodes"]) == picture["total_nodes"] and all(
        0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in picture["nodes"]
    )
    # (how many claims the samples hold is the claim checker's to say: tests/test_claims*.py)
    assert len(doc["claims"]["items"]) == sum(doc["claims"]["counts"].values()) and doc["claims"]["counts"]["wrong"] == 2
    assert [(p["a"], p["kind"]) for p in doc["duplicates"]["pairs"]] == [
        ("Duplicates demo.md", "near"),
        ("Memory budget essay.md", "contained"),
    ]
    assert doc["duplicates"]["layers"] == ["exact", "lexical"]  # as verify: VK504 is off by default
    assert len(doc["notes"]) == 23
    views = doc["graph"]["views"]
    assert {n["id"] for n in views["problems"]["nodes"] if n["kind"] == "orphan"} == {"Lonely thought.md"}
    assert {n["label"] for n in views["problems"]["nodes"] if n["kind"] == "broken"} >= {"Nonexistent research log"}
    assert sum(n["weight"] for n in views["folders"]["nodes"]) == 23
    assert views["hubs"][0]["note"] == "Index.md"
    assert sum(c["size"] * c["count"] for c in views["components"]) == 23
    assert doc["since_last"]["previous"] is None and {f["state"] for f in doc["findings"]} == {"open"}
    assert [h["findings"] for h in doc["history"]] == [18]


def test_a_failing_duplicate_check_is_reported_not_fatal(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vaultkit.dedup.results as results
    from vaultkit.dedup.backend import SemanticUnavailable

    def unavailable(index: object, config: object, *, semantic: bool) -> None:
        raise SemanticUnavailable("sentence-transformers is not installed")

    monkeypatch.setattr(results, "dedup_result", unavailable)
    out = write_report(make_vault({"a.md": "# A\n[[b]]\n", "b.md": "# B\n[[a]]\n"}), tmp_path / "out", "--select", "ALL")
    doc = json.loads(out["report.json"])
    assert doc["duplicates"] is None
    assert doc["duplicates_note"] == "the duplicate check failed: SemanticUnavailable: sentence-transformers is not installed"
    assert "- Duplicates: not checked: the duplicate check failed" in out["report.md"]


def test_big_graphs_are_capped_to_the_most_connected(make_vault: MakeVault, tmp_path: Path) -> None:
    notes = {f"n{i:02d}.md": "".join(f"[[n{j:02d}]] " for j in range(i)) + "\n" for i in range(30)}
    out = write_report(make_vault(notes), tmp_path / "out", "--graph-nodes", "10")
    picture = json.loads(out["report.json"])["graph"]["picture"]
    assert (len(picture["nodes"]), picture["total_nodes"]) == (10, 30)
    assert "Showing 10 of 30 nodes: the most connected" in out["report.html"]


# --- determinism and the committed reports -----------------------------------------------------


def normalised(files: dict[str, str]) -> dict[str, str]:
    """The reports with their one volatile field, the generation time, replaced."""
    generated = json.loads(files["report.json"])["generated"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", generated)
    return {name: text.replace(generated, "GENERATED").replace(generated[:-1], "GENERATED") for name, text in files.items()}


def test_generation_time_is_the_only_volatile_field(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"a.md": "# A\n[[b]] [[missing]]\n", "b.md": "# B\n13B parameters × 2 bytes = 40 GB\n"})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = write_report(root, tmp_path / "one")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    second = write_report(root, tmp_path / "two")
    assert json.loads(first["report.json"])["generated"] == "2023-11-14T22:13:20Z"
    assert first != second and normalised(first) == normalised(second)
    assert all(str(tmp_path) not in text for text in (*first.values(), *second.values()))


@pytest.mark.slow
def test_copies_committed_together_have_no_newer_one_whatever_their_mtimes(make_vault: MakeVault) -> None:
    """A clone writes files in its own order; the report (and verify) must not depend on it."""
    from dedup_notes import QUANT

    from vaultkit.dedup import find_duplicates

    if shutil.which("git") is None:
        pytest.skip("git not installed")
    edited = QUANT.replace("easy to notice", "plain to see")
    root = make_vault({"a.md": QUANT, "b.md": edited})
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    for args in (("init", "-q"), ("add", "."), ("commit", "-qm", "both")):
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)

    def newer() -> tuple[str | None, str]:
        (pair,) = find_duplicates(load_vault(root, use_cache=False, jobs=1).notes, layers=("exact", "lexical"), root=root).pairs
        assert pair.difference is not None
        return pair.difference.newer, pair.difference.newer_by

    os.utime(root / "a.md", (2_000_000_000, 2_000_000_000))
    assert newer() == (None, "unknown")
    (root / "b.md").write_text(
        edited.replace("fewer bits", "fewer bits, often", 1), encoding="utf-8"
    )  # an edit not yet committed
    os.utime(root / "b.md", (2_100_000_000, 2_100_000_000))
    assert newer() == ("b.md", "mtime")


def test_committed_reports_are_current(samples_report: Path) -> None:
    """Needs neither git nor particular mtimes (see the module's docstring)."""
    fresh = {name: (samples_report / name).read_text(encoding="utf-8") for name in FILES}
    committed = {name: (REPORTS / name).read_text(encoding="utf-8") for name in FILES if (REPORTS / name).exists()}
    assert set(committed) == set(FILES), "reports/ is missing files: run python tests/test_report.py"
    stale = [name for name in FILES if normalised(fresh)[name] != normalised(committed)[name]]
    assert not stale, f"reports/{', reports/'.join(stale)} stale: run python tests/test_report.py"
    assert str(ROOT) not in "".join(fresh.values()) and str(samples_report.parent) not in "".join(fresh.values())
    assert (REPORTS / ".vaultkit-report").is_file()  # reports/ is vaultkit's: regenerating needs no --force


@pytest.mark.slow
def test_report_path_does_not_import_torch(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom vaultkit.cli import main\n"
        f"assert main(['report', {str(SAMPLES)!r}, '-o', {str(tmp_path / 'out')!r}, '--no-cache']) == 0\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules)\n"
        "print('heavy:' + ','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.splitlines()[-1] == "heavy:", done.stdout


# --- in a real browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return binary


BROKEN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head><body>
<p>deliberately broken</p>
<script>console.error("first problem"); notDefinedAnywhere();</script>
<script>alert("a dialog")</script>
</body></html>
"""


@pytest.mark.slow
def test_the_browser_check_sees_errors_on_a_broken_page(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    errors = open_page(chromium, page).errors
    assert any("console.error: first problem" in e for e in errors), errors
    assert any("ReferenceError: notDefinedAnywhere" in e for e in errors), errors
    assert any("alert dialog" in e for e in errors), errors
    fetching = tmp_path / "fetching.html"
    fetching.write_text('<!DOCTYPE html><html><body><img src="https://example.invalid/x.png"></body></html>', encoding="utf-8")
    assert any("network request: https://example.invalid/x.png" in e for e in open_page(chromium, fetching).errors)
    clean = tmp_path / "clean.html"
    clean.write_text(BROKEN_PAGE.split("<script>")[0] + "</body></html>", encoding="utf-8")
    assert open_page(chromium, clean).errors == []


@pytest.mark.slow
def test_the_report_policy_blocks_what_escaping_might_miss(chromium: str, samples_report: Path, tmp_path: Path) -> None:
    page = (samples_report / "report.html").read_text(encoding="utf-8")
    injected = '<script>document.title = "pwned"</script><img src="https://example.invalid/x.png"></body>'
    tampered = tmp_path / "tampered.html"
    tampered.write_text(page.replace("</body>", injected), encoding="utf-8")
    run = open_page(chromium, tampered, expressions={"title": "document.title"})
    assert run.values["title"] == "vaultkit report: vault_samples"
    assert any("Executing inline script violates" in e for e in run.errors), run.errors
    assert any("Loading the image 'https://example.invalid/x.png' violates" in e for e in run.errors), run.errors


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


READY = "window.vkReady.then(() => document.documentElement.getAttribute('data-ready'))"

SORT_BY_LINE = """(() => {
  const table = document.getElementById("findings-table");
  const lines = () => Array.from(table.tBodies[0].rows, r => Number(r.cells[1].textContent));
  const th = table.tHead.rows[0].cells[1];
  th.click(); const up = lines();
  th.click(); const down = lines();
  return {up, down, sort: th.getAttribute("aria-sort")};
})()"""

FILTER = """(() => {
  const input = document.querySelector('input[data-filter="findings-table"]');
  input.value = "VK301"; input.dispatchEvent(new Event("input"));
  const rows = Array.from(document.getElementById("findings-table").tBodies[0].rows);
  return {shown: rows.filter(r => !r.hidden).length, count: document.getElementById("findings-table-count").textContent};
})()"""


@pytest.mark.slow
def test_html_report_renders_in_chromium_without_errors(chromium: str, samples_report: Path) -> None:
    run = open_page(
        chromium,
        samples_report / "report.html",
        screenshot=True,
        expressions={
            "ready": READY,
            "scripts": "document.scripts.length",
            "title_as_text": f"document.body.innerText.includes({json.dumps(SAMPLE_HEADING)})",
            "graph_nodes": "document.querySelectorAll('#view-all svg.graph g.node').length",
            "obsidian": "document.querySelector('#findings-table a.obs').href",
            "sort": SORT_BY_LINE,
            "filter": FILTER,
        },
    )
    assert run.errors == []
    assert run.values["ready"] == "1" and run.values["scripts"] == 2 and run.values["title_as_text"] is True
    assert run.values["obsidian"] == "obsidian://open?vault=vault_samples&file=Archive%2FOld%20ideas"
    assert (
        run.values["graph_nodes"]
        == json.loads((samples_report / "report.json").read_text(encoding="utf-8"))["graph"]["picture"]["total_nodes"]
    )
    assert run.values["sort"]["up"] == sorted(run.values["sort"]["up"]) and run.values["sort"]["down"] == sorted(
        run.values["sort"]["up"], reverse=True
    )
    assert run.values["sort"]["sort"] == "descending" and run.values["sort"]["up"] != run.values["sort"]["down"]
    assert run.values["filter"] == {"shown": 3, "count": "3 of 18"}
    assert run.screenshot is not None and png_size(run.screenshot) == (1280, 2000)


@pytest.mark.slow
def test_hostile_note_runs_nothing_in_chromium(chromium: str, xss_vault: Path, tmp_path: Path) -> None:
    write_report(xss_vault, tmp_path / "out")
    run = open_page(
        chromium,
        tmp_path / "out" / "report.html",
        expressions={
            "ready": READY,
            "images": "document.images.length",
            "scripts": "document.scripts.length",
            "heading_as_text": f"document.body.innerText.includes({json.dumps(XSS_HEADING)})",
        },
    )
    assert run.errors == []  # no alert dialog, no failed image load, nothing refused by the policy
    assert run.values == {"ready": "1", "images": 0, "scripts": 2, "heading_as_text": True}


def regenerate() -> None:
    """Rewrite reports/ from vault_samples/ (a pinned copy), and reports/report.png when Chromium
    is present."""
    import tempfile

    os.environ.pop("SOURCE_DATE_EPOCH", None)
    with tempfile.TemporaryDirectory() as tmp:
        # A first report in a fresh folder (no earlier state or history), as the test writes it.
        fresh = Path(tmp) / "reports"
        files = write_report(pinned_copy(Path(tmp)), fresh)
        REPORTS.mkdir(exist_ok=True)
        (REPORTS / ".vaultkit-report").write_bytes((fresh / ".vaultkit-report").read_bytes())
        for name, text in files.items():
            (REPORTS / name).write_text(text, encoding="utf-8", newline="\n")
    binary = find_chromium()
    if binary is None:
        print("chromium not found: reports/report.png left as it was")
        return
    run = open_page(binary, REPORTS / "report.html", screenshot=True)
    if run.errors:
        raise SystemExit("report.html has errors in chromium:\n" + "\n".join(run.errors))
    assert run.screenshot is not None
    (REPORTS / "report.png").write_bytes(run.screenshot)
    print(f"wrote {REPORTS / 'report.png'}")


if __name__ == "__main__":
    regenerate()
