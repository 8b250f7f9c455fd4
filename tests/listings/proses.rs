//! Uji harness itu sendiri: listing yang melewati batas waktu dibunuh bersama
//! semua proses yang ia mulai (seluruh process group), bukan hanya proses
//! langsungnya. Tanpa itu, cucu yang masih memegang ujung tulis pipa stdout
//! membuat harness menunggu EOF selamanya.

#[cfg(unix)]
#[test]
fn harness_timeout_kills_the_whole_process_group() {
    use std::process::Command;
    use std::sync::mpsc;
    use std::time::Duration;

    // `sh` memulai cucu (`sleep`) di latar, mencetak PID-nya, lalu ikut tidur.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| {
            crate::harness::run_command(
                "uji-process-group",
                Command::new("sh").args(["-c", "sleep 60 & echo $!; sleep 60"]),
                Duration::from_millis(300),
            )
        });
        let _ = tx.send(result.map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic tanpa pesan".into())
        }));
    });
    // Harness harus menyerah jauh sebelum `sleep 60` selesai.
    let msg = match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(Err(msg)) => msg,
        Ok(Ok(_)) => panic!("run_command seharusnya gagal karena batas waktu"),
        Err(_) => panic!(
            "run_command tidak kembali dalam 20 detik: cucu yang masih hidup menahan pipa stdout"
        ),
    };
    assert!(msg.contains("tidak selesai dalam"), "{msg}");
    // PID cucu ada di keluaran sejauh itu; cucu itu harus sudah mati.
    let pid: libc::pid_t = msg
        .lines()
        .find_map(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("PID cucu tidak ada di keluaran:\n{msg}"));
    let mut alive = true;
    for _ in 0..100 {
        // SAFETY: sinyal 0 hanya memeriksa apakah proses itu ada.
        alive = unsafe { libc::kill(pid, 0) } == 0 && !zombie(pid);
        if !alive {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!alive, "cucu PID {pid} masih hidup setelah batas waktu");
}

/// Proses yang sudah mati tetapi belum dibereskan induk barunya (zombie)
/// masih "ada" bagi `kill(pid, 0)`; di Linux, `/proc/PID/stat` menyebut
/// statusnya `Z`.
#[cfg(unix)]
fn zombie(pid: libc::pid_t) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(") ").map(|(_, rest)| rest.starts_with('Z')))
        .unwrap_or(false)
}
