"""Encryption at rest for notes and drafts: a key from the passphrase with scrypt, AES-GCM.

Every file gets its own random salt and nonce; the header names the format version, so a
later format can be read beside this one. AES-GCM authenticates, so a wrong passphrase or
an edited file is detected, never decrypted into garbage. The passphrase comes from the
terminal (no echo) or, for scripts and tests, from the file named by
SAMTALE_PASSPHRASE_FILE — never from an argument or an environment variable's value.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from samtale.errors import UsageError
from samtale.messages import t

MAGIC = b"SAMTALE-ENC-1\n"
SALT_BYTES = 16
NONCE_BYTES = 12
# scrypt cost: about 0.1 s on a 2-core laptop, 32 MiB of memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(UsageError):
    """The passphrase does not open the file (or the file was altered)."""


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def seal(data: bytes, passphrase: str) -> bytes:
    """`data` encrypted and authenticated under `passphrase`, with a fresh salt and nonce."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, MAGIC)


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def unseal(blob: bytes, passphrase: str) -> bytes:
    """The plain bytes of a sealed file; `WrongPassphrase` if they cannot be recovered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(blob):
        raise WrongPassphrase(t("crypto.not_sealed"))
    body = blob[len(MAGIC) :]
    salt, nonce, sealed = (
        body[:SALT_BYTES],
        body[SALT_BYTES : SALT_BYTES + NONCE_BYTES],
        body[SALT_BYTES + NONCE_BYTES :],
    )
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag:
        raise WrongPassphrase(t("crypto.wrong_passphrase")) from None


def read_passphrase(confirm: bool = False) -> str:
    """The passphrase from SAMTALE_PASSPHRASE_FILE, or asked at the terminal without echo."""
    path = os.environ.get("SAMTALE_PASSPHRASE_FILE")
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise UsageError(
                t("crypto.file_unreadable", path=path, reason=error.strerror)
            ) from None
        passphrase = lines[0] if lines else ""
    else:
        if not sys.stdin.isatty():
            raise UsageError(t("crypto.needs_terminal"))
        import getpass

        passphrase = getpass.getpass(t("crypto.ask"))
        if confirm and getpass.getpass(t("crypto.ask_again")) != passphrase:
            raise UsageError(t("crypto.mismatch"))
    if len(passphrase) < 8:
        raise UsageError(t("crypto.too_short"))
    return passphrase


CHECK_NAME = ".passphrase-check"


def unlock(folder: Path, create: bool) -> str:
    """The passphrase, checked against the folder's check file.

    The check file holds a known text sealed under the passphrase, so a mistyped
    passphrase is caught before a note is saved under it. With `create`, the first use
    asks twice and writes the check file.
    """
    from samtale.prep import storage

    check = folder / CHECK_NAME
    if check.exists():
        passphrase = read_passphrase()
        unseal(check.read_bytes(), passphrase)
        return passphrase
    if not create:
        return read_passphrase()
    passphrase = read_passphrase(confirm=True)
    storage.replace(check, seal(b"samtale", passphrase))
    return passphrase
