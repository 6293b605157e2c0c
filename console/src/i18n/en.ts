import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** The console's own messages; zh.ts must give every one of them (the type says so). */
export const appMessagesEn = {
  resources: {
    Region: {
      name: 'Division |||| Divisions',
      fields: {
        id: 'Code',
        code: 'Code',
        name: 'Name',
        level: 'Level',
        parentCode: 'Parent',
        parent: 'Parent',
        countyCode: 'County',
        validFrom: 'Valid from',
        validTo: 'Valid to',
        active: 'In use today',
        children: 'Divisions below',
        people: 'Policyholders living here',
        q: 'Search',
      },
      helper: {
        code: 'County: 6 digits, township: 9 digits, village: 12 digits. The parent must exist.',
        validTo: 'Set a date to retire the code; codes are never deleted.',
        active_true: 'In use',
        active_false: 'Retired',
      },
    },
    Policyholder: {
      name: 'Policyholder |||| Policyholders',
      fields: {
        id: 'No.',
        idNumber: 'Resident ID number',
        name: 'Name',
        sex: 'Sex',
        birthDate: 'Birth date',
        phone: 'Phone',
        countyCode: 'County',
        villageCode: 'Village',
        township: 'Township',
        householdId: 'Household',
        household: 'Household',
        version: 'Version',
        createdAt: 'Registered',
        updatedAt: 'Last changed',
        category: 'Category',
        categoryValidFrom: 'Category in force from',
        categoryHistory: 'Category history',
        periodCategory: 'Category',
        periodFrom: 'From',
        periodTo: 'To',
        periodSource: 'Source',
        q: 'Name or ID number',
        regionCode: 'Within division (code)',
      },
      sections: {
        identity: 'Identity',
        home: 'Home',
        category: 'Category',
        record: 'Record',
      },
      helper: {
        idNumber: '18 characters; sex and birth date are read from it.',
        idNumberReads: 'Reads as: %{sex}, born %{birthDate}, county %{county}.',
        phone: 'Mobile (11 digits) or landline such as 0834-1234567.',
        village: 'Type a village name or code.',
        category: 'A new category starts a new period; the history is kept.',
        categoryValidFrom: 'Empty means today.',
        household: 'Household no. %{householdNo}, head %{headName}',
        noHousehold: 'Not in a household',
      },
      history: {
        empty: 'Ordinary (no special category) since registration.',
        open: 'until further notice',
      },
    },
  },
  huimin: {
    app: {
      title: 'Huimin',
      subtitle: 'Rural health insurance administration',
    },
    category: {
      ORDINARY: 'Ordinary',
      TEKUN: 'Extreme poverty (Tekun)',
      DIBAO: 'Minimum allowance (Dibao)',
      DIBAO_EDGE: 'Near Dibao line',
      MONITORED: 'Monitored for relapse',
      RELAPSED: 'Relapsed into poverty',
      LIFTED: 'Lifted out of poverty',
    },
    sex: {
      MALE: 'Male',
      FEMALE: 'Female',
    },
    level: {
      PROVINCE: 'Province',
      CITY: 'Prefecture city',
      COUNTY: 'County',
      TOWNSHIP: 'Township',
      VILLAGE: 'Village',
    },
    role: {
      ADMIN: 'Administrator',
      PRODUCT_MANAGER: 'Product manager',
      CLAIMS_OFFICER: 'Claims officer',
      CLAIMS_SUPERVISOR: 'Claims supervisor',
      COUNTY_LEAD: 'County lead',
      AGENT: 'Agent',
    },
    source: {
      ROSTER: 'Roster',
      MANUAL: 'Entered by staff',
      SEED: 'Initial data',
    },
    scope: {
      all: 'All counties',
      counties: 'Counties: %{names}',
      label: 'Your scope',
    },
    locale: {
      switch: 'Language',
    },
    auth: {
      session_expired: 'Your session has ended; please sign in again.',
      signed_out: 'You have been signed out.',
    },
    errors: {
      stale: 'Someone else saved this record after you opened it. Reload the page to see their changes, then make yours again.',
      unauthenticated: 'Please sign in again.',
      forbidden: 'You are not allowed to do this.',
      network: 'The server could not be reached. Check the connection and try again.',
      server: 'The server answered with an error (HTTP %{status}).',
      reload: 'Reload',
    },
    form: {
      no_options: 'Nothing matches',
    },
    validation: {
      idNumber: 'The ID number %{fault}',
    },
    notifications: {
      created: 'Saved.',
      updated: 'Changes saved.',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      intro: 'Huimin administers the government-backed health programs of rural counties: basic medical insurance, critical illness insurance, medical assistance, prevent-poverty insurance and long-term care.',
      you_are: 'You are signed in as %{username}, with the role “%{role}”.',
      scope_all: 'You see the data of every county.',
      scope_some: 'You see the data of: %{names}.',
      people_in_scope: 'Policyholders you can see',
      vulnerable_in_scope: 'Of whom in a vulnerable category',
      can_title: 'What you can do here',
      open_people: 'Open policyholders',
      open_regions: 'Open divisions',
      register_person: 'Register a person',
      can: {
        ADMIN: 'Everything: register and correct policyholders, add, rename or retire division codes, and read every county.',
        PRODUCT_MANAGER: 'Maintain products, versions and schedules; read policyholders and divisions of every county.',
        CLAIMS_OFFICER: 'Review, approve, settle and reject claims in your counties; read their policyholders.',
        CLAIMS_SUPERVISOR: 'Everything a claims officer may do, plus the second approval of large settlements.',
        COUNTY_LEAD: 'Read your county: its policyholders, claims and portfolio. You cannot change records.',
        AGENT: 'Register people and correct their details and category at your service point, and file claims for them.',
      },
      read_only: 'Division codes are maintained by administrators; you can read them all.',
    },
  },
};

/** A message tree of the same shape, with strings in another language. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

const en: TranslationMessages = { ...englishMessages, ...appMessagesEn };

export default en;
