// Penyesuaian kecil untuk pembaca, di atas book.js bawaan mdBook:
// 1. judul callout (admonition) dalam bahasa Indonesia;
// 2. tombol salin untuk perintah `cargo run --bin ...` di keterangan listing;
// 3. titik patah (<wbr>) di nama panjang dalam kode di sel tabel.
// Tanpa JavaScript, halaman tetap utuh (judul bawaan mdBook, perintah tetap
// bisa dipilih dan disalin manual).
(function pembaca() {
    'use strict';

    const TITLES = {
        note: 'Catatan',
        tip: 'Tips',
        important: 'Penting',
        warning: 'Peringatan',
        caution: 'Hati-hati',
    };

    function translateAdmonitions() {
        document.querySelectorAll('p.blockquote-tag-title').forEach(title => {
            const quote = title.parentElement;
            const kind = Array.from(quote.classList)
                .map(c => c.replace(/^blockquote-tag-/, ''))
                .find(k => Object.prototype.hasOwnProperty.call(TITLES, k));
            if (!kind) {
                return;
            }
            // Ganti simpul teks terakhir (sesudah ikon SVG) saja.
            const text = Array.from(title.childNodes)
                .reverse()
                .find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
            if (text) {
                text.textContent = TITLES[kind];
            }
        });
    }

    function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        // Cadangan untuk http biasa (mis. server lokal non-localhost).
        return new Promise((resolve, reject) => {
            const area = document.createElement('textarea');
            area.value = text;
            area.setAttribute('readonly', '');
            area.style.position = 'fixed';
            area.style.opacity = '0';
            document.body.appendChild(area);
            area.select();
            const ok = document.execCommand('copy');
            document.body.removeChild(area);
            if (ok) {
                resolve();
            } else {
                reject(new Error('execCommand copy gagal'));
            }
        });
    }

    function addCommandCopyButtons() {
        document.querySelectorAll('.listing-caption code.listing-command').forEach(code => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'listing-copy-command';
            button.textContent = 'Salin';
            button.title = 'Salin perintah ke clipboard';
            button.setAttribute('aria-label', 'Salin perintah: ' + code.textContent);
            button.addEventListener('click', () => {
                copyText(code.textContent).then(
                    () => {
                        button.textContent = 'Tersalin';
                    },
                    () => {
                        button.textContent = 'Pilih lalu salin';
                    },
                );
                setTimeout(() => {
                    button.textContent = 'Salin';
                }, 1500);
            });
            code.after(button);
        });
    }

    // `multiprocessing.Pool.starmap` di sel tabel boleh patah sesudah titik
    // (juga `::`, `(`, `,`) alih-alih di tengah kata; lihat pembaca.css.
    function addTableCodeBreaks() {
        document.querySelectorAll('main td code, main th code').forEach(code => {
            if (code.children.length > 0) {
                return;
            }
            const pieces = code.textContent.split(/(?<=\.|::|\(|,)(?=[^\s.:(),])/);
            if (pieces.length < 2) {
                return;
            }
            code.textContent = '';
            pieces.forEach((piece, i) => {
                if (i > 0) {
                    code.appendChild(document.createElement('wbr'));
                }
                code.appendChild(document.createTextNode(piece));
            });
        });
    }

    translateAdmonitions();
    addCommandCopyButtons();
    addTableCodeBreaks();
})();
