/**
 * npm run restore <file> [-- --force] [-- --database-url=postgres://…] [-- --uploads-dir=…]
 *
 * Puts a `npm run backup` archive back: the schema from this release's
 * migrations, then every row, sequence and upload of the archive, in one
 * transaction (a broken or cut archive leaves the database as it was).
 * Refuses a database that holds tables, or an uploads folder that holds files,
 * unless --force (then the database's tables are dropped first: stop the
 * marketplace before). The database is the `npm start` one unless told
 * otherwise (see stack/dev-database.ts); it is created when missing.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { FORMAT, filesUnder, readArchive, type Header } from "./stack/backup-archive"
import { devDatabase, devUploadsDir, redact } from "./stack/dev-database"
import { BACKEND_DIR, ROOT, bin } from "./stack/paths"
import { run } from "./stack/processes"
import { runScript } from "./stack/log"

// Medusa's own records of which migrations ran: the target's (just migrated) are the truth.
const MIGRATION_TABLES = new Set(["mikro_orm_migrations", "script_migrations"])

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url)
  const name = admin.pathname.slice(1)
  admin.pathname = "/postgres"
  await withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  })
}

async function header(file: string): Promise<Header> {
  for await (const line of readArchive(file)) {
    if ("header" in line && line.header.format === FORMAT) return line.header
    break
  }
  throw new Error(`${file} is not a Karya Binaan backup (${FORMAT}): make one with "npm run backup"`)
}

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"))
  const force = process.argv.includes("--force")
  if (!file) throw new Error('Which backup? npm run restore <file> (the path "npm run backup" printed)')
  const archive = path.resolve(file)
  const head = await header(archive)
  const uploads = devUploadsDir()
  const db = await devDatabase()
  try {
    await ensureDatabase(db.url)
    const tables = await withClient(db.url, async (c) => (await c.query("select tablename from pg_tables where schemaname = 'public'")).rows)
    const files = filesUnder(uploads)
    if (!force && (tables.length || files.length)) {
      const what = [tables.length ? `${redact(db.url)} holds ${tables.length} tables` : "", files.length ? `${uploads} holds ${files.length} files` : ""].filter(Boolean)
      console.error(`restore refused: ${what.join(" and ")}. Restore into an empty database, or add --force to replace them (stop the marketplace first).`)
      return 1
    }
    if (tables.length) await withClient(db.url, (c) => c.query("drop schema public cascade; create schema public"))

    console.log(`Migrating ${redact(db.url)} (this release's schema) …`)
    const logFile = path.join(process.env.KARYA_DATA_DIR || path.join(ROOT, ".data"), "backups", "restore-migrate.log")
    await run(bin("medusa", BACKEND_DIR), ["db:migrate"], { cwd: BACKEND_DIR, env: { ...process.env, DATABASE_URL: db.url }, logFile })

    const counts = await withClient(db.url, async (client) => {
      const ran = new Set((await client.query<{ name: string }>("select name from mikro_orm_migrations")).rows.map((r) => r.name))
      const unknown = head.migrations.filter((m) => !ran.has(m))
      if (unknown.length) throw new Error(`the backup comes from a newer release (migrations ${unknown.slice(0, 3).join(", ")}… are unknown here): restore it with that release`)
      const columns = new Map<string, string[]>()
      for (const row of (
        await client.query<{ table: string; column: string }>(
          `select table_name as table, column_name as column from information_schema.columns
            where table_schema = 'public' and is_generated = 'NEVER' order by ordinal_position`
        )
      ).rows) {
        columns.set(row.table, [...(columns.get(row.table) ?? []), `"${row.column}"`])
      }
      const restored = { rows: 0, files: 0, whole: false }
      await client.query("begin")
      try {
        // Rows arrive table by table, not in foreign-key order: checks and triggers wait for the data, not the other way round.
        await client.query("set local session_replication_role = replica")
        const own = [...columns.keys()].filter((t) => !MIGRATION_TABLES.has(t)).map((t) => `public."${t}"`)
        if (own.length) await client.query(`truncate ${own.join(", ")}`)
        const written: { path: string; data: Buffer }[] = []
        let seen = 0
        for await (const line of readArchive(archive)) {
          if ("table" in line) {
            seen += line.rows.length
            if (MIGRATION_TABLES.has(line.table)) continue
            const cols = columns.get(line.table)
            if (!cols) throw new Error(`the backup holds table ${line.table}, which this release does not have: restore it with the release that made it`)
            const list = cols.join(", ")
            await client.query(`insert into public."${line.table}" (${list}) select ${list} from json_populate_recordset(null::public."${line.table}", $1::json)`, [
              JSON.stringify(line.rows),
            ])
            restored.rows += line.rows.length
          } else if ("sequence" in line) {
            await client.query(`select setval($1::regclass, $2::bigint, $3)`, [`public."${line.sequence}"`, line.value, line.called])
          } else if ("file" in line) {
            written.push({ path: line.file, data: Buffer.from(line.data, "base64") })
          } else if ("end" in line) {
            restored.whole = line.end.rows === seen && line.end.files === written.length
          }
        }
        if (!restored.whole) throw new Error(`${archive} is cut short or damaged (no matching end record): nothing was restored`)
        // Uploads are written once the rows are in; the transaction commits only after they are.
        for (const upload of written) {
          const target = path.resolve(uploads, upload.path)
          if (!target.startsWith(uploads + path.sep)) throw new Error(`the backup names an upload outside the uploads folder: ${upload.path}`)
          mkdirSync(path.dirname(target), { recursive: true })
          writeFileSync(target, upload.data)
        }
        restored.files = written.length
        await client.query("commit")
      } catch (error) {
        await client.query("rollback")
        throw error
      }
      return restored
    })
    console.log(`Restored ${archive} (made ${head.created_at}) into ${redact(db.url)}: ${counts.rows} rows, ${counts.files} uploads into ${uploads}`)
    return 0
  } finally {
    await db.stop()
  }
}

runScript("restore", main)
