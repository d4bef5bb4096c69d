import { pagesAround } from "@/components/directory/directory-pagination";

describe("the page links of the directory", () => {
  it("offers every page when there are few", () => {
    expect(pagesAround(1, 1)).toEqual([1]);
    expect(pagesAround(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("offers the first, the last and two either side of the current one, with gaps between", () => {
    expect(pagesAround(1, 50)).toEqual([1, 2, 3, "gap", 50]);
    expect(pagesAround(25, 50)).toEqual([1, "gap", 23, 24, 25, 26, 27, "gap", 50]);
    expect(pagesAround(50, 50)).toEqual([1, "gap", 48, 49, 50]);
    expect(pagesAround(4, 50)).toEqual([1, 2, 3, 4, 5, 6, "gap", 50]);
  });
});
