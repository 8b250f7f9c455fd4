// Pemeriksaan browser untuk runner lokal (issue 8).
//
//   npm ci --prefix tests/browser && node tests/browser/run-button.mjs [halaman.html]
//
// Menjalankan `cargo xtask serve --port $PORT` (bawaan 3170), membuka buku di
// Chromium Debian (/usr/bin/chromium; tidak pernah mengunduh browser) dengan
// SEMUA alamat selain loopback diblokir (seperti tanpa internet), lalu:
//  1. memastikan runner.js aktif (html[data-runner="lokal"]) dan tombol Run
//     tampil walau daftar crate Rust Playground tidak terjangkau;
//  2. mengklik Run pada blok pertama halaman dan menunggu keluarannya;
//  3. mengganti kode blok itu dengan sebuah listing (listings/ch00-...) dan
//     salinan yang diedit, mengklik Run, dan membandingkan keluarannya;
//  4. menekan Ctrl+Enter di editor (bila bloknya editable);
//  5. memastikan tidak ada permintaan ke play.rust-lang.org/evaluate.json.
// Halaman bawaan: halaman bab pertama di book/ yang punya blok Rust yang bisa
// dijalankan, utamakan Bab 4 (ch04-*).
//
// Bila buku sudah disajikan, pakai BOOK_URL=http://127.0.0.1:3000 agar
// skrip tidak menjalankan server sendiri.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const port = Number(process.env.PORT || 3170);
const bookUrl = process.env.BOOK_URL || `http://127.0.0.1:${port}`;

function fail(message) {
    console.error('GAGAL: ' + message);
    process.exitCode = 1;
    throw new Error(message);
}

function check(condition, message) {
    if (!condition) {
        fail(message);
    }
    console.log('ok: ' + message);
}

// `cargo xtask serve` di process group sendiri, agar bisa dihentikan utuh.
function startServe() {
    const child = spawn('cargo', ['xtask', 'serve', '--port', String(port)], {
        cwd: root,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    let log = '';
    const ready = new Promise((resolve, reject) => {
        let runnerReady = false;
        let bookReady = false;
        const onData = chunk => {
            const text = chunk.toString();
            log += text;
            process.stderr.write(text.replace(/^/gm, '  | '));
            // Protokol baris runner (`cargo run -p runner -- --help`), diteruskan xtask.
            if (/^RUNNER_READY /m.test(log)) runnerReady = true;
            if (/^RUNNER_FAILED /m.test(log)) reject(new Error('persiapan runner gagal'));
            if (text.includes('Serving on')) bookReady = true;
            if (runnerReady && bookReady) resolve();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', code => reject(new Error('cargo xtask serve berhenti (' + code + ')')));
        setTimeout(() => reject(new Error('xtask serve tidak siap dalam 20 menit')), 20 * 60 * 1000).unref();
    });
    return { child, ready, log: () => log };
}

// Menghentikan seluruh process group xtask serve (xtask, mdbook, runner) dan
// menunggu sampai benar-benar berhenti.
async function stopServe(serve) {
    if (!serve || serve.child.exitCode !== null || serve.child.signalCode !== null) {
        return;
    }
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

// Halaman pertama di book/ yang punya blok yang bisa dijalankan.
function defaultPage() {
    const dir = path.join(root, 'book');
    const pages = fs.readdirSync(dir)
        .filter(f => f.endsWith('.html') && !['print.html', 'toc.html', '404.html'].includes(f))
        .sort((a, b) => (b.startsWith('ch04') - a.startsWith('ch04')) || a.localeCompare(b));
    const page = pages.find(f => fs.readFileSync(path.join(dir, f), 'utf8').includes('<pre class="playground">'));
    if (!page) fail('tidak ada halaman dengan blok Rust yang bisa dijalankan di book/');
    return page;
}

// Label setiap baris tanpa angka (angka seperti waktu boleh berbeda antar-run).
function labels(text) {
    return text.trim().split('\n').map(l => l.replace(/[0-9]+/g, '#').trim()).sort();
}

async function resultOf(page, pre, action) {
    // Tombol blok kode mdBook baru terlihat saat kursor di atas bloknya.
    await pre.hover();
    const start = Date.now();
    await action();
    const handle = await pre.waitForSelector('code.result', { timeout: 30000 });
    await page.waitForFunction(
        el => el.innerText !== '' && !el.innerText.startsWith('Menjalankan'),
        handle,
        { timeout: 120000 },
    );
    return { text: await handle.innerText(), ms: Date.now() - start };
}

async function setCode(pre, code) {
    await pre.evaluate((el, source) => {
        const codeEl = el.querySelector('code');
        if (window.ace && codeEl.classList.contains('editable')) {
            window.ace.edit(codeEl).setValue(source, 1);
        } else {
            codeEl.textContent = source;
        }
        const old = el.querySelector('code.result');
        if (old) old.remove();
    }, code);
}

async function main() {
    let serve = null;
    let browser = null;
    try {
        if (!process.env.BOOK_URL) {
            serve = startServe();
            await serve.ready;
        }
        await checkPage(browser = await launch());
    } finally {
        if (browser) await browser.close();
        await stopServe(serve);
    }
}

function launch() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: [
            '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
    });
}

async function checkPage(browser) {
    const pageFile = process.argv[2] || defaultPage();
    const blocked = [];
    const toRunner = [];
    const context = await browser.newContext();
    // "Tanpa internet": hanya loopback yang boleh.
    await context.route('**/*', route => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
            if (url.port === String(Number(new URL(bookUrl).port) + 1)) {
                toRunner.push(url.pathname);
            }
            return route.continue();
        }
        blocked.push(url.href);
        return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', e => console.error('  galat halaman (book.js tak bisa menghubungi Playground publik: wajar tanpa internet): ' + e.message));
    console.log(`membuka ${bookUrl}/${pageFile}`);
    await page.goto(`${bookUrl}/${pageFile}`);
    await page.waitForSelector('html[data-runner]', { timeout: 15000 });
    check(await page.getAttribute('html', 'data-runner') === 'lokal', 'runner.js aktif (jabat tangan berhasil)');

    const pre = await page.waitForSelector('pre.playground:has(.play-button:not(.hidden))', { timeout: 15000 });
    check(pre !== null, 'tombol Run tampil tanpa daftar crate Playground publik');
    const button = await pre.$('.play-button');

    const first = await resultOf(page, pre, () => button.click());
    console.log(`  keluaran blok pertama (${first.ms} ms):\n${first.text.replace(/^/gm, '    ')}`);
    check(!/tidak bisa dihubungi|Ditolak|Playground Communication/.test(first.text), 'Run pada blok di halaman menjawab dari runner lokal');

    const listingPath = path.join(root, 'listings/ch00-pendahuluan/01-halo-thread.rs');
    const listing = fs.readFileSync(listingPath, 'utf8');
    const expected = fs.readFileSync(listingPath.replace(/\.rs$/, '.out'), 'utf8');
    await setCode(pre, listing);
    const run1 = await resultOf(page, pre, () => button.click());
    console.log(`  keluaran listing ch00-01 (${run1.ms} ms):\n${run1.text.replace(/^/gm, '    ')}`);
    check(JSON.stringify(labels(run1.text)) === JSON.stringify(labels(expected)), 'keluaran listing sama dengan contoh keluarannya (.out)');

    const edited = listing.replace('(1..=100u32)', '(1..=10u32)');
    await setCode(pre, edited);
    const run2 = await resultOf(page, pre, () => button.click());
    console.log(`  keluaran salinan yang diedit (${run2.ms} ms):\n${run2.text.replace(/^/gm, '    ')}`);
    check(run2.text.includes('1 + 2 + ... + 100 = 55'), 'kode yang diedit dijalankan (jumlah 1..=10 = 55)');

    if (await pre.evaluate(el => !!(window.ace && el.querySelector('code.editable')))) {
        await setCode(pre, 'fn main() {\n    println!("ctrl-enter: {}", 6 * 7);\n}\n');
        const run3 = await resultOf(page, pre, async () => {
            await pre.$eval('.ace_text-input', el => el.focus());
            await page.keyboard.press('Control+Enter');
        });
        check(run3.text.includes('ctrl-enter: 42'), 'Ctrl+Enter di editor memakai runner lokal');
    } else {
        console.log('  (blok tidak editable: Ctrl+Enter dilewati)');
    }

    check(toRunner.includes('/evaluate.json'), 'permintaan Run sampai ke runner lokal');
    check(!blocked.some(u => u.includes('evaluate.json')), 'tidak ada permintaan ke play.rust-lang.org/evaluate.json');
    console.log(`latensi: Run pertama ${first.ms} ms, berikutnya ${run1.ms} ms dan ${run2.ms} ms`);
}

main().then(
    () => console.log(process.exitCode ? 'SELESAI DENGAN GAGAL' : 'SEMUA LOLOS'),
    e => {
        console.error(e.stack || String(e));
        process.exitCode = 1;
    },
);
