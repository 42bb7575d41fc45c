import { createHash } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { filesUnder } from "../../../scripts/stack/backup-archive"
import { variantOf } from "../helpers/customers"
import { npmRun } from "../helpers/npm-run"
import { allocated, capture, ledgerVerify, placeBankTransferOrder, waitForShares } from "../helpers/revenue-share"

// `npm run backup` of the test marketplace (its database and uploads folder),
// then `npm run restore` into a fresh database and an empty folder: the same
// orders, stock, ledger totals and images, and ledger:verify green there.
// Product 0 (keripik pisang original, 120 units), bought by no other suite.

const ROOT = path.resolve(__dirname, "..", "..", "..")
const UPLOADS = process.env.MEDUSA_UPLOAD_DIR || path.join(process.env.KARYA_DATA_DIR || path.join(ROOT, ".data"), "test", "uploads")

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}

/** What a restore must bring back, read straight from a database. */
async function facts(url: string) {
  return {
    orders: await query(url, `select id, display_id, status, email from "order" order by id`),
    stock: await query(url, `select inventory_item_id, location_id, stocked_quantity::int, reserved_quantity::int from inventory_level where deleted_at is null order by 1, 2`),
    ledger: await query(url, `select bucket, kind, sum(amount)::bigint as total, count(*)::int as entries from ledger_entry group by 1, 2 order by 1, 2`),
    images: await query(url, `select url from image where deleted_at is null order by url`),
  }
}

const digests = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")]))

describe("npm run backup, npm run restore", () => {
  const work = mkdtempSync(path.join(tmpdir(), "karya-backup-"))
  const source = process.env.TEST_DATABASE_URL!
  const target = new URL(source)
  target.pathname = `/karya_binaan_restore_${Date.now().toString(36)}`
  const restoredUploads = path.join(work, "uploads")

  afterAll(async () => {
    const admin = new URL(source)
    admin.pathname = "/postgres"
    await query(admin.toString(), `drop database if exists "${target.pathname.slice(1)}" with (force)`)
    rmSync(work, { recursive: true, force: true })
  })

  it("restores into a fresh database the same orders, stock, ledger totals and images; ledger:verify is green there", { timeout: 600_000 }, async () => {
    // A captured, allocated order, so the ledger has something to carry over.
    const order = await placeBankTransferOrder([{ variantId: await variantOf(0), quantity: 2 }])
    await capture(order.id)
    expect(allocated(await waitForShares(order.id, allocated))).toBe(true)

    const backup = await npmRun("backup", [`--database-url=${source}`, `--uploads-dir=${UPLOADS}`, `--out-dir=${work}`])
    expect(backup.status, backup.output).toBe(0)
    const file = backup.output.trim().split("\n").at(-1)!
    expect(file).toMatch(/karya-binaan-.*\.jsonl\.gz$/)
    const before = await facts(source)
    const images = digests(UPLOADS)
    expect(before.orders.map((o) => o.id)).toContain(order.id)
    expect(Object.keys(images).length).toBeGreaterThan(0)

    const restore = await npmRun("restore", [file, `--database-url=${target}`, `--uploads-dir=${restoredUploads}`])
    expect(restore.status, restore.output).toBe(0)
    expect(restore.output).toMatch(/Restored .* rows, \d+ uploads/)

    expect(await facts(target.toString())).toEqual(before)
    expect(digests(restoredUploads)).toEqual(images)
    // Every image the catalog names is a file in the restored folder.
    for (const { url } of before.images) {
      const name = decodeURIComponent(new URL(url).pathname.replace(/^\/uploads\//, ""))
      if (new URL(url).pathname.startsWith("/uploads/")) expect(images[name], url).toBeDefined()
    }

    const verify = await ledgerVerify([], target.toString())
    expect(verify.output).toMatch(/ledger:verify OK/)
    expect(verify.status).toBe(0)
  })

  it("refuses to restore over a database that is not empty, naming it and --force", { timeout: 300_000 }, async () => {
    const backup = await npmRun("backup", [`--database-url=${source}`, `--uploads-dir=${UPLOADS}`, `--out-dir=${work}`])
    expect(backup.status, backup.output).toBe(0)
    const file = backup.output.trim().split("\n").at(-1)!
    const refused = await npmRun("restore", [file, `--database-url=${source}`, `--uploads-dir=${path.join(work, "elsewhere")}`])
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(/restore refused: .* holds \d+ tables\. Restore into an empty database, or add --force/)
  })
})
