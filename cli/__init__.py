"""The headless commands: an interface beside the window, over the same core."""
from cli.commands import build_parser, parse, run, window_options

__all__ = ["build_parser", "parse", "run", "window_options"]
