//! Thread bernama lewat `thread::Builder`, dan `is_finished` sebagai
//! pengganti `is_alive()` di Python.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

// ANCHOR: pekerja
fn worker(task_id: u32, delay: Duration) -> u32 {
    let me = thread::current();
    let name = me.name().unwrap_or("<tanpa nama>");
    println!("  Tugas {task_id} mulai (thread: {name})");
    thread::sleep(delay);
    println!("  Tugas {task_id} selesai");
    task_id * 10
}
// ANCHOR_END: pekerja

fn main() {
    // ANCHOR: inti
    println!("Nama thread utama: {:?}", thread::current().name());

    // Aba-aba: pekerja baru mulai setelah main mengirim sinyal lewat channel.
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let handle = thread::Builder::new()
        .name("pekerja-saya".to_string())
        .spawn(move || {
            go_rx.recv().unwrap();
            worker(1, Duration::from_millis(200))
        })
        .expect("gagal membuat thread");

    println!("Nama thread baru: {:?}", handle.thread().name());
    println!("Sudah selesai? {}", handle.is_finished());
    go_tx.send(()).unwrap();

    // `is_finished` tidak menunggu: ia hanya melihat keadaan saat ini.
    while !handle.is_finished() {
        thread::sleep(Duration::from_millis(20));
    }
    println!("Sudah selesai? {}", handle.is_finished());
    let value = handle.join().unwrap();
    println!("Nilai dari join: {value}");

    // Thread dari `thread::spawn` biasa tidak punya nama.
    let unnamed = thread::spawn(|| thread::current().name().map(String::from));
    println!("Nama thread tanpa Builder: {:?}", unnamed.join().unwrap());
    // ANCHOR_END: inti
}
