'use client';
// The error boundary of the signed-in screens: inside the shell, so the navigation stays.
import { type BoundaryProps, Failed } from '@/ui/Failed';

export default function AppRouteError(props: BoundaryProps) {
  return <Failed {...props} />;
}
