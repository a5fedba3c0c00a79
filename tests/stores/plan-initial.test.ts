import { describe, expect, it } from 'vitest';
import { defaultTimeZone } from '../../src/domain/plan';
import { restore } from '../../src/domain/restore';
import { $plan, setEventField } from '../../src/stores/plan';

describe('the plan a page starts with', () => {
  it("has the browser's time zone wherever it is read: directly, copied, or written out", () => {
    const zone = defaultTimeZone();
    const plan = $plan.get();
    expect(plan.event.timeZone).toBe(zone);
    expect({ ...plan.event }.timeZone).toBe(zone);
    expect(JSON.parse(JSON.stringify(plan)).event.timeZone).toBe(zone);
    expect(Object.keys(plan.event)).toContain('timeZone');
  });

  it('is a valid plan, and an edit keeps its time zone as a plain value', () => {
    expect(restore(JSON.parse(JSON.stringify($plan.get()))).ok).toBe(true);
    setEventField('title', 'Riverside');
    const edited = $plan.get();
    expect(edited.event).toEqual(expect.objectContaining({ title: 'Riverside', timeZone: defaultTimeZone() }));
    expect(Object.getOwnPropertyDescriptor(edited.event, 'timeZone')?.value).toBe(defaultTimeZone());
  });
});
