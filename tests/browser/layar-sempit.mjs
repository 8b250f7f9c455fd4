// Uji lebar ponsel: setiap halaman bab dibuka pada lebar 390 px (ponsel
// umum) dan diukur di browser. Aturannya, dengan "kolom isi" = lebar <main>:
//
// 1. Halaman tidak bergulir ke samping (scrollWidth dokumen <= 390).
// 2. Tabel: muat di kolom isi, atau berada di dalam wadah gulir sendiri
//    (overflow-x auto/scroll; mdBook memakai div.table-wrapper) yang muat.
//    Pada 1280 px setiap tabel muat tanpa digulir.
// 3. Blok kode: kotak <pre> di dalam layar, dan bila isinya bergulir ke
//    samping, lebar guliran tidak melebihi baris terpanjangnya (jumlah
//    karakter x lebar satu karakter fontnya, + padding, + 1 karakter): yang
//    membuat blok bergulir hanya kodenya sendiri.
// 4. Listing Rust (figure.listing-code) paling lebar 80 kolom, termasuk baris
//    tersembunyi. Listing yang sekarang masih lebih lebar ada di
//    WIDE_LISTINGS beserta lebarnya; daftar itu hanya boleh menyusut
//    (listing baru > 80 kolom, listing yang melebar, atau listing yang sudah
//    <= 80 kolom tetapi masih terdaftar: gagal).
// 5. Keterangan listing paling banyak 2 baris (tanpa catatan "baris
//    disembunyikan", yang memang baris sendiri), dan perintah `cargo run`
//    tampil utuh (tidak terpotong).
// 6. Diagram SVG: ukuran teks terkecil yang dirender (font-size x skala).
//    Saat diketuk (zoom mdBook) teksnya >= 10 px. Di dalam halaman pada
//    390 px, diagram yang teksnya < 10 px ada di SMALL_DIAGRAMS (daftar yang
//    hanya boleh menyusut, milik pemilik src/img/).

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
export const MAX_COLUMNS = 80;
export const MIN_LABEL_PX = 10;

// Listing yang masih lebih lebar dari MAX_COLUMNS: jalur -> kolom terlebar
// sekarang. Hapus barisnya setelah komentar listing itu dibungkus.
export const WIDE_LISTINGS = {
    'listings/ch07-rayon/07-io-memblokir-pool.rs': 92,
    'listings/lampiran-c-pengukuran/01-counter-kontensi.rs': 97,
    'listings/lampiran-c-pengukuran/02-saringan-vs-thread.rs': 100,
};

// Diagram yang teksnya masih < MIN_LABEL_PX di dalam halaman pada 390 px.
export const SMALL_DIAGRAMS = [];

/** Diukur di halaman (page.evaluate): tabel, blok kode, keterangan. */
function measureLayout() {
    const main = document.querySelector('main');
    const column = main.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const scroller = el => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) {
                return p;
            }
        }
        return null;
    };
    const visible = el => el.getBoundingClientRect().width > 0;
    const label = el => el.closest('figure.listing')?.id || el.closest('[id]')?.id || '';

    const tables = [...main.querySelectorAll('table')].filter(visible).map(t => {
        const r = t.getBoundingClientRect();
        const box = scroller(t)?.getBoundingClientRect();
        return {
            width: Math.round(r.width),
            fits: r.left >= column.left - 1 && r.right <= column.right + 1,
            contained: Boolean(box) && box.left >= -1 && box.right <= vw + 1,
        };
    });

    const codes = [...main.querySelectorAll('pre')].filter(visible).map(pre => {
        const code = pre.querySelector(':scope > code') || pre;
        const lines = code.textContent.replace(/\n$/, '').split('\n');
        // Kolom tampilan: tab melompat ke kelipatan 8 (tab-size bawaan).
        const columns = l => [...l].reduce((col, c) => (c === '\t' ? col + 8 - (col % 8) : col + 1), 0);
        const longest = Math.max(0, ...lines.map(columns));
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(100);
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;padding:0;border:0';
        code.appendChild(probe);
        const ch = probe.getBoundingClientRect().width / 100;
        probe.remove();
        const cs = getComputedStyle(code);
        const r = pre.getBoundingClientRect();
        const fig = pre.closest('figure.listing-code');
        return {
            where: label(pre),
            listing: fig ? fig.querySelector('.listing-path code')?.textContent.trim() || '' : '',
            longest,
            inside: r.left >= -0.5 && r.right <= vw + 0.5,
            scrollWidth: code.scrollWidth,
            clientWidth: code.clientWidth,
            needed: Math.ceil((longest + 1) * ch + parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight)),
        };
    });

    const captions = [...main.querySelectorAll('figcaption.listing-caption')].filter(visible).map(cap => {
        // Baris = kelompok kotak teks dengan posisi atas yang sama.
        const tops = [];
        const walker = document.createTreeWalker(cap, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim() || n.parentElement.closest('.listing-hidden')) {
                continue;
            }
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const rect of range.getClientRects()) {
                if (rect.width > 0) {
                    tops.push(rect.top + rect.height / 2);
                }
            }
        }
        tops.sort((a, b) => a - b);
        const lineHeight = parseFloat(getComputedStyle(cap).fontSize);
        let lines = 0;
        let last = -Infinity;
        for (const t of tops) {
            if (t - last > lineHeight * 0.6) {
                lines += 1;
            }
            last = t;
        }
        const command = cap.querySelector('code.listing-command');
        return {
            where: label(cap),
            lines,
            commandCut: Boolean(command) && visible(command) && command.scrollWidth > command.clientWidth + 1,
        };
    });

    return { vw, pageWidth: document.scrollingElement.scrollWidth, tables, codes, captions };
}

/** Ukuran teks terkecil (px) sebuah SVG bila dirender selebar `width` px. */
async function smallestSvgText([src, width, height]) {
    const text = await (await fetch(src)).text();
    const svg = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    host.appendChild(svg);
    document.body.appendChild(host);
    let min = Infinity;
    let which = '';
    for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent.trim()) {
            continue;
        }
        const m = t.getScreenCTM();
        const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        if (size < min) {
            min = size;
            which = t.textContent.trim();
        }
    }
    host.remove();
    return { min: Math.round(min * 10) / 10, which };
}

/** Diagram yang tampil: [src relatif, rect] untuk img di dalam halaman. */
function diagramImages() {
    return [...document.querySelectorAll('main img')]
        .filter(i => /\.svg$/.test(i.getAttribute('src') || '') && i.getBoundingClientRect().width > 0)
        .map(i => {
            const r = i.getBoundingClientRect();
            return { src: i.getAttribute('src'), url: i.src, width: r.width, height: r.height };
        });
}

export async function checkPhoneWidth({ openPage, settle, check, BASE, pages }) {
    const wide = new Map();
    const diagrams = new Map();
    const pagesWithTables = [];
    for (const rel of pages) {
        const { context, page, problems } = await openPage('light', PHONE);
        await page.goto(BASE + rel);
        await settle(page);
        // Blok lipat ("Versi Python", petunjuk, solusi) dibuka: isinya juga harus muat di ponsel.
        await page.evaluate(() => document.querySelectorAll('main details').forEach(d => (d.open = true)));
        const m = await page.evaluate(measureLayout);
        const tag = `${rel} @${PHONE.width}px`;
        check(`${tag}: halaman tidak bergulir ke samping (lebar ${m.pageWidth})`, m.pageWidth <= m.vw, `viewport ${m.vw}`);
        if (m.tables.length > 0) {
            pagesWithTables.push(rel);
            const bad = m.tables.filter(t => !t.fits && !t.contained);
            const scrolled = m.tables.filter(t => !t.fits).map(t => t.width);
            check(
                `${tag}: ${m.tables.length} tabel muat atau bergulir di wadahnya sendiri` +
                    (scrolled.length ? ` (${scrolled.length} digulir, lebar ${Math.min(...scrolled)}-${Math.max(...scrolled)} px)` : ''),
                bad.length === 0,
                bad.map(t => `tabel ${t.width} px tanpa wadah gulir`).join('\n'),
            );
        }
        if (m.codes.length > 0) {
            const bad = m.codes.filter(c => !c.inside || (c.scrollWidth > c.clientWidth + 1 && c.scrollWidth > c.needed));
            check(
                `${tag}: ${m.codes.length} blok kode di dalam layar, bergulir hanya selebar kodenya`,
                bad.length === 0,
                bad.map(c => `${c.where}: ${c.inside ? '' : 'keluar layar; '}gulir ${c.scrollWidth} px, kode ${c.longest} kolom = ${c.needed} px`).join('\n'),
            );
            for (const c of m.codes) {
                if (c.listing) {
                    wide.set(c.listing, Math.max(wide.get(c.listing) || 0, c.longest));
                }
            }
        }
        if (m.captions.length > 0) {
            const bad = m.captions.filter(c => c.lines > 2 || c.commandCut);
            check(
                `${tag}: ${m.captions.length} keterangan listing paling banyak 2 baris, perintah utuh`,
                bad.length === 0,
                bad.map(c => `${c.where}: ${c.lines} baris${c.commandCut ? ', perintah terpotong' : ''}`).join('\n'),
            );
        }
        // Diagram: di dalam halaman, lalu setelah diketuk (zoom mdBook).
        const images = await page.evaluate(diagramImages);
        for (const [i, img] of images.entries()) {
            const inline = await page.evaluate(smallestSvgText, [img.url, img.width, img.height]);
            const label = page.locator('main label.checkbox-label').filter({ has: page.locator(`img[src="${img.src}"]`) }).nth(0);
            let zoomed = null;
            if (await label.count()) {
                await label.locator('img').first().click();
                const big = page.locator('main .checkbox-img:checked ~ .img-wrapper > img').first();
                if (await big.isVisible().catch(() => false)) {
                    const box = await big.boundingBox();
                    zoomed = await page.evaluate(smallestSvgText, [img.url, box.width, box.height]);
                }
                await page.keyboard.press('Escape');
                await page.evaluate(() => document.querySelectorAll('main .checkbox-img:checked').forEach(c => (c.checked = false)));
            }
            check(
                `${tag}: diagram ${img.src} #${i + 1} diketuk: teks terkecil ${zoomed ? zoomed.min : '?'} px (>= ${MIN_LABEL_PX})`,
                zoomed && zoomed.min >= MIN_LABEL_PX,
                zoomed ? `"${zoomed.which}"` : 'tampilan zoom tidak muncul',
            );
            const prev = diagrams.get(img.src);
            if (!prev || inline.min < prev.min) {
                diagrams.set(img.src, { ...inline, page: rel });
            }
        }
        check(`${tag}: tanpa galat`, problems.length === 0, problems.join('\n'));
        await context.close();
    }

    // 4. Lebar listing, dengan daftar yang hanya boleh menyusut.
    const tooWide = [...wide].filter(([p, cols]) => cols > MAX_COLUMNS && !(p in WIDE_LISTINGS));
    const wider = [...wide].filter(([p, cols]) => p in WIDE_LISTINGS && cols > WIDE_LISTINGS[p]);
    const fixed = Object.keys(WIDE_LISTINGS).filter(p => wide.has(p) && wide.get(p) <= MAX_COLUMNS);
    const listed = Object.keys(WIDE_LISTINGS).filter(p => wide.has(p)).length;
    check(
        `${wide.size} listing paling lebar ${MAX_COLUMNS} kolom (${listed} masih di WIDE_LISTINGS)`,
        tooWide.length + wider.length + fixed.length === 0,
        [
            ...tooWide.map(([p, c]) => `${p}: ${c} kolom`),
            ...wider.map(([p, c]) => `${p}: ${c} kolom, lebih lebar dari ${WIDE_LISTINGS[p]} di WIDE_LISTINGS`),
            ...fixed.map(p => `${p}: sudah ${wide.get(p)} kolom, hapus dari WIDE_LISTINGS`),
        ].join('\n'),
    );

    // 6. Teks diagram di dalam halaman, dengan daftar yang hanya boleh menyusut.
    const report = [...diagrams].map(([src, d]) => `${src}: ${d.min} px ("${d.which}", ${d.page})`);
    const small = [...diagrams].filter(([src, d]) => d.min < MIN_LABEL_PX && !SMALL_DIAGRAMS.includes(src));
    const grown = [...diagrams].filter(([src, d]) => d.min >= MIN_LABEL_PX && SMALL_DIAGRAMS.includes(src));
    console.log(`info  teks diagram terkecil pada ${PHONE.width} px:\n      ${report.join('\n      ')}`);
    check(
        `${diagrams.size} diagram: teks >= ${MIN_LABEL_PX} px pada ${PHONE.width} px (kecuali ${SMALL_DIAGRAMS.length} di SMALL_DIAGRAMS)`,
        small.length + grown.length === 0,
        [
            ...small.map(([src, d]) => `${src}: ${d.min} px`),
            ...grown.map(([src, d]) => `${src}: sudah ${d.min} px, hapus dari SMALL_DIAGRAMS`),
        ].join('\n'),
    );

    // 2. Pada layar lebar, tabel muat tanpa digulir.
    for (const rel of pagesWithTables) {
        const { context, page } = await openPage('light', DESKTOP);
        await page.goto(BASE + rel);
        await settle(page);
        const m = await page.evaluate(measureLayout);
        const bad = m.tables.filter(t => !t.fits).map(t => t.width);
        check(`${rel} @${DESKTOP.width}px: ${m.tables.length} tabel muat di kolom isi`, bad.length === 0, `lebar: ${bad.join(', ')} px`);
        await context.close();
    }
}
