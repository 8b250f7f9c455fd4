// Penyesuaian kecil untuk pembaca, di atas book.js bawaan mdBook:
// 1. judul callout (admonition) dalam bahasa Indonesia;
// 2. tombol salin untuk perintah `cargo run --bin ...` di keterangan listing;
// 3. teks bawaan widget kuis (mdbook-quiz) dalam bahasa Indonesia;
// 4. titik patah (<wbr>) di nama panjang dalam kode di sel tabel.
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

    // mdbook-quiz 0.5.0 hanya punya satu opsi teks (`initial-text`, judul
    // "Quiz"); tombol, label, dan ulasan jawabannya tertulis dalam bahasa
    // Inggris di bundel JS-nya (di dalam binary). Karena itu teks-teks itu
    // diganti di sini setelah widget (React) terpasang dan setiap kali ia
    // menggambar ulang. Hanya simpul teks yang isinya persis sama dengan salah
    // satu kunci yang diganti, dan hanya di dalam widget kuis; isi soal buku
    // sudah berbahasa Indonesia, jadi tidak tersentuh.
    const QUIZ_TEXT = new Map([
        ['Quiz', 'Kuis'],
        ['Question', 'Soal'],
        ['Question ', 'Soal '],
        [' question', ' soal'],
        ['Start', 'Mulai'],
        ['Submit', 'Kirim'],
        ['Answer Review', 'Tinjauan jawaban'],
        ['You answered', 'Jawaban benar Anda:'],
        ['questions correctly.', 'soal.'],
        ['You answered:', 'Jawaban Anda:'],
        ['The correct answer is:', 'Jawaban yang benar:'],
        ['You can either', 'Anda bisa'],
        ['retry the quiz', 'mengulang kuis'],
        ['or', 'atau'],
        ['see the correct answers', 'melihat jawaban yang benar'],
        [
            'Determine whether the program will pass the compiler. If it passes, write the expected output of the program if it were executed.',
            'Tentukan apakah program ini lolos kompilasi. Bila lolos, tulis keluaran yang dicetaknya saat dijalankan.',
        ],
        ['This program:', 'Program ini:'],
        ['DOES compile', 'LOLOS kompilasi'],
        ['OR', 'ATAU'],
        ['does NOT compile', 'TIDAK lolos kompilasi'],
        ['The output of this program will be:', 'Keluaran program ini:'],
        ['This program', 'Program ini'],
        ['does', 'lolos'],
        ['does not', 'tidak lolos'],
        [' compile.', ' kompilasi.'],
        [' has multiple parts.', ' terdiri atas beberapa bagian.'],
        [' The box below contains the shared context for each part.', ' Kotak di bawah berisi konteks bersama untuk setiap bagian.'],
        ['Return to question context ', 'Kembali ke konteks soal '],
        ['Response', 'Jawaban'],
        ['Explanation', 'Alasan'],
        ['Context', 'Penjelasan'],
        ['Why is this quiz fullscreen?', 'Mengapa kuis ini layar penuh?'],
    ]);
    const QUIZ_ATTRS = new Map([
        ["Write the program's stdout here...", 'Tulis stdout program di sini...'],
        ['Write your answer here...', 'Tulis jawaban Anda di sini...'],
    ]);

    function translateQuiz(root) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const id = QUIZ_TEXT.get(node.nodeValue);
            if (id !== undefined) {
                // "5 questions" tersusun dari "5", " question", dan "s".
                const next = node.nextSibling;
                if (node.nodeValue === ' question' && next && next.nodeType === Node.TEXT_NODE && next.nodeValue === 's') {
                    next.nodeValue = '';
                }
                node.nodeValue = id;
            }
        }
        root.querySelectorAll('[placeholder], input[type=submit]').forEach(el => {
            const p = QUIZ_ATTRS.get(el.getAttribute('placeholder'));
            if (p !== undefined) {
                el.setAttribute('placeholder', p);
            }
            if (el.type === 'submit' && !el.hasAttribute('value')) {
                el.setAttribute('value', 'Kirim');
            }
        });
    }

    function localizeQuizzes() {
        const quizzes = () => document.querySelectorAll('.quiz-placeholder');
        if (quizzes().length === 0) {
            return;
        }
        let scheduled = false;
        const run = () => {
            scheduled = false;
            quizzes().forEach(translateQuiz);
        };
        // Widget dipasang dan digambar ulang oleh React: terjemahkan setiap
        // kali isinya berubah (penggantian kita sendiri tidak menghasilkan
        // teks baru yang cocok, jadi tidak berputar terus).
        const observer = new MutationObserver(() => {
            if (!scheduled) {
                scheduled = true;
                requestAnimationFrame(run);
            }
        });
        quizzes().forEach(q => observer.observe(q, { childList: true, subtree: true, characterData: true }));
        run();
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
    localizeQuizzes();
    addTableCodeBreaks();
})();
