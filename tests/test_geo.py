"""Offline gazetteer and toponym resolution (builds the index on first use, ~20 s, cached)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.geo.gazetteer import distance_km, gazetteer
from newsgraph.geo.resolve import resolve_toponyms


@pytest.fixture(scope="module")
def places():
    return gazetteer()


def test_transliteration_variants_resolve_to_the_same_city(places):
    zaporizhzhia, zaporizhzhya, kharkov, kharkiv, kiev = resolve_toponyms(
        ["Zaporizhzhia", "Zaporizhzhya", "Kharkov", "Kharkiv", "Kiev"], Counter(), places
    )
    assert zaporizhzhia == zaporizhzhya and zaporizhzhia is not None and zaporizhzhia.population > 500_000
    assert kharkov == kharkiv and kharkiv is not None and kharkiv.country == "UKR"
    assert kiev is not None and kiev.name == "Kyiv"


def test_country_names_and_codes_are_countries_not_suburbs(places):
    usa, france, uk = resolve_toponyms(["USA", "France", "UK"], Counter(), places)
    assert usa is not None and (usa.kind, usa.country) == ("country", "USA")
    assert france is not None and (france.kind, france.country) == ("country", "FRA")
    assert uk is not None and uk.country == "GBR"


def test_population_and_context_pick_the_right_namesake(places):
    (moscow,) = resolve_toponyms(["Moscow"], Counter({"USA": 1}), places)
    assert moscow is not None and moscow.country == "RUS"
    (texas,) = resolve_toponyms(["Texas"], Counter(), places)
    assert texas is not None and texas.kind == "region" and texas.country == "USA"


def test_unknown_names_stay_unresolved(places):
    assert resolve_toponyms(["Qwxzplk"], Counter(), places) == [None]


def test_distance_km():
    assert distance_km(0, 0, 0, 0) == 0
    assert 340 < distance_km(48.8566, 2.3522, 51.5074, -0.1278) < 350  # Paris–London
