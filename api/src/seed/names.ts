import type { Sex } from '../../../schema/domain-values';
import type { Random } from './random';

/**
 * Names as they appear on the rosters: Yi clan names (家支) with Yi given names in 普格县 (most of its
 * people are Yi), common Han surnames of each province elsewhere, and given names of the generation.
 */

export type NameStyle = 'YI' | 'HAN';

/** Yi clan names: children carry their father's clan name; a wife keeps her own. */
const YI_CLANS = ['吉克', '阿苦', '沙马', '马海', '俄木', '阿尔', '曲比', '海来', '阿说', '瓦扎', '勒格', '吉木', '阿的', '罗洪', '果基', '阿西', '日火', '吉伍', '的日', '苏呷', '倮伍', '加拉', '比曲', '阿育'];
const YI_GIVEN: Record<Sex, string[]> = {
  MALE: ['木呷', '拉且', '尔古', '伍呷', '子哈', '日哈', '石者', '拉格', '伍沙', '尔布', '阿木', '克哈', '约达', '铁哈', '阿牛', '日体', '么哈', '拉体'],
  FEMALE: ['阿呷', '阿果', '阿依', '伍各', '阿芝', '木果', '日各', '拉玛', '阿支', '史玛', '有芝', '阿妞', '金花', '阿加', '阿衣', '么作'],
};
/** Younger Yi often carry a Han-style given name after the clan name (吉克美玲). */
const YI_YOUNG_HAN_GIVEN: Record<Sex, string[]> = {
  MALE: ['志华', '小龙', '文军', '建国', '伟', '杰', '俊', '子豪', '宇航', '浩'],
  FEMALE: ['美玲', '小芳', '秀英', '丽', '玉梅', '欣怡', '梓涵', '燕', '春花', '雨桐'],
};

const HAN_SURNAMES_BY_PROVINCE: Record<string, string[]> = {
  // 四川 (the Han of 普格县)
  '51': ['李', '王', '张', '刘', '陈', '杨', '罗', '何', '赵', '周', '吴', '邓', '徐', '黄', '马', '蒋'],
  // 山东 (东明县, 茌平区)
  '37': ['王', '张', '李', '刘', '赵', '孙', '马', '杨', '陈', '徐', '高', '郭', '于', '董', '田', '朱', '魏', '穆', '宋', '韩', '郝', '牛', '贾', '袁'],
  // 江西 (濂溪区)
  '36': ['刘', '陈', '李', '胡', '万', '余', '熊', '涂', '吴', '徐', '黄', '王', '张', '周', '曹', '彭', '汪', '蔡', '罗', '邓', '柯'],
};

/** Given names by birth year: the fashions of each generation. */
const HAN_GIVEN: { bornBefore: number; names: Record<Sex, string[]> }[] = [
  {
    bornBefore: 1956,
    names: {
      MALE: ['德福', '长顺', '玉山', '庆祥', '有才', '宝山', '金贵', '树林', '永福', '占奎', '德胜', '长青', '福田', '万全'],
      FEMALE: ['秀英', '桂兰', '玉兰', '凤英', '淑珍', '桂英', '秀兰', '桂芝', '素珍', '翠兰', '玉珍', '兰英'],
    },
  },
  {
    bornBefore: 1976,
    names: {
      MALE: ['建国', '国庆', '建华', '卫东', '志强', '红军', '振华', '建军', '国平', '跃进', '爱民', '胜利', '学文'],
      FEMALE: ['秀芳', '红英', '桂香', '丽华', '春梅', '玉梅', '爱华', '秀云', '红霞', '凤琴', '美英', '彩霞'],
    },
  },
  {
    bornBefore: 1996,
    names: {
      MALE: ['伟', '强', '磊', '军', '勇', '涛', '斌', '海军', '志刚', '晓东', '建伟', '鹏', '超', '亮'],
      FEMALE: ['丽', '静', '敏', '芳', '燕', '娟', '艳', '红梅', '海燕', '晓燕', '丽娟', '婷', '倩', '玲'],
    },
  },
  {
    bornBefore: 9999,
    names: {
      MALE: ['浩然', '子轩', '宇航', '俊杰', '博文', '浩宇', '一鸣', '梓豪', '思远', '俊熙', '子豪', '天佑', '铭', '睿'],
      FEMALE: ['梓涵', '欣怡', '一诺', '雨桐', '诗涵', '若曦', '佳怡', '可馨', '语嫣', '思琪', '雨萱', '子涵', '悦', '彤'],
    },
  },
];

export function familyName(random: Random, style: NameStyle, countyCode: string): string {
  if (style === 'YI') return random.pick(YI_CLANS);
  return random.pick(HAN_SURNAMES_BY_PROVINCE[countyCode.slice(0, 2)] ?? HAN_SURNAMES_BY_PROVINCE['37']);
}

export function givenName(random: Random, style: NameStyle, sex: Sex, birthYear: number): string {
  if (style === 'YI') {
    if (birthYear >= 1995 && random.chance(0.45)) return random.pick(YI_YOUNG_HAN_GIVEN[sex]);
    return random.pick(YI_GIVEN[sex]);
  }
  const generation = HAN_GIVEN.find((g) => birthYear < g.bornBefore)!;
  return random.pick(generation.names[sex]);
}
