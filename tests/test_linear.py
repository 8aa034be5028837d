"""Issue 16: every input finishes in linear time. Each row of the issue's table, at about 1 MB,
is checked under 2 s of CPU through the whole per-note pipeline (parse_note under its CPU
budget, so a regression fails fast instead of hanging), and the scanners vaultkit.ingest owns
are checked on their own with a tighter bound. Times are CPU (time.process_time), so a busy
machine does not make them flaky; the growth curves are in benchmarks/bench_linear.py."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from vaultkit.config import Config
from vaultkit.engine.parse import OVER_BUDGET, parse_note_bounded
from vaultkit.ingest.decode import decode_bytes
from vaultkit.ingest.frontmatter import MAX_YAML_NODES, split_front_matter
from vaultkit.ingest.markdown import scan_markdown

MB = 1_000_000
BOUND_S = 2.0  # the bound for 1 MB of any shape


def floats(n: int = MB) -> bytes:
    return ("data: " + ", ".join(f"{i * 0.001:.3f}" for i in range(n // 7))).encode()[:n]


def yaml_items(n: int = MB) -> bytes:
    return ("---\ntitle: [" + "1, " * (n // 3 - 10) + "1]\n---\nbody\n").encode()


def alias_bomb(n: int = MB) -> bytes:
    lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]  # 72 aliases
    return "\n".join([*lines, "tags: *a8", "---", "body", ""]).encode()


def square_chain(n: int = MB) -> bytes:
    return ("```python\nx = 2\n" + "x = x*x\n" * 27 + "print(x)  # Output: 4\n```\n").encode()


def format_width(n: int = MB) -> bytes:
    return b'```python\na = 1\nprint(f"{a:2000000000}")  # Output: 2 GB\n```\n'


def spaces(n: int = MB) -> bytes:
    return b" " * n + b"a\n"


def brackets(n: int = MB) -> bytes:
    return b"[" * (n // 3) + b"](" * (n // 3)


def open_links(n: int = MB) -> bytes:
    """`[a](` repeated: a Markdown link opened and never closed, at every position (review: the
    duplicate layers' text scanned to the end from each one, 10,000 repeats 1.1 s)."""
    return b"[a](" * (n // 4)


def comments(n: int = MB) -> bytes:
    return b"%%" * (n // 4) + b"<!--" * (n // 8)


def cr_lines(n: int = MB) -> bytes:
    return b"x\r" * (n // 2)


def cr_sentences(n: int = MB) -> bytes:
    return b"The model is 7B params and 14 GB in fp16.\r" * 5000  # 210 KB, the 5,000 lines


def nested_list(n: int = MB) -> bytes:
    depth = 1
    while (depth + 1) ** 2 + 8 * (depth + 1) < n:
        depth += 1
    return "".join("  " * i + "- item\n" for i in range(depth)).encode()  # ~1,000 levels


def _others(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


ROWS = [
    pytest.param(floats, id="floats"),
    pytest.param(yaml_items, id="yaml-80k-items"),
    pytest.param(alias_bomb, id="alias-bomb"),
    pytest.param(square_chain, id="x=x*x"),
    pytest.param(format_width, id="format-width"),
    pytest.param(spaces, id="spaces"),
    pytest.param(brackets, id="brackets"),
    pytest.param(open_links, id="open-links"),
    pytest.param(comments, id="comments"),
    pytest.param(cr_lines, id="cr-lines"),
    pytest.param(cr_sentences, id="cr-sentences"),
    pytest.param(nested_list, id="nested-list"),
]


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _extract_cpu(text: str) -> float:
    """The CPU time of extracting a note's claims with its code blocks, the best of three (a loaded machine only adds)."""
    from vaultkit.claims import extract_claims
    from vaultkit.ingest.markdown import scan_markdown

    code = scan_markdown(text, 1).code_ranges
    return min(_cpu(lambda: extract_claims(text, code_ranges=code)) for _ in range(3))


@pytest.mark.parametrize("shape", ROWS)
def test_each_row_parses_in_bounded_time(shape: Callable[[int], bytes]) -> None:
    data = shape(MB)
    result = None
    parse_note_bounded("n.md", data[:2_000], Config(), BOUND_S)  # compile the regexes and load the catalogue first

    def parse() -> None:
        nonlocal result
        result = parse_note_bounded("n.md", data, Config(), BOUND_S)

    # the best of up to three runs: a loaded machine only adds CPU time (steal, caches), and one run of a row that
    # takes ~1 s went over 2 s once in stop 38 while nothing else ran; a row that is over the bound is over it each time
    for _ in range(3):
        spent = _cpu(parse)
        assert result is not None
        if not [f for f in result.findings if f.message.startswith(OVER_BUDGET)]:
            break
    assert result is not None
    assert not [f for f in result.findings if f.message.startswith(OVER_BUDGET)], f"over {BOUND_S} s"
    assert spent < BOUND_S + 0.2


SCANNED = [spaces, brackets, open_links, comments, cr_lines, nested_list, floats, cr_sentences]


@pytest.mark.parametrize("shape", SCANNED, ids=[s.__name__ for s in SCANNED])
def test_markdown_scanner_is_linear(shape: Callable[[int], bytes]) -> None:
    """The scanner alone, on every shape: well under the row bound, and within a generous
    multiple of decoding and splitting the same bytes."""
    data = shape(MB)
    # the best of three runs of each: a loaded machine added 3-10 % to a single run (0.517 s against 0.5 in stop 38)
    baseline = min(_cpu(lambda: [line.split() for line in data.decode("utf-8").split("\n")]) for _ in range(3))
    text = decode_bytes(data).text or ""
    spent = min(_cpu(lambda: scan_markdown(text, 1)) for _ in range(3))
    assert spent < max(0.5, 50 * baseline)


def test_long_heading_and_link_lines_are_linear() -> None:
    lines = ["# a" + " " * 200_000 + "###b", "[a](" + " " * 200_000 + "x", "> " * 100_000 + "x", "\t " * 100_000 + "```"]
    assert _cpu(lambda: scan_markdown("\n".join(lines))) < 0.5


def test_yaml_limits_are_findings_naming_the_line() -> None:
    fm = split_front_matter(alias_bomb().decode())
    assert fm.properties == {} and fm.problems[0].kind == "limits" and fm.problems[0].line >= 2
    fm = split_front_matter(yaml_items(400_000).decode())
    assert fm.problems and f"{MAX_YAML_NODES:,}" in str(fm.problems[0]) and fm.problems[0].line == 2
    result = parse_note_bounded("n.md", alias_bomb(), Config(), BOUND_S)
    assert [f.rule for f in result.findings] == ["VK107"]
    # A document under the limits loads, aliases and all.
    anchors = "".join(f"k{i}: &a{i} [1, 2]\n" for i in range(90))
    ok = "---\n" + anchors + "x: [" + ", ".join(f"*a{i}" for i in range(90)) + "]\n---\n"
    assert len(split_front_matter(ok).properties["x"]) == 90


def test_over_budget_note_is_a_finding_and_not_cached() -> None:
    from vaultkit.engine import load

    result = parse_note_bounded("n.md", brackets(4 * MB), Config(), 0.3)
    if result.note is not None:  # fast enough already: the budget has nothing to stop
        return
    assert [f.rule for f in result.findings] == ["VK000"]
    assert result.findings[0].message.startswith(OVER_BUDGET)
    assert load is not None


# Found in review: with a dtype named in the paragraph, each figure of a long line of sizes scanned
# the whole line for dtypes again (40 KB: 12 s, and the note was skipped by its CPU budget, losing
# its other findings). 4x the line must take well under 16x (quadratic) the CPU: < 8x.
PARAGRAPH_DTYPE_LINES = [
    "each layer stores 4 KiB per token, K alone 2 KiB, 8 KV heads, ",
    "Llama-3-8B needs 16 GB = 14 GB weights + 2 GB cache; ",
    "inference at 8k context needs about 19 GB of VRAM, ",
    "Llama-2-7B is smaller than Llama-2-13B: 14.5 GB (26 GB), ",
]


@pytest.mark.parametrize("unit", PARAGRAPH_DTYPE_LINES)
def test_a_long_line_of_sizes_under_a_paragraph_dtype_is_linear(unit: str) -> None:
    from vaultkit.claims import extract_claims

    def cpu(n: int) -> float:
        text = "# t\n\nLlama-3-8B in bf16.\n" + (unit * (n // len(unit) + 1))[:n] + "\n"
        start = time.process_time()
        extract_claims(text)
        return time.process_time() - start

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


# Round 27's forms on one long line: quoted figures, GB/GiB twins, bracketed products, bold marks. Each is found from
# what the line holds near it (a few quotations back, the figure right before a bracket, the claims of one figure), never
# by scanning the line again for each figure. 4x the line must take well under 16x (quadratic) the CPU: < 8x.
ROUND_27_LINES = [
    "«Llama-3-8B в fp8 — 16 ГБ» ✘, ",
    "Llama-3-8B: 16.06 GB, shown as 16.06 GiB; ",
    "Llama-3-8B weights: 16.06 GB (8.03B × 2 bytes), ",
    "8.03B × 2 bytes = **16.06 GB** (14.96 GiB), ",
]


@pytest.mark.parametrize("unit", ROUND_27_LINES)
def test_round_27_forms_on_a_long_line_are_linear(unit: str) -> None:
    from vaultkit.claims import extract_claims

    def cpu(n: int) -> float:
        text = "# t\n\n" + (unit * (n // len(unit) + 1))[:n] + "\n"
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine only adds CPU time
            start = time.process_time()
            extract_claims(text)
            best = min(best, time.process_time() - start)
        return best

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


# Round 28's reads on one long line: a weights list going on in another type, a later clause's type with its own model,
# `for <model> in <type>` after a figure, one session's cache, a bracketed twin before a batch, a training clause after
# a typed size. Each looks at the figure before it or a bounded stretch after it, found by bisection.
ROUND_28_LINES = [
    "кэш 128 КиБ на токен; веса bf16 — 16,06 ГБ, в fp8 — 8,03 ГБ, ",
    "128 KiB per token for Llama-3.1-8B, 23.4 GB for Mixtral-8x7B in int4, ",
    "One 8K session: 1 GiB in total, 0.5 GiB per card, ",
    "32 GiB (34.4 GB) for all 32 sessions, ",
    "Llama 3.2 3B в bf16 — 6,4 ГБ, её дообучение — 51,4 ГБ, ",
]


@pytest.mark.parametrize("unit", ROUND_28_LINES)
def test_round_28_forms_on_a_long_line_are_linear(unit: str) -> None:
    from vaultkit.claims import extract_claims

    def cpu(n: int) -> float:
        text = "# Llama-3.1-8B\n\n" + (unit * (n // len(unit) + 1))[:n] + "\n"
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine only adds CPU time
            start = time.process_time()
            extract_claims(text)
            best = min(best, time.process_time() - start)
        return best

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


# Round 29's reads on one long line: a family's version and a size (`3.1-70B`) and a deployment the front matter names
# (`chat-70b`), each put where it stands among the line's figures and models by bisection.
ROUND_29_LINES = [
    "43.1 GB for 3.1-70B as Q4_K_M, ",
    "chat-70b in fp8 is 70.6 GB, embed-qwen7b 15.23 GB, ",
]


@pytest.mark.parametrize("unit", ROUND_29_LINES)
def test_round_29_forms_on_a_long_line_are_linear(unit: str) -> None:
    from vaultkit.claims import extract_claims

    head = (
        "---\nservices:\n  chat-70b:\n    model: meta-llama/Llama-3.1-70B-Instruct\n"
        "  embed-qwen7b:\n    model: Qwen/Qwen2.5-7B-Instruct\n---\n\n# Serving\n\n"
    )
    properties = {
        "services": {
            "chat-70b": {"model": "meta-llama/Llama-3.1-70B-Instruct"},
            "embed-qwen7b": {"model": "Qwen/Qwen2.5-7B-Instruct"},
        }
    }

    def cpu(n: int) -> float:
        text = head + (unit * (n // len(unit) + 1))[:n] + "\n"
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine only adds CPU time
            start = time.process_time()
            extract_claims(text, properties=properties)
            best = min(best, time.process_time() - start)
        return best

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("```text\n{}\n```", id="printout"),
        pytest.param("```yaml\ncommand: -m /models/Qwen2.5-7B-Instruct-Q6_K.gguf -c 32768 {}\n# {}\n```", id="config"),
    ],
)
def test_round_29_blocks_of_long_lines_are_linear(block: str) -> None:
    """A configuration block's long comment line (`# x 1 GB # x 1 GB …`) and a printout of many lines: each line read
    once, each look at a comment or the line above it bounded."""

    def cpu(n: int) -> float:
        # a config comment of one long line; a printout of many short lines
        unit = "# x 1 GB " if "yaml" in block else "gemma2-9b   336.0 KiB/token\n"
        filler = (unit * (n // len(unit) + 1))[:n]
        return _extract_cpu("# Box\n\n" + block.replace("{}", filler) + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_wide_table_row_under_a_parameter_count_column_is_linear() -> None:
    """A row of thousands of typed size cells beside a `| таблицы, млн |` column: the row's count columns are read
    once a row, not once a cell."""
    from vaultkit.claims import extract_claims

    def cpu(n: int) -> float:
        head = "| model | таблицы, млн | " + "bf16, МБ | " * n + "\n|---|---|" + "---|" * n + "\n"
        text = "# T\n\n" + head + "| Qwen2.5-7B | 1090,0 | " + "2180,0 | " * n + "\n"
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine only adds CPU time
            start = time.process_time()
            extract_claims(text)
            best = min(best, time.process_time() - start)
        return best

    cpu(50)  # warm the regex and catalogue caches
    small, large = cpu(200), cpu(800)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize("shape", ["lines", "one-record"])
def test_round_30_json_records_are_linear(shape: str) -> None:
    """A JSON block of many one-line records, and one record of many fields: each token scanned once, each field's key
    typed once."""

    def cpu(n: int) -> float:
        if shape == "lines":
            row = '  {"model": "qwen2.5-0.5b", "quant": "Q8_0", "file_gb": 0.52, "bf16_gb": 0.99},\n'
            body = row * (n // len(row) + 1)
        else:
            field = '"bf16_gb": 0.99,\n'
            body = '{"model": "qwen2.5-0.5b",\n' + field * (n // len(field) + 1) + '"fp32_gb": 1.98}\n'
        return _extract_cpu("# Sheet\n\n```json\n[\n" + body + "]\n```\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("Phi-4 (14B) is 29.3 GB in bf16; ", id="bracketed-own-size"),
        pytest.param("| 3.21 GB | 6.43 GB | 1 byte per parameter instead of 2 ", id="comment-cells"),
        pytest.param("the 1B Q8_0 ceiling at 102.4 GB/s is 78 tok/s; ", id="size-named-rate"),
    ],
)
def test_round_31_forms_on_a_long_line_are_linear(unit: str) -> None:
    """A line of 8,000 and of 32,000 characters of one of this round's forms: four times the text, well under eight times
    the time (a size name's bracket is looked back on by a few characters, never by slicing the line)."""
    from vaultkit.claims import extract_claims

    head = "# Notes\n\nLlama 3.2 1B and Phi-4 on the laptop.\n\n"

    def cpu(n: int) -> float:
        text = head + (unit * (n // len(unit) + 1))[:n] + "\n"
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine only adds CPU time
            start = time.process_time()
            extract_claims(text)
            best = min(best, time.process_time() - start)
        return best

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("H100 SXM memory bandwidth 3.35 Tbit/s; ", id="bits-for-bytes"),
        pytest.param("Llama-3-8B 32K = 4 GiB; ", id="model-at-context"),
        pytest.param("in fp8 the same batch is 20 GiB; ", id="same-batch"),
        pytest.param("2.5 MiB is the 64-head figure; ", id="n-head-figure"),
        pytest.param("kv cache, 16384 tok, fp16: 3 GiB; ", id="tok"),
        pytest.param("Llama-3.1-8B Q8_0 on the 4090: 8.53 GB per token → 118 tok/s; ", id="read-per-token"),
        pytest.param("8,388,608 parameters, 0.12 % of Llama-2-7B; ", id="share-of-model"),
    ],
)
def test_round_32_forms_on_a_long_line_are_linear(unit: str) -> None:
    """A line of 8,000 and of 32,000 characters of one of this round's forms: four times the text, well under eight times
    the time (a card before a bit rate is found by bisection, not by scanning every card of the line for each rate)."""
    head = "# Notes\n\nLlama-3-70B and Llama-2-7B on the H100.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_long_list_under_a_bold_title_is_linear() -> None:
    """The line that opens a list is found in one pass over the note: 2,000 and 8,000 items, four times the items, well
    under eight times the time."""

    def cpu(n: int) -> float:
        return _extract_cpu("# Notes\n\n**Llama-3.1-8B** (8.03B)\n" + "- Q4_K_M — 4.9 GB\n" * n)

    cpu(200)
    small, large = cpu(2_000), cpu(8_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_an_answer_key_of_many_questions_is_linear() -> None:
    """Questions under labels and an answer-key row for each: the labels are collected in one pass and each row looks its
    own up (500 and 2,000 of them, four times the rows, well under eight times the time)."""

    def cpu(n: int) -> float:
        asked = "".join(f"**Q{k % 999 + 1}.** Weights of Llama-3-8B in bf16, in GB? — *Answer:* 16.06 GB.\n" for k in range(n))
        rows = "".join(f"| Q{k % 999 + 1} | 16.06 GB | 8.03 GB |\n" for k in range(n))
        return _extract_cpu("# Quiz\n\n" + asked + "\n| Q | A | B |\n|---|---|---|\n" + rows)

    cpu(100)
    small, large = cpu(500), cpu(2_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_many_answers_under_a_problems_letters_are_linear() -> None:
    """A problem's parts under letters and 500 or 2,000 answer items under them: the parts are collected in one pass."""

    def cpu(n: int) -> float:
        parts = "- (а) число параметров;\n- (б) размер весов в fp16 в ГБ;\n"
        return _extract_cpu("# Задача\n\nМодель — Llama-2-13B.\n\n" + parts + "\n" + "- (б) 26,03 ГБ.\n" * n)

    cpu(100)
    small, large = cpu(500), cpu(2_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("Llama-3-70B: the fp32 and int8 sizes, 282 GB and 70.6 GB; ", id="types-then-sizes"),
        pytest.param("710 МБ — это 677 МиБ, а 1,42 ГБ — это 1,32 ГиБ; ", id="twin-restated"),
        pytest.param("864 GB/s ÷ 14.50 GB ≈ 59.6 tok/s; ", id="weights-divided"),
        pytest.param("141 ГБ по 1 Гбит/с — 18,8 мин; ", id="moved-over-a-link"),
        pytest.param("Llama-3-8B on a 4090 decodes at 10,000 tok/s; ", id="beyond-every-type"),
        pytest.param("KV 368 KiB per token; 8 jobs × 8K = 23 GiB; ", id="jobs-times-context"),
        pytest.param("0,17 ГБ — это один слой, на все 40 слоёв 6,7 ГБ; ", id="one-layer"),
        pytest.param("**Note:** 900 GB/s = 7.2 Gbit/s; ", id="bold-label-bit-rate"),
    ],
)
def test_round_37_forms_on_a_long_line_are_linear(unit: str) -> None:
    """A line of 8,000 and of 32,000 characters of one of this round's forms: four times the text, well under eight times
    the time."""
    head = "# Notes\n\nLlama-3-70B and Llama-3-8B on the H100.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_family_the_front_matter_configures_on_a_long_line_is_linear() -> None:
    """`Codestral-22B` read by the note's own pattern beside the catalogue's: each of its names is checked against the
    catalogue's matches by bisection, not against all of them (a line of 8,000 and of 32,000 characters)."""
    from vaultkit.claims import extract_claims

    properties = {
        "models": {
            "codestral-22b": {"hidden": 6144, "intermediate": 16384, "layers": 56, "heads": 48, "kv_heads": 8,
                              "head_dim": 128, "vocab": 32768, "tied": False}
        }
    }  # fmt: skip
    unit = "Codestral-22B in bf16 is 44.5 GB, Llama-3-8B 16 GB; "

    def cpu(n: int) -> float:
        text = "# Notes\n\n" + (unit * (n // len(unit) + 1))[:n] + "\n"
        return min(_cpu(lambda: extract_claims(text, properties=properties)) for _ in range(3))

    cpu(2_000)
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_line_of_many_zero_stages_before_a_recipe_is_linear() -> None:
    """`ZeRO ZeRO … 16 bytes per parameter`: whether the recipe is a stage's share per device is looked for within a
    bounded reach of each stage's name (it was read to the line's end from each: quadratic)."""

    def cpu(n: int) -> float:
        return _extract_cpu("# Training\n\n" + "ZeRO-3 " * n + "16 bytes per parameter.\n\nLlama-3-8B: 128.5 GB.\n")

    cpu(200)
    small, large = cpu(1_000), cpu(4_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("16.06 GB when stored in bf16 and 32.1 GB when stored in fp32; ", id="stored-in"),
        pytest.param("the six files together are 35.9 GB; ✅ 8 GB tier; ", id="together-and-tier"),
        pytest.param("2.5 MiB/token is what 64 *query* heads would cost; ", id="query-heads"),
        pytest.param("Activations at 4K, batch 1, no recomputation: 3.25 GB per layer; ", id="at-4k"),
        pytest.param("32.9 GiB of weights and 20 GiB of cache and ", id="listed-share"),
        pytest.param("✘ 9,2 ГБ — это int8; ✔ 336 КиБ; ", id="type-of-an-earlier-part"),
        pytest.param("Mixtral-8x7B reads 93.4 GB per token; ", id="whole-read-per-token"),
        pytest.param("6 × 1.54 × 30 × 2 × 3 × 4 × 5 = 7 × ", id="written-product"),
        pytest.param("(4090, 1008 GB/s): Phi-4 Q4_K_M 112 tok/s; ", id="earlier-bandwidth"),
        pytest.param("That's 16 GB per GPU with ZeRO-3 on 8. ", id="zero-on-n"),
    ],
)
def test_round_38_forms_on_a_long_line_are_linear(unit: str) -> None:
    """A line of 8,000 and of 32,000 characters of one of this round's forms: four times the text, well under eight times
    the time."""
    head = "# Notes\n\nLlama-3-70B and Mixtral-8x7B on the H100.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_code_blocks_many_cache_products_are_linear() -> None:
    """A code block of 200 and of 800 cache products and derived lines: each line is matched once against the products
    found (`extract._query_heads_in_code`)."""

    def cpu(n: int) -> float:
        body = "".join(f"kv{i} = 2 * 80 * 64 * 128 * 2  # 2.5 MiB\nprint(kv{i} * 8192 / 2**30)  # 20\n" for i in range(n))
        return _extract_cpu("---\nmodel: meta-llama/Meta-Llama-3-70B\n---\n# Code\n\n```python\n" + body + "```\n")

    cpu(50)
    small, large = cpu(200), cpu(800)
    assert large < 8 * max(small, 0.01), (small, large)


def test_many_rates_after_one_bandwidth_on_a_line_are_linear() -> None:
    """`(RTX 4090, 1008 GB/s): …` then hundreds of rates on the line: the line's bandwidths and cards are read once, each
    sentence finds the one before it by bisection (`decode._earlier_bandwidth`; it read the line up to each sentence)."""

    def cpu(n: int) -> float:
        return _extract_cpu("# Tiers\n\n- huge tier (RTX 4090, 1008 GB/s): " + "Llama-3-8B Q4_K_M 112 tok/s. " * n + "\n")

    cpu(100)
    small, large = cpu(500), cpu(2_000)
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_long_name_in_a_code_block_is_linear() -> None:
    """A code line of one 30,000-character name: the cache-product pattern reads a name of at most 41 characters (a
    pattern of `\\w*(?:kv|cache)\\w*` took 3.7 s on it)."""

    def cpu(n: int) -> float:
        return _extract_cpu("# Code\n\n```python\n" + "kv" * n + " = 2 * 80 * 64 * 128 * 2  # 2.5 MiB\n```\n")

    cpu(500)
    small, large = cpu(4_000), cpu(16_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("leaves 14.3 GiB, so 5 sequences at 2.5 GiB each; ", id="sessions"),
        pytest.param("Пул: 94,3 ГиБ свободно, это ~37 сессий по 8K; ", id="sessions-of-the-model"),
        pytest.param("1008 GB/s, which is 8.06 Tbit/s; ", id="bit-rate-joiner"),
        pytest.param("671 ГБ, в ГиБ это ≈ 625; ", id="bare-restatement"),
        pytest.param("16,06 ГБ и 14,96 ГиБ — одно и то же; ", id="the-same"),
        pytest.param("70.6 GB as the bf16 size — that is fp8; ", id="type-after-a-dash"),
        pytest.param("KV per token 160 KiB, so 16 × 8K sequences = 20 GiB; ", id="per-token-before"),
        pytest.param("2.5 MiB per token counts the 64 query heads; ", id="counts-the-heads"),
        pytest.param("110.6 tok/s is right (3900 ÷ 35.3); ", id="bracketed-division"),
        pytest.param("~40 tok/s from the Llama-2-70B in bf16 and ~30 tok/s from Mixtral-8x7B in bf16 ", id="models-after"),
    ],
)
def test_round_39_forms_on_a_long_line_are_linear(unit: str) -> None:
    """A line of 8,000 and of 32,000 characters of one of this round's forms: four times the text, well under eight times
    the time."""
    head = "# Notes\n\nLlama-3-70B and Mixtral-8x7B at 800 GB/s.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param('the "48 GB" on a card is 48 GiB; ', id="card-size-restated"),
        pytest.param("«48 ГБ» на карте — это 48 ГиБ, ", id="card-size-restated-ru"),
        pytest.param(
            "- Llama-3-70B at TP = 2 keeps a batch of 16 at 20 GiB of cache over both cards, 10 GiB per\n  card, and ",
            id="wrapped-list-item",
        ),
        pytest.param(
            "- int8 даёт на токен чтение всего файла, и это медленнее, чем хотелось бы, около\n  28,6 ток/с; ", id="wrapped-hedge"
        ),
        pytest.param("2400 ток/с; за 30 дней это 6,22 млрд токенов, ", id="tokens-over-a-span"),
        pytest.param("2.07B tokens per day at the same 2,400 tok/s, ", id="rate-after-an-amount"),
        pytest.param("15T tokens over 54 days is about 3.2M tokens a second, ", id="rate-from-an-amount"),
        pytest.param("$2.78 \\times 10^{20} \\div (8 \\times 0.4) \\approx 8.7 \\times 10^{19}$ s, ", id="latex-division"),
    ],
)
def test_round_40_forms_on_a_long_line_are_linear(unit: str) -> None:
    """8,000 and 32,000 characters of one of this round's forms (on one line, or on many wrapped ones): four times the
    text, well under eight times the time."""
    head = "# Notes\n\nLlama-3-70B in fp8 at 800 GB/s.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("ceiling 3350 ÷ 16.06 = 208.6 tok/s; ", id="division-divisor"),
        pytest.param("$\\frac{864}{35.28} = 24.5$ tok/s, ", id="latex-fraction-divisor"),
        pytest.param("Mixtral: 3350 ÷ 93.4 = 35.9 tok/s, ", id="every-expert"),
        pytest.param("24 − 14.96 = 9.04 GiB left, ", id="subtraction-left"),
        pytest.param("46.7 GB (43.5 GiB) per card; ", id="twin-bracket-per-card"),
        pytest.param("state 128.5 GB at 16 bytes per parameter; at TP = 2 each card holds 35.28 GB; ", id="turned-to-serving"),
        pytest.param("10 GiB, 5 GiB per card, so 7 requests fit; 7 sessions (5 GiB per card each); ", id="conclusion-each"),
        pytest.param("в 96 ГБ не влезет, NVLink у 3090 — 112,5 ГБ/с; ", id="capacity-link"),
        pytest.param("вдвое больше, 32,12 ГБ, а в int4 — 4,02 ГБ; ", id="factor-clauses"),
        pytest.param("| weights, bf16 | 32.1 | GB | ✘ ", id="unit-column-row"),
        pytest.param("| раздел 3.1 | веса 70B на одну карту, ГБ | 70,55 | 35,28 ", id="row-label-unit"),
        pytest.param("Llama-3-8B в Q4_K_M на RTX 4090 выдаст не больше 205 ток/с, ", id="ru-gives-at-most"),
    ],
)
def test_round_41_forms_on_a_long_line_are_linear(unit: str) -> None:
    """8,000 and 32,000 characters of one of this round's forms on one line: four times the text, well under eight
    times the time."""
    head = "# Notes\n\nLlama-3-8B in bf16 on an H100.\n\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("7.54 GiB is free. Each 8K chat is 1 GiB, so 7 chats fit. ", id="pool-earlier-sentence"),
        pytest.param("That leaves 7.04 GiB: 7 users of 8K, or 3 users of 16K. ", id="alternative-counts"),
        pytest.param("A 32K request is 10 GiB, 2.5 GiB per card, so 5 requests of 32K fit; ", id="per-device-share"),
        pytest.param("39.15 GiB ÷ 2.5 GiB gives 15 reviews; ", id="quotient-gives"),
        pytest.param("4 documents fit in the 29.01 GiB left; ", id="fit-in-after"),
        pytest.param("Left for the cache: 46.5 − 30.51 = 15.99 GiB. ", id="remainder-taken-off"),
        pytest.param("80 GiB minus 65.7 GiB of weights is 14.3 GiB; ", id="worded-subtraction"),
        pytest.param("7–8B models need 13.5–16.1 GB in bf16; ", id="class-of-models"),
        pytest.param("| Qwen2.5-7B bf16, 32K | 1.75 | 4 ", id="per-session-column-row"),
        pytest.param("the 32 layers hold 354 GiB without recomputation; ", id="layers-total"),
        pytest.param("Пропускная способность H100 в табл. 4.3 — 3350 Гбит/с; ", id="reference-number"),
        pytest.param("KV cache per token (fp16): 512 KiB; at 8192 tokens: 4 GiB; ", id="per-token-label"),
    ],
)
def test_round_42_forms_on_a_long_line_are_linear(unit: str) -> None:
    """8,000 and 32,000 characters of one of this round's forms on one line: four times the text, well under eight
    times the time."""
    head = "# Notes\n\nLlama-3-8B in bf16 on an L40S.\n\n- Weights (bf16): 16.06 GB.\n"

    def cpu(n: int) -> float:
        return _extract_cpu(head + (unit * (n // len(unit) + 1))[:n] + "\n")

    cpu(2_000)  # warm the regex and catalogue caches
    small, large = cpu(8_000), cpu(32_000)
    assert large < 8 * max(small, 0.01), (small, large)
