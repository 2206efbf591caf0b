/**
 * Turns what can go wrong while Porter starts into one line that says what to do. A newcomer
 * who mistyped a setting should read a sentence, not a stack trace.
 */
type StartupSettings = { port: number; host: string; dataDir: string; databaseUrl: string | undefined };

type ErrorWithCode = Error & { code?: string; syscall?: string; path?: string };

export function describeStartupError(error: unknown, settings: StartupSettings): string | null {
  const err = rootCause(error);
  const code = err.code;
  const database = settings.databaseUrl ? describeDatabase(settings.databaseUrl) : null;
  if (code === 'EADDRINUSE') return `Port ${settings.port} is already in use: stop the program using it, or start Porter on another port with PORT=…`;
  if (code === 'EADDRNOTAVAIL' || (code === 'ENOTFOUND' && err.syscall === 'getaddrinfo' && !database)) {
    return `HOST=${settings.host} is not an address of this machine: use 127.0.0.1 (this machine only) or 0.0.0.0 (every network).`;
  }
  if (code === 'EACCES' && err.syscall === 'listen') return `Port ${settings.port} needs administrator rights: use a port above 1023 with PORT=…, behind a reverse proxy.`;
  if (database) {
    const message = describeDatabaseError(err, database);
    if (message) return message;
  }
  if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC'].includes(code)) {
    return `DATA_DIR=${settings.dataDir} cannot be used (${plainFileError(code)}): choose a folder Porter may write to.`;
  }
  if (err.message.startsWith('unable to open database file') || (err as { errcode?: number }).errcode === 14) {
    return `DATA_DIR=${settings.dataDir} cannot hold the database (the file cannot be opened): choose a folder Porter may write to.`;
  }
  return null;
}

function describeDatabaseError(err: ErrorWithCode, database: { where: string; name: string }): string | null {
  switch (err.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `Cannot reach PostgreSQL at ${database.where} (DATABASE_URL): check that it is running and that the address is right.`;
    case '3D000':
      return `PostgreSQL at ${database.where} has no database "${database.name}": create it (createdb ${database.name}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${database.where} refused the user and password in DATABASE_URL: check them.`;
    case '42501':
      return `The PostgreSQL user in DATABASE_URL may not create tables in "${database.name}": grant it, or use the database's owner.`;
    default:
      return null;
  }
}

function describeDatabase(url: string): { where: string; name: string } {
  try {
    const parsed = new URL(url);
    return { where: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`, name: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres' };
  } catch {
    return { where: 'the address in DATABASE_URL', name: 'postgres' };
  }
}

function plainFileError(code: string): string {
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOTDIR: 'a file is in the way of the folder',
    EEXIST: 'a file is in the way of the folder',
    ENOSPC: 'the disk is full',
  };
  return words[code] ?? code;
}

// Migrations and drivers wrap the error that matters; the innermost one names the cause.
function rootCause(error: unknown): ErrorWithCode {
  let current: ErrorWithCode = error instanceof Error ? error : new Error(String(error));
  while (current.cause instanceof Error && !current.code) current = current.cause as ErrorWithCode;
  if (current instanceof AggregateError && current.errors[0] instanceof Error) return current.errors[0] as ErrorWithCode;
  return current;
}
