// Tombol *Run* lewat runner lokal (`cargo xtask serve`).
//
// Hanya aktif bila halaman dibuka dari server lokal (http://127.0.0.1:PORT
// atau http://localhost:PORT) DAN runner di http://127.0.0.1:(PORT + 1)
// menjawab jabat tangan. Selain itu (buku daring, `mdbook serve` biasa, runner
// mati) skrip ini tidak mengubah apa pun: tombol Run tetap memakai Rust
// Playground publik seperti bawaan mdBook.
//
// Yang dilakukannya setelah jabat tangan berhasil:
// - klik tombol Run dan Ctrl+Enter di editor ditangkap lebih dulu (fase
//   capture) dan dikirim ke runner lokal; hasilnya ditulis ke blok hasil yang
//   sama (`code.result`) seperti milik book.js;
// - pemeriksaan "semua crate tersedia" yang menentukan tombol Run tampil atau
//   tidak memakai daftar crate dari runner (persis dependensi buku), jadi
//   berjalan tanpa internet;
// - fetch ke https://play.rust-lang.org/evaluate.json dan /meta/crates dari
//   skrip lain diarahkan ke runner juga.
(function () {
    'use strict';

    const PLAYGROUND = 'https://play.rust-lang.org';
    const host = location.hostname;
    if (location.protocol !== 'http:' || !(host === '127.0.0.1' || host === 'localhost')) {
        return;
    }
    if (!document.querySelector('pre.playground')) {
        return;
    }
    const bookPort = Number(location.port || 80);
    const base = 'http://127.0.0.1:' + (bookPort + 1);
    const nativeFetch = window.fetch.bind(window);
    const root = document.documentElement;
    let session = null; // { token, crates }

    function withTimeout(ms) {
        return AbortSignal.timeout ? AbortSignal.timeout(ms) : undefined;
    }

    async function handshake() {
        const r = await nativeFetch(base + '/token', {
            mode: 'cors',
            cache: 'no-store',
            credentials: 'omit',
            signal: withTimeout(3000),
        });
        if (!r.ok) {
            throw new Error('jabat tangan ditolak (' + r.status + ')');
        }
        const info = await r.json();
        const c = await nativeFetch(base + '/meta/crates', {
            method: 'POST',
            mode: 'cors',
            cache: 'no-store',
            credentials: 'omit',
            headers: { 'X-Runner-Token': info.token },
            signal: withTimeout(3000),
        });
        if (!c.ok) {
            throw new Error('daftar crate ditolak (' + c.status + ')');
        }
        const crates = (await c.json()).crates.map(item => item.id);
        return { token: info.token, crates: crates };
    }

    async function evaluate(params, retry = true) {
        const r = await nativeFetch(base + '/evaluate.json', {
            method: 'POST',
            mode: 'cors',
            cache: 'no-store',
            credentials: 'omit',
            headers: {
                'Content-Type': 'application/json',
                'X-Runner-Token': session.token,
            },
            body: JSON.stringify(params),
        });
        if (r.status === 403 && retry) {
            // Runner dimulai ulang sejak halaman dibuka: token baru.
            session = await handshake();
            return evaluate(params, false);
        }
        try {
            return await r.json();
        } catch (_) {
            return { result: 'Runner lokal menjawab HTTP ' + r.status + '.' };
        }
    }

    function paramsFor(pre) {
        const code = window.playground_text(pre);
        let edition = '2015';
        pre.querySelector('code').classList.forEach(name => {
            if (name.startsWith('edition')) {
                edition = name.slice(7);
            }
        });
        return { version: 'stable', optimize: '0', code: code, edition: edition };
    }

    // Sama dengan run_rust_code di book.js, tetapi ke runner lokal.
    function run(pre) {
        let resultBlock = pre.querySelector('.result');
        if (!resultBlock) {
            resultBlock = document.createElement('code');
            resultBlock.className = 'result hljs language-bash';
            pre.append(resultBlock);
        }
        resultBlock.innerText = 'Menjalankan di runner lokal...';
        resultBlock.classList.remove('result-no-output');
        evaluate(paramsFor(pre))
            .then(response => {
                const out = response.result || '';
                if (out.trim() === '') {
                    resultBlock.innerText = 'Tidak ada keluaran';
                    resultBlock.classList.add('result-no-output');
                } else {
                    resultBlock.innerText = out;
                    resultBlock.classList.remove('result-no-output');
                }
            })
            .catch(error => {
                resultBlock.innerText = 'Runner lokal tidak bisa dihubungi: ' + error.message;
            });
    }

    // Sama dengan update_play_button di book.js, dengan daftar crate runner.
    function updatePlayButton(pre) {
        const button = pre.querySelector('.play-button');
        if (!button) {
            return;
        }
        if (pre.querySelector('code').classList.contains('no_run')) {
            button.classList.add('hidden');
            return;
        }
        const text = window.playground_text(pre);
        const re = /extern\s+crate\s+([a-zA-Z_0-9]+)\s*;/g;
        let allAvailable = true;
        let item;
        while ((item = re.exec(text))) {
            if (session.crates.indexOf(item[1]) === -1) {
                allAvailable = false;
            }
        }
        if (allAvailable) {
            button.classList.remove('hidden');
            button.hidden = false;
            button.title = 'Jalankan kode ini (runner lokal)';
            button.setAttribute('aria-label', button.title);
        } else {
            button.classList.add('hidden');
        }
    }

    function activate() {
        const blocks = Array.from(document.querySelectorAll('pre.playground'));
        blocks.forEach(pre => {
            updatePlayButton(pre);
            const code = pre.querySelector('code');
            if (window.ace && code.classList.contains('editable')) {
                // setTimeout: dijalankan setelah pendengar book.js (bila ada),
                // jadi daftar crate runner yang menentukan.
                window.ace.edit(code).addEventListener('change', () => {
                    setTimeout(() => updatePlayButton(pre), 0);
                });
            }
        });

        window.addEventListener('click', event => {
            const button = event.target.closest && event.target.closest('.play-button');
            const pre = button && button.closest('pre.playground');
            if (!pre) {
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            run(pre);
        }, true);

        window.addEventListener('keydown', event => {
            if (event.key !== 'Enter' || !event.ctrlKey) {
                return;
            }
            const pre = event.target.closest && event.target.closest('pre.playground');
            if (!pre) {
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            run(pre);
        }, true);

        window.fetch = function (input, init) {
            const url = typeof input === 'string' ? input : (input && input.url) || '';
            if (url === PLAYGROUND + '/evaluate.json' && init && typeof init.body === 'string') {
                return evaluate(JSON.parse(init.body)).then(body =>
                    new Response(JSON.stringify(body), {
                        headers: { 'Content-Type': 'application/json' },
                    }));
            }
            if (url === PLAYGROUND + '/meta/crates') {
                const crates = session.crates.map(id => ({ id: id, name: id, version: '' }));
                return Promise.resolve(new Response(JSON.stringify({ crates: crates }), {
                    headers: { 'Content-Type': 'application/json' },
                }));
            }
            return nativeFetch(input, init);
        };

        root.dataset.runner = 'lokal';
    }

    handshake()
        .then(s => {
            session = s;
            activate();
        })
        .catch(() => {
            // Tidak ada runner lokal: biarkan perilaku bawaan mdBook.
            root.dataset.runner = 'tidak-ada';
        });
})();
