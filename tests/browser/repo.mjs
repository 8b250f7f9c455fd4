// Data dari repositori untuk uji browser (test.mjs): SUMMARY.md, allow-list
// crate Playground, teks listing, indeks pencarian buku yang dibangun.
// Setiap fungsi menerima akar repositori.

import fs from 'node:fs';
import path from 'node:path';

/** Entri SUMMARY.md: {title, target} (target '' untuk draf). */
export function summaryEntries(root) {
    const text = fs.readFileSync(path.join(root, 'src/SUMMARY.md'), 'utf8');
    const out = [];
    for (const m of text.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)) {
        out.push({ title: m[1].trim(), target: m[2].trim() });
    }
    return out;
}

/** Allow-list crate Playground dari tests/playground.toml (satu sumber, juga
 *  dibaca tests/playground). Tanpa pustaka TOML: berkas itu dijaga satu nama
 *  per baris (`"nama",` di antara `crates = [` dan `]`), dan
 *  `cargo test --test playground` memeriksa bahwa pembacaan baris ini sama
 *  dengan pengurai TOML sungguhan. */
export function playgroundCrates(root) {
    const text = fs.readFileSync(path.join(root, 'tests/playground.toml'), 'utf8');
    const crates = [];
    let inside = false;
    for (const line of text.split('\n').map(l => l.trim())) {
        if (line === 'crates = [') {
            inside = true;
        } else if (inside && line === ']') {
            inside = false;
        } else if (inside) {
            const m = line.match(/^"([a-z0-9_]+)",$/);
            if (m) {
                crates.push(m[1]);
            }
        }
    }
    if (crates.length === 0) {
        throw new Error('allow-list crate tidak ditemukan di tests/playground.toml');
    }
    return crates;
}

/** Teks yang diterima Playground dari listing: berkas utuh tanpa baris ANCHOR. */
export function listingProgram(root, rel) {
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    return text
        .split('\n')
        .filter(l => !/^\s*\/\/\s*ANCHOR(_END)?:/.test(l))
        .join('\n')
        .trim();
}

/** Apakah teks yang diindeks pencarian buku (yang dibangun) memuat sebuah
 *  kata; untuk kata yang baru ada setelah bab tertentu digabung. */
export function indexHas(root, word) {
    const book = path.join(root, 'book');
    const file = fs.readdirSync(book).find(f => /^searchindex.*\.js$/.test(f));
    return Boolean(file) && new RegExp(`\\b${word}\\b`, 'i').test(fs.readFileSync(path.join(book, file), 'utf8'));
}
