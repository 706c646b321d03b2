"""The saved notes: names, metadata, saving, reading, rewriting, and retention.

A plain note is ``{date}-{pseudonym slug}-{id}.md``; an encrypted one is
``{date}-{id}.md.enc`` (no pseudonym in the name; notes of older versions named
``{date}-{slug}-{id}.md.enc`` are still found and renamed when rewritten). `id` is the short
random part users type. The first line of a note is an HTML comment with its metadata; an
encrypted note also carries that metadata in its sealed header, so `notes list` opens only
the first bytes of each file.

For code that adds to a note (follow-ups): `read_note(id, key)` gives its text and
`update_note(id, text, key)` rewrites it atomically under the same id and the same
encryption. A note sealed in an older format is rewritten in today's format when read.

A sealed note is bound to its id and its revision (1 when saved, one more per rewrite;
see `samtale.store.crypto`), and the passphrase check keeps the latest revision of each
(`samtale.store.keys.record_revision`). A note whose file holds another note (swapped,
renamed) or an older revision than the check expects is refused as `NotThisNote`, one line
naming it, and nothing is written to it. docs/encryption.md explains the design.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale.errors import RefusedError, SamtaleError, UsageError
from samtale.messages import Msg, t
from samtale.paths import home
from samtale.store import files

if TYPE_CHECKING:
    from samtale.store.crypto import Header, Key

_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-(.+))?-([0-9a-f]{6})\.md(\.enc)?$")
_META = re.compile(r"^<!-- samtale (\{.*\}) -->$")
SECONDS_PER_DAY = 86400
ENCRYPTED = ".enc"
# Enough for the header and metadata of nearly every encrypted note in one read.
FIRST_READ = 4096

KeySource = Callable[[], "Key"]


@dataclass(frozen=True)
class NoteFile:
    path: Path
    id: str
    date: str
    encrypted: bool
    size: int
    mtime: float


@dataclass(frozen=True)
class Listed:
    """One note as `notes list` shows it: its metadata, or why it could not be read."""

    note: NoteFile
    meta: dict[str, Any]
    problem: str | None = None


def note_files(folder: Path | None = None) -> list[NoteFile]:
    """Every note in `folder` (the notes folder by default), newest first."""
    found = []
    for match, path in files.matching(home().notes if folder is None else folder, _NAME):
        stat = path.stat()
        found.append(
            NoteFile(path, match[3], match[1], bool(match[4]), stat.st_size, stat.st_mtime)
        )
    return sorted(found, key=lambda note: (note.date, note.mtime), reverse=True)


def id_of(path: Path) -> str:
    """The id of the note saved at `path` (its name ends in it)."""
    match = _NAME.match(path.name)
    return match[3] if match else ""


def find(notes: list[NoteFile], typed: str) -> NoteFile:
    """The one note whose id starts with `typed`; a clear error when none or several do."""
    typed = typed.strip().lower()
    hits = [note for note in notes if typed and note.id.startswith(typed)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise UsageError(t(Msg.NOTES_UNKNOWN_ID, id=typed))
    raise UsageError(t(Msg.NOTES_AMBIGUOUS_ID, id=typed, ids=", ".join(n.id for n in hits)))


def meta_line(meta: dict[str, Any]) -> str:
    """The first line of a note: its metadata as JSON inside an HTML comment."""
    # "--" may not appear inside an HTML comment; JSON lets us write "-" as \\u002d.
    return "<!-- samtale " + json.dumps(meta, ensure_ascii=False).replace("-", "\\u002d") + " -->"


def read_meta(text: str) -> dict[str, Any]:
    """The metadata of a note's text, or an empty dict if its first line is not ours."""
    match = _META.match(text.split("\n", 1)[0])
    if not match:
        return {}
    try:
        meta = json.loads(match[1])
    except ValueError:
        return {}
    if not isinstance(meta, dict):
        return {}
    from samtale.store.text import clean  # a planted or old note may hold escape codes

    return {key: clean(value) if isinstance(value, str) else value for key, value in meta.items()}


def slug(text: str) -> str:
    """A file-name-safe form of a pseudonym: ``K.M.`` → ``km``."""
    ascii_text = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = ascii_text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.encode("ascii", "ignore").decode())
    return cleaned.strip("-")[:24] or "borger"


def _name(day: str, citizen: str, note_id: str, encrypted: bool) -> str:
    if encrypted:
        return f"{day}-{note_id}.md{ENCRYPTED}"
    return f"{day}-{slug(citizen)}-{note_id}.md"


def label(note_id: str) -> str:
    """What a sealed note says it is: bound to its contents, compared with its name."""
    return f"note:{note_id}"


def _encode(text: str, key: Key | None, note_id: str, revision: int) -> bytes:
    if key is None:
        return text.encode("utf-8")
    from samtale.store import crypto

    return crypto.seal(text.encode("utf-8"), key, read_meta(text), label(note_id), revision)


def save_note(text: str, citizen: str, day: date, key: Key | None = None) -> Path:
    """Save a note under a new id; sealed in memory first when a key is given.

    No clear text reaches the disk under encryption, not even in the temporary file. A
    sealed note is bound to its id, starts at revision 1, and the revision index learns it.
    """
    folder = home().notes
    for _ in range(20):
        note_id = secrets.token_hex(3)
        path = folder / _name(day.isoformat(), citizen, note_id, key is not None)
        if files.create(path, _encode(text, key, note_id, 1)):
            if key is not None:
                from samtale.store import keys

                keys.record_revision(key, note_id, 1, new=True)
            return path
    raise RefusedError(t(Msg.STORAGE_NO_FREE_NAME, folder=folder))


class NotThisNote(UsageError):
    """A sealed note that is not what its name says: another note's file, or an older copy.

    Refused (exit 2, like any altered file): shown, it would put one person's note under
    another's id, and a follow-up added to it would go into the wrong note or drop the
    newer one.
    """

    def __init__(self, note_id: str, reason: str) -> None:
        super().__init__(t(Msg.NOTES_CANNOT_OPEN, id=note_id, reason=reason))
        self.reason = reason


def _revision(note: NoteFile, found: Header, expected: dict[str, int]) -> int:
    """The revision of the sealed note whose header is `found`, once it is known to be this
    note's file in its latest revision (formats 1 and 2 count as revision 0)."""
    if found.format == 3 and found.label != label(note.id):
        other = found.label.removeprefix("note:")
        raise NotThisNote(note.id, t(Msg.NOTES_OTHER_NOTE, other=other))
    want = expected.get(note.id, 0)
    if found.revision < want:
        raise NotThisNote(note.id, t(Msg.NOTES_OLDER_COPY, have=found.revision, want=want))
    return found.revision


def _expected(key: Key) -> dict[str, int]:
    from samtale.store import keys

    return keys.expected_revisions(key)


def _decode(
    note: NoteFile, key: KeySource, expected: dict[str, int] | None = None
) -> tuple[str, int, bool]:
    """The text of `note`, its revision, and whether it is sealed in an older format."""
    data = note.path.read_bytes()
    if not note.encrypted:
        return data.decode("utf-8"), 0, False
    from samtale.store import crypto

    unlocked = key()
    text = crypto.unseal(data, unlocked).decode("utf-8")
    found = crypto.header(data)
    revision = _revision(note, found, _expected(unlocked) if expected is None else expected)
    return text, revision, crypto.version(data) != 3


def text_of(note: NoteFile, key: KeySource) -> str:
    """The text of `note`; a note in an older sealed format is rewritten in today's."""
    text, revision, old = _decode(note, key)
    if old:
        # Best effort: a note that can be read is shown even if it cannot be rewritten now.
        with contextlib.suppress(SamtaleError, OSError):
            _rewrite(note, text, key(), revision)
    return text


def _rewrite(note: NoteFile, text: str, key: Key | None, revision: int) -> Path:
    """Write `text` as `note` (same id and date) at the revision after `revision`; the old
    file goes once the new is safe."""
    meta = read_meta(text)
    name = _name(note.date, str(meta.get("citizen", "")), note.id, key is not None)
    data = _encode(text, key, note.id, revision + 1)
    target = note.path.with_name(name)
    if target == note.path:
        written = files.replace(target, data)
    else:
        written = files.write_new(note.path.parent, lambda: name, data)
        note.path.unlink(missing_ok=True)
    if key is not None:
        from samtale.store import keys

        keys.record_revision(key, note.id, revision + 1)
    return written


def read_note(typed: str, key: KeySource) -> str:
    """The text of the note whose id starts with `typed`; one line naming it if unreadable."""
    note = find(note_files(), typed)
    if note.encrypted:
        unlocked = key()  # passphrase problems are reported as they are
        key = lambda: unlocked  # noqa: E731
    try:
        return text_of(note, key)
    except NotThisNote:
        raise
    except (UsageError, OSError, UnicodeDecodeError, ValueError) as error:
        raise UsageError(t(Msg.NOTES_CANNOT_OPEN, id=note.id, reason=_reason(error))) from None


def update_note(typed: str, text: str, key: KeySource) -> Path:
    """Replace the text of a note atomically, keeping its id and its encryption.

    A sealed note is first checked to be this note in its latest revision, so a follow-up
    never goes into another note's file or over a newer version.
    """
    note = find(note_files(), typed)
    if not note.encrypted:
        return _rewrite(note, text, None, 0)
    _, revision, _ = _decode(note, key)
    return _rewrite(note, text, key(), revision)


def encrypt_note(note: NoteFile, key: Key) -> Path:
    """Seal a plain note (or re-seal an older-format one) and remove the old file."""
    text, revision, _ = _decode(note, lambda: key)
    return _rewrite(note, text, key, revision)


def _meta(note: NoteFile, key: KeySource, expected: dict[str, int]) -> dict[str, Any]:
    if not note.encrypted:
        with note.path.open("rb") as handle:
            first = handle.readline(FIRST_READ * 16)
        return read_meta(first.decode("utf-8").rstrip("\n"))
    from samtale.store import crypto

    with note.path.open("rb") as handle:
        head = handle.read(FIRST_READ)
        if crypto.version(head) in (2, 3):
            found = crypto.header(head)
            end = crypto.meta_length(head, found)
            if end > len(head):
                head += handle.read(end - len(head))
            meta = crypto.open_meta(head, key(), found)
            _revision(note, found, expected)
            return meta
    return read_meta(text_of(note, key))


def delete(note: NoteFile) -> None:
    """Remove `note` (`notes delete`); an error if it is already gone."""
    note.path.unlink()


def listing(key: KeySource) -> list[Listed]:
    """Every note with its metadata; one that cannot be read says why and the rest go on."""
    files.sweep(home().notes)
    found = note_files()
    expected: dict[str, int] = {}
    if any(note.encrypted for note in found):
        unlocked = key()  # a wrong passphrase stops here, as one error, not one per note
        key = lambda: unlocked  # noqa: E731
        expected = _expected(unlocked)
    rows = []
    for note in found:
        try:
            rows.append(Listed(note, _meta(note, key, expected)))
        except NotThisNote as error:
            rows.append(Listed(note, {}, error.reason))
        except UNREADABLE as error:
            rows.append(Listed(note, {}, _reason(error)))
    return rows


# What reading one damaged, foreign or wrongly sealed file can raise.
UNREADABLE = (SamtaleError, OSError, UnicodeDecodeError, ValueError)


def _reason(error: BaseException) -> str:
    if isinstance(error, SamtaleError):
        return error.message
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return t(Msg.NOTES_NOT_TEXT)


def parse_days(text: str) -> int:
    """``30d``, ``2w`` or a bare number of days, as days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dw]?)\s*", text.lower())
    if not match:
        raise UsageError(t(Msg.NOTES_BAD_DURATION, value=text))
    return int(match[1]) * (7 if match[2] == "w" else 1)


def expired(mtime: float, now: float, days: int) -> bool:
    """Whether a file last written at `mtime` is past a retention of `days` at `now`.

    A file exactly `days` old is kept; one second more and it is past.
    """
    return now - mtime > days * SECONDS_PER_DAY
