import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { Toasts, useToast } from './Toasts';

function SaveButton({ message }: { message: string }) {
  const toast = useToast();
  return <button onClick={() => toast(message)}>Save</button>;
}

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('say in the live region that an action completed, then leave by themselves', () => {
    renderScreen(
      <Toasts>
        <SaveButton message="Patient saved." />
      </Toasts>,
    );
    const region = screen.getByRole('status', { name: 'Notifications' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(region.textContent).toContain('Patient saved.');
    act(() => vi.advanceTimersByTime(6000));
    expect(region.textContent).not.toContain('Patient saved.');
  });

  it('go at once with their button, and keep at most three on screen', () => {
    renderScreen(
      <Toasts>
        <SaveButton message="Saved." />
      </Toasts>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    for (let i = 0; i < 4; i++) fireEvent.click(save);
    expect(screen.getAllByText('Saved.')).toHaveLength(3);
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]);
    expect(screen.getAllByText('Saved.')).toHaveLength(2);
  });
});
