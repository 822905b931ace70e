/** report/i18n/ar-prose: the running sentences in Arabic (shape and English in en-prose.ts). */
import type { Prose } from './en-prose.js';

const NB = '\u00a0';
const plural = new Intl.PluralRules('ar');
/**
 * Years: one and two take the singular and dual words («سنة واحدة»، «سنتان»), which have no digit;
 * 3–10 keep the digit with the plural «سنوات», every other count the digit with «سنة». `oblique` gives
 * the dual its genitive/accusative form («سنتين») after a preposition or a verb («لا يقل عن»، «البالغ»).
 */
const yearsIn = (n: number, oblique: boolean) => {
  const form = plural.select(n);
  if (form === 'one') return 'سنة واحدة';
  if (form === 'two') return oblique ? 'سنتين' : 'سنتان';
  return `${n}${NB}${form === 'few' ? 'سنوات' : 'سنة'}`;
};
const years = (n: number) => yearsIn(n, false);
const yearsObl = (n: number) => yearsIn(n, true);
/** Elements counted: «عنصر واحد»، «عنصران»، «3 عناصر»، «11 عنصرًا»، «100 عنصر». */
const elements = (n: number) =>
  ({ zero: `${n} عنصر`, one: 'عنصر واحد', two: 'عنصران', few: `${n} عناصر`, many: `${n} عنصرًا`, other: `${n} عنصر` })[
    plural.select(n)
  ];
/**
 * A verb after its subject, one national provision («المادة»، feminine), two (dual) or more (non-human
 * plural: feminine singular).
 */
const s = (n: number, one: string, two: string, many: string) => (n === 1 ? one : n === 2 ? two : many);

export const arProse: Prose = {
  semicolon: '؛ ',
  comma: '، ',
  more: (n: number) => `وغيرها (${n})`,
  basis: { verified: 'متحقَّق منه', secondary: 'مصدر ثانوي', recalled: 'مستحضر من الذاكرة' },
  basisCount: (v: number, sec: number, r: number) => `متحقَّق منه: ${v} · مصدر ثانوي: ${sec} · مستحضر من الذاكرة: ${r}`,
  cite: {
    article: (n: string) => `المادة${NB}${n}`,
    section: (n: string) => `المادة${NB}${n}`,
    unnumbered: 'حكم غير مرقّم',
  },
  obligation: {
    shall: 'وجوبي',
    may: 'جوازي',
    'shall-consider': 'التزام بالنظر',
    'shall-endeavour': 'التزام بالسعي',
    none: '',
  },
  measured: {
    requested: 'مطلوب بالخيار -i',
    everyState: 'مفتوح لانضمام جميع الدول',
    status: (country: string, status: string) =>
      `${country} ${status === 'invited' ? 'دولة مدعوّة إلى الانضمام' : status === 'party' ? 'دولة طرف' : status === 'signatory' ? 'دولة موقِّعة' : status === 'member' ? 'دولة عضو' : status}`,
    signed: (d: string) => `التوقيع في ${d}`,
    ratified: (d: string) => `التصديق في ${d}`,
    inForce: (d: string) => `بدء النفاذ في ${d}`,
  },
  status: {
    party: 'طرف',
    signatory: 'موقِّع',
    member: 'عضو',
    invited: 'مدعوّ إلى الانضمام',
    none: 'لا يوجد',
  },
  verdict: {
    labels: {
      'in place': 'قائم',
      'largely in place': 'قائم إلى حد كبير',
      'partly in place': 'قائم جزئيًا',
      'largely missing': 'غائب إلى حد كبير',
      'not in place': 'غير قائم',
      'not assessed': 'لم يُقيَّم',
    },
    scopes: {
      overall: 'الإجمال',
      substantive: 'القانون الموضوعي',
      liability: 'المسؤولية والعقوبات',
      procedural: 'القانون الإجرائي',
      jurisdiction: 'الاختصاص القضائي',
      cooperation: 'التعاون الدولي',
    },
    line: (scope: string, label: string) => `${scope}: ${label}`,
  },
  tally: {
    full: (n: number) => `كامل: ${n}`,
    partial: (n: number) => `جزئي: ${n}`,
    none: (n: number) => `منعدم: ${n}`,
    reserved: (n: number) => `مشمول بتحفظ: ${n}`,
    optional: (n: number) => `اختياري: ${n}`,
    notApplicable: (n: number) => `لا ينطبق: ${n}`,
    notAssessed: (n: number) => `لم يُقيَّم: ${n}`,
  },
  area: {
    substantive: 'القانون الجنائي الموضوعي',
    liability: 'المسؤولية والعقوبات',
    procedural: 'القانون الإجرائي',
    jurisdiction: 'الاختصاص القضائي',
    cooperation: 'التعاون الدولي',
  },
  cell: {
    reliedOn: 'مُعتمَد عليه، غير مرمَّز',
    arguableTag: 'محل نظر',
    reservable: 'يجوز التحفظ عليه',
    restNotAssessed: 'الباقي لم يُقيَّم',
    conditionalReservation: 'تحفظ مشروط',
    reservationMade: 'أُبدي تحفظ',
    reservationUnder: (under: string) => `تحفظ بموجب ${under}`,
    assessedBy: (reviewer: string, date: string, rationale: string, computed?: string) =>
      `قيّمه ${reviewer}، ${date}${computed ? `؛ التقدير المحتسب: ${computed}` : ''}: ${rationale}`,
    assessedDiffers: (rating: string, reviewer: string, date: string, rationale: string) =>
      `قدّره ${reviewer} بأنه ${rating} (${date}): ${rationale} التقدير المحتسب من المواد المرمَّزة:`,
    missing: (labels: string) => `ناقص: ${labels}.`,
    nElements: (n: number) => elements(n),
    narrower: (which: string, where: string, why: string) => `أضيق (${which}): ${where} ${why}.`,
    whyPenalty: (detail: string) => `العقوبة: ${detail}`,
    whyOnly: (sections: number, detail: string) =>
      `${s(sections, 'لا تستوفيه', 'لا تستوفيانه', 'لا تستوفيه')} إلا جزئيًا: ${detail}`,
    whyCondition: (sections: number, detail: string) =>
      `${s(sections, 'تضيف', 'تضيفان', 'تضيف')} شرطًا غير مسموح به: ${detail}`,
    notAssessed: (labels: string) => `لم يُقيَّم (لم يُقرأ التشريع): ${labels}.`,
    eitherOrMet: (label: string) => `أحد البديلين: مستوفى عن طريق ${label}.`,
    eitherOrClosest: (label: string) => `أحد البديلين: جرى القياس على أقرب الخيارات، وهو ${label}.`,
    arguable: (detail: string) => `محل نظر: ${detail}.`,
    broader: (detail: string) => `مستوفى عن طريق جريمة أوسع نطاقًا: ${detail}.`,
    narrowerPlain: (labels: string) => `أضيق: ${labels}.`,
    noteOn: (about: string, text: string) => `ملاحظة بشأن ${about}: ${text}`,
    statusUnder: (instrument: string) => `الوضع القانوني إزاء ${instrument}`,
    optionalLimbs: (labels: string) => `شقوق اختيارية لم تُنفَّذ: ${labels}.`,
  },
  penalty: {
    noMaximum: (floor: number) => `لم يُنص على حد أقصى للعقوبة؛ والحد الأدنى المطلوب ${years(floor)}`,
    belowFloor: (max: number, floor: number) =>
      `حد أقصى قدره ${years(max)}، وهو دون الحد الأدنى المطلوب البالغ ${yearsObl(floor)}`,
    life: 'السجن المؤبد',
    max: (n: number) => `الحد الأقصى ${years(n)}`,
    min: (n: number) => `الحد الأدنى ${years(n)}`,
    fine: (text: string) => `الغرامة: ${text}`,
  },
  recommend: {
    noChangeAssessor: 'لا يلزم أي تعديل، استنادًا إلى تقدير المُقيِّم (انظر التعليل).',
    seeRationale: (rationale: string) => `انظر تعليل المُقيِّم: ${rationale}`,
    noChange: 'لا يلزم أي تعديل.',
    optional: (name: string) => `اختياري: يُنظر في مدى ملاءمة النص على مضمون ${name}.`,
    scopeTest: 'انظر نتائج تطبيق معيار الجريمة الخطيرة في القسم الخاص بهذا الصك.',
    notApplicable: 'لا شيء: قُدِّر بأنه لا ينطبق.',
    keepReservation: (scope: string) => `يُوصى بإبقاء التحفظ قيد المراجعة (${scope}).`,
    enact: (name: string, labels: string) => `سنّ أحكام تفي بمتطلبات ${name}: ${labels}.`,
    provideFor: (labels: string) => `النص على ما يلي: ${labels}.`,
    raisePenalty: (where: string, detail: string) => `رفع الحد الأقصى للعقوبة في ${where} (${detail}).`,
    removeCondition: (where: string, detail: string) => `إلغاء الشرط الوارد في ${where} أو تسويغه: ${detail}.`,
    widen: 'توسيع نطاق العناصر الأضيق.',
    seeRationaleShort: 'انظر تعليل المُقيِّم.',
    reserveInstead: 'وبدلًا من ذلك، يمكن أن يغطي هذه الثغرة عند الانضمام تحفظٌ يجيزه الصك.',
    examples: (text: string) => `نماذج صياغة من تشريعات أخرى: ${text}.`,
  },
  keyGap: {
    missing: (labels: string) => `ناقص: ${labels}`,
    narrowly: (labels: string) => `مستوفى على نحو أضيق فقط: ${labels}`,
    none: (fully: boolean, shortfall: string) =>
      `لا يوجد في القانون ما يستوفيه${fully ? ' استيفاءً كاملًا' : ''} (${shortfall})`,
    noneByAssessor: 'قدّره المُقيِّم بأنه منعدم',
    partial: (shortfall: string) => `مستوفى جزئيًا (${shortfall})`,
    partialByAssessor: 'قدّره المُقيِّم بأنه جزئي',
    also: (provisions: string) => ` ويقصر القانون كذلك عن استيفاء المفاهيم ذاتها في ${provisions}.`,
    reservable: ' ويمكن أن يغطيه تحفظ يجيزه الصك.',
    unmapped: (n: number) =>
      n === 1
        ? ' وثمة مادة نافذة مسجَّلة دون ربطها بأي عنصر (انظر «مصدر البيانات»)، وقد تستوفي بعضَ هذه المتطلبات أيضًا.'
        : ` وثمة مواد نافذة عددها ${n} مسجَّلة دون ربطها بأي عنصر (انظر «مصدر البيانات»)، وقد تستوفي بعضَ هذه المتطلبات أيضًا.`,
  },
  serious: {
    headline: (instruments: string, yrs: number, yes: number, total: number, no: number) =>
      `**الجريمة الخطيرة (${instruments}: حد أقصى لا يقل عن ${yearsObl(yrs)}):** يستوفي المعيارَ ${yes} من أصل ${total} من مواد التجريم النافذة، ويقع ${no} منها دونه.`,
    open: (n: number, sections: string) =>
      ` ولا تتيح البيانات الحسم في ${n === 1 ? 'واحدة' : n} منها (لم يُسجَّل إلا حد أدنى، أو لم تُسجَّل أي عقوبة): ${sections}.`,
    caveat:
      ' ولا تدخل الجريمة المستوفية للمعيار في نطاق الاتفاقية إلا إذا كانت أيضًا ذات طابع عبر وطني وضالعة فيها جماعة إجرامية منظمة، وهو ما لا يقيّمه lexgap. ويسرد القسم الخاص بكل صك جميع الجرائم.',
    heading: (provision: string) => `معيار الجريمة الخطيرة (${provision})`,
    intro: (yrs: number) => `تُقاس كل مادة تجريم نافذة بمعيار حد أقصى للعقوبة لا يقل عن ${yearsObl(yrs)}.`,
    columns: ['الحكم الوطني', 'العنوان', 'العقوبة', 'جريمة خطيرة', 'السبب'],
    noOffence: 'لا توجد مادة تجريم نافذة.',
    qualifies: {
      yes: 'نعم',
      no: 'لا',
      'min-only-qualifies': 'نعم (استنادًا إلى الحد الأدنى)',
      'min-only-undetermined': 'يتعذر الحسم',
      'no-penalty-stated': 'يتعذر الحسم',
    },
    why: {
      life: 'عقوبة السجن المؤبد مقررة',
      atLeast: (max: number, threshold: number) => `الحد الأقصى ${years(max)} ≥ ${threshold}`,
      below: (max: number, threshold: number) => `الحد الأقصى ${years(max)} < ${threshold}`,
      minQualifies: (min: number, threshold: number) =>
        `لم يُنص إلا على حد أدنى قدره ${years(min)}؛ والحد الأقصى لا يقل عنه، فهو إذن ≥ ${threshold}`,
      minUndetermined: (min: number, threshold: number) =>
        `لم يُنص إلا على حد أدنى قدره ${years(min)} دون حد أقصى، ولا يمكن الجزم من النص ببلوغه ${yearsObl(threshold)}`,
      noPenalty: 'لم تُسجَّل عقوبة سالبة للحرية لهذه المادة',
    },
    line: (yrs: number, yes: number, total: number, qualifying: string, open: string) =>
      `الجريمة الخطيرة (حد أقصى ≥ ${years(yrs)}): يستوفي المعيارَ ${yes} من أصل ${total} من مواد التجريم${qualifying ? ` (${qualifying})` : ''}${open ? `؛ غير محسوم: ${open}` : ''}`,
  },
  instrumentIntro: (title: string, body: string, because: string, status: string) =>
    `${title}، ${body}. سبب القياس: ${because}${status}.`,
  heatCell: {
    counts: (met: number, narrower: number, missing: number) => `مستوفى: ${met}، أضيق: ${narrower}، ناقص: ${missing}`,
    notAssessed: (n: number) => `لم يُقيَّم: ${n}`,
    recalled: 'يستند إلى بيانات مستحضرة من الذاكرة',
    panelLabel: (group: string, concepts: number, instruments: number) =>
      `الخريطة الحرارية، ${group}: المفاهيم (${concepts}) مقابل الصكوك (${instruments}). الدائرة المصمتة: كامل؛ نصف المصمتة: جزئي؛ الدائرة الفارغة في مربع داكن: منعدم؛ R: مشمول بتحفظ؛ المعيّن: اختياري؛ n/a: لا ينطبق؛ علامة الاستفهام: لم يُقيَّم؛ الشرطة: غير مشترط.`,
    legendLabel: (words: string) => `مفتاح الرموز. ${words}`,
  },
  reservations: {
    none: (country: string) => `لم يُسجَّل أي تحفظ أو إعلان من ${country} بشأن الصكوك المقيسة.`,
    intro:
      'التحفظ الذي تُبديه الدولة الطرف في الحدود التي يجيزها الصك يُخرج العناصر المشمولة به مما يُحتسب: فيُقدَّر الحكم «مشمولًا بتحفظ» متى اقتصر القصور على العناصر المشمولة بالتحفظ، ويُفصل عن الثغرات. أما الإعلانات (تعيين السلطات، والتفسيرات) فلا تغيّر التقديرات؛ وإنما تُدرج ليطّلع القارئ على السجل كاملًا.',
    reservations: 'التحفظات',
    declarations: 'الإعلانات',
    columns: ['الصك', 'الحكم', 'ما يستبعده', 'العناصر المستبعدة', 'أثره في هذا التقرير', 'المصدر'],
    declarationColumns: ['الصك', 'الحكم', 'الإعلان', 'المصدر'],
    noReservation: (country: string) => `لم يُسجَّل أي تحفظ من ${country}.`,
    notApplied: (country: string, status: string | undefined) =>
      `لم يُطبَّق: ${status ? `وضع ${country} بموجب هذا الصك: ${status}` : `لا تسجّل البيانات ${country} دولةً طرفًا في هذا الصك`}، ولا تغيّر التقديرات إلا تحفظات الدولة الطرف أو الموقِّعة.`,
    notRated: 'طُبِّق، غير أن الحكم غير مقدَّر، فلا يتغير أي تقدير.',
    applied: (effects: string) => `طُبِّق: ${effects}.`,
    effect: (provision: string, rating: string) => `${provision} قُدِّر بأنه ${rating}`,
  },
  method: {
    ratings: 'التقديرات',
    ratingsIntro: (country: string, asAt: string) =>
      `يسرد كل حكم من أحكام الصك عناصر المفاهيم التي يُلزم الدولة بتوافرها (وفق ترميز lexgap، مصوغةً بتصرف في الجداول أعلاه). ويفحص lexgap، لكل عنصر، مواد تشريعات ${country} النافذة في ${asAt}:`,
    elementRules: [
      'يكون العنصر **مستوفى** متى نفّذته مادة دون أن تضيف شرطًا لا يجيزه الحكم، وبحد أقصى للعقوبة يبلغ أي حد أدنى يقرره الحكم؛',
      'ويكون **أضيق** متى أضافت كل مادة تنفّذه شرطًا من هذا القبيل أو جاءت عقوبتها دون الحد الأدنى؛',
      'ويكون **ناقصًا** فيما عدا ذلك؛',
      'ويكون **غير مقيَّم** متى لم يستوفه أي نص مرمَّز وكان مفهومه خارج نطاق ما قُرئت تشريعات الدولة من أجله (انظر أدناه): ولا يُحتسب ناقصًا أبدًا.',
    ],
    provisionRule:
      'يكون الحكم **كاملًا** متى استُوفيت جميع عناصره الإلزامية، و**جزئيًا** متى استُوفي بعضها أو استُوفي على نحو أضيق، و**منعدمًا** متى لم يُستوفَ أيٌّ منها. ويكون **مشمولًا بتحفظ** متى اقتصر القصور على العناصر التي يستبعدها تحفظ الدولة، و**اختياريًا** متى نصّ هو (أو كل شق من شقوقه) على «يجوز» — فيُذكر ولا يُعدّ ثغرة أبدًا — و**غير مقيَّم** متى كانت جميع عناصره الإلزامية غير مقيَّمة (فيُستبعد من النتائج ومن أهم الثغرات)، و**معيارًا للجريمة الخطيرة** متى قاس العقوبات بدلًا من سرد العناصر (المادة 2(ب) من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية). ويحل تقدير المُقيِّم، حيث يُسجَّل، محل التقدير المحتسب؛ ويُعرض كلاهما مع تعليل المُقيِّم.',
    whatWasRead: 'ما جرت قراءته',
    noSurvey: (country: string) =>
      `لا يبيّن ملف ${country} الغرض الذي مُسحت تشريعات الدولة من أجله، لذا يُعامَل كل عنصر على أنه قُرئ: فالمفهوم الذي لا يستوفيه إلا قانون غير مرمَّز يظهر ناقصًا.`,
    surveyed: (what: string, until?: string) =>
      `**نطاق المسح:** ${what}${until ? `، في التشريعات النافذة حتى ${until}` : ''}.`,
    notSurveyed: (what: string) =>
      `**خارج نطاق المسح:** ${what}. وعناصر هذه المفاهيم التي لا يستوفيها أي نص مرمَّز تُقدَّر بأنها «لم يُقيَّم»، لا «منعدم».`,
    surveyNote: (note: string) => `**ملاحظة على المسح:** ${note}`,
    nothing: 'لا شيء',
    reliedOnIntro:
      '**تشريعات مُعتمَد عليها غير مرمَّزة مادةً مادة:** تُعدّ العناصر المدرجة مستوفاة على الأساس المبيَّن؛ ويدل الرمز ⚠ على أساس غير «متحقَّق منه».',
    reliedOnColumns: ['التشريع', 'الأحكام المعتمد عليها', 'العناصر', 'الأساس', 'ملاحظة'],
    rollUps: 'التجميع والأوصاف',
    rollUpsIntro:
      'تُحسب نتيجة الفصول والمجموعات والصكوك على النحو الآتي: (كامل + ½ × جزئي) ÷ (كامل + جزئي + منعدم). ولا تُحتسب الأحكام المشمولة بتحفظ والاختيارية وغير المنطبقة وأحكام معيار الجريمة الخطيرة في أي من الاتجاهين. والوصف المقترن بالنتيجة قاعدة تقريبية يعتمدها lexgap، وليس استنتاجًا لمجلس أوروبا أو لأي هيئة أخرى:',
    labelColumns: ['النتيجة', 'الوصف'],
    labelRule: [
      ['100%', 'قائم'],
      ['75% أو أكثر', 'قائم إلى حد كبير'],
      ['40% أو أكثر', 'قائم جزئيًا'],
      ['أكثر من 0%', 'غائب إلى حد كبير'],
      ['0%', 'غير قائم'],
      ['لا شيء محتسب', 'لم يُقيَّم'],
    ] as [string, string][],
    heatMap: 'الخريطة الحرارية',
    heatMapRule:
      'تقدّر كل خانة مفهومًا واحدًا بموجب صك واحد بالنظر إلى عناصر ذلك المفهوم التي تشترطها أحكام الصك المقدَّرة، محتسبةً عنصرًا عنصرًا لا حكمًا حكمًا، لأن الحكم الواحد (الشروع، العقوبات) كثيرًا ما يطال مفاهيم عديدة، فيؤدي تقديره إلى تعميم ثغرة مفهوم واحد على سائر المفاهيم. والعناصر المحتسبة هي العناصر الإلزامية التي لم يستبعدها تحفظ؛ وفي الحكم الذي قدّره مُقيِّم، يأخذ كل عنصر حكم التقدير (كامل بمعنى مستوفى، وجزئي بمعنى أضيق، ومنعدم بمعنى ناقص، ولا ينطبق بمعنى غير محتسب). وتكون الخانة **كاملة** متى استُوفي كل عنصر محتسب، و**منعدمة** متى كان كل عنصر منها ناقصًا، و**جزئية** فيما عدا ذلك؛ و**مشمولة بتحفظ** متى لم يقصر أي عنصر محتسب وقصر عنصر مشمول بتحفظ؛ و**اختيارية** متى لم يشترط المفهومَ إلا شقوق جوازية («يجوز»)؛ و**غير مشترطة** متى لم يشترط الصك المفهوم.',
    keyGaps: 'أهم الثغرات',
    keyGapsRule:
      'يسرد الملخص خمسة أحكام على الأكثر مقدَّرة بأنها منعدمة أو جزئية، مرتبةً على النحو الآتي: المنعدم قبل الجزئي؛ ثم الجرائم الموضوعية، فالمسؤولية، فالقانون الإجرائي، فالاختصاص القضائي، فالتعاون الدولي؛ ثم الثغرات التي لا يمكن أن يسدّها تحفظ قبل تلك التي يمكن أن يسدّها؛ ثم ترتيب الصكوك في هذا التقرير وترتيب الأحكام داخل كل صك. ولا يُدرج الحكم إلا إذا تناول مفهومًا لم تتناوله أي ثغرة مدرجة؛ وإلا ذُكر تحت الثغرة المدرجة التي يشترك معها في أكثر مفاهيمه.',
    limits: 'حدود التحليل',
    limitsList: [
      'لا تُقرأ إلا التشريعات والمواد المرمَّزة في البيانات: فقد تُستوفى ثغرةٌ بقانون غير مرمَّز (ويسرد قسم مصدر البيانات ما استُخدم).',
      'تنصبّ المقارنة على النص التشريعي كما صيغ بتصرف ووُسم؛ ولا تزن الاجتهاد القضائي أو اللوائح أو الممارسة أو كيفية تطبيق القانون.',
      'تقدير ما إذا كانت مادةٌ ما تنفّذ عنصرًا ما متروك لتقدير القائم بالترميز، ويُسجَّل مع أساسه؛ والوقائع المستحضرة من الذاكرة غير متحقَّق منها.',
      'تزن النتائج كل حكم بالوزن ذاته أيًّا كانت أهميته؛ والنتيجة المرتفعة ليست إقرارًا بالامتثال.',
      'تتبع تواريخ النفاذ ما ورد في البيانات؛ والمادة المجهول تاريخ بدء نفاذها تُعامَل على أنها نافذة.',
    ],
    translations: 'الترجمات',
    translationsIntro:
      'حُرِّر هذا التقرير باللغة العربية، أما بيانات lexgap فباللغة الإنجليزية؛ ويبيّن قسم مصدر البيانات الترجمات المستخدمة، وما لا ترجمة له يظل بالإنجليزية.',
  },
  provenance: {
    intro: (mark: string) =>
      `لكل واقعة في بيانات lexgap أساس: **متحقَّق منه** (مقروء في النص الرسمي)، أو **مصدر ثانوي** (مأخوذ من مصدر ثانوي)، أو **مستحضر من الذاكرة** (لم يُطابَق مع أي مصدر). وتُعلَّم الصفوف المستندة إلى بيانات مستحضرة من الذاكرة بالرمز ${mark}، هنا وفي الجداول أعلاه؛ فتُعامَل بوصفها مؤشرات تستلزم التحقق، لا بوصفها نص القانون.`,
    instruments: 'الصكوك',
    instrumentColumns: [
      'الصك',
      'إصدار البيانات',
      'الأحكام المقدَّرة',
      'متحقَّق منه',
      'مصدر ثانوي',
      'مستحضر من الذاكرة',
      'ملاحظة القائم بالترميز',
    ],
    byBasis: 'أحكام الصكوك بحسب الأساس',
    byBasisColumns: ['الصك', 'الأساس', 'الأحكام'],
    factsUsed: (country: string) => `${country}: الوقائع المستخدمة`,
    factsColumns: ['الوقائع', 'متحقَّق منه', 'مصدر ثانوي', 'مستحضر من الذاكرة'],
    facts: {
      laws: 'التشريعات',
      sections: 'المواد المستشهد بها',
      statuses: 'الوضع بموجب الصك',
      reservations: 'التحفظات والإعلانات',
    },
    versions: (version: string, asAt: string, inForce: number, notInForce: number) =>
      `إصدار بيانات الدولة: ${version}. المواد النافذة في ${asAt}: ${inForce}؛ المواد المسجَّلة غير النافذة: ${notInForce}.`,
    laws: 'التشريعات',
    lawColumns: (asAt: string) => ['التشريع', 'الإحالة', 'التواريخ', `نافذ في ${asAt}`, 'الأساس'],
    yes: 'نعم',
    no: 'لا',
    from: (date: string) => `اعتبارًا من ${date}`,
    statuses: 'الوضع بموجب كل صك',
    statusColumns: ['الصك', 'الوضع', 'المصدر', 'الأساس'],
    unmapped: 'مواد نافذة غير مربوطة بأي عنصر',
    unmappedIntro: (n: number) =>
      `${n === 1 ? 'ثمة مادة واحدة واردة' : `ثمة مواد عددها ${n} واردة`} في البيانات ونافذة، لكنها غير مربوطة بأي عنصر: فإما أن البيانات لا تسجّل إلا عنوان المادة، وإما أن المادة تنظّم أمرًا لا يشترطه أي صك مقيس (جريمة وطنية لا مقابل لها في المعاهدات، أو قاعدة إدارية). وحيث لم يُقرأ إلا العنوان، فقد تسدّ المادةُ ثغرةً واردة في هذا التقرير؛ فتنبغي قراءتها قبل التعويل على تلك الثغرة.`,
    sectionColumns: ['التشريع', 'المادة', 'العنوان', 'الأساس'],
    cited: 'المواد المستشهد بها',
    noneCited: 'لم يُستشهد بأي مادة.',
    translations: 'الترجمات المستخدمة',
    translationsIntro:
      'العناوين والأوصاف الواردة في هذا التقرير مأخوذة من هذه الترجمات؛ وتُعرض البيانات الإنجليزية التي لا ترجمة لها بخط مائل.',
    noTranslation: 'لم تُسجَّل أي ترجمة: جميع العناوين والأوصاف المأخوذة من البيانات واردة بالإنجليزية وبخط مائل.',
    translationColumns: ['النص المترجَم', 'اللغة', 'العناوين', 'المصدر', 'الأساس'],
    lexgapTerms: 'مصطلحات lexgap الخاصة (ليست ترجمة رسمية)',
  },
  lawDates: {
    enacted: (d: string) => `صدر في ${d}`,
    assented: (d: string) => `صودق عليه في ${d}`,
    commenced: (d: string) => `بدأ نفاذه في ${d}`,
    noCommencement: 'تاريخ بدء النفاذ غير مسجَّل',
    repealed: (d: string) => `أُلغي في ${d}`,
    repealedUndated: 'أُلغي (التاريخ غير مسجَّل)',
  },
  gap: {
    heading: (country: string, code: string, asAt: string) => `${country} (${code}): مدى التغطية بتاريخ ${asAt}`,
    lawsInForce: (asAt: string, laws: string) => `التشريعات النافذة في ${asAt}: ${laws}`,
    notInForce: (laws: string) => `غير نافذة في ذلك التاريخ: ${laws}`,
    commencedLater: (d: string) => `بدأ نفاذه في ${d}`,
    noneRecorded: 'لم يُسجَّل شيء',
    measuredBecause: (title: string, because: string) => `${title}. سبب القياس: ${because}.`,
    columns: ['الحكم', 'التقدير', 'الأحكام الوطنية', 'العناصر الناقصة أو الأضيق'],
    noGaps: 'لا توجد ثغرات.',
    noRows: 'لا توجد أحكام مقدَّرة.',
    summary: (tally: string, score: string, verdict: string) => `**الملخص:** ${tally}؛ النتيجة ${score}؛ ${verdict}.`,
    footer: 'الأوصاف قاعدة تقريبية يعتمدها lexgap (انظر docs/method.md)، وليست استنتاجًا لمجلس أوروبا.',
    assessed: 'مُقيَّم',
    reliedOn: 'مُعتمَد عليه',
    computed: (rating: string) => `التقدير المحتسب: ${rating}`,
    gapMissing: (labels: string) => `ناقص: ${labels}`,
    gapNarrower: (which: string, where: string, why: string) => `أضيق (${which}): ${where} — ${why}`,
    whyNarrowing: (detail: string) => `${detail}، وهو شرط غير مسموح به`,
    whyOnly: (detail: string) => `استيفاء جزئي فقط: ${detail}`,
    gapNotAssessed: (labels: string) => `لم يُقيَّم (لم يُقرأ التشريع): ${labels}`,
    gapEitherOr: (label: string) => `أحد البديلين مستوفى عن طريق ${label}`,
    gapArguable: (detail: string) => `محل نظر: ${detail}`,
    gapReserved: (labels: string) => `مشمول بتحفظ، وليس ثغرة: ${labels}`,
  },
};
