// A stand-in web process for tests/integration/web-cluster.test.ts: answers with its pid (on
// /processes, with how many web processes it was told share the machine), and dies on /crash as a
// web process with a fatal error would.
import { createServer } from 'node:http';

createServer((request, response) => {
  if (request.url === '/crash') process.exit(3);
  response.setHeader('connection', 'close');
  response.end(request.url === '/processes' ? String(process.env.WEB_PROCESSES) : String(process.pid));
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
