"""Duplicate notes (vault scope): exact copies, edited copies, contained notes, paraphrases,
translations, and unfilled template instances.

The rules turn one shared run of vaultkit.dedup (dedup.results) into findings. VK504 and VK505
are off by default: they load an embedding model and embed every note on a cold cache (minutes
on a big vault), which a pre-commit run must not pay for; enable them with `select` or run
`vaultkit dupes`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import TYPE_CHECKING

from vaultkit.config import Config
from vaultkit.dedup.options import DedupOptions
from vaultkit.dedup.results import dedup_result, describe_cluster, describe_pair
from vaultkit.model import Finding, Severity, VaultIndex
from vaultkit.rules.base import Example, Option, Rule, rule

if TYPE_CHECKING:
    from vaultkit.dedup import DedupResult

_KIND_RULE = {"exact": "VK501", "near": "VK502", "contained": "VK503", "semantic": "VK504", "translation": "VK505"}

_HELP = {
    "semantic": "run the embedding layer (VK504, VK505) in verify too",
    "backend": '"use" (multilingual, numpy, the default) or "sentence-transformers"; "auto": use unless model is set',
    "model": "sentence-transformers model name or local path (never downloaded)",
    "model_languages": 'languages the model covers (["en"], ["en", "de"], or ["*"] for a multilingual model)',
    "near_threshold": "word-shingle Jaccard at which two notes are near-duplicates (VK502)",
    "contained_threshold": "share of the smaller note's shingles found in the larger (VK503)",
    "overlap_threshold": "Jaccard at which a pair is listed as overlapping (not a finding)",
    "semantic_threshold": "cosine floor of a semantic pair (VK504); default per backend: use 0.85, MiniLM 0.90",
    "translation_threshold": "cosine floor of a pair in two languages (VK505); default per backend: use 0.68",
    "align_threshold": "share of each short note's words aligned in the other that makes an edited copy (VK502)",
    "align_max_words": "notes up to this many words get the line alignment check",
    "template_notes": "a short line in this many notes is template text (VK506)",
    "neighbours": "a semantic pair must be among each other's this many nearest neighbours",
    "min_words": "shorter notes skip the lexical and semantic layers",
    "shingle": "words per shingle",
    "num_perm": "MinHash permutations",
    "chunk_words": "words per embedded chunk",
    "batch_size": "chunks embedded per batch",
    "exact_search_max": "above this many notes, vectors are searched with hnswlib",
}


def _options() -> tuple[Option, ...]:
    """The `[dedup]` options, from DedupOptions (the record that validates and holds them); an
    option without a help line here says where it is documented."""
    out = []
    for f in fields(DedupOptions):
        default = getattr(DedupOptions, f.name, None)
        if default is None:
            kind: type = list if "tuple" in str(f.type) else float if "float" in str(f.type) else str
        else:
            kind = type(default)
        out.append(Option(f.name, kind, default, _HELP.get(f.name, "see DedupOptions (vaultkit/dedup/options.py)"), "dedup"))
    return tuple(out)


DEDUP_OPTIONS = _options()
# A note body long enough for the lexical layer (min_words 20), and a copy with words changed.
_TEXT = (
    "Quantisation stores each weight of a model in fewer bits than the sixteen it was trained with. "
    "Four bits per weight cut the memory of the weights to a quarter, and the loss in quality is small "
    "when the scales are chosen per group of weights rather than per tensor. The activations stay in "
    "sixteen bits, so the saving applies to the weights and not to the cache of keys and values, which "
    "grows with the context length and the batch size of the server that runs the model for its users."
)
_EDITED = _TEXT.replace("is small", "is usually small")
_OTHER = (
    "Tokenizers split text into pieces that the model has an embedding for. A vocabulary of about fifty "
    "thousand pieces covers English well, while Russian text takes more pieces per word, so the same "
    "sentence costs more tokens and a longer context in Russian than in English for most current models."
)


def _result(index: VaultIndex, config: Config) -> DedupResult:
    return dedup_result(index, config, semantic=DUPLICATE_SEMANTIC.enabled(config) or DUPLICATE_TRANSLATION.enabled(config))


def _pair_findings(rule_obj: Rule, index: VaultIndex, config: Config) -> Iterator[Finding]:
    result = _result(index, config)
    for pair in result.pairs:
        if _KIND_RULE.get(pair.kind) != rule_obj.id:
            continue
        path = pair.a if pair.kind == "contained" else pair.b
        other = pair.b if pair.kind == "contained" else pair.a
        yield rule_obj.finding(path, 1, 1, describe_pair(pair), key=f"{pair.kind}:{other}")
    for cluster in result.clusters:
        if _KIND_RULE.get(cluster.kind) == rule_obj.id:
            yield rule_obj.finding(cluster.paths[0], 1, 1, describe_cluster(cluster), key="cluster:" + "|".join(cluster.paths))


@rule(
    "VK501",
    "duplicate-note",
    scope="vault",
    severity=Severity.WARNING,
    options=DEDUP_OPTIONS,
    examples=(
        Example.failing(Ideas=f"# Ideas\n\n{_TEXT}\n", Ideas_copy=f"---\ntags: [copy]\n---\n# Ideas\n\n{_TEXT}\n"),
        Example.passing(Ideas=f"# Ideas\n\n{_TEXT}\n", Ideas_copy=f"# Ideas\n\n{_OTHER}\n"),
    ),
)
def check_exact(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes have the same text (after mojibake repair, Unicode normalisation, case and
    whitespace folding, without Markdown syntax and front matter).

    Failing: `Ideas (copy).md` whose body is `Ideas.md`'s body with other front matter.
    Passing: two notes that share a title but say different things.
    Three or more copies are reported once, as a cluster.
    """
    yield from _pair_findings(DUPLICATE_EXACT, index, config)


@rule(
    "VK502",
    "near-duplicate",
    scope="vault",
    severity=Severity.WARNING,
    options=DEDUP_OPTIONS,
    examples=(
        Example.failing(Quantisation=f"{_TEXT}\n", Quantisation_edited=f"{_EDITED}\n"),
        Example.passing(Quantisation=f"{_TEXT}\n", Tokenizers=f"{_OTHER}\n"),
    ),
)
def check_near(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes share most of their word 5-grams (Jaccard ≥ `dedup.near_threshold`, 0.8): an
    edited copy.

    Failing: a copy with a sentence reworded and a typo fixed.
    Passing: two notes on the same topic written separately (Jaccard near 0).
    """
    yield from _pair_findings(DUPLICATE_NEAR, index, config)


@rule(
    "VK503",
    "contained-in",
    scope="vault",
    severity=Severity.WARNING,
    options=DEDUP_OPTIONS,
    examples=(
        Example.failing(Quantisation=f"{_TEXT}\n", Quantisation_2=f"{_TEXT}\n\n## Tokens\n\n{_OTHER}\n"),
        Example.passing(Quantisation=f"{_TEXT}\n", Tokenizers=f"{_OTHER}\n"),
    ),
)
def check_contained(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Most of a note (≥ `dedup.contained_threshold`, 0.8, of its word 5-grams) is inside a
    bigger note: the bigger one is a copy with sections added.

    Failing: `Size of LLMs.md` pasted whole into `Size of LLMs 2.md`, which adds a section.
    Passing: a note that quotes one paragraph of another.
    The finding is on the contained note and says what the bigger one adds.
    """
    yield from _pair_findings(DUPLICATE_CONTAINED, index, config)


@rule(
    "VK504",
    "semantic-duplicate",
    scope="vault",
    severity=Severity.INFO,
    default_enabled=False,
    options=DEDUP_OPTIONS,
    loads_torch=True,
    examples=(
        Example.failing(
            Quantisation=f"{_TEXT}\n",
            Fewer_bits="Quantisation keeps each weight of a model in fewer bits than the sixteen it was trained in. Four bits "
            "for each weight reduce the memory of the weights to one quarter, and quality loss stays small if the scales are "
            "chosen for each group of weights instead of for each tensor. Activations stay sixteen-bit, so the saving is on "
            "the weights and not on the key and value cache, which grows with context length and with the batch size of the "
            "server running the model for users.\n",
        ),
        Example.passing(Quantisation=f"{_TEXT}\n", Tokenizers=f"{_OTHER}\n"),
    ),
)
def check_semantic(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes say the same thing in other words: mutual nearest neighbours by sentence
    embeddings with cosine ≥ `dedup.semantic_threshold` (off by default; loads torch).

    Failing: a note and its paraphrase. Passing: two notes on one topic making different points.
    Notes in a language the model does not cover are skipped, and the run says so once.
    """
    yield from _pair_findings(DUPLICATE_SEMANTIC, index, config)
    result = _result(index, config)
    if result.skipped:
        yield DUPLICATE_SEMANTIC.finding(".", 1, 1, result.skipped, key="skipped")


_RUSSIAN = (
    "Квантование хранит каждый вес модели в меньшем числе бит, чем шестнадцать, с которыми её обучали. Четыре бита на вес "
    "сокращают память под веса вчетверо, а потеря качества невелика, если масштабы выбирать для каждой группы весов, а не для "
    "всего тензора. Активации остаются шестнадцатибитными, поэтому экономия касается весов, а не кэша ключей и значений, который "
    "растёт с длиной контекста и размером пакета на сервере, где модель работает для пользователей.\n"
)


@rule(
    "VK505",
    "translated-duplicate",
    scope="vault",
    severity=Severity.INFO,
    default_enabled=False,
    options=DEDUP_OPTIONS,
    loads_torch=True,
    examples=(
        Example.failing(Quantisation=f"{_TEXT}\n", Kvantovanie=_RUSSIAN),
        Example.passing(Quantisation=f"{_TEXT}\n", Tokenizers=f"{_OTHER}\n"),
    ),
)
def check_translation(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes in two languages say the same thing: a translation (mutual nearest neighbours by
    multilingual sentence embeddings, cosine ≥ `dedup.translation_threshold`; off by default).

    Failing: an English note and its Russian translation. Passing: notes on other subjects.
    Needs a multilingual backend (the default, `use`); an English-only model skips other languages.
    """
    yield from _pair_findings(DUPLICATE_TRANSLATION, index, config)


@rule(
    "VK506",
    "unfilled-template",
    scope="vault",
    severity=Severity.INFO,
    options=DEDUP_OPTIONS,
    examples=(
        Example.failing(Daily="# 2025-01-02\n\n## Tasks\n\n- [ ] \n\n## Notes\n\nMood:: \n"),
        Example.passing(Daily="# 2025-01-02\n\n## Tasks\n\n- [ ] call the bank about the card\n\n## Notes\n\nMood:: fine\n"),
    ),
)
def check_unfilled(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A note is its template with nothing filled in: only headings, empty tasks and fields, or
    only the lines of a note in the templates folder. Reported once per note; such notes are never
    duplicates of each other (N empty daily notes are not N·(N−1)/2 pairs).

    Failing: a daily note with its headings, an empty task and an empty field.
    Passing: the same note with the task and the field filled in.
    """
    for path in _result(index, config).unfilled:
        message = "unfilled template: only the template's text, nothing filled in"
        yield DUPLICATE_UNFILLED.finding(path, 1, 1, message, key="unfilled")


DUPLICATE_EXACT = check_exact
DUPLICATE_NEAR = check_near
DUPLICATE_CONTAINED = check_contained
DUPLICATE_SEMANTIC = check_semantic
DUPLICATE_TRANSLATION = check_translation
DUPLICATE_UNFILLED = check_unfilled
RULES: tuple[Rule, ...] = (
    DUPLICATE_EXACT, DUPLICATE_NEAR, DUPLICATE_CONTAINED, DUPLICATE_SEMANTIC, DUPLICATE_TRANSLATION, DUPLICATE_UNFILLED,
)
