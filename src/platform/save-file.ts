/**
 * Every download goes through `saveFile`, so tests can swap in a recorder and check the exact
 * bytes of each export, and so there is one place that knows how browsers save files.
 */
export type FileSaver = (name: string, blob: Blob) => void;

function downloadWithLink(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

let saver: FileSaver = downloadWithLink;

/** Saves `blob` as a download named `name`. */
export function saveFile(name: string, blob: Blob): void {
  saver(name, blob);
}

/** Replaces the saver (tests); returns a function that restores the previous one. */
export function setFileSaver(next: FileSaver): () => void {
  const previous = saver;
  saver = next;
  return () => {
    saver = previous;
  };
}
