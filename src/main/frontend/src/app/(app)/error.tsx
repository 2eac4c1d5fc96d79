'use client';
// The error boundary of the signed-in screens: inside the shell, so the navigation stays.
import { Failed } from '@/ui/Failed';

export default function AppRouteError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  return <Failed error={error} reset={retry ?? reset} />;
}
