/* The map's data: the JSON blob written by geo/render.py decoded into typed arrays of world
 * coordinates (zoom 0), the reports grouped by place, great-circle legs densified (sea tracks as
 * given) and the corroboration groups. Pure: no page, no Leaflet, so it can be tested alone. */
import {DEG, EARTH_M, isoDay, projX, projY} from './util.js';

// The decoded data M of blob D: D's columns (S strings, P places, ST stops, LG legs) and what is
// computed from them once. Nothing in M changes afterwards.
export function decode(D) {
  unpack(D.p); unpack(D.st); unpack(D.lg);
  var S = D.s, P = D.p, ST = D.st, LG = D.lg;
  // Each report's day numbers (event, reported), read once per distinct date text.
  ST.t = days(ST.ds, S); ST.tr = days(ST.rp, S);
  var statuses = D.statuses, modes = D.modes;
  var nP = P.lat.length, nS = ST.pl.length, nL = LG.a.length;

  /* ---- precomputation: world coordinates at zoom 0, once ---- */
  var pX = new Float64Array(nP), pY = new Float64Array(nP), pR = new Float64Array(nP);
  var i, j, k;
  // Places whose drawn centre stands in for an unknown point (render.py stands_in; optional column).
  var pSI = new Uint8Array(nP);
  for (i = 0; P.si && i < nP; i++) { pSI[i] = P.si[i]; }
  for (i = 0; i < nP; i++) {
    pX[i] = projX(P.lon[i]); pY[i] = projY(P.lat[i]);
    pR[i] = P.r[i] * 1000 / (EARTH_M * Math.max(0.05, Math.cos(P.lat[i] * DEG))) * 256;
  }
  function decodeRings(rings) {
    var out = [], g = D.grid;
    for (var r = 0; r < rings.length; r++) {
      var d = rings[r], a = new Float64Array(d.length), x = 0, y = 0;
      for (var q = 0; q < d.length; q += 2) {
        x += d[q]; y += d[q + 1];
        a[q] = projX(x * g); a[q + 1] = projY(y * g);
      }
      out.push(a);
    }
    return out;
  }
  var outlines = D.ol.map(decodeRings);
  var basemapRings = D.bm ? decodeRings(D.bm) : null;
  var baseBox = (basemapRings || []).map(function (a) {
    var b = [Infinity, Infinity, -Infinity, -Infinity];
    for (var q = 0; q < a.length; q += 2) {
      b[0] = Math.min(b[0], a[q]); b[1] = Math.min(b[1], a[q + 1]); b[2] = Math.max(b[2], a[q]); b[3] = Math.max(b[3], a[q + 1]);
    }
    return b;
  });

  // Reports at each place (CSR), earliest first, undated last.
  var pStart = new Int32Array(nP + 1), pStops = new Int32Array(nS);
  for (i = 0; i < nS; i++) { pStart[ST.pl[i] + 1]++; }
  for (i = 0; i < nP; i++) { pStart[i + 1] += pStart[i]; }
  var fillAt = pStart.slice(0, nP);
  for (i = 0; i < nS; i++) { pStops[fillAt[ST.pl[i]]++] = i; }
  function byDate(a, b) {
    var ta = ST.t[a], tb = ST.t[b];
    if (ta === null && tb !== null) { return 1; }
    if (tb === null && ta !== null) { return -1; }
    return (ta || 0) - (tb || 0) || ST.rw[a] - ST.rw[b];
  }
  for (i = 0; i < nP; i++) {
    if (pStart[i + 1] - pStart[i] > 1) {
      var part = Array.prototype.slice.call(pStops, pStart[i], pStart[i + 1]).sort(byDate);
      pStops.set(part, pStart[i]);
    }
  }

  // Great-circle legs, densified here (not in the file), longitudes unwrapped.
  var legOff = new Int32Array(nL + 1), pts = [], legBox = new Float64Array(nL * 4), legWrap = new Int8Array(nL);
  function pushGC(lat1, lon1, lat2, lon2) {
    lon2 = lon1 + ((((lon2 - lon1) % 360) + 540) % 360 - 180);
    var f1 = lat1 * DEG, l1 = lon1 * DEG, f2 = lat2 * DEG, l2 = lon2 * DEG;
    var x1 = Math.cos(f1) * Math.cos(l1), y1 = Math.cos(f1) * Math.sin(l1), z1 = Math.sin(f1);
    var x2 = Math.cos(f2) * Math.cos(l2), y2 = Math.cos(f2) * Math.sin(l2), z2 = Math.sin(f2);
    var dot = Math.max(-1, Math.min(1, x1 * x2 + y1 * y2 + z1 * z2)), w = Math.acos(dot), sw = Math.sin(w);
    var n = Math.max(1, Math.ceil(w / DEG / 2));
    pts.push(projX(lon1), projY(lat1));
    if (n === 1 || sw < 1e-9) { pts.push(projX(lon2), projY(lat2)); return; }
    var prev = lon1;
    for (var s = 1; s <= n; s++) {
      var f = s / n, A = Math.sin((1 - f) * w) / sw, B = Math.sin(f * w) / sw;
      var x = A * x1 + B * x2, y = A * y1 + B * y2, z = A * z1 + B * z2;
      var lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / DEG, lon = Math.atan2(y, x) / DEG;
      while (lon - prev > 180) { lon -= 360; }
      while (lon - prev < -180) { lon += 360; }
      prev = lon;
      pts.push(projX(lon), projY(lat));
    }
  }
  // A track given as points (a sea route computed by geo/routes.py): drawn as it is, from the
  // start place's longitude on, each point unwrapped against the one before, as pushGC does.
  function pushTrack(t, lon0) {
    var prev = lon0 + ((((t[1] - lon0) % 360) + 540) % 360 - 180);
    for (var s = 0; s < t.length; s += 2) {
      var lon = t[s + 1];
      while (lon - prev > 180) { lon -= 360; }
      while (lon - prev < -180) { lon += 360; }
      prev = lon;
      pts.push(projX(lon), projY(t[s]));
    }
  }
  var PT = LG.pt || null;
  for (j = 0; j < nL; j++) {
    var pa = ST.pl[LG.a[j]], pb = ST.pl[LG.b[j]];
    legOff[j] = pts.length / 2;
    if (PT && PT[j]) { pushTrack(PT[j], P.lon[pa]); }
    else { pushGC(P.lat[pa], P.lon[pa], P.lat[pb], P.lon[pb]); }
    if (pSI[pa] || pSI[pb]) {
      var leg = clipLeg(pts.splice(legOff[j] * 2), pSI[pa] ? [pX[pa], pY[pa], pR[pa]] : null,
                        pSI[pb] ? [pX[pb], pY[pb], pR[pb]] : null);
      for (k = 0; k < leg.length; k++) { pts.push(leg[k]); }
    }
  }
  legOff[nL] = pts.length / 2;
  var legXY = new Float64Array(pts);
  pts = null;
  // Where a leg's arrow and popup go: half-way along what is drawn. Densified great circles
  // have evenly spaced points, so their middle point is that; a given track's points are not
  // (network nodes), so its half-way point is found by length, once: {leg: [x, y, dx, dy]}.
  var legHalf = {};
  for (j = 0; PT && j < nL; j++) {
    if (!PT[j]) { continue; }
    var len = 0, o = legOff[j], e = legOff[j + 1], m;
    for (m = o; m < e - 1; m++) { len += Math.hypot(legXY[2 * m + 2] - legXY[2 * m], legXY[2 * m + 3] - legXY[2 * m + 1]); }
    for (m = o, len /= 2; m < e - 1; m++) {
      var sx = legXY[2 * m + 2] - legXY[2 * m], sy = legXY[2 * m + 3] - legXY[2 * m + 1], sl = Math.hypot(sx, sy);
      if (sl >= len || m === e - 2) {
        var f = sl ? Math.min(1, len / sl) : 0;
        legHalf[j] = [legXY[2 * m] + f * sx, legXY[2 * m + 1] + f * sy, sx, sy];
        break;
      }
      len -= sl;
    }
  }
  for (j = 0; j < nL; j++) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (k = legOff[j]; k < legOff[j + 1]; k++) {
      var X = legXY[2 * k], Y = legXY[2 * k + 1];
      if (X < x0) { x0 = X; } if (X > x1) { x1 = X; }
      if (Y < y0) { y0 = Y; } if (Y > y1) { y1 = Y; }
    }
    legBox[4 * j] = x0; legBox[4 * j + 1] = y0; legBox[4 * j + 2] = x1; legBox[4 * j + 3] = y1;
    legWrap[j] = x1 > 256 ? -1 : (x0 < 0 ? 1 : 0);  // drawn again one world away
  }

  // Per place: does any report need checking (the geocoder's doubt, "dq"), and is any new ("nw",
  // optional: absent means nothing is new)?
  var pDoubt = new Uint8Array(nP), pNewAny = new Uint8Array(nP), NW = ST.nw || null, nNew = 0;
  for (i = 0; i < nS; i++) {
    if (ST.dq && ST.dq[i]) { pDoubt[ST.pl[i]] = 1; }
    if (NW && NW[i] === 1) { pNewAny[ST.pl[i]] = 1; nNew++; }
  }
  // Corroboration groups (geo/corroborate.py): each leg's group is named by its first leg.
  var CG = LG.cg || null, groupSize = new Int32Array(nL);
  for (j = 0; j < nL; j++) { groupSize[CG ? CG[j] : j]++; }
  function groupOf(q) { return CG ? CG[q] : q; }
  function groupMembers(q) {
    var g = groupOf(q), out = [];
    if (groupSize[g] === 1) { return [g]; }
    for (var m = g; m < nL; m++) { if (groupOf(m) === g) { out.push(m); } }
    return out;
  }

  // Each place's facility symbol (geo/symbols.py), or null: {label, lines}.
  var SYM = D.sym || {}, pSym = new Array(nP);
  for (i = 0; i < nP; i++) { pSym[i] = (P.t && SYM[S[P.t[i]]]) || null; }

  // What moved (geo/places.py): the classes ST.wh numbers ("", "people", "materiel", "both"), or null when the
  // file does not say what moved (then ST.wh, ST.wt and ST.wd are absent too).
  var moved = D.moved && ST.wh ? D.moved : null;

  return {D: D, S: S, P: P, ST: ST, LG: LG, pSym: pSym, statuses: statuses, modes: modes, moved: moved, nP: nP, nS: nS, nL: nL,
          pX: pX, pY: pY, pR: pR, outlines: outlines, basemapRings: basemapRings, baseBox: baseBox,
          pStart: pStart, pStops: pStops, PT: PT, legOff: legOff, legXY: legXY, legBox: legBox, legWrap: legWrap,
          legHalf: legHalf, pSI: pSI, pDoubt: pDoubt, pNewAny: pNewAny, NW: NW, nNew: nNew,
          groupOf: groupOf, groupMembers: groupMembers};
}

// A leg's points [x0, y0, x1, y1, ...] (world units) cut where they leave circle ca (its start's) and
// where they enter circle cb (its end's); a circle is [x, y, r], or null for no cut. For places whose
// centre is a stand-in: a leg into "somewhere in here" ends at the area's edge, not on the town at
// its centre. A leg wholly inside such a circle (it starts within its end's area) has no honest
// course: it shrinks to a point, its other end (it stays in the popups and the table).
export function clipLeg(xy, ca, cb) {
  if (cb) { xy = cutEnd(xy, cb); }
  if (ca) { xy = reversed(cutEnd(reversed(xy), ca)); }
  return xy;
}

function reversed(xy) {
  var out = new Array(xy.length), n = xy.length / 2;
  for (var m = 0; m < n; m++) { out[2 * m] = xy[2 * (n - 1 - m)]; out[2 * m + 1] = xy[2 * (n - 1 - m) + 1]; }
  return out;
}

// xy up to where it first enters circle c ([x, y, r], x in xy's own unwrapped longitudes up to a world).
function cutEnd(xy, c) {
  var n = xy.length / 2, cx = c[0] + Math.round((xy[2 * n - 2] - c[0]) / 256) * 256, cy = c[1], r = c[2];
  function inside(m) { var dx = xy[2 * m] - cx, dy = xy[2 * m + 1] - cy; return dx * dx + dy * dy < r * r; }
  if (inside(0)) { return [xy[0], xy[1], xy[0], xy[1]]; }
  for (var m = 0; m < n - 1 && !inside(m + 1); m++) { }
  if (m === n - 1) { return xy; }
  // segment m -> m+1 enters the circle: its first crossing, at f (0..1) along it
  var ax = xy[2 * m] - cx, ay = xy[2 * m + 1] - cy, dx = xy[2 * m + 2] - xy[2 * m], dy = xy[2 * m + 3] - xy[2 * m + 1];
  var A = dx * dx + dy * dy, B = 2 * (ax * dx + ay * dy), C = ax * ax + ay * ay - r * r;
  var f = A ? Math.min(1, Math.max(0, (-B - Math.sqrt(Math.max(0, B * B - 4 * A * C))) / (2 * A))) : 0;
  return xy.slice(0, 2 * m + 2).concat([xy[2 * m] + f * dx, xy[2 * m + 1] + f * dy]);
}

// Columns as geo/render.py pack_columns writes them: a column of one value throughout as
// {all: value, n: length}, a column of differences between neighbours as {d: [...]}; every other
// column is its array. Unpacked in place, once.
export function unpack(cols) {
  Object.keys(cols).forEach(function (k) {
    var c = cols[k];
    if (c === null || typeof c !== 'object' || Array.isArray(c)) { return; }
    if ('all' in c) { cols[k] = new Array(c.n).fill(c.all); return; }
    var out = new Array(c.d.length), x = 0;
    for (var i = 0; i < c.d.length; i++) { x += c.d[i]; out[i] = x; }
    cols[k] = out;
  });
}

// Day numbers (isoDay) of a column of date texts, given as indexes into the string table S.
function days(column, S) {
  var memo = {}, out = new Array(column.length);
  for (var i = 0; i < column.length; i++) {
    var k = column[i], d = memo[k];
    if (d === undefined) { d = memo[k] = k ? isoDay(S[k]) : null; }
    out[i] = d;
  }
  return out;
}
