import type { CaseSeed } from '../types';

/** The date of his release on parole, the latest dated fact our sources give for him. */
const LAST_REPORT = '2018-05-28';

export const kushakbayev: CaseSeed = {
  slug: 'nurbek-kushakbayev',
  sources: ['ituc', 'industriall', 'article'],
  // The Kazakh spelling of his name is not in our sources, so the Kazakh page uses the spelling
  // the sources give in Cyrillic.
  name: { en: 'Nurbek Kushakbayev', ru: 'Нурбек Кушакбаев', kk: 'Нурбек Кушакбаев' },
  names: [
    { name: 'Nurbek Kushakbayev', language: 'en', kind: 'primary' },
    { name: 'Нурбек Кушакбаев', language: 'ru', kind: 'primary' },
    { name: 'Nurbek Kushakbaev', language: 'en', kind: 'alias' },
    { name: 'Nurbek Qushaqbaev', kind: 'alias' },
    { name: 'Nurbek Kashakbayev', language: 'en', kind: 'misspelling' },
  ],
  occupation: { en: 'Trade union leader', ru: 'Профсоюзный лидер', kk: 'Кәсіподақ жетекшісі' },
  affiliation: {
    en: 'Confederation of Independent Trade Unions of Kazakhstan',
    ru: 'Конфедерация независимых профсоюзов Казахстана',
    kk: 'Қазақстанның Тәуелсіз кәсіподақтар конфедерациясы',
  },
  summary: {
    en:
      'Nurbek Kushakbayev, a leader in the Confederation of Independent Trade Unions of Kazakhstan, was sentenced on 7 April 2017 to two and a half years in prison for calling for a strike that had been declared illegal to continue. ' +
      'He was released on parole on 28 May 2018; his conviction stands.',
    ru:
      'Нурбек Кушакбаев, один из лидеров Конфедерации независимых профсоюзов Казахстана, 7 апреля 2017 года был приговорён к двум с половиной годам лишения свободы за призывы продолжать забастовку, признанную незаконной. ' +
      '28 мая 2018 года он вышел на свободу условно-досрочно; судимость сохраняется.',
    kk:
      'Қазақстанның Тәуелсіз кәсіподақтар конфедерациясының жетекшілерінің бірі Нурбек Кушакбаев 2017 жылғы 7 сәуірде заңсыз деп танылған ереуілді жалғастыруға шақырғаны үшін екі жарым жылға бас бостандығынан айырылды. ' +
      'Ол 2018 жылғы 28 мамырда шартты түрде мерзімінен бұрын босатылды; соттылығы сақталып отыр.',
  },
  biography: {
    en: [
      'Nurbek Kushakbayev was a leader in the Confederation of Independent Trade Unions of Kazakhstan when he was arrested in 2017. The arrest came after union organising in the oil field revived in late 2016; Amin Yeleusinov, who chaired the union at the Oil Construction Company, was arrested the same year.',
      'On 7 April 2017 he was sentenced to two and a half years in prison under Article 402 of the Criminal Code, which punishes calls to continue a strike that has been declared illegal. An international trade union campaign was launched in his defence.',
      'He was released on parole on 28 May 2018. Parole ended his imprisonment but did not overturn the verdict: his conviction still stands.',
    ].join('\n\n'),
    ru: [
      'Нурбек Кушакбаев был одним из лидеров Конфедерации независимых профсоюзов Казахстана, когда в 2017 году его арестовали. Арест последовал за новой волной профсоюзной организации на нефтяном месторождении в конце 2016 года; в том же году был арестован и Амин Елеусинов, председатель профсоюза компании Oil Construction Company.',
      '7 апреля 2017 года его приговорили к двум с половиной годам лишения свободы по статье 402 Уголовного кодекса, которая предусматривает наказание за призывы к продолжению забастовки, признанной незаконной. В его защиту развернулась международная профсоюзная кампания.',
      '28 мая 2018 года он был освобождён условно-досрочно. Освобождение положило конец заключению, но не отменило приговор: судимость сохраняется.',
    ].join('\n\n'),
    kk: [
      'Нурбек Кушакбаев 2017 жылы қамауға алынған кезде Қазақстанның Тәуелсіз кәсіподақтар конфедерациясының жетекшілерінің бірі еді. Қамауға алу 2016 жылдың соңында мұнай кен орнында кәсіподақ ұйымдастыру жұмысы қайта жанданғаннан кейін болды; сол жылы Oil Construction Company компаниясы кәсіподағының төрағасы Амин Елеусинов та қамауға алынды.',
      '2017 жылғы 7 сәуірде ол Қылмыстық кодекстің 402-бабы бойынша екі жарым жылға бас бостандығынан айырылды; бұл бап заңсыз деп танылған ереуілді жалғастыруға шақырғаны үшін жаза көздейді. Оны қорғау үшін халықаралық кәсіподақтық науқан басталды.',
      '2018 жылғы 28 мамырда ол шартты түрде мерзімінен бұрын босатылды. Бұл оны түрмеден босатқанымен, үкімнің күшін жоймады: соттылығы сақталып отыр.',
    ].join('\n\n'),
  },
  howToHelp: {
    en:
      'He is no longer in prison, but his conviction stands. We have no verified address for him; the campaign will forward letters once one has been verified. ' +
      'You can share this profile, raise his case with your trade union, and bring it to the attention of your country’s foreign ministry or the embassy of Kazakhstan.',
    ru:
      'Он больше не в заключении, но судимость сохраняется. Проверенного адреса у нас нет; кампания будет передавать письма, как только адрес будет подтверждён. ' +
      'Вы можете поделиться этой страницей, рассказать о его деле в своём профсоюзе и обратить на него внимание министерства иностранных дел своей страны или посольства Казахстана.',
    kk:
      'Ол енді түрмеде емес, бірақ соттылығы сақталып отыр. Оның тексерілген мекенжайы бізде жоқ; мекенжай расталған соң науқан хаттарды жеткізіп береді. ' +
      'Сіз осы парақшамен бөлісіп, оның ісі туралы өз кәсіподағыңызға айта аласыз, сондай-ақ еліңіздің Сыртқы істер министрлігінің немесе Қазақстан елшілігінің назарын аудара аласыз.',
  },
  statuses: [
    {
      status: 'pre_trial',
      since: '2017-01-01',
      sincePrecision: 'year',
      asOf: LAST_REPORT,
      sources: ['article'],
    },
    {
      status: 'imprisoned',
      since: '2017-04-07',
      sincePrecision: 'day',
      asOf: LAST_REPORT,
      sources: ['ituc', 'article'],
    },
    {
      status: 'paroled',
      since: '2018-05-28',
      sincePrecision: 'day',
      asOf: LAST_REPORT,
      note: {
        en: 'Released on parole; the conviction stands.',
        ru: 'Освобождён условно-досрочно; судимость сохраняется.',
        kk: 'Шартты түрде мерзімінен бұрын босатылды; соттылығы сақталады.',
      },
      sources: ['industriall'],
    },
  ],
  charges: [
    {
      code: {
        en: 'Criminal Code of the Republic of Kazakhstan',
        ru: 'Уголовный кодекс Республики Казахстан',
        kk: 'Қазақстан Республикасының Қылмыстық кодексі',
      },
      article: '402',
      label: {
        en: 'Calls to continue a strike declared illegal',
        ru: 'Призывы к продолжению забастовки, признанной незаконной',
        kk: 'Заңсыз деп танылған ереуілді жалғастыруға шақыру',
      },
      sources: ['ituc'],
    },
  ],
  sentences: [
    {
      sentencedOn: '2017-04-07',
      sentencedOnPrecision: 'day',
      termMonths: 30,
      sources: ['ituc', 'article'],
    },
  ],
  detentions: [],
  timeline: [
    {
      on: '2016-01-01',
      precision: 'year',
      kind: 'other',
      title: {
        en: 'Union organising revived in the oil field',
        ru: 'Новая волна профсоюзной организации на нефтяном месторождении',
        kk: 'Мұнай кен орнында кәсіподақ ұйымдастыру жұмысы қайта жанданды',
      },
      body: {
        en: 'At the end of the year, efforts to organise trade unions in the oil field picked up again.',
        ru: 'В конце года на месторождении вновь активизировалась работа по организации профсоюзов.',
        kk: 'Жыл соңында кен орнында кәсіподақ ұйымдастыру жұмысы қайта қолға алынды.',
      },
      sources: ['article'],
    },
    {
      on: '2017-01-01',
      precision: 'year',
      kind: 'arrest',
      title: { en: 'Arrested', ru: 'Арестован', kk: 'Қамауға алынды' },
      sources: ['article'],
    },
    {
      on: '2017-04-07',
      precision: 'day',
      kind: 'sentence',
      title: {
        en: 'Sentenced to two and a half years in prison',
        ru: 'Приговорён к двум с половиной годам лишения свободы',
        kk: 'Екі жарым жылға бас бостандығынан айырылды',
      },
      body: {
        en: 'Convicted under Article 402 of the Criminal Code of calling for a strike declared illegal to continue.',
        ru: 'Осуждён по статье 402 Уголовного кодекса за призывы к продолжению забастовки, признанной незаконной.',
        kk: 'Қылмыстық кодекстің 402-бабы бойынша заңсыз деп танылған ереуілді жалғастыруға шақырғаны үшін сотталды.',
      },
      sources: ['ituc', 'article'],
    },
    {
      on: '2018-05-28',
      precision: 'day',
      kind: 'parole',
      title: {
        en: 'Released on parole',
        ru: 'Освобождён условно-досрочно',
        kk: 'Шартты түрде мерзімінен бұрын босатылды',
      },
      body: { en: 'The conviction stands.', ru: 'Судимость сохраняется.', kk: 'Соттылығы сақталады.' },
      sources: ['industriall'],
    },
  ],
};
