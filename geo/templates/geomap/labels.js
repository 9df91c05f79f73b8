/* Place names on the map: the places in view, most-reported first, each written where it overlaps
 * no name already written; areas and water in italics. At most 60, so a dense map stays a picture. */
import {label, markerRadius} from './style.js';
import {textsOf} from './text.js';

// ui.freeRight(): where the map's free part ends on the right (names stay left of the panels).
export function createLabels(M, F, ui) {
  var P = M.P, nP = M.nP, pX = M.pX, pY = M.pY, pR = M.pR, pSI = M.pSI, pCount = F.pCount, pSources = F.pSources;
  var placeLabel = textsOf(M).placeLabel;
  // Names of the places in view, most-reported first, skipping any that would overlap one already
  // written; areas in italics. At most 60, so a dense map stays a picture.
  return function drawLabels(ctx, v, copies) {
    var sc = v.scale, cand = [], boxes = [], right = ui.freeRight() - v.cx;
    for (var p = 0; p < nP; p++) {
      if (!pCount[p]) { continue; }
      for (var c = 0; c < copies.length; c++) {
        var x = pX[p] * sc - v.ox + copies[c] * sc, y = pY[p] * sc - v.oy;
        if (x >= 0 && y >= 0 && x <= v.w && y <= v.h) { cand.push([p, x, y]); }
      }
    }
    if (cand.length > 400) { return; }
    // Towns first (most sources first), then areas from the smallest: the most specific names win.
    cand.sort(function (a, b) {
      var ka = P.k[a[0]] === 0 ? 0 : 1, kb = P.k[b[0]] === 0 ? 0 : 1;
      return ka - kb || (ka ? P.r[a[0]] - P.r[b[0]] : pSources[b[0]] - pSources[a[0]]) || a[0] - b[0];
    });
    ctx.font = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    for (var m = 0, written = 0; m < cand.length && written < 60; m++) {
      var pp = cand[m][0], text = placeLabel(pp), w = ctx.measureText(text).width + 4;
      var gap = P.k[pp] === 0 ? markerRadius(pSources[pp]) + 4 : P.k[pp] === 3 ? 11 : 6, lx = cand[m][1] + gap;
      if (lx + w > right) { lx = cand[m][1] - gap - w; }  // at the right edge: the name on the left
      var spots = [[lx, cand[m][2]]], box, clash = true;
      if (pSI[pp]) {
        // A centre that stands in for an unknown point (another town): the name on the area, centred,
        // inside its bottom or top edge (below or above a small circle: below first, as the picture,
        // geo/image.py, puts it), never beside the centre as if it were the place.
        var rr = Math.max(5, pR[pp] * sc), d = rr >= 24 ? rr - 14 : rr + 10;
        lx = Math.min(cand[m][1] - w / 2, right - w);
        spots = [[lx, cand[m][2] + d], [lx, cand[m][2] - d]];
      }
      for (var s = 0; s < spots.length && clash; s++) {
        box = [spots[s][0] - 2, spots[s][1] - 8, spots[s][0] + w, spots[s][1] + 8]; clash = false;
        for (var b = 0; b < boxes.length && !clash; b++) {
          var o = boxes[b];
          clash = box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3];
        }
      }
      if (clash) { continue; }
      boxes.push(box); written++;
      label(ctx, text, box[0] + 2, box[1] + 8, P.k[pp] !== 0);
    }
  };
}
