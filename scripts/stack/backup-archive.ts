import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { createInterface } from "node:readline"
import { createGunzip, createGzip } from "node:zlib"

/**
 * A backup is one gzip file of JSON lines, written and read as a stream:
 *   {"header": {...}}                      first: format, when, from where, which migrations
 *   {"table": "t", "rows": [...]}          a batch of a table's rows (row_to_json)
 *   {"sequence": "s", "value": n, "called": b}
 *   {"file": "relative/path", "data": "<base64>"}   an upload
 *   {"end": {"tables": n, "rows": n, "files": n}}   last: proves the archive is whole
 * No pg_dump: the embedded PostgreSQL ships only its server, and a system
 * pg_dump must match the server's major version (Debian's is older). The
 * schema comes from the release's own migrations at restore.
 */
export const FORMAT = "karya-binaan-backup/1"

export type Header = { format: string; created_at: string; database: string; server_version: string; migrations: string[] }
export type Line =
  | { header: Header }
  | { table: string; rows: Record<string, unknown>[] }
  | { sequence: string; value: string; called: boolean }
  | { file: string; data: string }
  | { end: { tables: number; rows: number; files: number } }

export type ArchiveWriter = { write(line: Line): Promise<void>; close(): Promise<void> }

export function writeArchive(file: string): ArchiveWriter {
  const gzip = createGzip()
  const out = createWriteStream(file, { flags: "wx", mode: 0o600 })
  gzip.pipe(out)
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve)
    out.on("error", reject)
    gzip.on("error", reject)
  })
  return {
    write: (line) =>
      new Promise((resolve) => {
        if (gzip.write(`${JSON.stringify(line)}\n`)) resolve()
        else gzip.once("drain", resolve)
      }),
    close: async () => {
      gzip.end()
      await done
    },
  }
}

/** The archive's lines, in order. */
export async function* readArchive(file: string): AsyncGenerator<Line> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const text of lines) if (text) yield JSON.parse(text) as Line
}

/** Every file under `dir`, as paths relative to it (none when it does not exist). */
export function filesUnder(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    const relative = prefix ? `${prefix}/${name}` : name
    return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative]
  })
}
