"""English words and UN names every stage shares: one stemmer, one stopword list, the names of States."""
