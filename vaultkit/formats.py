"""Machine formats of `vaultkit verify`: SARIF 2.1.0 and GitHub Actions workflow commands.

Both take Outcomes (one per vault checked) rather than bare findings: SARIF needs the vault
root for its `originalUriBaseIds` and the baseline state of each result, and GitHub needs
paths relative to the working directory (the repository root in a workflow) to place its
annotations.
"""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from vaultkit.model import Finding, Severity
from vaultkit.output import json_text, printable

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Where SARIF viewers send a reader who wants to know what vaultkit is.
INFORMATION_URI = "https://pypi.org/project/vaultkit-lint/"
# Results are located relative to this symbol; each run maps it to its vault's root.
ROOT_BASE_ID = "VAULTROOT"
FINGERPRINT_KEY = "vaultkit/v1"

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@dataclass(frozen=True)
class Outcome:
    """What checking one vault produced.

    `findings` are the ones to report (new ones, when a baseline is in use), `known` the ones
    the baseline accepted (reported only by SARIF, as `unchanged`), `notes` how many notes were
    checked, `baseline` the baseline file in use (None: no baseline).
    """

    root: Path
    findings: tuple[Finding, ...]
    notes: int
    known: tuple[Finding, ...] = ()
    baseline: Path | None = None


# --- SARIF 2.1.0 ---------------------------------------------------------------------------


def _rule_descriptors() -> tuple[list[dict[str, Any]], dict[str, int]]:
    from vaultkit.rules import RULES

    descriptors = []
    index = {}
    for position, rule in enumerate(RULES.values()):
        index[rule.id] = position
        descriptors.append(
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.summary or rule.name},
                "fullDescription": {"text": inspect.cleandoc(rule.doc) or rule.name},
                "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity], "enabled": rule.default_enabled},
                "properties": {"scope": rule.scope},
            }
        )
    return descriptors, index


def artifact_uri(path: str) -> str:
    """A vault-relative POSIX path as a relative URI reference (spaces, `%`, `#`, Cyrillic escaped)."""
    return quote(path, safe="/", errors="surrogateescape")  # a non-UTF-8 name: its own bytes, %FF


def _sarif_result(f: Finding, rule_index: dict[str, int], state: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    result["level"] = _SARIF_LEVEL[f.severity]
    result["message"] = {"text": f.message}
    if f.path and f.path != ".":  # vault-wide findings have no file to point at
        result["locations"] = [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(f.path), "uriBaseId": ROOT_BASE_ID},
                    "region": {"startLine": max(1, f.line), "startColumn": max(1, f.column)},
                }
            }
        ]
    if f.suggestion and "locations" in result:  # "did you mean": the link rewritten, and where it leads
        where = {"uri": artifact_uri(f.path), "uriBaseId": ROOT_BASE_ID}
        region = {"startLine": max(1, f.line), "startColumn": max(1, f.column), "endColumn": max(1, f.column) + f.span}
        replacement = {"deletedRegion": region, "insertedContent": {"text": f.suggestion}}
        change = {"artifactLocation": where, "replacements": [replacement]}
        result["fixes"] = [{"description": {"text": f"write {f.suggestion}"}, "artifactChanges": [change]}]
        if f.suggested_path:
            target = {"artifactLocation": {"uri": artifact_uri(f.suggested_path), "uriBaseId": ROOT_BASE_ID}}
            related = {"id": 1, "physicalLocation": target, "message": {"text": "the likely intended target"}}
            result["relatedLocations"] = [related]
    result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    if state is not None:
        result["baselineState"] = state
    return result


def sarif_log(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The SARIF log as a dict: one run per vault, every rule described in each run's driver."""
    from vaultkit import __version__

    descriptors, rule_index = _rule_descriptors()
    runs = []
    for outcome in outcomes:
        with_baseline = outcome.baseline is not None
        rows = [(f, "new" if with_baseline else None) for f in outcome.findings]
        rows += [(f, "unchanged") for f in outcome.known]
        rows.sort(key=lambda row: row[0].sort_key)
        runs.append(
            {
                "tool": {
                    "driver": {
                        "name": "vaultkit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "invocations": [{"executionSuccessful": True}],
                "originalUriBaseIds": {ROOT_BASE_ID: {"uri": outcome.root.resolve().as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": [_sarif_result(f, rule_index, state) for f, state in rows],
            }
        )
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": runs}


def format_sarif(outcomes: Sequence[Outcome]) -> str:
    return json_text(json.dumps(sarif_log(outcomes), ensure_ascii=False, indent=2)) + "\n"


class SarifStream:
    """One SARIF run written as its findings arrive (the cluster engine, which never holds them
    all): the log's head when opened, each result as it is added, the closing brackets at
    `close()`. The same document as `format_sarif` for one vault without a baseline, except that
    the results stand in the order they were found, not sorted."""

    def __init__(self, out: IO[str], root: Path) -> None:
        self.out, self.count = out, 0
        self.rule_index = _rule_descriptors()[1]
        head = sarif_log([Outcome(root, (), 0)])  # the run as format_sarif writes it, with no result yet
        text = json_text(json.dumps(head, ensure_ascii=False, indent=2))
        cut = text.rindex('"results": []') + len('"results": [')
        self.tail = text[cut:]
        out.write(text[:cut])

    def add(self, finding: Finding) -> None:
        item = json_text(json.dumps(_sarif_result(finding, self.rule_index, None), ensure_ascii=False))
        self.out.write(("," if self.count else "") + "\n        " + item)
        self.count += 1

    def close(self) -> None:
        self.out.write(("\n      " if self.count else "") + self.tail + "\n")


# --- GitHub Actions workflow commands ------------------------------------------------------


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as actions/toolkit's escapeData does; other control
    characters (ESC, BEL, C1, bidi overrides), which a log viewer or terminal would act on, are
    first made visible (`\\x1b`, `\\u202e`), as in the text format."""
    return printable(text, keep="\r\n\t").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (file=, title=), escaped as escapeProperty does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(root: Path, path: str, cwd: Path | None = None) -> str:
    """A vault-relative path as seen from `cwd` (the repository root under pre-commit or CI)."""
    if path in ("", "."):
        return path
    base = Path(cwd if cwd is not None else os.getcwd()).resolve()
    return Path(os.path.relpath(root.resolve() / path, base)).as_posix()


def _github_line(f: Finding, root: Path, cwd: Path | None) -> str:
    props = []
    if f.path and f.path != ".":
        props += [f"file={escape_property(display_path(root, f.path, cwd))}", f"line={max(1, f.line)}", f"col={max(1, f.column)}"]
    props.append(f"title={escape_property(f'vaultkit {f.rule} ({f.name})' if f.name else f'vaultkit {f.rule}')}")
    return f"::{_GITHUB_COMMAND[f.severity]} {','.join(props)}::{escape_data(f.message)}"


def format_github(outcomes: Iterable[Outcome], cwd: Path | None = None) -> str:
    """`::error file=…,line=…,col=…,title=…::message`, one a finding (info becomes `notice`)."""
    lines = [_github_line(f, o.root, cwd) for o in outcomes for f in o.findings]
    return "".join(line + "\n" for line in lines)
