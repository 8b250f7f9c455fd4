use std::thread;

fn main() {
    // ANCHOR: inti
    // Pengganti `Array('i', 10)`: array biasa milik main.
    let mut arr = [0i32; 10];
    let chunk_size = 5;
    thread::scope(|s| {
        // `chunks_mut` membagi array menjadi potongan yang tidak tumpang
        // tindih; setiap thread meminjam satu potongan secara eksklusif.
        for (n, chunk) in arr.chunks_mut(chunk_size).enumerate() {
            s.spawn(move || {
                let start = n * chunk_size;
                for (offset, slot) in chunk.iter_mut().enumerate() {
                    let i = (start + offset) as i32;
                    *slot = i * i;
                }
                let end = start + chunk.len();
                println!("Thread {n} mengisi indeks {start}..{end}");
            });
        }
    }); // semua thread selesai di sini; pinjaman berakhir
    println!("Array: {arr:?}");
    // ANCHOR_END: inti
}
