"""Writing a link to another target while keeping its form: wikilink or Markdown link, embed,
display text, `#heading` / `#^block`, spacing, `.md` written or not, `<...>` or percent-encoded
destination, and the path written the way the vault's `newLinkFormat` says (Obsidian's
"New link format": shortest when possible, relative to the note, or absolute in the vault).

Only the target (and, when asked, the subpath) of the link as written is replaced; every other
character of the link is kept.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from vaultkit.graph import Resolver
from vaultkit.model import Link

LinkFormat = Literal["shortest", "relative", "absolute"]

# _MDLINK of vaultkit.ingest.markdown, its destination group located in a link as written.
_MD_DEST = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)")
# Characters a Markdown destination cannot hold as they are (Obsidian writes them %-encoded).
_MD_ESCAPE = frozenset(' %#?()<>[]`{}|"\\')
_ENCODED_NON_ASCII = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")


def link_format(root: Path) -> LinkFormat:
    """`newLinkFormat` of `.obsidian/app.json` ("shortest", Obsidian's default, when unset)."""
    from vaultkit.ingest.discover import read_app_json  # bounded, no symlinks: a vault is hostile input

    data, _ = read_app_json(root)
    value = data.get("newLinkFormat") if isinstance(data, dict) else None
    return value if value in ("shortest", "relative", "absolute") else "shortest"


def target_text(path: str, link: Link, source: str, resolver: Resolver, fmt: LinkFormat = "shortest") -> str:
    """What to write as the target of `link` (in the note at `source`) so that it reaches `path`:
    the file name when that resolves to `path` from `source` (shortest), else the vault path; or
    the path relative to the note, or the vault path, as `fmt` says. `.md` is kept when the link
    wrote it (Markdown links to notes as a rule), dropped otherwise."""
    is_note = path.lower().endswith(".md")
    keep_md = not is_note or link.target.lower().endswith(".md")
    written = path if keep_md else path[:-3]
    folder = source.rpartition("/")[0]
    if fmt == "relative":
        rel = posixpath.relpath(written, folder or ".")
        if not rel.startswith("../"):
            rel = "./" + rel
        return rel if resolver.resolve(rel, source).path == path else written
    if fmt == "shortest":
        name = written.rsplit("/", 1)[-1]
        if resolver.resolve(name, source).path == path:
            return name
    return written


def encode_destination(target: str, like: str) -> str:
    """A Markdown link destination for `target`, %-encoded the way `like` (the destination as
    written) was: non-ASCII encoded only when it encoded non-ASCII."""
    non_ascii = bool(_ENCODED_NON_ASCII.search(like))
    out = []
    for ch in target:
        if ch in _MD_ESCAPE or ord(ch) < 0x20 or ord(ch) == 0x7F or (non_ascii and ord(ch) > 0x7F):
            out.append(quote(ch, safe=""))
        else:
            out.append(ch)
    return "".join(out)


def rewrite(link: Link, target: str | None = None, subpath: str | None = None) -> str | None:
    """`link.raw` with its target replaced by `target` (as it should read, unencoded) and/or its
    subpath (after the `#`: `Heading` or `^block`) by `subpath`; None when the raw text is not
    a link of the expected shape."""
    raw = link.raw
    if link.kind == "markdown":
        return _rewrite_markdown(raw, target, subpath)
    start = raw.find("[[")
    if start == -1 or not raw.endswith("]]"):
        return None
    inner = raw[start + 2 : -2]
    bar = inner.find("|")
    if bar > 0 and inner[bar - 1] == "\\":
        bar -= 1
    head, tail = (inner[:bar], inner[bar:]) if bar != -1 else (inner, "")
    hash_at = head.find("#")
    segment, sub = (head[:hash_at], head[hash_at:]) if hash_at != -1 else (head, "")
    if target is not None:
        core = segment.strip()
        lead = segment[: len(segment) - len(segment.lstrip())]
        trail = segment[len(segment.rstrip()) :] if core else ""
        segment = lead + target + trail
    if subpath is not None:
        sub = "#" + subpath
    return raw[: start + 2] + segment + sub + tail + "]]"


def _rewrite_markdown(raw: str, target: str | None, subpath: str | None) -> str | None:
    m = _MD_DEST.match(raw)
    if m is None:
        return None
    dest = m.group(1)
    angle = dest.startswith("<") and dest.endswith(">")
    body = dest[1:-1] if angle else dest
    hash_at = body.find("#")
    path_part, sub = (body[:hash_at], body[hash_at:]) if hash_at != -1 else (body, "")
    if target is not None:
        path_part = target if angle else encode_destination(target, path_part)
    if subpath is not None:
        sub = "#" + (subpath if angle else encode_destination(subpath, path_part))
    new = f"<{path_part}{sub}>" if angle else path_part + sub
    return raw[: m.start(1)] + new + raw[m.end(1) :]
