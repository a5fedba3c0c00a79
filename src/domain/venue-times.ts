/** One wording for "times are venue times", used by every print page and file. */

/**
 * The sentence that says every time is local to the venue, e.g.
 * `All times are local to the venue (America/Chicago).` Print pages, .docx, Markdown and
 * calendar descriptions all use it, so a reader meets one wording whatever they open.
 */
export function venueTimesNote(timeZone: string): string {
  const zone = timeZone.trim();
  return zone ? `All times are local to the venue (${zone}).` : 'All times are local to the venue.';
}
