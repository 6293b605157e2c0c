import MapIcon from '@mui/icons-material/Map';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

/** The Region resource (行政区划): read by everyone; only ADMIN reaches create/edit (authProvider.canAccess). */
export default {
  list: RegionList,
  show: RegionShow,
  create: RegionCreate,
  edit: RegionEdit,
  icon: MapIcon,
  recordRepresentation: (record: { name?: string; code?: string }) => `${record.name ?? ''} (${record.code ?? ''})`,
};
