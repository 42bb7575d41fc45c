import { existsSync, writeFileSync } from "node:fs"
import path from "node:path"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(2)
  }
}

/**
 * The rounds two `medusa exec` race workers ("a" and "b") run in step through
 * files in a shared folder: each round, once both are ready, "a" resets what the
 * race is about and says go; both then race. Writes <name>.json, one outcome a round.
 */
export async function raceRounds<T>(opts: { dir: string; name: string; rounds: number; reset: () => Promise<void>; race: () => Promise<T> }) {
  const file = (f: string) => path.join(opts.dir, f)
  const outcomes: T[] = []
  for (let round = 0; round < opts.rounds; round++) {
    writeFileSync(file(`${opts.name}.ready-${round}`), "")
    await waitFor(() => existsSync(file(`a.ready-${round}`)) && existsSync(file(`b.ready-${round}`)), `both workers in round ${round}`)
    if (opts.name === "a") {
      await opts.reset()
      writeFileSync(file(`go-${round}`), "")
    }
    await waitFor(() => existsSync(file(`go-${round}`)), `the go signal of round ${round}`)
    outcomes.push(await opts.race())
  }
  writeFileSync(file(`${opts.name}.json`), JSON.stringify(outcomes))
}
