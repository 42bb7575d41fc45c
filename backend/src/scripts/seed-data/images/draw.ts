/**
 * Small SVG drawing kit for the demo catalog's flat illustrations: 800 × 800,
 * no text, no people, no external references. Output is deterministic (a
 * seeded random sequence), so re-rendering gives byte-identical files.
 */

/** A repeatable pseudo-random sequence in [0, 1) (mulberry32 over a string hash). */
export function randomFrom(seed: string): () => number {
  let h = 2166136261
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619)
  return () => {
    h = (h + 0x6d2b79f5) | 0
    let t = Math.imul(h ^ (h >>> 15), 1 | h)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Whole numbers keep the files small and stable. */
export const n = (value: number) => Math.round(value)

export function svg(background: string, body: string, defs = ""): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">` +
    (defs ? `<defs>${defs}</defs>` : "") +
    `<rect width="800" height="800" fill="${background}"/>${body}</svg>\n`
  )
}

/** Basket weave: two colours in alternating squares, strands drawn across them. */
export function weavePattern(id: string, a: string, b: string, line: string, size = 32): string {
  const h = size / 2
  const q = size / 4
  return (
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
    `<rect width="${size}" height="${size}" fill="${a}"/>` +
    `<rect width="${h}" height="${h}" fill="${b}"/><rect x="${h}" y="${h}" width="${h}" height="${h}" fill="${b}"/>` +
    `<path d="M0 ${q}h${h}M${h} ${h + q}h${h}M${h + q} 0v${h}M${q} ${h}v${h}" stroke="${line}" stroke-width="2" opacity=".35"/>` +
    `</pattern>`
  )
}

/** Scattered soft dots for a background, so flat colour doesn't look empty. */
export function confetti(seed: string, color: string, count = 14): string {
  const rand = randomFrom(seed)
  let out = `<g fill="${color}" opacity=".5">`
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${n(rand() * 800)}" cy="${n(rand() * 800)}" r="${n(6 + rand() * 14)}"/>`
  }
  return `${out}</g>`
}

export function shadow(cx: number, cy: number, rx: number, ry = 22): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#000" opacity=".12"/>`
}

/** A single banana, tip to the left, stem to the right. */
export function banana(x: number, y: number, scale: number, rotate: number, fill = "#F5C542"): string {
  return (
    `<g transform="translate(${x} ${y}) rotate(${rotate}) scale(${scale})">` +
    `<path d="M-95 -5C-60 62 62 60 102 -22C72 18-40 28-95-14Z" fill="${fill}" stroke="#A8791F" stroke-width="4"/>` +
    `<path d="M-95-14l-8 3 8 6" fill="#5B4A1F"/>` +
    `<path d="M100-20l16-16" stroke="#6B8E23" stroke-width="12" stroke-linecap="round"/></g>`
  )
}

/** A banana leaf lying diagonally, midrib and veins included. */
export function leaf(x: number, y: number, length: number, rotate: number, fill = "#3E8E41"): string {
  const w = length * 0.22
  let veins = ""
  for (let i = -4; i <= 4; i++) {
    const vx = (i * length) / 10
    // Shorter towards the tips, so veins stay inside the blade.
    const reach = w * 0.8 * Math.sqrt(1 - ((vx + length / 14) / (length / 2)) ** 2)
    veins += `M${n(vx)} 0l${n(length / 14)} ${n(-reach)}M${n(vx)} 0l${n(length / 14)} ${n(reach)}`
  }
  return (
    `<g transform="translate(${x} ${y}) rotate(${rotate})">` +
    `<ellipse rx="${n(length / 2)}" ry="${n(w)}" fill="${fill}"/>` +
    `<path d="M${n(-length / 2)} 0H${n(length / 2)}${veins}" stroke="#2D6A30" stroke-width="3" opacity=".6"/></g>`
  )
}

/** A block of tempe: pale cake studded with soybeans. */
export function tempeBlock(seed: string, x: number, y: number, w: number, h: number): string {
  const rand = randomFrom(seed)
  let beans = ""
  for (let i = 0; i < (w * h) / 900; i++) {
    const bx = x + 8 + rand() * (w - 16)
    const by = y + 8 + rand() * (h - 16)
    beans += `<ellipse cx="${n(bx)}" cy="${n(by)}" rx="7" ry="5" transform="rotate(${n(rand() * 180)} ${n(bx)} ${n(by)})"/>`
  }
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="#F1E4C3" stroke="#CDB27A" stroke-width="4"/>` +
    `<g fill="#D8BC82">${beans}</g>`
  )
}

/** Irregular fried chips spilling in front of a pack. */
export function chips(seed: string, cx: number, cy: number, count: number, fill: string, edge: string, spots?: string): string {
  const rand = randomFrom(seed)
  let out = ""
  for (let i = 0; i < count; i++) {
    const x = n(cx - 210 + rand() * 420)
    const y = n(cy - 30 + rand() * 60)
    const rx = n(34 + rand() * 18)
    const ry = n(20 + rand() * 10)
    const rot = n(rand() * 180)
    out += `<g transform="rotate(${rot} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${fill}" stroke="${edge}" stroke-width="4"/>`
    if (spots) out += `<circle cx="${x - 10}" cy="${y - 4}" r="5" fill="${spots}"/><circle cx="${x + 12}" cy="${y + 5}" r="4" fill="${spots}"/>`
    out += `</g>`
  }
  return out
}

/** Concentric coils, the look of spiral-woven round work (placemats, round bags). */
export function coils(cx: number, cy: number, radius: number, fill: string, line: string): string {
  let rings = ""
  for (let r = 14; r < radius; r += 16) rings += `<circle cx="${cx}" cy="${cy}" r="${r}"/>`
  return (
    `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${fill}" stroke="${line}" stroke-width="6"/>` +
    `<g fill="none" stroke="${line}" stroke-width="3" stroke-dasharray="10 6" opacity=".6">${rings}</g>`
  )
}

/** A box seen from above-front: front face, top and right side, one fill, shaded. */
export function box(x: number, y: number, w: number, h: number, depth: number, fill: string, line: string): string {
  const d = depth
  return (
    `<path d="M${x} ${y}l${d} ${-d * 0.6}h${w}l${-d} ${d * 0.6}Z" fill="${fill}" stroke="${line}" stroke-width="5"/>` +
    `<path d="M${x} ${y}l${d} ${-d * 0.6}h${w}l${-d} ${d * 0.6}Z" fill="#fff" opacity=".18"/>` +
    `<path d="M${x + w} ${y}l${d} ${-d * 0.6}v${h}l${-d} ${d * 0.6}Z" fill="${fill}" stroke="${line}" stroke-width="5"/>` +
    `<path d="M${x + w} ${y}l${d} ${-d * 0.6}v${h}l${-d} ${d * 0.6}Z" fill="#000" opacity=".18"/>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" stroke="${line}" stroke-width="5"/>`
  )
}
