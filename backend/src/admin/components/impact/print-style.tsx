/**
 * Printing the Dampak page prints the report only: the Admin's sidebar and
 * top bar, the filters and the forms stay on screen (data-print="hide"), the
 * charts and tables keep their colours and do not split across pages.
 */
const CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  body * { visibility: hidden; }
  #impact-report, #impact-report * { visibility: visible; }
  #impact-report { position: absolute; inset: 0 auto auto 0; width: 100%; }
  #impact-report [data-print="hide"], #impact-report .recharts-tooltip-wrapper { display: none !important; }
  #impact-report .break-inside-avoid, #impact-report table { break-inside: avoid; }
  #impact-report * { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-shadow: none !important; }
}
`

export const ImpactPrintStyle = () => <style>{CSS}</style>
