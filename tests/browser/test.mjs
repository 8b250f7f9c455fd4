// Uji buku yang sudah dibangun di Chromium headless (paket Debian `chromium`,
// tanpa mengunduh browser). Dijalankan oleh `cargo xtask browser-test`, yang
// membangun buku, menyajikan `book/` di http://127.0.0.1:<port>/buku/ (sub-path
// seperti GitHub Pages), lalu menjalankan berkas ini dengan:
//   BOOK_URL        alamat buku, diakhiri `/`
//   REPO_ROOT       akar repositori (membaca SUMMARY.md, listing, allow-list)
//   SCREENSHOT_DIR  folder tangkapan layar untuk ditinjau (git-ignored)
//   CHROMIUM        binary Chromium (bawaan /usr/bin/chromium)
//   SCREENSHOT_PAGE halaman yang difoto (bawaan: halaman dengan fitur terbanyak)
//
// Yang diperiksa: setiap halaman dimuat tanpa galat konsol dan tanpa
// permintaan gagal; sidebar memuat setiap bab di SUMMARY.md; pencarian
// menemukan nama API dan variasi ejaan (pencarian.mjs); pada lebar ponsel
// tidak ada yang melebar keluar layar (layar-sempit.mjs); kuis bisa dimulai
// dan menerima jawaban; keterangan listing dan tombol salin ada; tombol Run
// mengirim program utuh (baris tersembunyi ikut) ke Playground (yang di sini
// ditiru, tanpa jaringan); halaman cetak dan halaman 404 bekerja di bawah
// sub-path. Hasil: "N passed, N failed".

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

import { checkPhoneWidth } from './layar-sempit.mjs';
import { checkSearch } from './pencarian.mjs';
import { pageOpener } from './page.mjs';
import { listingProgram, playgroundCrates, summaryEntries } from './repo.mjs';

const BASE = process.env.BOOK_URL;
if (!BASE || !BASE.endsWith('/')) {
    console.error('BOOK_URL harus diisi (mis. http://127.0.0.1:8000/buku/)');
    process.exit(2);
}
const ROOT = process.env.REPO_ROOT || path.resolve(import.meta.dirname, '../..');
const SHOTS = process.env.SCREENSHOT_DIR || path.join(ROOT, 'tests/browser/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ORIGIN = new URL(BASE).origin;
// Alamat jabat tangan runner lokal (theme/runner.js: port buku + 1).
const RUNNER_TOKEN_URL = (() => {
    const u = new URL(BASE);
    return `${u.protocol}//${u.hostname}:${Number(u.port || 80) + 1}/token`;
})();

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
    if (ok) {
        passed += 1;
        console.log(`ok    ${name}`);
    } else {
        failed += 1;
        console.log(`GAGAL ${name}${detail ? `\n      ${String(detail).split('\n').join('\n      ')}` : ''}`);
    }
}

// ---------- Browser ----------

const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-extensions',
    ],
});

const crates = playgroundCrates(ROOT);
const playgroundRuns = [];

/** Halaman baru (lihat page.mjs): { context, page, problems }. */
const openPage = pageOpener({ browser, origin: ORIGIN, runnerTokenUrl: RUNNER_TOKEN_URL, crates, runs: playgroundRuns });

async function settle(page) {
    await page.waitForLoadState('load');
    // Beri waktu kuis (React) dan daftar crate Playground (tiruan) untuk terpasang.
    await page.waitForTimeout(400);
}

// ---------- 1. Sidebar memuat setiap bab ----------

const entries = summaryEntries(ROOT);
const pages = entries.filter(e => e.target).map(e => e.target.replace(/\.md$/, '.html'));
{
    const { context, page, problems } = await openPage();
    await page.goto(BASE);
    await settle(page);
    const sidebar = await page.evaluate(() => {
        const box = document.querySelector('#mdbook-sidebar') || document.querySelector('.sidebar');
        const items = Array.from(box.querySelectorAll('ol.chapter li'));
        return {
            text: box.innerText,
            links: Array.from(box.querySelectorAll('ol.chapter a[href]')).map(a => a.getAttribute('href')),
            items: items.length,
        };
    });
    const missing = entries.filter(e => !sidebar.text.includes(e.title)).map(e => e.title);
    check(
        `sidebar memuat setiap entri SUMMARY.md (${entries.length} entri)`,
        missing.length === 0,
        `tidak ada di sidebar: ${missing.join(', ')}`,
    );
    const unlinked = pages.filter(p => !sidebar.links.some(h => h.split('#')[0].endsWith(p)));
    check(
        `setiap bab yang sudah ditulis punya tautan di sidebar (${pages.length} halaman)`,
        unlinked.length === 0,
        `tanpa tautan: ${unlinked.join(', ')}`,
    );
    check('halaman depan dimuat tanpa galat', problems.length === 0, problems.join('\n'));
    await context.close();
}

// ---------- 2. Setiap halaman dimuat tanpa galat; keterangan dan tombol ----------

const features = {};
let listingPages = 0;
for (const rel of pages) {
    const { context, page, problems } = await openPage();
    const res = await page.goto(BASE + rel);
    await settle(page);
    const info = await page.evaluate(() => {
        const figures = Array.from(document.querySelectorAll('figure.listing'));
        const code = Array.from(document.querySelectorAll('figure.listing-code'));
        const images = Array.from(document.querySelectorAll('main img'));
        return {
            figures: figures.length,
            captionsOk: figures.every(f => {
                const c = f.querySelector('figcaption.listing-caption');
                // "Listing 4.2", "Listing C.1", "Latihan 4.1", atau "Listing" saja
                // (Pendahuluan tidak bernomor); versi Python: "Versi Python Listing 4.2".
                // textContent: innerText kosong untuk isi <details> yang tertutup.
                return c && /^((Keluaran|Pesan compiler|Versi Python|Keluaran versi Python)\s+)?(Listing|Latihan)( [0-9A-Z]+\.\d+)?\b/i.test(c.textContent.replace(/\s+/g, ' ').trim()) && f.querySelector('pre');
            }),
            // Keterangan menyebut baris tersembunyi tepat bila blok kodenya
            // punya baris tersembunyi yang tidak kosong (mdBook: span.boring).
            hiddenMismatch: code
                .filter(f => {
                    const hidden = Array.from(f.querySelectorAll('pre code .boring')).some(b => b.textContent.trim() !== '');
                    return hidden !== Boolean(f.querySelector('figcaption .listing-hidden'));
                })
                .map(f => f.id),
            hiddenMarkers: document.querySelectorAll('figcaption .listing-hidden').length,
            codeWithoutCommand: code
                .filter(f => !f.classList.contains('listing-fail'))
                .filter(f => !/cargo run --bin [a-z0-9-]+/.test(f.querySelector('figcaption').textContent))
                .map(f => f.id),
            codeWithoutCopy: code.filter(f => !f.querySelector('pre .clip-button')).map(f => f.id),
            commandCopy: document.querySelectorAll('.listing-copy-command').length,
            dariPython: document.querySelectorAll('.dari-python blockquote.blockquote-tag-note').length,
            englishTitles: Array.from(document.querySelectorAll('.blockquote-tag-title'))
                .map(t => t.textContent.trim())
                .filter(t => ['Note', 'Tip', 'Important', 'Warning', 'Caution'].includes(t)),
            quizzes: document.querySelectorAll('.mdbook-quiz').length,
            placeholders: document.querySelectorAll('.quiz-placeholder').length,
            images: images.length,
            brokenImages: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
            imagesWithoutAlt: images.filter(i => !i.getAttribute('alt')).map(i => i.getAttribute('src')),
            h1: document.querySelector('main h1')?.innerText.trim() || '',
        };
    });
    features[rel] = info;
    check(`${rel}: dimuat (HTTP ${res.status()}) tanpa galat konsol`, res.status() === 200 && problems.length === 0, problems.join('\n'));
    if (info.figures > 0) {
        listingPages += 1;
        check(`${rel}: ${info.figures} keterangan listing lengkap`, info.captionsOk);
        check(
            `${rel}: setiap listing kode menyebut perintah cargo run`,
            info.codeWithoutCommand.length === 0,
            info.codeWithoutCommand.join(', '),
        );
        check(
            `${rel}: keterangan menyebut baris tersembunyi tepat bila ada (${info.hiddenMarkers} catatan)`,
            info.hiddenMismatch.length === 0,
            info.hiddenMismatch.join(', '),
        );
        check(
            `${rel}: setiap listing kode punya tombol salin`,
            info.codeWithoutCopy.length === 0,
            info.codeWithoutCopy.join(', '),
        );
    }
    check(`${rel}: judul callout berbahasa Indonesia`, info.englishTitles.length === 0, info.englishTitles.join(', '));
    check(`${rel}: setiap kuis terpasang`, info.quizzes === info.placeholders, `${info.quizzes} dari ${info.placeholders}`);
    if (info.images > 0) {
        check(`${rel}: ${info.images} gambar termuat`, info.brokenImages.length === 0, info.brokenImages.join(', '));
        check(`${rel}: setiap gambar punya teks alt`, info.imagesWithoutAlt.length === 0, info.imagesWithoutAlt.join(', '));
    }
    await context.close();
}
check('setidaknya satu halaman menampilkan listing ber-keterangan', listingPages > 0);

// ---------- 3. Tombol Run mengirim program utuh ke Playground ----------
{
    const target = pages.find(p => features[p].figures > 0);
    const { context, page, problems } = await openPage();
    await page.goto(BASE + target);
    await settle(page);
    const fig = page.locator('figure.listing-code:not(.listing-fail):has(pre.playground)').first();
    const play = fig.locator('.play-button');
    // book.js menampilkan tombol Run setelah daftar crate Playground (tiruan)
    // tiba; tombol-tombol blok kode baru terlihat saat kursor di atas blok.
    const offered = await page
        .waitForFunction(b => b && !b.hidden && !b.classList.contains('hidden'), await play.elementHandle(), { timeout: 5000 })
        .then(() => true, () => false);
    check(`${target}: tombol Run ditawarkan untuk listing yang bisa jalan di Playground`, offered);
    if (offered) {
        const rel = (await fig.locator('.listing-path code').innerText()).trim();
        const before = playgroundRuns.length;
        await fig.locator('pre').hover();
        await play.click();
        await fig.locator('.result').filter({ hasText: 'keluaran tiruan' }).waitFor({ timeout: 5000 });
        const sent = playgroundRuns[before];
        check(
            `Run mengirim ${rel} utuh (termasuk baris tersembunyi) dengan edition 2024`,
            sent && sent.code.trim() === listingProgram(ROOT, rel) && sent.edition === '2024',
            sent ? `dikirim:\n${sent.code}\n---\nberkas:\n${listingProgram(ROOT, rel)}` : 'tidak ada permintaan',
        );
    }
    // Tombol salin perintah `cargo run`.
    // Listing Rust yang tampil (bukan versi Python di blok lipat).
    const copy = page.locator('figure.listing-code .listing-copy-command').first();
    if (await copy.count()) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
        await copy.click();
        const clip = await page.evaluate(() => navigator.clipboard.readText().catch(e => `galat: ${e}`));
        check('tombol salin di keterangan menyalin perintah cargo run', /^cargo run --bin [a-z0-9-]+$/.test(clip), clip);
    }
    check(`${target}: tanpa galat setelah Run`, problems.length === 0, problems.join('\n'));
    await context.close();
}

// ---------- 4. Pencarian (pencarian.mjs) ----------
await checkSearch({ openPage, settle, check, BASE, pages, ROOT });

// ---------- 4b. Lebar ponsel (layar-sempit.mjs) ----------
await checkPhoneWidth({ openPage, settle, check, BASE, pages });

// ---------- 5. Kuis dimulai dan menerima jawaban ----------
{
    const target = pages.find(p => features[p].quizzes > 0);
    check('setidaknya satu halaman punya kuis', Boolean(target));
    if (target) {
        const { context, page, problems } = await openPage();
        await page.goto(BASE + target);
        await settle(page);
        const quiz = page.locator('.mdbook-quiz').first();
        await quiz.locator('button.start').click();
        const header = quiz.locator('header');
        const first = await header.innerText();
        check(`${target}: kuis dimulai (${first.replace(/\s+/g, ' ')})`, /1\s*\/\s*\d+/.test(first));
        await quiz.locator('form.response input[type=radio]').first().check();
        const fields = quiz.locator('form.response textarea, form.response input[type=text], form.response input[type=number]');
        for (let i = 0; i < (await fields.count()); i++) {
            await fields.nth(i).fill('1');
        }
        await quiz.locator('form.response input[type=submit]').click();
        await page.waitForTimeout(300);
        const second = await header.innerText();
        check(
            `${target}: kuis menerima jawaban dan lanjut (${second.replace(/\s+/g, ' ')})`,
            /2\s*\/\s*\d+/.test(second) || /answer|jawab|result/i.test(await quiz.innerText()),
        );
        check(`${target}: kuis tanpa galat`, problems.length === 0, problems.join('\n'));
        await context.close();
    }
}

// ---------- 6. Halaman cetak ----------
{
    const { context, page, problems } = await openPage();
    const res = await page.goto(BASE + 'print.html');
    await settle(page);
    await page.waitForTimeout(300);
    const info = await page.evaluate(() => ({
        text: document.querySelector('main').innerText,
        prints: window.__printCalls,
        figures: document.querySelectorAll('figure.listing').length,
        broken: Array.from(document.querySelectorAll('main img'))
            .filter(i => !(i.complete && i.naturalWidth > 0))
            .map(i => i.getAttribute('src')),
    }));
    // Setiap judul halaman bab (h1-nya) muncul di halaman cetak.
    const missingTitles = pages.map(p => features[p].h1).filter(t => !info.text.includes(t));
    check(`print.html dimuat (HTTP ${res.status()}) tanpa galat`, res.status() === 200 && problems.length === 0, problems.join('\n'));
    check('print.html memuat setiap bab', missingTitles.length === 0, missingTitles.join(', '));
    check('print.html membuka dialog cetak', info.prints > 0);
    check('print.html memuat keterangan listing dan gambar', info.figures > 0 && info.broken.length === 0, info.broken.join(', '));
    await context.close();
}

// ---------- 7. Halaman 404 di bawah sub-path ----------
{
    const { context, page, problems } = await openPage();
    page.__expect404 = BASE + 'tidak/ada/halaman.html';
    const res = await page.goto(page.__expect404);
    await settle(page);
    const h1 = await page.locator('main h1').first().innerText();
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('#mdbook-sidebar, .sidebar')).position);
    check(`404: status ${res.status()}, judul "${h1}"`, res.status() === 404 && /tidak ditemukan/i.test(h1));
    check('404: CSS dan JS buku termuat dari sub-path', styled === 'fixed' && problems.length === 0, `${styled}\n${problems.join('\n')}`);
    await page.locator('main a', { hasText: 'Pendahuluan' }).first().click();
    await page.waitForLoadState('load');
    check('404: tautan kembali ke buku bekerja', page.url() === BASE + 'ch00-pendahuluan.html', page.url());
    await context.close();
}

// ---------- 8. Tangkapan layar untuk ditinjau ----------
{
    fs.mkdirSync(SHOTS, { recursive: true });
    const score = f => f.figures + 3 * f.dariPython + 2 * f.quizzes + 2 * f.images;
    const target =
        process.env.SCREENSHOT_PAGE ||
        pages.reduce((best, p) => (score(features[p]) > score(features[best]) ? p : best), pages[0]);
    const written = [];
    for (const theme of ['light', 'rust', 'coal', 'navy', 'ayu']) {
        const { context, page } = await openPage(theme);
        await page.goto(BASE + target);
        await settle(page);
        const slug = target.replace(/\.html$/, '').replace(/\//g, '_');
        if (theme === 'light' || theme === 'navy') {
            const file = path.join(SHOTS, `${slug}-${theme}.png`);
            await page.screenshot({ path: file, fullPage: true });
            written.push(file);
        }
        for (const [name, sel] of [
            ['listing', 'figure.listing-code'],
            ['keluaran', 'figure.listing-output'],
            ['dari-python', '.dari-python'],
            ['callout', 'blockquote.blockquote-tag:not(.dari-python blockquote)'],
            ['diagram', 'main img'],
            ['kuis', '.mdbook-quiz'],
        ]) {
            const el = page.locator(sel).first();
            if (await el.count()) {
                const file = path.join(SHOTS, `${slug}-${theme}-${name}.png`);
                await el.screenshot({ path: file });
                written.push(file);
            }
        }
        await context.close();
    }
    console.log(`tangkapan layar ${target}: ${written.length} berkas di ${SHOTS}`);
}

await browser.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
