import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import RouteError from '@/app/error';
import NotFound from '@/app/not-found';
import AppRouteError from '@/app/(app)/error';
import { renderScreen } from '@/testing/render';

describe('the error boundaries', () => {
  it.each([
    ['every route', RouteError],
    ['the signed-in routes, inside the shell', AppRouteError],
  ])('of %s say what happened in words and offer to try again', (_, Boundary) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reset = vi.fn();
    renderScreen(<Boundary error={new RangeError('Invalid time value')} reset={reset} />);
    screen.getByRole('heading', { name: 'This page stopped working' });
    expect(screen.queryByText(/Invalid time value/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Go to the start page' }).getAttribute('href')).toBe('/');
  });
});

describe('the 404 page', () => {
  it('says the page does not exist and leads back', () => {
    renderScreen(<NotFound />);
    screen.getByRole('heading', { name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the start page' }).getAttribute('href')).toBe('/');
  });
});
