"""The cluster engine (vaultkit.cluster, issue 22) reports what the local engine reports.

Findings are compared as sets of (rule, path, line, message): the cluster engine writes them as
JSON lines in the order its tasks finish. A LocalCluster of 2 worker processes is started once
for the module; skipped when the 'cluster' extra (dask.distributed) is not installed.
"""

from __future__ import annotations

import importlib.util
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES, SEEDS, MakeVault

pytest.importorskip("distributed")

from vaultkit.cluster import dask_engine
from vaultkit.engine.load import load_vault
from vaultkit.engine.run import verify

Row = tuple[str, str, int, str]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    c = dask_engine.connect(workers=2)
    yield c
    c.close()


def local_findings(root: Path) -> set[Row]:
    index = load_vault(root, use_cache=False, jobs=1, exact=True)
    return {(f.rule, f.path, f.line, f.message) for f in verify(index)}


def cluster_findings(client: Any, root: Path, chunk: int = 7) -> tuple[set[Row], list[dict[str, Any]]]:
    """The cluster engine's findings; small chunks, so even a small vault is many map tasks and
    every shuffle has records from several of them."""
    out = io.StringIO()
    dask_engine.check_vault(client, root, out, chunk=chunk)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return {(r["rule"], r["path"], r["line"], r["message"]) for r in rows}, rows


def assert_same(client: Any, root: Path) -> set[Row]:
    local = local_findings(root)
    cluster, rows = cluster_findings(client, root)
    assert cluster == local, {"only local": sorted(local - cluster)[:5], "only cluster": sorted(cluster - local)[:5]}
    assert len(rows) == len(cluster)  # each finding written once
    return local


def test_vault_samples_identical(client: Any) -> None:
    found = assert_same(client, SAMPLES)
    assert {r[0][:3] for r in found} >= {"VK3", "VK5"}  # links and duplicates took part


def test_seeds_identical(client: Any, make_vault: MakeVault) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    files: dict[str, str | bytes] = {f"seeds/{p.stem}.md": p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    files["Index.md"] = "".join(f"- [[{Path(rel).stem}]]\n" for rel in files)
    assert_same(client, make_vault(files))


def test_link_cases_identical(client: Any, make_vault: MakeVault) -> None:
    """Every link rule, with the cases whose answer depends on other notes' names: ambiguity
    resolved by the linking note's folder, relative links, aliases, case collisions, anchors
    with their suggestions, broken links whose suggestion is a typo away, suppressions."""
    text = "\n".join(
        [
            "# Hub",
            "[[Index]] [[A/Index]] [[./Sibling]] [[../Hub]] [[Quantisaton]] [[Quantisation#Int4]]",
            "[[Quantisation#^int4]] [[Alias name]] [[Paper: A Title]] [[image.png]] [[Missing]]",
            "<!-- vaultkit-disable-next-line VK301 -->",
            "[[Suppressed missing]] [[#Hub]] [[#Nowhere]] ![[diagram.svg]] [text](Quantisation.md)",
        ]
    )
    vault = make_vault(
        {
            "Hub.md": text,
            "A/Index.md": "[[Hub]]\n",
            "B/Index.md": "[[Index]]\n",
            "A/Sibling.md": "[[../Hub]] [[./Index]]\n",
            "Quantisation.md": "---\naliases: [Alias name]\n---\n## Int8\nText. ^int8-fact\n",
            "Ideas.md": "x\n",
            "ideas.md": "y\n",
            "F*.md": "[[F*]]\n",
            "image.png": b"\x89PNG",
            "binary.md": b"\x00\x01\x02",
        }
    )
    found = assert_same(client, vault)
    assert {"VK301", "VK302", "VK303", "VK304", "VK305", "VK306", "VK307", "VK308", "VK309"} <= {r[0] for r in found}


def _generator() -> Any:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_cluster.py"
    spec = importlib.util.spec_from_file_location("bench_cluster", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_vault_identical(client: Any, tmp_path: Path) -> None:
    root = tmp_path / "gen"
    stats = _generator().generate(root, 400, seed=1)
    assert stats["copies"] and stats["edited"] and stats["whole_copies"]
    found = assert_same(client, root)
    assert {"VK301", "VK304", "VK501", "VK502"} <= {r[0] for r in found}


def test_claims_across_notes_identical(client: Any, make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "a.md": "Llama-2-7B in fp16 is 13.48 GB.\n",
            "b.md": "Llama-2-7B in fp16 is 14.5 GB.\n",
            "c.md": "Llama-2-7B in fp16 is 13.48 GB.\n[[a]] [[b]]\n",
        }
    )
    assert "VK405" in {r[0] for r in assert_same(client, vault)}


def test_findings_are_streamed_as_found(client: Any) -> None:
    """Each finding goes to the output (and the callback) once, as its task completes."""
    seen: list[str] = []
    out = io.StringIO()
    stats = dask_engine.check_vault(client, SAMPLES, out, chunk=5, on_finding=lambda f: seen.append(f.rule))
    assert len(seen) == stats.findings == len(out.getvalue().splitlines())


def test_cli_entry_point(client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`vaultkit verify --engine dask --engine-address ADDR -o FILE` and `dupes` through the real CLI."""
    from vaultkit.cli import main

    target = tmp_path / "out.jsonl"
    address = client.scheduler.address
    common = ["--engine", "dask", "--engine-address", address, "--no-cache"]
    code = main(["verify", str(SAMPLES), *common, "--format", "json", "-o", str(target)])
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {(r["rule"], r["path"], r["line"], r["message"]) for r in rows} == local_findings(SAMPLES)
    assert code == (1 if any(r["severity"] == "error" for r in rows) else 0)
    capsys.readouterr()
    main(["dupes", str(SAMPLES), *common, "--format", "json"])
    rules = {json.loads(line)["rule"] for line in capsys.readouterr().out.splitlines()}
    assert rules and rules <= {"VK501", "VK502", "VK503", "VK506"}


def test_unfilled_templates_identical(client: Any, make_vault: MakeVault) -> None:
    """VK506 and the duplicates it keeps out: empty forms, a template folder's note and its
    instances (filled and not), lines shared by many notes (template text)."""
    daily = "# {day}\n\n## Tasks\n\n- [ ] \n\n## Notes\n\nMood:: \n"
    form = "## Meeting\n\nAttendees:\n\nDecisions:\n\nNext steps:\n\n{fill}\n"
    filled = "We agreed to move the release of the quantised checkpoint to the week after the evaluation run {n}."
    files: dict[str, str | bytes] = {f"daily/{d}.md": daily.format(day=d) for d in ("2025-01-01", "2025-01-02", "2025-01-03")}
    files["templates/Meeting.md"] = form.format(fill="")
    files.update({f"meetings/m{n}.md": form.format(fill=filled.format(n=n) if n % 2 else "") for n in range(8)})
    found = assert_same(client, make_vault(files))
    assert "VK506" in {r[0] for r in found}


def test_map_tasks_capped_findings_unchanged(client: Any) -> None:
    """Past chunk × max_maps notes the map tasks stay max_maps (each takes more notes), so
    what the driver holds does not grow with the vault; the findings do not change, and the
    progress callback sees the walk, every map task and every batch of duplicates."""
    events: list[tuple[str, int, int]] = []
    out = io.StringIO()
    stats = dask_engine.check_vault(client, SAMPLES, out, chunk=1, max_maps=3, progress=lambda *e: events.append(e))
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(r["rule"], r["path"], r["line"], r["message"]) for r in rows} == local_findings(SAMPLES)
    assert events[0] == ("walk", stats.notes, stats.files) and stats.notes > 3
    maps = [e for e in events if e[0] == "map"]
    assert [e[1] for e in maps] == [1, 2, 3] and {e[2] for e in maps} == {3}
    batches = [e for e in events if e[0] == "duplicates"]
    assert batches and batches[-1][1] == batches[-1][2] == 3
    assert [dask_engine.map_count(n, 2000, 64) for n in (0, 1, 2000, 2001, 128_000, 1_000_000)] == [1, 1, 1, 2, 64, 64]


def test_non_utf8_file_name_written(client: Any, make_vault: MakeVault) -> None:
    """A note whose name is not UTF-8 (a vault cloned from git): its findings are written to a
    UTF-8 stream (the -o file) with \\udcff escapes, as --format json writes them, instead of a
    crash mid-run."""
    import os

    vault = make_vault({"a.md": "# A\n[[b]]\n"})
    with open(os.path.join(os.fsencode(vault), b"\xff.md"), "wb") as f:
        f.write(b"# Odd\n[[missing]]\n")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    dask_engine.check_vault(client, vault, stream)
    stream.flush()
    text = stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    rows = [json.loads(line) for line in text.splitlines()]
    assert "\\udcff.md" in text
    assert {(r["rule"], r["path"], r["line"], r["message"]) for r in rows} == local_findings(vault)
    assert "\udcff.md" in {r["path"] for r in rows}


def test_sarif_is_streamed_and_matches_the_local_sarif(client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--engine dask --format sarif`: one schema-valid SARIF run, its results those of the local
    engine's SARIF (rule, file, line, column, message, fingerprint), in the order found."""
    import jsonschema

    from tests.test_formats import SCHEMA_FILE
    from vaultkit.cli import main

    def results(log: dict[str, Any]) -> list[tuple[Any, ...]]:
        (run,) = log["runs"]
        rows = []
        for r in run["results"]:
            where = r.get("locations", [{}])[0].get("physicalLocation", {})
            region = where.get("region", {})
            rows.append((r["ruleId"], where.get("artifactLocation", {}).get("uri"), region.get("startLine"),
                         region.get("startColumn"), r["message"]["text"], r["partialFingerprints"]))
        return sorted(rows, key=repr)

    target = tmp_path / "out.sarif"
    common = [str(SAMPLES), "--no-cache", "--format", "sarif"]
    code = main(["verify", *common, "--engine", "dask", "--engine-address", client.scheduler.address, "-o", str(target)])
    log = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))).validate(log)
    capsys.readouterr()
    assert main(["verify", *common]) == code == 1
    local = json.loads(capsys.readouterr().out)
    assert results(log) == results(local) and len(results(log)) > 10
    assert log["runs"][0]["tool"] == local["runs"][0]["tool"]
    assert log["runs"][0]["originalUriBaseIds"] == local["runs"][0]["originalUriBaseIds"]


def test_summary_counts_the_notes_checked_as_verify_does(
    client: Any, make_vault: MakeVault, capsys: pytest.CaptureFixture[str]
) -> None:
    """A binary `.md` is a VK101 finding, not a note: both engines say 2 notes checked."""
    from vaultkit.cli import main

    root = make_vault({"a.md": "# A\n\ntext [[b]]\n", "b.md": "# B\n\nok\n", "c.md": bytes(range(256)) * 12})
    main(["verify", str(root), "--no-cache"])
    assert "2 notes checked" in capsys.readouterr().out
    main(["verify", str(root), "--no-cache", "--engine", "dask", "--engine-address", client.scheduler.address,
          "--format", "json"])
    captured = capsys.readouterr()
    assert "VK101" in captured.out
    assert "in 2 notes checked" in captured.err
