import { nextTask, runInTasks } from "../../src/app/tasks";

describe("nextTask", () => {
  afterEach(() => jest.restoreAllMocks());

  it("resolves in a later task: microtasks queued before it, and a waiter queued first, come first", async () => {
    const order: string[] = [];
    const a = nextTask().then(() => order.push("first task"));
    const b = nextTask().then(() => order.push("second task"));
    void Promise.resolve().then(() => order.push("microtask"));
    await Promise.all([a, b]);
    expect(order).toEqual(["microtask", "first task", "second task"]);
  });

  it("waits on no timer: a browser holds a nested setTimeout(0) back 4 ms, a hundred steps 0,4 s", async () => {
    const timeout = jest.spyOn(globalThis, "setTimeout");
    function* work(): Generator<void, number, void> {
      let steps = 0;
      for (; steps < 100; steps++) yield;
      return steps;
    }
    expect(await runInTasks(work())).toBe(100);
    expect(timeout).not.toHaveBeenCalled();
  });
});
