import PeopleIcon from '@mui/icons-material/People';
import { PolicyholderCreate } from './PolicyholderCreate';
import { PolicyholderEdit } from './PolicyholderEdit';
import { PolicyholderList } from './PolicyholderList';
import { PolicyholderShow } from './PolicyholderShow';

/** The Policyholder resource (参保人). Only AGENT and ADMIN reach create/edit (authProvider.canAccess). */
export default {
  list: PolicyholderList,
  show: PolicyholderShow,
  create: PolicyholderCreate,
  edit: PolicyholderEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: { name?: string; idNumber?: string }) => `${record.name ?? ''}`,
};
