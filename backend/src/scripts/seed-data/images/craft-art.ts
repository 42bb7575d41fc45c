import { box, coils, confetti, shadow, svg, weavePattern } from "./draw"
import type { Scene } from "./food-art"

/** Two strand colours and the dark line between them. */
export type Weave = { a: string; b: string; line: string }

export type Craft = Scene & { weave: Weave }

const W = "url(#w)"
const pattern = (w: Weave, size?: number) => weavePattern("w", w.a, w.b, w.line, size)
const frame = (c: Craft, body: string, extraDefs = "", size?: number) =>
  svg(c.bg, confetti(c.seed, c.dots) + body, pattern(c.weave, size) + extraDefs)

/** Market bag: tapered body, rim band, two strap handles. */
export function shoppingBag(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 648, 200) +
      `<path d="M312 300C312 150 488 150 488 300" fill="none" stroke="${line}" stroke-width="20"/>` +
      `<path d="M290 300C290 130 510 130 510 300" fill="none" stroke="${a}" stroke-width="20"/>` +
      `<path d="M230 300H570L540 640H260Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<rect x="222" y="288" width="356" height="34" rx="8" fill="${a}" stroke="${line}" stroke-width="5"/>`
  )
}

/** Tote with Palembang songket diamonds woven in gold over the ground colour. */
export function songketTote(c: Craft): string {
  const { a, line } = c.weave
  const diamonds =
    `<pattern id="s" width="60" height="60" patternUnits="userSpaceOnUse">` +
    `<rect width="60" height="60" fill="${a}"/><path d="M30 6L54 30L30 54L6 30Z" fill="none" stroke="#E9B949" stroke-width="5"/>` +
    `<path d="M30 22L38 30L30 38L22 30Z" fill="#E9B949"/></pattern>`
  return svg(
    c.bg,
    confetti(c.seed, c.dots) +
      shadow(400, 650, 190) +
      `<path d="M300 300C300 170 500 170 500 300" fill="none" stroke="#E9B949" stroke-width="18"/>` +
      `<rect x="240" y="290" width="320" height="350" rx="14" fill="url(#s)" stroke="${line}" stroke-width="6"/>` +
      `<rect x="240" y="290" width="320" height="36" fill="#E9B949"/>`,
    diamonds
  )
}

/** Small wide-based bag with a single flat handle. */
export function lunchBag(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 650, 210) +
      `<path d="M330 370V250H470V370" fill="none" stroke="${a}" stroke-width="24"/>` +
      `<path d="M250 370H550L566 640H234Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<rect x="244" y="356" width="312" height="30" rx="8" fill="${a}" stroke="${line}" stroke-width="5"/>`
  )
}

/** Structured handbag with a flap, button and two rattan ring handles. */
export function handbag(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 650, 220) +
      `<path d="M300 340C300 220 380 220 380 340M420 340C420 220 500 220 500 340" fill="none" stroke="#B07A3B" stroke-width="16"/>` +
      `<path d="M250 330H550L590 620Q592 642 570 642H230Q208 642 210 620Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M250 330H550L530 440Q400 500 270 440Z" fill="${a}" stroke="${line}" stroke-width="6"/>` +
      `<circle cx="400" cy="462" r="16" fill="#6E4F2C"/>`
  )
}

/** Round, spiral-woven bag on a long strap. */
export function crossbodyBag(c: Craft): string {
  const { a, b, line } = c.weave
  return frame(
    c,
    shadow(400, 680, 180) +
      `<path d="M232 470C170 80 630 80 568 470" fill="none" stroke="#5A3A22" stroke-width="14"/>` +
      coils(400, 480, 180, a, line) +
      `<path d="M260 420Q400 360 540 420" fill="none" stroke="${b}" stroke-width="10"/>` +
      `<rect x="384" y="410" width="32" height="40" rx="6" fill="#5A3A22"/>`
  )
}

/** Straight-sided round basket with two hand holes. */
export function roundBasket(c: Craft): string {
  const { b, line } = c.weave
  return frame(
    c,
    shadow(400, 650, 200) +
      `<path d="M220 330H580L548 622Q545 642 522 642H278Q255 642 252 622Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<ellipse cx="400" cy="330" rx="184" ry="44" fill="${b}" stroke="${line}" stroke-width="6"/>` +
      `<ellipse cx="400" cy="334" rx="156" ry="30" fill="${line}" opacity=".55"/>` +
      `<rect x="250" y="380" width="50" height="24" rx="12" fill="${line}"/><rect x="500" y="380" width="50" height="24" rx="12" fill="${line}"/>`
  )
}

/** Low oval basket with a tall braided arch handle. */
export function hamperBasket(c: Craft): string {
  const { a, b, line } = c.weave
  return frame(
    c,
    shadow(400, 640, 230) +
      `<path d="M236 440C236 140 564 140 564 440" fill="none" stroke="${line}" stroke-width="30"/>` +
      `<path d="M236 440C236 140 564 140 564 440" fill="none" stroke="${a}" stroke-width="20" stroke-dasharray="16 8"/>` +
      `<path d="M190 440H610L572 606Q566 632 540 632H260Q234 632 228 606Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<ellipse cx="400" cy="440" rx="214" ry="46" fill="${b}" stroke="${line}" stroke-width="6"/>` +
      `<ellipse cx="400" cy="444" rx="186" ry="30" fill="${line}" opacity=".5"/>`
  )
}

/** Tall lidded laundry basket with its cloth liner showing. */
export function laundryBasket(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 672, 170) +
      `<path d="M262 250H538L522 660H278Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M272 262Q300 300 330 262Q360 300 390 262" fill="#F4EDE1" stroke="#CDBFA8" stroke-width="4"/>` +
      `<ellipse cx="400" cy="238" rx="158" ry="40" fill="${a}" stroke="${line}" stroke-width="6"/>` +
      `<rect x="370" y="196" width="60" height="26" rx="13" fill="${line}"/>`
  )
}

/** Wide, low fruit basket with a few bananas and oranges. */
export function fruitBasket(c: Craft): string {
  const { b, line } = c.weave
  const oranges = [
    [320, 380],
    [420, 350],
    [510, 385],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="56" fill="#F39C12" stroke="#C0700B" stroke-width="5"/>`)
    .join("")
  return frame(
    c,
    shadow(400, 630, 250) +
      oranges +
      `<path d="M250 400C320 450 460 450 560 350" fill="none" stroke="#F5C542" stroke-width="34" stroke-linecap="round"/>` +
      `<path d="M170 440H630Q604 610 400 610Q196 610 170 440Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<ellipse cx="400" cy="440" rx="232" ry="26" fill="${b}" stroke="${line}" stroke-width="8"/>`
  )
}

/** Woven tissue box in three-quarter view, a tissue rising from the slot. */
export function tissueBox(c: Craft): string {
  const { line } = c.weave
  return frame(
    c,
    shadow(430, 640, 230) +
      box(220, 400, 320, 220, 110, W, line) +
      `<ellipse cx="435" cy="367" rx="90" ry="18" fill="${line}" opacity=".6"/>` +
      `<path d="M390 370C380 300 420 250 440 220C450 270 500 290 480 370Z" fill="#fff" stroke="#D7D7D7" stroke-width="4"/>`
  )
}

/** Wide-brimmed sun hat with a ribbon band. */
export function sunHat(c: Craft): string {
  const { line } = c.weave
  return frame(
    c,
    shadow(400, 600, 300, 40) +
      `<ellipse cx="400" cy="500" rx="310" ry="100" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M262 500C262 270 538 270 538 500Z" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M266 452Q400 488 534 452V498Q400 532 266 498Z" fill="#7D3C98"/>`
  )
}

/** Flat zipped pencil case. */
export function pencilCase(c: Craft): string {
  const { line } = c.weave
  return frame(
    c,
    shadow(400, 600, 250) +
      `<rect x="160" y="330" width="480" height="230" rx="70" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M200 372H600" stroke="#4A3A2A" stroke-width="12"/>` +
      `<path d="M200 372H600" stroke="#C9C9C9" stroke-width="6" stroke-dasharray="4 4"/>` +
      `<rect x="560" y="360" width="30" height="50" rx="8" fill="#8A8A8A"/><circle cx="575" cy="424" r="12" fill="none" stroke="#8A8A8A" stroke-width="6"/>`
  )
}

/** Lidded storage box in three-quarter view. */
export function storageBox(c: Craft): string {
  const { line } = c.weave
  return frame(
    c,
    shadow(440, 660, 250) +
      box(210, 400, 330, 240, 120, W, line) +
      box(196, 360, 358, 60, 120, W, line) +
      `<rect x="340" y="378" width="70" height="18" rx="9" fill="${line}"/>`,
    "",
    28
  )
}

/** A pair of slide sandals: rubber soles, woven straps. */
export function sandals(c: Craft): string {
  const { line } = c.weave
  const sandal = (x: number, y: number, r: number) =>
    `<g transform="translate(${x} ${y}) rotate(${r})">` +
    `<path d="M0 0C66-8 86 64 76 170C66 280 44 320 0 320C-44 320-66 280-76 170C-86 64-66-8 0 0Z" fill="#4A3526"/>` +
    `<path d="M0 12C56 6 72 66 64 170C56 270 38 306 0 306C-38 306-56 270-64 170C-72 66-56 6 0 12Z" fill="#E3C58F"/>` +
    `<path d="M-78 60Q0 20 78 60L76 150Q0 116-76 150Z" fill="${W}" stroke="${line}" stroke-width="5"/></g>`
  return frame(c, shadow(400, 640, 240) + sandal(310, 250, -10) + sandal(500, 270, 12))
}

/** Floor mat lying flat with its far end still rolled. */
export function mat(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 640, 320, 30) +
      `<path d="M120 620L240 380H680L560 620Z" fill="${W}" stroke="#7A4B2A" stroke-width="14" stroke-linejoin="round"/>` +
      `<rect x="226" y="318" width="470" height="84" rx="42" fill="${W}" stroke="${line}" stroke-width="6"/>` +
      `<circle cx="268" cy="360" r="42" fill="${a}" stroke="${line}" stroke-width="6"/>` +
      `<path d="M268 360m-8 0a8 8 0 1 1 16 0a16 16 0 1 1-32 0a24 24 0 1 1 48 0" fill="none" stroke="${line}" stroke-width="4"/>`
  )
}

/** A set of four spiral-woven round placemats. */
export function placemats(c: Craft): string {
  const { a, line } = c.weave
  return frame(
    c,
    shadow(400, 660, 300, 30) +
      coils(290, 330, 150, a, line) +
      coils(520, 320, 150, a, line) +
      coils(300, 540, 140, a, line) +
      coils(510, 530, 150, a, line)
  )
}
