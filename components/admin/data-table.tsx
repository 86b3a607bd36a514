import type { ReactNode } from 'react';

export type Column<Row> = {
  /** The column's heading, already in the reader's language. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row for screen readers (a `th scope="row"`), usually the first. */
  rowHeader?: boolean;
  className?: string;
};

type Props<Row> = {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
  /** Names the table; visible, as a caption, when given. */
  caption?: ReactNode;
  /** Extra attributes for a row (a class that marks a failed message, say). */
  rowClassName?: (row: Row) => string | undefined;
};

/** The dashboard's table: headings once, a cell per column, a sentence when there is nothing to list. */
export function DataTable<Row>({ columns, rows, rowKey, empty, caption, rowClassName }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <table className="admin-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={i} className={c.className}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((c, i) =>
              c.rowHeader ? (
                <th scope="row" key={i} className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} className={c.className}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
