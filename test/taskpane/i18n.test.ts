import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { en, sv, format } from "../../src/taskpane/i18n/strings";
import { messages } from "../../src/core/messages/index";

describe("UI language", () => {
  it("has every UI string in Swedish and English, non-empty, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect([key, sv[key].length > 0, en[key].length > 0]).toEqual([key, true, true]);
      // Both {name} placeholders and the numbers that {name|one|other} choose a word by.
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]))].sort();
      expect([key, names(en[key])]).toEqual([key, names(sv[key])]);
    }
  });

  it("has every core message in both languages", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
  });

  it("uses only keys that exist (every t(\"…\") in the pane source)", () => {
    const dir = "src/taskpane/components";
    const used = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/\bt\("([^"]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) expect([key, key in sv]).toEqual([key, true]);
  });

  it("fills placeholders", () => {
    expect(format("sv", "written.sheets", { count: 9, sheets: "A" })).toBe("Skrev 9 blad: A.");
    expect(format("en", "written.sheets", { count: 9, sheets: "A" })).toBe("Wrote 9 sheets: A.");
  });

  it("picks the singular or the plural word by the number", () => {
    expect(format("sv", "followup.flagged", { count: 1 })).toBe("1 flaggad avvikelse");
    expect(format("sv", "followup.flagged", { count: 0 })).toBe("0 flaggade avvikelser");
    expect(format("sv", "followup.flagged", { count: 2 })).toBe("2 flaggade avvikelser");
    expect(format("en", "followup.flagged", { count: 1 })).toBe("1 flagged deviation");
    expect(format("en", "written.sheets", { count: 1, sheets: "Kontroller" })).toBe("Wrote 1 sheet: Kontroller.");
    expect(format("sv", "checks.summary", { total: 117, failed: 1, passed: 109, na: 7 })).toBe("117 kontroller: 1 stämmer inte, 109 stämmer, 7 kan inte prövas.");
    expect(format("en", "checks.summary", { total: 1, failed: 1, passed: 0, na: 0 })).toBe("1 check: 1 does not hold, 0 hold, 0 cannot be tested.");
  });
});
