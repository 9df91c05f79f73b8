// A map data blob (the JSON geo/render.py map_data writes) made from a few plain records, for
// testing the page's modules alone. Only the columns the modules read are filled.
export const STATUSES = ['confirmed', 'reported', 'claimed', 'denied'];
export const MODES = ['sea', 'air', 'rail', 'road', 'unknown'];
export const MOVED = ['', 'people', 'materiel', 'both'];

// places: [{lat, lon, k (0 point, 1 circle, 2 outline, 3 water), r (km), label, kind}];
// stops: [{place (index), name, source, status, date ('YYYY-MM-DD'), reported, route, row, kind, what, moved
//          ('people', 'materiel', 'both'), movedFrom ('what', 'troops' ...)}]: what moved only when a stop says it;
// legs: [{a, b (stop indexes), status, mode, group (first leg of its group), track ([lat, lon, ...])}].
export function blob({places, stops, legs = []}) {
  const strings = [''], index = {'': 0};
  const T = (text) => {
    text = text || '';
    if (!(text in index)) { index[text] = strings.length; strings.push(text); }
    return index[text];
  };
  const fold = (s) => (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\W_]+/g, ' ').trim();
  const keys = {};
  const col = (f) => stops.map(f);
  const moved = stops.some((s) => s.what || s.moved) ? MOVED : null;
  const what = moved ? {wh: col((s) => MOVED.indexOf(s.moved || '')), wt: col((s) => T(s.what)),
                        wd: col((s) => T(s.movedFrom))} : {};
  return {
    v: 1, title: 't', note: [], modes: MODES, statuses: STATUSES, ...(moved ? {moved} : {}), grid: 0.05, bounds: null, fb: null,
    s: strings,
    p: {lat: places.map((p) => p.lat), lon: places.map((p) => p.lon), k: places.map((p) => p.k || 0),
        r: places.map((p) => p.r || 0), ol: places.map(() => -1), lb: places.map((p) => T(p.label)),
        t: places.map((p) => T(p.kind))},
    st: {
      pl: col((s) => s.place), nm: col((s) => T(s.name)), rt: col((s) => T(s.route)), sq: col((s) => s.seq ?? null),
      ds: col((s) => T(s.date)), de: col(() => 0), rp: col((s) => T(s.reported)), md: col(() => -1), tp: col((s) => s.troops ?? null),
      st: col((s) => STATUSES.indexOf(s.status || 'reported')), so: col((s) => T(s.source)), ur: col(() => 0),
      ul: col(() => 0), nt: col(() => 0), pc: col(() => 0), rk: col(() => null), rw: col((s, i) => s.row ?? i + 2),
      ex: col(() => 0), gn: col((s) => T(s.located)), gp: col(() => 0), gm: col(() => 0), gs: col(() => 1),
      gc: col(() => 0), gq: col(() => 0), dq: col(() => 0), nw: col(() => 0),
      sk: col((s) => { const k = fold(s.source); return k in keys ? keys[k] : (keys[k] = Object.keys(keys).length); }),
      ...what
    },
    xs: [[]], lo: [],
    lg: {
      a: legs.map((l) => l.a), b: legs.map((l) => l.b), md: legs.map((l) => MODES.indexOf(l.mode || 'unknown')),
      st: legs.map((l) => STATUSES.indexOf(l.status || 'reported')), km: legs.map(() => null),
      rt: legs.map((l) => T(l.route)), ix: legs.map((l, i) => i + 1), pk: legs.map(() => 0),
      pt: legs.map((l) => l.track || null), cg: legs.map((l, i) => l.group ?? i)
    },
    ol: [], bm: null
  };
}
