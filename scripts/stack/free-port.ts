import net from "node:net"
import { portHolder } from "./process-table"

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

/** Refuses early, with a clear message naming the process that holds it, when a port we must use is taken. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () => {
      const holder = portHolder(port)
      const who = holder ? ` by pid ${holder.pid} (${holder.command.slice(0, 160)}): stop it (kill ${holder.pid})` : ": stop whatever runs there"
      reject(new Error(`Port ${port} (${what}) is already in use${who}, or set the port variable.`))
    })
    server.listen(port, () => server.close(() => resolve()))
  })
}
