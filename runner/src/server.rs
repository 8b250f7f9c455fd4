//! Server HTTP runner: pemeriksaan keamanan dan rute.
//!
//! Rute (semuanya hanya di 127.0.0.1):
//! - `OPTIONS *`              *preflight* CORS untuk Origin buku.
//! - `GET /token`             jabat tangan: token acak runner ini, hanya
//!   untuk Origin buku.
//! - `GET|POST /meta/crates`  daftar crate (bentuk jawaban Rust Playground).
//! - `POST /evaluate.json`    kompilasi dan jalankan `{"code", "edition"}`.
//!
//! Setiap permintaan harus punya `Host` 127.0.0.1:PORT atau localhost:PORT
//! (melawan DNS rebinding) dan `Origin` yang persis salah satu Origin buku
//! (melawan halaman lain dan CSRF). Selain jabat tangan dan preflight, header
//! `X-Runner-Token` harus berisi token runner ini.

use crate::http::{self, Head, HttpError, Response};
use crate::jobs::Runner;
use crate::json::{self, Value};
use crate::project::{self};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

pub const TOKEN_HEADER: &str = "x-runner-token";

pub struct Server {
    pub runner: Runner,
    pub token: String,
    pub port: u16,
    connections: AtomicUsize,
}

impl Server {
    pub fn new(runner: Runner, token: String, port: u16) -> Server {
        Server {
            runner,
            token,
            port,
            connections: AtomicUsize::new(0),
        }
    }

    /// Menerima koneksi selamanya; satu thread per koneksi, dibatasi jumlahnya.
    pub fn serve(self: Arc<Self>, listener: TcpListener) {
        let max = self.runner.cfg.max_connections;
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let active = self.connections.fetch_add(1, Ordering::SeqCst);
            if active >= 2 * max {
                // Jauh di atas batas: tutup tanpa menjawab.
                self.connections.fetch_sub(1, Ordering::SeqCst);
                continue;
            }
            let server = Arc::clone(&self);
            thread::spawn(move || {
                if active >= max {
                    // Di atas batas: jawab "sedang sibuk" tanpa membaca permintaan.
                    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                    let ev = crate::jobs::busy(active as u64);
                    let _ = Response::json(ev.http_status, ev.body.to_json())
                        .header("Retry-After", "2")
                        .write_to(&mut stream);
                    http::linger(&mut stream, 64 * 1024);
                } else {
                    server.handle(&mut stream);
                }
                server.connections.fetch_sub(1, Ordering::SeqCst);
            });
        }
    }

    fn handle(&self, stream: &mut TcpStream) {
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
        if !self.runner.cfg.allow_other_users && !peer_is_same_user(stream) {
            // Di mesin bersama, pengguna lain juga bisa membuka koneksi ke
            // 127.0.0.1; kode mereka tidak boleh berjalan atas nama kita.
            let _ = forbidden("koneksi dari pengguna lain di mesin ini", None).write_to(stream);
            http::linger(stream, 64 * 1024);
            return;
        }
        let (response, consumed) = match http::read_head(stream) {
            Ok(mut head) => self.route(stream, &mut head),
            Err(e) => (error_response(&e, None), false),
        };
        let _ = response.write_to(stream);
        if consumed {
            let _ = stream.shutdown(std::net::Shutdown::Write);
        } else {
            http::linger(stream, 4 * self.runner.cfg.max_body + 64 * 1024);
        }
    }

    /// Jawaban dan apakah badan permintaan sudah dibaca habis.
    fn route(&self, stream: &mut TcpStream, head: &mut Head) -> (Response, bool) {
        // 1. Host: hanya alamat loopback runner ini (DNS rebinding).
        let host_ok = matches!(head.header("host"), Ok(Some(h)) if self.host_allowed(h));
        if !host_ok {
            return (forbidden("Host tidak diizinkan", None), false);
        }
        // 2. Origin: hanya halaman buku yang disajikan lokal.
        let origin = match head.header("origin") {
            Ok(Some(o)) if self.runner.cfg.allow_origins.iter().any(|a| a == o) => o.to_string(),
            _ => return (forbidden("Origin tidak diizinkan", None), false),
        };
        let cors = Some(origin.as_str());
        let method = head.method.as_str();
        let path = head.path.split('?').next().unwrap_or_default().to_string();

        if method == "OPTIONS" {
            let mut r = Response {
                status: 204,
                headers: Vec::new(),
                body: Vec::new(),
            }
            .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            .header(
                "Access-Control-Allow-Headers",
                "Content-Type, X-Runner-Token",
            )
            .header("Access-Control-Max-Age", "600");
            if matches!(
                head.header("access-control-request-private-network"),
                Ok(Some("true"))
            ) {
                r = r.header("Access-Control-Allow-Private-Network", "true");
            }
            return (with_cors(r, &origin), false);
        }

        if (method, path.as_str()) == ("GET", "/token") {
            let cfg = &self.runner.cfg;
            let body = json::object([
                ("token", self.token.as_str().into()),
                ("runner", "konkurensi-rust".into()),
                (
                    "run_timeout_ms",
                    (cfg.run_timeout.as_millis() as u64).into(),
                ),
                (
                    "compile_timeout_ms",
                    (cfg.compile_timeout.as_millis() as u64).into(),
                ),
                ("queue", (cfg.queue as u64).into()),
                ("max_body", (cfg.max_body as u64).into()),
            ]);
            return (
                with_cors(Response::json(200, body.to_json()), &origin),
                false,
            );
        }

        // 3. Token untuk semua rute lain.
        let token_ok =
            matches!(head.header(TOKEN_HEADER), Ok(Some(t)) if constant_time_eq(t, &self.token));
        if !token_ok {
            return (forbidden("token runner tidak ada atau salah", cors), false);
        }

        match (method, path.as_str()) {
            ("GET" | "POST", "/meta/crates") => (
                with_cors(
                    Response::json(200, self.runner.project.crates_json().to_json()),
                    &origin,
                ),
                false,
            ),
            ("POST", "/evaluate.json") => self.evaluate(stream, head, &origin),
            (_, "/evaluate.json" | "/meta/crates" | "/token") => (
                error_response(
                    &HttpError {
                        status: 405,
                        message: "metode tidak diizinkan".into(),
                    },
                    cors,
                ),
                false,
            ),
            _ => (
                error_response(
                    &HttpError {
                        status: 404,
                        message: "rute tidak dikenal".into(),
                    },
                    cors,
                ),
                false,
            ),
        }
    }

    fn evaluate(&self, stream: &mut TcpStream, head: &mut Head, origin: &str) -> (Response, bool) {
        let cors = Some(origin);
        // Hanya JSON: formulir HTML lintas situs tidak bisa mengirim tipe ini
        // tanpa preflight.
        let is_json = matches!(head.header("content-type"), Ok(Some(ct))
            if ct.split(';').next().unwrap_or_default().trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            let e = HttpError {
                status: 415,
                message: "Content-Type harus application/json".into(),
            };
            return (error_response(&e, cors), false);
        }
        let max = self.runner.cfg.max_body;
        let len = match http::content_length(head) {
            Ok(n) => n,
            Err(e) => return (error_response(&e, cors), false),
        };
        if len > max {
            let e = HttpError {
                status: 413,
                message: format!(
                    "Program terlalu besar: {len} byte, batas runner lokal {max} byte."
                ),
            };
            return (error_response(&e, cors), false);
        }
        let body = match http::read_body(stream, head, len) {
            Ok(b) => b,
            Err(e) => return (error_response(&e, cors), false),
        };
        let parsed = std::str::from_utf8(&body)
            .map_err(|_| "badan permintaan bukan UTF-8".to_string())
            .and_then(json::parse);
        let req = match parsed {
            Ok(v) => v,
            Err(msg) => {
                let e = HttpError {
                    status: 400,
                    message: msg,
                };
                return (error_response(&e, cors), true);
            }
        };
        let Some(code) = req.get("code").and_then(Value::as_str) else {
            let e = HttpError {
                status: 400,
                message: "kolom \"code\" (string) wajib ada".into(),
            };
            return (error_response(&e, cors), true);
        };
        let edition = match req.get("edition").and_then(Value::as_str) {
            None => project::DEFAULT_EDITION,
            Some(e) => match project::EDITIONS.iter().find(|x| **x == e) {
                Some(x) => x,
                None => {
                    let e = HttpError {
                        status: 400,
                        message: format!("edisi tidak dikenal: {e}"),
                    };
                    return (error_response(&e, cors), true);
                }
            },
        };
        let ev = self.runner.evaluate(code, edition);
        let mut r = Response::json(ev.http_status, ev.body.to_json());
        if ev.http_status == 503 {
            r = r.header("Retry-After", "2");
        }
        (with_cors(r, origin), true)
    }

    fn host_allowed(&self, host: &str) -> bool {
        let port = self.port;
        host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
    }
}

fn with_cors(r: Response, origin: &str) -> Response {
    r.header("Access-Control-Allow-Origin", origin)
        .header("Vary", "Origin")
}

fn forbidden(why: &str, cors: Option<&str>) -> Response {
    error_response(
        &HttpError {
            status: 403,
            message: format!("Ditolak: {why}."),
        },
        cors,
    )
}

fn error_response(e: &HttpError, cors: Option<&str>) -> Response {
    let body = json::object([
        ("result", e.message.as_str().into()),
        ("error", e.message.as_str().into()),
        ("status", "refused".into()),
    ]);
    let r = Response::json(e.status, body.to_json());
    match cors {
        Some(o) => with_cors(r, o),
        None => r,
    }
}

/// Apakah soket di ujung lain koneksi loopback ini milik pengguna yang sama
/// dengan runner (Linux: kolom uid di /proc/net/tcp). Bila tidak bisa
/// dipastikan, dianggap bukan.
#[cfg(target_os = "linux")]
pub fn peer_is_same_user(stream: &TcpStream) -> bool {
    // SAFETY: geteuid tidak pernah gagal dan tidak menyentuh memori.
    let me = unsafe { libc::geteuid() };
    peer_uid(stream) == Some(me)
}

#[cfg(not(target_os = "linux"))]
pub fn peer_is_same_user(_stream: &TcpStream) -> bool {
    true
}

#[cfg(target_os = "linux")]
fn peer_uid(stream: &TcpStream) -> Option<u32> {
    use std::net::{SocketAddr, SocketAddrV4};
    let (SocketAddr::V4(peer), SocketAddr::V4(local)) =
        (stream.peer_addr().ok()?, stream.local_addr().ok()?)
    else {
        return None;
    };
    // Format kernel: alamat IPv4 sebagai u32 dalam urutan byte mesin, port
    // dalam heksadesimal, keduanya huruf besar.
    let hex = |a: SocketAddrV4| {
        format!(
            "{:08X}:{:04X}",
            u32::from_ne_bytes(a.ip().octets()),
            a.port()
        )
    };
    let (client, server) = (hex(peer), hex(local));
    let table = std::fs::read_to_string("/proc/net/tcp").ok()?;
    table.lines().skip(1).find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() > 7 && f[1] == client && f[2] == server {
            f[7].parse().ok()
        } else {
            None
        }
    })
}

/// Perbandingan yang waktunya tidak bergantung pada posisi byte pertama yang berbeda.
fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 32 byte acak dari kernel, dalam heksadesimal.
pub fn random_token() -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
