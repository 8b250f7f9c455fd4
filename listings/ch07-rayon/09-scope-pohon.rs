use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};

/// Penghitung bersama milik `main`, dipinjam semua tugas.
#[derive(Default)]
struct Totals {
    bytes: AtomicU64,
    folders: AtomicUsize,
}

/// Folder tiruan: ukuran berkas-berkasnya (byte) dan subfolder.
struct Folder {
    files: Vec<u64>,
    subfolders: Vec<Folder>,
}

// ANCHOR: kunjungi
/// Satu tugas per folder. Tugas menambahkan ukuran berkasnya sendiri, lalu
/// men-spawn satu tugas baru untuk setiap subfolder yang ia temukan.
fn visit<'a>(s: &rayon::Scope<'a>, dir: &'a Folder, totals: &'a Totals) {
    totals.folders.fetch_add(1, Relaxed);
    totals.bytes.fetch_add(dir.files.iter().sum(), Relaxed);
    for sub in &dir.subfolders {
        s.spawn(move |s| visit(s, sub, totals));
    }
}
// ANCHOR_END: kunjungi

/// Versi berurutan sebagai pembanding: (total byte, jumlah folder).
fn walk(dir: &Folder) -> (u64, usize) {
    let mut acc = (dir.files.iter().sum(), 1);
    for sub in &dir.subfolders {
        let (bytes, count) = walk(sub);
        acc = (acc.0 + bytes, acc.1 + count);
    }
    acc
}

/// Bilangan acak semu (xorshift).
fn next(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x >> 40
}

/// Pohon acak semu (seed tetap): banyaknya subfolder di setiap folder baru
/// diketahui saat pohon dibuat, seperti saat membaca disk sungguhan.
fn build(depth: u32, seed: &mut u64) -> Folder {
    let n_files = next(seed) % 6;
    let files = (0..n_files).map(|_| next(seed) % 100_000).collect();
    let n_sub = if depth == 0 { 0 } else { 1 + next(seed) % 3 };
    let subfolders = (0..n_sub).map(|_| build(depth - 1, seed)).collect();
    Folder { files, subfolders }
}

fn main() {
    // ANCHOR: inti
    let mut seed = 0x2545_F491_4F6C_DD1D;
    let root = build(7, &mut seed); // data lokal milik main

    let totals = Totals::default();
    // `scope` kembali setelah *semua* tugas selesai, termasuk tugas yang
    // di-spawn oleh tugas lain. Karena itu tugas boleh meminjam `root` dan
    // `totals` tanpa `Arc` dan tanpa `'static`.
    rayon::scope(|s| visit(s, &root, &totals));

    let (bytes, folders) = walk(&root);
    let visited = totals.folders.load(Relaxed);
    println!("Folder dikunjungi, paralel: {visited}");
    println!("Folder dikunjungi, berurutan: {folders}");
    println!("Total paralel: {} byte", totals.bytes.load(Relaxed));
    println!("Total berurutan: {bytes} byte");
    // ANCHOR_END: inti
}
