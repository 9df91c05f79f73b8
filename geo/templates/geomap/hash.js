/* The view in the URL's hash, so that a shared link opens the same view: zoom and centre, time
 * (mode and date), hidden statuses, classes of what moved and routes (by name), corroborated legs
 * shown separately, what is new highlighted. The hash is read as data only. */
import {dayToIso, isoToDay} from './util.js';

// The class of reports that do not say what moved, as the hash names it.
const UNSTATED = 'unstated';

// toggles: the Layers box's inputs (layers.js); time: time.js; update: redraws after a change.
export function createHash(map, M, F, toggles, time, update) {
  var S = M.S, statuses = M.statuses, nNew = M.nNew, routeIds = F.routeIds, statusOn = F.statusOn, routeOn = F.routeOn;
  var hashReady = false;
  function viewHash() {
    var c = map.getCenter(), q = new URLSearchParams();
    q.set('z', String(map.getZoom()));
    q.set('c', c.lat.toFixed(4) + ',' + c.lng.toFixed(4));
    if (F.mode !== 'event') { q.set('m', F.mode); }
    if (F.T !== Infinity) { q.set('t', dayToIso(F.T)); }
    var hs = [];
    statuses.forEach(function (name, si) { if (!statusOn[si]) { hs.push(name); } });
    if (hs.length) { q.set('hide', hs.join(',')); }
    var hm = [];
    (M.moved || []).forEach(function (name, ci) { if (!F.movedOn[ci]) { hm.push(name || UNSTATED); } });
    if (hm.length) { q.set('hidemoved', hm.join(',')); }
    routeIds.forEach(function (r) { if (!routeOn[r]) { q.append('route', S[r] || ''); } });
    if (F.separate) { q.set('sep', '1'); }
    if (F.showNew) { q.set('new', '1'); }
    return '#' + q.toString();
  }
  function writeHash() {
    if (!hashReady) { return; }
    var h = viewHash();
    // A page shown from srcdoc (a notebook's iframe) may refuse: the view then just stays unshared.
    try { if (window.location.hash !== h) { window.history.replaceState(null, '', h); } } catch (e) { hashReady = false; }
  }
  // Apply a hash; returns true when it set the view (zoom and centre).
  function readHash(hash) {
    var q = new URLSearchParams(String(hash || '').replace(/^#/, ''));
    var m = q.get('m') === 'reported' ? 'reported' : 'event';
    if (m !== F.mode) { time.setMode(m); }
    var t = q.get('t');
    var day = t && /^\d{4}-\d{2}-\d{2}$/.test(t) ? isoToDay(t) : null;
    var hide = (q.get('hide') || '').split(',');
    statuses.forEach(function (name, si) {
      statusOn[si] = hide.indexOf(name) < 0;
      if (toggles.status[si]) { toggles.status[si].checked = statusOn[si]; }
    });
    var hideMoved = (q.get('hidemoved') || '').split(',');
    (M.moved || []).forEach(function (name, ci) {
      F.movedOn[ci] = hideMoved.indexOf(name || UNSTATED) < 0;
      if (toggles.moved[ci]) { toggles.moved[ci].checked = F.movedOn[ci]; }
    });
    var hiddenRoutes = q.getAll('route');
    routeIds.forEach(function (r) {
      routeOn[r] = hiddenRoutes.indexOf(S[r] || '') < 0 ? 1 : 0;
      if (toggles.route[r]) { toggles.route[r].checked = !!routeOn[r]; }
    });
    F.separate = q.get('sep') === '1'; toggles.separate.checked = F.separate;
    F.showNew = q.get('new') === '1' && nNew > 0; if (toggles.fresh) { toggles.fresh.checked = F.showNew; }
    time.stopPlay();
    F.T = day === null ? Infinity : day;
    if (day !== null && time.range.min !== null) { time.slider.value = day; }
    update();
    var z = parseFloat(q.get('z')), c = (q.get('c') || '').split(',').map(parseFloat);
    if (isFinite(z) && c.length === 2 && isFinite(c[0]) && isFinite(c[1])) {
      map.setView([Math.max(-85, Math.min(85, c[0])), c[1]], Math.max(0, Math.min(19, z)), {animate: false});
      return true;
    }
    return false;
  }
  map.on('moveend', writeHash);
  window.addEventListener('hashchange', function () {
    if (window.location.hash !== viewHash()) { readHash(window.location.hash); }
  });

  return {viewHash: viewHash, readHash: readHash, writeHash: writeHash, ready: function () { hashReady = true; }};
}
