"""Hand-built published figures (what `report --json --publish` prints) for the publication
tests: a quarter compared with the quarter before, and a year compared with the year before.
Withheld cells are None; canaries sit where a record's words must never come through."""

from __future__ import annotations

import copy
from typing import Any

from fieldapp.domain.publication import Draft, Highlight

ALIAS = "Zhanar CANARY-ALIAS 7731"  # not code-shaped: printed, it would be a leak
DESCRIPTION = "CANARY-DESCRIPTION detained at night"
SOURCE = "CANARY-SOURCE Aigerim"
CASE_REF = "CASE-CANARY-2024-017"
CANARIES = (ALIAS, DESCRIPTION, SOURCE, CASE_REF, "CANARY")

QUARTER: dict[str, Any] = {
    "period": {"from": "2024-01-01", "to": "2024-03-31"},
    "min_cell": 3,
    "threats": 131, "persons": 87, "resolved": None, "cases": 23, "recourses": 14,
    "recourse_persons": 11,
    "by_month": {"2024-01": 31, "2024-02": None, "2024-03": 97},
    "by_year": {"2024": 130},
    "by_sector": {"land": 40, "information": 57, "banking": 11, "metallurgy": None},
    "persons_by_sector": {"land": 30, "information": 26, "banking": 8, "metallurgy": None},
    "by_region": {"almaty": 46, "astana": 39, "mangystau": 27, "ulytau": None, "abai": 17},
    "persons_by_region": {"almaty": 29, "astana": 19, "mangystau": 21, "ulytau": None,
                          "abai": 16},
    "by_locality": {"Almaty": 40, "Aktau & <Mangystau>": 21},
    "by_block": {"criminal": 64, "administrative": 41, "other": 26},
    "by_type": {"detention": 38, "criminal_charge": 26, "administrative_penalty": 41,
                "intimidation": 19, "surveillance": None},
    "by_perpetrator": {"state": 101, "company": 24, "unknown": 9, ALIAS: 4},
    "by_state_body": {"police": 58, "court": 33, "akimat": None},
    "by_company": {"Oil Construction Company": 19, "Techno Trading LTD": 10},
    "by_gender": {"man": 53, "woman": 29, "legal_entity": None},
    "by_category": {"journalist": 20, "lawyer": None, "unspecified": 38},
    "by_outcome": {"release_from_custody": 9, "acquittal": 6},
    "recourses_by_type": {"release_from_custody": 6, "claim_rejected": 8},
    "by_legal_article": {"cc_274": 19, "cc_174": 7, "ac_488": 33, "cc_405": None},
    # Not a published key: nothing of it may reach a page.
    "records": [{"description": DESCRIPTION, "aliases": [ALIAS], "source": SOURCE,
                 "case": CASE_REF}],
}


def _previous_quarter() -> dict[str, Any]:
    previous = copy.deepcopy(QUARTER)
    del previous["records"], previous["min_cell"]
    previous.update({"period": {"from": "2023-10-01", "to": "2023-12-31"},
                     "threats": 44, "persons": 174, "cases": 19, "recourses": 5,
                     "by_month": {"2023-10": 12, "2023-11": 20, "2023-12": 12},
                     "by_year": {"2023": 44}})
    return previous


QUARTER["previous"] = _previous_quarter()
QUARTER["change"] = {"threats": 131 / 44, "persons": 0.5, "cases": 23 / 19, "recourses": None}

YEAR: dict[str, Any] = copy.deepcopy(QUARTER)
YEAR.update({"period": {"from": "2024-01-01", "to": "2024-12-31"},
             "by_month": {"2024-01": 31, "2024-02": None, "2024-03": 97, "2024-06": 67,
                          "2024-11": 5},
             "by_year": {"2024": 220}})
YEAR["previous"].update({"period": {"from": "2023-01-01", "to": "2023-12-31"},
                         "by_month": {"2023-01": 10, "2023-05": 20, "2023-12": None},
                         "by_year": {"2023": 41}})

INTRO = {"en": "Our quarterly INTRO-MARK text.", "ru": "Вступление ИНТРО-МЕТКА квартала.",
         "kk": "Тоқсанның КІРІСПЕ-БЕЛГІ мәтіні."}
COMMENT = {"en": "Sector COMMENT-MARK.\n\nA second paragraph.",
           "ru": "Комментарий КОММЕНТ-МЕТКА по сферам.", "kk": "Салалар ТҮСІНІК-БЕЛГІ."}
STORY_TITLE = {"en": "STORY-TITLE of a trade unionist", "ru": "ИСТОРИЯ-ЗАГОЛОВОК профсоюза",
               "kk": "ОҚИҒА-ТАҚЫРЫП кәсіподақ"}
STORY = {"en": "The STORY-TEXT as written for publication.",
         "ru": "ИСТОРИЯ-ТЕКСТ для публикации.", "kk": "Жариялауға ОҚИҒА-МӘТІН."}

DRAFT = Draft(
    name="q1", period_from="2024-01", period_to="2024-03", kind="quarter",
    texts={"intro": INTRO, "sectors": COMMENT},
    highlights=(Highlight(STORY_TITLE, STORY, case_id=CASE_REF),
                Highlight({"en": ""}, {"en": "", "ru": ""}, case_id=CASE_REF)),
)

PERIOD_NAMES = {
    "quarter": {"en": "1st quarter 2024", "ru": "I квартал 2024 г.", "kk": "2024 жылғы I тоқсан"},
    "year": {"en": "2024", "ru": "2024 год", "kk": "2024 жыл"},
}
THREE_TIMES = {"en": "3.0 times as many as the previous quarter",
               "ru": "в 3,0 раза больше, чем в предыдущем квартале",
               "kk": "алдыңғы тоқсанмен салыстырғанда 3,0 есе көп"}
HALF = {"en": "half as many as the previous quarter",
        "ru": "вдвое меньше, чем в предыдущем квартале",
        "kk": "алдыңғы тоқсанмен салыстырғанда екі есе аз"}
