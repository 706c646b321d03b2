"""The read commands through Typer's runner: output, aliases, JSON and errors."""

from __future__ import annotations

import json

AMIAMI = "AmiAmi"
FYN_EXPECTED = [
    AMIAMI,
    "Reden Odense",
    "Reden Ung",
    "Center mod Menneskehandel",
    "Gadejuristen",
    "Grænseløst",
]


def names(result) -> list[str]:
    return [item["name"] for item in json.loads(result.stdout)]


def test_resources_fyn_lists_the_right_services(cli) -> None:
    result = cli("resources", "--region", "fyn")
    assert result.exit_code == 0
    for name in FYN_EXPECTED:
        assert name in result.stdout, name
    assert "Reden International" not in result.stdout


def test_resources_fyn_as_json(cli) -> None:
    found = names(cli("resources", "--region", "fyn", "--json"))
    assert all(any(n.startswith(expected) for n in found) for expected in FYN_EXPECTED)
    assert "Reden International" not in found
    assert not any(n.startswith("Kompetencecenter") for n in found)


def test_every_spelling_of_fyn_includes_amiami(cli) -> None:
    for region in ("Odense", "Region Syddanmark", "svendborg"):
        assert AMIAMI in names(cli("resources", "--region", region, "--json")), region


def test_kobenhavn_gets_reden_international_not_amiami(cli) -> None:
    found = names(cli("resources", "--region", "københavn", "--json"))
    assert "Reden International" in found
    assert AMIAMI not in found


def test_unstated_coverage_is_only_listed_without_a_region(cli) -> None:
    assert "The Red Van" in names(cli("resources", "--json"))
    assert "The Red Van" not in names(cli("resources", "--region", "fyn", "--json"))


def test_an_offer_of_unstated_coverage_is_listed_where_it_lies(cli) -> None:
    shown = cli("resources", "--region", "Roskilde", width=200).stdout
    assert "Roskildehjemmet" in shown
    assert "Dækker: ikke oplyst i kilderne (ligger i Østsjælland)" in shown
    assert "roskildehjemmet" not in names_and_ids(cli("resources", "--region", "fyn", "--json"))


def names_and_ids(result) -> set[str]:
    return {value for item in json.loads(result.stdout) for value in (item["id"], item["name"])}


def test_resources_filters_by_group_and_service(cli) -> None:
    legal = names(cli("resources", "--service", "retshjælp", "--json"))
    assert "Gadejuristen" in legal
    assert "Reden Ung" not in legal
    young = names(cli("resources", "--group", "unge", "--json"))
    assert "Reden Ung" in young


def test_contact_data_shows_its_age(cli) -> None:
    result = cli("resources", "--region", "odense", width=200)
    assert "66 14 29 79" in result.stdout
    assert "Oplyst marts 2009 (" in result.stdout
    assert "år siden) – tjek før brug" in result.stdout


def test_unknown_region_is_one_line_exit_2(cli) -> None:
    result = cli("resources", "--region", "fyen")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "mente du 'fyn'?" in result.stderr
    assert "Traceback" not in result.output


def test_phrases_topic_alias_prints_the_same(cli) -> None:
    english = cli("phrases", "--topic", "safety")
    danish = cli("phrases", "--topic", "sikkerhed")
    assert english.exit_code == danish.exit_code == 0
    assert english.stdout == danish.stdout
    found = json.loads(cli("phrases", "--topic", "sikkerhed", "--json").stdout)
    assert len(found) >= 4
    assert {p["topic"] for p in found} == {"safety"}


def test_phrases_context_and_search(cli) -> None:
    found = json.loads(cli("phrases", "--context", "rusmidler", "--json").stdout)
    assert found
    assert all("substance_use" in p["fits"] for p in found)
    word = found[0]["text"].split()[2].strip(",.?")
    searched = json.loads(cli("phrases", "--search", word.upper(), "--json").stdout)
    assert found[0]["id"] in {p["id"] for p in searched}


def test_phrases_unknown_topic_suggests(cli) -> None:
    result = cli("phrases", "--topic", "sikkerhd")
    assert result.exit_code == 2
    assert "mente du" in result.stderr


def test_signs_shows_all_signs_and_consequences(cli, guide) -> None:
    result = cli("signs", width=250)
    assert result.exit_code == 0
    for sign in guide.signs:
        assert sign.id in result.stdout
        assert sign.label in result.stdout
    assert "ikke konklusioner" in result.stdout


def test_signs_json_lists_all_twelve_core_ids(cli) -> None:
    from samtale.guide import vocab

    found = {s["id"] for s in json.loads(cli("signs", "--json").stdout)}
    assert set(vocab.SIGNS) | set(vocab.CONSEQUENCES) <= found


def test_facts_by_topic(cli) -> None:
    laws = json.loads(cli("facts", "--topic", "lov", "--json").stdout)
    assert laws
    assert {f["topic"] for f in laws} == {"law"}
    assert any("§ 224" in f["title"] + f["text"] for f in laws)
    stats = cli("facts", "--topic", "stats")
    assert "1,4" in stats.stdout


def test_output_fits_80_columns(cli) -> None:
    """Every line fits, but for a web address too long for any line: it stands alone,
    whole, so it can still be copied."""
    for args in (("resources", "--region", "fyn"), ("phrases",), ("signs",), ("facts",)):
        result = cli(*args)
        too_wide = [line for line in result.stdout.splitlines() if len(line) > 80]
        assert all(len(line.split()) == 1 for line in too_wide), (args, too_wide)


def test_no_color_means_no_escape_codes(cli) -> None:
    assert "\x1b[" not in cli("resources", "--region", "fyn").stdout


def test_data_check_passes(cli) -> None:
    result = cli("data", "check")
    assert result.exit_code == 0
    assert "Data i orden" in result.stdout


def test_data_check_fails_on_broken_copy(cli, shipped_data, tmp_path) -> None:
    import shutil

    shutil.copytree(shipped_data / "dk", tmp_path / "dk")
    path = tmp_path / "dk" / "phrases.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("topic: safety", "topic: safty", 1), encoding="utf-8")
    result = cli("data", "check", "--data-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "phrases.yaml:" in result.stderr
    assert "topic" in result.stderr
    assert "safty" in result.stderr


def test_version_and_help(cli) -> None:
    assert cli("--version").stdout.startswith("samtale ")
    for command in ("prep", "phrases", "resources", "signs", "facts", "data"):
        result = cli(command, "--help")
        assert result.exit_code == 0, command


def test_unknown_country(cli) -> None:
    result = cli("--country", "xx", "signs")
    assert result.exit_code == 2
    assert "land" in result.stderr
