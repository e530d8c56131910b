"""The log file for support: start-up, sign-ins, send and receive, every unexpected error — never a secret.

One rotating file in the data folder (``logs/customsdesk.log``), shared by the window and the commands.
Writing it must never stop the app: a folder that cannot be written means no file, said once on stderr.
"""
from __future__ import annotations

import logging
import os
import platform
import re
import sys
from importlib.metadata import PackageNotFoundError, version
from logging.handlers import RotatingFileHandler
from pathlib import Path

from core.files import PRIVATE_FILE_MODE, make_private_folder

LOG_FOLDER = "logs"
LOG_FILE_NAME = "customsdesk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4  # with the current file: at most 10 MB
HANDLER_NAME = "customsdesk-log-file"
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "****"

log = logging.getLogger(__name__)

# Names whose value is a secret: password=..., "pac": "AB12", 'spk': ['CD34'], new_password=...
_NAME = r"(?:\w+_)?(?:password|passwd|passphrase|pac|spks?|secret|private_key|access_codes?)"
_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_QUOTED = rf"""(?:{_STRING}|\[(?:{_STRING}|[^\]"'])*\])"""  # a string, or a list of them
_REDACTIONS = [
    (re.compile(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(?:-----END \1PRIVATE KEY-----|\Z)", re.DOTALL),
     rf"-----BEGIN \1PRIVATE KEY----- {HIDDEN} -----END \1PRIVATE KEY-----"),
    (re.compile(rf"""(["']{_NAME}["']\s*:\s*)(?:{_QUOTED}|[^\s,}}\]]+)""", re.IGNORECASE), rf"\1{HIDDEN}"),
    # unquoted, a password may hold spaces and any sign: the rest of the line goes
    (re.compile(rf"\b({_NAME}\s*=\s*)(?:{_QUOTED}|.+)", re.IGNORECASE), rf"\1{HIDDEN}"),
]


def redact(text: str) -> str:
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """Takes secrets out of a record's message, arguments, traceback and stack before it is written.

    A ``core.secrets.Secret`` shows itself as ``Secret('****')``; this catches the secrets that are plain text.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(_message(record)), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # a message that does not fit its arguments must not break the caller
        return f"{record.msg} (its arguments did not fit the message and were left out)"


def app_version() -> str:
    try:
        return version("customsdesk")
    except PackageNotFoundError:  # a bundle built without the package's metadata
        return "unknown"


def log_path(data_dir: Path, file_name: str = LOG_FILE_NAME) -> Path:
    return Path(data_dir) / LOG_FOLDER / file_name


def start_logging(data_dir: Path, started: str = "", file_name: str = LOG_FILE_NAME) -> Path | None:
    """Log to ``<data_dir>/logs/<file_name>`` from now on; returns the file, or None when it cannot be written.

    ``started`` says what started (the window, a command) for the start-up line.
    """
    stop_logging()
    path = log_path(data_dir, file_name)
    try:
        make_private_folder(Path(data_dir))
        make_private_folder(path.parent)
        handler = PrivateLogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        if sys.stderr is not None:  # None in a bundle without a console (print would fall back to stdout)
            print(f"CustomsDesk keeps no log file: {path} cannot be written ({exc.strerror or exc}).",
                  file=sys.stderr)
        # a handler that drops everything: without one, warnings and tracebacks would land on stderr instead
        _add_handler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    handler.addFilter(RedactSecrets())
    _add_handler(handler)
    log.info("CustomsDesk %s started%s; data folder %s; Python %s on %s", app_version(),
             f" ({started})" if started else "", Path(data_dir), platform.python_version(), platform.platform())
    return path


class PrivateLogFile(RotatingFileHandler):
    """The rotating log file, each new file readable by its owner only. A line that cannot be written (a full
    disk) is said once on stderr, without a traceback: the log must never stop the app or garble its output."""

    _said = False

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        if self._said:
            return
        self._said = True
        problem = sys.exc_info()[1]
        if sys.stderr is not None:
            print(f"CustomsDesk cannot write its log file {self.baseFilename} "
                  f"({getattr(problem, 'strerror', None) or problem}); it goes on without it.", file=sys.stderr)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be written: already said in handleError
            self.stream = None


def _add_handler(handler: logging.Handler) -> None:
    handler.set_name(HANDLER_NAME)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == HANDLER_NAME]


def log_file() -> Path | None:
    """The file being written, for the about box and the crash report."""
    for handler in _our_handlers():
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def stop_logging() -> None:
    root = logging.getLogger()
    for handler in _our_handlers():
        root.removeHandler(handler)
        handler.close()
