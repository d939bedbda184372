import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { en, sv, format } from "../../src/taskpane/i18n/strings";
import { messages } from "../../src/core/messages/index";

describe("UI language", () => {
  it("has every UI string in Swedish and English, non-empty, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect([key, sv[key].length > 0, en[key].length > 0]).toEqual([key, true, true]);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
    expect(format("sv", "close.written", { count: 9 })).toBe("Skrev 9 blad.");
    expect(format("en", "close.written", { count: 9 })).toBe("Wrote 9 sheets.");
  });
});
