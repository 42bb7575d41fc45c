import autocannon from "autocannon"

export type Load = {
  name: string
  url: string
  connections: number
  /** Seconds of load (bounded in time), or `amount` requests when each may be sent once. */
  seconds: number
  amount?: number
  method?: "GET" | "POST"
  headers?: Record<string, string>
  /** A body per request (cart ids rotate), else none. */
  body?: () => string
  /** A path per request (cart ids rotate), else `url`'s own. */
  path?: () => string
}

export type LoadResult = {
  name: string
  connections: number
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * One load with autocannon on loopback. Percentiles come from every response's
 * own time (autocannon's histogram has no p95); errors are connection errors,
 * timeouts and any status of 400 or more.
 */
export async function load(spec: Load): Promise<LoadResult> {
  const times: number[] = []
  let failed = 0
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
    method: spec.method ?? "GET",
    headers: spec.headers,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          ...(spec.path ? { path: spec.path() } : {}),
          ...(spec.body ? { body: spec.body() } : {}),
        }),
      },
    ],
  })
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms)
    if (status >= 400) failed += 1
  })
  const result = await instance
  times.sort((a, b) => a - b)
  const seconds = (result.duration || spec.seconds) as number
  return {
    name: spec.name,
    connections: spec.connections,
    requests: times.length,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: failed + result.errors + result.timeouts,
  }
}
