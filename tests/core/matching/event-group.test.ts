import { describe, expect, test } from 'vitest';
import { eventGroup, GROUP_SIZE, LINK_FLOOR, pairScores } from '../../../core/matching/event-group';
import { EventIndex } from '../../../core/matching/event-index';
import { fingerprint } from '../../../core/matching/fingerprint';
import { MATCH_THRESHOLD, similarity } from '../../../core/matching/score';
import { mulberry32 } from '../../../scripts/seeded-random';

/** A symmetric score matrix from the upper triangle's rows: node 0 is the query. */
function matrix(upper: number[][]): Float64Array[] {
  const n = upper.length + 1;
  const m = Array.from({ length: n }, () => new Float64Array(n));
  upper.forEach((row, i) =>
    row.forEach((s, k) => {
      const j = i + 1 + k;
      m[i]![j] = s;
      m[j]![i] = s;
    }),
  );
  return m;
}

const T = 0.2;

describe('eventGroup: the accounts that hang together with the query', () => {
  test('a look-alike that resembles the query but none of its matches is left out', () => {
    // Candidates 0 and 1 report the query's event and resemble each other; 2 resembles the query only.
    const pair = matrix([
      [0.6, 0.55, 0.25],
      [0.7, 0.02],
      [0.03],
    ]);
    const members = eventGroup(pair, [0.6, 0.55, 0.25], T);
    expect(members.map((m) => m.at)).toEqual([0, 1]);
  });

  test('the same look-alike alone with the query is listed: there is nothing to weigh it against', () => {
    const members = eventGroup(matrix([[0.25]]), [0.25], T);
    expect(members).toEqual([{ at: 0, score: 0.25, via: null }]);
  });

  test('an account below the threshold with the query joins through a strong match, at the linkage, with the link named', () => {
    const pair = matrix([[0.6, 0.12], [0.6]]);
    const members = eventGroup(pair, [0.6, 0.12], T);
    expect(members).toEqual([
      { at: 0, score: 0.6, via: null },
      { at: 1, score: (0.12 + 0.6) / 2, via: 0 },
    ]);
  });

  test('weak links do not chain: a candidate tied only to a joined one, weakly, stays out', () => {
    const pair = matrix([[0.5, 0.02], [0.3]]);
    // Average linkage of candidate 1 to {query, 0} is (0.02 + 0.3) / 2 = 0.16 < T.
    expect(eventGroup(pair, [0.5, 0.02], T).map((m) => m.at)).toEqual([0]);
  });

  describe('cohesion: two tight groups loosely tied are two stories', () => {
    // The query and candidate 0 report one story, candidates 1 and 2 another of the same
    // topic: each pair at 0.8, every pair across at 0.35.
    const pair = matrix([
      [0.8, 0.35, 0.35],
      [0.35, 0.35],
      [0.8],
    ]);
    const direct = [0.8, 0.35, 0.35];

    test('without it, average linkage merges the two groups', () => {
      expect(eventGroup(pair, direct, T).map((m) => m.at)).toEqual([0, 1, 2]);
    });

    test('at 0.5 the groups need 0.4 (half their own 0.8) to merge, and stay apart', () => {
      expect(eventGroup(pair, direct, T, 0.5).map((m) => m.at)).toEqual([0]);
    });

    test('one account joining a group needs only the threshold', () => {
      const single = matrix([[0.8, 0.3], [0.3]]);
      expect(eventGroup(single, [0.8, 0.3], T, 0.5).map((m) => m.at)).toEqual([0, 1]);
    });

    test('a tie as strong as the groups themselves still merges them', () => {
      const tight = matrix([
        [0.8, 0.5, 0.5],
        [0.5, 0.5],
        [0.8],
      ]);
      expect(eventGroup(tight, [0.8, 0.5, 0.5], T, 0.5).map((m) => m.at)).toEqual([0, 1, 2]);
    });
  });

  test('nothing to group gives nothing', () => {
    expect(eventGroup(matrix([]), [], T)).toEqual([]);
    expect(eventGroup(matrix([[0.1, 0.1], [0.15]]), [0.1, 0.1], T)).toEqual([]);
  });

  test('on random matrices: scores never below the threshold, best first, each candidate once, the link always listed', () => {
    const rand = mulberry32(7);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rand() * 12);
      const upper = Array.from({ length: n }, (_, i) => Array.from({ length: n - i }, () => rand() * 0.6));
      const direct = upper[0]!.slice();
      const members = eventGroup(matrix(upper), direct, T, rand() < 0.5 ? 0 : 0.5);
      const listed = new Set(members.map((m) => m.at));
      expect(listed.size).toBe(members.length);
      for (const m of members) {
        expect(m.score).toBeGreaterThanOrEqual(T);
        expect(m.score).toBeGreaterThanOrEqual(direct[m.at]!);
        expect(m.via === null).toBe(direct[m.at]! >= T);
        if (m.via !== null) expect(listed.has(m.via)).toBe(true);
      }
      expect(members.map((m) => m.score)).toEqual(members.map((m) => m.score).sort((a, b) => b - a));
    }
  });
});

describe('pairScores', () => {
  test('is symmetric, both directions of each pair averaged, the query row from the scores given', () => {
    const index = new EventIndex();
    const texts = [
      ['Varga shuts harbour crossings', 'Mayor Ilse Varga said "every crossing stays shut until checked" after the Kessel Bridge fell.'],
      ['Kessel Bridge falls in Norvik', 'Part of the Kessel Bridge fell into Norvik harbour. "Every crossing stays shut until checked," Varga said.'],
      ['Norvik budget passes', 'The Norvik council passed its budget on Monday.'],
    ];
    texts.forEach(([title, text], i) => index.add({ id: `a${i}`, title: title!, text: text!, outlet: null, url: null, date: null }));
    const [q, ...cands] = [0, 1, 2].map((i) => index.fingerprintOf(`a${i}`)!);
    const direct = cands.map((c) => similarity(q!, c, index));
    const pair = pairScores(q!, cands, direct, index);
    expect(pair[0]![1]).toBeCloseTo((direct[0]! + similarity(cands[0]!, q!, index)) / 2, 12);
    expect(pair[1]![2]).toBeCloseTo((similarity(cands[0]!, cands[1]!, index) + similarity(cands[1]!, cands[0]!, index)) / 2, 12);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(pair[i]![j]).toBe(pair[j]![i]);
  });
});

describe('the index lists the query’s group', () => {
  const at = (day: number) => new Date(Date.UTC(2025, 2, day, 12)).toISOString();
  // Two reports of one rehab admission, and a third of another star's admission the same week.
  // What keeps the third out is the names only the first two share ("Mira Halden", "Solace
  // Clinic", "Tomas Ek"): with the name bonus at 1.25 and multi-word names at half weight,
  // its score with halden-1 rises from 0.22 to 0.32, its average linkage with the pair to
  // 0.22, and it is listed (so it is, too, in a library of the 723 allsides-dev accounts).
  const accounts = [
    {
      id: 'halden-1',
      title: 'Actress Mira Halden checks into Solace Clinic',
      text: 'Actress Mira Halden has checked into the Solace Clinic in Brevik for treatment, her agent Tomas Ek said on Friday. "She asks for privacy," Ek said.',
    },
    {
      id: 'halden-2',
      title: 'Mira Halden enters Solace Clinic, agent says',
      text: 'Mira Halden is being treated at the Solace Clinic in Brevik, agent Tomas Ek confirmed. "She asks for privacy," he said.',
    },
    {
      id: 'oster-1',
      title: 'Actor Lev Oster checks into rehab clinic',
      text: 'Actor Lev Oster has checked into a clinic in Dunmore for treatment, his manager said on Friday.',
    },
  ];
  const index = new EventIndex();
  for (const a of accounts) index.add({ ...a, outlet: null, url: null, date: at(7) });

  test('an account of the other star’s admission is not listed with the first star’s, though it scores the threshold with one of them', () => {
    const fp = (id: string) => index.fingerprintOf(id)!;
    expect(similarity(fp('halden-1'), fp('oster-1'), index)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(index.query('halden-1').map((m) => m.id)).toEqual(['halden-2']);
    expect(index.query('halden-2').map((m) => m.id)).toEqual(['halden-1']);
  });

  test('every listed score is at least the threshold given, and the reasons carry it', () => {
    for (const id of ['halden-1', 'halden-2', 'oster-1']) {
      for (const m of index.query(id, { minScore: 0.1 })) {
        expect(m.score).toBeGreaterThanOrEqual(0.1);
        expect(m.reasons.score).toBe(m.score);
      }
    }
  });

  test('the group is bounded: a story held 50 times lists at most GROUP_SIZE', () => {
    const big = new EventIndex();
    for (let i = 0; i < 50; i++) big.add({ ...accounts[0]!, id: `copy-${i}`, outlet: null, url: null, date: at(7) });
    expect(big.query('copy-0', { limit: 100 }).length).toBe(GROUP_SIZE);
    expect(LINK_FLOOR).toBeLessThan(0.2);
  });

  test('a probe fingerprint not in the library is grouped the same way', () => {
    const probe = fingerprint({ ...accounts[0]!, id: 'probe', outlet: null, url: null, date: at(7) });
    expect(index.query(probe).map((m) => m.id)).toEqual(['halden-1', 'halden-2']);
  });
});
