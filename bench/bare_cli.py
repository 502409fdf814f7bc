"""The floor of any CLI that validates with pydantic and prints with Rich (a baseline).

It imports rich.console and tomllib, defines one small pydantic model, validates one
document and prints one line: what every woest command must do at the least.
"""

from __future__ import annotations

import sys
import tomllib

from pydantic import BaseModel, Field
from rich.console import Console


class Item(BaseModel):
    """One small model, as a bank or a result is a larger one."""

    name: str = Field(min_length=1)
    """A name."""
    value: int = Field(ge=0)
    """A number."""


def main() -> int:
    """Parse a little TOML, validate it and print the result.

    Returns:
        The exit code.
    """
    item = Item.model_validate(tomllib.loads('name = "floor"\nvalue = 1\n'))
    Console(highlight=False).print(f"ok: {item.name} {item.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
