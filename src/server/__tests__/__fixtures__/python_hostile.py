"""Independent hostile client for the server tests: Debian's python3-websockets, sending what the
server must refuse (messages over its size limit, on the echo and on an event stream), then
checking that the echo still works."""
import asyncio
import json
import sys

import websockets


async def close_code_after(url, message):
    async with websockets.connect(url, max_size=None) as ws:
        await ws.send(message)
        try:
            await asyncio.wait_for(ws.recv(), timeout=3)
        except websockets.ConnectionClosed:
            pass
        return ws.close_code


async def main(base):
    result = {}
    result["oversized_echo"] = await close_code_after(base, "x" * 4096)
    events = base.replace("/ws", "/ws/events?trace=python-hostile")
    result["oversized_events"] = await close_code_after(events, b"\x00" * 4096)
    async with websockets.connect(events) as stream:
        await stream.send("a subscriber's own words are not echoed")
        try:
            await asyncio.wait_for(stream.recv(), timeout=0.5)
            result["events_text_ignored"] = False
        except asyncio.TimeoutError:
            result["events_text_ignored"] = True
    async with websockets.connect(base) as ws:
        await ws.send("after")
        result["still_echoes"] = await ws.recv()
    print(json.dumps(result))


asyncio.run(main(sys.argv[1]))
