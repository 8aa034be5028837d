"""Front matter: split with python-frontmatter, loaded with a safe, bounded YAML loader."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import frontmatter
import yaml

try:  # libyaml is several times faster on the multi-KB block scalars these vaults carry.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FRONT_MATTER_BYTES = 1_000_000
MAX_ALIASES = 100
# Nodes once aliases are expanded (what a consumer walking the properties visits): a
# 72-alias bomb stays under MAX_ALIASES and expands to 387 million. Counted from the event
# stream, which stops at the limit, when the document has aliases or is long enough to hold
# this many nodes (a node takes at least one character).
MAX_YAML_NODES = 50_000
# `&`/`*` at the start or after one of `\s[{,:-`, then a name character. Written with the `&`/`*`
# first (and the look-behind after it) so the search skips to those characters instead of trying
# an alternation at every position: the same matches as `(?:^|[\s\[{,:-])[&*][^\s,\[\]{}]`.
_ANCHOR_HINT = re.compile(r"[&*](?<![^\s\[{,:-][&*])[^\s,\[\]{}]")
_FENCE = re.compile(r"^-{3,}[ \t]*$")
# A later line that _FENCE matches once its trailing `\r`s are stripped, found with one search:
# the match starts at the newline before that line.
_CLOSING_FENCE = re.compile(r"\n-{3,}[ \t]*\r*(?=\n|\Z)")


class FrontMatterProblem(Exception):
    """Raised inside the loader; carries a message and a 1-based line/column in the file."""

    def __init__(self, kind: str, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class FrontMatter:
    properties: Mapping[str, Any]
    body_line: int  # 1-based line where the body starts
    end_line: int  # 1-based line of the closing fence (0 when there is none)
    problems: tuple[FrontMatterProblem, ...] = ()


class _SafeYAMLHandler(frontmatter.YAMLHandler):  # type: ignore[misc,name-defined]  # untyped base
    """python-frontmatter's YAML handler with a safe, alias-bounded loader."""

    def load(self, fm: str, **kwargs: object) -> Any:
        return load_yaml(fm)


_HANDLER = _SafeYAMLHandler()


def load_yaml(source: str) -> Any:
    """yaml.safe_load with libyaml, refusing alias bombs and oversized documents."""
    if len(source) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterProblem("limits", f"front matter is larger than {MAX_FRONT_MATTER_BYTES:,} characters", 1, 1)
    if (("&" in source or "*" in source) and _ANCHOR_HINT.search(source)) or len(source) > MAX_YAML_NODES:
        _check_expanded_size(source)
    return yaml.load(source, Loader=_Loader)  # noqa: S506 - the loader is a SafeLoader


def _check_expanded_size(source: str) -> None:
    """Raise FrontMatterProblem("limits") past MAX_ALIASES aliases or MAX_YAML_NODES nodes after
    alias expansion (an alias counts as the size of the node its anchor names), in one pass
    over the parser's events that stops at the first limit crossed."""
    aliases = 0
    total = 0
    sizes: dict[str, int] = {}  # anchor → expanded size of its node
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, total when the collection opened)
    for event in yaml.parse(source, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                _limit(event, f"front matter uses more than {MAX_ALIASES} YAML aliases (a possible alias bomb); not loaded")
            total += sizes.get(event.anchor or "", 1)
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            open_nodes.append((event.anchor, total))
            total += 1
        elif isinstance(event, yaml.CollectionEndEvent) and open_nodes:
            anchor, before = open_nodes.pop()
            if anchor:
                sizes[anchor] = total - before
        else:
            continue
        if total > MAX_YAML_NODES:
            _limit(
                event,
                f"front matter holds more than {MAX_YAML_NODES:,} YAML values once aliases are expanded"
                " (a generated dump or an alias bomb); not loaded",
            )


def _limit(event: yaml.Event, message: str) -> None:
    mark = event.start_mark
    raise FrontMatterProblem("limits", message, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1)


def split_front_matter(text: str) -> FrontMatter:
    """Find and load the front matter the way Obsidian does: a `---` fence on the first line."""
    if not text.startswith("---"):
        return FrontMatter({}, 1, 0)
    first_nl = text.find("\n")
    if not _FENCE.match((text if first_nl == -1 else text[:first_nl]).rstrip("\r")):
        return FrontMatter({}, 1, 0)
    end, fence_nl = _closing_fence(text)
    if end == 0:
        problem = FrontMatterProblem("unterminated", "front matter opened on line 1 is never closed with `---`", 1, 1)
        return FrontMatter({}, 1, 0, (problem,))
    # The lines between the fences, as the fence scan sees them. python-frontmatter's own
    # `split` (a MULTILINE `^-{3,}\s*$` split, whose `\s*` can swallow blank lines and other
    # whitespace) is not used: it returns (front matter, content), which this function used to
    # unpack into three names, so it always raised ValueError and these lines were what got
    # loaded. Its handler's `load` (the YAML handler below) still reads them.
    fm_text = text[first_nl + 1 : fence_nl]
    try:
        data = _HANDLER.load(fm_text)
    except FrontMatterProblem as problem:
        problem.line += 1  # the loader counts from the line after the opening fence
        return FrontMatter({}, end + 1, end, (problem,))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        # A problem found at the end of the YAML stream is reported on its last line, not the fence.
        line = min(mark.line + 2 if mark else 2, max(end - 1, 2))
        column = mark.column + 1 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return FrontMatter({}, end + 1, end, (FrontMatterProblem("yaml", f"invalid YAML: {reason}", line, column),))
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        message = f"front matter is a YAML {type(data).__name__}, not a mapping of properties"
        wrong = FrontMatterProblem("not-mapping", message, 2, 1)
        return FrontMatter({}, end + 1, end, (wrong,))
    return FrontMatter({str(k): v for k, v in data.items()}, end + 1, end)


def _find_closing_fence(text: str) -> int:
    """1-based line number of the closing `---`, or 0."""
    return _closing_fence(text)[0]


def _closing_fence(text: str) -> tuple[int, int]:
    """(1-based line number of the closing `---`, index of the newline before it), or (0, -1).

    The first line 2+ that is `-{3,}[ \t]*` once its trailing `\r`s are stripped."""
    first_nl = text.find("\n")
    if first_nl == -1:
        return 0, -1
    m = _CLOSING_FENCE.search(text, first_nl)
    if m is None:
        return 0, -1
    return text.count("\n", 0, m.start()) + 2, m.start()


def as_string_list(value: Any) -> list[str]:
    """`tags`/`aliases` may be a list, a string (comma or space separated for tags) or null."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value) if part]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def as_datetime(value: Any) -> dt.datetime | None:
    """A comparable datetime from a YAML date, datetime or ISO string; None when unparseable."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return as_datetime(dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            return None
    return None
