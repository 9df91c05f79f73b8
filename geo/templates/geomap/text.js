/* The texts of places and reports, from the data's string table: what popups, labels and the
 * reports table say. Pure: tested alone in tests/js/. */

export function textsOf(M) {
  var S = M.S, ST = M.ST, P = M.P, pStart = M.pStart, pStops = M.pStops, NW = M.NW;
  function str(idx) { return S[idx] || ''; }
  // A place's name on the map: the gazetteer's name of its first report, else the name as reported.
  function placeLabel(p) {
    var first = pStops[pStart[p]], name = str(ST.gn[first]) || str(ST.nm[first]);
    return P.k[p] === 2 ? name + ' (country)' : name;
  }
  function doubtText(s) { return ST.dq ? str(ST.dq[s]) : ''; }
  function isNew(s) { return NW !== null && NW[s] === 1; }
  // A report's event date ("2024-10-08 – 2024-10-13") or reported date, or null.
  function dateText(s, which) {
    var a = which === 'reported' ? str(ST.rp[s]) : str(ST.ds[s]), b = which === 'reported' ? '' : str(ST.de[s]);
    if (!a) { return null; }
    return b && b !== a ? a + ' \u2013 ' + b : a;
  }
  return {str: str, placeLabel: placeLabel, doubtText: doubtText, isNew: isNew, dateText: dateText};
}
