import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { getVisitor } from "@/lib/data/visitor"

// The header asks with no parameters; anything else is a mistake worth a 400.
const VisitorQuery = z.object({}).strict()

/**
 * The per-visitor part of every shop page (cart count, logged in or not),
 * read by the header in the browser so the pages themselves can be cached
 * for everyone. Never cached: it answers from the visitor's own cookies.
 */
export async function GET(req: NextRequest): Promise<NextResponse> {
  const query = VisitorQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams))
  if (!query.success) return NextResponse.json({ message: "This address takes no parameters" }, { status: 400 })
  return NextResponse.json(await getVisitor(), { headers: { "cache-control": "private, no-store" } })
}
