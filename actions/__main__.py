"""Run the action server on 127.0.0.1 only: ``python -m actions --port 5055``.

``rasa run actions`` binds every interface; the action server must never be public.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys

from rasa_sdk.endpoint import create_app

from bot.analytics import DEFAULT_RETENTION_DAYS, ENV_RETENTION, Analytics
from bot.clinic import ClinicConfigError, load_clinic


def check_clinic() -> None:
    """Stop at start, with the reason, when the clinic file is wrong (an unknown region above all): the bot
    must never show one region's numbers to another region's patients."""
    try:
        load_clinic()
    except (ClinicConfigError, OSError) as error:
        sys.exit(f"Care Navigator cannot start: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    check_clinic()
    days = int(os.environ.get(ENV_RETENTION) or DEFAULT_RETENTION_DAYS)
    try:
        deleted = Analytics().prune(days)
        logging.getLogger(__name__).info(
            "Analytics retention: deleted %d events older than %d days.", deleted, days
        )
    except (sqlite3.Error, OSError) as error:
        logging.getLogger(__name__).error("Analytics retention could not run (%s).", error)
    app = create_app("actions", cors_origins=[])
    app.run(host=args.host, port=args.port, workers=1, access_log=False, motd=False)


if __name__ == "__main__":
    main()
