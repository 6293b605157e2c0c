import type { CareForm, Sex } from '../../../schema/domain-values';

/**
 * Where the demo's residents are treated: township health centres (level 1), the county hospitals
 * (level 2), the prefecture city's hospital and a provincial one (level 3) — real hospitals with the
 * county code of where they stand — and the care providers of the long-term-care pilot.
 */

export interface Hospital {
  name: string;
  level: 1 | 2 | 3;
  countyCode: string;
  /** A provincial hospital takes the hardest cases only (cancer, heart attacks, brain haemorrhage). */
  provincial?: boolean;
}

export const HOSPITALS_BY_COUNTY: Record<string, Hospital[]> = {
  '513428': [
    { name: '普格县普基镇中心卫生院', level: 1, countyCode: '513428' },
    { name: '普格县螺髻山镇中心卫生院', level: 1, countyCode: '513428' },
    { name: '普格县人民医院', level: 2, countyCode: '513428' },
    { name: '普格县中医医院', level: 2, countyCode: '513428' },
    { name: '凉山彝族自治州第一人民医院', level: 3, countyCode: '513401' },
    { name: '四川大学华西医院', level: 3, countyCode: '510107', provincial: true },
  ],
  '371728': [
    { name: '东明县刘楼镇卫生院', level: 1, countyCode: '371728' },
    { name: '东明县陆圈镇卫生院', level: 1, countyCode: '371728' },
    { name: '东明县人民医院', level: 2, countyCode: '371728' },
    { name: '东明县中医医院', level: 2, countyCode: '371728' },
    { name: '菏泽市立医院', level: 3, countyCode: '371702' },
    { name: '山东省立医院', level: 3, countyCode: '370102', provincial: true },
  ],
  '371503': [
    { name: '茌平区博平镇卫生院', level: 1, countyCode: '371503' },
    { name: '茌平区乐平铺镇卫生院', level: 1, countyCode: '371503' },
    { name: '茌平区人民医院', level: 2, countyCode: '371503' },
    { name: '茌平区中医医院', level: 2, countyCode: '371503' },
    { name: '聊城市人民医院', level: 3, countyCode: '371502' },
    { name: '山东省立医院', level: 3, countyCode: '370102', provincial: true },
  ],
  '360402': [
    { name: '濂溪区莲花镇卫生院', level: 1, countyCode: '360402' },
    { name: '濂溪区姑塘镇卫生院', level: 1, countyCode: '360402' },
    { name: '九江市濂溪区人民医院', level: 2, countyCode: '360402' },
    { name: '九江市第一人民医院', level: 3, countyCode: '360403' },
    { name: '九江学院附属医院', level: 3, countyCode: '360403' },
    { name: '南昌大学第一附属医院', level: 3, countyCode: '360102', provincial: true },
  ],
};

/** The long-term-care providers of each county, by care form (a nursing home; a home-care service). */
export const CARE_PROVIDERS_BY_COUNTY: Record<string, Record<CareForm, string>> = {
  '513428': { INSTITUTIONAL: '普格县社会福利中心', HOME: '普格县居家养老护理服务中心' },
  '371728': { INSTITUTIONAL: '东明县颐养护理院', HOME: '东明县康乐居家护理服务中心' },
  '371503': { INSTITUTIONAL: '茌平区社会福利中心', HOME: '茌平区孝德居家护理服务站' },
  '360402': { INSTITUTIONAL: '濂溪区康养护理院', HOME: '濂溪区居家护理服务中心' },
};

export interface Diagnosis {
  /** ICD-10. */
  code: string;
  nameZh: string;
  /** Typical total cost of a stay at a level-2 hospital, yuan (a cancer stay is mostly a chemotherapy cycle). */
  typicalYuan: number;
  /** Typical length of stay, days. */
  stayDays: number;
  minAge: number;
  maxAge: number;
  sex?: Sex;
  /** Relative frequency among admissions. */
  weight: number;
  /** Relative weights of hospital levels 1, 2, 3. */
  levels: [number, number, number];
  /** Treated in repeated stays over the year (chemotherapy cycles, dialysis complications). */
  recurring?: boolean;
  /** Sent to the provincial hospital sometimes. */
  severe?: boolean;
}

export const DIAGNOSES: Diagnosis[] = [
  { code: 'J18.9', nameZh: '肺炎', typicalYuan: 4000, stayDays: 7, minAge: 0, maxAge: 95, weight: 16, levels: [5, 4, 1] },
  { code: 'J44.1', nameZh: '慢性阻塞性肺病急性加重', typicalYuan: 6500, stayDays: 9, minAge: 50, maxAge: 95, weight: 10, levels: [3, 5, 1] },
  { code: 'I63.9', nameZh: '脑梗死', typicalYuan: 12000, stayDays: 13, minAge: 45, maxAge: 95, weight: 10, levels: [1, 5, 3] },
  { code: 'I61.9', nameZh: '脑出血', typicalYuan: 35000, stayDays: 20, minAge: 40, maxAge: 90, weight: 3, levels: [0, 2, 5], severe: true },
  { code: 'I21.9', nameZh: '急性心肌梗死', typicalYuan: 30000, stayDays: 9, minAge: 40, maxAge: 92, weight: 3, levels: [0, 1, 5], severe: true },
  { code: 'I25.1', nameZh: '冠状动脉粥样硬化性心脏病', typicalYuan: 14000, stayDays: 8, minAge: 45, maxAge: 92, weight: 5, levels: [0, 4, 4] },
  { code: 'I50.9', nameZh: '心力衰竭', typicalYuan: 8000, stayDays: 10, minAge: 55, maxAge: 95, weight: 5, levels: [1, 5, 2] },
  { code: 'I10', nameZh: '原发性高血压', typicalYuan: 3500, stayDays: 7, minAge: 40, maxAge: 95, weight: 6, levels: [5, 4, 0] },
  { code: 'E11.9', nameZh: '2型糖尿病', typicalYuan: 5000, stayDays: 9, minAge: 35, maxAge: 92, weight: 6, levels: [3, 5, 1] },
  { code: 'N18.5', nameZh: '慢性肾脏病5期', typicalYuan: 15000, stayDays: 12, minAge: 25, maxAge: 85, weight: 3, levels: [0, 3, 5], recurring: true },
  { code: 'K74.6', nameZh: '肝硬化', typicalYuan: 12000, stayDays: 12, minAge: 35, maxAge: 85, weight: 3, levels: [0, 4, 4], recurring: true },
  { code: 'K35.8', nameZh: '急性阑尾炎', typicalYuan: 7500, stayDays: 6, minAge: 6, maxAge: 75, weight: 5, levels: [1, 6, 1] },
  { code: 'K80.2', nameZh: '胆囊结石', typicalYuan: 11000, stayDays: 7, minAge: 25, maxAge: 85, weight: 4, levels: [0, 5, 2] },
  { code: 'N20.0', nameZh: '肾结石', typicalYuan: 8000, stayDays: 6, minAge: 20, maxAge: 80, weight: 3, levels: [0, 5, 2] },
  { code: 'S72.0', nameZh: '股骨颈骨折', typicalYuan: 30000, stayDays: 15, minAge: 60, maxAge: 95, weight: 4, levels: [0, 3, 4] },
  { code: 'S82.2', nameZh: '胫骨骨干骨折', typicalYuan: 18000, stayDays: 12, minAge: 12, maxAge: 75, weight: 3, levels: [0, 5, 2] },
  { code: 'C34.9', nameZh: '支气管或肺恶性肿瘤', typicalYuan: 18000, stayDays: 14, minAge: 45, maxAge: 90, weight: 4, levels: [0, 1, 6], recurring: true, severe: true },
  { code: 'C16.9', nameZh: '胃恶性肿瘤', typicalYuan: 20000, stayDays: 16, minAge: 45, maxAge: 90, weight: 3, levels: [0, 1, 6], recurring: true, severe: true },
  { code: 'C22.0', nameZh: '肝细胞癌', typicalYuan: 22000, stayDays: 14, minAge: 40, maxAge: 88, weight: 2, levels: [0, 1, 6], recurring: true, severe: true },
  { code: 'C50.9', nameZh: '乳房恶性肿瘤', typicalYuan: 16000, stayDays: 12, minAge: 30, maxAge: 85, sex: 'FEMALE', weight: 2, levels: [0, 1, 6], recurring: true, severe: true },
  { code: 'C18.9', nameZh: '结肠恶性肿瘤', typicalYuan: 20000, stayDays: 15, minAge: 45, maxAge: 90, weight: 2, levels: [0, 1, 6], recurring: true, severe: true },
  { code: 'O80', nameZh: '单胎顺产', typicalYuan: 3200, stayDays: 3, minAge: 20, maxAge: 40, sex: 'FEMALE', weight: 6, levels: [3, 6, 1] },
  { code: 'O82', nameZh: '剖宫产', typicalYuan: 7000, stayDays: 6, minAge: 20, maxAge: 42, sex: 'FEMALE', weight: 3, levels: [0, 6, 2] },
  { code: 'H25.9', nameZh: '老年性白内障', typicalYuan: 5000, stayDays: 3, minAge: 55, maxAge: 95, weight: 5, levels: [0, 6, 2] },
  { code: 'M17.9', nameZh: '膝关节病', typicalYuan: 40000, stayDays: 14, minAge: 55, maxAge: 85, weight: 2, levels: [0, 2, 5] },
  { code: 'A15.0', nameZh: '肺结核', typicalYuan: 9000, stayDays: 18, minAge: 12, maxAge: 90, weight: 2, levels: [0, 5, 2] },
];

/** The conditions that make a person need long-term care. */
export const CARE_DIAGNOSES = ['I69.3', 'I69.4', 'G30.9', 'G20', 'F03', 'T91.3'];
