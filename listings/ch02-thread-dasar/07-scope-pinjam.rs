//! `thread::scope`: thread boleh meminjam data lokal, karena semuanya
//! dijamin selesai sebelum scope berakhir.
use std::thread;

fn main() {
    // ANCHOR: inti
    let readings = vec![12, 7, 31, 5, 22, 18];
    let mut report = String::new();

    let (total, max) = thread::scope(|s| {
        // Dua thread membaca `readings` bersamaan: pinjaman bersama (&).
        let sum = s.spawn(|| readings.iter().sum::<i32>());
        let max = s.spawn(|| *readings.iter().max().unwrap());
        // Satu thread menulis ke `report`: pinjaman eksklusif (&mut).
        s.spawn(|| report.push_str("laporan dari thread ketiga"));
        (sum.join().unwrap(), max.join().unwrap())
    }); // <- di sini SEMUA thread dalam scope sudah selesai

    println!("Jumlah: {total}");
    println!("Maksimum: {max}");
    println!("Isi report: {report}");
    println!("readings masih milik main: {readings:?}");
    // ANCHOR_END: inti
}
