// The page for an address that has none (the server sends it with 404 to browsers).
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import Link from 'next/link';
import { text } from '@/i18n/text';

export default function NotFound() {
  return (
    <Flex direction="column" align="start" gap="3" p="6" asChild>
      <main id="main">
        <Heading as="h1" size="6">
          {text.notFound.title}
        </Heading>
        <Text as="p" color="gray">
          {text.notFound.body}
        </Text>
        <Button asChild>
          <Link href="/">{text.states.startPage}</Link>
        </Button>
      </main>
    </Flex>
  );
}
