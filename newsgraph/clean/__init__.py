"""Cleaning: from a raw page to clean articles with metadata and an explained removal trail."""

from newsgraph.clean.pipeline import CleanedPage, clean_document

__all__ = ["CleanedPage", "clean_document"]
