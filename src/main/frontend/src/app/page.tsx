'use client';
import { useEffect } from 'react';
import { join } from '@/session/tokens';

// The app's front door: signed in (in this tab or another open one) to the dashboard, else to sign in.
export default function Home() {
  useEffect(() => {
    void join().then((signedIn) => window.location.replace(signedIn ? '/dashboard/' : '/signin/'));
  }, []);
  return null;
}
