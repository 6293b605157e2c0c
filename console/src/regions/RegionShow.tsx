import PeopleIcon from '@mui/icons-material/People';
import { Button, Typography } from '@mui/material';
import {
  DataTable, EditButton, LinkBase, Pagination, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField, TopToolbar,
  useRecordContext, useTranslate,
} from 'react-admin';
import { DayField } from '../shared/DayField';
import { monospace } from '../shared/styles';
import { RegionLevelField } from '../shared/EnumField';

/** From a county, township or village to the people who live there (the API keeps to the user's counties). */
const PeopleHereButton = () => {
  const region = useRecordContext<{ code: string; level: string }>();
  const translate = useTranslate();
  if (!region || !['COUNTY', 'TOWNSHIP', 'VILLAGE'].includes(region.level)) return null;
  // Exact filters where the API has them; regionCode (a code prefix) for townships.
  const byLevel: Record<string, Record<string, string>> = {
    COUNTY: { countyCode: region.code },
    TOWNSHIP: { regionCode: region.code },
    VILLAGE: { villageCode: region.code },
  };
  const filter = encodeURIComponent(JSON.stringify(byLevel[region.level]));
  return (
    <Button component={LinkBase} to={`/Policyholder?filter=${filter}`} size="small" startIcon={<PeopleIcon />}>
      {translate('resources.Region.fields.people')}
    </Button>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <PeopleHereButton />
    <EditButton />
  </TopToolbar>
);

/** One division with the divisions directly below it. */
export const RegionShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="code" sx={{ fontFamily: 'monospace' }} />
        <TextField source="name" />
        <RegionLevelField source="level" />
        <ReferenceField source="parentCode" reference="Region" link="show" emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <DayField source="validFrom" />
        <DayField source="validTo" emptyText="—" />
        <ReferenceManyField
          reference="Region"
          target="parentCode"
          label="resources.Region.fields.children"
          sort={{ field: 'code', order: 'ASC' }}
          perPage={50}
          pagination={<Pagination rowsPerPageOptions={[50]} />}
        >
          <DataTable
            rowClick="show"
            bulkActionButtons={false}
            empty={<Typography variant="body2" color="text.secondary">{translate('ra.navigation.no_results', { name: translate('resources.Region.name', { smart_count: 2 }) })}</Typography>}
          >
            <DataTable.Col source="code" cellSx={monospace} />
            <DataTable.Col source="name" />
            <DataTable.Col source="level" field={RegionLevelField} />
            <DataTable.Col source="validTo" disableSort field={DayField} />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
