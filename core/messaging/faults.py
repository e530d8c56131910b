"""Named points where a test can make the process die, to prove a crash there loses nothing.

Set ``CUSTOMSDESK_CRASH_AT`` to a point name; the process then exits at once when it gets there,
without cleaning up, like a power cut. Unset (always, in normal use) the points do nothing.
"""
from __future__ import annotations

import os

CRASH_ENV = "CUSTOMSDESK_CRASH_AT"
POINTS = ("before-send", "after-send", "before-ack", "before-apply", "after-apply")


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(70)
