import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, Title, useGetIdentity, useGetList, useGetMany, useLocale, useTranslate } from 'react-admin';
import type { Role } from '../../../schema/domain-values';
import { canEditPeople } from '../shared/permissions';

const Figure = ({ label, value }: { label: string; value: number | undefined }) => (
  <Card variant="outlined" sx={{ flex: '1 1 220px' }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" sx={{ fontVariantNumeric: 'tabular-nums' }}>{value === undefined ? '…' : value.toLocaleString()}</Typography>
    </CardContent>
  </Card>
);

/** Home page: who you are, which counties you see, what you may do, and how many people that is. */
export const Dashboard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const countyCodes: string[] = identity?.allCounties ? [] : ((identity?.countyCodes as string[] | undefined) ?? []);
  const { data: counties } = useGetMany('Region', { ids: countyCodes }, { enabled: countyCodes.length > 0 });
  const { total: people } = useGetList('Policyholder', { pagination: { page: 1, perPage: 1 } });
  const { total: ordinary } = useGetList('Policyholder', { pagination: { page: 1, perPage: 1 }, filter: { category: 'ORDINARY' } });
  if (!identity) return null;
  const names = countyCodes.map((code) => counties?.find((county) => county.id === code)?.name ?? code).join('、');
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Card>
        <CardContent>
          <Typography variant="h5" gutterBottom>{translate('huimin.dashboard.welcome', { name: identity.fullName })}</Typography>
          <Typography variant="body1" color="text.secondary" gutterBottom>{translate('huimin.dashboard.intro')}</Typography>
          <Typography variant="body1">
            {translate('huimin.dashboard.you_are', { username: identity.username, role: role ? translate(`huimin.role.${role}`) : '' })}
            {locale === 'zh' ? '' : ' '}
            {identity.allCounties ? translate('huimin.dashboard.scope_all') : translate('huimin.dashboard.scope_some', { names })}
          </Typography>
        </CardContent>
      </Card>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Figure label={translate('huimin.dashboard.people_in_scope')} value={people} />
        <Figure label={translate('huimin.dashboard.vulnerable_in_scope')} value={people !== undefined && ordinary !== undefined ? people - ordinary : undefined} />
      </Box>
      <Card>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('huimin.dashboard.can_title')}</Typography>
          {role && <Typography variant="body1" gutterBottom>{translate(`huimin.dashboard.can.${role}`)}</Typography>}
          {role !== 'ADMIN' && <Typography variant="body2" color="text.secondary">{translate('huimin.dashboard.read_only')}</Typography>}
          <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
            <Button variant="contained" component={LinkBase} to="/Policyholder">{translate('huimin.dashboard.open_people')}</Button>
            {canEditPeople(role) && (
              <Button variant="outlined" component={LinkBase} to="/Policyholder/create">{translate('huimin.dashboard.register_person')}</Button>
            )}
            <Button variant="outlined" component={LinkBase} to="/Region">{translate('huimin.dashboard.open_regions')}</Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
