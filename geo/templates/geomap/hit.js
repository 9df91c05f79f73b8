/* Which features lie under a point on the screen: the nearest of each kind for hover, and all of
 * them, place first, for a click (identify). Reads what draw.js drew last. */

export function createHitTest(M, F, drawing) {
  var P = M.P, nP = M.nP, nL = M.nL, pX = M.pX, pY = M.pY, pR = M.pR, outlines = M.outlines;
  var legOff = M.legOff, legXY = M.legXY, legBox = M.legBox, legWrap = M.legWrap;
  var pCount = F.pCount, lDraw = F.lDraw, hit = drawing.hit;
  var stopLayer = drawing.stopLayer, legLayer = drawing.legLayer, areaLayer = drawing.areaLayer;
  /* ---- hit testing: places first, then legs, then areas ---- */
  function canvasPoint(cp) { var v = stopLayer._view; return {x: cp.x - v.cx, y: cp.y - v.cy}; }
  // The place under the pointer (hover): the nearest of placesAt.
  function hitPlace(cp) { var all = placesAt(cp); return all.length ? all[0] : -1; }
  function hitLeg(cp) { var all = legsAt(cp); return all.length ? all[0] : -1; }
  // Drawn legs within a few pixels of the point, nearest first.
  function legsAt(cp) {
    var v = legLayer._view;
    if (!v) { return []; }
    var q = canvasPoint(cp), sc = v.scale, tol = 6, found = [];
    for (var t = 0; t < nL; t++) {
      if (!lDraw[t]) { continue; }
      var bestD = tol * tol + 1;
      for (var copy = 0; copy < 2; copy++) {
        if (copy === 1 && !legWrap[t]) { break; }
        var ox = v.ox - (copy ? legWrap[t] * 256 * sc : 0);
        if (legBox[4 * t + 2] * sc - ox < q.x - tol || legBox[4 * t] * sc - ox > q.x + tol ||
            legBox[4 * t + 3] * sc - v.oy < q.y - tol || legBox[4 * t + 1] * sc - v.oy > q.y + tol) { continue; }
        for (var m = legOff[t]; m < legOff[t + 1] - 1; m++) {
          var ax = legXY[2 * m] * sc - ox, ay = legXY[2 * m + 1] * sc - v.oy;
          var bx = legXY[2 * m + 2] * sc - ox, by = legXY[2 * m + 3] * sc - v.oy;
          var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
          var f = l2 ? Math.max(0, Math.min(1, ((q.x - ax) * dx + (q.y - ay) * dy) / l2)) : 0;
          var ex = ax + f * dx - q.x, ey = ay + f * dy - q.y, d = ex * ex + ey * ey;
          if (d < bestD) { bestD = d; }
        }
      }
      if (bestD <= tol * tol) { found.push([bestD, t]); }
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.map(function (f) { return f[1]; });
  }
  function inRings(rings, x, y) {
    var wn = 0;
    for (var r = 0; r < rings.length; r++) {
      var a = rings[r], n = a.length / 2;
      for (var m = 0, pm = n - 1; m < n; pm = m++) {
        var x1 = a[2 * pm], y1 = a[2 * pm + 1], x2 = a[2 * m], y2 = a[2 * m + 1];
        if ((y1 <= y) !== (y2 <= y)) {
          var cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
          if (y2 > y1 && cross > 0) { wn--; } else if (y2 <= y1 && cross < 0) { wn++; }
        }
      }
    }
    return wn !== 0;
  }
  function hitArea(cp) { var all = areasAt(cp); return all.length ? all[0][0] : -1; }
  // Areas that hold the point, smallest first, each with whether the click is on its centre dot.
  function areasAt(cp) {
    var v = areaLayer._view;
    if (!v) { return []; }
    var q = canvasPoint(cp), sc = v.scale, wx = (((q.x + v.ox) / sc) % 256 + 256) % 256, wy = (q.y + v.oy) / sc, found = [];
    for (var p = 0; p < nP; p++) {
      if (!pCount[p] || (P.k[p] !== 1 && P.k[p] !== 2)) { continue; }  // points and water: in the hit index
      var dx = pX[p] - wx, dy = pY[p] - wy, centre = (dx * dx + dy * dy) * sc * sc <= 10 * 10;
      if (P.k[p] === 1) {
        var r = Math.max(5 / sc, pR[p]);
        if (centre || dx * dx + dy * dy <= r * r) { found.push([p, r, centre]); }
      } else if (centre || inRings(outlines[P.ol[p]], wx, wy)) {
        found.push([p, P.r[p] / 111 * 256 / 360, centre]);
      }
    }
    found.sort(function (a, b) { return a[1] - b[1] || a[0] - b[0]; });
    return found;
  }
  // Places of every drawn marker within reach of the point, nearest first.
  function placesAt(cp) {
    if (!hit.start) { return []; }
    var q = canvasPoint(cp), found = [], seen = {};
    var gx = Math.floor(q.x / hit.cell), gy = Math.floor(q.y / hit.cell);
    for (var yy = gy - 1; yy <= gy + 1; yy++) {
      for (var xx = gx - 1; xx <= gx + 1; xx++) {
        if (xx < 0 || yy < 0 || xx >= hit.gw || yy >= hit.gh) { continue; }
        var c = yy * hit.gw + xx;
        for (var m = hit.start[c]; m < hit.start[c + 1]; m++) {
          var kk = hit.idx[m], dx = hit.x[kk] - q.x, dy = hit.y[kk] - q.y, d = dx * dx + dy * dy;
          if (d <= (hit.r[kk] + 4) * (hit.r[kk] + 4) && !seen[hit.p[kk]]) { seen[hit.p[kk]] = 1; found.push([d, hit.p[kk]]); }
        }
      }
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.map(function (f) { return f[1]; });
  }
  // Everything under a click, like a GIS "identify": places (and areas clicked at their
  // centre) first, then legs, then the areas that merely contain the point.
  function identify(cp) {
    var out = [], areas = areasAt(cp);
    placesAt(cp).forEach(function (p) { out.push({kind: 'place', id: p}); });
    areas.forEach(function (a) { if (a[2]) { out.push({kind: 'place', id: a[0]}); } });
    legsAt(cp).forEach(function (q) { out.push({kind: 'leg', id: q}); });
    areas.forEach(function (a) { if (!a[2]) { out.push({kind: 'place', id: a[0]}); } });
    return out;
  }

  return {hitPlace: hitPlace, hitLeg: hitLeg, hitArea: hitArea, placesAt: placesAt, legsAt: legsAt, areasAt: areasAt,
          identify: identify};
}
