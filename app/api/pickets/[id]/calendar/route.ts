import { isUuid } from '@/lib/forms/form-input';
import { picketCalendar } from '@/lib/pickets/ics';
import { getPublicPicket } from '@/lib/pickets/queries';

/** One picket's calendar file: always the current version, STATUS:CANCELLED once called off. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = isUuid(id) ? await getPublicPicket(id) : null;
  if (!page) return new Response('No such picket.', { status: 404 });
  return new Response(picketCalendar([page.picket], page.picket.title), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="picket-${id}.ics"`,
      'Cache-Control': 'no-cache',
    },
  });
}
