import { notFound } from 'next/navigation';
import { ScriptsRun } from './scripts-run';

// A page for the CSP test (tests/e2e/csp.spec.ts), served only when CSP_PROBE=1 (the e2e server):
// cached like the public pages, with an inline script and an inline handler in its content as an
// injection would put them there. The policy must stop both while the page's own scripts run.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

const INJECTED =
  '<script>window.__injected = true; document.body.dataset.injected = "ran";</script>' +
  '<img src="/icon.svg" alt="" width="1" height="1" onload="document.body.dataset.handler = \'ran\'">';

export default async function CspProbe({ params }: { params: Promise<{ variant: string }> }) {
  if (process.env.CSP_PROBE !== '1') notFound();
  const { variant } = await params;
  return (
    <>
      <h1>CSP probe {variant}</h1>
      <div dangerouslySetInnerHTML={{ __html: INJECTED }} />
      <ScriptsRun />
    </>
  );
}
