"""woest: a team's conversation about problem-oriented work and the WOE, in the terminal."""

__version__ = "0.1.0"
