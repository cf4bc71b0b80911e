"""The group-commit queue: batches form while a write is under way; nothing waits forever."""

import asyncio

from helpdesk_bot.db.group_commit import GroupCommit


async def test_items_queued_during_a_write_go_into_the_next_batch() -> None:
    batches: list[list[int]] = []

    async def write(batch: list[int]) -> None:
        batches.append(batch)
        await asyncio.sleep(0.01)

    group: GroupCommit[int] = GroupCommit(write, name="test", max_batch=4)
    group.submit(0)  # nothing under way: written at once, alone
    await asyncio.sleep(0)
    for item in range(1, 7):
        group.submit(item)
    await group.drain()
    assert batches == [[0], [1, 2, 3, 4], [5, 6]] and group.batches == 3


async def test_cancelling_the_worker_abandons_the_batch_under_way_and_the_queue() -> None:
    started = asyncio.Event()
    abandoned: list[int] = []

    async def write(batch: list[int]) -> None:
        started.set()
        await asyncio.sleep(10)

    group: GroupCommit[int] = GroupCommit(write, name="test", max_batch=2, abandon=abandoned.extend)
    for item in range(5):
        group.submit(item)
    await started.wait()
    assert group._worker is not None
    group._worker.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert abandoned == [0, 1, 2, 3, 4]
