'use client';
// Vital signs read out in clinical order with units; a value outside the adult range carries the
// word High or Low (and the range), so the flag survives greyscale print and screen readers.
import { text } from '@/i18n/text';
import { Badge, DataList, Flex, Text } from '@radix-ui/themes';
import { readVitals, type Vitals } from './vitals';

export function VitalsList({ vitals, adult }: { vitals: Vitals | undefined; adult: boolean }) {
  const readings = readVitals(vitals, { adult });
  if (readings.length === 0) return <Text color="gray">{text.patients.vitals.none}</Text>;
  return (
    <Flex direction="column" gap="2">
      <DataList.Root size="2" aria-label={text.patients.vitals.region}>
        {readings.map((r) => (
          <DataList.Item key={r.key}>
            <DataList.Label minWidth="130px">{r.name}</DataList.Label>
            <DataList.Value>
              <Flex gap="2" align="center" wrap="wrap">
                <Text weight={r.flag ? 'bold' : 'regular'}>
                  {r.value} {r.unit}
                </Text>
                {r.flag ? (
                  <>
                    <Badge highContrast color={r.flag === 'High' ? 'red' : 'blue'}>
                      {r.flag}
                    </Badge>
                    <Text size="1" color="gray" highContrast>
                      normal {r.normal}
                    </Text>
                  </>
                ) : null}
              </Flex>
            </DataList.Value>
          </DataList.Item>
        ))}
      </DataList.Root>
      {adult ? null : (
        <Text size="1" color="gray" highContrast>
          Not flagged: the normal ranges here are for adults.
        </Text>
      )}
    </Flex>
  );
}
