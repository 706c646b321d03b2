"""End to end: the real questionnaire of `samtale prep` in a pseudo-terminal.

Every other prep test scripts a fake prompter; these drive questionary itself, the way a
person does: wait for each question, press keys, read what the screen said. They check what
only a real terminal shows: that arrow keys, space and the autocomplete reach the answers,
that every prompt speaks Danish or Swedish, that the review lets the user change an answer,
and that every way out (Ctrl-C, Ctrl-D, SIGHUP, SIGTERM, a closed terminal, a note that
cannot be written) leaves a draft on disk that `--resume` continues. Each test looks at
the disk afterwards, not only at the screen.
"""

from __future__ import annotations

import json
import re
import signal
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from samtale.guide.models import Guide, SignKind
from samtale.messages.da import MESSAGES
from samtale.messages.sv import MESSAGES as SV
from samtale.prep.questionnaire import QUESTIONS

pexpect = pytest.importorskip("pexpect")

from tests.helpers.terminal import (  # noqa: E402
    CTRL_C,
    CTRL_D,
    DOWN,
    ENTER,
    SPACE,
    UP,
    answer,
    finish,
    screen_text,
    spawn,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

ROLE = "bostøttemedarbejder"
PSEUDONYM = "T.S."
SEEN = (
    "Siger hun er alene, men har to telefoner med",
    "Har nyt tøj hver uge og ingen indtægt",
)
OTHER = "Kan også være en ny kæreste eller et lån"
# Words questionary writes by itself in English; none may reach a Danish or Swedish screen.
ENGLISH = re.compile(
    r"\b(done|selections?|Yes|No|Use arrow keys|Answer|Invalid input|Cancelled)\b"
    r"|\(Y/n\)|\(y/N\)"
)


def prompt(key: str, messages: dict[str, str] = MESSAGES, **fields: str) -> str:
    """A pattern for the start of a question: short enough never to be wrapped on screen."""
    text = messages[key].format(**fields) if fields else messages[key]
    return re.escape(text.strip()[:40])


def sign_prompt(label: str) -> str:
    """The observation question of one sign (its label alone also shows in the checkbox)."""
    text = MESSAGES["q.sign_text"].format(sign=label)
    return re.escape(text[: len(label) + 3])


def said(key: str, messages: dict[str, str] = MESSAGES) -> str:
    """The fixed start of a message that is followed by a value."""
    return messages[key].split("{")[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def drafts(home: Path) -> list[Path]:
    folder = home / "drafts"
    return sorted(p for p in folder.iterdir() if ".json" in p.name) if folder.exists() else []


def draft_answers(path: Path) -> dict[str, Any]:
    """The answers a plain draft holds (without the draft's own bookkeeping)."""
    record = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in record.items() if not key.startswith("_")}


def notes(home: Path) -> list[Path]:
    folder = home / "notes"
    return sorted(p for p in folder.iterdir() if p.name.endswith(".md")) if folder.exists() else []


@pytest.fixture
def first_signs(guide: Guide) -> list[str]:
    """The labels of the first two signs, in the order the checkbox lists them."""
    ordered = [sign.label for kind in SignKind for sign in guide.signs if sign.kind == kind]
    return ordered[:2]


def stop_after_the_pseudonym(pseudonym: str = PSEUDONYM, key: str = CTRL_C) -> tuple[Any, str]:
    """Start a prep, give role and pseudonym, press `key` at the age; the child and output."""
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), pseudonym, ENTER)
    answer(child, prompt("q.age_group"), key)
    return child, finish(child)


def decline_role_offer(child: pexpect.spawn, messages: dict[str, str], role: str) -> None:
    """The note is saved; after the first note the role is offered as the default: no."""
    child.expect(re.escape(said("prep.saved", messages).strip()))
    answer(child, prompt("prep.remember_role", messages, role=role), "n")


def answer_every_question(child: pexpect.spawn, messages: dict[str, str] = MESSAGES) -> None:
    """Role, pseudonym, then Enter at every question (no signs, no place) up to the review."""
    answer(child, prompt("q.role", messages), ROLE, ENTER)
    answer(child, prompt("q.citizen", messages), PSEUDONYM, ENTER)
    answer_every_question_after_the_pseudonym(child, messages)


def answer_every_question_after_the_pseudonym(
    child: pexpect.spawn, messages: dict[str, str] = MESSAGES, from_key: str = "q.age_group"
) -> None:
    keys = ["q.age_group", "q.gender", "q.nationality", "q.region", "q.signs", "q.contexts"]
    for key in keys[keys.index(from_key) :]:
        answer(child, prompt(key, messages), ENTER)
    answer(child, prompt("q.other_explanations", messages), OTHER, ENTER)
    answer(child, prompt("q.topics", messages), ENTER)
    answer(child, prompt("q.conversation_language", messages), ENTER)


def test_whole_run_saves_a_private_note(private_home: Path, first_signs: list[str]) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    # The default is "ukendt", the last choice: down wraps round to the first.
    answer(child, prompt("q.age_group"), DOWN, DOWN, ENTER)  # 18–29 år
    answer(child, prompt("q.gender"), UP, UP, UP, UP, ENTER)  # ukendt → kvinde
    answer(child, prompt("q.nationality"), ENTER)
    # The place is checked on Enter, not while typing: a half-typed name is no error yet.
    answer(child, prompt("q.region"), "Oden", ENTER)
    unknown = MESSAGES["q.region.unknown_near"].format(value="Oden", hint="")
    child.expect(re.escape(unknown))  # with the command line's suggestion after it
    assert unknown not in child.before
    answer(child, "", "se")
    child.expect("se")  # the typed text is echoed before Enter is read
    child.send(ENTER)
    answer(child, prompt("q.signs"), SPACE, DOWN, SPACE, ENTER)
    answer(child, sign_prompt(first_signs[0]), SEEN[0], ENTER)
    answer(child, sign_prompt(first_signs[1]), SEEN[1], ENTER)
    answer(child, prompt("q.contexts"), ENTER)  # nothing ticked
    child.expect(re.escape(MESSAGES["q.checked_none"]))  # the answered line
    offered = screen_text(child.before)
    assert "Rusmiddelbrug" in offered
    assert "Ung (18–29 år)" not in offered  # 18–29 was the age: not asked again
    answer(child, prompt("q.other_explanations"), OTHER, ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.conversation_language"), DOWN, ENTER)  # dansk → engelsk
    child.expect(re.escape(MESSAGES["q.summary.title"].strip()))
    answer(child, prompt("q.review"), ENTER)  # the first choice: save
    child.expect(re.escape(said("prep.saved").strip()))  # the path may start the next line
    # The first note: keep the role as the default of later preps (j = ja).
    answer(child, prompt("prep.remember_role", role=ROLE), "j")
    output = child.before + finish(child)

    assert child.exitstatus == 0, output
    (note,) = notes(private_home)
    assert str(note) in output
    assert mode(note) == 0o600
    assert mode(note.parent) == 0o700
    text = note.read_text(encoding="utf-8")
    assert PSEUDONYM in text
    for seen in SEEN:
        assert seen in text
    assert OTHER in text
    assert "AmiAmi" in text  # Odense is on Fyn
    assert "Dansk: " in text  # English phrases, the Danish beside each
    assert "`samtale handout --region Odense --language en`" in text
    assert drafts(private_home) == []  # the note is saved: its draft is gone
    assert f'role = "{ROLE}"' in (private_home / "config.toml").read_text(encoding="utf-8")

    # The next prep offers the remembered role: Enter takes it.
    child = spawn("prep")
    answer(child, prompt("q.role"), ENTER)
    answer(child, prompt("q.citizen"), "X.Y.", ENTER)
    answer(child, prompt("q.age_group"), CTRL_C)
    output = finish(child)
    assert child.exitstatus == 130, output
    (draft,) = drafts(private_home)
    assert draft_answers(draft) == {"role": ROLE, "citizen": "X.Y."}


def test_every_prompt_speaks_danish_and_the_summary_shows_every_answer(
    private_home: Path,
) -> None:
    child = spawn("prep")
    transcript: list[str] = []
    child.logfile_read = _Collect(transcript)
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    answer(child, prompt("q.age_group"), ENTER)
    answer(child, prompt("q.gender"), DOWN, ENTER)  # ukendt → kvinde (wraps round)
    answer(child, prompt("q.nationality"), ENTER)
    answer(child, prompt("q.region"), ENTER)
    answer(child, prompt("q.signs"), SPACE, ENTER)  # one sign
    answer(child, prompt("q.sign_text", sign=""), ENTER)
    answer(child, prompt("q.contexts"), SPACE, DOWN, SPACE, ENTER)  # two contexts
    answer(child, prompt("q.other_explanations"), ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.conversation_language"), ENTER)
    child.expect(prompt("q.review"))
    summary = screen_text(child.before)
    for name, value in (("role", ROLE), ("gender", MESSAGES["tag.woman"])):
        assert f"{MESSAGES[f'q.name.{name}']}: {value}" in summary, summary
    # Discarding asks once more; n (nej) goes back to the review.
    child.send(DOWN * 3 + ENTER)
    answer(child, prompt("q.discard_sure"), "n")
    answer(child, prompt("q.review"), DOWN * 2 + ENTER)  # keep as draft and stop
    output = finish(child)

    assert child.exitstatus == 0, output
    assert said("prep.kept") in output
    screen = screen_text("".join(transcript))
    assert not ENGLISH.search(screen), ENGLISH.search(screen)
    assert MESSAGES["q.checked_count"].format(count=2) in screen
    assert f"{MESSAGES['q.discard_sure']} {MESSAGES['q.no']}" in screen
    (draft,) = drafts(private_home)
    assert mode(draft) == 0o600
    kept = draft_answers(draft)
    assert kept["role"] == ROLE
    assert kept["gender"] == "woman"
    assert len(kept["contexts"]) == 2
    assert notes(private_home) == []

    # The kept draft opens at the review; discarding it (j = ja) removes it.
    child = spawn("prep", "--resume")
    child.expect(prompt("q.review"))
    assert MESSAGES["q.role"][:20] not in child.before
    child.send(DOWN * 3 + ENTER)
    answer(child, prompt("q.discard_sure"), "j")
    output = finish(child)
    assert child.exitstatus == 0, output
    assert MESSAGES["prep.discarded"] in output
    assert drafts(private_home) == []
    assert notes(private_home) == []


class _Collect:
    """A pexpect log that keeps everything the program wrote to the terminal."""

    def __init__(self, into: list[str]) -> None:
        self.into = into

    def write(self, text: str) -> None:
        self.into.append(text)

    def flush(self) -> None:
        pass


def test_ctrl_c_keeps_a_draft_that_resume_continues(
    private_home: Path, first_signs: list[str]
) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    answer(child, prompt("q.age_group"), DOWN, DOWN, ENTER)  # 18–29 år
    answer(child, prompt("q.gender"), CTRL_C)
    output = finish(child)

    assert child.exitstatus == 130, output
    assert "Traceback" not in output
    assert "samtale prep --resume" in output
    (draft,) = drafts(private_home)
    assert PSEUDONYM not in draft.name
    assert mode(draft) == 0o600
    assert mode(draft.parent) == 0o700
    assert draft_answers(draft) == {"role": ROLE, "citizen": PSEUDONYM, "age_group": "18_29"}
    assert notes(private_home) == []

    child = spawn("prep", "--resume")
    child.expect(prompt("q.gender"))
    shown = screen_text(child.before)
    assert MESSAGES["prep.so_far"] in shown  # the answers so far, then the next question
    assert f"{MESSAGES['q.name.citizen']}: {PSEUDONYM}" in shown
    assert MESSAGES["q.citizen"][:20] not in shown
    child.send(ENTER)
    answer(child, prompt("q.nationality"), ENTER)
    answer(child, prompt("q.region"), ENTER)  # Enter skips the place
    answer(child, prompt("q.signs"), SPACE, ENTER)
    answer(child, sign_prompt(first_signs[0]), SEEN[0], ENTER)
    answer(child, prompt("q.contexts"), ENTER)
    answer(child, prompt("q.other_explanations"), ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.conversation_language"), ENTER)
    answer(child, prompt("q.review"), ENTER)
    decline_role_offer(child, MESSAGES, ROLE)
    output = finish(child)

    assert child.exitstatus == 0, output
    (note,) = notes(private_home)
    text = note.read_text(encoding="utf-8")
    assert PSEUDONYM in text
    assert SEEN[0] in text
    assert drafts(private_home) == []


def test_ctrl_c_at_the_review_keeps_every_answer(private_home: Path) -> None:
    child = spawn("prep")
    answer_every_question(child)
    answer(child, prompt("q.review"), CTRL_C)
    output = finish(child)

    assert child.exitstatus == 130, output
    (draft,) = drafts(private_home)
    assert draft_answers(draft)["other_explanations"] == OTHER

    child = spawn("prep", "--resume")
    child.expect(prompt("q.review"))  # every question was answered: straight to the review
    assert MESSAGES["q.topics"][:20] not in child.before
    assert OTHER in save_at_the_review(child, private_home)


def save_at_the_review(child: pexpect.spawn, home: Path) -> str:
    """Save at the review of a resumed prep; the one note's text (no draft is left)."""
    child.send(ENTER)
    decline_role_offer(child, MESSAGES, ROLE)
    output = finish(child)
    assert child.exitstatus == 0, output
    (note,) = notes(home)
    assert drafts(home) == []
    return note.read_text(encoding="utf-8")


def test_ctrl_d_at_the_first_prompt_leaves_cleanly(private_home: Path) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), CTRL_D)
    output = finish(child)

    assert child.exitstatus == 130, output
    assert MESSAGES["interrupted"] in output  # nothing was typed, so nothing is kept
    assert "Uventet" not in output
    assert "Traceback" not in output
    assert drafts(private_home) == []
    assert notes(private_home) == []


def test_ctrl_d_at_a_later_prompt_keeps_the_answers(private_home: Path) -> None:
    child, output = stop_after_the_pseudonym(key=CTRL_D)  # at a select, not a text prompt

    assert child.exitstatus == 130, output
    assert "Uventet" not in output
    assert "samtale prep --resume" in output
    (draft,) = drafts(private_home)
    assert draft_answers(draft) == {"role": ROLE, "citizen": PSEUDONYM}


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGHUP, 129), (signal.SIGTERM, 143)])
def test_a_signal_at_a_prompt_keeps_the_answers(private_home: Path, signum: int, code: int) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    child.expect(prompt("q.age_group"))
    child.kill(signum)
    output = finish(child)

    assert child.exitstatus == code, (child.exitstatus, child.signalstatus, output)
    assert "samtale prep --resume" in output
    (draft,) = drafts(private_home)
    assert draft_answers(draft) == {"role": ROLE, "citizen": PSEUDONYM}


def test_a_closed_terminal_keeps_the_answers(private_home: Path) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    child.expect(prompt("q.age_group"))
    child.close(force=True)  # the window is closed: the kernel hangs up the terminal

    assert child.exitstatus == 129 or child.signalstatus == signal.SIGHUP
    (draft,) = drafts(private_home)
    assert draft_answers(draft) == {"role": ROLE, "citizen": PSEUDONYM}


def test_a_swedish_prep_resumes_in_swedish_without_flags(private_home: Path) -> None:
    child = spawn("--country", "se", "prep")
    transcript: list[str] = []
    child.logfile_read = _Collect(transcript)
    answer(child, prompt("q.role", SV), "kurator", ENTER)
    answer(child, prompt("q.citizen", SV), "L.N.", ENTER)
    answer(child, prompt("q.age_group", SV), ENTER)
    answer(child, prompt("q.gender", SV), ENTER)
    answer(child, prompt("q.nationality", SV), ENTER)
    answer(child, prompt("q.region", SV), "Göteborg", ENTER)
    answer(child, prompt("q.signs", SV), SPACE, ENTER)
    answer(child, prompt("q.sign_text", SV, sign=""), CTRL_C)
    output = finish(child)

    assert child.exitstatus == 130, output
    assert said("prep.interrupted_draft", SV) in output
    (draft,) = drafts(private_home)
    assert draft_answers(draft)["region"] == "Göteborg"

    child = spawn("prep", "--resume")  # no --country: the draft knows it
    child.logfile_read = _Collect(transcript)
    answer(child, prompt("q.sign_text", SV, sign=""), "Två telefoner", ENTER)
    answer(child, prompt("q.contexts", SV), ENTER)
    answer(child, prompt("q.other_explanations", SV), ENTER)
    answer(child, prompt("q.topics", SV), ENTER)
    answer(child, prompt("q.conversation_language", SV), ENTER)
    answer(child, prompt("q.review", SV), ENTER)
    decline_role_offer(child, SV, "kurator")
    output = finish(child)

    assert child.exitstatus == 0, output
    screen = screen_text("".join(transcript))
    assert not ENGLISH.search(screen), ENGLISH.search(screen)
    (note,) = notes(private_home)
    text = note.read_text(encoding="utf-8")
    assert SV["note.title"].format(citizen="L.N.") in text
    assert "Två telefoner" in text
    assert drafts(private_home) == []


def _small_files_only() -> None:
    """In the child: no file may grow past 8 KiB. A draft fits; a whole note does not.

    The kernel then refuses the note's write (EFBIG) exactly as a full disk refuses it
    (ENOSPC), and it does so for root too, where a read-only folder made with chmod would
    not stop anything.
    """
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))


def test_a_note_that_cannot_be_written_keeps_the_draft(private_home: Path) -> None:
    child = spawn("prep", preexec_fn=_small_files_only)
    answer_every_question(child)
    answer(child, prompt("q.review"), ENTER)
    output = finish(child)

    assert child.exitstatus == 74, output
    assert "Uventet" not in output
    assert "Traceback" not in output
    assert said("prep.save_failed") in output
    assert "samtale prep --resume" in output
    assert notes(private_home) == []
    assert [p for p in (private_home / "notes").iterdir() if p.name.startswith(".")] == []
    (draft,) = drafts(private_home)
    assert draft_answers(draft)["other_explanations"] == OTHER

    child = spawn("prep", "--resume")  # room again: the same answers become the note
    child.expect(prompt("q.review"))
    assert OTHER in save_at_the_review(child, private_home)


def test_two_interrupted_preps_are_both_resumable(private_home: Path) -> None:
    for pseudonym in ("A.A.", "B.B."):
        child, output = stop_after_the_pseudonym(pseudonym)
        assert child.exitstatus == 130, output
    kept = {draft_answers(path)["citizen"]: path for path in drafts(private_home)}
    assert set(kept) == {"A.A.", "B.B."}  # the second prep did not replace the first
    # With two drafts the message names the exact draft to continue.
    (b_id,) = re.findall(r"samtale prep --resume ([0-9a-f]{8})", output)
    assert b_id in kept["B.B."].name

    child = spawn("prep", "--resume")  # several drafts: pick one from the list
    transcript: list[str] = []
    child.logfile_read = _Collect(transcript)
    child.expect(prompt("prep.pick_draft"))
    line = MESSAGES["prep.draft_line"]
    how_far = line.split("} · {done}")[1].format(done=2, total=len(QUESTIONS))
    child.expect(re.escape(how_far))  # date · pseudonym · place · how far, per draft
    child.expect(re.escape(how_far))
    listed = screen_text("".join(transcript))
    assert "A.A." in listed
    assert "B.B." in listed
    first = listed.index("A.A.") < listed.index("B.B.")
    child.send((DOWN if first else "") + ENTER)  # B.B.
    answer_every_question_after_the_pseudonym(child)
    answer(child, prompt("q.review"), ENTER)
    decline_role_offer(child, MESSAGES, ROLE)
    output = finish(child)
    assert child.exitstatus == 0, output
    (note,) = notes(private_home)
    assert "B.B." in note.read_text(encoding="utf-8")
    assert [draft_answers(path)["citizen"] for path in drafts(private_home)] == ["A.A."]

    (a_id,) = re.findall(r"draft-([0-9a-f]{8})", kept["A.A."].name)
    child = spawn("prep", "--resume", a_id)  # named by its id: straight into it
    child.expect(prompt("q.age_group"))
    child.send(ENTER)
    answer_every_question_after_the_pseudonym(child, from_key="q.gender")
    answer(child, prompt("q.review"), ENTER)
    output = finish(child)
    assert child.exitstatus == 0, output
    assert len(notes(private_home)) == 2
    assert drafts(private_home) == []


def test_with_encryption_on_the_draft_is_sealed_and_resumes(
    private_home: Path, passphrase: Path
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "config.toml").write_text("encrypt = true\n", encoding="utf-8")
    child, output = stop_after_the_pseudonym()

    assert child.exitstatus == 130, output
    (draft,) = drafts(private_home)
    assert draft.name.endswith(".enc")
    assert mode(draft) == 0o600
    assert PSEUDONYM.encode() not in draft.read_bytes()
    assert ROLE.encode() not in draft.read_bytes()

    child = spawn("prep", "--resume")
    child.expect(prompt("q.age_group"))  # opened with the key: the answers so far, then on
    assert f"{MESSAGES['q.name.citizen']}: {PSEUDONYM}" in screen_text(child.before)
    child.send(CTRL_D)
    output = finish(child)
    assert child.exitstatus == 130, output
    assert drafts(private_home) == [draft]


def _keep_draft(answers: dict[str, Any]) -> Path:
    """A draft as an earlier run would have left it (every question answered)."""
    from samtale.prep.draft_record import DraftMeta, to_record
    from samtale.store import drafts as store

    record = {
        "role": ROLE,
        "citizen": PSEUDONYM,
        "age_group": "unknown",
        "gender": "unknown",
        "nationality": "unknown",
        "region": "",
        "signs": {},
        "contexts": [],
        "other_explanations": OTHER,
        "topics": ["opening"],
        "conversation_language": "da",
        "interpreter": False,
        **answers,
    }
    return store.save_draft(
        store.new_draft_id(), to_record(record, DraftMeta("dk", "2026-11-20T09:15"))
    )


def test_answers_the_note_refuses_stay_in_the_draft(private_home: Path) -> None:
    draft = _keep_draft({"age_group": "about_40"})  # edited by hand: not an age group
    child = spawn("prep", "--resume")
    answer(child, prompt("q.review"), ENTER)
    output = finish(child)

    assert child.exitstatus == 2, output
    assert "about_40" in output
    assert "samtale prep --resume" in output
    assert "Uventet" not in output
    assert drafts(private_home) == [draft]
    assert notes(private_home) == []


def test_a_note_printed_with_stdout_keeps_its_draft(private_home: Path) -> None:
    draft = _keep_draft({})
    child = spawn("prep", "--stdout", "--resume")
    answer(child, prompt("q.review"), ENTER)
    output = finish(child)

    assert child.exitstatus == 0, output
    assert OTHER in output  # the note, on the screen
    assert said("prep.printed_draft_kept") in screen_text(output).replace("\n", "")
    assert drafts(private_home) == [draft]
    assert notes(private_home) == []


def test_a_damaged_draft_is_named_not_a_bug(private_home: Path) -> None:
    draft = _keep_draft({})
    draft.write_bytes(b"{not json")
    child = spawn("prep", "--resume")
    output = finish(child)

    assert child.exitstatus == 2, output
    assert draft.name in output
    assert "Uventet" not in output
    assert draft.exists()  # never removed behind the user's back
