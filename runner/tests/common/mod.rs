//! Bersama untuk uji integrasi runner: memulai runner sungguhan (port bebas,
//! folder build dependensi dipakai bersama semua runner uji) dan klien HTTP
//! (hyper) yang bisa mengatur setiap header, juga yang salah.
#![allow(dead_code)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use runner::api::{RunResponse, TokenInfo};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const ORIGIN: &str = "http://127.0.0.1:3000";
/// Rahasia di lingkungan runner uji: tidak boleh sampai ke program.
pub const SECRET: (&str, &str) = ("RUNNER_TEST_SECRET", "rahasia-runner-uji");

pub struct TestRunner {
    pub name: String,
    pub port: u16,
    /// `127.0.0.1:PORT`, nilai Host yang benar.
    pub host: String,
    pub token: String,
    pub info: TokenInfo,
    /// TMPDIR runner: folder sementara program dibuat di sini.
    pub tmp: PathBuf,
    pub work: PathBuf,
    pub child: Mutex<Child>,
    // Ujung tulis stdin runner: ditutup ketika proses test berakhir, dan
    // runner (dengan --exit-on-stdin-eof) ikut berhenti.
    pub stdin: Mutex<Option<ChildStdin>>,
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn listing(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// Memulai runner bernama `name` (folder kerja sendiri) dan menunggu
/// `RUNNER_READY`.
pub fn start(name: &str, extra: &[&str]) -> TestRunner {
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runner-tests");
    let work = base.join(name);
    let tmp = work.join("tmp");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let log_path = work.join("runner.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_runner"))
        .arg("--project")
        .arg(root())
        .arg("--work-dir")
        .arg(&work)
        .arg("--build-dir")
        .arg(base.join("build"))
        .args(["--port", "0", "--allow-origin", ORIGIN])
        .args(["--compile-timeout", "120"])
        .args(extra)
        .arg("--exit-on-stdin-eof")
        .env("TMPDIR", &tmp)
        .env(SECRET.0, SECRET.1)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("runner harus bisa dijalankan");
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let log = || std::fs::read_to_string(&log_path).unwrap_or_default();
    // Pertama kali di sebuah mesin, dependensi buku dikompilasi: beri waktu.
    let deadline = Instant::now() + Duration::from_secs(1200);
    let mut port = None;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            panic!("runner {name} tidak siap; log:\n{}", log());
        };
        let mut words = line.split(' ');
        match (words.next(), words.next()) {
            (Some("RUNNER_LISTENING"), Some(p)) => port = Some(p.parse::<u16>().unwrap()),
            (Some("RUNNER_READY"), Some(p)) => {
                assert_eq!(
                    port,
                    Some(p.parse().unwrap()),
                    "port yang sama di kedua baris"
                );
                break;
            }
            (Some("RUNNER_FAILED"), _) => panic!("{line}\nlog:\n{}", log()),
            _ => panic!("baris stdout di luar protokol: {line:?}"),
        }
    }
    let port = port.expect("RUNNER_LISTENING sebelum RUNNER_READY");
    let host = format!("127.0.0.1:{port}");
    let r = request(
        port,
        "GET",
        "/token",
        &[("Host", &host), ("Origin", ORIGIN)],
        b"",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let info: TokenInfo = serde_json::from_str(&r.body).unwrap();
    eprintln!(
        "runner uji {name}: proses {}, memori {:?} MiB, Landlock {:?}, TCP diblokir {}",
        info.isolation.processes,
        info.isolation.memory_mib,
        info.isolation.landlock_abi,
        info.isolation.tcp_blocked
    );
    TestRunner {
        name: name.to_string(),
        port,
        host,
        token: info.token.clone(),
        info,
        tmp,
        work,
        child: Mutex::new(child),
        stdin: Mutex::new(Some(stdin)),
    }
}

pub struct Reply {
    pub status: u16,
    pub body: String,
    pub headers: hyper::HeaderMap,
}

impl Reply {
    pub fn run(&self) -> RunResponse {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Satu permintaan HTTP dengan header persis `headers` (tanpa Host otomatis).
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("runner menerima koneksi");
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(conn);
        let mut req = hyper::Request::builder().method(method).uri(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req.body(Full::new(Bytes::copy_from_slice(body))).unwrap();
        let resp = tokio::time::timeout(Duration::from_secs(600), sender.send_request(req))
            .await
            .expect("jawaban dalam 10 menit")
            .expect("jawaban HTTP");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            headers,
        }
    })
}

/// Kirim byte mentah (permintaan yang sengaja rusak); status jawaban, atau
/// `None` bila koneksi ditutup tanpa jawaban.
pub fn raw(port: u16, bytes: &[u8]) -> Option<u16> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = s.write_all(bytes);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut resp = httparse::Response::new(&mut headers);
    resp.parse(&buf).ok()?;
    resp.code
}

pub fn json_request(code: &str, edition: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "version": "stable", "optimize": "0", "code": code, "edition": edition,
    }))
    .unwrap()
}

impl TestRunner {
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Host, Origin, dan token yang benar.
    pub fn auth_headers(&self) -> Vec<(&'static str, &str)> {
        let host: &str = Box::leak(self.host().into_boxed_str());
        vec![
            ("Host", host),
            ("Origin", ORIGIN),
            ("X-Runner-Token", &self.token),
        ]
    }

    /// POST /evaluate.json dengan header yang benar.
    pub fn post(&self, code: &str, edition: &str) -> Reply {
        let host = self.host();
        request(
            self.port,
            "POST",
            "/evaluate.json",
            &[
                ("Host", &host),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &self.token),
                ("Content-Type", "application/json"),
            ],
            &json_request(code, edition),
        )
    }

    /// Seperti [`post`], tetapi mengulang selama runner menjawab "sedang sibuk".
    pub fn evaluate_edition(&self, code: &str, edition: &str) -> RunResponse {
        let start = Instant::now();
        loop {
            let r = self.post(code, edition);
            if r.status == 503 && start.elapsed() < Duration::from_secs(300) {
                std::thread::sleep(Duration::from_millis(200));
                continue;
            }
            assert_eq!(r.status, 200, "{}", r.body);
            return r.run();
        }
    }

    pub fn evaluate(&self, code: &str) -> RunResponse {
        self.evaluate_edition(code, "2024")
    }

    pub fn pid(&self) -> u32 {
        self.child.lock().unwrap().id()
    }
}

/// Nilai `kunci: nilai` pertama di keluaran program.
pub fn value<'a>(output: &'a str, key: &str) -> Option<&'a str> {
    output
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(": "))
}

pub fn alive(pid: u32) -> bool {
    // Zombie yang belum dipungut juga dihitung "tertinggal".
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Semua proses yang argumennya persis `args`.
pub fn processes_with_args(args: &[&str]) -> Vec<u32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
            continue;
        };
        let parts: Vec<&[u8]> = cmdline
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() == args.len() && parts.iter().zip(args).all(|(p, a)| *p == a.as_bytes()) {
            out.push(pid);
        }
    }
    out
}

/// Menunggu sampai `cond` benar, paling lama `limit`.
pub fn eventually(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    cond()
}
