import { pino } from 'pino';

/** JSON logs on stdout (pino: fast, structured); quiet under tests unless LOG_LEVEL says otherwise. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'huimin' },
  redact: ['req.headers.authorization', 'password', '*.password', '*.passwordHash'],
});
