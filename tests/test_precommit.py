"""The README's pre-commit snippet, verbatim, in a real `pre-commit` run: the hook repository is a
temporary clone of this one tagged v0.1.0 (the tag the snippet names). Slow: pre-commit builds
the hook's environment once."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## pre-commit and Obsidian Git", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "rev: v0.1.0" in block
    return block


def _run(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)


def test_readme_snippet_in_a_real_precommit_run(tmp_path: Path) -> None:
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("a source tree without .git (a tarball): the snippet's repo is a clone of this one")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pc-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    env.pop("PRE_COMMIT", None)
    clone = tmp_path / "hook-repo"
    assert _run(tmp_path, "git", "clone", "-q", str(ROOT), str(clone), env=env).returncode == 0
    assert _run(clone, "git", "tag", "-f", "v0.1.0", env=env).returncode == 0
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    config = re.sub(r"repo: \S+", f"repo: {clone}", _snippet(), count=1)
    (vault / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (vault / "A.md").write_text("# A\n\n[[B]]\n", encoding="utf-8")
    (vault / "B.md").write_text("# B\n\n[[A]]\n", encoding="utf-8")
    for args in (("git", "init", "-q"), ("git", "add", "."), ("pre-commit", "install")):
        assert _run(vault, *args, env=env).returncode == 0
    ok = _run(vault, "git", "commit", "-qm", "clean", env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # a warning (a link to a missing heading) is shown on a passing commit
    (vault / "A.md").write_text("# A\n\n[[B#Nowhere]]\n", encoding="utf-8")
    _run(vault, "git", "add", "A.md", env=env)
    warned = _run(vault, "git", "commit", "-qm", "warning", env=env)
    assert warned.returncode == 0 and "VK30" in warned.stdout + warned.stderr, warned.stdout + warned.stderr
    # a broken link blocks, with the finding shown
    (vault / "A.md").write_text("# A\n\n[[B]]\n[[Missing]]\n", encoding="utf-8")
    _run(vault, "git", "add", "A.md", env=env)
    broken = _run(vault, "git", "commit", "-qm", "broken", env=env)
    assert broken.returncode != 0 and "A.md:4:1: VK301" in broken.stdout + broken.stderr, broken.stdout + broken.stderr
    _run(vault, "git", "checkout", "HEAD", "--", "A.md", env=env)
    # a delete-only commit that breaks a link is blocked
    _run(vault, "git", "rm", "-q", "B.md", env=env)
    deleted = _run(vault, "git", "commit", "-qm", "delete", env=env)
    assert deleted.returncode != 0 and "VK301" in deleted.stdout + deleted.stderr, deleted.stdout + deleted.stderr
