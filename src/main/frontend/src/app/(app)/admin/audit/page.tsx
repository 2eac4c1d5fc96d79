'use client';
import { AuditLog } from '@/audit/AuditLog';

export default function Audit() {
  return <AuditLog />;
}
