"""A longer local fuzz with atheris (coverage-guided), when it is installed:
`python -m tests.fuzz.atheris_fuzz markdown -max_total_time=60`. Not part of CI."""

from __future__ import annotations

import sys

from tests.fuzz.targets import TARGETS


def main() -> None:
    import atheris

    name = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "markdown"
    target = TARGETS[name]
    atheris.Setup([sys.argv[0], *[a for a in sys.argv[1:] if a.startswith("-")]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
