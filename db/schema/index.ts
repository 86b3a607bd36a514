export * from './cases';
export * from './mail';
export * from './auth';
export * from './audit';
