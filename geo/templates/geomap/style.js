/* Part of geomap.js (see geo/render.py JS_PARTS). The canvas layer and the drawing styles:
 * colours by status, dashes by mode, markers, areas, arrows. */
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
  // Line width grows with the number of independent sources (weight class 0: one, 1: two, 2: three or more).
  var WEIGHT_WIDTH = [1, 1.9, 2.6];
  function setLineStyle(ctx, st, md, casing, thin, wc) {
    var s = statusStyle(st), m = modeStyle(md), w = thin ? 1 : m.width * (st === 'denied' ? 0.8 : 1) * WEIGHT_WIDTH[wc || 0];
    ctx.setLineDash(m.dash);
    ctx.lineCap = m.cap || 'butt';
    ctx.lineJoin = 'round';
    if (casing) {
      ctx.globalAlpha = 0.75; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = w + 2.5;
    } else {
      ctx.globalAlpha = s.alpha; ctx.strokeStyle = s.color; ctx.lineWidth = w;
    }
  }
  // Diagonal hatching in a status colour: an area's extent, light enough that a
  // whole country stays visible without dominating the movements drawn over it.
  var hatches = {};
  function hatch(ctx, st) {
    if (!hatches[st]) {
      var c = document.createElement('canvas'), x;
      c.width = 10; c.height = 10;
      x = c.getContext('2d');
      x.strokeStyle = statusStyle(st).color; x.globalAlpha = 0.55; x.lineWidth = 1.2;
      x.beginPath(); x.moveTo(-2, 12); x.lineTo(12, -2); x.moveTo(8, 12); x.lineTo(12, 8); x.moveTo(-2, 2); x.lineTo(2, -2);
      x.stroke();
      hatches[st] = c;
    }
    return ctx.createPattern(hatches[st], 'repeat');
  }
  // A place's name on the map, with a white halo so it reads on any basemap (canvas text: never markup).
  function label(ctx, text, x, y, italic, align) {
    ctx.font = (italic ? 'italic ' : '') + '600 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    ctx.textAlign = align || 'left'; ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round'; ctx.lineWidth = 3.5; ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = '#222'; ctx.fillText(text, x, y);
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

