import type { SxProps } from '@mui/material';

/** Codes and ID numbers line up in columns. */
export const monospace = (): SxProps => ({ fontFamily: 'monospace', whiteSpace: 'nowrap' });
