import { IMPORT_MAX_BYTES, importFileSchema } from "@/lib/profiles/exchange/import-file-schema";

const messageOf = (file: unknown) => importFileSchema.safeParse({ file }).error?.issues[0]?.message;

describe("importFileSchema", () => {
  it("takes a JSON file up to the limit", () => {
    const file = new File(['{"version":1}'], "profili.json", { type: "application/json" });
    expect(importFileSchema.parse({ file }).file).toBe(file);
  });

  it("calls the empty file a browser sends when none was chosen a missing file, as it does a text field", () => {
    expect(messageOf(new File([], ""))).toBe("fileMissing");
    expect(messageOf("profili.json")).toBe("fileMissing");
    expect(messageOf(undefined)).toBe("fileMissing");
  });

  it("refuses a file over the limit", () => {
    expect(messageOf(new File([new Uint8Array(IMPORT_MAX_BYTES + 1)], "grande.json"))).toBe("fileTooLarge");
  });
});
