import { describe, expect, it } from 'vitest';
import type { PlannedPack } from '../../../src/features/build/pack-worker-messages.js';
import { planningThreads, planOnThreads, SpecQueue, workerBytes } from '../../../src/features/build/parallel-plan.js';

const GB = 1024 ** 3;
const SPECS = ['eu-baseline', 'at', 'be', 'bg', 'cy'];

describe('SpecQueue', () => {
  it('hands each spec out once, in order, across queues over the same memory, and none once closed', () => {
    const here = new SpecQueue(SPECS);
    const there = new SpecQueue(SPECS, here.shared);
    const taken = [here.take(), there.take(), there.take(), here.take()];
    expect(taken).toEqual(['eu-baseline', 'at', 'be', 'bg']);
    there.close();
    expect([here.take(), there.take()]).toEqual([undefined, undefined]);
  });
});

describe('planningThreads', () => {
  const load = { specs: 27, requirements: 5000, sourceBytes: 11_000_000, availableMemory: 16 * GB };

  it('plans on as many threads as asked for, but never more than there are specs', () => {
    expect(planningThreads({ ...load, requested: 2 })).toBe(2);
    expect(planningThreads({ ...load, requested: 1 })).toBe(1);
    expect(planningThreads({ ...load, specs: 3, requested: 8 })).toBe(3);
  });

  it('starts no workers unasked for a small build, where loading the workspace again costs more than it saves', () => {
    expect(planningThreads({ ...load, specs: 2, requirements: 40, requested: undefined })).toBe(1);
  });

  it('starts only the workers that fit in the memory still available', () => {
    const perWorker = workerBytes(load.sourceBytes);
    expect(planningThreads({ ...load, requested: 4, availableMemory: perWorker / 2 })).toBe(1);
    expect(planningThreads({ ...load, requested: 4, availableMemory: 2.5 * perWorker })).toBe(3);
    expect(planningThreads({ ...load, requested: 4, availableMemory: 0 })).toBe(4);
  });
});

describe('planOnThreads in this thread', () => {
  const planned = (spec: string): PlannedPack => ({
    spec,
    files: [{ name: `${spec}.md`, bytes: new Uint8Array([1]) }],
    diagnostics: [],
  });
  const base = {
    workers: 1,
    script: undefined,
    task: { root: '.', formats: ['md'], sourceDateEpoch: undefined, cache: false },
  };

  it('plans every spec once and hands on each pack as soon as it is planned', async () => {
    const events: string[] = [];
    await planOnThreads({
      ...base,
      specs: SPECS,
      plan: async (spec) => (events.push(`plan ${spec}`), planned(spec)),
      onPack: async (pack) => (events.push(`pack ${pack.spec}`), true),
    });
    expect(events).toEqual(SPECS.flatMap((s) => [`plan ${s}`, `pack ${s}`]));
  });

  it('plans no further spec once a pack is refused, and throws the first failure after the others stopped', async () => {
    const plannedSpecs: string[] = [];
    await planOnThreads({
      ...base,
      specs: SPECS,
      plan: async (spec) => (plannedSpecs.push(spec), planned(spec)),
      onPack: async (pack) => pack.spec !== 'at',
    });
    expect(plannedSpecs).toEqual(['eu-baseline', 'at']);

    const failing = planOnThreads({
      ...base,
      specs: SPECS,
      plan: async (spec) => {
        if (spec === 'be') throw new Error('the template of be is broken');
        return planned(spec);
      },
      onPack: async () => true,
    });
    await expect(failing).rejects.toThrow('the template of be is broken');
  });
});
