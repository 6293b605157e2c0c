import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  ArrayField, DataTable, DateField, EditButton, FunctionField, Labeled, ReferenceField, Show, TextField, TopToolbar,
  useLocale, useTranslate,
} from 'react-admin';
import type { ReactNode } from 'react';
import { DayField } from '../shared/DayField';
import { CategorySourceField, SexField } from '../shared/EnumField';
import { CategoryField } from './CategoryChip';

interface HouseholdValue {
  householdNo: string;
  headName: string;
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 340px' }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
          {translate(`resources.Policyholder.sections.${title}`)}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 2 }}>{children}</Box>
      </CardContent>
    </Card>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const ValidToField = () => {
  const translate = useTranslate();
  return <DayField source="validTo" emptyText={translate('resources.Policyholder.history.open')} />;
};

/** One person: identity, home (village and township), category now and its history, record data. */
export const PolicyholderShow = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const dateTimeLocale = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return (
    <Show actions={<ShowActions />}>
      <Box sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Section title="identity">
          <Labeled><TextField source="name" /></Labeled>
          <Labeled><TextField source="idNumber" sx={{ fontFamily: 'monospace' }} /></Labeled>
          <Labeled><SexField source="sex" /></Labeled>
          <Labeled><DayField source="birthDate" /></Labeled>
          <Labeled><TextField source="phone" emptyText="—" /></Labeled>
        </Section>
        <Section title="home">
          <Labeled label="resources.Policyholder.fields.countyCode">
            <ReferenceField source="countyCode" reference="Region" link="show"><TextField source="name" /></ReferenceField>
          </Labeled>
          <Labeled label="resources.Policyholder.fields.township">
            <ReferenceField source="villageCode" reference="Region" link={false}>
              <ReferenceField source="parentCode" reference="Region" link="show"><TextField source="name" /></ReferenceField>
            </ReferenceField>
          </Labeled>
          <Labeled label="resources.Policyholder.fields.villageCode">
            <ReferenceField source="villageCode" reference="Region" link="show">
              <FunctionField render={(village: { name: string; code: string }) => `${village.name} (${village.code})`} />
            </ReferenceField>
          </Labeled>
          <Labeled label="resources.Policyholder.fields.household">
            <FunctionField
              source="household"
              render={(person: { household?: HouseholdValue | null }) =>
                person.household
                  ? translate('resources.Policyholder.helper.household', { ...person.household })
                  : translate('resources.Policyholder.helper.noHousehold')
              }
            />
          </Labeled>
        </Section>
        <Card variant="outlined" sx={{ flex: '1 1 100%' }}>
          <CardContent>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                {translate('resources.Policyholder.sections.category')}
              </Typography>
              <CategoryField />
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('resources.Policyholder.fields.categoryHistory')}
            </Typography>
            <ArrayField source="categoryHistory">
              <DataTable
                bulkActionButtons={false}
                rowClick={false}
                empty={<Typography variant="body2" color="text.secondary">{translate('resources.Policyholder.history.empty')}</Typography>}
              >
                <DataTable.Col source="category" label="resources.Policyholder.fields.periodCategory" disableSort field={CategoryField} />
                <DataTable.Col source="validFrom" label="resources.Policyholder.fields.periodFrom" field={DayField} />
                <DataTable.Col source="validTo" label="resources.Policyholder.fields.periodTo" field={ValidToField} />
                <DataTable.Col source="source" label="resources.Policyholder.fields.periodSource" field={CategorySourceField} />
              </DataTable>
            </ArrayField>
          </CardContent>
        </Card>
        <Section title="record">
          <Labeled><TextField source="id" /></Labeled>
          <Labeled><TextField source="version" /></Labeled>
          <Labeled><DateField source="createdAt" showTime locales={dateTimeLocale} /></Labeled>
          <Labeled><DateField source="updatedAt" showTime locales={dateTimeLocale} /></Labeled>
        </Section>
      </Box>
    </Show>
  );
};
