use std::thread;

fn main() {
    // ANCHOR: inti
    // Perkiraan banyaknya CPU logis yang boleh dipakai proses ini (bisa
    // lebih sedikit dari semua CPU mesin). Bila tidak diketahui: anggap 1.
    let cpus = thread::available_parallelism().map_or(1, |n| n.get());
    println!("Thread yang bisa berjalan bersamaan (perkiraan): {cpus}");

    // Satu thread tambahan: ia menghitung, thread utama menunggu hasilnya.
    let handle = thread::spawn(|| (1..=100u32).sum::<u32>());
    let total = handle.join().expect("thread tidak boleh panic");
    println!("Thread pembantu menghitung 1 + 2 + ... + 100 = {total}");
    // ANCHOR_END: inti
}
