"""The as-of date when none is given: ``INE_LINT_AS_OF``, else today in Mexico City."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone


def today_in_mexico_city() -> date:
    try:
        from zoneinfo import ZoneInfo

        return datetime.now(ZoneInfo("America/Mexico_City")).date()
    except Exception:  # no tz database: Mexico City has been UTC-6 all year since 2022
        return datetime.now(timezone(timedelta(hours=-6))).date()


def as_of_from_env() -> date | None:
    """``INE_LINT_AS_OF`` pins the date where no option can be passed (a pre-commit hook)."""
    value = os.environ.get("INE_LINT_AS_OF")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        from ine_lint.errors import ConfigError

        raise ConfigError("cli.bad_env_date", value=repr(value)) from None
