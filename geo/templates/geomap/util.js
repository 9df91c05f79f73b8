/* The map page's small helpers: Web Mercator at zoom 0, dates as day numbers, numbers, DOM
 * elements, and the one place a URL becomes a link. Nothing here touches the page when imported. */

export const DEG = Math.PI / 180;
export const EARTH_M = 40075016.686;

// World coordinates at zoom 0 (a 256-pixel square world), as Leaflet's Web Mercator.
export function projX(lon) { return (lon + 180) / 360 * 256; }
export function projY(lat) {
  lat = Math.max(-85.0511, Math.min(85.0511, lat));
  var s = Math.sin(lat * DEG);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
}
export function unprojLat(y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y / 256))) / DEG; }

export function dayToIso(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }
export function isoToDay(s) {
  var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
  if (!m) { throw new Error('setTime expects YYYY-MM-DD or null'); }
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000);
}
// Days since 1970-01-01 of an ISO date as places.csv writes it ("2024-10-08", or "2024-10" and
// "2024" for their first day), or null for anything else, an impossible date included.
export function isoDay(text) {
  var t = String(text === null || text === undefined ? '' : text).trim();
  var m = t.length >= 10 ? /^(\d{4})-(\d{2})-(\d{2})/.exec(t) : t.length === 7 ? /^(\d{4})-(\d{2})$/.exec(t)
    : t.length === 4 ? /^(\d{4})$/.exec(t) : null;
  if (!m) { return null; }
  var y = +m[1], mo = m[2] ? +m[2] : 1, d = m[3] ? +m[3] : 1, date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);  // not Date.UTC, which reads years 0-99 as 1900-1999
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) { return null; }
  return Math.round(date.getTime() / 86400000);
}
// One formatter for every number: toLocaleString makes a new one at each call (5,000 route
// counts took a third of a second).
const NUMBER = new Intl.NumberFormat('en-US', {maximumFractionDigits: 3});
export function fmtInt(n) { return NUMBER.format(Number(n)); }

// Every text from the CSV reaches the page through textContent: never markup.
export function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}
// The one place a URL becomes a link: absolute http(s) only, no control characters.
export function httpHref(url) {
  if (!url || /[\u0000-\u0020\u007f]/.test(url.trim())) { return null; }
  var u = url.trim();
  if (!/^https?:\/\//i.test(u)) { return null; }
  try {
    var p = new URL(u);
    return (p.protocol === 'http:' || p.protocol === 'https:') && p.host ? p.href : null;
  } catch (e) { return null; }
}
export function link(href, text) {
  var a = el('a', null, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}
