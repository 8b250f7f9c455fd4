//! Siapa yang boleh memakai runner, dan permintaan rusak atau lambat.

use super::{REQUEST_TIMEOUT_S, exclusive, runner, shared};
use crate::common::{self, ORIGIN, TestRunner, raw, request};
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// (kasus, nilai Host, nilai Origin, nilai token); kosong = tanpa header itu.
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

#[test]
fn wrong_origin_host_or_token_is_forbidden() {
    let _g = shared();
    let r = runner();
    let port = r.port;
    let good_host = r.host();
    let other_port = format!("127.0.0.1:{}", port.wrapping_add(1));
    let rebound = format!("evil.example:{port}");
    let wrong_token = "0".repeat(r.token.len());
    let t = r.token.as_str();
    let g = good_host.as_str();
    let evil = "http://evil.example";
    #[rustfmt::skip]
    let cases: [Case; 11] = [
        ("Origin lain", &[g], &[evil], &[t]),
        ("Origin null", &[g], &["null"], &[t]),
        ("Origin port lain", &[g], &["http://127.0.0.1:3999"], &[t]),
        ("Origin ganda", &[g], &[ORIGIN, ORIGIN], &[t]),
        ("tanpa Origin", &[g], &[], &[t]),
        ("Host hasil DNS rebinding", &[&rebound], &[ORIGIN], &[t]),
        ("Host port lain", &[&other_port], &[ORIGIN], &[t]),
        ("tanpa Host", &[], &[ORIGIN], &[t]),
        ("Host ganda", &[g, &rebound], &[ORIGIN], &[t]),
        ("tanpa token", &[g], &[ORIGIN], &[]),
        ("token salah", &[g], &[ORIGIN], &[&wrong_token]),
    ];
    for (i, (what, hosts, origins, tokens)) in cases.into_iter().enumerate() {
        // Program yang meninggalkan jejak bila (keliru) dijalankan.
        let marker = r.work.join(format!("jejak-{}-{i}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        let code = format!(
            "fn main() {{ std::fs::write({:?}, \"dijalankan\").unwrap(); }}",
            marker.display().to_string()
        );
        let mut headers: Vec<(&str, &str)> = vec![("Content-Type", "application/json")];
        headers.extend(hosts.iter().map(|v| ("Host", *v)));
        headers.extend(origins.iter().map(|v| ("Origin", *v)));
        headers.extend(tokens.iter().map(|v| ("X-Runner-Token", *v)));
        let body = common::json_request(&code, "2024");
        let reply = request(port, "POST", "/evaluate.json", &headers, &body);
        assert_eq!(reply.status, 403, "{what}: {}", reply.body);
        assert!(!reply.body.contains(&r.token), "{what}: token bocor");
        if what.contains("Origin") || what.contains("Host") {
            assert_eq!(reply.header("access-control-allow-origin"), None, "{what}");
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
        let reply = request(port, "GET", "/token", &headers, b"");
        assert_eq!(reply.status, 403, "jabat tangan, {what}: {}", reply.body);
        assert!(
            !reply.body.contains(&r.token),
            "jabat tangan, {what}: token bocor"
        );
    }
    let localhost = format!("localhost:{port}");
    let handshake = [("Host", localhost.as_str()), ("Origin", ORIGIN)];
    let reply = request(port, "GET", "/token", &handshake, b"");
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(reply.body.contains(&r.token));
    assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));

    // Preflight CORS: hanya untuk Origin buku.
    for (origin, status, allowed) in [(ORIGIN, 204, Some(ORIGIN)), (evil, 403, None)] {
        let headers = [
            ("Host", g),
            ("Origin", origin),
            ("Access-Control-Request-Method", "POST"),
            (
                "Access-Control-Request-Headers",
                "content-type,x-runner-token",
            ),
        ];
        let reply = request(port, "OPTIONS", "/evaluate.json", &headers, b"");
        assert_eq!(reply.status, status, "preflight dari {origin}");
        assert_eq!(reply.header("access-control-allow-origin"), allowed);
        let allow_headers = reply.header("access-control-allow-headers").unwrap_or("");
        assert_eq!(allow_headers.contains("X-Runner-Token"), allowed.is_some());
    }
}

/// Kepala permintaan yang benar (untuk dirangkai dengan bagian yang rusak).
fn good_head(r: &TestRunner, extra: &str) -> String {
    format!(
        "POST /evaluate.json HTTP/1.1\r\nHost: {}\r\nOrigin: {ORIGIN}\r\nX-Runner-Token: {}\r\n\
         Content-Type: application/json\r\n{extra}\r\n",
        r.host(),
        r.token
    )
}

#[test]
fn malformed_requests_are_refused() {
    let r = runner();
    let send = |method: &str, ct: &str, body: &[u8]| {
        let mut headers = r.auth_headers();
        headers.push(("Content-Type", ct));
        request(r.port, method, "/evaluate.json", &headers, body).status
    };
    let json = "application/json";
    #[rustfmt::skip]
    let cases: [(&str, &str, &str, u16); 5] = [
        ("POST", json, "{\"code\": 1", 400),
        ("POST", json, "{\"kode\": \"x\"}", 400),
        ("POST", json, "{\"code\": \"fn main(){}\", \"edition\": \"1999\"}", 400),
        ("POST", "text/plain", "{\"code\": \"fn main(){}\"}", 415),
        ("GET", json, "", 405),
    ];
    for (method, ct, body, status) in cases {
        assert_eq!(
            send(method, ct, body.as_bytes()),
            status,
            "{method} {ct} {body}"
        );
    }

    // Kelonggaran parser tulisan tangan lama (temuan uji serang): Content-Length
    // bertanda, versi HTTP palsu, dan kepala sedikit di atas 16 KiB.
    let body = "{\"code\": \"fn main(){}\"}";
    let len = |extra: &str| good_head(r, &format!("{extra}Content-Length: {}\r\n", body.len()));
    let plus = good_head(r, &format!("Content-Length: +{}\r\n", body.len())) + body;
    assert_eq!(
        raw(r.port, plus.as_bytes()),
        Some(400),
        "Content-Length: +N"
    );
    let version = len("").replacen("HTTP/1.1", "HTTP/1.1x", 1) + body;
    assert_eq!(raw(r.port, version.as_bytes()), Some(400), "HTTP/1.1x");
    for size in [17 * 1024, 18 * 1024, 32 * 1024] {
        let head = len(&format!("X-Panjang: {}\r\n", "a".repeat(size))) + body;
        assert_eq!(
            raw(r.port, head.as_bytes()),
            Some(431),
            "kepala {size} byte"
        );
    }
}

#[test]
fn oversized_body_is_refused() {
    let r = runner();
    let mut headers = r.auth_headers();
    headers.push(("Content-Type", "application/json"));
    let big = format!("fn main() {{}}\n// {}\n", "x".repeat(64 * 1024));
    let big = common::json_request(&big, "2024");
    let reply = request(r.port, "POST", "/evaluate.json", &headers, &big);
    assert_eq!(reply.status, 413, "{}", reply.body);
    assert!(
        reply.run().result.contains("terlalu besar"),
        "{}",
        reply.body
    );
    assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));

    // Content-Length raksasa tanpa badan: ditolak segera, tanpa menunggu badan.
    let start = Instant::now();
    let status = raw(
        r.port,
        good_head(r, "Content-Length: 1000000000\r\n").as_bytes(),
    );
    assert_eq!(status, Some(413));
    assert!(
        start.elapsed() < Duration::from_secs(REQUEST_TIMEOUT_S),
        "{:?}",
        start.elapsed()
    );
}

/// Mengirim `bytes` satu per satu, satu byte per 300 ms (setiap `read`
/// runner cepat, seluruh permintaan tidak pernah); mengembalikan jawaban
/// (bila ada) dan kapan runner menjawab atau menutup koneksi.
fn trickle(r: &TestRunner, head: &str, bytes: &[u8]) -> (String, Duration) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", r.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    // Jam runner mulai saat koneksi diterima, sedikit sebelum jam ini:
    // jawaban bisa tiba sepersekian milidetik sebelum `limit` menurut jam ini.
    let start = Instant::now();
    s.write_all(head.as_bytes()).unwrap();
    let mut buf = [0u8; 4096];
    for byte in bytes {
        if s.write_all(&[*byte]).is_err() {
            break; // runner sudah menutup koneksi
        }
        match std::io::Read::read(&mut s, &mut buf) {
            Ok(n) => {
                return (
                    String::from_utf8_lossy(&buf[..n]).into_owned(),
                    start.elapsed(),
                );
            }
            Err(_) if start.elapsed() < Duration::from_secs(20) => continue,
            Err(_) => break,
        }
    }
    (String::new(), start.elapsed())
}

#[test]
fn slow_requests_hit_one_deadline_for_the_whole_request() {
    let r = runner();
    let limit = Duration::from_secs(REQUEST_TIMEOUT_S);
    let slack = Duration::from_secs(3);
    // Badan lambat: dijawab 408 tepat pada batas seluruh permintaan.
    let body = format!(
        "{{\"code\": \"fn main(){{}}\", \"x\": \"{}\"}}",
        "a".repeat(100)
    );
    let head = good_head(r, &format!("Content-Length: {}\r\n", body.len()));
    let (answer, took) = trickle(r, &head, body.as_bytes());
    assert!(
        answer.starts_with("HTTP/1.1 408"),
        "jawaban: {answer:?} setelah {took:?}"
    );
    // Batas per baca akan memberi jauh lebih lama (satu byte tiap 300 ms);
    // 100 ms toleransi menampung selisih jam koneksi (lihat `trickle`).
    let early = Duration::from_millis(100);
    assert!(took + early >= limit && took < limit + slack, "{took:?}");
    // Kepala lambat: koneksi ditutup pada batas yang sama.
    let (answer, took) = trickle(r, "", good_head(r, "Content-Length: 2\r\n").as_bytes());
    assert!(!answer.starts_with("HTTP/1.1 2"), "{answer:?}");
    assert!(took < limit + slack, "kepala lambat ditahan {took:?}");
}

/// Butuh root (untuk berganti pengguna), setpriv, curl, dan bash.
fn can_switch_user() -> bool {
    let tools = ["/usr/bin/setpriv", "/usr/bin/curl", "/bin/bash"]
        .iter()
        .all(|t| Path::new(t).exists());
    rustix::process::geteuid().is_root() && tools
}

fn as_nobody(program: &str) -> Command {
    let mut c = Command::new("/usr/bin/setpriv");
    c.args(["--reuid=65534", "--regid=65534", "--clear-groups", program]);
    c
}

#[test]
fn other_local_users_are_refused() {
    let _g = shared();
    if !can_switch_user() {
        eprintln!("dilewati: butuh root, setpriv, curl, dan bash");
        return;
    }
    let r = runner();
    let url = format!("http://127.0.0.1:{}/token", r.port);
    let curl = |mut cmd: Command| {
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
    assert_eq!(
        curl(Command::new("/usr/bin/curl")),
        "200",
        "pengguna yang sama boleh"
    );
    assert_eq!(
        curl(as_nobody("/usr/bin/curl")),
        "403",
        "pengguna lain (nobody) harus ditolak"
    );
}

#[test]
fn another_users_flood_does_not_make_the_owner_wait() {
    // Banjir ini juga menolak koneksi pengguna lain di uji lain.
    let _g = exclusive();
    if !can_switch_user() {
        eprintln!("dilewati: butuh root, setpriv, curl, dan bash");
        return;
    }
    let r = runner();
    // Sebagai nobody: terus membuka koneksi yang tidak pernah mengirim apa-apa,
    // jauh lebih banyak dari batas koneksi runner uji, selama 20 detik.
    let script = format!(
        "end=$((SECONDS+20)); while [ $SECONDS -lt $end ]; do \
         for i in $(seq 40); do exec {{fd}}<>/dev/tcp/127.0.0.1/{} || true; done; sleep 0.5; done",
        r.port
    );
    // Kelompok proses sendiri: setpriv tidak selalu `exec`, jadi yang
    // dihentikan nanti seluruh kelompoknya, bukan hanya setpriv.
    let mut flood = as_nobody("/bin/bash")
        .args(["-c", &script])
        .process_group(0)
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    let start = Instant::now();
    let replies: Vec<_> = (0..3)
        .map(|i| {
            r.post(
                &format!("fn main() {{\n    println!(\"pemilik {i}\");\n}}\n"),
                "2024",
            )
        })
        .collect();
    let took = start.elapsed();
    let still_flooding = flood.try_wait().unwrap().is_none();
    if let Some(group) = rustix::process::Pid::from_raw(flood.id() as i32) {
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = flood.wait();
    assert!(
        still_flooding,
        "banjir sudah berhenti sebelum pemilik dilayani"
    );
    for (i, reply) in replies.iter().enumerate() {
        assert_eq!(reply.status, 200, "Run ke-{i} pemilik: {}", reply.body);
        assert!(
            reply.run().result.contains(&format!("pemilik {i}")),
            "{}",
            reply.body
        );
    }
    eprintln!("3 Run pemilik selama banjir: {took:?}");
}
