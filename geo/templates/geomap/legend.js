/* The legend, which a reader understands without documentation, and the swatches it draws with
 * the map's own styles (also used by the Layers box). */
import {el} from './util.js';
import {areaStyle, arrowHead, contestedSlash, contestedTicks, doubtRing, drawMarker, hatch, modeStyle, setLineStyle,
        statusStyle, tickAlong, waveSymbol, facilityMarker} from './style.js';

function swatchCanvas(w, h, paint) {
  var c = el('canvas'), dpr = window.devicePixelRatio || 1;
  c.width = w * dpr; c.height = h * dpr; c.style.width = w + 'px'; c.style.height = h + 'px';
  var ctx = c.getContext('2d'); ctx.scale(dpr, dpr); paint(ctx, w, h);
  return c;
}
export function lineSwatch(st, md, arrow, wc) {
  return swatchCanvas(40, 14, function (ctx, w, h) {
    var path = new Path2D(); path.moveTo(2, h / 2); path.lineTo(w - 2, h / 2);
    setLineStyle(ctx, st, md, false, false, wc); ctx.stroke(path);
    ctx.setLineDash([]); ctx.globalAlpha = 1;
    if (arrow) {
      var a = new Path2D(); arrowHead(a, w / 2, h / 2, 1, 0, 6);
      ctx.fillStyle = statusStyle(st).color; ctx.fill(a);
    }
  });
}
export function markerSwatch(st, ring) {
  return swatchCanvas(20, 18, function (ctx) {
    drawMarker(ctx, 10, 9, ring ? 4.5 : 6, st);
    if (ring) { doubtRing(ctx, 10, 9, 4.5); }
  });
}
// A contested place and movement: a slashed dot and a ticked line.
export function contestedSwatch() {
  return swatchCanvas(48, 18, function (ctx) {
    drawMarker(ctx, 8, 9, 5.5, 'reported'); contestedSlash(ctx, 8, 9, 5.5);
    var line = new Path2D(); line.moveTo(20, 9); line.lineTo(47, 9);
    setLineStyle(ctx, 'reported', 'road', false, false, 0); ctx.stroke(line);
    var ticks = new Path2D(); tickAlong(ticks, [20, 9, 47, 9], 0, 2, 1, 0, 0, 13, 5.5); contestedTicks(ctx, ticks);
  });
}
export function facilitySwatch(lines) {
  return swatchCanvas(20, 18, function (ctx) { facilityMarker(ctx, 10, 9, 7, 'confirmed', lines); });
}
export function waterSwatch() {
  return swatchCanvas(20, 18, function (ctx) { waveSymbol(ctx, 10, 9, 'reported'); });
}
// Whether anything is both reported and denied: a place with a denied report and another, or a
// movement (a group of legs) with a denied leg and another.
export function anyContested(M) {
  var ST = M.ST, LG = M.LG, denied = M.statuses.indexOf('denied'), p, m, g;
  var seen = new Uint8Array(Math.max(M.nP, M.nL));  // bit 1: a denial, bit 2: a report
  for (m = 0; m < M.nS; m++) { p = ST.pl[m]; seen[p] |= ST.st[m] === denied ? 1 : 2; if (seen[p] === 3) { return true; } }
  seen.fill(0);
  for (m = 0; m < M.nL; m++) { g = M.groupOf(m); seen[g] |= LG.st[m] === denied ? 1 : 2; if (seen[g] === 3) { return true; } }
  return false;
}
export function areaSwatch(st, outline) {
  return swatchCanvas(40, 18, function (ctx) {
    areaStyle(ctx, st);
    var path = new Path2D();
    if (outline) {
      path.moveTo(4, 12); path.lineTo(12, 3); path.lineTo(26, 4); path.lineTo(36, 9); path.lineTo(30, 16); path.lineTo(10, 16);
      path.closePath();
    } else { path.arc(20, 9, 7.5, 0, 2 * Math.PI); }
    ctx.fillStyle = hatch(ctx, st); ctx.globalAlpha = 0.6; ctx.fill(path); ctx.globalAlpha = 0.8; ctx.stroke(path);
    ctx.globalAlpha = 1; ctx.setLineDash([]);
  });
}


export function fillLegend(body, M) {
  var D = M.D, statuses = M.statuses, modes = M.modes;
  // Legend a reader understands without documentation.
  function line(sw, text) { var r = el('div', 'row'); r.appendChild(sw); r.appendChild(el('span', null, text)); return r; }
  var sec = el('section'); sec.appendChild(el('h4', null, 'Colour = how sure'));
  statuses.forEach(function (s) {
    var r = el('div', 'row'); r.appendChild(markerSwatch(s)); r.appendChild(lineSwatch(s, 'road', false));
    r.appendChild(el('b', null, statusStyle(s).label)); r.appendChild(el('span', 'hint', statusStyle(s).hint)); sec.appendChild(r);
  });
  body.appendChild(sec);
  sec = el('section'); sec.appendChild(el('h4', null, 'Line = how they moved'));
  var grid = el('div', 'grid2');
  modes.forEach(function (m) { grid.appendChild(line(lineSwatch('confirmed', m, false), modeStyle(m).label)); });
  sec.appendChild(grid);
  sec.appendChild(line(lineSwatch('reported', 'road', true), 'Arrow: direction of movement'));
  sec.appendChild(line(lineSwatch('reported', 'road', false, 1), 'Thicker: more sources'));
  body.appendChild(sec);
  sec = el('section'); sec.appendChild(el('h4', null, 'Places'));
  sec.appendChild(line(markerSwatch('confirmed'), 'Dot: a named town or point'));
  sec.appendChild(line(markerSwatch('claimed'), 'Hollow dot: claimed or denied'));
  sec.appendChild(line(areaSwatch('reported', false), 'Hatched circle: an area only'));
  sec.appendChild(line(areaSwatch('reported', true), 'Hatched: only the country known'));
  Object.keys(D.sym || {}).forEach(function (k) { sec.appendChild(line(facilitySwatch(D.sym[k].lines), D.sym[k].label)); });
  if (M.P.k.indexOf(3) >= 0) { sec.appendChild(line(waterSwatch(), 'Waves: a sea, strait or lake')); }
  sec.appendChild(line(markerSwatch('reported', true), 'Dashed ring: location to check'));
  if (anyContested(M)) { sec.appendChild(line(contestedSwatch(), 'Contested: reported and denied')); }
  body.appendChild(sec);
  body.appendChild(el('div', 'foot', 'Independent sources: the same source twice counts once.'));
  if (D.note && D.note.length) {
    body.appendChild(el('div', 'foot geo-note-copy', D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 ')));
  }
}
