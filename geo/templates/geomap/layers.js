/* The Layers box: basemap, statuses, what moved, corroboration, what is new, routes. Each control
 * changes the filter state F (filters.js) and calls update(). */
import {el, fmtInt} from './util.js';
import {MOVED_LABEL} from './text.js';
import {statusStyle} from './style.js';
import {markerSwatch} from './legend.js';

export function checkbox(labelText, checked, onChange, count, swatch) {
  var label = el('label'), box = el('input');
  box.type = 'checkbox'; box.checked = checked;
  box.addEventListener('change', function () { onChange(box.checked); });
  label.appendChild(box);
  if (swatch) { label.appendChild(swatch); }
  label.appendChild(el('span', 't', labelText));
  if (count !== undefined) { label.appendChild(el('span', 'n', fmtInt(count))); }
  return label;
}

// box: the Layers box (panels.js). Returns the toggles, so that a link's hash can set them (hash.js).
export function fillLayers(box, M, F, B, update) {
  var body = box.body;
  var S = M.S, ST = M.ST, statuses = M.statuses, nS = M.nS, nNew = M.nNew, routeIds = F.routeIds, bases = B.bases;
  var i;
  // Layers: basemap, status, corroboration, what is new, route.
  var statusTotals = statuses.map(function () { return 0; }), routeTotals = {};
  for (i = 0; i < nS; i++) { statusTotals[ST.st[i]]++; routeTotals[ST.rt[i]] = (routeTotals[ST.rt[i]] || 0) + 1; }
  var toggles = {};
  var sec = el('section'); sec.appendChild(el('h4', null, 'Basemap'));
  Object.keys(bases).forEach(function (name) {
    var label = el('label'), r = el('input');
    r.type = 'radio'; r.name = 'geo-base'; r.value = name;
    r.addEventListener('change', function () { if (r.checked) { B.choose(name); } });
    B.radios[name] = r;
    label.appendChild(r); label.appendChild(el('span', 't', bases[name].label));
    sec.appendChild(label);
  });
  body.appendChild(sec);
  sec = el('section'); sec.appendChild(el('h4', null, 'Status'));
  toggles.status = [];
  statuses.forEach(function (name, si) {
    var l = checkbox(statusStyle(name).label, true, function (on) { F.statusOn[si] = on; update(); },
      statusTotals[si], markerSwatch(name));
    toggles.status.push(l.querySelector('input'));
    sec.appendChild(l);
  });
  body.appendChild(sec);
  toggles.moved = {};
  if (M.moved) { body.appendChild(movedSection()); }
  sec = el('section'); sec.appendChild(el('h4', null, 'Show'));
  var sepLabel = checkbox('Each report of a corroborated movement separately', false, function (on) { F.separate = on; update(); });
  toggles.separate = sepLabel.querySelector('input');
  sec.appendChild(sepLabel);
  if (nNew) {
    var newLabel = checkbox('Highlight what is new since the previous build', false, function (on) { F.showNew = on; update(); }, nNew);
    toggles.fresh = newLabel.querySelector('input');
    sec.appendChild(newLabel);
  }
  body.appendChild(sec);
  sec = el('section', 'geo-route-sec'); sec.appendChild(el('h4', null, 'Routes'));
  body.appendChild(sec);
  toggles.route = {};
  box.whenOpen(function () { routeList(sec); });
  // The routes, each with a checkbox that shows or hides it (made when the box is first shown).
  function routeList(sec) {
    var list = el('div', 'geo-routes'), labels = [];
    if (routeIds.length > 8) {
      var search = el('input'); search.type = 'search'; search.placeholder = 'Filter routes';
      search.setAttribute('aria-label', 'Filter routes');
      search.addEventListener('input', function () {
        var q = search.value.toLowerCase();
        labels.forEach(function (l) { l[0].hidden = q !== '' && l[1].toLowerCase().indexOf(q) < 0; });
      });
      sec.appendChild(search);
    }
    routeIds.forEach(function (r) {
      var name = S[r] || '(no route)';
      var l = checkbox(name, !!F.routeOn[r], function (on) { F.routeOn[r] = on ? 1 : 0; update(); }, routeTotals[r] || 0);
      toggles.route[r] = l.querySelector('input');
      labels.push([l, name]); list.appendChild(l);
    });
    sec.appendChild(list);
  }
  // What moved (people, materiel, both, not stated): one checkbox per class the reports have.
  function movedSection() {
    var s = el('section', 'geo-moved-sec'), totals = M.moved.map(function () { return 0; }), WH = ST.wh;
    s.appendChild(el('h4', null, 'What moved'));
    for (var k = 0; k < nS; k++) { totals[WH[k]]++; }
    ['people', 'materiel', 'both', ''].forEach(function (name) {
      var ci = M.moved.indexOf(name);
      if (ci < 0 || !totals[ci]) { return; }
      var l = checkbox(MOVED_LABEL[name], true, function (on) { F.movedOn[ci] = on; update(); }, totals[ci]);
      toggles.moved[ci] = l.querySelector('input');
      s.appendChild(l);
    });
    return s;
  }
  return toggles;
}
