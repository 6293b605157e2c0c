import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

interface EnumFieldProps extends FieldProps {
  /** The i18n group of the values: huimin.<kind>.<VALUE>. */
  kind: 'sex' | 'level' | 'role' | 'source' | 'category';
}

/** An enum value shown by its translated label. */
export const EnumField = ({ kind, ...props }: EnumFieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value == null || value === '') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`huimin.${kind}.${value}`, { _: String(value) })}
    </Typography>
  );
};

export const SexField = (props: FieldProps) => <EnumField {...props} kind="sex" />;
export const RegionLevelField = (props: FieldProps) => <EnumField {...props} kind="level" />;
export const CategorySourceField = (props: FieldProps) => <EnumField {...props} kind="source" />;
