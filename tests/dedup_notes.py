"""Notes written for the duplicate tests (our own prose; never seed text) and a Note factory."""

from __future__ import annotations

from vaultkit.api import parse_note
from vaultkit.config import Config
from vaultkit.model import Note

QUANT = """# Quantisation in practice

Quantisation stores each weight in fewer bits than the sixteen used during training.
An eight-bit copy of a model needs half the memory of the half-precision original, and a
four-bit copy needs a quarter, which is why laptops can run models that once needed a server.

The price is accuracy. Rounding every weight to one of sixteen levels adds noise, and the
noise hurts most in the layers that see outliers. Methods such as GPTQ and AWQ choose the
rounding with a little calibration data so that the outputs change as little as possible.

In practice a four-bit model loses a point or two on benchmarks and answers questions about
as well as the original. Three bits is where the losses become easy to notice in conversation.
"""

QUANT_EDITED = QUANT.replace("a point or two on benchmarks", "one or two points on most benchmarks").replace(
    "easy to notice", "plain to see"
)

QUANT_SECTION = QUANT + """
## Further reading

The bitsandbytes library loads eight-bit and four-bit weights on the fly; llama.cpp ships its
own formats with names such as Q4_K_M, which mix block sizes and scales per tensor type.
Comparing the perplexity of each format on the same text shows where the cut-off lies for a
given model, and it is worth measuring on your own data before trusting a published table.
"""

QUANT_PARAPHRASE = """# Storing weights with fewer bits

Quantising a model means keeping every weight with less precision than the 16 bits used when
it was trained. With 8 bits the model takes half the memory of the fp16 version, and with 4 bits
a quarter, so a laptop can now run a model that used to need a server.

The cost is lost accuracy. Mapping every weight onto sixteen values adds noise, which does the
most damage in layers with outlier activations. GPTQ and AWQ pick how to round using a small
calibration set, so that the model's outputs move as little as they can.

In use, a 4-bit model drops one or two benchmark points and handles questions nearly as well as
the full model. At 3 bits the losses start to show up clearly in conversation.
"""

# Same topic, different claims: must not be reported.
QUANT_OTHER = """# Why quantised training is hard

Training in low precision is a different problem from storing a finished model in low precision.
Gradients span many orders of magnitude, so the small updates that matter late in training vanish
when they are rounded to a coarse grid. Mixed-precision training keeps a master copy of the
weights in thirty-two bits for that reason, and loss scaling keeps small gradients representable.

Recent work trains with eight-bit floating point matrix multiplies on new accelerators, but it
still accumulates in higher precision and keeps optimiser state wide. Fully four-bit training
remains a research topic with unstable results.
"""

GARDEN = """# Planting garlic in autumn

Garlic goes in the ground a few weeks before the soil freezes, so the cloves can grow roots but
not leaves. Break the heads into cloves a day before planting and keep the largest ones, since a
big clove makes a big bulb next summer. Set them pointed end up, five centimetres deep and a hand
apart, and cover the bed with straw once the ground is cold.
"""


def make_note(path: str, body: str, *, properties: str = "", config: Config | None = None) -> Note:
    """A Note as the pipeline builds it; `properties` is YAML for the front matter."""
    text = f"---\n{properties}---\n{body}" if properties else body
    result = parse_note(path, text.encode("utf-8"), config or Config())
    assert result.note is not None
    return result.note


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Mac Roman: how seed 001 was damaged."""
    return text.encode("utf-8").decode("mac_roman")


def pool_notes(count: int, seed: int = 11, copies: int = 6) -> list[tuple[str, str]]:
    """(path, body) of notes drawn from one small pool of sentences (so unrelated notes share
    many shingles and the lexical layer has many candidates to reject), then `copies` edited
    copies and notes pasted into bigger ones."""
    import random
    import re

    rng = random.Random(seed)
    texts = (QUANT, QUANT_OTHER, QUANT_PARAPHRASE, GARDEN)
    pool = [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if len(s.split()) > 4]
    notes = []
    for i in range(count):
        paragraphs = [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 5))) for _ in range(rng.randint(2, 4))]
        notes.append((f"pool/n{i:03d}.md", f"# Note {i}\n\n" + "\n\n".join(paragraphs) + "\n"))
    for k in range(copies):
        _, body = notes[rng.randrange(count)]
        if k % 2:
            words = body.split(" ")
            words[rng.randrange(5, len(words))] = "changed"
            body = " ".join(words)
        else:
            body += "\n## Added\n\n" + " ".join(rng.choice(pool) for _ in range(8)) + "\n"
        notes.append((f"pool/copy{k}.md", body))
    return notes
