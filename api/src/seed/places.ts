import type { RegionLevel } from '../../../schema/domain-values';

/**
 * The demo's places: the four real counties of DOMAIN.md §3 under their real provinces and cities, with
 * townships named after real ones and synthetic codes of the right shape (7–9: 001–099 street,
 * 100–199 town, 200–399 township; 10–12: 001–199 residents' committee, 200–399 villagers' committee).
 */

export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  countyCode: string | null;
}

type TownshipKind = 'STREET' | 'TOWN' | 'TOWNSHIP';
interface CountyPlan {
  province: [string, string];
  city: [string, string];
  county: [string, string];
  townships: [TownshipKind, string][];
}

export const DEMO_COUNTIES: CountyPlan[] = [
  {
    province: ['510000', '四川省'],
    city: ['513400', '凉山彝族自治州'],
    county: ['513428', '普格县'],
    townships: [['TOWN', '普基镇'], ['TOWN', '荞窝镇'], ['TOWN', '螺髻山镇'], ['TOWN', '五道箐镇'], ['TOWNSHIP', '特尔果乡'], ['TOWNSHIP', '甘天地乡']],
  },
  {
    province: ['370000', '山东省'],
    city: ['371700', '菏泽市'],
    county: ['371728', '东明县'],
    townships: [['STREET', '城关街道'], ['TOWN', '东明集镇'], ['TOWN', '刘楼镇'], ['TOWN', '陆圈镇'], ['TOWN', '马头镇'], ['TOWN', '沙窝镇']],
  },
  {
    province: ['370000', '山东省'],
    city: ['371500', '聊城市'],
    county: ['371503', '茌平区'],
    townships: [['STREET', '振兴街道'], ['STREET', '信发街道'], ['TOWN', '乐平铺镇'], ['TOWN', '博平镇'], ['TOWN', '杜郎口镇']],
  },
  {
    province: ['360000', '江西省'],
    city: ['360400', '九江市'],
    county: ['360402', '濂溪区'],
    townships: [['STREET', '十里街道'], ['TOWN', '莲花镇'], ['TOWN', '姑塘镇'], ['TOWN', '威家镇'], ['TOWNSHIP', '虞家河乡']],
  },
];

const VILLAGE_NAMES = ['红星', '新民', '光明', '团结', '和平', '东风', '前进', '胜利', '幸福', '永安', '大河', '石桥', '柳树', '杨庄', '李寨', '王营', '张湾', '高坪', '龙泉', '青山'];
const COMMUNITY_NAMES = ['东门', '南关', '西苑', '北城', '中心', '滨江', '文化', '建设'];

const FIRST_CODE: Record<TownshipKind, number> = { STREET: 1, TOWN: 100, TOWNSHIP: 200 };

/** Every demo region, parents before children. */
export function demoRegions(villagesPerTownship = 4): DemoRegion[] {
  const regions = new Map<string, DemoRegion>();
  const add = (region: DemoRegion) => regions.set(region.code, region);
  for (const plan of DEMO_COUNTIES) {
    add({ code: plan.province[0], name: plan.province[1], level: 'PROVINCE', parentCode: null, countyCode: null });
    add({ code: plan.city[0], name: plan.city[1], level: 'CITY', parentCode: plan.province[0], countyCode: null });
    const countyCode = plan.county[0];
    add({ code: countyCode, name: plan.county[1], level: 'COUNTY', parentCode: plan.city[0], countyCode });
    const nextByKind: Record<TownshipKind, number> = { ...FIRST_CODE };
    plan.townships.forEach(([kind, name], townshipIndex) => {
      const townshipCode = `${countyCode}${String(nextByKind[kind]++).padStart(3, '0')}`;
      add({ code: townshipCode, name, level: 'TOWNSHIP', parentCode: countyCode, countyCode });
      for (let v = 0; v < villagesPerTownship; v++) {
        // Streets hold communities (residents' committees); towns and townships hold villages.
        const urban = kind === 'STREET';
        const names = urban ? COMMUNITY_NAMES : VILLAGE_NAMES;
        const base = names[(townshipIndex * 3 + v) % names.length];
        const villageCode = `${townshipCode}${String((urban ? 1 : 200) + v).padStart(3, '0')}`;
        add({ code: villageCode, name: urban ? `${base}社区` : `${base}村`, level: 'VILLAGE', parentCode: townshipCode, countyCode });
      }
    });
  }
  return [...regions.values()];
}
