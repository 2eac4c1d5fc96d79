import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { server } from '@/testing/server';
import PatientPage from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

describe('a patient link', () => {
  it.each(['/patients/view/', '/patients/view/?id=', '/patients/view/?id=nonsense'])(
    'that names no patient (%s) says so, and asks the server nothing',
    async (url) => {
      const sent = server({});
      renderScreen(<PatientPage />, url);
      await screen.findByText('This link names no patient. Open the patient from the list.');
      expect(sent).toHaveLength(0);
    },
  );
});
