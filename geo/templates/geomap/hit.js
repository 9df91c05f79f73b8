/* Part of geomap.js, inside geoMapInit. Which feature lies under a point on the screen. */
    /* ---- hit testing: places first, then legs, then areas ---- */
    function canvasPoint(cp) { var v = stopLayer._view; return {x: cp.x - v.cx, y: cp.y - v.cy}; }
    function hitPlace(cp) {
      if (!hit.start) { return -1; }
      var q = canvasPoint(cp), best = -1, bestD = Infinity;
      var gx = Math.floor(q.x / hit.cell), gy = Math.floor(q.y / hit.cell);
      for (var yy = gy - 1; yy <= gy + 1; yy++) {
        for (var xx = gx - 1; xx <= gx + 1; xx++) {
          if (xx < 0 || yy < 0 || xx >= hit.gw || yy >= hit.gh) { continue; }
          var c = yy * hit.gw + xx;
          for (var m = hit.start[c]; m < hit.start[c + 1]; m++) {
            var kk = hit.idx[m], dx = hit.x[kk] - q.x, dy = hit.y[kk] - q.y, d = dx * dx + dy * dy;
            if (d <= (hit.r[kk] + 4) * (hit.r[kk] + 4) && d <= bestD) { best = hit.p[kk]; bestD = d; }
          }
        }
      }
      return best;
    }
    function hitLeg(cp) {
      var v = legLayer._view;
      if (!v) { return -1; }
      var q = canvasPoint(cp), sc = v.scale, tol = 6, best = -1, bestD = tol * tol;
      for (var t = 0; t < nL; t++) {
        if (!lVis[t]) { continue; }
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
            if (d < bestD) { bestD = d; best = t; }
          }
        }
      }
      return best;
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
    function hitArea(cp) {
      var v = areaLayer._view;
      if (!v) { return -1; }
      var q = canvasPoint(cp), sc = v.scale, wx = (((q.x + v.ox) / sc) % 256 + 256) % 256, wy = (q.y + v.oy) / sc, best = -1, bestSize = Infinity;
      for (var p = 0; p < nP; p++) {
        if (!pCount[p] || P.k[p] === 0) { continue; }
        if (P.k[p] === 1) {
          var r = Math.max(5 / sc, pR[p]), dx = pX[p] - wx, dy = pY[p] - wy;
          if (dx * dx + dy * dy <= r * r && r < bestSize) { best = p; bestSize = r; }
        } else if (inRings(outlines[P.ol[p]], wx, wy) && P.r[p] / 111 * 256 / 360 < bestSize) {
          best = p; bestSize = P.r[p] / 111 * 256 / 360;
        }
      }
      return best;
    }

