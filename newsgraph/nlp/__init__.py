"""Language analysis of stored articles: sentences, entity mentions, actors, quotes and claims."""
