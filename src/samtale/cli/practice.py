"""`samtale practice` (case vignettes) and `samtale reflect` (a self-check before talking)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from samtale import output
from samtale.app.drafts import Kept
from samtale.cli import ask
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.errors import UsageError
from samtale.messages import Msg, t
from samtale.output.console import console

if TYPE_CHECKING:
    from samtale.app.session import Session
    from samtale.prep.questionnaire import Prompter
    from samtale.store.crypto import Key


def _prompter() -> Prompter:
    return ask.prompter(t(Msg.PRACTICE_NEEDS_TERMINAL))


def list_cases(run: Session, as_json: bool) -> None:
    cases = run.guide().cases
    if as_json:
        output.json([{"id": case.id, "title": case.title} for case in cases])
        return
    from rich.table import Table

    from samtale.cli.render import table_box

    out = console()
    table = Table(
        title=t(Msg.PRACTICE_TITLE),
        title_justify="left",
        expand=True,
        box=table_box(out.is_terminal),
    )
    table.add_column("id", overflow="fold")
    table.add_column(t(Msg.PRACTICE_COL_TITLE))
    for case in cases:
        table.add_row(case.id, case.title)
    out.print(table)
    out.print(t(Msg.PRACTICE_HOW))


def run_case(run: Session, typed: str, group: bool, save: bool, resume: bool = False) -> None:
    """Ask the case's questions, then show the pointers; `save` keeps the answers.

    Under `save` the answers are kept in a draft of the case after every answer
    (`samtale.app.drafts`), so Ctrl-C or a failed save loses none; a draft left by an
    earlier run is continued.
    """
    from samtale.practice import find_case, handout, practise, revealed

    guide = run.guide()
    case = find_case(guide, typed)
    if group:
        output.text(handout(case))
        return
    prompter = _prompter()
    draft = earlier = None
    if save or resume:
        command = f"samtale practice {case.id} --resume"
        draft = Kept("practice", case.id, _key(run), command, opener=_opener)
        earlier = draft.load(resume, warn=output.say)
        if resume and earlier is None:
            raise UsageError(t(Msg.PRACTICE_NO_DRAFT))
        if earlier is not None:
            prompter.say(t(Msg.PRACTICE_CONTINUING))
    try:
        answers = practise(prompter, case, earlier, draft.keep if draft else None)
    except (KeyboardInterrupt, EOFError):
        if draft is None:
            raise  # nothing was to be saved: "Afbrudt. Intet er gemt."
        raise draft.stopped() from None
    from rich.panel import Panel
    from rich.text import Text

    out = console()
    # The question opens the box, wrapped like the rest: as a box title it was cut off.
    for item in revealed(case, guide):
        body = Text(item.question + "\n", style="bold")
        body.append(item.hint)
        for line in item.lines:
            body.append("\n• " + line, style="dim")
        out.print(Panel(body))
    if draft is not None:
        _save(draft, case.id, case.title, answers)


def _key(run: Session) -> Key | None:
    """The store key when encryption is on: the draft is sealed from the first answer."""
    if not run.config().encrypt:
        return None
    from samtale.cli.passphrase import unlock

    return unlock(create=True)


def _opener() -> Key:
    """The store key, asked only when a sealed draft must be opened."""
    from samtale.cli.passphrase import unlock

    return unlock(create=False)


def _save(draft: Kept, case_id: str, title: str, answers: dict[str, str]) -> None:
    from samtale.paths import home
    from samtale.practice import answers_text
    from samtale.store.practice import save_answers

    key = draft.key() if callable(draft.key) else draft.key
    try:
        path = save_answers(case_id, answers_text(title, answers), date.today(), key)
    except OSError as error:
        raise draft.not_saved(error, home().practice) from None
    draft.drop()
    output.line(t(Msg.PRACTICE_SAVED, path=path))


def newest_draft() -> str:
    """The case of the most recent practice draft: what `practice --resume` continues."""
    from samtale.store import answer_drafts

    for found in answer_drafts.draft_files():
        if found.kind == "practice":
            return found.owner
    raise UsageError(t(Msg.PRACTICE_NO_DRAFT))


def run_reflect(run: Session) -> None:
    from rich.panel import Panel
    from rich.text import Text

    from samtale.practice import reflect, reveal

    guide = run.guide()
    prompter = _prompter()
    prompter.say(t(Msg.REFLECT_INTRO))
    open_points = reflect(prompter, guide.self_check)
    out = console()
    if not open_points:
        out.print(t(Msg.REFLECT_READY))
        return
    for item in open_points:
        body = Text(item.question + "\n", style="bold")
        body.append(item.why + "\n")
        body.append(item.if_not, style="bold")
        for line in reveal(item.pointers, guide):
            body.append("\n• " + line, style="dim")
        out.print(Panel(body))
    out.print(t(Msg.REFLECT_NOT_SAVED))


def register(app: typer.Typer) -> None:
    """Declare `practice` and `reflect`; help texts are read in the run's language."""

    @app.command("practice", cls=SamtaleCommand, help=t(Msg.HELP_PRACTICE))
    def _practice(
        ctx: typer.Context,
        case: Annotated[
            str | None,
            typer.Argument(
                metavar=t(Msg.HELP_PRACTICE_CASE_METAVAR), help=t(Msg.HELP_PRACTICE_CASE)
            ),
        ] = None,
        group: Annotated[bool, typer.Option("--group", help=t(Msg.HELP_PRACTICE_GROUP))] = False,
        save: Annotated[bool, typer.Option("--save", help=t(Msg.HELP_PRACTICE_SAVE))] = False,
        resume: Annotated[
            bool,
            typer.Option("--resume", "--fortsæt", "--fortsätt", help=t(Msg.HELP_PRACTICE_RESUME)),
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        run = session(ctx)
        if case is None and resume:
            case = newest_draft()
        if case is None:
            list_cases(run, as_json)
        else:
            run_case(run, case, group, save, resume)

    @app.command("reflect", cls=SamtaleCommand, help=t(Msg.HELP_REFLECT))
    def _reflect(ctx: typer.Context) -> None:
        run_reflect(session(ctx))
