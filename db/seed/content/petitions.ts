import type { PetitionSeed } from '../types';

// Written from ../shared/campaign/FACTS.md only. Each petition asks for something the facts there
// support; none claims a status the sources do not confirm.

const PRESIDENT = {
  en: 'The President of the Republic of Kazakhstan',
  ru: 'Президенту Республики Казахстан',
  kk: 'Қазақстан Республикасының Президентіне',
};
const PROSECUTOR = {
  en: 'The Prosecutor General of the Republic of Kazakhstan',
  ru: 'Генеральному прокурору Республики Казахстан',
  kk: 'Қазақстан Республикасының Бас прокурорына',
};

export const petitionList: PetitionSeed[] = [
  {
    slug: 'free-erzhan-elshibayev',
    caseSlug: 'erzhan-elshibayev',
    goal: 5000,
    target: PRESIDENT,
    title: {
      en: 'Free Erzhan Elshibayev and tell his family where he is',
      ru: 'Освободите Ержана Елшибаева и сообщите семье, где он',
      kk: 'Ержан Елшібаевты босатыңыз және отбасына оның қайда екенін хабарлаңыз',
    },
    summary: {
      en: 'The UN Working Group on Arbitrary Detention found his detention arbitrary. His current situation has not been confirmed.',
      ru: 'Рабочая группа ООН по произвольным задержаниям признала его содержание под стражей произвольным. Его нынешнее положение не подтверждено.',
      kk: 'БҰҰ-ның Ерікті түрде ұстау жөніндегі жұмыс тобы оны ұстауды ерікті деп таныды. Оның қазіргі жағдайы расталмаған.',
    },
    body: {
      en: [
        'In 2019 Erzhan Elshibayev organised peaceful gatherings of unemployed young people in Zhanaozen who asked for jobs at Ozenmunaigaz. In October 2019 he was sentenced to five years for "hooliganism", over a 2017 fight in which four men attacked him.',
        'The UN Working Group on Arbitrary Detention found his detention arbitrary. Reprisals against him in prison have been reported, including solitary confinement and a punishment cell.',
        'We ask you to release Erzhan Elshibayev if he is still held, to quash a conviction that the United Nations found arbitrary, and to tell his family and the public where he is and how he is.',
      ].join('\n\n'),
      ru: [
        'В 2019 году Ержан Елшибаев организовывал мирные собрания безработной молодёжи Жанаозена, которая просила работы в «Озенмунайгазе». В октябре 2019 года его приговорили к пяти годам за «хулиганство» — по делу о драке 2017 года, в которой на него напали четверо.',
        'Рабочая группа ООН по произвольным задержаниям признала его содержание под стражей произвольным. Сообщалось о преследованиях в заключении, в том числе об одиночной камере и штрафном изоляторе.',
        'Мы просим освободить Ержана Елшибаева, если он всё ещё находится в заключении, отменить приговор, который ООН признала произвольным, и сообщить его семье и обществу, где он и что с ним.',
      ].join('\n\n'),
      kk: [
        '2019 жылы Ержан Елшібаев «Өзенмұнайгаздан» жұмыс сұраған Жаңаөзеннің жұмыссыз жастарының бейбіт жиындарын ұйымдастырды. 2019 жылғы қазанда ол 2017 жылғы төбелес үшін — онда оған төрт адам шабуыл жасаған — «бұзақылық» бабымен бес жылға сотталды.',
        'БҰҰ-ның Ерікті түрде ұстау жөніндегі жұмыс тобы оны ұстауды ерікті деп таныды. Түрмеде оған қысым көрсетілгені, соның ішінде жалғыз камераға және айыппұл изоляторына қамалғаны хабарланды.',
        'Біз Ержан Елшібаевты, егер ол әлі де ұсталып отырса, босатуды, БҰҰ ерікті деп таныған үкімнің күшін жоюды және отбасы мен қоғамға оның қайда және қандай жағдайда екенін хабарлауды сұраймыз.',
      ].join('\n\n'),
    },
  },
  {
    slug: 'clear-nurbek-kushakbayev',
    caseSlug: 'nurbek-kushakbayev',
    goal: 3000,
    target: PROSECUTOR,
    title: {
      en: 'Quash the conviction of union leader Nurbek Kushakbayev',
      ru: 'Отмените приговор профсоюзному лидеру Нурбеку Кушакбаеву',
      kk: 'Кәсіподақ жетекшісі Нурбек Кушакбаевқа шығарылған үкімнің күшін жойыңыз',
    },
    summary: {
      en: 'Jailed in 2017 for calling for a strike to continue; released on parole in 2018, his conviction still stands.',
      ru: 'Осуждён в 2017 году за призывы продолжать забастовку; в 2018 году вышел условно-досрочно, судимость сохраняется.',
      kk: '2017 жылы ереуілді жалғастыруға шақырғаны үшін сотталды; 2018 жылы шартты түрде босатылды, соттылығы сақталып отыр.',
    },
    body: {
      en: [
        'Nurbek Kushakbayev, a leader in the Confederation of Independent Trade Unions of Kazakhstan, was sentenced on 7 April 2017 to two and a half years in prison under Article 402 of the Criminal Code, for calling for a strike that had been declared illegal to continue.',
        'He was released on parole on 28 May 2018, but his conviction stands. Organising a union and speaking for a strike are not crimes.',
        'We ask you to quash the conviction of Nurbek Kushakbayev and to stop prosecuting workers for trade union activity.',
      ].join('\n\n'),
      ru: [
        'Нурбек Кушакбаев, один из лидеров Конфедерации независимых профсоюзов Казахстана, 7 апреля 2017 года был приговорён к двум с половиной годам лишения свободы по статье 402 Уголовного кодекса — за призывы продолжать забастовку, признанную незаконной.',
        '28 мая 2018 года он вышел условно-досрочно, но судимость сохраняется. Создавать профсоюз и выступать за забастовку — не преступление.',
        'Мы просим отменить приговор Нурбеку Кушакбаеву и прекратить преследование работников за профсоюзную деятельность.',
      ].join('\n\n'),
      kk: [
        'Қазақстанның Тәуелсіз кәсіподақтар конфедерациясының жетекшілерінің бірі Нурбек Кушакбаев 2017 жылғы 7 сәуірде Қылмыстық кодекстің 402-бабы бойынша — заңсыз деп танылған ереуілді жалғастыруға шақырғаны үшін — екі жарым жылға бас бостандығынан айырылды.',
        'Ол 2018 жылғы 28 мамырда шартты түрде мерзімінен бұрын босатылды, бірақ соттылығы сақталып отыр. Кәсіподақ құру және ереуілді қолдау — қылмыс емес.',
        'Біз Нурбек Кушакбаевқа шығарылған үкімнің күшін жоюды және жұмысшыларды кәсіподақ қызметі үшін қудалауды тоқтатуды сұраймыз.',
      ].join('\n\n'),
    },
  },
  {
    slug: 'clear-amin-yeleusinov',
    caseSlug: 'amin-yeleusinov',
    goal: 3000,
    target: PROSECUTOR,
    title: {
      en: 'Quash the conviction of union chair Amin Yeleusinov',
      ru: 'Отмените приговор председателю профсоюза Амину Елеусинову',
      kk: 'Кәсіподақ төрағасы Амин Елеусиновке шығарылған үкімнің күшін жойыңыз',
    },
    summary: {
      en: 'Sentenced in 2017 to two years, confiscation, damages and a five-year ban on union work; released on parole in 2018.',
      ru: 'В 2017 году приговорён к двум годам, конфискации, выплате ущерба и пятилетнему запрету на профсоюзную работу; в 2018 году вышел условно-досрочно.',
      kk: '2017 жылы екі жылға, мүлкін тәркілеуге, залал өтеуге және бес жыл кәсіподақ қызметіне тыйым салуға сотталды; 2018 жылы шартты түрде босатылды.',
    },
    body: {
      en: [
        'Amin Yeleusinov chaired the union at the Oil Construction Company. Arrested in 2017, he was sentenced on 16 May 2017 to two years in prison, with confiscation of property, about USD 25,000 in damages and a five-year ban on trade union activity.',
        'He was released on parole on 22 May 2018. A ban on union work punishes the very thing a union leader is elected to do.',
        'We ask you to quash the conviction of Amin Yeleusinov, with every penalty that came with it.',
      ].join('\n\n'),
      ru: [
        'Амин Елеусинов возглавлял профсоюз Нефтестроительной компании. Арестованный в 2017 году, 16 мая 2017 года он был приговорён к двум годам лишения свободы с конфискацией имущества, выплатой около 25 000 долларов США ущерба и запретом на профсоюзную деятельность на пять лет.',
        '22 мая 2018 года он вышел условно-досрочно. Запрет на профсоюзную работу наказывает за то, ради чего профсоюзного лидера избирают.',
        'Мы просим отменить приговор Амину Елеусинову вместе со всеми назначенными наказаниями.',
      ].join('\n\n'),
      kk: [
        'Амин Елеусинов Мұнай құрылыс компаниясының кәсіподағын басқарды. 2017 жылы қамауға алынып, 2017 жылғы 16 мамырда мүлкі тәркіленіп, шамамен 25 000 АҚШ доллары залал өтеуге және бес жыл кәсіподақ қызметіне тыйым салумен екі жылға бас бостандығынан айырылды.',
        'Ол 2018 жылғы 22 мамырда шартты түрде мерзімінен бұрын босатылды. Кәсіподақ жұмысына тыйым салу — кәсіподақ жетекшісі сайланатын істің өзі үшін жазалау.',
        'Біз Амин Елеусиновке шығарылған үкімнің күшін барлық жазасымен бірге жоюды сұраймыз.',
      ].join('\n\n'),
    },
  },
  {
    slug: 'justice-for-aron-atabek',
    caseSlug: 'aron-atabek',
    goal: 3000,
    target: PROSECUTOR,
    title: {
      en: 'Investigate how Aron Atabek was treated in prison',
      ru: 'Расследуйте, как обращались с Ароном Атабеком в заключении',
      kk: 'Арон Атабекпен түрмеде қалай қарым-қатынас жасалғанын тергеңіз',
    },
    summary: {
      en: 'The poet spent years in solitary confinement, lost 35 kg, and died weeks after his release in 2021.',
      ru: 'Поэт провёл годы в одиночной камере, потерял 35 кг и умер через несколько недель после освобождения в 2021 году.',
      kk: 'Ақын жылдар бойы жалғыз камерада отырды, 35 кг салмақ жоғалтты және 2021 жылы босатылғаннан кейін бірнеше аптадан соң қайтыс болды.',
    },
    body: {
      en: [
        'Aron Atabek, poet and a founder of the Alash National Independence Party, was arrested in 2006 after the defence of the Shanyrak shanty town outside Almaty and sentenced in 2007 to 18 years.',
        'He spent long periods in solitary confinement and was moved between prisons in Arkalyk, Karazhal, Karaganda and Pavlodar; he lost 35 kg. On 1 October 2021 a court in Pavlodar changed the rest of his term to restricted freedom on health grounds. He died of Covid-19 in Almaty on 24 November 2021, aged 68.',
        'We ask you to open an independent investigation into his treatment in prison, and to publish its findings.',
      ].join('\n\n'),
      ru: [
        'Арон Атабек, поэт и один из основателей Национальной партии независимости «Алаш», был арестован в 2006 году после защиты посёлка Шанырак под Алматы и в 2007 году приговорён к 18 годам.',
        'Он подолгу содержался в одиночной камере, его переводили из тюрьмы в тюрьму — Аркалык, Каражал, Караганда, Павлодар; он потерял 35 кг. 1 октября 2021 года суд в Павлодаре по состоянию здоровья заменил ему остаток срока ограничением свободы. Он умер от Covid-19 в Алматы 24 ноября 2021 года в возрасте 68 лет.',
        'Мы просим провести независимое расследование того, как с ним обращались в заключении, и опубликовать его выводы.',
      ].join('\n\n'),
      kk: [
        'Ақын, «Алаш» ұлттық тәуелсіздік партиясының негізін қалаушылардың бірі Арон Атабек 2006 жылы Алматы маңындағы Шаңырақ кентін қорғаудан кейін қамауға алынып, 2007 жылы 18 жылға сотталды.',
        'Ол ұзақ уақыт жалғыз камерада ұсталды, Арқалық, Қаражал, Қарағанды, Павлодар түрмелеріне ауыстырылып отырды; 35 кг салмақ жоғалтты. 2021 жылғы 1 қазанда Павлодар соты денсаулығына байланысты жазасының қалған мерзімін бас бостандығын шектеумен ауыстырды. Ол 2021 жылғы 24 қарашада Алматыда 68 жасында Covid-19-дан қайтыс болды.',
        'Біз оның түрмеде қалай ұсталғанына тәуелсіз тергеу жүргізуді және оның қорытындыларын жариялауды сұраймыз.',
      ].join('\n\n'),
    },
  },
  {
    slug: 'zhanaozen-inquiry',
    caseSlug: null,
    goal: 10000,
    target: PRESIDENT,
    title: {
      en: 'An independent international inquiry into Zhanaozen',
      ru: 'Независимое международное расследование событий в Жанаозене',
      kk: 'Жаңаөзен оқиғаларына тәуелсіз халықаралық тергеу',
    },
    summary: {
      en: 'On 16 December 2011 police opened fire on striking oil workers and their families. No independent inquiry has been allowed.',
      ru: '16 декабря 2011 года полиция открыла огонь по бастующим нефтяникам и их семьям. Независимого расследования так и не допустили.',
      kk: '2011 жылғы 16 желтоқсанда полиция ереуілдегі мұнайшылар мен олардың отбасыларына оқ атты. Тәуелсіз тергеуге әлі жол берілмеді.',
    },
    body: {
      en: [
        'In 2011 oil workers in the Mangistau region struck for better pay and conditions and for the right to independent trade unions. On 16 December 2011 police in Zhanaozen opened fire on the strikers and their families. Officially 16 people were killed and 64 injured; campaigners say many more.',
        'The torture of people detained afterwards is documented and has gone unpunished. Calls from the United Nations and the international union federations for an independent international inquiry have not been met.',
        'We ask you to allow an independent international inquiry into the killings in Zhanaozen and the torture that followed, and to bring those responsible to justice.',
      ].join('\n\n'),
      ru: [
        'В 2011 году нефтяники Мангистауской области бастовали за достойную оплату и условия труда и за право на независимые профсоюзы. 16 декабря 2011 года полиция в Жанаозене открыла огонь по бастующим и их семьям. Официально погибли 16 человек и 64 ранены; правозащитники говорят, что жертв намного больше.',
        'Пытки задержанных после этих событий задокументированы и остались безнаказанными. Призывы ООН и международных профсоюзных федераций провести независимое международное расследование не услышаны.',
        'Мы просим допустить независимое международное расследование убийств в Жанаозене и последовавших пыток и привлечь виновных к ответственности.',
      ].join('\n\n'),
      kk: [
        '2011 жылы Маңғыстау облысының мұнайшылары лайықты жалақы мен еңбек жағдайы үшін және тәуелсіз кәсіподақ құру құқығы үшін ереуілге шықты. 2011 жылғы 16 желтоқсанда Жаңаөзенде полиция ереуілшілер мен олардың отбасыларына оқ атты. Ресми дерек бойынша 16 адам қаза тауып, 64 адам жараланды; құқық қорғаушылар құрбандар әлдеқайда көп дейді.',
        'Осыдан кейін ұсталғандарды азаптау құжатталған және жазасыз қалды. БҰҰ мен халықаралық кәсіподақ федерацияларының тәуелсіз халықаралық тергеу жүргізу туралы талаптары орындалмады.',
        'Біз Жаңаөзендегі кісі өлтірулер мен одан кейінгі азаптауларға тәуелсіз халықаралық тергеу жүргізуге рұқсат беруді және кінәлілерді жауапқа тартуды сұраймыз.',
      ].join('\n\n'),
    },
  },
];
