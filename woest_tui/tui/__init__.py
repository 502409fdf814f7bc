"""The Textual face of woest: the meeting walk-through."""
