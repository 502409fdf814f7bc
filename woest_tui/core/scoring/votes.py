"""A tally's mean on the question's own scale, and its spread: the arithmetic of hands."""

from __future__ import annotations

import math
from collections.abc import Sequence

from woest_tui.core.model import Scale


def _points(votes: Sequence[int], scale: Scale) -> list[tuple[int, int]]:
    return [(scale.min + index, count) for index, count in enumerate(votes) if count > 0]


def _own_mean(points: Sequence[tuple[int, int]], scale: Scale, reverse: bool) -> float | None:
    total = sum(count for _, count in points)
    if total == 0:
        return None
    mean = sum(value * count for value, count in points) / total
    return scale.min + scale.max - mean if reverse else mean


def score_votes(votes: Sequence[int], scale: Scale, default: Scale, reverse: bool) -> float | None:
    """The mean of votes, mirrored if reverse, on the default scale.

    Args:
        votes: how many chose each point, from `scale.min` to `scale.max`.
        scale: the scale the votes were cast on.
        default: the bank's default scale.
        reverse: whether the question is reverse-worded.

    Returns:
        The mean on `default`, or None when there are no votes.
    """
    mean = _own_mean(_points(votes, scale), scale, reverse)
    return None if mean is None else scale.to_default(mean, default)


def spread_of(votes: Sequence[int], scale: Scale, default: Scale) -> float | None:
    """The population standard deviation of votes, on the default scale.

    Args:
        votes: how many chose each point of `scale`.
        scale: the scale the votes were cast on.
        default: the bank's default scale.

    Returns:
        The spread, or None when there are no votes.
    """
    points = _points(votes, scale)
    total = sum(count for _, count in points)
    if total == 0:
        return None
    mean = sum(value * count for value, count in points) / total
    variance = sum(count * (value - mean) ** 2 for value, count in points) / total
    factor = (default.max - default.min) / (scale.max - scale.min)
    return math.sqrt(variance) * factor
