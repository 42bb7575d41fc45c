// autocannon ships no types; only what scripts/bench/load-tool.ts uses.
declare module "autocannon" {
  type Options = {
    url: string
    connections: number
    duration?: number
    amount?: number
    method?: string
    headers?: Record<string, string>
    timeout?: number
    requests?: { setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }[]
  }
  type Result = { duration: number; errors: number; timeouts: number }
  type Instance = Promise<Result> & { on(event: "response", handler: (client: unknown, status: number, bytes: number, ms: number) => void): void }
  export default function autocannon(options: Options): Instance
}
