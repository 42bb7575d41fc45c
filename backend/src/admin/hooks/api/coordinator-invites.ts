import type { InviteResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/** Invites a coordinator for some cohorts; the server emails the sign-up link (no list to refresh). */
export const useInviteCoordinator = () =>
  useMutation<InviteResponse, FetchError, { email: string; name?: string; cohort_ids: string[] }>({
    mutationFn: (body) => sdk.client.fetch<InviteResponse>("/admin/coordinator-invites", { method: "POST", body }),
  })
