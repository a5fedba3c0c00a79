import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/domain/restore';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

describe('the sample plan used by npm run screenshots', () => {
  it('is a valid plan equal to the test sample plan, so the screenshots show what the tests check', () => {
    const saved: unknown = JSON.parse(
      readFileSync(new URL('../../docs/screenshots/sample-plan.json', import.meta.url), 'utf8'),
    );
    expect(restore(saved)).toEqual({ ok: true, value: samplePlan(loadContent()) });
  });
});
