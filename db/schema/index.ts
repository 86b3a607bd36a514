export * from './cases';
export * from './mail';
export * from './petitions';
export * from './auth';
export * from './audit';
export * from './seeds';
export * from './pickets';
