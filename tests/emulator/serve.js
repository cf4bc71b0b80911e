// Starts telegram-test-api (npm) on 127.0.0.1:<port>; prints "ready" once listening and stops when
// its standard input closes (the pytest fixture that started it went away).
const path = require('path');
const dir = process.env.HELPDESK_EMULATOR_DIR;
const mod = require(path.join(dir, 'node_modules', 'telegram-test-api'));
const TelegramServer = mod.TelegramServer || mod.default || mod;
const port = Number(process.argv[2]);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
server.start().then(() => { process.stdout.write('ready\n'); });
const stop = () => server.stop().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
