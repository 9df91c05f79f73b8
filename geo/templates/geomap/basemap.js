/* Part of geomap.js, inside geoMapInit. Tile basemaps and the offline fallback. */
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

