"""`samtale practice` and `samtale reflect`: cases, handouts, pointers, nothing stored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from samtale.guide import vocab
from samtale.guide.load import load_guide
from samtale.guide.validate import validate_folder
from samtale.messages import t
from samtale.practice import find_case, handout, practise, reflect, revealed
from tests.helpers import Script

COUNTRIES = ("dk", "se")


@pytest.fixture(params=COUNTRIES)
def country_guide(request):
    from samtale.messages import use_country

    use_country(request.param)
    yield load_guide(request.param)
    use_country("dk")


def test_at_least_six_cases_per_country(country_guide) -> None:
    assert len(country_guide.cases) >= 6
    assert len(country_guide.self_check) >= 4


def test_every_case_has_the_six_questions_in_order(country_guide) -> None:
    for case in country_guide.cases:
        assert tuple(r.question for r in case.reflections) == vocab.REFLECTION_QUESTIONS


def test_handout_is_commonmark_with_all_six_questions(country_guide) -> None:
    for case in country_guide.cases:
        text = handout(case)
        tokens = MarkdownIt("commonmark").parse(text)
        items = [tok for tok in tokens if tok.type == "list_item_open"]
        assert len(items) == 6, case.id
        for reflection in case.reflections:
            assert t(f"practice.q.{reflection.question}") in text


def test_pointers_reveal_real_content(guide) -> None:
    case = guide.cases[0]
    shown = revealed(case, guide)
    assert len(shown) == 6
    assert any(item.lines for item in shown)
    texts = {p.text for p in guide.phrases}
    phrase_lines = [line for item in shown for line in item.lines if line.startswith("Sig fx")]
    assert all(line.split(": ", 1)[1] in texts for line in phrase_lines)


def test_broken_pointer_fails_data_check(shipped_data: Path, tmp_path: Path) -> None:
    shutil.copytree(shipped_data / "dk", tmp_path / "dk")
    path = tmp_path / "dk" / "cases.yaml"
    first = load_guide("dk").cases[0].reflections[0].pointers
    pointer = (first.phrases or first.resources or first.facts or first.checklist)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(pointer, "no_such_id_at_all", 1), encoding="utf-8")
    _, problems = validate_folder(tmp_path / "dk", "dk")
    assert any(p.kind == "cases" and "no_such_id_at_all" in p.message for p in problems)


def test_find_case_by_prefix_and_typo(guide) -> None:
    case = guide.cases[0]
    assert find_case(guide, case.id.upper()) is case
    from samtale.errors import UsageError

    with pytest.raises(UsageError):
        find_case(guide, "zzzz-no-such-case")


def test_practise_asks_six_questions(guide) -> None:
    script = Script(["Roligt", "", "Lytte", "Om rettigheder", "Supervision", "Notatpligt"])
    answers = practise(script, guide.cases[0])
    assert list(answers) == list(vocab.REFLECTION_QUESTIONS)
    assert answers["meet"] == "Roligt"
    assert script.answers == []


def test_reflect_returns_the_open_points(guide) -> None:
    answers = [True] * len(guide.self_check)
    answers[1] = False
    assert reflect(Script(answers), guide.self_check) == [guide.self_check[1]]


def test_practice_list_json(cli) -> None:
    result = cli("practice", "--json")
    assert result.exit_code == 0
    cases = json.loads(result.stdout)
    assert len(cases) >= 6
    assert all(set(case) == {"id", "title"} for case in cases)


def test_practice_group_for_every_case(cli, guide) -> None:
    for case in guide.cases:
        result = cli("practice", case.id, "--group")
        assert result.exit_code == 0, result.output
        assert MarkdownIt("commonmark").parse(result.stdout)
        assert result.stdout.count("\n1. ") == 1


def test_practice_without_terminal_explains(cli, guide) -> None:
    result = cli("practice", guide.cases[0].id)
    assert result.exit_code == 2
    assert "--group" in result.stderr


def test_unknown_case_suggests(cli, guide) -> None:
    result = cli("practice", guide.cases[0].id + "q", "--group")
    assert result.exit_code == 2
    assert "mente du" in result.stderr
