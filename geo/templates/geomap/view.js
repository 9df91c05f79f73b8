/* Part of geomap.js, inside geoMapInit. The first view (from the link's hash, else framed on the
 * reported places), and the read-only hook for tests and scripts; geoMapInit closes here. */
    /* ---- first view ---- */
    layout();
    map.on('resize', layout);
    computeRange();
    applyFilters();
    // The reported places and legs, framed clear of the title and the panels (whole-country
    // areas count by their centre only: see render._focus_bounds).
    map.options.zoomSnap = 0.25;  // frame closely; the +/- buttons still step by whole levels
    function frame() {
      var bounds = D.fb || D.bounds;
      if (!bounds) { map.setView([20, 0], 2, {animate: false}); return; }
      var size = map.getSize(), top = titleBox.offsetTop + titleBox.offsetHeight + 12, right = 30, bottom = 30;
      if (narrow) { bottom = size.y - tabs.getBoundingClientRect().top + container.getBoundingClientRect().top + 20; right = 24; }
      else { right = size.x - side.offsetLeft + 16; }
      map.fitBounds(bounds, {paddingTopLeft: [narrow ? 30 : 56, top], paddingBottomRight: [right, bottom], maxZoom: 7, animate: false});
    }
    if (!(window.location.hash.length > 1 && readHash(window.location.hash))) { frame(); }
    var tPrepared = performance.now();
    setBase(bases.positron ? 'positron' : 'osm');
    areaLayer.addTo(map); legLayer.addTo(map); stopLayer.addTo(map);
    updateLabels();
    table.fill();
    hashReady = true;
    writeHash();
    var timings = {parse_ms: Math.round(tParsed - t0), prepare_ms: Math.round(tPrepared - tParsed),
                   draw_ms: Math.round(performance.now() - tPrepared)};

    // Read-only hook for tests and scripts; the page never reads it back.
    window.geoMap = {
      map: map,
      counts: counts,
      setTime: function (iso) { stopPlay(); setTimeDay(iso === null || iso === undefined ? null : isoToDay(iso)); return counts(); },
      setMode: function (m) { setMode(m); return counts(); },
      state: function () {
        return {mode: mode, time: T === Infinity ? null : dayToIso(T), basemap: baseName, offline: !offlineNote.hidden,
                range: range.min === null ? null : [dayToIso(range.min), dayToIso(range.max)]};
      },
      findPlace: function (text) {
        for (var s = 0; s < nS; s++) { if (str(ST.nm[s]) === text) { return ST.pl[s]; } }
        return -1;
      },
      placePoint: function (p) { var pt = map.latLngToContainerPoint([P.lat[p], P.lon[p]]); return {x: pt.x, y: pt.y}; },
      openPlace: openPlace,
      openLeg: function (q) { return openLeg(q, null); },
      // What a click at container point (x, y) finds, in the order the popup lists it.
      identify: function (x, y) {
        return identifyAt(L.point(x, y), map.containerPointToLatLng([x, y])).map(featureName);
      },
      legPoint: function (q, f) {
        var o = legOff[q], e = legOff[q + 1], m = Math.min(e - 1, o + Math.round((e - 1 - o) * (f === undefined ? 0.5 : f)));
        var pt = map.latLngToContainerPoint([unprojLat(legXY[2 * m + 1]), legXY[2 * m] / 256 * 360 - 180]);
        return {x: pt.x, y: pt.y};
      },
      findLeg: function (from, to) {
        for (var q = 0; q < nL; q++) { if (str(ST.nm[LG.a[q]]) === from && str(ST.nm[LG.b[q]]) === to) { return q; } }
        return -1;
      },
      drawnWith: function (q) { return {status: statuses[lStatus[q]], sources: lSources[q], drawn: !!lDraw[q]}; },
      hash: viewHash,
      frame: frame,
      narrow: function () { return narrow; },
      timings: timings,
      ready: true
    };
  };
})();
