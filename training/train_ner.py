"""Fine-tune a CoNLL-2003 entity recogniser for newsgraph (PER, ORG, LOC, MISC).

The small English model's recogniser is trained on OntoNotes and scores about 0.60 F1 on
Reuters-style news once its labels are mapped to CoNLL's. This script starts from its weights
(so it keeps what it knows about English news), adds the four CoNLL labels and fine-tunes on the
CoNLL training file only. The result is stored in `newsgraph/nlp/models/ner_conll` and runs
*beside* the original recogniser, which still supplies dates, numbers and money.

Reproducible: fixed seed, fixed number of epochs, no model selection on the dev file.

    .venv/bin/python training/train_ner.py ../shared/data/ner/conll2003_train.txt
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from newsgraph.evaluate.conll import read_conll
from newsgraph.nlp.model import BASE_MODEL, CONLL_LABELS, CONLL_MODEL_DIR

SEED = 20261122


def load_examples(nlp: spacy.Language, path: Path) -> list[Example]:
    examples = []
    for document in read_conll(path):
        for sentence in document.sentences:
            predicted = Doc(nlp.vocab, words=sentence.words)
            reference = Doc(nlp.vocab, words=sentence.words, ents=_iob2(sentence.tags))
            examples.append(Example(predicted, reference))
    return examples


def _iob2(tags: list[str]) -> list[str]:
    """spaCy wants IOB2 (every entity opens with B-); CoNLL files may use IOB1."""
    fixed, previous = [], "O"
    for tag in tags:
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and previous.partition("-")[2] != kind:
            tag = f"B-{kind}"
        fixed.append(tag)
        previous = tag
    return fixed


def train(train_file: Path, out_dir: Path, epochs: int, dropout: float) -> None:
    fix_random_seed(SEED)
    base = spacy.load(BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp = spacy.blank("en")
    nlp.add_pipe("ner", source=base)
    recogniser = nlp.get_pipe("ner")
    for label in CONLL_LABELS:
        recogniser.add_label(label)
    examples = load_examples(nlp, train_file)
    optimizer = nlp.resume_training()
    rng = random.Random(SEED)
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        started = time.perf_counter()
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        print(f"epoch {epoch}: loss {losses['ner']:.1f} ({time.perf_counter() - started:.0f} s)", flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    # The vocabulary's string table would list every word of the training corpus; the
    # recogniser works on hashed features and does not need it, so it is not saved.
    nlp.to_disk(out_dir, exclude=["vocab"])
    print(f"saved {out_dir}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_file", type=Path)
    parser.add_argument("--out", type=Path, default=CONLL_MODEL_DIR)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--dropout", type=float, default=0.2)
    arguments = parser.parse_args()
    train(arguments.train_file, arguments.out, arguments.epochs, arguments.dropout)


if __name__ == "__main__":
    main()
