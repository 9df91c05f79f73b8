/* The texts of places and reports, from the data's string table: what popups, labels and the
 * reports table say. Pure: tested alone in tests/js/. */

import {fmtInt} from './util.js';

// A distance as a reader would say it: to 2 significant figures from 100 km (2,334.7 -> 2,300), else
// to the kilometre (at least 1).
export function roundKm(km) {
  if (km >= 100) { var unit = Math.pow(10, Math.floor(Math.log10(km)) - 1); return Math.round(km / unit) * unit; }
  return Math.max(1, Math.round(km));
}

// Place kinds as the table and the list of features name them (P.k: point, circle, outline, water).
export const KIND_NAME = ['place', 'area', 'country', 'water'];

// What moved, by class (geo/places.py): as the Layers box and popups name them.
export const MOVED_LABEL = {'': 'Not stated', people: 'People', materiel: 'Materiel', both: 'People and materiel'};
// What a class was derived from when the row does not give it (geo.places.moved_of).
const MOVED_FROM = {what: 'what moved', troops: 'the troop number', 'what and troops': 'what moved and the troop number'};

export function textsOf(M) {
  var S = M.S, ST = M.ST, P = M.P, NW = M.NW;
  function str(idx) { return S[idx] || ''; }
  // A place's name on the map: the gazetteer's name in its English form, or the name as reported
  // (geo/render.py place_label).
  function placeLabel(p) { return P.k[p] === 2 ? str(P.lb[p]) + ' (country)' : str(P.lb[p]); }
  // How approximate a place is, said plainly: an area's size is its radius, rounded.
  function approxText(p) {
    var k = P.k[p];
    if (k === 1) {
      return 'Approximate: the report names an area, not a place. It lies somewhere inside the dashed circle, ' +
        'within about ' + fmtInt(roundKm(P.r[p])) + ' km of its centre.';
    }
    if (k === 2) { return 'Approximate: only the country is known. The place could be anywhere inside the dashed outline.'; }
    if (k === 3) {
      return 'A sea, strait or lake: the report names the water, not a place in it. The symbol marks a ' +
        'conventional point of it.';
    }
    return null;
  }
  // What sort of place it is, as the table and the list of features say it: "air base", "area" ...
  function kindName(p) { return M.pSym[p] ? M.pSym[p].label.toLowerCase() : KIND_NAME[P.k[p]]; }
  function doubtText(s) { return ST.dq ? str(ST.dq[s]) : ''; }
  function isNew(s) { return NW !== null && NW[s] === 1; }
  // What moved as reported, its class ("" when nothing says, or the file does not say), and the class in
  // words, saying what it was derived from when the row does not give it (geo.places.moved_of).
  function whatText(s) { return M.moved ? str(ST.wt[s]) : ''; }
  function movedClass(s) { return M.moved ? M.moved[ST.wh[s]] || '' : ''; }
  function movedText(s) {
    var c = movedClass(s), from = M.moved ? str(ST.wd[s]) : '';
    if (!c) { return null; }
    return MOVED_LABEL[c] + (from ? ' (derived from ' + (MOVED_FROM[from] || from) + '; the row does not say)' : '');
  }
  // A report's event date ("2024-10-08 – 2024-10-13") or reported date, or null.
  function dateText(s, which) {
    var a = which === 'reported' ? str(ST.rp[s]) : str(ST.ds[s]), b = which === 'reported' ? '' : str(ST.de[s]);
    if (!a) { return null; }
    return b && b !== a ? a + ' \u2013 ' + b : a;
  }
  return {str: str, placeLabel: placeLabel, approxText: approxText, kindName: kindName, doubtText: doubtText, isNew: isNew, dateText: dateText,
          whatText: whatText, movedClass: movedClass, movedText: movedText};
}
