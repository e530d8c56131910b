"""CustomsDesk entry point: the window by default, headless commands for scripting."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli import window_options

    options = window_options(argv)  # no command: the window, without building every command's parser
    if options is None:
        from cli import parse, run

        options = parse(argv)
        if options.command is not None:
            return run(options)
    from ui.system_libraries import (
        EXIT_MISSING_LIBRARIES,
        explain_import_error,
        problem_before_qt,
    )

    problem = problem_before_qt()  # before Qt, which would abort naming neither the library nor its package
    if problem is None:
        try:
            from ui.app import run_gui
        except ImportError as exc:  # PySide6's own libraries need some of them too
            problem = explain_import_error(exc)
            if problem is None:
                raise
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_MISSING_LIBRARIES
    if getattr(options, "smoke_test", False):
        from ui.smoke_test import run_smoke_test

        return run_smoke_test(options.data_dir)
    return run_gui(options.data_dir, options.lang)


if __name__ == "__main__":
    sys.exit(main())
