/* The reports table: every report as a row (place, date, status, source, troops: or, when the file says
 * what moved, the class of what moved with the troops), searchable and
 * sortable, with the map's filters applied; a row opens its place on the map, and a place opened on
 * the map marks its rows. It is also the keyboard way to everything on the map. Rows left out of
 * the map are listed under it. */
import {el, fmtInt} from './util.js';
import {MOVED_LABEL, textsOf} from './text.js';
import {badge} from './popups.js';

export const TABLE_MAX = 300;  // rows written at once; a search narrows the rest

// box: the Reports box (panels.js); popups: popups.js; ui: the panels (a phone's sheet folds away).
export function createTable(box, map, M, F, popups, ui) {
  var D = M.D, ST = M.ST, P = M.P, statuses = M.statuses, nS = M.nS, sVis = F.sVis, body = box.body;
  var texts = textsOf(M), str = texts.str, doubtText = texts.doubtText, isNew = texts.isNew, dateText = texts.dateText;
  var table = {sort: 'place', dir: 1, query: '', rows: [], selected: -1};
  var search = el('input', 'geo-search');
  search.type = 'search'; search.placeholder = 'Search place, source, date\u2026';
  search.setAttribute('aria-label', 'Search the reports');
  var count = el('div', 'geo-count');
  count.setAttribute('aria-live', 'polite');
  var tbl = el('table', 'geo-table'), thead = el('thead'), hr = el('tr'), tbody = el('tbody');
  var cols = [['place', 'Place'], ['date', 'Date'], ['status', 'Status'], ['source', 'Source'], ['troops', 'Troops']];
  // When the file says what moved, the last column says it (people, materiel, both) with the troops: a row has
  // no room for a sixth, and what moved as reported is in the cell's title, the search and the popup.
  var CLASS_ORDER = {people: 0, materiel: 1, both: 2, '': 3};
  if (M.moved) { cols[4] = ['moved', 'Moved']; tbl.classList.add('geo-moved'); }
  var heads = {};
  cols.forEach(function (c) {
    var th = el('th'), b = el('button', null, c[1]);
    b.type = 'button'; b.title = 'Sort by ' + c[1].toLowerCase();
    b.addEventListener('click', function () {
      table.dir = table.sort === c[0] ? -table.dir : 1; table.sort = c[0]; fill();
    });
    th.setAttribute('scope', 'col'); th.appendChild(b); hr.appendChild(th); heads[c[0]] = th;
  });
  thead.appendChild(hr); tbl.appendChild(thead); tbl.appendChild(tbody);
  body.appendChild(search); body.appendChild(count); body.appendChild(tbl);
  if (D.lo && D.lo.length) {
    var lo = el('div', 'geo-left-out');
    lo.appendChild(el('h4', null, 'Not on the map (' + fmtInt(D.lo.length) + ')'));
    var ul = el('ul');
    D.lo.forEach(function (r) {
      ul.appendChild(el('li', null, 'Row ' + r[0] + ': \u201c' + str(r[1]) + '\u201d \u2014 ' + (str(r[2]) || 'not located')));
    });
    lo.appendChild(ul); body.appendChild(lo);
  }
  var placeText = [];
  function text(s) {
    return [str(ST.nm[s]), str(ST.gn[s]), str(ST.ds[s]), str(ST.de[s]), str(ST.rp[s]), statuses[ST.st[s]],
            str(ST.so[s]), str(ST.rt[s]), ST.tp[s] === null ? '' : String(ST.tp[s]), texts.whatText(s),
            texts.movedClass(s)].join(' ').toLowerCase();
  }
  function key(s) {
    switch (table.sort) {
      case 'date': return ST.t[s] === null ? Infinity : ST.t[s];
      case 'status': return ST.st[s];
      case 'source': return str(ST.so[s]).toLowerCase();
      case 'troops': return ST.tp[s] === null ? -1 : ST.tp[s];
      case 'moved': return CLASS_ORDER[texts.movedClass(s)] * 1e9 + (ST.tp[s] === null ? -1 : ST.tp[s]);  // by class, then troops
      default: return str(ST.nm[s]).toLowerCase();
    }
  }
  function fill() {
    var q = table.query.toLowerCase(), rows = [];
    for (var s = 0; s < nS; s++) {
      if (!sVis[s]) { continue; }
      if (q) { if (placeText[s] === undefined) { placeText[s] = text(s); } if (placeText[s].indexOf(q) < 0) { continue; } }
      rows.push(s);
    }
    var keys = {};  // each row's key once, not at every comparison
    for (var i = 0; i < rows.length; i++) { keys[rows[i]] = key(rows[i]); }
    rows.sort(function (a, b) {
      var ka = keys[a], kb = keys[b];
      return (ka < kb ? -1 : ka > kb ? 1 : 0) * table.dir || ST.rw[a] - ST.rw[b];
    });
    table.rows = rows;
    cols.forEach(function (c) {
      heads[c[0]].setAttribute('aria-sort', table.sort === c[0] ? (table.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    tbody.textContent = '';
    rows.slice(0, TABLE_MAX).forEach(function (s) {
      var tr = el('tr'), p = ST.pl[s];
      tr.tabIndex = 0; tr.dataset.stop = String(s); tr.dataset.place = String(p);
      var name = el('td', 'place', str(ST.nm[s]));
      name.title = str(ST.nm[s]);
      if (P.k[p] !== 0 || M.pSym[p]) { name.appendChild(el('span', 'tag', texts.kindName(p))); }
      if (doubtText(s)) { var dq = el('span', 'tag doubt', 'check'); dq.title = doubtText(s); name.appendChild(dq); }
      if (isNew(s)) { name.appendChild(el('span', 'tag new', 'new')); }
      tr.appendChild(name);
      tr.appendChild(el('td', 'date', dateText(s, F.mode === 'event' ? 'event' : 'reported') || '\u2014'));
      var st = el('td', 'status'); st.appendChild(badge(statuses[ST.st[s]])); tr.appendChild(st);
      var so = el('td', 'source', str(ST.so[s])); so.title = str(ST.so[s]); tr.appendChild(so);
      tr.appendChild(M.moved ? movedCell(s) : el('td', 'troops', ST.tp[s] === null ? '' : fmtInt(ST.tp[s])));
      if (p === table.selected) { tr.classList.add('sel'); }
      tbody.appendChild(tr);
    });
    count.textContent = fmtInt(rows.length) + ' of ' + fmtInt(nS) + ' reports' +
      (rows.length > TABLE_MAX ? ' (first ' + fmtInt(TABLE_MAX) + ' listed: search to narrow)' : '') +
      (rows.length < nS ? ' \u00b7 the map\u2019s filters apply' : '');
  }
  // The class of what moved in a word, with the troops ("1,500", "materiel", "both \u00b7 1,500": a troop number
  // alone is people); the cell's title says what moved as reported.
  function movedCell(s) {
    var cls = texts.movedClass(s), n = ST.tp[s] === null ? '' : fmtInt(ST.tp[s]);
    var word = cls === 'people' && n ? '' : cls;
    var td = el('td', 'troops moved', [word, n].filter(Boolean).join(' \u00b7 '));
    td.title = [texts.whatText(s), texts.movedText(s) || MOVED_LABEL['']].filter(Boolean).join(' \u2014 ');
    return td;
  }
  function openRow(tr) {
    var p = +tr.dataset.place;
    var z = Math.max(map.getZoom(), P.k[p] === 0 ? 6 : 4);
    if (ui.narrow()) { ui.openTab(null); }  // on a phone the sheet would hide the place
    map.setView([P.lat[p], P.lon[p]], Math.min(z, 8), {animate: false});
    popups.openPlace(p);
  }
  tbody.addEventListener('click', function (e) {
    var tr = e.target.closest('tr');
    if (tr) { openRow(tr); }
  });
  tbody.addEventListener('keydown', function (e) {
    var tr = e.target.closest('tr');
    if (!tr) { return; }
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openRow(tr); }
    else if (e.key === 'ArrowDown' && tr.nextElementSibling) { e.preventDefault(); tr.nextElementSibling.focus(); }
    else if (e.key === 'ArrowUp' && tr.previousElementSibling) { e.preventDefault(); tr.previousElementSibling.focus(); }
  });
  search.addEventListener('input', function () { table.query = search.value; fill(); });
  box.head.firstChild.textContent = 'Reports (' + fmtInt(nS) + ')';
  // Synced with the map: what the map opens is marked in the list.
  popups.selectHooks.push(function (f) {
    table.selected = f.kind === 'place' ? f.id : -1;
    tbody.querySelectorAll('tr').forEach(function (tr) { tr.classList.toggle('sel', +tr.dataset.place === table.selected); });
  });
  table.fill = fill;
  return table;
}
