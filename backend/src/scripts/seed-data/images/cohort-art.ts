import { banana, coils, leaf, n, randomFrom, svg, tempeBlock, weavePattern } from "./draw"

// Cohort pictures show places, materials and work, never people: the
// programme's privacy rule applies to drawings too.

const sky = (top: string, bottom: string) =>
  `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`

const waves = (y: number, color: string, seed: string) => {
  const rand = randomFrom(seed)
  let d = ""
  for (let i = 0; i < 9; i++) {
    const x = n(rand() * 700)
    const wy = n(y + rand() * (800 - y - 20))
    d += `M${x} ${wy}q20-10 40 0t40 0`
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="5" stroke-linecap="round" opacity=".6"/>`
}

/** A banana plant: trunk and radiating leaves, optionally with a hanging bunch. */
function bananaPlant(x: number, y: number, scale: number, green: string, fruit: boolean): string {
  const leaves = [-150, -110, -70, -30, 10]
    .map((deg) => {
      const rad = (deg * Math.PI) / 180
      return leaf(n(Math.cos(rad) * 120), n(Math.sin(rad) * 120), 250, deg, green)
    })
    .join("")
  const bunch = fruit
    ? `<path d="M0 20q40 70 40 210" fill="none" stroke="#6F8F3A" stroke-width="10"/>` +
      [0, 1, 2]
        .flatMap((row) => [0, 1, 2].map((k) => banana(6 + k * 34, 84 + row * 48, 0.44, -120 + k * 30)))
        .join("") +
      `<path d="M40 230q-30 40 0 90q30-50 0-90Z" fill="#7B2D52"/>`
    : ""
  return `<g transform="translate(${x} ${y}) scale(${scale})"><rect x="-18" y="0" width="36" height="360" rx="16" fill="#6F8F3A"/>${leaves}${bunch}</g>`
}

export function bananaGrove(): string {
  return svg(
    "url(#sky)",
    `<circle cx="640" cy="150" r="70" fill="#FFC857"/>` +
      bananaPlant(170, 330, 0.75, "#8DBF5A", false) +
      bananaPlant(640, 360, 0.7, "#8DBF5A", false) +
      `<rect y="640" width="800" height="160" fill="#7CB342"/>` +
      bananaPlant(400, 300, 1, "#3E8E41", true),
    sky("#FFE3B3", "#FFF7E8")
  )
}

export function musiAmpera(): string {
  const tower = (x: number) =>
    `<rect x="${x}" y="240" width="46" height="232" fill="#B03A2E"/><path d="M${x - 8} 240h62l-10-24h-42Z" fill="#922B21"/>`
  const cables =
    `<path d="M282 250L120 432M282 250L200 432M328 250L420 432M548 250L460 432M594 250L700 432M594 250L780 432" stroke="#922B21" stroke-width="5"/>`
  const bridge = tower(282) + tower(548) + `<rect x="282" y="262" width="312" height="20" fill="#B03A2E"/>` + cables +
    `<rect y="432" width="800" height="26" fill="#922B21"/>`
  return svg(
    "url(#sky)",
    `<circle cx="170" cy="360" r="80" fill="#FFD166"/>` +
      bridge +
      `<rect y="458" width="800" height="342" fill="#2F6E93"/>` +
      `<g opacity=".25" transform="translate(0 916) scale(1 -1)">${tower(282)}${tower(548)}</g>` +
      waves(480, "#9CC7E0", "musi") +
      `<ellipse cx="400" cy="700" rx="300" ry="84" fill="url(#w)" stroke="#7A5A2E" stroke-width="8"/>` +
      leaf(330, 680, 220, -8) +
      tempeBlock("ampera-1", 270, 640, 130, 70) +
      leaf(480, 690, 220, 6) +
      tempeBlock("ampera-2", 420, 652, 130, 70),
    sky("#FF9F5A", "#FFE2B8") + weavePattern("w", "#D9B77A", "#C29A57", "#7A5A2E", 28)
  )
}

export function dryingRack(): string {
  const rand = randomFrom("rack")
  let strips = ""
  for (let row = 0; row < 4; row++) {
    for (let i = 0; i < 6; i++) {
      const x = 200 + row * 14 + i * 72
      const y = 470 + row * 34
      strips += `<rect x="${x}" y="${y}" width="${n(52 + rand() * 10)}" height="20" rx="10" fill="#9A5B2A"/>`
    }
  }
  return svg(
    "url(#sky)",
    `<circle cx="620" cy="150" r="90" fill="#FFD54F"/>` +
      `<path d="M60 360h170v-70l-85-60-85 60Z" fill="#6D4C41"/><path d="M70 360v90M220 360v90M145 360v90" stroke="#5D4037" stroke-width="10"/>` +
      bananaPlant(720, 330, 0.6, "#4E8F3A", false) +
      `<rect y="440" width="800" height="360" fill="#A5C96A"/>` +
      `<path d="M0 440h800" stroke="#7FA6C9" stroke-width="14"/>` +
      `<path d="M170 460H650L700 620H130Z" fill="#D7C39A" stroke="#8D6E4A" stroke-width="8"/>` +
      `<path d="M150 620v110M680 620v110M200 460v-20M620 460v-20" stroke="#8D6E4A" stroke-width="12"/>` +
      strips,
    sky("#9ED3F0", "#E8F6FD")
  )
}

export function workshopTable(): string {
  const coil = (x: number, y: number, color: string) =>
    `<circle cx="${x}" cy="${y}" r="70" fill="${color}"/>` +
    `<g fill="none" stroke="#000" stroke-opacity=".18" stroke-width="4"><circle cx="${x}" cy="${y}" r="52"/><circle cx="${x}" cy="${y}" r="34"/></g>` +
    `<circle cx="${x}" cy="${y}" r="18" fill="#F1E7DA"/>`
  return svg(
    "#F1E7DA",
    `<rect y="0" width="800" height="120" fill="#E4D5C0"/><rect x="80" y="200" width="640" height="16" fill="#B08968"/>` +
      `<rect x="120" y="150" width="60" height="50" fill="#C0392B"/><rect x="200" y="160" width="60" height="40" fill="#2F6FD6"/><rect x="560" y="140" width="80" height="60" fill="#F4C430"/>` +
      `<rect x="60" y="560" width="680" height="40" fill="#8D5B3A"/><path d="M110 600v200M690 600v200" stroke="#6B4226" stroke-width="30"/>` +
      coil(170, 490, "#E23B3B") +
      coil(300, 500, "#2F6FD6") +
      coil(230, 410, "#F4C430") +
      `<path d="M430 400H690L670 560H450Z" fill="url(#w)" stroke="#1B3F7A" stroke-width="6"/>` +
      `<path d="M450 400l-10-90M490 400l0-100M530 400l10-90M570 400l-6-110M610 400l10-96M650 400l16-84" stroke="#2F6FD6" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M330 545l80-30M330 525l80 30" stroke="#7F8C8D" stroke-width="8"/><circle cx="322" cy="548" r="12" fill="none" stroke="#C0392B" stroke-width="6"/><circle cx="322" cy="522" r="12" fill="none" stroke="#C0392B" stroke-width="6"/>`,
    weavePattern("w", "#2F6FD6", "#F4C430", "#1B3F7A", 28)
  )
}

export function hyacinthRiver(): string {
  const rand = randomFrom("hyacinth")
  let plants = ""
  for (let i = 0; i < 7; i++) {
    const x = n(60 + i * 115 + rand() * 30)
    const y = n(480 + rand() * 200)
    plants +=
      `<g transform="translate(${x} ${y})">` +
      `<ellipse cx="-34" cy="0" rx="38" ry="26" fill="#3E8E41"/><ellipse cx="34" cy="0" rx="38" ry="26" fill="#4CAF50"/><ellipse cx="0" cy="-22" rx="34" ry="30" fill="#43A047"/>` +
      `<path d="M0-40v-80" stroke="#2E7D32" stroke-width="6"/>` +
      [0, 1, 2, 3].map((k) => `<circle cx="${k % 2 ? 10 : -10}" cy="${-76 - k * 16}" r="13" fill="#9B6BC9"/>`).join("") +
      `<circle cx="0" cy="-100" r="5" fill="#F4D03F"/></g>`
  }
  const bundle = (x: number) =>
    `<g transform="translate(${x} 260)"><path d="M-30 0l10 170M-10 0l2 170M10 0l-4 170M30 0l-12 170" stroke="#C8A46A" stroke-width="12" stroke-linecap="round"/><rect x="-30" y="70" width="56" height="14" fill="#8D6E4A"/></g>`
  return svg(
    "url(#sky)",
    `<rect y="430" width="800" height="370" fill="#2E7D7A"/>` +
      waves(450, "#8FD3CF", "river") +
      `<rect x="0" y="420" width="800" height="14" fill="#6D8B3A"/>` +
      `<path d="M80 250h640" stroke="#8D6E4A" stroke-width="10"/>` +
      bundle(180) +
      bundle(330) +
      bundle(480) +
      bundle(630) +
      plants,
    sky("#BFE3F2", "#EAF7FB")
  )
}

export function wovenSunrise(): string {
  let rays = ""
  for (let i = 0; i < 12; i++) rays += `<path d="M400 420L${n(400 + Math.cos((i * Math.PI) / 11 + Math.PI) * 600)} ${n(420 + Math.sin((i * Math.PI) / 11 + Math.PI) * 600)}" />`
  return svg(
    "url(#sky)",
    `<g stroke="#FFE0A3" stroke-width="26" opacity=".6">${rays}</g>` +
      `<circle cx="400" cy="420" r="120" fill="#FFB74D"/>` +
      `<path d="M0 420H800V800H0Z" fill="url(#w)"/>` +
      `<rect y="412" width="800" height="16" fill="#7A4B2A"/>` +
      coils(220, 600, 110, "#B98E4E", "#6E4F2C") +
      `<rect x="420" y="520" width="300" height="70" rx="35" fill="#C8A46A" stroke="#6E4F2C" stroke-width="6"/>` +
      `<rect x="440" y="600" width="300" height="70" rx="35" fill="#B98E4E" stroke="#6E4F2C" stroke-width="6"/>`,
    sky("#FF8A65", "#FFE0B2") + weavePattern("w", "#D2AE6D", "#B98E4E", "#6E4F2C", 40)
  )
}

/** Every cohort picture by file name (images/cohorts/<name>); render.ts writes them. */
export const COHORT_ART: Record<string, () => string> = {
  "lapas-perempuan-palembang-pisang.svg": bananaGrove,
  "bapas-palembang-tempe.svg": musiAmpera,
  "bapas-palembang-sale-pisang.svg": dryingRack,
  "rutan-palembang-tali-meiwa.svg": workshopTable,
  "lapas-palembang-eceng-gondok.svg": hyacinthRiver,
  "lapas-narkotika-banyuasin-eceng-gondok.svg": wovenSunrise,
}
