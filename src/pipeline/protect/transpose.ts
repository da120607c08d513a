/**
 * Compressed sparse rows turned around: for each column, the rows it appears in, ascending (a
 * counting sort). Row `r` holds `members[starts[r]]` … `members[starts[r + 1] − 1]`; column `c`'s
 * rows are then `rows[columnStarts[c]]` … `rows[columnStarts[c + 1] − 1]`. The relation index
 * (cell → relations) and a block's model (variable → constraints, fixed-outside.ts) both use it.
 */
export function transpose(starts: Int32Array, members: Int32Array, columnCount: number): { columnStarts: Int32Array; rows: Int32Array } {
  const columnStarts = new Int32Array(columnCount + 1);
  for (const column of members) columnStarts[column + 1]!++;
  for (let column = 0; column < columnCount; column++) columnStarts[column + 1]! += columnStarts[column]!;
  const rows = new Int32Array(members.length);
  const next = columnStarts.slice(0, columnCount);
  for (let row = 0; row + 1 < starts.length; row++) {
    for (let at = starts[row]!; at < starts[row + 1]!; at++) rows[next[members[at]!]!++] = row;
  }
  return { columnStarts, rows };
}
