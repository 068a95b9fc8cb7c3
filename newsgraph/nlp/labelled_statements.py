"""Labelled statements: 'Sanders: Clinton needs to …', 'WALLACE: If I may, sir, …' — a
headline or transcript line whose speaker is the name before the colon. The parse cannot see
these (a colon after a name is no verb), so they are read from the words. The label of an
interview ("Q:", "A:"), of page furniture ("Posted:", "Photo:") or a dateline ("ANCHORAGE:",
"Logar:") is not a speaker.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.nlp.cues import LABEL_MAX_TOKENS, MIN_CONTENT_TOKENS, Attribution, attach, strip_final_punct
from newsgraph.nlp.records import Quote, QuoteKind


def labelled_statement(sentence: Span, sentence_index: int) -> Quote | None:
    """'Sanders: Clinton needs to …' / 'WALLACE: If I may, sir, …' (headlines, transcripts)."""
    tokens = [token for token in sentence if not token.is_space]
    colon = next((i for i, token in enumerate(tokens[: LABEL_MAX_TOKENS + 1]) if token.text == ":"), None)
    if colon is None or colon == 0 or len(tokens) - colon - 1 < MIN_CONTENT_TOKENS:
        return None
    label = tokens[:colon]
    if not all(token.is_title or token.is_upper or token.text in (".", "'s") for token in label):
        return None
    doc = sentence.doc
    speaker = doc[label[0].i : label[-1].i + 1]
    if not _names_a_speaker(speaker):
        return None
    content = strip_final_punct(doc[tokens[colon + 1].i : tokens[-1].i + 1])
    quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
    attach(quote, Attribution(doc[tokens[colon].i : tokens[colon].i + 1], speaker))
    return quote


# Labels before a colon that introduce something other than a speaker's words.
NOT_SPEAKER_LABELS = frozenset(
    {
        "q", "a", "posted", "updated", "published", "photo", "photos", "video", "watch", "read", "source",
        "sources", "note", "editor", "credit", "image", "caption", "related", "listen", "update", "correction",
        "breaking", "exclusive", "opinion", "analysis", "live", "file", "tags", "topics", "share", "by",
    }
)  # fmt: skip
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _names_a_speaker(label: Span) -> bool:
    """A name or a transcript's capitalised speaker, not an interview label, page furniture or a
    place (a dateline)."""
    words = [token for token in label if not token.is_punct]
    if not words or any(token.lower_ in NOT_SPEAKER_LABELS for token in words) or len(label.text) < 2:
        return False
    overlapping = [ent for ent in label.doc.ents if ent.start < label.end and label.start < ent.end]
    return not any(ent.label_ in _PLACE_LABELS for ent in overlapping)
