export * from './cases';
export * from './mail';
export * from './petitions';
