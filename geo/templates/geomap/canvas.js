/* A Leaflet layer that is one canvas, redrawn by `draw(ctx, view)` after each move. */
/* global L */
import {el} from './util.js';

// Made on first use: Leaflet (the global L) is on the page by then, and importing this module
// anywhere else (a test) needs no Leaflet.
var CanvasLayer = null;

export function canvasLayer(draw, pane) {
  if (!CanvasLayer) { CanvasLayer = L.Layer.extend(methods()); }
  return new CanvasLayer(draw, pane);
}

function methods() {
  return {
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
  };
  }
