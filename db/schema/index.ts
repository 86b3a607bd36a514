export * from './cases';
export * from './petitions';
