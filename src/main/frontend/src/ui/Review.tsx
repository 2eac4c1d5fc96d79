'use client';
// The review step before a booking or a move is sent: what will happen, in words, and nothing is
// sent until Confirm. Back returns to the choices with everything kept.
import { text } from '@/i18n/text';
import { Button, DataList, Flex, Text } from '@radix-ui/themes';
import type { Problem } from '@/api/problems';
import { ProblemCallout } from './States';

export function Review({
  rows,
  confirm,
  busy,
  problem,
  onBack,
  onConfirm,
}: {
  rows: [string, React.ReactNode][];
  confirm: string;
  busy: boolean;
  problem: Problem | null;
  onBack: () => void;
  onConfirm: () => void;
}) {
  return (
    <Flex direction="column" gap="3">
      <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }}>
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.Label minWidth="7rem">{label}</DataList.Label>
            <DataList.Value>{value}</DataList.Value>
          </DataList.Item>
        ))}
      </DataList.Root>
      <Text size="2" color="gray" highContrast>
        {text.review.nothingSent(confirm)}
      </Text>
      <ProblemCallout problem={problem} />
      <Flex gap="2" justify="end" wrap="wrap">
        <Button type="button" variant="soft" color="gray" highContrast onClick={onBack} disabled={busy}>
          {text.review.back}
        </Button>
        <Button type="button" onClick={onConfirm} loading={busy}>
          {confirm}
        </Button>
      </Flex>
    </Flex>
  );
}
