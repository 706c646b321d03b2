"""The stable ids of docs/design.md that data, answers files and tests share.

The data must define each of these; it may add indications of its own.
"""

from __future__ import annotations

from typing import get_args

from samtale.guide.models import AgeGroup, Conversation, Gender, SignKind

PHASE_TOPICS = ("opening", "concrete", "safety", "motives", "help", "closing")
TOPICS = (*PHASE_TOPICS, "children", "exit", "duties")

SIGNS = (
    "spending_income_mismatch",
    "lonely_busy_phone",
    "talks_about_others_selling",
    "difficulty_setting_boundaries",
    "unexplained_substance_funding",
    "unaffected_by_sanctions",
)

CONSEQUENCES = (
    "isolation",
    "physical_contact_difficulty",
    "racing_thoughts_sleep",
    "depressive_symptoms",
    "threats_online",
    "violence_abuse",
)

# The signs and consequences each country's data must hold: the SBST boxes for Denmark.
# The Swedish material describes signals in prose, not as a fixed list.
REQUIRED_SIGNS: dict[str, dict[SignKind, tuple[str, ...]]] = {
    "dk": {SignKind.SIGN: SIGNS, SignKind.CONSEQUENCE: CONSEQUENCES},
}

CONTEXTS = (
    "substance_use",
    "homelessness",
    "boundary_violations",
    "lgbt",
    "debt",
    "children",
    "mental_health",
    "intellectual_disability",
    "foreign_national",
    "trafficking_concern",
    "young",
)

AGE_GROUPS = tuple(a.value for a in AgeGroup)
GENDERS = tuple(g.value for g in Gender)

# How the conversation is held: `language_<id>` for its language, `interpreter` when one
# takes part. Checklist items use them (`when: [language_en, interpreter]`).
INTERPRETER = "interpreter"
CONVERSATION: tuple[str, ...] = get_args(Conversation)

# English words accepted for the age-group and gender ids (the catalogue adds the
# Danish or Swedish ones): `gender: female` in an answers file means `woman`.
ENGLISH_WORDS = {
    "woman": ("female", "women", "f"),
    "man": ("male", "men", "m"),
    "trans": ("transgender",),
    "nonbinary": ("non-binary", "enby"),
    "unknown": ("not known", "unsure"),
    "under_18": ("minor", "under 18"),
    "30_plus": ("30+", "over 30"),
}

# The six reflection questions of the Swedish material's case vignettes, in order.
REFLECTION_QUESTIONS = ("meet", "plan", "support", "information", "own_needs", "duties")
