import { ServerResponse } from "node:http"

// Node 20 writes a response body passed as a string of more than 65,535
// UTF-16 code units that holds any character outside Latin-1 about ten times
// slower than the same bytes passed as a Buffer: on a bare http server, our
// home page's HTML (65,908 characters, a few "·" and "—" among them) went
// 792 req/s as a string and 3,609 as bytes; 65,000 characters, or the same
// length all ASCII, show no such drop. Next ends a cached page's response with
// the page's HTML as one string, so a catalog page just past that size cost
// the server ten times what a slightly smaller one did.
const LONGEST_FAST_STRING = 65_535
const PATCHED = Symbol.for("karya.stringBodiesAsBytes")

/** Makes `res.end(string)` send a long string as its bytes. Idempotent. */
export function sendLongStringBodiesAsBytes(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: true }
  if (proto[PATCHED]) return
  const end = proto.end
  proto.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const bytes =
      typeof chunk === "string" && chunk.length > LONGEST_FAST_STRING
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : chunk
    return (end as (...args: unknown[]) => ServerResponse).call(this, bytes, encoding, callback)
  } as typeof end
  proto[PATCHED] = true
}
