/* What is shown: routes, statuses, what moved, time, and whether corroborated legs are drawn once (weighted
 * by their independent sources) or separately; then the counts. The state F is a plain object
 * that the controls change and the drawing reads; F.apply() recomputes what is visible. No page,
 * no Leaflet: tested alone in tests/js/. */
import {distinctSources, evidence, weightClass} from './rules.js';

export function createFilters(M) {
  var S = M.S, ST = M.ST, LG = M.LG, statuses = M.statuses, modes = M.modes;
  var nP = M.nP, nS = M.nS, nL = M.nL, P = M.P, pStart = M.pStart, pStops = M.pStops, groupOf = M.groupOf;
  var i, j;
  /* ---- filter state ---- */
  var routeIds = [], routeSeen = {};
  function addRoute(r) { if (!routeSeen[r]) { routeSeen[r] = 1; routeIds.push(r); } }
  for (i = 0; i < nS; i++) { addRoute(ST.rt[i]); }
  for (j = 0; j < nL; j++) { addRoute(LG.rt[j]); }
  routeIds.sort(function (a, b) { return a === 0 ? 1 : b === 0 ? -1 : (S[a] < S[b] ? -1 : S[a] > S[b] ? 1 : 0); });
  var routeOn = new Uint8Array(S.length).fill(1);
  var statusOn = statuses.map(function () { return true; });
  // What moved, by class (M.moved: "", people, materiel, both): a leg goes with the report of its arrival.
  var WH = M.moved ? ST.wh : null, movedOn = (M.moved || []).map(function () { return true; });
  var sVis = new Uint8Array(nS), lVis = new Uint8Array(nL), pCount = new Int32Array(nP), pBest = new Int8Array(nP);
  // Drawn legs: one per group of visible legs (or each visible leg when separate), with the
  // group's strongest status, a stated mode, and its numbers of independent sources that report
  // it (lSources) and that deny it (lDeny); likewise for places. A denial is no source of what it denies.
  var lDraw = new Uint8Array(nL), lStatus = new Int8Array(nL), lMode = new Int8Array(nL), lSources = new Int32Array(nL);
  var lDeny = new Int32Array(nL), pSources = new Int32Array(nP), pDeny = new Int32Array(nP), gRep = new Int32Array(nL);
  var DENIED = statuses.indexOf('denied');
  var legsByStyle = [];  // F.legsByStyle: style = (status * nModes + mode) * 3 + weight class, drawn denied first
  var UNKNOWN_MODE = modes.indexOf('unknown');

  // The state the controls change; the typed arrays are filled in place (their identity never changes).
  var F = {
    mode: 'event',  // which date the time filter reads: 'event' (when it happened) or 'reported'
    T: Infinity,  // the day shown up to (days since 1970-01-01), Infinity for no date filter
    separate: false,  // each report of a corroborated movement drawn separately
    showNew: false,  // what is new since the previous build highlighted
    statusOn: statusOn, routeOn: routeOn, routeIds: routeIds, movedOn: movedOn,
    sVis: sVis, lVis: lVis, pCount: pCount, pBest: pBest, pSources: pSources, pDeny: pDeny,
    lDraw: lDraw, lStatus: lStatus, lMode: lMode, lSources: lSources, lDeny: lDeny,
    legsByStyle: legsByStyle, contestedLegs: [],
    stopDay: stopDay, legDay: legDay, apply: applyFilters, shownWith: shownWith, counts: counts,
    sources: sources, placeEvidence: placeEvidence, legEvidence: legEvidence
  };

  function stopDay(s) { return F.mode === 'event' ? ST.t[s] : ST.tr[s]; }
  function legDay(jj) { var d = stopDay(LG.b[jj]); return d === null ? stopDay(LG.a[jj]) : d; }
  // Independent sources among some reports (stops).
  function sources(list) { return distinctSources(ST.sk, list); }
  // {support, deny} of some reports (stops), and of some legs (by the reports of their arrival).
  function placeEvidence(list) { return evidence(ST.sk, ST.st, DENIED, list); }
  function legEvidence(list) { return evidence(ST.sk, LG.st, DENIED, list, LG.b); }
  function applyFilters() {
    var T = F.T, separate = F.separate;
    pCount.fill(0); pBest.fill(127);
    for (var s = 0; s < nS; s++) {
      var d = stopDay(s), v = statusOn[ST.st[s]] && routeOn[ST.rt[s]] && (d === null || d <= T) && (!WH || movedOn[WH[s]]);
      sVis[s] = v ? 1 : 0;
      if (v) { var p = ST.pl[s]; pCount[p]++; if (ST.st[s] < pBest[p]) { pBest[p] = ST.st[s]; } }
    }
    for (var q = 0; q < nL; q++) {
      var dl = legDay(q);
      lVis[q] = statusOn[LG.st[q]] && routeOn[LG.rt[q]] && (dl === null || dl <= T) && (!WH || movedOn[WH[LG.b[q]]]) ? 1 : 0;
    }
    // Places: independent sources among the visible reports (the same source twice is one).
    for (var pp = 0; pp < nP; pp++) {
      var vis = [];
      for (var m = pStart[pp]; m < pStart[pp + 1]; m++) { if (sVis[pStops[m]]) { vis.push(pStops[m]); } }
      if (vis.length === 1) { pSources[pp] = ST.st[vis[0]] === DENIED ? 0 : 1; pDeny[pp] = 1 - pSources[pp]; continue; }
      var e = placeEvidence(vis);
      pSources[pp] = e.support; pDeny[pp] = e.deny;
    }
    lDraw.fill(0); gRep.fill(-1);
    var multi = {};
    for (q = 0; q < nL; q++) {
      if (!lVis[q]) { continue; }
      var g = separate ? q : groupOf(q);
      if (gRep[g] < 0) {
        gRep[g] = q; lDraw[q] = 1; lStatus[q] = LG.st[q]; lMode[q] = LG.md[q];
        lSources[q] = LG.st[q] === DENIED ? 0 : 1; lDeny[q] = 1 - lSources[q];
      } else {
        var r = gRep[g];
        if (LG.st[q] < lStatus[r]) { lStatus[r] = LG.st[q]; }
        if (lMode[r] === UNKNOWN_MODE) { lMode[r] = LG.md[q]; }
        (multi[r] = multi[r] || [r]).push(q);
      }
    }
    Object.keys(multi).forEach(function (r) { var e = legEvidence(multi[r]); lSources[r] = e.support; lDeny[r] = e.deny; });
    var legsByStyle = F.legsByStyle = [];
    for (var k = 0; k < statuses.length * modes.length * 3; k++) { legsByStyle.push([]); }
    var contestedLegs = F.contestedLegs = [];
    for (q = 0; q < nL; q++) {
      if (lDraw[q] && lSources[q] && lDeny[q]) { contestedLegs.push(q); }
      if (lDraw[q]) { legsByStyle[(lStatus[q] * modes.length + lMode[q]) * 3 + weightClass(lSources[q])].push(q); }
    }
  }
  // The visible legs drawn together with leg q (q itself when alone or shown separately).
  function shownWith(q) {
    if (F.separate) { return [q]; }
    return M.groupMembers(q).filter(function (m) { return lVis[m]; });
  }
  function counts() {
    var c = {reports: 0, undated: 0, places: 0, points: 0, areas: 0, legs: 0, undatedLegs: 0, drawnLegs: 0,
             total: {reports: nS, places: nP, legs: nL}};
    for (var s = 0; s < nS; s++) { if (sVis[s]) { c.reports++; if (stopDay(s) === null) { c.undated++; } } }
    for (var p = 0; p < nP; p++) { if (pCount[p]) { c.places++; if (P.k[p] === 0) { c.points++; } else { c.areas++; } } }
    for (var q = 0; q < nL; q++) {
      if (lVis[q]) { c.legs++; if (legDay(q) === null) { c.undatedLegs++; } }
      if (lDraw[q]) { c.drawnLegs++; }
    }
    return c;
  }

  return F;
}
