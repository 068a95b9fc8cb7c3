"""Which articles the analysis can read: routing by the language the clean stage identified.

The spaCy model and the NLP lexicons are English, and so are the only event rules
(`newsgraph/events/rules/en/`); a language is routed to analysis when it has a rules folder. An article identified as
another language is skipped with a recorded reason rather than analysed: English rules on
French text find no events but do invent entities and quotes. An article whose language could
not be identified (short or mixed text) is analysed, since most such inputs are English.
"""

from __future__ import annotations

from newsgraph.events.lexicon import rule_languages

RULE_LANGUAGES = rule_languages()  # ISO 639-1 codes with event rules (newsgraph/events/rules/<code>/)


def skip_reason(language: str | None) -> str | None:
    """Why an article in `language` is not analysed, or None when it is."""
    if language is None or language.lower() in RULE_LANGUAGES:
        return None
    have = ", ".join(sorted(RULE_LANGUAGES))
    return f"no analysis rules for language {language!r} (rules exist for: {have})"
