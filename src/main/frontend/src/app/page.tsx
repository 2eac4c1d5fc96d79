'use client';
import { useEffect } from 'react';
import { hasSession } from '@/session/tokens';

export default function Home() {
  useEffect(() => {
    window.location.replace(hasSession() ? '/dashboard/' : '/signin/');
  }, []);
  return null;
}
