import PDFDocument from "pdfkit"
import type { ImpactFigures } from "./figures"
import { generatedAtWib } from "./generated-at"
import { METHOD_HEADING, methodSections } from "./method-note"
import { areaTable, channelTable, cohortTable, filterLines, formatCell, headlineTable, kindOf, monthlyTable, statusTable, type ReportTable } from "./tables"

const MARGIN = 48
const FONT = "Helvetica"
const BOLD = "Helvetica-Bold"

type Doc = InstanceType<typeof PDFDocument>

/** Starts a new page when fewer than `needed` points are left. */
function ensureRoom(doc: Doc, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage()
}

function heading(doc: Doc, text: string) {
  ensureRoom(doc, 60)
  doc.moveDown(0.8).font(BOLD).fontSize(11).text(text, MARGIN, doc.y).moveDown(0.3)
}

/**
 * A ruled table: the first column takes what the others leave, numbers align
 * right, the header repeats on a new page.
 */
function drawTable(doc: Doc, table: ReportTable, firstWidth: number, fontSize = 8) {
  const usable = doc.page.width - 2 * MARGIN
  const rest = (usable - firstWidth) / Math.max(1, table.columns.length - 1)
  const widths = table.columns.map((_, i) => (i === 0 ? firstWidth : rest))
  const pad = 3

  const drawRow = (cells: string[], bold: boolean, shaded: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(fontSize)
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 2 * pad }))) + 2 * pad
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage()
      if (!bold) drawRow(table.columns.map((c) => c.label), true, true)
      doc.font(bold ? BOLD : FONT).fontSize(fontSize)
    }
    const top = doc.y
    if (shaded) doc.rect(MARGIN, top, usable, height).fill("#eeeeee").fillColor("black")
    let x = MARGIN
    cells.forEach((text, i) => {
      const align = i === 0 ? "left" : "right"
      doc.text(text, x + pad, top + pad, { width: widths[i] - 2 * pad, align })
      x += widths[i]
    })
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + usable, top + height).lineWidth(0.5).strokeColor("#999999").stroke()
    doc.x = MARGIN
    doc.y = top + height
  }

  drawRow(table.columns.map((c) => c.label), true, true)
  table.rows.forEach((row, r) => drawRow(row.map((value, c) => formatCell(value, kindOf(table, r, c))), false, false))
  if (table.rows.length === 0) drawRow(["Tidak ada data dalam periode ini", ...table.columns.slice(1).map(() => "")], false, false)
}

/** "Halaman 1 dari 2" under every page, in the bottom margin (lifted for the moment, or pdfkit would start a page). */
function numberPages(doc: Doc, title: string) {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font(FONT).fontSize(7).fillColor("#555555")
    doc.text(`${title} · Halaman ${i + 1} dari ${count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, { width: doc.page.width - 2 * MARGIN, align: "center", lineBreak: false })
    doc.page.margins.bottom = bottom
  }
}

/**
 * The report as a PDF shaped like a TJSL report annex: title, period and
 * filters, the headline, the months, the groups, the method note, and when
 * it was made (Jakarta time). `compress: false` keeps the text readable for tests.
 */
export function impactPdf(figures: ImpactFigures, generatedAt: Date, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: `Laporan dampak Karya Binaan ${figures.period.from} s.d. ${figures.period.to}`, Author: "Karya Binaan" },
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  doc.font(BOLD).fontSize(16).text("Laporan Dampak Program Karya Binaan")
  doc.font(FONT).fontSize(10).text("Lampiran laporan TJSL — Kilang Pertamina Plaju dan Kanwil Ditjenpas Sumatera Selatan")
  doc.moveDown(0.6)
  doc.font(BOLD).text(`Periode: ${figures.period.from} s.d. ${figures.period.to}`)
  doc.font(FONT).text(`Filter: ${filterLines(figures).join("; ")}`)
  doc.text(`Dibuat: ${generatedAtWib(generatedAt)}`)

  heading(doc, "1. Angka utama")
  drawTable(doc, headlineTable(figures), 300, 9)
  heading(doc, "2. Per bulan")
  drawTable(doc, monthlyTable(figures), 44, 7)
  heading(doc, "3. Per kelompok binaan")
  drawTable(doc, cohortTable(figures), 190)
  heading(doc, "4. Per saluran penjualan")
  drawTable(doc, channelTable(figures), 190)
  heading(doc, "5. Per wilayah")
  drawTable(doc, areaTable(figures), 190)
  heading(doc, "6. Per status peserta")
  drawTable(doc, statusTable(figures), 190)

  heading(doc, `7. ${METHOD_HEADING}`)
  doc.font(FONT).fontSize(9).text(`Versi ${figures.method.version}; kelompok minimum ${figures.method.min_group} orang.`)
  for (const { heading: title, text } of methodSections()) {
    ensureRoom(doc, 40)
    doc.moveDown(0.4).font(BOLD).text(title, MARGIN, doc.y)
    doc.font(FONT).text(text, { width: doc.page.width - 2 * MARGIN, align: "justify" })
  }
  doc.moveDown(1).fontSize(8).fillColor("#555555").text(`Dokumen ini dibuat otomatis oleh Karya Binaan pada ${generatedAtWib(generatedAt)}.`)
  numberPages(doc, `Laporan dampak ${figures.period.from} s.d. ${figures.period.to}`)
  doc.end()
  return done
}
