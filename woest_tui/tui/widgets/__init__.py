"""Widgets that report upward with messages; the screens own the state."""
