"""Enterprise ML Integration: an interactive offline course."""

__version__ = "0.1.0"
#: The app's own name (window title before the course is loaded, app-data folder, logs).
APP_NAME = "Enterprise ML Integration"
