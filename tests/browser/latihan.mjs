// Pemeriksaan browser untuk latihan (issue 14).
//
//   npm ci --prefix tests/browser && node tests/browser/latihan.mjs
//
// Menjalankan `cargo xtask serve --port $PORT` (bawaan 3180), membuka Bab 2 dan
// Bab 3 di Chromium Debian (/usr/bin/chromium) dengan semua alamat selain
// loopback diblokir, lalu di blok starter sebuah latihan (figure.listing-latihan):
//  1. Run pada starter apa adanya -> "Belum dikerjakan";
//  2. mengetik jawaban salah (isi listings/...salah-KATA.rs menggantikan
//     `todo!()` di editor) -> "Belum benar:" dan pesan yang dijanjikan berkas itu;
//  3. mengetik solusi (berkas latihan utuh) -> "Benar:".
// Semua Run dijawab runner lokal, bukan Rust Playground publik.
// Bila buku sudah disajikan: BOOK_URL=http://127.0.0.1:3000 node tests/browser/latihan.mjs

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const port = Number(process.env.PORT || 3180);
const bookUrl = process.env.BOOK_URL || `http://127.0.0.1:${port}`;

// Latihan yang diuji: halaman, id blok starter, berkas latihan, jawaban salah (opsional).
const CASES = [
    {
        page: 'ch02-thread-dasar-latihan.html',
        id: 'listing-2-latihan-1',
        file: 'listings/ch02-thread-dasar/latihan-01-hasil-berurutan.rs',
        wrong: 'listings/ch02-thread-dasar/latihan-01-hasil-berurutan.salah-urutan-selesai.rs',
    },
    {
        page: 'ch03-tipe-thread-latihan.html',
        id: 'listing-3-latihan-1',
        file: 'listings/ch03-tipe-thread/latihan-01-unduhan-result.rs',
    },
];

let failures = 0;
function check(condition, message, detail = '') {
    if (condition) {
        console.log('ok: ' + message);
    } else {
        failures += 1;
        console.error('GAGAL: ' + message + (detail ? '\n' + detail.replace(/^/gm, '    ') : ''));
    }
}

function startServe() {
    const child = spawn('cargo', ['xtask', 'serve', '--port', String(port)], {
        cwd: root,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const ready = new Promise((resolve, reject) => {
        let runnerReady = false;
        let bookReady = false;
        const onData = chunk => {
            const text = chunk.toString();
            process.stderr.write(text.replace(/^/gm, '  | '));
            if (text.includes('runner: siap')) runnerReady = true;
            if (text.includes('runner: persiapan gagal')) reject(new Error('persiapan runner gagal'));
            if (text.includes('Serving on')) bookReady = true;
            if (runnerReady && bookReady) resolve();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', code => reject(new Error('cargo xtask serve berhenti (' + code + ')')));
        setTimeout(() => reject(new Error('xtask serve tidak siap dalam 20 menit')), 20 * 60 * 1000).unref();
    });
    return { child, ready };
}

async function stopServe(serve) {
    if (!serve || serve.child.exitCode !== null || serve.child.signalCode !== null) return;
    const exited = new Promise(resolve => serve.child.once('exit', resolve));
    const signal = sig => {
        try {
            process.kill(-serve.child.pid, sig);
        } catch (_) {
            // sudah berhenti
        }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
}

// Kode jawaban salah tanpa komentar kepalanya (baris `//` dan kosong di awal).
function wrongBody(text) {
    const lines = text.split('\n');
    const first = lines.findIndex(l => l.trim() !== '' && !l.trim().startsWith('//'));
    return lines.slice(first).join('\n').trimEnd();
}

// Teks yang dijanjikan jawaban salah: baris `// DITOLAK: ...`.
function promised(text) {
    const line = text.split('\n').find(l => l.trim().startsWith('// DITOLAK:'));
    return line.trim().slice('// DITOLAK:'.length).trim();
}

async function getCode(pre) {
    return pre.evaluate(el => window.ace.edit(el.querySelector('code.editable')).getValue());
}

async function setCode(pre, source) {
    await pre.evaluate((el, s) => window.ace.edit(el.querySelector('code.editable')).setValue(s, 1), source);
}

// Klik Run di blok `pre` dan tunggu keluarannya dari runner.
async function run(page, pre) {
    await pre.evaluate(el => {
        const old = el.querySelector('code.result');
        if (old) old.remove();
    });
    await pre.hover();
    await (await pre.$('.play-button')).click();
    const result = await pre.waitForSelector('code.result', { timeout: 30000 });
    await page.waitForFunction(
        el => el.innerText !== '' && !el.innerText.startsWith('Menjalankan'),
        result,
        { timeout: 180000 },
    );
    return result.innerText();
}

async function checkCase(context, c) {
    const page = await context.newPage();
    await page.goto(`${bookUrl}/${c.page}`);
    await page.waitForSelector('html[data-runner]', { timeout: 15000 });
    check(await page.getAttribute('html', 'data-runner') === 'lokal', `${c.page}: runner lokal aktif`);
    const pre = await page.waitForSelector(`figure#${c.id} pre.playground`, { timeout: 15000 });
    check(await pre.evaluate(el => !!el.querySelector('code.editable')), `${c.id}: starter bisa diedit`);
    const starter = await getCode(pre);
    check(starter.includes('todo!()') && !starter.includes('LATIHAN_END'), `${c.id}: blok berisi starter turunan`);

    const untouched = await run(page, pre);
    check(untouched.includes('Belum dikerjakan'), `${c.id}: starter apa adanya -> "Belum dikerjakan"`, untouched);
    check(!untouched.includes('panicked at'), `${c.id}: tanpa jejak panic`, untouched);

    if (c.wrong) {
        const text = fs.readFileSync(path.join(root, c.wrong), 'utf8');
        await setCode(pre, starter.replace('todo!()', () => wrongBody(text)));
        const out = await run(page, pre);
        check(
            out.includes('Belum benar:') && out.includes(promised(text)),
            `${c.id}: jawaban salah ${path.basename(c.wrong)} -> "${promised(text)}"`,
            out,
        );
    }

    const solution = fs.readFileSync(path.join(root, c.file), 'utf8');
    await setCode(pre, solution);
    const ok = await run(page, pre);
    check(/^Benar: /m.test(ok), `${c.id}: solusi -> "Benar:"`, ok);
    await page.close();
}

async function main() {
    let serve = null;
    let browser = null;
    try {
        if (!process.env.BOOK_URL) {
            serve = startServe();
            await serve.ready;
        }
        browser = await chromium.launch({
            executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
            args: [
                '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync',
            ],
        });
        const context = await browser.newContext();
        const blocked = [];
        await context.route('**/*', route => {
            const url = new URL(route.request().url());
            if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
            blocked.push(url.href);
            return route.abort();
        });
        for (const c of CASES) {
            await checkCase(context, c);
        }
        check(!blocked.some(u => u.includes('evaluate.json')), 'tidak ada Run ke Rust Playground publik');
    } finally {
        if (browser) await browser.close();
        await stopServe(serve);
    }
}

main().then(
    () => {
        console.log(failures ? `SELESAI DENGAN ${failures} GAGAL` : 'SEMUA LOLOS');
        process.exitCode = failures ? 1 : 0;
    },
    e => {
        console.error(e.stack || String(e));
        process.exitCode = 1;
    },
);
