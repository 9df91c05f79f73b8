/* Part of geomap.js, inside geoMapInit. The page's layout and its panels: the title (top left),
 * one column of collapsible boxes on the right (legend, time, reports, layers) that cannot
 * overlap one another, and on a narrow screen (a phone) the same boxes folded into a row of
 * buttons at the bottom, one open at a time, so the map keeps most of the screen. */
    /* ---- controls ---- */
    function stopEvents(div) {
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
    function swatchCanvas(w, h, paint) {
      var c = el('canvas'), dpr = window.devicePixelRatio || 1;
      c.width = w * dpr; c.height = h * dpr; c.style.width = w + 'px'; c.style.height = h + 'px';
      var ctx = c.getContext('2d'); ctx.scale(dpr, dpr); paint(ctx, w, h);
      return c;
    }
    function lineSwatch(st, md, arrow, wc) {
      return swatchCanvas(40, 14, function (ctx, w, h) {
        var path = new Path2D(); path.moveTo(2, h / 2); path.lineTo(w - 2, h / 2);
        setLineStyle(ctx, st, md, false, false, wc); ctx.stroke(path);
        ctx.setLineDash([]); ctx.globalAlpha = 1;
        if (arrow) {
          var a = new Path2D(); arrowHead(a, w / 2, h / 2, 1, 0, 6);
          ctx.fillStyle = statusStyle(st).color; ctx.fill(a);
        }
      });
    }
    function markerSwatch(st, ring) {
      return swatchCanvas(20, 18, function (ctx) {
        drawMarker(ctx, 10, 9, ring ? 4.5 : 6, st);
        if (ring) { doubtRing(ctx, 10, 9, 4.5); }
      });
    }
    function areaSwatch(st, outline) {
      return swatchCanvas(40, 18, function (ctx) {
        areaStyle(ctx, st);
        var path = new Path2D();
        if (outline) {
          path.moveTo(4, 12); path.lineTo(12, 3); path.lineTo(26, 4); path.lineTo(36, 9); path.lineTo(30, 16); path.lineTo(10, 16);
          path.closePath();
        } else { path.arc(20, 9, 7.5, 0, 2 * Math.PI); }
        ctx.fillStyle = hatch(ctx, st); ctx.globalAlpha = 0.6; ctx.fill(path); ctx.globalAlpha = 0.8; ctx.stroke(path);
        ctx.globalAlpha = 1; ctx.setLineDash([]);
      });
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
    titleBox.appendChild(tpanel);
    offlineNote = el('div', 'geo-offline', bases.plain ? 'Tiles unavailable offline: showing country outlines'
      : 'Tiles unavailable: check the network connection');
    offlineNote.hidden = true;
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
      var b = {sec: sec, body: body, head: head, tab: tab, openWide: openWide, title: title};
      function setOpen(open) {
        b.openWide = open; body.hidden = !open; head.setAttribute('aria-expanded', String(open));
      }
      b.setOpen = setOpen;
      head.addEventListener('click', function () { setOpen(body.hidden); });
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
        if (narrow) { b.body.hidden = !on; }
      });
    }
    function layout() {
      var size = map.getSize(), n = size.x < 800;
      if (n === narrow) { return; }
      narrow = n;
      container.classList.toggle('geo-narrow', n);
      if (n) { openTab(null); scale.setPosition('topleft'); }
      else {
        Object.keys(boxes).forEach(function (k) { boxes[k].setOpen(boxes[k].openWide); boxes[k].sec.classList.remove('active'); });
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

    // Layers: basemap, status, corroboration, what is new, route.
    var statusTotals = statuses.map(function () { return 0; }), routeTotals = {};
    for (i = 0; i < nS; i++) { statusTotals[ST.st[i]]++; routeTotals[ST.rt[i]] = (routeTotals[ST.rt[i]] || 0) + 1; }
    var toggles = {};
    (function (body) {
      var sec = el('section'); sec.appendChild(el('h4', null, 'Basemap'));
      Object.keys(bases).forEach(function (name) {
        var label = el('label'), r = el('input');
        r.type = 'radio'; r.name = 'geo-base'; r.value = name;
        r.addEventListener('change', function () { if (r.checked) { fellBack = false; setBase(name); } });
        baseRadios[name] = r;
        label.appendChild(r); label.appendChild(el('span', 't', bases[name].label));
        sec.appendChild(label);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h4', null, 'Status'));
      toggles.status = [];
      statuses.forEach(function (name, si) {
        var l = checkbox(statusStyle(name).label, true, function (on) { statusOn[si] = on; update(); },
          statusTotals[si], markerSwatch(name));
        toggles.status.push(l.querySelector('input'));
        sec.appendChild(l);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h4', null, 'Show'));
      var sepLabel = checkbox('Each report of a corroborated movement separately', false, function (on) { separate = on; update(); });
      toggles.separate = sepLabel.querySelector('input');
      sec.appendChild(sepLabel);
      if (nNew) {
        var newLabel = checkbox('Highlight what is new since the previous build', false, function (on) { showNew = on; update(); }, nNew);
        toggles.fresh = newLabel.querySelector('input');
        sec.appendChild(newLabel);
      }
      body.appendChild(sec);
      sec = el('section', 'geo-route-sec'); sec.appendChild(el('h4', null, 'Routes'));
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
      toggles.route = {};
      routeIds.forEach(function (r) {
        var name = S[r] || '(no route)';
        var l = checkbox(name, true, function (on) { routeOn[r] = on ? 1 : 0; update(); }, routeTotals[r] || 0);
        toggles.route[r] = l.querySelector('input');
        labels.push([l, name]); list.appendChild(l);
      });
      sec.appendChild(list);
      body.appendChild(sec);
    })(boxes.layers.body);

    // Legend a reader understands without documentation.
    (function (body) {
      function line(sw, text) { var r = el('div', 'row'); r.appendChild(sw); r.appendChild(el('span', null, text)); return r; }
      var sec = el('section'); sec.appendChild(el('h4', null, 'Colour = how sure'));
      statuses.forEach(function (s) {
        var r = el('div', 'row'); r.appendChild(markerSwatch(s)); r.appendChild(lineSwatch(s, 'road', false));
        r.appendChild(el('b', null, statusStyle(s).label)); r.appendChild(el('span', 'hint', statusStyle(s).hint)); sec.appendChild(r);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h4', null, 'Line = how they moved'));
      var grid = el('div', 'grid2');
      modes.forEach(function (m) { grid.appendChild(line(lineSwatch('confirmed', m, false), modeStyle(m).label)); });
      sec.appendChild(grid);
      sec.appendChild(line(lineSwatch('reported', 'road', true), 'Arrow: direction of movement'));
      sec.appendChild(line(lineSwatch('reported', 'road', false, 1), 'Thicker: more sources'));
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h4', null, 'Places'));
      sec.appendChild(line(markerSwatch('confirmed'), 'Dot: a named town or point'));
      sec.appendChild(line(markerSwatch('claimed'), 'Hollow dot: claimed or denied'));
      sec.appendChild(line(areaSwatch('reported', false), 'Hatched circle: an area only'));
      sec.appendChild(line(areaSwatch('reported', true), 'Hatched: only the country known'));
      sec.appendChild(line(markerSwatch('reported', true), 'Dashed ring: location to check'));
      body.appendChild(sec);
      body.appendChild(el('div', 'foot', 'More sources = independent ones: the same source twice counts once.'));
      if (D.note && D.note.length) {
        body.appendChild(el('div', 'foot geo-note-copy', D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 ')));
      }
    })(boxes.legend.body);

    // Build note: input hash, gazetteer version (no timestamps); on a phone it is in the legend.
    if (D.note && D.note.length) {
      control('bottomleft', function () {
        return el('div', 'geo-note leaflet-control', D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 '));
      });
    }
