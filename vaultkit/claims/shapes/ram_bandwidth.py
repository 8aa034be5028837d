"""The peak bandwidth of system memory (§ CPU-only inference notes): `dual-channel DDR5-5600 gives about 89.6 GB/s`,
`четырёхканальная DDR4-3200 — 102,4 ГБ/с`. A DDR4/DDR5 module moves 8 bytes per transfer on each 64-bit channel, so
the peak is transfers per second × 8 B × channels. The rate (MT/s), the generation and the channel count must all be
said in the sentence (`per channel` is one); LPDDR and HBM, whose channels are of other widths, are not read that way.

Any memory whose bus width the sentence states is read by it: `LPDDR5X-8000 on a 256-bit bus` moves 8000 MT/s × 256 /
8 B = 256 GB/s, `GDDR6X at 21 Gbps on a 384-bit bus` 1,008 GB/s, `HBM3 at 6.4 Gbps per pin on a 5120-bit bus`
4.1 TB/s. A peak stated in bits (`256 Гбит/с, это LPDDR5X-8000 на 256-битной шине`) is judged in bits: 2,048 Gbit/s."""

from __future__ import annotations

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim
from vaultkit.claims.verdict import compare, fmt, written_out

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
# a memory and its transfer rate: `LPDDR5X-8000`, `DDR5 6400` (MT/s), or a per-pin rate after it (`GDDR6X at 21 Gbps`,
# `HBM3 6,4 Гбит/с на вывод`); the runs between are bounded
_MEMORY_RATE = guarded(
    r"(?i)(?<![\w-])(?P<kind>(?:LP|G)?DDR\d[XxХх]?|HBM\d[Ee]?)(?:[-\s]?(?P<mts>\d{4,5})(?!\d)(?:\s*MT/s)?"
    r"|[^\S\n]{1,3}(?:at\s+|на\s+|@\s*)?(?P<pin>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:Gbps|Gb/s|GT/s|Гбит/с)(?:\s*(?:per\s+pin|на\s+вывод))?)"
)
# the bus width: `on a 256-bit bus`, `384-bit memory interface`, `на 256-битной шине`, `шина 256 бит`
_BUS = guarded(
    r"(?i)(?<![\w.,])(?P<a>\d{2,4})[-\s]?bit(?:[-\s]+wide)?\s+(?:memory\s+)?(?:bus|interface)\b"
    r"|(?<![\w.,])(?P<b>\d{2,4})[-\s]?битн\w*\s+(?:шин\w*|интерфейс\w*)|\bшин\w*\s+(?:в\s+)?(?P<c>\d{2,4})\s*бит"
)


def ram_bandwidth(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.text
    upper = text[s.start : s.end].upper()
    if "DDR" not in upper and "HBM" not in upper:
        return []
    on_bus = _on_a_bus(s)
    if on_bus is not None:
        return on_bus
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
        how = (
            f"DDR{ddr[0].group(1)}-{transfers}: {transfers} MT/s × 8 B × {channels} channel{'s' if channels > 1 else ''} "
            f"= {fmt(peak, q.scale)}/s peak"
        )
        out.append(_judged(s, q, peak, how))
    return out


def _judged(s: Sentence, q: Quantity, peak: float, how: str) -> Found:
    """Rate `q` against the memory's `peak` (bytes per second; a rate in bits against its bits): one below the peak by
    no more than 40 % (`about 80 GB/s` of a 89.6 GB/s peak, `60 GB/s measured`) is what such memory sustains, not its
    peak, and is not judged."""
    in_bits = q.kind == "bitrate"
    check = compare(q, peak * 8 if in_bits else peak)
    claim = make_claim(s.unit, q.start, q.end, "ram-bandwidth", check.verdict, f"{how}; {check.explanation}", stated=q.text)
    if check.verdict is Verdict.WRONG and not in_bits and 0.6 * peak <= q.value <= peak:
        claim = make_claim(
            s.unit, q.start, q.end, "ram-bandwidth", Verdict.UNVERIFIABLE, f"{how}; a sustained rate below it", stated=q.text
        )
    return Found(claim, ((q.start, q.end),))


def _on_a_bus(s: Sentence) -> list[Found] | None:
    """The peaks a sentence states of one memory on a bus of a width it states (None: no width said, or no one memory)."""
    text = s.unit.text
    buses = {int(next(g for g in m.groups() if g)) for m in _BUS.finditer(text, s.start, s.end)}
    memories = list(_MEMORY_RATE.finditer(text, s.start, s.end))
    if len(buses) != 1 or len(memories) != 1:
        return None
    bus, memory = buses.pop(), memories[0]
    if memory.group("mts"):
        per_pin, rate = float(memory.group("mts")) * 1e6, f"{memory.group('mts')} MT/s"
    else:
        per_pin, rate = float(memory.group("pin").replace(",", ".")) * 1e9, f"{memory.group('pin')} Gbit/s per pin"
    if not 1e9 <= per_pin <= 4e10 or bus % 16:
        return None
    peak = per_pin * bus / 8
    out: list[Found] = []
    for q in s.quantities:
        if q.hi is not None or memory.start() <= q.start < memory.end() or q.kind not in ("bandwidth", "bitrate"):
            continue
        in_bits = q.kind == "bitrate"
        if in_bits and q.value < peak / 8 / 4:
            continue  # a network's rate or a pin's, not the memory's peak
        how = f"{memory.group('kind')}: {rate} × {bus}-bit bus / 8 = {written_out(peak / 1e9)} GB/s peak"
        if in_bits:
            how += f" = {written_out(peak * 8 / 1e9)} Gbit/s"
        out.append(_judged(s, q, peak, how))
    return out
