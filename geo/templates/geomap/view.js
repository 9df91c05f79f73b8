/* Part of geomap.js, inside geoMapInit. The first view, and the read-only hook for tests;
 * geoMapInit closes here. */
    /* ---- first view ---- */
    computeRange();
    applyFilters();
    if (D.bounds) {
      // Keep the data clear of the title, the time bar and the side panels.
      var wide = map.getSize().x >= 900;
      map.fitBounds(D.bounds, {paddingTopLeft: [50, 90], paddingBottomRight: [wide ? 270 : 40, 130], maxZoom: 7, animate: false});
    } else {
      map.setView([20, 0], 2, {animate: false});
    }
    var tPrepared = performance.now();
    setBase(bases.positron ? 'positron' : 'osm');
    areaLayer.addTo(map); legLayer.addTo(map); stopLayer.addTo(map);
    updateLabels();
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
      timings: timings,
      ready: true
    };
  };
})();
