export * from './cases';
export * from './auth';
export * from './audit';
