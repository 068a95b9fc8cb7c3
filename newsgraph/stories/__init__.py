"""Stories: articles that report the same real-world event or episode, grouped incrementally."""
