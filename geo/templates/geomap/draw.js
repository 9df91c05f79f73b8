/* Drawing: basemap outlines, areas, legs and places, one canvas per kind, and the grid index of
 * the places drawn, for hit testing (hit.js). */
import {canvasLayer} from './canvas.js';
import {areaStyle, arrowHead, contestedSlash, contestedTicks, doubtRing, hatch, markerRadius, markerStyle,
        modeStyle, newHalo, tickAlong, WATER_RADIUS, waveSymbol, facilityMarker,
        setLineStyle, statusStyle, traceRing} from './style.js';
import {createLabels} from './labels.js';

// ui.freeRight(): where the map's free part ends on the right, left of the panels (labels stay left of it).
export function createDrawing(map, M, F, ui) {
  var P = M.P, nP = M.nP, nL = M.nL, statuses = M.statuses, modes = M.modes;
  var pX = M.pX, pY = M.pY, pR = M.pR, outlines = M.outlines, basemapRings = M.basemapRings, baseBox = M.baseBox;
  var legOff = M.legOff, legXY = M.legXY, legBox = M.legBox, legWrap = M.legWrap, legHalf = M.legHalf, PT = M.PT;
  var pDoubt = M.pDoubt, pNewAny = M.pNewAny, pSym = M.pSym, pSI = M.pSI;
  var pCount = F.pCount, pBest = F.pBest, pSources = F.pSources, pDeny = F.pDeny;
  var drawLabels = createLabels(M, F, ui);
  var j, k;
  /* ---- drawing, one canvas per kind ---- */
  var hit = {n: 0, x: null, y: null, r: null, p: null, cell: 32, gw: 0, gh: 0, start: null, idx: null};
  function drawBase(ctx, v) {
    if (!basemapRings) { return; }
    var sc = v.scale, path = new Path2D();
    for (var shift = -1; shift <= 1; shift++) {  // world copies, as tiles have
      var dx = shift * 256 * sc - v.ox;
      if (dx + 256 * sc < 0 || dx > v.w) { continue; }
      for (var r = 0; r < basemapRings.length; r++) {
        var b = baseBox[r];
        if (b[2] * sc + dx < 0 || b[0] * sc + dx > v.w || b[3] * sc - v.oy < 0 || b[1] * sc - v.oy > v.h) { continue; }
        traceRing(path, basemapRings[r], sc, -dx, v.oy);
      }
    }
    ctx.fillStyle = '#f4f1ea'; ctx.fill(path, 'nonzero');
    ctx.strokeStyle = '#a9a49a'; ctx.lineWidth = 0.7; ctx.stroke(path);
  }
  // The world copies (offsets in world units) that the canvas shows, as tiles repeat.
  function worldCopies(v) {
    var out = [], sc = v.scale;
    for (var c = -1; c <= 1; c++) {
      var x0 = c * 256 * sc - v.ox;
      if (x0 + 256 * sc >= -50 && x0 <= v.w + 50) { out.push(c * 256); }
    }
    return out;
  }
  function drawAreas(ctx, v) {
    var sc = v.scale, copies = worldCopies(v), drawn = new Int8Array(outlines.length);
    for (var st = statuses.length - 1; st >= 0; st--) {
      var path = new Path2D(), any = false;
      drawn.fill(0);
      for (var p = 0; p < nP; p++) {
        if (!pCount[p] || pBest[p] !== st || (P.k[p] !== 1 && P.k[p] !== 2)) { continue; }
        // A country's outline is the same whoever points at it: draw it once per status.
        if (P.k[p] === 2) { if (drawn[P.ol[p]]) { continue; } drawn[P.ol[p]] = 1; }
        for (var c = 0; c < copies.length; c++) {
          var ox = v.ox - copies[c] * sc;
          if (P.k[p] === 1) {
            var x = pX[p] * sc - ox, y = pY[p] * sc - v.oy, r = Math.max(5, pR[p] * sc);
            if (x + r < 0 || y + r < 0 || x - r > v.w || y - r > v.h) { continue; }
            path.moveTo(x + r, y); path.arc(x, y, r, 0, 2 * Math.PI);
          } else {
            var rings = outlines[P.ol[p]];
            for (var q = 0; q < rings.length; q++) { traceRing(path, rings[q], sc, ox, v.oy); }
          }
          any = true;
        }
      }
      if (!any) { continue; }
      // Hatched, not filled: the area says "somewhere in here" without hiding what lies on it.
      areaStyle(ctx, statuses[st]);
      ctx.fillStyle = hatch(ctx, statuses[st]); ctx.globalAlpha = 0.6; ctx.fill(path, 'nonzero');
      ctx.globalAlpha = 0.8; ctx.stroke(path);
      ctx.globalAlpha = 1; ctx.setLineDash([]);
    }
  }
  function traceLeg(path, q, sc, ox, oy) {
    var o = legOff[q], e = legOff[q + 1];
    path.moveTo(legXY[2 * o] * sc - ox, legXY[2 * o + 1] * sc - oy);
    for (var m = o + 1; m < e; m++) { path.lineTo(legXY[2 * m] * sc - ox, legXY[2 * m + 1] * sc - oy); }
  }
  function legArrow(path, q, sc, ox, oy, size) {
    var o = legOff[q], e = legOff[q + 1], n = e - o, a, b, x, y, half = legHalf[q];
    var bx = legBox[4 * q], by = legBox[4 * q + 1];
    if ((legBox[4 * q + 2] - bx) * sc < 40 && (legBox[4 * q + 3] - by) * sc < 40) { return; }  // too short for an arrow
    if (half) { arrowHead(path, half[0] * sc - ox, half[1] * sc - oy, half[2] * sc, half[3] * sc, size); return; }
    if (n === 2) {
      a = o; b = o + 1;
      x = (legXY[2 * a] + legXY[2 * b]) / 2 * sc - ox; y = (legXY[2 * a + 1] + legXY[2 * b + 1]) / 2 * sc - oy;
    } else {
      var mid = o + (n >> 1); a = mid - 1; b = mid;
      x = legXY[2 * mid] * sc - ox; y = legXY[2 * mid + 1] * sc - oy;
    }
    var dx = (legXY[2 * b] - legXY[2 * a]) * sc, dy = (legXY[2 * b + 1] - legXY[2 * a + 1]) * sc;
    arrowHead(path, x, y, dx, dy, size);
  }
  function drawLegs(ctx, v) {
    var sc = v.scale, nM = modes.length, batches = [], traced = 0;
    var arrows = statuses.map(function () { return new Path2D(); }), anyArrow = statuses.map(function () { return false; });
    for (var st = statuses.length - 1; st >= 0; st--) {
      for (var md = 0; md < nM; md++) {
        for (var wc = 0; wc < 3; wc++) {
          var list = F.legsByStyle[(st * nM + md) * 3 + wc], path = new Path2D(), any = false;
          for (var t = 0; t < list.length; t++) {
            var q = list[t];
            for (var copy = 0; copy < 2; copy++) {
              var shift = copy === 0 ? 0 : legWrap[q] * 256 * sc;
              if (copy === 1 && !legWrap[q]) { break; }
              var ox = v.ox - shift;
              if (legBox[4 * q + 2] * sc - ox < 0 || legBox[4 * q] * sc - ox > v.w ||
                  legBox[4 * q + 3] * sc - v.oy < 0 || legBox[4 * q + 1] * sc - v.oy > v.h) { continue; }
              traceLeg(path, q, sc, ox, v.oy);
              legArrow(arrows[st], q, sc, ox, v.oy, (6 + modeStyle(modes[md]).width) * (wc ? 1.3 : 1));
              any = true; anyArrow[st] = true; traced++;
            }
          }
          if (any) { batches.push([st, md, path, wc]); }
        }
      }
    }
    // Thousands of legs in view: 1-pixel lines without the white casing.
    // Canvas (Skia) strokes 1-pixel "hairlines" on a fast path, ~10x faster
    // than wide lines in software; such a view is a density picture anyway,
    // and the patterns and colours stay the same.
    var dense = traced > 2500;
    for (var bi = 0; bi < batches.length; bi++) {
      var bt = batches[bi];
      if (!dense) { setLineStyle(ctx, statuses[bt[0]], modes[bt[1]], true, false, bt[3]); ctx.stroke(bt[2]); }
      setLineStyle(ctx, statuses[bt[0]], modes[bt[1]], false, dense, bt[3]); ctx.stroke(bt[2]);
    }
    ctx.setLineDash([]); ctx.globalAlpha = 1;
    // Contested movements (reported and denied): ticks across their lines.
    if (!dense && F.contestedLegs.length) {
      var ticks = new Path2D();
      F.contestedLegs.forEach(function (q) {
        for (var copy = 0; copy < 2 && (copy === 0 || legWrap[q]); copy++) {
          tickAlong(ticks, legXY, legOff[q], legOff[q + 1], sc, v.ox - (copy ? legWrap[q] * 256 * sc : 0), v.oy, 16, 5.5);
        }
      });
      contestedTicks(ctx, ticks);
    }
    // Direction arrows only where they can be told apart (not in a dense view).
    for (st = statuses.length - 1; st >= 0 && !dense; st--) {
      if (!anyArrow[st]) { continue; }
      ctx.fillStyle = statusStyle(statuses[st]).color; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 1;
      if (!dense) { ctx.stroke(arrows[st]); }
      ctx.fill(arrows[st]);
    }
  }
  function drawStops(ctx, v) {
    var sc = v.scale, n = 0, copies = worldCopies(v), cap = nP * copies.length;
    if (!hit.x || hit.x.length < cap) {
      hit.x = new Float32Array(cap); hit.y = new Float32Array(cap); hit.r = new Float32Array(cap); hit.p = new Int32Array(cap);
    }
    // Thousands of places in view: small dots, so that the map stays readable.
    var inView = 0;
    for (var p0 = 0; p0 < nP && inView <= 3000; p0++) {
      if (!pCount[p0] || P.k[p0] !== 0) { continue; }
      var x0 = pX[p0] * sc - v.ox, y0 = pY[p0] * sc - v.oy;
      if (y0 >= 0 && y0 <= v.h && (copies.length > 1 || (x0 >= 0 && x0 <= v.w))) { inView++; }
    }
    var small = inView > 3000;
    for (var st = statuses.length - 1; st >= 0; st--) {
      markerStyle(ctx, statuses[st]);
      if (small) { ctx.lineWidth = 1; }
      for (var p = 0; p < nP; p++) {
        if (!pCount[p] || pBest[p] !== st || P.k[p] !== 0) { continue; }
        for (var c = 0; c < copies.length; c++) {
          var x = pX[p] * sc - v.ox + copies[c] * sc, y = pY[p] * sc - v.oy;
          if (x < -10 || y < -10 || x > v.w + 10 || y > v.h + 10) { continue; }
          var r = small ? 3 : markerRadius(pSources[p]);
          var disputed = pDeny[p] && pSources[p];
          if (F.showNew && pNewAny[p]) { newHalo(ctx, x, y, r); markerStyle(ctx, statuses[st]); }
          if (pSym[p] && !small) { r += 2; facilityMarker(ctx, x, y, r, statuses[st], pSym[p].lines); markerStyle(ctx, statuses[st]); }
          else { ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fill(); ctx.stroke(); }
          if (disputed && !small) { contestedSlash(ctx, x, y, r); markerStyle(ctx, statuses[st]); }
          if (pDoubt[p] && !small) { doubtRing(ctx, x, y, r); markerStyle(ctx, statuses[st]); }
          hit.x[n] = x; hit.y[n] = y; hit.r[n] = r; hit.p[n] = p; n++;
        }
      }
    }
    ctx.setLineDash([]);
    // Water bodies: their symbol, found by a click or hover as a marker is.
    for (p = 0; p < nP; p++) {
      if (!pCount[p] || P.k[p] !== 3) { continue; }
      for (c = 0; c < copies.length; c++) {
        x = pX[p] * sc - v.ox + copies[c] * sc; y = pY[p] * sc - v.oy;
        if (x < -10 || y < -10 || x > v.w + 10 || y > v.h + 10) { continue; }
        if (F.showNew && pNewAny[p]) { newHalo(ctx, x, y, 6); }
        waveSymbol(ctx, x, y, statuses[pBest[p]]);
        if (pDeny[p] && pSources[p] && !small) { contestedSlash(ctx, x, y, 6); }
        if (pDoubt[p] && !small) { doubtRing(ctx, x, y, 6); }
        hit.x[n] = x; hit.y[n] = y; hit.r[n] = WATER_RADIUS; hit.p[n] = p; n++;
      }
    }
    // Areas: a small centre dot, the spot that names them (and that a click finds first). None
    // where the centre is a stand-in (another town): its circle alone, ringed when new.
    for (p = 0; p < nP && !small; p++) {
      if (!pCount[p] || (P.k[p] !== 1 && P.k[p] !== 2)) { continue; }
      for (c = 0; c < copies.length; c++) {
        x = pX[p] * sc - v.ox + copies[c] * sc; y = pY[p] * sc - v.oy;
        if (x < -10 || y < -10 || x > v.w + 10 || y > v.h + 10) { continue; }
        if (pSI[p]) { if (F.showNew && pNewAny[p]) { newHalo(ctx, x, y, Math.max(5, pR[p] * sc)); } continue; }
        ctx.beginPath(); ctx.arc(x, y, 3.5, 0, 2 * Math.PI);
        ctx.fillStyle = statusStyle(statuses[pBest[p]]).color; ctx.fill();
        ctx.lineWidth = 1.2; ctx.strokeStyle = '#ffffff'; ctx.stroke();
        if (F.showNew && pNewAny[p]) { newHalo(ctx, x, y, 3.5); }
        if (pDeny[p] && pSources[p]) { contestedSlash(ctx, x, y, 5); }
        if (pDoubt[p]) { doubtRing(ctx, x, y, 3.5); }
      }
    }
    if (!small) { drawLabels(ctx, v, copies); }
    // Grid index of the drawn markers for click and hover hit-testing.
    var gw = Math.ceil(v.w / hit.cell) + 1, gh = Math.ceil(v.h / hit.cell) + 1;
    var start = new Int32Array(gw * gh + 1), idx = new Int32Array(n), cellOf = new Int32Array(n);
    for (k = 0; k < n; k++) {
      var cell = Math.min(gh - 1, Math.max(0, Math.floor(hit.y[k] / hit.cell))) * gw +
                 Math.min(gw - 1, Math.max(0, Math.floor(hit.x[k] / hit.cell)));
      cellOf[k] = cell; start[cell + 1]++;
    }
    for (k = 0; k < gw * gh; k++) { start[k + 1] += start[k]; }
    var fill = start.slice(0, gw * gh);
    for (k = 0; k < n; k++) { idx[fill[cellOf[k]]++] = k; }
    hit.n = n; hit.gw = gw; hit.gh = gh; hit.start = start; hit.idx = idx;
  }

  map.createPane('geoBase').style.zIndex = 190;
  map.createPane('geoAreas').style.zIndex = 390;
  map.createPane('geoLegs').style.zIndex = 400;
  map.createPane('geoStops').style.zIndex = 410;
  var baseLayer = canvasLayer(drawBase, 'geoBase');
  // Added to the map after the first view is set, so that they draw once.
  var areaLayer = canvasLayer(drawAreas, 'geoAreas');
  var legLayer = canvasLayer(drawLegs, 'geoLegs');
  // Lines computed on SeaRoute's network are shown: credit it, as the picture does.
  for (j = 0; PT && j < nL; j++) {
    if (PT[j]) { legLayer.getAttribution = function () { return 'Sea lanes: SeaRoute'; }; break; }
  }
  var stopLayer = canvasLayer(drawStops, 'geoStops');
  function redraw() { areaLayer.redraw(); legLayer.redraw(); stopLayer.redraw(); }

  return {hit: hit, baseLayer: baseLayer, areaLayer: areaLayer, legLayer: legLayer, stopLayer: stopLayer,
          redraw: redraw};
}
