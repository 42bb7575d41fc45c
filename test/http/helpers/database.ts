import pg from "pg"

/**
 * Direct SQL on the test marketplace's own PostgreSQL, for what no API may do:
 * letting time pass (an invitation expiring). Never for reading results.
 */
export async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the HTTP suites through "npm test" (or "npm test -- http")')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(text, values)
  } finally {
    await client.end()
  }
}
