"""The message tables, by consumer."""
