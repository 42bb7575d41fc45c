import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { revalidateSecret } from "@/lib/env"
import { CACHE_TAGS } from "@/lib/data/tags"

const RevalidateBody = z.object({ tags: z.array(z.enum(CACHE_TAGS)).min(1).max(CACHE_TAGS.length) }).strict()

function authorized(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Called by the backend (subscribers/revalidate-storefront.ts) when catalog
 * data changes. Tags expire at once rather than serving stale pages while
 * refreshing: an operator who edits a product expects to see the edit.
 */
export async function POST(req: NextRequest): Promise<NextResponse> {
  if (!authorized(req.headers.get("x-revalidate-secret"), revalidateSecret())) {
    return NextResponse.json({ message: "Invalid revalidation secret" }, { status: 401 })
  }
  const parsed = RevalidateBody.safeParse(await req.json().catch(() => null))
  if (!parsed.success) {
    return NextResponse.json({ message: "Body must be { tags: [...] } with known cache tags" }, { status: 400 })
  }
  const tags = [...new Set(parsed.data.tags)]
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
