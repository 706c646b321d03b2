"""Forgiving matching of what users type: case, æ/ø/å, spaces and hyphens do not matter."""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o"})
_NOISE_WORDS = re.compile(r"\b(region|kommune)\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Reduce `text` to a key that equal-meaning spellings share.

    ``København``, ``kobenhavn`` and ``KØBENHAVN`` fold alike, as do ``Århus`` and
    ``Aarhus`` (``aa`` is the old spelling of ``å``) and ``Region Syddanmark`` and
    ``syddanmark``.
    """
    text = text.casefold().translate(_LETTERS).replace("aa", "a")
    if not text.isascii():  # accents: é and e fold alike
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NOISE_WORDS.sub(" ", text)
    return _NOT_ALNUM.sub("", text)


def closest(value: str, candidates: dict[str, str]) -> str | None:
    """The display form of the candidate nearest to `value`, if any is near enough.

    `candidates` maps folded keys to the form to show the user.
    """
    import difflib

    hits = difflib.get_close_matches(fold(value), list(candidates), n=1, cutoff=0.6)
    return candidates[hits[0]] if hits else None
