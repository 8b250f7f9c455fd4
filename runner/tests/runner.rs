//! Uji integrasi runner: satu proses runner (port bebas, proyek cargo yang
//! disiapkan bersama) untuk semua test di berkas ini. Klien HTTP-nya ditulis
//! tangan dengan std agar header `Host`, `Origin`, dan token bisa diatur
//! sesuka test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock, RwLock};
use std::thread;
use std::time::{Duration, Instant};

const ORIGIN: &str = "http://127.0.0.1:3000";
const RUN_TIMEOUT_S: u64 = 3;
const MAX_BODY: usize = 64 * 1024;
const MAX_OUTPUT: usize = 16 * 1024;
const QUEUE: usize = 3;

struct TestRunner {
    port: u16,
    token: String,
    tmp: PathBuf,
    work: PathBuf,
    _child: Mutex<Child>,
    // Ujung tulis stdin runner: ditutup ketika proses test berakhir, dan
    // runner (dengan --exit-on-stdin-eof) ikut berhenti.
    _stdin: Mutex<ChildStdin>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Uji banjir permintaan memegang kunci tulis; uji lain kunci baca, supaya
/// banjir itu tidak membuat uji lain menerima "sedang sibuk".
static EXCLUSIVE: RwLock<()> = RwLock::new(());

fn runner() -> &'static TestRunner {
    static RUNNER: OnceLock<TestRunner> = OnceLock::new();
    RUNNER.get_or_init(start_runner)
}

fn start_runner() -> TestRunner {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runner-tests");
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
        .args(["--port", "0", "--allow-origin", ORIGIN])
        .args(["--run-timeout", &RUN_TIMEOUT_S.to_string()])
        .args(["--compile-timeout", "120"])
        .args(["--max-body", &MAX_BODY.to_string()])
        .args(["--max-output", &MAX_OUTPUT.to_string()])
        .args(["--queue", &QUEUE.to_string()])
        .arg("--exit-on-stdin-eof")
        .env("TMPDIR", &tmp)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("runner harus bisa dijalankan");
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    // Pertama kali di sebuah mesin, dependensi buku dikompilasi: beri waktu.
    let deadline = Instant::now() + Duration::from_secs(1200);
    let mut port = None;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = match rx.recv_timeout(left) {
            Ok(l) => l,
            Err(_) => panic!(
                "runner tidak siap; log:\n{}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            ),
        };
        if let Some(url) = line.strip_prefix("runner: mendengarkan di http://127.0.0.1:") {
            port = Some(url.trim().parse::<u16>().unwrap());
        } else if line.starts_with("runner: siap") {
            break;
        } else if line.starts_with("runner: persiapan gagal") {
            panic!(
                "{line}\nlog:\n{}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            );
        }
    }
    let port = port.expect("runner menyebut port-nya sebelum siap");
    let (status, body, _) = raw(
        port,
        "GET",
        "/token",
        &[("Host", &format!("127.0.0.1:{port}")), ("Origin", ORIGIN)],
        b"",
    );
    assert_eq!(status, 200, "{body}");
    let token = field(&body, "token").expect("jabat tangan memberi token");
    TestRunner {
        port,
        token,
        tmp,
        work,
        _child: Mutex::new(child),
        _stdin: Mutex::new(stdin),
    }
}

/// Satu permintaan HTTP mentah; mengembalikan (status, badan, header).
fn raw(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, Vec<(String, String)>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("runner menerima koneksi");
    s.set_read_timeout(Some(Duration::from_secs(300))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    // Runner boleh menjawab (dan menutup) sebelum badan besar terkirim semua.
    let _ = s.write_all(&bytes);
    read_response(&mut s)
}

fn read_response(s: &mut TcpStream) -> (u16, String, Vec<(String, String)>) {
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("jawaban HTTP tidak lengkap: {text:?}"));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("baris status tidak valid: {head:?}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, body.to_string(), headers)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Nilai string sebuah kolom JSON tingkat atas (cukup untuk jawaban runner).
fn field(json: &str, key: &str) -> Option<String> {
    runner::json::parse(json)
        .ok()?
        .get(key)?
        .as_str()
        .map(str::to_string)
}

fn number(json: &str, key: &str) -> Option<f64> {
    runner::json::parse(json).ok()?.get(key)?.as_f64()
}

fn json_request(code: &str, edition: &str) -> Vec<u8> {
    runner::json::object([
        ("version", "stable".into()),
        ("optimize", "0".into()),
        ("code", code.into()),
        ("edition", edition.into()),
    ])
    .to_json()
    .into_bytes()
}

/// POST /evaluate.json dengan header yang benar.
fn post(code: &str, edition: &str) -> (u16, String) {
    let r = runner();
    let host = format!("127.0.0.1:{}", r.port);
    let (status, body, _) = raw(
        r.port,
        "POST",
        "/evaluate.json",
        &[
            ("Host", &host),
            ("Origin", ORIGIN),
            ("X-Runner-Token", &r.token),
            ("Content-Type", "application/json"),
        ],
        &json_request(code, edition),
    );
    (status, body)
}

/// Seperti [`post`], tetapi mengulang selama runner menjawab "sedang sibuk".
fn evaluate(code: &str) -> String {
    let start = Instant::now();
    loop {
        let (status, body) = post(code, "2024");
        if status == 503 && start.elapsed() < Duration::from_secs(300) {
            thread::sleep(Duration::from_millis(200));
            continue;
        }
        assert_eq!(status, 200, "{body}");
        return body;
    }
}

fn shared() -> std::sync::RwLockReadGuard<'static, ()> {
    EXCLUSIVE.read().unwrap_or_else(|e| e.into_inner())
}

fn listing(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

#[test]
fn listing_output_comes_back() {
    let _g = shared();
    let code = listing("listings/ch00-pendahuluan/01-halo-thread.rs");
    let body = evaluate(&code);
    assert_eq!(field(&body, "status").as_deref(), Some("ok"), "{body}");
    let result = field(&body, "result").unwrap();
    assert!(
        result.contains("Thread pembantu menghitung 1 + 2 + ... + 100 = 5050"),
        "{result}"
    );
    assert!(
        result.contains("core yang bisa dipakai program"),
        "{result}"
    );

    // Kode yang diedit pembaca juga berjalan.
    let edited = code.replace("(1..=100u32)", "(1..=10u32)");
    assert_ne!(edited, code);
    let body = evaluate(&edited);
    let result = field(&body, "result").unwrap();
    assert!(result.contains("= 55"), "{result}");
}

#[test]
fn book_crates_are_available() {
    let _g = shared();
    let code = r#"
use rayon::prelude::*;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total: u64 = (1..=100u64).into_par_iter().sum();
    let (tx, rx) = crossbeam::channel::unbounded();
    tx.send(total).unwrap();
    let got = tokio::task::spawn_blocking(move || rx.recv().unwrap()).await.unwrap();
    println!("rayon + crossbeam + tokio: {got}");
}
"#;
    let body = evaluate(code);
    let result = field(&body, "result").unwrap();
    assert!(result.contains("rayon + crossbeam + tokio: 5050"), "{body}");
}

#[test]
fn crate_list_is_exactly_the_books_dependencies() {
    let _g = shared();
    // Nama-nama di bagian [dependencies] Cargo.toml buku.
    let manifest = listing("Cargo.toml");
    let mut expected: Vec<String> = manifest
        .split("\n[dependencies]\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().replace('-', "_")))
        .filter(|k| !k.is_empty() && !k.starts_with('#'))
        .collect();
    expected.sort();
    let r = runner();
    let host = format!("127.0.0.1:{}", r.port);
    let (status, body, headers) = raw(
        r.port,
        "POST",
        "/meta/crates",
        &[
            ("Host", &host),
            ("Origin", ORIGIN),
            ("X-Runner-Token", &r.token),
        ],
        b"",
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        header(&headers, "access-control-allow-origin"),
        Some(ORIGIN)
    );
    let v = runner::json::parse(&body).unwrap();
    let mut ids: Vec<String> = v
        .get("crates")
        .unwrap()
        .as_array()
        .iter()
        .map(|c| c.get("id").unwrap().as_str().unwrap().to_string())
        .collect();
    ids.sort();
    assert_eq!(ids, expected);
}

#[test]
fn compile_error_returns_the_compilers_message() {
    let _g = shared();
    let body = evaluate("fn main() {\n    let n: u32 = \"lima\";\n    println!(\"{n}\");\n}\n");
    assert_eq!(
        field(&body, "status").as_deref(),
        Some("compile-error"),
        "{body}"
    );
    let result = field(&body, "result").unwrap();
    for needle in ["error[E0308]", "mismatched types", "src/main.rs:2"] {
        assert!(
            result.contains(needle),
            "{needle:?} tidak ada di:\n{result}"
        );
    }
    // Path folder kerja runner tidak bocor ke halaman.
    assert!(
        !result.contains(&*runner().work.to_string_lossy()),
        "{result}"
    );
}

#[test]
fn edition_is_respected() {
    let _g = shared();
    // `async` adalah identifier biasa di edisi 2015, kata kunci sejak 2018.
    let code = "fn main() {\n    let async = 7;\n    println!(\"nilai: {}\", async);\n}\n";
    let start = Instant::now();
    let body = loop {
        let (status, body) = post(code, "2015");
        if status == 503 && start.elapsed() < Duration::from_secs(300) {
            thread::sleep(Duration::from_millis(200));
            continue;
        }
        assert_eq!(status, 200, "{body}");
        break body;
    };
    assert!(
        field(&body, "result").unwrap().contains("nilai: 7"),
        "{body}"
    );
    let body = evaluate(code);
    assert_eq!(
        field(&body, "status").as_deref(),
        Some("compile-error"),
        "{body}"
    );
}

/// Semua proses yang argumennya persis `args`.
fn processes_with_args(args: &[&str]) -> Vec<u32> {
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

fn alive(pid: u32) -> bool {
    // Zombie yang belum dipungut juga dihitung "tertinggal".
    Path::new(&format!("/proc/{pid}")).exists()
}

#[test]
fn infinite_loop_is_stopped_and_leaves_no_process_behind() {
    let _g = shared();
    // Argumen unik agar kita tidak salah mengenali proses lain di mesin ini.
    let tag_child = format!("9{}.25", std::process::id());
    let tag_escaped = format!("9{}.75", std::process::id());
    let code = format!(
        r#"
use std::process::Command;

fn main() {{
    // Anak biasa (di process group yang sama) dan anak yang kabur ke sesi baru.
    let child = Command::new("sleep").arg("{tag_child}").spawn().unwrap();
    let escaped = Command::new("setsid").args(["sleep", "{tag_escaped}"]).spawn().unwrap();
    println!("pid utama: {{}}", std::process::id());
    println!("pid anak: {{}}", child.id());
    println!("pid kabur: {{}}", escaped.id());
    println!("folder: {{}}", std::env::current_dir().unwrap().display());
    let mut n = 0u64;
    loop {{
        n = std::hint::black_box(n.wrapping_add(1));
    }}
}}
"#
    );
    let start = Instant::now();
    let body = evaluate(&code);
    let took = start.elapsed();
    assert_eq!(
        field(&body, "status").as_deref(),
        Some("run-timeout"),
        "{body}"
    );
    let run_ms = number(&body, "run_ms").unwrap();
    let limit_ms = (RUN_TIMEOUT_S * 1000) as f64;
    assert!(
        run_ms >= limit_ms && run_ms < limit_ms + 2000.0,
        "dihentikan setelah {run_ms} ms, batas {limit_ms} ms"
    );
    assert!(took < Duration::from_secs(240), "{took:?}");
    let result = field(&body, "result").unwrap();
    assert!(result.contains("Dihentikan"), "{result}");
    let pids: Vec<u32> = result
        .lines()
        .filter(|l| l.starts_with("pid "))
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(pids.len(), 3, "{result}");
    for pid in pids {
        assert!(!alive(pid), "proses {pid} masih ada setelah batas waktu");
    }
    for tag in [&tag_child, &tag_escaped] {
        let left = processes_with_args(&["sleep", tag]);
        assert!(left.is_empty(), "sleep {tag} tertinggal: {left:?}");
    }
    let dir = result
        .lines()
        .find_map(|l| l.strip_prefix("folder: "))
        .unwrap();
    assert!(
        Path::new(dir).starts_with(&runner().tmp),
        "program berjalan di folder sementara runner, bukan {dir}"
    );
    assert!(
        !Path::new(dir).exists(),
        "folder sementara {dir} tidak dihapus"
    );
}

#[test]
fn output_is_limited() {
    let _g = shared();
    let body = evaluate(
        "fn main() {\n    loop {\n        println!(\"baris yang sama lagi\");\n    }\n}\n",
    );
    assert_eq!(
        field(&body, "status").as_deref(),
        Some("output-limit"),
        "{body}"
    );
    let result = field(&body, "result").unwrap();
    assert!(result.len() <= MAX_OUTPUT + 200, "{} byte", result.len());
    assert!(
        result.contains("batas keluaran"),
        "{}",
        &result[result.len() - 200..]
    );
}

#[test]
fn oversized_body_is_refused() {
    let _g = shared();
    let r = runner();
    let host = format!("127.0.0.1:{}", r.port);
    let headers = [
        ("Host", host.as_str()),
        ("Origin", ORIGIN),
        ("X-Runner-Token", r.token.as_str()),
        ("Content-Type", "application/json"),
    ];
    // Badan nyata yang sedikit melewati batas.
    let big = json_request(
        &format!("fn main() {{}}\n// {}\n", "x".repeat(MAX_BODY)),
        "2024",
    );
    assert!(big.len() > MAX_BODY);
    let (status, body, hs) = raw(r.port, "POST", "/evaluate.json", &headers, &big);
    assert_eq!(status, 413, "{body}");
    assert!(
        field(&body, "result").unwrap().contains("terlalu besar"),
        "{body}"
    );
    assert_eq!(header(&hs, "access-control-allow-origin"), Some(ORIGIN));

    // Content-Length raksasa tanpa badan: ditolak segera, tanpa menunggu badan.
    let mut s = TcpStream::connect(("127.0.0.1", r.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = String::from("POST /evaluate.json HTTP/1.1\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("Content-Length: 1000000000\r\n\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let start = Instant::now();
    let (status, body, _) = read_response(&mut s);
    assert_eq!(status, 413, "{body}");
    assert!(start.elapsed() < Duration::from_secs(10));

    // Kepala yang terlalu besar juga ditolak.
    let long = "a".repeat(32 * 1024);
    let (status, _, _) = raw(
        r.port,
        "GET",
        "/token",
        &[("Host", &host), ("Origin", ORIGIN), ("X-Panjang", &long)],
        b"",
    );
    assert_eq!(status, 431);
}

#[test]
fn wrong_origin_host_or_token_is_forbidden() {
    let _g = shared();
    let r = runner();
    let port = r.port;
    let good_host = format!("127.0.0.1:{port}");
    let other_port = format!("127.0.0.1:{}", port.wrapping_add(1));
    let rebound = format!("evil.example:{port}");
    let wrong_token = "0".repeat(r.token.len());
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "Origin lain",
            vec![
                ("Host", &good_host),
                ("Origin", "http://evil.example"),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "Origin null",
            vec![
                ("Host", &good_host),
                ("Origin", "null"),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "Origin port lain",
            vec![
                ("Host", &good_host),
                ("Origin", "http://127.0.0.1:3999"),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "tanpa Origin",
            vec![("Host", &good_host), ("X-Runner-Token", &r.token)],
        ),
        (
            "Host hasil DNS rebinding",
            vec![
                ("Host", &rebound),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "Host port lain",
            vec![
                ("Host", &other_port),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "tanpa Host",
            vec![("Origin", ORIGIN), ("X-Runner-Token", &r.token)],
        ),
        (
            "Host ganda",
            vec![
                ("Host", &good_host),
                ("Host", &rebound),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &r.token),
            ],
        ),
        (
            "tanpa token",
            vec![("Host", &good_host), ("Origin", ORIGIN)],
        ),
        (
            "token salah",
            vec![
                ("Host", &good_host),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &wrong_token),
            ],
        ),
    ];
    for (i, (what, mut headers)) in cases.into_iter().enumerate() {
        // Program yang meninggalkan jejak bila (keliru) dijalankan.
        let marker = r.work.join(format!("jejak-{}-{i}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        let code = format!(
            "fn main() {{ std::fs::write({:?}, \"dijalankan\").unwrap(); }}",
            marker.display().to_string()
        );
        headers.push(("Content-Type", "application/json"));
        let (status, body, hs) = raw(
            port,
            "POST",
            "/evaluate.json",
            &headers,
            &json_request(&code, "2024"),
        );
        assert_eq!(status, 403, "{what}: {body}");
        assert!(!body.contains(&r.token), "{what}: token bocor");
        if what.contains("Origin") || what.contains("Host") {
            assert_eq!(header(&hs, "access-control-allow-origin"), None, "{what}");
        }
        assert!(!marker.exists(), "{what}: program dijalankan walau ditolak");
    }

    // Jabat tangan: token hanya untuk Origin buku di Host yang benar.
    for (what, headers) in [
        (
            "Origin lain",
            vec![
                ("Host", good_host.as_str()),
                ("Origin", "http://evil.example"),
            ],
        ),
        ("tanpa Origin", vec![("Host", good_host.as_str())]),
        (
            "Host rebinding",
            vec![("Host", rebound.as_str()), ("Origin", ORIGIN)],
        ),
    ] {
        let (status, body, _) = raw(port, "GET", "/token", &headers, b"");
        assert_eq!(status, 403, "jabat tangan, {what}: {body}");
        assert!(
            !body.contains(&r.token),
            "jabat tangan, {what}: token bocor"
        );
    }
    let (status, body, hs) = raw(
        port,
        "GET",
        "/token",
        &[("Host", &format!("localhost:{port}")), ("Origin", ORIGIN)],
        b"",
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(field(&body, "token").as_deref(), Some(r.token.as_str()));
    assert_eq!(header(&hs, "access-control-allow-origin"), Some(ORIGIN));

    // Preflight CORS: hanya untuk Origin buku.
    let preflight = |origin: &str| {
        raw(
            port,
            "OPTIONS",
            "/evaluate.json",
            &[
                ("Host", &good_host),
                ("Origin", origin),
                ("Access-Control-Request-Method", "POST"),
                (
                    "Access-Control-Request-Headers",
                    "content-type,x-runner-token",
                ),
            ],
            b"",
        )
    };
    let (status, _, hs) = preflight(ORIGIN);
    assert_eq!(status, 204);
    assert_eq!(header(&hs, "access-control-allow-origin"), Some(ORIGIN));
    assert!(
        header(&hs, "access-control-allow-headers")
            .unwrap()
            .contains("X-Runner-Token")
    );
    let (status, _, hs) = preflight("http://evil.example");
    assert_eq!(status, 403);
    assert_eq!(header(&hs, "access-control-allow-origin"), None);
}

#[test]
fn malformed_requests_are_refused() {
    let _g = shared();
    let r = runner();
    let host = format!("127.0.0.1:{}", r.port);
    let send = |method: &str, ct: &str, body: &[u8]| {
        raw(
            r.port,
            method,
            "/evaluate.json",
            &[
                ("Host", &host),
                ("Origin", ORIGIN),
                ("X-Runner-Token", &r.token),
                ("Content-Type", ct),
            ],
            body,
        )
        .0
    };
    assert_eq!(send("POST", "application/json", b"{\"code\": 1"), 400);
    assert_eq!(send("POST", "application/json", b"{\"kode\": \"x\"}"), 400);
    assert_eq!(
        send(
            "POST",
            "application/json",
            b"{\"code\": \"fn main(){}\", \"edition\": \"1999\"}"
        ),
        400
    );
    assert_eq!(
        send("POST", "text/plain", b"{\"code\": \"fn main(){}\"}"),
        415
    );
    assert_eq!(send("GET", "application/json", b""), 405);
}

#[test]
fn twenty_simultaneous_requests_are_all_answered() {
    let _g = EXCLUSIVE.write().unwrap_or_else(|e| e.into_inner());
    // Runner dimulai lebih dulu agar persiapannya tidak ikut diukur.
    runner();
    let n = 20;
    let barrier = std::sync::Barrier::new(n);
    let results: Vec<(usize, u16, String, Duration)> = thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let barrier = &barrier;
                s.spawn(move || {
                    let code =
                        format!("fn main() {{\n    println!(\"halo dari permintaan {i}\");\n}}\n");
                    barrier.wait();
                    let start = Instant::now();
                    let (status, body) = post(&code, "2024");
                    (i, status, body, start.elapsed())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut ran = 0;
    let mut busy = 0;
    for (i, status, body, took) in &results {
        match status {
            200 => {
                assert_eq!(field(body, "status").as_deref(), Some("ok"), "{body}");
                let expected = format!("halo dari permintaan {i}");
                assert!(field(body, "result").unwrap().contains(&expected), "{body}");
                ran += 1;
            }
            503 => {
                assert_eq!(field(body, "status").as_deref(), Some("busy"), "{body}");
                assert!(
                    field(body, "result").unwrap().contains("sedang sibuk"),
                    "{body}"
                );
                assert!(
                    *took < Duration::from_secs(5),
                    "jawaban sibuk lambat: {took:?}"
                );
                busy += 1;
            }
            other => panic!("permintaan {i}: status {other}: {body}"),
        }
    }
    assert_eq!(ran + busy, n);
    assert!(ran >= 1, "tidak ada yang dijalankan");
    assert!(
        busy >= 1,
        "antrean (maks {QUEUE}) tidak pernah penuh oleh {n} permintaan serentak"
    );
    // Runner tetap bekerja sesudahnya.
    let body = evaluate("fn main() {\n    println!(\"masih hidup\");\n}\n");
    assert!(
        field(&body, "result").unwrap().contains("masih hidup"),
        "{body}"
    );
}

#[test]
fn other_local_users_are_refused() {
    let _g = shared();
    // Butuh root (untuk berganti pengguna), setpriv, dan curl; bila tidak ada,
    // uji ini tidak bisa dijalankan di mesin ini.
    // SAFETY: geteuid tidak pernah gagal.
    let root_user = unsafe { libc::geteuid() } == 0;
    let tools = ["/usr/bin/setpriv", "/usr/bin/curl"]
        .iter()
        .all(|t| Path::new(t).exists());
    if !root_user || !tools {
        eprintln!("dilewati: butuh root, setpriv, dan curl");
        return;
    }
    let r = runner();
    let url = format!("http://127.0.0.1:{}/token", r.port);
    let curl = |as_nobody: bool| {
        let mut cmd = if as_nobody {
            let mut c = Command::new("/usr/bin/setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "/usr/bin/curl",
            ]);
            c
        } else {
            Command::new("/usr/bin/curl")
        };
        let out = cmd
            .args([
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--max-time",
                "30",
            ])
            .args(["-H", &format!("Origin: {ORIGIN}"), &url])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(curl(false), "200", "pengguna yang sama boleh");
    assert_eq!(curl(true), "403", "pengguna lain (nobody) harus ditolak");
}
