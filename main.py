"""CustomsDesk entry point: the window by default, headless commands for scripting."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli import window_options

    options = window_options(argv)  # no command: the window, without building every command's parser
    if options is None:
        from cli import build_parser, run

        options = build_parser().parse_args(argv)
        if options.command is not None:
            return run(options)
    from ui.app import run_gui

    return run_gui(options.data_dir)


if __name__ == "__main__":
    sys.exit(main())
