use std::panic;
use std::sync::Mutex;
use std::thread;

/// Menambah saldo; kredit di atas 20 dianggap bug dan membuat panic.
fn credit(balance: &mut i32, amount: i32) {
    assert!(amount <= 20, "kredit {amount} melebihi batas 20");
    *balance += amount;
}

fn main() {
    // Ganti pesan panic bawaan (bahasa Inggris, ke stderr) dengan satu
    // baris kita sendiri di stdout.
    panic::set_hook(Box::new(|info| {
        let msg = info.payload_as_str().unwrap_or("?");
        println!("  [panic di thread lain] {msg}");
    }));

    // Invarian: saldo kedua rekening selalu berjumlah 100.
    let accounts = Mutex::new([100, 0]);

    thread::scope(|s| {
        let transfer = s.spawn(|| {
            let mut acc = accounts.lock().unwrap();
            acc[0] -= 30; // debit sudah terjadi...
            credit(&mut acc[1], 30); // ...kredit panic: transfer setengah jalan
        });
        println!("Thread transfer panic: {}", transfer.join().is_err());
    });

    println!("Mutex teracuni: {}", accounts.is_poisoned());
    match accounts.lock() {
        Ok(acc) => println!("lock() berhasil: {acc:?}"),
        Err(poisoned) => {
            println!("lock() mengembalikan Err(PoisonError)");
            // Datanya tetap bisa diambil; kita yang memutuskan apakah
            // masih sah.
            let mut acc = poisoned.into_inner();
            let sum = acc[0] + acc[1];
            println!("Saldo setelah panic: {acc:?}, jumlah = {sum}");
            acc[1] += 30; // selesaikan transfer: invarian pulih
            let sum = acc[0] + acc[1];
            println!("Saldo dipulihkan: {acc:?}, jumlah = {sum}");
        }
    }
    accounts.clear_poison();
    println!("Teracuni setelah clear_poison: {}", accounts.is_poisoned());
}
