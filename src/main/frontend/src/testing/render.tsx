// A screen rendered as the app renders it: inside Radix's theme.
import { Theme } from '@radix-ui/themes';
import { render } from '@testing-library/react';

export function renderScreen(screen: React.ReactElement, url = '/') {
  window.history.replaceState(null, '', url);
  return render(<Theme>{screen}</Theme>);
}
