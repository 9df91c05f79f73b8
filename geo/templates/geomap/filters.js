/* Part of geomap.js, inside geoMapInit. What is shown: routes, statuses, time; counts. */
    /* ---- filter state ---- */
    var routeIds = [], routeSeen = {};
    function addRoute(r) { if (!routeSeen[r]) { routeSeen[r] = 1; routeIds.push(r); } }
    for (i = 0; i < nS; i++) { addRoute(ST.rt[i]); }
    for (j = 0; j < nL; j++) { addRoute(LG.rt[j]); }
    routeIds.sort(function (a, b) { return a === 0 ? 1 : b === 0 ? -1 : (S[a] < S[b] ? -1 : S[a] > S[b] ? 1 : 0); });
    var routeOn = new Uint8Array(S.length).fill(1);
    var statusOn = statuses.map(function () { return true; });
    var mode = 'event', T = Infinity;
    var sVis = new Uint8Array(nS), lVis = new Uint8Array(nL), pCount = new Int32Array(nP), pBest = new Int8Array(nP);

    function stopDay(s) { return mode === 'event' ? ST.t[s] : ST.tr[s]; }
    function legDay(jj) { var d = stopDay(LG.b[jj]); return d === null ? stopDay(LG.a[jj]) : d; }
    function applyFilters() {
      pCount.fill(0); pBest.fill(127);
      for (var s = 0; s < nS; s++) {
        var d = stopDay(s), v = statusOn[ST.st[s]] && routeOn[ST.rt[s]] && (d === null || d <= T);
        sVis[s] = v ? 1 : 0;
        if (v) { var p = ST.pl[s]; pCount[p]++; if (ST.st[s] < pBest[p]) { pBest[p] = ST.st[s]; } }
      }
      for (var q = 0; q < nL; q++) {
        var dl = legDay(q);
        lVis[q] = statusOn[LG.st[q]] && routeOn[LG.rt[q]] && (dl === null || dl <= T) ? 1 : 0;
      }
    }
    function counts() {
      var c = {reports: 0, undated: 0, places: 0, points: 0, areas: 0, legs: 0, undatedLegs: 0,
               total: {reports: nS, places: nP, legs: nL}};
      for (var s = 0; s < nS; s++) { if (sVis[s]) { c.reports++; if (stopDay(s) === null) { c.undated++; } } }
      for (var p = 0; p < nP; p++) { if (pCount[p]) { c.places++; if (P.k[p] === 0) { c.points++; } else { c.areas++; } } }
      for (var q = 0; q < nL; q++) { if (lVis[q]) { c.legs++; if (legDay(q) === null) { c.undatedLegs++; } } }
      return c;
    }

