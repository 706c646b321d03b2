"""Whether a new passphrase is weak: a warning, never a refusal beyond the minimum length.

The notes are only as safe as the passphrase against someone who copies the folder and
guesses offline (scrypt slows each guess, it cannot make a short or common one long).
The checks are deliberately few and plain: too short, too few different characters,
digits only, a run along the alphabet or the keyboard, or a word every guesser tries
first. They name what is wrong so the user can choose better.
"""

from __future__ import annotations

import re

from samtale.messages import Msg

# Below this many characters a passphrase gets a warning (the hard minimum is 8).
GOOD_LENGTH = 12
# Runs a guesser tries early, forwards and backwards (Danish and Swedish keyboards).
RUNS = (
    "abcdefghijklmnopqrstuvwxyzæøå",
    "abcdefghijklmnopqrstuvwxyzåäö",
    "01234567890",
    "qwertyuiopåasdfghjklæøzxcvbnm",
    "qwertyuiopåasdfghjklöäzxcvbnm",
)
# Words every list of guesses starts with, in the languages of the tool's users.
COMMON = (
    "password",
    "passw0rd",
    "adgangskode",
    "adgangsfrase",
    "kodeord",
    "hemmelig",
    "losenord",
    "lösenord",
    "lösenfras",
    "hemlig",
    "samtale",
    "samtal",
    "letmein",
    "iloveyou",
    "welcome",
    "velkommen",
    "qwerty",
)


def weakness(passphrase: str) -> str | None:
    """The message key naming what makes `passphrase` weak, or None when nothing does."""
    folded = re.sub(r"\s+", "", passphrase.casefold())
    if len(set(folded)) <= 3:
        return Msg.CRYPTO_WEAK_REPEATS
    if folded.isdigit():
        return Msg.CRYPTO_WEAK_DIGITS
    core = re.sub(r"[\d\W_]+$", "", folded)  # "kodeord2024!" is still "kodeord"
    if any(core in run or core in run[::-1] for run in RUNS):
        return Msg.CRYPTO_WEAK_RUN
    if core in COMMON:
        return Msg.CRYPTO_WEAK_COMMON
    if len(passphrase) < GOOD_LENGTH:
        return Msg.CRYPTO_WEAK_SHORT
    return None
