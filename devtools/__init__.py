"""What the tests, the docs' pictures and the benchmark share to drive tools around woest.

Not part of woest: nothing under `woest_tui/` imports it, and the wheel leaves it out.
"""
