"""The domain: models, files, checks, scoring, comparison, merging, session rules; plain Python."""
