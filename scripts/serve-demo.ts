import { startDemoServer } from './demo/server';

const port = Number(process.env.PORT ?? 8080);
const demo = await startDemoServer(port);
process.stdout.write(`Demo article: ${demo.articleUrl()}\nDark page:    ${demo.articleUrl(undefined, 'theme=dark')}\n(Ctrl-C to stop)\n`);
