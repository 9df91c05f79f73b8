/* How things look: colours by status, dashes by mode, markers, hatched areas, labels, arrows.
 * Shared by the map's canvases and the legend's swatches; nothing here runs when imported. */

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
export const STATUS_STYLE = {
  confirmed: {color: '#0072B2', label: 'Confirmed', hint: 'by the mover, or verified', fill: 1, alpha: 1},
  reported: {color: '#E69F00', label: 'Reported', hint: 'not confirmed', fill: 1, alpha: 0.95},
  claimed: {color: '#CC79A7', label: 'Claimed', hint: 'by one side', fill: 0, alpha: 0.95},
  denied: {color: '#7F7F7F', label: 'Denied', hint: 'by a side', fill: 0, alpha: 0.75, dash: [3, 3]}
};
export const MODE_STYLE = {
  road: {label: 'Road', dash: [], width: 3},
  rail: {label: 'Rail', dash: [14, 4, 3, 4], width: 3},
  sea: {label: 'Sea', dash: [10, 7], width: 3},
  air: {label: 'Air', dash: [1, 7], width: 3.5, cap: 'round'},
  unknown: {label: 'Not stated', dash: [5, 5], width: 1.8}
};

export function statusStyle(name) { return STATUS_STYLE[name] || STATUS_STYLE.reported; }
export function modeStyle(name) { return MODE_STYLE[name] || MODE_STYLE.unknown; }

// Fill and stroke every marker of one status at once: one path, two calls.
// Style set once per status; each marker then is a small path of its own
// (one big path of overlapping circles fills much slower in Skia).
export function markerStyle(ctx, st) {
  var s = statusStyle(st);
  ctx.setLineDash(s.dash || []);
  ctx.fillStyle = s.fill ? s.color : 'rgba(255,255,255,0.9)';
  ctx.lineWidth = s.fill ? 1.5 : 2.5;
  ctx.strokeStyle = s.fill ? '#ffffff' : s.color;
}
export function drawMarker(ctx, x, y, r, st) {
  var s = statusStyle(st);
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.setLineDash(s.dash || []);
  if (s.fill) {
    ctx.fillStyle = s.color; ctx.fill();
    ctx.lineWidth = 1.5; ctx.strokeStyle = '#ffffff'; ctx.stroke();
  } else {
    ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.fill();
    ctx.lineWidth = 2.5; ctx.strokeStyle = s.color; ctx.stroke();
  }
  ctx.setLineDash([]);
}
// Line width grows with the number of independent sources (weight class 0: one, 1: two, 2: three or more).
export const WEIGHT_WIDTH = [1, 1.9, 2.6];
export function setLineStyle(ctx, st, md, casing, thin, wc) {
  var s = statusStyle(st), m = modeStyle(md), w = thin ? 1 : m.width * (st === 'denied' ? 0.8 : 1) * WEIGHT_WIDTH[wc || 0];
  ctx.setLineDash(m.dash);
  ctx.lineCap = m.cap || 'butt';
  ctx.lineJoin = 'round';
  if (casing) {
    ctx.globalAlpha = 0.75; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = w + 2.5;
  } else {
    ctx.globalAlpha = s.alpha; ctx.strokeStyle = s.color; ctx.lineWidth = w;
  }
}
// Diagonal hatching in a status colour: an area's extent, light enough that a
// whole country stays visible without dominating the movements drawn over it.
const hatches = {};
export function hatch(ctx, st) {
  if (!hatches[st]) {
    var c = document.createElement('canvas'), x;
    c.width = 10; c.height = 10;
    x = c.getContext('2d');
    x.strokeStyle = statusStyle(st).color; x.globalAlpha = 0.55; x.lineWidth = 1.2;
    x.beginPath(); x.moveTo(-2, 12); x.lineTo(12, -2); x.moveTo(8, 12); x.lineTo(12, 8); x.moveTo(-2, 2); x.lineTo(2, -2);
    x.stroke();
    hatches[st] = c;
  }
  return ctx.createPattern(hatches[st], 'repeat');
}
// A place's name on the map, with a white halo so it reads on any basemap (canvas text: never markup).
export function label(ctx, text, x, y, italic, align) {
  ctx.font = (italic ? 'italic ' : '') + '600 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  ctx.textAlign = align || 'left'; ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round'; ctx.lineWidth = 3.5; ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = '#222'; ctx.fillText(text, x, y);
}
export function areaStyle(ctx, st) {
  var s = statusStyle(st);
  ctx.fillStyle = s.color;
  ctx.strokeStyle = s.color;
  ctx.lineWidth = 1.8;
  ctx.setLineDash([7, 5]);
  return s;
}
// Trace a closed ring of world coordinates, skipping vertices less than a
// pixel from the last one drawn: at low zoom most of the outline detail
// is invisible, and the canvas cost is per vertex.
export function traceRing(path, a, sc, ox, oy) {
  var lx = a[0] * sc - ox, ly = a[1] * sc - oy, n = a.length;
  path.moveTo(lx, ly);
  for (var q = 2; q < n; q += 2) {
    var x = a[q] * sc - ox, y = a[q + 1] * sc - oy;
    if ((x - lx) * (x - lx) + (y - ly) * (y - ly) >= 1 || q === n - 2) { path.lineTo(x, y); lx = x; ly = y; }
  }
  path.closePath();
}
export function arrowHead(path, x, y, dx, dy, size) {
  var len = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / len, uy = dy / len;
  path.moveTo(x + ux * size, y + uy * size);
  path.lineTo(x - ux * size * 0.8 - uy * size * 0.75, y - uy * size * 0.8 + ux * size * 0.75);
  path.lineTo(x - ux * size * 0.8 + uy * size * 0.75, y - uy * size * 0.8 - ux * size * 0.75);
  path.closePath();
}


// A marker's radius grows with its number of independent sources.
export function markerRadius(n) { return 5 + Math.min(3.5, Math.log(Math.max(1, n)) / Math.LN2); }
// What is new since the previous build: a yellow halo.
export function newHalo(ctx, x, y, r) {
  ctx.setLineDash([]); ctx.beginPath(); ctx.arc(x, y, r + 4, 0, 2 * Math.PI);
  ctx.lineWidth = 5; ctx.strokeStyle = '#F0E442'; ctx.stroke();
}
// A location to check: a dashed black ring.
export function doubtRing(ctx, x, y, r) {
  ctx.beginPath(); ctx.arc(x, y, r + 3.5, 0, 2 * Math.PI);
  ctx.setLineDash([3, 2.5]); ctx.lineWidth = 1.6; ctx.strokeStyle = '#222'; ctx.stroke(); ctx.setLineDash([]);
}
// Contested (reported and denied): a dark slash across a place's mark, dark ticks across a
// movement's line, each with a white casing so that it reads on the status colours.
export const CONTESTED_INK = '#333333';
export function contestedSlash(ctx, x, y, r) {
  var d = (r + 2.5) * Math.SQRT1_2, path = new Path2D();
  path.moveTo(x - d, y + d); path.lineTo(x + d, y - d);
  contestedTicks(ctx, path);
}
export function contestedTicks(ctx, path) {
  ctx.setLineDash([]); ctx.lineCap = 'butt'; ctx.globalAlpha = 1;
  ctx.lineWidth = 4; ctx.strokeStyle = '#ffffff'; ctx.stroke(path);
  ctx.lineWidth = 1.8; ctx.strokeStyle = CONTESTED_INK; ctx.stroke(path);
}
// Ticks across a polyline of world coordinates xy[2 * from ...] to xy[2 * to - 1], every
// `spacing` pixels from half a spacing on, each `half` pixels to either side of the line.
export function tickAlong(path, xy, from, to, sc, ox, oy, spacing, half) {
  var next = spacing / 2;
  for (var m = from; m < to - 1; m++) {
    var ax = xy[2 * m] * sc - ox, ay = xy[2 * m + 1] * sc - oy;
    var dx = xy[2 * m + 2] * sc - ox - ax, dy = xy[2 * m + 3] * sc - oy - ay, len = Math.sqrt(dx * dx + dy * dy);
    if (!len) { continue; }
    var nx = -dy / len * half, ny = dx / len * half;
    for (; next <= len; next += spacing) {
      var x = ax + dx * next / len, y = ay + dy * next / len;
      path.moveTo(x - nx, y - ny); path.lineTo(x + nx, y + ny);
    }
    next -= len;
  }
}
// A sea, strait or lake named as a whole (not a place in it): two short waves in the status
// colour at the point the gazetteer gives it, never a circle of its size over the land around it.
export const WATER_RADIUS = 9;  // what a click or hover finds around the symbol
export function waveSymbol(ctx, x, y, st) {
  var s = statusStyle(st), path = new Path2D();
  for (var row = -1; row <= 1; row += 2) {
    var yy = y + row * 3.4;
    path.moveTo(x - 8, yy);
    path.bezierCurveTo(x - 6, yy - 3.6, x - 2, yy - 3.6, x, yy);
    path.bezierCurveTo(x + 2, yy + 3.6, x + 6, yy + 3.6, x + 8, yy);
  }
  ctx.setLineDash([]); ctx.lineCap = 'round'; ctx.globalAlpha = 1;
  ctx.lineWidth = 5.5; ctx.strokeStyle = 'rgba(255,255,255,0.95)'; ctx.stroke(path);
  ctx.lineWidth = 2.4; ctx.strokeStyle = s.color; ctx.stroke(path);
  ctx.lineCap = 'butt';
}

// A facility (geo/symbols.py): a square of half-size h in the status colour, with the white glyph
// of its kind (`lines`: polylines in a square from -1 to 1); hollow statuses as the dots are.
export function facilityMarker(ctx, x, y, h, st, lines) {
  var s = statusStyle(st), box = new Path2D(), glyph = new Path2D(), g = h * 0.66;
  box.rect(x - h, y - h, 2 * h, 2 * h);
  for (var i = 0; i < lines.length; i++) {
    var l = lines[i];
    glyph.moveTo(x + l[0] * g, y + l[1] * g);
    for (var k = 2; k < l.length; k += 2) { glyph.lineTo(x + l[k] * g, y + l[k + 1] * g); }
  }
  ctx.setLineDash(s.dash || []); ctx.lineJoin = 'round'; ctx.lineCap = 'round';
  ctx.fillStyle = s.fill ? s.color : 'rgba(255,255,255,0.95)'; ctx.fill(box);
  ctx.lineWidth = s.fill ? 1.5 : 2.2; ctx.strokeStyle = s.fill ? '#ffffff' : s.color; ctx.stroke(box);
  ctx.setLineDash([]); ctx.lineWidth = 1.5; ctx.strokeStyle = s.fill ? '#ffffff' : s.color; ctx.stroke(glyph);
  ctx.lineCap = 'butt';
}
