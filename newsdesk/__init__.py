"""newsdesk: raw OCR newspaper pages to clean, structured, tagged articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsdesk")
except PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"
