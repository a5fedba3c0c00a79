import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, stripBom } from '../../src/domain/csv-decode';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decoding the bytes of a CSV file', () => {
  it('reads UTF-8 and strips its byte order mark', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab))).toEqual({
      text: 'Zoë',
      encoding: 'utf-8',
      hadBom: true,
    });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252, including the euro sign and curly quotes', () => {
    expect(decodeCsvBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x92, 0x8a))).toEqual({
      text: 'Café €’Š',
      encoding: 'windows-1252',
      hadBom: false,
    });
  });

  it('reads UTF-16 text from Excel\'s "Unicode Text" by its byte order mark', () => {
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xe9, 0x00))).toEqual({
      text: 'A\té',
      encoding: 'utf-16le',
      hadBom: true,
    });
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ text: 'A', encoding: 'utf-16be', hadBom: true });
  });

  it('gives empty text for an empty file', () => {
    expect(decodeCsvBytes(bytes())).toEqual({ text: '', encoding: 'utf-8', hadBom: false });
  });

  it('drops a byte order mark that came along with pasted text', () => {
    expect(stripBom('\uFEFFName\tEmail')).toBe('Name\tEmail');
    expect(stripBom('Name')).toBe('Name');
  });
});
