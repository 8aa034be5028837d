"""Training memory: the model states a full fine-tune (or a LoRA adapter's training) keeps, in bytes.

A recipe gives bytes per parameter (claims-gold §1.6): mixed-precision Adam 16 (2 weights + 2 grads +
12 fp32 master, m and v), the 18-byte AdamW with fp32 grads, 8-bit Adam 12, fp32 Adam 16 (4 + 4 + 8).
A figure is one of:

- the whole states: parameters × the recipe's bytes, where the recipe is stated for it (its sentence, the
  sentence it goes on from, its table row) or words name the whole (`model states`, `full fine-tuning`,
  `in total`, `итого`) and no part of the states is named (those are the later shapes' own);
- a part named by a list item's label (`- fp32 master copy: 54 GB`: 4 B, `- bf16 weights and grads`: 4 B,
  `- m and v`: 8 B per parameter);
- one device's share (`per GPU`, `на карту`, `each GPU holds`, a per-device table column) under a ZeRO stage
  over g devices: DDP (no ZeRO) b·N, ZeRO-1 (b−12)·N + 12·N/g, ZeRO-2 (b−14)·N + 14·N/g, ZeRO-3 / FSDP b·N/g;
  a tensor × pipeline split divides it further. A share above the stage's states is unverifiable
  (activations may come on top) unless the figure is said to be the states or is another stage's figure.

Inputs are read from the figure's clause and sentence, the line above when prose is hard-wrapped (or the
sentence before when this one goes on from it: `So …`, `Значит, …`), a table's header and row, the lines
that set what a line is about (its list's parent item, its headings, the front matter). The recipe is the
one stated there, else the one the note states above, else 16 B only where the sentence says Adam, mixed
precision, ZeRO or full fine-tuning. A share whose stage is said but whose device count cannot be found is
unverifiable, never a guess; a figure whose model, recipe or role cannot be found is left to the later
shapes (offload, other optimizers, comparisons of types and parts of the states are theirs too).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.roles import names_a_role, role_mentions
from vaultkit.claims.shapes.base import (
    ADAM_WORD,
    FOR_SIZE_AFTER,
    MIXED_PRECISION_WORDS,
    RECIPE,
    Found,
    NoteFacts,
    Sentence,
    carried_recipe,
    clause_bounds,
    found,
    in_range,
    line_names,
    make_claim,
    mark_bounds,
    type_right_after,
    unspaced,
)
from vaultkit.claims.shapes.context_sizes import near_hardware
from vaultkit.claims.shapes.sized import ASIDE, DIFFERENCE_BEFORE, context_model, sibling, to_last_digit, turned_to_serving
from vaultkit.claims.verdict import compare, fmt

# what says a sentence is about training (its model states, an optimizer, a sharding of them)
_TRAINING = guarded(
    r"(?i)\badam\w*|optimi[sz]er|оптимизатор\w*|\bZeRO\b|\bFSDP\b|\bDDP\b|mixed[\s-]+precision|смешанн\w*\s+точност\w*"
    r"|fine-?tun\w*|дообуч\w*|обучени\w*|\btraining\b|model\s+states?|\bstates?\b|состояни\w*|\bgrads?\b|gradients?"
    r"|градиент\w*|\bmaster\b|мастер|\bmoments?\b|момент\w*|\bm\s+and\s+v\b|\bm\s*,\s*v\b"
)
# what names the recipe of mixed-precision (or plain) Adam without its bytes: 16 B per parameter
_ADAM_SAID = guarded(
    rf"(?i){ADAM_WORD}|{MIXED_PRECISION_WORDS}|\bfull\s+fine-?tun\w*|\bfull\s+FT\b"
    r"|полно\w*\s+(?:до)?обучени\w*|ZeRO\s+(?:paper\s+)?accounting"
)
_EIGHT_BIT_ADAM = guarded(r"(?i)(?:8[\s-]*bit|8-?битн\w*)\s+Adam\w*|bitsandbytes")
# `the 18-byte recipe`, `16-байтн… рецепт`
_N_BYTE = guarded(r"(?i)(?<![\d.,])(\d{1,2})[\s-]*(?:bytes?|байтн\w*)[\s-]+(?:recipe|accounting|рецепт\w*)")
# `2 (bf16 weights) + 2 (grads) + 12 (fp32 master + m + v) bytes per parameter`: a recipe written as its parts
_PARTS_SUM = guarded(r"((?:\d{1,2}\s*\+\s*){1,4}\d{1,2})\s*(?:bytes?|байт\w*)\s*(?:/\s*|per\s+|на\s+)(?:param|парам)", re.I)
_SHORT_RECIPE = guarded(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s*(?:B|Б)\s*/\s*(?:param|пар)", re.I)
_BARE_BYTES = guarded(r"(?i)(?<![\d.,×x*·])(\d{1,2})[\s-]*(?:bytes?|байт\w*)\b(?!\s*[×x*·])")
_BRACKETS = guarded(r"\([^()]{0,80}\)")
# `ZeRO-3: 16/8 = 2 bytes → 16.06 GB per GPU`: bytes worked out and carried to a size (per parameter, however few)
_WORKED_BYTES = guarded(r"(?i)=\s*(\d{1,2}(?:[.,]\d{1,3})?)[\s-]*(?:bytes?|байт\w*)\s*(?:→|->|=>|⇒)")
# `(16 байт)`, `(16 bytes)`: a number of bytes in brackets, the recipe of what it is said of
_BRACKET_BYTES = guarded(r"(?i)\(\s*(\d{1,2})\s*(?:bytes?|байт\w*|B)\s*\)")

_ZERO = guarded(
    r"(?i)\bZeRO[\s-]*(?:stage[\s-]*)?(?P<n>[0-3])\b|\bstage[\s-]*(?P<n2>[1-3])\s+(?:of\s+)?ZeRO\b|(?P<fsdp>\bFSDP\b)"
    r"|(?P<none>\bDDP\b|\b(?:without|no)\s+ZeRO\b|(?<!\w)без\s+ZeRO\b)"
)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "eight": 8,
    "sixteen": 16,
    "двух": 2,
    "две": 2,
    "два": 2,
    "двум": 2,
    "трёх": 3,
    "четырёх": 4,
    "четыре": 4,
    "четырех": 4,
    "восьми": 8,
    "восемь": 8,
    "шестнадцати": 16,
    # (the counts of checkpoints kept, `_KEPT_COUNT`)
    "five": 5,
    "six": 6,
    "ten": 10,
    "три": 3,
    "пять": 5,
    "шесть": 6,
    "десять": 10,
}
_COUNT = (
    r"(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d{1,4}(?!,\d{3})"
    r"|two|three|four|eight|sixteen|двух|двум|две|два|трёх|четыр[её]х|четыре"
    r"|восьми|восемь|шестнадцати)"
)
_DEVICE_NOUN = (
    r"(?:GPUs?|cards?|devices?|accelerators?|ranks?|workers?|карт\w*|видеокарт\w*|GPU|устройств\w*|ранг\w*|ускорител\w*)"
)
# `over 8 GPUs`, `на 4 GPU`, `the 256-GPU pilot`, `on the same two cards`,
# `over the 64 data-parallel ranks`, `8×A100`, `на восьми картах`
_DEVICES = guarded(
    rf"(?i)(?<![\w.,]){_COUNT}(?:\s*|-)(?:(?:data[\s-]+parallel|DP|same|our)\s+)?(?:[×x]\s*)?"
    rf"(?:(?:A100|H100|H200|A800|H800|B200|L40S?|MI300X?|RTX\s*\d{{4}}|\d{{4}})\s*)?{_DEVICE_NOUN}(?![\w-])"
    rf"|(?<![\w.,]){_COUNT}\s*(?:[×x]\s*)?(?:A100|H100|H200|A800|H800|B200|L40S?|MI300X?|RTX\s*\d{{4}})"
    # `ZeRO-3 over 8;`, `with ZeRO-3 on 8.`: a bare count of the devices named before
    rf"|\b(?:over|across|among|between|by|on|между|на)\s+(?:the\s+same\s+|the\s+|our\s+|all\s+|тех\s+же\s+)?{_COUNT}"
    r"(?=\s*(?:[),;:]|\.(?!\d)|$|\bwould\b|\bis\b))"
)
# a tensor × pipeline split of the model: `TP=2 × PP=2`, `TP 4, PP 2`
_TP = guarded(r"(?i)\bTP\s*[=:]?\s*(\d{1,2})\b|\btensor[\s-]+parallel\w*\s*(?:of|=|:)?\s*(\d{1,2})\b")
_PP = guarded(r"(?i)\bPP\s*[=:]?\s*(\d{1,2})\b|\bpipeline[\s-]+parallel\w*\s*(?:of|=|:)?\s*(\d{1,2})\b")

# one device's share, said right after the figure (`32 GB per GPU`, `on each`, `на карту`, `of them each`)
_PER_DEVICE_AFTER = guarded(
    r"(?i)\s*(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:per[\s_]+(?:GPU|card|device|rank|worker)|/\s*(?:GPU|card|device|rank)\b"
    r"|on\s+(?:each|every)\b|each\b|на\s+(?:каждую|каждой|каждый|одну|карту|GPU|видеокарту|устройство|ранг)\b)"
)
# said before it in its clause (`each GPU holds 32 GB`, `на каждой карте … по 53,9 ГБ`, `each GPU needs`)
_PER_DEVICE_BEFORE = guarded(
    r"(?i)\b(?:each|every|per)[\s-]+(?:of\s+the\s+\d+\s+)?(?:GPU|card|device|rank|worker)s?\b|\bна\s+(?:каждой|каждую|одной|одну)\s+(?:карт\w*|видеокарт\w*|GPU|устройств\w*)"
    r"|\bкажд\w+\s+(?:карт\w*|видеокарт\w*|GPU|устройств\w*)"
    r"|\bкажд(?:ая|ый|ое)\s+(?:из\s+них\s+)?(?:держит|хранит|получает|имеет|несёт|несет|занимает)\b"
    r"|\beach(?:\s+one)?\s+(?:gets|holds|has|keeps|needs|takes|carries|receives|stores)\b|\bна\s+каждую\b|\bна\s+каждой\b"
    r"|\b(?:a|one|any)\s+(?:single\s+)?(?:GPU|card|device|rank)\s+(?:still\s+|then\s+|only\s+)?(?:gets|holds|has|keeps|needs|stores)\b"
)
_PER_DEVICE_HEADER = guarded(
    r"(?i)\bper[\s-]+(?:GPU|device|card|rank)|/\s*(?:GPU|device|card|rank)\b|\beach\s+(?:GPU|device|card|rank)"
    r"|на\s+(?:одну\s+|каждую\s+)?(?:GPU|карт[уеа]|видеокарт[уеа]|устройство|ранг)\b"
)
# the parts of the states a figure may be (its clause names them)
_WEIGHTS_AND_GRADS = guarded(
    r"(?i)\bweights?\s*(?:and|\+|&|plus)\s*(?:(?:bf16|fp16|their)\s+)?(?:grads?|gradients?)\b|\bвес\w*\s*(?:и|\+)\s*градиент\w*"
)
_MASTER = guarded(r"(?i)\bmaster\b|fp32[\s-]+cop(?:y|ies)|fp32-коп\w*|мастер\w*|\bкопи\w+\s+в\s+fp32")
_MOMENTS = guarded(r"(?i)\bmoments?\b|\bm\s+(?:and|и|\+|&)\s+v\b|\bm\s*,\s*v\b|момент\w*")
_OPTIMIZER_STATES = guarded(r"(?i)optimi[sz]er\s+states?|состояни\w*\s+оптимизатор\w*")
_GRADS = guarded(r"(?i)\bgrads?\b|gradients?|градиент\w*")
# the whole of the states (`in total`, `итого`, `всего`, `together`)
_TOTAL = guarded(r"(?i)\bin\s+total\b|\btotal\b|\bитого\b|\bвсего\b|\bв\s+сумме\b|\bсуммарно\b")
# a figure said of another thing than the states in its clause: the weights alone, a checkpoint, activations, a card
_FROZEN_BASE = guarded(r"(?i)\bfrozen\b|\bbase\b|заморож\w*|(?<!\w)баз[аеуыо]\w*")
_NOT_STATES = guarded(
    r"(?i)\bactivations?\b(?!\s*(?:come|on\s+top))|активаци\w*|\bcheckpoints?\b|чекпо[йи]нт\w*|\bweighs\b|\bвесит\b|\bfile\b|файл\w*"
    r"|\bKV\b|\bcache\b|кэш\w*|\bteacher\b|учител\w*|\blogits?\b|логит\w*|\bbudget\b|бюджет\w*|\bcard\s+has\b|\bVRAM\b"
)
_ALONE = guarded(r"(?i)\balone\b|\bonly\b|\bтолько\b|\bсам\w*\b")
_WHAT_IF = guarded(r"(?i)\bwould\b|\bcould\b|\bбы\b")
_TRAINABLE = guarded(r"(?i)trainable|обучаем\w*|\badapter\w*|адаптер\w*|\bLoRA\b|\bQLoRA\b")
_TIMES_BYTES = guarded(r"(?i)\s*[×x*·]\s*\d{1,2}\s*(?:bytes?|байт\w*|B\b)")
_PARAM_AFTER = guarded(r"(?i)\s*(?:trainable\s+|обучаемых\s+)?(?:param\w*|параметр\w*|trainable|обучаем\w*)")
_PARAM_BEFORE = guarded(r"(?i)(?:trainable|обучаем\w*|param\w*|параметр\w*)\s*(?:count\b[^:]{0,40})?[:=]?\s*$")


@dataclass(frozen=True)
class _Model:
    params: float
    named: str
    nominal: bool = False  # a size name's round count (`an 8B`): the model's own count may be a few % off
    # a model taken from the lines above or the note: the other catalogued models the note names
    others: tuple[ModelMention, ...] = ()


def _with_the_notes_others(m: ModelMention, where: str, facts: NoteFacts) -> _Model:
    """The model the lines above or the note are about, with the other models the note names beside it."""
    name = m.config.name if m.config is not None else ""
    others = tuple(x for x in facts.note_models if x.config is not None and x.config.name != name)
    return _Model(_params_of(m), f"{m.text} ({where})", others=others)


@dataclass(frozen=True)
class _Recipe:
    per: float  # bytes per parameter
    how: str


def training(s: Sentence, facts: NoteFacts) -> list[Found]:
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None]
    if not sizes:
        return _cuts(s, facts)
    text = s.unit.text
    lead = _lead(s, facts)
    kept = _checkpoints(s, facts, lead, sizes) or _adapter_states(s, facts, lead, sizes)
    if kept:
        sizes = [q for q in sizes if not any((q.start, q.end) in f.used for f in kept)]
        if not sizes:
            return kept
    prior = _prior(s, lead)
    if (
        not _TRAINING.search(text, s.start, s.end)
        and not _TRAINING.search(prior)
        and not (
            (_per_device_table(s, facts, sizes[0]) or _TOTAL.search(text, s.start, s.end))
            and any(
                line_names(_TRAINING, x) for x in (lead, *facts.lines_above.get(s.unit.line, ())[:2], *_context(s, facts)[:1])
            )
        )
    ):
        # `все четыре модели — 268,61 ГБ` under lines that size each model: a total over them, not one model's
        return [*kept, *(f for q in sizes if (f := _several_total(s, q, facts, lead, prior)) is not None)]
    out: list[Found] = list(kept)
    since = s.start  # (the end of the size before each one: one pass)
    later_training = _TRAINING.search(text, s.start, s.end)
    for q in sizes:
        typed_first = _typed_before_training(s, q, since, later_training, sizes[-1])
        since = q.end
        if DIFFERENCE_BEFORE.search(text, max(s.start, q.start - 40), q.start):
            continue  # `the 8-bit optimizer saves 32.12 GB compared with …`: a difference of two recipes, not one's memory
        if typed_first:
            continue  # `Llama 3.2 3B в bf16 — 6,4 ГБ, её полное дообучение … — 51,4 ГБ`: the weights, then the training
        if turned_to_serving(s.unit.masked, q):
            continue  # `the state is 128.5 GB at 16 bytes per parameter; at TP = 2 each card holds 35.28 GB`: serving
        got = _without_optimizer(s, q, facts) or _several_total(s, q, facts, lead, prior)
        if got is None:
            got = _judge(s, q, facts, lead, prior)
        if got is not None:
            out.append(got)
    return out


def _typed_before_training(s: Sentence, q: Quantity, since: int, training: re.Match[str] | None, last: Quantity) -> bool:
    """A size whose words since the size before it name a storage type (`… в bf16 — 6,4 ГБ`: past the dash), with the
    sentence's first training word only in a later clause that has a size of its own: the weights', not the training's."""
    if training is None:
        return False
    _, b = clause_bounds(s, q.start, q.end)
    # (or right after it in its clause: `1,56 млрд параметров, 3,12 ГБ в fp16, 24,9 ГБ состояния при полном дообучении`)
    right_after = type_right_after(s.dtypes, s.unit.masked, q.end, b) is not None
    typed = bool(in_range(s.dtypes, since, q.start)) or right_after
    if right_after and q.end < last.start < training.start():
        return True  # `…, 2.20 GB in bf16 and 17.6 GB of training state`: the training word is the last size's
    return training.start() >= b and last.start >= b and typed


# A checkpoint to resume training from keeps the model states (the weights, fp32 master copy and Adam moments), not the
# optimizer's states alone: `a resumable checkpoint, optimizer state included, is 116 GB`, `чекпойнт с состояниями
# оптимизатора — 208 ГБ`. It is judged as the states (16 B/param unless bytes are stated); what stores no gradients (14 B:
# 16-bit weights + master + m + v) or an fp32 run's weights and moments (12 B) is a reading. `the last 5 checkpoints`,
# `хранить 5 последних`: that many of them.
_CHECKPOINT = guarded(r"(?i)\bcheckpoints?\b|чекпо[йи]нт\w*|контрольн\w+\s+точк\w*")
_WITH_STATES = guarded(
    r"(?i)\bresumabl\w*|\bfor\s+resum\w*|для\s+(?:возобновлени|продолжени)\w*"
    r"|\b(?:optimi[sz]er|adam\w*)\s+(?:states?|moments?)\b|состояни\w*\s+(?:adam|оптимизатор)\w*|\bстейт\w*\s+оптимизатор\w*"
    # `a checkpoint with the optimizer`, `чекпойнт с оптимизатором`: a bare optimizer word only where it is the checkpoint's
    r"|(?:\bcheckpoints?|чекпо[йи]нт\w*)\s+(?:(?:of\s+)?[\w.-]+\s+)?(?:with|including|incl\.?|с|включая)\s+(?:the\s+|its\s+)?"
    r"(?:optimi[sz]er|adam\w*|оптимизатор\w*)"
)
_WITHOUT_STATES = guarded(
    r"(?i)\b(?:without|excluding|minus|no|less)\s+(?:the\s+|its\s+|any\s+)?(?:optimi[sz]er|adam|states?|moments?)\b"
    r"|\b(?:weights|params)\s+only\b|\bonly\s+(?:the\s+)?(?:bf16\s+|fp16\s+|fp32\s+)?weights\b"
    r"|(?<!\w)без\s+(?:них|его|их|состояни\w*|оптимизатор\w*|момент\w*|adam\w*)|(?<!\w)только\s+(?:bf16|fp16|fp32|вес)"
    r"|(?<!\w)кроме\s+вес"
)
# `the optimizer states are not saved`, `состояния оптимизатора мы не сохраняем`: the checkpoint keeps the weights alone
_STATES_NOT_KEPT = guarded(
    r"(?i)\b(?:optimi[sz]er|adam)\w*(?:\s+optimi[sz]er)?\s+(?:states?|moments?)\s+(?:(?:are|is|were|was|get|gets)\s*)?"
    r"(?:(?:not|never|n't)\s+(?:saved|stored|kept|written|part\s+of|included|in)\b|dropped|excluded|removed|stripped|discarded"
    r"|omitted|left\s+out)"
    r"|\b(?:don't|do\s+not|never|not)\s+(?:save|store|keep|write)\s+(?:the\s+)?(?:optimi[sz]er|adam)"
    r"|(?:состояни\w*|момент\w*)\s+(?:оптимизатор\w*|adam)\s+(?:\w+\s+){0,2}не\s+(?:сохран|хран|пиш|запис|попада|вход|включ)\w*"
    r"|(?:состояни\w*|момент\w*)\s+(?:оптимизатор\w*|adam)\s+(?:\w+\s+)?(?:исключ|отбрасыва|удаля)\w*"
    r"|(?<!\w)не\s+(?:сохран|хран|пиш|запис)\w*\s+(?:\w+\s+)?(?:состояни|оптимизатор|момент)\w*"
)
# `the Adam states alone`, `only the optimizer states`, `одни состояния оптимизатора`: the states without the weights
_STATES_ALONE = guarded(
    r"(?i)\b(?:optimi[sz]er|adam)\w*\s+(?:states?|moments?)\s+(?:alone|only)\b|\bonly\s+(?:the\s+)?(?:optimi[sz]er|adam)\w*"
    r"|(?<!\w)(?:только|одни|сами)\s+(?:состояни|момент)\w*|(?:состояни|момент)\w*\s+(?:оптимизатор\w*|adam\w*)\s+сами\b"
)
# an optimizer whose states are not Adam's two moments: its bytes per parameter are not read here
_OTHER_OPTIMIZER = guarded(r"(?i)\b(?:Lion|SGD|Adafactor|Sophia|Muon|Shampoo|LAMB|Adagrad|RMSprop)\b")
# a model named by its role, not its name: `the teacher`, `the 1B draft model`, `чекпойнт учителя`
_ROLE_MODEL = guarded(
    r"(?i)\b(?:teacher|student|draft)\b|\b(?:reward|critic|reference|policy|value)\s+(?:model|network|net)\b"
    r"|(?<!\w)(?:учител|учени|драфт)\w*|(?<!\w)чернов\w*"
)
# `the last 5 checkpoints`, `keep 10 of them`, `хранить 5 последних`: a count of checkpoints kept, before the figure
_KEPT_COUNT = guarded(
    r"(?i)(?<![\w.,])(\d{1,3}|two|three|four|five|six|ten|два|две|три|четыре|пять|шесть|десять)\s+(?:(?:most\s+recent|latest|last|resumable|full|последн\w*|полн\w*)\s+)*"
    r"(?:checkpoints|чекпо[йи]нт\w*|ones|of\s+them|последн\w*|штук\w*)"
    r"|\b(?:last|latest|keep\w*|хран\w*|последни[ех])\s+(?:the\s+)?(?:last\s+)?(\d{1,3})(?=\s*(?:[,;:)—–]|$|—))"
    # days, epochs, steps are not checkpoints (`за 3 последних дня`, `the last 3 epochs`)
    r"(?!\s*(?:days?|epochs?|hours?|weeks?|steps?|runs?|дн\w*|дня|суток|эпох\w*|час\w*|недел\w*|шаг\w*))"
)
# after the count, another checkpoint said alone (`the last 2 checkpoints; a resumable checkpoint …`, `of the 5 we keep, the
# newest one`): the figure is that one's
_ONE_CHECKPOINT = guarded(r"(?i);|\bcheckpoint\b(?!s)|(?<!\w)чекпо[йи]нт(?:ом|е|у)?(?!\w)|\bone\b(?!\s+per\b)")
# `in total`, `всего`: the figure sums the copies, whatever `each` says of them
_IN_TOTAL = guarded(
    r"(?i)\b(?:in\s+total|in\s+all|total|together|combined)\b|(?<!\w)(?:всего|в\s+сумме|суммарно|итого|вместе)"
)
# the checkpoints said in the plural with no count (`resumable checkpoints take 348 GB`): how many is not said
_PLURAL_CHECKPOINTS = guarded(r"(?i)\bcheckpoints\b|(?<!\w)чекпо[йи]нт(?:ы|ов|ам|ами|ах)(?!\w)")


def _kept_counts(text: str, a: int, b: int) -> list[int]:
    """The counts of checkpoints said in text[a:b] that no later one-checkpoint wording (`; a checkpoint`, `one`) undoes."""
    out: list[int] = []
    ones = [m.start() for m in _ONE_CHECKPOINT.finditer(text, a, b)]
    last_one = ones[-1] if ones else -1  # one pass: a count before the last one-checkpoint wording is undone
    for m in _KEPT_COUNT.finditer(text, a, b):
        if m.end() <= last_one:
            continue
        raw = (m.group(1) or m.group(2)).lower()
        out.append(int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0))
    return out


# one checkpoint's size said with a word for each (`each resumable checkpoint is`, `116 GB each`, `по 116 ГБ каждый`)
_EACH_BEFORE = guarded(r"(?i)\b(?:each|every|per)\b|(?<!\w)(?:кажд\w*|по)(?!\w)")
_EACH_AFTER = guarded(
    rf"(?i)\s*(?:each|apiece|a\s+piece|каждый|каждая|каждое|за\s+штуку)\b(?!\s*(?:{_DEVICE_NOUN}|node|узел))"
)
# `written as 8 files of 14.5 GB`, `8 шардов по 14,5 ГБ`: one file of a checkpoint split into that many
_FILES_OF = guarded(
    r"(?i)(?<![\d.,])(\d{1,3})\s+(?:(?:safetensors|equal|\w+-sized)\s+)?(?:files|shards|parts|chunks|pieces|файл\w*|шард\w*|част\w*)"
    r"\s+(?:of|по|at)\s+(?:~\s*|≈\s*|about\s+|около\s+)?$"
)


def _weights_alone(s: Sentence, q: Quantity, facts: NoteFacts, lead: str, clause: str) -> Found:
    """A checkpoint said without the optimizer's states: the weights, in the one type its clause names."""
    model = _model(s, q, facts, lead)
    types = {d.name: d.bytes for d in find_dtypes(clause) if not d.gguf}
    if model is None or len(types) != 1:
        return _unverifiable(s, q, "a checkpoint without the optimizer's states: the model or the weights' type is not said")
    name, per = next(iter(types.items()))
    how = f"{model.named}: a checkpoint without the optimizer's states, the {name} weights"
    how += f", {per:g} B/param × {model.params / 1e9:.3g}B"
    return _verdict(s, q, model.params * per, how, model)


# An adapter's training states: what its gradients and Adam keep for the trainable parameters counted just before (`LoRA
# … trains 41.9M parameters. Their gradients and Adam states add 670 MB`, `Адаптер — 41,9 млн обучаемых параметров.
# Градиенты и состояния Adam для него — …`): 16 B per trainable parameter unless bytes are stated (12 B, fp32 gradients
# and the two moments with no master copy, is a reading).
_ADAPTER_REF = guarded(
    r"(?i)\b(?:their|its|for\s+(?:it|them|this\s+adapter|the\s+adapter))\b|(?<!\w)(?:для\s+(?:него|них|адаптер\w*)|их|его)(?!\w)"
)
_ADAPTER_OPTIMIZER = guarded(r"(?i)\badam\w*|optimi[sz]er|оптимизатор\w*|\bmoments?\b|момент\w*|\bm\s+(?:and|и)\s+v\b")
_ADAPTER_READINGS = {12.0: "fp32 gradients + m and v, no master copy", 14.0: "16-bit gradients + fp32 master copy + m and v"}
# the types the sentence gives the gradients and the moments (`their bf16 gradients and fp32 Adam moments`, `fp32-градиенты`,
# `m and v in fp32`), or all of them (`… add 500 MB in fp32`)
_TYPE_WORD = r"(fp32|fp16|bf16|float32|float16|bfloat16|tf32)"
_GRAD_NOUN = r"(?:grads?|gradients?|градиент\w*)"
_MOMENT_NOUN = r"(?:(?:adam\w*\s+)?(?:moments?|states?)|момент\w*(?:\s+adam\w*)?|состояни\w*(?:\s+adam\w*)?|m\s+(?:and|и)\s+v)"
_TYPED_GRADS = guarded(rf"(?i)(?<![\w-]){_TYPE_WORD}[\s-]*{_GRAD_NOUN}|\b{_GRAD_NOUN}\s+(?:in|в)\s+{_TYPE_WORD}\b")
_TYPED_MOMENTS = guarded(rf"(?i)(?<![\w-]){_TYPE_WORD}[\s-]*{_MOMENT_NOUN}|\b{_MOMENT_NOUN}\s+(?:in|в)\s+{_TYPE_WORD}\b")
_RUN_PRECISION = guarded(
    rf"(?i)(?:\btrain\w*|\bprecision|(?<!\w)обучени\w*|(?<!\w)обуча\w*|(?<!\w)точност\w*)\s+(?:in|в)\s+{_TYPE_WORD}\b"
    rf"|(?<![\w-]){_TYPE_WORD}[\s-]+(?:mixed[\s-]+precision|training|run|обучени\w*)"
)
_ALL_TYPED = guarded(rf"(?i)(?:\bin|(?<!\w)в|\ball|(?<!\w)вс[её])\s+{_TYPE_WORD}\b")
_TYPE_BYTES = {"fp32": 4.0, "float32": 4.0, "tf32": 4.0, "fp16": 2.0, "float16": 2.0, "bf16": 2.0, "bfloat16": 2.0}
_ANY_TYPE = guarded(rf"(?i)(?<![\w-]){_TYPE_WORD}\b|\b8[\s-]*bit|\bint8\b")


def _typed_states(said: str) -> tuple[float | None, str]:
    """Bytes per trainable parameter from the types said of the gradients and the moments (and a master copy, if named):
    (None, "") where no type is said, (None, why) where the types said do not give them all."""
    said = _RUN_PRECISION.sub(lambda m: " " * len(m.group(0)), said)  # `when we train in bf16`: the run's, not the states'
    if not _ANY_TYPE.search(said):
        return None, ""
    grads, moments = _TYPED_GRADS.search(said), _TYPED_MOMENTS.search(said)
    taken = [(m.start(), m.end()) for m in (grads, moments) if m is not None]
    blanket = next((m for m in _ALL_TYPED.finditer(said) if not any(x <= m.start() < y for x, y in taken)), None)

    def size(m: re.Match[str] | None) -> float | None:
        if m is None:
            m = blanket
        if m is None:
            return None
        return _TYPE_BYTES.get(next(g for g in m.groups() if g).lower())

    g_b, m_b = size(grads), size(moments)
    if g_b is None or m_b is None:
        return None, "the types said do not give both the gradients' and the moments' bytes"
    master = 4.0 if _MASTER.search(said) else 0.0
    return g_b + 2 * m_b + master, f"typed: gradients {g_b:g} B + m and v 2 × {m_b:g} B" + (" + master 4 B" if master else "")


def _adapter_states(s: Sentence, facts: NoteFacts, lead: str, sizes: list[Quantity]) -> list[Found]:
    """The gradients and optimizer states of an adapter whose trainable parameters the sentence before (on its line, or
    the line above) counts: trainable × the bytes stated, else 16 B."""
    text = s.unit.text
    ref = _ADAPTER_REF.search(text, s.start, s.end)
    if ref is None or s.models:
        return []
    out: list[Found] = []
    prev = s.start
    for q in sizes:
        b = clause_bounds(s, q.start, q.end)[1]
        said = text[prev : q.end]  # the words since the figure before: `…, so the whole LoRA state is ~15 GB` is another's
        prev_at, prev = prev, q.end
        if not (_GRADS.search(said) and _ADAPTER_OPTIMIZER.search(said)):
            continue
        if ref.start() > q.start or _WHAT_IF.search(said) or _LEFT_TO_OTHERS.search(said):
            continue
        if _EIGHT_BIT_ADAM.search(said) or _hardware(text, q) or _ZERO.search(said) or _FROZEN_BASE.search(said):
            continue
        before = text[max(0, s.start - 300) : s.start]
        count, where = None, ""
        if before.strip() and line_names(_TRAINABLE, before):
            count, where = _stated_count(before, 0, len(before)), "the sentence before"
        elif s.start <= 4 and lead and line_names(_TRAINABLE, lead) and not _WHAT_IF.search(lead):
            count, where = _line_count(lead), "the line above"
        if count is None or not 1e5 <= count.value < 5e9:
            continue
        stated = _bracket_recipe(text, q.end) or _stated_recipe(_others_brackets_masked(s, q), s.start, b, q)
        typed_why = ""
        if stated is None:
            stated, typed_why = _typed_states(text[prev_at:b])
            if stated is None and typed_why:
                out.append(_unverifiable(s, q, f"an adapter's gradients and optimizer states: {typed_why}"))
                continue
        per = stated if stated is not None else 16.0
        total = count.value * per
        how = f"{count.text.strip()} trainable ({where}): gradients and optimizer states, {per:g} B per trainable parameter"
        if typed_why:
            how += f" ({typed_why})"
        readings = _ADAPTER_READINGS if stated is None else {}
        if typed_why and "master" not in typed_why:  # typed, a master copy not named: one kept unsaid is a reading
            readings = {per + 4.0: "the types said + an fp32 master copy"}
        if readings and not compare(q, total).verdict.holds:
            other = [(b2, w) for b2, w in readings.items() if compare(q, count.value * b2).verdict.holds]
            if other:
                b2, w = other[0]
                why = f"{how} = {fmt(total, q.scale)}; {b2:g} B ({w}) gives {fmt(count.value * b2, q.scale)}: a reading"
                out.append(_unverifiable(s, q, why))
                continue
        out.append(_verdict(s, q, total, how))
    return out


# a figure followed by what holds the checkpoints (`a 2 TB scratch quota`, `на 4 ТБ диске`): a capacity, not a checkpoint
_STORAGE_AFTER = guarded(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:quota|volume|disk|drive|SSD|NVMe|storage|bucket|FS|filesystem|share|квот\w*|том\w*|диск\w*"
    r"|накопител\w*|хранилищ\w*|раздел\w*)\b"
)
_CHECKPOINT_READINGS = {
    14.0: "16-bit weights + fp32 master copy + m and v, no gradients",
    12.0: "fp32 weights + m and v",
    18.0: "16-bit weights + fp32 master copy, gradients, m and v",
}


def _said_outside(rx: re.Pattern[str], text: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """rx said in text[a:b] outside the spans given."""
    return any(not any(x <= m.start() < y for x, y in spans) for m in rx.finditer(text, a, b))


def _checkpoints(s: Sentence, facts: NoteFacts, lead: str, sizes: list[Quantity]) -> list[Found]:
    """The sizes of checkpoints that keep the optimizer's states: the model states, times the copies kept; a checkpoint
    whose sentence says the states are not kept: the weights alone."""
    text = s.unit.text
    first = _CHECKPOINT.search(text, s.start, s.end)
    if first is None:
        return []
    dropped = [(m.start(), m.end()) for m in _STATES_NOT_KEPT.finditer(text, s.start, s.end)]
    if not dropped and _WITH_STATES.search(text, s.start, s.end) is None:
        return []
    for rx in (_EIGHT_BIT_ADAM, _TRAINABLE, _ZERO, _OTHER_THING, _STATES_ALONE):
        if rx.search(text, s.start, s.end):
            return []  # 8-bit Adam, an adapter's, a sharded one, a sum with something else, the states alone: not here
    other_optimizer = _OTHER_OPTIMIZER.search(text, s.start, s.end)
    for m in _LEFT_TO_OTHERS.finditer(text, s.start, s.end):  # offloaded, or set against another: not here
        if other_optimizer is None or (not _OTHER_OPTIMIZER.fullmatch(m.group(0)) and m.group(0).lower() != "momentum"):
            return []
    devices = bool(_counts(text, s.start, s.end))
    out: list[Found] = []
    one: tuple[float, _Model] | None = None  # the recipe of one checkpoint said before, where it holds
    prev = s.start
    for i, q in enumerate(sizes):
        a, b = clause_bounds(s, q.start, q.end)
        here = text[prev : q.start]
        prev_at, prev = prev, q.end
        upto = sizes[i + 1].start if i + 1 < len(sizes) else s.end
        if first.start() > q.start:
            continue
        with_states = _said_outside(_WITH_STATES, text, a, q.start, dropped) or (
            prev_at == s.start and _said_outside(_WITH_STATES, text, s.start, b, dropped)
        )
        if not with_states and prev_at == s.start and (dropped or _WITHOUT_STATES.search(text, q.end, upto)):
            # `the checkpoint is 14.5 GB because the optimizer states are not saved, only the bf16 weights`
            out.append(_weights_alone(s, q, facts, lead, text[s.start : upto]))
            continue
        if prev_at > s.start and _WITH_THEM.search(here):
            # `… only bf16 weights are stored; with them it would be 208 GB`: the states put back, a reading
            out.append(_unverifiable(s, q, "a checkpoint with the states said of the one before: a reading"))
            continue
        if _WITHOUT_STATES.search(here):
            if out and prev_at > s.start:  # `… — 51 ГБ, без них (только bf16) — 6,4 ГБ`: the same checkpoint, its weights alone
                out.append(_weights_alone(s, q, facts, lead, text[prev_at:b]))
            continue
        if prev_at > s.start and one is not None and not _STORAGE_AFTER.match(text, q.end):
            # `… — 208 ГБ, хранить 5 последних — 1 ТБ`, `4 checkpoints of 116 GB each make 464 GB`: the copies kept, in all
            got = _kept_total(s, q, one, prev_at)
            if got is not None:
                out.append(got)
            continue
        if not with_states:
            continue
        each_after = _EACH_AFTER.match(text, q.end) is not None and not devices
        if _hardware(text, q) or (_PER_DEVICE_AFTER.match(text, q.end) and not each_after):
            continue  # a card's memory; one device's shard of a checkpoint: what each keeps depends on the sharding
        if _PER_DEVICE_BEFORE.search(text, a, q.start) or _DEMONSTRATIVE.search(text, max(a, q.start - 12), q.start):
            continue
        if _STORAGE_AFTER.match(text, q.end) or prev_at > s.start:
            # `64 % of the 2 TB scratch quota`: where they are kept
            continue
        files = _FILES_OF.search(text, max(a, q.start - 60), q.start)
        counted = _kept_counts(text, prev_at, q.start)
        in_total = _IN_TOTAL.search(text, max(a, prev_at), b) is not None
        if (each_after or _EACH_BEFORE.search(text, a, q.start) or files is not None) and not (in_total and counted):
            counted = []  # `each resumable checkpoint is 116 GB`, `116 GB each`: one of them
        elif not counted:
            nouns = list(_CHECKPOINT.finditer(text, prev_at, q.start))
            last = nouns[-1] if nouns else None
            plural = last is not None and _PLURAL_CHECKPOINTS.fullmatch(last.group(0)) is not None
            if (plural and last is not None and not _ONE_CHECKPOINT.search(text, last.end(), q.start)) or in_total:
                out.append(_unverifiable(s, q, "checkpoints with the optimizer's states: how many of them is not read"))
                continue
        if _ROLE_MODEL.search(text, s.start, s.end) and not s.models:
            out.append(_unverifiable(s, q, "a checkpoint of a model named by its role only: which model is not said"))
            continue
        model = _model(s, q, facts, lead)
        if model is None:
            continue
        stated = _bracket_recipe(text, q.end) or _stated_recipe(_others_brackets_masked(s, q), s.start, b, q)
        if stated is None and other_optimizer is not None:
            why = f"a checkpoint with {other_optimizer.group(0)}'s states: its bytes per parameter are not stated"
            out.append(_unverifiable(s, q, why))
            continue
        copies = counted[-1] if counted and 1 < counted[-1] <= 1000 else 1
        share = 1 / int(files.group(1)) if files is not None and int(files.group(1)) > 1 else 1.0
        per = stated if stated is not None else 16.0
        total = copies * model.params * per * share
        times = f"{copies} × " if copies > 1 else ""
        part = f", one of {round(1 / share)} files" if share < 1 else ""
        how = f"{model.named}: {times}a checkpoint with the optimizer's states{part}, {per:g} B/param × {model.params / 1e9:.3g}B"
        if stated is None and not compare(q, total).verdict.holds:
            other = [
                (b2, w) for b2, w in _CHECKPOINT_READINGS.items() if compare(q, copies * model.params * b2 * share).verdict.holds
            ]
            if other or model.nominal:
                why = f"{how} = {fmt(total, q.scale)}"
                if other:
                    b2, w = other[0]
                    why += f"; {b2:g} B/param ({w}) gives {fmt(copies * model.params * b2 * share, q.scale)}"
                out.append(_unverifiable(s, q, why + ": a reading"))
                continue
        found = _verdict(s, q, total, how, model)
        if found.claim is not None and found.claim.verdict is Verdict.WRONG and _reading_only(s, model):
            found = _unverifiable(s, q, f"{how} = {fmt(total, q.scale)}: {_READING_WHY}")
        if copies == 1 and share == 1.0 and found.claim is not None and found.claim.verdict.holds:
            one = (per, model)
        out.append(found)
    return out


_WITH_THEM = guarded(
    r"(?i)\bwith\s+(?:them|those|these|the\s+states)\b|\bincluding\s+them\b|(?<!\w)с\s+ними(?!\w)|(?<!\w)вместе\s+с\s+ними"
)
_READING_WHY = "the model is the note's, or the copies are counted more than one way: a reading"
# a sentence about a model other than the note's (`the bigger model we compared against`, `другой модели`)
_ANOTHER_MODEL = guarded(
    r"(?i)\b(?:bigger|smaller|larger|other|another|different|second|teacher|baseline|reference)\s+(?:\w+\s+)?models?\b"
    r"|(?<!\w)(?:друг\w+|больш\w+|меньш\w+|втор\w+)\s+модел\w*|модел\w+\s+покрупнее"
)
# counts multiplied (`2 checkpoints per day over 3 days`, `3 of them on each of 2 nodes`): the copies are a product
_COUNTS_MULTIPLIED = guarded(
    r"(?i)\bper\s+(?:day|week|epoch|node|run|hour)\b|\beach\s+of\s+\d|\bover\s+\d+\s+(?:days|weeks|epochs|runs)"
    r"|в\s+(?:день|сутки|неделю)|на\s+каждом|за\s+\d+\s+(?:дн|сут|недел)"
)


def _reading_only(s: Sentence, model: _Model) -> bool:
    """A checkpoint's size judged from the note's model rather than one the sentence names (`of the bigger model we
    compared against`), or with copies counted as a product: a miss is a reading, never an error."""
    text = s.unit.text
    if _COUNTS_MULTIPLIED.search(text, s.start, s.end):
        return True
    return model.named.endswith(("(context)", "(above)")) and bool(_ANOTHER_MODEL.search(text, s.start, s.end))


# what is left beside the checkpoints (`leaving 536 GB free`, `остаётся 300 ГБ`): not their total
_LEFT_OVER = guarded(
    r"(?i)\b(?:free|left|spare|remain\w*|headroom)\b|(?<!\w)(?:свобод\w*|остал\w*|остаёт\w*|остает\w*|запас\w*)"
)


def _kept_total(s: Sentence, q: Quantity, one: tuple[float, _Model], prev_at: int) -> Found | None:
    """The total of the checkpoints kept, after the size of one that holds: the copies counted × that recipe. A mismatch is
    an error only where the count is said between the two figures."""
    text = s.unit.text
    b = clause_bounds(s, q.start, q.end)[1]
    if _LEFT_OVER.search(text, prev_at, b) or _PER_DEVICE_AFTER.match(text, q.end):
        return None
    between = _kept_counts(text, prev_at, q.start)
    counted = between or _kept_counts(text, s.start, prev_at)
    if not counted or not 1 < counted[-1] <= 1000:
        return None
    per, model = one
    copies = counted[-1]
    total = copies * per * model.params
    how = f"{model.named}: {copies} × a checkpoint with the optimizer's states, {per:g} B/param × {model.params / 1e9:.3g}B"
    if (not between or _reading_only(s, model)) and not compare(q, total).verdict.holds:
        return _unverifiable(s, q, f"{how} = {fmt(total, q.scale)}: the total of the copies counted before, a reading")
    return _verdict(s, q, total, how, model)


# `cuts the per-GPU model-state memory by 87.5 % compared with DDP`, `сокращает память состояний на 88 % по сравнению с DDP`
_CUT = guarded(
    r"(?i)\b(?:cut|reduc|shrink|sav|lower|trim)\w*\b[^.;%]{0,60}?\bby\s*$|\b(?:сокращ|уменьш|сниж|эконом)\w*\b[^.;%]{0,60}?\bна\s*$"
)
_AGAINST_DDP = guarded(
    r"(?i)\b(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than|over)\s+(?:plain\s+|the\s+)?DDP\b"
    r"|(?:по\s+сравнению\s+с|относительно|против)\s+(?:обычн\w+\s+)?DDP\b"
)
_NODE = guarded(r"(?i)\bnodes?\b|\bузл\w*|\bузел\b|\bserver\b|сервер\w*")
_MEMORY = guarded(r"(?i)\bmemory\b|\bstates?\b|памят\w*|состояни\w*")


def _cuts(s: Sentence, facts: NoteFacts) -> list[Found]:
    """The share of the per-device model states a ZeRO stage saves against DDP (which keeps all 16 B/param on every
    device): 1 − (kept + (16 − kept)/g)/16 over g devices, whatever the model."""
    text = s.unit.text
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "percent" or q.hi is not None or not _CUT.search(text, max(s.start, q.start - 80), q.start):
            continue
        if not _AGAINST_DDP.search(text, q.end, s.end) or not _MEMORY.search(text, s.start, s.end):
            continue
        stage = _stage(s, q, facts)
        if stage is None or stage == 0 or _OFFLOAD.search(text, s.start, s.end):
            continue
        n, where = _devices(s, q, facts, _lead(s, facts), "")
        if where != "sentence" and _NODE.search(text, s.start, s.end):
            n = 0  # `over the node`: how many devices a node has is not said here
        if n < 2:
            out.append(_unverifiable(s, q, f"ZeRO-{stage} saving per device: the number of devices is not stated"))
            continue
        each = _each(16.0, stage, n)
        cut = 1.0 - each / 16.0
        how = f"ZeRO-{stage} over {n} devices ({where}) keeps {each:.4g} of DDP's 16 B/param per device: 1 − {each:.4g}/16"
        check = compare(q, cut)
        claim = make_claim(
            s.unit,
            q.start,
            q.end,
            "training",
            check.verdict,
            f"training memory: {how} = {cut:.1%}; {check.explanation}",
            stated=q.text,
        )
        out.append(found(claim, q))
    return out


def _lead(s: Sentence, facts: NoteFacts) -> str:
    """The line just above in its paragraph (hard-wrapped prose continues there), else ''."""
    return facts.lead_in.get(s.unit.line, "")


# a sentence that goes on from the one before (`So …`, `Значит, …`, `That is …`)
_GOES_ON = guarded(
    r"(?i)\s*(?:so|thus|hence|therefore|that\s+is|i\.e\.|значит|то\s+есть|т\.\s?е\.|итак|поэтому|следовательно)\b"
)
_STOP = guarded(r"[.!?:]\s*(?:\[\^\w+\])?\s*$")


def _prior(s: Sentence, lead: str) -> str:
    """What the sentence goes on from: the sentence before it on its line when it opens with `so`/`значит`, or the
    last sentence of the line above when the note hard-wraps prose and this line starts mid-sentence."""
    text = s.unit.text
    if s.start > 0 and _GOES_ON.match(text, s.start):
        lo = max(0, s.start - 1000)  # a bounded look back: the sentence before is at most that long
        return text[max(lo, text.rfind(". ", lo, max(0, s.start - 2)) + 1) : s.start]
    if (
        lead
        and s.start <= 16
        and not text[: s.start].strip(" >")
        and not _STOP.search(lead)
        and text[s.start : s.start + 16].lstrip(" >")[:1].islower()
    ):
        return lead[max(lead.rfind(". ") + 1, len(lead) - 300) :]
    return ""


def _per_device_table(s: Sentence, facts: NoteFacts, q: Quantity) -> bool:
    return bool(_PER_DEVICE_HEADER.search(facts.header_of(s, q)))


# A model kept without an optimizer (`no optimizer states`, `без оптимизатора`, `не имеет состояний оптимизатора`) is not
# trained: its figure is its weights, in the one type said of it (`Teacher: Llama-2-70B, fp16, no optimizer states,
# 137.95 GB`; a checkpoint saved without them too). Said with gradients, an adapter, a recipe's bytes, offload or a ZeRO
# stage, it is another sum: not read here.
_NO_OPTIMIZER = guarded(
    r"(?i)\b(?:no|without)\s+(?:an?\s+|the\s+|any\s+|its\s+)?(?:optimi[sz]er|adam\w*)(?:\s+(?:states?|moments?))?\b"
    r"|(?<!\w)без\s+(?:состояни\w*\s+)?(?:оптимизатор\w*|adam\w*)"
    r"|(?<!\w)(?:не\s+(?:имеет|держит|хранит|несёт|несет)|нет)\s+(?:\w+\s+)?(?:состояни\w*|момент\w*)\s+(?:оптимизатор\w*|adam\w*)"
)
# what sets another model against the figure's (`unlike the policy`, `в отличие от политики`, `whereas`): its stretch ends there
_CONTRAST = guarded(
    r"(?i)\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\s+(?:with|to)\b|(?<!\w)в\s+отличие\b|(?<!\w)(?:тогда\s+как|а|но)(?!\w)"
)
# a figure of something beside the weights
_NOT_WEIGHTS = guarded(
    r"(?i)\bgrads?\b|gradients?|градиент\w*|\bactivations?\b|активаци\w*|\bKV\b|\bcache\b|кэш\w*|\blogits?\b|логит\w*"
)
# `the frozen reference (13.48 GB in fp16)`: a model said not to be trained
_FROZEN = guarded(r"(?i)\bfrozen\b|(?<!\w)заморож\w*|\bnot\s+trained\b|(?<!\w)не\s+обуча\w*")


@lru_cache(maxsize=16)
def _line_sizes(text: str) -> tuple[tuple[Quantity, ...], tuple[int, ...]]:
    """The sizes a line states (bytes, not a recipe's `16 bytes`), in order, and where each starts: read once per line,
    found by bisection."""
    sizes = tuple(z for z in _line_quantities(text) if z.kind == "bytes" and z.scale >= 1e3)
    return sizes, tuple(z.start for z in sizes)


def _sizes_in(text: str, a: int, b: int) -> tuple[Quantity, ...]:
    """The line's sizes that start in [a, b)."""
    sizes, starts = _line_sizes(text)
    return sizes[bisect_left(starts, a) : bisect_left(starts, b)]


@dataclass(frozen=True)
class _Said:
    """What a sentence (with the sentence it goes on from) names, read once for all its figures."""

    roles: frozenset[str]  # the roles it names (`many` where it counts the models)
    role_at: int  # where its first role word is (-1: none)
    model_at: int  # where its first catalogued model is named (-1: none)
    training: bool  # training words or a recipe's bytes
    no_optimizer: bool  # a model said to keep no optimizer


_SAID: dict[tuple[int, int, int, str], tuple[str, _Said]] = {}


def _said(s: Sentence, prior: str) -> _Said:
    text = s.unit.text
    key = (id(text), s.start, s.end, prior)
    hit = _SAID.get(key)
    if hit is not None and hit[0] is text:
        return hit[1]
    own = text[s.start : s.end]
    first_role = next((m.start() for m in _ROLE_WORDS.finditer(text, s.start, s.end)), -1)
    models = [m.start for m in s.models if m.config is not None and s.start <= m.start < s.end]
    said = _Said(
        _roles_in(own) | (_roles_in(prior) if prior else frozenset()),
        first_role,
        min(models) if models else -1,
        _training_said(own) or (bool(prior) and _training_said(prior)),
        _NO_OPTIMIZER.search(text, s.start, s.end) is not None,
    )
    if len(_SAID) > 64:
        _SAID.clear()
    _SAID[key] = (text, said)
    return said


def _stretch(s: Sentence, q: Quantity) -> tuple[int, int]:
    """The stretch of the sentence a figure is said in: between the figures on either side of it, no `;`, no word that
    sets another model against it, and (after the figure) no other model named."""
    text = s.unit.text
    a, b = mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)
    sizes, starts = _line_sizes(text)
    i = bisect_left(starts, q.start)
    if i > 0 and sizes[i - 1].end <= q.start:
        a = max(a, sizes[i - 1].end)
    j = bisect_left(starts, q.end)
    if j < len(sizes):
        b = min(b, sizes[j].start)
    for m in _CONTRAST.finditer(text, a, b):
        if m.end() <= q.start:
            a = m.end()
        elif m.start() >= q.end:
            b = m.start()
            break
    later = [m.start for m in _models_in(s, q.end, b)][:1]
    return a, min([b, *later])


def _models_in(s: Sentence, a: int, b: int) -> list[ModelMention]:
    """The catalogued models named in [a, b) of the sentence (a long list of them: read from that stretch alone)."""
    if len(s.models) <= 16:
        return [m for m in s.models if m.config is not None and a <= m.start and m.end <= b]
    found_here = find_mentions(s.unit.text[a:b])
    return [replace(m, start=a + m.start, end=a + m.end) for m in found_here if m.config is not None]


def _weights_claim(s: Sentence, q: Quantity, verdict: Verdict, explanation: str) -> Found:
    return found(make_claim(s.unit, q.start, q.end, "weights", verdict, explanation, stated=q.text), q)


def _without_optimizer(s: Sentence, q: Quantity, facts: NoteFacts) -> Found | None:
    """A model said to keep no optimizer: its weights alone, the one model and the one type its stretch names."""
    text = s.unit.text
    if not _said(s, "").no_optimizer:
        return None
    a, b = _stretch(s, q)
    m = _NO_OPTIMIZER.search(text, a, b)
    if m is None or (m.start() >= q.end and m.start() - q.end > 30) or (m.end() <= q.start and q.start - m.end() > 60):
        return None
    for rx in (_NOT_WEIGHTS, _TRAINABLE, _LEFT_TO_OTHERS, _ZERO):
        if rx.search(text, a, b):
            return None  # SGD's weights and gradients, an adapter's, offload, a shard: another sum
    if _stated_recipe(text, a, b, q) is not None or _bracket_recipe(text, q.end) is not None:
        return None
    models = {x.config.name: x for x in _models_in(s, a, b) if x.config is not None}
    if not models:
        bound = facts.roles.get(s.unit.line, {})
        models = {x.config.name: x for x in role_mentions(text[a:b], bound) if x.config is not None}
    types = {d.name: d for d in in_range(s.dtypes, a, b) if not d.gguf}
    what = f"a model kept without an optimizer ({m.group(0).strip()}): its weights alone"
    if not models:
        if not s.models and context_model(s, facts) is None:
            return None  # no model anywhere: nothing to size
        # `без состояний оптимизатора — 30,5 ГБ`, said of no model: the weights, or the weights and gradients, is not said
        why = f"stated {q.text}; said without optimizer states ({m.group(0).strip()}) of no model named: what it holds"
        why += " is not said"
        return _weights_claim(s, q, Verdict.UNVERIFIABLE, why)
    if len(models) != 1 or len(types) != 1:
        why = "which model" if len(models) != 1 else "the weights' type"
        return _weights_claim(s, q, Verdict.UNVERIFIABLE, f"stated {q.text}; {what}; {why} is not said")
    model, dtype = next(iter(models.values())), next(iter(types.values()))
    params = _params_of(model)
    check = compare(q, params * dtype.bytes)
    how = f"{model.text}: {what}, {params / 1e9:.2f}B params × {dtype.bytes:g} bytes ({dtype.name})"
    return _weights_claim(s, q, check.verdict, f"{how} = {fmt(params * dtype.bytes, q.scale)}; {check.explanation}")


# Several models sized together (RLHF's policy, value, reference and reward; distillation's teacher and student): a total
# over them (`289.09 GB overall`, `всего 147,32 ГБ`, `все четыре модели — 268,61 ГБ`) is no one model's training memory.
# It holds where it is the sum of the parts stated before it (in its sentence, the sentence it goes on from, or the lines
# above a total said on a line of its own); else it is unverifiable, never an error (a part may be left unsaid).
_ROLE_WORDS = guarded(
    r"(?i)\b(?P<teacher>teachers?)\b|\b(?P<student>students?)\b|\b(?P<policy>policy|actor)\b|\b(?P<reward>reward)\b"
    r"|\b(?P<critic>critic)\b|(?<!for\s)(?<!as\s)\b(?P<reference>reference)\b(?!\s+(?:implementation|value|figure|number|point))"
    r"|(?P<value>\bvalue\b(?=\s+(?:model|head|network|net)\b|\s+(?-i:[A-Z]))|(?<=[+&/]\s)value\b|(?<=\band\s)value\b)"
    r"|(?<!\w)(?P<uteacher>учител\w*)|(?<!\w)(?P<ustudent>учени(?:к|ка|ку|ком|ке|ки|ков|кам|ками))(?!\w)"
    r"|(?<!\w)(?P<upolicy>политик[аиуе])(?!\w)|(?<!\w)(?P<ureference>референс\w*)"
    r"|(?<!\w)(?P<ureward>наград[аыуе]|вознаграждени[яе])(?!\w)|(?<!\w)(?P<uvalue>ценност[иь])(?!\w)|(?<!\w)(?P<ucritic>критик\w*)"
)
# the models counted (`two copies of`, `both models`, `все четыре модели`, `обе модели`)
_MODELS_COUNTED = guarded(
    r"(?i)\b(?:all\s+(?:two|three|four|five|\d)|both|two|three|four|\d)\s+(?:models|copies|networks)\b"
    r"|(?<!\w)(?:все\s+(?:три|четыре|пять|\d)|обе|две|три|четыре|\d)\s+(?:модел\w*|копи\w*)"
)
# all of them, said as the subject of the figure (`all four models: 268.61 GB`, `обе модели — 40,15 ГБ`)
_ALL_MODELS = guarded(
    r"(?i)\b(?:all\s+(?:two|three|four|five|\d)|both)\s+(?:models|copies|networks)\b"
    r"|(?<!\w)(?:все\s+(?:две|три|четыре|пять|\d)|обе)\s+(?:модел\w*|копи\w*)"
)
# a total said of the figure (`total 289.09 GB`, `289.09 GB overall`, `всего 147,32 ГБ`, `40.15 GB for both`)
_SUM_WORD = (
    r"in\s+total|total|overall|in\s+all|all\s+told|altogether|together|combined|for\s+both|for\s+all"
    r"|всего|итого|в\s+сумме|суммарно|вместе|на\s+(?:обе|обеих|все|всех)|для\s+(?:обеих|обоих|всех)"
)
_SUM_BEFORE = guarded(rf"(?i)(?:\b|(?<!\w))(?:{_SUM_WORD})(?!\w)")
_SUM_AFTER = guarded(rf"(?i)\s*(?:\([^()]{{0,30}}\)\s*)?(?:{_SUM_WORD})(?!\w)")
# a figure restating the one before (`26,03 ГБ (24,24 ГиБ)`, `121.29 GB, or 112.96 GiB`): not another part
_RESTATED = guarded(r"(?i)\s*(?:\(\s*|=\s*|,?\s*(?:or|i\.e\.|или|то\s+есть)\s+)(?:≈\s*|~\s*)?$")


@lru_cache(maxsize=256)
def _roles_in(text: str) -> frozenset[str]:
    """The roles a text names (teacher and student, policy, value, reference, reward), and `many` where it counts models."""
    out = {next(k for k, v in m.groupdict().items() if v).lstrip("u") for m in _ROLE_WORDS.finditer(text)}
    if _MODELS_COUNTED.search(text):
        out.add("many")
    return frozenset(out)


@lru_cache(maxsize=256)
def _training_said(text: str) -> bool:
    return _TRAINING.search(text) is not None or _line_recipe(text) is not None


def _several_roles(roles: frozenset[str], texts: tuple[str, ...]) -> str:
    """The roles named together (with those the texts name) when they are two or more models, else ''."""
    every = set(roles)
    for x in texts:
        every |= _roles_in(x)
    return ", ".join(sorted(every)) if len(every) >= 2 or "many" in every else ""


def _parts(text: str, a: int, b: int) -> list[Quantity] | None:
    """The sizes stated in text[a:b] (the last twelve at most), less a figure restating the one before it; None where one
    is a range or a share."""
    out: list[Quantity] = []
    prev = a
    for z in _sizes_in(text, a, b)[-12:]:
        if z.end > b or z.scale < 1e6:
            continue
        if z.hi is not None or _PER_DEVICE_AFTER.match(text, z.end) or _EACH_AFTER.match(text, z.end):
            return None
        if out and _RESTATED.fullmatch(text, prev, z.start):
            prev = z.end
            continue
        out.append(z)
        prev = z.end
    return out


def _sum_of_parts(s: Sentence, q: Quantity, scopes: list[tuple[str, int, int]]) -> tuple[float, str] | None:
    """The first scope (text, start, end) whose parts, added up as the scopes before it are, give the figure."""
    total, said = 0.0, []
    for text, a, b in scopes:
        parts = _parts(text, a, b)
        if parts is None:
            return None
        total += sum(z.value for z in parts)
        said += [z.text for z in parts]
        if len(said) >= 2 and compare(q, total).verdict.holds:
            return total, " + ".join(said)
    return None


def _several_total(s: Sentence, q: Quantity, facts: NoteFacts, lead: str, prior: str) -> Found | None:
    """A total over several models: the sum of the parts stated, else unverifiable."""
    text = s.unit.text
    if q.scale < 1e6 or q.hi is not None:
        return None
    a, _ = _stretch(s, q)
    before = text[max(a, q.start - 60) : q.start]
    goes_on = bool(prior) and s.start > 0 and _GOES_ON.match(text, s.start) is not None
    said_total = _SUM_BEFORE.search(before) is not None or _SUM_AFTER.match(text, q.end) is not None
    if _ALL_MODELS.search(text, max(a, q.start - 30), q.start):
        said_total = True
    first = not _sizes_in(text, s.start, q.start)
    if not said_total and not (goes_on and first):
        return None
    if _PER_DEVICE_AFTER.match(text, q.end) or _PER_DEVICE_BEFORE.search(before) or _hardware(text, q):
        return None  # one device's share (or a card): the shares' own
    said_of = _roles_in(text[a : q.start]) - {"many"}
    if len(said_of) == 1 or (not said_of and len({m.config.name for m in _models_in(s, a, q.start) if m.config}) == 1):
        return None  # `the student's states in total: 128.48 GB`: the one model its stretch names
    said = _said(s, prior if goes_on and first else "")
    scopes: list[tuple[str, int, int]] = [(text, s.start, q.start)]
    if goes_on and first:
        scopes.insert(0, (prior, 0, len(prior)))
    above: tuple[str, ...] = ()
    if not (0 <= said.role_at < q.start and said.roles - {"many"}) and not 0 <= said.model_at < q.start:
        # a total on a line of its own (`**Решение:** всего 147,32 ГБ`): the models the lines above size
        above = facts.lines_above.get(s.unit.line, ())
        scopes += [(x, 0, len(x)) for x in above]
    roles = _several_roles(said.roles, above)
    if not roles or not (said.training or any(_training_said(x) for x in above)):
        return None
    got = _sum_of_parts(s, q, scopes)
    if got is not None:
        total, how = got
        check = compare(q, total)
        why = f"training memory: a total over several models ({roles}): the parts stated, {how} = {fmt(total, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "training", check.verdict, f"{why}; {check.explanation}", stated=q.text)
        return found(claim, q)
    return _unverifiable(s, q, f"a total over several models ({roles}), not one model's states; its parts are not all stated")


def _frozen_said(s: Sentence, q: Quantity) -> bool:
    """A model said to be frozen (not trained) right before the figure in its stretch, with no word of training state or
    recipe after that word: the figure is the frozen model's."""
    text = s.unit.text
    a, _ = _stretch(s, q)
    last = None
    for m in _FROZEN.finditer(text, a, q.start):
        last = m
    if last is None:
        return False
    return not _STATE_WORDS.search(text, last.end(), q.start) and _stated_recipe(text, last.end(), q.start, q) is None


def _judge(s: Sentence, q: Quantity, facts: NoteFacts, lead: str, prior: str) -> Found | None:
    text = s.unit.text
    a, b = clause_bounds(s, q.start, q.end)
    clause = text[a:b]
    if _hardware(text, q) or _LEFT_TO_OTHERS.search(text, s.start, s.end):
        return None  # a card's memory; offload, another optimizer, a comparison of types: the later shapes' own
    if _NOT_STATES.search(clause) and not _STATE_WORDS.search(clause):
        return None
    if _FROZEN_BASE.search(clause) and not _STATE_WORDS.search(clause):
        return None  # `…: 670 MB; the frozen bf16 base stays at 16.06 GB`: the base's weights, not the trained states
    if _frozen_said(s, q):
        return None  # `the trained policy (…) and the frozen reference (13.48 GB in fp16)`: the reference's weights
    if _OTHER_THING.search(text, s.start, s.end):
        return None  # `the teacher plus that training state`: a sum with something else
    if _DEMONSTRATIVE.search(text, max(a, q.start - 12), q.start) or _COPIES.search(text, s.start, q.start):
        return None  # `these 140 GB`: a figure said before, referred to; `10 of them, 1.28 TB`: copies of the states
    if _IF_AFTER.match(text, q.end):
        # `54 GB — that is if you count 8 bytes`: the figure is explained by a condition said after it, not judged here
        # (nor by the later shapes, with the recipe said before it)
        return _unverifiable(s, q, "the figure is said under a condition that follows it")
    of = _OF_PART.match(text, q.end, b)
    if of is not None and _OTHER_PART.match(of.group(0)):
        return None  # `plus 13.5 GB of bf16 weights`: a figure said of the weights, not of the states
    header = facts.header_of(s, q)
    per_device = bool(
        _PER_DEVICE_AFTER.match(text, q.end)
        or _PER_DEVICE_BEFORE.search(text, a, q.start)
        or (  # `halves the per-GPU share again, to 6.5 GB`: said earlier in the sentence, no other size between
            _PER_DEVICE_BEFORE.search(text, s.start, q.start) is not None
            and not any(z.kind == "bytes" and s.start <= z.start and z.end <= q.start for z in s.quantities)
        )
        or (_PER_DEVICE_HEADER.search(header))
        or (_EACH_PO.search(text[max(s.start, q.start - 4) : q.start]) and _DEVICE_WORD.search(text, s.start, s.end))
        or _SHARDED_IT.search(text, max(a, q.start - 120), q.start) is not None
    )
    part = _listed_part(s, q)
    # a list's or table's total (`- итого: 128,5 ГБ`) sums the items above it; a total said in prose (`used 70 GB in
    # total`) may hold activations and buffers too
    listed_total = _TOTAL.search(clause) is not None and (s.unit.source == "table" or _LIST_LINE.match(text) is not None)
    relaxed = part is not None or per_device or listed_total
    recipe = _recipe(s, q, facts, lead, relaxed, prior)
    if not per_device and part is None:
        # the whole states: a recipe stated for it, or words that name the whole (`model states`, `in total`), and no
        # part of them named (`the Adam states`, `the moments`: the later shapes judge those)
        stated = recipe is not None and recipe.how in _STATED
        whole = _WHOLE.search(text, s.start, s.end) or _WHOLE.search(prior) or listed_total
        if recipe is None or not (stated or whole):
            return None
        if not stated and not listed_total and not _STATES_NAMED.search(text, s.start, s.end):
            return None  # `full fine-tuning peaked at 60 GB`: with no recipe of its own, only the states are sized
        plain = _unbracketed(text[s.start : s.end])
        if stated and _ADDED_PARTS.search(plain):
            plain = _ADDED_PARTS.sub(" ", plain)  # `with gradients and Adam (16 B/param)`: the parts added up, the whole
        if _PART_WORDS.search(plain) and not (stated and _own_recipe(s, q)):
            return None
        stretch = mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)[0]
        if _ZERO.search(text, stretch, q.start) or _counts(text, stretch, q.start):
            return None  # `with ZeRO-3 on 8 cards each gets about 26 GB`: a share, however it is said
    above = facts.lines_above.get(s.unit.line, ())
    trainable = _TRAINABLE.search(text, s.start, s.end) is not None or (
        not s.models
        and bool(above)
        and above[0] != facts.above.get(s.unit.line)
        and line_names(_TRAINABLE, above[0])
        and _line_count(above[0]) is not None
    )
    if not trainable and not s.models and _BACK_REF.match(text, s.start):
        return None  # `For those, Adam keeps 8 bytes/param`: what the line above counted is not certain
    model = _trainable(s, q, facts) if trainable else _model(s, q, facts, lead)
    if model is None:
        return None
    if per_device:
        plain = _unbracketed(text[s.start : s.end])
        if _PART_WORDS.search(plain) and not _WHOLE.search(plain):
            return None  # `each GPU keeps 12 GB of the optimizer states`: a part's share, the later shapes' own
        return _share(s, q, facts, lead, model, recipe, header, prior)
    if part is not None and (recipe is None or recipe.how not in _STATED):
        per, what = part
        return _verdict(s, q, model.params * per, f"{model.named}: {what}, {per:g} B/param × {model.params / 1e9:.3g}B")
    if recipe is None:
        return None
    if recipe.how == _INFERRED and not trainable:
        other = _other_reading(q, model, recipe.per)
        if other is not None:
            return _unverifiable(s, q, other)
    return _verdict(
        s,
        q,
        model.params * recipe.per,
        f"{model.named}: {recipe.per:g} B/param ({recipe.how}) × {model.params / 1e9:.3g}B params (model states)",
        model,
    )


# a condition said right after the figure (`54 GB — that is if you count 8 bytes`, `54 ГБ — это если считать 8 байт`)
_IF_AFTER = guarded(
    r"(?i)\s*(?:[—–-]\s*|,\s*)?(?:(?:that|this|it)(?:'s|\s+is|\s+would\s+be)|is|это|было\s+бы|would\s+be)\s+"
    r"(?:only\s+|лишь\s+|только\s+)?(?:if|when|assuming|если|когда|при\s+условии)\b"
)
_OTHER_PART = guarded(
    r"(?i)\s*(?:of|для|под|на)\s+(?:(?!states|состояни)[\w-]+\s+){0,2}?(?:weights?|вес\w*|activations?|активаци\w*|KV|cache|кэш\w*|logits|логит\w*)\b"
)
# a sentence that refers back to what the one before counted (`For those, …`, `Their …`, `Их …`)
_BACK_REF = guarded(
    r"(?i)\s*(?:(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s+)?(?:for\s+(?:those|them|these)|their|its|для\s+(?:них|этих)|их|его)\b"
)
_STATES_NAMED = guarded(r"(?i)\bstates?\b|состояни\w*")
_LIST_LINE = guarded(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s")
_STATED = ("sentence", "the sentence it goes on from", "table row")
# what the later shapes judge with their own rules: offloading, other optimizers, a figure set against another type
_LEFT_TO_OTHERS = guarded(
    r"(?i)offload|\bCPU\b|\bNVMe\b|выгруж\w*|оффлоад\w*|\bSGD\b|momentum|\bLion\b|Adafactor|Sophia|Shampoo|\bMuon\b"
    r"|Adagrad|RMSprop|\binstead\s+of\b|\bversus\b|\bvs\.?(?!\w)|\bвместо\b|\bпротив\b"
)
# words that name the whole of the states
_WHOLE = guarded(
    r"(?i)\bmodel\s+states?\b|\btraining\s+states?\b|\bfull\s+(?:fine-?tun\w*|FT|training)\b|\bstates\s+of\s+the\s+model\b"
    r"|состояни\w*\s+модели|полно\w*\s+(?:до)?обучени\w*|\bstates\b(?=\s+(?:before|without)\s+activation)"
)
# the parts added to what is sized (`together with gradients and Adam`, `вместе с градиентами и Adam`): the whole states
_ADDED_PARTS = guarded(
    r"(?i)\b(?:together\s+with|along\s+with|with|plus|including|вместе\s+с|с\s+уч[её]том|включая|плюс)\s+"
    r"(?:the\s+|its\s+|their\s+|их\s+)?(?:[\w-]+\s+){0,2}?(?:grads?|gradients?|градиент\w*|optimi[sz]er(?:\s+states?)?|оптимизатор\w*)\b"
    r"(?:\s*(?:,|and|и|\+|&)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:adam\w*|optimi[sz]er(?:\s+states?)?|оптимизатор\w*"
    r"|moments?|момент\w*|grads?|gradients?|градиент\w*)\b(?:\s+states?\b|\s+состояни\w*)?)?"
)
# a part of the states named: the optimizer's states, moments, master copy, gradients
_PART_WORDS = guarded(
    r"(?i)optimi[sz]er\s+states?|\badam\w*\s+states?|\bmoments?\b|\bm\s+(?:and|и)\s+v\b|\bmaster\b|\bgrads?\b|gradients?"
    r"|состояни\w*\s+(?:[\w-]+\s+)?(?:оптимизатор\w*|adam\w*)|момент\w*|мастер\w*|градиент\w*|fp32-коп\w*"
)
# a list item `- label: figure` (or `label — figure`) whose label names one part of the states
_ITEM_LABEL = guarded(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s+(?P<label>[^:,;—–]{1,80}?)\s*(?::|—|–|\s-\s)\s*$")


_OPENING_LABEL = guarded(r"\s*(?P<label>[^:;—–\n]{1,100}?)\s*(?::|—|–|\s-\s)\s*(?:~|≈|около\s+|about\s+)?")


def _listed_part(s: Sentence, q: Quantity) -> tuple[float, str] | None:
    """The part of the states a list item's label names, when the figure follows the label (`- fp32 master copy: 54
    GB`, `- веса и градиенты в bf16: 27 ГБ`)."""
    if s.unit.source != "prose":
        return None
    m = _ITEM_LABEL.match(s.unit.text[: q.start])
    if m is None or m.start("label") < s.start:
        # `Только веса и градиенты в bf16 (без оптимизатора) — 108,9 ГБ`: a sentence opening with the part, then its size
        m = _OPENING_LABEL.fullmatch(s.unit.text, s.start, q.start)
        if m is None or not _WEIGHTS_AND_GRADS.search(m.group("label")):
            return None
    return _part(m.group("label"), "")


def _unbracketed(text: str) -> str:
    """The text less what brackets hold (a recipe's parts: `16 bytes (2 weights + 2 grads + 12 …)`), and less a bracket
    closed on this line but opened on the line above (hard-wrapped prose)."""
    close, open_ = text.find(")"), text.find("(")
    if close >= 0 and (open_ < 0 or close < open_):
        text = text[close + 1 :]
    return _BRACKETS.sub(" ", text)


def _own_recipe(s: Sentence, q: Quantity) -> bool:
    """A recipe stated in the figure's own clause."""
    a, b = clause_bounds(s, q.start, q.end)
    return _stated_recipe(s.unit.text, a, b, q) is not None


_OTHER_THING = guarded(r"(?i)\bteacher\b|учител\w*|\bKV\b|\bcache\b|кэш\w*|\blogits?\b|логит\w*")
# a number of copies of what is sized (`10 штук`, `the last 5 checkpoints`, `3 copies`)
_COPIES = guarded(
    r"(?i)(?<![\d.,])\d{1,4}\s+(?:штук\w*|copies|копи\w*|(?:full\s+)?checkpoints|чекпо[йи]нт\w*|versions|верси\w*|of\s+them)\b"
)
# `sharded over all 64 GPUs it would be 2 GB`, `разнести на 16 карт — это 13 ГБ`: one device's share of a split
_SHARDED_IT = guarded(
    rf"(?i)\b(?:shard|split|spread|divid|partition|шардир|разнес|раздел|разбит)\w*\s+(?:over|across|among|on|between|на|по|между)\s+"
    rf"(?:all\s+|the\s+|все\s+)?{_COUNT}\s*{_DEVICE_NOUN}[\s,—–-]*(?:(?:it|that|this)(?:\s+would\s+be|\s+is|'s|\s+comes\s+to)"
    rf"|это|выйдет|будет|получится)\s*(?:about\s+|~\s*|≈\s*|около\s+|по\s+)?$"
)
_EACH_PO = guarded(r"(?i)(?:^|\s)по\s*$")  # `по 8 ГБ на карту`: so much each
_DEMONSTRATIVE = guarded(r"(?i)\b(?:these|those|this|that|эти|этих|этот|это|эта)\s+(?:~|≈|about\s+)?$")
_OF_PART = guarded(r"(?i)\s*(?:of|для|под|на)\s+[\w+'’-]+(?:\s+[\w+'’-]+){0,5}")
_STATE_WORDS = guarded(
    r"(?i)\badam\w*|optimi[sz]er|оптимизатор\w*|\bZeRO\b|\bFSDP\b|\bDDP\b|states?\b|состояни\w*|\bgrads?\b|gradients?|градиент\w*"
    r"|\bmaster\b|мастер|\bmoments?\b|момент\w*|\bm\s+and\s+v\b|bytes?\s*(?:/|per\s+)\s*param|байт\w*\s+на\s+параметр"
)
# what names the whole states (a sharding alone, `ZeRO-3`, says nothing of what a figure is)
_TOTAL_WORDS = guarded(
    r"(?i)\badam\w*|optimi[sz]er|оптимизатор\w*|states?\b|состояни\w*|\bmaster\b|мастер|\bmoments?\b|момент\w*"
    r"|bytes?\s*(?:/|per\s+)\s*param|байт\w*\s+на\s+параметр"
)
_DEVICE_WORD = guarded(rf"(?i){_DEVICE_NOUN}")
_HARDWARE_AFTER = guarded(
    r"(?i)\s*(?:of\s+(?:HBM|VRAM|memory)\b|(?:GPU|card|карт\w*|видеокарт\w*|VRAM|HBM|видеопамят\w*)\b)(?!\s*(?:each|per))"
)
_HARDWARE_BEFORE = guarded(
    r"(?i)(?:A100|H100|H200|A800|H800|L40S?|RTX\s*\d{4}|\d{4})\s*(?:(?:на|с|with|of)\s+)?$"  # `одна 4090 на 24 ГБ`
    r"|(?:cards?|GPUs?|карт\w*|видеокарт\w*)\s+(?:на|с|по|with|of)\s+$"
    r"|\b(?:fits?|fitting)\s+(?:in|into|on)\s+(?:an?\s+|one\s+|the\s+)?$|(?:влез\w*|помещ\w*|умещ\w*|вмещ\w*)\s+в\s+$"
)


def _hardware(text: str, q: Quantity) -> bool:
    """`an 80 GB card`, `A100 80GB`, `4 карты по 80 ГБ`: the memory a device has."""
    if _HARDWARE_AFTER.match(text, q.end):
        return True
    if not _HARDWARE_BEFORE.search(text, max(0, q.start - 24), q.start) and (
        not near_hardware(text, q) or _PER_DEVICE_AFTER.match(text, q.end)
    ):
        return False
    if _PER_DEVICE_AFTER.match(text, q.end):
        return False  # `на 8 картах по 16 ГБ на карту`: a share
    of = _OF_PART.match(text, q.end)  # `leaves each GPU with 16 GB of the Adam states`: a share, said of the states
    after = of.group(0) if of else text[q.end : q.end + 20]
    return not _TOTAL_WORDS.match(after.strip()) and not (of and _TOTAL_WORDS.search(after))


def _part(clause: str, before: str) -> tuple[float, str] | None:
    """The part of the states a figure's clause names, in bytes per parameter (mixed-precision Adam)."""
    master = _MASTER.search(clause)
    moments = _MOMENTS.search(clause)
    if _WEIGHTS_AND_GRADS.search(clause) and not master and not moments:
        types = {d.name for d in find_dtypes(clause)}
        if types and not types <= {"bf16", "fp16"}:
            return None
        return 4.0, "16-bit weights and gradients (2 + 2)"
    grads = _GRADS.search(clause)
    if grads and not master and not moments and not re.search(r"(?i)\bweights?\b|\bвес\w*", clause):
        types = {d.name for d in find_dtypes(clause)}
        if types == {"fp32"}:
            return 4.0, "fp32 gradients"
        if types and types <= {"bf16", "fp16"}:
            return 2.0, "16-bit gradients"
        return None
    if grads or re.search(r"(?i)\bweights?\b|\bвес\w*", clause):
        return None  # another sum of parts
    eight = _EIGHT_BIT_ADAM.search(clause) or re.search(r"(?i)8[\s-]*bit|8-бит", clause)
    if master and moments:
        return (6.0, "fp32 master copy + 8-bit m and v (4 + 2)") if eight else (12.0, "fp32 master copy + m and v (4 + 8)")
    if master:
        return 4.0, "fp32 master copy"
    if moments:
        return (2.0, "8-bit m and v (1 + 1)") if eight else (8.0, "fp32 m and v (4 + 4)")
    if _OPTIMIZER_STATES.search(clause) and re.search(r"(?i)\bfp32\b|mixed|смешанн", clause + before):
        return 12.0, "fp32 master copy + m and v (4 + 8)"
    return None


# a recipe written as a coefficient of N, the parameters (`16N/4`, `16·N`, `18 × N`); not `6ND` (compute)
_N_TIMES = guarded(r"(?<![\w.,])(\d{1,2})(?:[ \t]*[·*×][ \t]*)?N(?![\w])")


def _stated_recipe(text: str, start: int, end: int, q: Quantity) -> float | None:
    """The bytes per parameter stated in text[start:end] before the figure (the nearest), else the one after it."""
    found: list[tuple[int, float]] = []
    for m in RECIPE.finditer(text, start, end):
        if re.search(r"(?i)param|парам|each|кажд", m.group(0)) or _PARAM_AFTER.match(text, m.end()):
            found.append((m.start(), float(m.group(1).replace(",", "."))))
    for m in _N_BYTE.finditer(text, start, end):
        found.append((m.start(), float(m.group(1))))
    for m in _SHORT_RECIPE.finditer(text, start, end):  # `18 Б/пар.`, `12 B/param`
        found.append((m.start(), float(m.group(1).replace(",", "."))))
    for m in _BARE_BYTES.finditer(text, start, end):  # `if you count 18 bytes (fp32 grads), …`
        if 6 <= float(m.group(1)) <= 40:
            found.append((m.start(), float(m.group(1))))
    for m in _BRACKET_BYTES.finditer(text, start, end):
        found.append((m.start(), float(m.group(1))))
    for m in _WORKED_BYTES.finditer(text, start, end):
        found.append((m.start(1), float(m.group(1).replace(",", "."))))
    for m in _N_TIMES.finditer(text, start, end):  # `ZeRO-3 на 4 картах: 16N/4 = 5,8 ГиБ`: 16 bytes times N
        if 6 <= float(m.group(1)) <= 40 and "+" not in text[max(start, m.start() - 4) : m.end() + 6]:  # not `2N + 14N/8`
            found.append((m.start(), float(m.group(1))))
    for m in re.finditer(r"(?i)(?:bytes?|байт\w*)\s*(?:/\s*|per\s+|на\s+)(?:param|парам)", text[start:end]):
        head = _BRACKETS.sub("", text[max(start, start + m.start() - 120) : start + m.start()])
        parts = _PARTS_SUM.search(head + m.group(0))
        if parts:
            found.append((start + m.start(), float(sum(int(x) for x in re.findall(r"\d+", parts.group(1))))))
    found = [(at, v) for at, v in found if 1 <= v <= 40]
    if not found:
        return None
    before = [f for f in found if f[0] < q.start]
    return max(before)[1] if before else min(found)[1]


# What a whole other line states (the line above, the lines above in the section, a header) is read once per line:
# every figure of a long line looks at the same few lines.
@lru_cache(maxsize=256)
def _line_recipe(line: str) -> float | None:
    """The recipe a line above states for the lines below it (none where it works out a ZeRO stage's share)."""
    first = RECIPE.search(line)
    if first is not None and not carried_recipe(line, first):
        return None
    return _stated_recipe(line, 0, len(line), _END)


@lru_cache(maxsize=256)
def _line_count(line: str) -> Quantity | None:
    return _stated_count(line, 0, len(line))


@lru_cache(maxsize=256)
def _line_counts(line: str) -> frozenset[int]:
    return frozenset(n for _, n in _counts(line, 0, len(line)))


def _recipe(s: Sentence, q: Quantity, facts: NoteFacts, lead: str, relaxed: bool, prior: str = "") -> _Recipe | None:
    """The recipe the figure is of: stated in its sentence, else said in it by name (8-bit Adam: 12 B), else stated in
    the hard-wrapped line above, else by the note above it, else 16 B where the sentence (or for a share or part, the
    line above) says Adam, mixed precision, ZeRO or full fine-tuning."""
    text = s.unit.text
    a, b = clause_bounds(s, q.start, q.end)
    row = facts.row_cell(s, _BYTES_HEADER) if s.unit.source == "table" else None
    if row is not None and 1 <= row <= 40:
        return _Recipe(row, "table row")
    own = _bracket_recipe(text, q.end)
    if own is not None:
        return _Recipe(own, "sentence")
    text = _others_brackets_masked(s, q)  # what another figure's own bracket says is that figure's recipe
    own = _stated_recipe(text, a, b, q)
    if own is None:  # not one said past a `;` after the figure (`… 32,1 ГБ на карту; при 18 байтах — 289 ГБ`): another figure's
        own = _stated_recipe(text, s.start, mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)[1], q)
    if own is not None:
        return _Recipe(own, "sentence")
    if _EIGHT_BIT_ADAM.search(text, s.start, s.end):
        return _Recipe(12.0, "8-bit Adam")
    if prior:
        said = _stated_recipe(prior, 0, len(prior), _END)
        if said is not None:
            return _Recipe(said, "the sentence it goes on from")
    if lead:
        said = _line_recipe(lead)
        if said is not None:
            return _Recipe(said, "stated above")
    noted = facts.recipe.get(s.unit.line)
    just_above = lead or next(iter(facts.lines_above.get(s.unit.line, ())), "")
    if noted is not None and just_above and line_names(_ADAM_SAID, just_above) and not _ZERO.search(just_above):
        # `Mixed-precision Adam for Llama-3-8B: 128.5 GB.` / `That's 16 GB per GPU with ZeRO-3 on 8.`: the optimizer the
        # line just above names (16 B, or 12 B for 8-bit Adam), nearer than a rate in bytes stated further up
        if _EIGHT_BIT_ADAM.search(just_above):
            return _Recipe(12.0, "8-bit Adam (line above)")
        return _Recipe(16.0, "mixed-precision Adam (line above)")
    if noted is not None:
        return _Recipe(noted[0], "stated above")
    if _ADAM_SAID.search(text, s.start, s.end) or _ZERO.search(text, s.start, s.end) or _ADAM_SAID.search(prior):
        return _Recipe(16.0, _INFERRED)
    if relaxed and (line_names(_ADAM_SAID, lead) or any(line_names(_ADAM_SAID, x) for x in _context(s, facts)[:1])):
        return _Recipe(16.0, "mixed-precision Adam")
    return None


# a bracket right after a figure: its own recipe (`156,2 ГБ (8-битный Adam)`, `234,3 ГБ (18 байт на параметр)`)
_OWN_BRACKET = guarded(r"\s*\(([^()]{1,80})\)")


def _bracket_recipe(text: str, at: int) -> float | None:
    """The recipe a bracket right after a figure states: its bytes per parameter, else 12 B for 8-bit Adam."""
    m = _OWN_BRACKET.match(text, at)
    if m is None:
        return None
    inner = m.group(1)
    said = _stated_recipe(inner, 0, len(inner), _END)
    if said is not None:
        return said
    return 12.0 if _EIGHT_BIT_ADAM.search(inner) else None


def _others_brackets_masked(s: Sentence, q: Quantity) -> str:
    """The line with the brackets right after the sentence's other figures blanked out (the same length)."""
    text = s.unit.text
    for z in s.quantities:
        if z is q or z.kind != "bytes":
            continue
        m = _OWN_BRACKET.match(text, z.end)
        if m is not None and _bracket_recipe(text, z.end) is not None:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


_INFERRED = "mixed-precision Adam"  # the recipe read from the words alone (`Adam`, `full fine-tuning`), no bytes said
# the recipes claims-gold §1.6 lists for a full fine-tune, by bytes per parameter
# (accelerate's 8 B is the largest single component, not the states: a halved figure stays an error)
_READINGS = {16.0: "mixed-precision Adam", 18.0: "AdamW with fp32 grads", 12.0: "8-bit Adam"}


def _other_reading(q: Quantity, model: _Model, per: float) -> str | None:
    """When no bytes per parameter are stated, a figure another common recipe gives (and the assumed one does not) is
    a reading, not an error: the readings listed."""
    if compare(q, model.params * per).verdict.holds:
        return None
    if not any(compare(q, model.params * b).verdict.holds for b in _READINGS if b != per):
        return None
    readings = ", ".join(f"{b:g} B ({what}) {fmt(model.params * b, q.scale)}" for b, what in _READINGS.items())
    return f"{model.named}: no bytes per parameter stated; the recipes give {readings}"


_BYTES_HEADER = guarded(r"(?i)bytes?\s*(?:/|per)\s*param|байт\w*\s*(?:/|на)\s*парам|B\s*/\s*param")
_END = Quantity("", 10**9, 10**9, 0.0, "0", "number", "", 1.0, False, False, "")


def _context(s: Sentence, facts: NoteFacts) -> tuple[str, ...]:
    """The lines that set what the line is about (its list's parent, its headings, front matter), nearest first."""
    return facts.activation_context.get(s.unit.line, ())


@lru_cache(maxsize=256)
def _configs_named(line: str) -> bool:
    return any(m.config is not None for m in find_mentions(line))


@lru_cache(maxsize=256)
def _one_model(line: str) -> ModelMention | None:
    named = {m.config.name: m for m in find_mentions(line) if m.config is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _params_of(m: ModelMention) -> float:
    return float(count_parameters(m.config).total) if m.config is not None else 0.0


_EQUALS_SIZE = guarded(r"(?i)\s*[=≈]\s*[~≈]?\s*\d[\d.,\u00a0\u202f ]*\s*(?:[KMGT]i?B|[КМГТ]и?Б)(?![\w/])")
_RECIPE_TIMES_BEFORE = guarded(r"(?i)(?<![\d.,])(?:[6-9]|[1-3]\d|40)\s*(?:bytes?|байт\w*|B)?\s*[×x*·]\s*$")


def _stated_count(text: str, start: int, end: int) -> Quantity | None:
    """The one parameter count stated in text[start:end] (`8,030,261,248`, `8.03B params`, `13.6M trainable`)."""
    found = []
    for p in find_quantities(text[start:end]):
        if p.kind not in ("count", "number") or p.value < 1e5 or p.hi is not None:
            continue
        at = start + p.end
        said = (
            re.search(r"(?i)param|парам|trainable|обучаем", p.unit)
            or _TIMES_BYTES.match(text, at)
            or _PARAM_AFTER.match(text, at)
            or _PARAM_BEFORE.search(text[max(start, start + p.start - 60) : start + p.start])
            # `16 × 27,0 млрд = 432 ГБ`: a recipe's bytes times the count, the product a size
            or (
                _RECIPE_TIMES_BEFORE.search(text[max(start, start + p.start - 16) : start + p.start])
                and _EQUALS_SIZE.match(text, at)
            )
        )
        if said and not re.match(r"\s*(?:GB|ГБ|MB|МБ|B/|bytes|байт)", text[at : at + 8]):
            found.append(p)
    if not found:
        return None
    best = max(found, key=lambda p: len(p.digits.replace(".", "").replace(",", "")))
    if any(abs(p.value - best.value) > 0.1 * best.value for p in found):
        return None  # two different counts: which one is meant is not certain
    return best


def _model(s: Sentence, q: Quantity, facts: NoteFacts, lead: str) -> _Model | None:
    """The parameters of the model the figure is of: a catalogued model in its sentence (the nearest before it), a
    count stated in it or the line above, else the model the lines above or the note are about."""
    here = [m for m in s.models if m.config is not None]
    called = _called_by_size(s, q, facts, here)
    if called is not None:
        return called if called.params > 0 else None  # a size no model the context gives has: whose it is is not known
    if here:
        before = [m for m in here if m.end <= q.start]
        if before:
            m = before[-1]
        elif len({m.config.name for m in here if m.config}) == 1:
            m = here[0]
        else:
            return None
        return _Model(_params_of(m), m.text)
    count = _stated_count(s.unit.text, s.start, q.start)
    if count is not None:
        return _Model(count.value, f"{count.text.strip()} params")
    count = _count_before(s)
    if count is not None:
        return _Model(count.value, f"{count.text.strip()} params (the sentence before)")
    # `gpt2-xl has 1,557,611,200 params. Full FT with Adam at 16 bytes per param = 24.9 GB`: the one model the line named
    # in the sentences before, nearer than any line above (or the front matter's tags)
    earlier = [m for m in find_mentions(s.unit.text) if m.end <= s.start and m.config is not None]
    if earlier and len({m.config.name for m in earlier if m.config is not None}) == 1:
        return _Model(_params_of(earlier[-1]), f"{earlier[-1].text} (the sentence before)")
    if lead:
        count = _line_count(lead)
        if count is not None:
            return _Model(count.value, f"{count.text.strip()} params (line above)")
    if lead and not _STOP.search(lead):  # a hard-wrapped sentence: the one model its paragraph's lines above name
        for line in facts.lines_above.get(s.unit.line, ())[:3]:
            if line == facts.above.get(s.unit.line):
                break  # the paragraph before
            one = _one_model(line)
            if one is not None:
                return _with_the_notes_others(one, "above", facts)
            if _configs_named(line):
                break  # two models: which one is meant is not certain
    if lead and names_a_role(lead):  # `… the student (18 B/param → 145 GB)` / `on 8 cards that is …`
        said = [m for m in role_mentions(lead, facts.roles.get(s.unit.line, {})) if m.config is not None]
        recipe = next((m for m in RECIPE.finditer(lead)), None)
        if recipe is not None:  # the role the recipe is stated of: the one named right before it
            said = [m for m in said if m.end <= recipe.start()][-1:]
        if len({m.config.name for m in said if m.config is not None}) == 1:
            return _Model(_params_of(said[0]), f"{said[0].text} (line above)")
    m2 = context_model(s, facts)
    if m2 is not None and m2.config is not None:
        return _with_the_notes_others(m2, "context", facts)
    for line in facts.lines_above.get(s.unit.line, ()):  # the nearest of the few lines above in its section to name one
        if ASIDE.search(line):
            break  # (`Для сравнения: текущая Llama-3.1-8B …`: the section's subject is looked for instead)
        one = _one_model(line)
        if one is not None:
            return _with_the_notes_others(one, "above", facts)
        if _configs_named(line):
            break
    for line in _context(s, facts):
        one = _one_model(line)
        if one is not None:
            return _with_the_notes_others(one, "context", facts)
    if facts.declared_params is not None:
        return _Model(facts.declared_params[0], facts.declared_params[1])
    nominal = _nominal(s, q)
    if nominal is None and facts.note_model is not None and facts.note_model.config is not None:
        # the one model the whole note names, the last resort: its errors are readings only (`extract._only_readings`)
        return _Model(_params_of(facts.note_model), facts.note_model.text)
    return nominal


# `an 8B`, `a 7B model`, `13B-модель`: a model named by nothing but its size
_NOMINAL = guarded(
    r"(?i)(?:\b(?:an?|any|one|some)\s+|(?<![\w.,/-]))(\d{1,3}(?:\.\d)?)(?:\s?B[\s-]+(?:model|модел\w*|LLM)\b|B(?=\s+(?:with|on|needs|takes)\b))"
    r"|\b(?:an?|any|one|some)\s+(\d{1,3}(?:\.\d)?)B\b(?![\w/-])(?!\s*(?:tokens?|params?|parameters?|trainable|active|per\b))"
)


def _nominal(s: Sentence, q: Quantity) -> _Model | None:
    """The round count a sentence that names no model calls one by (`Full fine-tune of an 8B with Adam needs …`), the
    one size name before the figure in its sentence."""
    if s.models:
        return None
    text = s.unit.text
    found = list(_NOMINAL.finditer(text, max(s.start, q.start - 160), q.start))
    if len({m.group(1) or m.group(2) for m in found}) != 1:
        return None
    m = found[-1]
    if any(z.kind == "bytes" and m.end() <= z.start and z.end <= q.start for z in s.quantities):
        return None
    size = float(m.group(1) or m.group(2))
    return _Model(size * 1e9, f"a {size:g}B model (its size name, nominal {size:g}B params)", nominal=True)


# a model called by its size alone (`the 3B`, `у 13B`), not a count of something (`100B tokens`, `8B params`)
_SIZE_NAME = guarded(
    r"(?i)(?<![\w.,/-])(\d{1,4}(?:x\d{1,3})?(?:\.\d{1,2})?[bm])(?![\w-]|\.\w)(?!\s*(?:tokens?|params?|parameters?|токен|парам"
    r"|trainable|обучаем|active|активн|experts?|экспер|of\b|из\b))"
)


_PER_PARAM_AFTER = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+|a\s+)(?:param|пар)")


def _called_by_size(s: Sentence, q: Quantity, facts: NoteFacts, here: list[ModelMention]) -> _Model | None:
    """The model a figure is of when a size name comes right before it, after any model named (`the 1B needs 19.8 GB,
    the 3B 51.4 GB`, `у 13B — 208 ГБ`), or right after it (`24.7 GB for the 1.5B`): the context model's sibling of
    that size; no model (0 params) when the catalogue
    has none of that size in the family (never the context model itself)."""
    text = s.unit.text
    lo = max([s.start, q.start - 80, *(m.end for m in here if m.end <= q.start)])
    after = FOR_SIZE_AFTER.match(text, q.end)  # the size the figure is said for, right after it, first
    sizes = [after] if after is not None else list(_SIZE_NAME.finditer(text, lo, q.start))
    if not sizes:
        return None
    size = sizes[-1]
    if after is None and any(
        z.kind == "bytes" and size.end() <= z.start and z.end <= q.start and not _PER_PARAM_AFTER.match(text, z.end)
        for z in s.quantities
    ):
        return None  # another figure between (not the recipe's `16 bytes/param`): the size is that one's
    if _PARAM_BEFORE.search(text, max(0, size.start() - 30), size.start()) or _TIMES_BYTES.match(text, size.end()):
        return None  # `params: 8B`, `8B × 2 bytes`: a count, not a name
    base = next((m for m in here if m.config is not None), None) or context_model(s, facts)
    kin = sibling(base, size.group(1)) if base is not None and base.config is not None else None
    if kin is None or kin.config is None:
        return _nominal(s, q) or _Model(0.0, size.group(1))  # `a 7B model`: its round count, else no model
    return _Model(_params_of(kin), f"{kin.config.name} (called {size.group(1)})")


def _count_before(s: Sentence) -> Quantity | None:
    """The parameter count stated by the sentence before on its line (`1,56 млрд параметров × 16 байт = 24,9 ГБ. С
    ZeRO-3 …`), when no model is named between."""
    if s.start <= 0 or s.models:
        return None
    lo = max(0, s.start - 300)
    if any(m.config is not None for m in find_mentions(s.unit.text[lo : s.start])):
        return None
    return _stated_count(s.unit.text, lo, s.start)


def _trainable(s: Sentence, q: Quantity, facts: NoteFacts) -> _Model | None:
    """The trainable parameters of an adapter: the one count the sentence, else the nearest line above that states one
    (not a what-if), gives."""
    count = _stated_count(s.unit.text, s.start, q.start)
    if count is not None and count.value < 5e9:
        return _Model(count.value, f"{count.text.strip()} trainable")
    for line in facts.lines_above.get(s.unit.line, ()):
        if line == facts.above.get(s.unit.line):
            return None  # the paragraph before: what it counts may be something else
        if line_names(_WHAT_IF, line):
            continue
        count = _line_count(line)
        if count is not None:
            return _Model(count.value, f"{count.text.strip()} trainable (above)") if count.value < 5e9 else None
    return None


def _stage(s: Sentence, q: Quantity, facts: NoteFacts) -> int | None:
    text = s.unit.text
    every = list(_ZERO.finditer(text, s.start, s.end))
    before = [m for m in every if m.end() <= q.start]
    _, b = clause_bounds(s, q.start, q.end)
    m = before[-1] if before else next((m for m in every if q.end <= m.start() < b), None)
    if m is None:
        return None
    if m.group("fsdp"):
        return 3
    if m.group("none"):
        return 0
    return int(m.group("n") or m.group("n2"))


def _count_of(m: re.Match[str]) -> int:
    raw = next((g for g in m.groups() if g), "0")
    raw = unspaced(raw).replace("ё", "е")
    if raw.isdigit():
        return int(raw)
    return {k.replace("ё", "е"): v for k, v in _NUMBER_WORDS.items()}.get(raw, 0)


# `8-GPU nodes`, `8-GPU servers`: how many devices each machine has; `four 8-GPU nodes`, `2 × 8-GPU servers`: that many of them
_MACHINES_AFTER = guarded(
    r"(?i)\s*(?:(?-i:[A-Z0-9][\w-]*)\s+){0,2}(?P<many>nodes|servers|machines|hosts|boxes|узл(?:ов|ах|ам|ы)|сервер(?:ов|ах|ам|ы))\b"
    r"|\s*(?:node|server|machine|host|box|узел|узле|узла|сервер[еа]?)\b"
)
_NODES_TIMES = guarded(r"(?i)(?:nodes|servers|machines|hosts|узл\w*|сервер\w*)\s*(?:[×x]\s*|\(\s*)?$")
_EACH_MACHINE = guarded(r"(?i)\s*(?:each|apiece|per\s+(?:node|server|machine|host)|на\s+(?:узел|сервер)|в\s+каждом)\b")
_MACHINES_BEFORE = guarded(rf"(?i)(?<![\w.,]){_COUNT}\s*(?:[×x]\s*)?$")


def _counts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _DEVICES.finditer(text, start, end):
        n = _count_of(m)
        machines = _MACHINES_AFTER.match(text, m.end()) if "-" in m.group(0) else None
        if machines is not None and machines.group("many"):
            many = _MACHINES_BEFORE.search(text, max(start, m.start() - 16), m.start())
            n = n * _count_of(many) if many is not None else 0  # `across 8-GPU nodes`: how many is not said
            at = many.start() if many is not None else m.start()
        else:
            at = m.start()
            if "-" in m.group(0) and (
                _NODES_TIMES.search(text, max(start, m.start() - 16), m.start()) or _EACH_MACHINE.match(text, m.end())
            ):
                n = 0  # `4 nodes × 8-GPU`, `two DGX nodes (8-GPU each)`: the count per node, the nodes counted apart
        if n >= 1:
            out.append((at, n))
    return out


def _devices(s: Sentence, q: Quantity, facts: NoteFacts, lead: str, header: str) -> tuple[int, str]:
    """The devices the states are spread over: the nearest count said before the figure in its sentence, else after it
    in its clause, else the table header, else the one count the line above, the lines above or the context state."""
    text = s.unit.text
    here = _counts(text, s.start, s.end)
    before = [n for at, n in here if at < q.start]
    if before:
        return before[-1], "sentence"
    _, b = clause_bounds(s, q.start, q.end)
    after = [n for at, n in here if q.end <= at < b]
    if after:
        return after[0], "sentence"
    stretch = mark_bounds(s.unit.masked, ";", s.start, q.start, q.end, s.end)
    if len(here) == 1 and stretch[0] <= here[0][0] < stretch[1]:  # not a count said past a `;` (another figure's)
        return here[0][1], "sentence"
    if not here and s.start > 0:  # `ZeRO-3 over 64 GPUs → 29 GB each. With ZeRO-2 …`: the sentence before on the line
        found = {n for _, n in _counts(text, max(0, s.start - 300), s.start)}
        if len(found) == 1:
            return found.pop(), "the sentence before"
    if header:
        found = set(_line_counts(header))
        if len(found) == 1:
            return found.pop(), "table header"
    for line in (lead, *facts.lines_above.get(s.unit.line, ()), *_context(s, facts)):
        found = set(_line_counts(line))
        if len(found) == 1:
            return found.pop(), "above"
        if len(found) > 1:
            return 0, ""
    return 0, ""


def _another_models(line: str, s: Sentence) -> bool:
    """The line names a catalogued model, and the sentence names another one."""
    own = {m.config.name for m in s.models if m.config is not None}
    theirs = {m.config.name for m in find_mentions(line) if m.config is not None} if own and line else set()
    return bool(theirs) and not theirs & own


def _split(s: Sentence, lead: str) -> tuple[int, str]:
    """The tensor × pipeline split the sentence (else the line above) names: TP·PP."""
    here = _split_in(s.unit.text[s.start : s.end])
    return here if here[0] > 1 or not lead else _split_in(lead)


@lru_cache(maxsize=256)
def _split_in(t: str) -> tuple[int, str]:
    tp, pp = _TP.search(t), _PP.search(t)
    if tp or pp:
        n_tp = int(next(g for g in tp.groups() if g)) if tp else 1
        n_pp = int(next(g for g in pp.groups() if g)) if pp else 1
        return n_tp * n_pp, f"TP={n_tp} × PP={n_pp}"
    return 1, ""


_SHARDED = guarded(r"(?i)\bshard\w*|\bsplit\w*|\bspread\w*|\bdivid\w*|\bpartition\w*|шард\w*|дел\w*|разбит\w*|раздел\w*")
_OFFLOAD = guarded(r"(?i)offload|\bCPU\b|\bNVMe\b|выгруж\w*|оффлоад\w*|\bОЗУ\b")


def _share(
    s: Sentence,
    q: Quantity,
    facts: NoteFacts,
    lead: str,
    model: _Model,
    recipe: _Recipe | None,
    header: str,
    prior: str = "",
) -> Found | None:
    text = s.unit.text
    if _OFFLOAD.search(text, s.start, s.end):
        return None
    stage = _stage(s, q, facts)
    if stage is None and header:
        stage = _stage_in(s.unit.text)
    if stage is None and prior:  # `My colleague says ZeRO-1 will need` / `only 26 GB per GPU`: the sentence goes on
        stages = list(_ZERO.finditer(prior))
        stage = _stage_in(stages[-1].group(0)) if stages else None
    split, split_how = _split(s, lead)
    n, where = _devices(s, q, facts, lead, header)
    if split > 1 and _split_in(s.unit.text[s.start : s.end])[0] == 1 and _another_models(lead, s):
        split, split_how = 1, ""  # `Student Llama-3-8B … ZeRO-3 over 8.` under `Teacher Llama-3-70B … TP=8`: another's split
    shared = _share_of_total(s, q, facts, prior, model, recipe, stage, n)
    if shared is not None:
        return shared
    if stage is None and split > 1 and recipe is not None:
        total = model.params * recipe.per
        how = f"{model.named}: {recipe.per:g} B/param × {model.params / 1e9:.3g}B = {fmt(total, q.scale)}, / {split_how}"
        return _verdict(s, q, total / split, how + " per device")
    if stage is None:
        if recipe is None or n < 2 or not _SHARDED.search(text, s.start, s.end):
            return None  # a per-device figure with no sharding said: left to the later shapes
        total = model.params * recipe.per
        even = total / n
        how = f"{model.named}: {recipe.per:g} B/param × {model.params / 1e9:.3g}B = {fmt(total, q.scale)}, / {n} devices"
        check = compare(q, even)
        if check.verdict.holds or q.value < even:
            return _verdict(s, q, even, how + " (the even share per device)")
        return _unverifiable(s, q, f"{how} = {fmt(even, q.scale)} per device; what else each holds depends on the sharding")
    if recipe is None or (recipe.how != "sentence" and recipe.per != 16.0 and _nearby_recipe(s, facts, lead) in (None, 16.0)):
        # ZeRO's accounting is mixed-precision Adam's 16 B; another recipe only where it is the one the note uses here
        recipe = _Recipe(16.0, "mixed-precision Adam (ZeRO accounting)")
    if stage == 0:
        n = max(n, 1)  # without ZeRO every device holds all of it, however many there are
    if n < 1 or (n < 2 and stage > 0):
        return _unverifiable(s, q, f"ZeRO-{stage} share per device: the number of devices is not stated")
    per = recipe.per
    if (
        recipe.how == "sentence"
        and per < 16.0
        and stage > 0
        and n > 1
        and split == 1
        and (
            ((_DIVIDED_RATE.search(text, s.start, q.start) or abs(per - _each(16.0, stage, n)) < 0.03)
            and compare(q, model.params * per).verdict.holds)
            # `ZeRO-3: 16/8 = 2 bytes → 32.1 GB per GPU`: a rate worked out per device on the line, the figure off it
            or (_DIVIDED_RATE.search(text, s.start, q.start) and _WORKED_BYTES.search(text, s.start, q.start))
        )
    ):
        # `ZeRO-3: 16/8 = 2 bytes/param → 16.06 GB per GPU`: the rate stated is already one device's share of the 16 B
        return _verdict(s, q, model.params * per, f"{model.named}: {per:g} B/param (the rate per device stated) × "
                        f"{model.params / 1e9:.3g}B per device", model)
    kept = _kept(per, stage)
    if kept < 0:
        return None
    each = _each(per, stage, n)
    computed = model.params * each / split
    name = "DDP, nothing sharded" if stage == 0 else f"ZeRO-{stage} over {n} devices ({where})"
    formula = f"{kept:g}·N + {per - kept:g}·N/{n}" if stage else f"{per:g}·N"
    how = (
        f"{model.named}: {per:g} B/param ({recipe.how}), {name}: {formula} = {each:.4g} B/param × "
        f"{model.params / 1e9:.3g}B" + (f", / {split_how}" if split > 1 else "") + " per device"
    )
    check = compare(q, computed)
    if not check.verdict.holds and q.value > computed * 1.05:
        # above the stage's states: activations may come on top, unless the figure is said to be the states alone or
        # is another stage's (or the unsharded) figure
        states_only = (
            _STATES_ONLY.search(text, s.start, s.end)
            or _SHARDED_IT.search(text, max(s.start, q.start - 120), q.start)
            or _total_before(s, q, model.params * per)
            or any(_total_in(line, model.params * per) for line in facts.lines_above.get(s.unit.line, ())[:2])
        )
        other = any(
            abs(q.value - model.params * _each(per, k, n) / split) <= 0.03 * q.value for k in range(4) if k != stage
        ) or any(abs(q.value - model.params * _each(per, stage, k) / split) <= 0.03 * q.value for k in (1, 2) if k < n)
        if not states_only and not other:
            return None  # activations may come on top: left to the later shapes (a total stated beside it, say)
    return _verdict(s, q, computed, how, model)


def _share_of_total(
    s: Sentence, q: Quantity, facts: NoteFacts, prior: str, model: _Model, recipe: _Recipe | None, stage: int | None, n: int
) -> Found | None:
    """One device's share of a total stated over several models (`total 289.09 GB; with ZeRO-3 over 8 GPUs that is 36.14
    GB per GPU`): ZeRO-3 (or a split said with no stage) divides that total by the devices; under another stage what each
    device keeps whole of each model is not read (unverifiable). None where no such total is stated."""
    text = s.unit.text
    lo = max(0, s.start - 300, q.start - 300)
    totals = [
        z
        for z in _sizes_in(text, lo, min(s.end, q.end + 300))
        if z.start != q.start
        and z.end <= s.end
        and z.scale >= 1e6
        and z.hi is None
        and z.value > q.value
        and (_SUM_BEFORE.search(text, max(lo, z.start - 30), z.start) or _SUM_AFTER.match(text, z.end))
    ]
    if not totals:
        return None
    before = [z for z in totals if z.end <= q.start]
    total = before[-1] if before else totals[0]
    said = _said(s, prior)
    alone = not said.roles - {"many"} and said.model_at < 0
    roles = _several_roles(said.roles, facts.lines_above.get(s.unit.line, ()) if alone else ())
    if not roles:
        return None
    per = recipe.per if recipe is not None else 16.0
    if abs(total.value - model.params * per) <= 0.02 * total.value:
        return None  # the one model's states after all
    sharded = stage == 3 or (stage is None and _SHARDED.search(text, s.start, s.end) is not None)
    if stage is None and not sharded:
        return None  # `на 8 GPU — по 43,28 ГБ`: an even split of the total, the device splits' own
    if sharded and n >= 2:
        check = compare(q, total.value / n)
        if check.verdict.holds:
            how = f"training memory: one device's share of {total.text}, a total over several models ({roles}), / {n} devices"
            how += f" = {fmt(total.value / n, q.scale)}; {check.explanation}"
            claim = make_claim(s.unit, q.start, q.end, "training", check.verdict, how, stated=q.text)
            return found(claim, q)
    return _unverifiable(s, q, f"one device's share of {total.text}, a total over several models ({roles}): not one model's")


# a rate written as the result of a division (`16/8 = 2 bytes/param`): already one device's
_DIVIDED_RATE = guarded(r"\d\s*/\s*\d{1,4}\s*=\s*(?:~|≈)?\s*\d+(?:[.,]\d+)?\s*(?:B|bytes?|байт\w*)\b")
# the figure is said to be the states alone, or the recipe's total split (`splits the 16-byte total`, `делит эту сумму`)
_STATES_ONLY = guarded(
    r"(?i)\bstates?\b|состояни\w*|\bof\s+them\b|\b(?:without|before|excluding)\s+activations|без\s+(?:учёта\s+|учета\s+)?активаци"
    r"|\b(?:split|divid|shard)\w*\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?total\b"
    r"|\b(?:дел|раздел|шардир)\w*\s+(?:эт\w+\s+|весь\s+|всю\s+)?(?:[\w-]+\s+){0,2}?(?:итог|сумм)\w*"
    # `ZeRO-2 (gradients sharded too)`, `(шардируются только состояния оптимизатора)`: the parts of the states sharded
    r"|\b(?:optimi[sz]er(?:\s+states?)?|grads?|gradients?|weights|params|parameters|everything)\s+(?:\w+\s+)?(?:sharded|partitioned)\b"
    r"|\bшардиру\w*\s+(?:только\s+|также\s+|ещё\s+|и\s+)?(?:состояни|градиент|вес|параметр|вс[её])\w*"
    # `Sharded over 8 GPUs with ZeRO-3 that is …`: the total said before, split
    r"|\b(?:shard|split|divid|spread|partition)\w*\s+(?:over|across|among|between|on)\b[^.;]{0,60}?\b(?:that|this|it)(?:\s+is|'s|\s+gives|\s+comes\s+to)\b"
    r"|\b(?:шардир|раздел|разнес|разбит)\w*\s+(?:на|по|между)\b[^.;]{0,60}?\b(?:это|выходит|получа\w*)\b"
)


def _total_before(s: Sentence, q: Quantity, total: float) -> bool:
    """Whether the line states the whole states just before the share (`128,5 ГБ при 16 байтах; ZeRO-3 на 8 картах —
    …`): the share is of that total, not of what activations add."""
    lo = max(0, q.start - 300)
    return any(
        z.kind == "bytes" and lo <= z.start and z.end <= q.start and z.hi is None and abs(z.value - total) <= 0.02 * total
        for z in _line_quantities(s.unit.text)
    )


def _total_in(line: str, total: float) -> bool:
    """Whether a line above (`- no sharding: 5.36 GB of model states;`) states the whole states the share is of."""
    return any(z.kind == "bytes" and z.hi is None and abs(z.value - total) <= 0.02 * total for z in _line_quantities(line))


@lru_cache(maxsize=64)
def _line_quantities(line: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(line))


def _kept(per: float, stage: int) -> float:
    """Bytes per parameter every device keeps whole under a ZeRO stage (mixed-precision Adam's accounting): all of them
    without ZeRO, the 16-bit weights and grads under stage 1, the weights under stage 2, none under stage 3."""
    return {0: per, 1: per - 12.0, 2: per - 14.0, 3: 0.0}[stage]


def _each(per: float, stage: int, n: int) -> float:
    """Bytes per parameter on each of n devices under a ZeRO stage: what is kept whole plus a share of the rest."""
    kept = _kept(per, stage)
    return kept + (per - kept) / n


def _nearby_recipe(s: Sentence, facts: NoteFacts, lead: str) -> float | None:
    """The recipe stated in the line above or among the few lines above in the section (16 B when one of them is)."""
    said = {_line_recipe(line) for line in (lead, *facts.lines_above.get(s.unit.line, ())) if line}
    said.discard(None)
    return 16.0 if 16.0 in said else (said.pop() if len(said) == 1 else None)


def _stage_in(row: str) -> int | None:
    m = _ZERO.search(row)
    if m is None:
        return None
    if m.group("fsdp"):
        return 3
    if m.group("none"):
        return 0
    return int(m.group("n") or m.group("n2"))


def _verdict(s: Sentence, q: Quantity, computed: float, how: str, model: _Model | None = None) -> Found:
    check = compare(q, computed)
    if model is not None and model.nominal and not check.verdict.holds and abs(q.value - computed) <= 0.1 * computed:
        return _unverifiable(s, q, f"{how} = {fmt(computed, q.scale)}; the model's exact count is not stated")
    other = _another_model_fits(q, computed, model) if model is not None and not check.verdict.holds else None
    if other is not None:
        # `the state is 128.5 GB at 16 bytes per parameter` under a section about a 70B model, in a note that names an 8B
        # too: the same recipe of the other model is the figure to its last digit; which model is meant is not certain
        return _unverifiable(s, q, f"{how} = {fmt(computed, q.scale)}; but {other}: which model is meant is not said")
    explanation = f"training memory: {how} = {fmt(computed, q.scale)}; {check.explanation}"
    claim = make_claim(s.unit, q.start, q.end, "training", check.verdict, explanation, stated=q.text)
    return found(claim, q)


def _another_model_fits(q: Quantity, computed: float, model: _Model) -> str | None:
    """Another model the note names whose count, under the same recipe and split, is figure `q` to its last digit (an
    unhedged single figure of a model taken from context)."""
    if not model.others or model.params <= 0:
        return None
    for other in model.others:
        if other.config is None:
            continue
        theirs = computed * float(count_parameters(other.config).total) / model.params
        if to_last_digit(q, theirs):
            return f"{other.text}, which the note names too, gives {fmt(theirs, q.scale)}"
    return None


def _unverifiable(s: Sentence, q: Quantity, why: str) -> Found:
    claim = make_claim(
        s.unit, q.start, q.end, "training", Verdict.UNVERIFIABLE, f"training memory: stated {q.text}; {why}", stated=q.text
    )
    return found(claim, q)
