'use client';
// The last boundary: when the root layout itself fails, this replaces the whole document.
import '@radix-ui/themes/styles.css';
import { Flex, Theme } from '@radix-ui/themes';
import { type BoundaryProps, Failed } from '@/ui/Failed';

export default function GlobalError(props: BoundaryProps) {
  return (
    <html lang="en">
      <body>
        <Theme accentColor="indigo" grayColor="slate" radius="medium">
          <Flex justify="center" p="6" asChild>
            <main id="main">
              <Failed {...props} />
            </main>
          </Flex>
        </Theme>
      </body>
    </html>
  );
}
