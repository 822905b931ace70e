/**
 * report/i18n/ar: Arabic. Terms follow the instruments' Arabic texts where they exist: the Arab
 * Convention on Combating Information Technology Offences (2010) — «الدخول غير المشروع»،
 * «الاعتراض غير المشروع»، «التحفظ العاجل على البيانات» — and the Arabic text of UNTOC
 * («جماعة إجرامية منظمة»). Plurals follow Arabic's six forms through Intl.PluralRules.
 */
import type { Messages } from './types.js';
import { arProse } from './ar-prose.js';

const plural = new Intl.PluralRules('ar');
const PART_WORDS = {
  Chapter: 'الفصل',
  Section: 'القسم',
  Title: 'الباب',
  Part: 'الجزء',
  Article: 'المادة',
  Articles: 'المواد',
  and: 'و',
};
type Forms = Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', (n: number) => string>;
const NOUNS: Record<'concept' | 'instrument' | 'section', Forms> = {
  concept: {
    zero: () => 'لا مفهوم',
    one: () => 'مفهوم واحد',
    two: () => 'مفهومان',
    few: (n) => `${n} مفاهيم`,
    many: (n) => `${n} مفهومًا`,
    other: (n) => `${n} مفهوم`,
  },
  instrument: {
    zero: () => 'لا صك',
    one: () => 'صك واحد',
    two: () => 'صكان',
    few: (n) => `${n} صكوك`,
    many: (n) => `${n} صكًا`,
    other: (n) => `${n} صك`,
  },
  section: {
    zero: () => 'لا مادة',
    one: () => 'مادة واحدة',
    two: () => 'مادتان',
    few: (n) => `${n} مواد`,
    many: (n) => `${n} مادة`,
    other: (n) => `${n} مادة`,
  },
};

export const ar: Messages = {
  lang: 'ar',
  dir: 'rtl',
  colon: ':',
  locale: 'ar',
  prose: arProse,
  partWords: PART_WORDS,
  documentTitle: (country, code, asAt) =>
    `تشريعات مكافحة جرائم تقنية المعلومات — ${country} (${code}): تحليل الثغرات في ${asAt}`,
  count: (n, noun) => NOUNS[noun][plural.select(n)](n),
  rating: {
    full: 'كامل',
    partial: 'جزئي',
    none: 'منعدم',
    reserved: 'مشمول بتحفظ',
    optional: 'اختياري',
    'not-applicable': 'لا ينطبق',
    'not-assessed': 'لم يُقيَّم',
    'scope-test': 'معيار الجسامة',
  },
  group: {
    substantive: 'القانون الجنائي الموضوعي',
    liability: 'المسؤولية والعقوبات',
    procedural: 'القانون الإجرائي',
    jurisdiction: 'الاختصاص القضائي',
    cooperation: 'التعاون الدولي',
  },
  title: {
    heading: (name) => `تشريعات مكافحة جرائم تقنية المعلومات — ${name}: تحليل الثغرات`,
    country: 'الدولة',
    measured: 'الصكوك المرجعية',
    none: 'لا شيء',
    lawAsAt: 'القانون النافذ في',
    inForceThatDay: 'التشريعات النافذة في ذلك التاريخ',
    noneRecorded: 'لم يُسجَّل أي تشريع',
    preparedWith: 'أُعدّ باستخدام',
    dataVersions: 'إصدارات البيانات',
    concepts: 'المفاهيم',
    unversioned: 'دون إصدار',
    intro: (country) =>
      `يقارن هذا التقرير نصوص تشريعات ${country}، كما رُمِّزت في بيانات lexgap، بكل صك عنصرًا عنصرًا. يحتسب lexgap التقديرات ما لم يُذكر تقدير المُقيِّم، والأوصاف العامة قاعدةٌ تقريبية يعتمدها lexgap وليست استنتاجات لمجلس أوروبا أو لأي هيئة أخرى. تُعلَّم بالرمز ⚠ الصفوفُ المستندة إلى بيانات مستحضرة من الذاكرة لم يُتحقَّق منها. تبقى العناوين والملخصات والملاحظات المأخوذة من البيانات بلغتها الأصلية (الإنجليزية) حيث لا تتوافر ترجمة رسمية.`,
  },
  summary: {
    heading: 'الملخص التنفيذي',
    columns: [
      'الصك',
      'سبب القياس',
      'كامل',
      'جزئي',
      'منعدم',
      'مشمول بتحفظ',
      'اختياري',
      'لم يُقيَّم',
      'النتيجة',
      'الوصف (قاعدة lexgap التقريبية)',
    ],
    noInstrument: 'لم يُقَس أي صك.',
    scoreNote:
      'النتيجة: كامل = 1، جزئي = ½، على الأحكام المقدَّرة كاملة أو جزئية أو منعدمة؛ وتُحسب على حدة الأحكامُ المشمولة بتحفظ والاختيارية وغير المقيَّمة وأحكام معيار الجسامة.',
    keyGaps: 'أهم الثغرات',
    keyGapsIntro:
      'رُتِّبت وفق القاعدة المبيَّنة في قسم المنهجية: الأحكام التي لا يقابلها شيء في القانون قبل تلك المستوفاة جزئيًا؛ والجرائم قبل المسؤولية والإجراءات والاختصاص والتعاون؛ والثغرات التي لا يسدّها تحفظ أولًا؛ ثم ترتيب الصكوك والمواد. يُذكر كل مفهوم مرة واحدة. لم تُقرأ إلا التشريعات المذكورة أعلاه: فقد يستوفي قانون عام غير مرمَّز (قانون العقوبات، قانون مكافحة غسل الأموال) بعض هذه المتطلبات.',
    noGaps: 'لا يوجد حكم مقدَّر جزئيًا أو منعدمًا.',
    seriousCrime: 'الجرائم الخطيرة',
  },
  heat: {
    heading: 'الخريطة الحرارية',
    intro: (concepts, instruments) =>
      `${concepts} (صفوف) يشترطها واحد على الأقل من ${instruments} المقيسة (أعمدة). تقدّر كل خانة القانونَ بالنظر إلى عناصر ذلك المفهوم التي يشترطها الصك: كامل إذا استُوفيت جميع العناصر المحتسبة، ومنعدم إذا لم يُستوفَ أيٌّ منها، وجزئي فيما بين ذلك (القاعدة كاملة في قسم المنهجية). تُعلَّم بالرمز ⚠ الخانات المستندة إلى بيانات دولية أو وطنية مستحضرة من الذاكرة.`,
    concept: 'المفهوم',
    legendTitle: 'مفتاح الرموز (الأرقام في الخانة هي أحكام الصك التي تشترط المفهوم):',
    symbol: 'الرمز',
    rating: 'التقدير',
    meaning: 'الدلالة',
    meanings: {
      full: 'استُوفيت جميع العناصر المطلوبة',
      partial: 'استُوفي بعض العناصر، أو استُوفيت على نحو أضيق',
      none: 'لم يُستوفَ أي عنصر مطلوب',
      reserved: 'ما ينقص مشمول بتحفظ',
      optional: 'لا تشترطه إلا أحكام جوازية («يجوز»): ليس ثغرة أبدًا',
      'not-applicable': 'قدّر المُقيِّم أنه لا ينطبق',
      'not-assessed': 'لم تُقرأ التشريعات التي قد تستوفيه',
      'not-required': 'لا يشترط الصك هذا المفهوم',
    },
    recalled: 'يستند إلى بيانات مستحضرة من الذاكرة',
    notRequired: 'غير مشترط',
  },
  instrument: {
    heading: (short) => `${short}: حكمًا حكمًا`,
    measuredBecause: 'سبب القياس',
    status: 'الوضع',
    overall: 'الإجمال',
    score: 'النتيجة',
    columns: ['الحكم', 'ما يشترطه', 'الأحكام الوطنية', 'التقدير', 'العناصر الناقصة أو الأضيق', 'التوصية'],
    nothingCounts: 'لا يدخل أي حكم من هذا الفصل في النتيجة (أحكام اختيارية أو تحفظات أو معيار الجسامة فقط).',
    restsOnRecalled: 'يستند إلى بيانات مستحضرة من الذاكرة',
  },
  sections: { reservations: 'التحفظات والإعلانات', method: 'المنهجية', provenance: 'مصدر البيانات' },
  untranslatedNote: '',
  docx: {
    contents: 'المحتويات',
    tocHint: 'يُنشئ Word جدول المحتويات عند فتح المستند (أو انقر بزر الفأرة الأيمن واختر «تحديث الحقل»).',
    page: 'الصفحة',
    of: 'من',
    font: 'Arial',
  },
};
