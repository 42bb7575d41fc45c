import { describe, expect, it } from "vitest"
import { isOwnUploadUrl, publicUploadBaseUrl } from "./upload-dir"

const local = { MEDUSA_BACKEND_URL: "https://api.karyabinaan.test" }
const s3 = { S3_BUCKET: "kb-uploads", S3_FILE_URL: "https://cdn.karyabinaan.test/media/" }

describe("our own upload URLs", () => {
  it("is the backend's /uploads, or the S3 file URL when S3 is configured", () => {
    expect(publicUploadBaseUrl({})).toBe("http://localhost:9000/uploads")
    expect(publicUploadBaseUrl(local)).toBe("https://api.karyabinaan.test/uploads")
    expect(publicUploadBaseUrl(s3)).toBe("https://cdn.karyabinaan.test/media")
    expect(publicUploadBaseUrl({ S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000" })).toBe("http://minio:9000/b")
    expect(publicUploadBaseUrl({ S3_BUCKET: "b", S3_REGION: "ap-southeast-3" })).toBe("https://b.s3.ap-southeast-3.amazonaws.com")
  })

  it("accepts files below our upload folder only", () => {
    expect(isOwnUploadUrl("https://api.karyabinaan.test/uploads/1-keripik.jpg", local)).toBe(true)
    expect(isOwnUploadUrl("https://cdn.karyabinaan.test/media/1-keripik.jpg", s3)).toBe(true)
    for (const bad of [
      "https://evil.example/uploads/t.png",
      "javascript:/uploads/x",
      "http://api.karyabinaan.test/uploads/a.png", // another scheme is another origin
      "https://api.karyabinaan.test:8443/uploads/a.png",
      "https://user:pw@api.karyabinaan.test/uploads/a.png",
      "https://api.karyabinaan.test/uploads/",
      "https://api.karyabinaan.test/uploads/../admin/users",
      "https://api.karyabinaan.test/uploadsx/a.png",
      "https://api.karyabinaan.test.evil.example/uploads/a.png",
      "data:image/png;base64,AAAA",
      "/uploads/a.png",
      "not a url",
    ]) {
      expect(isOwnUploadUrl(bad, local), bad).toBe(false)
    }
    expect(isOwnUploadUrl("https://api.karyabinaan.test/uploads/a.png", s3)).toBe(false)
  })
})
