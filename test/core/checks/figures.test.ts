import { Dec } from "../../../src/core/money/decimal";
import { contextOf, printed, rowOf } from "../../../src/core/checks/figures";
import type { StatementSet, StatementTable } from "../../../src/core/checks/statementSet";
import type { ReportModel } from "../../../src/core/report/model";

const model: ReportModel = {
  id: "resultatrakning",
  title: "Resultaträkning",
  unit: "tkr",
  columns: [{ id: "current", heading: "2024", kind: "amount" }],
  rows: [
    { id: "rr.intakter", label: "Rubrik", kind: "heading", level: 0, values: {} },
    { id: "rr.intakter", label: "Intäkter", kind: "line", level: 1, values: { current: new Dec(1500) } },
    { id: "rr.intakter", label: "Intäkter igen", kind: "line", level: 1, values: { current: new Dec(7) } },
  ],
  footnotes: [],
};

describe("the checks' figures", () => {
  it("read a row as its first line of that id, past a heading of the same id, and each figure with half the table's step", () => {
    const table: StatementTable = { model, statedUnit: "tkr", step: new Dec(1000) };
    expect(rowOf(table, "rr.intakter")?.label).toBe("Intäkter");
    expect(rowOf(table, "rr.saknas")).toBeUndefined();
    const set: StatementSet = { year: 2024, rr: table };
    const plain = printed(contextOf(set), "rr", "rr.intakter", "current");
    expect([plain?.value.toString(), plain?.uncertainty.toString()]).toEqual(["1500", "500"]);
    // A unit factor (a heading naming the wrong unit) scales the figure and its step alike.
    const scaled = printed(contextOf(set, new Map([["rr", new Dec("0.001")]])), "rr", "rr.intakter", "current");
    expect([scaled?.value.toString(), scaled?.uncertainty.toString()]).toEqual(["1.5", "0.5"]);
    table.step = new Dec(100);
    expect(printed(contextOf(set), "rr", "rr.intakter", "current")?.uncertainty.toString()).toBe("50");
  });
});
