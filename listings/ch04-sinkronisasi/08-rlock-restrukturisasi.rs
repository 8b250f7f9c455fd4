use std::thread;

// Saklar loom (Bab 13): dengan `--cfg loom`, model loom memakai berkas ini
// apa adanya, hanya Mutex-nya diganti versi loom.
#[allow(unexpected_cfgs)] // Playground tidak mengenal cfg `loom`
mod sync {
    #[cfg(loom)]
    pub use crate::loom_sync::Mutex;
    #[cfg(not(loom))]
    pub use std::sync::Mutex;
}
use self::sync::Mutex;

// ANCHOR: inti
/// Pintu masuk publik: kunci SEKALI, lalu serahkan datanya ke rekursi.
fn recursive_example(lock: &Mutex<Vec<String>>, who: &str, depth: u32) {
    let mut visited = lock.lock().unwrap();
    visit(&mut visited, who, depth);
} // lock dilepas di sini, setelah seluruh rekursi selesai

/// Bagian rekursif tidak tahu apa-apa soal lock: ia menerima `&mut Vec`.
/// Memegang `&mut` adalah bukti bahwa pemanggil sudah memegang lock.
fn visit(visited: &mut Vec<String>, who: &str, depth: u32) {
    if depth > 0 {
        println!("Thread {who}, kedalaman: {depth}");
        visited.push(format!("{who}{depth}"));
        visit(visited, who, depth - 1);
    }
}
// ANCHOR_END: inti

// ANCHOR: main
fn main() {
    let lock = Mutex::new(Vec::new());
    thread::scope(|s| {
        for who in ["A", "B"] {
            let lock = &lock;
            s.spawn(move || recursive_example(lock, who, 5));
        }
    });
    println!("Tercatat: {:?}", lock.into_inner().unwrap());
}
// ANCHOR_END: main
