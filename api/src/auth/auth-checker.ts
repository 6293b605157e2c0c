import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Role } from '../../../schema/domain-values';
import type { RequestContext } from '../shared/context';
import { Forbidden, Unauthenticated } from '../shared/errors';

/**
 * `@Authorized()` = any signed-in user; `@Authorized('PRODUCT_MANAGER')` = those roles (ADMIN may do
 * everything). Throws the contract's errors itself so clients always see UNAUTHENTICATED or FORBIDDEN.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    const user = context.user;
    if (!user) throw new Unauthenticated();
    if (roles.length === 0 || user.role === 'ADMIN' || roles.includes(user.role)) return true;
    throw new Forbidden(`This needs one of the roles ${roles.join(', ')}; you are ${user.role}. 您的角色无权执行此操作。`);
  }
}
