/** Progress lines for a person watching the terminal: what happens, and how long it took. */
const started = Date.now()

function stamp(): string {
  return `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`
}

export function step(message: string): void {
  process.stdout.write(`\x1b[2m${stamp()}\x1b[0m  ${message}\n`)
}

export function fail(message: string): void {
  process.stderr.write(`\x1b[31m${stamp()}  ${message}\x1b[0m\n`)
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now()
  step(`${label} …`)
  const result = await work()
  step(`${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return result
}

export function elapsedSeconds(): number {
  return (Date.now() - started) / 1000
}

/** Runs a script's main and exits with its code; a thrown error prints "<name> failed: …" and exits 1. */
export function runScript(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : error}`)
      process.exit(1)
    }
  )
}
