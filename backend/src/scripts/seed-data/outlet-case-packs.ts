/**
 * Cartons as a wholesale buyer receives them, for every demo product an
 * outlet's own list (outlets.ts `case_packs`) does not name: snacks in boxes of
 * 20 or 40 packs, jars of sambal by 12, crafts by 6 to 12 pieces (3 for the sling bag the demo keeps nearly sold out). An outlet's
 * own carton for a product wins over these. Each is at most the product's
 * seeded stock per variant, so at least one carton can be ordered.
 */
export const DEFAULT_CASE_PACKS: Record<string, number> = {
  "keripik-pisang-balado": 20,
  "keripik-pisang-cokelat": 20,
  "keripik-pisang-gula-aren": 20,
  "sale-pisang": 40,
  "pisang-sale-madu": 20,
  "keripik-tempe": 20,
  "sambal-tempe-kering": 12,
  "tas-belanja-tali-meiwa": 6,
  "tas-jinjing-motif-songket": 6,
  "keranjang-serbaguna-tali-meiwa": 6,
  "keranjang-parsel-tali-meiwa": 6,
  "tempat-tisu-tali-meiwa": 6,
  "tas-bekal-tali-meiwa": 6,
  "tas-tangan-eceng-gondok": 6,
  "topi-eceng-gondok": 6,
  "kotak-pensil-eceng-gondok": 12,
  "kotak-penyimpanan-eceng-gondok": 6,
  // Only 3 on the shelf in the demo (the low-stock example): a small carton.
  "tas-selempang-eceng-gondok": 3,
  "sandal-eceng-gondok": 12,
  "tikar-eceng-gondok": 6,
  "tatakan-piring-eceng-gondok": 12,
  "tempat-tisu-eceng-gondok": 6,
  "keranjang-cucian-eceng-gondok": 6,
  "keranjang-buah-eceng-gondok": 6,
}
