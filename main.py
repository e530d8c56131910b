"""CustomsDesk entry point: the window by default, headless commands for scripting."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.data_dir)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
