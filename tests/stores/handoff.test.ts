import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { decodeHandoff, encodeHandoff } from '../../src/stores/handoff';

describe('the handoff of unsaved edits', () => {
  it('reads back exactly the plan and revision it wrote', () => {
    const plan = createPlan({ timeZone: 'UTC' });
    plan.event.title = 'Ünïcode 🎉 "quoted"';
    expect(decodeHandoff(encodeHandoff({ plan, knownRev: 7 }))).toEqual({ plan, knownRev: 7 });
  });

  it('ignores a window.name another site or page left behind', () => {
    expect(decodeHandoff('')).toBeNull();
    expect(decodeHandoff(null)).toBeNull();
    expect(decodeHandoff('some-frame-name')).toBeNull();
    expect(decodeHandoff('{"app":"another-app","plan":{}}')).toBeNull();
  });

  it('refuses a handoff whose plan restore() rejects, or that is cut off', () => {
    expect(decodeHandoff('{"app":"convening-planner-handoff","plan":{"schemaVersion":1},"knownRev":1}')).toBeNull();
    const text = encodeHandoff({ plan: createPlan({ timeZone: 'UTC' }), knownRev: 1 });
    expect(decodeHandoff(text.slice(0, -10))).toBeNull();
  });
});
