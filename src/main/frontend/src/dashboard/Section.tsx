// A dashboard's section: a heading that names the region, and its content.
import { Flex, Heading } from '@radix-ui/themes';
import { useId } from 'react';

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Flex asChild direction="column" gap="2">
      <section aria-labelledby={id}>
        <Heading as="h2" size="4" id={id}>
          {title}
        </Heading>
        {children}
      </section>
    </Flex>
  );
}
