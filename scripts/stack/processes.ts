import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { forgetGroup, rememberGroup, stopGroup } from "./process-registry"

export type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; logFile: string }

function open(logFile: string) {
  mkdirSync(path.dirname(logFile), { recursive: true })
  return createWriteStream(logFile, { flags: "a" })
}

/** The end of a log, to show a person why something failed. */
export function tail(logFile: string, lines = 40): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/** How long a process group may take to stop on SIGTERM before it is killed. */
export const STOP_GRACE_MS = 5_000

const running = new Set<ChildProcess>()

/**
 * Stops every command `run` started that is still going (and whatever it
 * spawned): a failed or interrupted start must not leave a build burning CPU
 * behind it.
 */
export async function stopRuns(): Promise<void> {
  await Promise.all([...running].map((child) => (child.pid ? stopGroup(child.pid, STOP_GRACE_MS) : undefined)))
}

/** Runs a command to completion; output goes to the log, the tail of it into the error. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = open(options.logFile)
    log.write(`\n$ ${command} ${args.join(" ")}\n`)
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    running.add(child)
    if (child.pid) rememberGroup(path.basename(command), child.pid)
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on("error", reject)
    child.on("close", (code) => {
      running.delete(child)
      if (child.pid) forgetGroup(child.pid)
      log.end(() => {
        if (code === 0) return resolve()
        reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}\n${tail(options.logFile)}`))
      })
    })
  })
}

/**
 * A long-running service in its own process group, so stopping it stops
 * everything it spawned (Medusa and Next both fork workers), and a terminal's
 * Ctrl-C reaches only the launcher, which then stops each service's group.
 * The group is recorded in the data folder until it has stopped.
 */
export class Service {
  private child?: ChildProcess
  private stopping = false
  exited = false
  /** Called when the process ends without being asked to stop. */
  onCrash?: (service: Service) => void

  constructor(readonly name: string, private command: string, private args: string[], private options: RunOptions) {}

  start(): void {
    const log = open(this.options.logFile)
    log.write(`\n$ ${this.command} ${this.args.join(" ")}\n`)
    this.child = spawn(this.command, this.args, {
      cwd: this.options.cwd,
      env: this.options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    if (this.child.pid) rememberGroup(this.name, this.child.pid)
    this.child.stdout?.pipe(log)
    this.child.stderr?.pipe(log)
    this.child.on("exit", () => {
      this.exited = true
      if (!this.stopping) this.onCrash?.(this)
    })
  }

  /**
   * SIGTERM to the whole group, SIGKILL to whatever of it is left after
   * `graceMs`; returns once no process of the group is left (the leader's
   * exit alone is not enough: its workers may outlive it).
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    const pid = this.child?.pid
    if (!pid) return
    this.stopping = true
    await stopGroup(pid, graceMs)
    forgetGroup(pid)
  }

  logTail(): string {
    return tail(this.options.logFile)
  }

  /** Waits until `url` answers below 500, or fails with the log's tail if the process dies. */
  async waitFor(url: string, timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.name} stopped while starting\n${tail(this.options.logFile)}`)
      try {
        const res = await fetch(url, { redirect: "manual" })
        if (res.status < 500) return
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    throw new Error(`${this.name} did not answer at ${url} within ${timeoutMs / 1000} s\n${tail(this.options.logFile)}`)
  }
}
