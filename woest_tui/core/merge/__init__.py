"""Merging individual answer files into one merged result, and what a meeting may change in it."""
