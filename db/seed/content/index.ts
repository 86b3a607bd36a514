import type { CaseSeed } from '../types';
import { atabek } from './atabek';
import { elshibayev } from './elshibayev';
import { kushakbayev } from './kushakbayev';
import { yeleusinov } from './yeleusinov';
import { zhanaozen } from './zhanaozen';

export { embassyList } from './embassies';
export { letterActionList, officeList } from './letters';
export { petitionList } from './petitions';
export { sourceList } from './sources';

export const people: CaseSeed[] = [elshibayev, kushakbayev, yeleusinov, atabek];

export const campaign = zhanaozen;
