"""The Markdown scanner, case by case: note text → links, headings, block ids, tags, footnotes."""

from __future__ import annotations

import pytest

from vaultkit.ingest.frontmatter import split_front_matter
from vaultkit.ingest.markdown import scan_markdown
from vaultkit.ingest.mistune_plugin import wikilinks as mistune_wikilinks

# (id, text, expected links as (target, heading, block, alias, embed, kind, line, column))
LINK_CASES = [
    ("plain", "see [[Note]]", [("Note", None, None, None, False, "wikilink", 1, 5)]),
    ("alias", "[[Note|shown]]", [("Note", None, None, "shown", False, "wikilink", 1, 1)]),
    ("heading", "[[Note#Some Heading]]", [("Note", "Some Heading", None, None, False, "wikilink", 1, 1)]),
    ("block", "[[Note#^abc-1]]", [("Note", None, "abc-1", None, False, "wikilink", 1, 1)]),
    ("heading and alias", "[[Note#H|a]]", [("Note", "H", None, "a", False, "wikilink", 1, 1)]),
    ("path", "[[folder/Note]]", [("folder/Note", None, None, None, False, "wikilink", 1, 1)]),
    ("with .md", "[[Note.md]]", [("Note.md", None, None, None, False, "wikilink", 1, 1)]),
    ("embed", "![[image.png]]", [("image.png", None, None, None, True, "wikilink", 1, 1)]),
    ("embed note section", "![[Note#Part]]", [("Note", "Part", None, None, True, "wikilink", 1, 1)]),
    ("trimmed", "[[  Note  ]]", [("Note", None, None, None, False, "wikilink", 1, 1)]),
    ("same-note heading", "[[#Intro]]", [("", "Intro", None, None, False, "wikilink", 1, 1)]),
    ("table escaped pipe", "| a | [[Note\\|alias]] |", [("Note", None, None, "alias", False, "wikilink", 1, 7)]),
    ("cyrillic", "см. [[Заметка о весах]]", [("Заметка о весах", None, None, None, False, "wikilink", 1, 5)]),
    ("colon target", "[[Paper: A Title]]", [("Paper: A Title", None, None, None, False, "wikilink", 1, 1)]),
    (
        "two on a line",
        "[[A]] and [[B]]",
        [("A", None, None, None, False, "wikilink", 1, 1), ("B", None, None, None, False, "wikilink", 1, 11)],
    ),
    ("markdown link", "[x](Some%20Note.md)", [("Some Note.md", None, None, "x", False, "markdown", 1, 1)]),
    ("markdown link heading", "[x](Note.md#Part%20Two)", [("Note.md", "Part Two", None, "x", False, "markdown", 1, 1)]),
    ("markdown angle", "[x](<My Note.md>)", [("My Note.md", None, None, "x", False, "markdown", 1, 1)]),
    ("markdown embed", "![pic](img/a%20b.png)", [("img/a b.png", None, None, "pic", True, "markdown", 1, 1)]),
    ("external ignored", "[x](https://example.com/a.md) [m](mailto:a@b.c)", []),
    ("code span", "`[[Not a link]]` but [[Yes]]", [("Yes", None, None, None, False, "wikilink", 1, 22)]),
    ("double-tick span", "``a ` [[No]]`` [[Yes]]", [("Yes", None, None, None, False, "wikilink", 1, 16)]),
    ("fenced code", "```python\nx = [[0.1, 0.2]]\n```\n[[After]]", [("After", None, None, None, False, "wikilink", 4, 1)]),
    ("tilde fence", "~~~\n[[No]]\n~~~", []),
    ("unclosed fence", "```\n[[No]]\n", []),
    ("indented code", "para\n\n    [[No]]\n\n[[Yes]]", [("Yes", None, None, None, False, "wikilink", 5, 1)]),
    ("nested list is not code", "- item\n    - [[Nested]]", [("Nested", None, None, None, False, "wikilink", 2, 7)]),
    ("inline comment", "a %%[[No]]%% [[Yes]]", [("Yes", None, None, None, False, "wikilink", 1, 14)]),
    ("block comment", "%%\n[[No]]\n%%\n[[Yes]]", [("Yes", None, None, None, False, "wikilink", 4, 1)]),
    ("unclosed bracket", "[[Broken and [[Good]]", [("Good", None, None, None, False, "wikilink", 1, 14)]),
    ("nested", "[[Nested [[Inner]] x]]", [("Inner", None, None, None, False, "wikilink", 1, 10)]),
    ("square inside", "[[Sq]uare]]", [("Sq]uare", None, None, None, False, "wikilink", 1, 1)]),
    ("no line break inside", "[[Split\nlink]]", []),
    (
        "crlf",
        "[[A]]\r\n[[B]]\r\n",
        [("A", None, None, None, False, "wikilink", 1, 1), ("B", None, None, None, False, "wikilink", 2, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LINK_CASES], ids=[c[0] for c in LINK_CASES])
def test_links(text: str, expected: list[tuple[object, ...]]) -> None:
    scan = scan_markdown(text)
    got = [
        (link.target, link.heading, link.block, link.alias, link.embed, link.kind, link.line, link.column) for link in scan.links
    ]
    assert got == expected


def test_positions_count_front_matter_lines() -> None:
    text = "---\ntitle: x\ntags: [a]\n---\nBody [[Target]]\n"
    fm = split_front_matter(text)
    scan = scan_markdown(text, fm.body_line)
    assert fm.body_line == 5
    assert [(link.target, link.line, link.column) for link in scan.links] == [("Target", 5, 6)]


OTHER_CASES = [
    ("headings", "# One\ntext\n## Two ##\n#nottag heading", "headings", [("One", 1, 1), ("Two", 2, 3)]),
    ("heading in code", "```\n# No\n```\n# Yes", "headings", [("Yes", 1, 4)]),
    ("block ids", "para ^abc\n\n- item ^x-2\n`code ^no`", "block_ids", [("abc", 1), ("x-2", 3)]),
    ("tags", "#ml and #ml/quant, #квантование #2024 x#no", "tags", [("ml", 1, 1), ("ml/quant", 1, 9), ("квантование", 1, 20)]),
    ("tag not in link or heading", "# Title\n[[a#b]] [x](y.md#z) `#code` #real", "tags", [("real", 2, 29)]),
    ("footnotes", "text[^1] more[^note]\n\n[^1]: def", "footnotes", [("1", 1, False), ("note", 1, False), ("1", 3, True)]),
]


def _project(kind: str, item: object) -> tuple[object, ...]:
    if kind == "headings":
        return (item.text, item.level, item.line)  # type: ignore[attr-defined]
    if kind == "block_ids":
        return (item.id, item.line)  # type: ignore[attr-defined]
    if kind == "tags":
        return (item.name, item.line, item.column)  # type: ignore[attr-defined]
    return (item.label, item.line, item.definition)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "kind", "expected"), [c[1:] for c in OTHER_CASES], ids=[c[0] for c in OTHER_CASES])
def test_other_items(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    scan = scan_markdown(text)
    assert [_project(kind, i) for i in getattr(scan, kind)] == expected


def test_code_ranges_cover_fences_and_comments() -> None:
    text = "a\n```\nx\n```\nb\n%%\nhidden\n%%\n"
    assert scan_markdown(text).code_ranges == ((2, 4), (6, 8))


@pytest.mark.parametrize(
    ("text", "line", "rules"),
    [
        ("<!-- vaultkit-disable-next-line VK301 -->\n[[x]]", 2, {"VK301"}),
        ("%% vaultkit-disable-next-line VK301, VK302 %%\n[[x]]", 2, {"VK301", "VK302"}),
        ("<!-- vaultkit-disable-next-line -->\n[[x]]", 2, set()),
    ],
    ids=["html comment", "obsidian comment", "all rules"],
)
def test_suppressions(text: str, line: int, rules: set[str]) -> None:
    (s,) = scan_markdown(text).suppressions
    assert (s.line, set(s.rules)) == (line, rules)


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in LINK_CASES if c[0] not in {"indented code"}],
    ids=[c[0] for c in LINK_CASES if c[0] not in {"indented code"}],
)
def test_scanner_agrees_with_mistune_plugin(text: str, expected: list[tuple[object, ...]]) -> None:
    """The fast scanner and mistune with vaultkit's plugin see the same wikilinks."""
    ours = [
        (link.target, link.heading, link.block, link.alias, link.embed)
        for link in scan_markdown(text).links
        if link.kind == "wikilink"
    ]
    theirs = [(w["target"], w["heading"], w["block"], w["alias"], w["embed"]) for w in mistune_wikilinks(text)]
    assert ours == theirs


# Fast paths in the scanner (substring tests before regexes, `str.find` to the next `[[`, the
# block id searched from the line's last `^`, `#` first in the tag pattern): what they must keep.
FAST_PATH_CASES = [
    ("fence-like run inside a code span", "```a``` [[Yes]]", "links", [("Yes", 1, 9)]),
    ("code span holding a fence", "x `` ``` `` [[Yes]]\n[[After]]", "links", [("Yes", 1, 13), ("After", 2, 1)]),
    ("link right after a link", "[[A]]![[B]]", "links", [("A", 1, 1), ("B", 1, 6)]),
    ("embed after a bang", "!![[C]] ![x](y.md)", "links", [("C", 1, 2), ("y.md", 1, 9)]),
    ("bracket before a link", "[ [x] [[D]] [e](f.md)", "links", [("D", 1, 7), ("f.md", 1, 13)]),
    ("comment holding backticks", "a %% `x %% [[Yes]] `[[No]]`", "links", [("Yes", 1, 12)]),
    ("block id is the last caret", "a ^one b ^two", "block_ids", [("two", 1)]),
    ("block id with trailing blanks", "a ^id \t", "block_ids", [("id", 1)]),
    ("block id alone on its line", "^solo", "block_ids", [("solo", 1)]),
    ("not block ids", "x^no\na ^id^\na ^i d", "block_ids", []),
    ("tag after a link", "[[a]]#tag x#no (#yes ,#also", "tags", [("tag", 1, 6), ("yes", 1, 17), ("also", 1, 23)]),
    ("tag at line start and in a heading", "#first\n## Title #h2tag", "tags", [("first", 1, 1), ("h2tag", 2, 10)]),
    ("ordered list keeps indented lines out of code", "٣. item\n\n    [[InList]]", "links", [("InList", 3, 5)]),
    ("unicode blank line before indented code", "para\n\u00a0\n    [[No]]", "links", []),
]


def _fast_project(kind: str, item: object) -> tuple[object, ...]:
    if kind == "links":
        return (item.target, item.line, item.column)  # type: ignore[attr-defined]
    return _project(kind, item)


@pytest.mark.parametrize(("text", "kind", "expected"), [c[1:] for c in FAST_PATH_CASES], ids=[c[0] for c in FAST_PATH_CASES])
def test_fast_paths(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    scan = scan_markdown(text)
    assert [_fast_project(kind, i) for i in getattr(scan, kind)] == expected


def test_fence_closes_only_with_its_own_character() -> None:
    text = "```\n~~~\n[[No]]\n> ```\n[[Yes]]\n"
    scan = scan_markdown(text)
    assert scan.code_ranges == ((1, 4),)
    assert [link.target for link in scan.links] == ["Yes"]
