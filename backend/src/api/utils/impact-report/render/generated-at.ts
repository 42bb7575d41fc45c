/** "3 Desember 2026 16.44 WIB": when a report was made, in Palembang's time. */
export function generatedAtWib(at: Date): string {
  const text = at.toLocaleString("id-ID", {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  })
  return `${text} WIB`
}
