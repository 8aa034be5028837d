"""Issue 16: a short fuzz of the decoder, front-matter splitter, Markdown scanner, link parser,
quantity parser and claims extractor, in CI (FUZZ_EXAMPLES per target, 150 by default: about a
minute in all), plus every file of the committed regression corpus through every target.

Each example runs under a CPU deadline (ITIMER_PROF: a quadratic regression fails as a timeout,
never hangs CI) and a memory bound (tracemalloc peak). A longer local run: FUZZ_EXAMPLES=5000
(recorded in benchmarks/RESULTS.md); atheris_fuzz.py when atheris is installed."""

from __future__ import annotations

import os
import signal
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")  # the `test` extra; without it only the corpus would run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.targets import TARGETS

CORPUS = Path(__file__).parent / "corpus"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
DEADLINE_S = 2.0  # CPU per example, on inputs of at most a few KB (the corpus: up to 64 KB)
TRACED_SLACK = 10  # the memory-traced run: see bounded()
MEMORY_BYTES = 256 * 1024 * 1024
SLOWEST: dict[str, tuple[float, bytes]] = {}


class Deadline(BaseException):
    pass


@contextmanager
def bounded(name: str, data: bytes, *, trace_memory: bool) -> Iterator[None]:
    """A CPU deadline; with trace_memory, a memory bound too. tracemalloc slows allocation-heavy
    code several times over (the 64 KB YAML corpus file: 0.24 s untraced, 1.5 s traced), so the
    deadline is judged on an untraced run and the traced run gets TRACED_SLACK times as long."""
    limit = DEADLINE_S * (TRACED_SLACK if trace_memory else 1)

    def expired(signum: int, frame: object) -> None:
        raise Deadline(f"{name}: over {limit} s of CPU on {data[:80]!r}")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, limit)
    tracing = tracemalloc.is_tracing()
    if trace_memory and not tracing:
        tracemalloc.start()
    if trace_memory:
        tracemalloc.reset_peak()
    start = time.process_time()
    peak = 0
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        spent = time.process_time() - start
        if trace_memory:
            peak = tracemalloc.get_traced_memory()[1]
            if not tracing:
                tracemalloc.stop()
        elif spent > SLOWEST.get(name, (0.0, b""))[0]:
            SLOWEST[name] = (spent, data)
    assert peak < MEMORY_BYTES, f"{name}: peak {peak:,} bytes on {data[:80]!r}"


def _run(name: str, target: Callable[[bytes], None], data: bytes) -> None:
    try:
        with bounded(name, data, trace_memory=False):
            target(data)
        with bounded(name, data, trace_memory=True):
            target(data)
    except Deadline as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module", autouse=True)
def _report_slowest() -> Iterator[None]:
    """After the module: each target's slowest example (CPU seconds, untraced), on stderr (shown
    with `pytest -s`; the long local run in benchmarks/RESULTS.md quotes it)."""
    yield
    for name, (spent, data) in sorted(SLOWEST.items()):
        print(f"fuzz slowest {name}: {spent:.3f} s CPU on {len(data)} bytes {data[:60]!r}", file=sys.stderr)


# Markdown-ish bytes: the characters the scanners branch on, far more often than random bytes.
_PIECES = st.sampled_from(
    [
        "---\n", "\n", "\r", "\r\n", " ", "\t", "#", "# ", "[[", "]]", "[", "]", "(", ")", "](", "!", "|", "^", "`",
        "```", "~~~", "%%", "<!--", "-->", "> ", "- ", "1. ", "&a ", "*a", ": ", "[1, ", "{", "}", "\"", "'", "x",
        "7B", "14 GB", " fp16", "1.5e3", "2^30", "# Output: ", "print(f\"{a:5}\")", "x = x*x\n", "\\", "\u00e9", "\u00c3\u00a9",
        "\x00", "\ufeff", "tags: ", "aliases: ",
    ]
)
_MARKDOWN = st.lists(_PIECES, max_size=200).map(lambda parts: "".join(parts).encode("utf-8"))
_INPUTS = st.one_of(_MARKDOWN, st.binary(max_size=2000), st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz(name: str) -> None:
    target = TARGETS[name]

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_INPUTS)
    def run(data: bytes) -> None:
        _run(name, target, data)

    run()


def _corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_file())


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_corpus(path: Path) -> None:
    data = path.read_bytes()
    for name, target in sorted(TARGETS.items()):
        _run(name, target, data)
