/**
 * "Is there another report that starts at or before B and ends at or after E?", asked once per report by the
 * passes that look for an outer report around an inner one. Asked by walking every report, a long article
 * (thousands of reports in one paragraph) made those passes quadratic. Here the reports are sorted by start
 * once, with the running largest end (and the largest end of any other report), so each question is a binary
 * search. It only says whether such a report exists: callers keep their own walk for which one, and take it
 * only when the answer is yes (rarely), so what they find is unchanged.
 */
export type EnclosingTest = (bound: number, inclusive: boolean, end: number, except?: object) => boolean;

export function enclosingReports(reports: readonly { start: number; end: number }[]): EnclosingTest {
  const order = reports.map((_, i) => i).sort((a, b) => reports[a]!.start - reports[b]!.start);
  const starts = order.map((i) => reports[i]!.start);
  // best[k]: the report with the largest end among the first k + 1 by start; second[k]: the largest end of any other report there.
  const best: number[] = [];
  const second: number[] = [];
  let top = -1;
  let other = -Infinity;
  for (const i of order) {
    const end = reports[i]!.end;
    if (top < 0 || end > reports[top]!.end) {
      if (top >= 0) other = reports[top]!.end;
      top = i;
    } else if (reports[i] !== reports[top] && end > other) other = end;
    best.push(top);
    second.push(other);
  }
  return (bound, inclusive, end, except) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? starts[mid]! <= bound : starts[mid]! < bound) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return false;
    const widest = reports[best[lo - 1]!]!;
    return (widest === except ? second[lo - 1]! : widest.end) >= end;
  };
}
