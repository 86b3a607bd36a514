import type { LetterActionRow, LetterOfficeRow } from '@/db/schema';

export type OfficeSeed = Omit<LetterOfficeRow, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The offices letters are addressed to. No public email address of these offices could be
 * verified against an official source when this was written, so each is seeded without one and
 * unchecked: nothing is sent to an office until an organiser enters its address from the official
 * page named here and records the date they checked it (/admin/letters/offices).
 */
export const officeList: OfficeSeed[] = [
  {
    slug: 'president',
    name: {
      en: 'The President of the Republic of Kazakhstan (Akorda)',
      ru: 'Президент Республики Казахстан (Акорда)',
      kk: 'Қазақстан Республикасының Президенті (Ақорда)',
    },
    email: null,
    sourceUrl: 'https://www.akorda.kz/en',
    checkedOn: null,
    note: 'To check: find the public contact address on the official site before letters can go (Akorda also takes appeals through its website).',
  },
  {
    slug: 'prosecutor-general',
    name: {
      en: 'The Prosecutor General of the Republic of Kazakhstan',
      ru: 'Генеральный прокурор Республики Казахстан',
      kk: 'Қазақстан Республикасының Бас прокуроры',
    },
    email: null,
    sourceUrl: 'https://www.gov.kz/memleket/entities/prokuror',
    checkedOn: null,
    note: 'To check: read the public contact address from the official page before letters can go.',
  },
  {
    slug: 'foreign-ministry',
    name: {
      en: 'The Ministry of Foreign Affairs of the Republic of Kazakhstan',
      ru: 'Министерство иностранных дел Республики Казахстан',
      kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    },
    email: null,
    sourceUrl: 'https://www.gov.kz/memleket/entities/mfa',
    checkedOn: null,
    note: 'To check: read the public contact address from the official page before letters can go.',
  },
];

export type LetterActionSeed = Omit<LetterActionRow, 'id' | 'caseId' | 'createdAt' | 'updatedAt'> & { caseSlug: string; officeSlugs: string[] };

/** The demo action: letters about Erzhan Elshibayev, whose current status is not confirmed (FACTS.md). */
export const letterActionList: LetterActionSeed[] = [
  {
    slug: 'write-for-erzhan-elshibayev',
    caseSlug: 'erzhan-elshibayev',
    officeSlugs: ['prosecutor-general', 'president', 'foreign-ministry'],
    title: {
      en: 'Write for Erzhan Elshibayev',
      ru: 'Напишите письмо в защиту Ержана Елшибаева',
      kk: 'Ержан Елшібаевты қорғап хат жазыңыз',
    },
    ask: {
      en: 'The UN Working Group on Arbitrary Detention found the detention of Erzhan Elshibayev arbitrary. Ask the authorities of Kazakhstan to say publicly where he is and how he is treated, and to free him if he is still held.',
      ru: 'Рабочая группа ООН по произвольным задержаниям признала содержание Ержана Елшибаева под стражей произвольным. Попросите власти Казахстана публично сообщить, где он находится и как с ним обращаются, и освободить его, если он всё ещё в заключении.',
      kk: 'БҰҰ-ның Еркін бостандықтан айыру жөніндегі жұмыс тобы Ержан Елшібаевты ұстауды негізсіз деп таныды. Қазақстан билігінен оның қайда екенін және оған қалай қарайтынын ашық айтуды, әлі де қамауда болса, оны босатуды сұраңыз.',
    },
    letter: {
      en: 'Dear Sir or Madam,\n\nI am writing about Erzhan Elshibayev, who was sentenced in October 2019 to five years in prison after organising peaceful gatherings of unemployed young people in Zhanaozen. The UN Working Group on Arbitrary Detention found his detention arbitrary, and there have been reports of reprisals, solitary confinement and a punishment cell.\n\nI ask you to make public where Erzhan Elshibayev is and how he is treated, and, if he is still held, to release him and to quash his conviction.\n\nYours faithfully,',
      ru: 'Уважаемые господа!\n\nЯ пишу вам по поводу Ержана Елшибаева, приговорённого в октябре 2019 года к пяти годам лишения свободы после того, как он организовывал мирные собрания безработной молодёжи в Жанаозене. Рабочая группа ООН по произвольным задержаниям признала его содержание под стражей произвольным; поступали сообщения о преследованиях, одиночном заключении и штрафном изоляторе.\n\nПрошу вас публично сообщить, где находится Ержан Елшибаев и как с ним обращаются, а если он всё ещё в заключении, освободить его и отменить приговор.\n\nС уважением,',
      kk: 'Құрметті мырзалар!\n\nМен сіздерге Ержан Елшібаев туралы жазып отырмын. Ол Жаңаөзенде жұмыссыз жастардың бейбіт жиындарын ұйымдастырғаннан кейін 2019 жылғы қазанда бес жылға бас бостандығынан айырылды. БҰҰ-ның Еркін бостандықтан айыру жөніндегі жұмыс тобы оны ұстауды негізсіз деп таныды; қуғын-сүргін, жалғыз камерада ұстау және айыппұл изоляторы туралы хабарлар болды.\n\nЕржан Елшібаевтың қайда екенін және оған қалай қарайтынын ашық айтуларыңызды, ал ол әлі де қамауда болса, оны босатып, үкімін жоюларыңызды сұраймын.\n\nҚұрметпен,',
    },
    toEmbassy: true,
    allowAnonymous: true,
    mode: 'each',
    perHour: 30,
    status: 'open',
  },
];
