"""The makerspace's callback data: short, one spelling per value, everything else refused."""

from datetime import date

import pytest

from helpdesk_bot.broadcasts.delivery import ButtonIntent
from helpdesk_bot.makerspace.notifications import ACTION_VERBS
from helpdesk_bot.telegram.callback_areas import intent_data
from helpdesk_bot.telegram.callback_data import MAX_ID, MAX_TIMESTAMP
from helpdesk_bot.telegram.makerspace_callbacks import ARGS, decode, encode


def test_every_action_round_trips_within_64_bytes_at_its_largest_values() -> None:
    for action, bounds in ARGS.items():
        largest = [high for _low, high in bounds]
        data = encode(action, *largest)
        assert len(data.encode()) <= 64
        assert decode(data) == (action, largest)
    assert decode(encode("start", MAX_ID, MAX_TIMESTAMP)) == ("start", [MAX_ID, MAX_TIMESTAMP])
    assert decode(intent_data(ButtonIntent("ms", ACTION_VERBS["rebook_unit"], (12,)))) == ("ru", [12])


@pytest.mark.parametrize("data", [
    None, "", "ms", "ms:", "ms:res", "ms:res:", "ms:res:0", "ms:res:007", "ms:res:-1", "ms:res:+1", "ms:res:1:2",
    "ms:res:²", "ms:res:１", "ms:res: 1", f"ms:res:{MAX_ID + 1}", "ms:nope:1", "bk:res:1", "ms:ok:1",
    f"ms:day:1:{date.max.toordinal() + 1}", "ms:mtu:1:51:24", "ms:mtu:1:0:0", "ms:len:97", "ms:ws:2",
    "ms:res:" + "1" * 70,
])
def test_anything_else_is_refused(data: str | None) -> None:
    assert decode(data) is None


def test_encoding_refuses_what_decoding_would() -> None:
    with pytest.raises(ValueError):
        encode("res", 0)
    with pytest.raises(ValueError):
        encode("day", 1)
    with pytest.raises(ValueError):
        encode("nope", 1)
