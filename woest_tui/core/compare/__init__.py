"""Comparing results: team against team, now against then, across questionnaire versions."""
