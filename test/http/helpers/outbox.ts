import { readdir, readFile } from "node:fs/promises"
import path from "node:path"

export type OutboxEmail = { file: string; to: string; template: string; subject: string; text: string }

function outboxDir(): string {
  const dir = process.env.NOTIFICATION_OUTBOX_DIR
  if (!dir) throw new Error('NOTIFICATION_OUTBOX_DIR is not set: run the HTTP suites through "npm test" (or "npm test -- http")')
  return dir
}

function parse(file: string, content: string): OutboxEmail {
  const [head, ...body] = content.split("\n\n")
  const header = (name: string) => head.split("\n").find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2) ?? ""
  return { file, to: header("Kepada"), template: header("Templat"), subject: header("Subjek"), text: body.join("\n\n") }
}

/** Every email the test backend wrote to this recipient (files in the stack's outbox folder). */
export async function emailsTo(to: string, template?: string): Promise<OutboxEmail[]> {
  const dir = outboxDir()
  const files = await readdir(dir).catch(() => [] as string[])
  const emails = await Promise.all(files.sort().map(async (f) => parse(f, await readFile(path.join(dir, f), "utf8"))))
  return emails.filter((e) => e.to.toLowerCase() === to.toLowerCase() && (!template || e.template === template))
}

/** Waits until at least `count` such emails exist (subscribers run after the request answered). */
export async function waitForEmails(to: string, template: string, count = 1, timeoutMs = 20_000): Promise<OutboxEmail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const emails = await emailsTo(to, template)
    if (emails.length >= count || Date.now() > deadline) return emails
    await new Promise((r) => setTimeout(r, 250))
  }
}
