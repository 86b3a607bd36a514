// Stands in for the `server-only` package where tests and scripts run on the server outside Next.
export {};
