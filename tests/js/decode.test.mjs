// The blob decoded (geo/templates/geomap/decode.js): reports by place, legs as drawn.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decode, unpack} from '../../geo/templates/geomap/decode.js';
import {unprojLat} from '../../geo/templates/geomap/util.js';
import {blob} from './blob.mjs';

const RAD = Math.PI / 180;

// A unit vector of a point, computed here (not by the page).
function vec(lat, lon) {
  return [Math.cos(lat * RAD) * Math.cos(lon * RAD), Math.cos(lat * RAD) * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

test("a place's reports: earliest first, undated last, then by row", () => {
  const M = decode(blob({places: [{lat: 1, lon: 1}], stops: [
    {place: 0, name: 'a'}, {place: 0, name: 'b', date: '2024-10-20'}, {place: 0, name: 'c', date: '2024-10-08'}]}));
  assert.deepEqual(Array.from(M.pStops.slice(M.pStart[0], M.pStart[1])), [2, 1, 0]);
});

test('a leg is drawn along the great circle between its ends', () => {
  // Sevastopol to Vladivostok: a long leg, far from any straight line on the map.
  const A = {lat: 44.6167, lon: 33.5254}, B = {lat: 43.11667, lon: 131.9};
  const M = decode(blob({places: [A, B], stops: [{place: 0, name: 'S'}, {place: 1, name: 'V'}],
                         legs: [{a: 0, b: 1}]}));
  const a = vec(A.lat, A.lon), b = vec(B.lat, B.lon);
  const n = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const nl = Math.hypot(...n);
  const count = M.legOff[1] - M.legOff[0];
  assert.ok(count > 20, `only ${count} points`);
  let northmost = -90;
  for (let k = M.legOff[0]; k < M.legOff[1]; k++) {
    const lon = M.legXY[2 * k] / 256 * 360 - 180, lat = unprojLat(M.legXY[2 * k + 1]);
    const v = vec(lat, lon), off = Math.asin((v[0] * n[0] + v[1] * n[1] + v[2] * n[2]) / nl) / RAD;
    assert.ok(Math.abs(off) < 1e-6, `point ${k} is ${off}° off the great circle`);
    northmost = Math.max(northmost, lat);
  }
  assert.ok(northmost > 55.5, `the great circle bends north (to ${northmost.toFixed(1)}°)`);
  const first = [M.legXY[2 * M.legOff[0]], M.legXY[2 * M.legOff[0] + 1]];
  assert.ok(Math.abs(first[0] / 256 * 360 - 180 - A.lon) < 1e-9 && Math.abs(unprojLat(first[1]) - A.lat) < 1e-9);
});

test('a leg across the antimeridian stays whole, on one copy of the world', () => {
  const M = decode(blob({places: [{lat: 64.73, lon: 177.5}, {lat: 64.5, lon: -165.4}],
                         stops: [{place: 0, name: 'Anadyr'}, {place: 1, name: 'Nome'}], legs: [{a: 0, b: 1}]}));
  const xs = [];
  for (let k = M.legOff[0]; k < M.legOff[1]; k++) { xs.push(M.legXY[2 * k] / 256 * 360 - 180); }
  assert.ok(Math.abs(xs[xs.length - 1] - 194.6) < 1e-9, xs[xs.length - 1]);  // -165.4 + 360
  for (let i = 1; i < xs.length; i++) { assert.ok(xs[i] > xs[i - 1] && xs[i] - xs[i - 1] < 5); }
  assert.equal(M.legWrap[0], -1);  // drawn again one world to the west
});

test('a sea route is drawn through its given points', () => {
  const track = [44.6167, 33.5254, 41.2, 29.1, 36.0, 30.0, 34.889, 35.8866];
  const M = decode(blob({places: [{lat: 44.6167, lon: 33.5254}, {lat: 34.889, lon: 35.8866}],
                         stops: [{place: 0, name: 'S'}, {place: 1, name: 'T'}], legs: [{a: 0, b: 1, track}]}));
  const got = [];
  for (let k = M.legOff[0]; k < M.legOff[1]; k++) {
    got.push(+unprojLat(M.legXY[2 * k + 1]).toFixed(6), +(M.legXY[2 * k] / 256 * 360 - 180).toFixed(6));
  }
  assert.deepEqual(got, track);
});

test('columns packed by geo/render.py pack_columns are unpacked as they were', () => {
  const cols = {a: {all: 0, n: 3}, b: {d: [2, 1, 1, 5]}, c: [4, 5], e: {all: null, n: 2}};
  unpack(cols);
  assert.deepEqual(cols, {a: [0, 0, 0], b: [2, 3, 4, 9], c: [4, 5], e: [null, null]});
});

test("a report's days are read from its date texts", () => {
  const M = decode(blob({places: [{lat: 1, lon: 1}], stops: [
    {place: 0, name: 'a', date: '2024-10-08', reported: '2024-10'}, {place: 0, name: 'b'}]}));
  assert.deepEqual(M.ST.t, [20004, null]);
  assert.deepEqual(M.ST.tr, [19997, null]);
});
