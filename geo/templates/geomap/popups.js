/* Popups and tooltips, built with textContent only: a place's reports, a movement's reports
 * (every source of a corroborated leg), and after a click the list of everything else at that
 * point. */
/* global L */
import {dayToIso, el, fmtInt, httpHref, link, unprojLat} from './util.js';
import {modeStyle, statusStyle} from './style.js';
import {contested, evidenceText} from './rules.js';
import {textsOf} from './text.js';

// A status as a coloured badge (popups and the reports table).
export function badge(status) {
  var s = statusStyle(status), b = el('span', 'badge', s.label);
  b.style.background = s.color;
  return b;
}

// hitTest: hit.js; ui: the panels (panels.js), which a popup is panned clear of.
export function createPopups(map, M, F, hitTest, ui) {
  var D = M.D, ST = M.ST, LG = M.LG, P = M.P, statuses = M.statuses, modes = M.modes, PT = M.PT;
  var pStart = M.pStart, pStops = M.pStops, legOff = M.legOff, legXY = M.legXY, legHalf = M.legHalf, pDoubt = M.pDoubt;
  var pCount = F.pCount, pSources = F.pSources, lMode = F.lMode, lStatus = F.lStatus, lSources = F.lSources;
  var texts = textsOf(M), str = texts.str, placeLabel = texts.placeLabel, doubtText = texts.doubtText;
  var isNew = texts.isNew, dateText = texts.dateText, container = map.getContainer();
  function dl(parent) { var d = el('dl'); parent.appendChild(d); return d; }
  function row(d, label, value) {
    if (value === null || value === undefined || value === '') { return null; }
    d.appendChild(el('dt', null, label));
    var dd = el('dd', null, typeof value === 'string' || typeof value === 'number' ? value : null);
    if (typeof value === 'object') { dd.appendChild(value); }
    d.appendChild(dd);
    return dd;
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
  // What moved, as reported, and its class (and where the class was read when the row does not give it).
  function movedRows(d, s) {
    row(d, 'What moved', texts.whatText(s));
    row(d, 'Moved', texts.movedText(s));
  }
  function reportNode(s) {
    var box = el('div', 'geo-rep'), stName = statuses[ST.st[s]];
    box.style.borderLeftColor = statusStyle(stName).color;
    var head = el('div');
    head.appendChild(badge(statuses[ST.st[s]]));
    var when = dateText(s, 'event');
    head.appendChild(el('span', 'when', when || 'Date not reported'));
    box.appendChild(head);
    var d = dl(box);
    row(d, 'Place as reported', str(ST.nm[s]));
    if (ST.tp[s] !== null) { row(d, 'Troops', fmtInt(ST.tp[s])); }
    movedRows(d, s);
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
    if (doubtText(s)) { box.appendChild(el('div', 'doubt', 'Check this place: ' + doubtText(s))); }
    if (isNew(s)) { head.appendChild(el('span', 'new', 'new')); }
    var note = str(ST.nt[s]);
    if (note) { box.appendChild(el('blockquote', null, note)); }
    var day = F.stopDay(s), mode = F.mode;
    if (day === null) {
      box.appendChild(el('div', 'flag', mode === 'event' ? 'No event date: shown at every time.' : 'No reported date: shown at every time.'));
    } else if (day > F.T) {
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
    box.appendChild(el('div', 'sub', str(P.lb[p]) + (M.pSym[p] ? ' \u00b7 ' + M.pSym[p].label : '') + (str(ST.gc[first]) ? ' \u00b7 ' + str(ST.gc[first]) : '') +
      ' \u00b7 ' + n + (n === 1 ? ' report' : ' reports') + (pCount[p] !== n ? ' (' + pCount[p] + ' shown now)' : '')));
    var e = {support: pSources[p], deny: F.pDeny[p]}, said = evidenceText(e);
    if (said) { box.appendChild(el('div', contested(e) ? 'corr contested' : 'corr', said)); }
    if (P.k[p] !== 0) { box.appendChild(el('div', 'approx', texts.approxText(p))); }
    for (m = pStart[p]; m < pStart[p + 1]; m++) { box.appendChild(reportNode(pStops[m])); }
    return box;
  }
  function legReport(q) {
    var a = LG.a[q], b = LG.b[q], rep = el('div', 'geo-rep');
    rep.style.borderLeftColor = statusStyle(statuses[LG.st[q]]).color;
    var head = el('div');
    head.appendChild(badge(statuses[LG.st[q]]));
    head.appendChild(el('span', 'when', modeStyle(modes[LG.md[q]]).label));
    if (isNew(b)) { head.appendChild(el('span', 'new', 'new')); }
    rep.appendChild(head);
    var d = dl(rep);
    row(d, 'Route', (str(LG.rt[q]) || '(no route)') + ' \u00b7 leg ' + LG.ix[q]);
    row(d, 'Left', dateText(a, 'event') || 'date not reported');
    row(d, 'Arrived', dateText(b, 'event') || 'date not reported');
    if (ST.tp[b] !== null) { row(d, 'Troops', fmtInt(ST.tp[b])); }
    movedRows(d, b);
    row(d, 'Reported on', dateText(b, 'reported'));
    row(d, 'Source', sourceNode(b));
    var note = str(ST.nt[b]);
    if (note) { rep.appendChild(el('blockquote', null, note)); }
    if (F.legDay(q) === null) { rep.appendChild(el('div', 'flag', 'Undated: shown at every time.')); }
    return rep;
  }
  function legNode(q) {
    var members = F.shownWith(q), a = LG.a[q], b = LG.b[q], box = el('div', 'geo-pop');
    if (!members.length) { members = [q]; }
    var e = F.legEvidence(members), said = evidenceText(e);
    box.appendChild(el('h4', null, str(ST.nm[a]) + ' \u2192 ' + str(ST.nm[b])));
    box.appendChild(el('div', 'sub', (LG.km[q] === null ? '' : fmtInt(Math.round(LG.km[q])) + ' km (great circle) \u00b7 ') +
      members.length + (members.length === 1 ? ' report' : ' reports') +
      (members.length > 1 ? ' of the same movement' : '')));
    // What the line of a sea leg is (a computed sea route, or why not): no report gives the track.
    if ((PT && PT[q]) || modes[LG.md[q]] === 'sea') {
      var kind = str(LG.pk[q]) || 'great circle';
      box.appendChild(el('div', 'sub', 'Line drawn: ' + kind + (/not reported/.test(kind) ? '.' : '. The real track was not reported.')));
    }
    if (said) { box.appendChild(el('div', contested(e) ? 'corr contested' : 'corr', said)); }
    else if (members.length > 1) { box.appendChild(el('div', 'corr', 'One source, repeated: not corroboration')); }
    members.forEach(function (m) { box.appendChild(legReport(m)); });
    return box;
  }
  var popup = L.popup({maxWidth: 360, minWidth: 240, maxHeight: 380, autoPanPadding: [30, 60]});
  var selected = null;  // what the popup shows: {kind, id}
  function featureNode(f) { return f.kind === 'leg' ? legNode(f.id) : placeNode(f.id); }
  function featureName(f) {
    if (f.kind === 'leg') {
      var n = F.shownWith(f.id).length;
      return str(ST.nm[LG.a[f.id]]) + ' \u2192 ' + str(ST.nm[LG.b[f.id]]) + ' \u00b7 ' +
        modeStyle(modes[lMode[f.id]]).label.toLowerCase() + ' \u00b7 ' + n + (n === 1 ? ' report' : ' reports');
    }
    var c = pCount[f.id];
    return placeLabel(f.id) + ' \u00b7 ' + texts.kindName(f.id) + ' \u00b7 ' + c + (c === 1 ? ' report' : ' reports') +
      (pDoubt[f.id] ? ' \u00b7 location to check' : '');
  }
  // The popup of one feature; with `here`, everything else at the clicked point listed under it.
  function show(f, ll, here) {
    var node = featureNode(f);
    if (here && here.length > 1) {
      var also = el('div', 'geo-also');
      also.appendChild(el('h5', null, here.length + ' features here'));
      var ul = el('ul');
      here.forEach(function (g) {
        var li = el('li'), b = el('button', 'geo-pick', featureName(g));
        b.type = 'button';
        if (g.kind === f.kind && g.id === f.id) { b.disabled = true; b.setAttribute('aria-current', 'true'); }
        // Stopped here: the button is gone once the popup is rebuilt, and Leaflet would
        // then take the click for a click on the map.
        b.addEventListener('click', function (ev) { L.DomEvent.stopPropagation(ev); show(g, ll, here); });
        li.appendChild(b); ul.appendChild(li);
      });
      also.appendChild(ul);
      node.appendChild(also);
    }
    selected = f;
    // Pan the popup clear of the title and of the panels' column (or the phone's button row).
    var size = map.getSize(), titleBox = ui.titleBox, side = ui.side, tabs = ui.tabs, narrow = ui.narrow();
    var top = titleBox.offsetTop + titleBox.offsetHeight + 8;
    // On a phone the zoom, full-screen and scale controls stand under the title, on the left: a
    // popup stays below them, so that its title is never hidden under them.
    var corner = container.querySelector('.leaflet-top.leaflet-left');
    if (narrow && corner) { top = Math.max(top, corner.offsetTop + corner.offsetHeight + 8); }
    popup.options.autoPanPaddingTopLeft = [narrow ? 8 : 56, top];
    popup.options.maxWidth = narrow ? Math.min(360, size.x - 64) : 360;  // clear of the screen's edges
    popup.options.autoPanPaddingBottomRight = narrow ? [8, size.y - side.offsetTop - tabs.offsetTop + 12]
      : [size.x - side.offsetLeft + 12, 30];
    popup.setLatLng(ll).setContent(node).openOn(map);
    onSelect(f);
    return popup.getElement();
  }
  var selectHooks = [];
  function onSelect(f) { selectHooks.forEach(function (h) { h(f); }); }
  function legMidpoint(q) {
    var o = legOff[q], e = legOff[q + 1], mid = o + ((e - o) >> 1), half = legHalf[q];
    if (half) { return L.latLng(unprojLat(half[1]), half[0] / 256 * 360 - 180); }
    var mx = (legXY[2 * o] + legXY[2 * (e - 1)]) / 2, my = (legXY[2 * o + 1] + legXY[2 * (e - 1) + 1]) / 2;
    if (e - o > 2) { mx = legXY[2 * mid]; my = legXY[2 * mid + 1]; }
    return L.latLng(unprojLat(my), mx / 256 * 360 - 180);
  }
  function openPlace(p) { return show({kind: 'place', id: p}, L.latLng(P.lat[p], P.lon[p])); }
  function openLeg(q, ll) { return show({kind: 'leg', id: q}, ll || legMidpoint(q)); }
  function identifyAt(cp, ll) {
    var here = hitTest.identify(cp);
    if (here.length) { show(here[0], ll, here); }
    return here;
  }
  map.on('click', function (e) { identifyAt(e.containerPoint, e.latlng); });
  var tip = L.tooltip({direction: 'top', offset: [0, -8], opacity: 0.95, className: 'geo-tip'}), tipOn = false, hoverPending = null;
  function hover() {
    var e = hoverPending; hoverPending = null;
    var p = hitTest.hitPlace(e.containerPoint), text = null;
    if (p >= 0) {
      var n = pCount[p];
      text = placeLabel(p) + ' \u00b7 ' + n + (n === 1 ? ' report' : ' reports') +
        (pSources[p] && F.pDeny[p] ? ' \u00b7 contested' : '') + ' \u00b7 click for sources';
    } else {
      var q = hitTest.hitLeg(e.containerPoint);
      if (q >= 0) {
        text = str(ST.nm[LG.a[q]]) + ' \u2192 ' + str(ST.nm[LG.b[q]]) + ' \u00b7 ' +
          (LG.km[q] === null ? '' : fmtInt(LG.km[q]) + ' km \u00b7 ') + modeStyle(modes[lMode[q]]).label.toLowerCase() +
          ' \u00b7 ' + statusStyle(statuses[lStatus[q]]).label.toLowerCase() +
          (/materiel|both/.test(texts.movedClass(LG.b[q])) ? ' \u00b7 materiel' : '') +
          (lSources[q] && F.lDeny[q] ? ' \u00b7 contested' : lSources[q] > 1 ? ' \u00b7 ' + lSources[q] + ' independent sources' : '');
      }
    }
    if (text === null && hitTest.hitArea(e.containerPoint) >= 0) { container.classList.add('geo-hover'); }
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

  return {show: show, openPlace: openPlace, openLeg: openLeg, identifyAt: identifyAt, featureName: featureName,
          selectHooks: selectHooks, selected: function () { return selected; }};
}
