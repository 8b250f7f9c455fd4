use std::sync::{Mutex, TryLockError};

/// Terjemahan naif `recursive_lock_example` dari tutorial Python: setiap
/// tingkat rekursi mengunci lagi lock yang sama. Dengan `lock()` panggilan
/// kedua tidak akan pernah kembali (deadlock atau panic), jadi di sini kita
/// memakai `try_lock()`, yang langsung gagal alih-alih menunggu selamanya.
fn recursive_naive(lock: &Mutex<Vec<u32>>, depth: u32) {
    let mut visited = match lock.try_lock() {
        Ok(guard) => guard,
        Err(TryLockError::WouldBlock) => {
            println!("Kedalaman {depth}: try_lock() -> WouldBlock");
            println!("  lock masih dipegang pemanggil (thread ini sendiri);");
            println!("  lock() di sini tidak akan pernah kembali (deadlock)");
            return;
        }
        Err(TryLockError::Poisoned(_)) => unreachable!("tak ada yang panic"),
    };
    if depth > 0 {
        println!("Kedalaman: {depth}");
        visited.push(depth);
        recursive_naive(lock, depth - 1); // `visited` (guard) masih hidup!
    }
}

fn main() {
    let lock = Mutex::new(Vec::new());
    recursive_naive(&lock, 5);
    println!("Tercatat: {:?}", lock.lock().unwrap());
}
