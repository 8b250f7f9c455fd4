//! Menjalankan satu listing timely sebagai DUA proses sungguhan di loopback:
//! port bebas dipilih test, hostfile ditulis test, keduanya di bawah batas
//! waktu. Bisa juga membunuh (`SIGKILL`) atau membekukan (`SIGSTOP`) proses 1
//! di tengah jalan untuk melihat apa yang dilakukan proses 0.

use crate::harness::{Output, Source, bin_path, root};
use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Batas waktu satu skenario dua proses (build debug, mesin sibuk). Koneksi
/// timely sendiri butuh sampai 1 detik (ia memeriksa koneksi baru sekali per
/// detik).
pub const TIMEOUT: Duration = Duration::from_secs(40);

/// Apa yang terjadi pada proses 1 setelah ia mencetak `trigger`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Peer {
    /// Dibiarkan selesai.
    Finish,
    /// Dibunuh dengan SIGKILL (`Child::kill`).
    Kill,
    /// Dibekukan dengan SIGSTOP: masih hidup, koneksinya tetap terbuka,
    /// tetapi tidak mengirim apa pun (seperti mesin yang hang).
    Freeze,
}

/// Hasil satu skenario: keluaran kedua proses, isi hostfile, dan berapa lama
/// proses 0 masih hidup setelah proses 1 dibunuh/dibekukan.
pub struct Pair {
    pub p0: Output,
    pub p1: Output,
    pub hosts: String,
    pub after_trigger: Option<Duration>,
}

struct Running {
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
    readers: Vec<thread::JoinHandle<()>>,
    code: Option<Option<i32>>,
}

fn spawn(bin: &str, args: &[String]) -> Running {
    let mut child = Command::new(bin_path(bin))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{bin}: gagal menjalankan: {e}"));
    let out = Arc::new(Mutex::new(String::new()));
    let err = Arc::new(Mutex::new(String::new()));
    let mut readers = Vec::new();
    let stdout = child.stdout.take().unwrap();
    let o = out.clone();
    // Baris demi baris, supaya test bisa bereaksi pada baris tertentu.
    readers.push(thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let mut o = o.lock().unwrap();
            o.push_str(&line);
            o.push('\n');
        }
    }));
    let mut stderr = child.stderr.take().unwrap();
    let e = err.clone();
    readers.push(thread::spawn(move || {
        let mut buf = String::new();
        let _ = stderr.read_to_string(&mut buf);
        e.lock().unwrap().push_str(&buf);
    }));
    Running {
        child,
        out,
        err,
        readers,
        code: None,
    }
}

impl Running {
    fn poll(&mut self) -> bool {
        if self.code.is_none()
            && let Some(status) = self.child.try_wait().expect("try_wait")
        {
            self.code = Some(status.code());
        }
        self.code.is_some()
    }

    fn finish(mut self, bin: &str, role: &str) -> Output {
        if self.code.is_none() {
            let _ = self.child.kill();
            let status = self.child.wait().expect("wait");
            self.code = Some(status.code());
        }
        for r in self.readers {
            let _ = r.join();
        }
        Output {
            bin: format!("{bin} ({role})"),
            source: Source::Live,
            stdout: self.out.lock().unwrap().clone(),
            stderr: self.err.lock().unwrap().clone(),
            code: self.code.unwrap(),
        }
    }
}

/// Dua port TCP yang saat ini bebas di 127.0.0.1 (dilepas lagi sebelum
/// listing memakainya; bila keduluan proses lain, skenario diulang).
fn free_ports() -> [u16; 2] {
    let a = TcpListener::bind("127.0.0.1:0").unwrap();
    let b = TcpListener::bind("127.0.0.1:0").unwrap();
    [
        a.local_addr().unwrap().port(),
        b.local_addr().unwrap().port(),
    ]
}

fn port_taken(o: &Output) -> bool {
    o.stderr.contains("Address already in use") || o.stderr.contains("os error 98")
}

/// Jalankan `bin` sebagai proses 0 dan 1 (`-n 2 -p I -h HOSTFILE`, ditambah
/// `extra`). Untuk `Peer::Kill`/`Peer::Freeze`, proses 1 dihentikan begitu
/// keluarannya memuat `trigger`, lalu kita menunggu proses 0 berhenti.
pub fn run_pair(bin: &str, extra: &[&str], peer: Peer, trigger: &str) -> Pair {
    for attempt in 0..3 {
        let ports = free_ports();
        let hosts = format!("127.0.0.1:{}\n127.0.0.1:{}\n", ports[0], ports[1]);
        let file: PathBuf = std::env::temp_dir().join(format!(
            "uji-ch14-{bin}-{}-{attempt}-{:?}.txt",
            std::process::id(),
            thread::current().id()
        ));
        std::fs::write(&file, &hosts).unwrap();
        let args = |p: &str| {
            let mut v: Vec<String> = ["-n", "2", "-p", p, "-h"].map(String::from).to_vec();
            v.push(file.to_str().unwrap().to_string());
            v.extend(extra.iter().map(|s| s.to_string()));
            v
        };
        let mut p0 = spawn(bin, &args("0"));
        let mut p1 = spawn(bin, &args("1"));
        let start = Instant::now();
        let mut triggered: Option<Instant> = None;
        let mut timed_out = false;
        loop {
            let (done0, done1) = (p0.poll(), p1.poll());
            if peer == Peer::Finish && done0 && done1 {
                break;
            }
            if peer != Peer::Finish && done0 {
                break;
            }
            // Salah satu gagal (mis. port keduluan): yang lain tidak akan
            // pernah tersambung, jadi jangan tunggu sampai batas waktu.
            let failed = (done0 && p0.code != Some(Some(0))) || (done1 && p1.code != Some(Some(0)));
            if failed && (peer == Peer::Finish || triggered.is_none()) {
                break;
            }
            if peer != Peer::Finish
                && triggered.is_none()
                && p1.out.lock().unwrap().contains(trigger)
            {
                match peer {
                    Peer::Kill => {
                        let _ = p1.child.kill();
                    }
                    Peer::Freeze => {
                        let ok = Command::new("kill")
                            .args(["-STOP", &p1.child.id().to_string()])
                            .status()
                            .is_ok_and(|s| s.success());
                        assert!(ok, "{bin}: `kill -STOP` gagal");
                    }
                    Peer::Finish => unreachable!(),
                }
                triggered = Some(Instant::now());
            }
            if start.elapsed() > TIMEOUT {
                timed_out = true;
                break;
            }
            thread::sleep(Duration::from_millis(5));
        }
        let after_trigger = triggered.map(|t| t.elapsed());
        // Proses yang dibekukan tetap bisa dibunuh dengan SIGKILL.
        let o0 = p0.finish(bin, "proses 0");
        let o1 = p1.finish(bin, "proses 1");
        let _ = std::fs::remove_file(&file);
        if (port_taken(&o0) || port_taken(&o1)) && attempt < 2 {
            continue;
        }
        if timed_out {
            o0.fail(&format!(
                "skenario dua proses tidak selesai dalam {TIMEOUT:?}; proses 1:\n{}{}",
                o1.stdout, o1.stderr
            ));
        }
        return Pair {
            p0: o0,
            p1: o1,
            hosts,
            after_trigger,
        };
    }
    unreachable!("percobaan terakhir selalu kembali")
}
