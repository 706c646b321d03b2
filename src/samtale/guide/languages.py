"""Conversation languages: the language spoken with the person, apart from the interface's.

A country's guide is written in its own language (Danish, Swedish) and carries every phrase
in English too (phrases.en.yaml). The professional always sees their own language; the
conversation language decides which text they say.
"""

from __future__ import annotations

from samtale.guide.choices import Choices
from samtale.guide.models import Guide, Phrase
from samtale.messages import Msg

NATIVE = {"dk": "da", "se": "sv"}
ENGLISH = "en"

# What a user may type for each language, in Danish, Swedish and English.
ALIASES = {
    "da": ("dansk", "danish", "danska", "danske"),
    "sv": ("svenska", "svensk", "swedish", "svenske"),
    "en": ("engelsk", "engelska", "english", "engelske", "eng"),
}


def native(country: str) -> str:
    """The language a country's guide is written in (``dk`` → ``da``)."""
    return NATIVE[country]


def conversation_languages(country: str) -> tuple[str, ...]:
    """The languages a conversation in `country` can be prepared in: its own and English."""
    return (native(country), ENGLISH)


def language_choices(country: str) -> Choices[str]:
    """Resolves ``en``, ``engelsk``, ``English`` … to a language id valid for `country`."""
    valid = list(conversation_languages(country))
    choices: Choices[str] = Choices(kind=Msg.KIND_LANGUAGE, valid=valid)
    for language in valid:
        choices.add([language, *ALIASES[language]], language)
    return choices


def spoken_texts(guide: Guide, language: str) -> dict[str, str]:
    """Phrase id → the text to say in `language`; empty when it is the guide's own."""
    if language != ENGLISH:
        return {}
    return {rendering.id: rendering.text for rendering in guide.phrases_en}


def spoken(phrase: Phrase, texts: dict[str, str]) -> str:
    """What to say for `phrase`: its rendering in `texts`, or the guide's own text."""
    return texts.get(phrase.id, phrase.text)
