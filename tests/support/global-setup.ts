import type { TestProject } from 'vitest/node';
import { testPostgresServer } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await testPostgresServer('test-postgres', 54330);
  project.provide('adminDatabaseUrl', server.adminUrl);
  return () => server.stop();
}
