"""Checks of a questionnaire, a result and a merged result, every problem in one run."""
