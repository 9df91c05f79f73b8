// What popups and labels say (geo/templates/geomap/text.js), from a blob.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decode} from '../../geo/templates/geomap/decode.js';
import {roundKm, textsOf} from '../../geo/templates/geomap/text.js';
import {blob} from './blob.mjs';

test("an area's radius is said as a reader would, rounded", () => {
  assert.deepEqual([2334.7, 1234, 800, 120, 99.6, 12.4, 0.2].map(roundKm), [2300, 1200, 800, 120, 100, 12, 1]);
});

test('an area says its size is a radius; a country and a sea say what they are', () => {
  const M = decode(blob({
    places: [{lat: 52, lon: 36, k: 1, r: 2334.7, label: 'western Russia'}, {lat: 40, lon: 127, k: 2, r: 300, label: 'North Korea'},
             {lat: 35, lon: 18, k: 3, r: 1200, label: 'Mediterranean Sea'}, {lat: 34.9, lon: 35.9, label: 'Tartus'}],
    stops: [0, 1, 2, 3].map((p) => ({place: p, name: 'x'}))}));
  const t = textsOf(M);
  assert.equal(t.approxText(0), 'Approximate: the report names an area, not a place. It lies somewhere inside the dashed ' +
    'circle, within about 2,300 km of its centre.');
  assert.ok(!/km/.test(t.approxText(1)) && /dashed outline/.test(t.approxText(1)));
  assert.ok(/sea, strait or lake/.test(t.approxText(2)) && !/km/.test(t.approxText(2)));
  assert.equal(t.approxText(3), null);
  assert.deepEqual([0, 1, 2, 3].map(t.placeLabel), ['western Russia', 'North Korea (country)', 'Mediterranean Sea', 'Tartus']);
});

test('what moved is said as reported, with its class and what the class was derived from', () => {
  const M = decode(blob({places: [{lat: 43, lon: 132}], stops: [
    {place: 0, name: 'V', what: 'S-400 components', moved: 'materiel'},
    {place: 0, name: 'V', moved: 'people', movedFrom: 'troops'},
    {place: 0, name: 'V', what: 'Oreshnik'}]}));
  const t = textsOf(M);
  assert.deepEqual([0, 1, 2].map(t.whatText), ['S-400 components', '', 'Oreshnik']);
  assert.deepEqual([0, 1, 2].map(t.movedClass), ['materiel', 'people', '']);
  assert.equal(t.movedText(0), 'Materiel');
  assert.equal(t.movedText(1), 'People (derived from the troop number; the row does not say)');
  assert.equal(t.movedText(2), null);
  const plain = textsOf(decode(blob({places: [{lat: 43, lon: 132}], stops: [{place: 0, name: 'V'}]})));
  assert.deepEqual([plain.whatText(0), plain.movedClass(0), plain.movedText(0)], ['', '', null]);
});
