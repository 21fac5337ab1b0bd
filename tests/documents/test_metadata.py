"""Which titles name one series: table-driven, pure."""

from __future__ import annotations

import pytest

from assistant.documents.metadata import same_series, title_key


@pytest.mark.parametrize("a, b, same", [
    ("Protection of migrants", "Protection of migrants", True),
    ("80/218. Protection of migrants", "protection of  migrants", True),  # the number and the case aside
    ("Financing of the United Nations Interim Force in Lebanon",
     "Financing of the United Nations Interim Security Force for Abyei", False),
    ("World Cleanup Day", "World Lake Day", False),
    ("Programme budget for 2025", "Programme budget for 2026", True),  # a budget renewed each year
    ("Global health and foreign policy: addressing global health challenges in the foreign policy space",
     "Global health and foreign policy: rethinking health promotion as a transformative path", True),  # the theme
    ("Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19",
     "Scale of assessments for the apportionment of the expenses of the United Nations", False),  # no theme: other
])
def test_same_series(a, b, same):
    assert same_series(a, b) is same and same_series(b, a) is same


def test_title_key():
    assert title_key("78/217.  Protection of Migrants ") == "protection of migrants"
    assert title_key(None) == ""
