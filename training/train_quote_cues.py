"""Train the attribution cue model (`newsgraph/nlp/attribution_cues.py`).

Every candidate word (a verb, or "according") of every sentence of the PolNeAR *train* file is
labelled 1 when it lies inside a gold cue span of an attribution with content, else 0; the
sentences are split and parsed exactly as the pipeline does it (`load_pipeline` for sentences,
`parse_sentences` for the parse). The model is a logistic regression over `cue_features`.

The decision threshold is chosen by 5-fold cross-validation on the train file (folds by article):
the probability that maximises cue F1 on the folds the model did not see. The dev file is never
read here; `newsgraph eval quotes ../shared/data/quotes/polnear_dev.jsonl` scores the result.

Usage: python training/train_quote_cues.py ../shared/data/quotes/polnear_train.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from newsgraph.nlp.attribution_cues import MODEL_FILE, cue_features, is_candidate
from newsgraph.nlp.model import load_pipeline
from newsgraph.nlp.syntax import parse_sentences

C = 0.3
FOLDS = 5
CUE_WORD_MIN_COUNT = 5
CUE_WORD_MIN_RATE = 0.2
THRESHOLDS = tuple(round(0.2 + 0.05 * step, 2) for step in range(13))


def candidate_rows(
    gold_file: Path,
) -> tuple[list[dict[str, int]], np.ndarray, np.ndarray, list[tuple[str, str]]]:
    """(features, label, article number, (lower-case word, lemma)) of every candidate word in
    the gold file."""
    rows = [json.loads(line) for line in gold_file.open(encoding="utf-8") if line.strip()]
    features: list[dict[str, int]] = []
    labels: list[int] = []
    articles: list[int] = []
    words: list[tuple[str, str]] = []
    for number, (row, doc) in enumerate(zip(rows, load_pipeline().pipe(row["text"] for row in rows), strict=True)):
        cues = [
            (attribution["cue"]["start"], attribution["cue"]["end"])
            for attribution in row["attributions"]
            if attribution.get("cue") and attribution.get("content")
        ]
        sentences = list(doc.sents)
        for sentence, parsed in zip(sentences, parse_sentences(s.text for s in sentences), strict=True):
            for token in parsed:
                if not is_candidate(token):
                    continue
                start = sentence.start_char + token.idx
                features.append(dict.fromkeys(cue_features(token), 1))
                labels.append(int(any(cue_start <= start < cue_end for cue_start, cue_end in cues)))
                articles.append(number)
                words.append((token.lower_, token.lemma_.lower()))
    return features, np.array(labels), np.array(articles), words


def cue_words(words: list[tuple[str, str]], labels: np.ndarray) -> list[str]:
    """The words (letters only) that pass `_passing` as forms, and every form seen of a lemma
    that passes as a lemma: a sentence with none of them is not parsed for quotes. On 300
    news_dev articles about half the sentences have none. Forms alone left out "support",
    "consider" and "want" though "supports", "considers" and "wants" passed, so "About
    three-quarters support a ban" was never parsed (on 300 PolNeAR train articles, content F1
    0.647 against 0.656 with no gate at all); lemmas alone leave out "thinks" and "wants",
    whose lemmas are mostly no cue ("thinking about"). Chosen for speed (`bench/nlp.py`)."""
    forms = _passing([word for word, _lemma in words], labels)
    lemmas = _passing([lemma for _word, lemma in words], labels)
    return sorted({word for word, lemma in words if word.isalpha() and (word in forms or lemma in lemmas)})


def _passing(keys: list[str], labels: np.ndarray) -> set[str]:
    """The keys seen as a cue at least CUE_WORD_MIN_COUNT times and in at least
    CUE_WORD_MIN_RATE of their uses."""
    seen: Counter[str] = Counter(keys)
    cues: Counter[str] = Counter(key for key, label in zip(keys, labels, strict=True) if label)
    return {
        key for key, count in cues.items() if count >= CUE_WORD_MIN_COUNT and count / seen[key] >= CUE_WORD_MIN_RATE
    }


def best_threshold(features: list[dict[str, int]], labels: np.ndarray, articles: np.ndarray) -> float:
    """The threshold with the best cue F1 over the folds, each scored by a model fitted without it."""
    probabilities = np.zeros(len(labels))
    for fold in range(FOLDS):
        held = articles % FOLDS == fold
        vectorizer = DictVectorizer()
        fitted = vectorizer.fit_transform([f for f, keep in zip(features, ~held, strict=True) if keep])
        model = LogisticRegression(C=C, max_iter=3000).fit(fitted, labels[~held])
        scored = vectorizer.transform([f for f, keep in zip(features, held, strict=True) if keep])
        probabilities[held] = model.predict_proba(scored)[:, 1]
    scores = {}
    for threshold in THRESHOLDS:
        predicted = probabilities >= threshold
        true_positives = float((predicted & (labels == 1)).sum())
        precision = true_positives / max(predicted.sum(), 1)
        recall = true_positives / max(labels.sum(), 1)
        scores[threshold] = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"threshold {threshold:.2f}: cue P {precision:.3f} R {recall:.3f} F1 {scores[threshold]:.3f}")
    return max(scores, key=scores.__getitem__)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_file", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    features, labels, articles, words = candidate_rows(args.train_file)
    print(f"{len(labels)} candidate words, {int(labels.sum())} cues, {articles.max() + 1} articles")
    threshold = best_threshold(features, labels, articles)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000).fit(vectorizer.fit_transform(features), labels)
    names = vectorizer.get_feature_names_out()
    weights = model.coef_[0]
    kept = np.abs(weights) >= 1e-3
    np.savez_compressed(
        args.out,
        features=np.array(names[kept], dtype=str),
        weights=weights[kept].astype(np.float32),
        bias=np.float64(model.intercept_[0]),
        threshold=np.float64(threshold),
        cue_words=np.array(cue_words(words, labels), dtype=str),
        training_sha256=np.array(hashlib.sha256(args.train_file.read_bytes()).hexdigest()),
    )
    print(f"threshold {threshold}; {int(kept.sum())} features; written to {args.out}")


if __name__ == "__main__":
    main()
