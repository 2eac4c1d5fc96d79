'use client';
// A table's column headers; an actions column is named for screen readers only.
import { Table } from '@radix-ui/themes';

export function TableHead({ columns, actions = false }: { columns: string[]; actions?: boolean }) {
  return (
    <Table.Header>
      <Table.Row>
        {columns.map((c) => (
          <Table.ColumnHeaderCell key={c}>{c}</Table.ColumnHeaderCell>
        ))}
        {actions ? (
          <Table.ColumnHeaderCell>
            <span className="skip-link">Actions</span>
          </Table.ColumnHeaderCell>
        ) : null}
      </Table.Row>
    </Table.Header>
  );
}
