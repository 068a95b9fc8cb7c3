"""Language identification with py3langid (a model shipped inside the package; no download)."""

from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE_CHARS = 4000
_MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability of `text`'s language; (None, p) when unsure."""
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return None, None
    code, probability = _identifier().classify(sample)
    probability = round(float(probability), 4)
    return (str(code) if probability >= _MIN_CONFIDENCE else None), probability
