"""A meeting's session: its state, its file lock, the plan, last time's actions, the launch."""
