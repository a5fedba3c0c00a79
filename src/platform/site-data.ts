/** Reads a data file of the site itself (built next to the pages, precached for offline use). */

/** The parsed JSON at `url`, or null when it cannot be fetched or read. */
export async function fetchSiteJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
