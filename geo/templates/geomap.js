/* geo: the map page's own script (written for this project, no third-party code).
 *
 * Reads the columnar JSON blob written by geo/render.py, draws places, areas
 * of uncertainty and legs on one canvas per kind, and builds popups, legend,
 * layer lists and the time control with DOM APIs. Every text that came from
 * the CSV is shown with textContent and nothing else: no innerHTML, no
 * template literals, no eval. Only http(s) URLs ever become links.
 */
(function () {
  'use strict';

  // Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
  var STATUS_STYLE = {
    confirmed: {color: '#0072B2', label: 'Confirmed', hint: 'verified', fill: 1, alpha: 1},
    reported: {color: '#E69F00', label: 'Reported', hint: 'not confirmed', fill: 1, alpha: 0.95},
    claimed: {color: '#CC79A7', label: 'Claimed', hint: 'by one side, unverified', fill: 0, alpha: 0.95},
    denied: {color: '#7F7F7F', label: 'Denied', hint: 'reported, then denied', fill: 0, alpha: 0.75, dash: [3, 3]}
  };
  var MODE_STYLE = {
    road: {label: 'Road', dash: [], width: 3},
    rail: {label: 'Rail', dash: [14, 4, 3, 4], width: 3},
    sea: {label: 'Sea', dash: [10, 7], width: 3},
    air: {label: 'Air', dash: [1, 7], width: 3.5, cap: 'round'},
    unknown: {label: 'Not stated', dash: [5, 5], width: 1.8}
  };
  var APPROX_TEXT = {
    1: 'Approximate: the report names an area, not a place. It lies somewhere inside the dashed circle',
    2: 'Approximate: only the country is known. The place could be anywhere inside the dashed outline'
  };
  var DEG = Math.PI / 180;
  var EARTH_M = 40075016.686;

  function projX(lon) { return (lon + 180) / 360 * 256; }
  function projY(lat) {
    lat = Math.max(-85.0511, Math.min(85.0511, lat));
    var s = Math.sin(lat * DEG);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
  }
  function unprojLat(y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y / 256))) / DEG; }
  function dayToIso(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }
  function isoToDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
    if (!m) { throw new Error('setTime expects YYYY-MM-DD or null'); }
    return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000);
  }
  function fmtInt(n) { return Number(n).toLocaleString('en-US'); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  // The one place a URL becomes a link: absolute http(s) only, no control characters.
  function httpHref(url) {
    if (!url || /[\u0000-\u0020\u007f]/.test(url.trim())) { return null; }
    var u = url.trim();
    if (!/^https?:\/\//i.test(u)) { return null; }
    try {
      var p = new URL(u);
      return (p.protocol === 'http:' || p.protocol === 'https:') && p.host ? p.href : null;
    } catch (e) { return null; }
  }
  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  /* A Leaflet layer that is one canvas redrawn by `draw(ctx, view)` after each move. */
  var CanvasLayer = L.Layer.extend({
    initialize: function (draw, pane) { this._drawFn = draw; this.options = {pane: pane}; },
    onAdd: function () {
      this._canvas = el('canvas', 'geo-canvas leaflet-zoom-hide');
      this.getPane().appendChild(this._canvas);
      this.redraw();
    },
    onRemove: function () { L.DomUtil.remove(this._canvas); this._canvas = null; },
    getEvents: function () { return {moveend: this.redraw, viewreset: this.redraw, resize: this.redraw}; },
    redraw: function () {
      var map = this._map, c = this._canvas;
      if (!map || !c) { return; }
      var size = map.getSize(), pad = 0.2, dpr = window.devicePixelRatio || 1;
      var w = Math.round(size.x * (1 + 2 * pad)), h = Math.round(size.y * (1 + 2 * pad));
      var topLeft = map.containerPointToLayerPoint([-Math.round(size.x * pad), -Math.round(size.y * pad)]);
      L.DomUtil.setPosition(c, topLeft);
      if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
        c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
        c.style.width = w + 'px'; c.style.height = h + 'px';
      }
      var ctx = c.getContext('2d');
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      var origin = map.getPixelOrigin();
      // canvas x = world x (zoom 0) * scale - ox
      var view = {scale: Math.pow(2, map.getZoom()), ox: origin.x + topLeft.x, oy: origin.y + topLeft.y,
                  w: w, h: h, cx: topLeft.x - map.containerPointToLayerPoint([0, 0]).x,
                  cy: topLeft.y - map.containerPointToLayerPoint([0, 0]).y};
      this._view = view;
      this._drawFn(ctx, view);
    }
  });

  function statusStyle(name) { return STATUS_STYLE[name] || STATUS_STYLE.reported; }
  function modeStyle(name) { return MODE_STYLE[name] || MODE_STYLE.unknown; }

  // Fill and stroke every marker of one status at once: one path, two calls.
  // Style set once per status; each marker then is a small path of its own
  // (one big path of overlapping circles fills much slower in Skia).
  function markerStyle(ctx, st) {
    var s = statusStyle(st);
    ctx.setLineDash(s.dash || []);
    ctx.fillStyle = s.fill ? s.color : 'rgba(255,255,255,0.9)';
    ctx.lineWidth = s.fill ? 1.5 : 2.5;
    ctx.strokeStyle = s.fill ? '#ffffff' : s.color;
  }
  function drawMarker(ctx, x, y, r, st) {
    var s = statusStyle(st);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.setLineDash(s.dash || []);
    if (s.fill) {
      ctx.fillStyle = s.color; ctx.fill();
      ctx.lineWidth = 1.5; ctx.strokeStyle = '#ffffff'; ctx.stroke();
    } else {
      ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.fill();
      ctx.lineWidth = 2.5; ctx.strokeStyle = s.color; ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  function setLineStyle(ctx, st, md, casing, thin) {
    var s = statusStyle(st), m = modeStyle(md), w = thin ? 1 : m.width * (st === 'denied' ? 0.8 : 1);
    ctx.setLineDash(m.dash);
    ctx.lineCap = m.cap || 'butt';
    ctx.lineJoin = 'round';
    if (casing) {
      ctx.globalAlpha = 0.75; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = w + 2.5;
    } else {
      ctx.globalAlpha = s.alpha; ctx.strokeStyle = s.color; ctx.lineWidth = w;
    }
  }
  function areaStyle(ctx, st) {
    var s = statusStyle(st);
    ctx.fillStyle = s.color;
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 1.8;
    ctx.setLineDash([7, 5]);
    return s;
  }
  // Trace a closed ring of world coordinates, skipping vertices less than a
  // pixel from the last one drawn: at low zoom most of the outline detail
  // is invisible, and the canvas cost is per vertex.
  function traceRing(path, a, sc, ox, oy) {
    var lx = a[0] * sc - ox, ly = a[1] * sc - oy, n = a.length;
    path.moveTo(lx, ly);
    for (var q = 2; q < n; q += 2) {
      var x = a[q] * sc - ox, y = a[q + 1] * sc - oy;
      if ((x - lx) * (x - lx) + (y - ly) * (y - ly) >= 1 || q === n - 2) { path.lineTo(x, y); lx = x; ly = y; }
    }
    path.closePath();
  }
  function arrowHead(path, x, y, dx, dy, size) {
    var len = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / len, uy = dy / len;
    path.moveTo(x + ux * size, y + uy * size);
    path.lineTo(x - ux * size * 0.8 - uy * size * 0.75, y - uy * size * 0.8 + ux * size * 0.75);
    path.lineTo(x - ux * size * 0.8 + uy * size * 0.75, y - uy * size * 0.8 - ux * size * 0.75);
    path.closePath();
  }

  window.geoMapInit = function (map, dataId) {
    var t0 = performance.now();
    var D = JSON.parse(document.getElementById(dataId).textContent);
    var tParsed = performance.now();
    var S = D.s, P = D.p, ST = D.st, LG = D.lg;
    var statuses = D.statuses, modes = D.modes;
    var nP = P.lat.length, nS = ST.pl.length, nL = LG.a.length;
    var container = map.getContainer();
    document.title = D.title || 'Map';

    /* ---- precomputation: world coordinates at zoom 0, once ---- */
    var pX = new Float64Array(nP), pY = new Float64Array(nP), pR = new Float64Array(nP);
    var i, j, k;
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
    for (j = 0; j < nL; j++) {
      var pa = ST.pl[LG.a[j]], pb = ST.pl[LG.b[j]];
      legOff[j] = pts.length / 2;
      pushGC(P.lat[pa], P.lon[pa], P.lat[pb], P.lon[pb]);
    }
    legOff[nL] = pts.length / 2;
    var legXY = new Float64Array(pts);
    pts = null;
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
    var legsByStyle = [];  // style = status * nModes + mode, drawn denied first, confirmed last
    for (k = 0; k < statuses.length * modes.length; k++) { legsByStyle.push([]); }
    for (j = 0; j < nL; j++) { legsByStyle[LG.st[j] * modes.length + LG.md[j]].push(j); }

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
          if (!pCount[p] || pBest[p] !== st || P.k[p] === 0) { continue; }
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
        var s = areaStyle(ctx, statuses[st]);
        ctx.globalAlpha = s.fill ? 0.14 : 0.08; ctx.fill(path, 'nonzero');
        ctx.globalAlpha = 0.9; ctx.stroke(path);
        ctx.globalAlpha = 1; ctx.setLineDash([]);
      }
    }
    function traceLeg(path, q, sc, ox, oy) {
      var o = legOff[q], e = legOff[q + 1];
      path.moveTo(legXY[2 * o] * sc - ox, legXY[2 * o + 1] * sc - oy);
      for (var m = o + 1; m < e; m++) { path.lineTo(legXY[2 * m] * sc - ox, legXY[2 * m + 1] * sc - oy); }
    }
    function legArrow(path, q, sc, ox, oy, size) {
      var o = legOff[q], e = legOff[q + 1], n = e - o, a, b, x, y;
      if (n === 2) {
        a = o; b = o + 1;
        x = (legXY[2 * a] + legXY[2 * b]) / 2 * sc - ox; y = (legXY[2 * a + 1] + legXY[2 * b + 1]) / 2 * sc - oy;
      } else {
        var mid = o + (n >> 1); a = mid - 1; b = mid;
        x = legXY[2 * mid] * sc - ox; y = legXY[2 * mid + 1] * sc - oy;
      }
      var dx = (legXY[2 * b] - legXY[2 * a]) * sc, dy = (legXY[2 * b + 1] - legXY[2 * a + 1]) * sc;
      var bx = legBox[4 * q], by = legBox[4 * q + 1];
      if ((legBox[4 * q + 2] - bx) * sc < 40 && (legBox[4 * q + 3] - by) * sc < 40) { return; }  // too short for an arrow
      arrowHead(path, x, y, dx, dy, size);
    }
    function drawLegs(ctx, v) {
      var sc = v.scale, nM = modes.length, batches = [], traced = 0;
      var arrows = statuses.map(function () { return new Path2D(); }), anyArrow = statuses.map(function () { return false; });
      for (var st = statuses.length - 1; st >= 0; st--) {
        for (var md = 0; md < nM; md++) {
          var list = legsByStyle[st * nM + md], path = new Path2D(), any = false;
          for (var t = 0; t < list.length; t++) {
            var q = list[t];
            if (!lVis[q]) { continue; }
            for (var copy = 0; copy < 2; copy++) {
              var shift = copy === 0 ? 0 : legWrap[q] * 256 * sc;
              if (copy === 1 && !legWrap[q]) { break; }
              var ox = v.ox - shift;
              if (legBox[4 * q + 2] * sc - ox < 0 || legBox[4 * q] * sc - ox > v.w ||
                  legBox[4 * q + 3] * sc - v.oy < 0 || legBox[4 * q + 1] * sc - v.oy > v.h) { continue; }
              traceLeg(path, q, sc, ox, v.oy);
              legArrow(arrows[st], q, sc, ox, v.oy, 6 + modeStyle(modes[md]).width);
              any = true; anyArrow[st] = true; traced++;
            }
          }
          if (any) { batches.push([st, md, path]); }
        }
      }
      // Thousands of legs in view: 1-pixel lines without the white casing.
      // Canvas (Skia) strokes 1-pixel "hairlines" on a fast path, ~10x faster
      // than wide lines in software; such a view is a density picture anyway,
      // and the patterns and colours stay the same.
      var dense = traced > 2500;
      for (var bi = 0; bi < batches.length; bi++) {
        var bt = batches[bi];
        if (!dense) { setLineStyle(ctx, statuses[bt[0]], modes[bt[1]], true, false); ctx.stroke(bt[2]); }
        setLineStyle(ctx, statuses[bt[0]], modes[bt[1]], false, dense); ctx.stroke(bt[2]);
      }
      ctx.setLineDash([]); ctx.globalAlpha = 1;
      // Direction arrows only where they can be told apart (not in a dense view).
      for (st = statuses.length - 1; st >= 0 && !dense; st--) {
        if (!anyArrow[st]) { continue; }
        ctx.fillStyle = statusStyle(statuses[st]).color; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 1;
        if (!dense) { ctx.stroke(arrows[st]); }
        ctx.fill(arrows[st]);
      }
    }
    function markerRadius(n) { return 5 + Math.min(3.5, Math.log(n) / Math.LN2); }
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
            var r = small ? 3 : markerRadius(pCount[p]);
            ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fill(); ctx.stroke();
            hit.x[n] = x; hit.y[n] = y; hit.r[n] = r; hit.p[n] = p; n++;
          }
        }
      }
      ctx.setLineDash([]);
      // Grid index of the drawn markers for click and hover hit-testing.
      var gw = Math.ceil(v.w / hit.cell) + 1, gh = Math.ceil(v.h / hit.cell) + 1;
      var start = new Int32Array(gw * gh + 1), idx = new Int32Array(n), cellOf = new Int32Array(n);
      for (k = 0; k < n; k++) {
        var c = Math.min(gh - 1, Math.max(0, Math.floor(hit.y[k] / hit.cell))) * gw +
                Math.min(gw - 1, Math.max(0, Math.floor(hit.x[k] / hit.cell)));
        cellOf[k] = c; start[c + 1]++;
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
    var baseLayer = new CanvasLayer(drawBase, 'geoBase');
    // Added to the map after the first view is set, so that they draw once.
    var areaLayer = new CanvasLayer(drawAreas, 'geoAreas');
    var legLayer = new CanvasLayer(drawLegs, 'geoLegs');
    var stopLayer = new CanvasLayer(drawStops, 'geoStops');
    function redraw() { areaLayer.redraw(); legLayer.redraw(); stopLayer.redraw(); }

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

    /* ---- popups and tooltips, built on demand with textContent ---- */
    function str(idx) { return S[idx] || ''; }
    function dateText(s, which) {
      var a = which === 'reported' ? str(ST.rp[s]) : str(ST.ds[s]), b = which === 'reported' ? '' : str(ST.de[s]);
      if (!a) { return null; }
      return b && b !== a ? a + ' \u2013 ' + b : a;
    }
    function dl(parent) { var d = el('dl'); parent.appendChild(d); return d; }
    function row(d, label, value) {
      if (value === null || value === undefined || value === '') { return null; }
      d.appendChild(el('dt', null, label));
      var dd = el('dd', null, typeof value === 'string' || typeof value === 'number' ? value : null);
      if (typeof value === 'object') { dd.appendChild(value); }
      d.appendChild(dd);
      return dd;
    }
    function badge(st) {
      var s = statusStyle(statuses[st]), b = el('span', 'badge', s.label);
      b.style.background = s.color;
      return b;
    }
    function sourceNode(s) {
      var src = str(ST.so[s]), url = str(ST.ur[s]), span = el('span');
      var href = ST.ul[s] ? httpHref(url) : null;
      if (href) {
        span.appendChild(link(href, src || url));
      } else {
        if (src) { span.appendChild(document.createTextNode(src)); }
        if (url) { span.appendChild(el('span', 'flag', (src ? ' \u2014 ' : '') + 'address (not a web link): ' + url)); }
      }
      return span.childNodes.length ? span : null;
    }
    function reportNode(s) {
      var box = el('div', 'geo-rep'), stName = statuses[ST.st[s]];
      box.style.borderLeftColor = statusStyle(stName).color;
      var head = el('div');
      head.appendChild(badge(ST.st[s]));
      var when = dateText(s, 'event');
      head.appendChild(el('span', 'when', when || 'Date not reported'));
      box.appendChild(head);
      var d = dl(box);
      row(d, 'Place as reported', str(ST.nm[s]));
      if (ST.tp[s] !== null) { row(d, 'Troops', fmtInt(ST.tp[s])); }
      if (ST.md[s] >= 0) { row(d, 'Arrived by', modeStyle(modes[ST.md[s]]).label); }
      var rt = str(ST.rt[s]);
      if (rt || ST.sq[s] !== null) { row(d, 'Route', (rt || '(no route)') + (ST.sq[s] !== null ? ' \u00b7 stop ' + ST.sq[s] : '')); }
      row(d, 'Reported on', dateText(s, 'reported'));
      row(d, 'Source', sourceNode(s));
      var x = D.xs[ST.ex[s]];
      for (var m = 0; m < x.length; m += 2) { row(d, str(x[m]), str(x[m + 1]) || '\u2014'); }
      var g = str(ST.gn[s]) + ' (' + [str(ST.gp[s]), str(ST.gm[s]) + ' match', str(ST.gc[s])].filter(Boolean).join(', ') + ')';
      row(d, 'Located as', g);
      if (ST.pc[s] || ST.rk[s] !== null) {
        row(d, 'Precision in file', [str(ST.pc[s]), ST.rk[s] !== null ? 'radius ' + fmtInt(ST.rk[s]) + ' km' : ''].filter(Boolean).join(', '));
      }
      row(d, 'CSV row', ST.rw[s]);
      var note = str(ST.nt[s]);
      if (note) { box.appendChild(el('blockquote', null, note)); }
      var day = stopDay(s);
      if (day === null) {
        box.appendChild(el('div', 'flag', mode === 'event' ? 'No event date: shown at every time.' : 'No reported date: shown at every time.'));
      } else if (day > T) {
        box.classList.add('later');
        box.appendChild(el('div', 'flag', 'Not shown at the selected time (' + (mode === 'event' ? 'happened' : 'reported') + ' ' + dayToIso(day) + ').'));
      }
      return box;
    }
    function placeNode(p) {
      var box = el('div', 'geo-pop'), first = pStops[pStart[p]], n = pStart[p + 1] - pStart[p];
      var names = [];
      for (var m = pStart[p]; m < pStart[p + 1]; m++) {
        var nm = str(ST.nm[pStops[m]]);
        if (names.indexOf(nm) < 0) { names.push(nm); }
      }
      box.appendChild(el('h4', null, names.join(' / ')));
      box.appendChild(el('div', 'sub', str(ST.gn[first]) + (str(ST.gc[first]) ? ' \u00b7 ' + str(ST.gc[first]) : '') +
        ' \u00b7 ' + n + (n === 1 ? ' report' : ' reports') + (pCount[p] !== n ? ' (' + pCount[p] + ' shown now)' : '')));
      if (P.k[p] !== 0) {
        box.appendChild(el('div', 'approx', APPROX_TEXT[P.k[p]] + ' (about ' + fmtInt(P.r[p]) + ' km across' +
          (P.k[p] === 1 ? ' from the centre' : '') + ').'));
      }
      for (m = pStart[p]; m < pStart[p + 1]; m++) { box.appendChild(reportNode(pStops[m])); }
      return box;
    }
    function legNode(q) {
      var a = LG.a[q], b = LG.b[q], box = el('div', 'geo-pop');
      box.appendChild(el('h4', null, str(ST.nm[a]) + ' \u2192 ' + str(ST.nm[b])));
      box.appendChild(el('div', 'sub', (str(LG.rt[q]) || '(no route)') + ' \u00b7 leg ' + LG.ix[q]));
      var rep = el('div', 'geo-rep');
      rep.style.borderLeftColor = statusStyle(statuses[LG.st[q]]).color;
      var head = el('div');
      head.appendChild(badge(LG.st[q]));
      head.appendChild(el('span', 'when', modeStyle(modes[LG.md[q]]).label));
      rep.appendChild(head);
      var d = dl(rep);
      row(d, 'Distance', LG.km[q] === null ? null : fmtInt(LG.km[q]) + ' km (great circle)');
      row(d, 'Left', dateText(a, 'event') || 'date not reported');
      row(d, 'Arrived', dateText(b, 'event') || 'date not reported');
      if (ST.tp[b] !== null) { row(d, 'Troops', fmtInt(ST.tp[b])); }
      row(d, 'Reported on', dateText(b, 'reported'));
      row(d, 'Source', sourceNode(b));
      var note = str(ST.nt[b]);
      if (note) { rep.appendChild(el('blockquote', null, note)); }
      if (legDay(q) === null) { rep.appendChild(el('div', 'flag', 'Undated: shown at every time.')); }
      box.appendChild(rep);
      return box;
    }
    var popup = L.popup({maxWidth: 360, minWidth: 240, maxHeight: 380, autoPanPadding: [30, 60]});
    function openPlace(p) {
      var ll = P.k[p] === 2 ? L.latLng(P.lat[p], P.lon[p]) : L.latLng(P.lat[p], P.lon[p]);
      popup.setLatLng(ll).setContent(placeNode(p)).openOn(map);
      return popup.getElement();
    }
    function openLeg(q, ll) {
      if (!ll) {
        var o = legOff[q], e = legOff[q + 1], mid = o + ((e - o) >> 1);
        var mx = (legXY[2 * o] + legXY[2 * (e - 1)]) / 2, my = (legXY[2 * o + 1] + legXY[2 * (e - 1) + 1]) / 2;
        if (e - o > 2) { mx = legXY[2 * mid]; my = legXY[2 * mid + 1]; }
        ll = L.latLng(unprojLat(my), mx / 256 * 360 - 180);
      }
      popup.setLatLng(ll).setContent(legNode(q)).openOn(map);
      return popup.getElement();
    }
    map.on('click', function (e) {
      var p = hitPlace(e.containerPoint);
      if (p >= 0) { openPlace(p); return; }
      var q = hitLeg(e.containerPoint);
      if (q >= 0) { openLeg(q, e.latlng); return; }
      p = hitArea(e.containerPoint);
      if (p >= 0) { popup.setLatLng(e.latlng).setContent(placeNode(p)).openOn(map); }
    });
    var tip = L.tooltip({direction: 'top', offset: [0, -8], opacity: 0.95, className: 'geo-tip'}), tipOn = false, hoverPending = null;
    function hover() {
      var e = hoverPending; hoverPending = null;
      var p = hitPlace(e.containerPoint), text = null;
      if (p >= 0) {
        var n = pCount[p];
        text = str(ST.nm[pStops[pStart[p]]]) + ' \u00b7 ' + n + (n === 1 ? ' report' : ' reports') + ' \u00b7 click for sources';
      } else {
        var q = hitLeg(e.containerPoint);
        if (q >= 0) {
          text = str(ST.nm[LG.a[q]]) + ' \u2192 ' + str(ST.nm[LG.b[q]]) + ' \u00b7 ' +
            (LG.km[q] === null ? '' : fmtInt(LG.km[q]) + ' km \u00b7 ') + modeStyle(modes[LG.md[q]]).label.toLowerCase() +
            ' \u00b7 ' + statusStyle(statuses[LG.st[q]]).label.toLowerCase();
        }
      }
      if (text === null && hitArea(e.containerPoint) >= 0) { container.classList.add('geo-hover'); }
      else { container.classList.toggle('geo-hover', text !== null); }
      if (text === null) { if (tipOn) { map.closeTooltip(tip); tipOn = false; } return; }
      tip.setLatLng(e.latlng).setContent(el('span', null, text));
      if (!tipOn) { map.openTooltip(tip); tipOn = true; }
    }
    map.on('mousemove', function (e) {
      if (!hoverPending) { window.requestAnimationFrame(hover); }
      hoverPending = e;
    });
    map.on('mouseout movestart', function () { if (tipOn) { map.closeTooltip(tip); tipOn = false; } });

    /* ---- basemaps, with the offline fallback ---- */
    var tileOpts = {maxZoom: 19, detectRetina: false};
    var bases = {
      positron: {label: 'CartoDB Positron', layer: L.tileLayer('https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png',
        L.extend({subdomains: 'abcd', attribution: '&copy; OpenStreetMap contributors &copy; CARTO'}, tileOpts))},
      osm: {label: 'OpenStreetMap', layer: L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        L.extend({attribution: '&copy; OpenStreetMap contributors'}, tileOpts))}
    };
    if (basemapRings) { bases.plain = {label: 'Plain (offline)', layer: baseLayer}; }
    baseLayer.getAttribution = function () { return 'Outlines: Natural Earth'; };
    var baseName = null, fellBack = false, offlineNote = null, baseRadios = {};
    function setBase(name) {
      if (baseName === name) { return; }
      if (baseName) { map.removeLayer(bases[baseName].layer); }
      baseName = name;
      bases[name].layer.addTo(map);
      container.classList.toggle('geo-plain', name === 'plain');
      if (baseRadios[name]) { baseRadios[name].checked = true; }
    }
    function onTileError(name) {
      return function () {
        if (baseName !== name || fellBack) { return; }
        fellBack = true;
        offlineNote.hidden = false;
        if (bases.plain) { setBase('plain'); }
      };
    }
    bases.positron.layer.on('tileerror', onTileError('positron'));
    bases.osm.layer.on('tileerror', onTileError('osm'));

    /* ---- controls ---- */
    function panel(cls) {
      var div = el('div', 'geo-panel leaflet-control ' + (cls || ''));
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
    function control(position, build) {
      var C = L.Control.extend({onAdd: build});
      return new C({position: position}).addTo(map);
    }
    function checkbox(labelText, checked, onChange, count, swatch) {
      var label = el('label'), box = el('input');
      box.type = 'checkbox'; box.checked = checked;
      box.addEventListener('change', function () { onChange(box.checked); });
      label.appendChild(box);
      if (swatch) { label.appendChild(swatch); }
      label.appendChild(el('span', 't', labelText));
      if (count !== undefined) { label.appendChild(el('span', 'n', fmtInt(count))); }
      return label;
    }
    function collapsible(div, title, body, open) {
      var h = el('h3', null, title), b = el('button', 'geo-toggle', open ? 'hide' : 'show');
      b.type = 'button';
      h.appendChild(b);
      div.appendChild(h); div.appendChild(body);
      body.hidden = !open;
      b.addEventListener('click', function () { body.hidden = !body.hidden; b.textContent = body.hidden ? 'show' : 'hide'; });
    }
    function swatchCanvas(w, h, paint) {
      var c = el('canvas'), dpr = window.devicePixelRatio || 1;
      c.width = w * dpr; c.height = h * dpr; c.style.width = w + 'px'; c.style.height = h + 'px';
      var ctx = c.getContext('2d'); ctx.scale(dpr, dpr); paint(ctx, w, h);
      return c;
    }
    function lineSwatch(st, md, arrow) {
      return swatchCanvas(40, 14, function (ctx, w, h) {
        var path = new Path2D(); path.moveTo(2, h / 2); path.lineTo(w - 2, h / 2);
        setLineStyle(ctx, st, md, false); ctx.stroke(path);
        ctx.setLineDash([]); ctx.globalAlpha = 1;
        if (arrow) {
          var a = new Path2D(); arrowHead(a, w / 2, h / 2, 1, 0, 6);
          ctx.fillStyle = statusStyle(st).color; ctx.fill(a);
        }
      });
    }
    function markerSwatch(st) { return swatchCanvas(20, 18, function (ctx) { drawMarker(ctx, 10, 9, 6, st); }); }
    function areaSwatch(st, outline) {
      return swatchCanvas(40, 18, function (ctx) {
        var s = areaStyle(ctx, st), path = new Path2D();
        if (outline) {
          path.moveTo(4, 12); path.lineTo(12, 3); path.lineTo(26, 4); path.lineTo(36, 9); path.lineTo(30, 16); path.lineTo(10, 16);
          path.closePath();
        } else { path.arc(20, 9, 7.5, 0, 2 * Math.PI); }
        ctx.globalAlpha = s.fill ? 0.14 : 0.08; ctx.fill(path); ctx.globalAlpha = 0.9; ctx.stroke(path);
        ctx.globalAlpha = 1; ctx.setLineDash([]);
      });
    }

    // Title, with the offline note under it.
    var titleBox = el('div', 'geo-title'), tpanel = el('div', 'geo-panel');
    tpanel.appendChild(el('h1', null, D.title || ''));
    tpanel.appendChild(el('p', null, 'Movements as reported by the cited sources \u00b7 click a place or line for the reports'));
    titleBox.appendChild(tpanel);
    offlineNote = el('div', 'geo-offline', bases.plain ? 'Tiles unavailable offline: showing country outlines'
      : 'Tiles unavailable: check the network connection');
    offlineNote.hidden = true;
    titleBox.appendChild(offlineNote);
    container.appendChild(titleBox);
    L.DomEvent.disableClickPropagation(titleBox);

    // Full screen: the browser's Fullscreen API on the map's container.
    control('topleft', function () {
      var div = el('div', 'leaflet-bar leaflet-control geo-fs'), a = el('a');
      var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'), icon = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      svg.setAttribute('viewBox', '0 0 20 20'); svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
      icon.setAttribute('d', 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5');
      icon.setAttribute('fill', 'none'); icon.setAttribute('stroke', '#222'); icon.setAttribute('stroke-width', '2');
      svg.appendChild(icon); a.appendChild(svg);
      a.href = '#'; a.title = 'Full screen'; a.setAttribute('role', 'button'); a.setAttribute('aria-label', 'Full screen');
      L.DomEvent.on(a, 'click', function (ev) {
        L.DomEvent.preventDefault(ev); L.DomEvent.stopPropagation(ev);
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else if (container.requestFullscreen) { container.requestFullscreen(); }
      });
      document.addEventListener('fullscreenchange', function () {
        a.title = document.fullscreenElement ? 'Exit full screen' : 'Full screen';
        map.invalidateSize();
      });
      div.appendChild(a);
      return div;
    });
    L.control.scale({position: 'bottomleft', imperial: false, maxWidth: 150}).addTo(map);

    // Layers: basemap, status, route.
    var statusTotals = statuses.map(function () { return 0; }), routeTotals = {};
    for (i = 0; i < nS; i++) { statusTotals[ST.st[i]]++; routeTotals[ST.rt[i]] = (routeTotals[ST.rt[i]] || 0) + 1; }
    control('topright', function () {
      var div = panel('geo-layers'), body = el('div');
      var sec = el('section'); sec.appendChild(el('h3', null, 'Basemap'));
      Object.keys(bases).forEach(function (name) {
        var label = el('label'), r = el('input');
        r.type = 'radio'; r.name = 'geo-base'; r.value = name;
        r.addEventListener('change', function () { if (r.checked) { fellBack = false; setBase(name); } });
        baseRadios[name] = r;
        label.appendChild(r); label.appendChild(el('span', 't', bases[name].label));
        sec.appendChild(label);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Status'));
      statuses.forEach(function (name, si) {
        sec.appendChild(checkbox(statusStyle(name).label, true, function (on) { statusOn[si] = on; update(); },
          statusTotals[si], markerSwatch(name)));
      });
      body.appendChild(sec);
      sec = el('section', 'geo-route-sec'); sec.appendChild(el('h3', null, 'Routes'));
      var list = el('div', 'geo-routes'), labels = [];
      if (routeIds.length > 8) {
        var search = el('input'); search.type = 'search'; search.placeholder = 'Filter routes';
        search.addEventListener('input', function () {
          var q = search.value.toLowerCase();
          labels.forEach(function (l) { l[0].hidden = q !== '' && l[1].toLowerCase().indexOf(q) < 0; });
        });
        sec.appendChild(search);
      }
      routeIds.forEach(function (r) {
        var name = S[r] || '(no route)';
        var l = checkbox(name, true, function (on) { routeOn[r] = on ? 1 : 0; update(); }, routeTotals[r] || 0);
        labels.push([l, name]); list.appendChild(l);
      });
      sec.appendChild(list);
      body.appendChild(sec);
      collapsible(div, 'Layers', body, true);
      return div;
    });

    // Legend a reader understands without documentation.
    control('bottomright', function () {
      var div = panel('geo-legend'), body = el('div');
      function line(sw, text) { var r = el('div', 'row'); r.appendChild(sw); r.appendChild(el('span', null, text)); return r; }
      var sec = el('section'); sec.appendChild(el('h3', null, 'Colour = how sure'));
      statuses.forEach(function (s) {
        var r = el('div', 'row'); r.appendChild(markerSwatch(s)); r.appendChild(lineSwatch(s, 'road', false));
        r.appendChild(el('b', null, statusStyle(s).label)); r.appendChild(el('span', 'hint', statusStyle(s).hint)); sec.appendChild(r);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Line = how they moved'));
      var grid = el('div', 'grid2');
      modes.forEach(function (m) { grid.appendChild(line(lineSwatch('confirmed', m, false), modeStyle(m).label)); });
      sec.appendChild(grid);
      sec.appendChild(line(lineSwatch('reported', 'road', true), 'Arrow: direction of movement'));
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Places'));
      sec.appendChild(line(markerSwatch('confirmed'), 'Dot: a named town or point (bigger = more reports)'));
      sec.appendChild(line(markerSwatch('claimed'), 'Hollow dot: claimed or denied'));
      sec.appendChild(line(areaSwatch('reported', false), 'Dashed circle: approximate area; the place is somewhere inside'));
      sec.appendChild(line(areaSwatch('reported', true), 'Dashed outline: only the country is known'));
      body.appendChild(sec);
      body.appendChild(el('div', 'foot', 'Everything shown is as reported by the cited sources; click for each report.'));
      var size = map.getSize();
      collapsible(div, 'Legend', body, size.x >= 1000 && size.y >= 720);
      return div;
    });

    // Build note: input hash, gazetteer version (no timestamps).
    if (D.note && D.note.length) {
      control('bottomleft', function () {
        return el('div', 'geo-note leaflet-control', D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 '));
      });
    }

    /* ---- time control: by event date, or by what was known on a date ---- */
    var timeBox = el('div', 'geo-time'), tp = el('div', 'geo-panel');
    var modesRow = el('div', 'modes');
    modesRow.appendChild(el('strong', null, 'Time:'));
    var modeRadios = {};
    [['event', 'When it happened (event date)'], ['reported', 'What was known (reported date)']].forEach(function (mdef) {
      var l = el('label'), r = el('input');
      r.type = 'radio'; r.name = 'geo-mode'; r.value = mdef[0]; r.checked = mdef[0] === 'event';
      r.addEventListener('change', function () { if (r.checked) { setMode(mdef[0]); } });
      modeRadios[mdef[0]] = r;
      l.appendChild(r); l.appendChild(el('span', null, mdef[1])); modesRow.appendChild(l);
    });
    var play = el('button', null, '\u25b6'), slider = el('input'), when = el('span', 'when'), undatedNote = el('div', 'undated');
    play.type = 'button'; play.title = 'Play'; play.setAttribute('aria-label', 'Play');
    slider.type = 'range'; slider.step = 1; slider.setAttribute('aria-label', 'Show reports up to this date');
    tp.appendChild(modesRow); tp.appendChild(play); tp.appendChild(slider); tp.appendChild(when); tp.appendChild(undatedNote);
    timeBox.appendChild(tp); container.appendChild(timeBox);
    L.DomEvent.disableClickPropagation(timeBox); L.DomEvent.disableScrollPropagation(timeBox);
    var range = {min: null, max: null}, timer = null;

    function computeRange() {
      range.min = null; range.max = null;
      for (var s = 0; s < nS; s++) {
        var d = stopDay(s);
        if (d === null) { continue; }
        if (range.min === null || d < range.min) { range.min = d; }
        if (range.max === null || d > range.max) { range.max = d; }
      }
      if (range.min === null) {
        slider.disabled = true; play.disabled = true; slider.min = 0; slider.max = 1; slider.value = 1;
      } else {
        slider.disabled = false; play.disabled = false;
        slider.min = range.min; slider.max = range.max;
        slider.value = T === Infinity ? range.max : Math.max(range.min, Math.min(range.max, T));
      }
    }
    function updateLabels() {
      var c = counts();
      if (range.min === null) {
        when.textContent = mode === 'event' ? 'No event dates in the data' : 'No reported dates in the data';
      } else if (T === Infinity || T >= range.max) {
        when.textContent = 'All dates (to ' + dayToIso(range.max) + ')';
      } else {
        when.textContent = (mode === 'event' ? 'Up to ' : 'Known by ') + dayToIso(T);
      }
      undatedNote.textContent = fmtInt(c.reports) + ' of ' + fmtInt(nS) + ' reports and ' + fmtInt(c.legs) + ' of ' +
        fmtInt(nL) + ' legs shown \u00b7 ' + fmtInt(c.undated) + ' shown reports have no ' +
        (mode === 'event' ? 'event' : 'reported') + ' date and stay visible at every time';
    }
    function update() {
      applyFilters();
      redraw();
      updateLabels();
      if (map._popup && map._popup.isOpen && map._popup.isOpen()) { map.closePopup(); }
    }
    function setTimeDay(d) { T = d === null ? Infinity : d; if (d !== null && range.min !== null) { slider.value = d; } update(); }
    function setMode(m) {
      if (m !== 'event' && m !== 'reported') { throw new Error("mode must be 'event' or 'reported'"); }
      stopPlay();
      mode = m; T = Infinity;
      if (modeRadios[m]) { modeRadios[m].checked = true; }
      computeRange(); update();
    }
    function stopPlay() { if (timer) { clearInterval(timer); timer = null; play.textContent = '\u25b6'; play.title = 'Play'; } }
    slider.addEventListener('input', function () { stopPlay(); setTimeDay(+slider.value); });
    play.addEventListener('click', function () {
      if (timer) { stopPlay(); return; }
      if (range.min === null) { return; }
      var step = Math.max(1, Math.round((range.max - range.min) / 120));
      if (T === Infinity || T >= range.max) { setTimeDay(range.min); }
      play.textContent = '\u275a\u275a'; play.title = 'Pause';
      timer = setInterval(function () {
        var next = Math.min(range.max, T + step);
        setTimeDay(next);
        if (next >= range.max) { stopPlay(); }
      }, 120);
    });

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
