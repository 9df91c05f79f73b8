// The page's rules of evidence (geo/templates/geomap/rules.js), alone.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {contested, distinctSources, evidence, evidenceText, weightClass} from '../../geo/templates/geomap/rules.js';

test('the same source twice is one source', () => {
  const keys = [0, 0, 1, 0];  // reports 0, 1 and 3 have one source identity
  assert.equal(distinctSources(keys, [0, 1]), 1);
  assert.equal(distinctSources(keys, [0, 1, 2, 3]), 2);
  assert.equal(distinctSources(keys, []), 0);
});

test('a line is thicker with each independent source, up to three', () => {
  assert.deepEqual([0, 1, 2, 3, 7].map(weightClass), [0, 0, 1, 2, 2]);
});

test('a denial is counter-evidence: counted apart, never as a source of what it denies', () => {
  // Reports 0-3: NIS reports, Zelenskyy claims, Putin denies, NIS again (status indexes: 1, 2, 3, 1).
  const keys = [0, 1, 2, 0], statusOf = [1, 2, 3, 1];
  const e = evidence(keys, statusOf, 3, [0, 1, 2, 3]);
  assert.deepEqual(e, {support: 2, deny: 1});
  assert.ok(contested(e));
  assert.equal(evidenceText(e), 'Contested: 2 independent sources report it, 1 denies it');
  assert.equal(evidenceText(evidence(keys, statusOf, 3, [0, 3])), null);  // one source, said twice
  assert.equal(evidenceText({support: 3, deny: 0}), 'Corroborated: 3 independent sources report it');
  assert.equal(evidenceText({support: 1, deny: 2}), 'Contested: 1 independent source reports it, 2 deny it');
  assert.equal(evidenceText({support: 0, deny: 2}), '2 independent sources deny it');
  assert.ok(!contested({support: 0, deny: 2}));
});

test('legs are counted by the source of the report of their arrival', () => {
  // Legs 0-2 end at stops 5, 6, 7, whose sources are keys 0, 1, 1.
  const keys = {5: 0, 6: 1, 7: 1}, legEnd = [5, 6, 7], legStatus = [2, 3, 3];
  assert.deepEqual(evidence(keys, legStatus, 3, [0, 1, 2], legEnd), {support: 1, deny: 1});
});
