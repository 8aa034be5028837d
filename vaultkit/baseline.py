"""Baselines: accept today's findings, fail only on new ones.

`.vaultkit-baseline.json` at the vault root records, per note and rule, the line-free
fingerprints of the findings accepted (`Finding.fingerprint`: path, rule and the finding's
key, never its line) with how many times each occurs:

    {
      "schema": "vaultkit.baseline/1",
      "notes": {
        "Ideas.md": {
          "VK301": {"4be0…": 1, "9c1d…": 2}
        }
      }
    }

Keys are sorted and the file is written the same way every time, so it diffs well in git.
A finding matches when its note, rule and fingerprint are in the file and the count is not
used up: adding text above a finding keeps it matched; a third copy of a link recorded twice
is new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from vaultkit.errors import ConfigError
from vaultkit.model import Finding

BASELINE_FILE = ".vaultkit-baseline.json"
SCHEMA = "vaultkit.baseline/1"

Key = tuple[str, str, str]  # (note path, rule id, fingerprint)


class BaselineError(ConfigError):
    """The baseline file is missing or malformed."""

    hint = "create or refresh it with `vaultkit baseline VAULT`"


def _key(f: Finding) -> Key:
    return (f.path, f.rule, f.fingerprint)


@dataclass(frozen=True)
class Baseline:
    """Accepted findings, counted by (note, rule, fingerprint). `source` is the file read."""

    counts: Mapping[Key, int] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None

    @classmethod
    def from_findings(cls, findings: Iterable[Finding]) -> Baseline:
        return cls(MappingProxyType(dict(Counter(_key(f) for f in findings))))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def notes(self) -> int:
        return len({path for path, _, _ in self.counts})

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new, known): findings beyond the baseline, and those it accepts. In sorted order, so
        when a note has more copies of a finding than recorded, the later ones are the new ones."""
        left = dict(self.counts)
        new: list[Finding] = []
        known: list[Finding] = []
        for f in sorted(findings, key=lambda f: f.sort_key):
            key = _key(f)
            if left.get(key, 0) > 0:
                left[key] -= 1
                known.append(f)
            else:
                new.append(f)
        return new, known

    def to_json(self) -> str:
        notes: dict[str, dict[str, dict[str, int]]] = {}
        for (path, rule, fingerprint), count in sorted(self.counts.items()):
            notes.setdefault(path, {}).setdefault(rule, {})[fingerprint] = count
        doc = {"schema": SCHEMA, "notes": notes}  # insertion order: schema first, then sorted notes
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def default_path(root: Path) -> Path:
    return root / BASELINE_FILE


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a malformed one is a configuration error naming the file."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BaselineError(f"{path}: not a readable baseline: {exc}") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA or not isinstance(doc.get("notes"), dict):
        raise BaselineError(f'{path}: not a vaultkit baseline (expected "schema": "{SCHEMA}" and a "notes" table)')
    counts: dict[Key, int] = {}
    for note, rules in doc["notes"].items():
        if not isinstance(rules, dict):
            raise BaselineError(f"{path}: entry {note!r} must map rule ids to fingerprints")
        for rule, prints in rules.items():
            if not isinstance(prints, dict) or not all(isinstance(n, int) and n > 0 for n in prints.values()):
                raise BaselineError(f"{path}: {note!r} {rule}: fingerprints must map to counts of 1 or more")
            for fingerprint, count in prints.items():
                counts[(note, rule, fingerprint)] = count
    return Baseline(MappingProxyType(counts), path)


def write_baseline(path: Path, baseline: Baseline, *, named: bool = True) -> None:
    """Write atomically (store.atomic), so a concurrent `verify` never reads half a file; a
    read-only folder or a full disk is CannotWrite (exit 2, one line), the old file kept.
    `named`: the user gave the path (-o); the default in the vault is never followed."""
    from vaultkit.output import write_file

    write_file(path, baseline.to_json(), "the baseline", named=named)
