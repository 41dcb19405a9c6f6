"""A linear model over standardised features: the shape of warta's shipped logistic regressions (the
summary's sentence scorer, the figure-pair model), their log-odds and their JSON."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class StandardisedLinear:
    """Named weights over features standardised by ``mean`` and ``scale``, and a bias."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def log_odds(self, rows: Sequence[Sequence[float]] | npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """``bias + weights · (row - mean) / scale`` per row (a logistic regression's log-odds)."""
        if len(rows) == 0:
            return np.zeros(0)
        z = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        result: npt.NDArray[np.float64] = z @ np.asarray(self.weights) + self.bias
        return result

    def to_json(self) -> dict[str, object]:
        """The JSON object the package ships."""
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
        }
