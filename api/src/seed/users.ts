import type { Role } from '../../../schema/domain-values';

/** The demo users of CONTRACT.md (and an agent at a 普格县 service point). Demo only: never in production. */
export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  countyCodes: string[] | 'ALL';
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', password: 'huimin-admin', displayName: '系统管理员', role: 'ADMIN', countyCodes: 'ALL' },
  { username: 'manager', password: 'huimin-manager', displayName: '产品经理 周敏', role: 'PRODUCT_MANAGER', countyCodes: 'ALL' },
  { username: 'officer', password: 'huimin-officer', displayName: '理赔专员 李娜', role: 'CLAIMS_OFFICER', countyCodes: ['513428', '371728'] },
  { username: 'supervisor', password: 'huimin-supervisor', displayName: '理赔主管 王强', role: 'CLAIMS_SUPERVISOR', countyCodes: 'ALL' },
  { username: 'lead', password: 'huimin-lead', displayName: '普格县负责人 吉克', role: 'COUNTY_LEAD', countyCodes: ['513428'] },
  { username: 'agent', password: 'huimin-agent', displayName: '代办员 阿牛', role: 'AGENT', countyCodes: ['513428'] },
];
