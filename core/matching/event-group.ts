/**
 * Which of a query's candidates report its event, decided together instead of one pair at
 * a time. Pairwise scores alone are miscalibrated from one story to the next: two reports
 * of different rehab admissions share "rehab", "actress" and a clinic's name, while two
 * reports of one election may share only the country. Judged with one another, the
 * accounts of one event hang together (each resembles the others) and the look-alikes of
 * another event do not. So the query and its best candidates are clustered by average
 * linkage, stopping below the threshold, and the query's cluster is the listing:
 * - an account that resembles the query but not the accounts the query resembles most is
 *   left out (a same-kind event);
 * - an account that misses the threshold with the query yet matches the query's own
 *   matches strongly is listed, with the account that links it (a headline-only report
 *   that shares little with a long one).
 * On ECB+ (scripts/eval-match.ts) this raised F1 in every variant, most in the hardest.
 *
 * Cost: at most groupSize (30) candidates, so at most groupSize² / 2 extra comparisons of
 * cached vectors and groupSize merges of a small matrix: well under a millisecond.
 */
import { similarity, type CorpusStats } from './score';
import type { Fingerprint } from './fingerprint';
import { defaultTuning, type MatchTuning } from './tuning';

/** Candidates scoring at least this with the query take part in the grouping (shipped tuning). */
export const LINK_FLOOR = defaultTuning.group.linkFloor;
/** The candidates grouped at most, best first (shipped tuning). */
export const GROUP_SIZE = defaultTuning.group.groupSize;

export interface Member {
  /** Position in the candidates given. */
  at: number;
  /** The pair's own score, or the linkage at which its cluster joined the query's when higher: never below the threshold. */
  score: number;
  /** Position of the listed candidate that links it, when its own score is below the threshold. */
  via: number | null;
}

/**
 * Symmetric scores between the query (node 0) and its candidates (node i + 1), for
 * eventGroup: the quote term depends on which side's quotes are looked up, so each pair
 * counts both directions. `direct[i]` is similarity(query, candidates[i]), already known.
 */
export function pairScores(query: Fingerprint, candidates: readonly Fingerprint[], direct: readonly number[], stats: CorpusStats, tuning: MatchTuning = defaultTuning): Float64Array[] {
  const fps = [query, ...candidates];
  const n = fps.length;
  const pair = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const forward = i === 0 ? direct[j - 1]! : similarity(fps[i]!, fps[j]!, stats, tuning);
      const s = (forward + similarity(fps[j]!, fps[i]!, stats, tuning)) / 2;
      pair[i]![j] = s;
      pair[j]![i] = s;
    }
  }
  return pair;
}

/**
 * The candidates in the query's event at `threshold`, best first. `pair` holds symmetric
 * scores between nodes, node 0 the query and node i + 1 candidate i (see pairScores);
 * `direct[i]` is candidate i's own score with the query, as listed. Pass only candidates
 * at or above the tuning's linkFloor (or the threshold, if lower), at most its groupSize.
 */
export function eventGroup(pair: readonly Float64Array[], direct: readonly number[], threshold: number, cohesion = 0): Member[] {
  const n = direct.length + 1;
  // Average linkage with Lance-Williams updates on a copy; a cluster is named by its lowest member.
  const link = pair.map((row) => Float64Array.from(row));
  const size = new Array<number>(n).fill(1);
  /** Mean linkage of the pairs inside each cluster (0 for one account). */
  const inner = new Float64Array(n);
  const alive = new Array<boolean>(n).fill(true);
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  /** Linkage at which each node's cluster joined the query's, for nodes that joined. */
  const joined = new Float64Array(n).fill(-1);
  for (;;) {
    let best = -Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        // Two stories of one topic each gather their own accounts first; joining two such
        // groups takes more than adding one account to a group.
        const needed = size[i]! > 1 && size[j]! > 1 ? Math.max(threshold, cohesion * Math.min(inner[i]!, inner[j]!)) : threshold;
        if (alive[j] && link[i]![j]! >= needed && link[i]![j]! > best) {
          best = link[i]![j]!;
          a = i;
          b = j;
        }
      }
    }
    if (a < 0) break;
    // Merge b into a (a < b, so the query's cluster stays named 0).
    if (a === 0) for (let k = 1; k < n; k++) if (clusterOf[k] === b) joined[k] = best;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const merged = (size[a]! * link[a]![k]! + size[b]! * link[b]![k]!) / (size[a]! + size[b]!);
      link[a]![k] = merged;
      link[k]![a] = merged;
    }
    const pairsA = (size[a]! * (size[a]! - 1)) / 2;
    const pairsB = (size[b]! * (size[b]! - 1)) / 2;
    const across = size[a]! * size[b]!;
    inner[a] = (pairsA * inner[a]! + pairsB * inner[b]! + across * best) / (pairsA + pairsB + across);
    size[a] = size[a]! + size[b]!;
    alive[b] = false;
    for (let k = 0; k < n; k++) if (clusterOf[k] === b) clusterOf[k] = a;
  }

  const members: Member[] = [];
  for (let k = 1; k < n; k++) {
    if (clusterOf[k] !== 0) continue;
    const own = direct[k - 1]!;
    let via: number | null = null;
    if (own < threshold) {
      let closest = -Infinity;
      for (let m = 1; m < n; m++) {
        if (m !== k && clusterOf[m] === 0 && pair[k]![m]! > closest) {
          closest = pair[k]![m]!;
          via = m - 1;
        }
      }
    }
    members.push({ at: k - 1, score: Math.min(1, Math.max(own, joined[k]!)), via });
  }
  return members.sort((x, y) => y.score - x.score || x.at - y.at);
}
