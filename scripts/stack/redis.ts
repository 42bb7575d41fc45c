import net from "node:net"

/** The Redis the FEFO race tests and the scale-out topology use. */
export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

/**
 * The scale-out topology's Redis: a database of its own on the same server
 * (SCALE_OUT_REDIS_URL to choose another), so other processes that share the
 * server (race tests, another checkout's stack) never take its events, jobs or
 * cache, and clearing it at start touches nobody else's keys.
 */
export function scaleOutRedisUrl(): string {
  if (process.env.SCALE_OUT_REDIS_URL) return process.env.SCALE_OUT_REDIS_URL
  const url = new URL(REDIS_URL)
  url.pathname = "/11"
  return url.toString()
}

/**
 * Sends raw RESP commands (no client library at the root) and resolves with
 * the reply, or rejects when nothing answers within a second.
 */
function command(url: string, ...commands: string[][]): Promise<string> {
  const { hostname, port, password, pathname } = new URL(url)
  const db = pathname.slice(1)
  const all = [...(password ? [["AUTH", decodeURIComponent(password)]] : []), ...(db ? [["SELECT", db]] : []), ...commands]
  const encode = (args: string[]) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) })
    let reply = ""
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`Redis at ${hostname}:${port || 6379} did not answer`))
    }, 1_000)
    socket.on("connect", () => socket.write(all.map(encode).join("")))
    socket.on("data", (chunk) => {
      reply += chunk.toString()
      // One line per command: +OK / +PONG / -ERR …
      if (reply.split("\r\n").length > all.length) {
        clearTimeout(timer)
        socket.end()
        if (reply.includes("-ERR") || reply.includes("-NOAUTH")) reject(new Error(reply.trim()))
        else resolve(reply)
      }
    })
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Whether Redis answers PING at `url`: suites that need it are skipped, with a reason, when not. */
export async function redisAnswers(url: string): Promise<boolean> {
  try {
    return (await command(url, ["PING"])).includes("+PONG")
  } catch {
    return false
  }
}

/** Empties the one Redis database `url` names (never the whole server). */
export async function flushRedisDatabase(url: string): Promise<void> {
  await command(url, ["FLUSHDB"])
}
