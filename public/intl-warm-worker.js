// The worker of intl-warm.js: formats a date and a number and compares two words once, which
// loads the locale data for the whole page, reports what it found, then closes.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const number = new Intl.NumberFormat().format(1);
const order = 'a'.localeCompare('b');
postMessage({ zone, number, order });
close();
