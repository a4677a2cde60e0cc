import type { ErrorEntry } from '../registry.ts';

/**
 * Operations: backups, restore, verification, readiness. Read by the hospital's IT staff
 * (the CLI and /readyz), so each message says what to do next.
 */
export const OPS_CODES = {
  GW_BACKUP_FAILED: { status: 500, zh: '数据库备份失败，请检查备份目录的空间和权限', en: 'The database backup failed; check space and permissions of the backup directory' },
  GW_BACKUP_NOT_FOUND: { status: 404, zh: '找不到指定的备份，请用 yibao-gateway backup --list 查看', en: 'No such backup; list them with yibao-gateway backup --list' },
  GW_BACKUP_CORRUPT: { status: 500, zh: '备份文件已损坏（校验值不符），请改用更早的备份', en: 'The backup file is damaged (checksum mismatch); restore an earlier backup' },
  GW_RESTORE_REFUSED: { status: 409, zh: '拒绝恢复：数据库正在使用或已存在，请先停止网关服务，确认后加 --force', en: 'Restore refused: the database is in use or exists; stop the gateway service, then add --force' },
  GW_VERIFY_FAILED: { status: 500, zh: '数据库校验未通过（完整性或审计链），请立即联系信息科，勿继续结算', en: 'Database verification failed (integrity or audit chain); call the IT office before settling further' },
  GW_DATABASE_MISSING: { status: 404, zh: '该数据目录下没有网关数据库，请检查 --data-dir 或配置中的 dataDir（网关首次启动时才创建数据库）', en: 'There is no gateway database in this data directory; check --data-dir or dataDir in the configuration (the gateway creates it when it first starts)' },
  GW_PORT_IN_USE: { status: 500, zh: '端口已被占用，请停止占用该端口的程序（可能网关已在运行），或用 --port 换一个端口', en: 'The port is already in use; stop the program holding it (the gateway may already be running) or choose another with --port' },
} as const satisfies Record<string, ErrorEntry>;
