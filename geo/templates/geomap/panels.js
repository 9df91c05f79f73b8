/* The page's layout and its panels: the title (top left), one column of collapsible boxes on the
 * right (legend, time, reports, layers) that cannot overlap one another, and on a narrow screen
 * (a phone) the same boxes folded into a row of buttons at the bottom, one open at a time, so the
 * map keeps most of the screen. The boxes' contents are made by legend.js, time.js, table.js and
 * layers.js. */
/* global L */
import {el, fmtInt} from './util.js';

export function stopEvents(div) {
  L.DomEvent.disableClickPropagation(div);
  L.DomEvent.disableScrollPropagation(div);
  return div;
}

// B: the basemaps (basemap.js), whose failure the title's note reports.
export function createPanels(map, M, B) {
  var D = M.D, container = map.getContainer();
  function control(position, build) {
    var C = L.Control.extend({onAdd: build});
    return new C({position: position}).addTo(map);
  }
  // Title, with what a first-time reader needs to know, and the offline note under it.
  var titleBox = stopEvents(el('div', 'geo-title')), tpanel = el('div', 'geo-panel');
  tpanel.appendChild(el('h1', null, D.title || ''));
  var sub = el('p', null, 'As reported by the cited sources; not independently verified');
  sub.appendChild(el('span', 'geo-hint', ' \u00b7 click a place or line for its reports'));
  tpanel.appendChild(sub);
  if (D.lo && D.lo.length) {
    tpanel.appendChild(el('p', 'geo-warn', fmtInt(D.lo.length) + (D.lo.length === 1 ? ' row is' : ' rows are') +
      ' not on the map (place not found): listed under Reports'));
  }
  if (D.nd) {  // legs wholly inside a village's area whose point is unknown (geo/render.py legs_not_drawn)
    tpanel.appendChild(el('p', 'geo-warn', fmtInt(D.nd) + (D.nd === 1 ? ' leg lies' : ' legs lie') +
      ' inside an area whose exact point is unknown, not drawn: in the popups and under Reports'));
  }
  titleBox.appendChild(tpanel);
  var offlineNote = el('div', 'geo-offline', B.bases.plain ? 'Tiles unavailable offline: showing country outlines'
    : 'Tiles unavailable: check the network connection');
  offlineNote.hidden = true;
  B.offlineHooks.push(function () { offlineNote.hidden = false; });
  titleBox.appendChild(offlineNote);
  container.appendChild(titleBox);

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
  var scale = L.control.scale({position: 'bottomleft', imperial: false, maxWidth: 150}).addTo(map);

  /* ---- the side column: boxes on a wide screen, buttons and one sheet on a narrow one ---- */
  var side = stopEvents(el('div', 'geo-side')), tabs = el('div', 'geo-tabs'), boxes = {}, narrow = null, activeTab = null;
  tabs.setAttribute('role', 'toolbar'); tabs.setAttribute('aria-label', 'Map panels');
  function box(id, title, openWide) {
    var sec = el('section', 'geo-panel geo-box geo-' + id), h = el('h3'), head = el('button', 'geo-head'), body = el('div', 'body');
    var tab = el('button', 'geo-tab', title);
    head.type = 'button'; tab.type = 'button';
    head.appendChild(el('span', null, title)); head.appendChild(el('span', 'geo-caret'));
    h.appendChild(head); sec.appendChild(h); sec.appendChild(body);
    body.id = 'geo-box-' + id; head.setAttribute('aria-controls', body.id); tab.setAttribute('aria-controls', body.id);
    var b = {sec: sec, body: body, head: head, tab: tab, openWide: openWide, title: title, pending: []};
    function setOpen(open) {
      b.openWide = open; body.hidden = !open; head.setAttribute('aria-expanded', String(open));
      shown(b);
    }
    b.setOpen = setOpen;
    // Run fn when the box is first shown (now, if it is): what only an open box shows need not be
    // made before (a map of 5,000 routes has 5,000 route checkboxes).
    b.whenOpen = function (fn) { b.pending.push(fn); shown(b); };
    head.addEventListener('click', function () {
      setOpen(body.hidden);
      side.classList.toggle('geo-wide-table', !boxes.reports.body.hidden);
      // A box opened on a short screen: the others fold, so that it shows more than its first lines.
      if (!body.hidden && side.scrollHeight > side.clientHeight + 1) {
        Object.keys(boxes).forEach(function (k) { if (boxes[k] !== b && !boxes[k].body.hidden) { boxes[k].setOpen(false); } });
      }
    });
    tab.addEventListener('click', function () { openTab(activeTab === id ? null : id); });
    setOpen(openWide);
    side.appendChild(sec); tabs.appendChild(tab);
    boxes[id] = b;
    return b;
  }
  function openTab(id) {
    activeTab = id;
    Object.keys(boxes).forEach(function (k) {
      var b = boxes[k], on = k === id;
      b.sec.classList.toggle('active', on);
      b.tab.setAttribute('aria-expanded', String(on));
      b.tab.classList.toggle('on', on);
      if (narrow) { b.body.hidden = !on; shown(b); }
    });
  }
  function shown(b) {
    if (b.body.hidden) { return; }
    var todo = b.pending.splice(0);
    todo.forEach(function (fn) { fn(); });
  }
  function layout() {
    var size = map.getSize(), n = size.x < 800;
    if (n === narrow) { return; }
    narrow = n;
    container.classList.toggle('geo-narrow', n);
    if (n) { openTab(null); scale.setPosition('topleft'); }
    else {
      Object.keys(boxes).forEach(function (k) { boxes[k].setOpen(boxes[k].openWide); boxes[k].sec.classList.remove('active'); });
      side.classList.toggle('geo-wide-table', !boxes.reports.body.hidden);
      activeTab = null; scale.setPosition('bottomleft');
    }
  }
  var size0 = map.getSize();
  box('legend', 'Legend', size0.y >= 560);
  box('time', 'Time', size0.y >= 860);
  box('reports', 'Reports', false);
  box('layers', 'Layers', size0.x >= 1400 && size0.y >= 850);
  side.appendChild(tabs);
  container.appendChild(side);

  // Build note: input hash, gazetteer version (no timestamps), in one line that a click (or Enter)
  // opens whole; on a phone it is in the legend.
  if (D.note && D.note.length) {
    control('bottomleft', function () {
      var text = D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 ');
      var note = el('div', 'geo-note leaflet-control', text);
      note.title = text; note.tabIndex = 0; note.setAttribute('role', 'button'); note.setAttribute('aria-expanded', 'false');
      function toggle() { note.setAttribute('aria-expanded', String(note.classList.toggle('open'))); }
      note.addEventListener('click', toggle);
      note.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
      return stopEvents(note);
    });
  }

  // Where the map's free part ends on the right (container x): labels and popups stay left of it.
  function freeRight() { return narrow ? map.getSize().x - 8 : side.offsetLeft - 10; }
  return {container: container, titleBox: titleBox, offlineNote: offlineNote, side: side, tabs: tabs, boxes: boxes,
          narrow: function () { return narrow; }, freeRight: freeRight, layout: layout, openTab: openTab};
}
