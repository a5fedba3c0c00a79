import { describe, expect, it } from 'vitest';
import { readFileBytes, readFileText } from '../../src/platform/read-file';

describe('readFileText', () => {
  it('answers the text of a readable file and its size in bytes', async () => {
    const file = new File(['Zoë'], 'plan.json');
    expect(await readFileText(file)).toEqual({ ok: true, value: { text: 'Zoë', bytes: 4 } });
  });

  it('answers a failure with the browser’s reason instead of throwing when the file cannot be read', async () => {
    const gone = { size: 10, text: () => Promise.reject(new Error('A requested file could not be found')) };
    expect(await readFileText(gone)).toEqual({
      ok: false,
      error: 'The file could not be read (A requested file could not be found).',
    });
  });
});

describe('readFileBytes', () => {
  it('answers the exact bytes of a readable file', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])], 'people.csv');
    expect(await readFileBytes(file)).toEqual({ ok: true, value: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]) });
  });

  it('answers a failure with the browser’s reason instead of throwing when the file cannot be read', async () => {
    const gone = { arrayBuffer: () => Promise.reject(new Error('A requested file could not be found')) };
    expect(await readFileBytes(gone)).toEqual({
      ok: false,
      error: 'The file could not be read (A requested file could not be found).',
    });
  });
});
