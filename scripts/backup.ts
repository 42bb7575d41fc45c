/**
 * npm run backup [-- --database-url=postgres://…] [-- --uploads-dir=…] [-- --out-dir=…]
 *
 * One archive of the marketplace: every table of the database (one
 * consistent snapshot, taken while it runs) and the uploads folder (product
 * images), written to .data/backups/karya-binaan-<time>.jsonl.gz; prints its
 * path. The database is the `npm start` one unless told otherwise (see
 * stack/dev-database.ts); the format is in stack/backup-archive.ts; restore
 * with `npm run restore <file>`.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { FORMAT, filesUnder, writeArchive } from "./stack/backup-archive"
import { devDatabase, devUploadsDir, option, redact } from "./stack/dev-database"
import { ROOT } from "./stack/paths"
import { runScript } from "./stack/log"

// Rows per read: bounds memory whatever a table's size.
const BATCH = 1000

async function main(): Promise<number> {
  const outDir = path.resolve(option("out-dir") || path.join(process.env.KARYA_DATA_DIR || path.join(ROOT, ".data"), "backups"))
  mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `karya-binaan-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`)
  const uploads = devUploadsDir()
  const db = await devDatabase()
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const archive = writeArchive(file)
  try {
    // One snapshot for every table: orders, stock and ledger agree with each other.
    await client.query("begin isolation level repeatable read read only")
    const { rows: migrations } = await client.query<{ name: string }>(
      "select name from mikro_orm_migrations order by name"
    ).catch(() => ({ rows: [] as { name: string }[] }))
    if (!migrations.length) throw new Error(`${redact(db.url)} holds no migrated marketplace: nothing to back up`)
    const { rows: [version] } = await client.query<{ server_version: string }>("show server_version")
    await archive.write({
      header: { format: FORMAT, created_at: new Date().toISOString(), database: redact(db.url), server_version: version.server_version, migrations: migrations.map((m) => m.name) },
    })
    const { rows: tables } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename"
    )
    let total = 0
    for (const { name } of tables) {
      await client.query(`declare rows_of cursor for select row_to_json(t) as row from public."${name}" t`)
      for (;;) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(`fetch ${BATCH} from rows_of`)
        if (!rows.length) break
        total += rows.length
        await archive.write({ table: name, rows: rows.map((r) => r.row) })
      }
      await client.query("close rows_of")
    }
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      "select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'"
    )
    for (const s of sequences) if (s.value !== null) await archive.write({ sequence: s.name, value: s.value, called: true })
    await client.query("commit")
    const files = filesUnder(uploads)
    for (const relative of files) {
      const full = path.join(uploads, relative)
      if (statSync(full).isFile()) await archive.write({ file: relative, data: readFileSync(full).toString("base64") })
    }
    await archive.write({ end: { tables: tables.length, rows: total, files: files.length } })
    await archive.close()
    console.log(`Backup of ${redact(db.url)}: ${tables.length} tables, ${total} rows, ${files.length} uploads from ${uploads}`)
    console.log(file)
    return 0
  } catch (error) {
    await archive.close().catch(() => {})
    rmSync(file, { force: true })
    throw error
  } finally {
    await client.end()
    await db.stop()
  }
}

runScript("backup", main)
