import { coordinatorFile } from "@/lib/data/coordinator/backend-file"

/** A statement's CSV for the signed-in coordinator; `with_names=true` adds the private names. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const query = new URLSearchParams()
  if (new URL(request.url).searchParams.get("with_names") === "true") query.set("with_names", "true")
  return coordinatorFile(`/coordinator/payout-statements/${encodeURIComponent(id)}/csv`, query, { type: "text/csv; charset=utf-8", disposition: "attachment" })
}
