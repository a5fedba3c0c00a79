import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  SHARE_LINK_MAX_CHARS,
  buildShareLink,
  fromBase64Url,
  isShareFragment,
  readShareFragment,
  toBase64Url,
} from '../../src/export/share-link';
import { SHARE_DICTIONARY_1 } from '../../src/export/share-dictionary';
import { textHash } from '../../src/domain/text-hash';
import { createPlan, type Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const SITE = 'https://example.org/planner/';
/** Dictionary 1 when it was frozen (2026-12-02): a change here means old links no longer open. */
const DICTIONARY_1_LENGTH = 27623;
const DICTIONARY_1_HASH = '88d8feaf81d05db3-27623';
const sample: Plan = samplePlan(loadContent());
const fragmentOf = (link: string) => link.slice(link.indexOf('#'));

describe('share links', () => {
  it('keeps dictionary 1 exactly as it was frozen, since every link made with it must still open', () => {
    expect(SHARE_DICTIONARY_1.length).toBe(DICTIONARY_1_LENGTH);
    expect(textHash(SHARE_DICTIONARY_1)).toBe(DICTIONARY_1_HASH);
  });

  it('writes bytes as unpadded base64url and reads them back', () => {
    expect(toBase64Url(new Uint8Array([]))).toBe('');
    expect(toBase64Url(new Uint8Array([0xfb]))).toBe('-w');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64Url(strToU8('Man'))).toBe('TWFu');
    expect([...fromBase64Url('-_8')!]).toEqual([0xfb, 0xff]);
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect([...fromBase64Url(toBase64Url(bytes))!]).toEqual([...bytes]);
    expect(fromBase64Url('ab+c')).toBe(null);
    expect(fromBase64Url('abcde')).toBe(null);
  });

  it('puts the sample plan in a link under 8,000 characters that reads back as exactly the same plan', () => {
    const built = buildShareLink(sample, SITE);
    if (!built.ok) throw new Error(`too long: ${built.error.length}`);
    expect(built.value.startsWith('https://example.org/planner/#plan=1.')).toBe(true);
    // The preset dictionary (the toolkit's agendas) roughly halves a plan built on them.
    expect(built.value.length).toBeLessThan(6000);
    expect(built.value.length).toBeLessThanOrEqual(SHARE_LINK_MAX_CHARS);
    expect(isShareFragment(fragmentOf(built.value))).toBe(true);
    expect(readShareFragment(fragmentOf(built.value))).toEqual({ ok: true, value: { plan: sample, notice: null } });
  });

  it('keeps accents, emoji and CJK in names through the link', () => {
    const plan: Plan = { ...createPlan(), invitees: [{ ...sample.invitees[0]!, name: 'Ana Núñez 😀 李小龍' }] };
    const built = buildShareLink(plan, SITE);
    expect(built.ok && readShareFragment(fragmentOf(built.value))).toEqual({ ok: true, value: { plan, notice: null } });
  });

  it('refuses a plan whose link would pass 8,000 characters, saying how long it would be', () => {
    // Notes that do not compress: every person's notes are random letters.
    let seed = 7;
    const noise = () =>
      Array.from({ length: 400 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const plan: Plan = {
      ...createPlan(),
      invitees: Array.from({ length: 40 }, (_, i) => ({ ...sample.invitees[0]!, id: `p${i}`, notes: noise() })),
    };
    const built = buildShareLink(plan, SITE);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.error.kind).toBe('too-long');
      expect(built.error.length).toBeGreaterThan(SHARE_LINK_MAX_CHARS);
    }
  });

  it('says a cut, edited or foreign link is not a plan, without throwing', () => {
    const built = buildShareLink(sample, SITE);
    const fragment = built.ok ? fragmentOf(built.value) : '';
    const broken = 'The link is incomplete or damaged (was it cut short when it was copied or sent?).';
    expect(readShareFragment(fragment.slice(0, fragment.length / 2))).toEqual({ ok: false, error: broken });
    expect(readShareFragment('#plan=1.not*base64')).toEqual({ ok: false, error: broken });
    expect(readShareFragment('#plan=bm90IGEgcGxhbg')).toEqual({ ok: false, error: broken });
    expect(readShareFragment('#plan=9.AAAA')).toEqual({
      ok: false,
      error: 'The link was made by a newer version of the planner; open it with that version.',
    });
    expect(readShareFragment('#plan=')).toEqual({ ok: false, error: broken });
    expect(readShareFragment('#section-2')).toEqual({ ok: false, error: 'This link does not carry a plan.' });
    const pack = (value: unknown) =>
      `#plan=1.${toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { dictionary: strToU8(SHARE_DICTIONARY_1) }))}`;
    const foreign = pack({ app: 'other', plan: {} });
    expect(readShareFragment(foreign)).toEqual({
      ok: false,
      error: 'The link does not hold a Convening Planner plan.',
    });
    const invalid = pack({ app: 'convening-planner', plan: { schemaVersion: 3 } });
    const result = readShareFragment(invalid);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.startsWith('The plan has invalid data: ')).toBe(true);
    expect(readShareFragment(`#plan=${'A'.repeat(SHARE_LINK_MAX_CHARS + 1)}`)).toEqual({
      ok: false,
      error: 'The link is longer than any share link the planner makes.',
    });
  });
});
