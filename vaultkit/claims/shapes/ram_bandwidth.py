"""The peak bandwidth of system memory (§ CPU-only inference notes): `dual-channel DDR5-5600 gives about 89.6 GB/s`,
`четырёхканальная DDR4-3200 — 102,4 ГБ/с`. A DDR4/DDR5 module moves 8 bytes per transfer on each 64-bit channel, so
the peak is transfers per second × 8 B × channels. The rate (MT/s), the generation and the channel count must all be
said in the sentence (`per channel` is one); LPDDR and HBM, whose channels are of other widths, are not read."""

from __future__ import annotations

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim
from vaultkit.claims.verdict import compare, fmt

# `DDR5-5600`, `DDR4 3200`, `DDR5-6000 MT/s`; not `LPDDR5X-8533`, `GDDR6X` (other bus widths)
_DDR = guarded(r"(?i)(?<![\w-])DDR([45])[-\s]?(\d{4})(?!\d)")
_CHANNELS = {
    "single": 1, "one": 1, "1": 1, "dual": 2, "two": 2, "2": 2, "quad": 4, "four": 4, "4": 4, "six": 6, "6": 6,
    "eight": 8, "8": 8, "twelve": 12, "12": 12,
    "одно": 1, "двух": 2, "четырёх": 4, "четырех": 4, "шести": 6, "восьми": 8, "двенадцати": 12,
}  # fmt: skip
_CHANNEL_COUNT = guarded(
    r"(?i)\b(single|one|dual|two|quad|four|six|eight|twelve|\d{1,2})[-\s]channel\b"
    r"|(?<!\w)(одно|двух|четырёх|четырех|шести|восьми|двенадцати)[-\s]?канальн\w*"
    r"|\b(\d{1,2})\s+(?:memory\s+)?channels\b|(?<!\w)(\d{1,2})\s+канал\w*"
)
_PER_CHANNEL = guarded(r"(?i)\s*(?:(?:per|each|a)\s+channel\b|на\s+(?:один\s+)?канал(?!\w))")


def ram_bandwidth(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.text
    if "DDR" not in text[s.start : s.end].upper():
        return []
    ddr = list(_DDR.finditer(text, s.start, s.end))
    rates = [q for q in s.quantities if q.kind == "bandwidth" and q.hi is None]
    if len(ddr) != 1 or not rates:
        return []
    transfers = int(ddr[0].group(2))
    if not 1600 <= transfers <= 12800:
        return []
    said = _CHANNEL_COUNT.finditer(text, s.start, s.end)
    counts = {_CHANNELS.get(g.lower(), int(g) if g.isdigit() else 0) for m in said for g in m.groups() if g}
    out: list[Found] = []
    for q in rates:
        one = _PER_CHANNEL.match(text, q.end)
        channels = 1 if one else (next(iter(counts)) if len(counts) == 1 else 0)
        if not channels:
            continue  # the channel count is not said (or several are): the peak is not read
        peak = transfers * 1e6 * 8 * channels
        check = compare(q, peak)
        how = (
            f"DDR{ddr[0].group(1)}-{transfers}: {transfers} MT/s × 8 B × {channels} channel{'s' if channels > 1 else ''} "
            f"= {fmt(peak, q.scale)}/s peak"
        )
        claim = make_claim(s.unit, q.start, q.end, "ram-bandwidth", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        if check.verdict is Verdict.WRONG and 0.6 * peak <= q.value <= peak:
            # `about 80 GB/s` of a 89.6 GB/s peak, `60 GB/s measured`: what such memory sustains, not its peak
            claim = make_claim(
                s.unit, q.start, q.end, "ram-bandwidth", Verdict.UNVERIFIABLE, f"{how}; a sustained rate below it", stated=q.text
            )
        out.append(Found(claim, ((q.start, q.end),)))
    return out
