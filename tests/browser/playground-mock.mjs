// Rust Playground tiruan untuk uji browser, tanpa jaringan: daftar crate
// (allow-list tests/playground.toml) dan evaluate.json, yang mencatat program
// yang dikirim tombol Run dan menjawab dengan keluaran tiruan.

const CORS = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'content-type',
    'access-control-allow-methods': 'POST, OPTIONS',
};

/** Jawab permintaan `route` bila ia untuk Playground; `true` bila sudah
 *  dijawab. `runs` menerima isi setiap permintaan evaluate.json. */
export async function answerPlayground(route, crates, runs) {
    const req = route.request();
    const url = req.url();
    if (url === 'https://play.rust-lang.org/meta/crates') {
        await route.fulfill({
            status: 200,
            headers: CORS,
            contentType: 'application/json',
            body: JSON.stringify({ crates: crates.map(id => ({ id, name: id, version: '0' })) }),
        });
        return true;
    }
    if (url === 'https://play.rust-lang.org/evaluate.json') {
        if (req.method() === 'OPTIONS') {
            await route.fulfill({ status: 204, headers: CORS });
            return true;
        }
        runs.push(JSON.parse(req.postData() || '{}'));
        await route.fulfill({
            status: 200,
            headers: CORS,
            contentType: 'application/json',
            body: JSON.stringify({ result: 'keluaran tiruan dari Playground', error: null }),
        });
        return true;
    }
    return false;
}
