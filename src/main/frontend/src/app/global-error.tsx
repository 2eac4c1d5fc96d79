'use client';
// The last boundary: when the root layout itself fails, this replaces the whole document.
import '@radix-ui/themes/styles.css';
import { Flex, Theme } from '@radix-ui/themes';
import { Failed } from '@/ui/Failed';

export default function GlobalError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  return (
    <html lang="en">
      <body>
        <Theme accentColor="indigo" grayColor="slate" radius="medium">
          <Flex justify="center" p="6" asChild>
            <main id="main">
              <Failed error={error} reset={retry ?? reset} />
            </main>
          </Flex>
        </Theme>
      </body>
    </html>
  );
}
