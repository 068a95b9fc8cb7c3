"""Read CoNLL-2003 style files: one `token ... TAG` per line, blank lines between sentences.

Files with `-DOCSTART-` lines are split into documents; files without them are one document.

Shared by the NER evaluation and the training script so both see the data the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import GoldDataError

DOCUMENT_MARKER = "-DOCSTART-"


@dataclass(slots=True)
class ConllSentence:
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ConllDocument:
    sentences: list[ConllSentence] = field(default_factory=list)


def read_conll(path: str | Path) -> list[ConllDocument]:
    """Documents of sentences; the tag is the last column, the word the first."""
    source = Path(path)
    try:
        lines = source.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldDataError(f"cannot read CoNLL file {source}: {error}") from error
    documents: list[ConllDocument] = []
    for sentence in _sentences(lines, source):
        if sentence.words[0] == DOCUMENT_MARKER:
            documents.append(ConllDocument())
            continue
        if not documents:
            documents.append(ConllDocument())
        documents[-1].sentences.append(sentence)
    return [document for document in documents if document.sentences]


def _sentences(lines: list[str], source: Path) -> Iterator[ConllSentence]:
    current = ConllSentence()
    for number, line in enumerate(lines, 1):
        columns = line.split()
        if not columns:
            if current.words:
                yield current
                current = ConllSentence()
            continue
        if len(columns) < 2:
            raise GoldDataError(f"{source}:{number}: expected 'token TAG', got {line!r}")
        current.words.append(columns[0])
        current.tags.append(columns[-1])
    if current.words:
        yield current


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, type) from IOB1 or IOB2 tags."""
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if continues:
            continue
        if start >= 0:
            spans.add((start, index, label))
            start, label = -1, ""
        if prefix in ("B", "I"):
            start, label = index, kind
    return spans
