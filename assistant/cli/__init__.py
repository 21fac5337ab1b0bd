"""The `assistant` command: argument parsing and printing over the pipeline."""

from .main import main

__all__ = ["main"]
