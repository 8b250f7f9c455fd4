// Halaman Chromium untuk uji browser: mencatat galat konsol, galat JS,
// permintaan gagal, dan permintaan keluar (Playground ditiru, runner lokal
// ditolak, yang lain ditolak dan dicatat sebagai masalah).

import { answerPlayground } from './playground-mock.mjs';

/** Pembuat halaman: `openPage(theme, viewport)` -> { context, page, problems }. */
export function pageOpener({ browser, origin, runnerTokenUrl, crates, runs }) {
    /** Halaman baru yang mencatat galat konsol, galat JS, permintaan gagal, dan
     *  permintaan keluar (yang Playground ditiru, yang lain ditolak dan dicatat). */
    return async function openPage(theme = 'light', viewport = { width: 1280, height: 900 }) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript(t => {
            try {
                localStorage.setItem('mdbook-theme', t);
                localStorage.setItem('mdbook-sidebar', 'visible');
            } catch (_) {
                // halaman tanpa localStorage
            }
            window.__printCalls = 0;
            window.print = () => {
                window.__printCalls += 1;
            };
        }, theme);
        const page = await context.newPage();
        const problems = [];
        page.on('console', msg => {
            // Halaman 404 sendiri dijawab dengan status 404 (seperti GitHub Pages).
            const expected404 = page.__expect404 && msg.location().url === page.__expect404;
            const noRunner = msg.location().url === runnerTokenUrl;
            if (msg.type() === 'error' && !expected404 && !noRunner) {
                problems.push(`console.error: ${msg.text()}`);
            }
        });
        page.on('pageerror', err => problems.push(`galat JS: ${err.message}`));
        page.on('requestfailed', req => {
            if (req.url() === runnerTokenUrl) {
                return;
            }
            problems.push(`permintaan gagal: ${req.url()} (${req.failure()?.errorText})`);
        });
        page.on('response', res => {
            if (res.status() >= 400 && res.url() !== page.__expect404) {
                problems.push(`HTTP ${res.status()}: ${res.url()}`);
            }
        });
        await page.route('**/*', async route => {
            const url = route.request().url();
            if (url.startsWith(origin)) {
                return route.continue();
            }
            if (url === runnerTokenUrl) {
                // theme/runner.js mencari runner lokal di port buku + 1. Di sini
                // tidak ada runner (seperti buku yang disajikan tanpa
                // `cargo xtask serve`): koneksinya ditolak, dan Run tetap lewat
                // Playground. Galat jaringan itu memang diharapkan.
                return route.abort('connectionrefused');
            }
            if (await answerPlayground(route, crates, runs)) {
                return undefined;
            }
            problems.push(`permintaan keluar yang tidak diharapkan: ${url}`);
            return route.abort();
        });
        return { context, page, problems };
    };
}
