"""mistune plugins for Obsidian syntax: `[[wikilinks]]`, `![[embeds]]` and `%% comments %%`.

Used to render note text (HTML report) and, in the tests, as the reference parser the fast
line scanner (`vaultkit.ingest.markdown`) is checked against.
"""

from __future__ import annotations

import html
from typing import Any

import mistune

from vaultkit.ingest.markdown import split_wikilink

_WIKILINK = r"(?P<wl_bang>!?)\[\[(?P<wl_inner>(?:(?!\[\[|\]\])[^\n])*?)\]\]"
_COMMENT_INLINE = r"%%(?P<cm_text>[\s\S]*?)%%"
_COMMENT_BLOCK = r"^ {0,3}%%(?P<cmb_text>[\s\S]*?)%%[ \t]*(?:\n|$)"


def _parse_wikilink(inline: Any, m: Any, state: Any) -> int:
    target, heading, block, alias = split_wikilink(m.group("wl_inner"))
    state.append_token(
        {
            "type": "wikilink",
            "raw": m.group(0),
            "attrs": {"target": target, "heading": heading, "block": block, "alias": alias, "embed": m.group("wl_bang") == "!"},
        }
    )
    return int(m.end())


def _parse_comment(inline: Any, m: Any, state: Any) -> int:
    state.append_token({"type": "obsidian_comment", "raw": m.group(0)})
    return int(m.end())


def _parse_comment_block(block: Any, m: Any, state: Any) -> int:
    state.append_token({"type": "obsidian_comment", "raw": m.group(0)})
    return int(m.end())


def _render_wikilink(renderer: Any, text: str = "", **attrs: Any) -> str:
    label = attrs.get("alias") or attrs.get("target") or ""
    if attrs.get("heading"):
        label = attrs.get("alias") or f"{attrs.get('target')} › {attrs['heading']}"
    cls = "embed" if attrs.get("embed") else "wikilink"
    return f'<span class="{cls}" data-target="{html.escape(attrs.get("target") or "", quote=True)}">{html.escape(label)}</span>'


def _render_comment(renderer: Any, text: str = "", **attrs: Any) -> str:
    return ""


def obsidian(md: Any) -> None:
    """The mistune plugin: register the Obsidian syntax on a Markdown instance."""
    md.inline.register("wikilink", _WIKILINK, _parse_wikilink, before="link")
    md.inline.register("obsidian_comment", _COMMENT_INLINE, _parse_comment, before="wikilink")
    md.block.register("obsidian_comment", _COMMENT_BLOCK, _parse_comment_block, before="paragraph")
    if md.renderer and md.renderer.NAME == "html":
        md.renderer.register("wikilink", _render_wikilink)
        md.renderer.register("obsidian_comment", _render_comment)


def create_markdown(html_output: bool = True, *, footnotes: bool = True) -> Any:
    """A mistune parser with Obsidian syntax, tables, footnotes and math; raw HTML is escaped."""
    renderer = mistune.HTMLRenderer(escape=True) if html_output else None
    plugins: list[Any] = ["table", "strikethrough", "math", obsidian]
    if footnotes:
        plugins.insert(1, "footnotes")
    return mistune.create_markdown(renderer=renderer, plugins=plugins)


def render_html(text: str) -> str:
    return str(create_markdown(True)(text))


def wikilinks(text: str) -> list[dict[str, Any]]:
    """Every wikilink/embed mistune sees in `text` (a body without front matter), in order."""
    # Without the footnotes plugin, definitions stay in the token tree as paragraphs (the
    # plugin keeps them aside in state.env), so links inside them are seen too.
    tokens = create_markdown(False, footnotes=False)(text)
    found: list[dict[str, Any]] = []

    def walk(items: Any) -> None:
        for tok in items or ():
            if tok.get("type") == "wikilink":
                found.append(tok["attrs"])
            walk(tok.get("children"))

    walk(tokens)
    return found
