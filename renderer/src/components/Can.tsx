import type { ReactNode } from 'react';
import type { MethodName } from '../../../shared/contract';
import { useCan } from '../app/SessionContext';

/**
 * Shows its children only to a signed-in role that may call `method` (a viewer sees no write
 * buttons). A convenience, not the control: the core checks the role on every call.
 */
export function Can({
  method,
  children,
  otherwise = null,
}: {
  method: MethodName;
  children: ReactNode;
  /** What a role without the right sees instead, if anything. */
  otherwise?: ReactNode;
}) {
  return <>{useCan(method) ? children : otherwise}</>;
}
