import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import people from './people';
import regions from './regions';

/**
 * Wiring only. Who may write is decided by authProvider.canAccess (buttons and pages follow it); the
 * API enforces the same rules and the county scope. No `requireAuth`: with it, react-admin 5.15 and
 * React 19 loop between the login page and a logout for seconds on the first visit.
 */
export const App = () => (
  <Admin
    title="惠民 Huimin"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={theme}
    disableTelemetry
  >
    <Resource name="Policyholder" {...people} />
    <Resource name="Region" {...regions} />
  </Admin>
);
