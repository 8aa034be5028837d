"""Record or compare the findings of `vaultkit verify --format json` on a set of vaults.

    python tools/compare_findings.py record OUT.json VAULT [VAULT ...]
    python tools/compare_findings.py compare OUT.json VAULT [VAULT ...]

`record` runs vaultkit (cold: `--no-cache`) on every vault and stores the findings; `compare`
runs it again and prints every finding that appeared or disappeared, exiting 1 when any did.
Used to show that a refactoring changes no finding (vault_samples/, the seeds, a generated
10k vault). A finding is compared by (path, line, column, rule, severity, message).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def findings(vault: str) -> list[list[object]]:
    proc = subprocess.run(
        [sys.executable, "-m", "vaultkit", "verify", vault, "--format", "json", "--no-cache", "--no-baseline", "--exit-zero"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{vault}: vaultkit exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    data = json.loads(proc.stdout)
    return sorted([f["path"], f["line"], f["column"], f["rule"], f["severity"], f["message"]] for f in data["findings"])


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in {"record", "compare"}:
        print(__doc__, file=sys.stderr)
        return 2
    mode, out, vaults = argv[0], Path(argv[1]), argv[2:]
    now = {vault: findings(vault) for vault in vaults}
    if mode == "record":
        out.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        for vault, found in now.items():
            print(f"{vault}: {len(found)} findings recorded")
        return 0
    before = json.loads(out.read_text(encoding="utf-8"))
    differ = 0
    for vault in vaults:
        old = {tuple(f) for f in before.get(vault, [])}
        new = {tuple(f) for f in now[vault]}
        gone, added = sorted(old - new), sorted(new - old)
        differ += len(gone) + len(added)
        print(f"{vault}: {len(new)} findings, {len(gone)} gone, {len(added)} new")
        for f in gone[:20]:
            print("  - " + " ".join(map(str, f)))
        for f in added[:20]:
            print("  + " + " ".join(map(str, f)))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
