import { Box, Chip, Tooltip } from '@mui/material';
import { useGetIdentity, useGetMany, useTranslate } from 'react-admin';

/** The signed-in user's role and counties, so nobody wonders why a list is shorter than expected. */
export const UserScope = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const countyCodes: string[] = identity?.allCounties ? [] : ((identity?.countyCodes as string[] | undefined) ?? []);
  const { data: counties } = useGetMany('Region', { ids: countyCodes }, { enabled: countyCodes.length > 0 });
  if (!identity) return null;
  const names = countyCodes.map((code) => counties?.find((county) => county.id === code)?.name ?? code).join('、');
  const scope = identity.allCounties ? translate('huimin.scope.all') : translate('huimin.scope.counties', { names });
  return (
    <Box sx={{ display: { xs: 'none', sm: 'flex' }, gap: 1, alignItems: 'center', mr: 1 }} data-testid="user-scope">
      <Chip size="small" label={translate(`huimin.role.${identity.role}`)} sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.6)' }} variant="outlined" />
      <Tooltip title={translate('huimin.scope.label')}>
        <Chip size="small" label={scope} sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.6)' }} variant="outlined" />
      </Tooltip>
    </Box>
  );
};
