"""The app's clock: what "today" is when a survey's closing date is checked and said.

``create_app`` takes a ``CLOCK`` (a callable that returns the current time), so that
tests and demonstrations do not depend on the real date; without one, this computer's
clock in its own time zone (the coach's day, since the app runs on their computer).
"""

from __future__ import annotations

from datetime import date, datetime

from flask import current_app

__all__ = ["now", "today"]


def now() -> datetime:
    """The current time, by the app's ``CLOCK`` if it has one, in local time."""
    clock = current_app.config.get("CLOCK")
    return clock() if clock is not None else datetime.now().astimezone()


def today() -> date:
    """The coach's day, by :func:`now`."""
    return now().date()
