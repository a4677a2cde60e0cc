import type { ErrorEntry } from '../registry.ts';

/** Operators, their secrets, sessions and approvals (gateway/auth, settlement/approval-records.ts). */
export const OPERATOR_CODES = {
  GW_OPERATOR_UNKNOWN: { status: 404, zh: '没有这个操作员编号，请由信息科先登记该操作员', en: 'No operator with this id; the IT office registers operators first (yibao-gateway operator add)' },
  GW_OPERATOR_EXISTS: { status: 409, zh: '该操作员编号已登记，如需修改请停用后重新登记或重置密码', en: 'An operator with this id is already registered; reset or disable it instead' },
  GW_OPERATOR_DISABLED: { status: 403, zh: '该操作员已停用，不能签到或审批，请联系信息科', en: 'This operator is disabled and may not sign in or approve; ask the IT office' },
  GW_OPERATOR_LOCKED: { status: 403, zh: '密码连续输错次数过多，该操作员已锁定，请由信息科重置密码（yibao-gateway operator reset）', en: 'Too many wrong secrets: this operator is locked; the IT office resets it (yibao-gateway operator reset)' },
  GW_OPERATOR_SECRET_WRONG: { status: 401, zh: '操作员编号或密码错误，请重新输入（连续输错将被锁定）', en: 'Wrong operator id or secret; try again (repeated failures lock the operator)' },
  GW_OPERATOR_NO_SECRET: { status: 403, zh: '该操作员没有登记密码，不能审批，请由信息科为其设置密码', en: 'This operator has no secret registered and cannot approve; the IT office sets one (yibao-gateway operator reset)' },
  GW_ROLE_NOT_ASSIGNED: { status: 403, zh: '操作员角色由信息科登记，签到时不能自行声明；审批和审计请本人在网关审批页或命令行输入密码', en: 'Roles are assigned by the IT office, never claimed at sign-in; approving and auditing take the person\'s own secret at the gateway\'s approval page or CLI' },
  GW_APPROVER_NOT_ALLOWED: { status: 403, zh: '该操作员不能审批这笔撤销（审批人不能是申请人、原结算收款员或审计员），请由其他有权限的人员审批', en: 'This operator may not approve this cancellation (not the requester, not the cashier who settled it, never an auditor); another entitled person must approve' },
  GW_SETTINGS_UNAPPROVED: { status: 503, zh: '涉及资金的设置（审批分级、离线限额等）已更改但未经两人审批，网关暂停服务；请两名操作员在网关上执行 yibao-gateway settings approve', en: 'Settings that govern money (approval tiers, offline limits, …) changed without two people\'s approval, so the gateway does not serve; two operators run yibao-gateway settings approve at the gateway' },
  GW_TWO_PEOPLE_REQUIRED: { status: 403, zh: '此项变更需两名不同的操作员（其中至少一名负责人）本人输入密码', en: 'This change needs two different operators, at least one a supervisor, each with their own secret' },
  GW_SESSION_EXPIRED: { status: 401, zh: '操作员长时间未操作，已自动签退，请重新签到', en: 'The operator session was idle too long and signed itself out; sign in again' },
} as const satisfies Record<string, ErrorEntry>;
