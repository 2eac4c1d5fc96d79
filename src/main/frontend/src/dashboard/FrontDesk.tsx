'use client';
// The front desk's day: who is waiting, in the order they arrived and for whom, and who is still
// expected today, with the steps to take when they arrive.
import { text } from '@/i18n/text';
import { Flex, Heading } from '@radix-ui/themes';
import { useState } from 'react';
import type { Problem } from '@/api/problems';
import { ExpectedArrivals } from '@/queue/ExpectedArrivals';
import { TodayQueue } from '@/queue/TodayQueue';
import { useNow } from '@/queue/useNow';
import { useToday } from '@/queue/useToday';
import { Loaded, ProblemCallout } from '@/ui/States';
import { Section } from './Section';

export function FrontDesk() {
  const today = useToday();
  const now = useNow();
  const [problem, setProblem] = useState<Problem | null>(null);
  const changed = () => {
    setProblem(null);
    void today.reload();
  };
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="6">
        {text.dashboard.hospitalTitle}
      </Heading>
      <ProblemCallout problem={problem} />
      <Loaded load={today} what={text.dashboard.loadingToday} empty="" isEmpty={() => false}>
        {(all) => (
          <Flex direction="column" gap="4">
            <Section title={text.dashboard.waitingNow}>
              <TodayQueue
                appointments={all}
                now={now}
                clinician={false}
                label={text.dashboard.waitingNow}
                empty={text.dashboard.noOneWaiting}
                onChanged={changed}
                onProblem={setProblem}
              />
            </Section>
            <Section title={text.dashboard.stillExpected}>
              <ExpectedArrivals appointments={all} onChanged={changed} onProblem={setProblem} />
            </Section>
          </Flex>
        )}
      </Loaded>
    </Flex>
  );
}
