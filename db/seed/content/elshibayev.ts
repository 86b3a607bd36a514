import type { CaseSeed } from '../types';

/** The last report we hold on him: a piece dated 15 December 2021, quoted in the source article. */
const LAST_REPORT = '2021-12-15';

const criminalCode = {
  en: 'Criminal Code of the Republic of Kazakhstan',
  ru: 'Уголовный кодекс Республики Казахстан',
  kk: 'Қазақстан Республикасының Қылмыстық кодексі',
};

export const elshibayev: CaseSeed = {
  slug: 'erzhan-elshibayev',
  sources: ['freedom-now', 'article'],
  name: { en: 'Erzhan Elshibayev', ru: 'Ержан Елшибаев', kk: 'Ержан Елшібаев' },
  names: [
    { name: 'Erzhan Elshibayev', language: 'en', kind: 'primary' },
    { name: 'Ержан Елшибаев', language: 'ru', kind: 'primary' },
    { name: 'Ержан Елшібаев', language: 'kk', kind: 'primary' },
  ],
  occupation: {
    en: 'Labour rights activist',
    ru: 'Активист, защищающий трудовые права',
    kk: 'Еңбек құқығын қорғаушы белсенді',
  },
  summary: {
    en:
      'Erzhan Elshibayev helped organise peaceful gatherings of unemployed young people in Zhanaozen in 2019 who were asking for jobs at Ozenmunaigaz. ' +
      'In October 2019 he was sentenced to five years for “hooliganism” over a 2017 fight in which he was the one attacked; his current status is not confirmed.',
    ru:
      'Ержан Елшибаев участвовал в организации мирных собраний безработной молодёжи в Жанаозене в 2019 году, требовавшей рабочих мест в «Озенмунайгазе». ' +
      'В октябре 2019 года его приговорили к пяти годам лишения свободы за «хулиганство» по делу о драке 2017 года, в которой нападению подвергся он сам; его нынешнее положение не подтверждено.',
    kk:
      'Ержан Елшібаев 2019 жылы Жаңаөзенде «Өзенмұнайгаздан» жұмыс сұраған жұмыссыз жастардың бейбіт жиындарын ұйымдастыруға қатысты. ' +
      '2019 жылғы қазанда ол 2017 жылғы төбелес үшін «бұзақылық» айыбымен бес жылға сотталды, ал сол төбелесте шабуылға ұшыраған өзі болатын; оның қазіргі жағдайы расталмаған.',
  },
  biography: {
    en: [
      'In 2019, as unemployment in Zhanaozen grew quickly, young people without work began gathering outside the offices of the local authorities to ask for jobs at Ozenmunaigaz, the oil-producing subsidiary of the state company KazMunaiGaz. Erzhan Elshibayev was one of those who helped organise these peaceful gatherings.',
      'The same year he was charged over a fight from 2017, when four men attacked him on his way to work; the incident had led to no charges at the time. In October 2019 a court sentenced him to five years in prison for “hooliganism”. The UN Working Group on Arbitrary Detention has found his detention to be arbitrary.',
      'He was held at penal institution ICH-167/9 in Lenger and then at NEK-169/5 in Kyzylorda. Reprisals against him in prison have been reported, including solitary confinement and time in a punishment cell. According to a report dated 15 December 2021, he had spent the previous three months in solitary confinement and no one had heard from him. That same month, a trade union conference in Bishkek urged the Kazakh authorities to free him without delay.',
      'We have no more recent report of where he is held or whether he is still in prison. Until a source confirms his situation, this page marks his status as unconfirmed.',
    ].join('\n\n'),
    ru: [
      'В 2019 году, когда безработица в Жанаозене быстро росла, молодые люди без работы стали собираться у здания местных властей и просить о трудоустройстве в «Озенмунайгаз» — производственную дочернюю компанию национальной нефтяной компании «КазМунайГаз». Ержан Елшибаев был одним из организаторов этих мирных собраний.',
      'В том же году ему предъявили обвинение в связи с дракой 2017 года, когда по дороге на работу на него напали четверо мужчин; тогда по этому случаю никаких обвинений предъявлено не было. В октябре 2019 года суд приговорил его к пяти годам лишения свободы за «хулиганство». Рабочая группа ООН по произвольным задержаниям признала его содержание под стражей произвольным.',
      'Он содержался в учреждении ICH-167/9 в Ленгере, затем — в учреждении NEK-169/5 в Кызылорде. Сообщалось о преследованиях в заключении, в том числе о содержании в одиночной камере и в штрафном изоляторе. Согласно сообщению от 15 декабря 2021 года, последние три месяца он провёл в одиночной камере и никто не получал от него вестей. В том же месяце участники профсоюзной конференции в Бишкеке призвали власти Казахстана немедленно его освободить.',
      'Более поздних сведений о том, где он содержится и находится ли он по-прежнему в заключении, у нас нет. Пока это не подтвердит какой-либо источник, его статус на этой странице отмечен как неподтверждённый.',
    ].join('\n\n'),
    kk: [
      '2019 жылы Жаңаөзенде жұмыссыздық тез өскен кезде жұмыссыз жастар жергілікті билік ғимаратының алдына жиналып, «ҚазМұнайГаз» ұлттық мұнай компаниясының өндірістік еншілес кәсіпорны «Өзенмұнайгазға» жұмысқа алуды сұрай бастады. Ержан Елшібаев осы бейбіт жиындарды ұйымдастырушылардың бірі болды.',
      'Сол жылы оған 2017 жылғы төбелес бойынша айып тағылды: ол кезде жұмысқа бара жатқан жолында оған төрт ер адам шабуыл жасаған, бірақ бұл оқиға бойынша ешкімге айып тағылмаған еді. 2019 жылғы қазанда сот оны «бұзақылық» үшін бес жылға бас бостандығынан айырды. БҰҰ-ның Негізсіз ұстау жөніндегі жұмыс тобы оның қамауда ұсталуын негізсіз деп таныды.',
      'Ол алдымен Ленгердегі ICH-167/9 мекемесінде, кейін Қызылордадағы NEK-169/5 мекемесінде ұсталды. Түрмеде оған қысым көрсетілгені, соның ішінде жалғыз кісілік камерада және жазалау камерасында ұсталғаны туралы хабарланды. 2021 жылғы 15 желтоқсандағы мәліметке сәйкес, ол соңғы үш ай бойы жалғыз кісілік камерада отырған және одан ешкім хабар алмаған. Сол айда Бішкекте өткен кәсіподақтар конференциясы Қазақстан билігін оны дереу босатуға шақырды.',
      'Оның қазір қайда ұсталып отырғаны немесе әлі де түрмеде екені туралы кейінгі дерек бізде жоқ. Бұл жағдайды қандай да бір дереккөз растамайынша, осы парақшада оның мәртебесі расталмаған деп көрсетіледі.',
    ].join('\n\n'),
  },
  howToHelp: {
    en:
      'There is no verified postal address for him yet, so we do not publish one; the campaign will forward letters once an address has been verified. ' +
      'You can share this profile, raise his case with your trade union, and bring it to the attention of your country’s foreign ministry or the embassy of Kazakhstan.',
    ru:
      'Проверенного почтового адреса пока нет, поэтому мы его не публикуем; кампания будет передавать письма, как только адрес будет подтверждён. ' +
      'Вы можете поделиться этой страницей, рассказать о его деле в своём профсоюзе и обратить на него внимание министерства иностранных дел своей страны или посольства Казахстана.',
    kk:
      'Оның тексерілген пошта мекенжайы әзірге жоқ, сондықтан біз оны жарияламаймыз; мекенжай расталған соң науқан хаттарды жеткізіп береді. ' +
      'Сіз осы парақшамен бөлісіп, оның ісі туралы өз кәсіподағыңызға айта аласыз, сондай-ақ еліңіздің Сыртқы істер министрлігінің немесе Қазақстан елшілігінің назарын аудара аласыз.',
  },
  statuses: [
    {
      status: 'pre_trial',
      since: '2019-01-01',
      sincePrecision: 'year',
      asOf: LAST_REPORT,
      sources: ['article'],
    },
    {
      status: 'imprisoned',
      since: '2019-10-01',
      sincePrecision: 'month',
      asOf: LAST_REPORT,
      confirmed: false,
      note: {
        en: 'Current status not confirmed. The latest report we have, dated 15 December 2021, said he was being held in solitary confinement; no recent source confirms where he is or whether he is still in prison.',
        ru: 'Текущий статус не подтверждён. В последнем известном нам сообщении, от 15 декабря 2021 года, говорилось, что он содержится в одиночной камере; более свежих источников о том, где он и остаётся ли он в заключении, нет.',
        kk: 'Қазіргі мәртебесі расталмаған. Бізге белгілі соңғы мәлімет бойынша (2021 жылғы 15 желтоқсан) ол жалғыз кісілік камерада ұсталған; оның қазір қайда екенін немесе әлі де түрмеде екенін растайтын жаңа дереккөз жоқ.',
      },
      sources: ['freedom-now', 'article'],
    },
  ],
  charges: [
    {
      code: criminalCode,
      label: { en: 'Hooliganism', ru: 'Хулиганство', kk: 'Бұзақылық' },
      sources: ['freedom-now'],
    },
  ],
  sentences: [
    {
      sentencedOn: '2019-10-01',
      sentencedOnPrecision: 'month',
      termMonths: 60,
      sources: ['freedom-now', 'article'],
    },
  ],
  detentions: [
    {
      facility: { en: 'Penal institution ICH-167/9', ru: 'Учреждение ICH-167/9', kk: 'ICH-167/9 мекемесі' },
      city: { en: 'Lenger', ru: 'Ленгер', kk: 'Ленгер' },
      lettersReach: 'unknown',
      sources: ['freedom-now'],
    },
    {
      facility: { en: 'Penal institution NEK-169/5', ru: 'Учреждение NEK-169/5', kk: 'NEK-169/5 мекемесі' },
      city: { en: 'Kyzylorda', ru: 'Кызылорда', kk: 'Қызылорда' },
      lettersReach: 'unknown',
      sources: ['freedom-now'],
    },
  ],
  timeline: [
    {
      on: '2017-01-01',
      precision: 'year',
      kind: 'other',
      title: {
        en: 'Attacked by four men on his way to work',
        ru: 'По дороге на работу на него напали четверо мужчин',
        kk: 'Жұмысқа бара жатқанда оған төрт ер адам шабуыл жасады',
      },
      body: {
        en: 'The incident led to no charges at the time.',
        ru: 'Тогда по этому случаю никаких обвинений предъявлено не было.',
        kk: 'Ол кезде бұл оқиға бойынша ешкімге айып тағылмады.',
      },
      sources: ['article'],
    },
    {
      on: '2019-01-01',
      precision: 'year',
      kind: 'protest',
      title: {
        en: 'Helped organise gatherings of unemployed young people',
        ru: 'Участвовал в организации собраний безработной молодёжи',
        kk: 'Жұмыссыз жастардың жиындарын ұйымдастыруға қатысты',
      },
      body: {
        en: 'Young people without work gathered at the offices of the local authorities in Zhanaozen to ask for jobs at Ozenmunaigaz.',
        ru: 'Молодые люди без работы собирались у здания местных властей в Жанаозене и просили о трудоустройстве в «Озенмунайгаз».',
        kk: 'Жұмыссыз жастар Жаңаөзендегі жергілікті билік ғимаратының алдына жиналып, «Өзенмұнайгазға» жұмысқа алуды сұрады.',
      },
      sources: ['article'],
    },
    {
      on: '2019-10-01',
      precision: 'month',
      kind: 'sentence',
      title: {
        en: 'Sentenced to five years in prison',
        ru: 'Приговорён к пяти годам лишения свободы',
        kk: 'Бес жылға бас бостандығынан айырылды',
      },
      body: {
        en: 'Convicted of “hooliganism” over the 2017 fight.',
        ru: 'Осуждён за «хулиганство» по делу о драке 2017 года.',
        kk: '2017 жылғы төбелес бойынша «бұзақылық» үшін сотталды.',
      },
      sources: ['freedom-now', 'article'],
    },
    {
      on: '2021-12-01',
      precision: 'month',
      kind: 'statement',
      title: {
        en: 'Trade union conference in Bishkek called for his release',
        ru: 'Профсоюзная конференция в Бишкеке призвала его освободить',
        kk: 'Бішкектегі кәсіподақ конференциясы оны босатуға шақырды',
      },
      body: {
        en: 'Trade unionists meeting in Bishkek asked the Kazakh authorities to free him without delay.',
        ru: 'Профсоюзные активисты, собравшиеся в Бишкеке, призвали власти Казахстана немедленно его освободить.',
        kk: 'Бішкекте жиналған кәсіподақ өкілдері Қазақстан билігін оны дереу босатуға шақырды.',
      },
      sources: ['article'],
    },
    {
      on: LAST_REPORT,
      precision: 'day',
      kind: 'solitary',
      title: {
        en: 'Reported held in solitary confinement',
        ru: 'Сообщение о содержании в одиночной камере',
        kk: 'Жалғыз кісілік камерада ұсталғаны хабарланды',
      },
      body: {
        en: 'A report of 15 December 2021 said he had been in solitary confinement for the previous three months and that no one had heard from him.',
        ru: 'Согласно сообщению от 15 декабря 2021 года, последние три месяца он находился в одиночной камере и от него не было никаких вестей.',
        kk: '2021 жылғы 15 желтоқсандағы мәліметке сәйкес, ол соңғы үш ай бойы жалғыз кісілік камерада болған және одан ешқандай хабар болмаған.',
      },
      sources: ['article'],
    },
  ],
};
