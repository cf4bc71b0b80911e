"""The makerspace: machines and workbenches booked in chat, only after a safety induction.

``models`` (tables), ``specs`` (the YAML file and validation), ``service`` (resources, inductions,
availability, bookings, closures: the use cases the CLI and the chat share), ``notifications``
(outbox renderer), ``cli`` (``helpdesk-bot makerspace ...``).
"""
