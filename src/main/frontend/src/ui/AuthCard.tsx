'use client';
// The frame of the public screens (sign in, sign up, ...).
import { Box, Card, Flex, Heading } from '@radix-ui/themes';

export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Flex justify="center" p="6" asChild>
      <main id="main">
        <Box width="420px" maxWidth="100%">
          <Card size="3">
            <Heading as="h1" size="6" mb="4">
              {title}
            </Heading>
            {children}
          </Card>
        </Box>
      </main>
    </Flex>
  );
}
