"""The persona suite as data: answers (the dict `--answers` reads) and what the note must hold.

Each case names text that must and must not appear in the whole note (`must`, `must_not`)
and on the card alone (`card_must`, `card_must_not`), and item ids (phrases, checklist
items, facts, resources, topics) the plan must and must not choose (`ids`, `no_ids`). The
fragments are short and taken from the data, so a layout change does not break them, and
each fit rule of issue 21 has at least one `must_not` here. Other tests iterate over
`CASES` (the word budget of the note, the card's page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PHASES = ("opening", "concrete", "safety", "motives", "help", "closing")

# Lines whose content belongs to a context or a sign the person does not have.
SUGARDATING = "Når du siger sugardating"
FEW_DANES = "1,4 p"  # "1,4 procent af danskerne" / "(1,4 pct.)"
BUSY_PHONE = "rigtig mange beskeder på din telefon"
DK_NEXT_TIME = "Skal vi gøre det næste gang?"
SE_NEXT_TIME = "Ska vi göra så nästa gång?"
EN_NEXT_TIME = "interpreter for next time"
PREGNANT_DK = "gravid"
PREGNANT_SE = "gravid"
CHILD_THIRD_PERSON_DK = "hvordan et barn har det"
CHILD_THIRD_PERSON_SE = "om jag blir orolig för att ett barn far illa"
AS_PARENT_SE = "föräldern och barnet"
WANTS_TO_STOP_SE = "vill sluta"
PUBLIC_DUTY_DK = "har jeg pligt til at sige det til kommunen"
RECORD_DUTY_CARD = "Din pligt, notatpligt"
FAMILY_ACCEPTANCE = "Hur har din familj tagit emot den du är"
MSM = "procent av män som har sex med män"  # the EMIS 2011 figure
WONDER_DK = "Jeg har lagt mærke til et par ting"
VIOLENCE_TOLD_SE = "Du har berättat om våld"
TRAFFICKING_DK = ("Tal med personen alene", "Center mod Menneskehandel (CMM)", "tomandshånd")
TRAFFICKING_SE = ("Tala med personen ensam", "Rådgör med det nationella stödet")
TRAFFICKING_STEPS = ("talk_alone", "do_not_confront")


@dataclass(frozen=True)
class Case:
    """One person: the answers, and what their note must and must not hold."""

    name: str
    country: str
    answers: dict[str, Any]
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    card_must: tuple[str, ...] = ()
    card_must_not: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    no_ids: tuple[str, ...] = ()
    rules: tuple[str, ...] = field(default=())  # which fit rules of issue 21 the case checks


def case(name: str, country: str, **spec: Any) -> Case:
    """A case; every key that is not an expectation is an answer (`citizen` filled in)."""
    expect = {key: tuple(spec.pop(key)) for key in list(spec) if key in EXPECTATIONS}
    answers = {"citizen": "X.Y.", **spec}
    return Case(name, country, answers, **expect)


EXPECTATIONS = ("must", "must_not", "card_must", "card_must_not", "ids", "no_ids", "rules")

CASES: list[Case] = [
    # ------------------------------------------------------------------ Denmark
    case(
        "dk foreign woman 24, trafficking concern, Vejle",
        "dk",
        age_group="18_29",
        gender="woman",
        nationality="foreign",
        contexts=["trafficking_concern"],
        region="Vejle",
        card_must=["AmiAmi"],
        ids=["talk_alone", "do_not_confront", "consult_cmm", "amiami"],
        must_not=[SUGARDATING, FEW_DANES],
        no_ids=[
            "concrete_what_the_word_means",
            "motives_friends_norms",
            # Lust, curiosity, exploring one's sexuality, "what is good about it": not
            # for a person others may be exploiting.
            "concrete_income_or_exploring",
            "motives_contact_and_desire",
            "motives_what_it_gives",
        ],
        rules=["age_not_context", "card_fit_first", "trafficking_only_with_concern"],
    ),
    case(
        "dk foreign woman 35, no trafficking concern, Odense",
        "dk",
        age_group="30_plus",
        gender="woman",
        nationality="foreign",
        region="Odense",
        role="sundhedsplejerske i kommunen",
        ids=["amiami", "help_foreign"],
        must_not=TRAFFICKING_DK,
        no_ids=[*TRAFFICKING_STEPS, "consult_cmm", "cmm", "opening_just_us"],
        rules=["trafficking_only_with_concern"],
    ),
    case(
        "dk foreign woman in English with an interpreter",
        "dk",
        age_group="30_plus",
        gender="woman",
        nationality="foreign",
        contexts=["trafficking_concern"],
        region="København",
        conversation_language="en",
        interpreter=True,
        ids=["interpreter_speak_to_person", "interpreter_professional", "talk_alone"],
        must_not=[DK_NEXT_TIME, EN_NEXT_TIME],
        no_ids=["help_interpreter", "language_check_understanding"],
        rules=["interpreter"],
    ),
    case(
        "dk foreign man 40, no concern, speaks Danish",
        "dk",
        age_group="30_plus",
        gender="man",
        nationality="foreign",
        region="Aarhus",
        ids=["help_interpreter"],
        must_not=[*TRAFFICKING_DK, PREGNANT_DK],
        no_ids=[*TRAFFICKING_STEPS, "consult_cmm", "cmm"],
        rules=["trafficking_only_with_concern", "gender"],
    ),
    case(
        "dk trans woman 30, LGBT+, København",
        "dk",
        age_group="30_plus",
        gender="trans",
        contexts=["lgbt"],
        region="København",
        ids=["opening_lgbt_approached", "trans_people_selling"],
        must_not=[PREGNANT_DK],
        no_ids=["safety_protection"],
        rules=["gender"],
    ),
    case(
        "dk non-binary 22, LGBT+, mental health",
        "dk",
        age_group="18_29",
        gender="nonbinary",
        contexts=["lgbt", "mental_health"],
        region="Aalborg",
        must_not=[PREGNANT_DK, SUGARDATING, FEW_DANES],
        ids=["opening_lgbt_approached", "motives_mood"],
        rules=["gender", "age_not_context"],
    ),
    case(
        "dk Danish man 50, no context, Aalborg",
        "dk",
        age_group="30_plus",
        gender="man",
        nationality="domestic",
        region="Aalborg",
        must_not=[PREGNANT_DK, SUGARDATING, *TRAFFICKING_DK, BUSY_PHONE, WONDER_DK],
        no_ids=["cmm", "amiami", "safety_protection"],
        rules=["gender", "trafficking_only_with_concern", "observations"],
    ),
    case(
        "dk girl 15, public school teacher",
        "dk",
        age_group="under_18",
        gender="woman",
        nationality="domestic",
        region="Odense",
        role="lærer i folkeskolen",
        sector="public",
        ids=["duties", "notify_duty", "duties_under_18", "buyer_under_18_crime"],
        must=[PUBLIC_DUTY_DK],
        must_not=[CHILD_THIRD_PERSON_DK],
        no_ids=["duties_child_concern", "notify_duty_private", "notify_duty_which"],
        rules=["minor_second_person", "minor_duties_topic", "sector"],
    ),
    case(
        "dk girl 16, private volunteer",
        "dk",
        age_group="under_18",
        gender="woman",
        region="Esbjerg",
        role="frivillig i en forening",
        sector="private",
        ids=["duties", "notify_duty_private", "duties_under_18_serious"],
        must_not=[PUBLIC_DUTY_DK, CHILD_THIRD_PERSON_DK, RECORD_DUTY_CARD],
        no_ids=["duties_under_18", "notify_duty", "record_duty"],
        rules=["sector", "minor_second_person", "minor_duties_topic"],
    ),
    case(
        "dk woman 40 using drugs, NGO staff",
        "dk",
        age_group="30_plus",
        gender="woman",
        contexts=["substance_use"],
        region="Aarhus",
        role="medarbejder i en NGO",
        sector="private",
        card_must_not=[RECORD_DUTY_CARD, "notatpligt"],
        no_ids=["record_duty"],
        ids=["opening_substance_use_money"],
        rules=["sector"],
    ),
    case(
        "dk mother 35, public case worker",
        "dk",
        age_group="30_plus",
        gender="woman",
        contexts=["children"],
        role="socialrådgiver i jobcenteret",
        ids=["children", "notify_duty", "children_do_they_know", "record_duty"],
        no_ids=["notify_duty_private", "notify_duty_which"],
        rules=["children_topic", "sector"],
    ),
    case(
        "dk father 45, homeless, NGO worker",
        "dk",
        age_group="30_plus",
        gender="man",
        contexts=["children", "homelessness"],
        role="frivillig i en forening",
        region="Roskilde",
        ids=["children", "notify_duty_private", "roskildehjemmet"],
        no_ids=["notify_duty", "record_duty"],
        must_not=[PUBLIC_DUTY_DK, PREGNANT_DK],
        rules=["children_topic", "sector"],
    ),
    case(
        "dk woman 45, housed, drinks, Roskilde",
        "dk",
        age_group="30_plus",
        gender="woman",
        contexts=["substance_use"],
        region="Roskilde",
        card_must_not=["Roskildehjemmet", "Hanne Mariehjemmet", "Krisecenter"],
        no_ids=["roskildehjemmet", "hanne_mariehjemmet", "redernes_krisecenter"],
        rules=["card_fit_first"],
    ),
    case(
        "dk woman 28, isolation only",
        "dk",
        age_group="18_29",
        gender="woman",
        signs={"isolation": "Ser ikke sine venner mere"},
        must_not=[BUSY_PHONE, SUGARDATING, FEW_DANES],
        ids=["motives_pulling_away"],
        no_ids=["opening_lonely_busy_phone"],
        rules=["observations", "age_not_context"],
    ),
    case(
        "dk woman 26, lonely but busy phone",
        "dk",
        age_group="18_29",
        gender="woman",
        signs={"lonely_busy_phone": "Telefonen summer hele mødet"},
        must=[BUSY_PHONE],
        ids=["opening_lonely_busy_phone"],
        rules=["observations"],
    ),
    case(
        "dk woman 20, sugardating among friends",
        "dk",
        age_group="18_29",
        gender="woman",
        contexts=["young"],
        must=[SUGARDATING],
        ids=["concrete_what_the_word_means"],
        rules=["age_not_context"],
    ),
    case(
        "dk woman 30, intellectual disability",
        "dk",
        age_group="30_plus",
        gender="woman",
        contexts=["intellectual_disability"],
        region="Odense",
        ids=["motives_just_listen", "safety_own_limits"],
        must_not=[SUGARDATING, *TRAFFICKING_DK],
        rules=["intellectual_disability"],
    ),
    case(
        "dk boy 17, homeless, København",
        "dk",
        age_group="under_18",
        gender="man",
        contexts=["homelessness"],
        region="København",
        ids=["duties", "safety_under_18_law"],
        must_not=[PREGNANT_DK, CHILD_THIRD_PERSON_DK, PUBLIC_DUTY_DK],
        no_ids=["roskildehjemmet", "hanne_mariehjemmet", "reden_men_aalborg_esbjerg"],
        rules=["minor_second_person", "minor_duties_topic", "gender", "sector"],
    ),
    case(
        "dk English conversation, minimal answers",
        "dk",
        conversation_language="en",
        ids=["language_check_understanding"],
        must_not=[SUGARDATING, *TRAFFICKING_DK, BUSY_PHONE, WONDER_DK],
        rules=["observations", "trafficking_only_with_concern"],
    ),
    case(
        "dk minimal answers",
        "dk",
        must_not=[SUGARDATING, FEW_DANES, *TRAFFICKING_DK, BUSY_PHONE, WONDER_DK],
        no_ids=["duties"],
        rules=["observations"],
    ),
    case(
        "dk Danish woman 19, trafficking concern",
        "dk",
        age_group="18_29",
        gender="woman",
        nationality="domestic",
        contexts=["trafficking_concern"],
        region="Aarhus",
        ids=["talk_alone", "consult_cmm", "cmm"],
        must_not=["folk fra andre lande", "dit eget sprog"],
        no_ids=["help_foreign", "help_interpreter", "amiami"],
        rules=["nationality"],
    ),
    # ------------------------------------------------------------------ Sweden
    case(
        "se foreign woman 24, trafficking concern, Göteborg",
        "se",
        age_group="18_29",
        gender="woman",
        nationality="foreign",
        contexts=["trafficking_concern"],
        region="Göteborg",
        card_must=["Mikamottagning"],
        ids=["talk_alone", "consult_national_support", "mika_goteborg"],
        must_not=[FAMILY_ACCEPTANCE],
        no_ids=[
            "motives_family_acceptance",
            "motives_what_it_gives",
            "motives_more_than_money",
            "no_assumptions",  # "do not assume they were forced" beside a concern that they are
        ],
        rules=["age_not_context", "card_fit_first"],
    ),
    case(
        "se woman 40, Göteborg, minimal answers",
        "se",
        age_group="30_plus",
        gender="woman",
        region="Göteborg",
        card_must=["Mikamottagning"],
        must_not=["Venhälsan", "RFSL", *TRAFFICKING_SE, VIOLENCE_TOLD_SE],
        no_ids=["kvinnofridslinjen", "rfsl", "hbt_jouren", "venhalsan"],
        rules=["card_fit_first", "trafficking_only_with_concern"],
    ),
    case(
        "se girl 16, Göteborg",
        "se",
        age_group="under_18",
        gender="woman",
        region="Göteborg",
        card_must=["Mikamottagning"],
        ids=["duties", "mika_goteborg"],
        rules=["card_fit_first", "minor_duties_topic"],
    ),
    case(
        "se Swedish man 50, Stockholm",
        "se",
        age_group="30_plus",
        gender="man",
        nationality="domestic",
        region="Stockholm",
        card_must_not=["Venhälsan", "RFSL"],
        must_not=["Venhälsan", "RFSL", MSM, *TRAFFICKING_SE],
        no_ids=["venhalsan", "rfsl", "stodlinjen_man", "hbt_jouren"],
        rules=["gender", "card_fit_first"],
    ),
    case(
        "se trans woman 35, hbtq, Stockholm",
        "se",
        age_group="30_plus",
        gender="trans",
        contexts=["lgbt"],
        region="Stockholm",
        ids=["rfsl", "motives_trans"],
        must_not=[MSM, PREGNANT_SE],
        no_ids=["msm_emis_2011"],
        rules=["gender"],
    ),
    case(
        "se gay man 30, hbtq, Stockholm",
        "se",
        age_group="30_plus",
        gender="man",
        contexts=["lgbt"],
        region="Stockholm",
        ids=["venhalsan", "rfsl", "msm_emis_2011"],
        rules=["gender"],
    ),
    case(
        "se woman 22, no hbtq context",
        "se",
        age_group="18_29",
        gender="woman",
        nationality="domestic",
        region="Uppsala",
        must_not=[FAMILY_ACCEPTANCE, "RFSL", *TRAFFICKING_SE],
        no_ids=["motives_family_acceptance"],
        rules=["age_not_context"],
    ),
    case(
        "se girl 15, self-harm through sex",
        "se",
        age_group="under_18",
        gender="woman",
        signs={"self_harm_through_sex": "Söker sig till vuxna som skadar henne"},
        region="Malmö",
        ids=["duties", "report_concern_child", "duties_under_18_report_may"],
        must_not=[WANTS_TO_STOP_SE, AS_PARENT_SE, CHILD_THIRD_PERSON_SE],
        card_must_not=[AS_PARENT_SE],
        no_ids=[
            "no_assumptions",
            "exit_no_assumption",
            "duties_concern_for_child",
            "motives_what_it_gives",
            "motives_more_than_money",
        ],
        rules=["minor_second_person", "minor_duties_topic", "sector"],
    ),
    case(
        "se boy 16, public social worker",
        "se",
        age_group="under_18",
        gender="man",
        contexts=["homelessness"],
        region="Stockholm",
        role="socialsekreterare i kommunen",
        sector="public",
        ids=[
            "duties",
            "report_concern_child_public",
            "duties_under_18_report",
            "disclosure_duty",
            "police_disclosure_under_18",
        ],
        must_not=[CHILD_THIRD_PERSON_SE, AS_PARENT_SE],
        no_ids=["report_concern_child", "duties_concern_for_child"],
        rules=["sector", "minor_second_person"],
    ),
    case(
        "se girl 17, volunteer in an NGO",
        "se",
        age_group="under_18",
        gender="woman",
        role="volontär i en ideell förening",
        sector="private",
        ids=["report_concern_child_private", "duties_under_18_report_may", "secrecy"],
        must_not=["måste jag anmäla"],
        no_ids=[
            "report_concern_child_public",
            "duties_under_18_report",
            # Offentlighets- och sekretesslagen binds authorities, not an association.
            "disclosure_duty",
            "consent_to_share",
            "police_disclosure_under_18",
        ],
        rules=["sector"],
    ),
    case(
        "se father 40, public case worker",
        "se",
        age_group="30_plus",
        gender="man",
        contexts=["children", "substance_use"],
        role="handläggare på socialtjänsten",
        sector="public",
        ids=["children", "report_concern_child_public"],
        no_ids=["report_concern_child"],
        must_not=[PREGNANT_SE],
        rules=["children_topic", "sector"],
    ),
    case(
        "se foreign man 35, no concern, Malmö",
        "se",
        age_group="30_plus",
        gender="man",
        nationality="foreign",
        region="Malmö",
        must_not=TRAFFICKING_SE,
        no_ids=[*TRAFFICKING_STEPS, "consult_national_support", "human_trafficking"],
        rules=["trafficking_only_with_concern"],
    ),
    case(
        "se foreign woman in English with an interpreter",
        "se",
        age_group="30_plus",
        gender="woman",
        nationality="foreign",
        region="Stockholm",
        conversation_language="en",
        interpreter=True,
        ids=["interpreter_speak_to_person"],
        must_not=[SE_NEXT_TIME, EN_NEXT_TIME, *TRAFFICKING_SE],
        no_ids=["help_interpreter", "talk_alone", "language_check_understanding"],
        rules=["interpreter", "trafficking_only_with_concern"],
    ),
    case(
        "se woman 30, intellectual disability",
        "se",
        age_group="30_plus",
        gender="woman",
        contexts=["intellectual_disability"],
        ids=["safety_your_choice"],
        must_not=[VIOLENCE_TOLD_SE, *TRAFFICKING_SE],
        rules=["intellectual_disability"],
    ),
    case(
        "se woman 35, mental health only",
        "se",
        age_group="30_plus",
        gender="woman",
        contexts=["mental_health"],
        must_not=[VIOLENCE_TOLD_SE],
        ids=["motives_feelings_after"],
        no_ids=["opening_after_violence"],
        rules=["observations"],
    ),
    case(
        "se English conversation, minimal answers",
        "se",
        conversation_language="en",
        ids=["language_check_understanding"],
        must_not=[*TRAFFICKING_SE, FAMILY_ACCEPTANCE, VIOLENCE_TOLD_SE],
        rules=["trafficking_only_with_concern"],
    ),
    case(
        "se Swedish woman 20, trafficking concern",
        "se",
        age_group="18_29",
        gender="woman",
        nationality="domestic",
        contexts=["trafficking_concern"],
        region="Stockholm",
        ids=["talk_alone", "consult_national_support"],
        must_not=["uppehållstillstånd", "ditt eget språk"],
        no_ids=["help_migration_questions", "help_interpreter"],
        rules=["nationality"],
    ),
]
