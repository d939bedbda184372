import { groups, messages } from "../../../src/core/messages";

describe("the message catalogs", () => {
  it("no two groups define the same code (merged, the later group's text would replace the earlier's)", () => {
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    groups.forEach((g, i) => {
      for (const code of Object.keys(g.sv)) {
        if (seen.has(code)) repeated.push(`${code} (groups ${seen.get(code)} and ${i})`);
        else seen.set(code, i);
      }
    });
    expect(repeated).toEqual([]);
  });

  it("every code has a Swedish and an English text", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
    for (const g of groups) expect(Object.keys(g.en).sort()).toEqual(Object.keys(g.sv).sort());
  });
});
