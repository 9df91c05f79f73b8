/* geo: the map page's own script (written for this project, no third-party code).
 *
 * Reads the columnar JSON blob written by geo/render.py, draws places, areas
 * of uncertainty and legs on one canvas per kind, and builds popups, legend,
 * layer lists and the time control with DOM APIs. Every text that came from
 * the CSV is shown with textContent and nothing else: no innerHTML, no
 * template literals, no eval. Only http(s) URLs ever become links.
 *
 * geo/render.py joins the parts in geo/templates/geomap/ in the order of its
 * JS_PARTS into this one script; this part opens the closure and holds the
 * small helpers (projection, dates, DOM elements, safe links).
 */
(function () {
  'use strict';

  // Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
  var STATUS_STYLE = {
    confirmed: {color: '#0072B2', label: 'Confirmed', hint: 'verified', fill: 1, alpha: 1},
    reported: {color: '#E69F00', label: 'Reported', hint: 'not confirmed', fill: 1, alpha: 0.95},
    claimed: {color: '#CC79A7', label: 'Claimed', hint: 'by one side', fill: 0, alpha: 0.95},
    denied: {color: '#7F7F7F', label: 'Denied', hint: 'by a side', fill: 0, alpha: 0.75, dash: [3, 3]}
  };
  var MODE_STYLE = {
    road: {label: 'Road', dash: [], width: 3},
    rail: {label: 'Rail', dash: [14, 4, 3, 4], width: 3},
    sea: {label: 'Sea', dash: [10, 7], width: 3},
    air: {label: 'Air', dash: [1, 7], width: 3.5, cap: 'round'},
    unknown: {label: 'Not stated', dash: [5, 5], width: 1.8}
  };
  var APPROX_TEXT = {
    1: 'Approximate: the report names an area, not a place. It lies somewhere inside the dashed circle',
    2: 'Approximate: only the country is known. The place could be anywhere inside the dashed outline'
  };
  var DEG = Math.PI / 180;
  var EARTH_M = 40075016.686;

  function projX(lon) { return (lon + 180) / 360 * 256; }
  function projY(lat) {
    lat = Math.max(-85.0511, Math.min(85.0511, lat));
    var s = Math.sin(lat * DEG);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
  }
  function unprojLat(y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y / 256))) / DEG; }
  function dayToIso(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }
  function isoToDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
    if (!m) { throw new Error('setTime expects YYYY-MM-DD or null'); }
    return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000);
  }
  function fmtInt(n) { return Number(n).toLocaleString('en-US'); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  // The one place a URL becomes a link: absolute http(s) only, no control characters.
  function httpHref(url) {
    if (!url || /[\u0000-\u0020\u007f]/.test(url.trim())) { return null; }
    var u = url.trim();
    if (!/^https?:\/\//i.test(u)) { return null; }
    try {
      var p = new URL(u);
      return (p.protocol === 'http:' || p.protocol === 'https:') && p.host ? p.href : null;
    } catch (e) { return null; }
  }
  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

