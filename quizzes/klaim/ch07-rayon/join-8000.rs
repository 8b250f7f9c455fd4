//! Soal: merge sort Listing 7.7 dengan 8.000 elemen dan cut-off 1.000.
//! Berapa kali `rayon::join` dipanggil?
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn merge_sort(v: &mut [u32], cutoff: usize, joins: &AtomicUsize) {
    if v.len() <= cutoff {
        v.sort_unstable();
        return;
    }
    joins.fetch_add(1, Relaxed);
    let mid = v.len() / 2;
    let (left, right) = v.split_at_mut(mid);
    rayon::join(
        || merge_sort(left, cutoff, joins),
        || merge_sort(right, cutoff, joins),
    );
    // Penggabungan tidak mengubah jumlah join; cukup urutkan ulang.
    v.sort_unstable();
}

fn main() {
    let mut v: Vec<u32> = (0..8_000u32).map(|i| i.wrapping_mul(2_654_435_761)).collect();
    let joins = AtomicUsize::new(0);
    merge_sort(&mut v, 1_000, &joins);
    assert!(v.is_sorted());
    println!("join: {}", joins.load(Relaxed));
}
