"""House style: a declared system per language, its options, scopes, and exceptions that win."""

from .house import HouseStyle, find_style, load_style

__all__ = ["HouseStyle", "find_style", "load_style"]
