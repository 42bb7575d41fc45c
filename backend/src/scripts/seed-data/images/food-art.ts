import { banana, chips, confetti, leaf, n, randomFrom, shadow, svg, tempeBlock } from "./draw"

export type Scene = { seed: string; bg: string; dots: string }

type Pouch = Scene & {
  bag: string
  band: string
  ink: string
  chip: string
  edge: string
  spots?: string
  icon: "banana" | "tempe"
}

function zigzag(x: number, y: number, width: number, step = 24): string {
  let d = `M${x} ${y}`
  for (let i = 0; i < width / step; i++) d += `l${step / 2} -10l${step / 2} 10`
  return d + `v30H${x}Z`
}

/** A stand-up snack pouch with a window, chips spilling in front. */
export function chipsPouch(p: Pouch): string {
  const icon =
    p.icon === "banana"
      ? banana(400, 300, 0.7, -8)
      : `<g transform="rotate(-6 400 296)">${tempeBlock(p.seed, 345, 262, 110, 70)}</g>`
  const inWindow = [
    [360, 420],
    [435, 412],
    [398, 470],
    [350, 520],
    [448, 522],
  ]
    .map(([x, y], i) => `<ellipse cx="${x}" cy="${y}" rx="38" ry="24" transform="rotate(${i * 37} ${x} ${y})"/>`)
    .join("")
  const body =
    confetti(p.seed, p.dots) +
    shadow(400, 648, 250) +
    `<path d="${zigzag(256, 176, 288)}" fill="${p.band}"/>` +
    `<path d="M262 200H538L566 598Q568 636 530 636H270Q232 636 234 598Z" fill="${p.bag}" stroke="${p.ink}" stroke-width="5"/>` +
    `<circle cx="400" cy="190" r="8" fill="${p.bg}"/>` +
    `<rect x="252" y="246" width="296" height="100" fill="${p.band}"/>` +
    icon +
    `<circle cx="400" cy="468" r="104" fill="#FFF8E8" stroke="${p.ink}" stroke-width="5"/>` +
    `<g fill="${p.chip}" stroke="${p.edge}" stroke-width="4">${inWindow}</g>` +
    `<path d="M284 226L300 604" stroke="#fff" stroke-width="16" stroke-linecap="round" opacity=".22"/>` +
    chips(p.seed, 400, 680, 7, p.chip, p.edge, p.spots)
  return svg(p.bg, body)
}

type SaleStrips = Scene & { strip: string; edge: string; extra: "none" | "honey" | "batter" }

/** Sun-dried banana strips on a banana leaf, optionally honey-glazed or battered. */
export function saleOnLeaf(s: SaleStrips): string {
  const rand = randomFrom(s.seed)
  let strips = ""
  for (let i = 0; i < 5; i++) {
    const x = 190 + i * 22
    const y = 360 + i * 56
    const w = n(330 + rand() * 60)
    const outline = s.extra === "batter" ? ` stroke-dasharray="18 6"` : ""
    strips +=
      `<g transform="rotate(-12 ${x + w / 2} ${y + 26})">` +
      `<rect x="${x}" y="${y}" width="${w}" height="52" rx="26" fill="${s.strip}" stroke="${s.edge}" stroke-width="6"${outline}/>` +
      `<path d="M${x + 30} ${y + 18}h${w - 80}M${x + 50} ${y + 34}h${w - 110}" stroke="${s.edge}" stroke-width="3" opacity=".45"/>` +
      (s.extra === "honey" ? `<path d="M${x + 40} ${y + 12}h${w / 3}" stroke="#fff" stroke-width="7" stroke-linecap="round" opacity=".5"/>` : "") +
      `</g>`
  }
  const honey =
    s.extra === "honey"
      ? `<rect x="560" y="140" width="150" height="170" rx="34" fill="#F2A900" stroke="#A86E00" stroke-width="6"/>` +
        `<rect x="572" y="112" width="126" height="36" rx="10" fill="#8D5A2B"/>` +
        `<path d="M600 190l22-13 22 13v25l-22 13-22-13Z" fill="none" stroke="#FFE08A" stroke-width="5"/>` +
        `<path d="M620 310q0 40 10 60q10-20 10-60" fill="#F2A900"/>`
      : ""
  const crumbs =
    s.extra === "batter"
      ? `<g fill="${s.strip}">${[0, 1, 2, 3, 4, 5].map((i) => `<circle cx="${n(180 + rand() * 440)}" cy="${n(660 + rand() * 60)}" r="${n(6 + i)}"/>`).join("")}</g>`
      : ""
  return svg(
    s.bg,
    confetti(s.seed, s.dots) + shadow(400, 640, 300, 40) + leaf(400, 520, 700, -14) + strips + honey + crumbs
  )
}

/** A glass jar of dry tempe relish with a red lid, chillies and tempe beside it. */
export function relishJar(s: Scene): string {
  const rand = randomFrom(s.seed)
  let bits = ""
  const colors = ["#7A2E12", "#B5481C", "#D9A05B", "#5C200C"]
  for (let i = 0; i < 70; i++) {
    const x = n(290 + rand() * 200)
    const y = n(352 + rand() * 250)
    bits += `<rect x="${x}" y="${y}" width="${n(12 + rand() * 20)}" height="8" rx="3" fill="${colors[i % 4]}" transform="rotate(${n(rand() * 180)} ${x} ${y})"/>`
  }
  const chilli = (x: number, y: number, r: number) =>
    `<g transform="translate(${x} ${y}) rotate(${r})"><path d="M0 0C40 10 80 40 100 90C60 70 20 40 0 0Z" fill="#D62828"/><path d="M0 0l-14-8" stroke="#2E7D32" stroke-width="8" stroke-linecap="round"/></g>`
  const body =
    confetti(s.seed, s.dots) +
    shadow(400, 640, 240) +
    `<rect x="262" y="240" width="276" height="400" rx="46" fill="#EAF4F6" stroke="#8FB3BB" stroke-width="6"/>` +
    `<rect x="276" y="340" width="248" height="284" rx="34" fill="#9C4A1E"/>` +
    bits +
    `<rect x="250" y="190" width="300" height="70" rx="14" fill="#C0392B"/>` +
    `<path d="M250 215h300M250 235h300" stroke="#fff" stroke-width="6" stroke-dasharray="18 18" opacity=".6"/>` +
    `<path d="M290 290v300" stroke="#fff" stroke-width="14" stroke-linecap="round" opacity=".45"/>` +
    chilli(570, 560, -20) +
    chilli(600, 600, 10) +
    `<g transform="rotate(-10 190 600)">${tempeBlock(s.seed, 110, 560, 150, 80)}</g>`
  return svg(s.bg, body)
}

/** Raw tempe crackers beside puffed, fried ones on a plate. */
export function crackers(s: Scene): string {
  const rand = randomFrom(s.seed)
  let puffed = ""
  for (const [x, y] of [
    [330, 430],
    [470, 400],
    [420, 520],
    [300, 560],
  ]) {
    let specks = ""
    for (let i = 0; i < 8; i++) specks += `<circle cx="${n(x - 40 + rand() * 80)}" cy="${n(y - 40 + rand() * 80)}" r="5"/>`
    puffed +=
      `<circle cx="${x}" cy="${y}" r="84" fill="#FBF1DA" stroke="#E2C58F" stroke-width="10" stroke-dasharray="16 8"/>` +
      `<g fill="#C79A52" opacity=".7">${specks}</g>`
  }
  let raw = ""
  for (let i = 0; i < 5; i++) {
    raw += `<ellipse cx="${600 - i * 4}" cy="${640 - i * 16}" rx="70" ry="24" fill="#E0B873" stroke="#B98A3E" stroke-width="4" opacity=".95"/>`
  }
  const body =
    confetti(s.seed, s.dots) +
    shadow(400, 650, 300, 40) +
    `<ellipse cx="390" cy="500" rx="260" ry="200" fill="#fff" stroke="#D9D2C3" stroke-width="8"/>` +
    puffed +
    raw
  return svg(s.bg, body)
}
