/** How a division reads in a picker: name and code (village names repeat across counties). */
export const regionOptionText = (region?: { name?: string; code?: string; id?: string }): string =>
  region ? `${region.name ?? ''} · ${region.code ?? region.id ?? ''}` : '';
