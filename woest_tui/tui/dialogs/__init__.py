"""Modal dialogs: they ask one thing and return the answer."""
