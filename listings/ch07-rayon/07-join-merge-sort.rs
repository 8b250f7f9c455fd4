use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Potongan sepanjang ini atau kurang diurutkan berurutan.
const CUTOFF: usize = 1_000;

/// Penghitung untuk melihat apa yang terjadi di dalam rekursi.
#[derive(Default)]
struct Stats {
    joins: AtomicUsize,
    left: AtomicUsize,
    right: AtomicUsize,
    stolen: AtomicUsize,
}

// ANCHOR: inti
/// Merge sort paralel: urutkan kedua paruh lewat `rayon::join`, lalu gabung.
/// `buf` adalah tempat kerja sepanjang `v`.
fn merge_sort(v: &mut [u32], buf: &mut [u32], stats: &Stats) {
    if v.len() <= CUTOFF {
        // Potongan kecil: membelah lagi lebih mahal daripada mengurutkan.
        v.sort_unstable();
        return;
    }
    let mid = v.len() / 2;
    // Empat pinjaman `&mut` yang tidak tumpang tindih: setiap closure
    // memegang paruhnya sendiri, tanpa Arc, Mutex, atau salinan.
    let (left, right) = v.split_at_mut(mid);
    let (buf_left, buf_right) = buf.split_at_mut(mid);
    stats.joins.fetch_add(1, Relaxed);
    // `join` mengembalikan hasil kedua closure; di sini: nomor thread pool
    // yang mengerjakan setiap paruh.
    let (thread_a, thread_b) = rayon::join(
        || {
            stats.left.fetch_add(1, Relaxed);
            merge_sort(left, buf_left, stats);
            rayon::current_thread_index()
        },
        || {
            stats.right.fetch_add(1, Relaxed);
            merge_sort(right, buf_right, stats);
            rayon::current_thread_index()
        },
    );
    if thread_a != thread_b {
        stats.stolen.fetch_add(1, Relaxed); // paruh kanan dicuri
    }
    // Setelah join, kedua paruh sudah urut: gabungkan lewat `buf`.
    merge(&v[..mid], &v[mid..], buf);
    v.copy_from_slice(buf);
}
// ANCHOR_END: inti

/// Gabungkan dua slice yang sudah urut ke `out`.
fn merge(a: &[u32], b: &[u32], out: &mut [u32]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        if j == b.len() || (i < a.len() && a[i] <= b[j]) {
            *slot = a[i];
            i += 1;
        } else {
            *slot = b[j];
            j += 1;
        }
    }
}

fn main() {
    // ANCHOR: main
    // Bilangan teracak yang sama setiap run (hash perkalian Knuth).
    let mut v: Vec<u32> = (0..200_000u32)
        .map(|i| i.wrapping_mul(2_654_435_761))
        .collect();
    let mut expected = v.clone();
    expected.sort_unstable(); // pembanding berurutan

    let mut buf = vec![0; v.len()];
    let stats = Stats::default();
    merge_sort(&mut v, &mut buf, &stats);

    let same = if v == expected { "ya" } else { "TIDAK" };
    let get = |c: &AtomicUsize| c.load(Relaxed);
    println!("Elemen: {}, cut-off: {CUTOFF}", v.len());
    println!("Hasil sama dengan sort_unstable(): {same}");
    println!("rayon::join dipanggil: {} kali", get(&stats.joins));
    println!("Closure kiri berjalan: {} kali", get(&stats.left));
    println!("Closure kanan berjalan: {} kali", get(&stats.right));
    println!(
        "Paruh kanan dicuri thread lain: {} kali",
        get(&stats.stolen)
    );
    // ANCHOR_END: main
}
