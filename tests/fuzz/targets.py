"""The fuzz targets of issue 16: each takes bytes and must return without an exception other
than the documented ones, in bounded time. Shared by test_fuzz.py (hypothesis, in CI) and
atheris_fuzz.py (a longer local run when atheris is installed)."""

from __future__ import annotations

from collections.abc import Callable

from vaultkit.ingest.decode import decode_bytes
from vaultkit.ingest.frontmatter import split_front_matter
from vaultkit.ingest.markdown import scan_front_matter_links, scan_markdown, split_wikilink


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def decoder(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is None or isinstance(decoded.text, str)


def front_matter(data: bytes) -> None:
    fm = split_front_matter(_text(data))
    assert fm.body_line >= 1


def markdown(data: bytes) -> None:
    text = _text(data)
    fm = split_front_matter(text)
    scan = scan_markdown(text, fm.body_line)
    lines = text.count("\n") + 1
    assert all(1 <= link.line <= lines for link in scan.links)
    scan_front_matter_links(text, fm.end_line)


def links(data: bytes) -> None:
    target, _heading, _block, _alias = split_wikilink(_text(data))
    assert isinstance(target, str)


def quantities(data: bytes) -> None:
    from vaultkit.claims.quantities import find_quantities

    text = _text(data)
    find_quantities(text)
    find_quantities(text, decimal_comma=True)


def claims(data: bytes) -> None:
    from vaultkit.claims import extract_claims

    text = _text(data)
    extract_claims(text, properties={}, code_ranges=scan_markdown(text).code_ranges)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "decoder": decoder,
    "front_matter": front_matter,
    "markdown": markdown,
    "links": links,
    "quantities": quantities,
    "claims": claims,
}
