"""Encryption at rest: one key per store and session, a fresh nonce per file, AES-GCM.

The store key is scrypt(passphrase, salt, cost); the salt and the scrypt cost are kept in
the store (in the passphrase check, see `samtale.store.keys`) and in every file sealed with
them, so listing N files costs one key derivation, not N, any one file can still be opened
on its own, and raising the cost never makes an older file unreadable.

Format 3, written today (all integers big-endian)::

    header = b"SAMTALE-ENC-3\\n" | salt (16) | log2 N, r, p (1 each) | revision (4)
             | label length (1) | label (UTF-8)
    file   = header | meta length (4) | meta nonce (12) | meta ciphertext
                    | body nonce (12) | body ciphertext

The label says which file this is (``note:3fa9c1``, ``draft:…``, ``check``) and the
revision how many times it was rewritten. Both are in the clear, but they are the
associated data of the metadata and of the body, so a file cannot be renamed, swapped with
another or claim another revision unnoticed: the store compares the label with the file's
name and the revision with the one it expects (`samtale.store.notes`). The metadata (a
small JSON object: date, pseudonym, place...) is sealed apart from the body, so `notes
list` reads and opens only the first few hundred bytes of each file; the body's associated
data covers the header and the sealed metadata.

Formats 1 (``SAMTALE-ENC-1``: salt, nonce, ciphertext, one scrypt per file) and 2
(``SAMTALE-ENC-2``: format 3 without cost, revision and label) are still read, with the
cost they were written with (N=2^15); they carry no identity, and the store rewrites them
in format 3 when it touches them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from samtale.errors import UsageError
from samtale.messages import Msg, t

MAGIC_V1 = b"SAMTALE-ENC-1\n"
MAGIC_V2 = b"SAMTALE-ENC-2\n"
MAGIC = b"SAMTALE-ENC-3\n"
SALT_BYTES = 16
NONCE_BYTES = 12
LENGTH_BYTES = 4
REVISION_BYTES = 4
TAG_BYTES = 16
# The fixed bytes of a format-3 header, before its label.
FIXED_HEAD = len(MAGIC) + SALT_BYTES + 3 + REVISION_BYTES + 1
# The bytes before the metadata ciphertext in a format-2 file.
HEAD_BYTES_V2 = len(MAGIC_V2) + SALT_BYTES + LENGTH_BYTES + NONCE_BYTES
# The bytes before the metadata ciphertext in a format-3 file with an empty label.
HEAD_BYTES = FIXED_HEAD + LENGTH_BYTES + NONCE_BYTES
MAX_META = 64 * 1024
MAX_LABEL = 64


@dataclass(frozen=True)
class Cost:
    """scrypt's parameters: N = 2**log_n, block size r, parallelism p."""

    log_n: int
    r: int
    p: int

    def allowed(self) -> bool:
        """Whether a file may ask for this cost: a planted header must not make the reader
        spend minutes or gigabytes (at most N=2^20 and 256 MiB)."""
        return (
            10 <= self.log_n <= 20
            and 1 <= self.r <= 16
            and 1 <= self.p <= 4
            and 128 * self.r * 2**self.log_n <= 256 * 2**20
        )


# Formats 1 and 2: about 0.1 s and 32 MiB on a 2-core laptop.
LEGACY_COST = Cost(15, 8, 1)
# Today's: N=2^17, r=8, p=1, the minimum the OWASP Password Storage Cheat Sheet gives for
# scrypt; about 0.3 s and 128 MiB on the same laptop, once per run (docs/performance.md).
COST = Cost(17, 8, 1)

_derivations = 0


class WrongPassphrase(UsageError):
    """The passphrase does not open the file (or the file was altered)."""


class DamagedFile(UsageError):
    """The file is not a whole sealed file: truncated, or not written by samtale."""


def derivations() -> int:
    """How many keys this process has derived (the benchmark and the tests count them)."""
    return _derivations


def derive(passphrase: str, salt: bytes, cost: Cost = LEGACY_COST) -> bytes:
    """The 32-byte key for `passphrase`, `salt` and `cost` (scrypt; slow on purpose)."""
    global _derivations
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    _derivations += 1
    kdf = Scrypt(salt=salt, length=32, n=2**cost.log_n, r=cost.r, p=cost.p)
    return kdf.derive(passphrase.encode("utf-8"))


class Key:
    """The passphrase of one session and the keys derived from it, each derived once.

    `salt` and `cost` are the store's: new files are sealed with their key. Files sealed
    under another salt or cost (older formats, a store whose check was recreated) derive
    their own key on first use, once per salt and cost.
    """

    def __init__(
        self, passphrase: str, salt: bytes | None = None, cost: Cost | None = None
    ) -> None:
        self._passphrase = passphrase
        self.salt = salt if salt is not None else os.urandom(SALT_BYTES)
        self.cost = cost if cost is not None else COST
        self._keys: dict[tuple[bytes, Cost], bytes] = {}

    def secret(self, salt: bytes | None = None, cost: Cost | None = None) -> bytes:
        salt = self.salt if salt is None else salt
        cost = self.cost if cost is None else cost
        if (salt, cost) not in self._keys:
            self._keys[salt, cost] = derive(self._passphrase, salt, cost)
        return self._keys[salt, cost]

    def rekeyed(self, salt: bytes | None = None, cost: Cost | None = None) -> Key:
        """The same passphrase under another store salt and cost (keys derived so far kept)."""
        other = Key(self._passphrase, salt, cost)
        other._keys = self._keys
        return other

    def __repr__(self) -> str:
        return "Key(<hidden>)"


@dataclass(frozen=True)
class Header:
    """What a sealed file says about itself before it is opened (all of it authenticated)."""

    format: int
    salt: bytes
    cost: Cost
    revision: int = 0
    label: str = ""
    size: int = 0  # the header's length in bytes (format 3)


def version(blob: bytes) -> int:
    """3, 2 or 1 for a sealed file (or its first bytes), 0 for anything else."""
    for number, magic in ((3, MAGIC), (2, MAGIC_V2), (1, MAGIC_V1)):
        if blob.startswith(magic):
            return number
    return 0


def is_sealed(blob: bytes) -> bool:
    return version(blob) > 0


def header(blob: bytes) -> Header:
    """The header of a sealed file (from its first bytes); `DamagedFile` if it is not one."""
    kind = version(blob)
    if not kind or len(blob) < len(MAGIC) + SALT_BYTES:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    salt = blob[len(MAGIC) : len(MAGIC) + SALT_BYTES]
    if kind < 3:
        return Header(kind, salt, LEGACY_COST)
    if len(blob) < FIXED_HEAD:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    start = len(MAGIC) + SALT_BYTES
    cost = Cost(blob[start], blob[start + 1], blob[start + 2])
    revision = int.from_bytes(blob[start + 3 : start + 3 + REVISION_BYTES], "big")
    length = blob[FIXED_HEAD - 1]
    if not cost.allowed() or length > MAX_LABEL or len(blob) < FIXED_HEAD + length:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    try:
        label = blob[FIXED_HEAD : FIXED_HEAD + length].decode("ascii")
    except UnicodeDecodeError:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED)) from None
    return Header(3, salt, cost, revision, label, FIXED_HEAD + length)


def salt_of(blob: bytes) -> bytes:
    """The salt a sealed file was sealed with."""
    return header(blob).salt


def _head(key: Key, label: str, revision: int) -> bytes:
    raw = label.encode("ascii")
    if len(raw) > MAX_LABEL or not 0 <= revision < 2 ** (8 * REVISION_BYTES):
        raise ValueError("label or revision out of range")
    cost = bytes((key.cost.log_n, key.cost.r, key.cost.p))
    counter = revision.to_bytes(REVISION_BYTES, "big")
    return MAGIC + key.salt + cost + counter + bytes((len(raw),)) + raw


def seal(
    data: bytes,
    key: Key,
    meta: dict[str, Any] | None = None,
    label: str = "",
    revision: int = 0,
) -> bytes:
    """`data` (and its metadata) encrypted and authenticated under the store key, bound to
    `label` (which file this is) and `revision` (how often it was rewritten)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key.secret())
    head = _head(key, label, revision)
    meta_nonce, nonce = os.urandom(NONCE_BYTES), os.urandom(NONCE_BYTES)
    sealed_meta = cipher.encrypt(meta_nonce, json.dumps(meta or {}).encode(), head)
    front = head + len(sealed_meta).to_bytes(LENGTH_BYTES, "big") + meta_nonce + sealed_meta
    return front + nonce + cipher.encrypt(nonce, data, front)


def _meta_start(found: Header) -> int:
    """Where the meta length field starts (formats 2 and 3)."""
    return len(MAGIC_V2) + SALT_BYTES if found.format == 2 else found.size


def meta_length(head: bytes, found: Header | None = None) -> int:
    """How many bytes of a format-2 or -3 file hold its header and metadata (`found`: its
    header, when the caller has parsed it already)."""
    found = header(head) if found is None else found
    if found.format not in (2, 3):
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    start = _meta_start(found)
    if len(head) < start + LENGTH_BYTES + NONCE_BYTES:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    length = int.from_bytes(head[start : start + LENGTH_BYTES], "big")
    if length < TAG_BYTES or length > MAX_META:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    return start + LENGTH_BYTES + NONCE_BYTES + length


def _open(cipher: Any, nonce: bytes, sealed: bytes, associated: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        return cipher.decrypt(nonce, sealed, associated)
    except InvalidTag:
        raise WrongPassphrase(t(Msg.CRYPTO_WRONG_PASSPHRASE)) from None


def _cipher(found: Header, key: Key) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key.secret(found.salt, found.cost))


def open_meta(blob: bytes, key: Key, found: Header | None = None) -> dict[str, Any]:
    """The metadata of a format-2 or -3 file from its first `meta_length` bytes (or more)."""
    found = header(blob) if found is None else found
    end = meta_length(blob, found)
    if len(blob) < end:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    start = _meta_start(found)
    nonce_at = start + LENGTH_BYTES
    plain = _open(
        _cipher(found, key),
        blob[nonce_at : nonce_at + NONCE_BYTES],
        blob[nonce_at + NONCE_BYTES : end],
        blob[:start],  # format 3: the whole header; format 2: its magic and salt
    )
    meta = json.loads(plain.decode("utf-8"))
    return meta if isinstance(meta, dict) else {}


def unseal(blob: bytes, key: Key) -> bytes:
    """The plain bytes of a sealed file of any format."""
    if not version(blob):
        raise DamagedFile(t(Msg.CRYPTO_NOT_SEALED))
    found = header(blob)
    cipher = _cipher(found, key)
    if found.format == 1:
        body = blob[len(MAGIC_V1) + SALT_BYTES :]
        if len(body) < NONCE_BYTES + TAG_BYTES:
            raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
        return _open(cipher, body[:NONCE_BYTES], body[NONCE_BYTES:], MAGIC_V1)
    end = meta_length(blob, found)
    if len(blob) < end + NONCE_BYTES + TAG_BYTES:
        raise DamagedFile(t(Msg.CRYPTO_DAMAGED))
    open_meta(blob, key, found)  # the metadata must be intact too
    return _open(cipher, blob[end : end + NONCE_BYTES], blob[end + NONCE_BYTES :], blob[:end])
