"""Independent client for the echo tests: Debian's python3-websockets."""
import asyncio
import json
import sys

import websockets


async def main(url):
    result = {}
    async with websockets.connect(url) as ws:
        await ws.send("bonjour ✓")
        result["text"] = await ws.recv()
        await ws.send(bytes([0, 255, 16]))
        echoed = await ws.recv()
        result["binary"] = list(echoed) if isinstance(echoed, bytes) else None
        await ws.close(code=4002, reason="python done")
        result["close_code"] = ws.close_code
        result["close_reason"] = ws.close_reason
    print(json.dumps(result))


asyncio.run(main(sys.argv[1]))
