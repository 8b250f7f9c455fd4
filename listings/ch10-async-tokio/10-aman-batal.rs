use tokio::sync::{mpsc, oneshot};

type Tick = oneshot::Sender<()>;

// ANCHOR: pengirim
/// Pengirim: separuh pesan (byte 1-4), lalu satu "tick" yang harus
/// dibalas pembaca, baru separuh sisanya (byte 5-8).
async fn sender(data: mpsc::Sender<u8>, tick: mpsc::Sender<Tick>) {
    for b in 1..=4 {
        data.send(b).await.unwrap();
    }
    let (done_tx, done_rx) = oneshot::channel();
    tick.send(done_tx).await.unwrap();
    done_rx.await.unwrap(); // tunggu sampai tick-nya diproses
    for b in 5..=8 {
        data.send(b).await.unwrap();
    }
} // `data` dan `tick` di-drop: kedua channel tertutup
// ANCHOR_END: pengirim

// ANCHOR: baca
/// Membaca satu pesan 8 byte dengan beberapa `recv().await`. Byte yang
/// sudah diterima disimpan di `buf`, variabel lokal future ini.
async fn read_message(rx: &mut mpsc::Receiver<u8>) -> Vec<u8> {
    let mut buf = Vec::new();
    while buf.len() < 8 {
        match rx.recv().await {
            Some(b) => buf.push(b),
            None => break, // channel ditutup sebelum pesan lengkap
        }
    }
    buf
}
// ANCHOR_END: baca

// Satu thread dan `biased;`: urutan kejadiannya sama di setiap run.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // ANCHOR: inti
    // Versi 1: future `read_message` dibuat ulang di setiap putaran.
    let (data_tx, mut data) = mpsc::channel(8);
    let (tick_tx, mut tick) = mpsc::channel(1);
    tokio::spawn(sender(data_tx, tick_tx));
    let msg = loop {
        tokio::select! {
            biased;
            msg = read_message(&mut data) => break msg,
            Some(done) = tick.recv() => done.send(()).unwrap(),
        }
    };
    println!("read_message di dalam select!: {msg:?}");

    // Versi 2: `recv()` aman dibatalkan; buffer hidup di luar select!.
    let (data_tx, mut data) = mpsc::channel(8);
    let (tick_tx, mut tick) = mpsc::channel(1);
    tokio::spawn(sender(data_tx, tick_tx));
    let mut buf = Vec::new();
    while buf.len() < 8 {
        tokio::select! {
            biased;
            Some(b) = data.recv() => buf.push(b),
            Some(done) = tick.recv() => done.send(()).unwrap(),
            else => break,
        }
    }
    println!("recv() di dalam select!:        {buf:?}");
    // ANCHOR_END: inti
}
