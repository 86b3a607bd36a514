export * from './cases';
export * from './mail';
