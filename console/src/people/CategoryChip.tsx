import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { Category } from '../../../schema/domain-values';

/** One colour per category: the vulnerable ones stand out, ordinary people stay grey. */
export const CATEGORY_COLOURS: Record<Category, { background: string; color: string }> = {
  ORDINARY: { background: '#eceff1', color: '#37474f' },
  TEKUN: { background: '#ffcdd2', color: '#b71c1c' },
  DIBAO: { background: '#ffe0b2', color: '#a84300' },
  DIBAO_EDGE: { background: '#fff3c4', color: '#6d5200' },
  MONITORED: { background: '#bbdefb', color: '#0d47a1' },
  RELAPSED: { background: '#e1bee7', color: '#5e1a73' },
  LIFTED: { background: '#c8e6c9', color: '#1b5e20' },
};

export const CategoryChip = ({ category }: { category: Category }) => {
  const translate = useTranslate();
  const colours = CATEGORY_COLOURS[category] ?? CATEGORY_COLOURS.ORDINARY;
  return (
    <Chip
      size="small"
      label={translate(`huimin.category.${category}`, { _: category })}
      data-category={category}
      sx={{ ...colours, fontWeight: 500 }}
    />
  );
};

/** The category of a record (field `category` by default) as a coloured chip. */
export const CategoryField = (props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const value = useFieldValue({ ...props, source: props.source ?? 'category' }) as Category | undefined;
  return value ? <CategoryChip category={value} /> : null;
};
