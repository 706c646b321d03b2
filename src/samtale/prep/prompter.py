"""The `Prompter` seam and its real implementation on questionary, in the user's language.

Every prompt goes through one `Prompter`: the real one wraps questionary, tests script a
fake one. questionary writes a few words of its own in English ("done (3 selections)",
"Yes"/"No", "(Y/n)"); the adapter replaces each of them with the catalogue's words, takes
`j` as well as `y` for yes, and lets Ctrl-D stop every kind of prompt (it raises
`EOFError`, as prompt_toolkit's text prompt does), so the flow can keep a draft.

prompt_toolkit draws with cursor codes of its own, so each prompt runs on the real terminal
streams, not through the CLI's filter (`samtale.output.gate.raw_output`); prompt_toolkit shows
control characters in what is typed as ``^[`` and replaces ESC in what it prints, and
`say` cleans its text with `for_terminal` as well.

prompt_toolkit breaks a line that is too long at the last column, in the middle of a word
("Ente / r springer over"), and cuts list items and validation messages off at the edge.
So every text handed to it is wrapped first at word boundaries for the terminal's width
(`samtale.output.layout.fit`): questions, instructions, choices, messages and refusals.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from samtale.messages import Msg, t
from samtale.output.layout import fit, screen_width
from samtale.store.text import for_terminal

Choice = tuple[str, str]  # (what the user sees, the id stored)
Validator = Callable[[str], bool | str]


class Prompter(Protocol):
    def text(self, message: str, default: str, validate: Validator) -> str: ...

    def select(self, message: str, choices: list[Choice], default: str) -> str: ...

    def checkbox(
        self, message: str, groups: list[tuple[str, list[Choice]]], checked: list[str]
    ) -> list[str]: ...

    def autocomplete(
        self, message: str, options: list[str], default: str, validate: Validator
    ) -> str: ...

    def confirm(self, message: str, default: bool) -> bool: ...

    def say(self, text: str) -> None: ...


# The prompt application on screen, if any (see `stop_prompt`).
_on_screen: list[Any] = []


def stop_prompt(error: BaseException) -> bool:
    """End the prompt on screen by raising `error` from it, as Ctrl-C does; False if none.

    A signal handler calls this rather than raising in the middle of prompt_toolkit's event
    loop, where the exception could land in one of its helper tasks and be reported as
    "Unhandled exception in event loop" instead of reaching the flow.
    """
    for app in _on_screen[-1:]:
        if app.is_running and not app.future.done():
            app.exit(exception=error, style="class:aborting")
            return True
    return False


def checked_summary(titles: list[str]) -> str:
    """What an answered checkbox shows after its question: the choice, or how many."""
    if not titles:
        return t(Msg.Q_CHECKED_NONE)
    if len(titles) == 1:
        return titles[0]
    return t(Msg.Q_CHECKED_COUNT, count=len(titles))


F = TypeVar("F", bound=Callable[..., Any])

QMARK = 3  # "? " and the space questionary writes before the question
POINTER = 3  # " » " before each choice
INDICATOR = 2  # "● " before each box of a checkbox
ROOM_TO_TYPE = 16  # columns a typed answer needs on the question's last line


def fit_question(message: str, tail: int = 0) -> str:
    """`message` wrapped for the screen after "? ", continuation lines indented.

    `tail` is what follows the question on its last line (an instruction, the answer);
    when it does not fit there, the question ends with a line break and it starts the
    next line.
    """
    width = screen_width()
    text = fit(message, width, first=QMARK, indent="  ")
    lines = text.split("\n")
    used = (QMARK if len(lines) == 1 else 0) + len(lines[-1])
    if tail and used + 1 + min(tail, width - 4) > width:
        text += "\n "
    return text


def fit_choice(title: str, lead: int) -> str:
    """One choice wrapped to the screen after its `lead` (pointer, box)."""
    width = screen_width()
    return fit(title, width - lead, indent=" " * lead) if len(title) > width - lead else title


def fit_validator(validate: Validator) -> Validator:
    """`validate`, its refusals wrapped for the screen (the line under the question)."""

    def fitted(text: str) -> bool | str:
        verdict = validate(text)
        return fit(verdict, screen_width() - 1) if isinstance(verdict, str) else verdict

    return fitted


def _roomy_toolbar(app: Any) -> None:
    """Let the refusal under a question take the lines it needs (prompt_toolkit gives one)."""
    from prompt_toolkit.layout.containers import Window

    for container in app.layout.walk():
        if not isinstance(container, Window):
            continue
        text = getattr(container.content, "text", None)
        if "ValidationToolbar" in getattr(text, "__qualname__", ""):
            container.height = None


def _on_terminal(method: F) -> F:
    """Run a prompt method on the real terminal streams (see the module docstring)."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from samtale.output.gate import raw_output

        with raw_output():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class QuestionaryPrompter:
    """The real prompts. `unsafe_ask` lets Ctrl-C raise instead of returning None.

    `options` (such as ``input``/``output`` for tests) are passed to every question.
    """

    def __init__(self, **options: Any) -> None:
        import questionary

        self._q = questionary
        self._options = options

    def _ask(self, question: Any) -> Any:
        """Ask `question`; Ctrl-D raises `EOFError` at any kind of prompt."""
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        extra = KeyBindings()

        @extra.add(Keys.ControlD, eager=True)
        def _eof(event: Any) -> None:
            if not event.app.current_buffer.text:
                event.app.exit(exception=EOFError, style="class:aborting")
            else:  # in a text with something typed, Ctrl-D deletes as usual
                event.app.current_buffer.delete()

        app = question.application
        _roomy_toolbar(app)
        app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), extra])
        _on_screen.append(app)
        try:
            return question.unsafe_ask()
        finally:
            _on_screen.remove(app)

    def _answered(self, message: str, answer: str) -> None:
        """The line an answered prompt leaves on screen, in the catalogue's words."""
        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.formatted_text import FormattedText
        from questionary.styles import merge_styles_default

        tokens = [
            ("class:qmark", "?"),
            ("class:question", f" {fit_question(message, len(answer))} "),
            ("class:answer", answer),
        ]
        extra = {"output": self._options["output"]} if "output" in self._options else {}
        print_formatted_text(FormattedText(tokens), style=merge_styles_default([None]), **extra)

    @_on_terminal
    def text(self, message: str, default: str, validate: Validator) -> str:
        return self._ask(
            self._q.text(
                fit_question(message, max(len(default), ROOM_TO_TYPE)),
                default=default,
                validate=fit_validator(validate),
                **self._options,
            )
        )

    @_on_terminal
    def select(self, message: str, choices: list[Choice], default: str) -> str:
        items = [
            self._q.Choice(fit_choice(title, POINTER), value=value) for title, value in choices
        ]
        tail = max([len(t(Msg.Q_SELECT_HELP)), *(len(title) for title, _ in choices)])
        return self._ask(
            self._q.select(
                fit_question(message, tail),
                choices=items,
                default=default if default in [v for _, v in choices] else None,
                instruction=t(Msg.Q_SELECT_HELP),
                **self._options,
            )
        )

    @_on_terminal
    def checkbox(
        self, message: str, groups: list[tuple[str, list[Choice]]], checked: list[str]
    ) -> list[str]:
        items: list[Any] = []
        for heading, choices in groups:
            if heading:
                items.append(self._q.Separator(fit_choice(f"── {heading}", POINTER)))
            items += [
                self._q.Choice(
                    fit_choice(title, POINTER + INDICATOR), value=value, checked=value in checked
                )
                for title, value in choices
            ]
        # questionary's own answered line is English ("done (3 selections)"): erase the
        # prompt when it is done and write our own.
        chosen = self._ask(
            self._q.checkbox(
                fit_question(message, len(t(Msg.Q_CHECKBOX_HELP))),
                choices=items,
                instruction=t(Msg.Q_CHECKBOX_HELP),
                erase_when_done=True,
                **self._options,
            )
        )
        titles = {value: title for _, choices in groups for title, value in choices}
        self._answered(message, checked_summary([titles[value] for value in chosen]))
        return chosen

    @_on_terminal
    def autocomplete(
        self, message: str, options: list[str], default: str, validate: Validator
    ) -> str:
        return self._ask(
            self._q.autocomplete(
                fit_question(message, max(len(default), ROOM_TO_TYPE)),
                choices=options,
                default=default,
                validate=fit_validator(validate),
                validate_while_typing=False,  # say "unknown place" on Enter, not mid-word
                ignore_case=True,
                match_middle=True,
                **self._options,
            )
        )

    @_on_terminal
    def confirm(self, message: str, default: bool) -> bool:
        """Yes or no, with the catalogue's words and keys (``j``/``y`` and ``n``)."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.keys import Keys
        from questionary.question import Question
        from questionary.styles import merge_styles_default

        hint = t(Msg.Q_CONFIRM_YES if default else Msg.Q_CONFIRM_NO)
        message = fit_question(message, max(len(hint), len(t(Msg.Q_YES)), len(t(Msg.Q_NO))))
        status: dict[str, bool | None] = {"answer": None}

        def tokens() -> list[tuple[str, str]]:
            shown = [("class:qmark", "?"), ("class:question", f" {message} ")]
            if status["answer"] is None:
                shown.append(("class:instruction", hint))
            else:
                shown.append(("class:answer", t(Msg.Q_YES if status["answer"] else Msg.Q_NO)))
            return shown

        bindings = KeyBindings()

        def answer(value: bool) -> Callable[[Any], None]:
            def handler(event: Any) -> None:
                status["answer"] = value
                event.app.exit(result=value)

            return handler

        for key in t(Msg.Q_YES_KEYS):
            bindings.add(key)(answer(True))
        for key in t(Msg.Q_NO_KEYS):
            bindings.add(key)(answer(False))
        bindings.add(Keys.ControlM, eager=True)(answer(default))

        @bindings.add(Keys.ControlC, eager=True)
        def _interrupt(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        @bindings.add(Keys.Any)
        def _other(event: Any) -> None:
            """Other keys type nothing."""

        session: Any = PromptSession(
            tokens, key_bindings=bindings, style=merge_styles_default([None]), **self._options
        )
        return self._ask(Question(session.app))

    @_on_terminal
    def say(self, text: str) -> None:
        self._q.print(
            fit(for_terminal(text), screen_width()),
            **({"file": self._options["output"]} if "output" in self._options else {}),
        )
