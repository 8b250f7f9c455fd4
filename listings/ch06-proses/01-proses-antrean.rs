use std::collections::BTreeMap;
use std::env;
use std::io::{self, BufRead, BufReader, Write};
use std::process::{self, Command};

// ANCHOR: main
fn main() -> io::Result<()> {
    // Program yang sama berperan ganda: tanpa argumen ia proses induk,
    // dengan `--worker N` ia proses anak yang mengerjakan tugas N.
    let args: Vec<String> = env::args().collect();
    match args.as_slice() {
        [_, flag, id] if flag == "--worker" => match id.parse() {
            Ok(task_id) => worker(task_id),
            Err(_) => {
                eprintln!("ID tugas tidak valid: {id:?}");
                process::exit(2);
            }
        },
        _ => parent(),
    }
}
// ANCHOR_END: main

// ANCHOR: worker
/// Berjalan di proses anak: hitung, lalu kirim hasilnya lewat stdout.
fn worker(task_id: u32) -> io::Result<()> {
    let result = task_id * task_id;
    // Satu baris pendek, satu kali tulis: pipa tidak mencampur tulisan
    // sekecil ini (di bawah PIPE_BUF) dari anak-anak yang berbeda.
    let line = format!("{task_id} {result} {}\n", process::id());
    io::stdout().lock().write_all(line.as_bytes())
}
// ANCHOR_END: worker

// ANCHOR: induk
fn parent() -> io::Result<()> {
    println!("PID proses induk: {}", process::id());
    let exe = env::current_exe()?;
    // Satu pipa untuk semua anak, seperti `multiprocessing.Queue`.
    let (reader, writer) = io::pipe()?;
    let mut children = Vec::new();
    for task_id in 0..5 {
        let child = Command::new(&exe)
            .args(["--worker", &task_id.to_string()])
            .stdout(writer.try_clone()?)
            .spawn()?;
        println!("Tugas {task_id} dimulai di proses anak PID {}", child.id());
        children.push(child);
    }
    // Induk tidak menulis. Setelah salinan ujung tulis milik induk dibuang,
    // pembaca mendapat EOF begitu anak terakhir selesai.
    drop(writer);

    let mut results = BTreeMap::new();
    for line in BufReader::new(reader).lines() {
        let line = line?;
        let nums: Vec<u32> = line.split(' ').flat_map(str::parse).collect();
        let [task_id, result, pid] = nums[..] else {
            continue;
        };
        println!("Diterima dari PID {pid}: tugas {task_id} -> hasil {result}");
        results.insert(task_id, result);
    }
    for mut child in children {
        let status = child.wait()?; // "join": tunggu dan bereskan proses anak
        if !status.success() {
            println!("Proses anak PID {} gagal: {status}", child.id());
        }
    }
    println!("Hasil: {results:?}");
    Ok(())
}
// ANCHOR_END: induk
