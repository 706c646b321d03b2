"""How long a prep note may be, and what it shows less of to stay that long.

Pure data: `render.render_note` makes the note in the first room (`Room`) of `ROOMS` and,
while it runs past `WORD_BUDGET` words, again in the next. Issue 21 set the budget: a
professional reads the card and perhaps a page more, so no note runs past 1,600 words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from samtale.prep.plan import MAX_FACTS

# The note's length at most, in words as `wc -w` counts them.
WORD_BUDGET = 1600


@dataclass(frozen=True)
class Room:
    """How much of what is one command away the note shows.

    The first room shows the most; a note that runs past `WORD_BUDGET` is made again in
    the next room, and so on (`ROOMS`). What goes first is what the professional can look
    up most easily: other explanations of signs (`samtale signs`), facts beyond three
    (`samtale facts`), how to tell of each further duty, a third question in a phase
    (`samtale phrases`), the details of offers for the professional, the last facts, the
    documents behind the advice (which carries no source mark) and the rest of the duty
    the card leads with (its first sentence stays); checklist steps beyond sixteen, twelve,
    then eight, the general ones every note has going before those chosen for the person;
    the details of the referrals the card does not show (`samtale resources`); last, a
    second question. The note says how many steps it left out.
    """

    explanations: int = 2  # other explanations shown for this many signs (described first)
    facts: int = MAX_FACTS
    tell: bool = True  # how to tell the person of each duty (the card says it for one)
    questions: int = 3  # per phase, the card's and the note's together
    for_you_details: bool = True  # offers for the professional: a line each, or names
    referral_details: bool = True  # the referrals not on the card: a line each, or names
    card_second: bool = True  # the card may show a second question in a phase
    duty_in_full: bool = True  # the duty the card leads with, in full in the checklist
    steps: int = 99  # checklist steps shown (duties always are), those that lead first
    advice_sources: bool = True  # list the documents of the advice too (it has no marks)


def _rooms() -> tuple[Room, ...]:
    cuts = [
        {"explanations": 0},
        {"facts": 3},
        {"tell": False},
        {"questions": 2},
        {"for_you_details": False},
        {"facts": 1},
        {"facts": 0},
        {"advice_sources": False, "duty_in_full": False},
        {"steps": 16},
        {"steps": 12},
        {"steps": 8},
        {"referral_details": False},
        {"facts": 0, "questions": 1, "card_second": False},
    ]
    rooms = [Room()]
    for cut in cuts:
        rooms.append(replace(rooms[-1], **cut))
    return tuple(rooms)


ROOMS = _rooms()
