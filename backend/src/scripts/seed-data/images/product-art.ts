import * as craft from "./craft-art"
import type { Weave } from "./craft-art"
import { chipsPouch, crackers, relishJar, saleOnLeaf } from "./food-art"

const WEAVES = {
  redWhite: { a: "#E23B3B", b: "#F7F3EA", line: "#7A1E1E" },
  blueYellow: { a: "#2F6FD6", b: "#F4C430", line: "#1B3F7A" },
  greenYellow: { a: "#2E9E5B", b: "#F4C430", line: "#1D5E37" },
  red: { a: "#C62828", b: "#E57373", line: "#6D1414" },
  yellow: { a: "#F4C430", b: "#FBE08A", line: "#8A6D10" },
  natural: { a: "#D2AE6D", b: "#B98E4E", line: "#6E4F2C" },
  darkBrown: { a: "#8A5A32", b: "#6F4526", line: "#3E2614" },
} satisfies Record<string, Weave>

const scene = (seed: string, bg: string, dots: string) => ({ seed, bg, dots })

/** Every product illustration by file name (images/products/<name>); render.ts writes them. */
export const PRODUCT_ART: Record<string, () => string> = {
  "keripik-pisang-original.svg": () =>
    chipsPouch({ ...scene("kpo", "#FFF3D6", "#FBDFA0"), bag: "#2E7D32", band: "#F5C542", ink: "#1B5E20", chip: "#F2C45A", edge: "#C98A2B", icon: "banana" }),
  "keripik-pisang-balado.svg": () =>
    chipsPouch({ ...scene("kpb", "#FDE2D8", "#F7B9A3"), bag: "#C0392B", band: "#F5C542", ink: "#7B241C", chip: "#EAA23A", edge: "#B5651D", spots: "#C0392B", icon: "banana" }),
  "keripik-pisang-cokelat.svg": () =>
    chipsPouch({ ...scene("kpc", "#F3E6D3", "#E3C9A6"), bag: "#5D3A1A", band: "#F5C542", ink: "#3B2410", chip: "#7B4A2E", edge: "#4A2A16", spots: "#D9A066", icon: "banana" }),
  "keripik-pisang-gula-aren.svg": () =>
    chipsPouch({ ...scene("kpg", "#FFF0E0", "#F6CFA0"), bag: "#8E5B2A", band: "#F5C542", ink: "#5A3614", chip: "#C98B3A", edge: "#8A5A1E", spots: "#F3D19C", icon: "banana" }),
  "sale-pisang.svg": () => saleOnLeaf({ ...scene("slp", "#FFF6E5", "#F7DDAF"), strip: "#9A5B2A", edge: "#5E3414", extra: "none" }),
  "pisang-sale-madu.svg": () => saleOnLeaf({ ...scene("slm", "#FFF4D1", "#F9D98A"), strip: "#A8601E", edge: "#653610", extra: "honey" }),
  "sale-pisang-goreng.svg": () => saleOnLeaf({ ...scene("slg", "#FCEBDD", "#F2C9A5"), strip: "#D9A441", edge: "#9A6A1E", extra: "batter" }),
  "keripik-tempe.svg": () =>
    chipsPouch({ ...scene("ktp", "#E9F3E3", "#C7E2B7"), bag: "#F28C28", band: "#FFF3D6", ink: "#A35A12", chip: "#E9C97C", edge: "#B88A3A", spots: "#F6E7BE", icon: "tempe" }),
  "tempe-chips.svg": () =>
    chipsPouch({ ...scene("tch", "#E3EEF8", "#BCD4EC"), bag: "#1F6F5C", band: "#FFF3D6", ink: "#134438", chip: "#EFD79A", edge: "#BB9A50", spots: "#2E7D32", icon: "tempe" }),
  "kerupuk-tempe.svg": () => crackers(scene("krt", "#FDEFD9", "#F6D3A1")),
  "sambal-tempe-kering.svg": () => relishJar(scene("sbt", "#FCE4DC", "#F4B7A4")),
  "tas-belanja-tali-meiwa.svg": () => craft.shoppingBag({ ...scene("tbl", "#E6F0FB", "#BFD7F2"), weave: WEAVES.redWhite }),
  "tas-jinjing-motif-songket.svg": () => craft.songketTote({ ...scene("tjs", "#F7EAF0", "#EBC3D4"), weave: WEAVES.red }),
  "keranjang-serbaguna-tali-meiwa.svg": () => craft.roundBasket({ ...scene("krs", "#FFF5DA", "#F9E0A0"), weave: WEAVES.blueYellow }),
  "keranjang-parsel-tali-meiwa.svg": () => craft.hamperBasket({ ...scene("kpr", "#EAF6EE", "#BFE3CA"), weave: WEAVES.yellow }),
  "tempat-tisu-tali-meiwa.svg": () => craft.tissueBox({ ...scene("tts", "#FFF1E6", "#F8CFAE"), weave: WEAVES.blueYellow }),
  "tas-bekal-tali-meiwa.svg": () => craft.lunchBag({ ...scene("tbk", "#F1EAF8", "#D6C3EC"), weave: WEAVES.greenYellow }),
  "tas-tangan-eceng-gondok.svg": () => craft.handbag({ ...scene("ttg", "#EEF3E8", "#CFE0BE"), weave: WEAVES.natural }),
  "topi-eceng-gondok.svg": () => craft.sunHat({ ...scene("top", "#DDEFF7", "#AFD8EA"), weave: WEAVES.natural }),
  "kotak-pensil-eceng-gondok.svg": () => craft.pencilCase({ ...scene("kps", "#FBEFE3", "#F0D0AE"), weave: WEAVES.natural }),
  "kotak-penyimpanan-eceng-gondok.svg": () => craft.storageBox({ ...scene("ktk", "#EDE9F6", "#CFC6EA"), weave: WEAVES.darkBrown }),
  "tas-selempang-eceng-gondok.svg": () => craft.crossbodyBag({ ...scene("tsl", "#FDF0EC", "#F5C9BB"), weave: WEAVES.natural }),
  "sandal-eceng-gondok.svg": () => craft.sandals({ ...scene("sdl", "#E5F2EF", "#B9DDD5"), weave: WEAVES.natural }),
  "tikar-eceng-gondok.svg": () => craft.mat({ ...scene("tkr", "#F6F1E4", "#E6D9B8"), weave: WEAVES.natural }),
  "tatakan-piring-eceng-gondok.svg": () => craft.placemats({ ...scene("ttp", "#E8EEF6", "#C4D3E8"), weave: WEAVES.darkBrown }),
  "tempat-tisu-eceng-gondok.svg": () => craft.tissueBox({ ...scene("tte", "#F3F7E6", "#D9E6B5"), weave: WEAVES.natural }),
  "keranjang-cucian-eceng-gondok.svg": () => craft.laundryBasket({ ...scene("krc", "#E9F1F8", "#C3D8EA"), weave: WEAVES.natural }),
  "keranjang-buah-eceng-gondok.svg": () => craft.fruitBasket({ ...scene("krb", "#F2F8EC", "#D2E8BD"), weave: WEAVES.natural }),
}
