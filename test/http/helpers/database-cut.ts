import { createServer, connect, type Server, type Socket } from "node:net"

/**
 * A TCP relay between one backend and the test marketplace's PostgreSQL. Cut,
 * it resets every open connection and every new one, as a database that was
 * stopped does (the shared PostgreSQL keeps running for everyone else);
 * restored, it relays again.
 */
export type DatabaseCut = { url: string; cut(): void; restore(): void; close(): Promise<void> }

export async function databaseRelay(databaseUrl: string): Promise<DatabaseCut> {
  const target = new URL(databaseUrl)
  const sockets = new Set<Socket>()
  let down = false
  const server: Server = createServer((client) => {
    if (down) return client.resetAndDestroy()
    const upstream = connect(Number(target.port || 5432), target.hostname)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on("close", () => sockets.delete(s))
      s.on("error", () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = new URL(databaseUrl)
  url.hostname = "127.0.0.1"
  url.port = String((server.address() as { port: number }).port)
  return {
    url: url.toString(),
    cut() {
      down = true
      for (const s of sockets) s.resetAndDestroy()
    },
    restore() {
      down = false
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
