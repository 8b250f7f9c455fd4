// Pencarian yang menemukan nama API Python dan Rust serta variasi ejaan,
// di atas pencarian bawaan mdBook 0.5.4 (elasticlunr).
//
// Mengapa di sini, di browser: indeks `searchindex.js` dibuat oleh mdbook-html
// (`src/html_handlebars/search.rs`), yang memecah teks hanya di spasi dan
// tanda `-`. Jadi `asyncio.gather(a,` menjadi satu token, dan kata "gather"
// bukan awalannya: pencarian "gather", "create_task", atau "spawn_blocking"
// tidak menemukan apa-apa. mdBook tidak punya kait untuk tokenizer itu, dan
// mengolah ulang `searchindex.js` sesudah build tidak ikut berlaku di
// `mdbook serve`. Indeks yang dimuat browser memuat teks utuh setiap bagian
// (dipakai untuk cuplikan hasil), jadi di sini indeks dilengkapi sekali,
// sebelum pencarian pertama, dengan pipeline yang sama yang dipakai kueri:
//
// 1. Nama bertitik/berpath dipecah: dari `multiprocessing.Pool.map(f,` masuk
//    token `multiprocessing.pool.map.f`, `pool.map.f`, `map.f`, `f`... (setiap
//    ekor rantai nama), sehingga "map", "Pool.map", dan
//    "multiprocessing.Pool.map" sama-sama cocok. `::`, `(`, `<` dan
//    sejenisnya diperlakukan seperti titik, juga di kueri ("tokio::spawn").
// 2. Variasi ejaan dan padanan (antrian/antrean, pararel/paralel, ...)
//    dipetakan ke satu bentuk, di kueri dan di indeks.
// 3. Judul hasil tetap utuh: searcher.js memasukkan `breadcrumbs` ke
//    innerHTML tanpa escape, sehingga "Arc<Mutex<T>>" tampil sebagai "Arc>".
//    Di sini teks itu di-escape sekali di penyimpanan dokumen.
//
// Tanpa JavaScript tidak ada pencarian sama sekali, jadi tidak ada yang hilang.
(function pencarian() {
    'use strict';

    const lunr = window.elasticlunr;
    if (!lunr || !lunr.Index) {
        return;
    }

    // Kelompok ejaan: kata pertama bentuk bakunya. Hanya kata yang ditulis
    // pembaca Indonesia untuk konsep yang sama; kata bermakna ganda ("kunci"
    // = lock tetapi juga key) sengaja tidak dimasukkan.
    const VARIANTS = [
        ['antrean', 'antrian'],
        ['antre', 'antri'],
        ['mengantre', 'mengantri'],
        ['paralel', 'pararel', 'parallel'],
        ['paralelisme', 'pararelisme', 'parallelism'],
        ['sinkronisasi', 'singkronisasi', 'sinkronasi', 'synchronization'],
        ['sinkron', 'singkron'],
        ['konkurensi', 'concurrency'],
        ['konkuren', 'concurrent'],
        ['deadlock', 'kebuntuan'],
        ['semaphore', 'semafor'],
        ['channel', 'kanal', 'saluran'],
        ['thread', 'utas'],
        ['objek', 'obyek'],
        ['compiler', 'kompiler'],
        ['penjadwal', 'scheduler'],
    ];

    // Pemisah bagian nama: apa pun selain huruf, angka, dan `_`.
    const SEPARATOR = /[^\p{L}\p{N}_]+/gu;
    // Pemecah kata mdBook (search.rs: spasi atau `-`).
    const MDBOOK_WORDS = /[\s-]+/;

    /** `tokio::spawn(async` -> `tokio.spawn.async` (setelah trimmer). */
    function normalizeName(token) {
        return token.replace(SEPARATOR, '.');
    }
    lunr.Pipeline.registerFunction(normalizeName, 'pbNormalizeName');

    const stem = word => lunr.stemmer(word);
    const canonical = new Map();
    const variantWords = new Set(VARIANTS.flat());
    for (const group of VARIANTS) {
        for (const word of group) {
            canonical.set(stem(word), stem(group[0]));
        }
    }
    function spellingVariant(token) {
        return canonical.get(token) || token;
    }
    lunr.Pipeline.registerFunction(spellingVariant, 'pbSpellingVariant');

    const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '\'': '&#39;' };
    const escapeHtml = s => s.replace(/[&<>'"]/g, c => HTML_ESCAPES[c]);

    /** Token tambahan untuk satu kata (huruf kecil) dari teks dokumen. */
    function extraTerms(raw) {
        const parts = raw.split(SEPARATOR).filter(Boolean);
        if (parts.length >= 2) {
            const chains = [];
            for (let i = 0; i < parts.length; i++) {
                // Ekor yang diawali angka (`000` dari `1.000.000`) tidak berguna.
                if (/\p{L}/u.test(parts[i])) {
                    chains.push(parts.slice(i).join('.'));
                }
            }
            return chains;
        }
        if (parts.length === 1 && variantWords.has(parts[0])) {
            return parts;
        }
        return [];
    }

    function prepare(index) {
        const pipeline = index.pipeline;
        pipeline.after(lunr.trimmer, normalizeName);
        pipeline.add(spellingVariant);
        const docs = index.documentStore.docs;
        // Kata yang sama muncul berkali-kali: olah setiap kata unik sekali.
        const memo = new Map();
        for (const ref of Object.keys(docs)) {
            const doc = docs[ref];
            for (const field of index.getFields()) {
                const text = doc[field];
                if (typeof text !== 'string' || !index.index[field]) {
                    continue;
                }
                const counts = new Map();
                for (const raw of text.toLowerCase().split(MDBOOK_WORDS)) {
                    let tokens = memo.get(raw);
                    if (tokens === undefined) {
                        tokens = extraTerms(raw).flatMap(term => pipeline.run([term]));
                        memo.set(raw, tokens);
                    }
                    for (const token of tokens) {
                        counts.set(token, (counts.get(token) || 0) + 1);
                    }
                }
                const inverted = index.index[field];
                for (const [token, n] of counts) {
                    // Token yang sudah ada di indeks untuk dokumen ini: jumlahkan.
                    const before = inverted.getTermFrequency(token, ref);
                    inverted.addToken(token, { ref, tf: Math.sqrt(before * before + n) });
                }
            }
            if (typeof doc.breadcrumbs === 'string') {
                doc.breadcrumbs = escapeHtml(doc.breadcrumbs);
            }
        }
    }

    function ensurePrepared(index) {
        if (!index.pbPrepared) {
            index.pbPrepared = true;
            prepare(index);
        }
    }

    // Kait: indeks dilengkapi begitu searchindex.js dimuat (sekitar 0,2 detik
    // CPU di mesin uji 2 core yang sibuk, jadi tidak di jalur ketikan), dan
    // paling lambat pada pencarian pertama, tidak peduli urutan pemuatan skrip.
    const load = lunr.Index.load;
    lunr.Index.load = function loadWithNames(data) {
        const index = load.call(this, data);
        setTimeout(() => ensurePrepared(index), 0);
        return index;
    };
    const search = lunr.Index.prototype.search;
    lunr.Index.prototype.search = function searchWithNames(query, config) {
        ensurePrepared(this);
        return search.call(this, query, config);
    };
})();
