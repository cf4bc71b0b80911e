"""``python -m helpdesk_bot``."""

from helpdesk_bot.cli import main

raise SystemExit(main())
