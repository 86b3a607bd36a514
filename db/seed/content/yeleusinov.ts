import type { CaseSeed } from '../types';

/** The date of his release on parole, the latest dated fact our sources give for him. */
const LAST_REPORT = '2018-05-22';

export const yeleusinov: CaseSeed = {
  slug: 'amin-yeleusinov',
  sources: ['ituc', 'industriall', 'article'],
  name: { en: 'Amin Yeleusinov', ru: 'Амин Елеусинов', kk: 'Амин Елеусинов' },
  names: [
    { name: 'Amin Yeleusinov', language: 'en', kind: 'primary' },
    { name: 'Амин Елеусинов', language: 'ru', kind: 'primary' },
    { name: 'Amin Eleusinov', language: 'en', kind: 'alias' },
  ],
  occupation: { en: 'Trade union leader', ru: 'Профсоюзный лидер', kk: 'Кәсіподақ жетекшісі' },
  affiliation: {
    en: 'Trade union at the Oil Construction Company (chair)',
    ru: 'Профсоюз компании Oil Construction Company (председатель)',
    kk: 'Oil Construction Company компаниясының кәсіподағы (төраға)',
  },
  summary: {
    en:
      'Amin Yeleusinov, chair of the trade union at the Oil Construction Company, was sentenced on 16 May 2017 to two years in prison, with confiscation of property, about USD 25,000 in damages and a five-year ban on trade union activity. ' +
      'He was released on parole on 22 May 2018.',
    ru:
      'Амин Елеусинов, председатель профсоюза компании Oil Construction Company, 16 мая 2017 года был приговорён к двум годам лишения свободы с конфискацией имущества, взысканием около 25 000 долларов США в возмещение ущерба и пятилетним запретом на профсоюзную деятельность. ' +
      '22 мая 2018 года он вышел на свободу условно-досрочно.',
    kk:
      'Oil Construction Company компаниясы кәсіподағының төрағасы Амин Елеусинов 2017 жылғы 16 мамырда екі жылға бас бостандығынан айырылды; сонымен бірге мүлкі тәркіленіп, оған шамамен 25 000 АҚШ доллары көлемінде залалды өтеу міндеттелді және бес жыл бойы кәсіподақ қызметімен айналысуға тыйым салынды. ' +
      'Ол 2018 жылғы 22 мамырда шартты түрде мерзімінен бұрын босатылды.',
  },
  biography: {
    en: [
      'Amin Yeleusinov chaired the trade union at the Oil Construction Company. After union organising in the oil field revived in late 2016, he was arrested in 2017, as was Nurbek Kushakbayev of the Confederation of Independent Trade Unions of Kazakhstan.',
      'On 16 May 2017 he was sentenced to two years in prison. The sentence also provided for confiscation of property, damages of about USD 25,000 and a five-year ban on trade union activity. The sources we rely on do not record the charges on which he was convicted.',
      'He was released on parole on 22 May 2018. Parole ended his imprisonment but did not overturn the verdict.',
    ].join('\n\n'),
    ru: [
      'Амин Елеусинов возглавлял профсоюз компании Oil Construction Company. После новой волны профсоюзной организации на нефтяном месторождении в конце 2016 года он был арестован в 2017 году — как и Нурбек Кушакбаев из Конфедерации независимых профсоюзов Казахстана.',
      '16 мая 2017 года его приговорили к двум годам лишения свободы. Приговор также предусматривал конфискацию имущества, возмещение ущерба в размере около 25 000 долларов США и запрет на профсоюзную деятельность сроком на пять лет. В источниках, на которые мы опираемся, не указано, по каким статьям он был осуждён.',
      '22 мая 2018 года он был освобождён условно-досрочно. Освобождение положило конец заключению, но не отменило приговор.',
    ].join('\n\n'),
    kk: [
      'Амин Елеусинов Oil Construction Company компаниясының кәсіподағын басқарды. 2016 жылдың соңында мұнай кен орнында кәсіподақ ұйымдастыру жұмысы қайта жанданғаннан кейін ол 2017 жылы қамауға алынды; Қазақстанның Тәуелсіз кәсіподақтар конфедерациясынан Нурбек Кушакбаев та сол жылы қамауға алынған еді.',
      '2017 жылғы 16 мамырда ол екі жылға бас бостандығынан айырылды. Үкім бойынша оның мүлкі тәркіленді, оған шамамен 25 000 АҚШ доллары көлемінде залалды өтеу міндеттелді және бес жыл бойы кәсіподақ қызметімен айналысуға тыйым салынды. Біз сүйенетін дереккөздерде оның қандай баптар бойынша сотталғаны көрсетілмеген.',
      '2018 жылғы 22 мамырда ол шартты түрде мерзімінен бұрын босатылды. Бұл оны түрмеден босатқанымен, үкімнің күшін жоймады.',
    ].join('\n\n'),
  },
  howToHelp: {
    en:
      'He is no longer in prison, but the verdict against him has not been overturned. We have no verified address for him; the campaign will forward letters once one has been verified. ' +
      'You can share this profile, raise his case with your trade union, and bring it to the attention of your country’s foreign ministry or the embassy of Kazakhstan.',
    ru:
      'Он больше не в заключении, но приговор не отменён. Проверенного адреса у нас нет; кампания будет передавать письма, как только адрес будет подтверждён. ' +
      'Вы можете поделиться этой страницей, рассказать о его деле в своём профсоюзе и обратить на него внимание министерства иностранных дел своей страны или посольства Казахстана.',
    kk:
      'Ол енді түрмеде емес, бірақ оған шығарылған үкімнің күші жойылған жоқ. Оның тексерілген мекенжайы бізде жоқ; мекенжай расталған соң науқан хаттарды жеткізіп береді. ' +
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
      since: '2017-05-16',
      sincePrecision: 'day',
      asOf: LAST_REPORT,
      sources: ['ituc'],
    },
    {
      status: 'paroled',
      since: '2018-05-22',
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
  // The charges are not recorded in our sources; the biography says so.
  charges: [],
  sentences: [
    {
      sentencedOn: '2017-05-16',
      sentencedOnPrecision: 'day',
      termMonths: 24,
      additionalPenalties: [
        { en: 'Confiscation of property', ru: 'Конфискация имущества', kk: 'Мүлкін тәркілеу' },
        {
          en: 'Damages of about USD 25,000',
          ru: 'Возмещение ущерба в размере около 25 000 долларов США',
          kk: 'Шамамен 25 000 АҚШ доллары көлемінде залалды өтеу',
        },
        {
          en: 'Five-year ban on trade union activity',
          ru: 'Запрет на профсоюзную деятельность сроком на пять лет',
          kk: 'Бес жыл бойы кәсіподақ қызметімен айналысуға тыйым',
        },
      ],
      sources: ['ituc'],
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
      on: '2017-05-16',
      precision: 'day',
      kind: 'sentence',
      title: {
        en: 'Sentenced to two years in prison',
        ru: 'Приговорён к двум годам лишения свободы',
        kk: 'Екі жылға бас бостандығынан айырылды',
      },
      body: {
        en: 'The sentence also included confiscation of property, about USD 25,000 in damages and a five-year ban on trade union activity.',
        ru: 'Приговор также включал конфискацию имущества, возмещение ущерба около 25 000 долларов США и пятилетний запрет на профсоюзную деятельность.',
        kk: 'Үкім мүлікті тәркілеуді, шамамен 25 000 АҚШ доллары көлемінде залалды өтеуді және бес жыл бойы кәсіподақ қызметімен айналысуға тыйымды да қамтыды.',
      },
      sources: ['ituc'],
    },
    {
      on: '2018-05-22',
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
