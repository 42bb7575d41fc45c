/**
 * The impact figures the reports render: the impact module's own shape (the
 * one GET /admin/impact/figures answers). Type-only, so the Admin can import it.
 */
export type { ImpactFigures } from "../../../../modules/impact/figures/types"
