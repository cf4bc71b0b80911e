"""Demo data of the catalogue: the sample profiles of ``catalogue.sample.yaml``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from helpdesk_bot.catalogue.importer import ImportProblem, read_catalogue_file

log = logging.getLogger(__name__)

SAMPLE = Path(__file__).resolve().parents[2] / "catalogue.sample.yaml"


async def seed_catalogue(services: Any) -> None:
    """Import the sample catalogue (approved, public) when the file is there (a source checkout)."""
    if not SAMPLE.exists():
        log.info("no %s: the demo catalogue stays empty", SAMPLE)
        return
    try:
        items = read_catalogue_file(SAMPLE)
    except ImportProblem as exc:
        log.warning("sample catalogue not imported: %s", exc)
        return
    await services.catalogue.profiles.import_profiles(items)
