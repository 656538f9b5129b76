import type { ReactNode } from 'react';

/** An error announced as soon as it appears (role=alert is an assertive live region). */
export function ErrorText({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="notice notice-error" role="alert">
      {children}
    </div>
  );
}

/** A calm confirmation, announced politely. */
export function StatusText({ children }: { children: ReactNode }) {
  return (
    <div className={children ? 'notice notice-success' : undefined} role="status">
      {children}
    </div>
  );
}
