// The page for an address that has none (the server sends it with 404 to browsers).
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import Link from 'next/link';

export default function NotFound() {
  return (
    <Flex direction="column" align="start" gap="3" p="6" asChild>
      <main id="main">
        <Heading as="h1" size="6">
          Page not found
        </Heading>
        <Text as="p" color="gray">
          There is no page at this address. The link may be mistyped, or the page may have moved.
        </Text>
        <Button asChild>
          <Link href="/">Go to the start page</Link>
        </Button>
      </main>
    </Flex>
  );
}
