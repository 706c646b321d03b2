"""Encryption at rest: one key per store and session, a fresh nonce per file, AES-GCM.

The store key is scrypt(passphrase, salt); the salt is kept in the store (in the passphrase
check, see `samtale.store.keys`) and in every file sealed with it, so listing N files costs
one key derivation, not N, and any one file can still be opened on its own.

Format 2, written today (all integers big-endian)::

    b"SAMTALE-ENC-2\\n" | salt (16) | meta length (4) | meta nonce (12) | meta ciphertext
                        | body nonce (12) | body ciphertext

The metadata (a small JSON object: date, pseudonym, place...) is sealed apart from the
body, so `notes list` reads and opens only the first few hundred bytes of each file. Both
parts are authenticated with AES-GCM; the body's associated data covers the header and the
sealed metadata, so neither can be swapped between files or edited unnoticed.

Format 1 (``SAMTALE-ENC-1``: salt, nonce, ciphertext, one scrypt per file) is still read;
the store rewrites such files in format 2 when it touches them.
"""

from __future__ import annotations

import json
import os
from typing import Any

from samtale.errors import UsageError
from samtale.messages import t

MAGIC_V1 = b"SAMTALE-ENC-1\n"
MAGIC = b"SAMTALE-ENC-2\n"
SALT_BYTES = 16
NONCE_BYTES = 12
LENGTH_BYTES = 4
TAG_BYTES = 16
# The bytes before the metadata ciphertext in format 2.
HEAD_BYTES = len(MAGIC) + SALT_BYTES + LENGTH_BYTES + NONCE_BYTES
# scrypt cost: about 0.1 s on a 2-core laptop, 32 MiB of memory. The same for both formats.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_META = 64 * 1024

_derivations = 0


class WrongPassphrase(UsageError):
    """The passphrase does not open the file (or the file was altered)."""


class DamagedFile(UsageError):
    """The file is not a whole sealed file: truncated, or not written by samtale."""


def derivations() -> int:
    """How many keys this process has derived (the benchmark and the tests count them)."""
    return _derivations


def derive(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte key for `passphrase` and `salt` (scrypt; slow on purpose)."""
    global _derivations
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    _derivations += 1
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


class Key:
    """The passphrase of one session and the keys derived from it, each derived once.

    `salt` is the store's salt: new files are sealed with its key. Files sealed under
    another salt (format 1, or a store whose check was recreated) derive their own key on
    first use, once per salt.
    """

    def __init__(self, passphrase: str, salt: bytes | None = None) -> None:
        self._passphrase = passphrase
        self.salt = salt if salt is not None else os.urandom(SALT_BYTES)
        self._keys: dict[bytes, bytes] = {}

    def secret(self, salt: bytes | None = None) -> bytes:
        salt = self.salt if salt is None else salt
        if salt not in self._keys:
            self._keys[salt] = derive(self._passphrase, salt)
        return self._keys[salt]

    def __repr__(self) -> str:
        return "Key(<hidden>)"


def version(blob: bytes) -> int:
    """2 or 1 for a sealed file (or its first bytes), 0 for anything else."""
    if blob.startswith(MAGIC):
        return 2
    if blob.startswith(MAGIC_V1):
        return 1
    return 0


def is_sealed(blob: bytes) -> bool:
    return version(blob) > 0


def salt_of(blob: bytes) -> bytes:
    """The salt a sealed file was sealed with."""
    start = len(MAGIC) if version(blob) == 2 else len(MAGIC_V1)
    if not version(blob) or len(blob) < start + SALT_BYTES:
        raise DamagedFile(t("crypto.damaged"))
    return blob[start : start + SALT_BYTES]


def seal(data: bytes, key: Key, meta: dict[str, Any] | None = None) -> bytes:
    """`data` (and its metadata) encrypted and authenticated under the store key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key.secret())
    head = MAGIC + key.salt
    meta_nonce, nonce = os.urandom(NONCE_BYTES), os.urandom(NONCE_BYTES)
    sealed_meta = cipher.encrypt(meta_nonce, json.dumps(meta or {}).encode(), head)
    front = head + len(sealed_meta).to_bytes(LENGTH_BYTES, "big") + meta_nonce + sealed_meta
    return front + nonce + cipher.encrypt(nonce, data, front)


def meta_length(head: bytes) -> int:
    """How many bytes of a format-2 file hold its header and metadata."""
    if version(head) != 2 or len(head) < HEAD_BYTES:
        raise DamagedFile(t("crypto.damaged"))
    start = len(MAGIC) + SALT_BYTES
    length = int.from_bytes(head[start : start + LENGTH_BYTES], "big")
    if length < TAG_BYTES or length > MAX_META:
        raise DamagedFile(t("crypto.damaged"))
    return HEAD_BYTES + length


def _open(cipher: Any, nonce: bytes, sealed: bytes, associated: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        return cipher.decrypt(nonce, sealed, associated)
    except InvalidTag:
        raise WrongPassphrase(t("crypto.wrong_passphrase")) from None


def open_meta(blob: bytes, key: Key) -> dict[str, Any]:
    """The metadata of a format-2 file from its first `meta_length` bytes (or more)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    end = meta_length(blob)
    if len(blob) < end:
        raise DamagedFile(t("crypto.damaged"))
    salt = salt_of(blob)
    cipher = AESGCM(key.secret(salt))
    plain = _open(
        cipher, blob[HEAD_BYTES - NONCE_BYTES : HEAD_BYTES], blob[HEAD_BYTES:end], MAGIC + salt
    )
    meta = json.loads(plain.decode("utf-8"))
    return meta if isinstance(meta, dict) else {}


def unseal(blob: bytes, key: Key) -> bytes:
    """The plain bytes of a sealed file of either format."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kind = version(blob)
    if not kind:
        raise DamagedFile(t("crypto.not_sealed"))
    salt = salt_of(blob)
    cipher = AESGCM(key.secret(salt))
    if kind == 1:
        body = blob[len(MAGIC_V1) + SALT_BYTES :]
        if len(body) < NONCE_BYTES + TAG_BYTES:
            raise DamagedFile(t("crypto.damaged"))
        return _open(cipher, body[:NONCE_BYTES], body[NONCE_BYTES:], MAGIC_V1)
    end = meta_length(blob)
    if len(blob) < end + NONCE_BYTES + TAG_BYTES:
        raise DamagedFile(t("crypto.damaged"))
    open_meta(blob, key)  # the metadata must be intact too
    return _open(cipher, blob[end : end + NONCE_BYTES], blob[end + NONCE_BYTES :], blob[:end])
