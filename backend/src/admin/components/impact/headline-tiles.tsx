import { Text } from "@medusajs/ui"
import type { ImpactFigures } from "@karya-binaan/contract"
import { useKaryaTranslation } from "../../lib/i18n"

const Tile = ({ label, value, hint, id }: { label: string; value: string; hint?: string; id: string }) => (
  <div className="shadow-elevation-card-rest bg-ui-bg-component flex flex-col gap-1 rounded-lg p-3" data-tile={id}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** The figures a sponsor asks for first; a withheld value says why. */
export const HeadlineTiles = ({ figures }: { figures: ImpactFigures }) => {
  const { t, format } = useKaryaTranslation()
  const h = figures.headline
  const hidden = t("impact.suppressed", { min: figures.method.min_group })
  const ratio = h.income_per_rupiah_input
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
      <Tile id="participants_trained" label={t("impact.tiles.trained")} value={format.number(h.participants_trained)} hint={t("impact.tiles.trainingsHint", { trainings: h.trainings, visits: h.study_visits, hours: format.number(h.training_hours) })} />
      <Tile id="participants_earned" label={t("impact.tiles.earned")} value={format.number(h.participants_earned)} />
      <Tile
        id="allocated_total"
        label={t("impact.tiles.allocated")}
        value={h.allocated_total === null ? "—" : format.money(h.allocated_total)}
        hint={h.paid_total === null ? hidden : t("impact.tiles.paidHint", { paid: format.money(h.paid_total) })}
      />
      <Tile id="median_income" label={t("impact.tiles.median")} value={h.median_income_per_earner === null ? "—" : format.money(h.median_income_per_earner)} hint={h.median_income_per_earner === null ? hidden : undefined} />
      <Tile id="sales_total" label={t("impact.tiles.sales")} value={format.money(h.sales_total)} hint={t("impact.tiles.unitsHint", { units: format.number(h.units) })} />
      <Tile
        id="kemandirian"
        label={t("impact.tiles.kemandirian")}
        value={h.kemandirian.suppressed || h.kemandirian.earned_3_of_6 === null ? "—" : `${format.number(h.kemandirian.earned_3_of_6)} / ${format.number(h.kemandirian.klien)}`}
        hint={h.kemandirian.suppressed ? hidden : t("impact.tiles.kemandirianHint")}
      />
      <Tile id="programme_input_total" label={t("impact.tiles.input")} value={format.money(h.programme_input_total)} hint={ratio === null ? t("impact.tiles.noInput") : t("impact.tiles.perRupiah", { ratio: format.number(ratio) })} />
      <Tile id="material_fund_balance" label={t("impact.tiles.materialFund")} value={format.money(h.material_fund_balance)} hint={t("impact.tiles.notesHint", { count: h.notes_approved })} />
    </div>
  )
}
