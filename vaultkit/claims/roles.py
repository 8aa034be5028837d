"""Models a note names once by their role and then calls by it: `Teacher: Llama-3.1-70B-Instruct`,
`Qwen2.5-0.5B as the draft`, `учитель — Llama-3.1-70B`, `ученик (Llama-3.2-3B)`. Distillation,
speculative decoding and RLHF notes bind two or more models to roles and then say `the teacher in
fp8 is 70.6 GB`, `веса ученика — 6,4 ГБ`: without the binding such a figure has no model (a miss),
or is read as the note's other model's (a false error).

A binding is a role noun and a catalogued model joined only by punctuation or a linking word
(`:`, `—`, `=`, `is`, `as`, `в роли`, brackets). It holds from where it is said to the end of the
note, until the same role is bound again. A role noun elsewhere then stands for its model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded

# a rank word followed by a noun it qualifies (`средняя скорость`, `старшие разряды`) is an adjective, not a role
_NOT_A_NOUNS_ADJECTIVE = (
    r"(?!\s+(?:скорост|длин|задержк|цен|стоимост|нагрузк|загрузк|значени|оценк|температур|точност|пропускн"
    r"|разряд|бит|байт|част|величин|размер|потреблени|утилизаци|зарплат|групп|класс|школ|курс|научн|сотрудник)\w*)"
)
# The draft model of speculative decoding; a draft of a text is none (`the same draft also listed …`, `a second draft said
# 21.6 GB`, `в черновике ответа`)
DRAFT_MODEL = (
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!earlier\s)(?<!same\s)(?<!previous\s)(?<!ChatGPT\s)(?<!answer\s)"
    r"draft(?:er)?(?:'s)?"
    r"(?!\s+(?:said|says|listed|lists|claimed|claims|answered|answers|wrote|gave|put|stated|of\s+(?:this|the|my|that|an?)\b))"
    r"|чернов(?:ая\s+модель|ой\s+модели|ую\s+модель|ик|ика|ику|иком|ике)"
    r"(?!\s+(?:ответа|текста|заметки|письма|документа|статьи))(?<!из\sчерновика)|драфт[\s-]*модел\w*"
)
# The roles, each with its English and Russian nouns (Russian in its case forms).
_ROLES: tuple[tuple[str, str], ...] = (
    ("teacher", r"teachers?(?:'s)?|учител(?:ь|я|ю|ем|е)"),
    ("student", r"students?(?:'s)?|учени(?:к|ка|ку|ком|ке)"),
    ("draft", DRAFT_MODEL),
    ("target", r"target(?:'s)?|целев(?:ая|ой|ую)\s+модел(?:ь|и|ью)|цел(?:ь|и|ью)"),
    ("judge", r"judge(?:'s)?|судь(?:я|и|ей|ю)"),
    ("reward", r"reward\s+model(?:'s)?|модел(?:ь|и)\s+награды"),
    ("verifier", r"verifier(?:'s)?"),
    (
        "base",
        r"base\s+model(?:'s)?|(?:frozen\s+)?base(?:'s)?(?=\s+(?:in|at|is|weighs|takes|stays|sits))|базов(?:ая|ой|ую)\s+модел(?:ь|и|ью)",
    ),
    ("policy", r"policy(?:\s+model)?(?:'s)?|модел(?:ь|и)\s+политики"),
    ("reference", r"reference\s+model(?:'s)?|референсн(?:ая|ой|ую)\s+модел(?:ь|и|ью)"),
    # the ranks of a family a comparison names (`младшая: Qwen2.5-7B`, `the smaller one is Llama-3.2-1B`), in the
    # feminine a model takes (`модель`); as an adjective of a common noun (`средняя скорость`), or in the masculine
    # (`старший инженер`, `в среднем`), the word is no role
    (
        "junior",
        rf"младш(?:ая|ей|ую)(?:\s+модел(?:ь|и|ью))?{_NOT_A_NOUNS_ADJECTIVE}|(?<=the\s)smaller\s+one(?:'s)?",
    ),
    (
        "middle",
        rf"средн(?:яя|ей|юю)(?:\s+модел(?:ь|и|ью))?{_NOT_A_NOUNS_ADJECTIVE}|(?<=the\s)middle\s+one(?:'s)?",
    ),
    (
        "senior",
        rf"старш(?:ая|ей|ую)(?:\s+модел(?:ь|и|ью))?{_NOT_A_NOUNS_ADJECTIVE}|(?<=the\s)(?:larger|bigger)\s+one(?:'s)?",
    ),
)
ROLE_NOUN = guarded(r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<{key}>{words})" for key, words in _ROLES) + r")(?![\w-])")
# what may stand between a role noun and the model it is bound to
_ROLE_THEN_MODEL = guarded(
    r"(?i)\s*(?:model\b|модел(?:ь|и)\b)?\s*(?:[:=—–(]|-(?=\s)|\bis\b|\bwas\b|\bwill\s+be\b|\bbec(?:ame|omes)\b|\bis\s+now\b|\bэто\b|\bбудет\b|\bстал[аи]?\b)?\s*"
    r"(?:\bthe\b|\ba\b)?\s*[`*_\[]*"
)
_MODEL_THEN_ROLE = guarded(
    r"(?i)[`*_\]]*\s*(?:[(,—–]|-(?=\s)|\bas\b|\bis\b|\bacts\s+as\b|\bserves\s+as\b|\bв\s+роли\b|\bв\s+качестве\b"
    r"|\bкак\b|\bбудет\b|\bfor\s+the\b)?\s*(?:\bthe\b|\ba\b|\bour\b)?\s*"
)
_QUALIFIED = guarded(r"(?i)(?:\d(?:\.\d+)?[bm]|[\w.-]+-\w+)[\s-]*$")
_NEAR = 40  # characters between a role noun and its model, at most
# a binding said as a what-if (`With Llama-3-8B as the draft instead, …`, `если бы учителем была …`) holds on its line only
_WHAT_IF = guarded(r"(?i)\binstead\b|\bwould\b|\bcould\b|\bif\b|\bsuppose\b|\balternative\w*|\bвместо\b|\bбы\b|\bесли\b")


# the stems every role noun starts with: a line without one is passed over without the regex (a megabyte of
# pasted figures costs a lower() and a few substring scans, not a case-insensitive alternation at every position)
_STEMS = (
    "teach",
    "stud",
    "draft",
    "target",
    "judg",
    "reward",
    "verif",
    "base",
    "polic",
    "refer",
    "учит",
    "учен",
    "чернов",
    "драфт",
    "цел",
    "суд",
    "базов",
    "политик",
    "референс",
    "наград",
    "младш",
    "средн",
    "старш",
    "smaller",
    "larger",
    "bigger",
    "middle",
)


# a mapping key that is a role noun, its value on the lines below it (YAML front matter, a nested list)
_ROLE_KEY = guarded(r"( *)(?:- )?([^\W\d][\w ]{1,30}?):\s*$")


@lru_cache(maxsize=256)
def names_a_role(text: str) -> bool:
    """Whether `text` may hold a role noun (a cheap test before `ROLE_NOUN`)."""
    low = text.lower()
    return any(stem in low for stem in _STEMS) and ROLE_NOUN.search(text) is not None


def _key(m: re.Match[str]) -> str:
    return next(k for k, v in m.groupdict().items() if v)


def _bindings(line: str) -> list[tuple[int, str, ModelMention]]:
    """(position, role, model) of each binding the line makes."""
    nouns = list(ROLE_NOUN.finditer(line))
    if not nouns:
        return []
    models = [m for m in find_mentions(line) if m.config is not None]
    out: list[tuple[int, str, ModelMention]] = []
    for r in nouns:
        after = [m for m in models if 0 <= m.start - r.end() <= _NEAR and _ROLE_THEN_MODEL.fullmatch(line, r.end(), m.start)]
        before = [m for m in models if 0 <= r.start() - m.end <= _NEAR and _MODEL_THEN_ROLE.fullmatch(line, m.end, r.start())]
        chosen = after[0] if after else (before[-1] if before else None)
        if chosen is not None:
            out.append((r.start(), _key(r), chosen))
    return out


def may_name_roles(text: str) -> bool:
    """Whether a note's text holds any role stem at all: one pass over the note, so a note naming no role
    (a megabyte of pasted figures) costs no per-line test."""
    low = text.lower()
    return any(stem in low for stem in _STEMS)


def bound_roles(lines: list[str], plan: set[int]) -> dict[int, Mapping[str, ModelMention]]:
    """For each line that can hold a claim: the roles bound on the lines above it (the latest binding
    of each role). The caller asks only of a note that `may_name_roles`."""
    out: dict[int, Mapping[str, ModelMention]] = {}
    bound: dict[str, ModelMention] = {}
    named: list[ModelMention] | None = None  # the note's models, read once when a rank is given by its size
    opened: tuple[int, str] | None = None  # a mapping a role keys (`target:` then `  id: meta-llama/Llama-3.1-70B`)
    for n, line in enumerate(lines, start=1):
        if opened is not None:
            indent = len(line) - len(line.lstrip(" "))
            if not line.strip() or indent <= opened[0]:
                opened = None
            elif line.lstrip().startswith("#"):
                pass  # `  # was meta-llama/Llama-3.1-405B, too big`: a YAML comment names no binding
            else:
                models = [m for m in find_mentions(line) if m.config is not None]
                if models:
                    bound[opened[1]] = replace(models[0], start=-1, end=-1)
                    opened = None
        key = _ROLE_KEY.match(line) if names_a_role(line) else None
        if key is not None and (noun := ROLE_NOUN.fullmatch(line, key.start(2), key.end(2))) is not None:
            opened = (len(key.group(1)), _key(noun))
        ranks = names_a_role(line) and any(_key(r) in _RANKS for r in ROLE_NOUN.finditer(line))
        if ranks:  # the ranks of a comparison hold from the first line that calls a model by one
            if named is None:
                named = _note_models(lines)
            for role, model in _ranked(named).items():
                bound.setdefault(role, replace(model, start=-1, end=-1))
        if bound and n in plan:
            out[n] = dict(bound)
        if names_a_role(line) and not _WHAT_IF.search(line):
            for _, role, model in _bindings(line):
                bound[role] = replace(model, start=-1, end=-1)
            for role, value in _ranks_by_size(line):
                if named is None:
                    named = _note_models(lines)
                fits = {m.config.name: m for m in named if m.config is not None and _near_count(m, value)}
                if len(fits) == 1:
                    bound[role] = replace(next(iter(fits.values())), start=-1, end=-1)
    return out


def _ranked(named: list[ModelMention]) -> dict[str, ModelMention]:
    """A comparison of two or three models (`Gemma 2 9B и 27B`) calls them by rank: the smallest the junior, the
    largest the senior, a third the middle one; a note naming one model, or more than three, ranks none."""
    distinct = {m.config.name: m for m in named if m.config is not None}
    if not 2 <= len(distinct) <= 3:
        return {}
    by_size = sorted(distinct.values(), key=lambda m: count_parameters(m.config).total if m.config else 0.0)
    ranks = {"junior": by_size[0], "senior": by_size[-1]}
    if len(by_size) == 3:
        ranks["middle"] = by_size[1]
    return ranks


# a rank given by its size in brackets (`**Младшая (0.5B).**`, `Младшая (9,24 млрд параметров)`, `the smaller one (7B)`)
_RANK_SIZE = guarded(
    r"\s*\**\s*\(\s*(?:~|≈)?\s*(?P<n>\d{1,4}(?:[.,]\d{1,2})?)\s*(?:(?P<u>[BbMm])(?![\w])|(?P<w>млрд|млн|billion|million)(?!\w))"
)
_RANKS = ("junior", "middle", "senior")


def _ranks_by_size(line: str) -> list[tuple[str, float]]:
    out = []
    for r in ROLE_NOUN.finditer(line):
        role = _key(r)
        m = _RANK_SIZE.match(line, r.end()) if role in _RANKS else None
        if m is None:
            continue
        unit = (m.group("u") or m.group("w") or "").lower()
        scale = 1e6 if unit in ("m", "млн", "million") else 1e9
        out.append((role, float(m.group("n").replace(",", ".")) * scale))
    return out


def _note_models(lines: list[str]) -> list[ModelMention]:
    found: dict[str, ModelMention] = {}
    for line in lines:
        if any(ch.isdigit() for ch in line):
            for m in find_mentions(line):
                if m.config is not None:
                    found.setdefault(m.config.name, m)
        if len(found) > 12:
            return []  # a catalogue of models: no rank is read from it
    return list(found.values())


def _near_count(m: ModelMention, value: float) -> bool:
    assert m.config is not None
    return abs(count_parameters(m.config).total - value) <= 0.05 * value


@lru_cache(maxsize=256)
def _role_nouns(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), _key(m)) for m in ROLE_NOUN.finditer(text))


def role_mentions(text: str, bound: Mapping[str, ModelMention]) -> list[ModelMention]:
    """The role nouns of `text` that stand for a model bound above (or earlier on the line), as
    mentions of that model at the noun; a noun that binds a model here is not one."""
    if not names_a_role(text) or not _role_nouns(text):
        return []
    here = _bindings(text)
    binding_at = {pos for pos, _, _ in here}
    out: list[ModelMention] = []
    for start, end, role in _role_nouns(text):
        if start in binding_at or _QUALIFIED.search(text, max(0, start - 16), start):
            continue  # `the 8B draft`, `a Qwen2.5-7B teacher`: another model of that role, called by its size or name
        earlier = [m for pos, r, m in here if r == role and pos < start]
        model = earlier[-1] if earlier else bound.get(role)
        if model is None or model.config is None:
            continue
        out.append(ModelMention(f"{text[start:end]} ({model.text})", start, end, model.config, model.nominal))
    return out
