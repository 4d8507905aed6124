import type {WebSocket} from 'ws';

/** The ASP.NET Core sample's Echo loop: every message back with its type, until the client closes. */
export function runEcho(socket: WebSocket): void {
  socket.on('message', (data, isBinary) => {
    socket.send(data, {binary: isBinary});
  });
}
