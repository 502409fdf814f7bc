"""Scoring: statuses, half-up rounded scores, blind spots, disagreement, what to discuss."""
