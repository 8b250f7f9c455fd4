// Uji pencarian buku (mdBook + theme/pencarian.js) di browser: nama API
// Python dan Rust ditemukan lewat bagian terakhirnya maupun nama lengkapnya,
// variasi ejaan menemukan hal yang sama, dan judul hasil tetap utuh.

import fs from 'node:fs';
import path from 'node:path';

// Hasil yang benar harus ada di antara TOP hasil pertama.
export const TOP = 3;

// [kueri, halaman yang harus muncul, kata yang harus ada di halaman itu
// (bawaan: kuerinya sendiri)]. Kasus yang katanya belum ada di halaman itu
// dilewati dengan catatan (mis. baris Lampiran A yang belum ditulis).
export const SEARCHES = [
    // asyncio, lewat bagian terakhir dan nama lengkap
    ['gather', 'ch10-async-tokio.html'],
    ['asyncio.gather', 'ch10-async-tokio.html'],
    ['create_task', 'ch10-async-tokio.html'],
    ['wait_for', 'ch10-async-tokio.html'],
    ['asyncio.wait_for', 'ch10-async-tokio.html'],
    ['to_thread', 'ch10-async-tokio.html'],
    ['run_in_executor', 'ch10-async-tokio.html'],
    ['TaskGroup', 'lampiran-a-peta-python-rust.html'],
    ['asyncio.Queue', 'lampiran-a-peta-python-rust.html'],
    // threading, multiprocessing, concurrent.futures
    ['queue.Queue', 'lampiran-a-peta-python-rust.html'],
    ['threading.local', 'ch03-tipe-thread.html'],
    ['Semaphore', 'ch04-sinkronisasi.html'],
    ['Condition', 'ch04-sinkronisasi.html'],
    ['Pool.map', 'ch07-rayon.html'],
    ['starmap', 'ch07-rayon.html'],
    ['imap', 'ch07-rayon.html'],
    ['apply_async', 'ch07-rayon.html'],
    ['as_completed', 'ch07-rayon.html'],
    ['submit', 'ch08-thread-pool-io.html'],
    ['executor.submit', 'ch08-thread-pool-io.html'],
    ['Manager', 'ch09-berbagi-data-komunikasi.html'],
    ['cpu_count', 'lampiran-a-peta-python-rust.html'],
    // Rust, lewat path
    ['spawn_blocking', 'ch10-async-tokio.html'],
    ['tokio::spawn', 'ch10-async-tokio.html'],
    ['JoinSet', 'ch10-async-tokio.html'],
    ['thread::scope', 'ch02-thread-dasar.html'],
    // variasi ejaan
    ['antrian', 'ch04-sinkronisasi.html', 'antrean'],
    ['antri', 'ch04-sinkronisasi.html', 'antre'],
    ['pararel', 'ch11-02-image-processor.html', 'paralel'],
];

// Pasangan yang harus menemukan himpunan hasil yang sama.
export const SAME_RESULTS = [
    ['antrian', 'antrean'],
    ['pararel', 'paralel'],
    ['singkronisasi', 'sinkronisasi'],
    ['kebuntuan', 'deadlock'],
];

/** Teks halaman yang sudah dibangun (tanpa tag), huruf kecil. */
function pageText(root, rel) {
    const file = path.join(root, 'book', rel);
    if (!fs.existsSync(file)) {
        return '';
    }
    return fs
        .readFileSync(file, 'utf8')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .toLowerCase();
}

export async function checkSearch({ openPage, settle, check, BASE, pages, ROOT }) {
    const { context, page, problems } = await openPage();
    await page.goto(BASE + pages[0]);
    await settle(page);
    await page.click('#mdbook-search-toggle');

    /** Hasil pencarian: [{href, text}] dalam urutan tampil. */
    async function search(query) {
        await page.fill('#mdbook-searchbar', query);
        // searcher.js bereaksi pada keyup.
        await page.press('#mdbook-searchbar', 'End');
        await page.waitForFunction(
            q => (document.getElementById('mdbook-searchresults-header')?.innerText || '').includes(`'${q}'`),
            query,
            { timeout: 30000 },
        );
        return page.$$eval('#mdbook-searchresults li > a', as =>
            as.map(a => ({ href: a.getAttribute('href'), text: a.textContent })),
        );
    }
    const file = href => href.replace(/^(\.\.\/)*/, '').split(/[?#]/)[0];

    for (const word of ['Mutex', 'thread']) {
        const results = await search(word);
        check(`pencarian "${word}" menemukan hasil (${results.length})`, results.length > 0);
    }

    for (const [query, expected, mention = query] of SEARCHES) {
        if (!pageText(ROOT, expected).includes(mention.toLowerCase())) {
            console.log(`lewat  pencarian "${query}": "${mention}" belum ada di ${expected}`);
            continue;
        }
        const results = await search(query);
        const rank = results.findIndex(r => file(r.href) === expected) + 1;
        check(
            `pencarian "${query}" menemukan ${expected} di ${TOP} hasil pertama (${rank ? `ke-${rank}` : 'tidak ada'} dari ${results.length})`,
            rank >= 1 && rank <= TOP,
            results.slice(0, 5).map(r => `${file(r.href)}: ${r.text}`).join('\n'),
        );
    }

    for (const [a, b] of SAME_RESULTS) {
        const ra = (await search(a)).map(r => r.href.split('?')[0] + r.href.split('#')[1]).sort();
        const rb = (await search(b)).map(r => r.href.split('?')[0] + r.href.split('#')[1]).sort();
        check(
            `pencarian "${a}" dan "${b}" menemukan bagian yang sama (${ra.length} dan ${rb.length})`,
            rb.length > 0 && JSON.stringify(ra) === JSON.stringify(rb),
        );
    }

    // Judul hasil utuh: generik di judul bagian tidak hilang ("Arc>").
    const generic = (await search('Arc<Mutex')).map(r => r.text);
    check(
        'judul hasil pencarian memuat generik utuh (Arc<Mutex<...>>)',
        generic.some(t => /Arc<Mutex<\w+>>/.test(t)),
        generic.slice(0, 5).join('\n'),
    );

    check('pencarian tanpa galat', problems.length === 0, problems.join('\n'));
    await context.close();
}
