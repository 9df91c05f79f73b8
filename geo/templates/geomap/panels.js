/* Part of geomap.js, inside geoMapInit. Panels: title, full screen, layers, legend, note. */
    /* ---- controls ---- */
    function panel(cls) {
      var div = el('div', 'geo-panel leaflet-control ' + (cls || ''));
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
    function collapsible(div, title, body, open) {
      var h = el('h3', null, title), b = el('button', 'geo-toggle', open ? 'hide' : 'show');
      b.type = 'button';
      h.appendChild(b);
      div.appendChild(h); div.appendChild(body);
      body.hidden = !open;
      b.addEventListener('click', function () { body.hidden = !body.hidden; b.textContent = body.hidden ? 'show' : 'hide'; });
    }
    function swatchCanvas(w, h, paint) {
      var c = el('canvas'), dpr = window.devicePixelRatio || 1;
      c.width = w * dpr; c.height = h * dpr; c.style.width = w + 'px'; c.style.height = h + 'px';
      var ctx = c.getContext('2d'); ctx.scale(dpr, dpr); paint(ctx, w, h);
      return c;
    }
    function lineSwatch(st, md, arrow) {
      return swatchCanvas(40, 14, function (ctx, w, h) {
        var path = new Path2D(); path.moveTo(2, h / 2); path.lineTo(w - 2, h / 2);
        setLineStyle(ctx, st, md, false); ctx.stroke(path);
        ctx.setLineDash([]); ctx.globalAlpha = 1;
        if (arrow) {
          var a = new Path2D(); arrowHead(a, w / 2, h / 2, 1, 0, 6);
          ctx.fillStyle = statusStyle(st).color; ctx.fill(a);
        }
      });
    }
    function markerSwatch(st) { return swatchCanvas(20, 18, function (ctx) { drawMarker(ctx, 10, 9, 6, st); }); }
    function areaSwatch(st, outline) {
      return swatchCanvas(40, 18, function (ctx) {
        var s = areaStyle(ctx, st), path = new Path2D();
        if (outline) {
          path.moveTo(4, 12); path.lineTo(12, 3); path.lineTo(26, 4); path.lineTo(36, 9); path.lineTo(30, 16); path.lineTo(10, 16);
          path.closePath();
        } else { path.arc(20, 9, 7.5, 0, 2 * Math.PI); }
        ctx.globalAlpha = s.fill ? 0.14 : 0.08; ctx.fill(path); ctx.globalAlpha = 0.9; ctx.stroke(path);
        ctx.globalAlpha = 1; ctx.setLineDash([]);
      });
    }

    // Title, with the offline note under it.
    var titleBox = el('div', 'geo-title'), tpanel = el('div', 'geo-panel');
    tpanel.appendChild(el('h1', null, D.title || ''));
    tpanel.appendChild(el('p', null, 'Movements as reported by the cited sources \u00b7 click a place or line for the reports'));
    titleBox.appendChild(tpanel);
    offlineNote = el('div', 'geo-offline', bases.plain ? 'Tiles unavailable offline: showing country outlines'
      : 'Tiles unavailable: check the network connection');
    offlineNote.hidden = true;
    titleBox.appendChild(offlineNote);
    container.appendChild(titleBox);
    L.DomEvent.disableClickPropagation(titleBox);

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
    L.control.scale({position: 'bottomleft', imperial: false, maxWidth: 150}).addTo(map);

    // Layers: basemap, status, route.
    var statusTotals = statuses.map(function () { return 0; }), routeTotals = {};
    for (i = 0; i < nS; i++) { statusTotals[ST.st[i]]++; routeTotals[ST.rt[i]] = (routeTotals[ST.rt[i]] || 0) + 1; }
    control('topright', function () {
      var div = panel('geo-layers'), body = el('div');
      var sec = el('section'); sec.appendChild(el('h3', null, 'Basemap'));
      Object.keys(bases).forEach(function (name) {
        var label = el('label'), r = el('input');
        r.type = 'radio'; r.name = 'geo-base'; r.value = name;
        r.addEventListener('change', function () { if (r.checked) { fellBack = false; setBase(name); } });
        baseRadios[name] = r;
        label.appendChild(r); label.appendChild(el('span', 't', bases[name].label));
        sec.appendChild(label);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Status'));
      statuses.forEach(function (name, si) {
        sec.appendChild(checkbox(statusStyle(name).label, true, function (on) { statusOn[si] = on; update(); },
          statusTotals[si], markerSwatch(name)));
      });
      body.appendChild(sec);
      sec = el('section', 'geo-route-sec'); sec.appendChild(el('h3', null, 'Routes'));
      var list = el('div', 'geo-routes'), labels = [];
      if (routeIds.length > 8) {
        var search = el('input'); search.type = 'search'; search.placeholder = 'Filter routes';
        search.addEventListener('input', function () {
          var q = search.value.toLowerCase();
          labels.forEach(function (l) { l[0].hidden = q !== '' && l[1].toLowerCase().indexOf(q) < 0; });
        });
        sec.appendChild(search);
      }
      routeIds.forEach(function (r) {
        var name = S[r] || '(no route)';
        var l = checkbox(name, true, function (on) { routeOn[r] = on ? 1 : 0; update(); }, routeTotals[r] || 0);
        labels.push([l, name]); list.appendChild(l);
      });
      sec.appendChild(list);
      body.appendChild(sec);
      collapsible(div, 'Layers', body, true);
      return div;
    });

    // Legend a reader understands without documentation.
    control('bottomright', function () {
      var div = panel('geo-legend'), body = el('div');
      function line(sw, text) { var r = el('div', 'row'); r.appendChild(sw); r.appendChild(el('span', null, text)); return r; }
      var sec = el('section'); sec.appendChild(el('h3', null, 'Colour = how sure'));
      statuses.forEach(function (s) {
        var r = el('div', 'row'); r.appendChild(markerSwatch(s)); r.appendChild(lineSwatch(s, 'road', false));
        r.appendChild(el('b', null, statusStyle(s).label)); r.appendChild(el('span', 'hint', statusStyle(s).hint)); sec.appendChild(r);
      });
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Line = how they moved'));
      var grid = el('div', 'grid2');
      modes.forEach(function (m) { grid.appendChild(line(lineSwatch('confirmed', m, false), modeStyle(m).label)); });
      sec.appendChild(grid);
      sec.appendChild(line(lineSwatch('reported', 'road', true), 'Arrow: direction of movement'));
      body.appendChild(sec);
      sec = el('section'); sec.appendChild(el('h3', null, 'Places'));
      sec.appendChild(line(markerSwatch('confirmed'), 'Dot: a named town or point (bigger = more reports)'));
      sec.appendChild(line(markerSwatch('claimed'), 'Hollow dot: claimed or denied'));
      sec.appendChild(line(areaSwatch('reported', false), 'Dashed circle: approximate area; the place is somewhere inside'));
      sec.appendChild(line(areaSwatch('reported', true), 'Dashed outline: only the country is known'));
      body.appendChild(sec);
      body.appendChild(el('div', 'foot', 'Everything shown is as reported by the cited sources; click for each report.'));
      var size = map.getSize();
      collapsible(div, 'Legend', body, size.x >= 1000 && size.y >= 720);
      return div;
    });

    // Build note: input hash, gazetteer version (no timestamps).
    if (D.note && D.note.length) {
      control('bottomleft', function () {
        return el('div', 'geo-note leaflet-control', D.note.map(function (kv) { return kv[0] + ': ' + kv[1]; }).join(' \u00b7 '));
      });
    }

