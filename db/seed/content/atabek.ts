import type { CaseSeed } from '../types';

/** The date of his death, the latest dated fact our sources give for him. */
const LAST_REPORT = '2021-11-24';

/** A prison named by its town; the town is given in the locative case for Russian and Kazakh. */
const prison = (en: string, ruIn: string, kkIn: string) => ({
  facility: {
    en: `Prison in ${en}`,
    ru: `Исправительное учреждение в ${ruIn}`,
    kk: `${kkIn} түзеу мекемесі`,
  },
});

export const atabek: CaseSeed = {
  slug: 'aron-atabek',
  sources: ['rferl', 'wikipedia-atabek', 'article'],
  name: { en: 'Aron Atabek', ru: 'Арон Атабек', kk: 'Арон Атабек' },
  birthName: 'Aron Edigeev',
  names: [
    { name: 'Aron Atabek', language: 'en', kind: 'primary' },
    { name: 'Арон Атабек', kind: 'primary' },
    { name: 'Aron Edigeev', language: 'en', kind: 'birth' },
    { name: 'Арон Едигеев', kind: 'birth' },
  ],
  occupation: { en: 'Poet', ru: 'Поэт', kk: 'Ақын' },
  affiliation: {
    en: 'Alash National Independence Party (one of its founders)',
    ru: 'Партия национальной независимости «Алаш» (один из основателей)',
    kk: '«Алаш» ұлттық тәуелсіздік партиясы (негізін қалаушылардың бірі)',
  },
  summary: {
    en:
      'Aron Atabek, a poet and one of the founders of the Alash National Independence Party, was sentenced in 2007 to 18 years in prison after the defence of the Shanyrak settlement outside Almaty. ' +
      'Released on health grounds on 1 October 2021, he died of Covid-19 in Almaty on 24 November 2021, aged 68.',
    ru:
      'Поэт Арон Атабек, один из основателей Партии национальной независимости «Алаш», в 2007 году был приговорён к 18 годам лишения свободы после защиты посёлка Шанырак под Алматы. ' +
      'Освобождённый по состоянию здоровья 1 октября 2021 года, он умер от Covid-19 в Алматы 24 ноября 2021 года в возрасте 68 лет.',
    kk:
      'Ақын, «Алаш» ұлттық тәуелсіздік партиясының негізін қалаушылардың бірі Арон Атабек Алматы маңындағы Шаңырақ қонысын қорғау оқиғасынан кейін 2007 жылы 18 жылға бас бостандығынан айырылды. ' +
      'Денсаулығына байланысты 2021 жылғы 1 қазанда босатылған ол 2021 жылғы 24 қарашада Алматыда Covid-19 дертінен 68 жасында қайтыс болды.',
  },
  biography: {
    en: [
      'Aron Atabek, born Aron Edigeev, was a poet who had been active in democratic and national movements since the late Soviet years. He was one of the founders of the Alash National Independence Party.',
      'In 2006 he was arrested after the defence of Shanyrak, a settlement built by homeless people on the outskirts of Almaty. In 2007 he was sentenced to 18 years in prison. He spent long periods in solitary confinement, and accounts of his imprisonment also describe beatings by guards. He was moved between prisons in Arkalyk, Karazhal, Karaganda and Pavlodar, and lost 35 kg.',
      'On 1 October 2021 a court in Pavlodar replaced the rest of his term with restricted freedom because of his health, and he left prison. Badly weakened, he fell ill with Covid-19 and died in hospital in Almaty on 24 November 2021, at the age of 68. The rights group Oyan, Qazaqstan held the authorities responsible for his death, noting that he had refused an amnesty and never asked Nazarbayev for forgiveness.',
      'On 28 November 2021 his friends, members of his family and people from opposition movements gathered by the monument to the poet Abai in Almaty. They read poems and called for the Shanyrak case to be reviewed.',
    ].join('\n\n'),
    ru: [
      'Арон Атабек (урождённый Арон Едигеев) — поэт, участвовавший в демократическом и национальном движении с позднесоветских лет. Он был одним из основателей Партии национальной независимости «Алаш».',
      'В 2006 году его арестовали после защиты Шанырака — посёлка, построенного бездомными людьми на окраине Алматы. В 2007 году он был приговорён к 18 годам лишения свободы. Он подолгу находился в одиночной камере; по имеющимся сведениям, его также избивали охранники. Его переводили из одного места заключения в другое — в Аркалыке, Каражале, Караганде и Павлодаре; за годы заключения он потерял 35 килограммов.',
      '1 октября 2021 года суд в Павлодаре по состоянию здоровья заменил ему оставшийся срок ограничением свободы, и он вышел из заключения. Сильно ослабленный, он заболел Covid-19 и 24 ноября 2021 года умер в больнице в Алматы в возрасте 68 лет. Правозащитная группа «Оян, Казахстан» возложила ответственность за его смерть на власти, напомнив, что он отказался от амнистии и ни разу не просил у Назарбаева прощения.',
      '28 ноября 2021 года друзья, родственники и участники оппозиционных движений собрались у памятника поэту Абаю Кунанбаеву в Алматы. Они читали стихи и требовали пересмотреть дело о Шаныраке.',
    ].join('\n\n'),
    kk: [
      'Арон Атабек (туғандағы аты-жөні — Арон Едигеев) кеңес заманының соңғы жылдарынан бастап демократиялық және ұлттық қозғалыстарға қатысқан ақын. Ол «Алаш» ұлттық тәуелсіздік партиясының негізін қалаушылардың бірі болды.',
      '2006 жылы ол Алматы шетінде баспанасыз адамдар салған Шаңырақ қонысын қорғау оқиғасынан кейін қамауға алынды. 2007 жылы оған 18 жылға бас бостандығынан айыру жазасы тағайындалды. Ол ұзақ уақыт жалғыз кісілік камерада отырды; мәліметтерге қарағанда, оны күзетшілер соққыға да жыққан. Ол Арқалық, Қаражал, Қарағанды және Павлодардағы түзеу мекемелерінде ұсталып, түрмеде 35 келі салмақ тастады.',
      '2021 жылғы 1 қазанда Павлодардағы сот денсаулығына байланысты жазасының қалған мерзімін бас бостандығын шектеумен ауыстырды, сөйтіп ол түрмеден шықты. Әбден әлсіреген ол Covid-19 жұқтырып, 2021 жылғы 24 қарашада Алматыдағы ауруханада 68 жасында қайтыс болды. «Оян, Қазақстан» құқық қорғау тобы оның өліміне билікті жауапты деп санайтынын мәлімдеп, оның рақымшылықтан бас тартқанын және Назарбаевтан бір рет те кешірім сұрамағанын атап өтті.',
      '2021 жылғы 28 қарашада оның достары, туыстары және оппозициялық қозғалыстардың өкілдері Алматыдағы ақын Абай Құнанбайұлының ескерткіші жанына жиналды. Олар өлең оқып, Шаңырақ ісін қайта қарауды талап етті.',
    ].join('\n\n'),
  },
  howToHelp: {
    en:
      'Aron Atabek died on 24 November 2021. You can help keep his memory alive by sharing his story, and by supporting the call of his friends and family for the Shanyrak case to be reviewed — for example by raising it with your trade union or with your country’s foreign ministry.',
    ru:
      'Арон Атабек скончался 24 ноября 2021 года. Вы можете помочь сохранить память о нём: рассказывайте его историю и поддержите требование его друзей и близких пересмотреть дело о Шаныраке — например, поднимите этот вопрос в своём профсоюзе или в министерстве иностранных дел своей страны.',
    kk:
      'Арон Атабек 2021 жылғы 24 қарашада дүниеден озды. Оның есімін ұмыттырмауға көмектесе аласыз: оның тағдыры туралы айтып, достары мен туыстарының Шаңырақ ісін қайта қарау туралы талабын қолдаңыз — мысалы, бұл мәселені өз кәсіподағыңызда немесе еліңіздің Сыртқы істер министрлігінде көтеріңіз.',
  },
  statuses: [
    {
      status: 'pre_trial',
      since: '2006-01-01',
      sincePrecision: 'year',
      asOf: LAST_REPORT,
      sources: ['rferl', 'wikipedia-atabek', 'article'],
    },
    {
      status: 'imprisoned',
      since: '2007-01-01',
      sincePrecision: 'year',
      asOf: LAST_REPORT,
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      status: 'restricted_freedom',
      since: '2021-10-01',
      sincePrecision: 'day',
      asOf: LAST_REPORT,
      note: {
        en: 'A court in Pavlodar replaced the rest of his prison term with restricted freedom on health grounds.',
        ru: 'Суд в Павлодаре по состоянию здоровья заменил оставшийся срок заключения ограничением свободы.',
        kk: 'Павлодардағы сот денсаулығына байланысты жазасының қалған мерзімін бас бостандығын шектеумен ауыстырды.',
      },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      status: 'deceased',
      since: '2021-11-24',
      sincePrecision: 'day',
      asOf: LAST_REPORT,
      note: {
        en: 'Died of Covid-19 in Almaty, aged 68.',
        ru: 'Умер от Covid-19 в Алматы в возрасте 68 лет.',
        kk: 'Алматыда Covid-19 дертінен 68 жасында қайтыс болды.',
      },
      sources: ['rferl', 'wikipedia-atabek', 'article'],
    },
  ],
  // The charges are not recorded in our checked facts.
  charges: [],
  sentences: [
    {
      sentencedOn: '2007-01-01',
      sentencedOnPrecision: 'year',
      termMonths: 216,
      sources: ['rferl', 'wikipedia-atabek'],
    },
  ],
  // Prisons he was held in; our sources give neither the dates nor the order of the transfers.
  detentions: [
    {
      ...prison('Arkalyk', 'Аркалыке', 'Арқалықтағы'),
      city: { en: 'Arkalyk', ru: 'Аркалык', kk: 'Арқалық' },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      ...prison('Karazhal', 'Каражале', 'Қаражалдағы'),
      city: { en: 'Karazhal', ru: 'Каражал', kk: 'Қаражал' },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      ...prison('Karaganda', 'Караганде', 'Қарағандыдағы'),
      city: { en: 'Karaganda', ru: 'Караганда', kk: 'Қарағанды' },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      ...prison('Pavlodar', 'Павлодаре', 'Павлодардағы'),
      city: { en: 'Pavlodar', ru: 'Павлодар', kk: 'Павлодар' },
      sources: ['rferl', 'wikipedia-atabek'],
    },
  ],
  timeline: [
    {
      on: '2006-01-01',
      precision: 'year',
      kind: 'arrest',
      title: {
        en: 'Arrested after the defence of Shanyrak',
        ru: 'Арестован после защиты Шанырака',
        kk: 'Шаңырақты қорғау оқиғасынан кейін қамауға алынды',
      },
      body: {
        en: 'Shanyrak was a settlement built by homeless people on the outskirts of Almaty.',
        ru: 'Шанырак — посёлок, построенный бездомными людьми на окраине Алматы.',
        kk: 'Шаңырақ — Алматы шетінде баспанасыз адамдар салған қоныс.',
      },
      sources: ['rferl', 'wikipedia-atabek', 'article'],
    },
    {
      on: '2007-01-01',
      precision: 'year',
      kind: 'sentence',
      title: {
        en: 'Sentenced to 18 years in prison',
        ru: 'Приговорён к 18 годам лишения свободы',
        kk: '18 жылға бас бостандығынан айырылды',
      },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      on: '2021-10-01',
      precision: 'day',
      kind: 'release',
      title: {
        en: 'Released from prison on health grounds',
        ru: 'Освобождён из заключения по состоянию здоровья',
        kk: 'Денсаулығына байланысты түрмеден босатылды',
      },
      body: {
        en: 'A court in Pavlodar replaced the rest of his term with restricted freedom.',
        ru: 'Суд в Павлодаре заменил оставшийся срок ограничением свободы.',
        kk: 'Павлодардағы сот жазасының қалған мерзімін бас бостандығын шектеумен ауыстырды.',
      },
      sources: ['rferl', 'wikipedia-atabek'],
    },
    {
      on: '2021-11-24',
      precision: 'day',
      kind: 'death',
      title: {
        en: 'Died of Covid-19 in Almaty, aged 68',
        ru: 'Умер от Covid-19 в Алматы в возрасте 68 лет',
        kk: 'Алматыда Covid-19 дертінен 68 жасында қайтыс болды',
      },
      sources: ['rferl', 'wikipedia-atabek', 'article'],
    },
    {
      on: '2021-11-28',
      precision: 'day',
      kind: 'protest',
      title: {
        en: 'Gathering in his memory at the Abai monument in Almaty',
        ru: 'Собрание в его память у памятника Абаю в Алматы',
        kk: 'Алматыдағы Абай ескерткіші жанында оны еске алу жиыны',
      },
      body: {
        en: 'Friends, relatives and members of opposition movements read poems and called for the Shanyrak case to be reviewed.',
        ru: 'Друзья, родственники и участники оппозиционных движений читали стихи и требовали пересмотреть дело о Шаныраке.',
        kk: 'Достары, туыстары және оппозициялық қозғалыстардың өкілдері өлең оқып, Шаңырақ ісін қайта қарауды талап етті.',
      },
      sources: ['article'],
    },
  ],
};
