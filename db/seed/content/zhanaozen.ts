import type { CampaignSeed } from '../types';

export const zhanaozen: CampaignSeed = {
  slug: 'zhanaozen-2011',
  sources: ['article', 'undp-2009'],
  title: {
    en: 'Zhanaozen, 16 December 2011',
    ru: 'Жанаозен, 16 декабря 2011 года',
    kk: 'Жаңаөзен, 2011 жылғы 16 желтоқсан',
  },
  summary: {
    en:
      'On 16 December 2011 police in Zhanaozen, in Mangistau region, opened fire on striking oil workers and their families. ' +
      'Officially 16 people were killed and 64 injured; the torture that followed has gone unpunished, and calls for an independent international inquiry have not been met.',
    ru:
      '16 декабря 2011 года в Жанаозене (Мангистауская область) полиция открыла огонь по бастующим нефтяникам и членам их семей. ' +
      'По официальным данным, погибли 16 человек и 64 были ранены; последовавшие за этим пытки остались безнаказанными, а призывы провести независимое международное расследование так и не были выполнены.',
    kk:
      '2011 жылғы 16 желтоқсанда Маңғыстау облысының Жаңаөзен қаласында полиция ереуілге шыққан мұнайшылар мен олардың отбасы мүшелеріне оқ атты. ' +
      'Ресми деректер бойынша 16 адам қаза тауып, 64 адам жараланды; одан кейінгі азаптаулар жазасыз қалды, ал тәуелсіз халықаралық тергеу жүргізу туралы талаптар әлі орындалған жоқ.',
  },
  body: {
    en: [
      'In the spring of 2011 a wave of strikes began in the oil fields of Mangistau region. It started at Ersai Caspian Contractor, an equipment supply and repair contractor to the oil industry, where about 1,000 workers stopped work; workers there had formed the independent union Karakiya in 2009. Workers at Karazhanbasmunai in Aktau came out in solidarity, followed by those at Ozenmunaigaz in Zhanaozen, an oil-producing subsidiary of the state company KazMunaiGaz. The strikers wanted higher wages, better working conditions and the freedom to form independent trade unions.',
      'On 16 December 2011 police in Zhanaozen opened fire on the striking oil workers and their families. The authorities acknowledge 16 dead and 64 injured; campaigners put the number of victims dozens or even hundreds higher, and the true toll is still unknown. Detainees were tortured afterwards. The torture is well documented, yet no one has been punished for it and the Kazakh authorities have not investigated it. Calls from the UN and from international union federations for an independent international investigation remain unanswered.',
      'The repression did not end with the shooting. The courts and the police were turned against union activists, opposition politicians and journalists, and oil workers and their supporters were jailed, in many cases on “evidence” obtained under torture. It has continued since: in 2017 the union leaders Nurbek Kushakbayev and Amin Yeleusinov were imprisoned, and in 2019 young unemployed people in Zhanaozen who demanded jobs were jailed, among them Erzhan Elshibayev.',
      'No region of Kazakhstan produces more oil than Mangistau, yet according to UNDP Kazakhstan’s National Human Development Report 2009, 32.4% of its population lived below the poverty line in 2008.',
      'In January 2022 protests over fuel prices began in Zhanaozen and spread across the country. At least 164 people were killed and about 6,000 detained, and President Kassym-Jomart Tokayev called in troops of the Collective Security Treaty Organization (CSTO).',
    ].join('\n\n'),
    ru: [
      'Весной 2011 года на нефтяных месторождениях Мангистауской области началась волна забастовок. Первыми остановили работу около 1000 работников компании «Ерсай Каспиан Контрактор», которая поставляет и ремонтирует оборудование для нефтедобывающих предприятий; в 2009 году там был создан независимый профсоюз «Каракия». В знак солидарности забастовали работники «Каражанбасмуная» в Актау, а затем и «Озенмунайгаза» в Жанаозене — производственной дочерней компании национальной нефтяной компании «КазМунайГаз». Бастующие требовали повышения зарплаты, лучших условий труда и права объединяться в независимые профсоюзы.',
      '16 декабря 2011 года полиция в Жанаозене открыла огонь по бастующим нефтяникам и членам их семей. Власти признают 16 погибших и 64 раненых; по словам активистов, жертв было на десятки, а возможно, и на сотни больше, и их точное число до сих пор неизвестно. После этого задержанных пытали. Эти пытки хорошо задокументированы, однако никто за них не наказан, а власти Казахстана их даже не расследовали. Требования ООН и международных профсоюзных федераций провести независимое международное расследование так и не выполнены.',
      'Репрессии не закончились расстрелом. Суды и полиция были обращены против профсоюзных активистов, политической оппозиции и журналистов; нефтяников и их сторонников отправляли в заключение, нередко на основании «доказательств», полученных под пытками. Преследования продолжались и позже: в 2017 году в заключении оказались профсоюзные лидеры Нурбек Кушакбаев и Амин Елеусинов, а в 2019 году в Жанаозене были осуждены молодые безработные, требовавшие работы, — среди них Ержан Елшибаев.',
      'Мангистауская область добывает больше нефти, чем любой другой регион Казахстана, однако, согласно Национальному докладу о человеческом развитии ПРООН в Казахстане за 2009 год, в 2008 году за чертой бедности жили 32,4% её населения.',
      'В январе 2022 года в Жанаозене начались протесты из-за цен на топливо, которые охватили всю страну. Погибли по меньшей мере 164 человека, около 6000 были задержаны; президент Касым-Жомарт Токаев призвал войска Организации Договора о коллективной безопасности (ОДКБ).',
    ].join('\n\n'),
    kk: [
      '2011 жылдың көктемінде Маңғыстау облысының мұнай кен орындарында ереуілдер толқыны басталды. Алғашқы болып мұнай өндірушілерге жабдық жеткізіп, оны жөндейтін «Ерсай Каспиан Контрактор» компаниясының 1000-ға жуық жұмысшысы жұмысты тоқтатты; онда 2009 жылы «Қарақия» тәуелсіз кәсіподағы құрылған еді. Оларды қолдап, Ақтаудағы «Қаражанбасмұнай» жұмысшылары, одан кейін «ҚазМұнайГаз» ұлттық мұнай компаниясының өндірістік еншілес кәсіпорны — Жаңаөзендегі «Өзенмұнайгаз» жұмысшылары ереуілге шықты. Ереуілшілер жалақыны көтеруді, еңбек жағдайын жақсартуды және тәуелсіз кәсіподаққа бірігу құқығын талап етті.',
      '2011 жылғы 16 желтоқсанда Жаңаөзенде полиция ереуілдегі мұнайшылар мен олардың отбасы мүшелеріне оқ атты. Билік 16 адамның қаза тапқанын және 64 адамның жараланғанын мойындайды; ал белсенділердің айтуынша, құрбандар бұдан ондаған, тіпті жүздеген адамға көп болуы мүмкін, олардың нақты саны әлі белгісіз. Кейін ұсталғандар азапталды. Бұл азаптаулар жан-жақты құжатталған, бірақ ол үшін ешкім жазаланған жоқ, ал Қазақстан билігі оны тергеген де жоқ. БҰҰ мен халықаралық кәсіподақ федерацияларының тәуелсіз халықаралық тергеу жүргізу туралы талаптары орындалмады.',
      'Қуғын-сүргін оқ атылуымен тоқтаған жоқ. Сот пен полиция кәсіподақ белсенділеріне, саяси оппозицияға және журналистерге қарсы жұмылдырылды; мұнайшылар мен олардың жақтастары көп жағдайда азаптау арқылы алынған «дәлелдер» негізінде түрмеге қамалды. Қудалау кейін де жалғасты: 2017 жылы кәсіподақ жетекшілері Нурбек Кушакбаев пен Амин Елеусинов түрмеге қамалды, ал 2019 жылы Жаңаөзенде жұмыс талап еткен жұмыссыз жастар сотталды, олардың арасында Ержан Елшібаев та бар.',
      'Маңғыстау облысы Қазақстанның басқа өңірлерінің бәрінен көп мұнай өндіреді, алайда БҰҰДБ-ның Қазақстан бойынша 2009 жылғы Адам дамуы туралы ұлттық баяндамасына сәйкес, 2008 жылы облыс халқының 32,4 пайызы кедейлік шегінен төмен өмір сүрген.',
      '2022 жылғы қаңтарда Жаңаөзенде жанармай бағасына байланысты басталған наразылықтар бүкіл елге тарады. Кемінде 164 адам қаза тауып, 6000-ға жуық адам ұсталды; Президент Қасым-Жомарт Тоқаев Ұжымдық қауіпсіздік туралы шарт ұйымының (ҰҚШҰ) әскерлерін шақырды.',
    ].join('\n\n'),
  },
  timeline: [
    {
      on: '2008-01-01',
      precision: 'year',
      kind: 'other',
      title: {
        en: '32.4% of Mangistau’s population below the poverty line',
        ru: '32,4% населения Мангистауской области за чертой бедности',
        kk: 'Маңғыстау облысы халқының 32,4 пайызы кедейлік шегінен төмен',
      },
      body: {
        en: 'Figure for 2008 from UNDP Kazakhstan’s National Human Development Report 2009.',
        ru: 'Данные за 2008 год из Национального доклада ПРООН о человеческом развитии в Казахстане за 2009 год.',
        kk: 'БҰҰДБ-ның Қазақстан бойынша 2009 жылғы Адам дамуы туралы ұлттық баяндамасындағы 2008 жылғы дерек.',
      },
      sources: ['undp-2009'],
    },
    {
      on: '2009-01-01',
      precision: 'year',
      kind: 'other',
      title: {
        en: 'Independent union Karakiya set up at Ersai Caspian Contractor',
        ru: 'В «Ерсай Каспиан Контрактор» создан независимый профсоюз «Каракия»',
        kk: '«Ерсай Каспиан Контрактор» компаниясында «Қарақия» тәуелсіз кәсіподағы құрылды',
      },
      sources: ['article'],
    },
    {
      on: '2011-01-01',
      precision: 'year',
      kind: 'strike',
      title: {
        en: 'Strike wave in the Mangistau oil fields',
        ru: 'Волна забастовок на нефтяных месторождениях Мангистау',
        kk: 'Маңғыстау мұнай кен орындарындағы ереуілдер толқыны',
      },
      body: {
        en: 'Beginning in the spring at Ersai Caspian Contractor, where about 1,000 workers stopped work, the strikes spread to Karazhanbasmunai in Aktau and to Ozenmunaigaz in Zhanaozen. The workers wanted higher wages, better working conditions and the freedom to form independent unions.',
        ru: 'Забастовки начались весной в «Ерсай Каспиан Контрактор», где остановили работу около 1000 человек, и распространились на «Каражанбасмунай» в Актау и «Озенмунайгаз» в Жанаозене. Рабочие требовали повышения зарплаты, лучших условий труда и права на независимые профсоюзы.',
        kk: 'Ереуілдер көктемде 1000-ға жуық адам жұмысты тоқтатқан «Ерсай Каспиан Контрактор» компаниясынан басталып, Ақтаудағы «Қаражанбасмұнайға» және Жаңаөзендегі «Өзенмұнайгазға» тарады. Жұмысшылар жалақыны көтеруді, еңбек жағдайын жақсартуды және тәуелсіз кәсіподақ құқығын талап етті.',
      },
      sources: ['article'],
    },
    {
      on: '2011-12-16',
      precision: 'day',
      kind: 'massacre',
      title: {
        en: 'Police opened fire on strikers in Zhanaozen',
        ru: 'Полиция открыла огонь по бастующим в Жанаозене',
        kk: 'Жаңаөзенде полиция ереуілшілерге оқ атты',
      },
      body: {
        en: 'Officially 16 people were killed and 64 injured; campaigners say there were many more victims. Detainees were tortured afterwards, and no one has been punished for it.',
        ru: 'По официальным данным, погибли 16 человек и 64 были ранены; по словам активистов, жертв было гораздо больше. Задержанных впоследствии пытали, и никто за это не наказан.',
        kk: 'Ресми деректер бойынша 16 адам қаза тауып, 64 адам жараланды; белсенділердің айтуынша, құрбандар одан әлдеқайда көп. Кейін ұсталғандар азапталды, бірақ ол үшін ешкім жазаланған жоқ.',
      },
      sources: ['article'],
    },
    {
      on: '2021-12-01',
      precision: 'month',
      kind: 'statement',
      title: {
        en: 'Ten years on, renewed calls for an international inquiry',
        ru: 'Спустя десять лет — новые призывы к международному расследованию',
        kk: 'Он жылдан кейін халықаралық тергеу туралы талап қайта көтерілді',
      },
      body: {
        en: 'Human rights organisations and trade unionists called for an international inquiry into the killings. Earlier calls from the UN and international union federations for an independent investigation remain unanswered.',
        ru: 'Правозащитные организации и профсоюзные активисты потребовали международного расследования убийств. Прежние требования ООН и международных профсоюзных федераций о независимом расследовании не выполнены.',
        kk: 'Құқық қорғау ұйымдары мен кәсіподақ өкілдері кісі өлтіру оқиғаларын халықаралық деңгейде тергеуді талап етті. БҰҰ мен халықаралық кәсіподақ федерацияларының тәуелсіз тергеу туралы бұрынғы талаптары орындалған жоқ.',
      },
      sources: ['article'],
    },
    {
      on: '2022-01-01',
      precision: 'month',
      kind: 'protest',
      title: {
        en: 'Nationwide protests began in Zhanaozen',
        ru: 'Общенациональные протесты начались в Жанаозене',
        kk: 'Бүкіл елді қамтыған наразылықтар Жаңаөзеннен басталды',
      },
      body: {
        en: 'Protests over fuel prices spread across Kazakhstan. At least 164 people were killed and about 6,000 detained; President Tokayev called in CSTO troops.',
        ru: 'Протесты из-за цен на топливо охватили весь Казахстан. Погибли по меньшей мере 164 человека, около 6000 были задержаны; президент Токаев призвал войска ОДКБ.',
        kk: 'Жанармай бағасына байланысты наразылықтар бүкіл Қазақстанға тарады. Кемінде 164 адам қаза тауып, 6000-ға жуық адам ұсталды; Президент Тоқаев ҰҚШҰ әскерлерін шақырды.',
      },
      sources: ['article'],
    },
  ],
};
