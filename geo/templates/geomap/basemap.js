/* Tile basemaps and the offline fallback: when tiles fail, the page falls back to the country
 * outlines it carries (the "Plain" basemap) and says so. */
/* global L */

// baseLayer: the canvas layer of the embedded outlines (draw.js), or its basemap rings absent (--cdn).
export function createBasemaps(map, baseLayer, hasOutlines) {
  var container = map.getContainer();
  var tileOpts = {maxZoom: 19, detectRetina: false};
  var bases = {
    positron: {label: 'CartoDB Positron', layer: L.tileLayer('https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png',
      L.extend({subdomains: 'abcd', attribution: '&copy; OpenStreetMap contributors &copy; CARTO'}, tileOpts))},
    osm: {label: 'OpenStreetMap', layer: L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      L.extend({attribution: '&copy; OpenStreetMap contributors'}, tileOpts))}
  };
  if (hasOutlines) { bases.plain = {label: 'Plain (offline)', layer: baseLayer}; }
  baseLayer.getAttribution = function () { return 'Outlines: Natural Earth'; };
  // name: the basemap shown; radios: the Layers box's radio buttons by name (panels fill it);
  // offline: whether tiles failed; offlineHooks: run once when they do.
  var B = {bases: bases, name: null, offline: false, radios: {}, offlineHooks: [], set: setBase, choose: choose};
  var fellBack = false;
  function setBase(name) {
    if (B.name === name) { return; }
    if (B.name) { map.removeLayer(bases[B.name].layer); }
    B.name = name;
    bases[name].layer.addTo(map);
    container.classList.toggle('geo-plain', name === 'plain');
    if (B.radios[name]) { B.radios[name].checked = true; }
  }
  // The reader's choice: tiles may be tried again.
  function choose(name) { fellBack = false; setBase(name); }
  function onTileError(name) {
    return function () {
      if (B.name !== name || fellBack) { return; }
      fellBack = true;
      B.offline = true;
      B.offlineHooks.forEach(function (h) { h(); });
      if (bases.plain) { setBase('plain'); }
    };
  }
  bases.positron.layer.on('tileerror', onTileError('positron'));
  bases.osm.layer.on('tileerror', onTileError('osm'));
  return B;
}
