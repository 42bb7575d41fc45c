import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ImpactFigures, Training } from "@karya-binaan/contract"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const impactFiguresQueryKey = queryKeysFactory("karya_impact_figures")
export const impactInputQueryKey = queryKeysFactory("karya_impact_input")
export const impactTrainingQueryKey = queryKeysFactory("karya_impact_training")

/** The figures query (the same for the dashboard and the report downloads); empty values are left out. */
export type ImpactQuery = Partial<Record<"from" | "to" | "cohort_id" | "facility" | "channel" | "area" | "skill_line", string>>

export type ProgrammeInputKind = "training_cost" | "equipment" | "material_capital" | "other"
export type ProgrammeInput = { id: string; month: string; kind: ProgrammeInputKind; amount: number; sponsor: string; note: string | null }
export type NewProgrammeInput = { month: string; kind: ProgrammeInputKind; amount: number; sponsor?: string; note?: string }
/** A training as GET /admin/impact/trainings lists it. */
export type ImpactTraining = Omit<Training, "participant_codes">

export const useImpactFigures = (query: ImpactQuery) =>
  useQuery({
    queryKey: impactFiguresQueryKey.list(query),
    queryFn: () => sdk.client.fetch<{ figures: ImpactFigures }>("/admin/impact/figures", { query }),
    // Keeps the charts on screen while a new filter loads.
    placeholderData: keepPreviousData,
  })

export const useProgrammeInputs = () =>
  useQuery({
    queryKey: impactInputQueryKey.list(),
    queryFn: () => sdk.client.fetch<{ inputs: ProgrammeInput[] }>("/admin/impact/inputs"),
  })

/** Records a programme input; the list and every figure (income per rupiah of input) are read again. */
export const useCreateProgrammeInput = () => {
  const queryClient = useQueryClient()
  return useMutation<{ input: ProgrammeInput }, FetchError, NewProgrammeInput>({
    mutationFn: (body) => sdk.client.fetch("/admin/impact/inputs", { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: impactInputQueryKey.all }),
        queryClient.invalidateQueries({ queryKey: impactFiguresQueryKey.all }),
      ]),
  })
}

export const useDeleteProgrammeInput = () => {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(`/admin/impact/inputs/${id}`, { method: "DELETE" }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: impactInputQueryKey.all }),
        queryClient.invalidateQueries({ queryKey: impactFiguresQueryKey.all }),
      ]),
  })
}

/** Every training (the route sends them all, newest first; the page pages through them). */
export const useImpactTrainings = (query: { cohort_id?: string } = {}) =>
  useQuery({
    queryKey: impactTrainingQueryKey.list(query),
    queryFn: () => sdk.client.fetch<{ trainings: ImpactTraining[]; count: number }>("/admin/impact/trainings", { query }),
    placeholderData: keepPreviousData,
  })

/** Where a report download lives: the same query as the figures, so the file shows what the page shows. */
export function impactReportUrl(format: "pdf" | "csv" | "xlsx", query: ImpactQuery): string {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))
  const search = params.toString()
  return `${base}/admin/impact/report.${format}${search ? `?${search}` : ""}`
}
