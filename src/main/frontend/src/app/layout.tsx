import '@radix-ui/themes/styles.css';
import './globals.css';
import { Theme } from '@radix-ui/themes';
import type { Metadata } from 'next';
import { text } from '@/i18n/text';
import { THEME_SCRIPT } from '@/theme/theme';

export const metadata: Metadata = {
  title: text.app.name,
  description: text.app.description,
};

// The theme's script runs in <head>, before the body paints, so a dark choice never flashes white;
// it changes <html>'s class before React hydrates, hence suppressHydrationWarning (on <html> only).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Theme appearance="inherit" accentColor="indigo" grayColor="slate" radius="medium">
          {children}
        </Theme>
      </body>
    </html>
  );
}
