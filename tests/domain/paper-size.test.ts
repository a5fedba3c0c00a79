import { describe, expect, it } from 'vitest';
import { paperForZone, resolvePaperSize } from '../../src/domain/paper-size';
import { venueTimesNote } from '../../src/domain/venue-times';

describe('paper size', () => {
  it('prints on Letter for a venue in the Americas (and Hawaii) and on A4 elsewhere', () => {
    const zones = [
      'America/Chicago',
      'America/Argentina/Buenos_Aires',
      'US/Eastern',
      'Canada/Atlantic',
      'Pacific/Honolulu',
      'Europe/Berlin',
      'Asia/Tokyo',
      'Pacific/Auckland',
      'UTC',
      '',
    ];
    expect(zones.map(paperForZone)).toEqual([
      'letter',
      'letter',
      'letter',
      'letter',
      'letter',
      'a4',
      'a4',
      'a4',
      'a4',
      'a4',
    ]);
  });

  it('follows the setting when it is not automatic', () => {
    expect([
      resolvePaperSize('auto', 'America/New_York'),
      resolvePaperSize('a4', 'America/New_York'),
      resolvePaperSize('letter', 'Europe/Paris'),
      resolvePaperSize('auto', 'Europe/Paris'),
    ]).toEqual(['letter', 'a4', 'letter', 'a4']);
  });
});

describe('venueTimesNote', () => {
  it('says in one sentence that times are the venue’s, naming its zone when there is one', () => {
    expect([venueTimesNote('America/Chicago'), venueTimesNote(' ')]).toEqual([
      'All times are local to the venue (America/Chicago).',
      'All times are local to the venue.',
    ]);
  });
});
