"""Enterprise ML Integration: an interactive offline course."""

__version__ = "0.1.0"
