"""Imports every domain's models so ``Base.metadata`` is complete (Alembic, tests)."""

from helpdesk_bot.broadcasts import models as broadcasts_models
from helpdesk_bot.catalogue import models as catalogue_models  # noqa: F401
from helpdesk_bot.consultations import models as consultations_models  # noqa: F401
from helpdesk_bot.conversations import models as conversations_models  # noqa: F401
from helpdesk_bot.db.base import Base
from helpdesk_bot.events import models as events_models  # noqa: F401
from helpdesk_bot.indicators import models as indicators_models
from helpdesk_bot.knowledge_base import models as knowledge_base_models  # noqa: F401
from helpdesk_bot.makerspace import models as makerspace_models  # noqa: F401
from helpdesk_bot.people import models as people_models

__all__ = ["Base", "broadcasts_models", "indicators_models", "people_models"]
