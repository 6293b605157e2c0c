import { parseResidentId } from '../../../api/src/people/resident-id';
import { todayInChina } from '../../../api/src/shared/dates';
import { messageIn } from '../shared/bilingual';

/**
 * A react-admin validator for the resident ID number (GB 11643): the same check as the server's, so a
 * mistyped digit is caught before saving. The fault is said in the user's language.
 */
export function residentIdValidator(locale: string) {
  return (value: unknown) => {
    if (value == null || value === '') return undefined;
    const check = parseResidentId(String(value), todayInChina());
    if (check.ok) return undefined;
    const fault = messageIn(locale, check.fault);
    return { message: 'huimin.validation.idNumber', args: { fault, _: fault } };
  };
}
