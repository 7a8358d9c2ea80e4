"""Build model objects through their public constructors, checked as ``Any`` by mypy.

The model classes are made by a decorator that mypy's attrs support does not recognise, so
mypy cannot see their keyword arguments; this one typed helper keeps the rest strict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["new"]

T = TypeVar("T")


def new(cls: Callable[..., T], /, **fields: Any) -> T:
    """``cls(**fields)``: a model object, validated by its constructor."""
    return cls(**fields)
