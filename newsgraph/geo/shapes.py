"""Representative points of countries and regions, computed from their shapes.

Gazetteers disagree on where a country "is": the CIA Factbook and countryinfo give one rounded
point (the United States at 38 N, 97 W, in Kansas' south-east), GeoNames and Wikipedia place big
countries near the centre of their main landmass (39.8 N, 98.5 W and 40 N, 100 W). A geocoder
scored within 161 km needs the second reading for big countries, and the first for archipelagos
and countries whose main landmass centroid falls outside it (Indonesia, Vietnam, Norway), where
a centroid means nothing. Both rules are geometry on countryinfo's outlines, no per-country table.
The great-circle distance every geo figure uses lives here too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

Ring = Sequence[Sequence[float]]  # GeoJSON (lon, lat) pairs
MAIN_LANDMASS_SHARE = 0.75  # the main landmass must hold this much of the area (cos-weighted)
COMPACT_REGION_KM = 100.0  # a region whose towns' mean and extent's middle are this close is compact
EARTH_RADIUS_KM = 6371.0
TRIMMED_SHARE = 0.02  # the towns left out at each end of a region's extent


def ring_centroid(ring: Ring) -> tuple[float, float, float] | None:
    """(lon, lat, planar area in square degrees) of a polygon's outer ring, None if degenerate."""
    area = cx = cy = 0.0
    for (x0, y0, *_), (x1, y1, *_) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if abs(area) < 1e-12:
        return None
    return cx / (6 * area), cy / (6 * area), abs(area)


def inside_ring(lon: float, lat: float, ring: Ring) -> bool:
    """Even-odd test: is the point inside the ring?"""
    inside = False
    for (x0, y0, *_), (x1, y1, *_) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def outer_rings(geojson: dict[str, Any]) -> list[Ring]:
    """The outer ring of every polygon in a GeoJSON FeatureCollection, Feature or geometry."""
    if geojson.get("type") == "FeatureCollection":
        return [ring for feature in geojson.get("features", []) for ring in outer_rings(feature)]
    geometry = geojson.get("geometry", geojson) if geojson.get("type") == "Feature" else geojson
    if not geometry:
        return []
    if geometry.get("type") == "Polygon":
        return [geometry["coordinates"][0]] if geometry.get("coordinates") else []
    if geometry.get("type") == "MultiPolygon":
        return [polygon[0] for polygon in geometry.get("coordinates", []) if polygon]
    return []


def landmass_point(geojson: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of a country's main landmass, when that landmass is most of the
    country and the centroid lies on it; else None (keep the country's published point)."""
    pieces = [(centroid, ring) for ring in outer_rings(geojson) if (centroid := ring_centroid(ring)) is not None]
    if not pieces:
        return None
    # Square degrees shrink with latitude: weigh by cos(lat) so Alaska does not outweigh Texas.
    weights = [area * math.cos(math.radians(lat)) for (_lon, lat, area), _ring in pieces]
    main = max(range(len(pieces)), key=weights.__getitem__)
    (lon, lat, _area), ring = pieces[main]
    if weights[main] < MAIN_LANDMASS_SHARE * sum(weights) or not inside_ring(lon, lat, ring):
        return None
    return lat, lon


def region_point(lats: Sequence[float], lons: Sequence[float]) -> tuple[float, float]:
    """Where a region is, from its towns: the mean position (where its people live, and where
    an event reported only by the region most likely happened), unless the region is so vast
    that the mean sits far from its middle (Queensland's towns hug the coast, Texas' crowd the
    east): then the middle of the extent, where gazetteers put such a region."""
    mean = (sum(lats) / len(lats), sum(lons) / len(lons))
    middle = (trimmed_midrange(lats), trimmed_midrange(lons))
    return mean if distance_km(*mean, *middle) <= COMPACT_REGION_KM else middle


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def trimmed_midrange(values: Sequence[float], trimmed: float = TRIMMED_SHARE) -> float:
    """The middle of a spread of values after dropping the outer `trimmed` share at each end.

    A region's towns crowd where people live (Queensland's coast, eastern Texas): their mean is
    pulled there, while gazetteers place a region near the middle of its extent. Trimming keeps
    one mis-coded town from stretching the extent."""
    ordered = sorted(values)
    cut = int(len(ordered) * trimmed)
    kept = ordered[cut : len(ordered) - cut] or ordered
    return (kept[0] + kept[-1]) / 2
