import path from "node:path"
import type { StackConfig } from "./config"

/** The sandbox keys of contract-midtrans: the test stack and the demo use them; Midtrans is never reached with them. */
export const MIDTRANS_TEST_KEYS = { MIDTRANS_SERVER_KEY: "SB-Mid-server-test-karya", MIDTRANS_CLIENT_KEY: "SB-Mid-client-test-karya" }

/** Where the fake gateway keeps its transactions: browser tests read and settle them there. */
export const fakeMidtransDir = (stack: StackConfig) => path.join(stack.dataDir, "fake-midtrans")

/**
 * The test stack's backend has Midtrans on, with its API answered in-process
 * by fake-midtrans.cjs (preloaded through NODE_OPTIONS, so migrations and the
 * seed get it too, harmlessly). Every other stack is left as configured.
 */
export function fakeMidtransEnv(stack: StackConfig): NodeJS.ProcessEnv {
  if (stack.name !== "test") return {}
  const preload = `--require ${path.join(__dirname, "fake-midtrans.cjs")}`
  return {
    ...MIDTRANS_TEST_KEYS,
    MIDTRANS_IS_PRODUCTION: "false",
    FAKE_MIDTRANS_DIR: fakeMidtransDir(stack),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
  }
}
