"""Claim cases of our own wording: delimited tables (```tsv / ```csv fences, sheets pasted into the prose).

A sheet pasted as TSV or CSV is a table whose units sit in the header, often glued to the column's name
(`weights_GB`, `kv_KiB_per_token`, `память_ГБ`) or after a comma in a quoted field (`"weights, GB"`); a Russian
Excel export separates fields with semicolons and writes decimal commas (`15,23`). It is read as the pipe table
it is, line for line, and each claim keeps the line and column of the figure in the note. Shell output, logs,
code and a sheet without a header row stay code. Values from claims-gold: Llama-3-8B 8,030,261,248 params
(bf16 16.06 GB, KV 128 KiB/token), Llama-2-13B 13,015,864,320 (fp16 26.03 GB, KV 800 KiB/token), Mistral-7B
7,241,732,096 (int4 3.62 GB), Qwen2.5-7B 7,615,616,512 (bf16 15.23 GB, KV 56 KiB/token); A100 80GB 2039 GB/s,
H100 SXM 3350 GB/s."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

from vaultkit.claims.delimited import delimited_tables
from vaultkit.ingest.markdown import scan_markdown

F = "```"
T = "\t"


def _fence(info: str, *rows: str, lead: str = "Sizes from the sheet:") -> str:
    return "\n".join(["# Sheet", "", lead, "", F + info, *rows, F, ""])


def _tsv(*cells: str) -> str:
    return T.join(cells)


SHEETS = [
    # glued header units, EN
    ("tsv-weights", _fence("tsv", _tsv("model", "dtype", "weights_GB"), _tsv("Llama-3-8B", "bf16", "16.06")), [H], ""),
    (
        "tsv-weights-two-rows",
        _fence(
            "tsv", _tsv("model", "dtype", "weights_GB"), _tsv("Llama-3-8B", "bf16", "16.06"), _tsv("Mistral-7B", "int4", "3.62")
        ),
        [H, H],
        "",
    ),
    ("tsv-weights-wrong", _fence("tsv", _tsv("model", "dtype", "weights_GB"), _tsv("Llama-3-8B", "bf16", "8.03")), [W], "16.061"),
    ("tsv-gib-header", _fence("tsv", _tsv("model", "dtype", "weights_GiB"), _tsv("Llama-3-8B", "bf16", "14.96")), [H], ""),
    (
        "tsv-lowercase-unit",
        _fence("tsv", _tsv("model", "dtype", "weights_gb"), _tsv("Llama-2-13B", "fp16", "13.02")),
        [W],
        "26.032",
    ),
    (
        "tsv-kv-per-token",
        _fence("tsv", _tsv("model", "kv_KiB_per_token"), _tsv("Llama-2-13B", "400"), _tsv("Qwen2.5-7B", "56")),
        [W, H],
        "800",
    ),
    # … RU: a glued unit, and decimal commas in a column that writes no decimal dot
    (
        "tsv-ru-glued",
        _fence(
            "tsv",
            _tsv("модель", "тип", "память_ГБ"),
            _tsv("Qwen2.5-7B", "bf16", "15,23"),
            _tsv("Llama-3-8B", "bf16", "8,03"),
            lead="Размеры из таблицы:",
        ),
        [H, W],
        "16.061",
    ),
    # CSV: a quoted header field with its comma, a quoted cell
    (
        "csv-quoted",
        _fence("csv", 'model,dtype,"weights, GB"', "Llama-3-8B,bf16,16.06", '"Llama-2-13B",fp16,13.02'),
        [H, W],
        "26.032",
    ),
    # a semicolon CSV (Russian Excel): every comma is a decimal comma
    (
        "csv-semicolon-ru",
        _fence("csv", "модель;тип;веса, ГБ", "Qwen2.5-7B;bf16;15,23", "Llama-2-13B;fp16;13,02", lead="Выгрузка из Excel:"),
        [H, W],
        "26.032",
    ),
    ("csv-semicolon-holds", _fence("csv", "модель;тип;веса, ГБ", "Mistral-7B;int4;3,62"), [H], ""),
    # a `text` fence and an unlabelled one whose every row has the same number of tabs
    ("text-fence", _fence("text", _tsv("model", "dtype", "weights_GB"), _tsv("Llama-2-13B", "fp16", "26.03")), [H], ""),
    ("bare-fence", _fence("", _tsv("model", "dtype", "weights_GB"), _tsv("Llama-3-8B", "bf16", "16.06")), [H], ""),
    # empty cells are cells
    (
        "empty-cells",
        _fence(
            "tsv",
            _tsv("model", "dtype", "weights_GB", "note"),
            _tsv("Llama-3-8B", "bf16", "16.06", ""),
            _tsv("Mistral-7B", "", "", ""),
        ),
        [H],
        "",
    ),
    # rates in the header: each figure of the column gets the unit (`GBps` is bytes a second)
    (
        "decode-ceiling",
        _fence(
            "tsv",
            _tsv("gpu", "bandwidth_GBps", "model", "dtype", "weights_GB", "ceiling_tok_s"),
            _tsv("H100 SXM", "3350", "Llama-3-8B", "bf16", "16.06", "208.6"),
            _tsv("A100 80GB", "2039", "Llama-2-13B", "fp16", "26.03", "156.6"),
            lead="Decode ceiling, single stream:",
        ),
        [H, H, H, W],
        "78.3",
    ),
    # a parameter count's scale glued to its header (`params_B`), and the sizes beside it
    (
        "params-scale",
        _fence(
            "tsv",
            _tsv("model", "params_B", "dtype", "weights_GB"),
            _tsv("Llama-3-8B", "8.03", "bf16", "16.06"),
            _tsv("Llama-2-13B", "6.5", "fp16", "26.03"),
        ),
        [H, H, W, V],
        "13.016",
    ),
    # RU rates glued to their headers in a semicolon sheet
    (
        "ru-decode-ceiling",
        _fence(
            "csv",
            "карта;пропускная_ГБ_с;модель;тип;веса_ГБ;потолок_ток_с",
            "A100 80GB;2039;Llama-2-13B;fp16;26,03;156,6",
            "H100 SXM;3350;Llama-3-8B;bf16;16,06;208,6",
            lead="Потолок декодирования:",
        ),
        [H, W, H, H],
        "78.3",
    ),
    # a cache size per context and batch, its unit in the header
    (
        "kv-total",
        _fence(
            "tsv",
            _tsv("model", "context", "batch", "kv_GiB"),
            _tsv("Llama-3-8B", "8192", "16", "16"),
            _tsv("Qwen2.5-7B", "32768", "8", "7"),
        ),
        [H, W],
        "14",
    ),
    # a row of units under the header
    (
        "units-row",
        _fence(
            "tsv",
            _tsv("model", "dtype", "weights", "kv per token"),
            _tsv("", "", "GB", "KiB"),
            _tsv("Llama-2-13B", "fp16", "26.03", "400"),
            _tsv("Llama-3-8B", "bf16", "8.03", "128"),
        ),
        [H, W, W, H],
        "",
    ),
    # `min` is a minimum as often as minutes: no unit is read from it
    ("min-column", _fence("tsv", _tsv("model", "min", "max"), _tsv("Llama-3-8B", "12", "16")), [], ""),
    # a type column names the weights' type: a cache beside int4 weights is not read as int4 (16-bit unless said)
    (
        "kv-beside-int4-weights",
        _fence("tsv", _tsv("model", "dtype", "weights_GB", "kv_KiB_per_token"), _tsv("Mistral-7B", "int4", "3.62", "128")),
        [H, H],
        "",
    ),
    (
        "kv-beside-int4-weights-wrong",
        _fence("tsv", _tsv("model", "dtype", "weights_GB", "kv_KiB_per_token"), _tsv("Mistral-7B", "int4", "3.62", "32")),
        [H, W],
        "128 KiB",
    ),
    # the same in a Markdown pipe table
    (
        "pipe-kv-beside-int4-weights-wrong",
        "| model | dtype | KV per token (KiB) |\n|---|---|---|\n| Mistral-7B | int4 | 32 |\n",
        [W],
        "128 KiB",
    ),
    # … while a type column about the cache is the cache's
    (
        "kv-type-column",
        _fence("tsv", _tsv("model", "kv_dtype", "kv_KiB_per_token"), _tsv("Mistral-7B", "fp8", "64")),
        [H],
        "",
    ),
    # a sheet pasted into the prose, without a fence
    (
        "pasted-en",
        "# Sheet\n\nCopied from the capacity sheet:\nmodel\tdtype\tweights_GB\n"
        "Llama-3-8B\tbf16\t16.06\nLlama-2-13B\tfp16\t13.02\n",
        [H, W],
        "26.032",
    ),
    ("pasted-ru", "# Лист\n\nмодель\tтип\tпамять_ГБ\nQwen2.5-7B\tbf16\t15,23\n", [H], ""),
    # a semicolon sheet from Russian Excel pasted into the prose, decimal commas (three rows at least)
    (
        "pasted-semicolon-ru",
        "# Размеры\n\nмодель;параметры;bf16, ГБ;int8, ГБ\nLlama-2-7B;6738415616;13,48;6,74\n"
        "Meta-Llama-3-8B;8030261248;16,06;16,06\n",
        [H, H, H, W, H, H],
        "8.03 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHEETS], ids=[c[0] for c in SHEETS])
def test_a_delimited_sheet_is_read_as_a_table(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Look-alikes: never a table, they stay code (no claim on their lines, the note's text unchanged)
CODE = [
    ("du-output", _fence("text", "27G\tmodels/", "4.6G\tmodels/llama.gguf", "15G\tmodels/llama-f16.gguf")),
    ("log-lines", _fence("", "2026-11-30 14:05:01\tINFO\tloaded 4.58 GiB", "2026-11-30 14:05:02\tINFO\tKV 512.00 MiB")),
    ("csv-no-header", _fence("csv", "8030261248,16.06", "7241732096,14.48")),
    ("tsv-no-header", _fence("tsv", _tsv("Llama-3-8B", "8.03"), _tsv("Mistral-7B", "7.24"))),
    ("code-tab-indented", _fence("", "def size(p):", "\treturn p * 2  # 16 GB for 8B", "x = size(8e9)")),
    ("uneven-tabs", _fence("tsv", _tsv("model", "weights_GB"), _tsv("Llama-3-8B", "bf16", "8.03"))),
    ("python-fence", _fence("python", _tsv("model", "weights_GB"), _tsv("Llama-3-8B", "8.03"))),
    ("makefile", _fence("", "build:\tgo build ./...", "size:\t16 GB")),
    ("csv-nvidia-smi", _fence("csv", "name, memory.total [MiB]", "NVIDIA H100 80GB HBM3, 81559 MiB")),
    ("blank-line-inside", _fence("tsv", _tsv("model", "weights_GB"), "", _tsv("Llama-3-8B", "8.03"))),
    ("blockquoted", "# x\n\n> " + F + "tsv\n> model\tweights_GB\n> Llama-3-8B\t8.03\n> " + F + "\n"),
    ("unclosed-fence", "# x\n\n" + F + "tsv\nmodel\tweights_GB\nLlama-3-8B\t8.03\n"),
    ("pasted-du", "# Disk\n\n27G\tmodels/\n4.6G\tmodels/llama.gguf\n"),
    ("pasted-prose-tabs", "# x\n\nLlama-3-8B in bf16\tneeds 8 GB.\nLlama-2-13B in fp16\tneeds 13 GB.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in CODE], ids=[c[0] for c in CODE])
def test_shell_output_code_and_logs_stay_code(text: str) -> None:
    code = scan_markdown(text).code_ranges
    assert delimited_tables(text, code)[:2] == (text, list(code))


@pytest.mark.parametrize("text", [c[1] for c in CODE[:-1]], ids=[c[0] for c in CODE[:-1]])
def test_no_claim_is_read_in_code_that_looks_like_a_sheet(text: str) -> None:
    assert [c for c in note_claims(text) if c.source != "code"] == []  # type: ignore[attr-defined]


def test_rows_keep_their_lines_and_claims_their_columns() -> None:
    text = _fence(
        "csv",
        'model;тип;"веса, ГБ";"KV на токен, КиБ"',
        "Llama-2-13B;fp16;13,02;800",
        "Qwen2.5-7B;bf16;15,23;56",
        lead="Выгрузка:",
    )
    code = scan_markdown(text).code_ranges
    new, kept, _ = delimited_tables(text, code)
    assert len(new.split("\n")) == len(text.split("\n"))
    assert kept == []
    assert new.split("\n")[4] == "" and new.split("\n")[8] == ""  # the fences
    lines = text.split("\n")
    claims = note_claims(text)
    assert [c.verdict.group for c in claims] == [W, H, H, H]  # type: ignore[attr-defined]
    for c in claims:
        figure = c.span  # type: ignore[attr-defined]
        assert lines[c.line - 1][c.column - 1 :].startswith(figure), (c.line, c.column, figure)  # type: ignore[attr-defined]
    assert [c.span for c in claims] == ["13,02", "800", "15,23", "56"]  # type: ignore[attr-defined]


def test_a_sheet_fenced_in_a_list_item_keeps_its_columns() -> None:
    text = "# Sheet\n\n- the export:\n  ```csv\n  model,dtype,weights_GB\n  Llama-3-8B,bf16,8.03\n  ```\n"
    claims = note_claims(text)
    assert [(c.line, c.column, c.span, c.verdict.group) for c in claims] == [(6, 19, "8.03", W)]  # type: ignore[attr-defined]
    assert "16.061" in claims[0].explanation  # type: ignore[attr-defined]


# prose and lists with semicolons are no sheet: two rows, one semicolon a row, list items
SEMICOLON_PROSE = [
    "# x\n\nLlama-3-8B in bf16 is 16 GB; in int8 it is 8 GB; both fit.\nMistral-7B in bf16 is 14.5 GB; in int8 7.2 GB; fine.\n",
    "# x\n\nweights; cache; total\nLlama-3-8B in bf16: 16 GB; 1 GiB; 17 GB\n",
    "# x\n\n- a; b; c\n- 1; 2; 3\n- 4; 5; 6\n",
]


@pytest.mark.parametrize("text", SEMICOLON_PROSE)
def test_semicolon_prose_is_no_sheet(text: str) -> None:
    new, _, _ = delimited_tables(text, [])
    assert new == text


def test_a_sheet_without_fences_or_tabs_is_left_alone() -> None:
    text = "# x\n\n| model | weights (GB) |\n|---|---|\n| Llama-3-8B | 16.06 |\n"
    new, kept, remap = delimited_tables(text, [])
    assert (new, kept) == (text, [])
    claims = list(note_claims(text))
    assert remap(claims) == claims  # type: ignore[arg-type]


def _many_rows(n: int) -> str:
    rows = [f"Llama-3-8B\tbf16\t{i % 97}.5" for i in range(n // 24)]
    return "# x\n\n```tsv\nmodel\tdtype\tweights_GB\n" + "\n".join(rows) + "\n```\n"


def _pasted_rows(n: int) -> str:
    return "# x\n\nmodel\tdtype\tweights_GB\n" + "Llama-3-8B\tbf16\t16.06\n" * (n // 24)


def _quoted_cells(n: int) -> str:
    return '```csv\nmodel,"weights, GB"\n' + '"a ""b"" c",' * (n // 12) + '"1,5"\n```\n'


def _tabs(n: int) -> str:
    return "a\t" * (n // 4) + "\n" + "1\t" * (n // 4) + "\n"


def _open_quote(n: int) -> str:
    return '```csv\nmodel,size\n"' + "x," * (n // 2) + "\n```\n"


@pytest.mark.parametrize("shape", [_many_rows, _pasted_rows, _quoted_cells, _tabs, _open_quote])
def test_reading_a_sheet_is_linear(shape) -> None:  # type: ignore[no-untyped-def]
    import time

    text = shape(1_000_000)
    code = scan_markdown(text).code_ranges
    start = time.process_time()
    delimited_tables(text, code)
    assert time.process_time() - start < 2.0
