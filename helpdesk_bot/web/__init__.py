"""The public web catalogue (aiohttp.web + Jinja2), served by the bot process when ``HELPDESK_WEB_PORT`` is set."""
