import "server-only"
import type { OrderNoteCohort, OrderNoteCohortsResponse, StoreMakerNote, StoreMakerNoteListResponse } from "@karya-binaan/contract"
import { getLocale } from "next-intl/server"
import { backendLocale } from "@/i18n/locale"
import { backendUrl, publishableKey } from "@/lib/env"
import { noteProblems, type NoteProblem } from "@/lib/util/note-refusal"
import { orderHeaders } from "./cookies"
import { medusaFetch, StoreApiError } from "./fetch"
import { TAGS } from "./tags"

/**
 * A cohort's approved thank-you notes (public, the same for everyone): cached
 * under the "notes" tag, which the backend revalidates when a coordinator
 * approves or rejects one. An unknown cohort has none.
 */
export async function listCohortNotes(handle: string): Promise<StoreMakerNote[]> {
  try {
    const { notes } = await medusaFetch<StoreMakerNoteListResponse>(`/store/cohorts/${encodeURIComponent(handle)}/notes`, { tags: [TAGS.notes] })
    return notes
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return []
    throw error
  }
}

/** One order's own call to its notes route, as its buyer (login or this browser's order access token). */
async function orderNotesFetch(orderId: string, init: { method: "GET"; locale?: string } | { method: "POST"; body: unknown }): Promise<Response> {
  const locale = init.method === "GET" && init.locale ? `?locale=${encodeURIComponent(init.locale)}` : ""
  return fetch(`${backendUrl()}/store/orders/${encodeURIComponent(orderId)}/notes${locale}`, {
    method: init.method,
    headers: {
      "x-publishable-api-key": publishableKey(),
      ...(init.method === "POST" ? { "content-type": "application/json" } : {}),
      ...(await orderHeaders(orderId)),
    },
    body: init.method === "POST" ? JSON.stringify(init.body) : undefined,
    cache: "no-store",
  })
}

/** The cohorts this order can thank, with the note already sent to each; empty when this visitor may not see the order. */
export async function getOrderNoteCohorts(orderId: string): Promise<OrderNoteCohort[]> {
  // Cohort names in the page's language.
  const res = await orderNotesFetch(orderId, { method: "GET", locale: backendLocale(await getLocale()) })
  if (res.status === 404 || res.status === 400) return []
  if (!res.ok) throw new Error(`GET /store/orders/:id/notes answered ${res.status}`)
  return ((await res.json()) as OrderNoteCohortsResponse).cohorts
}

/** Sends the note; the refusal's problem codes for the form to word in the shopper's language. */
export async function postOrderNote(orderId: string, body: Record<string, string>): Promise<{ ok: true } | { ok: false; problems: NoteProblem[] }> {
  const res = await orderNotesFetch(orderId, { method: "POST", body })
  if (res.ok) return { ok: true }
  if (res.status >= 500) throw new Error(`POST /store/orders/:id/notes answered ${res.status}`)
  const answer = (await res.json().catch(() => ({}))) as { problems?: unknown[] }
  return { ok: false, problems: noteProblems(answer.problems) }
}
