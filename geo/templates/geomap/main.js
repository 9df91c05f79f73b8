/* The map page: geoMapInit(map, dataId) reads the columnar JSON blob written by geo/render.py and
 * makes the page from the modules beside this one: places, areas of uncertainty and legs drawn on
 * one canvas per kind (draw.js), popups (popups.js), legend, layer lists, time control and reports
 * table. Every text that came from the CSV is shown with textContent and nothing else: no
 * innerHTML, no template literals, no eval. Only http(s) URLs ever become links (util.js).
 *
 * geo/pagescript.py joins these modules into the page's one inline script; this module is where
 * it starts, and the only one that leaves a name on the page (geoMapInit). */
/* global L */
import {dayToIso, isoToDay, unprojLat} from './util.js';
import {decode} from './decode.js';
import {createFilters} from './filters.js';
import {createDrawing} from './draw.js';
import {createHitTest} from './hit.js';
import {createBasemaps} from './basemap.js';
import {createPanels} from './panels.js';
import {fillLayers} from './layers.js';
import {fillLegend} from './legend.js';
import {createPopups} from './popups.js';
import {createTimeControl} from './time.js';
import {createTable} from './table.js';
import {createHash} from './hash.js';
import {textsOf} from './text.js';

export function geoMapInit(map, dataId) {
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById(dataId).textContent);
  var tParsed = performance.now();
  document.title = D.title || 'Map';
  var M = decode(D), F = createFilters(M), ST = M.ST, LG = M.LG, P = M.P, statuses = M.statuses;
  var ui = null;  // the panels, made below: the drawing asks them only once drawing starts
  var drawing = createDrawing(map, M, F, {freeRight: function () { return ui.freeRight(); }});
  var hitTest = createHitTest(M, F, drawing);
  var B = createBasemaps(map, drawing.baseLayer, !!M.basemapRings);
  ui = createPanels(map, M, B);
  var toggles = fillLayers(ui.boxes.layers, M, F, B, update);
  fillLegend(ui.boxes.legend.body, M);
  var popups = createPopups(map, M, F, hitTest, ui);
  var time = createTimeControl(ui.boxes.time.body, M, F, update);
  var table = createTable(ui.boxes.reports, map, M, F, popups, ui);
  var hash = createHash(map, M, F, toggles, time, update);
  var updateHooks = [table.fill, hash.writeHash];

  // After any change of what is shown: filter, redraw, relabel; an open popup may show what is hidden now.
  function update() {
    F.apply();
    drawing.redraw();
    time.updateLabels();
    if (map._popup && map._popup.isOpen && map._popup.isOpen()) { map.closePopup(); }
    updateHooks.forEach(function (h) { h(); });
  }

  /* ---- first view ---- */
  ui.layout();
  map.on('resize', ui.layout);
  time.computeRange();
  F.apply();
  // The reported places and legs, framed clear of the title and the panels (whole-country
  // areas count by their centre only: see render._focus_bounds).
  map.options.zoomSnap = 0.25;  // frame closely; the +/- buttons still step by whole levels
  function frame() {
    var bounds = D.fb || D.bounds, container = ui.container, narrow = ui.narrow();
    if (!bounds) { map.setView([20, 0], 2, {animate: false}); return; }
    var size = map.getSize(), top = ui.titleBox.offsetTop + ui.titleBox.offsetHeight + 12, right = 30, bottom = 30;
    if (narrow) { bottom = size.y - ui.tabs.getBoundingClientRect().top + container.getBoundingClientRect().top + 20; right = 24; }
    else { right = size.x - ui.side.offsetLeft + 16; }
    map.fitBounds(bounds, {paddingTopLeft: [narrow ? 30 : 56, top], paddingBottomRight: [right, bottom], maxZoom: 7, animate: false});
  }
  if (!(window.location.hash.length > 1 && hash.readHash(window.location.hash))) { frame(); }
  var tPrepared = performance.now();
  B.set(B.bases.positron ? 'positron' : 'osm');
  drawing.areaLayer.addTo(map); drawing.legLayer.addTo(map); drawing.stopLayer.addTo(map);
  time.updateLabels();
  table.fill();
  hash.ready();
  hash.writeHash();
  var timings = {parse_ms: Math.round(tParsed - t0), prepare_ms: Math.round(tPrepared - tParsed),
                 draw_ms: Math.round(performance.now() - tPrepared)};

  // Read-only hook for tests and scripts; the page never reads it back.
  var str = textsOf(M).str, nS = M.nS, nL = M.nL, legOff = M.legOff, legXY = M.legXY;
  window.geoMap = {
    map: map,
    counts: F.counts,
    setTime: function (iso) { time.stopPlay(); time.setTimeDay(iso === null || iso === undefined ? null : isoToDay(iso)); return F.counts(); },
    setMode: function (m) { time.setMode(m); return F.counts(); },
    state: function () {
      return {mode: F.mode, time: F.T === Infinity ? null : dayToIso(F.T), basemap: B.name, offline: B.offline,
              range: time.range.min === null ? null : [dayToIso(time.range.min), dayToIso(time.range.max)]};
    },
    findPlace: function (text) {
      for (var s = 0; s < nS; s++) { if (str(ST.nm[s]) === text) { return ST.pl[s]; } }
      return -1;
    },
    placePoint: function (p) { var pt = map.latLngToContainerPoint([P.lat[p], P.lon[p]]); return {x: pt.x, y: pt.y}; },
    placeLatLng: function (p) { return [P.lat[p], P.lon[p]]; },
    openPlace: popups.openPlace,
    openLeg: function (q) { return popups.openLeg(q, null); },
    // What a click at container point (x, y) finds, in the order the popup lists it.
    identify: function (x, y) {
      return popups.identifyAt(L.point(x, y), map.containerPointToLatLng([x, y])).map(popups.featureName);
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
    drawnWith: function (q) {
      return {status: statuses[F.lStatus[q]], sources: F.lSources[q], denials: F.lDeny[q], drawn: !!F.lDraw[q]};
    },
    hash: hash.viewHash,
    frame: frame,
    narrow: ui.narrow,
    timings: timings,
    ready: true
  };
}

// The page calls geoMapInit(map, "geo-data") from folium's script (geo/render.py GeoLayer).
globalThis.geoMapInit = geoMapInit;
