"""Issue 26: the store asks for the passphrase only through the prompts its caller passes,
and says its lines through them; it never reaches the terminal itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale.errors import UsageError
from samtale.messages import t
from samtale.store import crypto, keys

RIGHT = "korrekt hest batteri"


class Keyboard:
    """Typed passphrases, one per prompt, and every line the store said."""

    def __init__(self, *typed: str) -> None:
        self.typed = list(typed)
        self.asked: list[str] = []
        self.said: list[str] = []

    def prompts(self) -> keys.Prompts:
        return keys.Prompts(ask=self.ask, say=self.said.append)

    def ask(self, prompt: str) -> str:
        self.asked.append(prompt)
        return self.typed.pop(0)


@pytest.fixture
def typed_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SAMTALE_PASSPHRASE_FILE", raising=False)
    monkeypatch.setattr(crypto, "COST", crypto.Cost(12, 8, 1))  # the prompts are the point
    return home


def test_a_new_passphrase_is_asked_twice_after_the_no_recovery_warning(typed_home) -> None:
    keyboard = Keyboard("abcdefgh", "abcdefgh")
    keys.unlock(create=True, prompts=keyboard.prompts())
    assert keyboard.asked == [t("crypto.ask"), t("crypto.ask_again")]
    assert keyboard.said[0] == t("crypto.no_recovery")
    assert any(line.startswith(t("crypto.weak", reason="")[:10]) for line in keyboard.said[1:])


def test_three_tries_then_the_wrong_passphrase_stops_it(typed_home) -> None:
    keys.unlock(create=True, prompts=Keyboard(RIGHT, RIGHT).prompts())
    keyboard = Keyboard("forkert en", "forkert to", "forkert tre")
    with pytest.raises(crypto.WrongPassphrase):
        keys.unlock(create=False, prompts=keyboard.prompts())
    assert keyboard.asked == [t("crypto.ask")] * 3
    assert keyboard.said == [t("crypto.try_again", left=2), t("crypto.try_again", left=1)]

    again = Keyboard("forkert en", RIGHT)
    keys.unlock(create=False, prompts=again.prompts())
    assert again.said == [t("crypto.try_again", left=2)]


def test_without_a_way_to_ask_a_typed_passphrase_is_a_usage_error(typed_home) -> None:
    with pytest.raises(UsageError) as raised:
        keys.unlock(create=True)
    assert raised.value.message == t("crypto.needs_terminal")
