"""The analysis of stored articles, stage by stage.

    parse (spaCy)            newsgraph.nlp.analyse.parse_texts
    → NLP records            newsgraph.nlp.analyse.analyse_doc   sentences, mentions, actors, quotes, claims
    → event reports          newsgraph.events.stage.extract_events
    → actors across articles newsgraph.nlp.resolve               (one process, against the store)
    → store                  newsgraph.analysis.stage.analyse_store
    → events across articles newsgraph.analysis.merging          (a batch step over every report)

Packages import in one direction only: nlp → geo → events → store → analysis
(`tests/test_architecture.py` pins it).
"""
