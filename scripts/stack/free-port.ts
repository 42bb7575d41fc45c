import net from "node:net"

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Refuses early, with a clear message, when a port we must use is taken. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () =>
      reject(new Error(`Port ${port} (${what}) is already in use. Stop whatever runs there, or set the port variable.`))
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}
